"""The corpus runner: the folder walk, order whatever --jobs is, and streaming."""
import csv
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govreport_cli import cli, reading, runner
from govreport_cli.runner import find_reports, run_all

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Where each seed copy goes, written in this (unsorted) order. Sorted by path, the reports
# come as the list in test_a_folder_walk_is_sorted_relative_and_skips_hidden_files says.
LAYOUT = [
    "z_last/{name}",
    "b/deeper/still/{name}",
    "a/{name}",
    "a-b/{name}",  # sorted by path component: a/… < a-b/… < a.txt (as strings a-b/… < a.txt < a/…)
    "{name}",
    "b/{name}",
]
LONE = "a.txt"  # a file beside the folders a/ and a-b/
HIDDEN = [".hidden.txt", ".git/objects/{name}", "b/.cache/{name}", "a/.~lock.{name}"]


def _copy(seed: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(seed, target)


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    for pattern in LAYOUT:
        for seed in SEEDS[:2]:
            _copy(seed, root / pattern.format(name=seed.name))
    _copy(SEEDS[2], root / LONE)
    for pattern in HIDDEN:
        _copy(SEEDS[0], root / pattern.format(name=SEEDS[0].name))
    return root


def _expected(names):
    """Report names as find_reports orders them: by path, component by component."""
    return sorted(names, key=lambda name: name.split("/"))


def test_a_folder_walk_is_sorted_relative_and_skips_hidden_files(corpus):
    reports = [task.report for task in find_reports([corpus])]
    one, two = SEEDS[0].name, SEEDS[1].name
    assert reports == [
        f"{one}", f"{two}",
        f"a/{one}", f"a/{two}",
        f"a-b/{one}", f"a-b/{two}",
        LONE,
        f"b/{one}", f"b/{two}",
        f"b/deeper/still/{one}", f"b/deeper/still/{two}",
        f"z_last/{one}", f"z_last/{two}",
    ]
    assert all(not part.startswith(".") for r in reports for part in r.split("/"))
    # the tasks point at the files they name
    for task in find_reports([corpus]):
        assert task.path == corpus / task.report


def test_a_file_given_itself_is_named_by_its_file_name_and_folders_follow_in_order(corpus):
    single = corpus / "b" / "deeper" / "still" / SEEDS[0].name
    tasks = find_reports([single, corpus / "a"])
    assert [t.report for t in tasks] == [SEEDS[0].name, SEEDS[0].name, SEEDS[1].name]
    assert tasks[0].path == single
    # a hidden file given by name is read: only the walk skips hidden files
    assert [t.report for t in find_reports([corpus / ".hidden.txt"])] == [".hidden.txt"]


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(runner.InputError):
        find_reports([tmp_path / "nope"])


def _extract(*args) -> None:
    result = CliRunner().invoke(cli.app, ["extract", *map(str, args), "--quiet"])
    assert result.exit_code == 0, result.output


def _reports_in(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        seen = [row["report"] for row in csv.DictReader(handle)]
    return list(dict.fromkeys(seen))


def test_jobs_1_and_2_write_byte_identical_output_in_path_order(corpus, tmp_path):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    _extract(corpus, "-o", one, "--jobs", "1")
    _extract(corpus, "-o", two, "--jobs", "2")
    assert one.read_bytes() == two.read_bytes()
    reports = _reports_in(one)
    assert len(reports) == len(LAYOUT) * 2 + 1  # every copy of these seeds has facts
    assert reports == _expected(reports)
    assert reports == [t.report for t in find_reports([corpus])]
    assert not any(r.startswith(".") or "/." in r for r in reports)


def test_results_are_streamed_one_report_at_a_time(corpus):
    """The last report is read only after the first result was handed on."""
    tasks = find_reports([corpus])
    results = run_all(tasks, 1)
    first = next(results)
    assert first.task == tasks[0] and first.rows and not first.error
    tasks[-1].path.unlink()  # had it been read already, its result would still have rows
    rest = list(results)
    assert [r.task for r in rest] == tasks[1:]
    assert rest[-1].error and not rest[-1].rows
    assert all(not r.error for r in rest[:-1])


def test_the_cli_writes_the_first_reports_before_it_reads_the_last(tmp_path, monkeypatch):
    """Streaming end to end: when the last report is read, the output file (the temporary one
    the writer commits at the end) already holds the rows of the first report."""
    folder = tmp_path / "many"
    for copy in range(8):  # 40 reports, several hundred rows: more than one write batch
        for seed in SEEDS:
            _copy(seed, folder / f"c{copy}" / seed.name)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    tasks = find_reports([folder])
    first, last = tasks[0], tasks[-1]
    seen = {}
    real = reading.read_document

    def spying(path, *args, **kwargs):
        if Path(path) == last.path:
            seen["written"] = "".join(
                (out_dir / name).read_text(encoding="utf-8-sig", errors="replace")
                for name in os.listdir(out_dir))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(reading, "read_document", spying)
    monkeypatch.setattr(runner, "read_document", spying, raising=False)
    _extract(folder, "-o", out_dir / "out.csv", "--jobs", "1")
    assert "written" in seen, "the last report was never read through reading.read_document"
    assert f"\n{first.report}," in seen["written"]
    assert _reports_in(out_dir / "out.csv")[0] == first.report


def test_a_defect_met_on_one_reports_text_leaves_out_that_report_only(tmp_path, monkeypatch):
    from govreport_cli import api
    folder = tmp_path / "two"
    for seed in SEEDS[:2]:
        _copy(seed, folder / seed.name)
    real = api.extract_text

    def failing_on_the_first(text, report, *args, **kwargs):
        if report == SEEDS[0].name:
            raise ValueError("a defect")
        return real(text, report, *args, **kwargs)

    monkeypatch.setattr(api, "extract_text", failing_on_the_first)
    result = CliRunner().invoke(cli.app, ["extract", str(folder), "-o", str(tmp_path / "out.csv"), "--jobs", "1"])
    assert result.exit_code == 1
    assert f"{SEEDS[0].name}: not read: an error of govreport on this text (ValueError: a defect)" in result.output
    assert _reports_in(tmp_path / "out.csv") == [SEEDS[1].name]
