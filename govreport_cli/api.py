"""The Python API: text (or a file) in, rows of the output contract out.

    from govreport_cli.api import extract_text
    rows = extract_text(open("report.txt", encoding="utf-8").read(), report="report.txt")

Each row is a dict with the keys of ``govreport_cli.rows.COLUMNS``; ``value`` is a Decimal.
"""
from __future__ import annotations

from pathlib import Path


from govreport_cli import limits
from govreport_cli.context import read_context
from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.engine import Engine, Fact
from govreport_cli.normalize import CleanText, normalize
from govreport_cli.rules import RuleSet, cached_rules

EVIDENCE_MAX = 200
_LINE_BREAKS = LazyPattern(r"\s*[\r\n]+\s*")


def engine_for(rules: RuleSet) -> Engine:
    """One engine per rule set, kept on the rule set so that both go together."""
    if rules.engine is None:
        rules.engine = Engine(rules)
    return rules.engine


def extract_text(text: str, report: str = "", rules: RuleSet | None = None,
                 offsets: list[int] | None = None, source: str | None = None,
                 warnings: list[str] | None = None) -> list[dict]:
    """Rows for one report's text.

    ``offsets``/``source``: when ``text`` was taken out of a larger source (the visible text of
    an HTML page), ``offsets[i]`` is the source index of ``text[i]``; start, end and raw then
    refer to ``source``. ``warnings`` collects what the user should hear about (skipped text).
    """
    rules = rules or cached_rules()
    clean = normalize(text)
    context = read_context(clean.text, rules.shared, clean.issue_year, clean.noted_years)
    facts = engine_for(rules).extract(clean.text, context, warnings)
    rows = [fact_row(fact, clean, text, report, context.region, offsets, source) for fact in facts]
    return [row for row in rows if len(row["raw"]) <= limits.MAX_RAW]


def extract_file(path: str | Path, encoding: str | None = None, rules: RuleSet | None = None,
                 report: str | None = None) -> list[dict]:
    """Rows for one file; raises reading.UnreadableError for a file that cannot be read."""
    from govreport_cli.reading import read_document

    document = read_document(Path(path), encoding)
    return extract_text(document.text, report if report is not None else Path(path).name, rules,
                        document.offsets, document.source)


def fact_row(fact: Fact, clean: CleanText, text: str, report: str, region: str,
             offsets: list[int] | None, source: str | None) -> dict:
    """The output row of one fact: offsets into the decoded input (or `source`), evidence as one line."""
    start, end = clean.span(fact.start, fact.end)
    original = source if source is not None else text
    if offsets is not None:
        last_char, last = text[end - 1], offsets[end - 1]
        start, end = offsets[start], last + 1
        if original[last] == "&" and last_char != "&":  # the figure ends on an entity: take all of it
            end = original.find(";", last) + 1 or end
    # wrapped lines are joined: the evidence reads as one clause
    evidence = clean.display[fact.evidence_start:fact.evidence_end]
    if "\n" in evidence or "\r" in evidence:  # most are one line: no pattern call
        # (a table's cells one to a line, joined by tabs: parted by a blank)
        evidence = _LINE_BREAKS.sub(lambda m: " " if "\t" in clean.text[fact.evidence_start + m.start():
                                                                       fact.evidence_start + m.end()] else "", evidence)
    evidence = evidence.strip()[:EVIDENCE_MAX]
    return {
        "report": report, "region": region, "year": fact.year, "period": fact.period,
        "indicator": fact.indicator, "name": fact.name, "measure": fact.measure,
        "kind": fact.kind, "value": fact.value, "unit": fact.unit, "qualifier": fact.qualifier,
        "basis": fact.basis, "raw": original[start:end], "evidence": evidence,
        "start": start, "end": end, "rule": fact.rule.ref,
    }

