"""Sentences and clauses: the units every later stage reads within.

A sentence ends at 。;!? or at a line break that ends a paragraph; a clause at a comma or colon.
"""
from __future__ import annotations


from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.lines import HEADING_START, line_ends_sentence

_SENTENCE_END = LazyPattern(r"[。;!?\n]")
# The last of several marks before a spot: one reverse search, not a str.rfind per mark (those
# for marks a sentence lacks, ! and ?, scanned back to the floor every time).
_LAST_HARD_STOP = LazyPattern(r"(?r)[。;!?]")
_LAST_CLAUSE_MARK = LazyPattern(r"(?r)[:;。]|,(?!\d{3}(?!\d))")  # not the comma of 2,209.8
MAX_SENTENCE = 2000  # longer "sentences" (tables, runs of digits) are cut into pieces
# A semicolon before a clause that names only another period and its change goes on (9月份,居民消费价格同比
# 上涨2.6%;1—9月累计上涨2.4%): the clause has no subject of its own, the one before is its.
_PERIOD_CLAUSE = LazyPattern(r"\s*(?:其中)?(?:\d{1,2}\s*[-—－至]\s*\d{1,2}月份?|\d{1,2}月份?|上半年|前三季度|(?:第)?[一二三四]季度)"
                             r"(?:当月|当季|累计|平均)?(?:同比|比上年同期)?(?:增长|上涨|下降|回落|提高)-?\d")


def sentences(text: str):
    """Sentence spans; very long ones are cut so that no pattern sees an unbounded run.

    A line break ends a sentence after end punctuation, after a short line (a heading) or before
    a numbered heading; elsewhere it is a wrapped line (PDF, narrow pages) and the sentence goes on.
    """
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _goes_on(text, m):
            continue
        yield from _pieces(start, m.end())
        start = m.end()
    yield from _pieces(start, len(text))


def sentences_around(text: str, hits: list[int]):
    """The spans of `sentences(text)` that hold one of the sorted offsets `hits`, found from the
    hits outward: only a seventh of a report's sentences hold a name."""
    done = 0
    for hit in hits:
        if hit < done:
            continue
        start, end = _sentence_start(text, done, hit), end_of_sentence(text, hit)
        for piece in _pieces(start, end):
            if piece[1] > hit and piece[0] >= done:
                yield piece
        done = end


def _goes_on(text: str, mark) -> bool:
    """Whether the sentence goes on past a mark that may end it: a line wrapped inside it, or a semicolon
    before a clause naming only another period and its change."""
    if mark.group() == "\n":
        return not line_ends_sentence(text, mark.start())
    return mark.group() == ";" and _PERIOD_CLAUSE.match(text, mark.end()) is not None


def start_of_sentence(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (at most MAX_SENTENCE back), a line wrapped in the middle of it not counted."""
    return _sentence_start(text, max(0, at - MAX_SENTENCE), at)


def _sentence_start(text: str, floor: int, at: int) -> int:
    found = _LAST_HARD_STOP.search(text, floor, at)
    while found is not None and _goes_on(text, found):
        found = _LAST_HARD_STOP.search(text, floor, found.start())
    hard = found.start() if found else floor - 1
    newline = text.rfind("\n", hard + 1, at)
    while newline != -1 and not line_ends_sentence(text, newline):
        newline = text.rfind("\n", hard + 1, newline)
    return (newline if newline != -1 else hard) + 1


def end_of_sentence(text: str, at: int) -> int:
    """Where the sentence holding `at` ends, a line wrapped in the middle of it not counted."""
    found = _SENTENCE_END.search(text, at)
    while found is not None and _goes_on(text, found):
        found = _SENTENCE_END.search(text, found.end())
    return found.end() if found else len(text)


def _pieces(start: int, end: int):
    while end - start > MAX_SENTENCE:
        yield start, start + MAX_SENTENCE
        start += MAX_SENTENCE
    if end > start:
        yield start, end


def clause_start(text: str, start: int, end: int) -> int:
    """Where the clause holding `end` starts (after the last comma, colon or stop), not before `start`."""
    found = _LAST_CLAUSE_MARK.search(text, start, end)
    return found.end() if found else start


def full_stop(text: str, before: int) -> int:
    """Where the sentence holding `before` starts, semicolons not counted (at most 600 back): a
    line that ends on ; or : goes on into the next (主要预期目标是:…;\n固定资产投资增长15%), and so
    does a line wrapped inside its sentence (…主要预期目标\n是:…)."""
    floor = max(0, before - 600)
    stop = text.rfind("。", floor, before)
    line = text.rfind("\n", floor, before)
    while line > stop and (text[max(floor, line - 1):line] in (";", ":") or not line_ends_sentence(text, line)):
        line = text.rfind("\n", floor, line)
    return max(stop, line) + 1 or floor


def paragraph_starts(text: str) -> list[int]:
    """Where paragraphs start: at a heading, or after a line that ends a sentence, a heading or a
    blank line; a line wrapped in the middle of a sentence (…第十\n次全会\n部署,…) starts none."""
    starts = [0]
    at = 0
    ends_paragraph = False  # the line before ends one
    for line in text.splitlines(keepends=True):
        heading = HEADING_START.match(line) is not None
        if at and (ends_paragraph or heading):
            starts.append(at)
        content = line.rstrip()
        ends_paragraph = not content or content[-1] in "。!?;:" or heading
        at += len(line)
    return starts
