"""What a report is about: its region, its year, annual or half-year, and its parts.

Read from the title and opening lines and from the headings; the rule engine asks it, for any
position, whether figures there are outcomes or targets and which year and period they cover.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from govreport_cli.rules import Shared

HEAD_CHARS = 1200  # title, date line and opening address
# A report on part of a year says which in its title: 上半年工作情况的报告, 前三季度…
_PART_OF_YEAR = [
    ("H1", regex.compile(r"上半年[^\n。]{0,24}(?:工作|报告)|半年工作")),
    ("Q1-Q3", regex.compile(r"前三季度[^\n。]{0,24}(?:工作|报告)")),
    ("Q1", regex.compile(r"(?<!前)(?:第)?一季度[^\n。]{0,24}(?:工作|报告)")),
]
TITLE_CHARS = 400  # where a half-year report says so: its title and date line
_TITLE_YEAR = regex.compile(r"(?<!\d)(20\d\d|19\d\d)年(?:上半年)?[^\n。]{0,16}?政府工作报告")
_DATE_YEAR = regex.compile(r"(?<!\d)(20\d\d|19\d\d)年\d{1,2}月\d{1,2}日")
_REVIEW_YEAR = regex.compile(r"(?<!\d)(20\d\d|19\d\d)年(?:政府)?工作回顾")
_WEB_DATE = regex.compile(r"(?<!\d)(20\d\d|19\d\d)-\d{1,2}-\d{1,2}")
_HEADING_YEAR = regex.compile(r"(?<!\d)(20\d\d|19\d\d)年")
_CONGRESS = regex.compile(
    r"在\s*(?P<place>[^\s,，。:;]{0,24}?)\s*第[一二三四五六七八九十百]+届\s*(?P<national>全国)?\s*人民代表大会")
_ON_BEHALF = regex.compile(r"我代表\s*(?P<place>[^\s,，。:;]{2,20}?)\s*人民政府")
_TITLED = regex.compile(r"(?<!\d)20\d\d年\s*(?P<place>\p{Han}{2,12}?)\s*政府工作报告")
_ADMIN_UNIT = regex.compile(r"\p{Han}+?(?:特别行政区|自治区|自治州|自治县|省|市|地区|盟|区|县|旗|镇|乡)")
_HIDDEN = regex.compile(r"[xX×*＊某]")
_CLAUSE_PUNCTUATION = regex.compile(r"[,。;]")
_WORK = regex.compile(r"工作|目标|任务")


NATIONAL = "全国"  # the region of a report to the National People's Congress


@dataclass
class Part:
    start: int
    kind: str  # "actual" or "target"
    year: int | None  # a year the heading names


@dataclass
class ReportContext:
    region: str
    year: int | None  # the year the report was given (annual) or covers (half-year)
    half_year: bool  # a report on part of a year (most often the first half): see `covers`
    covers: str = "FY"  # the period its outcomes cover
    parts: list[Part] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)  # of the parts, for bisect

    def part_at(self, offset: int) -> Part:
        if len(self._starts) != len(self.parts):
            self._starts = [p.start for p in self.parts]
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.parts[index] if index >= 0 else Part(0, "actual", None)

    def default_year(self, kind: str, heading_year: int | None) -> int | None:
        if heading_year:
            return heading_year
        if self.year is None:
            return None
        if self.half_year:
            return self.year
        return self.year if kind == "target" else self.year - 1

    def default_period(self, kind: str) -> str:
        return self.covers if kind == "actual" else "FY"


def _shortest_place(place: str) -> str:
    place = regex.sub(r"\s+", "", place)
    if not place or _HIDDEN.search(place):
        return ""
    units = _ADMIN_UNIT.findall(place)
    return units[-1] if units else ""


def find_region(head: str) -> str:
    found = _CONGRESS.search(head)
    if found:
        if found.group("national"):
            return NATIONAL
        if found.group("place"):
            return _shortest_place(found.group("place"))
    for pattern in (_ON_BEHALF, _TITLED):
        found = pattern.search(head)
        if found:
            return _shortest_place(found.group("place"))
    return ""


def find_year(head: str, half_year: bool) -> int | None:
    for pattern in (_TITLE_YEAR, _DATE_YEAR):
        found = pattern.search(head)
        if found:
            return int(found.group(1))
    found = _REVIEW_YEAR.search(head)
    if found:
        return int(found.group(1)) + (0 if half_year else 1)
    found = _WEB_DATE.search(head)
    return int(found.group(1)) if found else None


def find_parts(text: str, shared: Shared, year: int | None, half_year: bool) -> list[Part]:
    """Each heading line that names a review or a plan opens a part.

    In an annual report given in year Y a heading about work (2018年工作回顾, 2019年主要工作)
    reviews when it names a year before Y and plans when it names Y or later, whatever its words.
    """
    target, review = shared.sections["target"], shared.sections["review"]
    parts = [Part(0, "actual", None)]
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if 0 < len(stripped) <= shared.heading_max and not _CLAUSE_PUNCTUATION.search(stripped):
            plans, reviews = bool(target.search(stripped)), bool(review.search(stripped))
            named = _HEADING_YEAR.search(stripped)
            named_year = int(named.group(1)) if named else None
            kind = "target" if plans and not reviews else "actual" if reviews and not plans else None
            if named_year and year and not half_year and (kind or _WORK.search(stripped)):
                kind = "target" if named_year >= year else "actual"
            if kind:
                parts.append(Part(offset, kind, named_year))
        offset += len(line)
    return parts


def read_context(text: str, shared: Shared) -> ReportContext:
    head = text[:HEAD_CHARS]
    covers = next((period for period, pattern in _PART_OF_YEAR if pattern.search(head[:TITLE_CHARS])), "FY")
    half_year = covers != "FY"
    year = find_year(head, half_year)
    return ReportContext(find_region(head), year, half_year, covers=covers,
                         parts=find_parts(text, shared, year, half_year))
