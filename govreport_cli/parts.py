"""The parts of a report: the year's review, a five-year review, the plan, five-year-plan goals.

Each heading that names a review or a plan opens a part. A top-level heading (一、…) that says
neither (一张蓝图绘到底…) is read by the sentence that opens its body (2025年是…, "十五五"时期是…,
一年来…). In an annual report given in year Y a heading about a year reviews before Y and plans
from Y on; one about a five-year plan reviews or plans it by the plan's last year (十五五 → 2030).
"""
from __future__ import annotations

from dataclasses import dataclass

from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.lines import TABLE_HEADING
from govreport_cli.rules import Shared
from govreport_cli.years import PLAN, PLAN_NAMED, YEAR, plan_end, read_year


@dataclass
class Part:
    start: int
    kind: str  # "actual" or "target"
    year: int | None  # the year its figures are about, when the heading or its body says
    multi_year: bool = False  # about several years: only levels reached at the close are rows
    heading: str = ""


_TOP_LEVEL_FIRST = frozenset("一二三四五六七八九十第")
_TOP_LEVEL = LazyPattern(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
# (and a table's label on a line of its own, as Word tables paste one cell per line: 2019年预期目标(%))
_NOT_A_HEADING = LazyPattern(r"政府工作报告|人民代表大会|会议上|^\s*(?:标题|来源|发文)|\((?:%|亿元|万元|元|亿美元|万人|人|个|件|百分点)\)\s*$")
# A document's title (某某县2019年工作报告) or a headline with its figure (广东:今年经济增长预期目标为6%以上): no part.
_TITLE_OR_NEWS = LazyPattern(r"报告$|\d\s*(?:%|亿|万)")
# A second report's title on the same page, after the first's body (…关于2018年1—9月预算执行情况的报告): a part of
# its own, from its top
_REPORT_ON_EXECUTION = LazyPattern(r"关于[^,。;:]{0,30}(?:执行|运行|工作)情况的报告")
# A news page's sub-headline on one year of the report (2021年:经济总量再上新台阶; 2022年:经济增长7%左右; a digest's
# 2013·目标, 【2025·重点】, 【2023目标】): that year's part, its figure or not
# (a digest's year and its words, no 年: after a dot, or closed by a bracket or the line; not an amount: 2013万元)
_YEAR_DOT = r"\s*[·•・]\s*\p{Han}|年?(?![万亿元])\p{Han}{1,4}(?:[】\]]|$)"
# (or a digest's box labelled with the year after a word or two: 【数说2023】, 【回眸2023年】)
_YEAR_LABEL = r"(?<=^\p{Han}{2,4}.{4})(?=年?$)"
# (or the year and a few words after a blank: ▍2022年 我们这样干)
_YEAR_HEADLINE = LazyPattern(rf"(?:{YEAR})(?:年\s*[:：]|{_YEAR_DOT}|年[^\S\n]+\p{{Han}}{{2,8}}$)"
                             rf"|\p{{Han}}{{2,4}}(?:{YEAR}){_YEAR_LABEL}")
# (or on the years ahead or past, its figure or not: 今后五年:地区生产总值力争达到1.5万亿元)
_SPAN_HEADLINE = LazyPattern(r"(?:今后|未来|过去)[三四五两]年\s*[:：]")
# (or on a plan: “十三五”:奋力建设苏北特色强县)
_PLAN_HEADLINE = LazyPattern(r"[“\"]?十[一二三四五]?五[”\"]?\s*[:：]")
# (or with a comma, words only: 2019年,我们这样干)
_YEAR_COMMA_HEADLINE = LazyPattern(rf"(?:{YEAR})年\s*,\s*[^\d,。;:!]{{2,12}}")
# (and a card's line on its goal, its value after the colon: 2020年目标:与经济增长同步)
_CLAUSE_OR_NOT_A_HEADING = LazyPattern(r"[,。;]|目标[:：]\s*\S|" + _NOT_A_HEADING.pattern)  # one search for most short lines
_HEAD_END = LazyPattern(r"[。:\s]")  # where a heading glued to its paragraph ends (八、就业物价总体稳定:前三季度,…)
_FIRST_CLAUSE = LazyPattern(r"[,;:]")
_BODY_LINE = LazyPattern(r"[,。;:]")  # a line of running text, or a salutation (各位代表:)
# (or a box's label closing on its year after a dot: 数说长丰·2024)
_NAMED_YEAR = LazyPattern(rf"(?<!\d)({YEAR})(?:年|(?={_YEAR_DOT})|{_YEAR_LABEL}|(?<=[·•・][^\S\n]*\d{{4}})(?=[^\S\n]*$))")
_WORK = LazyPattern(r"工作|目标|任务")
PAST_SPAN = LazyPattern(r"过去五年|五年来|这五年|五年的?(?:工作)?回顾")
_NEXT_SPAN = LazyPattern(r"今后五年|未来五年")
_LAST_YEAR = LazyPattern(r"去年|上一年")
_THIS_YEAR = LazyPattern(r"今年|本年")
# This year so far, in a report given in spring (今年以来, 今年1-3月, 今年一季度): a heading's, or a clause's (timing)
SO_FAR_THIS_YEAR = LazyPattern(r"今年(?:以来|1月份?|1\s*[-—至]\s*[2-4]月份?|前[两二三]个?月|一季度)")
# (or a heading on the time since an event of the year, 疫情以来的经济运行情况, in a report given after the spring
# sessions: in one given by March, the year before's)
_SINCE_EVENT = LazyPattern(r"(?:疫情(?:发生)?|年初|入春|春节)以来")
_SPRING_SESSIONS_END = 3  # the last month annual reports are given in, on time
_ACHIEVED = LazyPattern(r"成就|成绩|成效|进展|回顾")
_GOALS_MET = LazyPattern(r"目标(?:任务)?(?:较好|全面|圆满|顺利|超额|基本|胜利)?(?:完成|实现|达成)(?!展望|预测|预判|预计|前景|形势)")
_YEAR_OR_SPAN = LazyPattern("|".join(p.pattern for p in (_NAMED_YEAR, PLAN_NAMED, PAST_SPAN, _NEXT_SPAN)))
# How the body of an untitled part opens.
_OPENS_YEAR = LazyPattern(rf"^\W{{0,3}}({YEAR})年(?:是|,|以来)")
_OPENS_PLAN = LazyPattern(rf"^\W{{0,3}}({PLAN})(?:时期|期间)")
_OPENS_PAST = LazyPattern(r"^\W{0,3}(?:一年来|过去(?:的)?一年|刚刚过去的)")
_OPENS_FUTURE = LazyPattern(r"^\W{0,3}(?:今年(?!以来)|今后|未来|新的一年)")  # 今年以来: a review
# A body opening on a plan's review: its goals met, or the five years it was (“十三五”规划目标任务胜利完成。)
_OPENS_PLAN_REVIEW = LazyPattern(rf"\W{{0,3}}(?P<plan>{PLAN})(?:规划|时期|期间)?[^。,]{{0,8}}?(?:(?:目标任务|主要目标|目标)"
                                 r"(?:较好|全面|圆满|顺利|超额|基本|胜利)?(?:完成|实现)|是[^。]{0,20}五年)")
# a line above a table's heading, blank lines between (its title)
_TITLES_A_TABLE = LazyPattern(r"(?:[^\S\n]*\n){0,2}" + TABLE_HEADING.pattern.removeprefix("(?m)^"))
_TABLE_ROWS = LazyPattern(r"(?:[^\n]*[\t|│┃║][^\n]*\n|[^\S\n]*\n)*")  # (its lines of cells, blank lines between)
TOP_HEADING_MAX = 50  # a top-level heading may carry a comma (一、一年接着一年干,新福建…)
BODY_CHARS = 80


# A line that opens on words no paragraph opens on: the line before goes on into it
_GOES_ON = LazyPattern(r"[^\S\n]*(?:(?:为|的)?[:,;。、)]|是(?![一二三四五六七八九十\d]))")
# A line leading into a list (…目标为:), and the list written on in one paragraph, not item by item
_LEAD_IN = LazyPattern(r"(?:为|是)\s*:$")
_INLINE_LIST = LazyPattern(r"(?!\s*(?:[—\-•·●◆■▲★①-⑳(]|[一二三四五六七八九十\d]+[、.)]))[^。\n]*(?:\n[^。\n]*){0,8}。")
_CELL_RULE = LazyPattern(r"[│┃║]|\|.*\|")  # (not one bar: 02 | 2022年:目标已定)
_GOALS_NAMED = LazyPattern(r"(?:预期|主要)目标(?!完成|执行|实现)|目标任务(?!完成|执行)")


def _heading(line: str, heading_max: int) -> tuple[str, bool] | None:
    """The heading a line holds (a top-level one may be glued to its paragraph), and whether top-level."""
    stripped = line.strip().strip("【】[]■▲◆●★▍▌").strip()  # (【二、2006年中央和地方预算草案】, ■ 第二部分…, ▲2012年:…,
    # ▍2023年:…: as portals and papers mark headings)
    if "\t" in stripped or _CELL_RULE.search(stripped):
        return None  # a table's row (指标\t2018年完成\t2019年预期目标; │指  标│单位│年初目标│调整目标│), not a heading
    if not stripped or (len(stripped) > heading_max and stripped[0] not in _TOP_LEVEL_FIRST):
        return None  # most lines: a paragraph, too long for a heading and not numbered like one
    if len(stripped) <= heading_max and _REPORT_ON_EXECUTION.search(stripped):
        return stripped, True
    if numbered := _TOP_LEVEL.match(stripped):  # (第一部分 过去五年: the blank after its number parts nothing)
        head = _HEAD_END.split(stripped[:numbered.end()] + stripped[numbered.end():].lstrip(), maxsplit=1)[0]
        if len(head) > TOP_HEADING_MAX:  # (二、2012年主要目标地区生产总值增长14%,…: a year's heading glued on)
            head = _FIRST_CLAUSE.split(head, maxsplit=1)[0]
            if len(head) > TOP_HEADING_MAX or not (_NAMED_YEAR.search(head) and (_WORK.search(head) or _ACHIEVED.search(head))):
                return None
        return None if _NOT_A_HEADING.search(head) else (head, True)
    if len(stripped) <= heading_max and ((not _CLAUSE_OR_NOT_A_HEADING.search(stripped) and (
            not _TITLE_OR_NEWS.search(stripped) or _YEAR_HEADLINE.match(stripped) or _SPAN_HEADLINE.match(stripped)))
            or _YEAR_COMMA_HEADLINE.fullmatch(stripped)):
        return stripped, False
    return None


def _from_body(body: str, year: int | None) -> tuple[str | None, int | None, bool]:
    if year is None:
        return None, None, False
    found = _OPENS_YEAR.match(body)
    if found:
        named = read_year(found.group(1))
        if named:
            return ("target" if named >= year else "actual"), named, False
    found = _OPENS_PLAN.match(body)
    if found:
        end = plan_end(found.group(1))
        if end:
            return ("target", end, True) if end >= year else ("actual", end, True)
    if _OPENS_PAST.match(body):
        return "actual", year - 1, False
    if _OPENS_FUTURE.match(body):
        return "target", None, False
    return None, None, False


def _classify(head: str, shared: Shared, year: int | None, half_year: bool, top_level: bool,
              month: int | None) -> tuple[str | None, int | None, bool]:
    met = _GOALS_MET.search(head)  # （一）主要预期目标较好完成: a review of targets met, not targets (全年目标完成展望: ahead)
    plans = not met and bool(shared.sections["target"].search(head))
    reviews = bool(met or shared.sections["review"].search(head))
    kind = "target" if plans and not reviews else "actual" if reviews and not plans else None
    if not _YEAR_OR_SPAN.search(head):  # most short lines: one search, not the four below
        if kind == "actual" and year and not half_year and (SO_FAR_THIS_YEAR.search(head) or (
                month and month > _SPRING_SESSIONS_END and _SINCE_EVENT.search(head))):
            return kind, year, False  # 今年以来经济运行情况, in an annual report given late: this year's months so far
        return kind, None, False
    named = _NAMED_YEAR.search(head)
    named_year = read_year(named.group(1)) if named else None
    if (named_year and (plan := PLAN_NAMED.search(head)) and (end := plan_end(plan.group())) and end < named_year
            and (year is None or named_year > year)):  # (not 2016年和“十二五”以来工作回顾: the year reviewed)
        named_year = None  # “十四五”主要目标和2035年远景目标: the plan's goals, the vision beyond it
    if named_year:
        if year and not half_year and (kind or _WORK.search(head) or _YEAR_HEADLINE.match(head)
                                       or _YEAR_COMMA_HEADLINE.fullmatch(head)):
            # (an earlier year's goals named as such stay goals: 2019年主要预期目标 on a page setting them beside 2020's)
            kind = "target" if named_year >= year or (kind == "target" and _GOALS_NAMED.search(head)) else "actual"
        return kind, named_year, False
    if year is None or half_year:
        return kind, None, False
    named_plans = list(PLAN_NAMED.finditer(head))  # (“十二五”时期发展成就和“十三五”时期主要目标: the goals' plan)
    plan = (named_plans[-1] if plans else named_plans[0]) if named_plans else None
    if plan and (end := plan_end(plan.group())):
        if kind is None and _PLAN_HEADLINE.match(head) and end >= year:
            return "target", end, True  # (a news page's sub-headline on the plan ahead: “十三五”:奋力建设苏北特色强县)
        if kind is None:
            if not (_ACHIEVED.search(head) or _WORK.search(head)):
                return None, end, False  # its body may say more (2026年是“十五五”开局之年): see find_parts
            # (“十三五”以来的发展成就 in its last year: what the plan achieved so far)
            kind = "actual" if end < year or (_ACHIEVED.search(head) and not _WORK.search(head)) else "target"
        return kind, (end if kind == "target" or end < year else None), True
    if PAST_SPAN.search(head):
        return "actual", year - 1, _LAST_YEAR.search(head) is None  # (过去五年和去年的工作: as with 2002年)
    if _NEXT_SPAN.search(head) and kind != "actual":
        if _THIS_YEAR.search(head):
            return "target", year, False  # 今后五年的目标和今年的工作: as with 2003年
        return "target", year + 4, True
    return kind, None, False


def _review_of_earlier_plan(head: str, body: str) -> int | None:
    """The last year of the earlier plan a heading on two plans reviews (“十三五”时期发展成就和“十四五”时期主要目标
    任务), when the body under it opens on that review (“十三五”规划目标任务胜利完成。; “十三五”时期是…的五年), or None:
    the goals then come under a heading or a cue of their own."""
    named = [plan_end(found.group()) for found in PLAN_NAMED.finditer(head)]
    opening = _OPENS_PLAN_REVIEW.match(body.lstrip())
    if len(named) < 2 or opening is None or None in named:
        return None
    opened = plan_end(opening.group("plan"))
    return opened if opened == min(named) < max(named) else None


def find_parts(text: str, shared: Shared, year: int | None, half_year: bool, month: int | None) -> list[Part]:
    """`month`: the month the report was given in, if its head says."""
    parts = [Part(0, "actual", None)]
    top = parts[0]
    offset = 0
    body_seen = False  # (the lines above the first paragraph are the title block: a headline, a date, no part)
    for line in text.splitlines(keepends=True):
        found = _heading(line, shared.heading_max)
        if not found and _BODY_LINE.search(line):
            body_seen = True
        if found and not found[1] and _GOES_ON.match(text, offset + len(line)):
            found = None  # (…会议确定的今年全县经济社会发展主要预期目标 ⏎ 是:…: a line a PDF wrapped, no heading)
        if found and (body_seen or found[1]):
            head, top_level = found
            if top_level and len(head) <= 3:  # 二、“ with the rest of the heading on the next line
                head += text[offset + len(line):offset + len(line) + TOP_HEADING_MAX].split("\n", 1)[0]
            kind, part_year, multi = _classify(head, shared, year, half_year, top_level, month)
            if kind is None and top_level and not half_year:
                plan_year = part_year
                kind, part_year, multi = _from_body(text[offset + len(line):offset + len(line) + BODY_CHARS].lstrip(),
                                                    year)
                if kind is None and plan_year and year:  # 二、"十五五"时期发展的主要考虑; 一、2012年经济运行
                    kind, part_year, multi = (("target" if plan_year >= year else "actual"), plan_year,
                                              bool(PLAN_NAMED.search(head)))
            if kind == "target" and multi and year and not half_year and _ACHIEVED.search(head) \
                    and (earlier := _review_of_earlier_plan(head, text[offset + len(line):offset + len(line) + BODY_CHARS])):
                kind, part_year = "actual", earlier  # (its body opens on the earlier plan's review: that plan's)
            start = offset
            years = [read_year(named.group(1)) for named in _NAMED_YEAR.finditer(head)]
            if (not top_level and year and len(years) > 1 and max(years) >= year
                    and _TITLES_A_TABLE.match(text, offset + len(line))):
                # (2022年主要指标完成情况及2023年预期目标 ⏎ 指标 | 单位 | …: a table's title, whose columns say the
                # years; the text after the table goes on with the goals)
                kind, part_year, multi, start = "target", max(years), False, _TABLE_ROWS.match(text, offset + len(line)).end()
            if kind:
                if not top_level and part_year is None and (kind == top.kind or (
                        kind == "target" and top.kind == "actual" and top.year and "调整" in head)):
                    # a sub-heading inside a part (or on the goals adjusted in the year it reviews: 一、2015年预算执行
                    # 情况 ⏎ (一)预算调整情况: 2015's budget as approved and adjusted)
                    part_year, multi = top.year, top.multi_year
                part = Part(start, kind, part_year, multi, head)
                parts.append(part)
                if top_level:
                    top = part
                elif ((kind, part_year) != (top.kind, top.year) and _LEAD_IN.search(head)
                      and (inline := _INLINE_LIST.match(text, offset + len(line)))):
                    # (年初…确定的全年主要预期目标为: ⏎ 生产总值增长10%,…7%。从前三季度执行情况看,…: the list, written on
                    # rather than item by item, closes the goals at its full stop)
                    parts.append(Part(inline.end(), top.kind, top.year, top.multi_year, top.heading))
        offset += len(line)
    return parts
