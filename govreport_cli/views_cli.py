"""The `compare` and `show` commands, and the output and filter options the CLI shares.

`register(app)` adds the commands. The option types (OutputOpt, FormatOpt,
BomOpt, EncodingOpt, IndicatorOpt, KindOpt, MeasureOpt) are meant for the
`extract` command too, so that every command spells its options the same way.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from decimal import Decimal
from typing import Annotated, Literal, Optional

import typer

from govreport_cli.cli import fail
from govreport_cli.numbers import format_decimal
from govreport_cli.output import OutputError, resolve_format, to_decimal
from govreport_cli.wide import filter_rows, wide_table, write_wide

Format = Literal["csv", "tsv", "jsonl", "parquet", "xlsx"]

OutputOpt = Annotated[
    Optional[str],
    typer.Option("--output", "-o", metavar="FILE",
                 help="Write to FILE instead of stdout ('-'); its extension (.csv .tsv .jsonl .parquet .xlsx) "
                      "picks the format. The file is replaced only once it is complete."),
]
FormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", case_sensitive=False,
                 help="csv, tsv, jsonl, parquet or xlsx (default: from the -o extension, else csv). "
                      "parquet and xlsx need -o."),
]
BomOpt = Annotated[
    bool,
    typer.Option("--bom/--no-bom",
                 help="Start a csv/tsv file with a UTF-8 BOM so that Excel and WPS read the Chinese right "
                      "(never on stdout)."),
]
# --output-encoding too: `extract` spells it so, its --encoding being the inputs'.
EncodingOpt = Annotated[
    str, typer.Option("--encoding", "--output-encoding", metavar="NAME",
                      help="Encoding of csv/tsv output, e.g. gb18030 (no BOM then).")
]
IndicatorOpt = Annotated[
    Optional[list[str]],
    typer.Option("--indicator", metavar="IDS", help="Keep only these indicator ids: a comma list, repeatable "
                                                     "(--indicator gdp,retail_sales)."),
]
KindOpt = Annotated[
    Optional[Literal["actual", "target"]], typer.Option("--kind", case_sensitive=False, help="Keep only actual or target rows.")
]
MeasureOpt = Annotated[
    Optional[Literal["level", "growth"]], typer.Option("--measure", case_sensitive=False, help="Keep only level or growth rows.")
]

REQUIRED_COLUMNS = ("report", "indicator", "measure", "kind", "period", "value", "unit")
SHOW_COLUMNS = ("year", "period", "indicator", "measure", "kind", "value", "unit", "qualifier", "basis", "evidence")
# What a narrow terminal keeps first; evidence counts with EVIDENCE_MIN cells, it wraps.
SHOW_PRIORITY = ("indicator", "value", "unit", "kind", "measure", "year", "period", "evidence", "qualifier", "basis")
EVIDENCE_MIN = 24
NUMERIC_COLUMNS = ("year", "value")


class InputError(Exception):
    """A table that cannot be read; the message is one line for the user."""


def _decode(data: bytes, path: str) -> str:
    # What `extract` writes: UTF-8 (with or without BOM), or gb18030 when asked.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise InputError(f"cannot read {path}: neither UTF-8 nor GB18030 text")


def _parse(path: str, fmt: str) -> list[dict]:
    if fmt == "parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise InputError("reading parquet needs pyarrow: pip install 'govreport[formats]'") from None
        return pq.read_table(path).to_pylist()
    if fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        lines = book.worksheets[0].iter_rows(values_only=True)
        header = [str(h) for h in next(lines, ())]
        return [dict(zip(header, line)) for line in lines]
    if path == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    text = _decode(data, path)
    if fmt == "jsonl":
        return [json.loads(line, parse_float=Decimal) for line in text.splitlines() if line.strip()]
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if fmt == "tsv" else ","))


def read_rows(path: str) -> list[dict]:
    """Read a tidy table written by `extract` (format from the extension, csv by default; '-' is stdin)."""
    fmt = resolve_format(None if path == "-" else path)
    try:
        rows = _parse(path, fmt)
    except InputError:
        raise
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    except Exception as error:  # whatever a parser raises on a damaged file: a message, not a traceback
        raise InputError(f"cannot read {path} as {fmt}: {error}".splitlines()[0]) from None
    if not all(isinstance(row, dict) for row in rows):
        raise InputError(f"{path}: not a table of rows")
    missing = [c for c in REQUIRED_COLUMNS if rows and c not in rows[0]]
    if missing:
        raise InputError(f"{path}: not a govreport table, missing column(s) {', '.join(missing)}")
    for number, row in enumerate(rows, 1):
        try:
            if to_decimal(row["value"]) is None:
                raise ValueError("empty value")
        except ValueError as error:
            raise InputError(f"{path}: row {number}: {error}") from None
    return rows


def _load(path: str) -> list[dict]:
    try:
        return read_rows(path)
    except (InputError, OutputError) as error:
        fail(str(error))


def _show_text(value) -> str:
    if isinstance(value, Decimal):
        return format_decimal(value)
    return "" if value is None else str(value)


def _fit_columns(rows: list[dict], width: int) -> list[str]:
    """The tidy columns that fit `width`, most useful first, in display order."""
    from rich.cells import cell_len

    natural = {c: max([cell_len(c)] + [cell_len(_show_text(r.get(c))) for r in rows]) for c in SHOW_COLUMNS}
    natural["evidence"] = min(natural["evidence"], EVIDENCE_MIN)
    # A column costs its width + 3 (padding on both sides, a separator); the table's edges 2 - 3.
    kept, used = set(), -1
    for column in SHOW_PRIORITY:
        if used + natural[column] + 3 <= width:
            kept.add(column)
            used += natural[column] + 3
    return [c for c in SHOW_COLUMNS if c in kept]


def _table(columns: list[str], rows: list[dict], numeric: set[str], title: str | None = None):
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in columns:
        table.add_column(column, justify="right" if column in numeric else "left", overflow="fold")
    for row in rows:
        # Text(), not markup: a '[' in a report's text must print as it is.
        table.add_row(*(Text(_show_text(row.get(c))) for c in columns))
    return table


def register(app: typer.Typer) -> None:
    """Add the `compare` and `show` commands to `app`."""

    @app.command()
    def compare(
        table: Annotated[str, typer.Argument(metavar="TABLE", help="A tidy table from extract (csv, tsv, jsonl, "
                                                                  "parquet, xlsx by extension; '-' reads csv from stdin).")],
        output: OutputOpt = None,
        fmt: FormatOpt = None,
        bom: BomOpt = True,
        encoding: EncodingOpt = "utf-8",
        indicator: IndicatorOpt = None,
        kind: KindOpt = None,
        measure: MeasureOpt = None,
    ) -> None:
        """Set the reports side by side (the wide view of a tidy table).

        One row per indicator, measure, kind, period and unit; one column per
        report, labelled 'region year period' (e.g. 嘉定区 2018 H1), or by the file
        name when the region or year is unknown, with the file name added when two
        reports share a label. The year is not part of a row: an annual report's
        targets are for the year after its label.

        A cell holds the value. When one report gives a row several different
        values, all are shown, joined by ' | ' (577.3 | 580), each with its year
        when the years differ (540000 (2012) | 827000 (2017)).
        """
        rows = _load(table)
        try:
            wide = write_wide(rows, output, fmt, bom, encoding, indicator, kind, measure)
        except OutputError as error:
            fail(str(error))
        if not wide.rows:
            typer.echo("No row matches the filters.", err=True)

    @app.command()
    def show(
        table: Annotated[str, typer.Argument(metavar="TABLE", help="A tidy table from extract (csv, tsv, jsonl, "
                                                                  "parquet, xlsx by extension; '-' reads csv from stdin).")],
        wide: Annotated[bool, typer.Option("--wide", help="Show the reports side by side, as compare does.")] = False,
        indicator: IndicatorOpt = None,
        kind: KindOpt = None,
        measure: MeasureOpt = None,
    ) -> None:
        """Print a tidy table on the terminal, fitted to its width.

        With --wide, the side-by-side view of compare: several values for one
        cell are joined by ' | '.
        """
        from rich.console import Console

        rows = _load(table)
        console = Console(highlight=False)
        if wide:
            view = wide_table(rows, indicator, kind, measure)
            tables = [_table(view.columns, view.rows, set(view.labels))] if view.rows else []
        else:
            lines = [{**row, "value": to_decimal(row["value"])} for row in filter_rows(rows, indicator, kind, measure)]
            columns = _fit_columns(lines, console.width)
            left_out = [c for c in SHOW_COLUMNS if c not in columns]
            if lines and left_out:
                typer.echo(f"Left out to fit the terminal width: {', '.join(left_out)}.", err=True)
            # One table per report: the report's name is its title, not a column.
            reports: dict[str, list[dict]] = {}
            for row in lines:
                reports.setdefault(str(row["report"]), []).append(row)
            tables = [_table(columns, part, set(NUMERIC_COLUMNS), report) for report, part in reports.items()]
        if not tables:
            typer.echo("No row matches the filters.", err=True)
            return
        for one in tables:
            console.print(one)
