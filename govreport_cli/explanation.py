"""What `govreport explain` prints: each stage's decisions for a report, or for some of its sentences.

The report's context (region, year and the signal it came from, its parts), every name found
(counted, or why not), every figure near a counted name that gave no fact (and why), and every
fact with the signals that set its kind and year.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from govreport_cli.api import engine_for, fact_row
from govreport_cli.context import ReportContext, read_context
from govreport_cli.facts import overridden
from govreport_cli.normalize import normalize
from govreport_cli.rules import RuleSet
from govreport_cli.sentences import sentences
from govreport_cli.tables import outside


@dataclass
class Explanation:
    context: ReportContext
    sentences: list[tuple[int, str]] = field(default_factory=list)  # the sentences asked for, as cleaned
    names: list[tuple[int, int, str, str, str]] = field(default_factory=list)  # sentence, start, name, rule, status
    dropped: list[tuple[int, int, str, str]] = field(default_factory=list)  # sentence, start, raw, why
    rows: list[dict] = field(default_factory=list)  # output rows, with "sentence" and "why"
    links_from: int | None = None  # where a list of other pages' links opens after the report (not read)
    year_columns_at: list[int] = field(default_factory=list)  # rows under heads of different years (not read)


def explain_text(text: str, report: str, rules: RuleSet, offsets=None, source=None,
                 only: str | None = None) -> Explanation:
    """`only`: a sentence number (as `explain` lists them) or a string the sentences must hold."""
    clean = normalize(text)
    context = read_context(clean.text, rules.shared, clean.issue_year, clean.noted_years)
    engine = engine_for(rules)
    wanted = normalize(only).text if only and not only.isdigit() else None
    explanation = Explanation(context)

    def source_offset(clean_start: int) -> int:
        start = clean.origin[clean_start]
        return offsets[start] if offsets is not None else start

    if context.body_end is not None:
        explanation.links_from = source_offset(context.body_end)
    explanation.year_columns_at = [source_offset(start) for start, _ in context.year_columns]
    # decided over the whole report, as extract does: facts another fact makes redundant
    redundant = overridden(engine.each_fact_once(clean.text, context))
    table_facts, tables = engine.tables.facts(clean.text, context)
    engine.dropped = engine.attacher.dropped = []
    try:
        for number, (start, end) in enumerate(sentences(clean.text), 1):
            if context.body_end is not None and start >= context.body_end:
                break  # (a list of other pages' links after the report: see the header)
            if only and (str(number) != only if only.isdigit() else wanted not in clean.text[start:end]):
                continue
            if only:
                explanation.sentences.append((number, clean.display[start:end].strip()))
            for fact in table_facts:  # read by their columns (the why names the column)
                if start <= fact.start < end and fact.key not in redundant:
                    row = fact_row(fact, clean, text, report, context.region, offsets, source)
                    explanation.rows.append({**row, "sentence": number, "why": fact.why})
            start, end = outside(sorted(tables + context.unread), start, end)  # (other pages' headlines: not read)
            if start == end:
                continue
            mentions = engine.mentions(clean.text, start, end, context, record=False)  # (sentence() records)
            for mention in mentions:
                status = (f"not counted: {mention.why_not}" if mention.why_not
                          else f"counted, before {mention.beside} in its lists" if mention.beside else "counted")
                explanation.names.append((number, source_offset(mention.start), mention.text, mention.rule_id,
                                          status))
            if mentions and not any(m.rule for m in mentions):  # (全国居民消费价格上涨2.5%: say so, not nothing)
                for fig in engine.reader.figures_in(clean.text, start, end):
                    explanation.dropped.append((number, source_offset(fig.start), clean.display[fig.start:fig.end],
                                                "no name of its sentence counted (see its names)"))
            before = len(engine.dropped)
            for fact in engine.sentence(clean.text, start, end, context):
                if fact.key in redundant:
                    explanation.dropped.append((number, source_offset(fact.start), clean.display[fact.start:fact.end],
                                                redundant[fact.key]))
                    continue
                row = fact_row(fact, clean, text, report, context.region, offsets, source)
                explanation.rows.append({**row, "sentence": number, "why": fact.why})
            for fig_start, fig_end, why in engine.dropped[before:]:
                explanation.dropped.append((number, source_offset(fig_start), clean.display[fig_start:fig_end], why))
    finally:
        engine.dropped = engine.attacher.dropped = None
    return explanation
