"""The reports named on the command line: which files, under which `report` names.

On top of runner.find_reports (files as given, folders walked):
- '-' is standard input, read into a temporary file (the readers sniff files), named 'stdin';
- table files (what govreport writes: .csv .tsv .jsonl .parquet .xlsx) and the output file
  itself are skipped in folders, so that `extract rep/ -o rep/out.csv` run twice reads the
  same reports; given by name they are skipped with a word;
- notes in Markdown (.md: a folder's README, a reader's notes) are skipped in folders; given by
  name they are read;
- two reports that would get the same name keep the path as given in front
  (`a/2026.txt`, `b/2026.txt`), as OUTPUT.md's `report` column says.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from govreport_cli.runner import Task, find_reports

STDIN, STDIN_NAME = "-", "stdin"
TABLE_EXTENSIONS = (".csv", ".tsv", ".jsonl", ".parquet", ".xlsx")
NOTE_EXTENSIONS = (".md", ".markdown")


class Inputs(NamedTuple):
    tasks: list[Task]
    skipped: list[Path]  # table files given by name, not read
    empty: list[Path]  # folders with no report in them


def _same_file(path: Path, output: str | None) -> bool:
    return output not in (None, "-") and os.path.abspath(path) == os.path.abspath(output)


def find_inputs(paths: list[Path], output: str | None, stdin_folder: str) -> Inputs:
    """The tasks for `paths` (InputError for a path that does not exist); standard input, if
    asked for, is copied into `stdin_folder`."""
    per_path: list[tuple[Path, list[Task]]] = []
    skipped, empty = [], []
    for given in paths:
        if str(given) == STDIN:
            copy = Path(stdin_folder) / STDIN_NAME
            with open(copy, "wb") as handle:
                shutil.copyfileobj(sys.stdin.buffer, handle)
            per_path.append((given, [Task(copy, STDIN_NAME)]))
            continue
        found = find_reports([given])
        kept = [t for t in found if t.path.suffix.lower() not in TABLE_EXTENSIONS and not _same_file(t.path, output)
                and not (given.is_dir() and t.path.suffix.lower() in NOTE_EXTENSIONS)]
        if given.is_dir() and not kept:
            empty.append(given)
        elif not given.is_dir() and not kept:
            skipped.append(given)
        per_path.append((given, kept))
    names = Counter(task.report for _, tasks in per_path for task in tasks)
    tasks = [
        replace(task, report=(given / task.report if given.is_dir() else given).as_posix())
        if names[task.report] > 1 and str(given) != STDIN else task
        for given, found in per_path for task in found
    ]
    return Inputs(tasks, skipped, empty)


def stdin_folder():
    """A temporary folder for a copy of standard input (removed on exit)."""
    return tempfile.TemporaryDirectory(prefix="govreport-")
