"""Figures: every amount and every change in a sentence, and their values in a rule's unit.

An amount is a number with its multiplier and unit (1.2万亿元, 9500多万元, 1.83万个); a change
is a verb of rise or fall with its size (增长6.5%, 下降3.9%, 增长1.8倍, 提高1.5个百分点, 翻一番);
a range (增长4%—4.5%) is one change with an upper bound, read later as two rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from govreport_cli.limits import PATTERN_TIMEOUT
from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.numbers import parse_number, scale
from govreport_cli.rules import Rule, RuleSet

MONEY_SCALE = {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "": Decimal(1)}
# Every figure holds one of these (see the {amount}, {change} and {doubling} fragments, and a
# threshold of a bare multiplier: 突破万件).
# (1 56.8亿元; the tail of 3兆582…; of a number with a digit no one can read, 3■60人)
_DIGITS_BEFORE = LazyPattern(r"\d[ \u3000\u00a0]{1,2}$|\d[兆万]$|[\d.][■□�?？]+$", stdlib=True)
_FIGURE_HINT = LazyPattern(r"\d|番|百分之|[破超逾上][万千百亿]|[零〇一二两三四五六七八九十百千][多余]?[万亿千百]*(?:元|美元|人|个|件|家|户|项|套|所|座|条|名|位|张|台|辆|吨|斤|克|倍|%|成)", stdlib=True)
_DOUBLINGS = {"一": 1, None: 1, "两": 2, "二": 2, "三": 3}
_PERCENT = {"百分之": "%"}  # 百分之三点五: a percentage in numerals, its unit written first


@dataclass
class Figure:
    measure: str  # level or growth
    start: int  # the number as written, with its multiplier and unit
    end: int
    token_start: int  # with the verb of a change
    token_end: int  # with a qualifier written after the unit
    number: Decimal
    multiplier: str
    unit: str
    sign: int
    pre: str  # qualifier before the number
    post: str  # qualifier after the unit
    more: bool  # 9500多万元
    upper: Decimal | None = None  # a range (增长4%—4.5%): its upper bound, from upper_start
    upper_start: int = 0
    lower_end: int = 0
    qualifier: str = ""  # set for the bounds of a range
    double: bool = False  # 翻番
    start_of_pair: bool = False  # 从X增加到Y: X, the level at the start of a span
    from_last_year: bool = False  # 由上年的X增加到Y: the span is one year
    against_plan: str = ""  # 比“十五”末降低20%, 比2005年…: the plan (or its last year) whose end the change is against
    beside_goal: int = -1  # 增长8%左右,力争9%; 力争8%、确保6%: the start of the goal this one raises or floors
    set_against: bool = False  # 增幅比去年同期的12.5%回落…: the figure a change is set against, its basis unsaid
    adjusted_from: bool = False  # 由年初的30.5亿元调整为…: a goal as first set, the adjusted one after it
    path: bool = False  # 增速由一季度的6.2%逐季加快到…: a rate on its path from one period to another
    # 一季度、上半年分别增长…: the span of its own period's words (and ""); 一至四季度分别增长…: the span's, and its quarter
    listed_period: tuple[int, int, str] | None = None
    listed_year: int | None = None  # 2006年、2007年分别下降…: its own year of a list of years


class FigureReader:
    def __init__(self, rules: RuleSet):
        p = rules.shared.pattern
        self.figures = regex.compile(p(r"(?P<change>{change})|(?P<double>{doubling})|(?P<multiple>{last_year_multiple})"
                                       r"|(?P<index>{price_index})|(?P<amount>{amount})"))
        self.after = regex.compile(p(r"[ \t]*(?P<post>{after})"))  # 5.5% 左右, as converted pages space it
        self.before = regex.compile(p(r"(?P<pre>{before})$"))
        self.thresholds = regex.compile(p(r"(?P<pre>{before})(?P<mult>{multiplier})(?P<unit>{money_unit}|{count_unit})"))
        self.fall = regex.compile(p("^(?:{fall}|降幅)(?!到|至)"))  # (not a period's rate: 四季度回落至6.2%)
        self.units = {
            "money": regex.compile(p("{money_unit}")), "count": regex.compile(p("{count_unit}")),
            "mass": regex.compile(p("{mass_unit}$")),
        }

    @staticmethod
    def may_hold_figures(text: str, start: int, end: int) -> bool:
        """Whether a sentence may hold a figure at all (a digit, 翻番, a Chinese numeral before a unit):
        a plain scan that spares most sentences the name checks."""
        return _FIGURE_HINT.search(text, start, end) is not None

    def figures_in(self, text: str, start: int, end: int) -> list[Figure]:
        out = []
        indices = []  # (where an index's figure stands in out)
        for m in self.figures.finditer(text, start, end, timeout=PATTERN_TIMEOUT):
            post_m = self.after.match(text, m.end(), end)
            post = post_m.group("post") if post_m else ""
            token_end = post_m.end() if post_m else m.end()
            if m.group("multiple"):  # 是上年的1.3倍: up 30%
                value = (Decimal(m.group("mnum")) - 1) * 100
                out.append(Figure("growth", m.start("mnum"), m.end(), m.start(), token_end, value, "", "%", 1, "", post, False))
                continue
            if m.group("index"):  # 居民消费价格总指数为104.3: up 4.3%
                indices.append(len(out))
                change = Decimal(m.group("inum")) - 100
                out.append(Figure("growth", m.start("inum"), m.end(), m.start(), token_end, abs(change), "", "%",
                                  -1 if change < 0 else 1, m.group("ipre") or "", post, False))
                continue
            if m.group("double"):
                value = Decimal(2 ** _DOUBLINGS[m.group("times")] - 1) * 100
                out.append(Figure("growth", m.start(), m.end(), m.start(), token_end, value, "", "%",
                                  1, "", post, False, double=True))
                continue
            if _DIGITS_BEFORE.search(text, max(start, m.start("gnum" if m.group("change") else "num") - 3),
                                     m.start("gnum" if m.group("change") else "num")):
                continue  # 1 56.8亿元, 增长1 3.2%: a number a blank broke, its first digits out of reach
            try:
                number = parse_number(m.group("gnum") if m.group("change") else m.group("num"))
            except (ValueError, ArithmeticError):
                continue  # a bare 千 (千亿元) is read as a threshold below, or not at all
            if m.group("change"):
                sign = -1 if self.fall.match(m.group("verb")) else 1
                if m.group("gsign"):  # 增长-2.1%
                    sign = -sign
                fig = Figure("growth", min(m.start("gnum"), m.start("gunit")), m.end(), m.start(), token_end, number, "",
                             _PERCENT.get(m.group("gunit"), m.group("gunit")), sign, m.group("gpre") or "", post, False)
                if m.group("gnum2"):  # a range: 增长4%—4.5%
                    fig.upper, fig.upper_start = parse_number(m.group("gnum2")), m.start("gnum2")
                    fig.lower_end = m.end("gnum") + (text[m.end("gnum")] == "%")
                out.append(fig)
                at = token_end
                yearly = fig.unit == "倍" and _AGAINST_LAST_YEAR.search(text, max(start, m.start() - 10), m.start())
                # (or after a change in per cent: 分别增长18.2%和1.2倍, the list's second change, as large as it is)
                mixed = fig.unit == "%" and text.endswith("分别", max(start, m.start() - 2), m.start())
                while (yearly or mixed) and (more := _MORE_MULTIPLE.match(text, at, end)):
                    # (比上年分别增长2.1倍和1.8倍: the list's next multiple, bare; its list reads it as a change; not
                    # with no base said, 分别增长2.5倍和2.8倍, often five years' in a review)
                    out.append(Figure("level", more.start("num"), more.end(), more.start("num"), more.end(),
                                      Decimal(more.group("num")), "", "倍", 1, "", "", False))
                    at = more.end()
            else:
                if m.group("num2"):  # 28亿3千万元: the rest in a smaller multiplier
                    number += parse_number(m.group("num2")) * scale(m.group("mult2")) / scale(m.group("mult"))
                if m.group("big"):  # 126兆582亿元: a larger multiplier first, the rest in 亿
                    number = number * scale("万亿") / scale(m.group("mult")) + parse_number(m.group("num3"))  # (1万0163亿: 万亿)
                pre_m = self.before.search(text, max(start, m.start() - 4), m.start())
                out.append(Figure("level", m.start(), m.end(), m.start(), token_end, number,
                                  m.group("mult") or "", _PERCENT.get(m.group("unit"), m.group("unit")), 1,
                                  pre_m.group("pre") if pre_m else "", post,
                                  bool(m.group("more") or m.group("more2"))))
        if indices:  # 指数为99.2,下降0.8%: the change as written, not twice
            out = [fig for k, fig in enumerate(out) if k not in indices or not (
                k + 1 < len(out) and out[k + 1].measure == "growth" and out[k + 1].token_start - fig.token_end <= 1)]
        out = _shared_qualifier(text, _level_ranges(text, out))
        # a threshold of a bare multiplier (突破千亿元, 首次突破万件, 迈上万亿元台阶) stands for one of it
        bare = []
        for m in self.thresholds.finditer(text, start, end, timeout=PATTERN_TIMEOUT):
            post_m = self.after.match(text, m.end(), end)
            bare.append(Figure("level", m.start("mult"), m.end(), m.start("mult"), post_m.end() if post_m else m.end(),
                               Decimal(1), m.group("mult"), m.group("unit"), 1, m.group("pre"),
                               post_m.group("post") if post_m else "", False))
        return sorted(out + bare, key=lambda fig: fig.start) if bare else out

    def level_value(self, rule: Rule, fig: Figure) -> tuple[Decimal, str] | None:
        """The figure in the rule's unit, or None when it is not a level of this indicator."""
        unit = rule.unit
        if unit == "%":
            return (fig.number, "%") if fig.unit == "%" else None
        if unit.endswith("元"):  # converted to the rule's magnitude, in the text's currency
            if not self.units["money"].fullmatch(fig.unit):
                return None
            magnitude = "亿" if unit.startswith("亿") else "万" if unit.startswith("万") else ""
            value = fig.number * scale(fig.multiplier) / MONEY_SCALE[magnitude]
            return value, magnitude + fig.unit
        if self.units["mass"].search(unit):  # kept in the text's unit (the score converts)
            if not self.units["mass"].fullmatch(fig.unit):
                return None
            return fig.number, ("万亿" if fig.multiplier == "兆" else fig.multiplier) + fig.unit  # (1.37兆斤: 万亿斤)
        if not self.units["count"].fullmatch(fig.unit):
            return None
        return fig.number * scale(fig.multiplier), fig.unit

    @staticmethod
    def growth_value(fig: Figure) -> tuple[Decimal, str]:
        if fig.unit == "倍":
            return fig.sign * fig.number * 100, "%"
        if fig.unit == "成":  # 增长两成: 20%
            return fig.sign * fig.number * 10, "%"
        if fig.unit.endswith("百分点"):
            return fig.sign * fig.number, "百分点"
        return fig.sign * fig.number, "%"


_AGAINST_LAST_YEAR = LazyPattern(r"(?:比|较)(?:上年|去年)(?:同期)?(?:分别)?$|同比(?:分别)?$", stdlib=True)
_MORE_MULTIPLE = LazyPattern(r"\s*(?:和|、|与|及)\s*(?P<num>\d+(?:\.\d+)?)倍", stdlib=True)
_RANGE_MARK = LazyPattern(r"\s*[-—–~至]\s*", stdlib=True)
_FROM_BEFORE = LazyPattern(r"[从由][^,;。]{0,8}$", stdlib=True)  # 从X亿元至Y亿元: a change, no range


_RANGE_ENDS = ("-", "—", "–", "~", "至", " ")  # what stands right before the upper bound of a range
_BARE_LOW = LazyPattern(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(万亿|亿|千万|百万|万|千)?\s*[-—–~至]\s*$", stdlib=True)


def _level_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Two levels in the same unit joined by a dash or 至 (2600亿元至2650亿元) are one range, and so
    is a level after a bare number and a dash (50万—60万人, 1,000—1,500人)."""
    merged: list[Figure] = []
    for fig in figures:
        low = (_BARE_LOW.search(text, max(0, fig.start - 16), fig.start)
               if fig.measure == "level" and text[fig.start - 1:fig.start] in _RANGE_ENDS else None)
        if low and not (merged and merged[-1].token_end > low.start()):
            number = Decimal(low.group().split(low.group(2) or "\uffff")[0].rstrip("-—–~至 ").replace(",", ""))
            number = number * scale(low.group(2) or fig.multiplier) / scale(fig.multiplier)
            fig = replace(fig, start=low.start(), token_start=low.start(), number=number, upper=fig.number,
                          upper_start=fig.start, lower_end=low.end())
        low = merged[-1] if merged else None
        if (low is not None and low.measure == fig.measure == "level" and low.upper is None
                and (low.multiplier, low.unit) == (fig.multiplier, fig.unit)
                and _RANGE_MARK.fullmatch(text, low.token_end, fig.start)
                and not _FROM_BEFORE.search(text, max(0, low.start - 9), low.start)):
            merged[-1] = replace(low, end=fig.end, token_end=fig.token_end, upper=fig.number,
                                 upper_start=fig.start, lower_end=low.end, post=fig.post)
            continue
        merged.append(fig)
    return merged


_LIST_MARK = LazyPattern(r"\s*[、和与及]\s*", stdlib=True)


def _shared_qualifier(text: str, figures: list[Figure]) -> list[Figure]:
    """A qualifier after the last of a list of figures is every item's (分别增长10%和7%左右: both about):
    items in the same unit (增长10%和7%: the second a bare number), joined by 、 or 和 alone, none
    before the last with a qualifier of its own (增长8%左右、6%、10%以上: each its own) nor the last's number
    (分别增长8%和8%以上: the qualifier is what tells them apart)."""
    run = [0]
    for at in range(1, len(figures) + 1):
        fig = figures[at - 1]
        after = figures[at] if at < len(figures) else None
        if (after is not None and not after.pre and fig.unit == after.unit
                and _LIST_MARK.fullmatch(text, fig.token_end, after.start)):
            run.append(at)
            continue
        last = figures[run[-1]]
        if len(run) > 1 and last.post and not any(
                figures[i].post or figures[i].pre or figures[i].qualifier or figures[i].upper is not None
                or figures[i].number == last.number for i in run[:-1]):  # (分别增长8%和8%以上: told apart by it)
            for i in run[:-1]:
                figures[i] = replace(figures[i], post=last.post)
        run = [at]
    return figures


def bounds(fig: Figure) -> list[Figure]:
    """A range (增长4%—4.5%) is two figures: the lower bound at_least, the upper at_most."""
    if fig.upper is None:
        return [fig]
    low = replace(fig, end=fig.lower_end, upper=None, qualifier="at_least")
    high = replace(fig, start=fig.upper_start, number=fig.upper, upper=None, qualifier="at_most")
    return [low, high]
