"""The side-by-side (wide) view of tidy rows, and the row filters.

Layout: the columns are ``indicator, measure, kind, period, unit, qualifier`` and then one
column per region and year, labelled ``region year`` (``嘉定区 2018``). A row is one
indicator x measure x kind x period x unit x qualifier:

- The column's year is the year each figure is about (the row's ``year``), not the year of
  the report: an annual report delivered in 2026 puts its review in ``上海市 2025`` and its
  targets in ``上海市 2026``, beside the 2027 report's outcome for 2026 (an actual row).
- ``period`` is in the key so that a half-year figure (H1) is never set beside a whole-year
  one (FY), nor January-May (M1-M5) beside H1; ``unit`` so that 亿元 and 亿美元 never mix.
- ``qualifier`` is in the key so that every number stays a number and its qualifier stays
  beside it: ``增长5%左右`` and ``增长5%以上`` are different targets, on rows of their own
  (a range 4%-4.5% is an ``at_least`` row and an ``at_most`` row).

A figure whose report does not name its region is labelled by the report's file name instead
(``001_cb6f.txt 2020``); one without a year by ``region (no year)``. Columns come in the order
their regions first appear, then by year; labels come from all the rows given, before
filtering, so that they do not change with the filters.

Cells: the value, a number. When reports give one cell several different values (a
restatement, an estimate then the final figure), none is dropped: the cell shows them all as
text, in the order of the rows, joined by `` | `` (``577.3 | 580``); the same value found twice
is shown once. ``one_value=True`` keeps one, chosen by the panel's rule (panel.py), so that
every cell is a number.

Row order: indicators in the order they first appear in the rows (the engine emits them in
catalog order, report by report); then level before growth, actual before target; periods,
units and qualifiers in the order they first appear.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Mapping, NamedTuple

from govreport_cli.numbers import format_decimal
from govreport_cli.output import open_table, to_decimal, to_int
from govreport_cli.panel import choose, review_years

KEY_COLUMNS = ("indicator", "measure", "kind", "period", "unit", "qualifier")
MEASURES = ("level", "growth")
KINDS = ("actual", "target")
SEPARATOR = " | "


def split_ids(values: Iterable[str] | None) -> list[str]:
    """Indicator ids from repeated and comma-separated options: ['gdp,retail_sales', 'exports']."""
    return [part for value in values or () for part in re.split(r"[,，\s]+", value) if part]


def filter_rows(
    rows: Iterable[Mapping],
    indicators: Iterable[str] | None = None,
    kind: str | None = None,
    measure: str | None = None,
) -> Iterator[Mapping]:
    """The rows of the given indicators (comma lists allowed), kind and measure; None keeps all."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    if measure is not None and measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    wanted = set(split_ids(indicators))
    return (
        row
        for row in rows
        if (not wanted or row["indicator"] in wanted)
        and (kind is None or row["kind"] == kind)
        and (measure is None or row["measure"] == measure)
    )


def _text(value) -> str:
    return "" if value is None else str(value)


def _column(row: Mapping) -> tuple[str, int | None]:
    """The (who, year) a figure belongs to: its region, or its report's name; its year."""
    return _text(row.get("region")) or _text(row["report"]), to_int(row.get("year"))


def column_labels(rows: Iterable[Mapping]) -> dict[tuple[str, int | None], str]:
    """(who, year) -> column label, ordered by who (as first seen), then year."""
    seen: dict[str, set] = {}
    for row in rows:
        who, year = _column(row)
        seen.setdefault(who, set()).add(year)
    labels = {}
    for who, years in seen.items():
        for year in sorted(years, key=lambda y: (y is None, y or 0)):
            label = f"{who} {year}" if year is not None else f"{who} (no year)"
            labels[(who, year)] = label if label not in KEY_COLUMNS else f"{label} (column)"
    return labels


def _cell(facts: list[Mapping], one_value: bool, reviewed, order):
    if one_value:
        chosen, _ = choose(facts, reviewed, order)
        return to_decimal(chosen["value"])
    values = list(dict.fromkeys(to_decimal(f["value"]) for f in facts))
    return values[0] if len(values) == 1 else SEPARATOR.join(format_decimal(v) for v in values)


class WideTable(NamedTuple):
    columns: list[str]  # KEY_COLUMNS, then the labels
    labels: list[str]  # one per region and year
    rows: list[dict]  # cells: a Decimal, text for several values, None when empty
    several: int = 0  # cells where one value was kept out of several (one_value)


def wide_table(
    rows: Iterable[Mapping],
    indicators: Iterable[str] | None = None,
    kind: str | None = None,
    measure: str | None = None,
    one_value: bool = False,
) -> WideTable:
    """Build the wide view of tidy `rows` (typed or read back as text), filtered."""
    rows = list(rows)
    labels = column_labels(rows)
    reviewed = review_years(rows)
    order = {report: i for i, report in enumerate(dict.fromkeys(_text(r["report"]) for r in rows))}
    cells: dict[tuple, dict[str, list]] = {}
    for row in filter_rows(rows, indicators, kind, measure):
        key = tuple(_text(row.get(c)) for c in KEY_COLUMNS)
        cells.setdefault(key, {}).setdefault(labels[_column(row)], []).append(row)

    first_seen: dict[str, dict[str, int]] = {c: {} for c in KEY_COLUMNS}
    for key in cells:
        for column, value in zip(KEY_COLUMNS, key):
            first_seen[column].setdefault(value, len(first_seen[column]))
    fixed = {"measure": MEASURES, "kind": KINDS}

    def rank(key: tuple) -> tuple:
        return tuple(
            (fixed[c].index(v) if v in fixed.get(c, ()) else len(fixed.get(c, ())), first_seen[c][v])
            for c, v in zip(KEY_COLUMNS, key)
        )

    label_list = list(labels.values())
    table, several = [], 0
    for key in sorted(cells, key=rank):
        line = dict(zip(KEY_COLUMNS, key))
        for label in label_list:
            facts = cells[key].get(label)
            line[label] = _cell(facts, one_value, reviewed, order) if facts else None
            several += bool(facts) and len({to_decimal(f["value"]) for f in facts}) > 1
        table.append(line)
    return WideTable(list(KEY_COLUMNS) + label_list, label_list, table, several if one_value else 0)


def write_wide(
    rows: Iterable[Mapping],
    dest: str | None,
    fmt: str | None = None,
    bom: bool = True,
    encoding: str = "utf-8",
    indicators: Iterable[str] | None = None,
    kind: str | None = None,
    measure: str | None = None,
    one_value: bool = False,
) -> WideTable:
    """Write the wide view of `rows` to `dest` (None or '-' for stdout); see open_table()."""
    wide = wide_table(rows, indicators, kind, measure, one_value)
    with open_table(
        dest, fmt, bom, encoding,
        columns=wide.columns,
        types={label: object for label in wide.labels},
        defuse_columns=("indicator", *wide.labels),
    ) as table:
        table.write(wide.rows)
    return wide
