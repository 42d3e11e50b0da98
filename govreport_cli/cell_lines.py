"""Tables a converter left one cell to a line (a Word or PDF table pasted as text: 指标名称 \\n 单位 \\n 2011年 …
then 地区生产总值 \\n 亿元 \\n 183.5 …): their cells joined back into rows with tabs, one for one, so that the
tables stage reads them as any tab table. Only where the lines fall into rows of the heading's width: a
name, then cells of numbers, units or dashes, two rows at least.
"""
from __future__ import annotations

import itertools

from govreport_cli.lazy_pattern import LazyPattern

# (the heading's first cell alone on its line: 指标名称, 序号 指标, 项目)
_HEADING_LINE = LazyPattern(r"(?m)^[ \t\u3000]*(?:序号|编号)?[ \t\u3000]*(?:主要)?(?:经济)?(?:指标|项目)(?:名称)?[ \t\u3000]*\n")
_LABEL = LazyPattern(r"[ \t\u3000]*[^\s,，。;；:：]{1,16}[ \t\u3000]*")
_ROW_NAME = LazyPattern(r"[ \t\u3000]*(?:其中[:：]?)?[\p{Han}()（）、“”]{2,30}[ \t\u3000]*")
# (or a goal's change, maybe a range: 增长9%—9.5%)
_VALUE_CELL = LazyPattern(r"[ \t\u3000]*(?:(?:增长|提高|下降)?[-+−]?\d+(?:\.\d+)?%?(?:[—~至-]\d+(?:\.\d+)?%?)?(?:左右|以上|以内)?|—+|－+|-{1,2}|/|万?亿?(?:元|美元|吨|人|个|件|户)|%|百分点)[ \t\u3000]*")
WIDEST = 8  # columns a table of one cell to a line may have
WINDOW = 4000  # how far after its heading such a table is looked for
ROWS_MIN = 2


def join_cell_lines(text: str) -> str:
    """`text` with the line breaks inside each row of such tables replaced by tabs."""
    breaks: list[int] = []  # the offsets of the line breaks to make tabs
    searched = 0
    for heading in _HEADING_LINE.finditer(text):
        if heading.start() < searched:
            continue
        window = text[heading.start():heading.start() + WINDOW]
        lines = window.split("\n")[:-1]  # (whole lines only)
        if found := _table_at(lines, 0):
            width, end = found
            ends = list(itertools.accumulate(len(line) + 1 for line in lines[:end]))  # each line's end, past its break
            breaks += [heading.start() + ends[first + j] - 1 for first in range(0, end, width) for j in range(width - 1)]
            searched = heading.start() + ends[end - 1]
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = "\t"
    return "".join(chars)


def _table_at(lines: list[str], heading: int) -> tuple[int, int] | None:
    """The width of the table whose heading opens at `heading` and where its last row ends, or None."""
    for width in range(3, WIDEST + 1):
        labels = lines[heading + 1:heading + width]
        if len(labels) < width - 1 or not all(_LABEL.fullmatch(label) for label in labels):
            return None
        first = heading + width
        rows = 0
        while first + width <= len(lines) and _is_row(lines[first:first + width]):
            rows += 1
            first += width
        if rows >= ROWS_MIN:
            return width, first
    return None


def _is_row(cells: list[str]) -> bool:
    return bool(_ROW_NAME.fullmatch(cells[0])) and all(_VALUE_CELL.fullmatch(cell) for cell in cells[1:])
