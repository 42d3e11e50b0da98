"""The real corpus (../shared/corpus), scored end to end, and every report's context as a table.

dev.csv is the shared gold of 14 reports; tests/gold/corpus_extra.csv is our own, for 35 more,
annotated by reading the reports before looking at the tool's output (its notes beside it).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from govreport_cli.api import extract_file
from govreport_cli.context import read_context
from govreport_cli.normalize import normalize
from govreport_cli.output import write_table
from govreport_cli.reading import read_document
from govreport_cli.rules import cached_rules
from scoring import ROOT, SHARED, score

CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")


@pytest.fixture(scope="module")
def corpus_csv(tmp_path_factory) -> Path:
    rows = [row for path in sorted(CORPUS.iterdir()) for row in extract_file(path)]
    out = tmp_path_factory.mktemp("corpus") / "corpus.csv"
    write_table(rows, str(out))
    return out


@needs_corpus
@pytest.mark.parametrize("gold, precision, recall", [
    (SHARED / "gold" / "dev.csv", 0.98, 0.96),
    (ROOT / "tests" / "gold" / "corpus_extra.csv", 0.98, 0.93),
])
def test_corpus_scores(corpus_csv, tmp_path, gold, precision, recall):
    found = score(gold, corpus_csv, tmp_path)
    assert (found["precision"], found["recall"]) >= (precision, recall) or (
        found["precision"] >= precision and found["recall"] >= recall), found
    assert found["agreement"]["year"] >= 0.97 and found["agreement"]["period"] >= 0.99, found["agreement"]


# report, region, the year it was delivered (annual) or covers (half-year), period it covers,
# its parts in order: kind (a actual, t target), year, * about several years
CONTEXTS = [
    ("2026_上海市_政府工作报告.txt", "上海市", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_内蒙古自治区_政府工作报告.txt", "内蒙古自治区", 2026, "FY", "a2025 t2026"),
    ("2026_吉林省_政府工作报告.txt", "吉林省", 2026, "FY", "a t2026 t2030*"),
    ("2026_宁夏回族自治区_政府工作报告.txt", "宁夏回族自治区", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_山东省_政府工作报告.txt", "山东省", 2026, "FY", "a2025 t2030* t2026"),
    # 今年经济社会发展的\n主要预期目标\n是:… is one sentence wrapped over lines, not a heading
    ("2026_广东省_政府工作报告.txt", "广东省", 2026, "FY", "a2025 t2030* t2026"),  # (主要目标 ⏎ 是:…, a line wrapped before its 是: no heading)
    ("2026_新疆维吾尔自治区_政府工作报告.txt", "新疆维吾尔自治区", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_江西省_政府工作报告.txt", "江西省", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_河南省_政府工作报告.txt", "河南省", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_海南省_政府工作报告.txt", "海南省", 2026, "FY", "a2025 t2030* t2026 t2026"),
    ("2026_湖南省_政府工作报告.txt", "湖南省", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_福建省_政府工作报告.txt", "福建省", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_贵州省_政府工作报告.txt", "贵州省", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_重庆市_政府工作报告.txt", "重庆市", 2026, "FY", "a2025 t2030* t2026"),
    ("2026_青海省_政府工作报告.txt", "青海省", 2026, "FY", "a2025 t2030* t2026"),
    # the file name says 2006; the text is the report given on 2007年1月30日 (reviews 2006, plans 2007)
    ("保定市_2006_report.txt", "保定市", 2007, "FY", "a t2007"),
    ("保定市_2007_report.txt", "保定市", 2007, "FY", "a t2007"),
    ("保定市_2009_report.txt", "保定市", 2009, "FY", "a2008 t2009"),
    ("保定市_2010_report.txt", "保定市", 2010, "FY", "a2009 t2010 t2010"),
    ("保定市_2011_report.txt", "保定市", 2011, "FY", "a2010* t2015*"),
    ("保定市_2014_report.txt", "保定市", 2014, "FY", "a2013 t2014"),
    ("保定市_2018_report.txt", "保定市", 2018, "FY", "a2017 t2018"),
    ("保定市_2021_report.txt", "保定市", 2021, "FY", "a2020* t2025* t2021"),
    ("保定市_2022_report.txt", "保定市", 2022, "FY", "a2021 t2022"),
    ("保定市_2024_report.txt", "保定市", 2024, "FY", ""),  # only the plan, under no heading
    ("保定市_2025_report.txt", "保定市", 2025, "FY", "a2024 t2025"),
    ("保定市_2026_report.txt", "保定市", 2026, "FY", "a2025* t2030* t2026"),
    ("河北省_2000_report.txt", "河北省", 2000, "FY", "a1999 t2000"),
    ("河北省_2001_report.txt", "河北省", 2001, "FY", "a2000* t2005* t2001 a2000* t2005* t2001"),  # the body twice
    ("河北省_2002_report.txt", "河北省", 2002, "FY", "a2001 t2002 a2001 t2002"),
    ("河北省_2003_report.txt", "河北省", 2003, "FY", "a2002 a2002 t2003 a2002 a2002 t2003"),
    ("河北省_2004_report.txt", "河北省", 2004, "FY", "a2003 t2004 a2003 t2004"),
    ("河北省_2005_report.txt", "河北省", 2005, "FY", "a2004 t2005"),
    ("河北省_2006_report.txt", "河北省", 2006, "FY", "a2005* t2010* a2005* t2010*"),
    ("河北省_2007_report.txt", "河北省", 2007, "FY", "a2006 t2007 a2006 t2007"),
    ("河北省_2008_report.txt", "河北省", 2008, "FY", "a2007* t2012*"),
    ("河北省_2009_report.txt", "河北省", 2009, "FY", "a2008 t2009 a2008 t2009"),
    ("河北省_2010_report.txt", "河北省", 2010, "FY", "a2009 t2010 t2010 a2009 t2010 t2010"),
    ("河北省_2011_report.txt", "河北省", 2011, "FY", "a2010* t2015* t2012"),  # t2012: a link in the footer
    ("河北省_2012_report.txt", "河北省", 2012, "FY", "a2011 t2012"),
    ("河北省_2013_report.txt", "河北省", 2013, "FY", "a2012* t2017*"),
    ("河北省_2014_report.txt", "河北省", 2014, "FY", "a2013 t2014"),
    ("河北省_2015_report.txt", "河北省", 2015, "FY", "a2014 t2015"),
    ("河北省_2017_report.txt", "河北省", 2017, "FY", "a2016 t2017"),
    # the file name and title say 2018; the date line 二〇一九年一月十四日 makes it the 2019 report
    ("河北省_2018_report.txt", "河北省", 2019, "FY", "a2018 t2019 t2019 a2018 t2019 t2019"),
    ("河北省_2021_report.txt", "河北省", 2021, "FY", "a2020 t2025* t2025* t2021 a2020 t2025* t2025* t2021"),
    ("河北省_2023_report.txt", "河北省", 2023, "FY", "a2022* t2027* t2023 a2022* t2027* t2023"),
    ("河北省_2024_report.txt", "河北省", 2024, "FY", "a2023 t2024 a2023 t2024"),
    ("河北省_2025_report.txt", "河北省", 2025, "FY", "a2024 t2025 a2024 t2025"),
]
SEEDS = [
    ("000_83c6b4c4bef2d01a.txt", "嘉定区", 2018, "H1", "a t"),  # (its title line is no heading)
    ("001_cb6fbbaf4fa429c2.txt", "", 2020, "H1", "a t"),  # the region is hidden (xx 区)
    ("002_87bba99b2896cc54.txt", "通州区", 2018, "FY", "a2017 t2018"),
    ("003_ffcf66fc88f51ddf.txt", "嘉定区", 2020, "FY", "t2020 t2020"),
    ("004_f4a979547995b3ea.txt", "嘉定区", 2025, "H1", ""),  # (its title line is no heading)
]


def context_of(path: Path) -> tuple:
    context = read_context(normalize(read_document(path).text).text, cached_rules().shared)
    parts = " ".join(f"{p.kind[0]}{p.year or ''}{'*' if p.multi_year else ''}" for p in context.parts[1:])
    return path.name, context.region, context.year, context.covers, parts


@needs_corpus
@pytest.mark.parametrize("expected", CONTEXTS, ids=[c[0] for c in CONTEXTS])
def test_corpus_report_context(expected):
    assert context_of(CORPUS / expected[0]) == expected


@pytest.mark.parametrize("expected", SEEDS, ids=[c[0] for c in SEEDS])
def test_seed_context(expected):
    assert context_of(ROOT / "seeds" / expected[0]) == expected


@needs_corpus
@pytest.mark.parametrize("name", ["2026_重庆市_政府工作报告.txt", "河北省_2011_report.txt", "保定市_2021_report.txt"])
def test_a_report_in_traditional_characters_and_gb18030_gives_the_same_facts(tmp_path, name):
    import opencc

    def facts(path: Path) -> list[tuple]:
        return [(r["indicator"], r["measure"], r["kind"], r["value"], r["year"], r["period"]) for r in extract_file(path)]

    source = CORPUS / name
    copy = tmp_path / name
    copy.write_bytes(opencc.OpenCC("s2t").convert(source.read_text(encoding="utf-8")).encode("gb18030", "replace"))
    assert facts(copy) == facts(source) != []
