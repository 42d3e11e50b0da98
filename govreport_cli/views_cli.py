"""The commands that read a tidy table back: `compare` (the wide view), `panel` (targets against
outcomes) and `show` (a table on the terminal). `register(app)` adds them."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Optional

import typer

from govreport_cli.cli_common import (
    BomOpt, FormatOpt, IndicatorOpt, KindOpt, MeasureOpt, OutputEncodingOpt, OutputOpt, TableArg, check_ids,
    check_output, command, console, fail, warn,
)

# The table, view and output modules are imported in the commands: `govreport --help` stays fast.

OneValueOpt = Annotated[bool, typer.Option(
    "--one-value", help="In the wide view: one number per cell, chosen by the panel's rule (see 'govreport panel --help'), so "
                        "that spreadsheets and pandas read numbers; the count of cells with several values "
                        "goes to stderr.")]

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
    import csv
    import io
    import json

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
    from govreport_cli.output import resolve_format, to_decimal

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
    for number, row in enumerate(rows, 1):
        missing = [c for c in REQUIRED_COLUMNS if c not in row]  # every row: a JSON Lines row may lack one
        if missing:
            where = "" if number == 1 else f" row {number}:"
            raise InputError(f"{path}:{where} not a govreport table, missing column(s) {', '.join(missing)}")
        try:
            if to_decimal(row["value"]) is None:
                raise ValueError("empty value")
        except ValueError as error:
            raise InputError(f"{path}: row {number}: {error}") from None
    return rows


def _load(path: str, indicator: list[str] | None) -> tuple[list[dict], list[str]]:
    """The table's rows and the wanted indicator ids, each of them in the table."""
    from govreport_cli.output import OutputError
    from govreport_cli.wide import split_ids

    try:
        rows = read_rows(path)
    except (InputError, OutputError) as error:
        fail(str(error))
    wanted = split_ids(indicator)
    check_ids(wanted, {row["indicator"] for row in rows}, f"not in {path}")
    return rows, wanted


def _show_text(value) -> str:
    from govreport_cli.numbers import format_decimal

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


def _widths(texts) -> int:
    from rich.cells import cell_len

    return max(cell_len(t) for t in texts)


def _wide_pages(view, width: int) -> tuple[dict[str, int], list[list[str]]]:
    """The width of each column and the report columns split into pages that fit `width` (none
    if one column does not fit). Values never wrap; labels and the row key wrap at spaces
    unless everything fits on one page unwrapped."""
    for wrap in (False, True):
        least = {"indicator": _widths(["indicator"] + [r["indicator"] for r in view.rows]),
                 "row": _widths(["row"] + [w for r in view.rows for w in (_what(r).split() if wrap else [_what(r)])])}
        for label in view.labels:
            least[label] = _widths((label.split() if wrap else [label]) + [_show_text(r[label]) for r in view.rows])
        keys = least["indicator"] + least["row"] + 6  # a column costs its width + 3 (padding, separator)
        pages, page, used = [], [], keys
        for label in view.labels:
            cost = least[label] + 3
            if keys + cost > width:
                pages = []
                break
            if used + cost > width:
                pages.append(page)
                page, used = [], keys
            page.append(label)
            used += cost
        else:
            pages += [page] if page else []
        if len(pages) == 1:
            break
    return least, pages


def _what(row: dict) -> str:
    return " ".join(filter(None, (row[c] for c in ("measure", "kind", "period", "unit", "qualifier"))))


def _wide_tables(view, width: int, table: str):
    from rich import box
    from rich.table import Table
    from rich.text import Text

    least, pages = _wide_pages(view, width)
    if view.rows and not pages:
        fail(f"the side-by-side view does not fit {width} columns; write it to a file: "
             f"govreport compare {table} -o wide.xlsx")
    tables = []
    for number, labels in enumerate(pages, 1):
        title = f"{number}/{len(pages)}" if len(pages) > 1 else None
        one = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        one.add_column("indicator", width=least["indicator"])
        one.add_column("row", width=least["row"])
        for label in labels:
            one.add_column(label, justify="right", width=least[label])
        for row in view.rows:
            if any(row[label] is not None for label in labels):
                one.add_row(Text(row["indicator"]), Text(_what(row)), *(Text(_show_text(row[l])) for l in labels))
        tables.append(one)
    return tables


def register(app: typer.Typer) -> None:
    """Add the `compare`, `panel` and `show` commands to `app`."""

    @command(app)
    def compare(
        table: TableArg,
        output: OutputOpt = None,
        fmt: FormatOpt = None,
        bom: BomOpt = True,
        output_encoding: OutputEncodingOpt = "utf-8",
        indicator: IndicatorOpt = None,
        kind: KindOpt = None,
        measure: MeasureOpt = None,
        one_value: OneValueOpt = False,
    ) -> None:
        """Set regions and years side by side (the wide view of a tidy table).

        One row per indicator, measure, kind, period, unit and qualifier; one column per
        region and year, the year each figure is about (嘉定区 2018): an annual report's
        targets sit in the column of the year they target, beside that year's outcome.

        A cell holds the value. When reports give one cell several different values, all
        are shown, joined by ' | ' (577.3 | 580); --one-value keeps one by the panel's rule.

        Example: govreport compare out.csv --indicator gdp --one-value -o wide.xlsx
        """
        from govreport_cli.output import OutputError
        from govreport_cli.wide import write_wide

        check_output(output, fmt)
        rows, wanted = _load(table, indicator)
        try:
            wide = write_wide(rows, output, fmt, bom, output_encoding, wanted, kind, measure, one_value)
        except OutputError as error:
            fail(str(error))
        if not wide.rows:
            warn("no row matches the filters")
        if wide.several:
            warn(f"{wide.several} cells had several values; one kept by the panel's rule "
                 f"('govreport panel' lists the others)")

    @command(app)
    def panel(
        table: TableArg,
        output: OutputOpt = None,
        fmt: FormatOpt = None,
        bom: BomOpt = True,
        output_encoding: OutputEncodingOpt = "utf-8",
        indicator: IndicatorOpt = None,
        kind: KindOpt = None,
        measure: MeasureOpt = None,
        plot: Annotated[Optional[Path], typer.Option(
            "--plot", metavar="PNG", help="Draw target against outcome over the years, one line per region "
                                          "(needs pip install 'govreport[plot]'); the table is then written "
                                          "only with -o.")] = None,
    ) -> None:
        """Targets against outcomes: one row per region, indicator, measure, unit and year.

        Columns: target, target_qualifier, target_period, target_report, the same for the
        actual, gap (actual - target in points, for growth) and others. Where the rows give
        several candidates, one is chosen: a whole year over a part of it; the report about
        that year (the actual of Y from the report reviewing Y, the target of Y from the
        report setting it) over a later restatement, then over an earlier report; the first
        stated over a repeat. The others are listed in 'others', never dropped.

        Example: govreport panel out.csv --indicator gdp --measure growth --plot gdp.png
        """
        from govreport_cli.output import OutputError, write_table
        from govreport_cli.panel import COLUMNS, DEFUSE, TYPES, panel_rows
        from govreport_cli.wide import filter_rows

        check_output(output, fmt)
        rows, wanted = _load(table, indicator)
        lines = panel_rows(filter_rows(rows, wanted, kind, measure))
        if not lines:
            warn("no row matches the filters")
        if plot is not None:
            from govreport_cli.plot import PlotError, plot_panel

            try:
                plot_panel(lines, plot)
            except PlotError as error:
                fail(str(error))
            if output is None:
                return
        try:
            write_table(lines, output, fmt, bom, output_encoding, columns=COLUMNS, types=TYPES, defuse_columns=DEFUSE)
        except OutputError as error:
            fail(str(error))

    @command(app)
    def show(
        table: TableArg,
        wide: Annotated[bool, typer.Option("--wide", help="Show regions and years side by side, as compare "
                                                          "does, in pages that fit the terminal.")] = False,
        indicator: IndicatorOpt = None,
        kind: KindOpt = None,
        measure: MeasureOpt = None,
    ) -> None:
        """Print a tidy table on the terminal, fitted to its width.

        With --wide, the side-by-side view of compare (several values for one cell joined by
        ' | '), split into pages of columns that fit the terminal.

        Example: govreport show out.csv --indicator gdp --wide
        """
        from govreport_cli.output import to_decimal
        from govreport_cli.wide import filter_rows, wide_table

        rows, wanted = _load(table, indicator)
        terminal = console(highlight=False)
        if wide:
            tables = _wide_tables(wide_table(rows, wanted, kind, measure), terminal.width, table)
        else:
            lines = [{**row, "value": to_decimal(row["value"])} for row in filter_rows(rows, wanted, kind, measure)]
            columns = _fit_columns(lines, terminal.width)
            left_out = [c for c in SHOW_COLUMNS if c not in columns]
            if lines and left_out:
                warn(f"left out to fit the terminal width: {', '.join(left_out)}")
            # One table per report: the report's name is its title, not a column.
            reports: dict[str, list[dict]] = {}
            for row in lines:
                reports.setdefault(str(row["report"]), []).append(row)
            tables = [_table(columns, part, set(NUMERIC_COLUMNS), report) for report, part in reports.items()]
        if not tables:
            warn("no row matches the filters")
            return
        for one in tables:
            terminal.print(one)
