"""Writing the tidy table: formats, values, BOM and encodings, safety, atomic writes."""
import csv
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from govreport_cli.output import OutputError, format_decimal, open_table, resolve_format, to_decimal, write_table
from govreport_cli.rows import COLUMNS

REPORT = "000_83c6b4c4bef2d01a.txt"
EVIDENCE = "完成商品销售总额3036.1亿元、社会消费品零售总额577.3亿元,同比分别增长5.2%和16%"


def fact(**changes) -> dict:
    row = dict(
        report=REPORT, region="嘉定区", year=2018, period="H1", indicator="retail_sales", name="社会消费品零售总额",
        measure="level", kind="actual", value=Decimal("577.3"), unit="亿元", qualifier="", basis="",
        raw="577.3亿元", evidence=EVIDENCE, start=120, end=127, rule="rules/consumption.toml:retail_sales",
    )
    row.update(changes)
    assert tuple(row) == COLUMNS
    return row


# Modelled on ../shared/gold/seeds.csv: a half-year report and an annual one.
ROWS = [
    fact(),
    fact(measure="growth", value=Decimal("16"), unit="%", basis="yoy", raw="16%", start=140, end=143),
    fact(report="002_87bba99b2896cc54.txt", region="通州区", year=2017, period="FY", indicator="fdi_actual",
         name="实际利用外资", value=Decimal("3.0"), unit="亿美元", raw="3亿美元", evidence="实际利用外资3亿美元"),
    fact(report="002_87bba99b2896cc54.txt", region="通州区", year=2012, period="FY", indicator="gdp",
         name="国内生产总值", value=Decimal("5.4E+5"), raw="54万亿元", evidence="国内生产总值从54万亿元增加到82.7万亿元"),
    fact(year=None, indicator="exports", name="出口", measure="growth", value=Decimal("-3.9"), unit="%",
         raw="下降3.9%", evidence="出口下降3.9%"),
    fact(indicator="foreign_trade", name="进出口总额", value=Decimal("57729999999.99999"), raw="57729999999.99999亿元"),
]

TEXT_EXPECTED_VALUES = ["577.3", "16", "3", "540000", "-3.9", "57729999999.99999"]


def read_back(path: Path, fmt: str) -> list[dict]:
    """The rows as pandas reads them, as text and Decimal, for comparing with ROWS."""
    import pandas as pd

    if fmt in ("csv", "tsv"):
        frame = pd.read_csv(path, sep="\t" if fmt == "tsv" else ",", dtype=str, keep_default_na=False,
                            encoding="utf-8-sig")
    elif fmt == "jsonl":
        frame = pd.read_json(path, lines=True, dtype=False)
    elif fmt == "parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_excel(path, dtype=object, keep_default_na=False)
    return frame.to_dict("records")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "parquet", "xlsx"])
def test_every_format_round_trips_the_same_facts(tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    assert write_table(ROWS, str(path)) == len(ROWS)
    back = read_back(path, fmt)
    assert list(back[0]) == list(COLUMNS)
    assert len(back) == len(ROWS)
    for got, want in zip(back, ROWS):
        assert to_decimal(got["value"]) == want["value"]
        for column in ("report", "region", "indicator", "name", "measure", "kind", "unit", "raw", "evidence", "rule"):
            assert str(got[column]) == want[column]
        assert to_decimal(got["start"]) == want["start"]
        assert (to_decimal(got["year"]) if got["year"] not in ("", None) and got["year"] == got["year"] else None) \
            == want["year"]


def test_parquet_keeps_typed_columns(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "out.parquet"
    write_table(ROWS, str(path))
    table = pq.read_table(path)
    assert table.schema.field("year").type == pa.int64()
    assert table.schema.field("value").type == pa.float64()
    assert table.schema.field("start").type == pa.int64()
    assert table.schema.field("end").type == pa.int64()
    assert table.schema.field("evidence").type == pa.string()
    assert table.column("year").to_pylist()[4] is None
    assert table.column("value").to_pylist()[3] == 540000.0


def test_text_values_are_plain_decimals_and_empty_years(tmp_path):
    path = tmp_path / "out.csv"
    write_table(ROWS, str(path))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        back = list(csv.DictReader(handle))
    assert [r["value"] for r in back] == TEXT_EXPECTED_VALUES
    assert back[4]["year"] == ""


@pytest.mark.parametrize("number, text", [
    ("1.20", "1.2"), ("5.4E+5", "540000"), ("0.00", "0"), ("-0", "0"), ("-3.90", "-3.9"), ("12000", "12000"),
    ("1.2E-3", "0.0012"), ("57729999999.99999", "57729999999.99999"), ("1234567890123456789012345678901.5",
                                                                      "1234567890123456789012345678901.5"),
])
def test_format_decimal(number, text):
    assert format_decimal(Decimal(number)) == text


def test_jsonl_has_unescaped_chinese_and_exact_numbers(tmp_path):
    path = tmp_path / "out.jsonl"
    write_table(ROWS, str(path))
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    assert "嘉定区" in lines[0] and "\\u" not in lines[0]
    assert '"value":57729999999.99999' in lines[5]
    assert '"value":540000,' in lines[3]
    parsed = [json.loads(line, parse_float=Decimal) for line in lines]
    assert parsed[4]["year"] is None and parsed[4]["value"] == Decimal("-3.9")
    assert parsed[0]["start"] == 120


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_files_get_a_bom_unless_no_bom(tmp_path, fmt):
    with_bom, without = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    write_table(ROWS, str(with_bom))
    write_table(ROWS, str(without), bom=False)
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbfreport")
    assert without.read_bytes().startswith(b"report")
    assert with_bom.read_bytes()[3:] == without.read_bytes()


@pytest.mark.parametrize("dest", [None, "-"])
def test_stdout_never_gets_a_bom(capsysbinary, dest):
    write_table(ROWS, dest, bom=True)
    out = capsysbinary.readouterr().out
    assert out.startswith(b"report,region")
    assert "嘉定区".encode() in out


def test_gb18030_file_and_stdout(tmp_path, capsysbinary):
    path = tmp_path / "out.csv"
    write_table(ROWS, str(path), encoding="gb18030")
    data = path.read_bytes()
    assert data.startswith(b"report,")  # no BOM in gb18030
    assert "嘉定区" in data.decode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    write_table(ROWS, None, fmt="tsv", encoding="gb18030")
    assert "通州区\t2017" in capsysbinary.readouterr().out.decode("gb18030")


def test_unencodable_character_is_a_one_line_error_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n")
    with pytest.raises(OutputError) as error:
        write_table(ROWS + [fact(evidence="社会消费品零售总额€577.3亿元")], str(path), encoding="gbk")
    message = str(error.value)
    assert "\n" not in message
    assert "'€'" in message and "gbk" in message and "row 7" in message and "evidence" in message
    assert path.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_encoding_is_for_csv_and_tsv_only(tmp_path):
    with pytest.raises(OutputError, match="csv and tsv only"):
        write_table(ROWS, str(tmp_path / "out.jsonl"), encoding="gb18030")
    with pytest.raises(OutputError, match="unknown encoding"):
        write_table(ROWS, str(tmp_path / "out.csv"), encoding="no-such-codec")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_formula_like_free_text_is_defused(tmp_path, fmt):
    rows = [fact(name="=1+1", evidence="+86 1234", raw="-3.9%", value=Decimal("-3.9")),
            fact(name="@SUM(A1)", evidence="\t=cmd"), fact(name="-2+3", evidence="\r=x")]
    path = tmp_path / f"out.{fmt}"
    write_table(rows, str(path))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        back = list(csv.DictReader(handle, delimiter="\t" if fmt == "tsv" else ","))
    assert [r["name"] for r in back] == ["'=1+1", "'@SUM(A1)", "'-2+3"]
    assert [r["evidence"] for r in back] == ["'+86 1234", "'\t=cmd", "'\r=x"]
    assert back[0]["raw"] == "-3.9%"  # raw and numbers are left as they are
    assert back[0]["value"] == "-3.9"


def test_xlsx_keeps_formula_like_text_as_text(tmp_path):
    import openpyxl
    import pandas as pd

    path = tmp_path / "out.xlsx"
    write_table([fact(name="=1+1", raw="=HYPERLINK(\"x\")", evidence="含\x0c控制符")], str(path))
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    name = sheet.cell(row=2, column=header.index("name") + 1)
    raw = sheet.cell(row=2, column=header.index("raw") + 1)
    value = sheet.cell(row=2, column=header.index("value") + 1)
    assert (name.value, name.data_type) == ("=1+1", "s")
    assert (raw.value, raw.data_type) == ('=HYPERLINK("x")', "s")
    assert value.data_type == "n" and value.value == 577.3
    assert pd.read_excel(path)["name"][0] == "=1+1"
    assert sheet.cell(row=2, column=header.index("evidence") + 1).value == "含\ufffd控制符"


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "xlsx"])
@pytest.mark.parametrize("failure", [RuntimeError, KeyboardInterrupt])
def test_failed_write_leaves_old_file_and_no_temp_file(tmp_path, fmt, failure):
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(b"old output")

    def rows():
        yield ROWS[0]
        raise failure("interrupted")

    with pytest.raises(failure):
        write_table(rows(), str(path))
    assert path.read_bytes() == b"old output"
    assert os.listdir(tmp_path) == [path.name]


def test_rows_stream_to_a_temp_file_and_commit_at_exit(tmp_path):
    path = tmp_path / "out.csv"
    with open_table(str(path)) as table:
        table.write(ROWS[:2])
        assert not path.exists()
        (temp,) = [p for p in tmp_path.iterdir()]
        assert EVIDENCE in temp.read_text(encoding="utf-8-sig")  # flushed after each write()
        table.write(ROWS[2:])
    assert os.listdir(tmp_path) == ["out.csv"]
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == len(ROWS) + 1
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600


@pytest.mark.parametrize("fmt", ["parquet", "xlsx"])
@pytest.mark.parametrize("dest", [None, "-"])
def test_binary_formats_are_refused_on_stdout(fmt, dest):
    with pytest.raises(OutputError, match="-o"):
        write_table(ROWS, dest, fmt=fmt)


def test_format_from_option_or_extension():
    assert resolve_format(None) == "csv"
    assert resolve_format("-") == "csv"
    assert resolve_format("out.TSV") == "tsv"
    assert resolve_format("dir/out.jsonl") == "jsonl"
    assert resolve_format("out.parquet") == "parquet"
    assert resolve_format("out.xlsx") == "xlsx"
    assert resolve_format("out.txt") == "csv"
    assert resolve_format("out.csv", "XLSX") == "xlsx"
    with pytest.raises(OutputError, match="unknown format"):
        resolve_format("out.csv", "xls")


def test_unwritable_destinations_are_one_line_errors(tmp_path):
    with pytest.raises(OutputError, match="cannot write"):
        write_table(ROWS, str(tmp_path / "missing" / "out.csv"))
    with pytest.raises(OutputError, match="directory"):
        write_table(ROWS, str(tmp_path))


def test_missing_pyarrow_tells_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    with pytest.raises(OutputError, match=r"pip install 'govreport\[formats\]'"):
        write_table(ROWS, str(tmp_path / "out.parquet"))
    assert os.listdir(tmp_path) == []


def test_importing_output_does_not_import_pandas_pyarrow_openpyxl():
    code = ("import sys, govreport_cli.output; "
            "print([m for m in ('pandas', 'pyarrow', 'openpyxl') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.strip() == "[]"
