"""Timing: the kind (actual or target), year and period of a figure, and whether it is one period.

The part of the report gives the default (review → actual of the year before, plan → target of
the report's year, five-year goals → the plan's last year); the clause overrides it: a target cue
(力争, 确保, 目标, 预期, 计划, 到2030年) makes a target, a past year named at a clause's start makes
an actual of that year, 预计 about a year just ended an estimate. A figure about several years
(年均, 累计, a five-year review's totals and changes) gives no row: `decide` says why.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from govreport_cli.attachment import SHORT_CLAUSE, YEAR_BEFORE_OF, YEAR_WRITTEN
from govreport_cli.context import ReportContext
from govreport_cli.figures import Figure
from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.lines import HEADING_START
from govreport_cli.names import Mention
from govreport_cli.numbers import FIGURE_WORD
from govreport_cli.parts import PAST_SPAN, SO_FAR_THIS_YEAR, Part
from govreport_cli.rules import RuleSet
from govreport_cli.scope import PARAGRAPH_OPENING, Scope, opener_words
from govreport_cli.sentences import clause_start, end_of_sentence, full_stop
from govreport_cli.years import NOT_A_NUMERALS_TAIL, PLAN_NAMED, last_month as _last_month, plan_end

# (a count of years, not a year: 2007年中部地区…)
_YEARS_SPAN = LazyPattern(r"(?r)(?:过去|近|这)?(?<!\d)([一二三四五六七八九十两]{1,2}|\d{1,2})年"
                          r"(?:来|间|中(?![部西东北])|前(?=的))"  # (由五年前的54万亿元增加到…: five years before)
                          r"|(?:过去的?|这)([一二三四五六七八九十两]{1,2}|\d{1,2})年")
_YEAR_AT_CLAUSE = LazyPattern(r"(?:^|[,:;。]|(?<=^\s*【[^】\n]{1,10}】))\s*(?P<to>到|至)?"
                                r"(?:在|预计|(?:据|经)?初步(?:核算|统计)|(?:初步)?安排|刚刚过去的|过去的|其中,?|将|把)?"
                                r"(?P<year>20\d\d|19\d\d)年(?![0-9月底末初至到—–-]|以来)"  # 2013年以来, 2001年至2003年: several
                                r"|\((?P<year>20\d\d|19\d\d)年(?=为|是)"  # (达到1.8%(2017年为1.68%): a base in brackets)
                                # (or the time of an event: 开发区2001年升格为国家级开发区时,地区生产总值仅为41.2亿元)
                                r"|(?:^|[,:;。])[^,:;。\d]{1,8}?(?P<year>20\d\d|19\d\d)年(?=[^,:;。\d]{1,20}?时,)"
                                # (or written after the clause's subject, before its verb: 确保全省生产总值2010年突破
                                # 8000亿元,地方财政一般预算收入超过800亿元: the clauses after it with no year are of it)
                                r"|(?:^|[,:;。])[^,:;。\d]{2,16}?(?<![比较从由在到至于和与及、])(?P<after_subject>)(?P<year>20\d\d|19\d\d)年"
                                r"(?=突破|达到|实现|完成|超过|增长|下降|降低|提高|上涨|力争|确保|争取|预计|有望|可望)"
                                # (and each year of a list of changes: 能耗2006年下降1.33%、2007年下降3.27%)
                                r"|(?<=\d%)、(?P<year>20\d\d|19\d\d)年(?=增长|下降|降低|提高|上涨)")
# A year that opens a topic for the sentences after it (刚刚过去的2005年,…; 2025年是…).
_YEAR_TOPIC = LazyPattern(
    r"(?:^|[,:;。!])\s*(?:在|预计|刚刚过去的|过去的)?(?P<year>20\d\d|19\d\d)年(?P<topic>是|,|全[省市区县国]|我[省市区县国]|国内)"
    # (or a sentence that opens on the year and a name: 。2005年全社会固定资产投资…)
    r"|(?:^|[。!:])\s*(?P<year>20\d\d|19\d\d)年(?P<topic>(?=全社会|规模以上|地区生产总值|生产总值|财政|进出口|外贸|社会消费品|城镇居民|农民|农村居民))")
# The year written right before a figure: 从2015年的2.6万亿元增长到2020年的3.62万亿元.
# (财政总收入2011年达到6亿元, 从2015年底的24203元)
# (and the level a change is measured from: 比2005年的2943.7亿元增长73.2%, 2005's)
_YEAR_OF_FIGURE = LazyPattern(r"(?:(?<![比较])(?P<year>20\d\d|19\d\d)年(?:底|末)?(?:的|达到|突破|实现|完成)?"
                              r"|(?<=[比较])(?P<year>20\d\d|19\d\d)年(?:底|末)?的)$")
# A plan's end that dates a pair's start (由“十三五”末的10801.2亿元增加到…): the start's year only.
_PLAN_END_OF_FIGURE = LazyPattern(r"[由从][“\"]?(?P<plan>十[一二三四五]?五)[”\"]?(?:末|期末)的$")
_DATES_A_START = LazyPattern(r"[由从].*的")
_PLAN_OPENING = LazyPattern(r"十[一二三四五]?五”?(?:初|初期|开局)的?$")
# A condition that holds a figure (若今年增长7.5%,…将达约1.07万亿元: a writer's sum; not a circumstance:
# 如果四季度电力供应紧张状况没有明显改善,…预计全年增长30%左右, an estimate).
_ON_A_FIGURES_CONDITION = LazyPattern(r"(?:^|(?<=[,:;。\n]))\s*(?:若|如果|假如|倘若|假设)[^,;。\d]{0,16}\d[^,;。]*[,;]")
# A target the review looks back on (年初确定的…目标未能完成; 力争…,实际完成…): the reviewed year's.
# A change against a base year or time, written before the name (与2019年相比,全区地区生产总值增长12.3%;
# 与疫情前的2019年相比).
_BASE_COMPARISON = LazyPattern(r"[与同和跟](?:疫情前的?)?(?:(?:19|20)\d\d年|疫情前|“?十[一二三四五]?五”?末)(?:同期)?相比|相比(?:于)?(?:19|20)\d\d年|较疫情前"
                               r"|(?:^|[,;:。])[比较](?:(?:19|20)\d\d年|“?十[一二三四五]?五”?末),")  # (比2020年,全市…增长12.3%)
# A target named as met (经济运行好于预期, 圆满完成全年目标任务): no cue of a target.
_TARGET_NOUN = LazyPattern(r"预期|目标|计划")
_MET = LazyPattern(r"完成|实现|超过|超出|超额|好于|高于|优于|既定|达到|超预期|符合预期|低于预期|不及预期")
_INTENT = LazyPattern(r"力争|确保|争取|锚定|努力")
# A clause that is a figure and its verb alone (,达到219.7亿元); a goal's own clause ends on one, its cue right
# before it (预期增长9%; 力争达到219亿元以上)
_FIGURE_ALONE = r"(?:增长|下降|达到|突破|实现|为)?\s*[\d.]+\s*(?:%|[万亿]*(?:美)?元)(?:以上|左右)?"
_GOAL_STATED = LazyPattern(rf"(?:预期|计划|力争|确保|争取|目标为?){_FIGURE_ALONE}$")
_BARE_FIGURE = LazyPattern(rf"\s*{_FIGURE_ALONE}")
_INTENT_IN_FIGURE = LazyPattern(r"力争|确保|争取|锚定|努力|预期|目标")  # (涨幅力争控制在6%, 增长预期目标为7%)
# An item of a list that ends on its targets (…增长8.5%、社会消费品零售总额增长11%的目标基本完成).
# (or one ending 等目标, whose plan its sentence may name before: “十四五”规划确定的…目标已提前完成,但研发经费投入强度
# 3.5%、数字经济核心产业增加值占比15%等目标仍需加倍努力)
# (or goals counted as not met, or their progress judged: …生产总值增长9%、固定资产投资增长18%两项指标未能完成;
# 全社会固定资产投资118亿元、地方财政一般预算收入6.5亿元两项总量指标完成进度略低于时序要求: the goals, not what was done)
_GOALS_COUNTED = LazyPattern(r"(?:左右|以上|以内)?(?:、[^,;。:]{0,40}?)?[两三四五六七八九十\d]+项(?:主要)?(?:预期)?(?:总量|增速)?(?:指标|目标)"
                             r"(?:(?:未能|未|没有|没能)(?:完成|实现|达到)|完成进度)")
_ADJUSTED_AFTER = LazyPattern(r"调[整增减]为")  # (the goal before it was adjusted: 城镇新增就业由40万人调整为35万人)
_AMOUNT_OF_GOAL = LazyPattern(r"[\d.]+(?:万|亿)?\p{Han}{0,2}(?:的)?目标")  # (完成全年60万人目标的64.3%)
_LIST_OF_TARGETS = LazyPattern(r"(?:左右|以上|以内)?、[^,;。:]{0,40}?"
                               r"(?:(?:的(?:年初)?(?:预期|年度|全年|奋斗|主要)?|(?P<etc>等)(?:主要|年初|年度){0,2}(?:预期)?)目标"
                               r"|(?<=[\d%])[一两二三四五六七八九十]项(?:指标)?(?:未能|未|没有|没能)(?:达到|完成|实现|达))")  # (…两项未达预期)
# A half-year report's list of the year's goals, on past its semicolons.
_YEAR_GOALS = LazyPattern(r"\s*(?:全年|下半年)[^。;\n]{0,8}?(?:力争|确保|争取)|(?:力争|确保|争取)全年")
# An outcome set against the goal it quotes, in a clause of its own (…下降0.7%,低于4%左右的年度调控目标,12月份…):
# no target cue for the figures after it.
_GOAL_COMPARED = LazyPattern(r"(?:低于|高于|超过|超出|好于|快于|慢于)[^,;。]*?\d[^,;。]*?目标(?:任务)?[,;]")
# A bracket of figures closed before the figure (…增长9.4%(上年同期9.2%,全年目标9.5%),增速比一季度的9.1%…; its tail
# past the clause's start: …全年目标16%),其中工业投资367.2亿元): an aside with its own figures, no cue for those after it.
# (and in a bracket still open, the items before the figure that gave their own: (全年目标30%,上年同期34.2%))
_FIGURES_ASIDE = LazyPattern(r"^[^()]*\)|\([^()]*\d[^()]*\)|(?<=\()(?:[^(),]*\d[^(),]*,)+(?=[^()]*$)")
# A later clause that says what was done, after a plan's figure in the same clause run.
_DONE_CLAUSE = LazyPattern(r"[,;:]\s*(?:全年)?(?:上半年|前三季度|一季度|\d{1,2}\s*[-—至]\s*\d{1,2}月|实际|预计|执行结果|完成|实现|累计)")
_WHAT_WAS_DONE = LazyPattern(r"[,;]\s*(?:实际(?!利用|使用|到位|到账)|执行结果)")
_PART_YEAR_CLAUSE = LazyPattern(r"[,;:]\s*(?:今年)?(?:上半年|前三季度|(?:第)?[一二三]季度|\d{1,2}\s*[-—至]\s*\d{1,2}月)")
# a period that starts a from-to pair of its own (增速由一季度的8.5%回升到全年的9%,生产总值达到…): the pair's only
_PAIR_START = LazyPattern(r"[由从][^,;。]{1,6}?的")
# (从7月份情况看,…; 从前三季度执行情况看,…: the months it views, their words between)
_VIEW_AFTER = LazyPattern(r"的?(?:[^\d,;:。]{0,4}?(?:情况|形势|走势|态势|数据))?来?看\s*[,:]")
# a period that closes its clause, in an earlier one, is what the figures after it cover (外贸数据为1—5月份:…)
_CLAUSE_CLOSES = LazyPattern(r"份?[,:]")
_YEARS_GOAL = LazyPattern(r"年初[^,;。\d]{0,14}?(?:确定|提出|制定|设定)|(?:全年|年度)(?:预期|计划)?目标|(?:全年|年度)任务\("
                          r"|(?:年初|年度|批准的)[^,;。\d]{0,12}?预算"
                          r"|(?:年度|(?<!半)年)计划"  # (完成年计划179.8亿元的21.5%; not 上半年计划…: the half's)
                          r"|(?<!半年)预算(?:调整)?(?:由|为)"  # (税收收入预算由270亿元调整为248亿元: a budget is the year's)
                          # (增长6.9%(年初目标7%左右), (年初计划增长11%), (控制目标4.5%以内), 与年度降低4%左右的目标)
                          r"|年初(?:预期|计划)?目标|年初计划|\((?:预期|调控|控制)目标|(?<=[与比较])年度(?:降低|下降|增长|提高)?$")
# 完成年度目标(16亿美元)的66.3%: the goal itself, in brackets after its noun
_GOAL_IN_BRACKETS = LazyPattern(r"(?:(?:预期|计划|奋斗)?目标(?:任务)?|(?<=年度|全年)(?:任务|计划)|(?<!半)年计划)(?:为|是)?\($")
# (低于4.2%的年度控制目标; 低于3.5%左右的调控目标: a control target is the year's)
_YEARS_GOAL_AFTER = LazyPattern(r"(?:左右|以上|以内|以下)?的?(?:(?:全年|年度)(?:预期|计划|调控|控制|增长)?|预期|调控|控制|预算)目标"
                                r"|(?:以内|以下)?的目标(?:以内|之内)"  # (a cap: 控制在4.2%以内的目标之内, the year's)
                                # (…增长6.5%以上、…、居民消费价格涨幅3%左右等年度主要预期目标: a list of the year's)
                                r"|(?:左右|以上|以内)?(?:、[^,;。:]{0,40}?)?等(?:全年|年度|年初)(?:主要)?(?:预期|计划|调控|控制)?目标")
# A verb that sets goals, and the goals that close the list it opens (see _goals_set_in_a_list)
_SETS_GOALS = LazyPattern(r"(?:确定|提出|明确|制定|定下|设定)了")
_GOALS_CLOSE = LazyPattern(r"(?:左右|以上|以内|以下)?的(?:主要)?(?:经济社会发展)?(?:主要)?(?:预期|调控|奋斗|年度|全年)?目标")
_COMPARED = LazyPattern(r"高于|低于|超过|超出|快于|慢于|好于|距离|差距|完成了")
_YEAR_NEARLY_DONE = 11  # the months done by which the year's figure (预计全年…) is its outcome as known, not a goal
_YEAR_END = LazyPattern(r"(?<![上去前])年(?:末|底)")  # (年末城镇登记失业率预计控制在3%以内, in July: the year's end)
_WHOLE_YEAR = LazyPattern(r"全年|年度|今年|本年|年初")  # (下半年,…紧紧围绕年初确定的目标…: the year's)
_STILL_NEEDED = LazyPattern(r"(?:还|尚|仍)(?:需|须|要)(?:再)?(?:完成|实现|增长|新增)|(?:需|须|要)再(?:完成|实现|增长|新增)")  # (需再完成0.58万人)
_MONTHS_LEFT = LazyPattern(r"(?:最|之)?后[一二三四五六两\d]个?月|剩(?:余|下)的?[一二三四五六两\d]个?月")  # (后四个月,…还需完成…)
# 按此测算,下半年生产总值必须增长12.5%以上; 下半年…要达到6.7%以上,才能确保全年目标完成
# (not demand: 扩大国内需求, 扩大内需)
# (or what it takes to meet the goals: 要实现这个目标,下半年地区生产总值要增长7%左右,规上工业增加值要增长7.2%以上;
# 四季度地区生产总值只要增长5%以上即可完成全年目标)
_SECOND_HALF_NEEDS = LazyPattern(r"测算|必须|才能|只要|即可|(?<![内外民刚供])需(?!求)|须|(?:要|为|若)(?:实现|完成)[^,;。]{0,16}目标")
# 研发投入强度3.2%(2020年数据): the year the figure is of, written after it
_DATED_AFTER = LazyPattern(r"\s*\((?P<year>(?:19|20)\d\d)年度?(?:数据|数|统计数据?)?\)")
_AGAINST_YEAR = LazyPattern(r"[比较](?P<year>(?:19|20)\d\d)年(?:同期|执行数|决算数|完成数|实际数)?")
# the start of a span the name's figures run from, in any clause before (由2005年的1.63吨标准煤下降到1.31吨,下降19.6%)
# A clause of its own that names the year of the goals after it (…规划,到2020年,…要达到450亿元左右,…要达到25亿元以上)
# (its clause's own figures too: 我们将力争到2030年地区生产总值达到2000亿元左右,规上工业总产值突破4000亿元)
_GOALS_YEAR_CLAUSE = LazyPattern(r"(?:^|(?<=[,;:。\n]))\s*(?:[^,;:]{0,8}?(?:力争|确保|争取)到?|到)(?:20\d\d年(?:底|末)?|“?十[一二三四五]?五”?(?:末|期末))(?!的)")
_OTHER_TIME = LazyPattern(r"(?:19|20)\d\d年|今年|去年|上年|明年|全年|上半年|下半年|季度|\d月")
# A year whose figures follow (2021年达到…), not the base of a comparison or a pair's start (比2007年, 由2017年的)
_ANOTHER_YEAR = LazyPattern(r"(?<![比较从由与自])(?P<year>(?:19|20)\d\d)年(?![的底末]|以来)")
_SINCE_YEAR = LazyPattern(r"[由从](?P<year>(?:19|20)\d\d)年(?:底|末)?的")
# …分别为2.3万件、1.5万件,是2007年的2.9倍和2.8倍: a level set against the start of a span is its end's;
# so is one that grew at an average rate (出口总值170.2亿美元,年均增长30%): a total has no rate.
_TIMES_START = LazyPattern(r"(?:[、和及与][\d.]+[万亿]?[^\d,;:。、]{0,3})*,?(?:分别)?(?:(?:是|为|相当于)(?:19|20)\d\d年末?的[\d.]+倍"
                             r"|(?:年均|平均每年)(?:分别)?(?:增长|递增))")
_FIGURE_IN_CLAUSE = LazyPattern(r"[^,;:。]*\d")
# A paragraph of a text with no headings (a news digest) that opens on this year's plan: 报告说,今年赤字率拟按…
_PLANS_PARAGRAPH = LazyPattern(r"\s*(?:(?:报告(?:并|还)?(?:说|提出|指出|明确|要求|称|强调)|据(?:预算)?报告)[,:]\s*|报告(?:对|就))?"
                               r"(?:今年|明年)(?!以来|上半年|一季度|前|1\s*[-—至])"
                               r"|\s*(?:围绕|关于|对于)(?:今年|明年)的?(?:工作|任务|重点工作)")  # (围绕今年的工作,报告提出…)
# (年初以来,面对…疫情,…1—3月…下降12.6%, in a report given in May: this year's months so far too)
_THIS_YEAR_TOPIC = LazyPattern(r"\s*(?:今年(?:以来|一季度|前两个月|1\s*[-—至]\s*[2-5]月)|(?:今年)?年初以来)")
_BASE_MARK = LazyPattern(r"[,;]\s*(?P<mark>(?:19|20)\d\d年|去年|上年)(?:同期)?(?:为|是)")
_BASE_IN_BRACKETS = LazyPattern(r"\((?P<mark>(?:19|20)\d\d年|去年|上年)(?:同期)?(?:为|是)[^()]*\)")
_CLAUSE_STOP = LazyPattern(r"[,;:。]")
# (a clause going on with the same subject, or its part: …预计达到138万吨,增长1.2%; …,其中工业投资412亿元)
_GOES_ON_CLAUSE = LazyPattern(r"\s*(?:其中|(?:比上年|比去年|同比|可比|按可比价格计算,?|分别){0,3}"
                              r"(?:增长|下降|增产|减产|增加|减少|提高|降低|上涨|增收|减收|达到|突破|[\d.]+%))")
# A base the sentence builds on, its year the base's only (在去年…达到52.1亿元的基础上,上半年…)
_BASE_ON = LazyPattern(r"在(?P<mark>(?:19|20)\d\d年|去年|上年)[^。;]{0,80}?基础上")
BASE_REACH = 24  # how far past its figure a base's 基础上 may close (…13729亿斤、再创历史新高的基础上)
# a later year a goal's clause opens on, before its verb (生产总值年均增长8.5%,2020年达到230亿元;…): see _target_year_before
_LATER_YEAR_REACHED = LazyPattern(r"(?<=[,;:])(?P<year>20\d\d)年(?=(?:达到|突破|超过|力争|确保)[^,;。]{0,12}?\d)")
_LINE_YEAR = LazyPattern(r"\s*(?:【[^】\n]{1,10}】)?(?:在|预计)?(?P<year>(?:19|20)\d\d)年(?![0-9月底末初]|以来|是)")
# (今年…目标是:A;B;C: the year of every item, in a part about the years ahead too)
# (过去一年,我们还实施了…;…;万元生产总值能耗下降3.6%: the year reviewed, in a paragraph under the plan's heading too)
_LINE_YEAR_WORD = LazyPattern(r"\s*(?:(?P<last>去年|上年)(?!同期|底|末|以来|的)|(?P<last>过去的?一年(?:里|中|来)?)(?=,)"
                              r"|今年(?!以来|上半年|一季度|前|\d))")
# a 预计 that opens a clause before the sentence's first figure (预计全年…; (一)经济总体回升向好:预计…;
# 城乡居民收入不断提高,预计…; 据初步预计,…) governs all of it
# A paragraph that opens on the year reviewed speaks of it in every sentence, until another time is named
_PARAGRAPH_ON_LAST_YEAR = LazyPattern(r"\s*(?:过去的?一年(?:里|中|来)?|去年)\s*,")
_ANOTHER_TIME_OPENED = LazyPattern(r"(?:19|20)\d\d年|今年|明年|新的一年|下一步|今后|未来|近年|[一二三四五六七八九十两几多]年")
_ESTIMATE_LEAD = LazyPattern(r"\s*(?:(?:19|20)\d\d年|全年|今年|上半年|前三季度)?\s*(?:据|经)?(?:初步)?$")
# 五年城镇新增就业8.6万人,城镇登记失业率控制在3.5%以内: a count of years opening the sentence, no comma after it
_SPAN_OPENS_SENTENCE = LazyPattern(r"\s*(?:过去|近)?[二三四五六七八九十两]年(?:来|间|中|里)?(?=\p{Han})(?!(?:来|间|中|里|内|度))")
_PLAN_WORDS = LazyPattern(rf"年均|平均每年|{NOT_A_NUMERALS_TAIL}十[一二三四五]?五|五年")
# A plan's years named in the name's own clause (…,“十二五”时期单位国内生产总值能耗降低16%).
# (or its name alone: 确保实现“十一五”单位国内生产总值能耗降低20%的目标)
_PLAN_SETS = LazyPattern(r"\s*[“\"]?(?P<plan>十[一二三四五]?五)[”\"]?(?:规划|规划纲要|纲要)(?:确定|提出|要求)[,:]")
_PLAN_IN_CLAUSE = LazyPattern(rf"{NOT_A_NUMERALS_TAIL}[“\"]?(?P<plan>十[一二三四五]?五)"
                              r"(?![”\"]?(?:末|初|期末|开局|以来|的最后|收官|届|次|个|年))[”\"]?(?:时期|期间|规划(?:确定|提出)?的?)?")
_PLAN_GOAL_AFTER_NAME = LazyPattern(r"[“\"]?(?P<plan>十[一二三四五]?五)[”\"]?(?:规划|规划纲要|纲要|计划)(?:确定|提出)的$")
_LINE_HEADING = LazyPattern(r"[^,;:。\n]{1,14}[:。]")
# A sentence that opens on a plan's years states its goals (“十二五”时期,…比重达到2.2%; a digest's “十一五”:…): the plan's
# last year's.
_PLAN_GOALS = LazyPattern(r"\s*(?:在|到)?[“\"]?(?P<plan>十[一二三四五]?五)[”\"]?(?:(?:时期|期间)[,:]|(?:主要)?(?:目标)?:)")
_AIM_OPENS = LazyPattern(r"\s*(?:要|并)?(?:确保|力争|争取)(?:在|到)?")  # (确保“十二五”末…: the clause's year, after its aim)
_ITEM_OPENS = LazyPattern(r"(?<=[:;,。]\s*)[一二三四五六七八九十]是(?=\p{Han})")  # 一是…;二是…: a numbered item of a list
_BULLET = LazyPattern(r"\s*(?:——|—|-|·|•)")  # an item of a list of its own
_AVERAGE_ASIDE_WORD = LazyPattern(r"(?<=[,;])(?:两年|三年|2年|3年)平均(?:增长|下降)")  # (…增长17.2%,两年平均增长8.9%,…)
_AVERAGE_ASIDE = LazyPattern(r"\s*(?:两年|三年|四年)?(?:年均|平均)(?:增长|下降)[-\d.]+%[,;]\s*")
_PAIR_AFTER_NAME = LazyPattern(r"(?:由|从)(?:(?:19|20)\d\d年(?:底|末)?的)?[\d.]")
_GOAL_YEAR_AFTER_CUE = LazyPattern(r"到?(?P<year>(?:19|20)\d\d)年(?:全[省市区县])?(?!底|末|以来|[,、])")
_QUOTED_GOAL_CLOSES = LazyPattern(r"的(?:[^,;。]{0,6}?)目标(?:任务)?[,;]")  # (…确定的2020年…达到2%的目标,技术合同…: its year ends)
_ESTIMATED_PERIOD = LazyPattern(r"\s*预计(?=上半年|前三季度|一季度|1\s*[-—至]\s*\d{1,2}月|全年)")  # (预计上半年,…。预计…: the half's)
_COMPARED_WITH_YEAR = LazyPattern(r"(?:与|同|和|跟)(?P<year>(?:19|20)\d\d)年(?:底|末)?(?:相比|比较)")
_PERIOD_HINT = LazyPattern(r"[月季年]")  # every period phrase holds one
# a month or quarter named by reference (…9月份,…,当月完成…), not by its own number
_THAT_PERIOD = LazyPattern(r"当月|单月|当季|单季")
# the meeting that sets the coming year's goals in December (根据市委经济工作会议确定的…预期目标,2022年,…): in a report
# with no parts, given early in the year, this year's goals, not the year reviewed
_GOALS_MEETING = LazyPattern(r"经济工作会议(?:上)?(?:确定|提出|部署)的")
_TASK_DONE = LazyPattern(r"\s*(?:全面|圆满|顺利)?(?:完成|实现)了?")  # (not 超额完成…4万人的年度目标: more was done)
_GOAL_SET_BY = LazyPattern(r"(?:确定|提出|下达|制定)的")
_PARTS_OF_BEFORE = LazyPattern(r"\s*其中[,:]?")
# what makes a part of the year a goal in an annual report's plan (力争上半年…; 一季度要实现“开门红”)
# (7月,经区人大常委会第三十一次会议批准,地区生产总值增长目标调整为4%左右: when, not the goal's period)
_MONTH_GOALS_SET = LazyPattern(r"(?<!\d\s*[-—至])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:底|末|初|中旬|下旬|上旬)?,?"
                               r"(?:[^,;。]{0,24}?,){0,2}?[^,;。]{0,24}?(?:批准|审议通过|决定)")  # (去年7月,根据…新变化,经…批准)
_PART_GOAL = LazyPattern(r"力争|确保|争取|努力|要|需|须|应|将|预期|预计|计划|目标|任务|开门红|双过半")
THAT_PERIOD_UNNAMED = "?"
_GOAL_NAMED_AFTER = LazyPattern(r"[^,;:。]{0,12}?(?:目标|任务)")
# who says what the line goes on to tell, or from where it looks (国家统计局数据显示,; 从需求端看,): no words of
# its subject or time
_SOURCE_LEAD = LazyPattern(r"\s*(?:[^,;:。\d]{0,16}?(?:数据显示|统计显示|显示|表明|获悉|据统计)|(?:从|就)[^,;:。\d]{1,10}看"
                           r"|受[^,;:。\d]{1,12}?(?:影响|冲击|拖累|所限))[,:]")  # (or a cause: 受外需萎缩影响,1—5月份,…)
_DATA_OF_PERIOD = LazyPattern(r"\s*[^,;:。\d]{1,12}?(?:为|是|系|采用)(?=[^,;:。]{1,10}?数据?[,:])")  # (固定资产投资为1—8月数据:)
_OPENING_PERIOD_REACH = 8  # how far into a line a period opens it (今年1-10月,)
_GLUED_HEADING_REACH = 24  # how far into a line a numbered heading glued to it ends ((五)对外贸易和利用外资较快增长:1—7月,…)
_BASE_CLAUSE = LazyPattern(rf"[,;]\s*(?:上年|去年)(?:同期)?(?:为|是)(?:增长|下降)?$|\(\s*(?:上年|去年)(?:同期)?(?:为|是)?(?:增长|下降)?$"
                           rf"|{YEAR_BEFORE_OF}$")  # (…,上年为X; (上年同期增长X); 比上年的X)
_SAME_PERIOD_BEFORE = LazyPattern(r"[比较](?:上年|去年)同期$")  # (较去年同期4.6%的增速: a bare figure, its level or rate)
# (年中…将…目标由8%调整为6%: a goal revised in mid-year, in the review of that year)
_PAST_TARGET = LazyPattern(r"年初|年中(?=[^。]{0,30}调整)|年度目标|确定的|(?<=规划|纲要|会议|人大|人代会|大会|政府)确定(?=到?(?:19|20)\d\d年)|提出的|未能|没有完成|未完成|超额完成|低于|高于|超过(?=[\d.]+(?:%|[万亿]*(?:元|美元|人|吨|斤|户|家|件|个))?(?:左右|以上)?的)|控制在(?=[\d.]+%?(?:左右|以内|以下)?的)|的(?:目标|年度)任务|实际(?!利用|使用|到位|到账)|完成了|确定了(?=(?:19|20)\d\d年)|(?<=批准[^。]{0,40})调整为|调整(?:后的?)?预算|(?<=[,;:])完成(?=增长|下降|[\d.])|计划")
# (在去年…的基础上; 社会消费品零售总额去年达到10.8万亿元: after the name, before its verb)
_SUBHEADING_MARK = r"[■▲◆●★]?\s*"  # (■去年财政收入增长19.5%: a digest's subheading opens on its year)
# (not the base a circumstance names: 在…、上年同期基数较高的情况下,…增长1.8%)
_LAST_YEAR = LazyPattern(rf"(?:^|[,:;、])\s*{_SUBHEADING_MARK}(?:其中,?)?(?:在|但|而)?(?:去年|上年)"
                         r"(?!度|年中|年初|结转|结余|(?:同期)?基数)|(?<![比较与同])去年(?=(?:全年)?(?:达到|完成|实现|突破|增长))")
# 粮食生产连续七年丰收、去年总产…: a year named after the words about several years closes them
_ONE_YEAR_AFTER = LazyPattern(r"[、,](?:(?:19|20)\d\d年|去年|上年)(?![0-9月底末初以来起至到—-])")
# The years ahead, no year named (未来五年要…达到3.7%左右): a goal of the plan's last year, which is not said
# (under a heading of them, 今后五年的目标, the report's year and four more: parts.py).
_PER_MONTH = LazyPattern(r"每个?月|每季度?|月均")
_YEARS_AHEAD = LazyPattern(r"(?:未来|今后|此后)[一二三四五六七八九十两\d]{1,2}年(?!内?[以来])")
_YEAR_NAMED = LazyPattern(r"(?:19|20)\d\d年|十[一二三四五]五”?(?:末|期末)")
_LAST_YEAR_WHOLE = LazyPattern(r"\s*(?:但|而|在)?(?:去年|上年)(?!同期|同月|末|底|年[中初末底]|\d|[一二三四]季度|上半年|下半年|前三季度|度|结转|结余)")
_BASE_BEFORE = LazyPattern(r"[比较](?:上年|去年)?$")
# 今年一季度,… in a report given mid-year (national 2020); or after what the report says (报告明确今年…)
# (a digest's subheading too: ■今年全国财政支出增长22.1%)
# (or a headline's clause after a blank: 去年全省生产总值12391亿元 今年增长12%)
_THIS_YEAR = LazyPattern(rf"(?:^|[,:;]|(?<=[\p{{Han}}\d%][^\S\n]{{1,3}}))\s*{_SUBHEADING_MARK}"
                         r"(?:报告(?:还|并)?(?:明确|提出|指出|要求|强调))?(?:力争|确保|争取)?今年")  # (…;力争今年…)
_YEAR_ALONE = LazyPattern(r"到?(?:19|20)\d\d年(?:底|末)?")
_THIS_YEAR_SO_FAR = LazyPattern(r"\s*(?:以来|上半年|下半年|前|[一二三四]季度|第|\d|[一二三四五六七八九十元]+月|年初)")
_NEXT_YEAR = LazyPattern(r"(?:^|[,:;])\s*(?:(?:初步)?(?:考虑|设想|提出))?明年")  # in a congress held in December; 初步提出明年…
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CALENDAR = {(1, 3): "Q1", (1, 6): "H1", (1, 9): "Q1-Q3", (1, 12): "FY", (7, 12): "H2",
             (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4"}  # (7—9月: the third quarter)


@dataclass
class Timing:
    kind: str
    year: int | None
    period: str
    estimate: bool
    clause_start: int  # where the evidence starts
    why: str  # which signals set the kind and the year


@dataclass
class _Sentence:
    """What a sentence says about time, read once for all its figures: each mark with its end,
    so that a figure sees only the marks before it."""
    years: list[tuple[int, int]]  # (end, year) of a year opening a clause (2025年,…), not 到2030年
    subject_years: set[int]  # the ends of those written after their clause's subject (生产总值2010年突破…)
    last_year: list[int]  # ends of 去年 opening a clause
    this_year: list[int]  # ends of 今年 opening a clause
    next_year: list[int]  # ends of 明年 opening a clause
    estimate: list[tuple[int, int]]  # (end, reach) of 预计: to the sentence's end, or its clause's when a name comes first
    target_years: list[tuple[int, regex.Match]]  # 到2030年
    periods: list[tuple[int, int, str]]  # (start, end, period) of 上半年, 1-5月…
    several_years: list[tuple[int, str]]  # the words about several years in it (年均, 累计…), where they start
    topic_year: int | None  # a year that opens the paragraph's topic before it (2005年,…)
    carried_period: str  # the period its line's first clause opens on, past semicolons (1-10月,…;…)
    bases: dict[int, int]  # year marks that only give a base (2014年为196.5亿元,…): mark end -> clause end
    this_year_topic: bool  # its paragraph opens on this year so far (今年以来,…), in a report given in spring
    carried_year: int | None  # the year its line opens on, past semicolons (2010年国内生产总值增长10.3%;…)
    loose_topic: bool  # topic_year is named inside the paragraph, not as its opening (…。2014年全市…)
    line_period: str  # the period its line opens on, no other named since (1-5月,A…。B…。): in a report on part of a year
    carried_year_word: int | None  # its line opens on the year before (-1) or this year (0), past semicolons
    # (去年货物进出口总额…;实际使用外资…)


def _in_closed_bracket(text: str, start: int, at: int, end: int) -> bool:
    """Whether `at` is inside a bracket opened after `start` and closed before `end`."""
    return text.rfind("(", start, at) > text.rfind(")", start, at) and ")" in text[at:end]


class TimingReader:
    def __init__(self, rules: RuleSet, scope: Scope):
        self.shared = rules.shared
        self.scope = scope
        self._text: str | None = None  # the text and sentence start _sentence was read for
        self._start = -1
        self._sentence: _Sentence | None = None

    def _read_sentence(self, text: str, s_start: int, within_year: bool) -> _Sentence:
        if self._text is not text or self._start != s_start or self._sentence is None:
            end = end_of_sentence(text, s_start)
            sentence = text[s_start:end]
            kind, scope = self.shared.kind, self.scope
            periods = _that_month_or_quarter(sentence, self._periods_named(sentence, 0, len(sentence)))
            paragraph = scope.paragraph_start(text, s_start)
            topic = list(_YEAR_TOPIC.finditer(text[paragraph:s_start]))
            if topic and any(int(m.group("year")) > int(topic[-1].group("year"))
                             for m in _ANOTHER_YEAR.finditer(text, paragraph + topic[-1].end(), s_start)):
                topic = []  # (2019年,全区…突破2000亿元;2021年达到…。…增加到52860元: which year's? the span's end;
                # not an earlier year looked back on: 2017年…,扭转了2016年下降2.5%的局面;…增长8.6%)
            # (2014年全市财政总收入为125.3亿元。 inside a paragraph: a topic only in a review of several years)
            loose_topic = bool(topic) and topic[-1].group("topic") not in ("是", ",") and topic[-1].start() > PARAGRAPH_OPENING
            this_year_topic = _THIS_YEAR_TOPIC.match(text, paragraph, s_start + len(sentence)) is not None
            stop = max(full_stop(text, s_start), text.rfind("\n", 0, s_start) + 1)
            carried, carried_year, carried_year_word = "", None, None
            if stop < s_start:  # (only a period that opens the line's first clause: 1-10月,全区…;…)
                opening_year = _LINE_YEAR.match(text, stop, s_start)  # 2010年国内生产总值增长10.3%;…
                carried_year = int(opening_year.group("year")) if opening_year else None
                reach = _GLUED_HEADING_REACH if HEADING_START.match(text, stop) else _OPENING_PERIOD_REACH * 2
                heading = text.find(":", stop, min(s_start, stop + reach))
                label = stop
                stop = heading + 1 if heading != -1 else stop  # ((五)对外经济平稳发展:1-7月,…)
                if heading == -1 and reach == _GLUED_HEADING_REACH:
                    stop = self._glued_period(text, stop, min(s_start, stop + reach))
                if year_word := _LINE_YEAR_WORD.match(text, stop, s_start):  # 去年…;实际使用外资…
                    carried_year_word = -1 if year_word.group("last") else 0
                if source := _SOURCE_LEAD.match(text, stop, s_start):
                    stop = source.end()  # (国家统计局数据显示,1—2月份,…;社会消费品零售总额…: the months the data cover)
                if note := _DATA_OF_PERIOD.match(text, stop, s_start):
                    stop = note.end()  # (固定资产投资为1—8月数据:1—8月,…;其中工业投资…: the months its data are of)
                window = min(s_start, stop + _OPENING_PERIOD_REACH)
                carried = self._opening_period(text, stop, window)
                if not carried and (estimate := self._estimate_opens(text, stop, s_start) or (
                        heading != -1 and self._estimate_opens(text, label, heading))):  # (预计全年:…;…)
                    # (综合分析,预计全年…,高于年初确定的…目标;全社会固定资产投资增长22%左右: the year the estimate names)
                    carried = self._opening_period(text, estimate.end(), min(s_start, estimate.end() + _OPENING_PERIOD_REACH))
                if carried:  # (一季度…下降7.3%,上半年…,全年…;一般公共预算收入…: the longest period named rules,
                    # not a quarter named beside the half: 上半年,…增长7.7%,一季度增长7.3%;一般公共预算收入…)
                    # (and the year over its last quarter: 第四季度工作安排…,确保全年完成…;一般公共预算收入…)
                    carried = max((carried, self._longest_period(text, window, s_start)),
                                  key=lambda period: (_last_month(period), _so_far(period)))
            opens = max(full_stop(text, s_start), text.rfind("\n", 0, s_start) + 1)
            own_line = max(paragraph, text.rfind("\n", 0, opens) + 1)
            if not carried and own_line < opens and _PARTS_OF_BEFORE.match(text, opens):
                # (。其中,第一产业增加值…;第三产业增加值…: the parts of the whole before, of the longest period its
                # line names (上半年…。分季度看,一季度…,二季度…。其中…: the half's); not 全年目标, a goal)
                carried = max((period for _, _, period in self._periods_named(text, own_line, opens)
                               if _so_far(period) and period != "FY"), key=_last_month, default="")
            line = text.rfind("\n", 0, s_start) + 1
            line_period = ""
            if line < full_stop(text, s_start) and not carried:  # (sentences of the line before it)
                heading = _LINE_HEADING.match(text, line, min(s_start, line + _OPENING_PERIOD_REACH * 2))
                opening = heading.end() if heading else line  # (外贸外资。1-5月,…: a heading closed by a stop)
                window = min(s_start, opening + _OPENING_PERIOD_REACH)
                line_period = self._opening_period(text, opening, window)
                if line_period and any(not text.endswith(("其中", "其中,"), 0, at)
                                       for at, _, _ in self._periods_named(text, window, s_start)):
                    # 1-5月,…。二季度,…。: the latest period named rules (not a base: 比上年全年加快…; nor a part of
                    # the line's period: 1—7月,…,其中7月份上涨2.8%。城镇新增就业867万人)
                    line_period = ""
            if carried_year_word is None and (past := _PARAGRAPH_ON_LAST_YEAR.match(text, line, s_start)) \
                    and not _ANOTHER_TIME_OPENED.search(text, past.end(), s_start):
                carried_year_word = -1  # (过去一年,我们…。农业…,农民人均纯收入…增长4.3%: under the plan's heading too)
            # (a goal for a later year sums years: 到2017年…累计完成3500亿元, in a half-year report too)
            goals = [m for m in kind["target_year"].finditer(sentence) if not _dates_a_start(sentence, m)]
            years = [m for m in _YEAR_AT_CLAUSE.finditer(sentence) if not m.group("to")]
            self._sentence = _Sentence(
                [(m.end(), int(m.group("year"))) for m in years],
                {m.end() for m in years if m.group("after_subject") is not None},
                [m.end() for m in _LAST_YEAR.finditer(sentence)],
                [m.end() for m in _THIS_YEAR.finditer(sentence)],
                [m.end() for m in _NEXT_YEAR.finditer(sentence)],
                [(m.end(), _estimate_reach(sentence, m)) for m in kind["estimate"].finditer(sentence)],
                [(m.end(), m) for m in goals],
                periods, list(scope.years_words(sentence, within_year=within_year and not goals)),
                int(topic[-1].group("year")) if topic else None, carried,
                {m.end("mark"): (found.start() if (found := _CLAUSE_STOP.search(sentence, m.end())) else len(sentence))
                 for m in _BASE_MARK.finditer(sentence)} | {m.end("mark"): m.end() for m in _BASE_ON.finditer(sentence)}
                | {m.end("mark"): m.end() for m in _BASE_IN_BRACKETS.finditer(sentence)},
                this_year_topic, carried_year, loose_topic, line_period,
                carried_year_word)
            self._text, self._start = text, s_start
        return self._sentence

    def _glued_period(self, text: str, line: int, end: int) -> int:
        """Where the period closing a numbered heading's first clause starts, the heading glued to it with no
        stop (六、居民收入稳步增长前三季度,全县…;城镇…), or `line` when that clause ends on no period."""
        comma = text.find(",", line, end)
        return next((start for start, stop, _ in self._periods_named(text, line, comma) if stop == comma), line) \
            if comma != -1 else line

    def _estimate_opens(self, text: str, stop: int, end: int) -> regex.Match | None:
        """The 预计 that opens the statement from `stop` (综合分析,预计全年…;…), before its first figure, or None."""
        found = self.shared.kind["estimate"].search(text, stop, end)
        if found is None:
            return None
        figure = FIGURE_WORD.search(text, stop, end)
        opens = ((figure is None or found.start() < figure.start())
                 and _ESTIMATE_LEAD.match(text, clause_start(text, stop, found.start()), found.start()) is not None)
        return found if opens else None

    def _periods_named(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, period) of each period phrase in start..end, not one after 比 or 较 (a base:
        降幅比一季度收窄…, 比上年全年加快…)."""
        return [(m.start(), m.end(), _months(m) if name == "M" else name)
                for name, pattern in self.shared.periods.items() for m in pattern.finditer(text, start, end)
                if not _BASE_BEFORE.search(text, max(0, m.start() - 3), m.start())]

    def _longest_period(self, text: str, start: int, end: int) -> str:
        """The longest period from January on named in start..end (not a single month or quarter: 其中二季度…; nor
        the year a goal is named for: 完成全年900万人目标的72%)."""
        return max((period for _, at, period in self._periods_named(text, start, end)
                    if _so_far(period) and not _GOAL_NAMED_AFTER.match(text, at, end)), key=_last_month, default="")

    def _opening_period(self, text: str, start: int, end: int) -> str:
        return first_period(self.shared.periods, text, start, end)

    def decide(self, text: str, s_start: int, mention: Mention, fig: Figure,
               context: ReportContext) -> Timing | str:
        """The figure's timing, or why it is not about one period."""
        shared, scope, rule = self.shared, self.scope, mention.rule
        sentence_before = text[s_start:fig.token_start]
        name_stop = full_stop(text, mention.start)  # where the name's sentence starts, semicolons not counted
        said = self._read_sentence(text, s_start, context.half_year)
        cut = fig.token_start - s_start  # the marks of the sentence before the figure
        own_start = clause_start(text, s_start, mention.start)
        # a short clause before the name sets the tone of the name's clause: 力争到2025年,…
        lead_in = clause_start(text, s_start, max(s_start, own_start - 1))
        opens = lead_in if own_start - lead_in <= SHORT_CLAUSE else own_start
        clause = text[_quote_opens(text, s_start, opens, fig.token_start):fig.token_start]
        opener = scope.span_opener.search(clause) if scope.span_opener else None  # 五年来,…
        if opener and (semicolon := clause.find(";", opener.end())) != -1 and self._opening_period(
                clause, semicolon, len(clause)):
            opener = None  # (…,为近八年来同期最高增幅;其中6月份增长22.1%: the month's own clause)
        own_clause = text[own_start:mention.start]
        among = own_clause.lstrip().startswith("其中")
        if among:  # a part of the figure before: its period too
            before_among = clause_start(text, s_start, max(s_start, own_start - 1))
            if _AVERAGE_ASIDE.fullmatch(text, before_among, own_start):  # (…增长11%,两年平均增长9.2%,其中…: a part
                # of the figure before the aside, as the clause of that figure says: 五年累计…,年均增长10.1%,其中…)
                main = clause_start(text, s_start, max(s_start, before_among - 1))
                own_clause = text[main:before_among] + text[own_start:mention.start]
            else:
                own_clause = text[before_among:mention.start]
        year_after_name = any(mention.end - s_start <= end <= cut  # …,2007年达到30.1亿美元; …,到2025年力争突破3000亿元
                              for end, _ in said.years + said.target_years)
        if closed := [m.end() for m in _ONE_YEAR_AFTER.finditer(own_clause)]:
            own_clause = own_clause[closed[-1]:]
        # (…,年均增长24.2%,其中地方财政收入由11.6亿元增加到36.9亿元: a pair of the name's own, two years)
        own_pair = _PAIR_AFTER_NAME.match(text, mention.end) and clause_start(text, s_start, fig.token_start) <= mention.start
        within_year = context.half_year and not said.target_years  # (累计 sums months, unless a later year is set)
        if not year_after_name and not own_pair and scope.spans_years(
                scope.span_opener.sub("", own_clause) if opener else own_clause, sentence_before, within_year):
            return "several years before the name (年均, 累计, 每年…)"
        if _ON_A_FIGURES_CONDITION.search(text, s_start, fig.token_start):  # (若今年增长7.5%,泉州GDP将达约1.07万亿元)
            return "a sum on a figure's condition (若…增长7.5%,…将达…), no goal set nor outcome"
        if (fig.measure == "level" and rule.sums_over_years and not year_after_name
                and any(word in ("累计", "累积") for _, word in scope.years_words(
                    text[mention.end:fig.token_start], text[s_start:mention.end], within_year))):
            return "a total over years after the name (新增城镇就业累计达到70万人)"
        if fig.measure == "growth" and ("比" in sentence_before or "较" in sentence_before or "疫情前" in sentence_before) \
                and _BASE_COMPARISON.search(sentence_before):
            return "a change against an earlier year or time (与2019年相比…)"
        part = context.part_at(fig.start)
        plan_ahead = None  # (二、“十四五”发展目标和2021年工作安排 ⏎ 今后五年,…突破1200亿元: the plan's last year)
        if not part.multi_year and _YEARS_AHEAD.search(sentence_before) and not _YEAR_NAMED.search(sentence_before):
            plan = PLAN_NAMED.search(part.heading) if part.kind == "target" else None
            plan_ahead = plan_end(plan.group()) if plan else None
            if not (plan_ahead and context.year and plan_ahead - 4 <= context.year <= plan_ahead):
                return "a goal for the years ahead, of no year named (未来五年…), outside a part of them"
        kind, why_kind = part.kind, f"part {part.heading[:16] or 'opening'}"
        # 完成年度计划的46.3%,同比增长3.2%: no target cue; (涨幅力争控制在6%: one inside the figure's words)
        token = text[fig.token_start:fig.start]
        cue_words = scope.without_progress(clause + (token if _INTENT_IN_FIGURE.search(token) else ""))
        cue_words = _FIGURES_ASIDE.sub("", _GOAL_COMPARED.sub(",", cue_words))
        in_clause = shared.kind["target_clause"].search(cue_words) or next(
            (m for m in shared.kind["target_year"].finditer(cue_words) if not _dates_a_start(cue_words, m)), None)
        if in_clause and in_clause.group().startswith("在") and any(
                base.start() <= fig.token_start < base.end()
                for base in _BASE_ON.finditer(text, s_start, fig.token_end + BASE_REACH)):
            in_clause = None  # 在2025年地区生产总值突破3700亿元的基础上: the base built on, no goal
        if in_clause and _met_target(cue_words, in_clause):
            # 经济运行好于预期,…; 圆满完成全年目标任务,…: a target met, the figures are outcomes (but 主要指标好于预期:
            # 全省生产总值预期增长10%,…: a cue of the figure's own clause after it)
            own = max(cue_words.rfind(mark) for mark in ",;:") + 1
            in_clause = next((m for m in shared.kind["target_clause"].finditer(cue_words, max(own, in_clause.end()))
                              if not _met_target(cue_words, m)), None)
        if in_clause and (done := _DONE_CLAUSE.search(cue_words, in_clause.end())) \
                and not shared.kind["target_clause"].search(cue_words, done.end()):
            in_clause = None  # 计划增长11%,预计实现8874亿元: the plan, then what was done
        opens_targets = shared.kind["target_sentence"].search(text, name_stop, mention.start)
        if opens_targets and _in_closed_bracket(text, name_stop, opens_targets.start(), mention.start):
            opens_targets = None  # (增长6.8%(年度目标为增长10%),…,其中税收收入71.9亿元: the goal of the figure before)
        if (opens_targets and ":" not in text[opens_targets.end() - 1:opens_targets.end() + 1]  # (…目标为:A,B,C: a list)
                and (_PAST_TARGET.search(text, max(0, opens_targets.start() - 6), opens_targets.start())
                     # (in a year's review, the year's goal: ——城乡居民收入:年度目标为…)
                     or (part.kind == "actual" and not context.half_year
                         and "年度目标" in text[max(0, opens_targets.start() - 2):opens_targets.end()]))):
            opens_targets = None  # 年初确定的目标是增长11%,实际…;一般公共预算收入…: a past target, no list of targets
        if opens_targets and _PART_YEAR_CLAUSE.search(text, opens_targets.end(), fig.token_start):
            opens_targets = None  # 全年目标:增长12%;上半年:实现…; 年度目标为215亿元,上半年完成…: what the half did
        if opens_targets and (_WHAT_WAS_DONE.search(cue_words)
                              or _WHAT_WAS_DONE.search(text, opens_targets.end(), fig.token_start)):
            opens_targets = None  # 没有完成年初预期目标:地区生产总值预期增长6.5%左右,实际增长4.5%: the outcome after its goal
            # (…增长目标为6%左右,实际增长4.4%;2022年全省地区生产总值为28954.2亿元: and what follows it)
        after = shared.kind["target_after"].match(text, fig.token_end)
        if after and _TASK_DONE.match(text, clause_start(text, s_start, mention.start)) and not _GOAL_SET_BY.search(cue_words):
            after = None  # (完成单位生产总值能耗降低3.5%的年度任务, in the review: a task done; not a goal quoted with
            # who set it: 超额完成“十五”计划确定的2005年财政总收入6亿元的目标)
        cue = (in_clause or opens_targets or after
               or ("、" in text[fig.token_end:fig.token_end + 3] and _LIST_OF_TARGETS.match(text, fig.token_end))
               or _GOALS_COUNTED.match(text, fig.token_end)
               or (fig.adjusted_from and _ADJUSTED_AFTER.match(text, fig.token_end))
               or (text.startswith(")", fig.token_end)
                   and _GOAL_IN_BRACKETS.search(text, max(s_start, fig.token_start - 8), fig.token_start)))
        if not cue and context.half_year and name_stop < s_start:
            cue = _YEAR_GOALS.search(text, name_stop, mention.start)  # (…,)全年力争…增长12%;一般公共预算收入增长10%: the list goes on
        if not cue:
            cue = _goals_set_in_a_list(text, s_start, fig.token_end)
        if not cue and among:
            cue = _goal_the_part_is_of(text, s_start, own_start)
        if not cue and (goals_year := _GOALS_YEAR_CLAUSE.search(text, s_start, own_start)) \
                and not _OTHER_TIME.search(text, goals_year.end(), fig.token_start):
            cue = goals_year  # (到2020年,…要达到450亿元左右,一般公共预算收入要达到25亿元以上: every clause after it)
        looked_ahead = not cue and bool(context.year)  # (looked for once: the target's year below reuses it)
        ahead = self._target_year_before(text, s_start, mention.start, context.year) if looked_ahead else None
        if ahead and (_target_year(ahead) or 0) > context.year:
            cue = ahead  # (到2015年,全省生产总值达到6.7万亿元;研发经费支出占比重达到2.3%: a later year's, past the semicolon)
        # (a base named inside the sentence is its own clause's year only: …,2014年为196.5亿元,增长6.0%)
        # (one written after an earlier clause's subject, of the clauses after it with no year of their own: not of
        # 技术合同成交额由2020年的1248.8亿元增至2950.4亿元 after 研发经费投入强度2024年达到2.52%)
        own_year = YEAR_WRITTEN.search(text, own_start, fig.token_start) is not None
        named = [year for end, year in said.years if end <= cut and said.bases.get(end, cut + 1) > cut
                 and not (own_year and end in said.subject_years and end <= own_start - s_start)]
        named_year = fig.listed_year or (named[-1] if named else said.carried_year)  # (2006年、2007年分别…: its own)
        if named_year is None and said.carried_year_word is not None and context.year and not context.half_year \
                and not said.this_year and not said.next_year and not said.last_year:
            named_year = (context.given or context.year) + said.carried_year_word
            if said.carried_year_word == 0:
                named_year = _year_planned(context, part, named_year)
        plans_named = named_year is not None  # a year written out, or 明年 (not 今年: 今年一季度… given mid-year)
        if named_year is None and context.year:
            # (not one in a bracket closed before the figure: 增长4.3%(省定目标9%,上年同期6.5%),其中9月当月增长7.6%)
            last, this, following = (max((end for end in ends if end <= cut and said.bases.get(end, cut + 1) > cut
                                          and not _in_closed_bracket(sentence_before, 0, end, cut)), default=-1)
                                     for ends in (said.last_year, said.this_year, said.next_year))
            latest = max(last, this, following)
            if latest >= 0 and (latest != this or not context.half_year):  # they count from the year it was given in
                named_year = (context.given or context.year) + (-1 if latest == last else 1 if latest == following else 0)
                # (今年城镇新增就业1000万人, in a report given early in the year: its plan; not 今年一季度,…)
                plans_named = latest == following or (latest == this and not _THIS_YEAR_SO_FAR.match(text, s_start + this))
                if latest == this and plans_named:
                    named_year = _year_planned(context, part, named_year)
        if cue:
            kind, why_kind = "target", f"cue {cue.group()}"
        elif (kind == "actual" and not part.heading and not context.half_year and named_year is None
              and (plans := _PLANS_PARAGRAPH.match(text, scope.paragraph_start(text, s_start), s_start))):
            kind, why_kind = "target", f"a paragraph on this year's plan, {plans.group().strip()}"  # a news digest's
        elif (kind == "actual" and not part.heading and not context.half_year and context.year
              and (goals := _PLAN_GOALS.match(text, full_stop(text, s_start), fig.token_start))
              and plan_end(goals.group("plan")) - 4 >= context.year):
            kind, why_kind = "target", f"the goals of a plan opening, {goals.group().strip(',: ')}"  # (a digest's “十一五”:…)
        elif (kind == "target" and named_year and context.year and named_year < context.year
              and (not context.half_year or said.last_year or named)):  # (去年同期,…增速为7.6% under 下半年工作: a past
            # outcome; 在2025年地区生产总值突破3700亿元的基础上 too)
            kind, why_kind = "actual", f"names the past year {named_year}"
        elif (kind == "actual" and plans_named and context.year and not context.half_year
              and named_year >= context.year):
            kind, why_kind = "target", f"names the year it plans, {named_year}"  # 2013年全省… in a December review
        elif kind == "target" and context.year and not context.half_year:
            past = scope.in_span(text, fig.start, part.start)  # a plan part that first reviews the plan before it
            end = plan_end(past) if past else None
            if past and (end is None or end < context.year):
                kind, why_kind = "actual", f"a review of several years ({past}) in a plan part"
        # 预计全年…;财政总收入…: a 预计 that opens the sentence goes on past its semicolons (not past a line:
        # a list's items; nor one inside a clause: 研发经费投入强度预计达到2.28%;技术合同成交额86.4亿元)
        # (the year's budget as the plan gives it is one too: 预计今年一般公共预算收入增长3.3%)
        # (not the goal an estimate is set against: 预计全年…增长10.5%左右,高于年初确定的10%的预期目标)
        # (预计…达到8320亿元、增长6%左右;1—11月,规模以上工业增加值增长9.3%: the months' own figures, known, past
        # the semicolon; not the year's: 预计…;全年一般公共预算收入…)
        # (nor a goal quoted as one: …;进出口总额…,完成全年增长6%的目标难度较大)
        estimate = not (cue and (_PAST_TARGET.search(cue.group()) or cue is after)) and (any(end <= cut <= reach for end, reach in said.estimate) or (
            (stop := max(full_stop(text, s_start), text.rfind("\n", 0, s_start) + 1)) < s_start
            and self._estimate_opens(text, stop, s_start) is not None
            and self._opening_period(text, s_start, min(fig.token_start, s_start + _OPENING_PERIOD_REACH)) in ("", "FY")))
        # the nearest (到2027年…,到2035年地区生产总值突破1万亿元), not an aside's on the name before, among
        # this year's goals (今年…增长12%,到2015年达到3万亿元,一般公共预算收入增长12%: this year's), nor one a clause
        # opened on 今年 or 明年 follows (按照…到2010年…突破3000亿元的目标,今年…主要预期目标是:…: this year's), nor one
        # before a clause naming 全年 (…到2025年…的目标,突出抓好以下工作:一是…,确保全年固定资产投资…)
        stop = full_stop(text, s_start)
        whole_year = text.find("全年", own_start, fig.token_start) != -1
        target_year = max(((end, m) for end, m in said.target_years if end <= cut and (
            s_start + m.start() >= own_start or not (whole_year or _aside_of_goals(text, stop, s_start + m.start())))
            and not any(end < later <= cut for later in said.this_year + said.next_year)
            and not _bracket_closed_between(text, s_start + m.start(), fig.token_start)),
            default=(0, None), key=lambda pair: pair[0])[1]
        if (target_year is None and kind == "target" and not any(end <= cut for end in said.this_year + said.next_year)
                and not _PLAN_IN_CLAUSE.search(text, clause_start(text, s_start, mention.start), mention.start)):
            # 到2025年,…;一般公共预算收入突破320亿元: on past the semicolon (not …;今年力争…增长8%: this year's; nor
            # …;确保完成“十一五”单位生产总值能耗降低17%的目标: the plan its own clause names)
            target_year = ahead if looked_ahead else self._target_year_before(text, s_start, mention.start, context.year)
        year = context.default_year(kind, part.year if kind == part.kind else None)
        why_year = f"part year {part.year}" if part.year and kind == part.kind else context.year_signal
        plan_goal = False  # the year of a plan's goal, which no target of the year reviewed overrides
        if (kind == "target" and target_year is None
                and (goals := _PLAN_GOALS.match(text, full_stop(text, s_start), fig.token_start))):
            year, why_year = plan_end(goals.group("plan")), f"the goals of {goals.group().strip(',: ')}"  # “十二五”时期,…
        elif target_year is None and not named_year and (
                plan := _PLAN_IN_CLAUSE.search(text, clause_start(text, s_start, mention.start), mention.start)
                or _PLAN_SETS.match(text, s_start, mention.start)  # (“十一五”规划确定,单位…能耗降低20%左右)
                # (对照“十四五”规划《纲要》,单位国内生产总值能耗降低13.5%等约束性指标…: the plan the sentence opens on)
                or (cue is not None and cue is opens_targets and _PLAN_IN_CLAUSE.search(text, cue.start(), cue.end()))
                # (生产总值已提前三年实现“十一五”规划确定的600亿元目标: the plan's goal named after the name)
                or (kind == "target" and _PLAN_GOAL_AFTER_NAME.search(text, mention.end, fig.token_start))
                # (“十四五”规划确定的…目标已提前完成,但…3.5%…等目标仍需努力: the plan named before a list of its goals)
                or (kind == "target" and (listed := _LIST_OF_TARGETS.match(text, fig.token_end)) and listed.group("etc")
                    and _PLAN_IN_CLAUSE.search(text, s_start, mention.start))):
            if kind == "target":
                year, why_year = plan_end(plan.group("plan")), f"the goal of {plan.group()}"
                plan_goal = True
            elif fig.measure == "growth":
                return f"a change over the years of a plan ({plan.group()})"
        # (the cue the year follows: 计划确定的2005年…, not 计划 before it)
        goal_year = next((found for past in _PAST_TARGET.finditer(text, name_stop, mention.start)
                          if (found := _GOAL_YEAR_AFTER_CUE.match(text, past.end()))
                          and not _this_or_next_year_opens(text, found.end(), mention.start)
                          and not _QUOTED_GOAL_CLOSES.search(text, found.end(), mention.start)),
                         None) if kind == "target" else None
        if goal_year and not context.half_year:
            year, why_year = int(goal_year.group("year")), f"the year the goals quoted are for, {goal_year.group()}"
            # (“十三五”规划确定的2020年地区生产总值达到1000亿元、一般公共预算收入达到30亿元的目标: the plan's, for 2020)
        elif (kind == "target" and part.kind == "actual" and part.year and not context.half_year and not plan_goal
                and _past_target_in(text, name_stop, end_of_sentence(text, s_start), mention.start)):
            year, why_year = part.year, f"a target of the year the part reviews, {part.year}"  # 年初确定的…目标
        elif (kind == "target" and part.kind == "actual" and not part.year and context.year and not context.half_year
              and not plan_goal and _past_target_in(text, name_stop,
                                                                end_of_sentence(text, s_start), mention.start)
              and not _GOALS_MEETING.search(text, name_stop, mention.start)
              # (報告部署今年重點工作時表示,…年度計劃投資1500億元以上;…力爭…突破8000億元: this year's plan)
              and text.find("今年", name_stop, mention.start) == -1):
            year, why_year = context.year - 1, f"a target of the year reviewed, {context.year - 1}"
        if kind == "target" and target_year and (named_target := _target_year(target_year)):
            year, why_year = named_target, target_year.group()
            # “十四五”末 in 2026: reached (in a half-year report too); not a goal quoted as set (规划确定的到2010年…的目标)
            if context.year and named_target < context.year and not goal_year:
                kind, why_kind, named_year = "actual", f"the end of a past plan, {target_year.group()}", named_target
        elif named_year and not (goal_year and not context.half_year):  # (2004年…确保实现…计划确定的2005年…: the goal's)
            year, why_year = named_year, f"names {named_year}"
        if fig.against_plan:  # 单位生产总值能源消耗比“十五”末降低20%: the goal of the plan after it
            base = int(fig.against_plan[:-1]) if fig.against_plan.endswith("年") else plan_end(fig.against_plan)
            # (比2005年…: the plan's goal only when set in its first year or dated to its end; else one of years between)
            if kind != "target" or (fig.against_plan.endswith("年") and context.year != base + 1
                                    and year != base + 5):
                return f"a change since the end of an earlier plan ({fig.against_plan}), over several years"
            if not (target_year and _target_year(target_year)):  # (到2011年,…比“十五”末降低20%左右: the year named)
                year, why_year = base + 5, f"the plan after {fig.against_plan}"
        span = sentence_span = ""
        if kind == "actual" and not named_year:
            # a sentence about several years (…城镇新增就业603.7万人,…年均增长6%): its totals are not rows
            # (not a streak after the figure, 实际利用外资4.35亿美元,…,总量连续五年位居全市第一, nor
            # an average over two or three years, 完成固定资产投资328.6亿元,增长14.2%,两年平均增长5.1%,
            # nor a running total in a later clause of its own, 实际利用外资19.4亿美元,…,累计利用外资突破100亿美元,
            # 城镇新增就业12万人,五年累计新增60万人)
            sentence_span = next((word for at, word in said.several_years
                                  if not _total_of_its_own(text, s_start + at, own_start) and (
                                      (at < cut and not _AVERAGE_ASIDE_WORD.match(text, s_start + at))
                                      or not (word.startswith("连续") or word in ("两年", "三年", "2年", "3年")
                                              or _PER_MONTH.fullmatch(word)  # (…,低保标准提高到每人每月400元: another's rate)
                                              or _running_total_after(text, fig.token_end, s_start + at,
                                                                         fig.measure == "growth")))),
                                 "")
            topic = said.topic_year
            if (not sentence_span and topic and (not context.year or topic < context.year)
                    and (not said.loose_topic or part.multi_year or not context.year)):
                named_year = topic  # a year named earlier in the paragraph
                year, why_year = named_year, f"paragraph names {named_year}"
            elif said.this_year_topic and context.given and not context.half_year:
                named_year = context.given  # 今年以来,…一季度,国内生产总值下降6.8%: the year it is given in
                year, why_year = named_year, f"paragraph opens on this year, {named_year}"
        if kind == "actual" and not named_year:
            span = ((opener and opener_words(clause, opener))
                    or (part.multi_year and kind == part.kind and not scope.about_one_year(text, fig.start, part.year)
                        and "全年" not in clause and f"part {part.heading[:16]}")  # 全年外商直接投资…: one year
                    or ("全年" not in clause and scope.in_span(text, fig.start, part.start)))  # (全年…: one year)
        lead = text[mention.end:fig.start]
        # (a sentence measured against the year before is about one year, 其中 too: …,比上年增长23.1%,其中出口…)
        one_year = shared.basis["yoy"].search(text, clause_start(text, s_start, mention.start),
                                              min(fig.token_end + SHORT_CLAUSE, end_of_sentence(text, s_start))) or (
            "其中" in text[own_start:mention.start] and shared.basis["yoy"].search(text, s_start, mention.start))
        if span and not fig.start_of_pair and not one_year:
            if (fig.measure == "growth" or (rule.sums_over_years and not scope.reached_level(lead)
                                            and not _TIMES_START.match(text, fig.end))
                    or scope.held_level(lead)):
                return f"a change, total or held level over the years of {span}"
        if (kind == "actual" and not named_year and scope.held_level(lead)
                and (opens_span := _SPAN_OPENS_SENTENCE.match(text, full_stop(text, s_start), fig.token_start))):
            return f"a level held over the years its sentence opens on ({opens_span.group().strip()})"  # 五年…,…控制在3.5%以内
        if (sentence_span and not fig.start_of_pair and fig.measure == "level" and rule.sums_over_years
                and not scope.reached_level(lead) and not _TIMES_START.match(text, fig.end)):
            return f"a total in a sentence about several years ({sentence_span})"
        if (kind == "target" and part.multi_year and kind == part.kind and rule.sums_over_years
                and fig.measure == "level" and not scope.reached_level(lead)
                and (not target_year or rule.plans_total)):  # 到2020年,城镇新增就业500万人以上: still the total
            return "a five-year plan's total (城镇新增就业500万人以上)"
        if (kind == "target" and part.multi_year and kind == part.kind and fig.measure == "growth" and year == part.year
                and not (rule.plan_change or fig.against_plan) and not shared.basis["yoy"].search(lead)):
            return "a plan's change over its years (今后五年,全省生产总值增长10%左右), no one year's"
        written = _YEAR_OF_FIGURE.search(text, max(s_start, fig.token_start - 8), fig.token_start)
        fig_clause = max(mention.end, clause_start(text, s_start, fig.token_start))
        against = _AGAINST_YEAR.search(text, fig_clause, fig.token_start) or (
            not YEAR_WRITTEN.search(text, fig_clause, fig.token_start)  # (…,年均增长15.2%,2011年增长16.2%: its own)
            and not text[fig_clause:fig.token_start].lstrip().startswith("去年")  # (…,去年实际增长4.9%: its own too)
            and not shared.basis["yoy"].search(text, fig_clause, fig.token_start)  # (由1997年的…增加到24.8亿元,比上年增长12.6%)
            and _SINCE_YEAR.search(text, mention.end, fig.token_start))
        if against and fig.measure == "growth" and year and int(against.group("year")) != year - 1 and not (
                rule.plan_change and kind == "target" and int(against.group("year")) == year - 5):  # (比2010年下降16%: the plan's goal)  # 比2019年增长3.8% in a review of 2020: a plain change
            return f"a change against another year than the one before ({against.group()})"
        if _PLAN_OPENING.search(text, max(s_start, fig.token_start - 8), fig.token_start):
            return "the level at a plan's opening (从“十二五”初的…), no one year's"
        base = _BASE_CLAUSE.search(text, max(s_start, fig.token_start - 8), fig.token_start) or (
            text[fig.token_start:fig.token_start + 1].isdigit()
            and _SAME_PERIOD_BEFORE.search(text, max(s_start, fig.token_start - 8), fig.token_start))
        if base and context.year:  # …5038.9亿元,上年为3579.1亿元: the year before the sentence's
            statement = year if kind == "target" and year else context.default_year(
                kind, part.year if kind == part.kind else None)
            year, why_year = statement - 1, f"the base before {statement}: {base.group().lstrip(',;')}"
            if kind == "target":  # (预算为…300.6亿元,比上年实绩278.3亿元增长8%: what the goal builds on, done)
                kind, why_kind = "actual", f"the base of a goal, done: {base.group().lstrip(',;')}"
        elif written and context.year and (not context.half_year or int(written.group("year")) < context.year):
            year, why_year = int(written.group("year")), f"written before the figure: {written.group()}"
            if year < context.year:
                kind, why_kind = "actual", f"the past year {year}"
        elif (plan_start := _PLAN_END_OF_FIGURE.search(text, max(s_start, fig.token_start - 10), fig.token_start)) \
                and context.year and not context.half_year and (end := plan_end(plan_start.group("plan"))):
            year, why_year = end, f"written before the figure: {plan_start.group()}"  # 由“十三五”末的…
            if year < context.year:
                kind, why_kind = "actual", f"the past year {year}"
        elif (fig.start_of_pair and not fig.from_last_year and span and (plan := PLAN_NAMED.search(span))
              and plan_end(plan.group())):
            year = plan_end(plan.group()) - 5  # “十四五”时期,…从3.87万亿元: the level the plan started from, 2020
            why_year = f"start of {span}: {year}"
        elif fig.start_of_pair and fig.listed_year and context.year and fig.listed_year < context.year:
            year, why_year = fig.listed_year, f"the year the list's starts name, {fig.listed_year}"
        elif (fig.start_of_pair and context.year
              and (compared := _COMPARED_WITH_YEAR.search(text, s_start, fig.token_start))
              and int(compared.group("year")) < context.year):  # 与2000年相比,国内生产总值由257亿元增加到…
            year, why_year = int(compared.group("year")), f"the year the sentence compares with: {compared.group()}"
        elif fig.start_of_pair:
            plan_part = part.multi_year or PLAN_NAMED.search(part.heading) or PAST_SPAN.search(part.heading)
            span_years = 1 if fig.from_last_year else _span_years(
                text, s_start, fig.start, span or (part.heading if plan_part else ""))
            if not span_years or year is None:
                return "a from-to pair with no span of years to date its start"
            year -= span_years
            why_year = f"start of {span or 'a span'} of {span_years} years"
        # the level a goal starts from is done (由上年的21350元提高到23400元, “十四五”…由4.86万亿元增加到…),
        # unless the clause names it a target (今年…目标由去年的900万人提高到…)
        if (fig.start_of_pair and kind == "target" and year and context.year and year < context.year
                and not shared.kind["target_clause"].search(text, mention.end, fig.token_start)):
            kind, why_kind = "actual", "the level a goal starts from"
        # a period in an earlier clause counts when it opens a topic (上半年,全县…) or a statement with
        # figures (预计全年全区增加值增长5.5%,…) or a list (确保完成全年各项目标:…), not in a circumstance (克服上半年持续
        # 干旱影响,全县…; but 去年上半年受疫情冲击,全县…: last year's half, its topic)
        before = [(start, period) for start, end, period in said.periods if end <= cut
                  and not _aside_in_brackets(sentence_before, start, end)  # (增长7.6%(一季度为7.1%),其中第三产业…)
                  # (…,完成全年60万人目标的64.3%,城镇登记失业率3.7%: the year's goal a progress names, no period after it)
                  and not (s_start + start < own_start and sentence_before.endswith("完成", 0, start)
                           and _AMOUNT_OF_GOAL.match(sentence_before, end))
                  and (s_start + start >= own_start or not _PAIR_START.match(text, s_start + start - 1))  # (由一季度的8.5%…)
                  and (s_start + start >= own_start or _CLAUSE_CLOSES.match(text, s_start + end)
                       or text[s_start + end - 1] == ":"
                       or (text[s_start + start - 1:s_start + start] in ("从", "就")  # (从第三季度看,…: its view)
                           and _VIEW_AFTER.match(text, s_start + end) is not None)
                       or _FIGURE_IN_CLAUSE.match(text, s_start + end)
                       or text[clause_start(text, s_start, s_start + start):s_start + start].strip() in ("", "今年", "去年", "上年"))]
        # (a period that opens its clause is its topic: 一季度经济出现负增长,国内生产总值下降6.8%)
        period = max(before)[1] if before else said.carried_period  # the nearest period before the figure
        why_period = ""
        if period == THAT_PERIOD_UNNAMED:
            return "当月 or 当季 with no month or quarter named before it: which one?"
        if before and (that := next((text[s_start + start:s_start + end] for start, end, p in said.periods
                                     if (start, p) == max(before) and _THAT_PERIOD.fullmatch(sentence_before, start, end)), "")):
            why_period = f"; period: {that}, the one named before it, {period}"
        if fig.listed_period:  # 一季度、上半年分别增长6.1%和6.5%: its own of a list of periods (一至四季度…: its quarter)
            start, end, quarter = fig.listed_period
            # (a month of a list is one by the month after it: 4月、5月…)
            period = quarter or first_period(shared.periods, text, start, end) or first_period(
                shared.periods, text, start, min(len(text), end + 4))
            why_period = f"; period: its own of a list of periods, {text[start:end]}{' ' + quarter if quarter else ''}"
        elif "四个季度" in text[clause_start(text, s_start, mention.start):fig.token_start]:
            return "one of the four quarters' figures, none dealt to it (四个季度…)"
        estimated = any(end <= cut <= reach for end, reach in said.estimate)
        if not period and context.half_year and kind == "actual" and estimated:
            paragraph = scope.paragraph_start(text, s_start)
            opening = _ESTIMATED_PERIOD.match(text, paragraph, s_start)
            if opening and (period := first_period(shared.periods, text, opening.end(), opening.end() + 12)):
                why_period = f"; period: the estimate its paragraph opens on, {text[opening.start():opening.end() + 6].strip()}"
            elif "全年" in text[paragraph:fig.token_start] or _last_month(context.covers) > 6:  # (预计全年…;…预计分别增长
                # 9.5%和9%左右; in a report on three quarters or more: the part done is reported, the year estimated)
                period, why_period = "FY", "; period: an estimate naming no period, the year's (after 全年, or nine months done)"
            elif _YEAR_END.search(text, clause_start(text, s_start, mention.start), fig.token_start):
                period, why_period = "FY", "; period: an estimate for the year's end (年末…预计), not yet reached"
            else:  # (一是…;四是节能减排稳步推进,全省单位生产总值能耗预计下降4.2%: among the half's outcomes, the half's)
                period, why_period = context.covers, "; period: an estimate naming no period among the outcomes of the part done"
        # (全年全市粮食总产量165.2万吨, in a report on eleven months: the harvest is in, the year's outcome)
        harvested = (rule.known_by_month and context.half_year and kind == "actual" and not (estimate or estimated)
                     and period in ("", "FY") and year == context.year
                     and _last_month(context.covers) >= rule.known_by_month)
        if harvested:
            period, why_period = "FY", f"; period: the year's, known by month {rule.known_by_month}, before the report's end"
        # (a report given in December on the year still running: its months so far too, 1—11月,…。实际使用外资…)
        running = context.half_year or (context.given and context.year and year == context.given < context.year)
        if (not period and running and kind == "actual"
                and (said.line_period in ("Q1", "Q1-Q3") or said.line_period.startswith("M1-"))):
            period = said.line_period  # 1-5月,规模以上工业增加值…。城镇固定资产投资…。: the months so far the line opened on
            why_period = f"; period: the months so far its line opened on, {period}"
        if (context.half_year and kind == "target" and why_kind.startswith("part") and before
                and (_last_month(period) <= _last_month(context.covers)  # 上半年全县…增长3.2% under 下半年工作: done
                     or (estimated and _last_month(period) <= 6))):  # 预计上半年…增长7.5%左右, given in June: nearly done
            kind, why_kind = "actual", f"names the part of the year done, {period}"
            estimate = estimate or estimated
        if (not context.half_year and kind == "target" and why_kind.startswith("part") and period and period != "FY"
                and (SO_FAR_THIS_YEAR.search(text, s_start, fig.token_start)  # (今年1月份,…增长24.6%, in spring)
                     or (period in ("M1", "M1-M2") and text.find("同比", s_start, end_of_sentence(text, s_start)) != -1))):
            # (当前,…1月份全区规模以上工业总产值同比下降9.8%; 1月份全区完成…55.3亿元,同比增长28.6%: a month just
            # done, compared with last year's)
            kind, why_kind = "actual", f"names this year's months so far, {period}, in a report given early in it"
        # (no word of aim before the figure: a part of the year among the goals is no goal of its own)
        aimless = (not context.half_year and kind == "target"  # (looked for only where it can count)
                   and not _PART_GOAL.search(scope.without_progress(text[s_start:fig.token_start])))
        if (not context.half_year and kind == "target" and why_kind.startswith("names the year it plans")
                and period in ("Q1", "M1", "M1-M2", "M1-M3") and aimless):
            # (2020年,受疫情影响,一季度全区地区生产总值下降28.4%, in a report given in April: done, no aim)
            kind, why_kind = "actual", f"names this year's {period}, no word of aim: done by the time it is given"
        # (a part named in the clause, or opening the line before a semicolon: 1-2月份,…;规模以上工业增加值…)
        parts = [p for _, p in before if p != "FY"] or ([period] if not before and period and period != "FY" else [])
        if (not context.half_year and kind == "target" and why_kind.startswith("part") and parts and not (fig.pre or fig.post)
                and aimless):
            # (从季度走势看,…:一季度地区生产总值增长7.6%,上半年增长8.0%,…全年增长8.5%, under the plan's heading: the
            # course of the year before; the year's goals name a part of it only with a word of aim)
            return f"a part of the year ({', '.join(parts)}) among the year's goals with no word of aim: no goal"
        if context.half_year and period == "FY" and kind == "actual" and year == context.year and not harvested:
            if _last_month(context.covers) < _YEAR_NEARLY_DONE:  # 预计全年…: the year is not over
                kind, why_kind = "target", "the whole year in a report on part of it"  # (预计全年…: still an estimate)
            else:  # (预计全年…, in a report on eleven months or more: the year's outcome as it is known)
                why_kind = f"the whole year, {context.covers} of it done: its outcome as it is known"
        if context.half_year and (still := _STILL_NEEDED.search(text, clause_start(text, s_start, mention.start),
                                                                fig.token_start)):
            return f"what is still needed for the year's target ({still.group()}…), not a goal of its own"
        if (context.half_year and period.startswith("M") and not period.startswith("M1-")
                and _last_month(period) > _last_month(context.covers)
                and (need := _SECOND_HALF_NEEDS.search(text, s_start, fig.token_start))):
            return f"what the months to come need for the year's target ({need.group()}), not the year's"  # 须在11—12月完成…
        if (context.half_year and kind == "actual" and (rest := _MONTHS_LEFT.search(text, s_start, fig.token_start))
                and (need := _SECOND_HALF_NEEDS.search(text, rest.end(), fig.token_start))):
            return f"what the months left need for the year's target ({rest.group()}…{need.group()}), not done"
        if (context.half_year and kind == "actual" and period in _QUARTER_START and year == context.year
                and _QUARTER_START[period] > _last_month(context.covers)):  # 四季度,全市生产总值要增长11.5%以上
            return f"a quarter after the part of the year the report covers ({period}): what it needs, no outcome"
        if (context.half_year and kind == "actual" and period in ("H1", "Q1-Q3") and year == context.year
                and _last_month(period) > _last_month(context.covers) + 1):  # (力争上半年…增长11.5%以上,…, in a report on Q1)
            if not (estimate or estimated or _INTENT.search(text, name_stop, fig.token_start)):
                return f"a part of the year longer than the one the report covers ({period}): not done yet, no outcome"
            # (力争上半年…; 预计上半年…增长12%左右, in a report on the first quarter: expected)
            kind, why_kind = "target", f"a part of the year still to come ({period}) after a word of aim or an estimate"
            estimate = estimate or estimated
        if (context.half_year and period != "H2"
                and text.rfind("下半年", name_stop, mention.start) != -1
                and (need := _SECOND_HALF_NEEDS.search(text, clause := clause_start(text, s_start, fig.token_start),
                                                       fig.token_start))
                and not _WHOLE_YEAR.search(text, clause, fig.token_start)):
            # (下半年财政总收入须完成9.34亿元…;进出口总额须完成1.44亿美元: the half's need goes on past the semicolon)
            return f"what the second half needs for the year's target (下半年…{need.group()}), not the year's"
        if context.half_year and period == "H2" and any(end <= cut for end in said.last_year):
            return "last year's second half (去年下半年…), a period no row has"
        if context.half_year and period == "H2":  # 下半年,要…增长7%: the half to come, a goal of the year (OUTPUT.md)
            # an amount for the half alone (下半年要完成…187.5亿元) is the half's; not one after 全年 (下半年,…确保全年
            #实现…600亿元), nor one under a heading's 下半年工作, which names no half of its goals
            half = text.rfind("下半年", text.rfind("\n", 0, s_start) + 1, fig.token_start)
            whole = _WHOLE_YEAR.search(text, half, fig.token_start) if half != -1 else None
            need = _SECOND_HALF_NEEDS.search(text, s_start, end_of_sentence(text, s_start))
            if need and not (whole and need.start() < whole.start()):  # (下半年…须完成814人,确保全年…,城镇登记失业率
                # 控制在4.5%以内: the half's need, then the year's goals)
                return f"what the second half needs for the year's target ({need.group()}), not the year's"
            later = year and context.year and year > context.year  # (下半年,我们将围绕…到2030年…突破550亿元)
            half_alone = fig.measure == "level" and fig.unit != "%" and half != -1 and not whole and not later
            kind, estimate = "target", False
            why_kind, period = (("an amount for the second half alone", "H2") if half_alone
                                else ("a later year's goal the second half works towards", "FY") if later
                                else ("the second half in a report on the first", "FY"))
        if (context.half_year and kind == "target" and period and period != "FY"
                and (goal := _YEARS_GOAL.search(text, _quote_opens(text, s_start, clause_start(text, s_start, fig.token_start),
                                                                   fig.token_start), fig.token_start)
                     or _YEARS_GOAL_AFTER.match(text, fig.token_end))):
            period, why_period = "FY", f"; period: the year's goal its clause quotes ({goal.group()})"
        if (kind == "target" and period.startswith("M") and "-" not in period
                and (when := _MONTH_GOALS_SET.search(text, s_start, fig.token_start))):
            period, why_period = "FY", f"; period: the year's, its month the one its goals were set in ({when.group()})"
            # (上半年…能耗下降3.9%,与年初确定的下降4.5%左右的目标还有差距: the half's outcome, the year's goal;
            # 上半年,…完成年初人代会批准预算53.2亿元的53.5%: the year's budget)
        if not period and kind == "actual" and year and context.year and year < context.year \
                and "同期" not in sentence_before:
            period = "FY"  # 2015年,全区… in a 2016 half-year report: that year's whole
        elif (not period and kind == "actual" and context.half_year and named_year and named_year == context.year
              and "同期" not in sentence_before):  # (2020年全市粮食总产量393.6万吨, in a report on 11 months: the harvest's year)
            period, why_period = "FY", f"; period: the year it names, {named_year}, whole"
        own = clause_start(text, s_start, mention.start)
        if (period and period != "FY" and kind == "actual" and _LAST_YEAR_WHOLE.match(text, own, fig.token_start)
                and not first_period(shared.periods, text, own, fig.token_start)):
            period, why_period = "FY", "; period: last year's whole, its clause opens on it (去年…)"  # (…一季度…,但去年全国…下降1.23%)
        period = period or context.default_period(kind)
        if plan_ahead and kind == "target":
            year, why_year = plan_ahead, f"the years ahead of the plan its part names, to {plan_ahead}"
        if fig.listed_year:  # (the year before 分别, written before the first figure, is the last one's)
            year, why_year = fig.listed_year, f"its own of a list of years (…分别…), {fig.listed_year}"
        dated = _DATED_AFTER.match(text, fig.token_end)
        if dated and kind == "actual" and context.year and int(dated.group("year")) < context.year:
            year, period, why_year = int(dated.group("year")), "FY", f"dated after the figure: {dated.group().strip()}"
        if kind == "actual" and year and context.noted_years and (noted := next(  # (a figure known a year or two late)
                ((name, when) for name, when in context.noted_years
                 if (mention.text in name or name in mention.text) and when < year <= when + 2), None)):
            year, why_year = noted[1], f"a note dates it: {noted[0]}为{noted[1]}年数据"
        if (not context.half_year and kind == "actual" and period == "FY" and year and context.year
                and year >= context.year and not estimate):  # (居民消费价格同比上涨4.5%, under 今年以来 in May)
            return f"the whole of {year} done, in the report given for it: not over yet, no outcome"
        if (kind == "actual" and not context.half_year and named_year is None and why_year == context.year_signal
                and context.given and context.month and period.startswith(("M", "Q")) and _so_far(period)
                and _last_month(period) < context.month):  # (1—2月,…增长32.6%, in a report given in March: this year's)
            year, why_year = context.given, f"this year's months so far, done before its month, {context.month}"
        return Timing(kind, year, period, estimate, opens, f"kind: {why_kind}; year: {why_year}{why_period}")


    def _target_year_before(self, text: str, s_start: int, at: int, this_year: int | None) -> regex.Match | None:
        """The last 到2030年 of the sentence before `s_start` when only a semicolon ends it, not into
        an item of its own (——…,力争到2020年达到3.5%;——居民消费价格涨幅3%左右) nor into one naming 全年, or a
        year after `this_year` a clause opens on before its goal (…,2020年达到230亿元;一般公共预算收入达到9亿元)."""
        stop = full_stop(text, at)
        if stop >= s_start or _BULLET.match(text, s_start) or text.find("全年", s_start, at) != -1:
            return None  # (…到2020年…的目标,突出抓好以下工作:…;二是…,确保全年固定资产投资…: the year's own)
        later = [m for m in _LATER_YEAR_REACHED.finditer(text, stop, s_start)
                 if this_year and int(m.group("year")) > this_year]
        found = [m for m in sorted(list(self.shared.kind["target_year"].finditer(text, stop, s_start)) + later,
                                   key=lambda m: m.start())
                 if not _aside_of_goals(text, stop, m.start()) and not _bracket_closed_between(text, m.start(), s_start)]
        return found[-1] if found and not _this_or_next_year_opens(text, found[-1].end(), s_start) else None


def _past_target_in(text: str, start: int, end: int, at: int) -> bool:
    """Whether the sentence start..end quotes a goal set before (年初确定的, 计划…) for the figure at `at`: in its
    own numbered item (一是…;二是…) or in the words before the first, not in another item (二是…年度计划投资76亿元)."""
    items = [item.start() for item in _ITEM_OPENS.finditer(text, start, end)]
    if not items:
        return _PAST_TARGET.search(text, start, end) is not None
    own = max((item for item in items if item <= at), default=start)
    after = min((item for item in items if item > at), default=end)
    return bool(_PAST_TARGET.search(text, start, items[0]) or _PAST_TARGET.search(text, own, after))


def _this_or_next_year_opens(text: str, start: int, end: int) -> bool:
    """Whether a clause opened on 今年 or 明年 stands between: the year a goal before it is for ends there."""
    return bool(_THIS_YEAR.search(text, start, end) or _NEXT_YEAR.search(text, start, end))


def _aside_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the period at start..end stands in brackets closed before the end of `text` with a figure of its own
    after it (可比增长7.6%(一季度为7.1%),…): an aside's period, not the clauses' after it (not a note dating the
    figure: 规上服务业营业收入(1-5月)30.2亿元)."""
    opened = text.rfind("(", 0, start)
    closed = text.find(")", end)
    return opened != -1 and text.rfind(")", 0, start) < opened and closed != -1 and FIGURE_WORD.search(text, end, closed) is not None


_RANK_HELD = LazyPattern(r"连续[一二三四五六七八九十两\d]{1,2}年(?:位居|居|位列|稳居|保持|排名|排在)[^,;。]{0,10}?(?:前列|前茅|首位|第[一二三四五六七八九十\d])")


def _total_of_its_own(text: str, at: int, own_start: int) -> bool:
    """Whether the words about several years at `at` stand in an earlier clause with a subject and figure of its own
    (中老铁路累计发送旅客突破4800万人次,…,实际使用外资9.3亿美元): that clause's total, not the sentence's frame
    (not 五年来,…: an opener with no figure; nor 五年累计实际利用外资…: the name's own clause)."""
    if at >= own_start:
        return False
    opens = clause_start(text, 0, at)
    end = _CLAUSE_STOP.search(text, at, own_start)
    # (or a rank it has held: 数字经济增速连续7年位居全国前列,技术合同成交额402亿元: a streak of its own clause)
    return opens < at and end is not None and (FIGURE_WORD.search(text, at, end.start()) is not None
                                               or _RANK_HELD.match(text, at, end.start()) is not None)


def _quote_opens(text: str, s_start: int, opens: int, at: int) -> int:
    """Where the clause of `at` starts: `opens`, or the start of the clause a quotation still open at `at` opened in
    (年初确定的“地区生产总值增长16%以上,财政总收入突破50亿元”的全年目标: the quoted goals are one clause's)."""
    quote = text.rfind("“", s_start, opens)
    return clause_start(text, s_start, quote) if quote != -1 and text.find("”", quote, at) == -1 else opens


def _goals_set_in_a_list(text: str, s_start: int, end: int) -> regex.Match | None:
    """The verb that sets a list of goals the figure ending at `end` stands in: the verb before the figure in its
    sentence, the goals that close the list after it (…会议确定了今年全省地区生产总值增长10%以上,规模以上工业增加值增长11%,
    …,居民消费价格涨幅控制在3%左右的主要预期目标), no semicolon and no comparison between them (…增长8%,距离确定的…目标:
    an outcome set against it)."""
    stop = end_of_sentence(text, s_start)
    verb = _SETS_GOALS.search(text, s_start, end)
    close = _GOALS_CLOSE.search(text, end, stop) if verb else None
    if close is None or ";" in text[verb.end():close.start()] or _COMPARED.search(text, verb.end(), close.start()):
        return None
    return verb


def _goal_the_part_is_of(text: str, s_start: int, part_start: int) -> regex.Match | None:
    """The cue of the goal whose part (其中…) starts at `part_start`: the clause before states the goal, a cue
    right before its figure (…收入预期增长9%,达到219.7亿元,其中税收收入增长9.5%), maybe with bare figures of
    the same goal after it; a goal only compared with (未达到…的目标,其中…) states none."""
    end = part_start - 1
    while end > s_start:
        start = clause_start(text, s_start, end)
        if stated := _GOAL_STATED.search(text, start, end):
            return stated
        if not _BARE_FIGURE.fullmatch(text, start, end):
            return None
        end = start - 1
    return None


def _dates_a_start(text: str, found: regex.Match) -> bool:
    """Whether a year's mark only dates the start of a pair (由“十三五”末的…增加到…), no goal's year."""
    return _DATES_A_START.fullmatch(text, max(0, found.start() - 1), min(len(text), found.end() + 1)) is not None


def _year_planned(context: ReportContext, part: Part, this_year: int) -> int:
    """The year 今年 names: the year the report was given in, or, in a part planning the year after (四、2017年工作安排
    ⏎ …今年…主要预期目标是:…, given in December 2016), the year it plans."""
    if part.kind == "target" and context.given and this_year == context.given and part.year == context.given + 1:
        return part.year
    return this_year


def _bracket_closed_between(text: str, mark: int, at: int) -> bool:
    """Whether a year's mark at `mark` stands in brackets that close before `at`: the brackets' own goals
    (…增长7.5%(“十四五”末分别达到5.4万元);城镇新增就业50万人以上: this year's after them)."""
    opened = text.rfind("(", 0, mark)
    closed = text.find(")", mark, at) if opened != -1 and text.rfind(")", opened, mark) == -1 else -1
    # (not a year alone in them, a time the words before it are set at: 本届政府任期内(到2012年),全县生产总值突破100亿元)
    return closed != -1 and not _YEAR_ALONE.fullmatch(text, opened + 1, closed)


def _aside_of_goals(text: str, stop: int, mark: int) -> bool:
    """Whether a year's mark (到2015年, “十三五”末) at `mark` is an aside on one goal, in a sentence
    whose goals are another year's: its clause holds its own figure and this year's figures stand
    before it (今年…增长12%,力争13%,到2015年达到3万亿元;…), not a clause of its own (…,到2025年,…),
    the opening of the goals (力争到2025年地区生产总值达到X,…; …增长13%以上,确保“十二五”末全市…突破7000亿元,
    财政总收入达到1000亿元: a clause opened on a word of aim, then the year) nor a plan's (年均增长12%,到2015年…)."""
    end = _CLAUSE_STOP.search(text, mark)
    return (FIGURE_WORD.search(text, mark, end.start() if end else len(text)) is not None
            and not _AIM_OPENS.fullmatch(text, clause_start(text, stop, mark), mark)
            and FIGURE_WORD.search(text, stop, mark) is not None
            and not _PLAN_WORDS.search(text, stop, mark))  # (a plan's goals: 年均增长12%,到2015年达到…;…)


def _estimate_reach(sentence: str, estimate: regex.Match) -> int:
    """How far a 预计 reaches: past its clause when it opens one (预计全年,…;综合分析,预计…), else to its clause's end
    (全社会研发投入强度预计达到3.3%左右,技术合同成交额4620亿元: the next clause's subject is known, not estimated)."""
    if (_ESTIMATE_LEAD.match(sentence, clause_start(sentence, 0, estimate.start()), estimate.start())
            or sentence.startswith((",", ":"), estimate.end())):  # (据统计部门预计,上半年…: a clause of its own)
        return len(sentence)
    end = _CLAUSE_STOP.search(sentence, estimate.end())
    while end and _GOES_ON_CLAUSE.match(sentence, end.end()):  # (预计达到138万吨,增长1.2%: the same subject)
        end = _CLAUSE_STOP.search(sentence, end.end())
    return end.start() if end else len(sentence)


def _met_target(words: str, cue: regex.Match) -> bool:
    """Whether the clause of a cue that names a target (预期, 目标, 计划) says it was met or beaten
    (好于预期, 完成全年目标任务, 超过预期目标) and holds no word of intent (力争, 确保…)."""
    if not _TARGET_NOUN.fullmatch(cue.group()):
        return False
    start = max(words.rfind(mark, 0, cue.start()) for mark in ",;:") + 1
    end = min((at for at in (words.find(mark, cue.end()) for mark in ",;:") if at != -1), default=len(words))
    clause = words[start:end]
    if cue.group() == "计划" and _MET.match(words, cue.end()):
        return False  # 年初计划完成14000亿元: what was planned, not a plan met
    if cue.group() == "计划" and (met := list(_MET.finditer(clause))) and met[0].start() > cue.start() - start \
            and met[-1].end() == len(clause):
        return False  # 计划2005年地区生产总值达到48亿元: the plan's figure, its verb right before it
    if not words[cue.end():].strip().removeprefix("的"):
        return False  # 完成年计划179.8亿元的21.5%: the figure right after the noun is the plan itself (高于年初预期的18%)
    return bool(_MET.search(clause)) and not _INTENT.search(clause)


def _that_month_or_quarter(sentence: str, periods: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The periods of a sentence with each bare 当月 or 当季/单季 read as the month or quarter named last
    before it (9月份,随着…,当月完成…: M9), or as THAT_PERIOD_UNNAMED when none is."""
    found = []
    for mark in _THAT_PERIOD.finditer(sentence):
        if any(start <= mark.start() < end for start, end, _ in periods):
            continue  # (9月份当月, 三季度当季: the period's own word)
        single = "M" if mark.group().endswith("月") else "Q"
        named = [period for start, end, period in periods if end <= mark.start()
                 and period.startswith(single) and "-" not in period]
        found.append((mark.start(), mark.end(), named[-1] if named else THAT_PERIOD_UNNAMED))
    return sorted(periods + found) if found else periods


def first_period(periods: dict[str, regex.Pattern], text: str, start: int, end: int) -> str:
    """The period text[start:end] names (the first of the rules' periods found), or ""."""
    if not _PERIOD_HINT.search(text, start, end):
        return ""
    return next((_months(m) if name == "M" else name for name, pattern in periods.items()
                 for m in [pattern.search(text, start, end)] if m), "")


def _running_total_after(text: str, figure_end: int, at: int, growth: bool) -> bool:
    """Whether the word about several years at `at` sits in a later clause than the figure's, one that
    keeps a running total of its own (…,五年累计新增60万人), or for a change, an average (…,增长29.1%,五年年均
    增长30.5%; a level's sentence with an average in it is about the years: 城镇新增就业603.7万人,…年均增长6%)."""
    opens = clause_start(text, figure_end, at)
    if opens <= figure_end:
        return False
    stop = _CLAUSE_STOP.search(text, at)
    clause = text[opens:stop.start() if stop else len(text)]
    return "累计" in clause or "累积" in clause or (growth and ("年均" in clause or "平均每年" in clause))


def _target_year(found: regex.Match) -> int | None:
    """到2030年 → 2030; 到“十五五”末 → 2030."""
    return int(found.group("year")) if found.group("year") else plan_end(found.group("plan"))


def _span_years(text: str, s_start: int, at: int, span: str) -> int:
    """How many years a from-to pair spans: the nearest 五年来/这五年/过去五年 or N年来 before it
    (not 过去一年 further back), or a five-year plan (the span it stands in, or its part's heading:
    “十五”时期和2005年工作回顾)."""
    found = _YEARS_SPAN.search(text, max(0, s_start - 200), at)
    words = (found.group(1) or found.group(2)) if found else ("五" if span else "")
    if not words:
        return 0
    return int(words) if words.isdigit() else _CN_SMALL.get(words, 0)


def _so_far(period: str) -> bool:
    """Whether a period runs from January: FY, H1, Q1, Q1-Q3, M1-M5."""
    return period in ("FY", "H1", "Q1", "Q1-Q3") or period.startswith("M1-")


_QUARTER_START = {"Q2": 4, "Q3": 7, "Q4": 10}


def _months(found: regex.Match) -> str:
    first = _month(found.group("m1") or "1")  # 前5个月: from January
    if not found.group("m2"):
        return f"M{first}"  # one month: 5月份
    last = _month(found.group("m2"))
    return _CALENDAR.get((first, last), f"M{first}-M{last}")


def _month(written: str) -> int:
    """5, 五, 十一, 元 (January) → the month's number."""
    if written.isdigit():
        return int(written)
    if written == "元":
        return 1
    return 10 + _CN_SMALL.get(written[1:], 0) if written.startswith("十") else _CN_SMALL[written]
