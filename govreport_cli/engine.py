"""The rule engine: clean text in, facts out, as a pipeline of named stages.

sentences (sentences.py) → names (names.py: which names count, and why not) → figures
(figures.py) → attachment (attachment.py: which figures belong to which name) → timing and
scope (timing.py, scope.py: kind, year, period, one period or several) → facts (facts.py), each once
per report, less those another fact makes redundant (a threshold restating a precise level, a
narrower scope beside the rule's own figure).
Each stage reads only what the stages before it produced; `explain` prints their decisions.
"""
from __future__ import annotations

import bisect

import regex

from govreport_cli.attachment import Attacher
from govreport_cli.context import NATIONAL, ReportContext
from govreport_cli.facts import Fact, FactMaker, overridden
from govreport_cli.figures import FigureReader, bounds
from govreport_cli.limits import PATTERN_TIMEOUT
from govreport_cli.name_index import NameIndex
from govreport_cli.names import Mention, NameFinder, continues_by_period, views_by_quarter
from govreport_cli.rules import RuleSet
from govreport_cli.scope import Scope, own_words
from govreport_cli.sentences import end_of_sentence, sentences, sentences_around
from govreport_cli.tables import TableReader, outside
from govreport_cli.timing import TimingReader

__all__ = ["Engine", "Fact", "Mention"]


class Engine:
    def __init__(self, rules: RuleSet):
        self.rules = rules
        scope = Scope(rules.shared)
        self.names = NameFinder(rules, scope)
        self.reader = FigureReader(rules)
        self.attacher = Attacher(rules, scope, self.reader)
        self.maker = FactMaker(rules, self.reader, TimingReader(rules, scope))
        self.tables = TableReader(rules, self.maker, self.mentions)
        self.name_index = NameIndex.build(rules)  # None: every sentence gets every name
        self.dropped: list[tuple[int, int, str]] | None = None  # set by `explain`: figures that gave no fact

    def mentions(self, text: str, start: int, end: int, context: ReportContext,
                 names: regex.Pattern | None = None, record: bool = True) -> list[Mention]:
        own = own_words(context.region, context.level, context.alias)
        return self.names.mentions(text, start, end, context.region == NATIONAL, names, own,
                                   context.region or context.level, record)

    def extract(self, text: str, context: ReportContext, warnings: list[str] | None = None) -> list[Fact]:
        facts = self.each_fact_once(text, context, warnings)
        redundant = overridden(facts)
        return [fact for fact in facts if fact.key not in redundant] if redundant else facts

    def each_fact_once(self, text: str, context: ReportContext, warnings: list[str] | None = None) -> list[Fact]:
        """The facts of every sentence, each once, before the choices made over the whole report."""
        table_facts, tables = self.tables.facts(text, context)
        unread = sorted(tables + context.unread)  # (read by their columns; other pages' headlines: not read)
        if context.body_end is not None:  # (延伸阅读:… after the report: other pages' headlines)
            text = text[:context.body_end]
            table_facts = [fact for fact in table_facts if fact.end <= context.body_end]
        facts: list[Fact] = []
        seen: set[tuple] = set()
        skipped = 0
        failed: list[str] = []  # the errors of sentences not read
        index = self.name_index
        # Only the sentences holding a literal that some name needs are read, each with the
        # alternation of just the names whose literal it holds (no other name can match there).
        at, owners = index.scan(text) if index else ([], [])
        for start, end, continuation in _and_continued(text, sentences_around(text, at) if index else sentences(text)):
            if unread:
                start, end = outside(unread, start, end)
                if start == end:
                    continue
            names = None
            if index:
                first = bisect.bisect_left(at, start)
                stop = bisect.bisect_left(at, end, first)
                if first == stop and not continuation:
                    continue
                # (a continuation with no name of its own: all the names; the sentence before lends its last)
                names = index.names_in(at, owners, first, stop) if first < stop else None
            try:
                found = self.sentence(text, start, end, context, names)
            except TimeoutError:  # a last guard: patterns are bounded, a sentence is at most MAX_SENTENCE
                skipped += 1
                continue
            except Exception as err:  # noqa: BLE001 (see _sentence_failed)
                failed.append(self._sentence_failed(err, warnings))
                continue
            _add_new(found, facts, seen)  # one fact once: a body printed twice, a target restated in an annex
        read = len(facts)
        for start, end in self.names.to_read_again():
            try:
                _add_new(self.sentence(text, start, end, context), facts, seen)
            except Exception as err:  # noqa: BLE001
                failed.append(self._sentence_failed(err, warnings))
        _add_new(table_facts, facts, seen)  # (a table restating the text: the text's reading, with its 预计)
        if len(facts) > read:
            facts.sort(key=lambda fact: fact.start)
        if skipped and warnings is not None:
            warnings.append(f"{skipped} sentence(s) skipped: patterns took over {PATTERN_TIMEOUT} s on them")
        if failed:
            warnings.append(f"{len(failed)} sentence(s) not read: an error of govreport ({failed[0]}); "
                            "please report it with the file")
        return facts

    @staticmethod
    def _sentence_failed(err: Exception, warnings: list[str] | None) -> str:
        """A defect met on one sentence: a caller that collects warnings (the command line) loses that
        sentence only and hears of it; one that does not (the API, the tests) gets the error."""
        if warnings is None:
            raise err
        return f"{type(err).__name__}: {err}"

    def sentence(self, text: str, start: int, end: int, context: ReportContext,
                 names: regex.Pattern | None = None) -> list[Fact]:
        if not self.reader.may_hold_figures(text, start, end):  # most sentences naming an indicator hold none
            return []
        mentions = self.mentions(text, start, end, context, names)
        if not any(m.rule for m in mentions):
            return []
        figures = self.reader.figures_in(text, start, end)
        if not figures:
            return []
        facts = []
        for index, chosen in self.attacher.attach(text, mentions, figures, end, context.half_year).items():
            targets = {}  # where this name's targets stand, and when: a second goal counts only after one
            for fig in chosen:
                for bound in bounds(fig):
                    fact = self.maker.make(text, start, mentions[index], bound, context)
                    if isinstance(fact, Fact) and fig.beside_goal >= 0 and targets.get(fig.beside_goal) != (fact.year, fact.period):
                        fact = "a second goal (力争…, 确保…) after a figure that is no target of its period"
                    if isinstance(fact, Fact):
                        if fact.kind == "target":
                            targets[fig.start] = (fact.year, fact.period)
                        facts.append(fact)
                    elif self.dropped is not None:
                        self.dropped.append((bound.start, bound.end, fact))
        facts.sort(key=lambda f: f.start)
        return facts


def _add_new(found: list[Fact], facts: list[Fact], seen: set[tuple]) -> None:
    """Append to `facts` each fact of `found` whose key is not in `seen` yet."""
    for fact in found:
        if fact.key not in seen:
            seen.add(fact.key)
            facts.append(fact)


def _and_continued(text: str, spans):
    """The spans, each followed by the sentence after its semicolon when that one goes on with a
    period and its change (…增长2.6%;其中一季度增长6.1%), or after its stop when that one views it by
    quarter (。分季度看,一季度增长5.4%,…): it names nothing the index looks for.
    Each span once, with whether it is such a continuation."""
    given = set()
    for start, end in spans:
        if start in given:
            continue  # (given already, after the sentence before it)
        yield start, end, False
        # (and on: 。其中3月当月增长9.5%;1—2月增长7.3%: a continuation's own continuation)
        while (text[end - 1:end] == ";" and continues_by_period(text, end)) or (
                text[end - 1:end] in "。;" and views_by_quarter(text, end) != -1):  # (。分季度看,一季度增长5.4%,…)
            start = end + len(text[end:end + 4]) - len(text[end:end + 4].lstrip())  # (。\n分季度看,…: past the break)
            end = end_of_sentence(text, start)
            if end <= start:
                break
            given.add(start)
            yield start, end, True
