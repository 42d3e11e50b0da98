"""The panel: targets against outcomes, one row per region x indicator x measure x unit x year.

Pure functions over tidy rows (typed, or read back from a file as text).

A panel row holds one target and one actual. When the rows give several candidates for one
of them, one is chosen by this rule, in this order:

1. a whole-year figure (FY) over a part-year one (H1, Q1-Q3, M1-M5 ...);
2. the report about that year over any other: for the actual of year Y the report that
   reviews Y (an annual report delivered in Y+1, or a half-year report of Y), for the target
   of year Y the report that sets it (delivered in Y, reviewing Y-1); then later reports, the
   sooner the better (a restatement), then earlier ones (a five-year plan's goal);
3. the first stated over a repeat: report order, then position in the report.

A report "reviews" the year most of its actual rows are about (as the wide view's labels).
Every candidate not chosen is listed in ``others`` (``kind value qualifier period (report)``),
except the same figure stated again by the same report. Units are never mixed: a unit is
part of the row. ``gap`` is actual - target for growth, in points, when both are of the
same period.
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Iterable, Mapping

from govreport_cli.numbers import format_decimal
from govreport_cli.output import to_decimal, to_int

KEY = ("region", "indicator", "measure", "unit", "year")
COLUMNS = KEY + (
    "target", "target_qualifier", "target_period", "target_report",
    "actual", "actual_qualifier", "actual_period", "actual_report",
    "gap", "others",
)
TYPES = {"year": int, "target": Decimal, "actual": Decimal, "gap": Decimal}
DEFUSE = ("region", "target_report", "actual_report", "others")
MEASURES = ("level", "growth")


def _text(value) -> str:
    return "" if value is None else str(value)


def review_years(rows: Iterable[Mapping]) -> dict[str, int | None]:
    """Report -> the year most of its actual rows are about (None when it has none)."""
    years: dict[str, Counter] = {}
    for row in rows:
        counts = years.setdefault(_text(row["report"]), Counter())
        year = to_int(row.get("year"))
        if row["kind"] == "actual" and year is not None:
            counts[year] += 1
    return {report: (c.most_common(1)[0][0] if c else None) for report, c in years.items()}


def preference(row: Mapping, reviewed: Mapping[str, int | None], order: Mapping[str, int]) -> tuple:
    """Sort key of a candidate: the smallest is chosen (the rule in the module docstring)."""
    year = to_int(row.get("year"))
    review = reviewed.get(_text(row["report"]))
    if year is None or review is None:
        about = (3, 0)
    else:
        expected = year if row["kind"] == "actual" else year - 1
        about = (0 if review == expected else 1 if review > expected else 2, abs(review - expected))
    return (_text(row.get("period")) != "FY", about, order.get(_text(row["report"]), 0),
            to_int(row.get("start")) or 0)


def choose(candidates: list[Mapping], reviewed, order) -> tuple[Mapping, list[Mapping]]:
    """(the chosen row, the other rows with another figure), by `preference`."""
    ranked = sorted(candidates, key=lambda r: preference(r, reviewed, order))
    chosen, seen, others = ranked[0], {_fact(ranked[0])}, []
    for row in ranked[1:]:
        if _fact(row) not in seen:  # the same figure stated again by the same report: no other value
            seen.add(_fact(row))
            others.append(row)
    return chosen, others


def _fact(row: Mapping) -> tuple:
    return (row["kind"], to_decimal(row["value"]), _text(row.get("qualifier")), _text(row.get("period")),
            _text(row["report"]))


def _describe(row: Mapping) -> str:
    words = [row["kind"], format_decimal(to_decimal(row["value"]))]
    words += [w for w in (_text(row.get("qualifier")), _text(row.get("period"))) if w and w != "FY"]
    return " ".join(words) + f" ({_text(row['report'])})"


def panel_rows(rows: Iterable[Mapping]) -> list[dict]:
    """The panel of tidy `rows` (already filtered), ordered by region, indicator (as they first
    appear), measure (level, growth), unit and year."""
    rows = list(rows)
    reviewed = review_years(rows)
    order: dict[str, int] = {}
    groups: dict[tuple, dict[str, list]] = {}
    for row in rows:
        order.setdefault(_text(row["report"]), len(order))
        key = (_text(row.get("region")), row["indicator"], row["measure"], _text(row["unit"]),
               to_int(row.get("year")))
        groups.setdefault(key, {"target": [], "actual": []})[row["kind"]].append(row)

    first = {c: {} for c in ("region", "indicator", "unit")}
    for region, indicator, _, unit, _ in groups:
        for column, value in zip(first, (region, indicator, unit)):
            first[column].setdefault(value, len(first[column]))

    def rank(key):
        region, indicator, measure, unit, year = key
        return (first["region"][region], first["indicator"][indicator],
                MEASURES.index(measure) if measure in MEASURES else len(MEASURES), first["unit"][unit],
                year is None, year or 0)

    panel = []
    for key in sorted(groups, key=rank):
        line: dict = dict(zip(KEY, key))
        others: list[Mapping] = []
        for kind in ("target", "actual"):
            found = groups[key][kind]
            chosen, rest = choose(found, reviewed, order) if found else (None, [])
            others += rest
            line[kind] = to_decimal(chosen["value"]) if chosen else None
            line[f"{kind}_qualifier"] = _text(chosen.get("qualifier")) if chosen else ""
            line[f"{kind}_period"] = _text(chosen.get("period")) if chosen else ""
            line[f"{kind}_report"] = _text(chosen["report"]) if chosen else ""
        both = line["target"] is not None and line["actual"] is not None
        line["gap"] = (line["actual"] - line["target"]
                       if both and key[2] == "growth" and line["target_period"] == line["actual_period"] else None)
        line["others"] = "; ".join(_describe(r) for r in others)
        panel.append(line)
    return panel
