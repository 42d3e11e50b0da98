"""govreport_cli.reading on real report text: the seeds re-encoded, wrapped in HTML,
put into DOCX and PDF (all built here, in tmp_path, at run time)."""

from __future__ import annotations

import codecs
import html
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from govreport_cli.numbers import format_decimal
from govreport_cli.reading import Document, UnreadableError, read_document
from pdf_files import assemble_pdf

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SEED_IDS = [p.name[:3] for p in SEEDS]


def seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def unreadable(path: Path, **kwargs) -> str:
    """The reason read_document gives; it must be one line."""
    with pytest.raises(UnreadableError) as info:
        read_document(path, **kwargs)
    message = str(info.value)
    assert message and "\n" not in message
    return message


def traditional_big5(text: str) -> str:
    """The seed in traditional characters, keeping the lines that Big5 can encode."""
    opencc = pytest.importorskip("opencc")
    converted = opencc.OpenCC("s2tw").convert(text)
    kept = []
    for line in converted.splitlines(keepends=True):
        try:
            line.encode("big5")
        except UnicodeEncodeError:
            continue
        kept.append(line)
    return "".join(kept)


# ---------------------------------------------------------------- text encodings

@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_utf8_seed_is_read_as_is(path):
    doc = read_document(path)
    assert isinstance(doc, Document)
    assert doc.source == doc.text == seed(path)
    assert doc.offsets is None and doc.encoding == "utf-8" and doc.warnings == []


ENCODINGS = [  # how the file is written, what the reader should say it read
    (lambda t: t.encode("gb18030"), "gb18030"),
    (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    (lambda t: t.encode("utf-16"), "utf-16"),  # with a little-endian BOM
    (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    (lambda t: t.encode("utf-16-le"), "utf-16-le"),  # no BOM
    (lambda t: t.encode("utf-16-be"), "utf-16-be"),  # no BOM
]


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
@pytest.mark.parametrize("encode,expected", ENCODINGS, ids=[e for _, e in ENCODINGS[:4]] + ["utf-16-le-nobom", "utf-16-be-nobom"])
def test_reencoded_seed_decodes_to_the_original(tmp_path, path, encode, expected):
    text = seed(path)
    doc = read_document(write(tmp_path, "report.txt", encode(text)))
    assert doc.source == doc.text == text  # the BOM is not part of the decoded text
    assert doc.encoding == expected
    assert doc.warnings == []


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_big5_is_not_mistaken_for_gbk(tmp_path, path):
    text = traditional_big5(seed(path))
    data = text.encode("big5")
    data.decode("gb18030")  # the trap: Big5 bytes are also "valid" GB18030
    doc = read_document(write(tmp_path, "report.txt", data))
    assert doc.source == text
    assert doc.encoding == "big5"


def test_gb2312_that_is_also_valid_big5_reads_as_gb18030(tmp_path):
    lines = []
    for path in SEEDS:
        for line in seed(path).splitlines(keepends=True):
            try:
                line.encode("gb2312").decode("big5")
            except UnicodeError:
                continue
            lines.append(line)
    text = "".join(lines)
    assert len(text) > 1000
    doc = read_document(write(tmp_path, "report.txt", text.encode("gb2312")))
    assert doc.source == text
    assert doc.encoding == "gb18030"


def test_a_few_damaged_bytes_are_replaced_with_a_warning(tmp_path):
    text = seed(SEEDS[0])
    at = text.index("\n", len(text) // 2) + 1
    data = text[:at].encode("gb18030") + b"\x80" + text[at:].encode("gb18030")
    doc = read_document(write(tmp_path, "report.txt", data))
    assert doc.encoding == "gb18030"
    assert doc.source == text[:at] + "\ufffd" + text[at:]
    assert len(doc.warnings) == 1 and "replaced" in doc.warnings[0]


@pytest.mark.parametrize("codec,expected", [("utf-8", "utf-8"), ("gb18030", "gb18030"), ("utf-16", "utf-16")])
def test_truncated_file_reads_with_a_warning(tmp_path, codec, expected):
    text = seed(SEEDS[2]).rstrip()
    data = text.encode(codec)[:-1]  # cut inside the last character, a multi-byte one
    doc = read_document(write(tmp_path, "report.txt", data))
    assert doc.encoding == expected
    assert doc.source == text[:-1] + "\ufffd"
    assert len(doc.warnings) == 1 and "1 undecodable" in doc.warnings[0]


def test_undecodable_bytes_are_refused(tmp_path):
    rng = random.Random(1)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(20000))
    assert "pass --encoding" in unreadable(write(tmp_path, "report.txt", data))


def test_binary_file_is_refused(tmp_path):
    data = b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(30000)
    assert unreadable(write(tmp_path, "picture.txt", data)) == "binary file, not a report"


def test_binary_that_looks_like_utf16_is_refused(tmp_path):
    # Small little-endian 16-bit numbers (raw audio, tables): NULs at odd positions, as in UTF-16.
    rng = random.Random(3)
    data = b"".join(rng.randrange(0, 256).to_bytes(2, "little") for _ in range(5000))
    assert unreadable(write(tmp_path, "samples.txt", data)) == "binary file, not a report"


def test_utf8_text_with_a_stray_nul_is_still_text(tmp_path):
    text = seed(SEEDS[2])
    doc = read_document(write(tmp_path, "report.txt", (text[:100] + "\x00" + text[100:]).encode()))
    assert doc.encoding == "utf-8" and doc.source == text[:100] + "\x00" + text[100:]


@pytest.mark.parametrize("data", [b"", b" \r\n\t\n", "\n\n".encode("utf-16")], ids=["empty", "blank", "blank-utf16"])
def test_empty_file_gives_a_warning(tmp_path, data):
    doc = read_document(write(tmp_path, "report.txt", data))
    assert doc.text.strip() == "" and doc.text == doc.source
    assert doc.warnings == ["empty file"]


def test_missing_file_and_directory(tmp_path):
    assert unreadable(tmp_path / "nope.txt") == "no such file"
    assert "directory" in unreadable(tmp_path)


def test_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "report.txt", b"text")

    def denied(name, flags):  # chmod cannot be relied on: tests may run as root
        raise PermissionError(13, "Permission denied", str(name))
    monkeypatch.setattr(os, "open", denied)
    assert unreadable(path) == "permission denied"


# ---------------------------------------------------------------- --encoding

def test_forced_encoding(tmp_path):
    text = seed(SEEDS[2])
    path = write(tmp_path, "report.txt", text.encode("gb18030"))
    for name in ("gbk", "GB2312", "gb18030", "cp936"):  # the GB family is read as GB18030
        doc = read_document(path, encoding=name)
        assert doc.source == text and doc.encoding == "gb18030"
    assert "cannot decode as utf-8" in unreadable(path, encoding="utf-8")
    damaged = write(tmp_path, "damaged.txt", b"\x80" + text.encode("gb18030"))
    doc = read_document(damaged, encoding="gbk")  # a forced codec also tolerates a few bad bytes
    assert doc.source == "\ufffd" + text and "replaced" in doc.warnings[0]


def test_forced_encoding_overrides_detection(tmp_path):
    text = traditional_big5(seed(SEEDS[0]))
    path = write(tmp_path, "report.txt", text.encode("big5"))
    assert read_document(path).source == text
    forced = read_document(path, encoding="gb18030")
    assert forced.encoding == "gb18030" and forced.source == text.encode("big5").decode("gb18030")


def test_forced_utf8_on_a_bom_file_drops_the_bom(tmp_path):
    text = seed(SEEDS[3])
    doc = read_document(write(tmp_path, "report.txt", text.encode("utf-8-sig")), encoding="utf-8")
    assert doc.source == text


@pytest.mark.parametrize("name", ["no-such-codec", "base64"])
def test_bogus_encoding_name(tmp_path, name):
    path = write(tmp_path, "report.txt", "报告".encode())
    assert unreadable(path, encoding=name) == f"unknown encoding '{name}'"


# ---------------------------------------------------------------- speed and lazy imports

def test_pathological_700kb_files_read_quickly(tmp_path):
    digits = ("1234567890" * 70_000).encode()
    chinese = ("增长6.5%" * 100_000).encode("gb18030")
    page = b"<html><body><p>" + ("地区生产总值100亿元&nbsp;" * 30_000).encode() + b"</p></body></html>"
    for name, data, limit in (("digits.txt", digits, 0.5), ("gbk.txt", chinese, 2.0), ("page.html", page, 2.0)):
        path = write(tmp_path, name, data)
        start = time.perf_counter()
        doc = read_document(path)
        assert time.perf_counter() - start < limit, name
        assert len(doc.text) > 200_000


def test_format_libraries_and_detector_are_imported_only_when_needed(tmp_path):
    path = write(tmp_path, "report.txt", seed(SEEDS[0]).encode())
    code = ("import sys; from govreport_cli.reading import read_document; "
            f"read_document({str(path)!r}); "
            "print(sorted(m for m in ('charset_normalizer', 'docx', 'pdfminer', 'html.parser') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ---------------------------------------------------------------- HTML

FAKE = "地区生产总值9999亿元"


def html_page(text: str, charset: str = "utf-8") -> str:
    """A government-site page around the report: menus, a script with a fake figure,
    styles, a footer, and character references in the content."""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>政府工作报告 {FAKE}</title>
<style>p {{ font-size: 16px }} .gdp::after {{ content: "{FAKE}" }}</style>
<script>var gdp = "{FAKE}"; if (a < b && c) {{ show(gdp); }}</script>
</head>
<body>
<header><div class="logo">某某区人民政府门户网站</div></header>
<div id="top-nav"><ul><li><a href="/">首页</a></li><li>政务公开</li></ul></div>
<nav><a href="/zwgk">政府信息公开</a> | <a href="/bsfw">办事服务</a></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
<div class="article-body">
{paragraphs}
<p>合计&nbsp;100&amp;200&#20013;&#x56FD; &lt;注&gt;</p>
</div>
<div style="display:none">{FAKE}</div>
<noscript>请启用JavaScript {FAKE}</noscript>
<footer>版权所有 某某区人民政府 {FAKE}</footer>
<script type="text/javascript">document.write("{FAKE}");</script>
</body></html>
"""


def visible_lines(text: str) -> str:
    """The seed as a browser shows it in <p>s: ASCII whitespace collapsed, empty lines gone; a paragraph
    with no stop at its end is followed by a blank line, as the end of its sentence."""
    lines = (re.sub(r"[ \t\r\f]+", " ", line).strip(" ") for line in text.splitlines())
    return "\n".join(line + ("" if line.endswith(tuple("。！？；：.!?;:")) else "\n") for line in lines if line)


def assert_offsets_point_into_source(doc: Document) -> None:
    assert len(doc.offsets) == len(doc.text)
    assert list(doc.offsets) == sorted(doc.offsets)
    for char, offset in zip(doc.text, doc.offsets):
        origin = doc.source[offset]
        if char == origin:
            continue
        # A decoded reference points at its '&'; a line break or tab made by markup, or a table's cell written
        # again in a row it spans down into, at its '<'; a collapsed run of whitespace at its first character; the
        # break between a page title's headline and its site's name at their separator.
        assert origin == "&" or origin == "<" or (char == " " and origin in " \t\r\n\f") or (
            char == "\n" and origin in "_|-— "), (char, origin)


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_html_page_gives_the_visible_report_text(tmp_path, path):
    text = seed(path)
    doc = read_document(write(tmp_path, "report.html", html_page(text).encode()))
    assert doc.encoding == "utf-8" and doc.warnings == []
    assert doc.source == html_page(text)
    assert doc.text == visible_lines(text) + "\n合计\xa0100&200中国 <注>"
    for hidden in ("9999", "首页", "办事服务", "当前位置", "版权所有", "门户网站", "JavaScript", "font-size"):
        assert hidden not in doc.text
    assert_offsets_point_into_source(doc)
    entity = doc.text.rindex("中国")
    assert doc.source[doc.offsets[entity]:].startswith("&#20013;")


def test_html_meta_charset_and_detection(tmp_path):
    text = seed(SEEDS[4])
    gbk = read_document(write(tmp_path, "gbk.htm", html_page(text, "gb2312").encode("gb18030")))
    assert gbk.encoding == "gb18030" and gbk.text == visible_lines(text) + "\n合计\xa0100&200中国 <注>"
    assert_offsets_point_into_source(gbk)
    bare = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()) + "</body></html>"
    detected = read_document(write(tmp_path, "bare.htm", bare.encode("gb18030")))  # no <meta charset>
    assert detected.encoding == "gb18030" and detected.source == bare
    page = traditional_big5(html_page(text, "big5"))
    big5 = read_document(write(tmp_path, "big5.htm", page.encode("big5")))
    assert big5.encoding == "big5" and big5.source == page
    assert "地區生產總值" in big5.text and "9999" not in big5.text
    assert_offsets_point_into_source(big5)


def test_html_meta_charset_is_honoured_over_detection(tmp_path):
    # GB2312 bytes that also decode as Big5: detection reads them as GB18030, the page says Big5.
    line = next(line for line in seed(SEEDS[2]).splitlines() if len(line) > 20 and _both(line))
    data = f'<html><head><meta charset="big5"></head><body><p>{line}</p></body></html>'.encode("gb2312")
    assert read_document(write(tmp_path, "a.txt", line.encode("gb2312"))).encoding == "gb18030"
    doc = read_document(write(tmp_path, "a.html", data))
    assert doc.encoding == "big5" and doc.source == data.decode("big5")


def _both(line: str) -> bool:
    try:
        line.encode("gb2312").decode("big5")
        return True
    except UnicodeError:
        return False


def test_html_main_content_tables_and_breaks(tmp_path):
    page = """<html><head><title>t</title><body>
<div class="menu">栏目</div><p>页面上方的文字</p>
<main><h2>一、经济运行</h2><p>全区生产
    总值<b>1000</b>亿元
，<br>增长6.5%。GDP
增长</p>
<table><tr><th>指标</th><th>数值</th></tr><tr><td>财政收入</td><td>171亿元</td></tr></table>
<pre>  地区  生产总值
1000亿元</pre>
<section><header>本节标题</header><p>节内文字</p></section></main>
<aside>相关新闻 9999</aside><p>页面下方的文字</p></body></html>"""
    doc = read_document(write(tmp_path, "page.htm", page.encode()))
    # The unclosed <head> ends at <body>; only <main> is kept; a section's own header is content;
    # a source line break between two CJK characters is no space, elsewhere it is one.
    assert doc.text == ("一、经济运行\n\n全区生产总值1000亿元，\n增长6.5%。GDP 增长\n\n指标\t数值\n财政收入\t171亿元\n"
                        "  地区  生产总值\n1000亿元\n本节标题\n节内文字")
    assert_offsets_point_into_source(doc)


def test_html_a_tables_spanned_cells_keep_their_columns_and_cells_with_paragraphs_read_as_one_row(tmp_path):
    # (a Word page's table: every cell a paragraph, labels broken over lines, 2002年 over two columns,
    # 类别 over two rows; a page laid out in a table keeps its lines)
    page = ("<html><body><table><tr><td rowspan=2><p>类别</p></td><td rowspan=2><p>指标</p></td>"
            "<td colspan=2><p>2002年</p></td><td colspan=2><p>2003年</p></td></tr>"
            "<tr><td><p>实际<br>完成</p></td><td><p>比上年<br>增长%</p></td><td><p>目标</p></td><td><p>增长%</p></td></tr>"
            "<tr><td rowspan=2><p>人民<br>生活</p></td><td><p>农民人均纯收入</p></td><td><p>2780</p></td>"
            "<td><p>5.3</p></td><td><p>2930</p></td><td><p>5.4</p></td></tr>"
            "<tr><td><p>城镇居民人均可支配收入</p></td><td><p>5120</p></td><td><p>9.1</p></td><td><p>&nbsp;</p></td>"
            "<td><p>8</p></td></tr></table>"
            "<table><tr><td><p>各位代表：</p><p>现在，我代表市人民政府向大会报告工作。</p></td><td>首页</td></tr></table>"
            "</body></html>")
    doc = read_document(write(tmp_path, "page.html", page.encode()))
    assert doc.text == ("类别\t指标\t2002年\t\t2003年\t\n"
                        "\t\t实际完成\t比上年增长%\t目标\t增长%\n"
                        "人民生活\t农民人均纯收入\t2780\t5.3\t2930\t5.4\n"
                        "人民生活\t城镇居民人均可支配收入\t5120\t9.1\t\t8\n"
                        "各位代表：\n现在，我代表市人民政府向大会报告工作。\n首页")
    assert_offsets_point_into_source(doc)


def test_html_a_tables_cells_spanning_rows_of_figures_are_read_in_each_and_a_headings_last_label_in_its_column(tmp_path):
    # (a county's appended table: 项目 and 单位 over three heading rows, 比上年 over 增长% in a row of its own,
    # one unit's cell beside two rows of figures; a page laid out in a table keeps its lines)
    page = ("<html><body><p>宁乡县2007年国民经济和社会发展主要计划指标</p><table border=1>"
            "<tr><td rowspan=3>项目</td><td rowspan=3>单位</td><td colspan=2>2006年</td><td colspan=2>2007年计划</td></tr>"
            "<tr><td rowspan=2>实绩</td><td rowspan=2>比上年<br>增长%</td><td rowspan=2>绝对数</td><td>比上年</td></tr>"
            "<tr><td>增长%</td></tr>"
            "<tr><td>地区生产总值</td><td rowspan=2>亿元</td><td>153.2</td><td>16.1</td><td>175</td><td>14以上</td></tr>"
            "<tr><td>其中：工业增加值</td><td>63.5</td><td>23.7</td><td>74.3</td><td>17</td></tr></table>"
            "<table><tr><td rowspan=2>首页</td><td>政府工作报告</td></tr><tr><td>宁乡县人民政府</td></tr></table>"
            "</body></html>")
    path = write(tmp_path, "page.html", page.encode())
    doc = read_document(path)
    assert doc.text.split("\n")[2:] == [
        "项目\t单位\t2006年\t\t2007年计划\t", "\t\t实绩\t比上年增长%\t绝对数\t比上年", "\t\t\t\t\t增长%",
        "地区生产总值\t亿元\t153.2\t16.1\t175\t14以上", "其中：工业增加值\t亿元\t63.5\t23.7\t74.3\t17",
        "首页\t政府工作报告", "宁乡县人民政府"]
    assert_offsets_point_into_source(doc)
    from govreport_cli.api import extract_file
    rows = {(r["indicator"], r["kind"], r["measure"], str(r["value"])) for r in extract_file(path)}
    assert {("industrial_value_added", "actual", "level", "63.5"), ("industrial_value_added", "target", "growth", "17"),
            ("gdp", "target", "level", "175")} <= rows


def test_html_paragraphs_with_no_stop_end_their_sentences(tmp_path):
    page = ("<html><body><h1>兰州新区2026年政府工作报告</h1><h2>2025年·成绩单</h2>"
            "<p>地区生产总值<strong>458.6亿元</strong>、增长<strong>9.8%</strong>,增速连续五年位居国家级新区前列</p>"
            "<p>规上工业总产值<strong>1063.2亿元</strong>、增长<strong>18.7%</strong>,产业集群加快壮大</p>"
            "<p>城镇新增就业<strong>1.08万人</strong></p></body></html>")
    path = write(tmp_path, "page.html", page.encode())
    doc = read_document(path)
    assert doc.text == ("兰州新区2026年政府工作报告\n\n2025年·成绩单\n\n"
                        "地区生产总值458.6亿元、增长9.8%,增速连续五年位居国家级新区前列\n\n"
                        "规上工业总产值1063.2亿元、增长18.7%,产业集群加快壮大\n\n城镇新增就业1.08万人")
    assert_offsets_point_into_source(doc)
    from govreport_cli.api import extract_file
    assert [(r["indicator"], r["measure"], str(r["value"])) for r in extract_file(path)] == [
        ("gdp", "level", "458.6"), ("gdp", "growth", "9.8"), ("industrial_output", "level", "1063.2"),
        ("industrial_output", "growth", "18.7"), ("new_urban_jobs", "level", "10800.00")]


def test_html_a_figure_digests_name_figure_and_change_paragraphs_read_as_one_line(tmp_path):
    page = ("<html><body><h1>图解:2011年浙江省政府工作报告</h1><p>【2010年成绩单】</p><p>全省生产总值</p>"
            "<p><strong>27100亿元</strong></p><p>比上年增长11.8%</p><p>人均生产总值</p><p>突破7000美元</p>"
            "<p>【“十二五”主要目标】</p><p>到2015年,全省生产总值超过4万亿元,年均增长8%</p><p>城乡居民收入年均增长8%以上</p>"
            "<p>研究与试验发展经费支出占生产总值比重达到2.5%</p></body></html>")
    path = write(tmp_path, "page.html", page.encode())
    doc = read_document(path)
    assert doc.text.split("\n\n")[2:4] == ["全省生产总值27100亿元比上年增长11.8%", "人均生产总值突破7000美元"]
    assert_offsets_point_into_source(doc)
    from govreport_cli.api import extract_file
    assert [(r["indicator"], r["kind"], r["year"], str(r["value"])) for r in extract_file(path)] == [
        ("gdp", "actual", 2010, "27100"), ("gdp", "actual", 2010, "11.8"), ("gdp", "target", 2015, "40000"),
        ("rd_intensity", "target", 2015, "2.5")]


def test_html_a_cards_name_number_unit_and_change_in_tags_of_their_own_read_as_one_line(tmp_path):
    page = ("<html><body><h1>2021年芜湖市政府工作报告</h1><section><p><span>地区生产总值</span></p><p><span>4302.6</span>"
            "<span>亿元</span></p><p><span>增长11.6%</span></p></section><div class=\"item\"><h4>固定资产投资</h4>"
            "<p class=\"down\">▼3.2%</p></div></body></html>")
    doc = read_document(write(tmp_path, "page.html", page.encode()))
    assert doc.text.split("\n\n")[1:] == ["地区生产总值4302.6亿元增长11.6%", "固定资产投资▼3.2%"]
    assert_offsets_point_into_source(doc)


def test_html_a_superscript_footnote_number_is_no_digit_of_the_figure(tmp_path):
    page = ("<html><body><h1>2017年青岛市政府工作报告</h1><h2>一、2016年工作回顾</h2>"
            "<p>全市生产总值达到10011.29亿元<sup>1</sup>,增长7.9%<sup>2</sup>;实际使用外资<sup>4</sup>70.1亿美元,增长8.8%。</p>"
            "</body></html>")
    path = write(tmp_path, "page.html", page.encode())
    from govreport_cli.api import extract_file
    assert [(r["indicator"], str(r["value"])) for r in extract_file(path)] == [
        ("gdp", "10011.29"), ("gdp", "7.9"), ("fdi_actual", "70.1"), ("fdi_actual", "8.8")]


def test_html_notes_under_their_heading_past_a_blank_line_are_no_content(tmp_path):
    page = ("<html><body><h1>2017年青岛市政府工作报告</h1><h2>二、2017年工作安排</h2><p>生产总值增长7.5%左右。</p>"
            "<h3>注释</h3><ol><li>生产总值为初步核算数,首次突破1万亿元。</li>"
            "<li>同期山东省一般公共预算收入5860.2亿元。</li></ol></body></html>")
    path = write(tmp_path, "page.html", page.encode())
    from govreport_cli.api import extract_file
    assert [(r["indicator"], r["kind"], str(r["value"])) for r in extract_file(path)] == [("gdp", "target", "7.5")]


def test_notes_under_a_heading_ending_on_its_colon_are_no_content_also_each_in_a_paragraph_of_its_own(tmp_path):
    plan = "江北市政府工作报告\n二、2016年工作安排\n地区生产总值增长8%左右。\n\n"
    notes = ("注释:\n①地区生产总值增速按可比价格计算。\n④2014年全市一般公共预算收入为543.9亿元。\n",
             "注释:\n\n①地区生产总值增速按可比价格计算。\n\n②城镇新增就业含返乡入乡创业带动就业1.2万人。\n")
    from govreport_cli.api import extract_text
    for note in notes:
        assert [(r["indicator"], str(r["value"])) for r in extract_text(plan + note)] == [("gdp", "8")]


def test_html_links_to_other_reports_are_no_content(tmp_path):
    page = """<html><head><meta charset="utf-8"><title>t</title></head><body>
<div class="side">相关文章:<a>2016年江北市政府工作报告</a> <a>2015年上半年工作总结</a></div>
<div class="xgwz">2018年政府工作报告</div>
<h2>江北市人民政府2017年上半年工作总结</h2><p>上半年,全市实现地区生产总值312.5亿元。</p></body></html>"""
    doc = read_document(write(tmp_path, "page.html", page.encode()))
    assert doc.text == "江北市人民政府2017年上半年工作总结\n\n上半年,全市实现地区生产总值312.5亿元。"


def test_html_lines_of_links_alone_are_no_content_wherever_they_sit(tmp_path):
    page = """<html><head><meta charset="utf-8"><title>t</title></head><body>
<div class="left"><h3>相关链接</h3><ul><li><a href="/tjxx/8812.html">前三季度新区地区生产总值增长17.8%</a></li>
<li>2013-07-26 <a href="#">上半年新区实际利用外资52.3亿美元</a></li></ul></div>
<table><tr><td><b>工作动态</b></td></tr><tr><td>·<a href="#">2010年全区生产总值突破150亿元</a></td></tr></table>
<div class="article"><h1>2014年滨海新区政府工作报告</h1><ul><li><a href="#one">一、2013年工作回顾</a></li></ul>
<p>全区地区生产总值增长17.5%,详见<a href="/fj.html">附件</a>。</p></div></body></html>"""
    doc = read_document(write(tmp_path, "page.html", page.encode()))
    assert doc.text == "相关链接\n\n工作动态\n2014年滨海新区政府工作报告\n\n全区地区生产总值增长17.5%,详见附件。"
    assert_offsets_point_into_source(doc)


def test_html_articles_are_the_content_when_there_is_no_main(tmp_path):
    page = ("<html><body><div>站点标题</div><article><p>第一篇</p></article>"
            "<div>广告</div><article><p>第二篇</p></article></body></html>")
    doc = read_document(write(tmp_path, "page.html", page.encode()))
    assert doc.text == "第一篇\n\n第二篇"


def test_html_without_visible_text_warns(tmp_path):
    page = "<html><head><script>render('地区生产总值100亿元')</script></head><body><div id='app'></div></body></html>"
    doc = read_document(write(tmp_path, "app.html", page.encode()))
    assert doc.text == "" and len(doc.warnings) == 1 and "no visible text" in doc.warnings[0]


def test_html_is_recognised_without_an_html_extension(tmp_path):
    page = html_page("报告正文")
    assert read_document(write(tmp_path, "content.shtml", page.encode())).text.startswith("报告正文")
    assert read_document(write(tmp_path, "download", page.encode())).text.startswith("报告正文")
    assert read_document(write(tmp_path, "saved.txt", page.encode())).text.startswith("报告正文")  # a page saved as .txt
    text = "<p>不是网页的文本</p>"
    assert read_document(write(tmp_path, "plain.txt", text.encode())).text == text  # (tags inside text: no page)


# ---------------------------------------------------------------- DOCX

def make_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("2018年政府工作报告", 1)
    document.add_paragraph("全区实现地区生产总值1000亿元，增长6.5%。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["指标", "数值", "增长"], ["一般公共预算收入", "171亿元", "3.7%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 0).merge(table.cell(2, 1)).text = "合计"
    table.cell(2, 2).text = "5%"
    document.add_paragraph("下半年工作安排")
    document.save(path)
    return path


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    doc = read_document(make_docx(tmp_path / "report.docx"))
    assert doc.encoding == "docx" and doc.offsets is None and doc.source == doc.text
    # A merged cell appears once, not once per column it spans.
    assert doc.text == ("2018年政府工作报告\n全区实现地区生产总值1000亿元，增长6.5%。\n"
                        "指标\t数值\t增长\n一般公共预算收入\t171亿元\t3.7%\n合计\t5%\n下半年工作安排")


def test_docx_recognised_by_content(tmp_path):
    path = make_docx(tmp_path / "report.docx")
    assert read_document(write(tmp_path, "download", path.read_bytes())).encoding == "docx"


def test_bad_word_files(tmp_path):
    assert "not a valid .docx" in unreadable(write(tmp_path, "a.docx", b"this is not a zip"))
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    assert ".docx" in unreadable(write(tmp_path, "old.doc", ole))
    assert "password-protected" in unreadable(write(tmp_path, "locked.docx", ole))  # encrypted .docx is OLE too


def test_missing_format_library_says_what_to_install(tmp_path, monkeypatch):
    docx_path = make_docx(tmp_path / "report.docx")
    pdf_path = write(tmp_path, "report.pdf", b"%PDF-1.4\n")
    monkeypatch.setitem(sys.modules, "docx", None)  # makes `import docx` raise ImportError
    monkeypatch.setitem(sys.modules, "pdfminer.pdfdocument", None)
    assert "pip install python-docx" in unreadable(docx_path)
    assert "pip install pdfminer.six" in unreadable(pdf_path)


# ---------------------------------------------------------------- PDF

def make_pdf(path: Path, lines: list[str]) -> Path:
    pytest.importorskip("reportlab", reason="reportlab (test extra) makes the test PDFs")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # built in: no font file needed
    page = canvas.Canvas(str(path))
    page.rect(50, 50, 100, 100)
    page.setFont("STSong-Light", 12)
    for i, line in enumerate(lines):
        page.drawString(72, 760 - 18 * i, line)
    page.showPage()
    page.save()
    return path


def pdf_without_unicode_map(glyphs: int) -> bytes:
    """A PDF whose font has glyph ids but no ToUnicode map: its text layer is '(cid:n)'s."""
    content = b"BT /F1 12 Tf 72 700 Td <" + b"".join(b"%04X" % (i + 1) for i in range(glyphs)) + b"> Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [5 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return assemble_pdf(objects)


def test_pdf_text_layer(tmp_path):
    lines = ["2018年政府工作报告", "全区实现地区生产总值1000亿元，增长6.5%。", "一般公共预算收入171亿元"]
    doc = read_document(make_pdf(tmp_path / "report.pdf", lines))
    assert doc.encoding == "pdf" and doc.warnings == [] and doc.offsets is None and doc.source == doc.text
    assert [line for line in doc.text.split("\n") if line.strip(" \f")] == lines
    download = write(tmp_path, "download", (tmp_path / "report.pdf").read_bytes())
    assert read_document(download).text == doc.text  # recognised by its content


def test_pdf_without_text_layer_warns(tmp_path):
    doc = read_document(make_pdf(tmp_path / "scan.pdf", []))
    assert doc.text.strip() == ""
    assert len(doc.warnings) == 1 and "no text layer" in doc.warnings[0]


def test_pdf_with_garbled_text_layer_warns(tmp_path):
    pytest.importorskip("pdfminer")
    doc = read_document(write(tmp_path, "garbled.pdf", pdf_without_unicode_map(30)))
    assert "(cid:" in doc.text
    assert len(doc.warnings) == 1 and "garbled" in doc.warnings[0]


def test_damaged_pdf_is_refused(tmp_path):
    pytest.importorskip("pdfminer")
    assert "not a valid PDF" in unreadable(write(tmp_path, "report.pdf", b"%PDF-1.4\nnothing else"))


# ---------------------------------------------------------------- the same facts from every copy

def facts(path: Path, **kwargs) -> Counter:
    from govreport_cli.api import extract_file

    return Counter((r["indicator"], r["measure"], r["kind"], str(r["value"]), r["unit"])
                   for r in extract_file(path, **kwargs))


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_every_copy_of_a_seed_gives_the_same_facts(tmp_path, path):
    pytest.importorskip("govreport_cli.api")
    text = seed(path)
    original = facts(path)
    assert original, "the seed should give facts"
    copies = {
        "gb18030.txt": text.encode("gb18030"),
        "utf8-bom.txt": text.encode("utf-8-sig"),
        "utf16.txt": text.encode("utf-16"),
        "utf16be.txt": text.encode("utf-16-be"),
        "page.html": html_page(text).encode(),
        "page-gbk.htm": html_page(text, "gbk").encode("gb18030"),
    }
    for name, data in copies.items():
        assert facts(write(tmp_path, name, data)) == original, name
    # Big5 holds the traditional text: compare with the same text in UTF-8.
    tw = traditional_big5(text)
    assert facts(write(tmp_path, "big5.txt", tw.encode("big5"))) == facts(write(tmp_path, "tw.txt", tw.encode()))


def test_a_pages_title_heads_its_text_when_the_body_does_not_name_it(tmp_path):
    page = ("<html><head><title>宜宾市2014年上半年国民经济运行情况_宜宾市统计局</title></head><body>"
            "<p>上半年,全市实现地区生产总值601.35亿元,增长9.6%。</p></body></html>")
    doc = read_document(write(tmp_path, "a.html", page.encode()))
    assert doc.text.startswith("宜宾市2014年上半年国民经济运行情况\n")
    assert_offsets_point_into_source(doc)
    headline = page.replace("宜宾市2014年上半年国民经济运行情况", "上半年我市GDP增长9.6%")
    assert read_document(write(tmp_path, "b.html", headline.encode())).text.startswith("_宜宾市统计局\n上半年,")


def test_a_statistics_bureaus_name_after_a_pages_title_names_the_region_its_body_calls_its_whole(tmp_path):
    from govreport_cli.api import extract_file
    page = ("<html><head><title>2019年前三季度全市经济运行情况_襄阳市统计局</title></head><body>"
            "<h1>2019年前三季度全市经济运行情况</h1><p>前三季度,全市完成地区生产总值3462.75亿元。</p></body></html>")
    assert {row["region"] for row in extract_file(write(tmp_path, "a.html", page.encode()))} == {"襄阳市"}
    county = page.replace("全市", "全县")  # (a city's bureau above a county's page names no region of it)
    assert {row["region"] for row in extract_file(write(tmp_path, "b.html", county.encode()))} == {""}


def test_a_towns_site_names_a_towns_report_whose_figures_are_its_whole_not_its_citys(tmp_path):
    from govreport_cli.api import extract_file
    page = ("<html><head><title>上半年工作总结 - 东莞市江头镇人民政府</title></head><body><h1>上半年工作总结</h1>"
            "<p>2014年上半年,全镇实现地区生产总值126.8亿元,增速高于全市平均水平0.7个百分点。全市地区生产总值2800.5亿元。"
            "全镇新增就业岗位4120个。</p></body></html>")
    assert [(row["region"], row["indicator"], format_decimal(row["value"]))
            for row in extract_file(write(tmp_path, "a.html", page.encode()))] == [
        ("江头镇", "gdp", "126.8"), ("江头镇", "new_urban_jobs", "4120")]


def test_a_government_sites_name_after_a_pages_title_heads_its_text(tmp_path):
    page = ("<html><head><title>在县政府第六次全体会议上的讲话_定兴县人民政府</title></head><body>"
            "<h1>在县政府第六次全体会议上的讲话</h1><p>来源:县政府办</p><p>上半年,全县实现地区生产总值46.3亿元。</p></body></html>")
    doc = read_document(write(tmp_path, "a.html", page.encode()))
    assert doc.text.startswith("_定兴县人民政府\n在县政府第六次全体会议上的讲话\n")
    assert_offsets_point_into_source(doc)
    dashed = page.replace("讲话_定兴县人民政府</title>", "讲话 - 定兴县人民政府</title>")
    assert read_document(write(tmp_path, "b.html", dashed.encode())).text.startswith(
        " - 定兴县人民政府\n在县政府第六次全体会议上的讲话\n")


def test_a_cards_name_after_its_own_number_takes_not_the_next_cards_number(tmp_path):
    page = ("<html><head><title>一图读懂临平区2025年政府工作报告</title></head><body><h1>一图读懂临平区政府工作报告</h1>"
            "<h2>2025年主要预期目标</h2>"
            "<div class=\"card\"><p class=\"num\">6%左右</p><p class=\"name\">地区生产总值增长</p></div>"
            "<div class=\"card\"><p class=\"num\">7%</p><p class=\"name\">规上工业增加值增长</p></div>"
            "<div class=\"card\"><p class=\"name\">全区生产总值</p><p class=\"num\">1136.8亿元</p></div></body></html>")
    doc = read_document(write(tmp_path, "a.html", page.encode()))
    assert "地区生产总值增长\n\n7%" in doc.text and "全区生产总值1136.8亿元" in doc.text
    assert_offsets_point_into_source(doc)


def test_number_first_cards_stay_apart_past_a_card_whose_value_is_words(tmp_path):
    page = ("<html><head><title>一图读懂2019年政府工作报告</title></head><body><h3>2019年·目标</h3>"
            "<div class=\"card\"><b>9%左右</b><p>固定资产投资增长</p></div>"
            "<div class=\"card\"><b>10.5%左右</b><p>社会消费品零售总额增长</p></div>"
            "<div class=\"card\"><b>基本同步</b><p>财政收入增长与经济增长</p></div>"
            "<div class=\"card\"><b>60万人以上</b><p>城镇新增就业</p></div>"
            "<div class=\"card\"><b>4.5%以内</b><p>城镇登记失业率</p></div></body></html>")
    doc = read_document(write(tmp_path, "a.html", page.encode()))
    assert "经济增长60万" not in doc.text and "城镇新增就业4.5%" not in doc.text
    assert_offsets_point_into_source(doc)


def test_number_first_div_cards_keep_a_words_cards_label_from_the_next_cards_number(tmp_path):
    cards = "".join(f"<div class=\"card\"><div>{value}</div><div>{label}</div></div>" for value, label in (
        ("54.6万人", "城镇新增就业"), ("1.7%", "居民消费价格上涨"), ("完成国家下达任务", "单位地区生产总值能耗降低"),
        ("3.5%", "城镇登记失业率")))
    page = f"<html><head><title>一图读懂</title></head><body><h3>2015年 · 成绩单</h3>{cards}</body></html>"
    doc = read_document(write(tmp_path, "a.html", page.encode()))
    assert "降低3.5%" not in doc.text and "城镇登记失业率" in doc.text
    assert_offsets_point_into_source(doc)


def test_glosses_with_full_width_tone_digits_are_taken_out(tmp_path):
    from govreport_cli.api import extract_file
    text = ("贛(gan４)州市2016年政府工作報告\n一、2016年工作回顧\n"
            "全市生產(chan３)總(zong３)值2194.4億(yi４)元,增長9.5%。\n")
    rows = extract_file(write(tmp_path, "r.txt", text.encode()))
    assert [(r["region"], r["indicator"], format_decimal(r["value"])) for r in rows] == [
        ("赣州市", "gdp", "2194.4"), ("赣州市", "gdp", "9.5")]


def test_ruby_glosses_are_taken_out_with_the_bar_that_opens_their_word(tmp_path):
    from govreport_cli.api import extract_file
    text = ("贛州市2016年政府工作報告\n一、2016年工作回顧\n"
            "全市實現｜地區生產總值《dìqū shēngchǎn zǒngzhí》2194.4億《yì》元,增長9.5%。"
            "｜固定資產投資《gùdìng zīchǎn tóuzī》增長14%,｜社會消費品零售總額《shèhuì xiāofèipǐn》增長12.1%。\n")
    rows = extract_file(write(tmp_path, "r.txt", text.encode()))
    assert [(r["indicator"], format_decimal(r["value"])) for r in rows] == [
        ("gdp", "2194.4"), ("gdp", "9.5"), ("fixed_asset_investment", "14"), ("retail_sales", "12.1")]


def test_a_long_running_header_after_a_page_number_is_taken_out_of_the_sentence_it_cut(tmp_path):
    from govreport_cli.api import extract_file
    text = ("关于2018年江北省国民经济和社会发展计划执行情况与2019年计划草案的报告\n一、2018年计划执行情况\n"
            "全省固定资产投资增长5.9%。社会消费品\n\n·1·\n\f关于2018年江北省国民经济和社会发展计划执行情况与2019年国民经济和"
            "社会发展计划草案的报告\n\n零售总额38098亿元,增长9%。\n")
    rows = extract_file(write(tmp_path, "r.txt", text.encode()))
    assert [(r["indicator"], format_decimal(r["value"])) for r in rows] == [
        ("fixed_asset_investment", "5.9"), ("retail_sales", "38098"), ("retail_sales", "9")]


def test_a_side_box_between_the_pages_path_and_the_reports_title_is_not_read(tmp_path):
    from govreport_cli.api import extract_file
    page = ("<html><body><div>您现在的位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>"
            "<table><tr><td><div><h3>数说江北（2014年）</h3><p>地区生产总值：2180.3亿元</p>"
            "<p>一般公共预算收入：119.0亿元</p></div></td><td><h2>2016年江北区政府工作报告</h2>"
            "<p>——2016年1月20日在江北区第十七届人民代表大会第五次会议上</p><p>一、2015年工作回顾</p>"
            "<p>全区实现地区生产总值2368.7亿元,增长8.3%。</p></td></tr></table></body></html>")
    rows = extract_file(write(tmp_path, "r.html", page.encode()))
    assert [(r["indicator"], format_decimal(r["value"]), r["year"]) for r in rows] == [
        ("gdp", "2368.7", 2015), ("gdp", "8.3", 2015)]


def test_a_scope_defined_once_in_brackets_a_line_break_inside_is_taken_out(tmp_path):
    from govreport_cli.api import extract_file
    text = ("江北区2018年政府工作报告\n一、2017年工作回顾\n全区（含高新区\n、曲江新区托管区域，下同）实现地区生产总值1665.9亿元，增长8.\n"
            "6%。\n")
    rows = extract_file(write(tmp_path, "r.txt", text.encode()))
    assert [(r["indicator"], format_decimal(r["value"])) for r in rows] == [("gdp", "1665.9"), ("gdp", "8.6")]
