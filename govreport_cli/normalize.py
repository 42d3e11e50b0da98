"""Clean text for the rules, keeping a map from every clean character back to the input.

Every step either deletes characters (pinyin glosses, blanks inside a number and its unit) or
replaces one character by one (full width to half width, OCR slips, traditional to simplified),
so the map is a plain array: ``origin[i]`` is the input offset of clean character ``i``.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache

import regex

CJK = r"\p{Han}"

# A pinyin gloss after a character, as left by some converters: 區(qū), 發(fā).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_GLOSS_TONED = regex.compile(rf"(?<={CJK})\([a-z{_TONED}]*[{_TONED}][a-z{_TONED}]*\)")
# In a text full of glosses, a gloss may follow debris too (掳l(fā)): any gloss goes.
_GLOSS_ANY = regex.compile(rf"(?<=\S)\([a-z{_TONED}]{{1,7}}\)")
# Toneless glosses (de, ma) are only dropped in a text that plainly carries glosses.
_GLOSS_MIN_FOR_TONELESS = 5

# Blanks between a number and what follows it (145.5\n億元, 82.7 億元, 144 %), and spaces
# (not line breaks, which may end a heading) between a word and the number after it.
_BLANK_AFTER_NUMBER = regex.compile(r"(?<=[\d.])[ \t\u3000\u00a0\r\n]+(?=[\p{Han}%％.])")
_BLANK_BEFORE_NUMBER = regex.compile(rf"(?<=[{CJK}：:，,、])[ \t\u3000\u00a0]+(?=[\d０-９])")
# Thousands grouped by spaces: 1 234.5
_BLANK_IN_NUMBER = regex.compile(r"(?<=(?<![\d.])\d{1,3})[ \u00a0](?=\d{3}(?!\d))")

# OCR slips inside numbers: the letter l or I for 1, O or o for 0 (增长l3.6%).
_OCR_ONE = regex.compile(r"(?<![A-Za-z])[lI](?=[\d.]*\d*[%％]|\d)(?![A-Za-z])")
_OCR_ZERO = regex.compile(r"(?<=\d|\d\.)[Oo](?![A-Za-z])|(?<![A-Za-z])[Oo](?=\.\d)")


_FULL_WIDTH = regex.compile("[\uff01-\uff5e\u3000]")
_KEPT = regex.compile(rb"\x00+")  # runs of kept positions in a mask of dropped ones


@dataclass(frozen=True)
class CleanText:
    """The text the rules read, with the input offset of each character."""

    text: str
    origin: array  # of int
    display: str  # same length as text, before traditional -> simplified: for evidence

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of the clean span [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1


def _halfwidth(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if code == 0x3000:
        return " "
    return ch


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")  # OpenCC takes UTF-8, which cannot hold one


def _simplify(text: str) -> str:
    """Traditional to simplified, one character for one, line by line."""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    converter = _t2s()
    simple = converter.convert(text)  # one call for the whole text: a phrase never spans a line
    if len(simple) == len(text) and \
            [len(x) for x in simple.splitlines(True)] == [len(x) for x in text.splitlines(True)]:
        return simple
    out = []
    for line in text.splitlines(keepends=True):
        simple = converter.convert(line)
        if len(simple) != len(line):  # a phrase changed length: fall back to single characters
            simple = "".join(c if len(s := converter.convert(c)) != 1 else s for c in line)
        out.append(simple)
    return "".join(out)


def _deletions(text: str) -> list[tuple[int, int]]:
    glosses = list(_GLOSS_TONED.finditer(text))
    if len(glosses) >= _GLOSS_MIN_FOR_TONELESS:
        glosses = list(_GLOSS_ANY.finditer(text))
    return [m.span() for m in glosses]


def _kept_runs(size: int, spans) -> list[tuple[int, int]]:
    """The runs of [0, size) outside the (possibly overlapping) spans."""
    mask = bytearray(size)
    for a, b in spans:
        mask[a:b] = b"\x01" * (b - a)
    return [m.span() for m in _KEPT.finditer(mask)]


def _offsets(values=()) -> array:
    """Offsets packed 8 bytes each: a list of ints costs 36 per character on a 50 MB file."""
    return array("q", values)


def _to_halfwidth(text: str) -> str:
    """Full width to half width: one str.replace per full-width character present."""
    for char in set(_FULL_WIDTH.findall(text)):
        text = text.replace(char, _halfwidth(char))
    return text


def normalize(text: str) -> CleanText:
    # 1. Delete glosses, then blanks inside numbers (on the gloss-free text, mapped back).
    #    By runs of kept characters, not character by character: slicing and joining in C.
    deletions = _deletions(text)
    if deletions:
        runs = _kept_runs(len(text), deletions)
        step1 = _offsets()
        for a, b in runs:
            step1.extend(range(a, b))
        stage = "".join(text[a:b] for a, b in runs)
    else:
        step1 = None  # the identity
        stage = text
    stage = _to_halfwidth(stage)
    drops = [m.span() for pattern in (_BLANK_AFTER_NUMBER, _BLANK_BEFORE_NUMBER, _BLANK_IN_NUMBER)
             for m in pattern.finditer(stage)]
    if drops:
        runs = _kept_runs(len(stage), drops)
        origin = _offsets()
        for a, b in runs:
            origin.extend(range(a, b) if step1 is None else step1[a:b])
        display = "".join(stage[a:b] for a, b in runs)
    else:
        origin = step1 if step1 is not None else _offsets(range(len(stage)))
        display = stage
    # 2. One-for-one replacements.
    display = _OCR_ONE.sub("1", display)
    display = _OCR_ZERO.sub("0", display)
    return CleanText(text=_simplify(display), origin=origin, display=display)
