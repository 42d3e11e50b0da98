"""Attachment: which figures of a sentence belong to which name.

Each name takes the first level and the first change that follow it, up to the next name, a
sub-item (其中), another subject or a later clause with a subject of its own; 分别 lists are dealt
out over the names before them, a second list of as many figures right after goes to the same
names; names joined by 和/、 with no figure between share a change; 城乡…均增长7% gives each part.
A figure in a lead about several years (年均, 累计…) is taken by no name.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from govreport_cli.figures import Figure, FigureReader
from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.names import QUARTER_LIST, Mention
from govreport_cli.rules import RuleSet
from govreport_cli.scope import Scope
from govreport_cli.sentences import clause_start, full_stop, start_of_sentence

MAX_REACH = 120  # a figure further than this from its name (in characters) is not its figure
# An item of a 、 list after a figure (、财政收入突破): its words, before the verb of its figure
_LIST_ITEM = LazyPattern(r"、(?P<words>\p{Han}[^,;:。、]*)$")
_ITEM_VERB = LazyPattern(r"(?:增长|下降|增加|减少|提高|降低|上涨|下跌|回落|突破|达到|达|为|完成|实现|超过)?了?(?:近|约|超过|超|逾|接近)?$")
_NARROWER_NOTE = LazyPattern(r"\s*\((?:区属|县属|市属|区本级|县本级|市本级|本级)(?:口径|企业)?\)")
# (a note that the figure is a named place's, not the report's: 居民消费价格同比上涨0.6%(杭州市数据), in a district's report)
_PLACES_DATA_NOTE = LazyPattern(r"\s*\((?![全本我])\p{Han}{2,8}?[省市州县]的?(?:数据|统计数据|口径)\)")
_ROW_COLUMNS = 3  # figures in a line of blanks that make it a table's row (a level and its change make two)
_ROW_PUNCTUATION = LazyPattern(r"[,;:。、()]")
_BLANK_COLUMNS = LazyPattern(r"[\s\d.—–-]*")  # blanks, bare numbers and dashes
_BARE_NUMBER = LazyPattern(r"[\d.]+|[—–-]+")
_AMONG_ROW = LazyPattern(r"[ \t\u3000]*其中[:,]")
_UNIT_COLUMN = LazyPattern(r"[ \t\u3000]+(?:[万亿]?元|万?美元|%|万?人|万?吨|个|家|件|万斤|亿斤)?(?=[ \t\u3000])")
_BAND_AFTER = LazyPattern(r"\s*(?:的)?(?:合理)?区间")
# 将农民人均纯收入2300元(2010年不变价)作为新的国家扶贫标准: a line drawn at that figure, not the indicator's level
_STANDARD_AFTER = LazyPattern(r"\s*(?:\([^()]{0,20}\))?(?:作为|定为|确定为)[^,;。]{0,16}(?:标准|线|基数)")
SHORT_CLAUSE = 12  # a clause this short before a name (上半年, 力争到2025年) belongs to the name's clause
_RESPECTIVELY = LazyPattern("分别")
# (blanks around the joiner, as converted pages space numbers: 分别增长 3.9% 和 5.6%)
_LIST_GAP = LazyPattern(r"^\s*(?:左右|以上|以内|以下)?\s*(?:、|和|及|与|,|以及)\s*(?P<minus>[-−])?$")
# (the start may be dated at a year's or a plan's end: 从2015年底的, 由“十二五”末的)
_FROM = LazyPattern(r"(?:从|由)(?:(?:(?:19|20)\d\d年(?:底|末)?|“?十[一二三四五]?五”?(?:末|期末)|(?:[二三四五六七八九十两]|\d{1,2})年前)的?)?"
                    r"(?:不到|不足|近|约|超过)?$")  # (由五年前的54万亿元增加到82.7万亿元)
_FROM_WORDS = r"(?:从|由)(?:(?:19|20)\d\d年(?:底|末)?|“?十[一二三四五]?五”?(?:末|期末)|上年|去年)?的?"
_LIST_FROM = LazyPattern(_FROM_WORDS)  # 分别由2015年的A、B增加到…
# 分别比上年增加452元和156元 (or than a year named: 分别比2001年增加1520元和4103元)
_LIST_AGAINST_LAST_YEAR = LazyPattern(r"(?:比|较)(?:上年|去年|(?:19|20)\d\d年)(?:同期)?(?:增加|减少|增收)?")
_OWN_AVERAGE = LazyPattern(r"年均(?:以上|左右)?(?:到(?:(?:19|20)\d\d年|“?十[一二三四五]?五”?)(?:底|末)?)?")  # (A和B年均增长12%以上,分别达到X和Y: the names' own average between)
_FROM_YEAR = LazyPattern(r"(?:从|由)(?P<year>(?:19|20)\d\d)年(?:底|末)?的?$")
_FROM_BEFORE = LazyPattern(_FROM_WORDS + "$")  # 由2020年的A、B分别提高到C、D
_ON_BASE = LazyPattern(r"在(?:(?:19|20)\d\d年|去年|上年)?(?:底|末)?的?$")  # 在2023年2.1%的基础上提高到2.5%: a pair too
_FROM_A_YEAR = LazyPattern(r"(?:从|由)(?:19|20)\d\d年(?:底|末)?的?$")
_FROM_LAST_YEAR = LazyPattern(r"(?:从|由)(?:上年|去年|上年末|去年底|上年底|上年同期|去年同期|前年)的?$")  # (由前年的X增加到去年的Y)
_TO_GAP = LazyPattern(r"^,?(?:分别)?(?:(?:增加|增长|提高|上升|扩大|提升|跃升|攀升|升|增|下降|减少|降低|降)?(?:到|至)|跨上|跃上|迈上|站上)"
                      r"(?:(?:(?:19|20)\d\d年|去年|上年)的?)?(?:预计)?(?:不到|不足|近|约|超过)?$")  # (从5.2万亿元跨上7.7万亿元)
# (由2.93%提高到预计3.3%: the end estimated)
_EXCLUDING = LazyPattern(r"\((?:不含|不包括|剔除)[^)]*$")  # (不含雄安增长6.6%: a narrower scope
AVERAGE_CHANGE = LazyPattern(r"(?:年均|平均每年|每年)(?:分别)?(?:增长|提高|下降|递增)[^,;、]{0,8}?[\d.]+%")
_ABSOLUTE_CHANGE = LazyPattern(r"(?:增加|增长|提高|减少|下降|扩大|增收|超收|短收|减收|增产|减产|净增|多增|少增|还差|尚差|相差|差距"
                               r"|[比较](?:去年|上年)(?:同期)?(?:多|少))了?(?:近|约|超过|超|逾)?$")  # (预期目标比去年多100万人)
# the items of a list: 、, and a joiner before the last item (批发和零售业 keeps its 和 elsewhere)
_ITEM_SEPARATOR = LazyPattern(r"、|(?:以及|和|及|与)(?=[^、]*$)")
MAX_ITEM = 16  # characters in an item of a 分别 list
_DIGIT = LazyPattern(r"\d")
_ITEM_LEVEL = LazyPattern(r"(?:达到|完成|实现|为)?\d[\d.,]*(?:万亿|亿|万|千)?(?:元|美元|人|个|件|吨|斤|户|家|项)$")
# 突破2万亿元、达到23562亿元, 首次突破百亿元大关,达到105.3亿元: the precise level wins
# the last clause opening on a year (,2010年完成…; ,由2002年的…增加到; ,到2012年突破…)
# a clause of its own that opens on the level reached (,达到1620亿元)
_REACHED_OPENS = LazyPattern(r"\s*(?:达到|突破|超过|增加到|增至|提高到|提升到|跃升至|跃升到)")
# (or last year's, in a review of five: …五年累计完成17.3万亿元,去年比上年增长16.4%)
_ONE_YEAR_CLAUSE = LazyPattern(r"(?r)[,;]\s*(?:其中,?)?(?:力争|确保|争取)?(?:(?:由|从|到)?(?:19|20)\d\d年(?![以底末前初])|去年(?!同期|底|末|以来))")
_NOBODYS = ("no name took it: out of reach of every name (a later name, 其中 or another subject stands between), "
            "or not a measure or unit of the name before it")
# (as not_a_fact finds it; or the plan's last year: 比2005年)
_PLAN_BASE = LazyPattern(r"[比较](?:[“\"]?(?P<plan>(?:十[一二三四五]?|[六七八九])五)[”\"]?|(?P<year>(?:19|20)\d[05])年)")
YEAR_BEFORE_OF = r"[比较](?:上年|去年)(?:同期)?(?:的|实绩|\()"  # 比上年的2631.5亿元, 比上年实绩278.3亿元, 比上年(94.64亿元): the year before's level
_WRITTEN_YEAR_OF = r"[比较](?:19|20)\d\d年的"  # 比2013年的7081.5亿元: an earlier year's level, the year written out
# (and in brackets: 增长3.6%(上年同期增长8.6%), 上涨8.2%(上年为5.5%))
_PERIOD_IN_BRACKET = LazyPattern(r"\((?:其中)?(?:第?[一二三四]季度|(?:1[0-2]|[1-9])月份?)(?:当季|当月|单季)?,?(?:同比|为|是)?$")
# (the period a change is set against, its change in brackets: 增速比一季度(7.1%)回落0.4个百分点)
# (…提高0.4个百分点,比去年同期(11.8%)回落1.2个百分点: last year's)
_PERIOD_COMPARED_IN_BRACKET = LazyPattern(r"(?:增速|增幅|降幅|涨幅|,)比(?P<period>第?[一二三四]季度|上半年|前三季度"
                                          r"|\d{1,2}\s*[-—至]\s*\d{1,2}月份?|(?:去年|上年)同期)\(-?$")
# (or before it with 的, a change in points after it: 增幅比一季度的17.1%加快1.5个百分点)
_PERIOD_COMPARED_BEFORE = LazyPattern(r"(?P<noun>增速|增幅|降幅|涨幅)?(?:比|较)(?P<period>第?[一二三四]季度|上半年|前三季度"
                                      r"|\d{1,2}\s*[-—至]\s*\d{1,2}月份?)的$")
# (or a year's own change after another's: 2009年…增长9.2%,2010年增长10.4%)
_ANOTHER_YEAR = LazyPattern(rf"(?:而|但)?(?:(?:19|20)\d\d年|上年|去年)(?:同期)?(?:为|是|时为)|(?:上年|去年)同期|\((?:上年|去年)(?:同期)?(?:为|是)?|{YEAR_BEFORE_OF}|{_WRITTEN_YEAR_OF}"
                            r"|(?:到|至)?(?:19|20)\d\d年(?:全年)?(?:新增|完成|实现|达到|突破|超过)?"
                            r"|今年(?:我们)?(?:提出|要|将)?(?:力争|确保|争取)?(?:新增|完成|实现|达到|突破|超过)?"
                            r"|(?:力争|确保|争取)?到?[“\"]?十[一二三四五]?五[”\"]?(?:末|期末)(?:新增|完成|实现|达到|突破|超过)?")
# (五年城镇新增就业97万人,2007年新增20.8万人; 到2005年达到700亿元,到2007年突破850亿元;
# 去年…完成201.5亿元,今年我们提出确保突破220亿元; …达到2.45%,确保“十四五”末达到2.5%)
# 提高到1.15%(“十四五”末达到1.4%), …(规划2025年达到3.2%), 1.9%(2017年为1.68%): another year's figure in brackets
_YEAR_IN_BRACKETS = LazyPattern(r"\((?:规划|到)?(?:(?:19|20)\d\d年|“?十[一二三四五]?五”?(?:末|期末))(?:达到|提高到|突破|为)?")
# what may stand between a list of periods and its 分别 (5月份、6月份当月同比分别…): nothing of another subject
_PERIODS_TO_LIST = LazyPattern(r"(?:份|当月|单月|当季|单季|累计)?\s*,?\s*(?:同比|比上年同期|比去年同期|增速|增幅)?\s*")
_SHARE_AFTER = LazyPattern(r"的[\d.]+%")  # (…32.07亿元的101.8%: the level a share is of)
# 增幅比去年同期的12.5%回落0.9个百分点: the same period of last year, the change against it after
_SAME_PERIOD_COMPARED = LazyPattern(r"(?:增速|增幅|涨幅)?(?:比|较)(?:上年|去年)同期的?")
_POINTS_CHANGED = LazyPattern(r"(?:回落|提高|加快|放缓|下降|上升|回升|收窄|扩大|低|高)[\d.]+个?百分点")
# (or past the noun the figure is: 较去年同期4.6%的增速加快3.5个百分点)
_RATE_POINTS_CHANGED = LazyPattern(rf"(?:的(?:增速|增幅|涨幅))?{_POINTS_CHANGED.pattern}")
_ANOTHER_PERIOD = LazyPattern(r"\(?(?:其中|(?:经)?(?:初步)?预计|而|转为|由|完成(?=全年))?"
                                r"(?:(?:第)?[一二三四]季度(?:当季|单季)?|上半年|前三季度|全年|\d{1,2}\s*[-—至]\s*\d{1,2}月|\d{1,2}月份?(?:当月|单月)?"
                                r"|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,2}月份?|(?:十[一二]?|[一二三四五六七八九])月份?(?:当月|单月)?)"
                                r"(?:受\p{Han}{1,12}?(?:影响|冲击))?(?:预计)?(?:累计|平均)?已?(?:完成|实现|达到|为|突破|超过|(?:回落|回升|加快|放缓)[到至]?)?"
                                r"(?:同比)?(?:仅|只)?(?:(?:由负)?转正、?|实现正)?")  # (上半年平均为5.2%; 上半年转正增长0.9%; 1—9月已完成3.3万人;
# 二季度受疫情影响增长1.7%; 四季度回落到11.2%; 增长21.4%(1—5月增长25.3%))
_VIEW_ON_PERIOD_BEFORE = LazyPattern(r"(?:从|按)?(?:环比|[两三]年平均)(?:来)?看")  # (从两年平均看,…增长5.1%: no one year's)
# A rate's path from one period to another (增速由一季度的6.2%逐季加快到四季度的10.8%; 从一季度的9.7%逐步回落到…)
_PATH_PERIOD = r"(?P<period>第?[一二三四]季度|上半年|前三季度|全年|\d{1,2}\s*[-—至]\s*\d{1,2}月份?)"
_RATE_PATH_FROM = LazyPattern(rf"(?:增速|增幅|增长速度)(?:由|从){_PATH_PERIOD}的$")
_RATE_PATH_TO = LazyPattern(rf"(?:逐季|逐月|逐步|持续|稳步|小幅)?(?:加快|回落|回升|放缓|提高|下降|上升|提升)?(?:到|至){_PATH_PERIOD}的")
# the goal before it was adjusted (由年初的…调整为…; 城镇新增就业由40万人调整为…; 由增长5%调整为下降8%左右), the words to
# the goal after (由增长15%调增为增长20%; 调整为按自然口径下降12%), or to one after the first's own clause (年初预算27.52亿元,
# 调整为31.86亿元), and what says the year adjusted it (经…常委会…批准)
_BUDGET_BEFORE = LazyPattern(r"由(?P<when>年初|去年|上年)?的?(?:增长|下降)?$")
_ADJUSTED_TO = LazyPattern(r"调[整增减]为(?:按\p{Han}{1,6}口径)?(?:增长|下降)?")
_ADJUSTED_AFTER_CLAUSE = LazyPattern(rf"[,;]\s*(?:执行中|年中|拟)?{_ADJUSTED_TO.pattern}")
_ADJUSTED_IN_YEAR = LazyPattern(r"批准|常委会|年中")
# (or the goal named after its figure, then adjusted: 将年初确定的生产总值增长7.5%的目标调整为增长4%左右)
_ADJUSTED_AFTER_GOAL = LazyPattern(rf"(?:左右|以上|以内)?的(?:年度|全年)?(?:预期|调控)?目标(?:任务)?{_ADJUSTED_TO.pattern}")
# (or a year written out, which timing dates the level to: 比2013年的7081.5亿元增加978.6亿元,增长13.8%)
_BASE_LEVEL = LazyPattern(rf"(?:{YEAR_BEFORE_OF}|{_WRITTEN_YEAR_OF})$")
_CHANGE_AFTER = LazyPattern(r"\)?\s*(?:同比)?(?:(?:增加|减少)[\d.]+(?:万|亿)?元,)?(?:增长|下降|增加|减少)[-\d.]+%")
# A whole clause between two figures that counts something of its own, in a unit no figure reads (开行5351列; not a
# year, a date or a note: 2019年以来, (1-5月))
# (nor a rank or a comparison: 居全国第9位, 高1.9个百分点)
_COUNT_CLAUSE = LazyPattern(r"[,;](?P<clause>[^,;。()]*?\p{Han}(?<![\d.第])\d[\d.]*(?![\d.年月日号%位名倍]|个?百分点)\p{Han}[^,;。()]*)[,;]")
_PLANNED = LazyPattern(r"计划|预期|目标|年初预算|预算数|预算为|调整预算|调整为|(?:规划|纲要)确定")  # (年初预算为30.5亿元,执行中调整为
# 31.2亿元; 规划确定到2010年…达到380亿元,实际完成…)
# A goal quoted in a clause of its own after what was done (…,低于年初确定的4%左右的控制目标; 低于4.2%的年度控制目标;
# 未达到规划确定的2.2%的目标; 低于县十八届人大五次会议确定的6.5%左右的预期目标; 低于省下达的4.5%控制目标;
# 比年初确定的6%左右的预期目标高0.3个百分点; 年初确定的8%以上的增长目标圆满完成): the words before its figure, and after
# (or the distance to it: …能耗下降3.1%,距离全年下降3.7%的目标仍有差距)
# Who ranks first among the parts, named after the name: 增幅居前三位的是…, 增速最高的是…
# (or a threshold the parts named after it pass: 规模以上工业增加值增速超过30%的有潞城市、长治县…4个)
_PASSED_BY = LazyPattern(r"(?:左右|以上|以下)?的(?:有|是|为|共有)")
_RANKING = LazyPattern(r"(?:最高|最快|最大|最多|最低|最慢|最小|居前|靠前|前[一二三四五六七八九十\d]{1,2}位|首位|前列)(?:的|者)(?:分别)?(?:是|为|有)")
# A clause ranking the figure before it among others (居温州市11个县(市、区)第4位, 在全省排第三位): an aside, the
# clauses after go on
_RANK_CLAUSE = LazyPattern(r"(?:在[^,;。]{1,10}?)?(?:位?居|位列|排名|排在|排)[^,;。]{0,24}?(?:第|前)[一二三四五六七八九十\d]{1,3}(?:位|名)?")
_HELD_AT = LazyPattern(r"\s*(?:要|力争|确保|争取)?(?:控制在|保持在)")
# 经济增速一季度为4.1%: the rate's noun, then the period it is of
_RATE_OF_PERIOD = LazyPattern(r"(?:增速|增幅|增长率|增长速度)(?:第?[一二三四]季度|首季度?|上半年|前三季度|全年|\d{1,2}\s*[-—至]\s*\d{1,2}月份?)"
                              r"(?:为|是|达到?|仅为|(?:回落|回升|加快|放缓)(?:到|至))")
_QUOTED_GOAL = LazyPattern(r"(?:年初|全年|年度|今年|规划|计划|人代会|人大(?:[一二三四五六七八九十]{1,3}次)?(?:会议|工委|常委会)?"
                           r"|(?:省|市|上级)(?=下达))(?:确定|提出|预期|预定|下达)的(?:全年|年度)?$"
                           # (超额完成国家下达我省下降3.7%的年度目标: the quota the level above set the region)
                           r"|(?:国家|省|市|州|自治区|上级)下达给?[我本][省市区县州盟旗]的?(?:全年|年度)?$"
                           r"|^(?:与|距离?|离)(?:完成)?(?:全年|年度)$|^(?:略|稍)?(?:低于|高于|好于|优于|超过|超出)(?:全年|年度)?$|^控制在(?:全年|年度)?$"
                           # (略低于8%的年度目标, 低于全年16%的预期目标: the goal missed by a little or more)
                           # (1.26万人,提前两个月完成全年1.2万人的目标任务: the goal met)
                           # (尽管…增速高于全省平均水平,但没有完成12.5%的预期目标: the goal missed)
                           r"|^(?:但|却)?(?:没有|没能|未能|未)?(?:提前(?:[一二两三四五六七八九十\d]{1,2}(?:个月|年|天))?|超额)?完成(?:全年|年度)?$"
                           r"|(?:年初|年度|批准的?)预算$|^预算$|(?:年初|全年|年度|年)计划$|(?:全年|年度)(?:预期)?目标$")
# (or what was expected at the year's start, no goal named after it: 增长3.8%,低于年初预期的8%; 比年初预期的3%高出…)
_EXPECTED_AT_START = LazyPattern(r"(?:年初|全年|年度)(?:预期|预定)的$")
# (or named before it in the clause that sets the outcome against it: …增长14.2%,比年初预期目标9%高5.2个百分点;
# 居民消费价格上涨2.8%,控制在年初确定的4%以内)
# (not what was done beyond it: 超过年初预期目标200万人)
_GOAL_NAMED_BEFORE = LazyPattern(r"(?:控制在|比|较|低于|高于)(?:年初|全年|年度)[^,;。\d]{0,10}?(?:确定|提出|预定|下达)的"
                                 r"(?:全年|年度)?(?:预期|调控|控制)?(?:目标)?"
                                 r"|(?:比|较)(?:年初|全年|年度)?(?:预期|调控|计划)?目标(?:为)?"
                                 r"|\((?:(?:(?:年初|全年|年度|省定|市定|省下达|市下达)(?:预期|调控|控制|计划)?|预期|调控|控制)目标|(?:年初|全年|年度)计划)"
                                 r"(?:为|是)?(?:增长)?"
                                 # (完成年度目标(12亿美元)的56.8%: the goal in brackets inside the progress made on it)
                                 r"|完成(?:全年|年度|年初)(?:预期)?(?:目标|任务|预算|计划)(?:任务)?\(")
# (增长8.6%(全年目标9%), (省定目标16%), (年度目标为增长20%), 上涨0.6%(控制目标3%左右), 增长7.6%(年度计划8.5%))
# (or the year's budget, plan or goal a share of it was done: 完成年初人代会批准预算53.2亿元的53.5%, 完成…批准的财政总收入预算43.3亿元的
# 56.3%, 完成年计划179.8亿元的21.5%, 完成全年目标2亿美元的56%; or the goal it was held within: 控制在全年4.5%的控制目标以内)
_GOAL_AFTER_FIGURE = LazyPattern(r"(?:左右|以上|以内|以下)?(?:的)?(?:年度|全年)?(?:增长|预期|调控|控制|发展|预算)?(?:目标|计划|(?<=年度|全年)任务)"
                                 r"|的\d+(?:\.\d+)?%")
_YEARS_OWN = LazyPattern(r"年初|全年|年度|今年")
# (a goal closed as a cap after its figure: 控制在4.2%的年度目标以内)
_CAP_CLOSED_AFTER = LazyPattern(r"的?(?:年度|全年)?(?:预期|调控|控制)?目标(?:以内|之内)")
_CAP_AFTER_FIGURE = LazyPattern(r"(?:左右|以内|以下)?的?(?:年度|全年)?(?:调控|控制)目标")
# (增长5.5%左右(年度目标,下同); 增长13%的目标,实际增长14.2%: a goal, then what was done)
_GOAL_MARKED_AFTER = LazyPattern(r"(?:左右|以上|以内|以下)?(?:\((?:增长|预期|年度|全年)?(?:目标|计划)|的(?:年度|全年|预期|增长)?目标[,;])")
_PLAN_AFTER_DONE = LazyPattern(r"(?:控制在)?(?:年初|全年|年度)(?:计划|预期目标?|目标)(?:为|是)?|计划(?:为|是)")
# A bracket opening on a whole (…(全省增长6.5%); (全国为5.2%)): the region's own figure stands outside it
_WHOLE_IN_BRACKETS = LazyPattern(r"\(\s*(?:全国|全省|全市|全区|全州|全县|全盟|我国|全自治区)[^()\d]{0,8}$")
_WHOLE_BRACKET_REACH = 14
_ASIDE_CLOSED = LazyPattern(r"[^()]{0,6}\)[,，]?\s*(?:同比|比上年同期|比去年同期)?(?:增长|下降)?")
_DONE = LazyPattern(r"上半年|前三季度|一季度|\d{1,2}\s*[-—至]\s*\d{1,2}月|实际|预计|执行结果|完成|实现|累计")
_LIST_OF_CHANGES = LazyPattern(r"(?:增加|增收|减少|净增|多增|提高)了?(?:分别)?(?:为|达)?$|(?:增加|增收|减少|净增|提高)了?分别")
_REAL_CHANGE = LazyPattern(r"扣除价格因素|实际")
_ITEM_AFTER_FIGURE = LazyPattern(r"(?r)(?:\d%|\d|百分点)(?:左右|以上|以内|以下)?、")  # the last item of a list of figures
_REAL_AFTER = LazyPattern(r"[,;]\s*实际(?:增长|下降)")  # a clause of the real change alone, after the nominal one
_JOINING_MARKS = str.maketrans("", "", ",、和及与")
_CHANGE_VERB = LazyPattern(r"增加|增长|提高|下降|减少|降低")
# 增长8%左右,力争9%; 确保增长6.5%、力争增长7%; 增长8%(力争10%): a higher goal for the same measure, the name not written again
_STRETCH = LazyPattern(r"(?:左右|以上)?[,、(]\s*(?:并|但)?(?:力争|争取|冲刺|努力)(?:达到|实现|完成|增长|突破|超过)?$")  # (…增长8%(力争10%))
# 力争增长8%、确保增长6%以上: the floor under a goal striven for
_FLOOR = LazyPattern(r"(?:左右|以上)?[,、]\s*(?:但)?(?:确保|保底|至少)(?:达到|实现|完成|增长)?$")
_STRIVEN = LazyPattern(r"力争|争取|冲刺")
# Quarters by span or list, one figure each after 分别 (一季度至四季度, 一至四季度, 一、二、三、四季度, 三、四季度)
_QUARTERS = LazyPattern(rf"(?:第)?(?P<first>[一二三四])(?:季度)?\s*[至到—-]\s*(?:第)?(?P<last>[一二三四])季度|{QUARTER_LIST}"
                        r"|(?P<four>四个季度)|(?P<by>分季度(?:看)?|各季度)")
_PERIOD_NAMED = LazyPattern(r"[一二三四]季度|上半年|前三季度|\d{1,2}月")
_QUARTER_DIGITS = LazyPattern(r"[一二三四](?=季度|、|和|及)")
_QUARTER_NUMBERS = "一二三四"
# Months written as a list with one 月 (4、5月份, 7、8、9月): each one's own month, before a 分别 only
_MONTHS = LazyPattern(r"(?<![\d.\-—–~至到、])(?:1[0-2]|[1-9])(?:、(?:1[0-2]|[1-9]))*(?:、|和)(?:1[0-2]|[1-9])(?:[两三四]个?)?月份?(?:当月)?")
_MONTH_DIGITS = LazyPattern(r"1[0-2]|[1-9]")
# A clause that gives a reason and no figure (…98.6亿元,因房地产开发投资回落,比上年下降5.2%): its words take
# nothing and stand between nothing
_REASON = LazyPattern(r"(?<=[,;])(?:虽然?|但)?(?:(?:因|由于)(?!素)[^,;。\d%]{1,24}|受[^,;。\d%]{1,20}(?:影响|冲击|拖累))(?=[,;])")
_PERIOD_ONLY = LazyPattern(r"[,、;]\s*(?P<period>(?:第)?[一二三四]季度)(?:当季)?|[,、;]\s*(?P<period>上半年|前三季度|全年)")
_PERIOD_JOINER = LazyPattern(r"、|和|及|以及|与")
_YEARS_BEFORE = LazyPattern(r"(?:(?P<first>(?:19|20)\d\d)年?\s*[-—–~至到]\s*(?P<last>(?:19|20)\d\d)年"
                            r"|(?:19|20)\d\d年(?:(?:、|和|及|与)(?:19|20)\d\d年)+)(?:的)?\s*$")
_YEAR_DIGITS = LazyPattern(r"(?:19|20)\d\d")
YEAR_WRITTEN = LazyPattern(r"(?:19|20)\d\d年")  # a year written out
_MASS = LazyPattern(r"[吨斤]", stdlib=True)
_THEN_PRECISE = LazyPattern(r"^(?:人民币)?(?:新?(?:大关|关口|台阶|大台阶))?[、,]?\s*(?P<year>(?:19|20)\d\d年)?(?:达到|达|为)$")  # (突破1万亿元人民币,达到11494亿元)


class Attacher:
    def __init__(self, rules: RuleSet, scope: Scope, reader: FigureReader):
        self.rules = rules
        self.scope = scope
        self.reader = reader
        p = rules.shared.pattern
        self.not_a_fact = regex.compile(p("{not_a_fact}"))
        self.sub_item = regex.compile(p("{sub_item}"))
        self.modifies = regex.compile(p("{modifies}"))
        self.carry_on = regex.compile(p("{carry_on}"))
        self.other_subject = regex.compile(p("{other_subject}"))
        self.joiner = regex.compile(p("{joiner}"))
        self.yoy = rules.shared.basis["yoy"]
        self.comparable = rules.shared.basis["comparable"]
        self.dropped: list[tuple[int, int, str]] | None = None  # set by `explain`: figures no name took, and why
        self.within_year = False  # set by each call of `attach`
        self.periods = list(rules.shared.periods.values())

    def _skip(self, fig: Figure, why: str) -> None:
        if self.dropped is not None:
            self.dropped.append((fig.start, fig.end, why))

    def _skip_run(self, figures: list[Figure], runs: list[list[int]], why: str) -> None:
        for run in runs:
            for k in run:
                self._skip(figures[k], why)

    def attach(self, text: str, mentions: list[Mention], figures: list[Figure], end: int,
               within_year: bool = False) -> dict[int, list[Figure]]:
        """Mention index -> its figures. Names a list deals to are appended to `mentions`. In a report on
        part of a year (`within_year`), 累计 sums its months."""
        self.within_year = within_year
        self._reasons = [m.span() for m in _REASON.finditer(text, mentions[0].start, end)] if mentions else []
        taken: dict[int, list[Figure]] = {}
        used: set[int] = set()
        self._deal_lists(text, mentions, figures, taken, used)
        for index, mention in enumerate(mentions):
            if mention.rule is None or index in taken:
                continue
            reach = self._reach(text, mentions, index, end)
            mine = [f for k, f in enumerate(figures)
                    if k not in used and reach[0] <= f.token_start and f.token_end <= reach[1]]
            taken[index] = self._first_of_each(text, mention, mine)
        self._share(text, mentions, taken)
        self._both(text, mentions, taken)
        if self.dropped is not None:  # explain: every figure is accounted for
            said = {(start, end) for start, end, _ in self.dropped}
            said |= {(f.start, f.end) for chosen in taken.values() for f in chosen}
            for fig in figures:
                if (fig.start, fig.end) not in said:
                    self._skip(fig, _NOBODYS)
        return taken

    def _reach(self, text: str, mentions: list[Mention], index: int, end: int) -> tuple[int, int]:
        """From the end of a name to the next name, sub-item or other subject, or MAX_REACH."""
        start = mentions[index].end
        if reason := self._reason_at(start):
            return start, reason[1]
        # the next name in the text (names a list deals to are appended after the others)
        stop = min((m.start for m in mentions if m.start >= start and m is not mentions[index]
                    and not self._reason_at(m.start)), default=end)
        stop = min(stop, start + MAX_REACH)
        for pattern in (self.sub_item, self.other_subject):
            found = pattern.search(text, start, stop)
            while found and (reason := self._reason_at(found.start())):
                found = pattern.search(text, reason[1], stop)
            if found:
                stop = found.start()
        return start, stop

    def _reason_at(self, at: int) -> tuple[int, int] | None:
        return next((span for span in self._reasons if span[0] <= at < span[1]), None)

    def _first_of_each(self, text: str, mention: Mention, figures: list[Figure]) -> list[Figure]:
        """The first level and the first change after a name; a from-to pair gives both levels."""
        chosen: list[Figure] = []
        rule = mention.rule
        previous_end = mention.end
        have = set()
        if view := _VIEW_ON_PERIOD_BEFORE.search(text, full_stop(text, mention.start), mention.start):
            for fig in figures:  # (从环比看,二季度国内生产总值增长1.8%: on the quarter before, not on last year's)
                self._skip(fig, f"a change on the period before or an average of years ({view.group()}), not on the year before")
            return []
        if columns := _columns_unheaded(text, mention, figures):
            for fig in columns:  # (生产总值 亿元 增长12% 482.6 14.1 增长12.5%, its heading not read: plan? outcome?)
                self._skip(fig, "a row of a table whose heading was not read: which column is which year's?")
            return []
        # (its own sentence's: not a digest's line before it, 城乡居民收入年均增长8%以上 \n\n 研究与试验发展…)
        floor = max(0, mention.start - SHORT_CLAUSE * 4)
        if text.find("\n", floor, mention.start) != -1:  # (a line break in reach: where does the sentence start?)
            floor = max(floor, start_of_sentence(text, mention.start))
        opening_start = clause_start(text, floor, mention.start)
        if item := _ITEM_AFTER_FIGURE.search(text, opening_start, mention.start):
            opening_start = item.end()  # (占比提高1个百分点、工业投资增长10%: the item before is done with)
        opening = text[opening_start:mention.start]
        # 五年累计实际利用外资…: about several years, until a clause names one (,2007年达到30.1亿美元)
        several_opening = ""
        if self.not_a_fact.search(opening):
            several_opening = self.scope.spans_years(opening, within_year=self.within_year)
            if not several_opening:
                return []
        aside_end = mention.end  # where an aside about several years ended, if any
        base_end = 0  # where a base level (比上年的2631.5亿元) ended, if any
        respectively = text.find("分别", mention.end)  # (one scan per name, not one per figure)
        planned: set[str] = set()  # measures whose figure so far is a plan's (计划…)
        planned_before: set[str] = set()  # measures a plan's figure was given for
        done_run = False  # in the clauses that say what was done after a plan's figure
        other_periods: set[int] = set()  # (ids of) figures that open another year's or period's clause
        summed = -1  # the last figure about several years
        for k, fig in enumerate(figures):
            lead = text[previous_end:fig.start]
            previous_end = fig.token_end
            if (fig.measure == "level" and fig.unit == "%" and rule.unit != "%" and chosen
                    and chosen[-1] is figures[k - 1] and chosen[-1].measure == "growth" and chosen[-1].sign > 0
                    and _PERIOD_ONLY.fullmatch(lead)):
                fig = figures[k] = replace(fig, measure="growth")  # 一季度增长7.6%,二季度8%: its change, by period
            if -1 < respectively < fig.token_start:  # a list no name was dealt (分别由…的a、b增加到…)
                self._skip(fig, "a figure of a 分别 list whose names could not be matched to its figures")
                continue
            if ranked := _RANKING.search(text, mention.end, fig.token_start):
                for rest in figures[k:]:  # (规模以上工业产值增幅居前三位的是龙固镇(增长52.3%)、…; …增速最高的是郸城县,增长17.6%)
                    self._skip(rest, f"a ranking of parts ({ranked.group()}…): the figures are theirs")
                break
            if _PASSED_BY.match(text, fig.token_end):
                self._skip(fig, "a threshold the parts named after it pass (…的有…)")
                continue
            opens = clause_start(text, mention.end, fig.token_start)
            if fig.unit == "%" and self.scope.is_progress(text[opens:fig.token_start]):  # a share of the plan
                self._skip(fig, "progress against a plan (占年计划的…)")
                continue  # a share, and the clause goes on
            if note := _PLACES_DATA_NOTE.match(text, fig.token_end):
                self._skip(fig, f"another place's figure, as the note after it says ({note.group().strip()})")
                continue
            if note := _NARROWER_NOTE.match(text, fig.token_end):  # 完成412.5亿元(区属口径),增长13.8%: both the narrower's
                for rest in figures[k:]:
                    self._skip(rest, f"a narrower scope than the region, as the note after the level says ({note.group().strip()})")
                break
            if _BAND_AFTER.match(text, fig.token_end):
                self._skip(fig, "a band the figures ran in (增长8%—9%区间运行), not one figure")
                continue
            if whole := _WHOLE_IN_BRACKETS.search(text, max(0, fig.token_start - _WHOLE_BRACKET_REACH), fig.token_start):
                self._skip(fig, f"the figure of the whole a bracket names ({whole.group()}…), set beside the region's")
                continue  # (增速比全省低0.2个百分点(全省增长6.5%): the province's)
            if _STANDARD_AFTER.match(text, fig.token_end):
                self._skip(fig, "a line drawn at the figure (…2300元作为新的国家扶贫标准), not the indicator's level")
                continue
            # (迈上6万亿元台阶,达到60132.9亿元、增长6%: the clause goes on after the name's figure before)
            kept_end = chosen[-1].token_end if k and chosen and chosen[-1] is figures[k - 1] else 0
            words = _after_aside(text, mention.end, max(opens, base_end, kept_end), fig.token_start)
            # 增长25.8%(上年为27.7%): the year before's, in brackets right after the name's own
            bracket = text[figures[k - 1].token_end:fig.token_start] if k else ""
            # (增速比去年同期提高1.6个百分点(去年同期增长6.3%): after the comparison's points, the base compared with)
            bracketed = bool(chosen and (chosen[-1] is figures[k - 1] or figures[k - 1].unit.endswith("百分点"))
                             and bracket.startswith("(") and _ANOTHER_YEAR.fullmatch(bracket))
            # 降幅比一季度收窄19.8个百分点(一季度下降38.4%): a period's own change in brackets after a comparison
            # (一季度为7.1%): its own level of per cent, a change as the one before
            change = fig.measure == "growth" or (fig.unit == "%" and chosen and chosen[-1] is figures[k - 1]
                                                 and chosen[-1].measure == "growth")
            if (not bracketed and chosen and change and text.startswith(")", fig.token_end)
                    and (period := _PERIOD_IN_BRACKET.search(text, max(0, fig.token_start - 12), fig.token_start))):
                bracketed, bracket = True, period.group()[1:]
            elif not bracketed and (
                    ((change or (fig.unit == "%" and chosen and chosen[-1].measure == "growth"))
                     and text.startswith(")", fig.token_end) and (compared := _PERIOD_COMPARED_IN_BRACKET.search(
                        text, max(0, fig.token_start - 16), fig.token_start)))
                    or (fig.unit == "%" and chosen and chosen[-1].measure == "growth"
                        and _POINTS_CHANGED.match(text, fig.token_end) and (compared := _PERIOD_COMPARED_BEFORE.search(
                            text, max(0, fig.token_start - 16), fig.token_start)))):
                bracketed, bracket = True, compared.group("period")
                fig.listed_period = (compared.start("period"), compared.end("period"), "")
                if fig.measure == "level":  # (降幅比1—5月(-12.1%): its sign written before it; 降幅比一季度的12.1%收窄…)
                    falls = compared.group().endswith("-") or compared.groupdict().get("noun") == "降幅"
                    fig.measure, fig.sign = "growth", -1 if falls else 1
            if (not bracketed and fig.unit == "%" and (rule.unit != "%" or "level" not in rule.measures)
                    and (path := _RATE_PATH_FROM.search(text, max(0, fig.token_start - 16), fig.token_start)
                         or (k and figures[k - 1].listed_period and figures[k - 1].path
                             and _RATE_PATH_TO.fullmatch(text, figures[k - 1].token_end, fig.token_start)))):
                # 增速由一季度的6.2%逐季加快到四季度的10.8%: each rate its own period's
                bracketed, bracket = True, path.group("period")
                fig = figures[k] = replace(fig, listed_period=(path.start("period"), path.end("period"), ""), path=True,
                                           **({"measure": "growth", "sign": 1} if fig.measure == "level" else {}))
            if bracketed:
                words = bracket
                if fig.measure == "level" and fig.unit == "%" and chosen and chosen[-1].measure == "growth":
                    fig.measure, fig.sign = "growth", 1  # (上涨8.2%(上年为5.5%): a change, as the one before)
            # 由年初的30.5亿元调整为31.2亿元: the goal as set and as adjusted are both the year's goals
            # (or 年初预算27.52亿元,调整为31.86亿元; 年初预算209.2亿元,比上年增长5%;拟调整为165.5亿元)
            adjusted = bool(k and (figures[k - 1].adjusted_from and _ADJUSTED_TO.fullmatch(text, figures[k - 1].token_end,
                                                                                          fig.token_start)
                                   or _ADJUSTED_AFTER_CLAUSE.fullmatch(text, figures[k - 1].token_end, fig.token_start)
                                   or _ADJUSTED_AFTER_GOAL.fullmatch(text, figures[k - 1].token_end, fig.token_start)))
            # a per cent of a change's goal, or of a rate's that changes only (居民消费价格涨幅由3.5%左右调整为4%以内)
            goal_of_change = fig.measure == "level" and fig.unit == "%" and (rule.unit != "%" or "level" not in rule.measures)
            if adjusted and goal_of_change and (figures[k - 1].measure == "growth" or "level" not in rule.measures):
                fig = figures[k] = replace(fig, measure="growth", sign=1)  # (…调整为3%左右: a change's goal)
            if (fig.measure in ("level", "growth") and _ADJUSTED_TO.match(text, fig.token_end)
                    and (before := _BUDGET_BEFORE.search(text, max(0, fig.token_start - 8), fig.token_start))):
                fig = figures[k] = replace(fig, adjusted_from=True,
                                           **({"measure": "growth", "sign": 1} if goal_of_change else {}))
                # in a part-year report, or set at the year's start, or a budget, or adjusted as approved (7月,经区人大
                # 常委会…批准,…由8.5%调整为5%): the year's goal as first set; else
                # perhaps last year's (就业目标略有下调。城镇新增就业由40万人调整为35万人, in an annual report)
                if before.group("when") in ("去年", "上年") or not (
                        self.within_year or before.group("when") or text.endswith("预算", 0, before.start())
                        or _ADJUSTED_IN_YEAR.search(text, max(0, text.rfind("。", 0, mention.start)), mention.start)):
                    self._skip(fig, "a goal before it was adjusted, of no year said (由…调整为…): perhaps last year's")
                    base_end = fig.token_end
                    continue
            if (fig.measure == "level" and _BASE_LEVEL.search(text, max(0, fig.token_start - 8), fig.token_start)
                    and _CHANGE_AFTER.match(text, fig.token_end)):
                base_end = fig.token_end  # 达到3003.1亿元,比上年的2631.5亿元增长7.9%: the year before's level (timing
                # dates it), then the name's change
            pair_end = k and chosen and chosen[-1] is figures[k - 1] and chosen[-1].start_of_pair  # 从X增加到Y
            # 上涨2.4%,低于年初确定的4%左右的控制目标: the goal the clause quotes is the name's, for the year reviewed
            # (or with no figure of the name before it: 地区生产总值增速与年初确定的6%左右的预期目标差距较大,
            # 固定资产投资连续两年负增长,与年初确定的增长5%的目标差距较大)
            # (涨幅低于3%左右的调控目标: the bound inside the figure's words, after the rate's noun)
            quoting = words or fig.pre
            quoted = ((_QUOTED_GOAL.search(quoting) is not None and _GOAL_AFTER_FIGURE.match(text, fig.token_end) is not None)
                      or _GOAL_NAMED_BEFORE.fullmatch(words) is not None or _EXPECTED_AT_START.search(quoting) is not None)
            if quoted and (fig.pre == quoting or fig.pre in ("低于", "高于") and quoting.endswith(fig.pre)):
                fig = figures[k] = replace(fig, pre="")  # 低于3%的年度调控目标: the outcome's place, not the goal's bound
                # (略低于8%的年度目标 too)
            if quoted and not fig.post and quoting.startswith("控制在") and _CAP_CLOSED_AFTER.match(text, fig.token_end):
                fig = figures[k] = replace(fig, post="以内")  # 控制在4.2%的年度目标以内: the goal is a cap
            if fig.measure == "level" and fig.unit == "%" and (rule.unit != "%" or "level" not in rule.measures) and (
                    quoted or (rule.unit == "%" and _HELD_AT.fullmatch(text, mention.end, fig.token_start))
                    or _RATE_OF_PERIOD.fullmatch(text, mention.end, fig.token_start)):
                # (4%左右的控制目标 of a change: the change's; 居民消费价格总水平控制在4%左右: a change-only rate's;
                # 增速一季度为4.1%)
                if (quoted and chosen and chosen[-1].measure == "growth" and chosen[-1].sign < 0
                        and not _CAP_AFTER_FIGURE.match(text, fig.token_end)):
                    # (能耗下降3.6%,未完成省下达的4%年度目标: a fall aimed at, or a rise? the goal says not; a cap on a
                    # rise does: 居民消费价格下降0.7%,低于4%左右的年度调控目标)
                    self._skip(fig, "a goal quoted after a fall with no word of its direction")
                    continue
                fig = figures[k] = replace(fig, measure="growth", sign=1)
            if (opens > mention.end and not pair_end and not bracketed and not quoted
                    and not self.carry_on.fullmatch(words)):
                if fig.measure == "level" and _ABSOLUTE_CHANGE.fullmatch(self.carry_on.sub("", words)):
                    self._skip(fig, f"a change in an amount ({words}…), not a level")
                    continue  # 3120元,增加286元,增长10.1%: the clause after it goes on
                if (words.startswith("折合") and fig.measure == "level" and chosen and chosen[-1].measure == "level"
                        and rule.unit.endswith("美元") and fig.unit.endswith("美元")
                        and not chosen[-1].unit.endswith("美元")):
                    self._skip(chosen[-1], f"the same amount in yuan, beside dollars, {rule.unit}'s currency")
                    chosen[-1] = fig  # 实际使用外资人民币160.6亿元,折合23.4亿美元: the dollars
                    continue
                aside = (self.scope.spans_years(words, within_year=self.within_year) or self.not_a_fact.search(words)
                         or _RANK_CLAUSE.match(text, opens))
                if aside:  # 增长18.4%,两年平均增长6.5%,总额达到812.6亿元: an aside, the clause after it goes on
                    self._skip(fig, f"an aside about several years, a comparison or a rank ({words[:12]})")
                    aside_end = fig.token_end
                    continue
                if (fig.measure == "level" and _SHARE_AFTER.match(text, fig.token_end)
                        and self.scope.is_progress(text[opens:fig.token_end] + "的")):
                    self._skip(fig, "the plan's amount a share is of (为调整预算32.07亿元的101.8%)")
                    continue  # the share next, and the clause goes on
                self._skip(fig, f"its clause opens on words of its own ({words[:12]}), not on the name's")
                break  # a later clause about something else
            if chosen and (count := _COUNT_CLAUSE.search(lead)):
                self._skip(fig, f"a clause with a count of its own stands between ({count.group('clause')[:12]}): its subject's")
                break  # 实际使用外资13.2亿美元,中欧班列长安号开行5351列,增长16.3%: the trains'
            if k and (item := _LIST_ITEM.match(lead)) and not self.carry_on.fullmatch(_ITEM_VERB.sub("", item.group("words"))):
                self._skip(fig, f"an item of a list with words of its own ({item.group('words')[:12]}), not the name's")
                break  # 固定资产投资增长12%、财政收入突破60亿元: a name the report does not count, not this one
            before = text[max(0, mention.start - SHORT_CLAUSE * 4):mention.start]
            # (…,是1996年以来增长最快的一年;前三季度增长13.1%: a period's clause past a semicolon is its own)
            since = max(aside_end, text.rfind(";", aside_end, fig.start) + 1)
            named = _ONE_YEAR_CLAUSE.search(text, mention.end, fig.start)
            if named:  # 五年累计完成245亿元,2010年完成82.3亿元: the year's clause speaks of that year
                since, before = named.end(), ""
            several = (not named and several_opening) or \
                self.scope.spans_years(text[max(since, fig.start - len(lead)):fig.start], before, self.within_year) or \
                self.scope.spans_years(AVERAGE_CHANGE.sub("", text[since:fig.start]), before, self.within_year)
            if several and quoted and opens > mention.end and (
                    summed != k - 1 or _names_the_years_goal(text, words, fig.token_end)):
                # (…连续两年负增长,与年初确定的增长5%的目标…: the year's goal; not 能耗累计下降13.5%,超额完成省下达的13%
                # 目标: the goal of the years the outcome before it sums)
                several = self.scope.spans_years(words, before, self.within_year)
            if several and opens > mention.end and not several_opening and fig.measure == "level" \
                    and _REACHED_OPENS.match(text, opens, fig.token_start) and self.scope.reached_level(words):
                several = ""  # 规上工业总产值五年翻一番,达到1620亿元: the level reached at the span's close
            if several:
                self._skip(fig, f"about several years ({several})")
                summed = k
                continue
            # (實際利用外資折合2160萬美元: the only amount, converted to dollars, no second one beside another)
            converted_only = not chosen and lead.strip() == "折合" and fig.unit.endswith("美元")
            not_a_fact = None if quoted or converted_only else self.not_a_fact.search(lead) or _EXCLUDING.search(lead)
            if not_a_fact and rule.plan_change and (base := _PLAN_BASE.fullmatch(not_a_fact.group())) \
                    and not self.not_a_fact.search(lead, not_a_fact.end()):
                # the goal of the plan after it, or no row: timing says
                fig.against_plan = base.group("plan") or base.group("year") + "年"
            elif not_a_fact:
                self._skip(fig, f"not a fact about {rule.id}: {not_a_fact.group()}")
                continue
            if (fig.measure == "growth" and len(chosen) > 1 and chosen[-1] is figures[k - 1]
                    and chosen[-2].start_of_pair and not chosen[-2].from_last_year
                    and not self.yoy.search(lead) and not YEAR_WRITTEN.search(lead)
                    and not _FROM_A_YEAR.search(text, max(0, chosen[-2].token_start - 10), chosen[-2].token_start)):
                # (…增加到2002年的6208亿美元,2002年(比上年)增长21.8%: one year's; 由2012年的…增加到…,增长10%:
                # timing says whether the year the pair starts from is the one before)
                self._skip(fig, "the change over the years of the from-to pair before it")
                continue  # 从2015年的3177.8亿元增加到2020年的8081.9亿元,增长1.5倍
            if fig.double and not self.yoy.search(lead):
                self._skip(fig, "翻番 without 比上年: over a span of years")
                continue
            if (fig.measure == "level" and "level" in have and chosen and chosen[-1].measure == "level"
                    and self.reader.level_value(rule, fig) is not None):
                then = _THEN_PRECISE.match(lead)
                # (not …,2012年为2341亿元; nor 到2010年…突破1000亿元,2011年达到1200亿元: each year's own)
                other_year = then and then.group("year") and any(
                    year.group() != then.group("year") for year in YEAR_WRITTEN.finditer(
                        text, clause_start(text, max(0, mention.start - SHORT_CLAUSE * 4), mention.start), chosen[-1].start))
                if other_year:
                    chosen.append(fig)
                    continue
                if then and (not then.group("year") or chosen[-1].pre or chosen[-1].post):
                    bound, precise = self.reader.level_value(rule, chosen[-1]), self.reader.level_value(rule, fig)
                    # (compared in one unit: money in the rule's, counts as counted; a mass in two units is not)
                    if (bound and precise and (bound[1] == precise[1] or not _MASS.search(rule.unit))
                            and not bound[0] / 2 <= precise[0] <= bound[0] * 2):
                        # (城镇新增就业35万人以上,为1.5万名困难群众提供公益性岗位: far from the bound, another count)
                        self._skip(fig, "a figure far from the threshold before it: no restatement of it, another count")
                        break
                    self._skip(chosen[-1], "a threshold the precise level after it restates")
                    chosen[-1] = fig
                    continue
                if lead == "、" and chosen[-1].pre:  # 跨越300亿元、400亿元两个台阶: past the last step
                    self._skip(chosen[-1], "a step before the last one crossed")
                    chosen[-1] = replace(fig, pre=chosen[-1].pre)
                    continue
            # 增长7.1%,按可比口径增长9.1%: a change on a comparable basis after one that is not is a fact too
            restated = fig.measure == "growth" and "growth" in have and (
                ("comparable" not in have and self.comparable.search(lead) is not None)
                or ("comparable" in have and "自然口径" in words)  # 扣除…因素后增长6.5%,自然口径下降2.1%
                or ("实际" in lead and "名义" in text[mention.end:fig.start - len(lead)])  # 名义增长4.6%,实际增长4.5%
                or _REAL_AFTER.fullmatch(lead) is not None)  # 增长13.6%,实际增长7.6%: the real change after the nominal
            # 计划控制在4.6%以内,实际为3.9%: the plan's figure, then what was done
            done_after_plan = (fig.measure in planned and _DONE.match(words) is not None) or (
                done_run and fig.measure in planned_before) or (  # 计划增长11%,预计实现8874亿元,增长12.7%
                fig.measure in planned and chosen and chosen[-1].measure == fig.measure
                and _ASIDE_CLOSED.fullmatch(text, chosen[-1].token_end, fig.token_start) is not None)
            # (216.38亿元(年度目标增长12%),同比增长11.4%: the goal's aside closed, the outcome's change)
            # 增长23.8%,年初计划增长16%: the year's plan after what was done, its own clause
            plan_after_done = (fig.measure in have and opens > mention.end and fig.measure not in planned_before
                               and _PLAN_AFTER_DONE.fullmatch(words) is not None)
            # 3453亿元,2012年为2341亿元; 一季度增长6.1%,上半年增长8.2%,全年完成1745亿元: another period's
            # …,全年完成1745亿元,同比增长10.8%: with that period's level, its change
            compared = (_SAME_PERIOD_COMPARED.fullmatch(words) is not None
                        and _RATE_POINTS_CHANGED.match(text, fig.token_end) is not None)
            another_year = bool(have) and (
                _ANOTHER_YEAR.fullmatch(words) is not None or _ANOTHER_PERIOD.fullmatch(words) is not None or compared
                or _YEAR_IN_BRACKETS.fullmatch(words) is not None
                or (k > 0 and id(figures[k - 1]) in other_periods and fig.measure != figures[k - 1].measure))
            if (fig.measure == "level" and chosen and chosen[-1].measure == "level" and chosen[-1].pre
                    and (_FROM_LAST_YEAR.search(lead) or _FROM.search(lead)) and k + 1 < len(figures)
                    and _TO_GAP.match(text[fig.token_end:figures[k + 1].token_start])):
                self._skip(chosen.pop(), "a threshold the from-to pair after it makes precise")
                have.discard("level")  # 突破40亿元,由上年的32.4亿元增加到40.65亿元: the pair's levels
            stretch = (chosen and chosen[-1] is figures[k - 1] and fig.unit == chosen[-1].unit
                       and (_STRETCH.match(lead) is not None or (
                           _FLOOR.match(lead) is not None
                           and _STRIVEN.search(text, mention.end, chosen[-1].token_start) is not None)))
            if stretch and fig.measure == "level" and chosen[-1].measure == "growth" and fig.unit == "%":
                fig.measure, fig.sign = "growth", chosen[-1].sign  # 增长12%左右,力争13%: the verb goes on
            if (another_year and fig.measure == "level" and fig.unit == "%" and rule.unit != "%"
                    and (chosen[-1] is figures[k - 1] or compared) and chosen[-1].measure == "growth"):
                fig = figures[k] = replace(fig, measure="growth", sign=1)  # 增长16.0%,上年同期为18.7%: its change then
            if compared:
                fig.set_against = True
            stretch = stretch and fig.measure == chosen[-1].measure
            if fig.measure not in rule.measures:
                self._skip(fig, f"a {fig.measure}, which {rule.id} is not read in")
                continue
            if fig.measure in have and not (restated or done_after_plan or plan_after_done or quoted or another_year
                                            or stretch or adjusted):
                said = f" ({words[:12]})" if words else ""
                self._skip(fig, f"a second {fig.measure} of the name with no other period, year or basis written "
                                f"before it{said}: the first one counts")
                continue
            if another_year:
                other_periods.add(id(fig))
            if stretch:
                fig.beside_goal = chosen[-1].start
            # points measure the change of a rate; of anything else they change its growth rate
            if fig.unit.endswith("百分点") != (rule.unit == "%" and "level" in rule.measures) and fig.measure == "growth":
                continue  # (a rate's 下降0.5%: points or a share of itself? no row)
            if fig.measure == "level":
                if (self.reader.level_value(rule, fig) is None or self.rules.names.match(text, fig.token_end)
                        or (self.modifies.match(text, fig.token_end) and not quoted)):  # (4.2%的年度控制目标)
                    continue
                if _ABSOLUTE_CHANGE.search(lead):
                    self._skip(fig, f"a change in an amount ({_ABSOLUTE_CHANGE.search(lead).group()}…), not a level")
                    continue
                from_last_year = _FROM_LAST_YEAR.search(lead)
                gap = text[fig.token_end:figures[k + 1].token_start] if k + 1 < len(figures) else ""
                if ((from_last_year or _FROM.search(lead)) and _TO_GAP.match(gap)) or (
                        _ON_BASE.search(lead) and gap.startswith("的基础上") and _TO_GAP.match(gap.lstrip("的基础上,"))):
                    fig.start_of_pair, fig.from_last_year = True, bool(from_last_year)
                    chosen.append(fig)
                    continue
                if from_last_year:
                    self._skip(fig, "the level of the year before, with no level of this year after it (由上年的…)")
                    continue
            have.add(fig.measure)
            if fig.measure == "growth" and self.comparable.search(text, mention.end, fig.start):
                have.add("comparable")
            if done_after_plan or (done_run and _DONE.match(words) is None and words):
                done_run = done_after_plan  # what was done goes on until a clause of other words
            elif _DONE.match(words) and planned:
                done_run = True
            # (涨幅预期控制在3%左右: the plan's word inside the figure's own words)
            if (_PLANNED.search((words if opens > mention.end else opening + text[mention.end:fig.token_start])
                                + text[fig.token_start:fig.start])
                    or _GOAL_MARKED_AFTER.match(text, fig.token_end)):  # (增长5.5%左右(年度目标,下同),实际完成…)
                planned.add(fig.measure)
                planned_before.add(fig.measure)
            else:
                planned.discard(fig.measure)
            chosen.append(fig)
        return chosen

    def _twin(self, text: str, figures: list[Figure], run: list[int]) -> tuple[list[int], str]:
        """The list right after `run` when it has as many figures (or []), and the words between."""
        after = run[-1] + 1
        if after >= len(figures):
            return [], ""
        twin = self._run(text, figures, after)
        return (twin if len(twin) == len(run) else []), text[figures[run[-1]].token_end:figures[after].token_start]

    def _run(self, text: str, figures: list[Figure], first: int) -> list[int]:
        """The figures of a list from `first` on: 4.5%、5.7% / 166.6亿元和73.3亿元."""
        run = [first]
        lead_fig = figures[first]
        while run[-1] + 1 < len(figures) and _LIST_GAP.match(
                text[figures[run[-1]].token_end:figures[run[-1] + 1].token_start]):
            if lead_fig.measure == "level" and figures[run[-1] + 1].measure == "growth":
                break  # …24220元和10200元,增长9%和11%: a second list
            run.append(run[-1] + 1)
        for k in run[1:]:
            fig = figures[k]
            if lead_fig.measure == "growth" and fig.measure == "level" and fig.unit in ("%", "倍"):
                negative = _LIST_GAP.match(text[figures[k - 1].token_end:fig.token_start]).group("minus")
                # the verb's sign goes on (下降3%和5%), a minus written on the first does not (增长-12.1%和8.8%)
                verb_sign = -lead_fig.sign if text[lead_fig.start - 1:lead_fig.start] in ("-", "−") else lead_fig.sign
                fig.measure, fig.sign = "growth", -1 if negative else verb_sign
        return run

    def _joined(self, text: str, figures: list[Figure], start: int, end: int) -> bool:
        """Two names of one list: nothing between them but a joiner and the first one's own figures."""
        between = "".join(text[a:b] for a, b in _gaps(start, end, [(f.token_start, f.token_end) for f in figures]))
        between = "".join(between.split()).strip(",").replace("其中", "")  # (blanks of a converted page: 55574元 、农村…)
        # (the first one's words of its figure before the joiner: 城镇居民…预计达到32100元、农村居民…)
        return not between or bool(self.joiner.match(between) or self.carry_on.fullmatch(between.replace(",", "").removesuffix("、")))

    def _words(self, text: str, figures: list[Figure], start: int, end: int) -> str:
        """What start..end says besides its figures, their verbs and the marks that join them."""
        pieces = _gaps(start, end, [(f.token_start, f.token_end) for f in figures])
        return _CHANGE_VERB.sub("", "".join(text[a:b] for a, b in pieces).translate(_JOINING_MARKS))

    def _deal_lists(self, text, mentions, figures, taken, used) -> None:
        """分别: the figures of a list go one by one to the names before it, in order.

        A second list of as many figures right after the first (分别完成X和Y,可比增长a%和b%)
        goes to the same names. The names must stand together (A、B和C分别…); otherwise no row.
        """
        floor = 0  # names before an earlier list are that list's
        previous: list[int] = []  # the names of the list before
        for at, after in self._list_marks(text, mentions, figures):
            first = next((k for k, f in enumerate(figures) if f.token_start >= after
                          and (f.token_start - after <= 4 or _LIST_FROM.fullmatch(text, after, f.token_start)
                               or _LIST_AGAINST_LAST_YEAR.fullmatch(text, after, f.token_start))), None)
            if first is None or first in used:
                continue
            runs = [self._run(text, figures, first)]
            if against := self.not_a_fact.search(text, after, figures[first].token_start):
                used.update(runs[0])  # 分别比全国低3495元和2497元: gaps to another region, not levels
                self._skip_run(figures, runs, f"a list set against something else ({against.group()}), not the names' own")
                continue
            if figures[first].measure == "level" and _LIST_OF_CHANGES.search(text, max(floor, at - 6), figures[first].token_start):
                used.update(runs[0])  # 较上年分别增加3925元和2231元: changes in amounts, not levels
                self._skip_run(figures, runs, "a list of changes in amounts (分别增加…), not levels")
                rates, gap = self._twin(text, figures, runs[0])  # (…分别比上年增加452元和156元,增长7.8%和6.3%)
                if not (rates and self.carry_on.fullmatch(gap.lstrip(",")) and figures[rates[0]].measure == "growth"):
                    continue
                first, runs = rates[0], [rates]
            owners = [i for i, m in enumerate(mentions) if floor <= m.start and m.end <= at]
            lead = text[mentions[owners[-1]].end if owners else floor:at]
            # 年均分别增长…, 分别年均增长…: averages over several years (not an average with its own figure
            # before the list: …年均增长12%以上,分别达到3.1万元和9700元)
            own_before = max((f.token_end for f in figures if f.token_end <= at and f.token_start >= at - len(lead)),
                             default=at - len(lead))
            several = self.scope.spans_years(text[own_before:at] + text[at:figures[first].token_start],
                                             within_year=self.within_year)
            twin, gap = self._twin(text, figures, runs[0])
            if twin and not several and not _REAL_CHANGE.search(gap) and (
                    self.carry_on.fullmatch(gap.lstrip(",")) or _TO_GAP.match(gap)):
                runs.append(twin)
                if _TO_GAP.match(gap):  # 分别由A、B增加到C、D: the first run is where the second started
                    from_last_year = bool(_FROM_LAST_YEAR.search(text, at, figures[first].start))
                    from_year = _FROM_YEAR.search(text, at, figures[first].start)  # (分别由2007年的A和B…)
                    for k in runs[0]:
                        figures[k].start_of_pair, figures[k].from_last_year = True, from_last_year
                        if from_year:
                            figures[k].listed_year = int(from_year.group("year"))
                    if to_year := YEAR_WRITTEN.search(gap):  # (…增加到2023年的C、D: the year of both)
                        for k in twin:
                            figures[k].listed_year = int(to_year.group()[:4])
            figures[first].token_start = min(figures[first].token_start, at)
            for run in runs:  # 分别突破11万元和6.5万元: the bound its verb sets is each figure's
                for k in run[1:]:
                    if figures[run[0]].pre and not figures[k].pre:
                        figures[k].pre = figures[run[0]].pre
            used.update(k for run in runs for k in run)
            floor = figures[runs[-1][-1]].token_end
            if several:  # (its names may take a list after it: …年均分别增长13%和14%,到2015年分别达到3万元和1.2万元)
                previous = owners or previous
                self._skip_run(figures, runs, f"a list about several years ({several})")
                continue
            between = self._words(text, figures, at - len(lead), at)
            again = not owners and previous and (self.carry_on.fullmatch(between) or _YEAR_IN_BRACKETS.fullmatch(between))
            if again:  # …分别达到X元和Y元,同比分别增长a%和b%: the same names again (or another year's, in brackets:
                owners = previous  # …分别增长7.5%、10%(“十四五”末分别达到5.4万元、2万元以上))
            previous = owners
            if not owners:
                self._skip_run(figures, runs, "a list (分别…) with no names before it")
                continue
            if (figures[first].measure == "growth" and _REAL_CHANGE.search(text, clause_start(text, at - len(lead), at), at)
                    and any(f.measure == "growth" and mentions[owners[-min(len(owners), len(runs[0]))]].end <= f.start < at
                            for f in figures)):
                # …增长15.5%,…增长15.2%,扣除价格因素分别实际增长10%和9.2%: the names' own changes stand
                # (the list's names', not those of goals before them: …增长9%,A和B实际增长分别为6%和7%)
                self._skip_run(figures, runs, "a list of real changes restating the names' own (扣除价格因素…)")
                continue
            last = mentions[owners[-1]]
            if last.beside:  # 全省和杭州市服务业增加值分别增长9.4%和13%: the first of each run is ours
                if len(runs[0]) != 2:
                    self._skip_run(figures, runs, f"a list of {len(runs[0])} figures for two subjects")
                    continue
                for run in runs:
                    if figures[run[0]].measure in last.rule.measures:
                        taken.setdefault(owners[-1], []).append(figures[run[0]])
                    self._skip(figures[run[1]], f"the other subject's ({last.beside})")
                continue
            splits = last.rule and last.rule.split and any(p.fullmatch(last.text) for p in last.rule.split_names)
            if splits and len(runs[0]) != len(last.rule.split) and figures[first].measure == "level":
                self._skip_run(figures, runs, f"a list of {len(runs[0])} levels for the {len(last.rule.split)} parts of {last.text}")
                continue  # 城乡居民人均可支配收入分别达到56218元(和…): which part's?
            if splits and len(runs[0]) == len(last.rule.split):
                for position, rule_id in enumerate(last.rule.split):
                    if not rule_id:
                        continue  # 第一、二、三产业增加值分别…: the first two are no indicator
                    mentions.append(Mention(self.rules.rules[rule_id], last.start, last.end, last.text, rule_id))
                    taken[len(mentions) - 1] = [figures[run[position]] for run in runs]
                taken.setdefault(owners[-1], [])
                continue
            years = _year_list(text, last.end, at, len(runs[0])) if len(runs[0]) > 1 else []
            periods = [] if years or len(runs[0]) < 2 else self._period_list(text, last.start, at, len(runs[0]))
            name_clause = clause_start(text, max(0, last.start - MAX_ITEM * 2), last.start)
            names_listed = [i for i in owners if mentions[i].start >= min(name_clause, periods[0][0] if periods else at)]
            if (periods or years) and len(names_listed) > 1:
                self._skip_run(figures, runs, "a list of figures for both a list of periods and a list of names")
                continue
            if periods and last.end <= periods[0][0] and not _PERIODS_TO_LIST.fullmatch(text, periods[-1][1], at):
                self._skip_run(figures, runs, f"a list of periods of another subject ({text[periods[-1][1]:at]})")
                continue  # (…零售总额…,其中4、5月份餐饮业零售额分别下降12.6%和18.3%: the trade's months)
            if (periods or years) and last.rule is not None:
                # 地区生产总值一季度、上半年分别增长6.1%和6.5%; 财政总收入2017—2021年分别为…: one name, a period each
                if periods and not taken.get(owners[-1]):  # (…增加值增长1.2%,5月份、6月份分别…: its own before the list)
                    reach = self._reach(text, mentions, owners[-1], at)
                    own = [f for k, f in enumerate(figures) if k not in used
                           and reach[0] <= f.token_start and f.token_end <= min(reach[1], periods[0][0])]
                    taken.setdefault(owners[-1], []).extend(self._first_of_each(text, last, own))
                for run in runs:
                    for position, k in enumerate(run):
                        if figures[k].measure in last.rule.measures:
                            if years:
                                figures[k].listed_year = years[position]
                            else:
                                figures[k].listed_period = periods[position]
                            taken.setdefault(owners[-1], []).append(figures[k])
                following = runs[-1][-1] + 1  # (…分别增长4.8%、5.6%、5.1%,全年增长5.3%: one more period's, after the list)
                if (periods and following < len(figures) and following not in used
                        and figures[following].measure == figures[runs[-1][-1]].measure
                        and (period := _PERIOD_ONLY.fullmatch(text, figures[runs[-1][-1]].token_end, figures[following].token_start))):
                    used.add(following)
                    figures[following].listed_period = (period.start("period"), period.end("period"), "")
                    taken[owners[-1]].append(figures[following])
                continue
            group = owners[-len(runs[0]):]
            # (one change for several names is each one's: A和B分别增长10%; one level is nobody's)
            name_before = mentions[owners[-len(group) - 1]] if len(owners) > len(group) else None
            if (name_before and (len(runs[0]) > 1 or figures[first].measure == "level")
                    and self.joiner.match(text[name_before.end:mentions[group[0]].start])):
                self._skip_run(figures, runs, "a list (分别…) of more names than figures")
                continue  # GDP、规模以上工业增加值、固定资产投资分别增长9.2%、9.6%: which two?
            if (len(group) != len(runs[0]) or any(mentions[i].rule is None for i in group)
                    or not all(self._joined(text, figures, mentions[i].end, mentions[j].start)
                               for i, j in zip(group, group[1:]))
                    or not (again or self._joined(text, figures, mentions[group[-1]].end, at)  # …出口X、进口Y,分别…
                            or _OWN_AVERAGE.fullmatch(self._words(text, figures, mentions[group[-1]].end, at)))):
                group = (_items(text, mentions, owners, at, len(runs[0]))
                         or _clause_items(text, mentions, owners, at, len(runs[0])))
                if group is None:
                    self._skip_run(figures, runs, f"a list of {len(runs[0])} figures whose names do not match them")
                    continue
            for run in runs:
                for i, k in zip(group, run):
                    if i is None:
                        self._skip(figures[k], "its item of the 分别 list names no indicator")
                        continue
                    listed = {f.measure for f in taken.get(i, []) if not f.start_of_pair}  # a pair's end comes after its start
                    if figures[k].measure == "level" and self.reader.level_value(mentions[i].rule, figures[k]) is None:
                        continue  # not in the item's unit: its own level before the list stays
                    if figures[k].measure in mentions[i].rule.measures and figures[k].measure not in listed:
                        taken.setdefault(i, []).append(figures[k])
            # the names of the list may have figures of their own before 分别
            for i in (i for i in group if i is not None):
                reach = self._reach(text, mentions, i, at)
                own = [f for k, f in enumerate(figures)
                       if k not in used and reach[0] <= f.token_start and f.token_end <= min(reach[1], at)]
                listed = {f.measure for f in taken.setdefault(i, [])}
                taken[i].extend(f for f in self._first_of_each(text, mentions[i], own) if f.measure not in listed)

    def _period_list(self, text: str, name: int, at: int, size: int) -> list[tuple[int, int, str]]:
        """The spans of `size` periods joined as a list (一季度、上半年和前三季度) in the clause of the
        name at `name` before a 分别 at `at`, with "" for their period, or the span of a span or list of
        quarters with each one's quarter (一至四季度, 三、四季度: Q1…), or []: a figure for each period."""
        opens = clause_start(text, max(0, name - MAX_ITEM * 2), name)
        if text[opens - 1:opens] == ",":  # (一季度、上半年,全市规模以上工业增加值分别…: the periods' own clause)
            opens = clause_start(text, max(0, opens - 1 - MAX_ITEM), opens - 1)
        if listed := _quarters_listed(text, opens, at, size) or _months_listed(text, opens, at, size):
            return listed
        found: list[tuple[int, int]] = []
        for start, end in sorted((m.start(), m.end()) for p in self.periods for m in p.finditer(text, opens, at)):
            if found and start < found[-1][1]:
                if end > found[-1][1] and start == found[-1][0]:
                    found[-1] = (start, end)  # (the longer of two at one place)
                continue
            if found and not _PERIOD_JOINER.fullmatch(text, found[-1][1], start):
                found = []  # (a list is periods joined by 、/和 and nothing else)
            found.append((start, end))
        return [(start, end, "") for start, end in found] if len(found) == size else []

    def _list_marks(self, text: str, mentions: list[Mention], figures: list[Figure]) -> list[tuple[int, int]]:
        """Where the lists of a sentence start: each 分别 (its start and end), and a run of changes
        with no 分别 before it (A和B增长9.8%和8.5%: dealt out the same way, or to nobody)."""
        marks = [self._from_list_before(text, figures, m.span())
                 for m in _RESPECTIVELY.finditer(text, mentions[0].start, figures[-1].start)]
        respectively = [start for start, _ in marks]
        for k in range(len(figures) - 1):
            fig, following = figures[k], figures[k + 1]
            if (fig.measure == "level" and following.measure == "level" and fig.unit == following.unit
                    # (not after a 分别, whose list it is; 由1997年的5160元和2090元,…,平均每年分别增长8%和3.8%: before one)
                    and not any(start <= fig.token_start for start in respectively)
                    and not fig.pre and not following.pre  # (跨越3000亿元、4000亿元两个台阶)
                    and text[fig.token_end:following.token_start] in ("和", "、", "与")
                    and not (k and _LIST_GAP.match(text[figures[k - 1].token_end:fig.token_start]))):
                marks.append((fig.token_start, fig.token_start))  # 收入为30125元和13568元: a list of levels too
                continue
            if (fig.measure != "growth" or fig.double or following.unit not in ("%", "倍")
                    or following.pre  # (上涨0.8%,涨幅低于3%左右的调控目标: a bound of its own, no item of a list)
                    or not _LIST_GAP.match(text[fig.token_end:following.token_start])
                    or (k and figures[k - 1].measure == "growth"  # within a run that started before
                        and _LIST_GAP.match(text[figures[k - 1].token_end:fig.token_start]))
                    or any(0 <= fig.token_start - end <= 4 for _, end in marks)):
                continue
            marks.append((fig.token_start, fig.token_start))
        return sorted(marks)

    @staticmethod
    def _from_list_before(text: str, figures: list[Figure], mark: tuple[int, int]) -> tuple[int, int]:
        """A 分别 after a list of levels a span starts from (由2020年的34750元、16108元分别提高到…) marks the
        list at its 由: the starts, then the ends; any other 分别 as it is."""
        last = next((k for k, f in enumerate(figures) if f.token_end == mark[0]), None)
        first = last
        while first and text[figures[first - 1].token_end:figures[first].token_start] in ("、", "和"):
            first -= 1
        if first is None or first == last:
            return mark
        opening = _FROM_BEFORE.search(text, max(0, figures[first].token_start - 12), figures[first].token_start)
        return (opening.start(), opening.start()) if opening and opening.group() else mark

    def _both(self, text: str, mentions: list[Mention], taken) -> None:
        """城乡居民人均可支配收入均增长7%, 分别增长7% with one figure: a name that carries a list gives
        each of its parts the figure."""
        for index, mention in enumerate(list(mentions)):
            rule = mention.rule
            if (rule is None or not rule.split or not taken.get(index)
                    or not (text.startswith(("均", "增长均", "提高均"), mention.end) or (text.startswith("分别", mention.end) and all(
                        f.measure == "growth" for f in taken[index])))
                    or not any(p.fullmatch(mention.text) for p in rule.split_names)):
                continue
            for rule_id in filter(None, rule.split):
                mentions.append(Mention(self.rules.rules[rule_id], mention.start, mention.end, mention.text, rule_id))
                taken[len(mentions) - 1] = list(taken[index])
            taken[index] = []

    def _share(self, text: str, mentions: list[Mention], taken) -> None:
        """A和B增长10%: a name with nothing but 和 before the next name shares its change."""
        for index in range(len(mentions) - 2, -1, -1):
            mention, following = mentions[index], mentions[index + 1]
            if mention.rule is None or following.rule is None or taken.get(index):
                continue
            if not self.joiner.match(text[mention.end:following.start]):
                continue
            shared = [f for f in taken.get(index + 1, []) if f.measure == "growth"
                      and "growth" in mention.rule.measures]
            if shared:
                taken[index] = shared


def _items(text: str, mentions: list[Mention], owners: list[int], at: int, size: int) -> list[int | None] | None:
    """A 分别 list whose items are not all names (基础设施投资、工业投资分别增长3.2%、8.5%): for each
    item, the name that is the whole item's end, or None. None for anything but a plain list
    of `size` short items filling the clause, each named item by a name that counts."""
    floor = max(0, at - size * (MAX_ITEM * 2 + 1), text.rfind("\n", 0, at) + 1)
    opens = clause_start(text, floor, at)
    if opens == at and text[at - 1:at] == ",":  # 出口426.9亿元、进口201.2亿元,分别增长…: the clause before
        at -= 1
        opens = clause_start(text, floor, at)
    items, start = [], opens
    for sep in _ITEM_SEPARATOR.finditer(text, opens, at):
        items.append((start, sep.start()))
        start = sep.end()
    items.append((start, at))
    if len(items) != size or (opens and text[opens - 1] not in ",:;。\n"):  # the list fills its clause
        return None
    slots: list[int | None] = []
    for a, b in items:
        level = _ITEM_LEVEL.search(text, a, b)  # 其中出口426.9亿元、进口201.2亿元,分别增长…: each item's level
        b = level.start() if level else b
        # (a name that does not count inside an item is no name of it: 单位国内生产总值用水量)
        inside = [i for i in owners if a <= mentions[i].start < b and (mentions[i].rule or mentions[i].end == b)]
        if not 0 < b - a <= MAX_ITEM or _DIGIT.search(text, a, b) or len(inside) > 1:
            return None
        if inside and (mentions[inside[0]].end != b or mentions[inside[0]].rule is None):
            return None
        slots.append(inside[0] if inside else None)
    return slots if any(i is not None for i in slots) else None


def _clause_items(text: str, mentions: list[Mention], owners: list[int], at: int, size: int) -> list[int | None] | None:
    """A 分别 list whose items are the clauses before it, each a name and its level (其中第一产业
    增加值68.2亿元,第二产业增加值52.6亿元,第三产业增加值65.6亿元,分别增长…): for each, the name
    that is the item's, or None; None unless the `size` clauses are all such."""
    if text[at - 1:at] != ",":
        return None
    slots: list[int | None] = []
    end = at - 1
    for _ in range(size):
        start = clause_start(text, max(0, end - MAX_ITEM * 2), end)
        if start == 0 or text[start - 1] not in ",;:。\n":
            return None
        level = _ITEM_LEVEL.search(text, start, end)
        if level is None or level.end() != end:
            return None
        opens = start + 2 if text.startswith("其中", start) else start
        inside = [i for i in owners if opens <= mentions[i].start < level.start()]
        if not 0 < level.start() - opens <= MAX_ITEM or _DIGIT.search(text, opens, level.start()) or len(inside) > 1:
            return None
        if inside and mentions[inside[0]].end != level.start():
            return None
        # (a name that does not count, 新增注册外资19.3亿美元: its item is nobody's, the others' still theirs)
        slots.insert(0, inside[0] if inside and mentions[inside[0]].rule is not None else None)
        end = start - 1
    return slots if any(i is not None for i in slots) else None


def _year_list(text: str, since: int, at: int, size: int) -> list[int]:
    """The `size` years named right before a 分别 at `at` (2006年、2007年分别…; 2017—2021年分别为…), or []."""
    found = _YEARS_BEFORE.search(text, since, at)
    if found is None:
        return []
    if found.group("last"):  # a span of years: each of them
        first, last = int(found.group("first")), int(found.group("last"))
        return list(range(first, last + 1)) if last - first + 1 == size else []
    years = [int(year) for year in _YEAR_DIGITS.findall(found.group())]
    return years if len(years) == size else []


def _quarters_listed(text: str, start: int, end: int, size: int) -> list[tuple[int, int, str]]:
    """The quarters of a span or list of quarters in start..end (一季度至四季度, 一至四季度, 三、四季度, 四个季度, 分季度看),
    one for each of `size` figures, with the span's place, or []."""
    found = _QUARTERS.search(text, start, end)
    if found is not None and found.group("by") and _PERIOD_NAMED.search(text, found.end(), end):
        found = _QUARTERS.search(text, found.end(), end)  # (分季度看,一、二、三季度分别…: the quarters it names)
    if found is None:
        return []
    if found.group("four"):  # (四个季度…分别为5.2%、5.5%、5.7%和5.9%)
        quarters = [1, 2, 3, 4]
    elif found.group("by"):  # (分季度看,国内生产总值增速分别为6.2%、7.9%、9.1%和10.7%: the quarters from the first)
        quarters = list(range(1, min(size, 4) + 1))
    elif found.group("last"):
        first, last = (_QUARTER_NUMBERS.index(found.group(g)) + 1 for g in ("first", "last"))
        quarters = list(range(first, last + 1))
    else:
        quarters = [_QUARTER_NUMBERS.index(q) + 1 for q in _QUARTER_DIGITS.findall(found.group())]
    return [(found.start(), found.end(), f"Q{q}") for q in quarters] if len(quarters) == size > 1 else []


def _months_listed(text: str, start: int, end: int, size: int) -> list[tuple[int, int, str]]:
    """The months of a list of months written with one 月 in start..end (7、8月份), one for each of
    `size` figures, with the list's place, or []."""
    found = _MONTHS.search(text, start, end)
    if found is None:
        return []
    months = _MONTH_DIGITS.findall(found.group())
    return [(found.start(), found.end(), f"M{m}") for m in months] if len(months) == size else []


def _columns_unheaded(text: str, mention: Mention, figures: list[Figure]) -> list[Figure]:
    """The figures of the name's line when it is a table's row of three columns or more, blanks, bare numbers
    and dashes alone between them and no punctuation on the line: columns the table reader found no heading for
    (tables.py reads the rows it can), so no figure can be told a year or kind."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end == -1 else line_end
    row = [fig for fig in figures if mention.end <= fig.token_start and fig.token_end <= line_end]
    if among := _AMONG_ROW.match(text, line_start):  # (其中:工业投资 亿元 增长15% — 16.8 —: a part's row)
        line_start = among.end()
    if not row or _ROW_PUNCTUATION.search(text, line_start, line_end):
        return []
    gaps = [text[a.token_end:b.token_start] for a, b in zip(row, row[1:])]
    tail = text[row[-1].token_end:line_end]  # (bare numbers after the last: 地区生产总值 亿元 增长7% 312.6 7.2 —)
    tail_columns = _BARE_NUMBER.findall(tail) if _BLANK_COLUMNS.fullmatch(tail) else []
    if len(row) == 1:  # (one figure after the unit's column and bare numbers: 城镇居民人均可支配收入  元  19200  12  增长11%)
        lead = _UNIT_COLUMN.match(text, mention.end, row[0].token_start)
        gaps = [text[lead.end():row[0].token_start]] if lead else []
        if not gaps or not (_BARE_NUMBER.search(gaps[0]) or tail_columns):
            return []
    if not all(_BLANK_COLUMNS.fullmatch(gap) for gap in gaps):
        return []
    columns = len(row) + sum(len(_BARE_NUMBER.findall(gap)) for gap in gaps) + len(tail_columns)
    return row if columns >= _ROW_COLUMNS else []


def _after_aside(text: str, since: int, opens: int, at: int) -> str:
    """The words of a clause before a figure, less the end of an aside it opens in:
    2650.6亿元(不含定州,下同)、增长9%: the clause after the aside's comma goes on."""
    words = text[opens:at]
    if "(" in text[since:opens] and ")" in words and "(" not in words.split(")", 1)[0]:
        words = words.split(")", 1)[1]
    return words.lstrip("、, \t\n\u3000")


def _gaps(start: int, end: int, spans: list[tuple[int, int]]):
    """The pieces of start..end that no span covers."""
    at = start
    for a, b in sorted(spans):
        if b <= at or a >= end:
            continue
        if a > at:
            yield at, a
        at = max(at, b)
    if at < end:
        yield at, end


def _names_the_years_goal(text: str, words: str, figure_end: int) -> bool:
    """Whether a goal quoted in its own clause says it is the year's (年初确定的, …的年度目标)."""
    after = _GOAL_AFTER_FIGURE.match(text, figure_end)
    return bool(_YEARS_OWN.search(words) or (after and _YEARS_OWN.search(after.group())))
