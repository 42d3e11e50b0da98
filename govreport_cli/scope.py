"""Scope and period: is a figure about the report's whole region, and about one period?

Closed world: a name counts only when the words before it in its clause are all openings the
rule files list (`[scope] opening` in _shared.toml) or the report's own region name; any other
word names another subject. A figure in a clause or paragraph about several years is no row
unless its sentence names the one year it is about.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.numbers import FIGURE_WORD
from govreport_cli.rules import Shared
from govreport_cli.sentences import clause_start, full_stop, paragraph_starts

_TOP_HEADING = LazyPattern(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
OPENER_BEFORE = 4  # characters an opener's pattern may look behind at (“十四 of “十四五”时期, 2006 of 2006年以来)
_PART_DOES = LazyPattern(r"(?:全年|上半年)?(?:共|累计)?(?:实现|完成|规模以上|规上)")  # 紫竹高新区完成营业收入…
_FIRMS = ("企业", "集团", "公司")  # (企业 alone, firms at large, no part unless it goes on to what it did)
_AGAINST_WHOLE = LazyPattern(r"[占比较于与]$")
_AMONG_OPENING = LazyPattern(r"\s*其中[,:]?")
_TIME_OPENING = LazyPattern(r"\s*(?:【[^】\n]{1,8}】)?\s*(?:(?:19|20)\d\d年)?(?:\d{1,2}\s*[-—至]\s*\d{1,2}月份?|上半年|前三季度|[一二三四]季度)?"
                            r"(?<=年|月|份|季度)[,，]")
_NOTE_OPENING = LazyPattern(r"\s*(?:[①-⑳]|注\s*\d{0,2}\s*[:：]?)\s*")
# An item's number ((三), 3.)
_ITEM_NUMBER_OPENING = LazyPattern(r"\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、](?!\d))\s*")
_SUB_NUMBER = r"[(（][一二三四五六七八九十]{1,3}[)）]"  # ((一), (十二): a sub-item's number)
_HEADING_WORDS = r"[^,;:。\n]{1,24}:"  # a numbered heading's words, glued to its paragraph by a colon
GLUED_HEADING = LazyPattern(rf"\s*{_SUB_NUMBER}{_HEADING_WORDS}")
# (numbered in any way: (一)…:, (1)…:, 2.…:, 二、…:)
NUMBERED_GLUED_HEADING = LazyPattern(rf"\s*(?:{_SUB_NUMBER}|[(（]\d{{1,3}}[)）]|\d{{1,2}}[.、]|[一二三四五六七八九十]{{1,3}}、){_HEADING_WORDS}")
_SHORT_PLACES = ("园区", "城区", "市区", "县城", "新区", "景区")
_WHOLE_WORD = 3  # the longest word naming the whole region (全社会)
# A digest's headline, the figures its line goes on to say (530.5亿元——全市实现地区生产总值530.5亿元;
# 23480元、13582元——城镇…): no subject
_HEADLINE_ITEM = r"[\d.]+\s*(?:万亿|亿|万|千)?(?:元|美元|人|个|%|吨|件|户|家|项|公里|亩|斤)?(?:左右|以上|以内|以下)?"  # (3%左右: a goal's)
_HEADLINE_FIGURE = LazyPattern(rf"^\s*(?:(?:{_HEADLINE_ITEM}(?:、|\s+))*{_HEADLINE_ITEM}(?:\s*(?:——|—|:)\s*|\s+)"
                               rf"|【(?:{_HEADLINE_ITEM}[、\s]*)+】\s*)")  # (【802.6亿元】预计全年…; 【25330元17315元】)
_ZONE_SUFFIX = LazyPattern(r"(?:新区|高新区|开发区|经开区|新片区|工业园区|园区|港区|实验区|示范区|合作区|综合保税区|综保区)$")
_ZONE_SHORT = {"经济技术开发区": "经开区", "经济开发区": "经开区", "工业园区": "园区", "高新技术产业开发区": "高新区", "新技术开发区": "高新区",
               "新技术产业开发区": "高新区", "航空港经济综合实验区": "港区", "综合保税区": "综保区"}
# A park's own report writes itself 园区 too (长沙经济技术开发区: 园区经济社会发展的主要预期目标是…)
_PARK = LazyPattern(r"(?:开发区|经开区|高新区|工业园区|园区|综合保税区|综保区)$")
_ADMIN_SUFFIX = LazyPattern(r"(?:维吾尔|回族|壮族)?(?:特别行政区|自治区|自治州|自治县|省|市|地区|盟|区|县|旗)$")
# Single-year marks that close a span but date no list after them (全年专利申请量…; 一至三季度全省…)
_PART_OF_ONE_YEAR = ("全年", "上半年", "前三季度", "一至三季度")
SINGLE_YEAR_LEAD = 16  # how far into a paragraph its words about one year may stand
# a sentence of a paragraph that opens on a year (…。2002年新批合同外资1.12亿美元)
_YEAR_OPENS_SENTENCE = LazyPattern(r"[。;]\s*(?:19|20)\d\d年[,，]?")
_DATED = LazyPattern(r"(?P<year>(?:19|20)\d\d)年|过去的?一年|这一年|刚刚过去的")  # (not 一年来,我们…: what was done, not the year's figures)
# a paragraph's own short heading before its words (——经济实力显著增强。2007年,…; 财政实力明显增强。…)
_ITEM_HEADING = LazyPattern(r"\s*(?:——|[(（][一二三四五六七八九十]{1,3}[)）])?[^,;:。\n]{2,16}。")
ONE_YEAR_LIST = 20  # how many paragraphs a list introduced by words about one year may run to
# An opener opens a span only at the start of a clause (五年来,…; “十四五”时期,…), not inside one
# (较“十三五”时期增长32%: a comparison).
_OPENER_LEAD = LazyPattern(r"(?:^|[\n。!,;:])\s*(?:各位代表!)?(?:在|过去的?|这|近|回顾)?[“\"]?[十一二三四五六七八九两\d]*[”\"]?(?:前|近)?$")
OPENER_LEAD = 16  # how far back from an opener its clause may start
_ASIDE_LEAD = LazyPattern(r",\s*[“\"]?[十一二三四五六七八九两\d]*[”\"]?(?:前|近)?$")
_FIGURE_IN_CLAUSE = LazyPattern(r"[^,;。\n]*?\d")
_FIGURE_BEFORE = LazyPattern(r"\d[^,;。\n\d]*$")  # (a clause before ending on its figure: …增长11%)
_FIGURE_REACH = 40
_SHARE = LazyPattern(r"[\d.]+%")
# a clause that goes on with the subject before it: a verb of completion or a change
# A sector's or firm's clause of what it did (柳编产业实现产值…, 某集团完成销售收入…); not above-size industry's (the region's)
_SECTOR_DOES = LazyPattern(r"\s*(?P<sector>(?!全[省市区县]|规模以上|规上)\p{Han}{1,8}?(?:产业|行业|企业|集团|公司|集群))(?<!规模以上工业企业|规上工业企业)"
                           r"(?:全年|上半年)?(?:共|累计)?(?:实现|完成)[^,;:。]*\d")
# (or its share of the whole, 占全区的67.4%; or a bare verb, 实现规上工业总产值418亿元)
_NO_SUBJECT = LazyPattern(r"\s*(?:全年|上半年)?(?:共|累计)?(?:实现|完成|同比|比上年)?(?:增长|下降|增加|减少)?[\d.]"
                          r"|\s*占全[省市区县](?:的|比重)?(?:为|达)?[\d.]|\s*(?:全年|上半年)?(?:共|累计)?(?:实现|完成)了?(?=\p{Han})")


# "The whole X" (全市…) names the report's region only when X is the report's own level: in a
# district's report 全市 is the city around it, and below the nation 全国 is the nation.
_WHOLE = LazyPattern(r"[全我本](?P<level>国|省|自治区|市|区|县|旗|盟|州|地区)")
_OWN_WHOLE = [("自治区", {"区", "自治区"}), ("自治州", {"州"}), ("自治县", {"县"}), ("地区", {"地区", "区"}), ("省", {"省"}),
              ("市", {"市"}), ("区", {"区"}), ("县", {"县"}), ("旗", {"旗"}), ("盟", {"盟"}), ("州", {"州"}),
              ("镇", set()), ("乡", set())]  # (every 全X around a town is larger: 高于全市平均水平)
_TOWN = LazyPattern(r"(?<=\p{Han})(?P<level>镇|乡)$")


# a list's levels before the one a lead ends at (分别达到|23.6万件和)
_LISTED_LEVELS = LazyPattern(r"分别[^\d,;。]{0,8}?(?P<rest>(?:[\d.]+(?:万亿|亿|万|千)?[^\d,;。、和及]{0,4}(?:、|和|及))+)$")
_CLAUSE_END = LazyPattern(r"[,;:]")
_TIME_LEAD = LazyPattern(r"^(?:全年|今年|上半年|前三季度|[一二三四]季度)")
# A numbered sub-heading ((四)投资保持较快增长, 四、…): before a blank or line break, or as a line of its own
_HEADING_NUMBER = r"(?:[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、)"
_HEADING_BEFORE_BLANK = LazyPattern(rf"^\s*{_HEADING_NUMBER}[^\s,;:。]{{2,16}}\s+")
_NUMBERED_ITEM = LazyPattern(rf"\s*{_HEADING_NUMBER}")
# (or a digest's bulleted group heading: ◆民生福祉持续增进)
_BULLETED_GROUP = r"[◆◇■□●][^\S\n]*\p{Han}{2,16}[^\S\n]*\n"
_SUB_ITEM = LazyPattern(rf"\s*(?:{_SUB_NUMBER}|{_BULLETED_GROUP})")
# A paragraph led by a short sentence on its topic (社会事业协调发展。新增就业岗位…): an item of the review as well
_TOPIC_OPENING = LazyPattern(r"[^\S\n]*(?:——|—)?\p{Han}{4,12}。")  # (——发展动力显著增强。)
# the nearest line before a point opening on a sub-item, or on a top-level heading (searched backwards)
_ITEM_OR_TOP_BEFORE = LazyPattern(rf"(?r)(?:^|\n)\s*(?:(?P<item>{_SUB_NUMBER}|{_BULLETED_GROUP})"
                                  r"|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
_NUMBERED_HEADING_LINE = LazyPattern(rf"[ \t\u3000]*{_HEADING_NUMBER}[^,;:。\n]{{2,20}}。?[ \t\u3000]*")
_PLACE_WORD = LazyPattern(r"[区县市镇乡园州旗盟]|街道|开发|新城|基地|集团|企业|公司|片区|板块")
_COUNTED_AFTER = LazyPattern(r"\s*[\d.]+\s*(?:万|千)?(?:亩|公顷|平方米|平方公里)")  # (an area of what is built)
# A line tasking a town or a zone by its level, among labelled lines (金港:…;⏎杨舍镇要…;⏎乐余、南丰、大新要…: the block
# is the parts')
_PART_LINE = LazyPattern(r"[^\S\n]*(?![全我本各该])\p{Han}{1,10}?(?:镇|街道|开发区|高新区|经开区|保税区|综保区|园区|新区|港区|工业园"
                         r"|产业园)(?:、(?![全我本各该])\p{Han}{1,10}?(?:镇|街道))*(?:要|将要|必须)")
_TASK_LINE_HEAD = 60  # how far into a line its task's 要 stands (a list of towns before it)
# A line tasking a bare name (塘桥要加快纺织服装产业升级,…): a part's among the parts' lines; not a sector's or a time's
_BARE_TASK_LINE = LazyPattern(r"[^\S\n]*(?![全我本各该]|今年|明年|我们|政府)(?P<place>\p{Han}{2,3})(?<![业济融游])(?:要|将要|必须)(?!求)")
_TASKS_BETWEEN = 2  # clauses of a part's tasks with no figure between its 要 and its goal
_DIGIT = LazyPattern(r"\d")
# the parts named together before a colon, each then tasked in turn (各镇街要立足功能定位,…:北滘要…;乐从要…)
_PARTS_TASKED_IN_TURN = LazyPattern(r"各(?:镇街|镇区|乡镇|镇|街道|板块|园区|片区)[^。\n]{0,40}?:")
_VIEWED_PLACE = LazyPattern(r"\s*从\p{Han}{2,6}?[省市县区州盟旗](?:的)?(?:情况|范围|层面)?(?:来)?看")  # (从烟台市看,…)
_HOLDING = LazyPattern(r"\(含[^()]{1,24}\)")
# A whole clause of words, no figure, between two marks: a task of its own (推进美好乡村建设,)
_TASK_CLAUSE = LazyPattern(r"[^\d,;:。]{4,}[,;]")
# A clause that opens on the region's aim (,力争全年…)
_AIM_OPENS = LazyPattern(r"\s*(?:全年|今年)?(?:力争|确保|争取)")
MAX_FIRST_CLAUSE = 60  # how far a sentence's first clause is looked for
PARAGRAPH_OPENING = 3  # how far into a paragraph the year it is about is written (2010年,…)
_PRICE_CHANGE = LazyPattern(r"(?:同比)?上?涨")  # (累计下降17.3%: energy intensity over a plan)


def larger_whole(before: str, region: str) -> str:
    """The 全X, 我X or 本X before a name that names a region around the report's own (全市 in a
    district's report, 我国 below the nation), or one inside the nation (全省 in the nation's), or ""; not judged
    when the region is unknown."""
    if not region or not any(mark in before for mark in "全我本"):
        return ""
    if region == "全国":  # (below the nation every 全X is a part: 去年我省粮食总产…, a province's page reprinting it)
        return next((found.group() for found in _WHOLE.finditer(before) if found.group("level") != "国"), "")
    own = next((levels for suffix, levels in _OWN_WHOLE if region.endswith(suffix)), None)
    if own is None:
        return ""
    # every one of them: 全省、全国地区生产总值分别增长… names the nation too
    return next((found.group() for found in _WHOLE.finditer(before) if found.group("level") not in own), "")


def opener_words(text: str, found: regex.Match) -> str:
    """The words of a span's opener with what its pattern looked behind at: 这五年, “十四五”时期."""
    return text[max(0, found.start() - OPENER_BEFORE, text.rfind("\n", 0, found.start()) + 1):found.end()]


_STREAK_ENDED = LazyPattern(r"(?:下降|下滑|负增长|减少|回落)的?(?:局面|态势|势头)")


@lru_cache(maxsize=64)
def region_words(region: str) -> tuple[str, ...]:
    """The region as reports write it before a name: 河北省 and 河北, 内蒙古自治区 and 内蒙古."""
    if not region:
        return ()
    if region == "全国":  # (as reprints write the nation: 中国国内生产总值, 大陆…)
        return ("中国大陆", "全国", "中国", "国家", "大陆", "国内")  # (国家受理专利申请…, 国内专利申请…: the nation itself)
    if town := _TOWN.search(region):  # (a town writes itself 全镇, 我镇, 本镇)
        return tuple(sorted({region, *(mark + town.group("level") for mark in "全我本")}, key=len, reverse=True))
    stem = _ADMIN_SUFFIX.sub("", region)
    zone = _ZONE_SUFFIX.search(region)  # 浦东新区 writes itself 新区 or 浦东, 苏州工业园区 园区, 成都高新区 高新区
    long, short = next(((long, word) for long, word in _ZONE_SHORT.items() if region.endswith(long)), ("", ""))
    named_short = region[:-len(long)] + short if long and len(region) > len(long) else ""  # 东湖新技术开发区: 东湖高新区
    # a new area's own name before 新区 (浦东; 滨海 of 天津滨海新区); a park's is its city's (苏州工业园区)
    name = region[:zone.start()] if zone and zone.group() in ("新区", "新片区") else ""
    # (a district or zone writes itself 区内 too: 区内农民人均纯收入…; its firms all: 区内企业新增就业岗位…)
    words = (region, stem, zone.group() if zone else "", short, named_short, name, name[2:] if len(name) == 4 else "",
             *(("区内企业", "区内") if region.endswith("区") else ()),
             *(("县域",) if region.endswith("县") else ("旗域",) if region.endswith("旗") else ()),  # (县域生产总值: the
             # county's own, in its report; in a city's, its counties')
             *(("园区企业", "园区") if _PARK.search(region) else ()))  # (园区企业实现税收2.86亿元: the park's firms, all)
    return tuple(sorted({w for w in words if len(w) >= 2}, key=len, reverse=True))  # longest first


def own_words(region: str, level: str, alias: str = "") -> tuple[str, ...]:
    """The words a report writes its own region with: its region's and its other name's, or with no region
    known, a district's or zone's 区内 when it speaks of itself as 全区."""
    if not region:
        return ("区内",) if level == "区" else ()
    return tuple(sorted(set(region_words(region) + region_words(alias)), key=len, reverse=True))


def generic_zone_word(word: str) -> bool:
    """Whether a word of a zone's region names any zone (高新区, 工业园区), not this one (东湖高新区)."""
    return bool(_ZONE_SUFFIX.fullmatch(word)) or word in _ZONE_SHORT.values()


def _aside_opener(text: str, opener: regex.Match) -> bool:
    """Whether an opener is an aside on the figure before it, in a clause after a comma that holds its own
    figure (…增长11%,“十一五”前三年年均增长13.6%。): it opens no review of several years."""
    lead = _ASIDE_LEAD.search(text, max(0, opener.start() - OPENER_LEAD), opener.start())
    # (after a figure's clause: not 回顾“十四五”,五年来全市…, a review's opening)
    return (lead is not None and _FIGURE_IN_CLAUSE.match(text, opener.end()) is not None
            and _FIGURE_BEFORE.search(text, max(0, lead.start() - _FIGURE_REACH), lead.start()) is not None)


def _clause_before(text: str, sentence: int, opens: int) -> tuple[int, int]:
    """Where the clause before the one at `opens` starts, and where its words start past blanks (indented)."""
    previous = clause_start(text, sentence, opens - 1)
    words = text[previous:opens - 1]
    return previous, previous + len(words) - len(words.lstrip())


_JOINED = LazyPattern(r"[和及与、]")
_HAN_BEFORE = LazyPattern(r"\p{Han}+$")
_LINE_BREAKS = LazyPattern(r"\n+")  # (a blank line is no end of a block of labelled lines)


def _another_place(found: regex.Match | None, region: tuple[str, ...]) -> bool:
    """Whether a part found is no named place (东台市), or one that is not the report's own region, as far
    as it is known (with no region known, a named place may be the report's own); a zone's own word for
    itself (新区 in a new area's report) is no other place."""
    if not found:
        return True
    if region and found.group("part") in region:
        return False
    return not found.group("place") or bool(region)


class Scope:
    def __init__(self, shared: Shared):
        scope = shared.scope
        self.openings = regex.compile(f"(?:{scope['opening'].pattern})*") if "opening" in scope else None
        self.several_years = scope.get("several_years")
        self.year_to_date = scope.get("year_to_date")
        self.span_opener = scope.get("span_opener")
        self.single_year = scope.get("single_year")
        self.reached = scope.get("reached")
        self.progress = scope.get("progress")
        self.held = scope.get("held")
        self.part_topic = scope.get("part_topic")
        self.whole_region = scope.get("whole_region")
        self.bare_verb = scope.get("bare_verb")
        self.part_subject = scope.get("part_subject")
        self.part_supported = scope.get("part_supported")
        self.part_tasked = scope.get("part_tasked")
        self.part_built = scope.get("part_built")
        self.town_named = scope.get("town_named")
        self.part_named_bare = scope.get("part_named_bare")
        self.town_label = scope.get("town_label")
        self.region_label = scope.get("region_label")
        self.goals_set_opening = scope.get("goals_set_opening")
        self._topics: dict[int, str] = {}  # paragraph start -> the zone it is about, for _text
        self._one_year_lists: dict[int, bool] = {}  # paragraph index -> in a list about one year, for _text
        self._parts_text: str | None = None  # the text _sentence_parts is for
        self._sentence_parts: dict[int, tuple[str, int, bool]] = {}  # sentence start -> opening_part
        self._sentence_around: dict[tuple[int, str], tuple[str, int]] = {}  # (start, level) -> region around, its end
        self._text: str | None = None  # the text _layout was last computed for
        self._towns: tuple[str | None, set[str]] = (None, set())  # a text and the towns it names (北滘镇: 北滘)
        self._town_lines: tuple[str | None, dict[int, str]] = (None, {})  # a text, its lines labelled with a town
        self._cache: tuple[list[int], list[tuple[str, int]]] = ([0], [("", 0)])

    def other_subject(self, before: str, region: tuple[str, ...]) -> str:
        """The words before a name that are no opening: another subject ("" when there are none)."""
        if self.openings is None:
            return ""
        # (全区(含高新区、曲江新区)…: the whole with what it holds, not a list; (四)投资保持较快增长 500万元以上…: a
        # numbered heading a blank parts from its paragraph)
        if (heading := _HEADING_BEFORE_BLANK.match(before)) and not _PLACE_WORD.search(heading.group()):
            before = before[heading.end():]  # (not (四)滨江高新区加快发展\n…: a part's heading)
        before = _HOLDING.sub("", _HEADLINE_FIGURE.sub("", before)).rsplit("、", 1)[-1]
        for word in region:
            before = before.replace(word, "")
        if self.openings.fullmatch(before):
            return ""
        return self.openings.sub("", before).strip() or before

    def labelled_place(self, text: str, at: int, region: tuple[str, ...]) -> str:
        """The place whose name labels the line at `at` before a colon (山东:地区生产总值增长8.5%左右), when it is
        not the report's own region, or ""."""
        if self.region_label is None:
            return ""
        line = text.rfind("\n", 0, at) + 1
        label = self.region_label.match(text, line, at)
        if label is None:
            return self._town_labels(text).get(line, "")
        if part := label.groupdict().get("part"):  # (a zone's or a town's line: 长兴经济技术开发区 is no 长兴县)
            return "" if part in region else part
        place = label.group("place")
        if _ZONE_SUFFIX.search(place):  # (——武进国家高新区:…, in 武进区's report: a zone bearing its name)
            return "" if place in region else place
        own = any(word.startswith(place) or place.startswith(word) for word in region)  # (北京 of 北京市)
        return "" if own else place

    def spans_years(self, words: str, before: str = "", within_year: bool = False) -> str:
        """The words that make a clause about several years (年均, 累计, 五年…), or "".

        累计 after a period within the year (1-6月累计, 上半年…累计; in `words` or in `before`), or in a
        report on part of a year (`within_year`: 全社会固定资产投资累计完成98.7亿元), sums months, not years;
        so does a price's (居民消费价格累计上涨5.6%: prices are not summed over years)."""
        return next(self.years_words(words, before, within_year), (0, ""))[1]

    def years_words(self, words: str, before: str = "", within_year: bool = False):
        """Each word about several years in `words` with where it starts, as spans_years reads them."""
        if self.several_years is None:
            return
        for found in self.several_years.finditer(words):
            if found.group() in ("累计", "累积") and (
                    (within_year and not self._span_before(before + words[:found.start()]))
                    or (self.year_to_date and self.year_to_date.search(before + words[:found.start()]))
                    or _PRICE_CHANGE.match(words, found.end())):
                continue
            if found.group().startswith("连续") and words.endswith(("扭转", "扭转了"), 0, found.start()) \
                    and _STREAK_ENDED.match(words, found.end()):
                continue  # 扭转了连续两年下降的局面,增长14.2%: the streak ended, the change is the year's
            yield found.start(), found.group()

    def _span_before(self, words: str) -> bool:
        """Whether words before a 累计 name a span of years (“十二五”以来,全市…累计完成5386亿元)."""
        words = words[max(words.rfind("。"), words.rfind("\n")) + 1:]  # (its own sentence's)
        return any(found.group() not in ("累计", "累积") for found in self.several_years.finditer(words))

    def elided_subject(self, text: str, sentence: int, opens: int, at: int) -> str:
        """The firms or zone a clause with no subject speaks of: the subject of the clause before it
        (新能源企业增加到175家,实现…), or ""."""
        if self.bare_verb is None or self.part_subject is None or not self.bare_verb.fullmatch(text, opens, at):
            return ""
        if opens <= sentence:  # (产业集聚区完成…增加值31.2亿元,增长17.8%;完成固定资产投资86.3亿元: past its semicolon,
            # when the whole sentence opens on the part and no clause between has a subject of its own)
            if text[max(0, sentence - 1):sentence] != ";":
                return ""
            start = full_stop(text, sentence - 1)
            start += len(text[start:sentence]) - len(text[start:sentence].lstrip())
            if heading := GLUED_HEADING.match(text, start, sentence):  # ((二)工业经济提质增效:产业集聚区…)
                start = heading.end()
            if among := _AMONG_OPENING.match(text, start, sentence):  # (其中,临湖经济开发区实现…)
                start = among.end()
            found = self.part_subject.match(text, start, sentence)
            clause = clause_start(text, start, sentence - 1)
            while found and clause > found.end():
                if not _NO_SUBJECT.match(text, clause, sentence):
                    return ""
                clause = clause_start(text, start, clause - 1)
            return found.group("part") if found else ""
        # back over the clauses with no subject of their own (…,完成固定资产投资86.5亿元,增长18.2%,实现…)
        while opens > sentence:
            previous, opening = _clause_before(text, sentence, opens)
            found = self.part_subject.match(text, opening, opens - 1) or (
                self.part_built and self.part_built.match(text, opening, opens - 1))  # (加快建设…集聚区,完成…)
            if found:
                return found.group("part")
            if not _NO_SUBJECT.match(text, previous, opens - 1):
                return ""
            opens = previous
        return ""

    @staticmethod
    def sector_before(text: str, sentence: int, opens: int) -> str:
        """The sector or firm whose figures the clause just before opens on (柳编产业实现产值28.6亿元,出口创汇…:
        the next clause, with no subject of its own, is still theirs), or ""."""
        if opens <= sentence:
            return ""
        found = _SECTOR_DOES.match(text, clause_start(text, sentence, opens - 1), opens)
        return found.group("sector") if found else ""

    def tasked_before(self, text: str, sentence: int, opens: int, region: tuple[str, ...]) -> str:
        """The part of the region the clause just before is a task for (…,开发区要发挥龙头作用,规模以上工业
        总产值增长10%以上; …,支持大庆高新区建设国家一流高新区,地区生产总值增长8%以上): the next clause,
        with no subject of its own, gives the part's goal; or ""."""
        if opens <= sentence or self.part_tasked is None:
            return ""
        if (label := self.town_label.match(text, sentence) if self.town_label else None) and label.end() < opens \
                and label.group("place") in self._towns_named(text) and label.group("place") not in region:
            return label.group("place")  # (…;大泽:以五金不锈钢产业为主导,工业总产值突破80亿元: a town's clauses)
        previous, words = _clause_before(text, sentence, opens)
        found = self.part_tasked.match(text, words, opens - 1)
        earlier = previous
        for _ in range(_TASKS_BETWEEN):  # (高新区要承接…,加快建设…平台,规模以上工业增加值增长10%: its tasks between)
            if found is not None or earlier <= sentence or _DIGIT.search(text, earlier, opens):
                break
            earlier, earlier_words = _clause_before(text, sentence, earlier)
            found = self.part_tasked.match(text, earlier_words, opens - 1)
        if found is None and self.part_named_bare and (bare := self.part_named_bare.match(text, words, opens - 1)) \
                and (bare.group("part") in self._towns_named(text) or bare.group("part").endswith(("镇", "街道"))
                     or _PARTS_TASKED_IN_TURN.search(text, full_stop(text, sentence), words)):
            found = bare  # (各镇街要…:北滘要…;乐从要…,社会消费品零售总额增长8%: the towns' list)
        return found.group("part") if found and found.group("part") not in region else ""

    def _town_labels(self, text: str) -> dict[int, str]:
        """The lines labelled with a town (大碶:…), by where they start: a label the text names a town, and every label
        of a block of labelled lines one of whose labels it does."""
        if self._town_lines[0] is not text:
            lines: dict[int, str] = {}
            block: list[tuple[int, str]] = []
            parts_among = False  # (a line of the block tasks a town or zone named with its level: 杨舍镇要…;)
            towns = self._towns_named(text)
            for start in [0] + [m.end() for m in _LINE_BREAKS.finditer(text)] + [-1]:
                label = self.town_label.match(text, start) if start >= 0 and self.town_label else None
                if label:
                    block.append((start, label.group("place")))
                    continue
                head = text[start:start + _TASK_LINE_HEAD] if start >= 0 else ""
                tasked = "要" in head or "必须" in head  # (a cheap look before the patterns)
                if tasked and _PART_LINE.match(text, start):
                    parts_among = True
                    continue
                if tasked and (bare := _BARE_TASK_LINE.match(text, start)):  # (塘桥要…;, among the parts' lines)
                    block.append((start, bare.group("place")))
                    continue
                if parts_among or any(place in towns for _, place in block):
                    lines.update(block)
                block, parts_among = [], False
            self._town_lines = (text, lines)
        return self._town_lines[1]

    def _towns_named(self, text: str) -> set[str]:
        """The bare names of the towns and streets the text names with their level (北滘镇, 大碶街道: 北滘, 大碶), each
        as its last two and three characters."""
        if self._towns[0] is not text:
            towns = set()
            # (the level's words, then the characters back from them: a scan of a literal is fast)
            for found in self.town_named.finditer(text) if self.town_named else ():
                name = _HAN_BEFORE.search(text, max(0, found.start() - 3), found.start())
                if name and len(name.group()) >= 2:
                    towns.update((name.group()[-2:], name.group()))
            self._towns = (text, towns)
        return self._towns[1]

    def opening_part(self, text: str, start: int, region: tuple[str, ...]) -> tuple[str, int, bool]:
        """The part of the region a sentence at `start` opens on, where its name ends, and whether it is
        the object of a plan (加快上派新城区建设,…), or ("", 0, False)."""
        if heading := GLUED_HEADING.match(text, start):  # ((一)坚定不移主攻工业:赣州经开区…: after its heading)
            start = heading.end()
        elif note := _NOTE_OPENING.match(text, start):  # (①银川综合保税区:…,2015年实现进出口额12.6亿美元: a note's subject)
            start = note.end()
        if among := _AMONG_OPENING.match(text, start):  # (…;其中临空经济区受…影响,地区生产总值下降5.2%: one of the parts)
            start = among.end()
        if time := _TIME_OPENING.match(text, start):  # (2013年1—11月,株洲高新区(天元区)完成…: after its time)
            start = time.end()
        if self.goals_set_opening and (goals_set := self.goals_set_opening.match(text, start)):
            start = goals_set.end()  # (年初确定新区全年…, 各区镇、各部门要紧扣…: who set the goals, or whom they are for)
        found = self.part_subject.match(text, start) if self.part_subject else None
        if found and region and found.group("part") in region:  # (宁乡经开区…, in 宁乡县's report: its zone, not 宁乡
            zone = self.part_subject.match(text, found.end("part"))  # read as a township, 乡; not 新区各级政府和功能区…)
            if zone and zone.start("part") == found.end("part") and not _JOINED.search(zone.group("part")):
                found = zone
        # ((三)支持西安加快建设国家中心城市,…: an item's number before the place supported)
        supported = self.part_supported.match(text, number.end() if (number := _ITEM_NUMBER_OPENING.match(text, start))
                                              else start) if found is None and self.part_supported else None
        found = found or supported
        part = found.group("part") if found else ""
        if part.endswith("城") and text.startswith("镇", found.end("part")):
            part = ""  # (上半年全县城镇新增就业…: 全县's 城镇, no 县城)
        elif part and _COUNTED_AFTER.match(text, found.end("part")):
            part = ""  # (新建苹果标准园2万亩,粮食总产量…: gardens counted, no subject)
        does = bool(part) and (len(part) >= 3 or part in _SHORT_PLACES or found is supported) and (
            not part.endswith(_FIRMS) or _PART_DOES.match(text, found.end())) and _another_place(found, region)
        # (a plan for it, whose aim after may be the region's; not a place named bare supported to become a centre,
        # 支持瑞金建设…区域副中心城市,力争生产总值增长10%以上: its own aim)
        if not does:
            return "", 0, False
        return part, found.end(), found is supported and not (len(part) <= 3 and text.startswith("支持", found.start()))

    def sentence_part(self, text: str, sentence: int, at: int, region: tuple[str, ...]) -> str:
        """The part of the region a sentence opens on (紫竹高新区完成营业收入806亿元,…,规模以上工业
        总产值增长9%) when nothing before `at` names the whole region again, or ""."""
        if self.part_subject is None:
            return ""
        if self._parts_text is not text:
            self._parts_text, self._sentence_parts, self._sentence_around = text, {}, {}
        if sentence not in self._sentence_parts:  # once per sentence, not once per name
            self._sentence_parts[sentence] = self.opening_part(text, sentence, region)
        part, end, planned = self._sentence_parts[sentence]
        # (the whole named again after the part's own clause, maybe as the name's own opening:
        # …,全社会研发经费投入强度…; not 开发区作为全区工业主战场,…: the part's clause, about the whole)
        if not part or end > at or _TIME_LEAD.sub("", part) in region:  # (一季度开发区…, in the zone's own report)
            return ""
        clause_end = _CLAUSE_END.search(text, end, at)
        # (加快上派新城区建设,推进美好乡村建设,全年粮食总产…: a task of its own between, the plan for the part is done)
        if planned and clause_end and _TASK_CLAUSE.search(text, clause_end.end(), at):
            return ""
        # (加快锡山经开区、东港镇…集群建设,力争全年规上工业总产值突破2600亿元: the region's aim, the part the task's object)
        if planned and clause_end and _AIM_OPENS.match(text, clause_end.end(), at):
            return ""
        # (not the whole a share or a comparison is against: …实现规模以上工业总产值612.4亿元,占全区的58.3%,完成固定资产投资…)
        # (nor the viewed place's own whole: 从烟台市看,上半年全市生产总值增长14.6%, in a county-level city's report)
        viewed = _VIEWED_PLACE.match(text, sentence) is not None
        if self.whole_region and any(
                not _AGAINST_WHOLE.search(text, max(0, found.start() - 1), found.start())
                and not (viewed and found.group() == "全" + part[-1])
                for found in self.whole_region.finditer(text, clause_end.end() if clause_end else at, at + _WHOLE_WORD)):
            return ""
        return part

    def sentence_around(self, text: str, sentence: int, at: int, level: str, region: tuple[str, ...]) -> str:
        """The region around the report's own that a sentence's first clause opens on (从全国看,…;
        全国经济运行总体平稳,国内生产总值增长5%) when nothing before `at` names the report's own again, or ""."""
        if self._parts_text is not text:
            self._parts_text, self._sentence_parts, self._sentence_around = text, {}, {}
        if (sentence, level) not in self._sentence_around:  # once per sentence, not once per name
            first_end = _CLAUSE_END.search(text, sentence, sentence + MAX_FIRST_CLAUSE)
            first = text[sentence:first_end.start()].lstrip() if first_end else ""
            around = larger_whole(first, level)
            # (…增幅与全市保持同步: a comparison, no topic)
            opens = bool(around) and first.startswith((around, "从" + around))
            self._sentence_around[(sentence, level)] = (around, first_end.end()) if opens else ("", 0)
        around, end = self._sentence_around[(sentence, level)]
        if not around or end > at:
            return ""
        between = text[end:at]
        if any(word in between for word in region) or (self.whole_region and any(
                not larger_whole(found.group(), level) for found in self.whole_region.finditer(between))):
            return ""
        return around

    def zone_topic(self, text: str, at: int, before: str, region: tuple[str, ...]) -> str:
        """The part of the region whose paragraph `at` stands in (雄安新区建设取得新进展。…), or whose sentence
        of no figure opens the one before `at`'s (…。昆明市大力发展数字经济。全年实现…), unless the words `before`
        a name name the whole region; "" otherwise. A numbered item (…。(四)…) opens a paragraph."""
        if self.part_topic is None:
            return ""
        start = self.paragraph_start(text, at)  # also resets _topics for a new text
        sentence = full_stop(text, at)
        # (the paragraph's opening, then the sentence just before `at`'s when it gives no figure: a topic
        # it announces, not one it has done with, 德清经济开发区实现规上工业产值320亿元。服务业增加值…)
        previous = max(start, full_stop(text, sentence - 1))
        openings = (start, previous) if sentence > start and not FIGURE_WORD.search(text, previous, sentence) else (start,)
        above = max(0, start - 1)
        while above and text[above - 1] == "\n":
            above -= 1  # (past a blank line)
        heading = text.rfind("\n", 0, above) + 1  # (or the numbered heading on the line above it:
        if _NUMBERED_ITEM.match(text, sentence):  # (…建设。(四)扩大对外开放,…: an item of its own, its own topic)
            openings = (sentence,)
        elif sentence == start and start and _NUMBERED_HEADING_LINE.fullmatch(text, heading, above):  # (四)滨江高新区加快发展)
            openings = (start, heading)
        for opening in openings:
            if opening not in self._topics:
                found = self.part_topic.match(text, opening, at)
                self._topics[opening] = (found.group("part") if found and _another_place(found, region)
                                         and _TIME_LEAD.sub("", found.group("part")) not in region else "")  # (全年高新区…)
                # (…。(一)加快工业园区建设。确保全年规模以上工业总产值突破700亿元,工业园区工业产值达到300亿元;全年工业投资…:
                # the part named again for a figure of its own, the paragraph's other figures are the whole's)
                if self._topics[opening] and self._named_for_a_figure(text, self._topics[opening], found.end()):
                    self._topics[opening] = ""
        topic = next((self._topics[opening] for opening in openings if self._topics[opening]), "")
        if not topic or (self.whole_region and self.whole_region.search(before)) or any(w in before for w in region):
            return ""
        return topic

    @staticmethod
    def _named_for_a_figure(text: str, part: str, start: int) -> bool:
        """Whether `part` is named again after `start` in its line as the subject of a figure of its own clause
        (工业园区工业产值达到300亿元; not 支持滨海新区深化综合配套改革,…)."""
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        at = text.find(part, start, line_end)
        while at != -1:
            stop = _CLAUSE_END.search(text, at, line_end)
            if FIGURE_WORD.search(text, at, stop.start() if stop else line_end):
                return True
            at = text.find(part, at + len(part), line_end)
        return False

    def about_one_year(self, text: str, at: int, year: int | None = None) -> bool:
        """Whether the paragraph of `at`, in a part about several years, is about one: it opens on
        one year (过去的一年,…; 2000年是…), or it follows a paragraph that does and introduces a list
        (一年来,我们主要做了以下工作:) with no review of several years (过去五年,…) opened since; a
        paragraph dated before goes on only with `year`, the year its part reviews."""
        if self.single_year is None:
            return False
        starts, _ = self._layout(text)
        index = bisect.bisect_right(starts, at) - 1
        if self.single_year.search(text, starts[index], min(at, self._lead_end(text, starts[index]))):
            return True
        if index not in self._one_year_lists:
            self._one_year_lists[index] = self._in_one_year_list(text, starts, index)
        dated = self._one_year_lists[index]
        if dated and _YEAR_OPENS_SENTENCE.search(text, at, starts[index + 1] if index + 1 < len(starts) else len(text)):
            return False  # (坚持外向带动,…合同外资3.85亿美元。2002年新批合同外资1.12亿美元: what comes before the year's own)
        return dated is not None and (dated == 0 or year is None or dated == year)

    def _in_one_year_list(self, text: str, starts: list[int], index: int) -> int | None:
        """None, or 0 when the paragraph goes on a list about one year, or the year its dated lead names."""
        for k in range(index - 1, max(-1, index - 1 - ONE_YEAR_LIST), -1):
            start, end = starts[k], starts[k + 1]
            lead = min(end, self._lead_end(text, start))
            found = self.single_year.search(text, start, lead)
            opener = self.span_opener.search(text, start, lead) if self.span_opener else None
            # (a span's opener, not after a year that leads: 2010年是“十一五”时期的最后一年, that year's)
            if _TOP_HEADING.match(text, start, end) or (opener and (found is None or opener.start() < found.start())):
                return None
            if found and found.group() not in _PART_OF_ONE_YEAR:
                # a list it introduces (一年来,我们主要做了以下工作:), or the paragraphs after a dated
                # one (2011年,全市…。\n城镇居民人均可支配收入…,增长14.8%…) until a span opens again
                if dated := _DATED.search(found.group()):
                    return int(dated.group("year")) if dated.group("year") else 0
                if text[start:end].rstrip().endswith(":"):
                    return 0
                # (2012年,…。\n一年来,我们着力…。\n…\n初步核算,…增长10.3%: the year of the lead before it, if any)
        return None

    @staticmethod
    def _lead_end(text: str, start: int) -> int:
        """Where the words of a paragraph's opening end: SINGLE_YEAR_LEAD characters after its own
        short heading, if it has one."""
        heading = _ITEM_HEADING.match(text, start, start + 24)
        return (heading.end() if heading else start) + SINGLE_YEAR_LEAD

    def paragraph_start(self, text: str, at: int) -> int:
        starts, _ = self._layout(text)
        return starts[bisect.bisect_right(starts, at) - 1]

    def in_span(self, text: str, at: int, floor: int = 0) -> str:
        """The opener of a review of several years (五年来…) that `at` stands in, or "".

        The span opens in the paragraph of `at` or in one before it, not before `floor` (the start
        of the part), and lasts until a paragraph about one year (这一年…, 2025年是…) or a
        top-level heading.
        """
        if self.span_opener is None:
            return ""
        starts, states = self._layout(text)
        index = bisect.bisect_right(starts, at) - 1
        opener, where = self._state(text, starts[index], at, states[index - 1] if index else ("", 0))
        return opener if where >= floor else ""

    def _aside_sentence(self, text: str, paragraph: int, at: int) -> bool:
        """Whether the opener at `at`, past its paragraph's opening words, speaks for its own sentence only:
        a year's or a plan's 以来 (。2006年以来单位国内生产总值能耗累计下降14.38%), or any in a numbered item
        ((一)经济平稳较快增长。…。“十一五”前四年,全区增加值由…年均增长11.8%。)."""
        return at >= self._lead_end(text, paragraph) and (
            text.startswith(("年以来", "五”以来", "五以来"), at)  # (…。“十四五”以来累计完成…: its sentence's)
            or _NUMBERED_ITEM.match(text, paragraph) is not None)

    def _state(self, text: str, start: int, end: int, before: tuple[str, int]) -> tuple[str, int]:
        """The span a paragraph leaves open (its opener and where), given the one open before it."""
        paragraph = text[start:end]
        if _TOP_HEADING.match(paragraph):
            return "", start
        # (an opener that opens its clause: not 力争投入强度高于“十三五”时期实际, a comparison)
        # (an aside's opener speaks for its own sentence: …。“十一五”前四年,…年均增长11.8%。完成地方财政收入110.2亿元,…)
        span = [m for m in self.span_opener.finditer(paragraph) if not _aside_opener(paragraph, m) and (
                _OPENER_LEAD.search(paragraph, max(0, m.start() - OPENER_LEAD), m.start())
                or (m.start() <= OPENER_LEAD and _OPENER_LEAD.search("\n" + paragraph[:m.start()])))
                and not (self._aside_sentence(text, start, start + m.start())
                         and full_stop(text, end) > start + m.end())]  # (its sentence is over)
        single = list(self.single_year.finditer(paragraph)) if self.single_year else []
        if span and (not single or span[-1].start() > single[-1].start()):
            return opener_words(paragraph, span[-1]), start + span[-1].start()
        return ("", start) if single or _next_item_closes(text, start, before) else before

    def _layout(self, text: str) -> tuple[list[int], list[tuple[str, int]]]:
        """The paragraph starts of the text and the span each leaves open, once per text."""
        if self._text is not text:
            starts = paragraph_starts(text)
            self._text, self._cache = text, (starts, self._spans(text, starts))
            self._topics, self._one_year_lists = {}, {}
        return self._cache

    def _spans(self, text: str, starts: list[int]) -> list[tuple[str, int]]:
        """The span each paragraph leaves open: the openers and single-year markers found in one
        pass each, then dealt to their paragraphs. In a text with no opener (half the reports)
        no span is ever open: the single years that would close one are not looked for."""
        openers = ([(m.start(), 1, opener_words(text, m)) for m in self.span_opener.finditer(text)
                    if _OPENER_LEAD.search(text, max(0, m.start() - OPENER_LEAD), m.start())
                    and not _aside_opener(text, m)
                    and not self._aside_sentence(text, starts[bisect.bisect_right(starts, m.start()) - 1], m.start())]
                   if self.span_opener else [])
        if not openers:
            return [("", 0)] * len(starts)
        marks = sorted(openers + ([(m.start(), 0, "") for m in self.single_year.finditer(text)]
                                  if self.single_year else []))
        states, state, k = [], ("", 0), 0
        for start, end in zip(starts, starts[1:] + [len(text)]):
            first = last = None
            opens_sentence = False  # an opener of the paragraph at a sentence's start (。五年来,…)
            while k < len(marks) and marks[k][0] < end:
                if marks[k][0] >= start:
                    first, last = first or marks[k], marks[k]
                    at = marks[k][0]
                    opens_sentence = opens_sentence or (marks[k][1] == 1 and at - max(
                        text.rfind("。", start, at), text.rfind("!", start, at), start - 1) <= OPENER_BEFORE + 1)
                k += 1
            if _TOP_HEADING.match(text, start, end):
                state = ("", start)
            elif last is not None:
                # (a paragraph about one year that mentions the plan, 2010年,…;“十一五”时期年均增长14.8%,
                # leaves no span open for the paragraphs after it)
                # (or a paragraph led by one after its short heading, whose opener stands inside a sentence:
                # 综合实力实现跃升。2021年全区…;五年来…, not 2025年是收官之年。五年来,我们…)
                one_year = not first[1] and (first[0] - start <= PARAGRAPH_OPENING or (
                    first[0] < self._lead_end(text, start) and not opens_sentence))
                state = (last[2], last[0]) if last[1] and not one_year else ("", start)
            elif _next_item_closes(text, start, state):
                state = ("", start)
            states.append(state)
        return states

    def reached_level(self, lead: str) -> bool:
        """Whether the words before a level say it was reached (达到, 突破…), for a list's later levels
        too: the verb after 分别 is each one's (分别达到23.6万件和13.8万件)."""
        if not self.reached:
            return False
        listed = _LISTED_LEVELS.search(lead)
        return bool(self.reached.search(lead[:listed.start("rest")] if listed else lead))

    def held_level(self, lead: str) -> bool:
        return bool(self.held and self.held.search(lead))

    def is_progress(self, clause: str) -> bool:
        return bool(self.progress and self.progress.search(clause))

    def without_progress(self, words: str) -> str:
        """The words less each share of the plan done in them (完成年度计划的46.3%), whose 计划 or
        目标 is no target cue for the figures after it."""
        if self.progress is None or "%" not in words:
            return words
        for share in reversed(list(_SHARE.finditer(words))):
            found = self.progress.search(words, 0, share.start())
            if found:
                words = words[:found.start()] + words[share.end():]
        return words


def _next_item_closes(text: str, start: int, span: tuple[str, int]) -> bool:
    """Whether the paragraph at `start`, a numbered sub-item ((五)民生福祉持续增进:…), closes the span open before it:
    one opened after an earlier item of the same series ((四)…。“十四五”以来,…年均增长7.2%。(五)…), an aside
    among the items, not their heading (五年来,…\n(一)…\n(二)…: the items are the years')."""
    opener, opened = span
    if not opener:
        return False
    if _TOPIC_OPENING.match(text, start):  # (主要经济指标再创新高。… ⏎ “十五”以来,…累计… ⏎ 社会事业协调发展。…)
        line = text.rfind("\n", 0, opened) + 1
        if (topic := _TOPIC_OPENING.match(text, line)) and FIGURE_WORD.search(text, topic.end(), opened):
            return True  # (改革开放不断深化。…吞吐量突破3.8亿吨。“十一五”前四年,…年均增长15.7%: an aside after the year's figures)
        before = text.rfind("\n", 0, max(0, line - 1)) + 1
        return line > 0 and _TOPIC_OPENING.match(text, before) is not None and not _TOPIC_OPENING.match(text, line)
    if not _SUB_ITEM.match(text, start):
        return False
    before = _ITEM_OR_TOP_BEFORE.search(text, 0, opened)
    return before is not None and before.group("item") is not None
