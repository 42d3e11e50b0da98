"""The side-by-side (wide) view of tidy rows, and the row filters.

Layout: the columns are ``indicator, measure, kind, period, unit`` and then one
column per report, in the order the reports first appear in the rows. A row is
one indicator x measure x kind x period x unit:

- ``period`` is in the key so that a half-year figure (H1) is never set beside
  a whole-year one (FY), nor January-May (M1-M5) beside H1.
- ``unit`` is in the key so that 亿元 and 亿美元 figures are never mixed.
- ``year`` is not in the key: comparing reports of different years (嘉定区 2018
  H1 against 嘉定区 2020 H1) is what the view is for, and a year key would put
  every report on rows of its own. The column label carries the report's year
  instead (see below). Mind that an annual report reviews year Y-1 (actual) and
  sets targets for year Y: its target cells are for the year after its label.

Column labels: ``region year period`` (e.g. ``嘉定区 2018 H1``), taken from the
report's rows: its most frequent region, and the most frequent year and period
of its actual rows (of all its rows when it has no actual row). A report whose
region or year is unknown is labelled by its file name (the ``report`` value).
Two reports with one label are told apart by their file names:
``嘉定区 2018 H1 (000_83c6b4c4bef2d01a.txt)``. Labels come from all the rows
given, before filtering, so they do not change with the filters, and a report
with no row left after filtering keeps its (empty) column.

Cells: the value, a number. When a report gives one row several different
values, none is dropped: the cell shows them all as text, in the order they
first appear, joined by `` | `` (``577.3 | 580``); when those values are about
different years, each carries its year (``540000 (2012) | 827000 (2017)``).
The same value found twice is shown once.

Row order: indicators in the order they first appear in the rows (the engine
emits them in catalog order, report by report); then level before growth,
actual before target; periods and units in the order they first appear.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Iterator, Mapping, NamedTuple

from govreport_cli.numbers import format_decimal
from govreport_cli.output import open_table, to_decimal, to_int

KEY_COLUMNS = ("indicator", "measure", "kind", "period", "unit")
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


def report_labels(rows: Iterable[Mapping]) -> dict[str, str]:
    """Report -> unique column label, in the order the reports first appear."""
    regions: dict[str, Counter] = {}
    actual_times: dict[str, Counter] = {}
    all_times: dict[str, Counter] = {}
    for row in rows:
        report = _text(row["report"])
        regions.setdefault(report, Counter())
        actual_times.setdefault(report, Counter())
        all_times.setdefault(report, Counter())
        if _text(row.get("region")):
            regions[report][row["region"]] += 1
        year = to_int(row.get("year"))
        if year is not None:
            time = (year, _text(row.get("period")))
            all_times[report][time] += 1
            if row["kind"] == "actual":
                actual_times[report][time] += 1
    labels = {}
    for report, region_counts in regions.items():
        times = actual_times[report] or all_times[report]
        if region_counts and times:
            region = region_counts.most_common(1)[0][0]
            year, period = times.most_common(1)[0][0]
            labels[report] = f"{region} {year} {period}".strip()
        else:
            labels[report] = report
    counts = Counter(labels.values())
    return {
        report: f"{label} ({report})" if counts[label] > 1 or label in KEY_COLUMNS else label
        for report, label in labels.items()
    }


def _cell(facts: list[tuple[int | None, object]]):
    if len(facts) == 1:
        return facts[0][1]
    several_years = len({year for year, _ in facts}) > 1
    return SEPARATOR.join(
        format_decimal(value) + (f" ({year})" if several_years and year is not None else "") for year, value in facts
    )


class WideTable(NamedTuple):
    columns: list[str]  # KEY_COLUMNS, then the labels
    labels: list[str]  # one per report, in report order
    rows: list[dict]  # cells: a Decimal, text for several values, None when empty


def wide_table(
    rows: Iterable[Mapping],
    indicators: Iterable[str] | None = None,
    kind: str | None = None,
    measure: str | None = None,
) -> WideTable:
    """Build the wide view of tidy `rows` (typed or read back as text), filtered."""
    rows = list(rows)
    labels = report_labels(rows)
    cells: dict[tuple, dict[str, list]] = {}
    for row in filter_rows(rows, indicators, kind, measure):
        key = tuple(_text(row[c]) for c in KEY_COLUMNS)
        fact = (to_int(row.get("year")), to_decimal(row["value"]))
        facts = cells.setdefault(key, {}).setdefault(labels[_text(row["report"])], [])
        if fact not in facts:
            facts.append(fact)

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
    table = []
    for key in sorted(cells, key=rank):
        line = dict(zip(KEY_COLUMNS, key))
        line.update({label: _cell(cells[key][label]) if label in cells[key] else None for label in label_list})
        table.append(line)
    return WideTable(list(KEY_COLUMNS) + label_list, label_list, table)


def write_wide(
    rows: Iterable[Mapping],
    dest: str | None,
    fmt: str | None = None,
    bom: bool = True,
    encoding: str = "utf-8",
    indicators: Iterable[str] | None = None,
    kind: str | None = None,
    measure: str | None = None,
) -> WideTable:
    """Write the wide view of `rows` to `dest` (None or '-' for stdout); see open_table()."""
    wide = wide_table(rows, indicators, kind, measure)
    with open_table(
        dest, fmt, bom, encoding,
        columns=wide.columns,
        types={label: object for label in wide.labels},
        defuse_columns=("indicator", *wide.labels),
    ) as table:
        table.write(wide.rows)
    return wide
