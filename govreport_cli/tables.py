"""Tables written as text (a report's 主要经济指标 table, as a PDF or a web page leaves it): a
heading row of column labels, then one row per indicator, each cell read by its column's label.

A closed world, like the rest of the engine: a table counts only when every label of its heading is
known (the indicator, its unit, the period's value such as 1-6月 or 绝对值, last year's value
上年同期 or its whole 上年完成, the change 同比增长%, the year's goal 全年目标增长% or its budget 预算数 beside
what was done, 执行数, and columns read as no row such as 位次 or 为预算%); a row counts only when its first
cell is one indicator's name and nothing more, and it has a value or a dash in every column (or a cell left
blank between rules or tabs: | 283 |  | 9.5 |). A column
of the rows' numbers (序号) or of groups of rows (类别, its cell written on the first row of a group only)
may stand before the names'. Cells are parted by |, │ or a tab, or by two blanks or more (by one, in a
table whose heading parts its labels so: 指标 单位 上半年完成 同比增长(%)).

A heading may run over two lines: labels wrapped inside their cells (比上年同 over 期增长%), or lower labels
under an upper one that spans them (1-6月 over 绝对值 and 同比增长(%)); where the lines are aligned with blanks,
which label is above another must be certain. A row's name may wrap onto the next line (规模以上工业 … over
增加值), with the months it covers (外贸进出口总额 … over (1-5月)).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

import regex

from govreport_cli.context import ReportContext
from govreport_cli.facts import Fact, FactMaker
from govreport_cli.figures import Figure
from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.lines import ROWS_MONTHS_NOTE, ROWS_YEAR_NOTE, TABLE_HEADING, line_end_at, printed_width
from govreport_cli.names import Mention
from govreport_cli.normalize import row_of_cells
from govreport_cli.rules import RuleSet
from govreport_cli.timing import first_period
from govreport_cli.years import plan_end

_UNITS = r"万亿元|亿元|千万元|百万元|万元|元|亿美元|万美元|美元|万人|人|万吨|吨|亿斤|万斤|万个|个|家|件|万件|项|户|个百分点|百分点|%"
_UNIT = LazyPattern(rf"(?:{_UNITS})")
_GLUED_UNIT = LazyPattern(rf"(?<=\p{{Han}})[ \u3000]?(?P<unit>{_UNITS})$")
_MULTIPLIERS = ("万亿", "千万", "百万", "亿", "万")
# The rules that part a table's cells, and tabs: in a heading so parted a label's place is its cell's number, blank
# cells kept (else its place in the line as printed, when the lines are aligned with blanks).
_RULE_CHARS = "|│┃║¦"
_BAR_OR_TAB = LazyPattern(rf"[{_RULE_CHARS}\t]")
_CELL_BLANKS = LazyPattern(r"[ \t\u3000]+")
_WRAPPED_LABEL = LazyPattern(r"[ \t\u3000]*[\p{Han}()%]{1,4}[ \t\u3000]*")  # (目标, 增长(%): a label's last words)
_MONTHS = LazyPattern(r"(\d{1,2})\s*[-—~至]\s*(\d{1,2})月")
_ONE_MONTH = LazyPattern(r"(\d{1,2})月份?(?:当月)?")
_SEPARATOR = LazyPattern(rf"[ \t]*[{_RULE_CHARS}\t][ \t]*|[ \t\u3000]{{2,}}")
# (a table whose heading parts its labels by one blank each parts its rows' cells so too: 指标 单位 上半年完成)
_NARROW_SEPARATOR = LazyPattern(r"[ \t\u3000]+")
# where the clean-up glued two of such a row's values (14.1增长12.5%, 3左右6.2): after a bound's word or a per cent
# sign, or before a change's word
_GLUED_VALUES = LazyPattern(r"(?<=左右|以上|以内|以下|%)(?=[-\d增提下降])|(?<=\d)(?=增长|提高|下降|降低)")
_NARROW_MIN_COLUMNS = 3
_BORDER_LINE = LazyPattern(r"[\s|│┃║┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬:\-=+]*")
_UNIT_IN_PARENS = rf"[(](?:单位:)?(?P<unit>{_UNITS})[)]"
_UNIT_AT_END = LazyPattern(rf"{_UNIT_IN_PARENS}$")  # 地区生产总值(亿元)
_SCOPE_NOTE_AT_END = LazyPattern(r"\((?:不含|含|不包括|包括)[^()]{1,12}\)$")
_JOINED_LABEL = LazyPattern(r"[/／]\p{Han}{1,8}")  # a second label after a slash in one cell
_NOTE_MARK_AT_END = LazyPattern(r"\s*[*＊※①-⑳]+$")
_MARK_NAMED = LazyPattern(r"(?P<mark>[*＊※①-⑳])号?的")  # a note's words for the rows that bear a mark (带*号的指标)
_UNIT_IN_PARENS_ONLY = LazyPattern(_UNIT_IN_PARENS)  # (%) alone
_FIRST_VALUE = LazyPattern(r"(?<=[\p{Han})])[\d—-]")  # 地区生产总值452.3, glued by the clean-up
# Column labels, each read whole (the period's value may name its months: 1-6月, 2015年上半年).
_LABELS = {
    # a column before the names': the rows' numbers, or groups of rows (经济发展 over the first of its rows only)
    "number": LazyPattern(r"序号|编号"),
    "group": LazyPattern(r"类别|分类|领域"),
    "name": LazyPattern(r"(?:主要)?(?:经济)?(?:指标|项目)(?:名称)?"),
    "unit": LazyPattern(r"(?:计量)?单位"),
    # (or its change: 上年同期增长(%), the same period's change a year before)
    "prior": LazyPattern(r"(?:上年|去年)同期(?:累计)?(?P<change>增长|增速|增幅)率?(?:[(]?%[)]?)?"
                         rf"|(?:上年|去年)同期(?:累计)?(?:完成)?(?:数|值|额)?(?:{_UNIT_IN_PARENS})?"),
    # (or a quarter's or other months' change, in a column of its own: 一季度增长(%), 1-5月增速, 5月当月增长, 上半年增幅)
    "growth": LazyPattern(r"(?P<when>上半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—~至]\s*\d{1,2}月份?|\d{1,2}月份?(?:当月|单月))?(?:累计)?(?P<yoy>同比|比(?:上年|去年)(?:同期)?|比(?=增))?(?:增长|增减|增速|增幅|(?<=比)增|±|\+/-)(?:±)?率?(?:[(]?%[)]?)?"
                          r"|(?P<yoy>同比)(?:[(]?%[)]?)?"),
    "target": LazyPattern(rf"(?:(?P<year>(?:19|20)\d\d)年|今年|全年|年度|年初|年(?=计划|目标)|调整后?|[“\"]?(?P<plan>十[一二三四五]?五)[”\"]?(?:规划|计划)?(?:(?P<year>(?:19|20)\d\d)年)?)?"
                          rf"(?:(?:预期|计划|规划)?(?:目标|计划)(?:数|值)?|(?<=年|^|[^\p{{Han}}])预期(?!完成|实绩)|预期(?=增长|增速)|(?<=五[”\"]?(?:规划|计划))"
                          rf"|(?:调整)?预算(?:数)?)(?:[(](?P<year>(?:19|20)\d\d)年[)])?(?P<change>增长|增速|增幅)?"
                          rf"(?:[(](?:%|绝对值|绝对数)[或/、](?:%|绝对值|绝对数)[)]|[(](?P<change>增长|增速)%?[)]|[(]?(?:(?P<pct>%)|{_UNITS})[)]?)?"),
    "level": LazyPattern(rf"(?P<estimate>预计)?(?:(?P<year>(?:19|20)\d\d)年)?(?P<estimate>预计)?"
                         r"(?P<when>(?:\d{1,2}\s*[-—~至]\s*\d{1,2}月份?|\d{1,2}月份?(?![末底])(?:当月)?|当月|上半年|[一二三]季度|前三季度|全年|本期|本年|当期))?"
                         r"(?:(?<=全年)(?P<estimate>预计))?"  # (全年预计)
                         rf"(?:(?P<last>上年|去年)(?=完成|实绩))?(?:累计|实际(?=完成|数|$))?(?:完成(?:情况)?|实绩|执行(?:情况)?)?(?:绝对)?(?:数|值|额|总量|数值)?(?:{_UNIT_IN_PARENS})?"),
    # (ranks, progress, notes (完成情况: 超额完成), the nation's or province's figures beside, a plan's yearly average, its kind (属性: 预期性), and changes of another span or base:
    # 上年同期增长(百分点), 两年平均增长(%), 比2019年同期增长, 一季度增速, 增速比1-5月(百分点), 增速较上半年(百分点): read as no row)
    "skip": LazyPattern(r"(?:[“\"]?十[一二三四五]?五[”\"]?(?:时期|期间)?)?(?:年均|平均)(?:增长|增速)(?:率)?(?:[(]?%[)]?)?(?:[(〔\[]累计[)〕\]])?|(?:指标)?属性|\p{Han}{0,6}(?:增幅|增速)?(?:位次|排名|排位)|完成(?:全年|年度|年|调整后?)?(?:目标|计划)(?:的)?(?:进度)?(?:[(]?%[)]?)?"
                        r"|(?:全年)?(?:目标|计划)?(?:完成)?进度(?:完成)?(?:[(]?%[)]?)?|(?:为|完成|占)(?:调整|年初|年度)?预算(?:的)?(?:[(]?%[)]?)?|完成(?:全年|年度)(?:目标|计划)?(?:进度)?(?:[(]?%[)]?)?|占(?:全年|年度|年)?(?:目标|计划)(?:[(]?%[)]?)?|备注|说明|(?:是否)?完成情况|是否完成"
                        r"|占(?:全国|全省|全市|全区|全县|全州)?(?:的)?(?:比重|份额)(?:[(]?%[)]?)?"
                        r"|(?:全国|全省|全市|全区|\p{Han}{2,4}[省市州])(?:(?:19|20)\d\d年|\d{1,2}\s*[-—~至]\s*\d{1,2}月)?(?:同期)?(?:预期)?(?:同比)?(?:目标|增速|增长|增幅)(?:[(]?%[)]?)?"
                        r"|(?:全国|全省|全市)(?:平均)?(?:水平)?"
                        r"|(?:(?:上年|去年)同期|两年平均|三年平均|比(?:19|20)\d\d年(?:同期)?)"
                        r"(?:增长|增速|增幅)(?:[(]?(?:%|百分点)[)]?)?|(?:增速|增幅)[比较][^|│\t()]{1,8}(?:[(]?百分点[)]?)?"),
}
# A heading's labels as a document spaces them out (指    标, 单    位, 完  成, 增  长): closed up before they are read.
_SPACED_LABEL = LazyPattern(r"(?<=指)[ \t\u3000\xa0]+(?=标)|(?<=单)[ \t\u3000\xa0]+(?=位)|(?<=项)[ \t\u3000\xa0]+(?=目)|(?<=名)[ \t\u3000\xa0]+(?=称)|(?<=[标目])[ \t\u3000\xa0](?=名)"
                            r"|(?<=完)[ \t]{1,2}(?=成)|(?<=增)[ \t]{1,2}(?=长)|(?<=目)[ \t]{1,2}(?=标)|(?<=[预累])[ \t]{1,2}(?=计)"
                            r"|(?<=实)[ \t]{1,2}(?=[绩际])|(?<=计)[ \t]{1,2}(?=划)")
_NUMBER = LazyPattern(r"[-+−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?")
# A cell's value: 1312.5亿元, 5.5左右, 110以上
_VALUE = LazyPattern(rf"(?:(?P<rise>增长|提高)|(?P<fall>下降|降低))?(?P<bound>[≥≤<>])?(?P<sign>[-+−])?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<unit>{_UNITS})?"
                     r"(?P<post>左右|以上|以内|以下)?[*]?"  # (2.31*: a figure with a note's mark)
                     r"(?:[(](?P<when>上半年|[一二三]季度|前三季度|\d{1,2}\s*[-—~至]\s*\d{1,2}月份?)[)])?"  # 5.9(前三季度): its own months
                     r"(?P<estimated>[(]预计[)])?")  # (2.26(预计): the cell's figure an estimate)
_RANGE = LazyPattern(r"(?P<low>(?:增长|提高)?\d+(?:\.\d+)?%?)[ ]?[-—~至][ ]?(?P<high>\d+(?:\.\d+)?%?)(?:左右)?")
_QUALIFIERS = {"左右": "approx", "以上": "at_least", "以内": "at_most", "以下": "at_most", "≥": "at_least", "≤": "at_most",
               ">": "at_least", "<": "at_most"}
# A row named for its change (地区生产总值增长(%)): every value is a change (单位生产总值能耗下降 | % | 4.4;
# 单位地区生产总值能耗降低率 | 3.2%: a fall).
_CHANGE_AFTER_NAME = LazyPattern(r"(?:增长率?|增速|增幅|涨幅|(?P<fall>(?:下降|降低)率?|降幅))(?:[(]%[)])?")
_INDEX_BASE = LazyPattern(r"(?:上年|去年)(?:同期)?=100")
_MISSING = LazyPattern(r"—+|－+|-{1,2}|/|…+|——|\*")
# What may stand before the name in its cell: an item's number, 其中.
_NAME_LEAD = LazyPattern(r"[ \t\u3000]*(?:\d{1,2}[.、]|[(]\d{1,2}[)]|[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)]"
                         r"|其中[:,]?|#)?[ \t\u3000]*")  # (六、外贸进出口总额: an item numbered in words)
_ITEM_NUMBER = LazyPattern(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、]?|[(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)]")
_NUMBER_GLUED = LazyPattern(r"\d{1,2}(?=\p{Han})")
_GROUP = LazyPattern(r"[\p{Han}()、]{2,12}")
# Words before a row's name that keep it the region's: its whole (whether it is the report's own, the names decide:
# 全市 in a county's), or the projects approved in the period, whose contracted sums the name counts (新批协议注册外资)
_OWN_LEAD = LazyPattern(r"全[省市区县州盟旗]|[区县]级|新批|新签约?")
# A zone its title names: a table of a part of the region (not of the zone whose report it is, nor the zone by its
# kind after a time: 2015年上半年开发区主要经济指标)
_ZONE_TITLED = LazyPattern(r"(?:(?![年月]|季度)\p{Han}){2,8}?(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|开发区|高新区|新区|工业园区|产业园区|园区|"
                           r"片区|综合保税区|综保区|保税区)")
# A table of the budget of the government's own level, below the whole region's (市级, 省级, 市本级, 县本级)
_OWN_LEVEL_TITLED = LazyPattern(r"(?:省|市|自治区|州|盟)级|本级")
_CONTINUED = LazyPattern(r"[(（]续[)）]|续表")
_TITLE_UNIT = LazyPattern(rf"单位:(?P<unit>{_UNITS})")
_YEAR = LazyPattern(r"(?:19|20)\d\d(?=年)")
_YEAR_LABEL = LazyPattern(r"(?:19|20)\d\d年")
_TITLE_LINES = 2
_NOTE_REACH = 160  # how far under a table a note of its rows' months may stand
_ONE_LINE_ROLES = ("name", "unit", "number", "group")  # labels no other wraps over (指标, 单位, 序号)
_ROWS_LOOKED_AT = 12  # for a row with every cell, to place the cells of rows that leave some blank
_MOST_GROWTH = Decimal("1.3")  # a year's growth no goal for a level exceeds
# The rest of a row's name wrapped onto a line of its own (增加值, 总额): a few characters and no cell.
# (or the months it covers: 外贸进出口总额 | … \n (1-5月))
_BLANKS_OR_RULES = rf"[ \t\u3000{_RULE_CHARS}]*"
# a row naming a group of the rows under it, numbered apart from theirs (一 | 经济发展; 二、社会民生)
_GROUP_ROW = LazyPattern(rf"{_BLANKS_OR_RULES}(?:[一二三四五六七八九十]{{1,3}}[、.]?|[(][一二三四五六七八九十]{{1,3}}[)])"
                         rf"{_BLANKS_OR_RULES}[\p{{Han}}()、]{{2,12}}{_BLANKS_OR_RULES}")
_NAME_PIECE = r"[\p{Han}()]{1,8}"
_NAME_GOES_ON = LazyPattern(rf"{_BLANKS_OR_RULES}(?P<rest>{_NAME_PIECE}|[(]\d{{1,2}}\s*[-—~至]\s*\d{{1,2}}月[)]){_BLANKS_OR_RULES}")
# (or with words in its other cells, wrapped too: ║配收入 ║ ║…║ 同步 ║)
_NAME_AND_WORDS_GO_ON = LazyPattern(rf"{_BLANKS_OR_RULES}(?P<rest>{_NAME_PIECE})[ \t\u3000]*[{_RULE_CHARS}][^\d\n]*")
# A sub-row named by its subject alone (其中:城镇居民, 农村居民), read with the name of the row above it.
_SUB_ROW_SUBJECT = LazyPattern(r"(?:城镇|农村|城市|农民|城乡)(?:常住)?(?:居民)?")
_INDUSTRY = LazyPattern(r"第[一二三]产业|服务业")  # (a sub-row under the region's product: its part of it)
_YEARS_AT_END = LazyPattern(r"[(][^()]*(?:累计|累积|年均|五年|期间)[^()]*[)]$")
_MONTHS_AT_END = LazyPattern(r"[(](?P<months>\d{1,2}\s*[-—~至]\s*\d{1,2}月)[)]$")
_WORDS_THEN_NUMBER = LazyPattern(r"(?P<words>\p{Han}{2,12})(?P<number>[-+−]?\d+(?:\.\d+)?%?)")
# A line under a row holding only the year its figure done covers: (2024年), the latest published
# (its months, (1—11月), read as the rest of the row's name)
_CELL_YEAR = LazyPattern(r"[ \t\u3000]*[(](?P<year>(?:19|20)\d\d)年[)][ \t\u3000]*")
# A rule at either end of a line: the table's edge (a tab there parts a blank cell).
_OUTER_RULE = LazyPattern(rf"^[ \u3000]*[{_RULE_CHARS}]|[{_RULE_CHARS}][ \u3000]*$")


@dataclass
class Column:
    role: str  # name, unit, level, prior, growth, target, skip
    label: str
    period: str = ""  # the months it names (1-6月), else the table's
    year: int | None = None
    unit: str = ""  # a unit in its label: 1-6月(亿元)
    yoy: bool = False
    change: bool = False  # a goal for the change (全年目标增长%), not the level
    estimate: bool = False
    last_year: bool = False  # the whole year before the report's (上年完成)
    plan: bool = False  # a five-year plan's goal (“十一五”规划 | 2010年)


@dataclass
class Table:
    start: int  # its heading's line
    end: int  # the end of its last row
    title: str
    columns: list[Column]
    lead: list[str]  # the columns before the names' (number, group), read as no value
    # where a full row's cells are printed, in a table aligned with blanks: the columns of a row that leaves some blank
    printed: list[tuple[int, int]] | None = None
    narrow: bool = False  # its cells parted by one blank each

    @property
    def estimate(self) -> bool:
        """A table of estimates (预计完成): its changes are estimated too."""
        return any(column.estimate for column in self.columns)

    @property
    def goals_only(self) -> bool:
        """A table of goals and nothing done (序号 | 指标 | 单位 | 2017年预期目标)."""
        return not any(column.role in ("level", "growth", "prior") for column in self.columns)


class TableReader:
    def __init__(self, rules: RuleSet, maker: FactMaker,
                 mentions: Callable[[str, int, int, ReportContext], list[Mention]]):
        self.periods = rules.shared.periods
        self.maker = maker
        self.mentions = mentions

    def facts(self, text: str, context: ReportContext) -> tuple[list[Fact], list[tuple[int, int]]]:
        """The facts of the report's tables, and the spans of the tables read."""
        facts: list[Fact] = []
        spans = []
        before: Table | None = None  # the table read last, which a heading printed again on its next page goes on
        for heading in TABLE_HEADING.finditer(text):
            table = self._table(text, heading.start())
            if table and before and spans and (not text[spans[-1][1]:heading.start()].strip()
                                               or _CONTINUED.search(table.title)):
                table.title = before.title  # (its rows, a page break, its heading again: the title above the first;
                # or titled as the same table continued: 附表1(续))
            before = table
            if table is None:
                if unfit := _unfit_rows(text, heading.start()):
                    spans.append(unfit)  # (a table whose labels the tool does not know: no row, from prose either)
                continue
            if ((zone := _ZONE_TITLED.search(table.title)) and zone.group() not in context.region + context.alias) \
                    or _OWN_LEVEL_TITLED.search(table.title):
                if unfit := _unfit_rows(text, heading.start()):
                    spans.append(unfit)  # (附:小蓝经开区1-6月主要经济指标: a zone's table, in its county's report;
                    # 2018年市级一般公共预算收支执行情况表: the government's own level's budget, not the whole region's)
                continue
            end = table.start
            first_fact = len(facts)
            table.printed = None if table.narrow else _full_row_printed(text, table)
            last: tuple[int, int, int] | None = None  # the row just read: its line, and the facts before it
            parent: Fact | None = None  # a fact of the last row read by its own name, for the sub-rows under it
            for line_start, line_end in _lines_after(text, table.end + 1):
                line = text[line_start:line_end]
                if _BORDER_LINE.fullmatch(line):
                    continue
                # (or a row that gave nothing, its name cut short: ║城镇居民人均可支║ 元 ║35016║与经济增长║ ⏎ ║配收入 ║…║ 同步 ║)
                if last and table.printed and (words := _NAME_GOES_ON.fullmatch(line)) and (
                        printed_width(line[:words.start("rest")]) >= table.printed[len(table.lead) + 1][0]):
                    continue  # (a cell of words wrapped, printed right of the names: 与经济增长 ⏎ 基本同步)
                # (right under it: 附表二 after a blank line is the next table's)
                if last and line_start == last[1] + 1 and (rest := _NAME_GOES_ON.fullmatch(line) or (
                        len(facts) == last[2] and _NAME_AND_WORDS_GO_ON.fullmatch(line))):  # 规模以上工业 | 亿元 | 88.2 \n 增加值
                    del facts[last[2]:]  # (read again with its whole name)
                    facts.extend(self._row(text, last[0], last[1], table, context, rest.group("rest")) or [])
                    last, end = None, line_end
                    continue
                if last and line_start == last[1] + 1 and (note := _CELL_YEAR.fullmatch(line)):
                    _dated_cell(note, facts, last[2])  # 研发经费投入强度 | % | 2.6 | 2.5 ⏎ (2024年): the cell's own year
                    last = None
                    continue
                if "number" in table.lead and _GROUP_ROW.fullmatch(line):
                    last = None
                    continue
                row = self._row(text, line_start, line_end, table, context, parent=parent)
                if row is None:
                    break
                if row and row[0].name in line:  # (read by its own name, not joined to the one above)
                    parent = row[0]
                last = (line_start, line_end, len(facts))
                facts.extend(row)
                end = line_end
            if end > table.start:
                spans.append((table.start, end))
                _months_noted(text, end, facts, first_fact)
                _year_marked(text, end, facts, first_fact)
            elif unfit := _unfit_rows(text, heading.start()):
                spans.append(unfit)  # (a heading read, but no row under it: its rows, read as prose, would run together)
        return facts, spans

    def _table(self, text: str, start: int) -> Table | None:
        end = line_end_at(text, start)
        columns = _columns(text[start:end])
        under = _next_line(text, end)
        above = _previous_line(text, start)
        third = _next_line(text, line_end_at(text, under)) if under is not None else None
        years_apart = None  # (a heading parted by one blank each, its years on a line of their own)
        if third is not None and (stacked := _stacked_heading(
                [text[start:end], text[under:line_end_at(text, under)], text[third:line_end_at(text, third)]])):
            columns, end = stacked, line_end_at(text, third)  # (2011年 over 实际完成 over 绝对值 and 增长(%))
        elif third is not None and (lower := _wrapped_lower(text[under:line_end_at(text, under)],
                                                        text[third:line_end_at(text, third)])) and (
                three := _two_line_heading(text[start:end], lower)):
            columns, end = three, line_end_at(text, third)  # (2002年 over 实际 and 比上年, over 完成 and 增减%)
        elif under is not None and (years_apart := _years_labelled_below(text[start:end], text[under:line_end_at(text, under)])):
            columns, end = years_apart, line_end_at(text, under)  # (2009年 2010年 over 完成 目标, parted by one blank each)
        elif above is not None and (years_apart := _years_above(text[above:start - 1], text[start:end])):
            columns, start = years_apart, above  # (2025年 2025年 2026年 over 指 标 单位 预期目标 预计完成 预期目标)
        elif under is not None and (two := _two_line_heading(text[start:end], text[under:line_end_at(text, under)])):
            columns, end = two, line_end_at(text, under)  # 1-6月 over 绝对值 and 同比增长(%)
        elif ((wrapped := _wrapped_label_end(text, end))
              and (whole := _columns(text[start:end] + text[under:wrapped].strip()))):
            columns, end = whole, wrapped  # (the last label wrapped onto a line of its own: 2006年预期 \n 目标)
        elif (above is not None and (not columns or _YEAR.search(text, above, start))
              and (two := _wrapped_labels(text[above:start - 1], text[start:end]))):
            # (a label wrapped over the line above: 全年 over 目标, 指标名称 below; the years over labels that read
            # alone too: 2006年 over 目标)
            columns, start = two, above
        elif (above is not None and under is not None and columns and all(c.role in ("name", "unit") for c in columns)
              and (three := _three_line_heading(text[above:start - 1], text[start:end],
                                                text[under:line_end_at(text, under)]))):
            # (1-6月 / 指 标 单位 / 累计: the other labels wrapped around the names' and units' line)
            columns, start, end = three, above, line_end_at(text, under)
        # (labels parted by one blank each, the line no wider apart: its rows are parted so too)
        narrow = bool(years_apart) or (
            not _SEPARATOR.search(text, start, end) and len(_split(text, start, end, narrow=True)) >= _NARROW_MIN_COLUMNS
            and bool(narrow_columns := _columns(text[start:end], narrow=True)))
        if narrow and not years_apart:
            columns = narrow_columns
        for column in columns or ():  # 完成情况: what was done, unless another column holds it (then a note, a share)
            if column.label.endswith(("完成情况", "执行情况")) and sum(c.role == "level" for c in columns) > 1:
                column.role = "skip"
        lead = []
        while columns and columns[0].role in ("number", "group") and columns[0].role not in lead:
            lead.append(columns.pop(0).role)
        if not columns or columns[0].role != "name" or not any(c.role in ("level", "growth", "target") for c in columns):
            return None
        if _twins(columns):
            return None  # (全省 | 全国 over 增长(%) and 增长(%): two columns read alike side by side, which is ours?)
        title = _title(text, start)
        title_unit = _TITLE_UNIT.search(title)
        for column in columns:
            column.unit = column.unit or (title_unit.group("unit") if title_unit else "")
        return Table(start, end, title, columns, lead, narrow=narrow)

    def _row(self, text: str, start: int, end: int, table: Table, context: ReportContext,
             wrapped: str = "", parent: Fact | None = None) -> list[Fact] | None:
        """The row's facts, or None when the line is no row of the table (the table has ended); none when its
        name is not one indicator's (another subject, or of a name `wrapped` onto the next line). A sub-row named
        by its subject alone under its `parent` row (居民人均可支配收入 ⏎ 其中:城镇居民) is read by the two names
        joined (城镇居民人均可支配收入), an industry under the region's product by its value added (第三产业)."""
        cells = _row_cells(text, start, end, table)
        for k, role in enumerate(table.lead):
            first = text[cells[0][0]:cells[0][1]].strip() if cells else ""
            if role == "number" and cells and (not first or _ITEM_NUMBER.fullmatch(first)):
                cells = cells[1:]  # (a sub-row's number cell may be blank: \t其中:出口总额)
            elif role == "number" and cells and table.narrow and (glued := _NUMBER_GLUED.match(text, *cells[0])):
                cells = [(glued.end(), cells[0][1])] + cells[1:]  # (5一般公共预算收入: the clean-up glued the number on)
            elif role == "group" and len(cells) > len(table.columns) + len(table.lead) - k - 1 and (
                    not first or _GROUP.fullmatch(first)):
                cells = cells[1:]  # (a group's later rows leave its cell out, or blank: it spans them)
            elif role == "number" and len(cells) >= len(table.columns) + len(table.lead):
                return None  # (a row's first cell no number: not a row; a sub-row may leave the cell out)
        if len(cells) < len(table.columns) and not table.narrow:  # (与经济增长基本同步7.3: a cell of words, the next one glued to it)
            cells = _words_parted(text, cells)
        if len(cells) == len(table.columns) - 1 and table.columns[1].role == "unit" and (
                unit := _GLUED_UNIT.search(text, *cells[0])) and not _UNIT.fullmatch(text, cells[0][0], unit.end()):
            # (a long name leaves its unit one blank or none: 地方财政一般预算收入 亿元, 城镇居民人均可支配收入元)
            cells = [(cells[0][0], unit.start()), unit.span("unit")] + cells[1:]
        if not cells or len(cells) != len(table.columns):
            return None
        (name_start, name_end), values = cells[0], cells[1:]
        lead = _NAME_LEAD.match(text, name_start, name_end)
        # (外贸进出口总额*: a note's mark; 固定资产投资(不含农户): the scope it is counted in, the region's)
        name = _SCOPE_NOTE_AT_END.sub("", _NOTE_MARK_AT_END.sub("", text[lead.end():name_end])) + wrapped
        row_unit, row_period = "", ""
        if _YEARS_AT_END.search(name):
            return []  # (城镇新增就业(五年累计): a total of several years, no one year's)
        if months := _MONTHS_AT_END.search(name):  # 外贸进出口总额(1-5月): the row's own months
            row_period, name = _period_of(months.group("months")), name[:months.start()]
            if not row_period:
                return []
        if in_parens := _UNIT_AT_END.search(name):
            row_unit, name = in_parens.group("unit"), name[:in_parens.start()]
        # (the name read on its own: a wrapped one is two pieces of the text)
        counted = [m for m in self.mentions(name, 0, len(name), context) if m.rule]
        joined = ""
        if not counted and parent and _SUB_ROW_SUBJECT.fullmatch(name):
            # (the parent's words after the sub-row's last ones: 城镇居民 under 全体居民人均可支配收入, 城镇居民人均…)
            shared = next((k for k in range(len(name), 0, -1) if name[-k:] in parent.name), 0)
            joined = name + (parent.name[parent.name.index(name[-shared:]) + shared:] if shared else parent.name)
        elif not counted and parent and parent.indicator == "gdp" and _INDUSTRY.fullmatch(name):
            joined = name + "增加值"  # (第三产业 under 地区生产总值: its value added)
        elif (not counted and parent and _CHANGE_AFTER_NAME.fullmatch(name)
              and _previous_line(text, start) == parent.evidence_start):  # (地区生产总值 | 亿元 | … ⏎ ⎵⎵增长 | % | 12)
            name = parent.name + name
            counted = [m for m in self.mentions(name, 0, len(name), context) if m.rule]
        sub_row = bool(lead.group().strip()) and "其中" in lead.group()  # (其中:出口)
        if joined:
            found = [m for m in self.mentions(joined, 0, len(joined), context) if m.rule]
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(joined):
                name, counted, sub_row = joined, found, True
        if len(counted) != 1 or not (counted[0].start == 0 or _OWN_LEAD.fullmatch(name, 0, counted[0].start)):
            return []  # a row of another subject, or of no indicator: the table goes on
        mention = counted[0]
        named = _CHANGE_AFTER_NAME.fullmatch(name, mention.end) if mention.end != len(name) else None
        named_change = ("fall" if named.group("fall") else "rise") if named else ""  # the label names a change
        if mention.end != len(name) and not named_change:
            return []
        facts = []
        for column, (cell_start, cell_end) in zip(table.columns[1:], values):
            cell = text[cell_start:cell_end]
            if column.role == "unit":
                if _INDEX_BASE.fullmatch(cell):
                    return []  # (居民消费价格指数 | 上年=100 | 101.9: an index, no row; the table goes on)
                if cell and not _UNIT.fullmatch(cell) and not _MISSING.fullmatch(cell):
                    return None
                row_unit = row_unit or (cell if _UNIT.fullmatch(cell) else "")
        if not row_unit and sub_row and parent:  # (其中:出口 | 14.52 under 外贸进出口总额(亿美元): its parent's unit)
            row_unit = _row_unit(text, parent.evidence_start, table)
        numbers = [(column, number, bound) for column, (cell_start, cell_end) in zip(table.columns[1:], values)
                   if column.role not in ("unit", "skip", "name")
                   for number, bound in _values(text, cell_start, cell_end, column)]
        level = next(((column, n) for column, n, _ in numbers if n and column.role == "level"), None)
        # (the year's goal is no smaller than what its first months did)
        done = _cell_value(level[1]) * (1 if level[0].last_year or self._period(table, level[0], context) == "FY"
                                        else 2) if level else None
        columns = []  # each fact's
        for column, number, bound in numbers:
            if number is None:
                continue
            if number.group("bound") and (column.role == "growth" or column.change or named_change):
                continue  # (目标增长(%) | ≥240 beside 万吨: a level bounded, not the column's change)
            if (column.role == "target" and not (column.change or column.unit == "%" or named_change)
                    and row_unit != "%" and number.group("unit") != "%" and not _goal_of_level(number, done)
                    and not _change_follows(table, column) and not table.goals_only):
                continue  # 全年目标 | 7.5 beside 186.4亿元 done: a change, the heading does not say
                # (2006年目标 | 比上年增长%: the goal's change has its own column, the goal is the level; a table
                # of goals alone: each in its row's unit, 粮食总产量 | 万吨 | 115以上)
            unit = "%" if named_change else number.group("unit") or row_unit or column.unit
            fact = self._fact(text, mention, number, column, unit, named_change, table, context, (start, end),
                              row_period, _cell_value(level[1]) if level else None, bound)
            if fact is not None:
                facts.append(fact)
                columns.append(column)
        return [fact for fact, column in zip(facts, columns)
                if not _plans_total(fact, column, facts, context) and not _plans_change(fact, column, context)]

    def _period(self, table: Table, column: Column, context: ReportContext) -> str:
        # (5月 | 增长% | 1—5月 | 增长%: a change is of the level's period beside it)
        level = _column_before(table, column) if column.role == "growth" and not column.period else None
        return (column.period or (level.period if level and level.role == "level" else "")
                or first_period(self.periods, table.title, 0, len(table.title)) or context.covers)

    def _fact(self, text: str, mention: Mention, number: regex.Match, column: Column, unit: str, named_change: str,
              table: Table, context: ReportContext, row: tuple[int, int], row_period: str,
              level_done: Decimal | None, bound: str) -> Fact | None:
        value = _cell_value(number)
        sign = -1 if (number.group("sign") in ("-", "−")) != bool(number.group("fall")) else 1
        if named_change == "fall":
            sign = -sign
        points = (number.group("unit") or "").endswith("百分点")
        if (number.group("rise") or number.group("fall")) and number.group("unit") != "%" and not (
                points and mention.rule.unit == "%" and "level" in mention.rule.measures):
            return None  # 增长6% in a cell: a change, in per cent (a rate's, 提高0.1个百分点, in points)
        part = context.part_at(table.start)
        # (2007年 | 比上年增长(%): the change of the year in the column before; 2003年 | 2002年 | 增减%: of the later)
        year = (column.year or (_changed_year(table, column) if column.role == "growth" else None) or _title_year(table.title)
                or context.default_year("actual", part.year if part.kind == "actual" else None))
        # (a cell naming its own months, 5.9(前三季度) under 全年预计: those months', done, not estimated)
        own = _period_of(number.group("when")) if number.group("when") else ""
        period = own or row_period or self._period(table, column, context)
        # 上年完成 | 增长%: the year before the one the report is given in, and its change
        if (last := column if column.last_year else _column_before(table, column) if column.role == "growth" else None) \
                and last.last_year:
            year, period = (context.year - 1 if context.year else None), "FY"
        kind, basis = "actual", ""
        rate = unit == "%" and mention.rule.unit == "%" and "level" in mention.rule.measures  # (研发投入强度 %)
        if rate and column.change and not named_change and not (column.role == "target" and _rate_goal(number, level_done)):
            return None  # 全年目标增长(%) of a rate: a change in points or per cent?
        written = number.group("unit")
        # (预期目标(增长%) | 30000万美元: a goal the cell writes as a level)
        level_written = column.role == "target" and written and written != "%"
        growth = (named_change or column.role == "growth" or (column.role == "prior" and column.change)
                  or bool(number.group("rise") or number.group("fall"))
                  or (column.role == "target" and (column.change or column.unit == "%") and not rate and not level_written)
                  or (column.role == "target" and unit == "%" and mention.rule.unit != "%")  # (规上工业增加值 | % | 7.5)
                  or (column.role == "target" and unit == "%" and "level" not in mention.rule.measures))  # (居民消费价格 | % | 3%左右)
        if named_change and column.role == "growth" and level_done is not None:
            return None  # the change of a change (the named change alone, its level's cell blank: that change)
        if (growth and column.role == "target" and not (named_change or written or number.group("rise"))
                and unit and unit != "%" and not unit.endswith("元")
                and level_done is not None and abs(value - level_done) <= level_done / 10):
            return None  # (目标(增长%) | 16.5 beside 16.82万吨 done: a quantity's goal near its level, or a change? the
            # heading says one, the size the other)
        if written and not points and (growth != (written == "%") and not (written == unit == "%")):
            return None  # 28亿元 in a column of changes, 6.8% in one of levels: not the table the heading says
        if growth:
            if rate and column.role == "growth" and number.group("unit") != "%":
                return None  # a rate's change is in points, not per cent
            measure, fig_unit, multiplier = "growth", "百分点" if points else "%", ""
            basis = "yoy" if column.yoy else ""
        else:
            if not unit:
                return None
            measure = "level"
            multiplier = next((m for m in _MULTIPLIERS if unit.startswith(m) and len(unit) > len(m)), "")  # 万人: 万
            fig_unit = unit[len(multiplier):]
        if column.role == "prior":
            year = year - 1 if year else None
        if _planned(column, context):  # 2020年 | 2025年 in a plan's table given in 2021: the goal
            kind, period = "target", "FY"
        goal = column
        # (not a change of its own months beside a goal that is a change: 年度目标(%) | 上半年增幅(%))
        if column.role == "growth" and (before := _column_before(table, column)) and not before.change and (
                before.role == "target" or (before.role == "level" and _planned(before, context))) and not (
                column.period and before.unit == "%"):
            goal = before  # 2007年完成 | 2008年目标 | 增长(%), 2009年预期 | 比上年增长: the goal's change
        if goal.role == "target" or (goal is not column and _planned(goal, context)):
            # (the second year a title names: …完成情况及2018年预期目标表; 2011年 | 2012年 | 增长(%) given in 2012: the goal's)
            kind, period = "target", "FY"
            years = _title_years(table.title)
            year = goal.year or (years[-1] if years else year if context.half_year or part.kind == "actual"
                                 else context.default_year("target", None))
        end = (number.start("when") - 1 if own else number.start("estimated") if number.group("estimated")
               else number.end())
        figure = Figure(measure, number.start(), end, number.start(), end, value, multiplier,
                        fig_unit, sign, "", "", False)
        valued = self.maker.value_of(mention.rule, figure)
        if isinstance(valued, str):
            return None
        value, unit = valued
        why = f"table {table.title.replace(chr(10), ' ')[:24] or 'with no title'}: column {column.label}"
        return Fact(mention.rule, mention.rule.id, mention.text, measure, kind, value, unit,
                    "estimate" if ((column.estimate or (table.estimate and kind == "actual" and column.role != "level"))
                                   and not own or number.group("estimated"))
                    else bound or _QUALIFIERS.get(number.group("post") or number.group("bound") or "", ""), basis, year,
                    period, number.start(), end,
                    row[0], min(row[1], row[0] + 200), why)


def _months_noted(text: str, end: int, facts: list[Fact], first: int) -> None:
    """The rows a note under the table gives months of their own (注:规模以上服务业营业收入为1—5月数据): those months,
    for the facts of the table's period from `first` on."""
    note = ROWS_MONTHS_NOTE.search(text, end, min(len(text), end + _NOTE_REACH))
    if note is None:
        return
    opening = text[text.rfind("\n", 0, note.start()) + 1:note.start()].lstrip(" \t\u3000")
    if not opening.startswith(("注", "註")) or not (period := _period_of(note.group("months"))):
        return  # (a note's clause, its line opening on 注)
    names = note.group("names")
    mark = _MARK_NAMED.search(names)  # (注:带*号的指标为1—8月数据: the rows whose names bear the mark)
    for k in range(first, len(facts)):
        noted = _bears(text, facts[k], mark.group("mark")) if mark else facts[k].name in names
        if noted and facts[k].kind == "actual" and facts[k].period != "FY":
            facts[k].period = period
            facts[k].why += f"; period: the table's note, {note.group().strip()}"


def _year_marked(text: str, end: int, facts: list[Fact], first: int) -> None:
    """The rows bearing the mark a note under the table dates to an earlier year (研发经费投入强度 | % | 2.76* ⏎
    注:1.带*号数据为2023年数): that year, for their facts done from `first` on dated later."""
    note = ROWS_YEAR_NOTE.search(text, end, min(len(text), end + _NOTE_REACH))
    if note is None:
        return
    year = int(note.group("year"))
    for fact in facts[first:]:
        if fact.kind == "actual" and fact.year and fact.year > year and _bears_in_cell(text, fact, note.group("mark")):
            fact.year, fact.period = year, "FY"
            fact.why += f"; its year noted under the table: {note.group().strip()}"


def _bears_in_cell(text: str, fact: Fact, mark: str) -> bool:
    """Whether the fact's own cell bears a note's mark (2.76*: the cell's number, as the table reads it, holds it)."""
    return mark in text[fact.start:fact.end + 2]


def _bears(text: str, fact: Fact, mark: str) -> bool:
    """Whether the name of the fact's row bears a note's mark (外贸进出口总额*)."""
    after = text.find(fact.name, fact.evidence_start) + len(fact.name)
    return text[after:after + 2].lstrip().startswith(mark)


def _dated_cell(note: regex.Match, facts: list[Fact], first: int) -> None:
    """The facts done of the row from `first` on, dated by the year `note`d under it: the latest figure
    published, no estimate. When they come from cells of different years or periods, or the note names no
    earlier year than theirs, which one it is under the tool cannot tell: none of them."""
    done = [fact for fact in facts[first:] if fact.kind == "actual"]
    year = int(note.group("year"))
    if len({(fact.year, fact.period) for fact in done}) != 1 or not done[0].year or year >= done[0].year:
        facts[first:] = [fact for fact in facts[first:] if fact.kind != "actual"]
        return
    for fact in done:
        fact.year, fact.period = year, "FY"
        fact.qualifier = "" if fact.qualifier == "estimate" else fact.qualifier
        fact.why += f"; its year noted under it: {note.group().strip()}"


def _plans_change(fact: Fact, column: Column, context: ReportContext) -> bool:
    """Whether a change in a plan's or a later year's goal column is over the plan's years (2021年目标 | 2025年目标:
    地区生产总值增速 10以上 | 6左右, the plan's yearly average; 能耗降低 13.5, its five years' fall), not one year's."""
    return fact.kind == "target" and fact.measure == "growth" and (
        column.plan or bool(fact.year and context.year and fact.year > context.year))


def _plans_total(fact: Fact, column: Column, row: list[Fact], context: ReportContext) -> bool:
    """Whether an amount in a plan's or a later year's goal column may be the plan's total over its years
    (“十一五”规划 | 2500 beside 402.5 done, 固定资产投资…为五年累计数): more than the row's level done could grow
    to by then, or, with no level done in the row, an amount a plan states as its total."""
    if fact.kind != "target" or fact.measure != "level" or fact.unit == "%" or not (column.plan or (
            fact.year and context.year and fact.year > context.year)):
        return False
    done = next((f for f in row if f.kind == "actual" and f.measure == "level" and f.unit == fact.unit and f.year), None)
    if done is None or not fact.year or fact.year <= done.year:
        return fact.rule.sums_over_years
    return fact.value > done.value * _MOST_GROWTH ** (fact.year - done.year)


def _twins(columns: list[Column]) -> bool:
    """Whether two value columns read alike and stand after columns that read alike too (side by side, or
    each after its own twin): which is the report's own, only a label the tool does not read says."""
    def key(column: Column) -> tuple:
        return (column.role, column.label if column.role in ("name", "unit", "skip") else "", column.year,
                column.period, column.yoy, column.change, column.last_year, column.estimate, column.plan, column.unit,
                column.label.startswith("调整"))  # (年初目标 | 调整目标: the goal as set and as adjusted)
    seen = set()
    for before, column in zip([None, *columns], columns):
        if column.role in ("level", "growth", "target", "prior"):
            pair = (key(column), key(before) if before else None)
            if pair in seen or (before and key(before) == key(column)):
                return True
            seen.add(pair)
    return False


def _planned(column: Column, context: ReportContext) -> bool:
    """A level or change column of a year still to come when the report is given: the goal (2014年/增长(%))."""
    return bool(column.role in ("level", "growth") and column.year and context.year
                and column.year > context.year - (0 if context.half_year else 1))


def _index(table: Table, column: Column) -> int:
    return next(k for k, c in enumerate(table.columns) if c is column)


def _changed_year(table: Table, column: Column) -> int | None:
    """The latest year of the dated level columns just before a change column."""
    at = _index(table, column)
    years = list(itertools.takewhile(bool, (c.year if c.role == "level" else None for c in reversed(table.columns[:at]))))
    return max(years, default=None)


def _change_follows(table: Table, column: Column) -> bool:
    at = _index(table, column)
    after = table.columns[at + 1] if at + 1 < len(table.columns) else None
    return bool(after and after.role == "growth" and not after.year and not after.period)


def _column_before(table: Table, column: Column) -> Column | None:
    at = _index(table, column)
    return table.columns[at - 1] if at else None


def outside(tables: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The part of a sentence before the table it runs into (…列表如下:\n指标|单位|…), or after the
    table it starts in: the rows themselves are read by their columns. (start, start) when none is left."""
    for first, last in tables:
        if first <= start < last:
            start = min(end, last)
        if start < first < end:
            end = first
    return start, end


def _goal_of_level(goal: regex.Match, done: Decimal | None) -> bool:
    """Whether a bare goal (全年目标 | 45) is a level: of the size of the level done in its row (`done`, doubled
    for part of a year: the goal is no smaller), not a change's (7.5 beside 186.4亿元 done by June)."""
    return done is not None and _cell_value(goal) * 2 >= done


def _row_cells(text: str, start: int, end: int, table: Table) -> list[tuple[int, int]]:
    """A row's cells as the table's columns part them: blank ones kept between rules or tabs, or where a full row
    of a table aligned with blanks prints its cells."""
    cells = _cells(text, start, end, table.narrow)
    if table.narrow:
        return cells
    if len(cells) < len(table.columns) + len(table.lead) and _BAR_OR_TAB.search(text, start, end):
        cells = _bordered_cells(text, start, end)  # (生产总值 \t 万元 \t 318620 \t\t; | 生产总值 | 亿元 |  | 8 |: blank cells)
    elif len(cells) < len(table.columns) + len(table.lead) and table.printed:
        cells = _cells_as_printed(text, start, cells, table.printed) or cells  # (地区生产总值  918.3  12.1      11)
    return cells


def _words_parted(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells with the one that holds words and then a number glued on parted in two, or as they were."""
    for k, (start, end) in enumerate(cells[1:], 1):
        if glued := _WORDS_THEN_NUMBER.fullmatch(text, start, end):
            return cells[:k] + [(start, glued.end("words")), (glued.start("number"), end)] + cells[k + 1:]
    return cells


def _row_unit(text: str, start: int, table: Table) -> str:
    """The unit the row at `start` writes, in its unit's cell or after its name (地区生产总值(亿元)), or ""."""
    cells = _row_cells(text, start, line_end_at(text, start), table)[len(table.lead):]
    if len(cells) != len(table.columns):
        return ""
    for column, (cell_start, cell_end) in zip(table.columns, cells):
        if column.role == "unit" and _UNIT.fullmatch(text, cell_start, cell_end):
            return text[cell_start:cell_end]
    in_parens = _UNIT_AT_END.search(text[cells[0][0]:cells[0][1]])
    return in_parens.group("unit") if in_parens else ""


def _values(text: str, start: int, end: int, column: Column) -> list[tuple[regex.Match | None, str]]:
    """A cell's value, with no bound of its own; a range of changes or goals (8-9, 7.5—8) its two bounds, at_least
    and at_most."""
    if column.role in ("target", "growth") and (found := _RANGE.fullmatch(text, start, end)):
        return [(_VALUE.fullmatch(text, *found.span("low")), "at_least"),
                (_VALUE.fullmatch(text, *found.span("high")), "at_most")]
    return [(_VALUE.fullmatch(text, start, end), "")]


def _rate_goal(goal: regex.Match, done: Decimal | None) -> bool:
    """Whether a rate's goal in a column of changes (预期目标(增长%) | 3.5以内 beside 2.6 done) is its level: of the
    size of the level done in its row, not a change's in points (0.15 beside 2.45)."""
    return done is not None and done / 2 <= _cell_value(goal) <= done * 3


def _cell_value(found: regex.Match) -> Decimal:
    return Decimal(found.group("num").replace(",", ""))


def _next_line(text: str, end: int) -> int | None:
    """The start of the line after the one ending at `end`, past a border line, or None."""
    at = end + 1
    while at < len(text) and _is_border(text, at, line_end_at(text, at)):
        at = line_end_at(text, at) + 1
    return at if at < len(text) else None


def _previous_line(text: str, start: int) -> int | None:
    """The start of the line before the one starting at `start`, past a border line, or None."""
    end = start - 1
    while end > 0:
        at = text.rfind("\n", 0, end) + 1
        if not _is_border(text, at, end):
            return at if text[at:end].strip() else None
        end = at - 1
    return None


def _is_border(text: str, start: int, end: int) -> bool:
    return bool(text[start:end].strip()) and bool(_BORDER_LINE.fullmatch(text, start, end))


def _unfit_rows(text: str, start: int) -> tuple[int, int] | None:
    """The span of a table whose heading has a label the tool does not know (全国增速(%)), heading and
    rows: lines of as many cells as the heading's, three or more, parted by tabs or bars or by gaps of two
    blanks or more, as a PDF leaves them (a label wrapped onto a short line of its own under the heading
    too: 2006年预期 over 目标). Read as prose, their cells would run into each other (地区生产总值 亿元
    增长7.5%左右 14766.5 7.6: the goal as done)."""
    end = line_end_at(text, start)
    cells = len(_split(text, start, end))
    if cells < 3 or not _parted(text, start, end):
        return None
    last = end
    if wrapped := _wrapped_label_end(text, end):
        last = end = wrapped
    for line_start, line_end in _lines_after(text, end + 1):
        if line_start == line_end:
            break
        if _BORDER_LINE.fullmatch(text, line_start, line_end):
            continue
        if len(_split(text, line_start, line_end)) != cells or not _parted(text, line_start, line_end):
            break
        last = line_end
    return (start, last) if last > end else None


def _wrapped_label_end(text: str, end: int) -> int | None:
    """The end of the line after the heading line ending at `end` when it holds only a label's last words, or None."""
    under = _next_line(text, end)
    if under is None or not _WRAPPED_LABEL.fullmatch(text, under, line_end_at(text, under)):
        return None
    return line_end_at(text, under)


def _parted(text: str, start: int, end: int) -> bool:
    """Whether the line's cells are parted as a table's: by a tab or a bar, or by gaps of blanks."""
    return bool(_BAR_OR_TAB.search(text, start, end)) or row_of_cells(text[start:end])


def _lines_after(text: str, start: int):
    while 0 < start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        yield start, end
        start = end + 1


def _split(text: str, start: int, end: int, narrow: bool = False) -> list[tuple[int, int]]:
    """The cells of a line, as (start, end), borders and blanks around them left out."""
    cells, at = [], start
    for sep in (_NARROW_SEPARATOR if narrow else _SEPARATOR).finditer(text, start, end):
        if sep.start() > at:
            cells.append((at, sep.start()))
        at = sep.end()
    if at < end:
        cells.append((at, end))
    return [(s, e) for s, e in cells if text[s:e].strip()]


def _cells(text: str, start: int, end: int, narrow: bool = False) -> list[tuple[int, int]]:
    """A row's cells: its name, then its unit and values. Clean text glues a number to the word before it
    (亿元290.5): such a cell is parted again after its unit."""
    cells = []
    for s, e in _split(text, start, end, narrow):
        if cells and narrow and (pieces := _glued_values(text, s, e)):
            cells += pieces
            continue
        if cells and narrow and (unit := _UNIT.match(text, s, e)) and (pieces := _glued_values(text, unit.end(), e)):
            cells += [(s, unit.end())] + pieces  # (万吨1300以上1325.6: the unit, then the values)
            continue
        if cells:
            unit = _UNIT.match(text, s, e)
            if unit and unit.end() < e and _NUMBER.fullmatch(text, unit.end(), e):
                cells += [(s, unit.end()), (unit.end(), e)]
                continue
        elif (number := _FIRST_VALUE.search(text, s, e)) and _split_values(text, number.start(), e):
            cells.append((s, number.start()))  # 地区生产总值452.3: the name, then the first value
            s = number.start()
        cells.append((s, e))
    return cells


def _glued_values(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """A cell of two values or more the clean-up glued (14.1增长12.5%), each value's span; or None."""
    cuts = [start] + [cut.start() for cut in _GLUED_VALUES.finditer(text, start, end)] + [end]
    if len(cuts) == 2:
        return None
    pieces = list(zip(cuts, cuts[1:]))
    return pieces if all(_VALUE.fullmatch(text, s, e) or _MISSING.fullmatch(text, s, e) for s, e in pieces) else None


def _printed_spans(text: str, start: int, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each cell of the line at `start` is printed (a Chinese character two wide)."""
    return [(printed_width(text[start:s]), printed_width(text[start:e])) for s, e in cells]


def _full_row_printed(text: str, table: Table) -> list[tuple[int, int]] | None:
    """Where the cells of the table's first row with every cell are printed, when its lines are aligned with
    blanks (no tab, no rule), or None."""
    wanted = len(table.columns) + len(table.lead)
    for line_start, line_end in itertools.islice(_lines_after(text, table.end + 1), _ROWS_LOOKED_AT):
        if _BAR_OR_TAB.search(text, line_start, line_end):
            return None
        cells = _cells(text, line_start, line_end)
        if len(cells) == wanted:
            return _printed_spans(text, line_start, cells)
    return None


def _cells_as_printed(text: str, start: int, cells: list[tuple[int, int]],
                      printed: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """A row aligned with blanks that leaves cells blank: each cell in the column it is printed under (the only
    one of a full row's cells it overlaps, in order), the others empty; or None when a cell is under none or
    under two."""
    placed: list[tuple[int, int]] = [(0, 0)] * len(printed)
    last = -1
    for (s, e), (a, b) in zip(cells, _printed_spans(text, start, cells)):
        under = [k for k, (c, d) in enumerate(printed) if a < d and c < b]
        if len(under) != 1 or under[0] <= last:
            return None
        last = under[0]
        placed[last] = (s, e)
    at = start
    for k, (s, e) in enumerate(placed):  # (a blank cell: empty, where the cell before it ends)
        placed[k] = (s, e) if e > s else (at, at)
        at = placed[k][1]
    return placed


def _bordered_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A row's cells parted by tabs or rules (|, │), one border one cell's edge, blank cells kept (empty); the
    rules at either end of the line and the blanks around each cell left out."""
    stop = start + len(text[start:end].rstrip(" \r\u3000"))
    at = first = start + len(text[start:stop]) - len(text[start:stop].lstrip(" \u3000"))
    pieces = []
    for border in _BAR_OR_TAB.finditer(text, at, stop):
        pieces.append((at, border.start()))
        at = border.end()
    pieces.append((at, stop))
    if len(pieces) > 2 and text[first] in _RULE_CHARS and text[stop - 1] in _RULE_CHARS:
        pieces = pieces[1:-1]  # (| 地区生产总值 | 亿元 | 213.6 |  | 8左右 |: the table's edges)
    cells = []
    for s, e in pieces:
        inner = text[s:e].strip(" \u3000")
        s = text.find(inner, s, e) if inner else s
        cells.append((s, s + len(inner)))
    return cells


def _split_values(text: str, start: int, end: int) -> bool:
    return bool(_NUMBER.fullmatch(text, start, end) or _MISSING.fullmatch(text, start, end))


def _columns(line: str, narrow: bool = False) -> list[Column] | None:
    """The heading's columns, each label known, or None."""
    line = _SPACED_LABEL.sub("", line)
    columns = []
    for s, e in _split(line, 0, len(line), narrow):
        at = s + len(line[s:e]) - len(line[s:e].lstrip())  # (a line indented by one blank: ⎵指标)
        cell = len(columns)
        while at < e:  # 单位1-6月: two labels the clean text glued (or left one blank apart: 同比增长(%) 年度计划增长(%))
            found = _label(line, at, e)
            if found is None:
                return None
            columns.append(found[0])
            at = found[1] + (line[found[1]:found[1] + 1] in (" ", "\u3000"))
        if len(columns) - cell > 1 and columns[cell].role == "skip" and columns[cell].label.startswith("全"):
            return None  # (全省1-9月 over 增长(%) and 位次: a region's group of columns, not a region's column and a period's)
    return columns


def _two_line_heading(upper: str, lower: str) -> list[Column] | None:
    """A heading over two lines whose lower line has no label in the names' column: each label wrapped in its
    cell (比上年同 over 期增长%), or the lower labels read under the one above them (1-6月 over 绝对值 and
    同比增长(%), 全年目标 over 增长(%)), the upper labels with nothing below standing alone (指标, 单位)."""
    if _BAR_OR_TAB.search(upper):
        uppers, lowers = _ruled_cells(upper), _ruled_cells(lower)
        spanned = len(lowers) < len(uppers) and all(uppers)  # (a page's cells spanning rows, left out below)
        if not spanned and (len(uppers) != len(lowers) or lowers[0] or not uppers[0]):
            return None
    else:
        tops, subs = _placed(upper), _placed(lower)
        if not tops or not subs or subs[0][0] < tops[0][1]:
            return None  # (a lower label under the names' column: a row, not labels)
    return _wrapped_labels(upper, lower) or _grouped_columns(upper, lower)


def _years_labelled_below(upper: str, lower: str) -> list[Column] | None:
    """A heading parted by one blank each, as a PDF's text leaves it, whose last labels are years alone and whose
    line below holds one label for each (指标 单位 2009年 2010年 over 完成 目标): each year read with its own."""
    if _SEPARATOR.search(upper) or _SEPARATOR.search(lower):
        return None
    uppers, subs = _columns(upper, narrow=True), lower.split()
    if not uppers or not subs or len(subs) >= len(uppers):
        return None
    tops = uppers[-len(subs):]
    if not all(_YEAR_LABEL.fullmatch(top.label) for top in tops):
        return None
    under = [_label_under(top, sub) for top, sub in zip(tops, subs)]
    return None if None in under else uppers[:-len(subs)] + under


def _years_above(upper: str, lower: str) -> list[Column] | None:
    """A heading parted by one blank each under a line of years alone, one over each of its last labels
    (2025年 2025年 2026年 over 指 标 单位 预期目标 预计完成 预期目标): each label read under its year."""
    years = _YEAR_LABEL.findall(upper)
    if not years or _YEAR_LABEL.sub("", upper).strip() or _SEPARATOR.search(lower):
        return None
    lowers = _columns(lower, narrow=True)
    if not lowers or len(years) >= len(lowers):
        return None
    over = [_label_under(_one_column(year), sub.label) for year, sub in zip(years, lowers[-len(years):])]
    return None if None in over else lowers[:-len(years)] + over


def _stacked_heading(lines: list[str]) -> list[Column] | None:
    """A ruled heading over three lines, each a level of labels under the one above (2011年 over 实际完成 over
    绝对值 and 增长(%)), as a page's cells spanning rows and columns leave them: a blank cell under a label is
    that label spanning down; a blank beside a label, under a blank or a label spanning down, is the label
    spanning across, within the label above it. None when a level's label does not read under its own."""
    if not all(_BAR_OR_TAB.search(line) for line in lines):
        return None
    grid = [_ruled_cells(line) for line in lines]
    width = len(grid[0])
    if any(len(row) != width for row in grid) or not grid[0][0] or not all(any(row) for row in grid[1:]) or any(
            _NUMBER.fullmatch(cell) for row in grid[1:] for cell in row):
        return None
    paths: list[list[str]] = [[] for _ in range(width)]
    owners = [[-1] * width for _ in grid]  # the column whose label each place holds, -1 for one spanning down
    for level, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell:
                owners[level][c] = c
            elif c and owners[level][c - 1] != -1 and (level == 0 or (
                    not grid[level - 1][c] and paths[c] == paths[c - 1][:len(paths[c])])):
                owners[level][c] = owners[level][c - 1]  # (spanning across, under the same label above)
            elif level == 0:
                return None
            if owners[level][c] != -1:
                paths[c].append(row[owners[level][c]])
    columns = []
    for path in paths:
        column = _one_column(path[0])
        for label in path[1:]:
            column = _label_under(column, label) if column else None
        if column is None:
            return None
        columns.append(column)
    return columns


def _wrapped_lower(upper: str, lower: str) -> str | None:
    """Two ruled lines of labels under a heading's first, each label wrapped in its cell (实际 over 完成, 比上年
    over 增减%): one line of the whole labels, or None. No lower label stands under a blank cell."""
    if not (_BAR_OR_TAB.search(upper) and _BAR_OR_TAB.search(lower)):
        return None
    uppers, lowers = _ruled_cells(upper), _ruled_cells(lower)
    if len(uppers) != len(lowers) or sum(map(bool, uppers)) < 2 or any(
            b and (not a or _NUMBER.fullmatch(b)) for a, b in zip(uppers, lowers)):
        return None
    return "\t".join(a + b for a, b in zip(uppers, lowers))


def _three_line_heading(upper: str, middle: str, lower: str) -> list[Column] | None:
    """A heading whose names' and units' labels stand on the middle line of three, every other label wrapped
    over the lines above and below it (1-6月 over 累计, 同比 over 增长%, 全年 over 目标), as a PDF leaves it
    aligned with blanks: each upper piece paired with the one lower piece printed under it, or None."""
    if _BAR_OR_TAB.search(upper + lower):
        return None
    tops, mids, subs = _placed(upper), _placed(middle), _placed(lower)
    if not tops or len(tops) != len(subs):
        return None
    pairs = list(zip(tops, subs))
    if any(not (top[0] < sub[1] and sub[0] < top[1]) for top, sub in pairs) or any(
            mid[0] < piece[1] and piece[0] < mid[1] for mid in mids for piece in tops + subs):
        return None  # (each upper piece over its lower one; the middle's labels under and over none)
    labels = sorted([(mid[0], mid[2].strip()) for mid in mids]
                    + [(top[0], top[2].strip() + sub[2].strip()) for top, sub in pairs])
    columns = [_one_column(label) for _, label in labels]
    return columns if all(columns) else None


def _wrapped_labels(upper: str, lower: str) -> list[Column] | None:
    """Labels wrapped inside their cells over two lines (全年 over 目标, 同比增 over 长(%)): each cell's two
    pieces read as one label, or None. Cells are paired by their number in ruled lines, by where they are
    printed in lines aligned with blanks; a lower piece under two, or under none (unless it is the names', the
    units' or the row numbers' label, which span no other), is no wrapped label."""
    if _BAR_OR_TAB.search(upper):
        uppers, lowers = _ruled_cells(upper), _ruled_cells(lower)
        if len(uppers) != len(lowers):
            return None
        labels = [a + b for a, b in zip(uppers, lowers)]
        lonely = [b for a, b in zip(uppers, lowers) if b and not a]
    else:
        tops, subs = _placed(upper), _placed(lower)
        over = [[t for t, top in enumerate(tops) if top[0] < sub[1] and sub[0] < top[1]] for sub in subs]
        if any(len(tops_over) > 1 for tops_over in over) or len(set(sum(over, []))) != sum(map(len, over)):
            return None
        pieces = [(top[0], top[2]) for t, top in enumerate(tops) if [t] not in over]
        pieces += [(sub[0], tops[o[0]][2] + sub[2] if o else sub[2]) for sub, o in zip(subs, over)]
        labels = [label for _, label in sorted(pieces)]
        lonely = [sub[2] for sub, o in zip(subs, over) if not o]
    columns = [_one_column(label) for label in labels if label]
    if len(columns) != len(labels) or not all(columns) or any(
            (alone := _one_column(label)) is None or (alone.role not in _ONE_LINE_ROLES and not alone.year)
            for label in lonely):
        return None  # (a lower label under none above, but one of a single line's: under a label spanning two)
    return columns


def _grouped_columns(upper: str, lower: str) -> list[Column] | None:
    """The lower labels read under the one above them, or None when which one is above is not certain:
    in ruled lines, the nearest label to the left (a label spanning two cells leaves one blank beside it);
    in lines aligned with blanks, the label the lower one starts under and the one nearest its centre, both."""
    if _BAR_OR_TAB.search(upper):
        uppers, lowers = _ruled_cells(upper), _ruled_cells(lower)
        if len(lowers) < len(uppers) and all(uppers):
            cells = _spanned_cells(uppers, lowers)
            if cells is None:
                return None
        else:
            cells = [(max(i for i in range(at + 1) if uppers[i]), label) if label else (at, None)
                     for at, label in enumerate(lowers)]
    else:
        tops, subs = _placed(upper), _placed(lower)
        owners = _owners_as_printed(tops, subs)
        if owners is None:
            return None
        uppers = [label for _, _, label in tops]
        placed = [(tops[i][0], i, None) for i in range(len(tops)) if i not in owners]
        placed += [(start, owner, label) for (start, _, label), owner in zip(subs, owners)]
        cells = [(owner, label) for _, owner, label in sorted(placed, key=lambda cell: cell[0])]
    columns = []
    for owner, label in cells:
        top = _one_column(uppers[owner]) if uppers[owner] else None
        if top is not None and label is not None:
            top = _label_under(top, label)
        if top is None and label is not None and sum(at == owner for at, _ in cells) == 1:
            top = _one_column(uppers[owner] + label)  # (one label wrapped under it: 完成 over 计划%, 增幅全市 over 位次)
        if top is None:
            return None
        columns.append(top)
    return columns


def _spanned_cells(uppers: list[str], lowers: list[str]) -> list[tuple[int, str | None]] | None:
    """A page's table whose upper labels span rows or columns it no longer marks (指标 and 单位 over two rows,
    2008年 over 完成 and 增长%): the lower labels shared out in order, as many to each upper one that takes
    any, two or more each (one each could be read two ways), or None."""
    alone = [(column := _one_column(label)) is not None and column.role in ("number", "group", "name", "unit")
             for label in uppers]
    owners = [i for i, spans_rows in enumerate(alone) if not spans_rows]
    if not owners or len(lowers) % len(owners) or len(lowers) < 2 * len(owners):
        return None
    share = len(lowers) // len(owners)
    shapes = {tuple(_measure_of(label) for label in lowers[k:k + share]) for k in range(0, len(lowers), share)}
    if len(shapes) != 1 or None in next(iter(shapes)):
        return None  # (every upper label over the same run of measures: 完成 增长% | 目标 增长%)
    cells: list[tuple[int, str | None]] = []
    for i, spans_rows in enumerate(alone):
        if spans_rows:
            cells.append((i, None))
        else:
            at = owners.index(i) * share
            cells += [(i, label) for label in lowers[at:at + share]]
    return cells


def _measure_of(label: str) -> str | None:
    """What a lower label measures: a change, an amount, or nothing read (None: not a label)."""
    column = _one_column(label)
    if column is None:
        return None
    return "change" if column.role == "growth" or column.change else "skip" if column.role == "skip" else "amount"


def _owners_as_printed(tops: list[tuple[int, int, str]], subs: list[tuple[int, int, str]]) -> list[int] | None:
    """For each lower label, the upper one above it: when the label's start and its centre say the same, or when
    each upper label is centred over the lower ones nearest it (2004年完成 over 绝对额 and 增长%, the first starting
    left of it)."""
    by_starts, by_centres = [], []
    for start, end, _ in subs:
        by_start = max((i for i, (top, _, _) in enumerate(tops) if top <= start + 1), default=0)
        if (top := _one_column(tops[by_start][2])) is None or top.role in ("name", "unit"):
            by_start += 1  # (a label centred over two starts before the one above it: 单位 takes none)
        centre = (start + end) / 2
        by_starts.append(by_start)
        by_centres.append(min(range(len(tops)), key=lambda i: abs((tops[i][0] + tops[i][1]) / 2 - centre)))
    if by_starts == by_centres and all(owner < len(tops) for owner in by_starts):
        return by_centres
    return by_centres if _centred_over(tops, subs, by_centres) else None


def _centred_over(tops: list[tuple[int, int, str]], subs: list[tuple[int, int, str]], owners: list[int]) -> bool:
    """Whether every upper label taking lower ones is centred over them: its centre inside their run, itself no
    wider than it (a label over the names' or units' column takes none)."""
    for owner in set(owners):
        top_start, top_end, label = tops[owner]
        if (top := _one_column(label)) is None or top.role in ("name", "unit"):
            return False
        start = min(sub[0] for sub, at in zip(subs, owners) if at == owner)
        end = max(sub[1] for sub, at in zip(subs, owners) if at == owner)
        if not (start <= (top_start + top_end) / 2 <= end and top_start >= start - 2 and top_end <= end + 2):
            return False
    return True


def _label_under(group: Column, label: str) -> Column | None:
    """A lower label read under its upper one; under a column read as no row, any label (年均增长(%) over
    2006—2007年实际)."""
    if group.role == "skip":
        return group
    # (or in brackets: 2023年目标 over (增长%))
    sub = _one_column(label) or (_one_column(label[1:-1]) if label.startswith("(") and label.endswith(")") else None)
    return _under(group, sub) if sub else None


def _under(group: Column, sub: Column) -> Column | None:
    """A lower label read under its upper one: the period, year and kind above, the measure below."""
    label = f"{group.label}/{sub.label}"
    if "skip" in (group.role, sub.role):
        return Column("skip", label)
    if group.role == "level" and sub.role in ("level", "growth", "prior"):
        return Column(sub.role, label, group.period or sub.period, group.year or sub.year, sub.unit or group.unit,
                      sub.yoy, estimate=group.estimate or sub.estimate)
    if group.role == "target" and sub.role == "target":  # (2009年目标 over 目标 and 增长%: its level)
        return Column("target", label, "", group.year or sub.year, sub.unit or group.unit, change=sub.change,
                      plan=group.plan or sub.plan)
    if group.role == "target" and sub.role in ("level", "growth"):
        return Column("target", label, "", group.year, sub.unit or group.unit, change=sub.role == "growth",
                      plan=group.plan)
    if group.role == "level" and sub.role == "target" and group.year and not (group.period or group.estimate):
        # (2003年 over 计划 and 比上年±%: the year's goal)
        return Column("target", label, "", group.year, sub.unit or group.unit, change=sub.change, plan=sub.plan)
    if group.role == "prior" and sub.role == "level":
        return Column("prior", label, sub.period, None, sub.unit or group.unit)
    return None


def _one_column(label: str) -> Column | None:
    columns = _columns(label)
    return columns[0] if columns and len(columns) == 1 else None


def _ruled_cells(line: str) -> list[str]:
    """A ruled heading line's cells, blank ones kept (a label spanning two leaves one blank beside it). Rules at
    both ends are the table's edges; one at one end only parts a blank cell there (指标 | 单位 | 2015年 | | 2016年 |
    over | | 实绩 | 比上年±% | 预期 | 比上年±%, as a page converted to text without edges leaves them)."""
    line = line.rstrip("\r")
    if len(_OUTER_RULE.findall(line)) == 2:
        line = _OUTER_RULE.sub("", line)
    return [_CELL_BLANKS.sub("", cell) for cell in _BAR_OR_TAB.split(line)]


def _placed(line: str) -> list[tuple[int, int, str]]:
    """The labels of a line aligned with blanks, each with where it starts and ends as printed (a Chinese
    character two wide). A label spaced out (指    标) is one, and keeps the place its blanks take."""
    line = _SPACED_LABEL.sub(lambda m: "\0" * len(m.group()), line)
    placed, width, at = [], 0, 0
    for s, e in _split(line, 0, len(line)):
        width += printed_width(line[at:s])
        placed.append((width, width + printed_width(line[s:e]), line[s:e].replace("\0", "").strip()))
        width += printed_width(line[s:e])
        at = e
    return placed


def _label(line: str, start: int, end: int) -> tuple[Column, int] | None:
    best = None
    for role, pattern in _LABELS.items():
        found = pattern.match(line, start, end)
        if found and found.end() > start and (best is None or found.end() > best[1].end()):
            best = (role, found)
    if best is None:
        return None
    role, found = best
    label = found.group()
    groups = found.groupdict()
    column = Column(role, label, yoy=bool(groups.get("yoy")), change=bool(groups.get("change")),
                    estimate=bool(groups.get("estimate")), unit=groups.get("unit") or ("%" if groups.get("pct") else ""),
                    last_year=bool(groups.get("last")), plan=bool(groups.get("plan")))
    if role == "level" and not (groups.get("when") or groups.get("year")
                                or label.endswith(("数", "值", "额", "量", "完成", "完成情况", "执行情况", "累计", "实绩"))
                                or (groups.get("unit") and not _UNIT_IN_PARENS_ONLY.fullmatch(label))):
        return None  # (a unit alone, (%), is the rest of a label wrapped over it: 年均增长 over (%))
    if role in ("level", "target"):
        # (“十一五”规划目标: the goal for the plan's last year)
        column.year = int(groups["year"]) if groups.get("year") else plan_end(groups["plan"]) if groups.get("plan") else None
    column.period = _period_of(groups.get("when") or "")
    if role == "growth" and groups.get("when") and not column.period:
        column.role = "skip"  # (2-5月增长: no period of the report's year from its start)
    if role == "skip" and (joined := _JOINED_LABEL.match(line, found.end(), end)):
        return column, joined.end()  # (完成进度/备注: a column of notes either way)
    return column, found.end()


def _period_of(when: str) -> str:
    months = _MONTHS.match(when)
    if months:
        first, last = int(months.group(1)), int(months.group(2))
        if first != 1 or not 1 <= last <= 12:
            return ""
        return {3: "Q1", 6: "H1", 9: "Q1-Q3", 12: "FY"}.get(last, f"M1-M{last}")
    if month := _ONE_MONTH.fullmatch(when):  # (5月, 5月当月: the month alone)
        return f"M{int(month.group(1))}" if 1 <= int(month.group(1)) <= 12 else ""
    return {"上半年": "H1", "一季度": "Q1", "二季度": "Q2", "三季度": "Q3", "四季度": "Q4", "前三季度": "Q1-Q3",
            "全年": "FY"}.get(when, "")


def _title(text: str, heading: int) -> str:
    """The lines just above the heading (表1 2015年上半年主要经济指标, 单位:亿元), one per line."""
    lines = []
    end = heading - 1
    while end > 0 and len(lines) < _TITLE_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _BORDER_LINE.fullmatch(line):  # (a box's top border is no title)
            if len(line) > 40 or "。" in line:
                break
            lines.insert(0, line)
        end = start - 1
    return "\n".join(lines)


def _title_year(title: str) -> int | None:
    """The first year of the line nearest the heading that names one (2017年主要经济指标完成情况及2018年
    预期目标表: the year done)."""
    years = _title_years(title)
    return years[0] if years else None


def _title_years(title: str) -> list[int]:
    """The years of the line nearest the heading that names one."""
    for line in reversed(title.split("\n")):
        if found := _YEAR.findall(line):
            return [int(year) for year in found]
    return []
