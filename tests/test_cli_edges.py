"""The command line as a new user meets it: one exit code per mistake in every command, quiet closed
pipes, inputs that collide or are the tool's own output, options spelt alike, help with examples."""
import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govreport_cli import cli, cli_common

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[2]
runner = CliRunner()


def invoke(*args, **options):
    result = runner.invoke(cli.app, [str(a) for a in args], **options)
    assert "Traceback" not in result.output
    return result


def govreport(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "govreport_cli", *map(str, args)], capture_output=True,
                          input=stdin, timeout=300)


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


@pytest.fixture
def tidy(tmp_path):
    out = tmp_path / "out.csv"
    assert invoke("extract", SEED, "-o", out, "-q").exit_code == 0
    return out


@pytest.fixture
def junk(tmp_path):
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 16)
    return path


# -- exit codes: 0 done, 1 an input could not be read, 2 a usage error -----------------------------

def test_exit_0_in_every_command(tidy, tmp_path):
    for args in (("extract", SEED, "-q"), ("text", SEED), ("explain", SEED), ("compare", tidy), ("panel", tidy),
                 ("show", tidy), ("rules", "list"), ("rules", "show", "gdp"), ("--version",)):
        assert invoke(*args).exit_code == 0, args


def test_exit_1_for_an_unreadable_input_in_every_command_that_reads_reports(junk):
    for args in (("extract", junk), ("text", junk), ("explain", junk)):
        result = invoke(*args)
        assert result.exit_code == 1 and f"govreport: {junk}: binary file" in result.stderr, args


@pytest.mark.parametrize("command", ["extract", "text", "explain", "compare", "panel", "show"])
def test_exit_2_for_a_missing_path_in_every_command(command, tmp_path):
    result = invoke(command, tmp_path / "nope.txt")
    assert result.exit_code == 2 and "nope.txt" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("command", ["text", "explain"])
def test_exit_2_for_a_folder_where_a_file_is_wanted(command, tmp_path):
    result = invoke(command, tmp_path)
    assert result.exit_code == 2 and "is a folder" in result.stderr


@pytest.mark.parametrize("command", ["extract", "text", "explain"])
def test_an_unknown_input_encoding_is_one_usage_error(command, tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("报告", encoding="utf-8")
    target = tmp_path if command == "extract" else tmp_path / "a.txt"
    result = invoke(command, target, "--encoding", "nosuch")
    assert result.exit_code == 2
    assert result.stderr.count("unknown encoding 'nosuch'") == 1 and "a.txt" not in result.stderr


@pytest.mark.parametrize("command", ["extract", "compare", "panel"])
def test_exit_2_for_output_options_that_disagree(command, tidy, tmp_path):
    source = SEED if command == "extract" else tidy
    xls = invoke(command, source, "-o", tmp_path / "out.xls")
    assert xls.exit_code == 2 and ".xls" in xls.stderr and not (tmp_path / "out.xls").exists()
    mixed = invoke(command, source, "--format", "xlsx", "-o", tmp_path / "x.csv")
    assert mixed.exit_code == 2 and "--format xlsx" in mixed.stderr and not (tmp_path / "x.csv").exists()
    encoding = invoke(command, source, "--output-encoding", "nosuch")
    assert encoding.exit_code == 2 and "unknown encoding" in encoding.stderr
    assert invoke(command, source, "--format", "tsv", "-o", tmp_path / "x.txt").exit_code == 0  # not a table name


@pytest.mark.parametrize("command", ["extract", "explain", "compare", "panel", "show"])
def test_a_mistyped_indicator_gets_the_closest_id(command, tidy):
    source = tidy if command in ("compare", "panel", "show") else SEED
    result = invoke(command, source, "--indicator", "gdpp")
    assert result.exit_code == 2 and "did you mean gdp?" in result.stderr


def test_a_bad_option_value_is_exit_2(tidy):
    assert invoke("show", tidy, "--kind", "plan").exit_code == 2
    assert invoke("extract", SEED, "--measure", "size").exit_code == 2
    assert invoke("extract", SEED, "--wide", "--panel").exit_code == 2
    assert invoke("extract", SEED, "--one-value").exit_code == 2


# -- closed pipes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [("extract", "{report}"), ("compare", "{big}"), ("show", "{big}"),
                                  ("panel", "{big}"), ("explain", "{report}"), ("text", "{report}")])
def test_a_closed_pipe_is_a_quiet_exit_0(args, tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(SEED.read_text(encoding="utf-8") * 100, encoding="utf-8")
    big = tmp_path / "big.csv"
    assert invoke("extract", *[ROOT / "seeds"] * 1, report, "-o", big, "-q").exit_code == 0
    paths = {"seeds": ROOT / "seeds", "big": big, "report": report}
    command = [sys.executable, "-m", "govreport_cli", *(a.format(**paths) for a in args)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.readline()  # as `| head -1`
        process.stdout.close()
        stderr = process.stderr.read()
        assert process.wait(timeout=300) == 0, stderr
    assert b"Traceback" not in stderr and b"Exception ignored" not in stderr and b"Broken pipe" not in stderr


# -- inputs ----------------------------------------------------------------------------------------

def test_two_reports_with_one_name_keep_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "2026.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("extract", "a/", "b", "-q", "-j", "1")
    assert result.exit_code == 0
    assert {r["report"] for r in rows(result.stdout)} == {"a/2026.txt", "b/2026.txt"}
    single = invoke("extract", "a/", "-q")
    assert {r["report"] for r in rows(single.stdout)} == {"2026.txt"}  # no collision, the name alone


def test_the_tools_own_output_is_not_read_on_the_next_run(tmp_path):
    folder = tmp_path / "rep"
    folder.mkdir()
    (folder / "r.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    counts = []
    for out in ("out.csv", "out.csv", "out.xlsx", "out.jsonl", "out.csv"):
        result = invoke("extract", folder, "-o", folder / out, "-j", "1")
        assert result.exit_code == 0, result.output
        counts.append(result.stderr.split(" rows written")[0].rsplit(" ", 1)[1])
    assert len(set(counts)) == 1 and counts[0] != "0"
    table = invoke("extract", folder / "out.csv")  # a table given by name: named and skipped
    assert table.exit_code == 0 and "a table file, not a report; skipped" in table.stderr
    (folder / "NOTES.md").write_text("上半年,全区地区生产总值增长6.2%。\n", encoding="utf-8")
    assert invoke("extract", folder, "-q").stdout == invoke("extract", folder / "r.txt", "-q").stdout  # no report
    assert "6.2" in invoke("extract", folder / "NOTES.md", "-q").stdout  # named, it is read


def test_an_empty_folder_is_named(tmp_path):
    result = invoke("extract", tmp_path)
    assert result.exit_code == 0
    assert f"govreport: {tmp_path}: no report files in this folder" in result.stderr


def test_a_report_from_stdin():
    text = SEED.read_text(encoding="utf-8")
    done = govreport("extract", "-", "-q", stdin=text.encode("gb18030"))
    assert done.returncode == 0, done.stderr
    got = rows(done.stdout.decode())
    assert got and {r["report"] for r in got} == {"stdin"}
    by_file = rows(invoke("extract", SEED, "-q").stdout)
    assert [r["value"] for r in got] == [r["value"] for r in by_file]


def test_a_summary_line_after_extract_unless_quiet(tmp_path, junk):
    out = tmp_path / "o.csv"
    result = invoke("extract", SEED, junk, "-o", out)
    assert result.exit_code == 1
    written = len(rows(out.read_text(encoding="utf-8-sig")))
    assert result.stderr.splitlines()[-1] == f"govreport: 1 report read, {written} rows written to {out}, 1 unreadable"
    quiet = invoke("extract", SEED, "-q")
    assert quiet.stderr == ""


# -- options and help alike in every command -------------------------------------------------------

COMMANDS = [("extract",), ("text",), ("compare",), ("panel",), ("show",), ("explain",), ("rules", "list"),
            ("rules", "show"), ("rules", "check")]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_with_h_has_an_example(command):
    result = invoke(*command, "-h", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Example: govreport " + command[-1] in result.stdout.replace("\n", " ") or \
        f"Example: govreport {' '.join(command)}" in result.stdout


@pytest.mark.parametrize("command", ["extract", "compare", "panel"])
def test_output_options_are_spelt_alike(command):
    text = invoke(command, "-h", env={"COLUMNS": "200"}).stdout
    for spelling in ("-o, --output FILE", "--format FORMAT", "--output-encoding NAME", "--bom / --no-bom",
                     "--indicator IDS", "--kind", "--measure"):
        assert spelling in text, (command, spelling)


@pytest.mark.parametrize("command", ["extract", "text", "explain"])
def test_encoding_is_the_inputs_in_every_command(command):
    text = invoke(command, "-h", env={"COLUMNS": "200"}).stdout
    assert "--encoding NAME" in text and "Read the input" in text


def test_command_modules_import_the_common_module_not_each_other():
    for module in ("views_cli", "rules_cli", "cli_common"):
        source = (ROOT / "govreport_cli" / f"{module}.py").read_text(encoding="utf-8")
        assert "govreport_cli.cli import" not in source and "from govreport_cli import cli" not in source
    assert "views_cli" not in (ROOT / "govreport_cli" / "rules_cli.py").read_text(encoding="utf-8")
    assert "rules_cli" not in (ROOT / "govreport_cli" / "views_cli.py").read_text(encoding="utf-8")
    assert cli_common.EXIT_USAGE == 2


def test_help_starts_fast_without_pandas():
    code = "import sys, govreport_cli.cli; print(sorted(m for m in ('pandas', 'matplotlib', 'pyarrow') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]"
