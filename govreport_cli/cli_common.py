"""What every command shares: exit codes, the error line, the options, the checks of their values.

Command modules (cli, views_cli, rules_cli) import this module and never each other, so that
one mistake gets the same message and exit code in every command:
0 done; 1 some input could not be read (the others were); 2 a usage error (a path, an option
value, a broken rule file). A closed pipe (`govreport … | head`) is a quiet 0.
"""
from __future__ import annotations

import codecs
import functools
import os
import sys
from pathlib import Path
from typing import Annotated, Callable, Iterable, Literal, Optional

import typer

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
CONTEXT = {"help_option_names": ["-h", "--help"]}
TABLE_EXTENSIONS = (".csv", ".tsv", ".jsonl", ".parquet", ".xlsx")
# Extensions of table formats govreport does not write: `-o out.xls` must not become a CSV.
FOREIGN_TABLE_EXTENSIONS = (".xls", ".xlsm", ".ods", ".json", ".gz", ".zip")


def fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"govreport: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    typer.echo(f"govreport: {message}", err=True)


def command(app: typer.Typer, name: str | None = None) -> Callable:
    """app.command(), with a closed stdout pipe turned into a quiet exit 0 (click would exit 1)."""
    def register(function: Callable) -> Callable:
        @functools.wraps(function)
        def run(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except BrokenPipeError:
                _silence_stdout()
                raise typer.Exit(EXIT_OK) from None

        app.command(name)(run)
        return function
    return register


def _silence_stdout() -> None:
    # Python flushes stdout at exit: into the closed pipe again, with an "Exception ignored" line.
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (a test runner's stream)
        pass


def _encoding(value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {value!r} (e.g. utf-8, gb18030, big5)") from None
    return value


def _output(value: str | None) -> str | None:
    if value not in (None, "-") and value.lower().endswith(FOREIGN_TABLE_EXTENSIONS):
        raise typer.BadParameter(f"govreport does not write {os.path.splitext(value)[1]} files; "
                                 f"use {', '.join(TABLE_EXTENSIONS)}")
    return value


Format = Literal["csv", "tsv", "jsonl", "parquet", "xlsx"]

OutputOpt = Annotated[Optional[str], typer.Option(
    "--output", "-o", metavar="FILE", callback=_output,
    help="Write to FILE instead of stdout ('-'); its extension (.csv .tsv .jsonl .parquet .xlsx) picks the "
         "format. The file is replaced only once it is complete.")]
FormatOpt = Annotated[Optional[Format], typer.Option(
    "--format", metavar="FORMAT", case_sensitive=False,
    help="csv, tsv, jsonl, parquet or xlsx (default: from the -o extension, else csv); parquet and xlsx "
         "need -o. It must agree with a table extension of -o.")]
BomOpt = Annotated[bool, typer.Option(
    "--bom/--no-bom", help="Start a csv/tsv file with a UTF-8 BOM so that Excel and WPS read the Chinese "
                           "right (never on stdout).")]
OutputEncodingOpt = Annotated[str, typer.Option(
    "--output-encoding", metavar="NAME", callback=_encoding,
    help="Encoding of csv/tsv output, e.g. gb18030 (no BOM then).")]
InputEncodingOpt = Annotated[Optional[str], typer.Option(
    "--encoding", metavar="NAME", callback=_encoding,
    help="Read the input in this encoding instead of detecting it (e.g. gb18030, big5).")]
IndicatorOpt = Annotated[Optional[list[str]], typer.Option(
    "--indicator", metavar="IDS", help="Keep only these indicator ids: a comma list, repeatable "
                                       "(--indicator gdp,retail_sales).")]
KindOpt = Annotated[Optional[Literal["actual", "target"]], typer.Option(
    "--kind", case_sensitive=False, help="Keep only actual or target rows.")]
MeasureOpt = Annotated[Optional[Literal["level", "growth"]], typer.Option(
    "--measure", case_sensitive=False, help="Keep only level or growth rows.")]
RulesOpt = Annotated[Optional[list[Path]], typer.Option(
    "--rules", metavar="DIR", help="A folder of your own rule files (repeatable); its rules add indicators "
                                   "or replace shipped rules with the same id; later folders win.")]
TableArg = Annotated[str, typer.Argument(
    metavar="TABLE", help="A tidy table from extract (csv, tsv, jsonl, parquet, xlsx by extension; "
                          "'-' reads csv from stdin).")]


def check_output(dest: str | None, fmt: str | None) -> None:
    """Refuse --format that contradicts the table extension of -o (`--format xlsx -o x.csv`)."""
    if dest in (None, "-") or fmt is None:
        return
    extension = os.path.splitext(dest)[1].lower()
    if extension in TABLE_EXTENSIONS and extension != "." + fmt.lower():
        fail(f"--format {fmt} but -o {dest} names {extension[1:]}; drop --format or name the file .{fmt}")


def load_rules(rule_dirs: Iterable[Path]):
    """The shipped rules and the user's folders; a missing or broken folder is a usage error."""
    from govreport_cli.rules import RuleError, cached_rules

    rule_dirs = tuple(rule_dirs or ())
    for folder in rule_dirs:
        if not folder.is_dir():
            fail(f"--rules {folder}: no such folder")
        if not any(folder.glob("*.toml")):
            warn(f"--rules {folder}: no rule files (*.toml) in this folder; only the shipped rules apply")
    try:
        return cached_rules(rule_dirs)
    except RuleError as err:
        fail(str(err))


def check_ids(wanted: Iterable[str], known: Iterable[str], where: str = "see 'govreport rules list'") -> None:
    """An --indicator id that is not known is a usage error, with the closest known id."""
    import difflib

    known = sorted(set(known))
    for one in wanted:
        if one not in known:
            close = difflib.get_close_matches(one, known, n=1)
            fail(f"--indicator: unknown id {one!r}" + (f"; did you mean {close[0]}?" if close else "")
                 + f" ({where})")


def existing_file(path: Path) -> Path:
    """A single input file: a missing path or a folder is a usage error, as in extract."""
    if not path.exists():
        fail(f"{path}: no such file or folder; give a report file")
    if path.is_dir():
        fail(f"{path}: is a folder; give one report file")
    return path


def console(**options):
    """A rich Console whose closed pipe is our quiet exit 0 (rich's own exits 1)."""
    from rich.console import Console

    def closed_pipe() -> None:
        raise BrokenPipeError

    terminal = Console(**options)
    terminal.on_broken_pipe = closed_pipe
    return terminal
