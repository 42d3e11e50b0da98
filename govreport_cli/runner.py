"""Run the extractor over many reports: find the files, spread them over processes, keep order.

Results come back in the order of the sorted report paths whatever ``jobs`` is, one report at
a time, so the writer can stream them and memory stays flat.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class Task:
    path: Path
    report: str  # the path relative to the folder given, or the file's name


@dataclass
class Result:
    task: Task
    rows: list[dict] = field(default_factory=list)
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)
    error: str = ""  # why the file could not be read; empty when it was


class InputError(Exception):
    """A path given on the command line that does not exist."""


def find_reports(paths: list[Path]) -> list[Task]:
    """Files as given, folders walked recursively in sorted order (hidden files skipped)."""
    tasks: list[Task] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            tasks.extend(Task(p, p.relative_to(path).as_posix()) for p in found)
        elif path.exists():
            tasks.append(Task(path, path.name))
        else:
            raise InputError(f"{path}: no such file or folder")
    return tasks


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# Per-process settings, set once by the pool's initializer (rules compile once per process).
_settings: dict = {}


def _init(rule_dirs: tuple[Path, ...], encoding: str | None) -> None:
    _settings.update(rule_dirs=rule_dirs, encoding=encoding)


def run_one(task: Task) -> Result:
    from govreport_cli.api import extract_text
    from govreport_cli.reading import UnreadableError, read_document
    from govreport_cli.rules import cached_rules

    try:
        document = read_document(task.path, _settings.get("encoding"))
    except UnreadableError as err:
        return Result(task, error=str(err))
    rules = cached_rules(_settings.get("rule_dirs", ()))
    warnings = list(document.warnings)
    rows = extract_text(document.text, task.report, rules, document.offsets, document.source, warnings)
    return Result(task, rows, document.encoding, warnings)


def run_all(tasks: list[Task], jobs: int, rule_dirs: tuple[Path, ...] = (),
            encoding: str | None = None) -> Iterator[Result]:
    if jobs <= 1 or len(tasks) <= 1:
        _init(rule_dirs, encoding)
        yield from map(run_one, tasks)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(min(jobs, len(tasks)), _init, (rule_dirs, encoding)) as pool:
        yield from pool.imap(run_one, tasks, chunksize=4)
