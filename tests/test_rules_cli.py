"""govreport rules list|show|check and govreport explain, on the shipped rules."""
import pytest
from typer.testing import CliRunner

from govreport_cli import cli, rules_cli
from govreport_cli.rule_examples import FactKey, check_example, examples, parse_fact
from govreport_cli.rules import load_rules

rules_cli.register(cli.rules_app, cli.app)  # what cli.main() does before running the app
runner = CliRunner()
SHIPPED = load_rules()
REPORT = ("2019年政府工作报告\n一、2018年工作回顾\n全年实现地区生产总值5120.3亿元,增长7.1%,人均地区生产总值达到10.2万元。"
          "实现合同利用外资8.6亿美元,实际到位资金3.1亿美元。社会资本到位资金12亿元。\n")


def invoke(*args):
    result = runner.invoke(cli.app, list(args))
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(rules_cli, "_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "160")  # rich's width


def test_list_piped_is_one_tab_separated_line_per_rule():
    result = invoke("rules", "list")
    assert result.exit_code == 0
    header, *lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert header == ["# id", "name", "unit", "measures", "file", "examples"]
    assert lines == [[r.id, r.name, r.unit, ",".join(r.measures), r.file, str(len(r.examples))]
                     for r in SHIPPED.rules.values()]
    assert ["gdp", "地区生产总值", "亿元", "level,growth", "rules/output.toml",
            str(len(SHIPPED.rules["gdp"].examples))] in lines


def test_list_on_a_terminal_is_a_table(terminal):
    result = invoke("rules", "list")
    assert result.exit_code == 0
    assert f"{len(SHIPPED.rules)} rules" in result.stdout and "┃ id" in result.stdout
    assert "\t" not in result.stdout and "fdi_actual" in result.stdout


def test_list_with_a_rule_folder_shows_where_each_rule_comes_from(tmp_path):
    (tmp_path / "gdp.toml").write_text('[[rule]]\nid = "gdp"\nname = "经济总产出"\nreads = "x"\nunit = "亿元"\n'
                                       'measures = ["level"]\nnames = ["经济总产出"]\n', encoding="utf-8")
    lines = invoke("rules", "list", "--rules", str(tmp_path)).stdout.splitlines()[1:]
    assert f"gdp\t经济总产出\t亿元\tlevel\t{tmp_path / 'gdp.toml'}\t0" in lines
    assert len(lines) == len(SHIPPED.rules)


def test_show_gives_the_catalog_entry_names_contexts_and_examples():
    result = invoke("rules", "show", "gdp")
    assert result.exit_code == 0
    out = result.stdout
    rule = SHIPPED.rules["gdp"]
    assert out.startswith("gdp: 地区生产总值\n")
    for text in (f"rules/output.toml:{rule.line}", "unit      亿元", "measures  level, growth", rule.reads,
                 "  地区生产总值\n", "not_before", "  人均$\n", "not_after", f"examples ({len(rule.examples)})",
                 "全年实现地区生产总值5120.3亿元", "    -> growth 7.1 % comparable", "    -> (no fact)"):
        assert text in out
    assert "paired" not in out  # sections a rule does not use are left out


def test_show_a_paired_rule():
    out = invoke("rules", "show", "fdi_actual").stdout
    assert "paired names (count only after fdi_contracted in the same sentence)\n  实际到位(?:资金|金额)\n" in out


def test_show_an_unknown_id_is_one_line_and_exit_2():
    result = invoke("rules", "show", "gpd")
    assert result.exit_code == 2
    assert result.stderr == "govreport: unknown rule id 'gpd'; did you mean 'gdp'? (see 'govreport rules list')\n"
    assert result.stdout == ""


def test_check_the_shipped_rules():
    result = invoke("rules", "check")
    assert result.exit_code == 0, result.stdout
    count = sum(1 for _ in examples(SHIPPED))
    assert result.stdout == f"{len(SHIPPED.rules)} rules, {count} examples: all pass\n"


def test_parse_fact():
    assert parse_fact("growth 6.5 % approx target") == FactKey("growth", 6.5, "%", "approx", "", "target")
    assert parse_fact("level 11000000 人 at_least") == FactKey("level", 11000000, "人", "at_least", "", "actual")
    assert parse_fact("growth 4.5 % estimate yoy") == FactKey("growth", 4.5, "%", "estimate", "yoy", "actual")
    assert str(parse_fact("growth -3.20 % comparable target")) == "growth -3.2 % comparable target"
    for bad in ("level 5", "size 5 %", "level five 亿元", "level 5 亿元 approx approx"):
        with pytest.raises(ValueError):
            parse_fact(bad)


def test_check_example_is_order_insensitive_and_names_the_line():
    rule = SHIPPED.rules["gdp"]
    example = rule.examples[0]
    assert check_example(SHIPPED, rule, example) is None
    reordered = type(example)(example.text, list(reversed(example.facts)), example.line)
    assert check_example(SHIPPED, rule, reordered) is None
    wrong = type(example)(example.text, ["level 5120.3 亿元"], example.line)
    assert check_example(SHIPPED, rule, wrong) == (
        f"rules/output.toml:{example.line}: example of gdp fails: unexpected \"growth 7.1 % comparable\"")


def test_explain_piped_lists_parts_names_and_facts_with_their_reasons(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = invoke("explain", str(report))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"# {report}: region ?, year 2019 (title: 2019年政府工作报告), annual; 1 parts, 5 names, 4 facts"
    start = REPORT.index
    assert f"{start('一、')}\tactual\t2018\t\t一、2018年工作回顾" in lines
    assert f"3\t{start('地区生产总值')}\t地区生产总值\tgdp\tcounted" in lines
    assert f"3\t{start('人均地区生产总值') + 2}\t地区生产总值\tgdp\tnot counted: not_before 人均$" in lines
    assert f"4\t{start('实际到位资金')}\t实际到位资金\tfdi_actual\tcounted" in lines
    assert (f"5\t{start('到位资金12')}\t到位资金\tfdi_actual\tnot counted: paired name with no fdi_contracted "
            "before it in the sentence") in lines
    facts = lines[lines.index(next(line for line in lines if line.startswith("# facts"))) + 1:]
    assert facts[0] == (f"3\t{start('5120.3')}\tgdp\tlevel\tactual\t5120.3 亿元\t\t2018 FY\t"
                        "kind: part 一、2018年工作回顾; year: part year 2018\t全年实现地区生产总值5120.3亿元")
    assert [line.split("\t")[2] for line in facts] == ["gdp", "gdp", "fdi_contracted", "fdi_actual"]


def test_explain_one_sentence_says_why_a_figure_gave_no_fact(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n"
                      "五年来,地区生产总值年均增长5.5%,城镇新增就业累计106万人。\n", encoding="utf-8")
    result = invoke("explain", str(report), "--sentence", "城镇新增就业")
    lines = result.stdout.splitlines()
    assert "2 names, 0 facts" in lines[0]
    dropped = lines[lines.index(next(line for line in lines if line.startswith("# figures"))) + 1:
                    lines.index(next(line for line in lines if line.startswith("# facts")))]
    assert [line.split("\t")[2:] for line in dropped] == [["5.5%", "about several years (年均)"],
                                                          ["106万人", "about several years (累计)"]]


def test_explain_accounts_for_every_figure_of_a_sentence_with_a_name(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("2011年政府工作报告\n一、2010年工作回顾\n"
                      "外商直接投资合同金额1.2亿美元,实际到位6800万美元。农民人均纯收入7600元,比2005年翻了一番,增长18.5%。\n",
                      encoding="utf-8")
    lines = invoke("explain", str(report)).stdout.splitlines()
    dropped = lines[lines.index(next(line for line in lines if line.startswith("# figures"))) + 1:
                    lines.index(next(line for line in lines if line.startswith("# facts")))]
    assert [line.split("\t")[2] for line in dropped] == ["6800万美元", "翻了一番"]
    assert dropped[0].split("\t")[3] == "its clause opens on words of its own (实际到位), not on the name's"
    assert dropped[1].split("\t")[3] == "翻番 without 比上年: over a span of years"
    facts = lines[lines.index(next(line for line in lines if line.startswith("# facts"))) + 1:]
    assert [line.split("\t")[5] for line in facts] == ["1.2 亿美元", "7600 元", "18.5 %"]


def test_explain_says_which_figure_of_a_list_went_to_an_item_that_names_no_indicator(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("2026年政府工作报告\n一、2025年工作回顾\n基础设施投资、工业投资分别增长3.2%、8.5%。\n",
                      encoding="utf-8")
    lines = invoke("explain", str(report)).stdout.splitlines()
    assert [line.split("\t")[2:] for line in lines if line.startswith("3\t") and line.count("\t") == 3] == [
        ["3.2%", "its item of the 分别 list names no indicator"]]
    assert any(line.split("\t")[2:6] == ["industrial_investment", "growth", "actual", "8.5 %"] for line in lines)


def test_explain_says_a_threshold_restates_the_precise_level_even_for_one_sentence(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("2026年政府工作报告\n一、2025年工作回顾\n全省进出口总值530亿美元。外贸结构优化,进出口总值超过500亿美元。\n",
                      encoding="utf-8")
    lines = invoke("explain", str(report), "--sentence", "超过").stdout.splitlines()
    assert [line.split("\t")[2:] for line in lines if line.count("\t") == 3] == [
        ["500亿美元", "a threshold restating the precise level the report gives"]]


def test_explain_says_a_second_change_with_nothing_of_its_own_is_not_read(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("2020年上半年工作情况报告\n上半年,全区地区生产总值同比增长6.7%,增速比一季度(7.1%)回落0.4个百分点。\n",
                      encoding="utf-8")
    lines = invoke("explain", str(report)).stdout.splitlines()
    assert [line.split("\t")[2:] for line in lines if line.count("\t") == 3] == [
        ["0.4个百分点", "a second growth of the name with no other period, year or basis written before it: "
                      "the first one counts"]]


def test_explain_one_indicator_on_a_terminal(tmp_path, terminal):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = invoke("explain", str(report), "--indicator", "fdi_actual")
    assert result.exit_code == 0
    assert "2 names, 1 facts" in result.stdout and "┃ start" in result.stdout
    assert "gdp" not in result.stdout and "3.1 亿美元" in result.stdout


def test_explain_errors(tmp_path):
    result = invoke("explain", str(tmp_path / "missing.txt"))  # as `extract missing.txt`: a usage error
    assert result.exit_code == 2 and result.stderr.startswith(f"govreport: {tmp_path / 'missing.txt'}: no such file")
    result = invoke("explain", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.stderr
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 8)
    result = invoke("explain", str(tmp_path / "junk.bin"))  # an unreadable file: 1, as in extract
    assert result.exit_code == 1 and "binary file" in result.stderr
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    result = invoke("explain", str(tmp_path / "r.txt"), "--indicator", "gpd")
    assert result.exit_code == 2 and "unknown id 'gpd'; did you mean gdp?" in result.stderr


def test_show_gives_the_plausible_range_and_whether_a_level_sums_over_years_or_plans():
    shown = invoke("rules", "show", "new_urban_jobs").stdout
    assert "  plausible level 50 to 20000000" in shown
    assert "  sums      over the years in a review of several years" in shown
    assert "  plans     state it as the plan's total" in shown
    assert "sums" not in invoke("rules", "show", "gdp").stdout
    assert "plans " not in invoke("rules", "show", "fdi_actual").stdout
    assert "  known     by the end of month 9" in invoke("rules", "show", "grain_output").stdout
    assert "known " not in invoke("rules", "show", "gdp").stdout
    assert "broader names (no row beside the rule's own figure)\n  工业增加值" in invoke(
        "rules", "show", "industrial_value_added").stdout


def test_explain_lists_the_figures_of_a_sentence_whose_names_did_not_count(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("江北省2021年政府工作报告\n一、2020年工作回顾\n全国城镇调查失业率为5.2%。全省地区生产总值增长3.8%。\n",
                      encoding="utf-8")
    lines = invoke("explain", str(report)).stdout.splitlines()
    dropped = lines[lines.index(next(line for line in lines if line.startswith("# figures"))) + 1:
                    lines.index(next(line for line in lines if line.startswith("# facts")))]
    assert [line.split("\t")[2:] for line in dropped] == [["5.2%", "no name of its sentence counted (see its names)"]]


def test_explain_says_where_rows_under_column_heads_of_years_were_not_read(tmp_path):
    report = tmp_path / "report.txt"
    heads = "2012年政府工作报告\t2013年政府工作报告\n"
    report.write_text(f"今年目标与去年对比\n2013-01-30 来源:南方日报\n{heads}生产总值增长8.5%\t生产总值增长8%\n", encoding="utf-8")
    first = invoke("explain", str(report)).stdout.splitlines()[0]
    assert "year 2013 (a date: 2013-01-30)" in first
    assert f"rows not read at {report.read_text(encoding='utf-8').index(heads)} (under column heads opening on years" in first
