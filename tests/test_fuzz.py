"""Fuzzing (issue 12): texts, files and tables no one has looked at give rows that keep the
contract, or the one documented error (UnreadableError, InputError), never another exception.

CI runs a few hundred examples, the same each time (derandomized). The whole run, random:
GOVREPORT_FUZZ=10000 python -m pytest tests/test_fuzz.py -s  (the number is examples per test;
the counts of inputs and rows checked are printed at the end).
"""
import os
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govreport_cli.api import extract_text
from govreport_cli.numbers import format_decimal
from govreport_cli.output import write_table
from govreport_cli.reading import UnreadableError, read_document
from govreport_cli.rows import COLUMNS
from govreport_cli.runner import report_name
from govreport_cli.views_cli import InputError, read_rows

FULL = int(os.environ.get("GOVREPORT_FUZZ", "0"))
FUZZ = settings(max_examples=FULL or 60, deadline=None, database=None, derandomize=not FULL,
                suppress_health_check=list(HealthCheck))
COUNTS = Counter()

# The stuff of reports, and the stuff that breaks parsers: names, numbers at and past the
# pattern's limits, units, verbs, qualifiers, markup, odd characters.
PIECES = [
    "地区生产总值", "社会消费品零售总额", "一般公共预算收入", "固定资产投资", "城镇居民人均可支配收入",
    "进出口总额", "规模以上工业增加值", "研发经费投入强度", "城镇新增就业", "粮食产量", "其中", "分别",
    "增长", "下降", "提高", "达到", "突破", "约", "左右", "以上", "同比", "比上年", "力争", "预期目标",
    "1234.5", "0", "7", "1,234", "12,3456", "1.2345678901", "2000000000000000", "123456789012345",
    "-2.1", "l3.6", "１２３", "一千二百", "十", "翻一番", "1.8倍",
    "亿元", "万亿元", "万元", "%", "％", "个百分点", "万人", "家", "万吨", "斤",
    "2023年", "上半年", "1-6月", "全年", "。", ",", ",", "、", ";", "\n", " ", "\t", "\r\n",
    "<p>", "</p>", "<br>", "</", "<!--", "-->", "&amp;", "&#20013;", "<script>", "<main>", "<nav>",
    "區(qū)", "億", "\ud800", "\ufffd", "\x00", "\u200b", "🀄", "=cmd|' -c calc'!A0",
]
NAMES = [p for p in PIECES[:12]]
NUMBERS = [p for p in PIECES if p[:1].isdigit() or p[:1] in "-l１一十"]
UNITS = ["亿元", "万亿元", "万元", "%", "％", "个百分点", "万人", "家", "万吨", "倍", ""]
# A sentence shaped like a report's: a name, maybe a verb, a number and a unit; then noise.
sentence = st.tuples(st.sampled_from(NAMES), st.sampled_from(["", "增长", "下降", "达到", "实现", "约"]),
                     st.sampled_from(NUMBERS), st.sampled_from(UNITS),
                     st.sampled_from(["", "左右", "以上"]), st.sampled_from(["。", ",", "\n", ""])).map("".join)
# And one that reads: a level or a growth of an indicator, with a number of any size.
plain = st.tuples(st.sampled_from(NAMES[:10]), st.sampled_from(["实现", "增长", "下降"]),
                  st.decimals(min_value=0, max_value=10**16, allow_nan=False, places=3).map(str),
                  st.sampled_from(["亿元", "%", "万人"]), st.just("。")).map("".join)
texts = st.lists(st.one_of(plain, sentence, st.sampled_from(PIECES), st.text(max_size=8)),
                 max_size=40).map("".join)


def check_rows(rows, text):
    """The row invariants of the output contract."""
    for row in rows:
        assert set(COLUMNS) <= set(row)
        assert text[row["start"]:row["end"]] == row["raw"]
        assert isinstance(row["value"], Decimal) and row["value"].is_finite()
        assert Decimal(format_decimal(row["value"])) == row["value"]
        assert row["measure"] in ("level", "growth") and row["kind"] in ("actual", "target")
        COUNTS["rows checked"] += 1


@FUZZ
@given(texts)
def test_extract_text_keeps_the_row_invariants(text):
    COUNTS["texts"] += 1
    check_rows(extract_text(text, "r.txt"), text)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "big5"]


@FUZZ
@given(texts, st.sampled_from(ENCODINGS), st.sampled_from([".txt", ".html", ""]),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=3), st.integers(0, 50))
def test_readers_give_a_document_or_an_unreadable_error(tmp_path_factory, text, encoding, suffix, flips, cut):
    data = bytearray(text.encode(encoding, "replace") if encoding not in ("big5", "gb18030")
                     else text.encode(encoding, "ignore"))
    for position, byte in flips:  # damage: bytes flipped, the end cut off
        if data:
            data[position % len(data)] = byte
    data = bytes(data[:len(data) - cut] if cut < len(data) else data)
    read_and_check(tmp_path_factory, data, suffix)


def read_and_check(tmp_path_factory, data: bytes, suffix: str):
    COUNTS["files"] += 1
    path = tmp_path_factory.mktemp("fuzz") / f"report{suffix}"
    path.write_bytes(data)
    try:
        document = read_document(path)
    except UnreadableError as error:
        assert str(error) and "\n" not in str(error)
        COUNTS["unreadable"] += 1
        return
    source = document.source
    rows = extract_text(document.text, "r", offsets=document.offsets, source=source)
    check_rows(rows, source)


@pytest.fixture(scope="module")
def packed(tmp_path_factory):
    """A small valid DOCX and PDF, to be damaged."""
    import docx
    from reportlab.pdfgen import canvas

    folder = tmp_path_factory.mktemp("packed")
    document = docx.Document()
    document.add_paragraph("2023年全市实现地区生产总值1234.5亿元,增长5.2%。")
    document.save(folder / "r.docx")
    page = canvas.Canvas(str(folder / "r.pdf"))
    page.drawString(72, 720, "GDP 1234.5")
    page.save()
    return {".docx": (folder / "r.docx").read_bytes(), ".pdf": (folder / "r.pdf").read_bytes()}


@FUZZ
@given(st.sampled_from([".docx", ".pdf"]), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                                    min_size=1, max_size=4), st.integers(0, 400))
def test_damaged_docx_and_pdf_give_a_document_or_an_unreadable_error(tmp_path_factory, packed, suffix, flips, cut):
    data = bytearray(packed[suffix])
    for position, byte in flips:
        data[position % len(data)] = byte
    read_and_check(tmp_path_factory, bytes(data[:len(data) - cut]), suffix)


@FUZZ
@given(texts, st.sampled_from(["csv", "tsv", "jsonl"]), st.lists(st.tuples(st.integers(0, 10**6),
                                                                           st.integers(0, 255)), max_size=3))
def test_table_readers_read_back_or_give_an_input_error(tmp_path_factory, text, fmt, flips):
    rows = extract_text("2023年全市实现地区生产总值1234.5亿元,增长5.2%。" + text, report_name(text[:20]))
    path = tmp_path_factory.mktemp("tables") / f"out.{fmt}"
    write_table(rows, str(path))
    assert len(read_rows(str(path))) == len(rows)  # what extract writes reads back whole
    data = bytearray(path.read_bytes())
    for position, byte in flips:
        data[position % len(data)] = byte
    path.write_bytes(bytes(data))
    COUNTS["tables"] += 1
    try:
        read_rows(str(path))
    except InputError as error:
        assert "\n" not in str(error)


def teardown_module():
    print("\nfuzz:", ", ".join(f"{key} {count}" for key, count in sorted(COUNTS.items())))
