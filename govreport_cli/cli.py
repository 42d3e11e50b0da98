"""The command line: the app, `extract` and `text`; compare, panel and show come from views_cli,
rules and explain from rules_cli, what they share from cli_common.

Exit status: 0 every input was read, 1 some input could not be read, 2 a usage error or a
broken rule file. Errors a user can cause are one line on stderr, never a traceback.
"""
from __future__ import annotations

import sys
from itertools import chain
from pathlib import Path
from typing import List, Optional

import typer

from govreport_cli import __version__, rules_cli, views_cli
from govreport_cli.cli_common import (
    CONTEXT, EXIT_OK, EXIT_UNREADABLE, BomOpt, FormatOpt, IndicatorOpt, InputEncodingOpt, KindOpt, MeasureOpt,
    OutputEncodingOpt, OutputOpt, RulesOpt, check_ids, check_output, command, existing_file, fail, load_rules,
    warn,
)

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None, context_settings=CONTEXT,
    help="Extract the numeric indicators of Chinese government work reports into a tidy table.\n\n"
         "Example: govreport extract reports/ -o out.csv && govreport panel out.csv --indicator gdp",
)
rules_app = typer.Typer(no_args_is_help=True, context_settings=CONTEXT, help="List, show and check rule files.")
app.add_typer(rules_app, name="rules")

PROGRESS_MIN_REPORTS = 20  # a shorter run finishes before a bar would help


def _version(value: bool) -> None:
    if value:
        typer.echo(f"govreport {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    pass


@command(app)
def extract(
    paths: List[Path] = typer.Argument(..., metavar="PATH...", help="Report files, or folders walked "
                                       "recursively; '-' reads one report from stdin."),
    output: OutputOpt = None,
    fmt: FormatOpt = None,
    wide: bool = typer.Option(False, "--wide", help="Regions and years side by side (as compare)."),
    panel: bool = typer.Option(False, "--panel", help="Targets against outcomes (as panel)."),
    one_value: views_cli.OneValueOpt = False,
    indicator: IndicatorOpt = None,
    kind: KindOpt = None,
    measure: MeasureOpt = None,
    encoding: InputEncodingOpt = None,
    output_encoding: OutputEncodingOpt = "utf-8",
    bom: BomOpt = True,
    rules: RulesOpt = None,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, metavar="N", help="Processes (default: "
                                       "the machine's cores)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no warnings, no summary."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say how each file was read."),
) -> None:
    """Extract every indicator of the reports into one tidy table (one row per fact).

    Table files (.csv .tsv .jsonl .parquet .xlsx) and the output file are not read as
    reports. A summary line goes to stderr unless --quiet.

    Example: govreport extract reports/ -o out.csv
    """
    from govreport_cli.inputs import find_inputs, stdin_folder
    from govreport_cli.output import OutputError
    from govreport_cli.runner import InputError, default_jobs, run_all

    if wide and panel:
        fail("--wide and --panel are two views; choose one")
    if one_value and not wide:
        fail("--one-value applies to the wide view; add --wide")
    check_output(output, fmt)
    rule_dirs = tuple(rules or ())
    rule_set = load_rules(rule_dirs)
    filtered = bool(indicator or kind or measure)
    if filtered:  # else wide.py (and panel.py) need not be imported: 3 ms of a start-up
        from govreport_cli.wide import filter_rows, split_ids

        indicators = split_ids(indicator) or None
        check_ids(indicators or (), rule_set.rules)
    with stdin_folder() as folder:
        try:
            found = find_inputs(paths, output, folder)
        except InputError as err:
            fail(f"{err}; give report files or folders")
        for path in found.empty:
            warn(f"{path}: no report files in this folder")
        for path in found.skipped:
            warn(f"{path}: a table file, not a report; skipped")
        tasks = found.tasks
        results = run_all(tasks, jobs or default_jobs(), rule_dirs, encoding)
        if not quiet and sys.stderr.isatty() and len(tasks) >= PROGRESS_MIN_REPORTS:
            results = _with_progress(results, len(tasks))
        counts = {"unreadable": 0, "warnings": 0}

        def rows_per_report():
            for result in results:
                if result.error:
                    counts["unreadable"] += 1
                    warn(f"{result.task.path}: {result.error}")
                    continue
                if verbose:
                    warn(f"{result.task.path}: read as {result.encoding}, {len(result.rows)} rows")
                counts["warnings"] += len(result.warnings)
                if not quiet:
                    for message in result.warnings:
                        warn(f"{result.task.path}: {message}")
                yield list(filter_rows(result.rows, indicators, kind, measure)) if filtered else result.rows

        try:
            written = _write(rows_per_report(), output, fmt, bom, output_encoding, wide, panel, one_value)
        except OutputError as err:
            fail(str(err))
    if not quiet:
        read = len(tasks) - counts["unreadable"]
        parts = [f"{read} report{'s' * (read != 1)} read", f"{written} rows written to {output or 'stdout'}"]
        parts += [f"{counts['unreadable']} unreadable"] * bool(counts["unreadable"])
        parts += [f"{counts['warnings']} warnings"] * bool(counts["warnings"])
        warn(", ".join(parts))
    if counts["unreadable"]:
        raise typer.Exit(EXIT_UNREADABLE)


def _write(per_report, output, fmt, bom, encoding, wide: bool, panel: bool, one_value: bool) -> int:
    """Write the rows in the view asked for; the number of rows written."""
    if wide:
        from govreport_cli.wide import write_wide

        view = write_wide(chain.from_iterable(per_report), output, fmt, bom, encoding, one_value=one_value)
        if view.several:
            warn(f"{view.several} cells had several values; one kept by the panel's rule")
        return len(view.rows)
    if panel:
        from govreport_cli.output import write_table
        from govreport_cli.panel import COLUMNS, DEFUSE, TYPES, panel_rows

        lines = panel_rows(chain.from_iterable(per_report))
        return write_table(lines, output, fmt, bom, encoding, columns=COLUMNS, types=TYPES, defuse_columns=DEFUSE)
    from govreport_cli.output import open_table

    with open_table(output, fmt, bom=bom, encoding=encoding) as table:
        for rows in per_report:  # written as each report finishes
            table.write(rows)
    return table.rows


def _with_progress(results, total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("reports"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("extract", total=total)
        for result in results:
            progress.advance(bar)
            yield result


@command(app)
def text(
    path: Path = typer.Argument(..., help="A report file."),
    offsets: bool = typer.Option(False, "--offsets", help="Print each clean character with its offset "
                                 "in the decoded input (tab-separated), one per line."),
    raw: bool = typer.Option(False, "--raw", help="Print the text as decoded (or extracted from "
                             "DOCX/PDF), before any clean-up: what start and end index."),
    encoding: InputEncodingOpt = None,
) -> None:
    """Print the normalised text the rules see (or, with --raw, the decoded input).

    Example: govreport text report.pdf --raw | less
    """
    from govreport_cli.normalize import normalize
    from govreport_cli.reading import UnreadableError, read_document

    existing_file(path)
    try:
        document = read_document(path, encoding)
    except UnreadableError as err:
        fail(f"{path}: {err}", EXIT_UNREADABLE)
    if raw:
        sys.stdout.write(document.source)
        return
    clean = normalize(document.text)
    if not offsets:
        sys.stdout.write(clean.text)
        return
    out = []
    for char, origin in zip(clean.text, clean.origin):
        source_offset = document.offsets[origin] if document.offsets is not None else origin
        out.append(f"{source_offset}\t{char!r}\n" if char.isspace() else f"{source_offset}\t{char}\n")
    sys.stdout.write("".join(out))


views_cli.register(app)
rules_cli.register(rules_app, app)


def main() -> None:
    from govreport_cli.runner import Stopped, signals_received, stop_on_signals

    stop_on_signals()  # Ctrl-C, SIGTERM, SIGHUP: clean up, then exit 128+N without a word
    code = EXIT_OK
    try:
        app()
    except Stopped as stop:
        code = stop.exit_code
    except BaseException:
        if not signals_received:
            raise
        code = Stopped(signals_received[0]).exit_code  # stopped inside code that turned it into an error
    sys.exit(code)  # out of the except: the run's frames (its worker pool) are let go first


if __name__ == "__main__":
    main()
