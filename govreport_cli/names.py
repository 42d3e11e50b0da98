"""Names: where an indicator is named in a sentence, and whether that name counts.

A name does not count in a share (占…比重), for a part of the region (or of the nation: 地方…,
中央…), in a context its rule forbids, when a paired name lacks its partner, or — the closed
world — when any word before it in its clause is not an opening the rule files list, when its
clause has no subject and the clause before speaks of firms or a zone, or when its paragraph is
about a zone, or when it follows such a name with only figures between (高新区实现…720亿元、一般
公共预算收入…). A name that does not count still ends the reach of the name before it, and says why
(`explain` prints it).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.limits import PATTERN_TIMEOUT
from govreport_cli.numbers import FIGURE_WORD
from govreport_cli.rules import Rule, RuleSet
from govreport_cli.scope import GLUED_HEADING, NUMBERED_GLUED_HEADING, Scope, generic_zone_word, larger_whole
from govreport_cli.sentences import clause_start, full_stop

AFTER_CHARS = 12  # how far after a name its not_after contexts look
LOOK_PAST = 60  # how far past a sentence's semicolon a name's lookahead may read, to the full stop
_SENTENCE_ON_A_PART = "its sentence is about a part"
_SUBJECT_BEFORE = "the subject of the name before it"
_TASKED = "the clause before it is a task for a part"
# A name that speaks of a part of the region passes its subject on to a name after it with
# nothing but figures between (高新区实现地区生产总值720亿元、一般公共预算收入42.6亿元).
_PART_REASONS = ("a figure of a part of the region", "its clause has no subject", "the paragraph is about a zone",
                 _SUBJECT_BEFORE, _SENTENCE_ON_A_PART, "a part of the nation", _TASKED)
_AROUND = "a region around the report's own (or, in the nation's, inside it)"
_NATIONAL_ONLY = "national name in a report that is not national"
# the rest of a list's item and the mark before the next (在全市生产总值增长11.5%、财政总收入增长9.2%的背景下: the city's both)
_LIST_ITEM_AFTER = LazyPattern(r"[^,;:。、]{1,24}、")
_DIGIT = LazyPattern(r"\d")
_EVENTS = ("会", "节", "展")  # (洽谈会, 推介会, 博览会, 艺术节, 车展)
_PER_REGIONS_OUTPUT = LazyPattern(r"(?<=\p{Han})(?:地区|国内)生产总值")  # (单位地区生产总值能耗, …占地区生产总值比重)
_CARRIED = "its clause has no subject: its sentence's before the semicolon (or 其中's) is a part's"
_BARE_LEVELS = ("区", "县", "市", "旗")
_BARE_LEVEL_BEFORE = LazyPattern(r"(?:^|(?<=年|实现|完成|全年|今年|[,、(]))[区县市旗]$")
# money of another source than the foreign investment a paired name (到位资金) stands beside
_OTHER_FUNDS = LazyPattern(r"内资|(?:省|市|县|区|境)外资金|国内资金")
# the firms above a size (规模以上工业企业单位增加值能耗下降6.1%;规模以上服务业企业营业收入…): a scope of statistics, no
# part whose clauses go on past its semicolon
_SCALE_FIRMS = LazyPattern(r"(?:规模以上|规上|限额以上|限上)\p{Han}{0,4}企业$")
_NATION = ("全国", "我国")
_NATIONS_OWN = "国内生产总值"
_ADJUSTING = LazyPattern(r"(?:扣除|剔除)[^,;:。]{0,12}$")
_ADJUSTMENT_END = LazyPattern(r"[^,;:。]{0,12}?因素")
_ADJUSTED = LazyPattern(r"\s*(?:剔除|扣除|不含|不计)(?!价格)[^,;:。]{0,12}")
# a clause that opens on the report's own region and goes straight on to its figure: ,我省上涨2.6%
_OWN_CLAUSE = LazyPattern(r"[,;]\s*(?P<own>[我全本][省市区县州旗]|全自治区|\p{Han}{2,8}?[省市区县州旗])"
                            r"(?=(?:同比)?(?:上涨|增长|下降|增加|为|达到|达|完成|实现)[^,;。]{0,6}?\d)")
# 全省和杭州市…分别: the report's own region and another, in that order
_OWN_AND_OTHER = LazyPattern(r"(?P<own>全[省市区县州]|我[省市区县州]|全自治区|\p{Han}{2,8}?[省市区县州])[和与]"
                             r"(?P<other>\p{Han}{2,8}?[省市区县州]|全国)")  # (全省和全国居民消费价格分别上涨0.4%和0.2%)
_RESPECTIVELY = LazyPattern(r"(?:同比)?分别")
# (another subject that is a place, passed on as a part: 南疆四地州, 双凤开发区(双凤工业园) with its other name; or the
# nation setting its goals: 国家提出今年国内生产总值增长8%左右,居民消费价格总水平涨幅控制在4.8%左右)
_PART_WORD = LazyPattern(r"another subject: (?:国家(?:提出|确定|要求|明确)?|.*(?:区|(?<![城乡])镇|乡|街道|本级|园|集聚区|新城"
                         r"|片区|企业|集团|公司|带|走廊|组团|区域|区域内|县域|县域经济|县城|市|州|县|盟|旗|圈|群|兵团|[州市县盟]直))\)?$")
_URBAN_PARTS = ("县城", "城区", "市区")
_PROJECTS = LazyPattern(r"项目")
_LEVEL_PREFIX = LazyPattern(r"(?P<level>[省市区县])级")  # 县级一般公共预算收入: the county's own in a county's report
_BY_LEVEL = LazyPattern(r"(?:分|按|从)级次?(?:来)?看[,:]$")  # (分级次看,区级一般公共预算收入…,镇级…)
_LEVEL_SPLIT_CHARS = 8  # the clause before a name that may split the whole by level (分级次来看,)
_AMONG_OPENS = LazyPattern(r"\s*其中[,:]?\s*")
# (三是…;四是…: the items of a list; …;推动社会消费品零售总额突破4700亿元: a task of its own, the government's)
_NEW_ITEM = LazyPattern(r"\s*(?:[一二三四五六七八九十]是(?=\p{Han})|推动|推进|促进)")
_SET_AGAINST = LazyPattern(r"(?:比|较|高于|低于|快于|慢于)(?:全[国省市区县州])?$")
# a clause of the period alone, opening a sentence (上半年, / 2023年, / 今年以来, / 1-6月,)
_PERIOD_ALONE = LazyPattern(r"\s*(?:\d{4}年|(?:\d{4}年)?(?:上半年|前三季度|第?[一二三四]季度|1\s*[-—至]\s*\d{1,2}月份?|全年"
                            r"|今年以来|年初以来))[,:]\s*")
_AIM_OPENS = LazyPattern(r"\s*(?:力争|确保|争取)")
_WHOLE_OPENING = 6  # characters of a list's first item that name the whole (全市, 江北新区)
# a sentence breaking the figure before down: by its parts (其中,…) or its industries (分产业看,第一产业增加值…)
_BREAKDOWN_OPENS = LazyPattern(r"\s*(?:其中[,:]?|(?:分|从|按)(?:三次)?产业(?:来)?看[,:])\s*")
_BLANKS = LazyPattern(r"\s*")
# (not 粮油总产量7.6万吨,其中粮食…: the region's; nor a tier of the whole economy: 第二产业投资…,其中工业投资…;
# nor investment in industries: 产业投资增长12.8%,其中工业投资…)
_SECTOR = LazyPattern(r"(?<!第[一二三])产业(?!投资)|行业|企业|集团|公司|集群|基地")
# a clause of a period and its change only (其中一季度增长6.1%, 上半年增长5.6%, 1-5月同比下降2%)
_A_PERIOD = r"(?:第?[一二三四]季度|上半年|下半年|前三季度|\d{1,2}\s*[-—至]\s*\d{1,2}月份?|\d{1,2}月份?|(?:十[一二]?|[一二三四五六七八九])月份)"
# (or a list of them and 分别: 5月份、6月份当月分别增长7.1%和8.3%)
# (what the period's change was held back by, between them: 其中一季度受雪灾影响仅增长9.6%)
_CAUSE = r"(?:受[^,;。\d]{1,8}?(?:影响|冲击),?)?(?:仅|只)?"
# (or before them, a clause of its own: ;受持续高温限电影响,8月当月下降11.6%)
_CAUSE_BEFORE = r"(?:受[^,;。\d]{1,12}?(?:影响|冲击),)?"
_PERIOD_CHANGE_OPENS = LazyPattern(rf"\s*{_CAUSE_BEFORE}(?:其中[,:]?)?{_A_PERIOD}"
                                   rf"(?:(?:、|和)(?:{_A_PERIOD}|全年))*"  # (…、前三季度和全年分别…)
                                   rf"(?:当季|当月|单季|单月)?,?{_CAUSE}(?:同比|环比)?(?:分别)?"
                                   r"(?:(?:增速|增幅|涨幅)(?:回落|回升|提高|下降)?|增长|下降|上涨|回落|回升|提高)(?:为|到|至)?"
                                   r"(?:[-\d.]|百分之)")  # (;5月份涨幅回落到3.0%)
# (or a year's, after the years before: 由2000年的338.6亿元增加到2005年的602.4亿元,年均增长11.3%;2005年比上年增长12.9%)
_YEAR_CHANGE_OPENS = LazyPattern(r"\s*(?:其中[,:]?)?(?:19|20)\d\d年(?:全年)?,?(?:同比|比上年|比去年|较上年)?(?:增长|下降)[-\d.]")
_SAME_PERIOD_BEFORE_OPENS = LazyPattern(r"\s*(?:上年|去年)同期(?:为|是)?(?:增长|下降)[-\d.]")  # (…;上年同期增长8.3%)
# (the same figure's change with an item set aside: ;扣除上年…一次性清算入库因素后,可比增长8.6%)
_ADJUSTED_CHANGE_OPENS = LazyPattern(r"\s*(?:扣除|剔除)[^,;。]{1,40}?因素(?:影响)?后?,?\s*(?:按?(?:同口径|可比口径)(?:计算)?,?)?"
                                     r"(?:可比|同口径)?(?:增长|下降)[\d.]")
_EXAMPLE = LazyPattern(r"\s*(?:例如|比如|譬如|举例(?:来说|说明)?|假设|假如|假定)")
# (or the quarters of the half before: 。其中,一季度下降3.8%,二季度增长4.5%)
# (or the quarters' course: 。各季度增速逐季加快,一季度增长11.1%,上半年…)
_QUARTER_VIEW = LazyPattern(r"\s*(?:(?:分|从|按)(?:季度|月度?|月份|阶段)(?:走势|趋势|运行|情况)?(?:来)?看[,:](?:(?:经济)?(?:增速|增幅)\p{Han}{2,8},)?"
                            r"|其中[,:]?(?=第?[一二三四]季度|(?:1[0-2]|[1-9])月份?)"
                            r"|各季度(?:经济)?(?:增速|增幅)?(?:逐季|稳步|持续)\p{Han}{1,4},"
                            r"|(?:[^,;。\d\n]{2,30},)?\p{Han}{0,6}逐[季月]\p{Han}{1,4},)")  # (…,经济指标逐季好转,上半年下降19.5%;
# 月度增速逐月走高,4月、5月分别增长…)
_QUARTER_OR_MONTH_CHANGE_OPENS = LazyPattern(rf"\s*{_CAUSE_BEFORE}(?P<period>第?[一二三四]季度|(?:1[0-2]|[1-9])月份?"
                                             r"|\d{1,2}\s*[-—至]\s*\d{1,2}月份?)"  # (。1—8月增长8.1%;9月份当月…)
                                             r"(?:当季|当月|单季|单月)?,?(?:同比)?(?:增长|下降|增速为?)(?:[-\d.]|百分之)")
# (。其中5月份当月完成7.12亿元: a month's or quarter's level of the figure before)
_PERIOD_LEVEL_OPENS = LazyPattern(rf"{_A_PERIOD}(?:当季|当月|单季|单月)?,?(?:完成|实现|达到|达)?[\d.]+(?:亿|万)?元")
# Quarters written as a list (一季度、二季度, 一、二、三、四季度, 三、四季度), here and for the attacher's lists
QUARTER_LIST = r"(?:第)?[一二三四](?:季度)?(?:、(?:第)?[一二三四](?:季度)?)*(?:和|及|、)(?:第)?[一二三四]季度"
_QUARTERS_LISTED = LazyPattern(rf"(?:{QUARTER_LIST}|四个季度)(?:同比)?分别")  # (一季度、二季度分别…; 四个季度分别…)
# (。一季度、二季度分别增长7.7%和7.9%; 。受…影响,4月、5月当月分别下降2.1%和3.8%)
_LISTED_QUARTERS_OPEN = LazyPattern(rf"\s*{_CAUSE_BEFORE}(?P<quarters>{QUARTER_LIST}|{_A_PERIOD}(?:、{_A_PERIOD})+)"
                                    r"(?:当季|当月|单季|单月)?(?:同比)?分别(?:增长|下降)(?:[-\d.]|百分之)")
_NAME_GLOSS = LazyPattern(r"\((?!不?含|不包括|剔除|扣除|下同|以下|按|[^()]*(?:口径|本级|[区县市]属|[区县市]级))[\p{Han}A-Za-z&]{2,12}\)")
_PERIOD_AFTER_AMONG = LazyPattern(r"其中[,:]?\s*(?:第?[一二三四]季度|上半年|下半年|\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?)")
# Indicators counted after a list of names (地区生产总值、进出口总额2项指标未达到预期,其中进出口总额…): 其中 then
# picks one of them, no part of one.
_INDICATORS_COUNTED = LazyPattern(r"(?:等)?(?:\d{1,2}|[两二三四五六七八九十]{1,2})项(?:主要)?(?:经济)?指标|等(?:主要)?(?:经济)?指标")
# A list of goals opened on the whole (主要预期目标是:地区生产总值增长8%左右,…,直管区一般公共预算收入增长6%左右,
# 城镇新增就业3.5万人以上): a part named in one item is that item's alone
# (or a bound the part is to pass, then the next item of its list: 力争经开区规模以上工业总产值突破700亿元、实际利用外资…;
# not past a comma: …开发区规上工业产值突破1200亿元,技术合同成交额增长20%, perhaps the region's again)
_BOUND_LISTED = LazyPattern(r"(?:突破|超过)[\d.]+(?:万|亿)?(?:元|美元|人|吨|家|个)?(?:以上|左右)?、")
_GOALS_OPEN = LazyPattern(r"目标(?:任务)?(?:是|为|:)")
# (a clause before the goals it sets: 国家提出,…; 国家“十三五”规划纲要提出,到2020年…)
_NATION_SETS = LazyPattern(r"\s*国家(?:[“\"]?十[一二三四五]?五[”\"]?)?(?:规划)?(?:纲要)?(?:提出|确定|要求|明确)了?")
# A clause opening on nothing but a goal's verbs (…开发区加快发展,力争完成固定资产投资30亿元): no subject of its own
# a clause adding places run apart from the region before the name's (…,加上驻市农场,全域粮食总产量突破60亿斤): a sum
# (not money added on the way to a budget's total: 加上中央转移支付,全省一般公共预算支出安排6325亿元)
_ADDED_BEFORE = LazyPattern(r"\s*(?:加上|连同|算上)[^,;:。\d]{0,12}(?:农场|农垦|兵团|林场|林区|驻[省市县区旗](?:单位|企业)?)")
_ONLY_STRIVING = LazyPattern(r"\s*(?:全年)?(?:力争|确保|争取|努力)?(?:全年)?(?:完成|实现)?\s*")  # (陆地港要…,全年实现进出口额…)
_ONLY_FIGURES = LazyPattern(
    r"(?:[\d.,%、:\s]|亿|万|千|百|元|美元|人|个|家|件|吨|斤|个?百分点|增长|下降|增速|增幅|同比|比上年|较上年|左右|以上"
    r"|实现|完成|达到|达|为|和|与|及|分别|了|其中|全部|地方"
    r"|(?:高于|低于|快于|慢于)(?:全[国省市区县州])?(?:平均)?(?:水平)?)*")  # (…完成进出口总额56.2亿元,其中出口…: the part's
# too; 皖北六市生产总值增长9.5%,高于全省0.3个百分点,固定资产投资…: a comparison of the part's is no new subject)


@dataclass
class Mention:
    rule: Rule | None  # None: a name seen in a context that must not count (it still ends the reach)
    start: int
    end: int
    text: str
    rule_id: str = ""  # whose name it is, counted or not
    why_not: str = ""  # why it does not count
    beside: str = ""  # 全省和杭州市…分别: the other subject whose figure comes second in the list


def _town_proper(part: str, rule: Rule) -> bool:
    """Whether the part a clause would inherit is the town proper (县城, 城区, 市区) and the name its
    rural residents': they live outside it, so the figure is the whole's (县城居民…;农民人均纯收入…)."""
    return rule.id.startswith("rural_") and any(word in part for word in _URBAN_PARTS)


def _after_period_clause(text: str, sentence: int) -> int:
    """Where a sentence's first clause starts past a clause of its period alone (上半年,昌吉市实现…), or -1."""
    period = _PERIOD_ALONE.match(text, sentence)
    return period.end() if period else -1


def _after_item_heading(text: str, sentence: int) -> int:
    """Where a sentence's first clause starts past an item's heading glued to it ((二)直管区和功能园区支撑有力:直管区…), or -1."""
    heading = GLUED_HEADING.match(text, sentence)
    return heading.end() if heading else -1


def _adjusted(text: str, sentence: int, opens: int) -> str:
    """剔除烟草因素后,规模以上工业增加值增长4.6%: a clause just before the name's that narrows its scope."""
    if opens <= sentence or text[opens - 1] not in ",:":
        return ""
    found = _ADJUSTED.fullmatch(text, clause_start(text, sentence, opens - 1), opens - 1)
    return f"an adjusted scope ({found.group()})" if found else ""


def _stop_before_among(text: str, sentence: int, stop: str) -> int | None:
    """Where the sentence just before ends on `stop`, when the one at `sentence` opens on 其中 right after it, or None."""
    if not _AMONG_OPENS.match(text, sentence):
        return None
    mark = text.rfind(stop, max(0, sentence - 4), sentence)
    return None if mark == -1 or text[mark + 1:sentence].strip() else mark


def _other_level(name: str, level: str, lead: str) -> str:
    """A name that opens on a level of government other than the report's own (县级… in a province's report:
    its counties together), or on one among the levels the clause before splits the whole into (分级次看,区级…),
    as a reason, or ""."""
    found = _LEVEL_PREFIX.match(name)
    if found and level and not level.endswith(found.group("level")):
        return f"another subject: {found.group()}, a level of government below the report's own"
    if found and (split := _BY_LEVEL.search(lead)):
        return f"another subject: {found.group()}, one level of government among the region's ({split.group()})"
    return ""


def _without(words: str, region: tuple[str, ...]) -> str:
    """The words less the report's own region where it stands as a word of its own (新区 in 浦东新区's
    report is no part of it; 紫竹高新区 still is)."""
    return _own_words(region).sub("", words) if region and words and any(w in words for w in region) else words


@lru_cache(maxsize=64)
def _own_words(region: tuple[str, ...]) -> regex.Pattern:
    # (a zone's generic word only standing alone or after a time or an aim, 高新区, 全年高新区 and 力争开发区, not
    # 紫竹高新区; its proper name anywhere: 上半年东湖高新区)
    return regex.compile("|".join(("(?:(?<!\\p{Han})|(?<=年|季度|力争|确保|争取))" if generic_zone_word(word) else "") + regex.escape(word)
                                  for word in region))


def continues_by_period(text: str, sentence: int) -> bool:
    """Whether a sentence opens on a period and its change only (其中一季度增长6.1%, 上半年增长5.6%, 2005年比上年
    增长12.9%, 上年同期增长8.3%), or on a part of it that is a month or quarter and its level (其中6月份完成28.64亿元), or on the
    change once a one-off item is set aside (扣除…一次性…因素后,可比增长8.6%)."""
    if (_PERIOD_CHANGE_OPENS.match(text, sentence) or _ADJUSTED_CHANGE_OPENS.match(text, sentence)
            or _YEAR_CHANGE_OPENS.match(text, sentence) or _SAME_PERIOD_BEFORE_OPENS.match(text, sentence)):
        return True
    among = _AMONG_OPENS.match(text, sentence)
    return among is not None and _PERIOD_LEVEL_OPENS.match(text, among.end()) is not None


def views_by_quarter(text: str, sentence: int) -> int:
    """Where the quarters start when a sentence opens on a view by quarter of the figure before it
    (。分季度看,一季度增长5.4%,二季度增长5.2%…; 。其中5月份当月完成7.12亿元; 。一季度增长8.6%,…), else -1."""
    view = _QUARTER_VIEW.match(text, sentence)
    if view is None:  # (。一季度增长8.6%,二季度增长8.8%; 。6月份单月增长23.6%: a quarter's or month's, the view unsaid)
        bare = _QUARTER_OR_MONTH_CHANGE_OPENS.match(text, sentence)
        if bare is None and (listed := _LISTED_QUARTERS_OPEN.match(text, sentence)):
            return listed.start("quarters")  # (。一季度、二季度分别增长7.7%和7.9%)
        if bare is None and (before := _SAME_PERIOD_BEFORE_OPENS.match(text, sentence)):
            return before.end() - len(before.group().lstrip())  # (。上年同期为增长13.1%: the same period a year before)
        return bare.start("period") if bare else -1
    return view.end() if view and (continues_by_period(text, view.end()) or _QUARTERS_LISTED.match(text, view.end())
                                   or _PERIOD_LEVEL_OPENS.match(text, view.end())) else -1


class NameFinder:
    def __init__(self, rules: RuleSet, scope: Scope):
        self.rules = rules
        self.scope = scope
        p = rules.shared.pattern
        self.share_before = regex.compile(p("{share_before}"))
        self.share_after = regex.compile(p("{share_after}"))
        self.part_after = regex.compile(p("{part_after}"))
        self.part_of_region = regex.compile(p("{part_of_region}"))
        self.national_part = rules.shared.scope.get("national_part")
        # the sentences read that opened on a part (高新区完成…;一般公共预算收入…): their ends and reasons
        self._parts_text: str | None = None
        self._part_ends: dict[int, str] = {}
        self._counted_as: dict[str, str] = {}  # the words of each name counted so far in the text, and its rule
        self._before_semicolon: Mention | None = None  # the sentence being read: the name before its semicolon
        self._last_names: dict[int, Mention] = {}  # the sentences read: their ends and their last names
        self._rules_counted: dict[int, set[str]] = {}  # the sentences read: their ends and the rules they counted
        self._first_names: dict[int, Mention] = {}  # the sentences read: their starts and first counted names
        # the sentences read with a national name left uncounted (财政收入 before any 财政收入…,其中一般预算收入…):
        # their starts, ends and those words, to read again once the report has said what the words mean
        self._uncounted: dict[int, tuple[int, set[str]]] = {}

    def mentions(self, text: str, start: int, end: int, national: bool = False,
                 names: regex.Pattern | None = None, region: tuple[str, ...] = (), level: str = "",
                 record: bool = True) -> list[Mention]:
        """The names of text[start:end]; `region`: the words of the report's region, `level`: the region
        or, when it is unknown, the level the report speaks of itself at (县 for 全县, 我县…). `record`:
        whether the sentence after may lean on this one's (a look that reads no figures does not, so
        that explain sees what extract sees)."""
        found: list[Mention] = []
        carried = self._part_carried(text, start, national, region)
        # (the last name of the sentence before its semicolon, a paired name's partner: 合同外资13.5亿美元,…;实际到位资金…)
        mark = text.rfind(";", max(0, start - 4), start)
        self._before_semicolon = (self._last_names.get(mark + 1) or self._last_names.get(mark)) \
            if mark != -1 and not text[mark + 1:start].strip() else None
        example = _EXAMPLE.match(text, start)  # (例如,某省研发经费支出100亿元、生产总值6800亿元,则…)
        # (a name may look past its sentence's semicolon, up to the full stop: 财政收入…;其中一般预算收入…)
        stop = text.find("。", end, end + LOOK_PAST) if text[end - 1:end] == ";" else -1
        for m in (names or self.rules.names).finditer(text, start, end if stop == -1 else stop,
                                                       timeout=PATTERN_TIMEOUT):
            if m.start() >= end:
                break
            if found and m.start() < found[-1].end:
                continue  # (inside the gloss of the name before: 地方财政一般预算收入(地方财政收入))
            rule_id, how = self.rules.owners[int(m.lastgroup[1:])]
            if found and found[-1].rule_id == rule_id and text[found[-1].end:m.start()] in ("", "("):
                if found[-1].end == m.start():  # 实际利用外资到位资金: one name
                    found[-1] = replace(found[-1], end=m.end(), text=found[-1].text + m.group())
                continue  # 地区生产总值(GDP): the same indicator named again at once
            rule = self.rules.rules[rule_id]
            opens = clause_start(text, start, m.start())
            before = text[opens:m.start()]
            if _ADJUSTING.search(before) and _ADJUSTMENT_END.match(text, m.end(), end):
                continue  # 扣除出口退税负担因素,同口径增长…: a word of the item set aside, no name
            after = text[m.end():min(end, m.end() + AFTER_CHARS)]

            # (the report's own level, written bare before the name: 实现区地方财政收入…, 2018年区一般公共预算收入…)
            bare = level[-1:]
            own = region + (bare,) if bare in _BARE_LEVELS and _BARE_LEVEL_BEFORE.search(before) else region

            def why_not_of(rule: Rule, how: str) -> str:
                return ((example and f"an example ({example.group().strip()}…), no figure of the region")
                        or _other_level(m.group(), level, text[max(start, opens - _LEVEL_SPLIT_CHARS):opens])
                        or self._why_not(rule, how, m.group(), _without(before, own), after, found, national)
                        or self._not_the_whole(text, start, opens, m.start(), m.group(), rule, found, own, level,
                                               national)
                        or _adjusted(text, start, opens))

            why_not = why_not_of(rule, how)
            if not why_not and how == "paired" and (other := self._funds_between(text, found, rule, m.start())):
                why_not = f"paired name after money of another source ({other}), not its partner's"
            # (the same words mean the same throughout a report: 财政收入…,其中一般预算收入… read as the total
            # earlier, then 财政收入增长10% in the goals, not the nation's name)
            if why_not == _NATIONAL_ONLY and (same := self._counted_as.get(m.group())) and same != rule_id:
                rule_id, rule = same, self.rules.rules[same]
                why_not = why_not_of(rule, "")
            elif why_not == _NATIONAL_ONLY and record:
                self._uncounted.setdefault(start, (end, set()))[1].add(m.group())
            if (carried and not why_not and not found and (opens == start or _AMONG_OPENS.fullmatch(text, start, opens))
                    and not self._names_whole(before + m.group(), region, self._before_semicolon is not None)
                    and not _town_proper(carried, rule) and not _PER_REGIONS_OUTPUT.search(m.group())):
                # (but past the part's own names, 全社会 is the name's: 州直实现地区生产总值…;规模以上工业增加值…;
                # 全社会固定资产投资完成702.5亿元)
                # (not a name that opens on the whole itself: …;全社会研发投入占地区生产总值比重达到2.6%; nor a ratio to the
                # region's output: …地级城市空气质量优良天数比例达到85.4%;单位地区生产总值能耗预计下降3.2%)
                why_not = f"{_CARRIED} ({carried})"
            if (not why_not and found and found[-1].why_not.startswith(("another subject", _AROUND))
                    and _LIST_ITEM_AFTER.fullmatch(text, found[-1].end, m.start())):
                why_not = f"an item of a list after {found[-1].text}, whose subject is not the region ({found[-1].why_not})"
            elif (not why_not and found and (
                    found[-1].why_not.endswith(_AROUND) or found[-1].why_not.startswith((_CARRIED, _SUBJECT_BEFORE))
                    or (_PART_WORD.match(found[-1].why_not) and ":" not in text[start:found[-1].start]))
                  and opens > start and not before.strip() and ";" not in text[found[-1].end:m.start()]
                  and not self._names_whole(text[found[-1].end:opens], region, True)):
                # (今年全省生产总值预期增长7%—7.5%,规模以上工业增加值增长7.5%: the clauses after go on with its subject;
                # so do a part's, 榆林市今年生产总值力争增长14%,地方财政收入增长20%, but not in a list of the whole's
                # items: 主要预期目标是:…,直管区一般公共预算收入增长6%左右,城镇新增就业3.5万人以上; nor past a clause
                # naming the whole again: 按照…全市地区生产总值增长15%以上的要求,今年全区…目标是:地区生产总值增长16%)
                why_not = f"a clause after {found[-1].text}, whose subject is not the region ({found[-1].why_not})"
            beside = ""
            if why_not.startswith("another subject") and (pair := _OWN_AND_OTHER.fullmatch(before.strip())) \
                    and (pair.group("own") in region or (pair.group("own")[0] in "全我本"
                                                          and level[-1:] == pair.group("own")[-1])) \
                    and _RESPECTIVELY.match(text, m.end(), end):
                why_not, beside = "", pair.group("other")  # 全省和杭州市服务业增加值分别增长9.4%和13%: the first is ours
            # a gloss right after the name is the name's (实际利用外资(外商直接投资)16.1亿美元), not another subject
            gloss = _NAME_GLOSS.match(text, m.end(), end)
            found.append(Mention(None if why_not else rule, m.start(), gloss.end() if gloss else m.end(), m.group(),
                                 rule_id, why_not, beside))
        if (not found or views_by_quarter(text, start) != -1) and (continued := self._continued(text, start)) \
                and (not found or continued.start < found[0].start):
            # …同比增长2.6%;其中一季度增长6.1%,二季度增长0.6%: the name before, by period (and 。…,经济指标逐季好转,
            # 上半年下降19.5%,…,全年地区生产总值…: up to the sentence's own name)
            found.insert(0, continued)
        first = found[0] if found else None
        opens = clause_start(text, start, first.start) if first else start
        item = _after_item_heading(text, start)
        on_a_part = first is not None and (
            (opens in (start, item, _after_period_clause(text, start))
             and not _AIM_OPENS.match(text, opens))  # (力争上合示范区进出口增长30%以上;出口增长8%: one goal of a list)
            # (东台市要争创…,地区生产总值增长8.5%;…; 赣州经开区要加快…建设,力争规模以上工业增加值增长13%;…)
            or first.why_not.startswith(_SENTENCE_ON_A_PART)
            or (first.why_not.startswith(_TASKED)  # (园区要完善…,重点引进…,全年完成…;税收收入…: its tasks, no figure, between)
                and (clause_start(text, start, max(start, opens - 1)) in (start, item)
                     or not _DIGIT.search(text, max(start, item), opens))))
        if (record and on_a_part and (first.why_not.startswith(_PART_REASONS) or _PART_WORD.match(first.why_not))
                and not _SCALE_FIRMS.search(text, opens, first.start)
                # (not a list of parts, each its own clause: 推动东湖高新区…增长8%以上,长江新区…增长15%;力争工业投资…)
                and not any(m.rule is None and _PART_WORD.match(m.why_not) and m.why_not != first.why_not
                            and clause_start(text, start, m.start) != opens for m in found[1:])):
            self._part_ends[end] = carried if first.why_not.startswith(_CARRIED) else first.why_not
        if record:
            self._counted_as.update((m.text, m.rule_id) for m in found if m.rule is not None)
        if found and record:
            # (its last name, the whole a 其中 after the semicolon splits; not one a figure is set against: 全区实现增加值…,
            # 比全市生产总值增速(8.2%)高2.6个百分点;其中第三产业增加值…)
            self._last_names[end] = next(
                (m for m in reversed(found) if not _SET_AGAINST.search(text, max(0, m.start - 6), m.start)), found[-1])
            self._rules_counted[end] = {m.rule_id for m in found if m.rule is not None}
            if first_counted := next((m for m in found if m.rule), None):
                self._first_names[_BLANKS.match(text, start).end()] = first_counted
        if region and not national:
            self._nation_beside_own(text, found, region)
        if level and any(_AROUND in m.why_not for m in found):
            found = self._own_after_around(text, end, found, region, level)
        return found

    def _own_after_around(self, text: str, end: int, found: list[Mention], region: tuple[str, ...],
                          level: str) -> list[Mention]:
        """全国居民消费价格上涨2.5%,我省上涨2.6%: a clause that opens on the report's own region and
        goes straight on to a change or a level speaks of the indicator named for the region around it."""
        added = []
        for k, mention in enumerate(found):
            if mention.rule is not None or _AROUND not in mention.why_not:
                continue
            stop = found[k + 1].start if k + 1 < len(found) else end
            own = _OWN_CLAUSE.search(text, mention.end, stop)
            if own and (own.group("own") in region or (own.group("own")[0] in "我全本"
                                                        and not larger_whole(own.group("own"), level))):
                name = mention.text[2:] if mention.text[:2] in _NATION else mention.text
                added.append(Mention(self.rules.rules[mention.rule_id], own.start("own"), own.end("own"), name,
                                     mention.rule_id))
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _continued(self, text: str, sentence: int) -> Mention | None:
        """The counted name that ended the sentence just before, up to its semicolon, when this one
        holds no name and opens on a period and its change (;其中一季度增长6.1%; ;上半年增长5.6%), else None."""
        mark = text.rfind("。", max(0, sentence - 4), sentence)
        if (quarters := views_by_quarter(text, sentence)) != -1 and mark != -1 and not text[mark + 1:sentence].strip():
            # 。分季度看,…: the subject of the sentence before, one sentence of one subject (not
            # …;第三产业增加值…增长9.8%。分季度看: whose quarters?)
            whole = _BLANKS.match(text, full_stop(text, mark)).end()
            if whole not in self._first_names and not _BREAKDOWN_OPENS.match(text, whole) \
                    and (line := text.rfind("\n", whole, mark) + 1) > whole:
                whole = _BLANKS.match(text, line).end()  # (a line before ending on a colon goes on into it: …呈现以下特点:⏎(一)…)
            if not _AMONG_OPENS.match(text, sentence) and _BREAKDOWN_OPENS.match(text, whole) and whole > 1:
                # (…增长4.3%。其中,第一产业增加值…;第三产业…。分季度看: the breakdown's whole, the sentence before;
                # 。分产业看,第一产业增加值…;…。分季度看 too)
                mark = text.rfind("。", max(0, whole - 4), whole)
                if mark == -1 or text[mark + 1:whole].strip():
                    return None
                whole = _BLANKS.match(text, full_stop(text, mark)).end()
            before = None if ";" in text[whole:mark] or "其中" in text[whole:mark] else self._first_names.get(whole)
            last = self._last_names.get(mark + 1)
            if before and _AMONG_OPENS.match(text, sentence) and (last is None or last.rule_id != before.rule_id):
                return None  # (。其中,一季度…: of the sentence's one indicator only, maybe named in its heading too)
            return Mention(before.rule, quarters, quarters, before.text, before.rule_id) if before else None
        if not continues_by_period(text, sentence) and quarters == -1:  # (…;分季度看,一季度增长5.1%,…: a view too)
            return None
        mark = text.rfind(";", max(0, sentence - 4), sentence)
        if mark == -1 or text[mark + 1:sentence].strip():
            return None
        before = self._last_names.get(mark + 1) or self._last_names.get(mark)
        if before is None or before.rule is None:
            return None
        if quarters != -1 and ((first := self._first_names.get(_BLANKS.match(text, full_stop(text, mark)).end())) is None
                               or first.start != before.start):
            return None  # (…增长6%,第三产业增加值增长5%;分季度看: whose quarters?)
        among = _AMONG_OPENS.match(text, sentence)
        at = among.end() if among else sentence if quarters == -1 else quarters  # (after 其中: no sub-item between)
        return Mention(before.rule, at, at, before.text, before.rule_id)

    def _counted_before_among(self, text: str, sentence: int, rule_id: str) -> bool:
        """Whether the sentence just before counted `rule_id`, when this one opens on 其中 after its stop
        (…新批外商投资项目76个,合同外资6.8亿美元。其中,韩资项目41个,合同外资3.9亿美元: a part of it)."""
        mark = _stop_before_among(text, sentence, "。")
        return mark is not None and rule_id in (self._rules_counted.get(mark + 1) or self._rules_counted.get(mark) or ())

    def _name_before_among(self, text: str, sentence: int) -> Mention | None:
        """The last name of the sentence just before, when this one opens on 其中 after its semicolon
        (实际利用外资30.9亿美元;其中外商直接投资实际到位资金18.9亿美元: a part of it), else None."""
        mark = _stop_before_among(text, sentence, ";")
        return None if mark is None else self._last_names.get(mark + 1) or self._last_names.get(mark)

    def to_read_again(self) -> list[tuple[int, int]]:
        """The sentences read so far whose national name the report counted later as another indicator's
        (财政收入由2005年的336亿元增加到…, then 财政收入1006.7亿元,…其中一般预算收入…): the same words mean the
        same throughout a report, whichever sentence says so first."""
        return [(start, end) for start, (end, words) in self._uncounted.items()
                if any(word in self._counted_as for word in words)]

    def _part_carried(self, text: str, start: int, national: bool, region: tuple[str, ...]) -> str:
        """The part the sentence just before, up to a semicolon, opened on, or ""; or up to a stop, when this
        one opens on 其中 (地方一般公共预算本级收入…。其中,税收收入…: the part's taxes)."""
        if self._parts_text is not text:
            self._parts_text, self._part_ends, self._last_names, self._first_names = text, {}, {}, {}
            self._counted_as, self._uncounted, self._rules_counted = {}, {}, {}
        mark = text.rfind(";", max(0, start - 4), start)
        among = mark == -1 and _AMONG_OPENS.match(text, start)
        if among:
            mark = text.rfind("。", max(0, start - 4), start)
        if mark == -1 or text[mark + 1:start].strip() or (not among and _NEW_ITEM.match(text, start)):
            return ""  # (…;四是确保粮食总产量…: a new item of the list, its own subject)
        carried = self._part_ends.get(mark + 1) or self._part_ends.get(mark, "")  # (with its mark or not)
        unread = not among and not carried and mark + 1 not in self._last_names and mark not in self._last_names
        if (among or unread) and not carried:  # (the sentence before, read or not: its opening;
            # 海淀园实现技工贸总收入2216亿元;实现工业总产值…: one that named nothing was not read)
            stop = full_stop(text, mark)  # (the clause just before: 县城建成区面积扩大到42平方公里,…;完成农村户厕改造
            if not among:  # 1.2万户;单位地区生产总值能耗下降3.8%: not the part the sentence opened on, two items back)
                stop = max(stop, text.rfind(";", stop, mark) + 1)
            before = _BLANKS.match(text, stop).end()
            if among and (heading := NUMBERED_GLUED_HEADING.match(text, before, mark)):  # (2.地方…收支情况:地方…。其中,…)
                before = heading.end()
            if national and self.national_part and self.national_part.match(text[before:mark]):  # (it opens on ^)
                carried = "a part of the nation (地方…, 中央…, 地区生产总值)"
            elif among or _DIGIT.search(text, before, mark):  # (not an event with no figure: 综合保税区获批设立;全年…)
                # (not a part whose clause gives way to the whole: …景区灾后涅槃重生,全市旅游综合收入…;农民人均纯收入…)
                carried = (self.scope.opening_part(text, before, region)[0] if among
                           else self.scope.sentence_part(text, before, mark, region))
        # (a fair held is no place whose clauses go on past its semicolon: 成功举办…推介会,…;外贸进出口总额…)
        if not among and carried.endswith(_EVENTS) or carried and not among and self._list_of_the_whole(
                text, mark, region):
            return ""
        return carried

    def _list_of_the_whole(self, text: str, mark: int, region: tuple[str, ...]) -> bool:
        """Whether the part's clause ending at `mark` is one item of a list opened on the region's whole
        (新区地区生产总值增长6%左右;直管区一般公共预算收入增长3%;规模以上工业增加值增长7%以上: the whole's again)."""
        sentence = full_stop(text, mark)
        item = text.rfind(";", sentence, mark)
        if item == -1:
            return False
        opening = max(text.rfind(";", sentence, item), text.rfind(":", sentence, item), sentence - 1) + 1
        # (not a list opened on a part, the whole after it: 临沅经开区作为全县发展主平台,…;…;一般公共预算收入…)
        # (not 全社会, a name's word: …;全社会固定资产投资完成702.5亿元;社会消费品零售总额…: the part's list goes on)
        return self._names_whole(text[opening:opening + _WHOLE_OPENING], region, True) and not self.scope.opening_part(
            text, opening, region)[0]

    def _names_whole(self, words: str, region: tuple[str, ...], society_named: bool = False) -> bool:
        """Whether `words` name the report's whole region (`society_named`: 全社会 is a name's word, no whole)."""
        return any(w in words for w in region) or bool(self.scope.whole_region and any(
            not (society_named and found.group() == "全社会") for found in self.scope.whole_region.finditer(words)))

    def _nation_beside_own(self, text: str, found: list[Mention], region: tuple[str, ...]) -> None:
        """全年国内生产总值增长2.3%,全省地区生产总值增长3.8%: below the nation, a 国内… name followed in
        its sentence by another name of the indicator that counts is the nation's (not one after the region's
        whole: 全省国内生产总值由…增加到…,经济总量突破1万亿元)."""
        for k, mention in enumerate(found):
            if mention.rule is not None and mention.text.startswith("国内") and not self._names_whole(
                    text[max(0, mention.start - 3):mention.start], region) and any(
                    later.rule is not None and later.rule_id == mention.rule_id and not later.text.startswith("国内")
                    for later in found[k + 1:]):  # (国内生产总值增长25%,…国内生产总值突破500亿元: the region's, twice)
                found[k] = replace(mention, rule=None, why_not=f"the nation's: {mention.text} before the region's own")

    def _not_the_whole(self, text: str, sentence: int, opens: int, at: int, name: str, rule: Rule,
                       found: list[Mention], region: tuple[str, ...], level: str, national: bool) -> str:
        """Closed world: the words before a name in its clause, up to an earlier name, must all be openings."""
        before = found[-1].why_not if found else ""
        if ((before.startswith(_PART_REASONS) or _PART_WORD.match(before) or _AROUND in before)
                and (_ONLY_FIGURES.fullmatch(text, found[-1].end, at) or _BOUND_LISTED.fullmatch(text, found[-1].end, at))
                and not _town_proper(before, rule)
                and not (found[0].rule is not None and _GOALS_OPEN.search(text, sentence, found[0].start))):
            return f"{_SUBJECT_BEFORE} ({found[-1].text}: {found[-1].why_not})"
        # 全国城镇调查失业率: a name that opens on the nation is no name of a region below it
        larger = larger_whole(text[opens:at] + text[at:at + 2] * (text[at:at + 2] in _NATION), level) if level else ""
        if larger:
            return f"another subject: {larger}, {_AROUND}"
        since = max([opens] + [x.end for x in found if opens <= x.end <= at])
        words = text[since:at]
        if words.endswith("全") and text.startswith("地区", at):
            words += "地区"  # 全地区生产总值: a prefecture's whole (全地区) and its GDP share 地区
        # (区地方财政收入完成…: the district itself, written by its level alone at the clause's opening)
        itself = since == opens and level and words.strip() == level[-1]
        other = not itself and (self.scope.other_subject(words, region) or self.scope.labelled_place(text, opens, region))
        if other:
            return f"another subject: {other}"
        if since == opens and "、" in words and (part := self.scope.opening_part(text, opens, region)[0]):
            return f"another subject: {part}"  # (…,某公司完成产值1.8亿元、出口创汇820万美元: the firm's items)
        if not words.strip() and (sector := self.scope.sector_before(text, sentence, opens)):
            return f"the subject of the clause before it: {sector}"  # (柳编产业实现产值28.6亿元,出口创汇1.9亿美元)
        if _ONLY_STRIVING.fullmatch(words) and (tasked := self.scope.tasked_before(text, sentence, opens, region)):
            return f"{_TASKED}: {tasked}"
        added = clause_start(text, sentence, opens - 1) if opens > sentence else opens
        if opens > sentence and _ADDED_BEFORE.fullmatch(text, added, opens - 1):
            return f"a sum with what the clause before adds ({text[added:opens - 1].strip()})"
        if (opens > sentence and _NATION_SETS.fullmatch(text, clause_start(text, sentence, opens - 1), opens - 1)
                and not self._names_whole(words, region)):
            return "another subject: 国家提出"  # (国家提出,今年要确保国内生产总值增长8%左右,…: the nation's goals)
        whole = found[-1] if found else self._name_before_among(text, sentence)
        if ("其中" in text[opens:at] and whole and whole.rule is rule  # the whole: the name just before, counted
                and not _PERIOD_AFTER_AMONG.search(text, opens, at)  # (其中一季度…: a period of it, no part)
                and not _INDICATORS_COUNTED.search(text, whole.end, opens)
                and not any(p.fullmatch(whole.text) for p in rule.broader)  # (工业增加值…,其中规模以上…: the rule's own)
                and not any(p.fullmatch(name) for p in rule.split_names)):  # (…,其中城镇、农村居民收入分别…: two others)
            return "a part (其中) of the same indicator"
        if ("其中" in text[opens:at] and whole and whole.why_not.startswith("another subject")
                and not _PERIOD_AFTER_AMONG.search(text, opens, at)):
            # (跨境电商进出口增长9.8%,其中出口增长11.7%: the channel's part)
            return f"a part (其中) of another subject before it ({whole.why_not.removeprefix('another subject: ')})"
        if ("其中" in text[opens:at] and not whole and not any(m.rule for m in found)
                and (figure := FIGURE_WORD.search(text, sentence, opens))
                and _SECTOR.search(text, sentence, figure.start())):
            return "a part (其中) of a sector before it"  # 藤铁工艺产业实现产值80.6亿元,…,其中出口…
        if ("其中" in text[opens:at] and "投资" in name and not any(m.rule for m in found)
                and _PROJECTS.search(text, sentence, opens)):
            return "a part (其中) of the projects' investment before it"  # 实施项目1600个、完成投资3000亿元,其中工业投资…
        # (a clause of the part's own between: 其中,韩资项目41个,合同外资3.9亿美元; not 其中,出口…: the clause 其中 opens)
        if ((among := _AMONG_OPENS.match(text, sentence)) and opens > among.end()
                and self._counted_before_among(text, sentence, rule.id)
                and not _PERIOD_AFTER_AMONG.match(text, _BLANKS.match(text, sentence).end())
                and not any(p.fullmatch(name) for p in rule.split_names)):
            return "a part (其中) of the same indicator in the sentence before"
        elided = self.scope.elided_subject(text, sentence, opens, at)
        if elided and elided not in region:  # (a zone's own report: 开发区实现…,完成固定资产投资… is the whole's)
            return f"its clause has no subject: its sentence's is {elided}"
        part = self.scope.sentence_part(text, sentence, at, region)
        # (重点城市细颗粒物平均浓度下降,单位国内生产总值能耗降低0.5%: in the nation's report the name names the nation)
        if part and not _town_proper(part, rule) and not (national and _NATIONS_OWN in name):
            return f"{_SENTENCE_ON_A_PART}: {part}"
        around = self.scope.sentence_around(text, sentence, at, level, region) if level and opens > sentence else ""
        if around:
            return f"its sentence is about {around}, {_AROUND}"
        zone = self.scope.zone_topic(text, at, text[opens:at], region)
        if zone:
            return f"the paragraph is about a zone: {zone}"
        return ""

    def _funds_between(self, text: str, found: list[Mention], rule: Rule, at: int) -> str:
        """Words of money from another source between a paired name and its partner (合同外资4.6亿美元;引进市外内资
        项目286个,到位资金142亿元: the domestic funds'), or ""."""
        partners = (found[::-1] + [self._before_semicolon]) if self._before_semicolon else found[::-1]
        partner = next((x for x in partners if x.rule is not None and x.rule.id in rule.paired_after), None)
        other = _OTHER_FUNDS.search(text, partner.end, at) if partner and partner.end < at else None
        return other.group() if other else ""

    def _why_not(self, rule: Rule, how: str, name: str, before: str, after: str, found: list[Mention],
                 national: bool) -> str:
        if national and self.national_part and self.national_part.match(name):
            return "a part of the nation (地方…, 中央…, 地区生产总值)"
        if self.share_before.search(before) or self.share_after.search(after):
            return "a share (占…/比重)"
        if self.part_after.search(after):
            return "a part of it named after it (…中…)"
        if self.part_of_region.search(before):
            return "a figure of a part of the region (开发区, 平台…)"
        for key, patterns, context in (("not_before", rule.not_before, before), ("not_after", rule.not_after, after)):
            for pattern in patterns:
                if pattern.search(context):
                    return f"{key} {pattern.pattern}"
        partners = found + [self._before_semicolon] if self._before_semicolon else found
        if how == "paired" and not any(x.rule is not None and x.rule.id in rule.paired_after for x in partners):
            return f"paired name with no {'/'.join(rule.paired_after)} before it in the sentence"
        if how == "national" and not national:
            return _NATIONAL_ONLY
        return ""
