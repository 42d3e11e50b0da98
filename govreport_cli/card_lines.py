"""Cards of a digest page (图解, 一图看懂) pasted as text: a label on a line of its own, then its figures a line
each (国内生产总值 \\n 33.5万亿元 \\n 比上年增长 \\n 8.7%). Their line breaks become a comma (or a blank after a
verb alone on its line), one for one, so that each card reads as one clause: 国内生产总值,33.5万亿元,比上年增长 8.7%.
Only where two cards at least follow one another (a label and a short figure line are common alone), or on a page
of three cards at least, where a card stands alone between lines of other shapes (城乡居民人均可支配收入 \n
分别达到63500元、32400元 \n 城乡收入比缩小至1.96:1).
"""
from __future__ import annotations

from govreport_cli.lazy_pattern import LazyPattern

_BLANK = r"[ \t\u3000]*"
_BULLET = r"(?:[■□●○◆◇▲△★☆▶►•][^\S\n]*)?"  # (■ 生产总值: a card's label may carry a bullet)
# (a card's label: words alone, no figure, no stop: 全社会固定资产投资, 居民消费价格总水平涨幅)
_LABEL_WORDS = rf"{_BULLET}(?:\p{{Han}}[\p{{Han}}“”]{{1,19}}|【\p{{Han}}[\p{{Han}}“”/]{{1,24}}】)"  # (【城镇/农村…收入】)
_LABEL = LazyPattern(rf"{_BLANK}{_LABEL_WORDS}{_BLANK}")
# (a figure line: 33.5万亿元, 增长11.7%, 实际增长16.9%, 控制在4.6%以内, 900万人以上; a note in brackets)
# (42微克/立方米; an arrow for the change and a note on its basis: ↑8.2%(可比口径))
_ONE_FIGURE = r"\p{Han}{0,8}[↑↓▲▼]?[-+]?\d[\d.]*\s*(?:万亿|亿|万|千)?[\p{Han}%/]{0,8}(?:\([^()\n]{1,12}\))?"
# (a list dealt by 分别: 分别达到63500元、32400元分别增长8%、8.3%)
_LISTED = (r"(?:分别\p{Han}{0,4}\d[\d.]*\s*(?:万亿|亿|万)?[\p{Han}%]{0,4}(?:[、和及]\d[\d.]*\s*(?:万亿|亿|万)?[\p{Han}%]{0,4})+,?)+"
           # (or paired: 68629元、35152元; ↑8.1%/↑8.4%, read as a list after the cards are joined)
           r"|[↑↓▲▼]?\d[\d.]*\s*(?:万亿|亿|万)?[\p{Han}%]{1,4}(?:[、/][↑↓▲▼]?\d[\d.]*\s*(?:万亿|亿|万)?[\p{Han}%]{1,4})+")
# (or two, a level and its change: 146.2亿元  增长31.2%)
_FIGURE = LazyPattern(rf"{_BLANK}(?:{_LISTED}|{_ONE_FIGURE}(?:[^\S\n]{{1,4}}{_ONE_FIGURE})?|\([^()\n]{{1,18}}\)){_BLANK}")
_VERB = LazyPattern(rf"{_BLANK}(?:(?:比上年|比去年|同比|实际)?(?:增长|下降|上涨|增加|减少)){_BLANK}")  # (比上年增长 \n 8.7%)
_ENDS_ON_VERB = LazyPattern(rf"(?:增长|下降|上涨|降低|涨幅|增速|增幅){_BLANK}$")  # (国内生产总值增长 \n 8%左右: one clause)
# a card's label and its first figure, for a first look: most texts have none (after a line break, a literal the
# search skips to, not at every line's start: eight times faster)
_CARDS = LazyPattern(rf"\n{_BLANK}{_LABEL_WORDS}{_BLANK}\n"
                     r"[ \t\u3000]*(?:\p{Han}{0,8}[-+]?\d|\p{Han}{2,7}\n[ \t\u3000]*\d)")
CARDS_MIN = 2
_PERIOD_LINE = LazyPattern(rf"{_BLANK}(?:\d{{1,2}}\s*[-—至]\s*\d{{1,2}}月份?|上半年|前三季度|第?[一二三四]季度|\d{{1,2}}月份?){_BLANK}")
_LABEL_START = LazyPattern(rf"{_BLANK}{_BULLET}[\p{{Han}}【]")
CARDS_ON_A_PAGE = 3
_PLACE_ALONE = LazyPattern(rf"{_BLANK}{_BULLET}\p{{Han}}{{1,10}}(?:镇|乡|街道|开发区|高新区|经开区|园区|工业园|产业园|新区|片区|[市县区旗])"
                           rf"{_BLANK}")
_CLOSED_LINE = LazyPattern(r"[。!?”]\s*$")


def join_card_lines(text: str) -> str:
    """`text` with the line breaks inside each card of a run of cards replaced, one for one."""
    if not _CARDS.search(text):
        return text
    lines = text.split("\n")
    runs: list[list[list[tuple[int, str]]]] = []  # the cards of each run, each card its joins
    run: list[list[tuple[int, str]]] = []  # (index of the line whose break is replaced, by what), card by card
    k = 0
    while k < len(lines):
        card, after = _card_at(lines, k)
        if card:
            run.append(card)
            k = after
            continue
        if lines[k].strip() or not run:  # (a blank line between cards goes on with the run)
            runs.append(run)
            run = []
        k += 1
    runs.append(run)
    page = sum(len(cards) for cards in runs) >= CARDS_ON_A_PAGE
    joins = [join for cards in runs if len(cards) >= CARDS_MIN or page for card in cards for join in card]
    # (a place alone on the line above a card's label is the card's subject: 晋江经济开发区 ⏎ 规上工业产值 ⏎ 1520.3亿元)
    joins += [(index - 1, " ") for index in {card[0][0] for cards in runs if len(cards) >= CARDS_MIN or page
                                             for card in cards}
              if index >= 1 and _PLACE_ALONE.fullmatch(lines[index - 1])
              and (index < 2 or not lines[index - 2].strip() or _CLOSED_LINE.search(lines[index - 2]))]
    if page:  # (a period alone on its line above a card: 1—5月 ⏎ 外贸进出口总额,55.8亿元,…: the card's)
        joins += [(k, ",") for k in range(len(lines) - 1)
                  if _PERIOD_LINE.fullmatch(lines[k]) and _LABEL_START.match(lines[k + 1])]
    if not joins:
        return text
    ends = []
    at = -1
    for line in lines:
        at += len(line) + 1
        ends.append(at)  # the offset of each line's break
    chars = list(text)
    for index, mark in joins:
        chars[ends[index]] = mark
    return "".join(chars)


def _card_at(lines: list[str], k: int) -> tuple[list[tuple[int, str]], int]:
    """The joins of the card whose label is line `k` (its break and those between its figure lines, all but the
    last line's) and the line after it, or [] when no card opens there."""
    if not _LABEL.fullmatch(lines[k]):
        return [], k
    joins: list[tuple[int, str]] = []
    j = k + 1
    figures = 0
    while j < len(lines):
        if _VERB.fullmatch(lines[j]) and j + 1 < len(lines) and _FIGURE.fullmatch(lines[j + 1]):
            joins += [(j - 1, ","), (j, " ")]
            j += 2
        elif _FIGURE.fullmatch(lines[j]):
            joins.append((j - 1, " " if j == k + 1 and _ENDS_ON_VERB.search(lines[k]) else ","))
            j += 1
        else:
            break
        figures += 1
    return (joins, j) if figures else ([], k)


# A card of two paired values, each side of a slash (城镇/农村居民人均可支配收入 82164元 / 45127元 增长4.9% / 6.5%):
# read as a list, 城镇、农村…82164元、45127元增长4.9%、6.5% (the blanks around the figures' slash are dropped, as
# normalize drops blanks in numbers). The first figure has a unit (not a date: 2024/01/21; nor a year: 2024年/2025年).
SLASH_PAIR_FIRST = r"\d[\d.]*(?:万亿|亿|万)?(?:(?![年月日号])\p{Han}){0,2}[\p{Han}%](?<![年月日号])"
SLASH_PAIR_SECOND = r"[↑↓▲▼]?\d"  # (↑8.1% / ↑8.4%)
# (led by the slash, so the scan skips to slashes)
_FIGURES_SLASH = rf"/(?<={SLASH_PAIR_FIRST}/)(?={SLASH_PAIR_SECOND})"
_PAIRED_FIGURES = LazyPattern(_FIGURES_SLASH)
# (and the label's slash, on a line whose figures are paired by one: 城镇/农村…)
_SLASH_PAIR = LazyPattern(rf"{_FIGURES_SLASH}|/(?<=\p{{Han}}/)(?=\p{{Han}}{{1,16}}[^\n/]{{0,8}}?\d[^\n]*?{_FIGURES_SLASH})")


def join_slash_pairs(text: str) -> str:
    """`text` with the slash of each paired card replaced by 、, one for one."""
    if "/" not in text or not _PAIRED_FIGURES.search(text):  # (most slashes are a link's or a date's)
        return text
    return _SLASH_PAIR.sub("、", text)


# A digest's cards with the number first, on a line of its own, then the label it is of (60万人以上 ⏎ 城镇新增就业;
# 3284.6亿元 ⏎ 全市生产总值,同比增长9%…): the figure moves after the label's words, one for one, and reads as a card's.
# Only a figure with its unit (not a table's bare cell or a row's number) on a line after a blank or after the
# last such card (not a name-first card's figure, the next card's label after it: 全省生产总值 ⏎ 27100亿元 ⏎
# 固定资产投资 ⏎ 5000亿元; 进出口总额 ⏎ 3540亿美元 ⏎ 增长11.4% ⏎ 其中出口 ⏎ 2100亿美元); and two such cards at least.
_UNIT_WORDS = r"(?:万亿|亿|万|千)?(?:元|美元|%|人|个|吨|斤|户|家|项|倍)"
_UNIT = LazyPattern(rf"\d\s*{_UNIT_WORDS}")
_UNIT_FIRST = LazyPattern(rf"{_BLANK}[-+]?\d")  # (a figure line opening on its number, not on words: 生产总值增长6.5%)
_RANGE = LazyPattern(rf"{_BLANK}\d[\d.]*%?\s*[-—–~至]\s*\d[\d.]*%(?:左右)?{_BLANK}")  # (7.5%—8%)
_LABEL_CLAUSE = LazyPattern(rf"{_BLANK}{_BULLET}\p{{Han}}[\p{{Han}}“”]{{1,19}}?(?=[,;。]|{_BLANK}$|(?:增长|下降|上涨)[\d.])")


def number_first_cards(text: str) -> tuple[list[tuple[int, int, int, str]], list[int]]:
    """(start of the figure's line, its break, the end of the label's words after it, next or past a blank line,
    the mark that joins label and figure) of each number-first card, and the breaks before the card's further
    figure lines (5126.7亿元 ⏎ 地区生产总值 ⏎ 增长5.2%), to be joined as a card's are."""
    if not _CARDS_NUMBER_FIRST.search(text):
        return [], []
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    moves, joins = [], []
    run = False  # inside a run of number-first cards (cards of words among them: 基本同步 ⏎ 财政收入增长与经济增长)
    k = 0
    while k < len(lines) - 1:
        line = lines[k]
        at = k + 1 if lines[k + 1].strip() or k + 2 >= len(lines) else k + 2  # (its label: next, or past a blank)
        label = _LABEL_CLAUSE.match(lines[at])
        if (label and _UNIT_FIRST.match(line) and (_FIGURE.fullmatch(line) or _RANGE.fullmatch(line))
                and _UNIT.search(line) and (run or _opens_run(lines, k)) and not _aimed_after(lines, at)):
            words = label.group().rstrip()
            mark = " " if _ENDS_ON_VERB.search(words) else ","
            moves.append((starts[k], starts[k + 1] - 1, starts[at] + len(words), mark))
            run = True
            k = at + 1
            while words == lines[at].rstrip() and k < len(lines) and _FIGURE.fullmatch(lines[k]) \
                    and not _UNIT_FIRST.match(lines[k]):
                joins.append(starts[k] - 1)  # (its change on the line after: 增长5.2%)
                k += 1
            continue
        run = run and (not line.strip() or bool(_LABEL.fullmatch(line) or _FIGURE.fullmatch(line)))
        k += 1
    return (moves, joins) if len(moves) >= CARDS_MIN else ([], [])


_AIM = LazyPattern(rf"{_BLANK}(?:力争|确保|争取|预计|目标)")


def _aimed_after(lines: list[str], at: int) -> bool:
    """Whether the line after the label `at` (or past a blank) is a word of aim (3000亿元 ⏎ 进出口总额 ⏎ 力争突破): a goal
    whose kind a card's last line sets, left unread."""
    after = at + 1 if at + 1 < len(lines) and lines[at + 1].strip() else at + 2
    return after < len(lines) and bool(_AIM.match(lines[after]))


def _opens_run(lines: list[str], k: int) -> bool:
    """Whether the figure line `k` may open a run of number-first cards: after a blank line or at the start, and
    not right after a label that opens its block (地区生产总值 ⏎⏎ 816.9亿元: a name-first card's figure)."""
    if k and lines[k - 1].strip():
        return False
    j = k - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j < 0 or not _LABEL.fullmatch(lines[j]) or (j > 0 and bool(lines[j - 1].strip()))


# (a first look, in `re`: a figure with its unit alone on a line before a line of words; most texts have none)
_CARDS_NUMBER_FIRST = LazyPattern(rf"\n{_BLANK}[-+]?\d[\d.]*\s*{_UNIT_WORDS}[^\n]{{0,12}}\n(?:{_BLANK}\n)?{_BLANK}"
                                  r"(?:[■□●○◆◇▲△★☆▶►•][ \t\u3000]*)?[\u4e00-\u9fff]", stdlib=True)
