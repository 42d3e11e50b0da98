"""The visible text of an HTML page, with the index in the page of each of its characters.

A module of its own, imported only for a page: html.parser and this code cost a start-up that
reads plain text a few milliseconds.
"""
from __future__ import annotations

import html
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

from govreport_cli.lazy_pattern import LazyPattern

# The standard library's html.parser: it reports where in the source each token
# starts (getpos), which `offsets` needs, and it is lenient with real-world pages;
# tree builders (lxml, selectolax) do not keep the source positions of text.

# (and a superscript: a footnote's number, 实际使用外资<sup>4</sup>70.1亿美元, or a unit's power, never a figure's digit)
_SKIP = {"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe",
         "object", "canvas", "select", "button", "textarea", "nav", "aside", "menu", "dialog", "sup"}
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_SKIP_NAMES = {"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
               "footer", "foot", "sidebar", "side", "aside", "copyright", "share",
               "related", "relate", "xgwz", "xglj", "xgxx"}  # 相关文章/链接/信息 on Chinese government sites
_HEAD_CONTENT = {"base", "link", "meta", "noscript", "script", "style", "template", "title"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_BLOCKS = {"address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
           "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
           "h5", "h6", "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section",
           "summary", "table", "tr", "ul"}
_WS = " \t\n\r\f"
_RUNS = LazyPattern(r"[ \t\n\r\f]+|[^ \t\n\r\f]+", stdlib=True)
_CHARREF = LazyPattern(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)", stdlib=True)  # as html.unescape
_SEP_RANK = {" ": 1, "\t": 2, "\n": 3, "\n\n": 4}
# Blocks of running text: one ends its sentence even with no stop at its end (a digest's
# <p>地区生产总值<strong>458.6亿元</strong>、增长…</p>, one line of figures a paragraph), as a blank line
# does in plain text, where a line with no stop may be a wrapped one.
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "div", "blockquote", "center", "caption",
               "figcaption"}
_SENTENCE_MARKS = tuple("。！？；：.!?;:")
# A 图解 page's paragraphs: a name alone, a figure alone, a change alone, each going on the one before.
_NAME_ALONE = LazyPattern(r"[\p{Han}、“”]{2,30}")
_CHANGE_WORDS = r"比上年|同比|增长|下降|上涨|实际增长|均(?:实际)?增长|分别|扣除|[↑▲↓▼]"
_CHANGE_OPENS = LazyPattern(_CHANGE_WORDS)
# (a figure's number alone, its unit in a tag of its own: <span>4302.6</span><span>亿元</span>)
_FIGURE_OPENS = LazyPattern(r"(?!(?:19|20)\d\d年)[\d.]+\s*(?:万|亿|千|百|%|元|美元|人|个|吨|公里|亩|斤|户|家|项|倍)|(?:\d{2,}|\d+\.\d+)$"
                            rf"|控制在|突破|达到|稳定在|{_CHANGE_WORDS}")
_FIGURE_ENDS = LazyPattern(r"\d[^\d\s,，。;；]{0,3}$")
_NUMBER_OPENS = LazyPattern(r"[\d.]", stdlib=True)
# a card's figure alone on its line (6%左右, 5%—6%, 1136.8亿元, 86520元 / 55480元, 2万人以上)
_FIGURE_ALONE = LazyPattern(r"(?:[\d.,%\s—–\-~/]|万|亿|千|元|美元|人|个|吨|斤|户|家|项|倍|左右|以上|以内|以下)*\d"
                            r"(?:[\d.,%\s—–\-~/]|万|亿|千|元|美元|人|个|吨|斤|户|家|项|倍|左右|以上|以内|以下)*")
_PIECES_ABOVE = 8  # how many pieces back the line above a name is looked for
_CARD_WORDS = 8  # how long a card's value in words may be (基本同步, 稳中有进)
# words of a line's own beside its links (not a bullet, a date or a count: · 2023-01-15, [12], 2023年1月15日)
_WORD = LazyPattern(r"[A-Za-z\u3400-\u5e73\u5e75-\u65e4\u65e6-\u6707\u6709-\u9fff]", stdlib=True)
# A table's row is written again as one line when its cells are short (a data table, not a page laid out in one).
_CELL_EDGE = " \t\n\r\f\xa0"
_CELL_CHARS = 40
_BROKEN_CELL_CHARS = 20  # (a label over lines: 城镇居民人均<br>可支配收入)
_CELL_BREAKS = 3
_MAX_SPAN = 50
_FIGURE_CELL = LazyPattern(r"[-+]?\d+(?:\.\d+)?%?", stdlib=True)  # (a row of figures, not of labels: 153.2)
# Flags carried by open elements.
_HIDE, _MAIN, _ARTICLE, _PRE, _SECTION, _LINK = 1, 2, 4, 8, 16, 32
_OUT_FLAGS = {"all": 0, "main": _MAIN, "article": _ARTICLE}  # what text needs to go to each output


class _Out:
    """Visible text with its offsets. Whitespace collapses as a browser shows it; a
    separator (space, tab between cells, line break between blocks) is written only
    between two pieces of text, at the offset of what caused it."""

    def __init__(self):
        self.pieces: list[str] = []
        self.offsets = array("i")  # 4 bytes an offset, not a list's 36: pages are large
        self.at_line_start = True
        self.pending: tuple[str, int, bool] | None = None  # separator, its offset, whether a source line break
        # the line being written: where it starts, and whether it holds a link and words of its own
        self.line_start = (0, 0)
        self.line_link = self.line_words = False
        self.cuts = 0  # lines taken out (a menu's): marks taken before one no longer hold
        self.number_first = False  # its cards put the number before the name (seen once: the page's layout)
        self.apart = False  # the text to come is in another block than the last text's parent (another card)

    def mark(self) -> tuple[int, int, int]:
        return len(self.pieces), len(self.offsets), self.cuts

    def sep(self, char: str, offset: int, line_break: bool = False) -> None:
        if not self.at_line_start and (self.pending is None or _SEP_RANK[char] > _SEP_RANK[self.pending[0]]):
            self.pending = (char, offset, line_break)

    def newline(self, offset: int) -> None:  # <br>: a line break even on an empty line
        if self.pending and self.pending[0] in ("\n", "\n\n"):
            self._put(*self.pending[:2])
        self.pending = None
        if self.pieces:
            self._put("\n", offset)
            self.at_line_start = True

    def text(self, chars: str, offsets, link: bool = False) -> None:
        if self.pending:
            char, offset, line_break = self.pending
            # A line break in the source between two CJK characters is no space (CSS Text 3
            # segment-break rule): "地区生产\n总值" shows, and must match, as 地区生产总值.
            if not (line_break and _wide(self.pieces[-1][-1]) and _wide(chars[0])) and not (
                    char == "\n\n" and self._goes_on(chars)):
                self._put(char, offset)
            self.pending = None
        if link:
            self.line_link = True
        elif not self.line_words and _WORD.search(chars):
            self.line_words = True
        self.pieces.append(chars)
        self.offsets.extend(offsets)
        self.at_line_start = chars.endswith("\n")

    def _goes_on(self, chars: str) -> bool:
        """Whether a paragraph opening on `chars` goes on the line before, as a 图解 page parts them: a name
        alone, then its figure (<p>全省生产总值</p><p>27100亿元</p>); a figure, then its change (<p>比上年增长11.8%</p>).
        Not a name whose figure stood alone above it, a card's number first: the figure after it is the next
        card's (<p>6%左右</p><p>地区生产总值增长</p><p>7%</p><p>规上工业增加值增长</p>)."""
        if self.apart and self.number_first:  # (on a page of number-first cards, <div card>…<p>城镇新增就业</p></div>
            return False  # <div card><b>4.5%以内</b>: the next card's; not a row's two columns, name and figure)
        line = "".join(self.pieces[self.line_start[0]:])
        if _NAME_ALONE.fullmatch(line) and _FIGURE_OPENS.match(chars):
            if not _NUMBER_OPENS.match(chars):
                return True
            above = "".join(self.pieces[max(0, self.line_start[0] - _PIECES_ABOVE):self.line_start[0]])
            value = above.rstrip("\n").rpartition("\n")[2]
            # (or a card's words in the same block, once the page's cards put the number first: <b>基本同步</b>
            # <p>财政收入增长与经济增长</p>, then <b>60万人以上</b><p>城镇新增就业</p>)
            own_value = self.number_first and not above.endswith("\n\n") and len(value) <= _CARD_WORDS
            alone = _FIGURE_ALONE.fullmatch(value) is not None
            self.number_first = self.number_first or alone
            return not (alone or own_value)
        return bool(_FIGURE_ENDS.search(line) and _CHANGE_OPENS.match(chars))

    def _put(self, char: str, offset: int) -> None:
        if char == "\n\n":  # a blank line after a paragraph with no stop at its end
            before = len(self.pieces)
            self._put("\n", offset)
            if len(self.pieces) == before + 1 and not self.pieces[-2].endswith(_SENTENCE_MARKS):
                self.pieces.append("\n")
                self.offsets.append(offset)
                self.line_start = (len(self.pieces), len(self.offsets))
            return
        if char == "\n":
            self.end_line()
            if not self.pieces or self.pieces[-1].endswith("\n"):
                return  # (the line before went: no empty line in its place)
        self.pieces.append(char)
        self.offsets.append(offset)
        if char == "\n":
            self.line_start = (len(self.pieces), len(self.offsets))

    def end_line(self) -> None:
        """A line that is links and nothing else (· 2011年全市生产总值2702.8亿元 增长12.5%, a date beside it)
        is a menu's or a sidebar's list of other pages, wherever it sits: it goes."""
        if self.line_link and not self.line_words:
            pieces, offsets = self.line_start
            del self.pieces[pieces:]
            del self.offsets[offsets:]
            self.at_line_start = True
            self.cuts += 1
        self.line_link = self.line_words = False
        self.line_start = (len(self.pieces), len(self.offsets))

    def row_as_line(self, row: tuple[int, int, int], cells: list[_Cell], width: int, end: int,
                    rows: _RowsWritten, lone: bool) -> bool:
        """A table's row of short cells written again as one line, its cells parted by tabs and each in its
        column: a cell of a row of figures spanning down written again in the rows it spans (亿元 beside two
        rows), any other a row above spans down into, or one this row's cell spans across, left blank; a
        cell's own line breaks and paragraphs taken out (<td><p>2005年<br>实绩</p></td>: the row reads as the
        page shows it). A row with a long cell (a page laid out in a table), or with fewer than two cells
        unless it may stand `lone` (a heading's last label, 增长% under 比上年), is left as is. Whether it
        was written."""
        pieces, offsets, cuts = row
        if cuts != self.cuts or not cells or len(cells) < 2 and not lone:
            return False
        text, places = "".join(self.pieces[pieces:]), self.offsets[offsets:]
        marks = [cell.marks[id(self)] for cell in cells]
        if any(mark[2] != cuts for mark in marks):
            return False
        starts = [mark[1] - offsets for mark in marks] + [len(text)]
        if text[:starts[0]].strip(_CELL_EDGE):
            return False  # (text in the row outside its cells)
        slots: dict[int, tuple[str, list[int]]] = {}
        for k, cell in enumerate(cells):
            raw = text[starts[k]:starts[k + 1]]
            inner = raw.strip(_CELL_EDGE)
            if len(inner) > _CELL_CHARS or "\t" in inner or "\n" in inner and (
                    len(inner) > _BROKEN_CELL_CHARS or inner.count("\n") > _CELL_BREAKS
                    or any(mark in inner for mark in _SENTENCE_MARKS)):
                return False  # (a cell of sentences over lines: a page laid out in a table)
            at = starts[k] + raw.find(inner[:1]) if inner else starts[k]
            chars, spots = [], []
            for i, char in enumerate(inner):
                if char == "\n":  # (a break inside a cell: none between two wide characters, else a blank)
                    if _wide(inner[i - 1]) or _wide(inner[i + 1]):
                        continue
                    char = " "
                chars.append(char)
                spots.append(places[at + i])
            slots[cell.column] = ("".join(chars), spots)
            for column in range(cell.column + 1, cell.column + cell.span):
                slots[column] = ("", [])
        filled = sum(1 for chars, _ in slots.values() if chars)
        if filled < 2 and not (lone and filled):
            return False
        if any(_FIGURE_CELL.fullmatch(chars) for chars, _ in slots.values()):
            rows.carried.update({cell.column: (cell.rows, slots[cell.column][0]) for cell in cells if cell.rows > 1})
        for column, (_, carried) in rows.carried.items():
            slots.setdefault(column, (carried, None))
        lead = len(text) - len(text.lstrip(_CELL_EDGE))
        breaks = range(min(len(text) - len(text.lstrip("\n")), 2))  # (the row's own line; a blank line before)
        if "\n" in text[lead:]:  # (its cells were lines of their own: what each held is no longer known)
            self.line_words = self.line_words or bool(_WORD.search(text))
        line, spots = [], []
        tags = {cell.column: cell.offset for cell in cells}
        for column in range(max(width, max(slots) + 1)):
            # (a tab, or a cell written again, at the tag of the next cell the row writes, else of the row's end)
            tag = next((tags[c] for c in sorted(tags) if c >= column), end)
            if column:
                line.append("\t")
                spots.append(tag)
            chars, places_of = slots.get(column, ("", []))
            line.append(chars)
            spots.extend([tag] * len(chars) if places_of is None else places_of)
        del self.pieces[pieces:]
        del self.offsets[offsets:]
        for i in breaks:
            self.pieces.append("\n")
            self.offsets.append(places[i])
        if breaks:
            self.line_start = (len(self.pieces), len(self.offsets))
        self.pieces.append("".join(line))
        self.offsets.extend(spots)
        self.at_line_start = False
        if self.pending:  # (a cell's paragraph ended the row: one line break, after what the row wrote)
            char, offset, line_break = self.pending
            self.pending = ("\n" if char == "\n\n" else char, max(offset, end), line_break)
        return True


@dataclass
class _Cell:
    column: int  # its place in the row, the columns spanned by cells above counted
    span: int  # columns it spans across
    rows: int  # rows it spans down, its own counted
    offset: int  # its tag's, in the page
    marks: dict[int, tuple[int, int, int]]  # each output's mark when it opened


@dataclass
class _RowsWritten:
    """What an output wrote of a table's rows: whether the last row was written as a line, and the cells of
    rows of figures spanning down into rows still to come (column → (rows left, its text))."""
    last: bool = False
    carried: dict[int, tuple[int, str]] = field(default_factory=dict)

    def next_row(self, written: bool) -> None:
        self.last = written
        self.carried = {column: (left - 1, cell) for column, (left, cell) in self.carried.items() if left > 1}


class _Grid:
    """A table's rows as a grid: where each cell of the open row stands, and the columns that cells of rows
    above still span down into (类别 over three rows, 2002年 over 完成 and 增长%)."""

    def __init__(self):
        self.down: dict[int, int] = {}  # column → rows below still spanned
        self.row: tuple[dict[int, tuple[int, int, int]], list[_Cell]] | None = None
        self.column = 0
        self.spans_down: dict[int, int] = {}  # the open row's cells that span down
        self.written: dict[int, _RowsWritten] = {}  # by the output's id

    def cell(self, attrs: dict, offset: int, marks: dict[int, tuple[int, int, int]]) -> None:
        while self.column in self.down:
            self.column += 1
        span, rows = _span(attrs.get("colspan")), _span(attrs.get("rowspan"))
        if self.row is not None:
            self.row[1].append(_Cell(self.column, span, rows, offset, marks))
        if rows > 1:
            self.spans_down.update(dict.fromkeys(range(self.column, self.column + span), rows - 1))
        self.column += span

    def end_row(self, outs: list[_Out], end: int) -> None:
        if self.row is None:
            return
        marks, cells = self.row
        width = max(self.down, default=-1) + 1
        lone = len(self.down) > 1  # (a row of one cell beside labels spanning down: 项目 and 单位 over 增长%)
        for out in outs:
            rows = self.written.setdefault(id(out), _RowsWritten())
            rows.next_row(out.row_as_line(marks[id(out)], cells, width, end, rows, lone and rows.last))
        self.down = {column: rows - 1 for column, rows in self.down.items() if rows > 1}
        self.down.update(self.spans_down)
        self.row, self.column, self.spans_down = None, 0, {}


def _span(value: str | None) -> int:
    """A colspan's or rowspan's count (a page's typo, or none, is one; a huge one is capped)."""
    try:
        return min(max(int(value or 1), 1), _MAX_SPAN)
    except ValueError:
        return 1


class _VisibleText(HTMLParser):
    def __init__(self, source: str):
        super().__init__()
        self.source = source
        # Markup ends at the last '>'; the rest is text. The standard library's parser would look
        # for a '>' all through the rest of the page at each '<' in it: minutes for a page of '</'.
        self.markup_end = source.rfind(">") + 1
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[tuple[str, int]] = []
        self.open: dict[str, int] = {}  # how many of each tag the stack holds: a stray end tag costs no scan
        self.outs = {"all": _Out(), "main": _Out(), "article": _Out()}
        self.active_by_flags: dict[int, list[_Out]] = {}
        self.chunk: tuple[int, int] | None = None  # (start, flags) of text not yet written
        self.grids: list[_Grid] = []  # the open tables, innermost last
        # the blocks open around the last text written, and the fewest open since: below one less, the block that
        # held the text's own block closed (a card's <div> round its label and number), so the next text is apart
        self.blocks = self.blocks_at_text = self.fewest_blocks = 0

    def marks(self) -> dict[int, tuple[int, int, int]]:
        """Where each output stands, by its id: a table's row and cells are written again from there."""
        return {id(out): out.mark() for out in self.outs.values()}

    def pos(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    @property
    def flags(self) -> int:
        return self.stack[-1][1] if self.stack else 0

    def active(self, flags: int) -> list[_Out]:
        """The outputs that text under these flags goes to."""
        outs = self.active_by_flags.get(flags)
        if outs is None:
            outs = self.active_by_flags[flags] = [] if flags & _HIDE else [
                out for key, out in self.outs.items() if _OUT_FLAGS[key] & flags == _OUT_FLAGS[key]]
        return outs

    # Text is written when the next token starts, since only then is its extent in
    # the source known (the parser hands over text with its entities already decoded).
    def flush(self, end: int | None = None) -> None:
        if self.chunk is None:
            return
        start, flags = self.chunk
        self.chunk = None
        end = self.pos() if end is None else end
        outs = self.active(flags)
        if not outs or start >= end:
            return
        chars, offsets = _unescape(self.source, start, end)
        if not flags & _PRE and not chars.strip(_WS):  # most often the line breaks between tags
            for out in outs:
                out.sep(" ", start, "\n" in chars or "\r" in chars)
            return
        link = bool(flags & _LINK)
        apart = self.fewest_blocks < self.blocks_at_text - 1
        self.blocks_at_text = self.fewest_blocks = self.blocks
        for out in outs:
            out.apart = apart
            if flags & _PRE:
                out.text(chars, offsets, link)
                continue
            for m in _RUNS.finditer(chars):
                if m.group()[0] in _WS:
                    out.sep(" ", offsets[m.start()], "\n" in m.group() or "\r" in m.group())
                else:
                    out.text(m.group(), offsets[m.start():m.end()], link)

    def handle_data(self, data: str) -> None:
        self.flush()
        self.chunk = (self.pos(), self.flags)

    def handle_starttag(self, tag: str, attrs) -> None:
        self.flush()
        if self.stack and self.stack[-1][0] == "head" and tag not in _HEAD_CONTENT:
            self.close_from(len(self.stack) - 1)  # an unclosed <head> ends where the body's content starts
        offset, flags = self.pos(), self.flags
        if tag == "br":
            for out in self.active(flags):
                out.newline(offset)
        elif tag in ("td", "th"):
            for out in self.active(flags):
                out.sep("\t", offset)
        elif tag in _BLOCKS:
            for out in self.active(flags):
                out.sep("\n", offset)
        if tag in _VOID:
            return
        attrs = dict(attrs)
        if tag == "table":
            self.grids.append(_Grid())
        elif self.grids and tag in ("tr", "td", "th"):
            grid = self.grids[-1]
            if tag == "tr" or grid.row is None:
                grid.end_row(list(self.outs.values()), offset)
                grid.row = (self.marks(), [])
            if tag != "tr":
                grid.cell(attrs, offset, self.marks())
        if _hidden(tag, attrs, flags):
            flags |= _HIDE
        if tag == "a" and attrs.get("href"):
            flags |= _LINK
        if tag == "main" or attrs.get("role") == "main":
            flags |= _MAIN | _SECTION
        flags |= {"article": _ARTICLE | _SECTION, "section": _SECTION, "pre": _PRE}.get(tag, 0)
        self.stack.append((tag, flags))
        self.blocks += tag in _BLOCKS
        self.open[tag] = self.open.get(tag, 0) + 1

    def close_from(self, index: int) -> None:
        for tag, _ in self.stack[index:]:
            self.open[tag] -= 1
            self.blocks -= tag in _BLOCKS
        del self.stack[index:]
        self.fewest_blocks = min(self.fewest_blocks, self.blocks)

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if not self.open.get(tag):
            return  # a stray end tag
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:  # close it and whatever was left open inside it
                closed = self.stack[i][1]
                self.close_from(i)
                break
        if tag in ("tr", "table") and self.grids:
            self.grids[-1].end_row(list(self.outs.values()), self.pos())
            if tag == "table":
                self.grids.pop()
        if tag in _BLOCKS:  # the break also ends the closed element's own outputs (one <article> from the next)
            for out in self.active(self.flags if closed & _HIDE else closed):
                out.sep("\n\n" if tag in _PARAGRAPHS else "\n", self.pos())

    def handle_comment(self, data: str) -> None:
        self.flush()

    handle_decl = handle_pi = unknown_decl = handle_comment

    def close(self) -> None:
        super().close()
        if self.markup_end < len(self.source):
            self.handle_data(self.source[self.markup_end:])
        self.flush(len(self.source))
        for out in self.outs.values():
            out.end_line()


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _hidden(tag: str, attrs: dict, flags: int) -> bool:
    if not attrs and tag not in ("header", "footer"):
        return tag in _SKIP
    if tag in _SKIP or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if tag in ("header", "footer") and not flags & _SECTION:  # the page's, not an article's or section's
        return True
    if attrs.get("role") in _SKIP_ROLES:
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = re.split(r"[\s_-]+", f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower())
    return not _SKIP_NAMES.isdisjoint(names)


_unescape_ref = lru_cache(4096)(html.unescape)  # pages repeat the same few references


def _unescape(source: str, start: int, end: int) -> tuple[str, range | list[int]]:
    """Decode the character references in source[start:end]; each character of a
    decoded reference maps to the reference's '&'."""
    raw = source[start:end]
    if "&" not in raw:
        return raw, range(start, end)
    chars: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in _CHARREF.finditer(raw):
        decoded = _unescape_ref(m.group())
        if decoded == m.group():
            continue  # not a reference: stays as literal text
        chars.append(raw[last:m.start()])
        offsets.extend(range(start + last, start + m.start()))
        chars.append(decoded)
        offsets.extend([start + m.start()] * len(decoded))
        last = m.end()
    chars.append(raw[last:])
    offsets.extend(range(start + last, end))
    return "".join(chars), offsets


def visible_text(source: str) -> tuple[str, array]:
    """The visible text of the page's main content, and for each of its characters
    its index in `source`. The content of <main> (or role=main) if the page marks
    it, else of its <article>s, else the whole body less menus and boilerplate."""
    parser = _VisibleText(source)
    parser.feed(source[:parser.markup_end])
    parser.close()
    for key in ("main", "article", "all"):
        out = parser.outs[key]
        text = "".join(out.pieces)
        if text.strip() or key == "all":
            return _with_title(source, text, out.offsets)


_TITLE = LazyPattern(r"<title[^>]*>(?P<title>[^<]{4,120})</title>", re.IGNORECASE, stdlib=True)
TITLE_REACH = 300  # how far into the text a page's title shows again as its heading
_TITLE_DATE = LazyPattern(r"(?:19|20)\d\d\s*年|\d{1,2}\s*[-—至]\s*\d{1,2}\s*月", stdlib=True)
_TITLE_FIGURE = LazyPattern(r"\d", stdlib=True)
# A government site's name after the headline: …的讲话_定兴县人民政府, … | 复兴区人民政府门户网站; or its
# statistics bureau's: 2019年前三季度全市经济运行情况_襄阳市统计局
_SITE_PART = LazyPattern(r"(?:[_|]|\s[-—]\s)\s*(?P<site>[\u4e00-\u9fff]{2,16}?(?:(?:人民政府|政府)(?:门户)?(?:网站?)?|统计局))\s*$",
                         stdlib=True)


def _with_title(source: str, text: str, offsets: array) -> tuple[str, array]:
    """The page's <title> on a line of its own before its text, when the text does not show it at the top:
    some bulletins name their place, year and period only there (宜宾市2014年上半年国民经济运行情况);
    and a government site's or statistics bureau's name after it (…的讲话_定兴县人民政府), from its separator on: some speeches
    name their place only there."""
    found = _TITLE.search(source, 0, 4096)
    if found is None:
        return text, offsets
    title, title_offsets = _unescape(source, found.start("title"), found.end("title"))
    title_offsets = list(title_offsets)
    shown = "".join(text[:TITLE_REACH].split())
    lines = []  # (start, end) in the title
    head = title.split("_")[0].split(" - ")[0].strip()  # (…运行情况_宜宾市统计局: the site's name after it)
    if not (len(head) < 4 or any(char in head for char in "\r\n") or _TITLE_FIGURE.search(_TITLE_DATE.sub("", head))
            or head in shown):  # (not a headline with a figure of its own: 上半年我市GDP增长6.5%)
        lines.append((title.index(head), title.index(head) + len(head)))
    if site := _SITE_PART.search(title):
        lines.append((site.start(), site.end("site")))
    if not lines:
        return text, offsets
    # (each line's break at where the next line starts, the offsets in order: 宜宾市…情况 ⏎ _宜宾市统计局 ⏎)
    breaks = [title_offsets[start] for start, _ in lines[1:]] + [found.end("title")]
    return ("".join(title[start:end] + "\n" for start, end in lines) + text,
            array("i", [at for (start, end), cut in zip(lines, breaks) for at in title_offsets[start:end] + [cut]])
            + offsets)
