"""Users add, replace and check indicators from a rule folder of their own (--rules DIR)."""
import csv
import io
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from govreport_cli import cli
from govreport_cli.rules import load_rules
from govreport_cli.rules_cli import register

register(cli.rules_app, cli.app)  # what cli.main() does before running the app
runner = CliRunner()

HIGH_TECH = '''\
# High-tech enterprises: a count of firms.

[[rule]]
id = "high_tech_enterprises"
name = "高新技术企业数"
reads = "Number of high-tech enterprises, a count in 家; firms newly recognised in the year are not the total."
unit = "家"
measures = ["level", "growth"]
names = ['(?:国家级?)?高新技术企业(?:总数|数量|数)?']
not_before = ['(?:新增|新认定|新培育|认定)(?:国家级?)?$']
not_after = ['^(?:产值|工业产值|营业收入|收入|增加值|认定|培育)']

[[rule.example]]
text = "全区国家高新技术企业总数达到1286家,同比增长21.5%。"
facts = ["level 1286 家", "growth 21.5 % yoy"]

[[rule.example]]
text = "高新技术企业数量突破500家。"
facts = ["level 500 家 at_least"]

[[rule.example]]
text = "新认定高新技术企业126家,高新技术企业产值增长12.3%。"
facts = []
'''

REPORT = "全年实现地区生产总值5120.3亿元,增长7.1%。全区国家高新技术企业总数达到1286家,其中新认定高新技术企业126家。\n"

# A rule with the id of a shipped one replaces it: here gdp is read only from 经济总产出.
MY_GDP = '''\
[[rule]]
id = "gdp"
name = "经济总产出"
reads = "GDP as this user's reports call it."
unit = "亿元"
measures = ["level", "growth"]
names = ['经济总产出']
'''


def errors(stdout: str) -> str:
    """rules check's lines, less those about too few examples (the rules here are kept short)."""
    return "".join(line for line in stdout.splitlines(True) if "example(s) with facts" not in line)


def write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def extract_rows(*args) -> list[dict]:
    result = runner.invoke(cli.app, ["extract", "--format", "csv", "-j", "1", *args])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))


def test_a_new_indicator_from_a_rule_folder_appears_in_extract(tmp_path):
    rules = write(tmp_path / "my_rules", "innovation_extra.toml", HIGH_TECH)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    rows = extract_rows("--rules", str(rules), str(report))
    mine = [r for r in rows if r["indicator"] == "high_tech_enterprises"]
    assert [(r["measure"], r["value"], r["unit"], r["raw"]) for r in mine] == [("level", "1286", "家", "1286家")]
    assert mine[0]["rule"] == f"{rules / 'innovation_extra.toml'}:high_tech_enterprises"
    assert {r["indicator"] for r in rows} == {"gdp", "high_tech_enterprises"}  # shipped rules still apply
    # without the folder the indicator does not exist
    assert all(r["indicator"] != "high_tech_enterprises" for r in extract_rows(str(report)))


def test_a_rule_with_a_shipped_id_replaces_the_shipped_rule(tmp_path):
    rules = write(tmp_path / "my_rules", "gdp.toml", MY_GDP)
    report = tmp_path / "report.txt"
    report.write_text("实现经济总产出880亿元,增长5%。地区生产总值5120.3亿元。\n", encoding="utf-8")
    rows = extract_rows("--rules", str(rules), str(report))
    assert [(r["indicator"], r["name"], r["measure"], r["value"]) for r in rows] == [
        ("gdp", "经济总产出", "level", "880"), ("gdp", "经济总产出", "growth", "5")]
    assert rows[0]["rule"].endswith("gdp.toml:gdp")
    ruleset = load_rules((rules,))
    assert ruleset.rules["gdp"].names == ["经济总产出"]


def test_later_folders_win(tmp_path):
    first = write(tmp_path / "a", "gdp.toml", MY_GDP)
    second = write(tmp_path / "b", "gdp.toml", MY_GDP.replace("经济总产出", "全域产出"))
    assert load_rules((first, second)).rules["gdp"].names == ["全域产出"]
    assert load_rules((second, first)).rules["gdp"].names == ["经济总产出"]


def test_check_passes_a_good_folder(tmp_path):
    rules = write(tmp_path / "my_rules", "innovation_extra.toml", HIGH_TECH)
    result = runner.invoke(cli.app, ["rules", "check", str(rules)])
    assert result.exit_code == 0, result.output
    shipped = load_rules()
    count = sum(len(r.examples) for r in shipped.rules.values()) + 3
    assert result.stdout == f"{len(shipped.rules) + 1} rules, {count} examples: all pass\n"


RULE = '''\
[[rule]]
id = "high_tech_enterprises"
name = "高新技术企业数"
reads = "High-tech enterprises."
unit = "家"
measures = ["level"]
names = ['高新技术企业']
'''
EXAMPLE = '''
[[rule.example]]
text = "高新技术企业达到120家。"
facts = ["level 120 家"]
'''

# (what is broken, the file, the line the error names, what the message says)
BROKEN = [
    ("toml syntax", RULE.replace('name = "高新技术企业数"', 'name = 高新技术企业数'), 3, "not valid TOML"),
    ("unknown key", RULE.replace("names =", "nmes ="), 7, "unknown key 'nmes' in rule"),
    ("missing key", RULE.replace('reads = "High-tech enterprises."\n', ""), 2, "rule high_tech_enterprises has no 'reads'"),
    ("pattern", RULE.replace("['高新技术企业']", "[\n  '高新技术企业',\n  '(?:高新',\n]"), 9,
     "pattern '(?:高新' does not compile"),
    ("example fails", RULE + EXAMPLE.replace("level 120 家", "level 12 家"), 9,
     'example of high_tech_enterprises fails: missing "level 12 家"; unexpected "level 120 家"'),
    ("unknown measure", RULE.replace('["level"]', '["level", "share"]'), 6, "unknown measure 'share'"),
    ("paired.after", RULE + "\n[rule.paired]\nnames = ['高企']\nafter = ['no_such_rule']\n", 11,
     "rule high_tech_enterprises: paired.after names unknown rule 'no_such_rule'"),
    ("split", RULE + "\n[rule.split]\nnames = ['高新技术企业']\ninto = ['no_such_rule']\n", 11,
     "rule high_tech_enterprises: split.into names unknown rule 'no_such_rule'"),
    ("fact format", RULE + EXAMPLE.replace("level 120 家", "level 120 家 roughly"), 9,
     "fact 'level 120 家 roughly': unexpected 'roughly'"),
    ("known_by_month", RULE + "known_by_month = 13\n", 8, "'known_by_month' must be a month, 1 to 12"),
    ("rule table", RULE.replace("[[rule]]", "[rule]"), 1, "rules must be [[rule]] tables"),
    ("bad id", RULE.replace('"high_tech_enterprises"', '"High-Tech"'), 2, "id must be lower_case_with_underscores"),
    ("empty name", RULE.replace("['高新技术企业']", "['(?:高新技术企业)?']"), 7,
     "name '(?:高新技术企业)?' matches the empty string"),
]


@pytest.mark.parametrize("broken, text, line, message", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_rule_file_gives_one_file_line_error(tmp_path, broken, text, line, message):
    rules = write(tmp_path / "my_rules", "mine.toml", text)
    result = runner.invoke(cli.app, ["rules", "check", str(rules)])
    assert result.exit_code == 2
    assert errors(result.stdout).startswith(f"{rules / 'mine.toml'}:{line}: {message}")
    assert errors(result.stdout).count("\n") == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("broken, text, line, message",
                         [b for b in BROKEN if b[0] not in ("example fails", "fact format")],
                         ids=[b[0] for b in BROKEN if b[0] not in ("example fails", "fact format")])
def test_extract_stops_on_a_broken_rule_file_with_the_same_error(tmp_path, broken, text, line, message):
    rules = write(tmp_path / "my_rules", "mine.toml", text)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(cli.app, ["extract", "--rules", str(rules), str(report)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"govreport: {rules / 'mine.toml'}:{line}: {message}")
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_check_reports_every_error_not_just_the_first(tmp_path):
    rules = write(tmp_path / "my_rules", "a.toml", RULE.replace("names =", "nmes =")
                  + RULE.replace("high_tech_enterprises", "second").replace('["level"]', '["lvl"]'))
    write(rules, "b.toml", "[[rule]\n")
    write(rules, "c.toml", RULE.replace("high_tech_enterprises", "third") + EXAMPLE.replace("120 家", "1 家"))
    result = runner.invoke(cli.app, ["rules", "check", str(rules)])
    assert result.exit_code == 2
    lines = errors(result.stdout).splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"{rules / 'a.toml'}:7", f"{rules / 'a.toml'}:13", f"{rules / 'b.toml'}:1", f"{rules / 'c.toml'}:9"]


def test_an_id_twice_in_one_folder_is_an_error(tmp_path):
    rules = write(tmp_path / "my_rules", "a.toml", RULE)
    write(rules, "b.toml", RULE)
    result = runner.invoke(cli.app, ["rules", "check", str(rules)])
    assert result.exit_code == 2
    assert errors(result.stdout) == (f"{rules / 'b.toml'}:2: rule id 'high_tech_enterprises' is already used at "
                             f"{rules / 'a.toml'}:2\n")


def test_a_broken_shared_file_in_the_folder(tmp_path):
    rules = write(tmp_path / "my_rules", "_shared.toml", "[fragments]\nmore = '[多余'\n")
    write(rules, "a.toml", RULE)
    result = runner.invoke(cli.app, ["rules", "check", str(rules)])
    assert result.exit_code == 2
    assert result.stdout.startswith(f"{rules / '_shared.toml'}:2: pattern '[多余' does not compile")


def test_check_of_a_folder_that_is_not_one(tmp_path):
    result = runner.invoke(cli.app, ["rules", "check", str(tmp_path / "nowhere")])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"govreport: {tmp_path / 'nowhere'}: no such folder; give a folder of rule files (*.toml)\n"
    result = runner.invoke(cli.app, ["rules", "check", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (2, f"govreport: {tmp_path}: no rule files (*.toml) in this folder\n")


def test_check_asks_for_two_examples_with_facts_and_one_without(tmp_path):
    rules = write(tmp_path / "my_rules", "mine.toml", HIGH_TECH.split("[[rule.example]]")[0])
    result = runner.invoke(cli.app, ["rules", "check", str(rules)])
    assert result.exit_code == 2
    assert result.stdout == (f"{rules / 'mine.toml'}:4: rule high_tech_enterprises has 0 example(s) with facts "
                             "and 0 without; add [[rule.example]] tables up to 2 and 1\n")
    write(rules, "mine.toml", HIGH_TECH)
    assert runner.invoke(cli.app, ["rules", "check", str(rules)]).exit_code == 0


def test_an_empty_rules_folder_is_named(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = runner.invoke(cli.app, ["extract", "--rules", str(tmp_path / "empty"), str(report)])
    assert result.exit_code == 0
    assert f"govreport: --rules {tmp_path / 'empty'}: no rule files (*.toml)" in result.stderr
    result = runner.invoke(cli.app, ["extract", "--rules", str(tmp_path / "nowhere"), str(report)])
    assert result.exit_code == 2 and result.stderr == f"govreport: --rules {tmp_path / 'nowhere'}: no such folder\n"


def test_the_installed_command_checks_without_a_traceback(tmp_path):
    rules = write(tmp_path / "my_rules", "mine.toml", RULE.replace("names =", "nmes ="))
    done = subprocess.run([sys.executable, "-m", "govreport_cli", "rules", "check", str(rules)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout.startswith(f"{rules / 'mine.toml'}:7: unknown key 'nmes'")
    assert done.stderr == ""


@pytest.mark.parametrize("rule", load_rules().rules.values(), ids=lambda rule: rule.id)
def test_every_shipped_rule_has_two_positive_and_one_negative_example(rule):
    positive = [e for e in rule.examples if e.facts]
    negative = [e for e in rule.examples if not e.facts]
    assert len(positive) >= 2 and len(negative) >= 1, textwrap.shorten(f"{rule.file}:{rule.line}", 80)


def test_check_names_a_name_the_literal_prefilter_cannot_work_with(tmp_path):
    rules = write(tmp_path / "my_rules", "gdp.toml", MY_GDP.replace("names = ['经济总产出']", r"names = ['\p{Han}{2}总产出']"))
    result = runner.invoke(cli.app, ["rules", "check", str(rules)])
    assert result.exit_code == 2
    assert f"{rules / 'gdp.toml'}:2: rule gdp: name '\\p{{Han}}{{2}}总产出' holds no literal text" in errors(result.stdout)
