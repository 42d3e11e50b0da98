"""What a line break means in a report: the end of a sentence, or a line wrapped inside one.

Reports converted from PDF or narrow pages break lines wherever the page ended, in the middle of
a sentence and even of a word (同比增\\n长7.2%). Normalisation joins such words again; the
sentence stage reads past such breaks.
"""
from __future__ import annotations

import unicodedata

from govreport_cli.lazy_pattern import LazyPattern

HEADING_START = LazyPattern(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、]\D|第[一二三四五六七八九十]+[,、:部方])")
# A table's heading: led by the name column's label (指标, 项目…), the other labels after it.
# (after a column of item numbers or of groups of rows: 序号 | 指标名称 | …, 类别 | 指标 | …)
TABLE_HEADING = LazyPattern(r"(?m)^[ \t\f|│┃║]*(?:(?:序号|编号|类别|分类|领域|号)[ \t|│┃║]+){0,2}"
                            r"(?:主要)?(?:经济)?(?:指[ \t\u3000\xa0]*标|项[ \t\u3000\xa0]*目)(?:[ \t\u3000\xa0]*名[ \t\u3000\xa0]*称)?(?=[ \t\u3000\xa0|│┃║]|单位|\d|[上本去全同比增累绝总数完今目年预])")
# A note under a table that some of its rows are of other months (注:规模以上服务业营业收入为1—5月数据): kept in the clean
# text (notes on lines of their own go) for the table to read.
# (one clause of the note: 注:地区生产总值为初步核算数;规模以上服务业企业营业收入为1—5月数据)
ROWS_MONTHS_NOTE = LazyPattern(r"(?P<names>[^。\n;,:；，：]{2,40}?)(?:均)?[为為](?P<months>\d{1,2}\s*[-—~至]\s*\d{1,2}月)(?:份)?(?:的)?[数數]据")
# And one that the rows bearing a mark are of an earlier year (注:1.带*号数据为2023年数): kept for the table too.
ROWS_YEAR_NOTE = LazyPattern(r"(?P<mark>[*＊※])号?(?:的)?(?:指标|数据|数)?(?:均)?[为為](?P<year>(?:19|20)\d\d)年(?:的)?[数數]")
SHORT_LINE = 24  # a line this short ends its sentence even without punctuation (a heading)
NARROW_WIDTH = 30  # a text wrapped narrower than this reads its short lines as wrapped, not headings
NARROW_MIN_LINES = 12  # how many wrapped lines (two in three or more) tell a narrow wrap
_BULLET = LazyPattern(r"[ \t\u3000]*[◆◇●○■□▲△★☆•※▪►▶◎·]")
_SENTENCE_MARKS = "。;!?:"
_CLAUSE_MARKS = ",。;:、"
_BYLINE_END = LazyPattern(r"(?:会议|大会|会)上\)?$")  # ——2024年7月25日在…会议上: a date line, whole
_LABEL = LazyPattern(r"\s*[^\s,;:。]{2,16}:")  # a line opening on a label: one item of a list of them
_RUNNING = LazyPattern(r"[,;、%]")
_VERB_END = LazyPattern(r"(?:完成|实现|达到|达|为|增长|下降|增加|突破|超过)$")  # a verb whose object is on the next line
_VERB_END_CHARS = 8  # how far back past blank lines a line's verb is looked for
# a figure past blank lines (the object of a verb a page break parted from it), its sentence going on (not
# a digest's card, its figure alone on a line above its label: 5%左右⏎地区生产总值增长⏎⏎6%左右⏎…)
_FIGURE_PAST_BLANKS = LazyPattern(r"(?:[ \t\u3000\r]*\n)*[ \t\u3000]*\d[\d.,]*[ \t]*(?:万|亿|千|%|元|美元|人|个|家|吨|倍)"
                                  r"[^\n]*?[,，;；。]", stdlib=True)
# A line holding only a page number (2, - 3 -, — 4 —): a page's furniture, joined to neither neighbour
_PAGE_NUMBER = LazyPattern(r"[ \t]*(?:[-—–][ \t]*)?\d{1,3}(?:[ \t]*[-—–])?[ \t]*")
_NUMBERED_ROW = LazyPattern(r"\d{1,2}[ \t\u3000]+\p{Han}{2}")  # a table's row led by its number (2 规上工业总产值 …)
_INNER_STOP = LazyPattern(r"[。;!?](?=.)")  # a stop inside a line: running text, not a heading
_FOOTNOTE = LazyPattern(r"[ \t]*(?:[①-⑳]|注[:：]|注\d)")
# (read before traditional characters are simplified: both forms)
_PAGE_FURNITURE = LazyPattern(r"[发發]布[时時][间間]|[发發]文[时時][间間]|[来來]源[:：]|字[号號]|打印本[页頁]|[浏瀏][览覽]次[数數]"
                                r"|[点點][击擊]数|[点點][击擊]數|[访訪][问問]量|[责責]任[编編][辑輯]|作者[:：]|[转轉][载載]日期")


# A card's line of figures (社会消费品零售总额1059.3亿元  ↑12.2%), the next line opening on a name of its own: running
# text would part them with a comma or a stop.
_FIGURE_AT_END = LazyPattern(r"\d(?:\.\d+)?[ \t\u3000]*(?:%|万?亿?元|亿美元|万?人|件|万?吨|户|家|公里|亩|万?斤)(?:以上|以内|左右)?$")
_NEW_SUBJECT = LazyPattern(r"[ \t\u3000]*(?!百分点|次|左右|以上|以内|以下|上下|之间|其中|增长|下降|增加|减少|同比|比上年|占|分别|均|达到|实现|完成|创|居|提高|上涨)\p{Han}{2}")


def _is_digit(char: str) -> bool:
    return char != "" and char in "0123456789"  # (not str.isdigit: ① is a footnote's mark)


# two or more numbers ending a line, each after a run of blanks: a table's row aligned as printed
_ALIGNED_CELLS = LazyPattern(r"(?:[ \u3000]{2,}[-+−]?\d[\d.,]*%?){2,}[ \u3000]*$")


def line_ends_sentence(text: str, newline: int, line_start: int | None = None, short_line: int = SHORT_LINE) -> bool:
    """Whether the line break at `newline` ends a sentence: after end punctuation, after a short
    line or a numbered one with no clause in it (a heading), after a table's row, after a date
    line or before a numbered heading. `line_start`: where the line starts, when
    breaks before it were joined (by default, after the break before it)."""
    if line_start is None:
        line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if line[-1:] in (",", "，", "、") or (_VERB_END.search(line) and _is_digit(text[newline + 1:newline + 2])):
        return False  # 规上工业总产值1450亿元,\n同比增长9.8%: a comma never ends a sentence, nor 完成\n513.2亿元 a verb
    if ((not line or text[newline + 1:newline + 2] in ("\n", "\r")) and _FIGURE_PAST_BLANKS.match(text, newline + 1)
            and _VERB_END.search(line or text[max(0, line_start - _VERB_END_CHARS):line_start].rstrip())):
        return False  # (nor blank lines between them, where a page's pager or a page break went: 分别达到\n\n25860元)
    return (not line or line[-1] in _SENTENCE_MARKS
            or (len(line) <= short_line and not _INNER_STOP.search(line))  # (…上涨0.6%。城镇新增就业\n24.8万人: wrapped)
            or "\t" in line.lstrip()  # a table's row: its cells end with it
            or _ALIGNED_CELLS.search(line) is not None  # (农民人均纯收入    元   9875   11160   13: one aligned with blanks)
            or (_LABEL.match(line) is not None and _LABEL.match(text, newline + 1) is not None)  # 指标:计划…,预计…
            or _heading_after(text, newline, line, short_line) or _BYLINE_END.search(line) is not None
            or _FOOTNOTE.match(text, newline + 1) is not None  # (a page's footnote: no more of the sentence)
            or _BULLET.match(text, newline + 1) is not None  # (◆ 城镇新增就业…: a list's item of its own)
            or _PAGE_FURNITURE.search(line) is not None  # (发布时间:…来源:园区管委会办公室: a page's line about itself)
            or (_FIGURE_AT_END.search(line) is not None and _NEW_SUBJECT.match(text, newline + 1) is not None)
            or ((numbered := HEADING_START.match(line)) is not None
                and not any(mark in line[numbered.end():] for mark in _CLAUSE_MARKS)))


def _heading_after(text: str, newline: int, line: str, short_line: int) -> bool:
    """Whether a numbered heading or item opens the line after `newline`; not an ordinal that a long
    line wrapped before goes on with (…研发投入强度保持全省\n第一,技术合同…: first in the province)."""
    numbered = HEADING_START.match(text, newline + 1)
    return numbered is not None and not (numbered.group().lstrip().startswith("第") and len(line) > short_line
                                         and "\u4e00" <= line[-1:] <= "\u9fff")


_CONTINUING_MARKS = (",", "，", "、", ";", "；")
_QUALIFIER_OPENS = LazyPattern(r"(?:左右|以上|以内|以下|之内)[,，;；。、]")


_BARE_NUMBER = LazyPattern(r"[ \t]*\d+(?:\.\d+)?%?[ \t\r]*")
# a table's row aligned with blanks (名称    亿元    1085.6    11.2): cells apart, nothing wrapped out of it
_ALIGNED_ROW = LazyPattern(r"\S(?: {3,}|\u3000{2,})\S.*?\S(?: {3,}|\u3000{2,})\S")


def line_end_at(text: str, start: int) -> int:
    """Where the line holding `start` ends (its line break, or the end of the text)."""
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def breaks_a_word(text: str, newline: int, line_start: int, short_line: int = SHORT_LINE,
                  full: int | None = None) -> bool:
    """Whether the break at `newline`, between two characters of running text, may split a word:
    the line from `line_start` reads as running text (it holds a comma or stop; a long title does
    not; it is no numbered heading) and wraps inside a sentence, the line itself is no short title
    after lines joined before it, and the next line is not indented (a new paragraph). Between two
    digits (19\n6.3万吨) even a short line with no comma wraps: no heading ends on a digit with the
    next line going on in digits, and the tail read alone would be a wrong number. A line that
    starts on a comma goes on the line before."""
    line = text[line_start:newline]
    following = text[newline + 1:newline + 2]
    if following == " " and _is_digit(line.rstrip()[-1:]) and _is_digit(text[newline + 2:newline + 3]):
        following = text[newline + 2]  # (地区生产总值1\n 286.4亿元: one blank leads the line the number goes on in)
    if following in _CONTINUING_MARKS:  # (…536.8亿元\n,增长12.3%: no line starts on a comma)
        return True
    if line.rstrip()[-1:] in "%％" and _QUALIFIER_OPENS.match(text, newline + 1):
        return True  # (…失业率控制在5.5%\n以内;…: nor on the qualifier of the figure before, even after a short line)
    digits = _is_digit(line.rstrip()[-1:]) and _is_digit(following)  # (…完成固定资产投资1\n86亿元, even in a first line)
    if following.isspace() or not (digits or any(mark in line for mark in _CLAUSE_MARKS)):
        return False
    physical = text[text.rfind("\n", 0, newline) + 1:newline].strip()
    next_end = text.find("\n", newline + 1)
    if _PAGE_NUMBER.fullmatch(physical) or _PAGE_NUMBER.fullmatch(text, newline + 1, len(text) if next_end == -1 else next_end):
        return False  # 社会消费品零售总额\n2\n1932.5亿元: a page's number between two lines, no digit of the figure
    if _FOOTNOTE.match(physical) or _FOOTNOTE.match(text, newline + 1):
        return False  # 进出口总额达到\n① 规模以上工业统计范围为…2000万元及以上…: a page's footnote, not the figure
    if _PAGE_FURNITURE.search(physical):
        return False  # 来源:…发布时间:…打印本页: a web page's line about itself, not running text
    if any(border in text[newline + 1:len(text) if next_end == -1 else next_end].strip() for border in "\t|│┃║") \
            or TABLE_HEADING.match(text, newline + 1):
        return False  # 附表:…主要指标\n指标\t单位\t…, …预期目标\n指标名称 | 单位 | …: a table's row starts its own line
        # (a heading aligned with blanks too: 附表:…完成情况\n指标名称  单位  1—9月  同比增长(%))
    if _ALIGNED_ROW.search(physical):
        return False  # 其中:工业投资    —    16.8    12    预期性\n社会消费品零售总额 …: a row, its colon no clause
    if HEADING_START.match(line) and "。" not in line and line.count(",") < 2:
        return False  # a heading (三、…,…起好步), not one glued to its paragraph, nor a paragraph's first line wrapped
        # mid-word, clauses in it ((二)坚持农业稳县,推进棉花…发展,力争农村居民人\n均可支配收入…)
    if digits and _BARE_NUMBER.fullmatch(physical) and _BARE_NUMBER.fullmatch(
            text, newline + 1, len(text) if next_end == -1 else next_end):
        return False  # 14.62\n16.96: a table's cells one to a line, two numbers, no number wrapped
    if digits:  # (not a table's next row, numbered: …6-7 ⏎ 2 规上工业总产值 亿元 1265.8 1400)
        return HEADING_START.match(text, newline + 1) is None and _NUMBERED_ROW.match(text, newline + 1) is None
    if len(physical) <= short_line and not any(mark in physical for mark in _CLAUSE_MARKS):
        return False  # a title or heading of its own after lines joined before it
    if full and physical.endswith((";", "；")) and printed_width(
            text[text.rfind("\n", 0, newline) + 1:newline].rstrip()) >= full - 2:
        return True  # (…增长10.3%;\n全社会固定资产投资…: a semicolon where a wrapped text's full line ends, the next
        # line not indented: the sentence goes on)
    return not line_ends_sentence(text, newline, line_start, short_line)


def short_line_in(text: str) -> int:
    """How short a line must be to end its sentence (a heading) in this text: SHORT_LINE, or less in
    a text a converter wrapped at a narrow width (two lines in three 15-25 characters, ending mid-sentence),
    where a wrapped line is as short as a heading elsewhere: six tenths of that width."""
    return _short_line(_wrapped_lines(text))


def _short_line(wrapped: list[str] | None) -> int:
    if wrapped is None:
        return SHORT_LINE
    width = sorted(len(line.strip()) for line in wrapped)[len(wrapped) // 2]
    return SHORT_LINE if width >= NARROW_WIDTH else max(6, width * 6 // 10)


def _wrapped_lines(text: str) -> list[str] | None:
    """The lines of running text a converter wrapped mid-sentence (their blanks at the end stripped), when two
    in three end so; or None for a text of lines unwrapped."""
    # (lines of running text: a comma or a percentage in them, not a menu's or a heading's words)
    lines = [line.rstrip() for line in text.split("\n") if len(line.strip()) > 4 and _RUNNING.search(line)]
    wrapped = [line for line in lines if line[-1] not in "。!?"]
    return wrapped if len(wrapped) >= NARROW_MIN_LINES and len(wrapped) * 3 >= len(lines) * 2 else None


def printed_width(piece: str) -> int:
    """How wide `piece` prints: a Chinese character two, a Latin one or a digit one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in piece)


def wrapped_breaks(text: str, breaks) -> list[tuple[int, int]]:
    """The spans of the `breaks` (spans of blanks that end on a line break) that split a word,
    each line read from the last break kept, so that a line wrapped twice is read whole."""
    spans: list[tuple[int, int]] = []
    joined: set[int] = set()
    wrapped = _wrapped_lines(text) if breaks else None
    short_line = _short_line(wrapped)
    # (how wide a full wrapped line prints: a semicolon there need not end the sentence)
    full = sorted(printed_width(line) for line in wrapped)[len(wrapped) // 2] if wrapped else None
    for start, end in breaks:
        newline = text.find("\n", start, end)
        kept = text.rfind("\n", 0, newline)
        while kept in joined:
            kept = text.rfind("\n", 0, kept)
        if breaks_a_word(text, newline, kept + 1, short_line, full):
            spans.append((start, end))
            joined.add(newline)
    return spans
