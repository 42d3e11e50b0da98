"""The command line: govreport extract | text | rules | compare | show.

Exit status: 0 every input was read, 1 some input could not be read, 2 a usage error or a
broken rule file. Errors a user can cause are one line on stderr, never a traceback.
"""
from __future__ import annotations

import sys
from itertools import chain
from pathlib import Path
from typing import List, Optional

import typer

from govreport_cli import __version__

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="Extract the numeric indicators of Chinese government work reports into a tidy table.",
)
rules_app = typer.Typer(no_args_is_help=True, help="List, show and check rule files.")
app.add_typer(rules_app, name="rules")

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
PROGRESS_MIN_REPORTS = 20  # a shorter run finishes before a bar would help


def fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"govreport: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    typer.echo(f"govreport: {message}", err=True)


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


def _load_rules(rule_dirs: tuple[Path, ...]):
    from govreport_cli.rules import RuleError, cached_rules

    try:
        return cached_rules(rule_dirs)
    except RuleError as err:
        fail(str(err))


RulesOption = typer.Option(None, "--rules", help="A folder of your own rule files (repeatable); its rules "
                           "add indicators or replace shipped rules with the same id; later folders win.")


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Report files, or folders walked recursively."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Output file; '-' or none: stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", help="csv, tsv, jsonl, parquet or xlsx "
                                      "(default: from the -o extension, else csv)."),
    wide: bool = typer.Option(False, "--wide", help="One column per report instead of one row per fact."),
    indicator: Optional[List[str]] = typer.Option(None, "--indicator", help="Keep these indicator ids "
                                                  "(comma list, repeatable)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Keep actual or target rows."),
    measure: Optional[str] = typer.Option(None, "--measure", help="Keep level or growth rows."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Read the inputs in this encoding "
                                           "instead of detecting it (e.g. gb18030, big5)."),
    output_encoding: str = typer.Option("utf-8", "--output-encoding", help="Encoding of a csv/tsv output "
                                        "(e.g. gb18030 for older spreadsheet programs)."),
    no_bom: bool = typer.Option(False, "--no-bom", help="No UTF-8 BOM at the start of a csv/tsv file."),
    rules: Optional[List[Path]] = RulesOption,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Processes (default: the "
                                       "machine's cores)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no warnings."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say how each file was read."),
) -> None:
    """Extract every indicator of the reports into one tidy table (one row per fact)."""
    from govreport_cli.output import OutputError
    from govreport_cli.runner import InputError, default_jobs, find_reports, run_all

    for value, allowed, option in ((kind, ("actual", "target"), "--kind"),
                                   (measure, ("level", "growth"), "--measure")):
        if value is not None and value not in allowed:
            fail(f"{option} takes {' or '.join(allowed)}, not {value!r}")
    rule_dirs = tuple(rules or ())
    rule_set = _load_rules(rule_dirs)
    try:
        tasks = find_reports(paths)
    except InputError as err:
        fail(f"{err}; give report files or folders")
    from govreport_cli.wide import split_ids

    indicators = split_ids(indicator) or None
    unknown = [i for i in indicators or () if i not in rule_set.rules]
    if unknown:
        fail(f"--indicator: unknown id {unknown[0]!r} (see 'govreport rules list')")
    results = run_all(tasks, jobs or default_jobs(), rule_dirs, encoding)
    if not quiet and sys.stderr.isatty() and len(tasks) >= PROGRESS_MIN_REPORTS:
        results = _with_progress(results, len(tasks))
    unreadable = 0

    def rows_per_report():
        nonlocal unreadable
        from govreport_cli.wide import filter_rows

        for result in results:
            if result.error:
                unreadable += 1
                warn(f"{result.task.path}: {result.error}")
                continue
            if verbose:
                warn(f"{result.task.path}: read as {result.encoding}, {len(result.rows)} rows")
            if not quiet:
                for message in result.warnings:
                    warn(f"{result.task.path}: {message}")
            yield list(filter_rows(result.rows, indicators, kind, measure))

    try:
        if wide:
            from govreport_cli.wide import write_wide

            write_wide(chain.from_iterable(rows_per_report()), output, fmt, bom=not no_bom,
                       encoding=output_encoding)
        else:
            from govreport_cli.output import open_table

            with open_table(output, fmt, bom=not no_bom, encoding=output_encoding) as table:
                for rows in rows_per_report():  # written as each report finishes
                    table.write(rows)
    except OutputError as err:
        fail(str(err))
    except BrokenPipeError:  # `govreport extract … | head`
        sys.stderr.close()
        raise typer.Exit(EXIT_OK) from None
    if unreadable:
        raise typer.Exit(EXIT_UNREADABLE)


def _with_progress(results, total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("reports"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("extract", total=total)
        for result in results:
            progress.advance(bar)
            yield result


@app.command()
def text(
    path: Path = typer.Argument(..., help="A report file."),
    offsets: bool = typer.Option(False, "--offsets", help="Print each clean character with its offset "
                                 "in the decoded input (tab-separated), one per line."),
    raw: bool = typer.Option(False, "--raw", help="Print the text as decoded (or extracted from "
                             "DOCX/PDF), before any clean-up: what start and end index."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Read the file in this encoding."),
) -> None:
    """Print the normalised text the rules see (or, with --raw, the decoded input)."""
    from govreport_cli.normalize import normalize
    from govreport_cli.reading import UnreadableError, read_document

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


def main() -> None:
    from govreport_cli.views_cli import register

    register(app)
    from govreport_cli.rules_cli import register as register_rules

    register_rules(rules_app, app)
    from govreport_cli.runner import Stopped, stop_on_signals

    stop_on_signals()  # Ctrl-C, SIGTERM, SIGHUP: clean up, then exit 128+N without a word
    code = EXIT_OK
    try:
        app()
    except Stopped as stop:
        code = stop.exit_code
    sys.exit(code)  # out of the except: the run's frames (its worker pool) are let go first


if __name__ == "__main__":
    main()
