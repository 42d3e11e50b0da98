"""The panel (targets against outcomes): the choice rule, the others, the gap, every format, the corpus."""
import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govreport_cli import cli
from govreport_cli.output import write_table
from govreport_cli.panel import COLUMNS, panel_rows, review_years
from govreport_cli.rows import COLUMNS as TIDY

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
runner = CliRunner()


def fact(report, value, kind="actual", year=2018, period="FY", qualifier="", indicator="gdp", measure="growth",
         unit="%", region="河北省", start=0):
    row = dict(report=report, region=region, year=year, period=period, indicator=indicator, name="生产总值",
               measure=measure, kind=kind, value=Decimal(value), unit=unit, qualifier=qualifier, basis="",
               raw=f"{value}{unit}", evidence="…", start=start, end=start + 1, rule="rules/output.toml:gdp")
    assert tuple(row) == TIDY
    return row


# Annual reports: the report delivered in Y reviews Y-1 (actual) and targets Y.
R2018 = [fact("2018.txt", "6.7", year=2017), fact("2018.txt", "6.5", "target", qualifier="approx", start=10)]
R2019 = [fact("2019.txt", "6.6", year=2018), fact("2019.txt", "6.5", "target", year=2019, qualifier="approx")]
R2020 = [fact("2020.txt", "6.8", year=2019), fact("2020.txt", "6.5", year=2018, start=5),  # a restatement
         fact("2020.txt", "6", "target", year=2020, qualifier="approx")]


def one(panel, year):
    (found,) = [r for r in panel if r["year"] == year]
    return found


def test_target_of_a_year_beside_its_outcome_from_the_next_report():
    panel = panel_rows(R2018 + R2019 + R2020)
    assert [r["year"] for r in panel] == [2017, 2018, 2019, 2020]
    row = one(panel, 2018)
    assert (row["target"], row["target_qualifier"], row["target_report"]) == (Decimal("6.5"), "approx", "2018.txt")
    assert (row["actual"], row["actual_qualifier"], row["actual_report"]) == (Decimal("6.6"), "", "2019.txt")
    assert row["gap"] == Decimal("0.1")
    # the later report's restatement of 2018 is not chosen, and not dropped
    assert row["others"] == "actual 6.5 (2020.txt)"
    assert set(row) == set(COLUMNS)


def test_the_report_about_the_year_wins_whatever_the_order():
    panel = panel_rows(R2020 + R2019 + R2018)
    assert one(panel, 2018)["actual"] == Decimal("6.6")


def test_whole_year_over_part_year_and_first_stated_over_a_repeat():
    rows = [fact("h1.txt", "7.1", period="H1", start=1), fact("2019.txt", "6.6", start=9),
            fact("2019.txt", "6.9", start=20), fact("2019.txt", "6.6", start=30),
            fact("2019.txt", "7", "target", year=2019)]
    row = one(panel_rows(rows), 2018)
    assert (row["actual"], row["actual_period"]) == (Decimal("6.6"), "FY")
    assert row["others"] == "actual 6.9 (2019.txt); actual 7.1 H1 (h1.txt)"  # the repeat of 6.6 is no other value


def test_a_part_year_figure_is_used_when_it_is_all_there_is_and_gets_no_gap():
    rows = [fact("h1.txt", "7.1", period="H1"), fact("2018.txt", "7", "target")]
    row = one(panel_rows(rows), 2018)
    assert (row["actual"], row["actual_period"], row["target_period"], row["gap"]) == (Decimal("7.1"), "H1", "FY", None)


def test_a_target_from_the_report_that_sets_it_over_an_old_plan():
    plan = fact("2003.txt", "100", "target", year=2018)  # 到2018年翻一番, in a report of 2003
    rows = [fact("2003.txt", "9", year=2002), plan, *R2018, *R2019]
    row = one(panel_rows(rows), 2018)
    assert (row["target"], row["target_report"]) == (Decimal("6.5"), "2018.txt")
    assert row["others"] == "target 100 (2003.txt)"


def test_units_regions_and_levels_are_rows_of_their_own():
    rows = R2018 + R2019 + [fact("2019.txt", "36010", indicator="gdp", measure="level", unit="亿元", year=2018),
                            fact("sh.txt", "6.6", region="上海市", year=2018)]
    panel = panel_rows(rows)
    keys = [(r["region"], r["measure"], r["unit"], r["year"]) for r in panel]
    assert keys == [("河北省", "level", "亿元", 2018), ("河北省", "growth", "%", 2017), ("河北省", "growth", "%", 2018),
                    ("河北省", "growth", "%", 2019), ("上海市", "growth", "%", 2018)]
    assert panel[0]["gap"] is None  # a gap for growth only


def test_rows_read_back_as_text_give_the_same_panel(tmp_path):
    rows = R2018 + R2019 + R2020
    write_table(rows, str(tmp_path / "out.csv"))
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        assert panel_rows(csv.DictReader(handle)) == panel_rows(rows)
    assert review_years(rows) == {"2018.txt": 2017, "2019.txt": 2018, "2020.txt": 2019}


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "parquet", "xlsx"])
def test_pandas_reads_every_panel_format_with_numeric_columns(tmp_path, fmt):
    import pandas as pd

    write_table(R2018 + R2019 + R2020, str(tmp_path / "out.csv"))
    out = tmp_path / f"panel.{fmt}"
    result = runner.invoke(cli.app, ["panel", str(tmp_path / "out.csv"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    read = {"csv": lambda p: pd.read_csv(p, encoding="utf-8-sig"), "tsv": lambda p: pd.read_csv(p, sep="\t"),
            "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet, "xlsx": pd.read_excel}[fmt]
    frame = read(out)
    assert list(frame.columns) == list(COLUMNS)
    for column in ("year", "target", "actual", "gap"):
        assert pd.api.types.is_numeric_dtype(frame[column]), (fmt, column, frame[column].dtype)
    row = frame[frame["year"] == 2018].iloc[0]
    assert (row["target"], row["actual"], round(row["gap"], 6)) == (6.5, 6.6, 0.1)


def test_panel_command_filters_and_extract_panel_agree(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("2019年政府工作报告\n一、2018年工作回顾\n全省生产总值增长6.6%。\n二、2019年主要预期目标\n"
                      "全省生产总值增长6.5%左右。\n", encoding="utf-8")
    direct = runner.invoke(cli.app, ["extract", str(report), "--panel", "-q", "--indicator", "gdp"])
    assert direct.exit_code == 0, direct.output
    tidy = tmp_path / "out.csv"
    assert runner.invoke(cli.app, ["extract", str(report), "-o", str(tidy), "-q"]).exit_code == 0
    via = runner.invoke(cli.app, ["panel", str(tidy), "--indicator", "gdp", "--measure", "growth"])
    assert via.exit_code == 0 and via.stdout == direct.stdout
    lines = list(csv.DictReader(io.StringIO(via.stdout)))
    assert [(r["year"], r["target"], r["target_qualifier"], r["actual"]) for r in lines] == [
        ("2018", "", "", "6.6"), ("2019", "6.5", "approx", "")]
    assert runner.invoke(cli.app, ["panel", str(tidy), "--indicator", "gdpp"]).exit_code == 2


HEBEI = {  # year: (target, outcome), read by hand in the reports of CORPUS
    2012: (Decimal("9"), Decimal("9.6")),  # 2012: 全省生产总值增长9%左右; 2013: 2012年全省生产总值26575亿元,同比增长9.6%
    2023: (Decimal("6"), Decimal("5.5")),  # 2023: 地区生产总值增长6%左右; 2024: 全省生产总值增长5.5%
    2024: (Decimal("5.5"), Decimal("5.4")),  # 2024: 地区生产总值增长5.5%左右; 2025: 全省生产总值增长5.4%
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the checkout")
def test_panel_on_hebei_reports_of_the_corpus(tmp_path):
    names = [f"河北省_{year}_report.txt" for year in (2012, 2013, 2023, 2024, 2025)]
    tidy = tmp_path / "c.csv"
    result = runner.invoke(cli.app, ["extract", *(str(CORPUS / n) for n in names), "-o", str(tidy), "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli.app, ["panel", str(tidy), "--indicator", "gdp", "--measure", "growth"])
    assert result.exit_code == 0, result.output
    panel = {int(r["year"]): r for r in csv.DictReader(io.StringIO(result.stdout)) if r["region"] == "河北省"}
    for year, (target, outcome) in HEBEI.items():
        row = panel[year]
        assert (Decimal(row["target"]), Decimal(row["actual"])) == (target, outcome), year
        assert row["target_report"] == f"河北省_{year}_report.txt"
        assert row["actual_report"] == f"河北省_{year + 1}_report.txt"
        assert Decimal(row["gap"]) == outcome - target
