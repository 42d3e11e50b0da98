"""The wide view, the filters, and the `compare` and `show` commands."""
import csv
import io
from decimal import Decimal

import pytest
import typer
from typer.testing import CliRunner

from govreport_cli.output import write_table
from govreport_cli.rows import COLUMNS
from govreport_cli.views_cli import register
from govreport_cli.wide import KEY_COLUMNS, column_labels, filter_rows, split_ids, wide_table, write_wide

JIADING_2018 = "000_83c6b4c4bef2d01a.txt"  # half-year report, 嘉定区 2018 H1
NO_REGION = "001_cb6fbbaf4fa429c2.txt"  # half-year report 2020 H1, region not given
TONGZHOU = "002_87bba99b2896cc54.txt"  # annual report: reviews 2017, targets for 2018
JIADING_2025 = "004_f4a979547995b3ea.txt"  # half-year report, 嘉定区 2025 H1

REGIONS = {JIADING_2018: "嘉定区", NO_REGION: "", TONGZHOU: "通州区", JIADING_2025: "嘉定区"}


def fact(report, indicator, value, unit="亿元", measure="level", kind="actual", year=2018, period="H1", **extra):
    row = dict(report=report, region=REGIONS.get(report, "嘉定区"), year=year, period=period, indicator=indicator,
               name=extra.pop("name", indicator), measure=measure, kind=kind, value=Decimal(value), unit=unit,
               qualifier="", basis="", raw=f"{value}{unit}", evidence=f"{indicator} {value}{unit}", start=0, end=1,
               rule=f"rules/x.toml:{indicator}")
    row.update(extra)
    assert tuple(row) == COLUMNS
    return row


# Modelled on ../shared/gold/seeds.csv.
ROWS = [
    fact(JIADING_2018, "retail_sales", "16", unit="%", measure="growth", basis="yoy"),
    fact(JIADING_2018, "retail_sales", "577.3"),
    fact(JIADING_2018, "gdp", "1126.2"),
    fact(NO_REGION, "industrial_output", "1362.69", year=2020),
    fact(TONGZHOU, "retail_sales", "375", year=2017, period="FY"),
    fact(TONGZHOU, "gdp", "8", unit="%", measure="growth", kind="target", period="FY", qualifier="approx"),
    fact(TONGZHOU, "fdi_actual", "3", unit="亿美元", year=2017, period="FY"),
    fact(TONGZHOU, "fdi_actual", "20.5", unit="亿元", year=2017, period="FY"),
    fact(JIADING_2025, "retail_sales", "860", year=2025),
    fact(JIADING_2025, "retail_sales", "4.8", unit="%", measure="growth", year=2025, basis="yoy"),
    fact(JIADING_2025, "gdp", "1460.7", year=2025),
]
LABELS = ["嘉定区 2018", "嘉定区 2025", f"{NO_REGION} 2020", "通州区 2017", "通州区 2018"]


def line(wide, **key):
    (found,) = [r for r in wide.rows if all(r[k] == v for k, v in key.items())]
    return found


def test_labels_from_region_and_the_year_of_each_figure():
    assert list(column_labels(ROWS).values()) == LABELS
    # The annual report reviews 2017 and targets 2018: two columns, each the year its figures are about.
    wide = wide_table(ROWS)
    assert line(wide, indicator="gdp", kind="target")["通州区 2018"] == Decimal("8")
    assert line(wide, indicator="gdp", kind="target")["通州区 2017"] is None


def test_target_and_outcome_of_one_year_share_a_column():
    later = "006_tongzhou_2019.txt"  # the next annual report: reviews 2018
    rows = ROWS + [fact(later, "gdp", "8.3", unit="%", measure="growth", period="FY", region="通州区")]
    wide = wide_table(rows)
    assert line(wide, indicator="gdp", measure="growth", kind="actual")["通州区 2018"] == Decimal("8.3")
    assert line(wide, indicator="gdp", measure="growth", kind="target")["通州区 2018"] == Decimal("8")


def test_reports_of_unknown_region_stay_apart():
    other = "005_no_region_either.txt"
    labels = column_labels(ROWS + [fact(other, "gdp", "1130", region="")])
    assert labels[(other, 2018)] == f"{other} 2018"
    assert len(set(labels.values())) == len(labels)


def test_columns_rows_and_cells():
    wide = wide_table(ROWS)
    assert wide.columns == list(KEY_COLUMNS) + LABELS
    retail = line(wide, indicator="retail_sales", measure="level", period="H1")
    assert [retail[label] for label in LABELS] == [Decimal("577.3"), Decimal("860"), None, None, None]
    # whole year and half year are different rows
    assert line(wide, indicator="retail_sales", measure="level", period="FY")["通州区 2017"] == Decimal("375")


def test_the_qualifier_is_part_of_the_row():
    rows = ROWS + [fact(TONGZHOU, "gdp", "7.5", unit="%", measure="growth", kind="target", period="FY",
                        qualifier="at_least")]
    wide = wide_table(rows)
    assert line(wide, indicator="gdp", kind="target", qualifier="approx")["通州区 2018"] == Decimal("8")
    assert line(wide, indicator="gdp", kind="target", qualifier="at_least")["通州区 2018"] == Decimal("7.5")


def test_row_order_catalog_then_level_growth_actual_target():
    keys = [tuple(r[c] for c in ("indicator", "measure", "kind", "period")) for r in wide_table(ROWS).rows]
    assert keys == [
        ("retail_sales", "level", "actual", "H1"),
        ("retail_sales", "level", "actual", "FY"),
        ("retail_sales", "growth", "actual", "H1"),
        ("gdp", "level", "actual", "H1"),
        ("gdp", "growth", "target", "FY"),
        ("industrial_output", "level", "actual", "H1"),
        ("fdi_actual", "level", "actual", "FY"),
        ("fdi_actual", "level", "actual", "FY"),
    ]


def test_units_are_never_mixed_in_one_row():
    wide = wide_table(ROWS)
    assert line(wide, indicator="fdi_actual", unit="亿美元")["通州区 2017"] == Decimal("3")
    assert line(wide, indicator="fdi_actual", unit="亿元")["通州区 2017"] == Decimal("20.5")


def test_conflicting_values_are_all_shown():
    rows = ROWS + [fact(JIADING_2018, "gdp", "1130"), fact(JIADING_2018, "gdp", "1126.20")]
    cell = line(wide_table(rows), indicator="gdp", measure="level")["嘉定区 2018"]
    assert cell == "1126.2 | 1130"  # the repeated 1126.2 once


def test_one_value_applies_the_panel_rule():
    restated = "007_tongzhou_2020.txt"  # reviews 2019, restates 2017's retail sales
    rows = ROWS + [fact(restated, "retail_sales", "380", year=2017, period="FY", region="通州区"),
                   fact(restated, "retail_sales", "400", year=2019, period="FY", region="通州区"),
                   fact(restated, "gdp", "900", year=2019, period="FY", region="通州区")]
    assert line(wide_table(rows), indicator="retail_sales", period="FY")["通州区 2017"] == "375 | 380"
    wide = wide_table(rows, one_value=True)
    assert line(wide, indicator="retail_sales", period="FY")["通州区 2017"] == Decimal("375")  # the report about 2017
    assert wide.several == 1
    assert all(not isinstance(v, str) or c in KEY_COLUMNS for r in wide.rows for c, v in r.items())


def test_rows_read_back_as_text_give_the_same_view(tmp_path):
    path = tmp_path / "out.csv"
    write_table(ROWS, str(path))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text_rows = list(csv.DictReader(handle))
    assert wide_table(text_rows) == wide_table(ROWS)


def test_filters():
    assert split_ids(["gdp,retail_sales", "fdi_actual", " exports ， imports"]) == [
        "gdp", "retail_sales", "fdi_actual", "exports", "imports"]
    assert {r["indicator"] for r in filter_rows(ROWS, ["gdp,fdi_actual"])} == {"gdp", "fdi_actual"}
    assert {r["kind"] for r in filter_rows(ROWS, kind="target")} == {"target"}
    assert len(list(filter_rows(ROWS, ["retail_sales"], "actual", "growth"))) == 2
    assert len(list(filter_rows(ROWS))) == len(ROWS)
    with pytest.raises(ValueError):
        filter_rows(ROWS, kind="plan")


def test_filtered_wide_view_keeps_every_column():
    wide = wide_table(ROWS, indicators=["gdp"], measure="level")
    assert wide.labels == LABELS
    assert [r["indicator"] for r in wide.rows] == ["gdp"]


def test_write_wide_defuses_text_cells_but_not_numbers(tmp_path):
    rows = [fact(JIADING_2018, "=cmd", "-3.9", unit="%", measure="growth"),
            fact(JIADING_2018, "exports", "-3.9", unit="%", measure="growth"),
            fact(JIADING_2018, "exports", "-4", unit="%", measure="growth"),
            fact("=HYPERLINK.txt", "exports", "-5", unit="%", measure="growth", region="")]
    path = tmp_path / "wide.csv"
    write_wide(rows, str(path))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle))
    assert back[0] == list(KEY_COLUMNS) + ["嘉定区 2018", "'=HYPERLINK.txt 2018"]
    assert back[1][0] == "'=cmd" and back[1][6] == "-3.9"
    assert back[2][6:] == ["'-3.9 | -4", "-5"]


def test_write_wide_parquet_types(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = ROWS + [fact(JIADING_2018, "gdp", "1130")]
    write_wide(rows, str(tmp_path / "wide.parquet"))
    schema = pq.read_table(tmp_path / "wide.parquet").schema
    assert schema.field("嘉定区 2025").type == pa.float64()
    assert schema.field("嘉定区 2018").type == pa.string()  # holds "1126.2 | 1130"
    assert schema.field("indicator").type == pa.string()


@pytest.fixture
def app():
    app = typer.Typer()
    register(app)

    @app.command()
    def noop() -> None:  # a second command keeps typer from folding the app into one command
        pass

    return app


@pytest.fixture
def tidy(tmp_path):
    path = tmp_path / "out.csv"
    write_table(ROWS + [fact(JIADING_2018, "gdp", "1130")], str(path))
    return path


def run(app, *args):
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def test_compare_writes_the_wide_csv_to_stdout(app, tidy):
    result = run(app, "compare", tidy)
    assert result.exit_code == 0, result.output
    assert not result.stdout.startswith("\ufeff")
    back = list(csv.reader(io.StringIO(result.stdout)))
    assert back[0] == list(KEY_COLUMNS) + LABELS
    assert ["gdp", "level", "actual", "H1", "亿元", "", "1126.2 | 1130", "1460.7", "", "", ""] in back


def test_compare_filters_and_file_output(app, tidy, tmp_path):
    import pandas as pd

    out = tmp_path / "wide.xlsx"
    result = run(app, "compare", tidy, "-o", out, "--indicator", "retail_sales", "--kind", "actual",
                 "--measure", "growth")
    assert result.exit_code == 0, result.output
    frame = pd.read_excel(out)
    assert list(frame.columns) == list(KEY_COLUMNS) + LABELS
    assert frame["indicator"].tolist() == ["retail_sales"]
    assert frame["嘉定区 2025"].tolist() == [4.8]

    tsv = tmp_path / "wide.txt"
    result = run(app, "compare", tidy, "-o", tsv, "--format", "tsv", "--no-bom", "--output-encoding", "gb18030")
    assert result.exit_code == 0, result.output
    assert tsv.read_bytes().decode("gb18030").startswith("indicator\tmeasure")
    result = run(app, "compare", tidy, "--encoding", "gb18030")  # --encoding is the input's, in every command
    assert result.exit_code == 2 and "--encoding" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "tsv", "parquet", "xlsx"])
def test_compare_reads_every_format(app, tmp_path, fmt):
    source = tmp_path / f"out.{fmt}"
    write_table(ROWS, str(source))
    result = run(app, "compare", source)
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout)))[0] == list(KEY_COLUMNS) + LABELS


def test_compare_reads_stdin(app, tidy):
    result = CliRunner().invoke(app, ["compare", "-"], input=tidy.read_bytes())
    assert result.exit_code == 0, result.output
    assert "嘉定区 2018" in result.stdout


@pytest.mark.parametrize("content, message", [
    (None, "No such file"),
    (b"just,some\n1,2\n", "missing column"),
    ("report,indicator,measure,kind,period,value,unit\na.txt,gdp,level,actual,FY,abc,亿元\n".encode(), "row 1"),
    (b"\xff\xfe\x00\x01\x80\x81", "UTF-8"),
])
def test_compare_unreadable_input_is_one_line_exit_2(app, tmp_path, content, message):
    path = tmp_path / "in.csv"
    if content is not None:
        path.write_bytes(content)
    result = run(app, "compare", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_compare_binary_format_on_stdout_is_a_usage_error(app, tidy):
    result = run(app, "compare", tidy, "--format", "parquet")
    assert result.exit_code == 2
    assert "-o" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_compare_help_explains_conflicts(app):
    result = run(app, "compare", "--help")
    assert result.exit_code == 0
    assert "' | '" in result.stdout and "577.3 | 580" in result.stdout and "Example:" in result.stdout


def test_show_prints_a_table_per_report(app, tidy):
    result = run(app, "show", tidy, "--indicator", "retail_sales")
    assert result.exit_code == 0, result.output
    assert JIADING_2018 in result.stdout and TONGZHOU in result.stdout
    assert "577.3" in result.stdout and "retail_sales" in result.stdout
    assert "1126.2" not in result.stdout  # filtered out


def test_show_fits_a_narrow_terminal(app, tidy):
    result = CliRunner().invoke(app, ["show", str(tidy)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "left out" in result.stderr


def test_show_wide(app, tidy):
    result = run(app, "show", tidy, "--wide", "--kind", "actual")
    assert result.exit_code == 0, result.output
    assert "嘉定区 2025" in result.stdout and "1126.2 | 1130" in result.stdout
    assert "target" not in result.stdout


@pytest.mark.parametrize("width", [80, 120])
def test_show_wide_pages_columns_to_fit_and_never_breaks_a_number(app, tidy, width):
    from rich.cells import cell_len

    result = CliRunner().invoke(app, ["show", str(tidy), "--wide"], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= width
    words = result.stdout.split()
    for label in LABELS:  # every column is on a page, its label wrapped at the space at most
        assert label in result.stdout or all(part in words for part in label.split())
    for number in ("1126.2 | 1130", "1460.7", "577.3", "1362.69", "375"):
        assert number in result.stdout  # whole, never one digit a line


def test_show_wide_too_narrow_points_to_compare(app, tidy):
    result = CliRunner().invoke(app, ["show", str(tidy), "--wide"], env={"COLUMNS": "30"})
    assert result.exit_code == 2 and result.stdout == ""
    assert "compare" in result.stderr and "-o wide.xlsx" in result.stderr


def test_show_nothing_matches_and_missing_file(app, tidy, tmp_path):
    result = run(app, "show", tidy, "--indicator", "retail_sales", "--kind", "target")
    assert result.exit_code == 0 and result.stdout == "" and "no row" in result.stderr
    result = run(app, "show", tidy, "--indicator", "gdpp")
    assert result.exit_code == 2 and "did you mean gdp?" in result.stderr
    result = run(app, "show", tmp_path / "missing.csv")
    assert result.exit_code == 2 and "missing.csv" in result.stderr and "Traceback" not in result.stderr
