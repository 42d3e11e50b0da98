"""What a line break means in a report: the end of a sentence, or a line wrapped inside one.

Reports converted from PDF or narrow pages break lines wherever the page ended, in the middle of
a sentence and even of a word (同比增\\n长7.2%). Normalisation joins such words again; the
sentence stage reads past such breaks.
"""
from __future__ import annotations

import regex

HEADING_START = regex.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、]\D|第[一二三四五六七八九十]+[,、:部方])")
SHORT_LINE = 24  # a line this short ends its sentence even without punctuation (a heading)
_SENTENCE_MARKS = "。;!?:"
_CLAUSE_MARKS = ",。;:、"


def line_ends_sentence(text: str, newline: int) -> bool:
    """Whether the line break at `newline` ends a sentence: after end punctuation, after a short
    line (a heading) or before a numbered heading."""
    line = text[text.rfind("\n", 0, newline) + 1:newline].rstrip()
    return (not line or line[-1] in _SENTENCE_MARKS or len(line) <= SHORT_LINE
            or HEADING_START.match(text, newline + 1) is not None)


def breaks_a_word(text: str, newline: int) -> bool:
    """Whether the break at `newline`, between two characters of running text, may split a word:
    the line wraps inside a sentence and reads as running text (it holds a comma or stop; a long
    title does not), and the next line is not indented (a new paragraph)."""
    line = text[text.rfind("\n", 0, newline) + 1:newline]
    indented = text[newline + 1:newline + 2].isspace()
    return not (indented or line_ends_sentence(text, newline)) and any(mark in line for mark in _CLAUSE_MARKS)
