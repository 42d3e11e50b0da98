"""What a report is about: its region, its year, annual or half-year.

Read from every signal the opening carries — a date line, a title, a metadata block, the
congress session line, the opening of the review — the most specific first; never from the file
name. The parts of the report (review, plan, five-year goals) are found by `parts.py`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.lines import TABLE_HEADING, line_end_at
from govreport_cli.normalize import ISSUE_STAMP, PAGE_PATH
from govreport_cli.parts import Part, find_parts
from govreport_cli.rules import Shared
from govreport_cli.years import YEAR, last_month, read_month, read_year, session_year

HEAD_CHARS = 1500  # metadata block, title, date line and opening address
TITLE_CHARS = 600  # where a report on part of a year says so: its title and date line
_AFTER_THIRD_QUARTER = 10  # the month from which a report titled on 今年以来 is on the first three quarters
# A report on part of a year says which in its title: 上半年工作情况的报告, 前三季度…
_PART_OF_YEAR = [
    ("H1", LazyPattern(r"(?m)(?:上半年|[1一元]\s*[-—至到~]\s*[6六]月)[^\n。]{0,24}\n?[^\n。]{0,24}?"
                         r"(?:工作|报告|情况|经济|指标)|半年工作"
                         # the national report to the NPC Standing Committee in June or August (a title)
                         r"|^[^\n,，。]{0,12}今年以来[^\n。,，:：]{0,30}(?:执行情况|经济运行|工作情况)")),
    # (a title may wrap: …关于2010年1—2月份 \n 全县经济运行情况的通报)
    ("Q1-Q3", LazyPattern(r"(?:前三季度|(?:第)?一至(?:第)?三季度|1\s*[-—至]\s*3季度|[1一元]\s*[-—至到~]\s*[9九]月)"
                            r"[^\n。]{0,24}\n?[^\n。]{0,24}?(?:工作|报告|情况|经济|指标)")),
    ("Q1", LazyPattern(r"(?<!前)(?:(?:第)?一季度|[1一元]\s*[-—至到~]\s*[3三]月)(?!季)[^\n。]{0,24}\n?[^\n。]{0,24}?"
                         r"(?:工作|报告|情况|经济|指标)")),
    # other months so far: 1-7月全市主要经济指标运行情况 (the M is read by _months_covered)
    ("M", LazyPattern(r"(?<![\d.])1\s*[-—至到~]\s*(?P<last>[2-9]|1[01])月[^\n。]{0,24}\n?[^\n。]{0,24}?"
                        r"(?:工作|报告|情况|经济|指标)"
                        # (a month's bulletin on the months so far: 11月份全县经济运行简况)
                        r"|(?<![\d.\-—~至到])(?P<last>[2-9]|1[01])月份?(?:全[省市区县]|我[省市区县])?(?:经济运行|主要经济指标)"
                        # (a monthly's issue under its title: 芜湖市统计月报 ⏎ 2022年11月)
                        rf"|(?:统计|经济)月(?:报|刊)[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?:{YEAR})[^\S\n]*年[^\S\n]*"
                        r"(?P<last>[2-9]|1[01])[^\S\n]*月[^\S\n]*(?:份)?[^\S\n]*(?=\n|$)")),
]
# Year signals, the most specific first. A date line: the day the report was given, on a line of
# its own (——2026年1月27日在…会议上, （2011年1月12日 陈全国）); a web stamp with a clock time is not.
_DATE_LINE = LazyPattern(
    rf"(?m)^[^\S\n]*[^\w\n]{{0,4}}[^\S\n]*(?P<year>{YEAR})[^\S\n]*年[^\S\n]*(?:[\d一二三四五六七八九十〇零O○]{{1,3}}|元)"
    rf"[^\S\n]*月[^\S\n]*[\d一二三四五六七八九十〇零O○]{{1,3}}[^\S\n]*日(?![^\n]{{0,6}}\d\d:\d\d)[^\n]{{0,60}}$")
# A date line glued to the title it follows: 政府工作报告——2017年1月5日在长兴县第十六届人民代表大会…会议上.
_GLUED_DATE_LINE = LazyPattern(
    rf"[—–－-]{{1,2}}[^\S\n]*(?P<year>{YEAR})[^\S\n]*年[^\S\n]*[\d一二三四五六七八九十〇零O○]{{1,3}}[^\S\n]*月"
    rf"[^\S\n]*[\d一二三四五六七八九十〇零O○]{{1,3}}[^\S\n]*日[^\S\n]*在[^\n]{{0,40}}?(?:会议|大会)")
# The day the report was given at the congress (…2013年3月5日在第十二届全国人民代表大会…上): before a
# web page's posting date (2014年01月05日 来源:中国政府网), whatever comes first.
_DELIVERY_LINE = LazyPattern(
    rf"(?P<year>{YEAR})[^\S\n]*年[^\S\n]*[\d一二三四五六七八九十〇零O○]{{1,3}}[^\S\n]*月"
    rf"[^\S\n]*[\d一二三四五六七八九十〇零O○]{{1,3}}[^\S\n]*日[^\S\n]*在[^\n]{{0,40}}?(?:会议|大会)")
# A part of a year, as titles write it.
_PERIOD = r"(?:上半年|前三季度|[一1]\s*[-—至到~]\s*[三3]季度|(?:第)?一季度|[1一]\s*[-—至到~]\s*(?:\d{1,2}|十[一二]?|[二三四五六七八九])月份?)"
# A title: 2019年政府工作报告, 2019年上半年工作总结…, and one about two years, whose second is the
# report's (关于2018年工作情况和2019年工作安排的报告, …2012年计划执行情况与2013年计划草案的报告, 2006年工作总结和2007年工作思路).
_TITLE_YEAR = LazyPattern(
    rf"(?:{YEAR})\s*年[^\n。]{{0,24}}?(?:和|与|及)(?P<year>{YEAR})\s*年[^\n。]{{0,12}}?(?:计划|安排|思路|打算|要点|目标)"
    rf"|(?P<year>{YEAR})\s*年(?:上半年)?(?:(?!{YEAR}\s*年)[^\n。,]){{0,16}}?政府工作报告|(?P<year>{YEAR})年[^\n。]{{0,16}}工作情况的?报告"
    rf"|(?P<year>{YEAR})\s*年工作报告"  # (a zone's: 合肥高新区管委会2016年工作报告, as a government's)
    rf"|(?P<year>{YEAR})\s*年{_PERIOD}[^\n。]{{0,16}}?\n?[^\n。]{{0,8}}?(?:工作|报告|情况|总结|经济运行|经济形势|主要经济指标)")
# A full date before December (2008年2月18日, 2008-02-18): the year a report so dated is given in, or later.
_DATED_BEFORE_DECEMBER = LazyPattern(rf"(?<!\d)(?P<year>{YEAR})\s*(?:年\s*(?:[1-9]|1[01])\s*月\s*\d{{1,2}}\s*日|[-/.]\s*(?:0?[1-9]|1[01])\s*[-/.]\s*\d{{1,2}}(?!\d))")
# A document's number (南政办〔2013〕218号): the year it was issued in.
_DOCUMENT_NUMBER = LazyPattern(r"(?m)^\s*\p{Han}{1,10}[〔\[［【(（](?P<year>(?:19|20)\d\d)[〕\]］】)）]\s*\d{1,4}\s*号\s*$")
_META_DATE = LazyPattern(r"发文时间\s*[:：]\s*(?P<year>(?:19|20)\d\d)-\d{1,2}-\d{1,2}")
# Any date in the opening (发布时间:2024-07-25 10:00, 2024年7月25日 in a news account): the last resort.
_ANY_DATE = LazyPattern(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*(?:[-/.]\s*\d{1,2}\s*[-/.]|年\s*\d{1,2}\s*月)\s*\d{1,2}(?!\d)")
# A web page's posting date (发布日期:2025-07-18): its month, when no date line gives one.
_POSTED = LazyPattern(r"(?:发布|发文|印发|发稿)(?:日期|时间)\s*[:：]\s*(?:19|20)\d\d\s*[-/.年]\s*(\d{1,2})")
# A page's stamp: 2014年07月08日 10:15, 2014-07-08 10:15 (its month, when no date line or posting date gives one)
_STAMPED = LazyPattern(r"(?<!\d)(?:19|20)\d\d\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*\d{1,2}\s*日?\s*\d{1,2}:\d\d")
# A page's path (当前位置:首页 > 政务公开 > 政府工作报告 > 正文): the site's sections, not the report's title.
_PAGE_PATH_LINE = LazyPattern(rf"(?m)^[^\n]*{PAGE_PATH}[^\n]*$")
# The report's title on a line of its own: what stands between the page's path and it, with no sentence, is the
# page's side boxes (数说南海(2014年) ⏎ 地区生产总值:2180.3亿元 ⏎ 信息公开目录…)
_TITLE_LINE = LazyPattern(r"(?m)^[^\n]{0,50}?(?:政府工作报告|工作报告|执行情况的?报告|工作情况的?报告)[^\n]{0,30}$")
# A newspaper's masthead with its issue's date (山西日报　2010年7月28日　第一版): its month, as a posting date's
_MASTHEAD = LazyPattern(r"(?m)^[^\S\n]*\p{Han}{2,8}(?:日报|晚报|时报|报)[^\S\n]*(?:19|20)\d\d[^\S\n]*年[^\S\n]*(\d{1,2})[^\S\n]*月")
_MONTH_OF_DATE = LazyPattern(r"年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九元])\s*月")
# How the body of a report given mid-year opens: 上半年,全区…; 今年前三季度…
# (or a speech's task: 主要任务是分析1—8月份全市经济运行情况)
_BODY_PERIOD = LazyPattern(r"(?:^|[\n。,:]|分析)\s*(?:今年|预计)?(?P<period>上半年|前三季度|一至三季度|一季度"
                           r"|[1一元]\s*[-—至]\s*(?:1[01]|十一|十|[2-9二三四五六七八九])月份?)")
_SO_FAR_OPENS = LazyPattern(r"(?:^|[\n。,:])\s*(?:今年)?(?:上半年|[1一元]\s*[-—至]\s*(?P<last>[56五六])月)")
_BODY_PERIODS = {"上半年": "H1", "前三季度": "Q1-Q3", "一至三季度": "Q1-Q3", "一季度": "Q1", "6": "H1", "9": "Q1-Q3", "3": "Q1",
                 "六": "H1", "九": "Q1-Q3", "三": "Q1"}
# A title line is short: a period in a longer line is running text (2016年上半年,全区经济增速一度回落).
TITLE_LINE_CHARS = 40
_TITLE_YEAR_BEFORE = LazyPattern(r"(?:19|20)\d\d年度?$")
# A congress held in December reviews the year it sits in and plans the next: （2012年12月28日）, 2012年工作回顾.
_DECEMBER = LazyPattern(r"年[^\S\n]*(?:12|十二)[^\S\n]*月")
_DECEMBER_DATE = LazyPattern(rf"(?P<year>{YEAR})[^\S\n]*年[^\S\n]*(?:12|十二)[^\S\n]*月")
TITLE_LINES = 5  # how many top lines a title may open
REVIEW_CHARS = 6000  # where a review says which year it reviews
PLAN_YEAR_REACH = 80  # how soon after "2015年是…" a 今年 makes it the year planned
# A date line that gives no day: ——2026年1月在余杭区第十六届人民代表大会第六次会议上.
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九元])"
_MONTH_DATE_LINE = LazyPattern(
    rf"(?m)^[^\S\n]*[^\w\n]{{0,4}}[^\S\n]*(?P<year>{YEAR})[^\S\n]*年[^\S\n]*{_MONTH}[^\S\n]*月[^\S\n]*在[^\n]{{0,40}}会议")
_MONTH_LINE = LazyPattern(  # （2017年10月）, 2013年1月, 二○一五年七月
    rf"(?m)^\s*[（(]?\s*(?P<year>(?:19|20)\d\d)\s*年\s*{_MONTH}\s*月\s*[)）]?\s*$")
_PLAN_HEADING = LazyPattern(
    rf"(?m)^[^\S\n]*[一二三四五六七八九十]+、[^\S\n]*(?P<year>{YEAR})年(?:经济社会发展的?|全[省市区县]|政府)?"
    r"(?:主要)?(?:预期)?(?:目标|工作(?:安排|任务|部署|建议))")
# A title on one year's economy, written after it (2015年全市经济运行情况分析): given the year after.
_YEAR_REVIEW_TITLE = LazyPattern(rf"(?m)^[^\S\n]*(?P<year>{YEAR})[^\S\n]*年[^\S\n]*(?:全[省市区县州盟旗]|我[省市区县])?(?:国民)?经济"
                                 r"(?:社会发展)?(?:运行)?(?:情况|形势)?的?(?:分析|综述|简析|回顾|述评)[^\S\n]*$")
_REVIEW_YEAR = LazyPattern(rf"(?P<year>{YEAR})年(?:是|政府工作回顾|工作回顾|的工作回顾)")
_CONGRESS = LazyPattern(
    # (or a news lead: 1月7日上午,潍坊市第十七届…开幕; 本报讯(记者…)1月30日上午,河南省第十一届…; …拉萨1月19日电(记者…)西藏…;
    # 本报讯(记者…)昨天上午,余杭区第十五届…; 7月30日,佛山市第十六届人大常委会…)
    r"(?:在|(?:^|\n)[^\n。]{0,40}?(?:(?:\d{1,2}月\d{1,2}日|昨天|昨日|今天|今日|同日|当日)(?:上午|下午)?[,，]"
    r"|\d{1,2}月\d{1,2}日电\s*\([^()\n]{0,30}\))\s*)"
    r"(?P<place>(?!提交|提请|报请|听取|审议)(?:(?!在|会议|人大|人民代表)[^\s,，。:;]|[^\S\n]*\n[^\S\n]*(?=\p{Han})){0,24}?)"
    r"\s*第?[一二三四五六七八九十百]+届\s*"  # (not 提交市十六届人大…: what the report was sent to)
    r"(?P<national>全国)?\s*"
    r"(?:人民\s*代表\s*大会|人大[一二三四五六七八九十]+次|人大常委会)")  # (a PDF's line may wrap inside the place: 黔东南苗族侗 ⏎
# 族自治州; or inside the congress: 第十八届人民 ⏎ 代表大会)
# A news lead opening on the congress itself (【本网讯】湖南省第十四届人民代表大会第二次会议1月21日在长沙开幕; 珠海市第十届
# 人民代表大会第六次会议2日开幕)
_CONGRESS_LEAD = LazyPattern(r"(?m)^[^\S\n]*(?:[【\[][^】\]\n]{1,8}[】\]]|本报讯)?[^\S\n]*(?P<place>(?![全我本])\p{Han}{2,12}?(?:省|自治区|市|区|县|旗|州|盟))"
                             r"第[一二三四五六七八九十百]+届人民代表大会第[一二三四五六七八九十]+次会议[^\n。]{0,16}?(?:开幕|召开|闭幕|举行)")
# A news agency's dateline (新华社杭州1月13日电): no place of the report.
_NEWS_AGENCY = r"新华社|中新社|新华网|人民网|央视网?|中央社|中通社"
# A title from the State Council or the national statistics bureau (国务院关于…计划执行情况的报告; 国家统计局
# 新闻发言人介绍上半年国民经济运行情况), not from a province's survey team (国家统计局湖北调查总队).
_NATIONAL_TITLE = LazyPattern(r"(?m)^[^\S\n]*(?:国务院(?!\p{Han}{0,8}(?:部|委|办公厅|办))|国务院新闻办公室|国务院新闻办"
                              r"|国家统计局(?!\p{Han}{1,8}调查(?:总)?队))")
# A digest telling that the premier gave the report (国务院总理李克强代表国务院作政府工作报告), or that a ministry
# gave the State Council's (受国务院委托,财政部5日向十二届全国人大三次会议提交…): the nation's.
_GIVEN_FOR_THE_NATION = LazyPattern(r"国务院总理(?:\p{Han}{2,3})?(?:代表国务院)?(?:向大会)?作(?:了)?政府工作报告|受国务院委托")
_ON_BEHALF = LazyPattern(r"我代表\s*(?P<place>[^\s,，。:;]{2,20}?)\s*人民政府")
_TITLED = LazyPattern(
    rf"(?:(?:{YEAR})年\s*(?P<place>\p{{Han}}{{2,12}}?)|(?P<place>\p{{Han}}{{2,12}}?)\s*(?:{YEAR})年)\s*政府工作报告")
# A title that opens with the region: 关于浦江区2019年上半年工作情况的报告, 长丰县前三季度经济运行情况报告 (after a
# reprint's label, in a report's title: 【注音读本】长葛市人民政府关于…的报告; not a link box's, 【链接】江州市一季度…)
# (not 受县人民政府委托,现将…报告如下: the government that asked for it; nor a sentence: 这次省政府全体会议的主要任务是,…;
# nor a headline on the congress: 市人大常委会听取市政府上半年工作情况报告; nor the brief a report answers:
# 按照省政府工作安排,现将…报告如下).
_TITLE_PLACE = LazyPattern(
    rf"(?m)^\s*(?:【[^】\n]{{1,12}}】(?=[^\n]*报告)\s*)?"  # (a reprint's label)
    rf"(?:[^\n—]{{4,30}}——)?(?:关于)?(?:(?:{YEAR})\s*年\s*{_PERIOD}?)?"  # (a headline's subtitle after its dash)
    rf"(?P<place>(?![全我本受这该此]|关于|按照|根据|依照|遵照|{_NEWS_AGENCY})(?:(?![年月季在]|作(?:政府|工作|报告)|召开|今天|政府|人大|常委|听取|审议)\p{{Han}}){{1,16}}(?<![全我本])(?:省|市|区|县|旗|州|盟))(?![长委])"  # (not 关于印发郭宝成县长…讲话: a head's title)
    rf"(?:人民政府)?\s*(?:召开)?\s*(?:(?:{YEAR})\s*年)?\s*"
    rf"{_PERIOD}?\s*[^\n,，。]{{0,40}}?\n?[^\S\n]*[^\n,，。]{{0,8}}?(?:工作|报告|经济运行|主要经济指标|经济形势|发展情况|执行情况)")  # a title may wrap
# The report's title quoted in a news lead (…听取了…所作的《关于芜湖市2024年上半年国民经济和社会发展计划执行情况的报告》)
_QUOTED_TITLE = LazyPattern(rf"《关于(?P<place>(?![全我本])\p{{Han}}{{2,16}}?(?:省|市|区|县|旗|州|盟))(?:{YEAR})\s*年[^》\n]{{0,40}}报告》")
# A speech's title naming the meeting's place (在廊坊经济技术开发区2003年工作会议上的报告, 在江宁区上半年经济形势
#分析会上的讲话; its dated byline: ——2023年2月16日在临港新片区2023年工作会议上; a league's, whose congress has a work
# committee: ——2013年1月8日在锡林郭勒盟人大工委十届三次全体(扩大)会议上); not 在全市…, 在省委…: no place,
# or a body of the place.
_MEETING_TITLE = LazyPattern(
    rf"(?m)^\s*(?:[—-]{{1,2}}\s*(?:{YEAR})年\d{{1,2}}月\d{{1,2}}日\s*)?在\s*(?P<place>(?![全我本])\p{{Han}}{{1,14}}?(?:省|市|区|县|旗|州|盟))(?![委长])\s*(?:(?:{YEAR})\s*年)?"
    r"(?:\p{Han}|\(\p{Han}{1,4}\)){0,16}?(?:会议|大会|会)上(?:的(?:工作)?(?:讲话|报告)|[^\S\n]*$)")  # (全体(扩大)会议)
# A news lead on the government's or a zone's work meeting (本报讯2月21日,长春经济技术开发区召开2005年工作会议)
_MEETING_LEAD = LazyPattern(
    rf"(?:^|\n)[^\n。]{{0,40}}?\d{{1,2}}月\d{{1,2}}日(?:上午|下午)?[,，]?\s*(?P<place>(?:(?!在)\p{{Han}}){{2,16}}?(?:省|市|区|县|旗|州|盟))"
    rf"\s*召开(?:{YEAR})年(?:度)?\p{{Han}}{{0,6}}?工作(?:会议|大会)")
# A line of its own naming the government or the party's committee (江宁区人民政府; 中共晋江市委办公室; a zone's 芜江经济技术开发区管委会主任 刘长青, or its head's titles in the party's working committee too; 发文机关:衢州市人民政府; 曲靖市人民政府市长 王某, 德阳市人民政府副市长 刘某),
# or its statistics bureau, maybe in a bulletin's header (义乌市统计局编 ⎵⎵ 2017年7月21日; 阜阳市统计局 统计分析 ⎵⎵ 2021年第38期)
# or a page's byline (东港区统计局2011年7月22日 ⎵⎵【大 中 小】).
_GOVERNMENT_LINE = LazyPattern(
    r"(?m)^\s*(?:(?:发文(?:机关|单位)|来源)\s*[:：]\s*)?(?:中共)?(?P<place>\p{Han}{2,16}?)"
    r"(?:人民政府(?:副?(?:[省市区县州旗]长|主席|代?市长|代?县长|代?区长))?[^\S\n]*(?!公报)\p{Han}{0,4}"  # (a gazette: below)
    r"|行政公署(?:专员|盟长)?[^\S\n]*\p{Han}{0,4}"  # (a prefecture's or a league's government: 阿里地区行政公署)
    r"|人民政府办公室(?:文件)?(?:[^\S\n]{2,}[^\n]{1,40})?"  # (a bulletin's header: 双流县人民政府办公室 ⎵⎵ 领导讲话〔2011〕第23期)
    r"|(?<=[市县区旗州盟])委(?:员会)?(?:办公室|书记|副书记)(?:[^\S\n]+[^\n]{1,40})?"  # (中共晋江市委书记 陈荣华)
    r"|(?<=区)(?:管委会|管理委员会)(?:主任)?[^\S\n]*\p{Han}{0,4}"
    r"|(?<=[省市区县州旗盟])(?:副|代)?(?:[省市区县州旗盟]长|主席)[^\S\n]+\p{Han}{2,4}"  # (a speech's 吉林市市长  刘志军)
    r"|(?<=区)党工委(?:副)?书记、(?:管委会|管理委员会)主任[^\n]{0,60}"  # (长春新区党工委副书记、管委会主任 刘志坤 | 2017-10-16)
    r"|统计局(?:编印?|主办)?(?:[^\S\n]*\d{4}年\d{1,2}月\d{1,2}日)?(?:[^\S\n]+[^\n]{1,40})?|发展和改革委员会|发展改革委员会|发改委)(?:[^\S\n]*\d{4}年\d{1,2}月\d{1,2}日)?\s*$")
# the longest unit: 新乡市, not 新乡 (乡 ends a unit only when no 市/县/区 follows, nor 族: 东乡族自治县);
# 州 ends one only at the end (西双版纳州, not 杭州 of 杭州湾新区)
_ADMIN_UNIT = LazyPattern(
    r"(?:(?![月季在]|年(?<!万年)|作(?:政府|工作|报告))\p{Han})+?(?:特别行政区|自治区|自治州|自治县|省|市|地区|盟|区|县|旗|镇|乡|州$)"
    r"(?![市县区旗族])")  # (焦作市: 作 only as in 作政府工作报告; 万年县: 年 in its name)
_HIDDEN = LazyPattern(r"[xX×*＊某]")
# A page's site name above a report that names no place: 长兴统计信息网, 攸县统计信息网, 宝山门户网 (not a
# national site's: 人民网, 新华网, 中国政府网)
# (or a page's title's, after its headline: _定兴县人民政府, _襄阳市统计局; or a site's banner before its menu: 江西省人民政府 简体 | 繁体,
# or its column: 福建省人民政府 领导讲话 …; or the government's gazette's masthead: 河北省人民政府公报 ⎵⎵ 2016年第22期)
_SITE_NAME = LazyPattern(r"(?m)^\s*(?:(?:您现在的|当前|现在|所在)位置\s*[:：]\s*)?"  # (a breadcrumb's first step)
                         r"(?P<title>(?:[_|]|[-—](?=[^\S\n]))[^\S\n]*)?(?P<place>(?!人民|新华|中国|中央|光明|央视|中新|国际|经济|财经)\p{Han}{2,12}?)"
                         r"(?:统计信息网|统计网|(?P<news>新闻网)|人民政府(?:门户)?网站?|政府(?:门户)?网站?|门户网站?"
                         r"|(?(title)(?:(?:人民)?政府|统计局)[^\S\n]*$|(?!))|(?:人民政府|行政公署)(?=[^\S\n]+[^\n|]{0,12}[|｜])"
                         r"|人民政府公报|人民政府(?=[^\S\n]+\p{Han}{2,6}[^\S\n])"
                         r"|人大(?:网|常委会网站?)?(?=[^\S\n]*$))")  # (安吉人大: the congress's site, on a line of its own)
_NO_NAME = {"自治区", "自治州", "自治县", "地区", "全省", "全市", "全区", "全县", "本市", "本区", "本县"}  # a level, no place
# A line of a site's links to other pages (相关文章:2016年…政府工作报告…): their titles are not this report's.
# (上一篇: may follow a breadcrumb a converter joined it to; a list of links may be bulleted: · 2018年…简析)
_LINKS_LINE = LazyPattern(r"(?m)(?:^\s*(?:(?:相关|推荐|延伸|热点|热门|最新|精彩)\p{Han}{0,3}[:：]|相关(?:文章|链接|阅读|新闻|信息)"
                            r"|推荐阅读|延伸阅读|热点文章|热门文章|上一篇|下一篇|[·・•▪►])"
                            r"|(?:上一篇|下一篇|相关链接)\s*[:：])[^\n]*$")

# Where a page's list of other pages' links opens after the report (延伸阅读:, 相关新闻, ■相关链接, a newspaper's 本版其他文章:, a pager's
# 上一篇:, a box's 【链接】 or 【…速览】): their headlines carry figures of other regions and years. Looked for in
# the second half of the text only (a menu above the report may have such a line).
# (and readers' comments under a page, 读者评论(3), 精选留言, 💬 留言区, whose running text restates or distorts figures; and a learning
# reprint's exercises after the text: 练习, 讲义练习:把下面句子中的数字读出来…, 【课后练习】(供…使用), 〔读后练习〕, 生词, 参考答案, 【思考题】,
# whose items restate or distort figures;
# a page's 【解读】 of the report after it, which restates last year's outcomes among the goals;
# not an annex of terms, 名词解释, which may explain the report's own goals: 到2025年,…全市GDP超过5000亿元)
_LINKS_AFTER = LazyPattern(r"(?m)^[^\S\n]*(?:[■□●◆◇▲△★☆►▶◎]|[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?[^\S\n]*)?(?:[【\[]?(?:相关(?:文章|链接|阅读|新闻|信息|报道|专题)|推荐阅读|延伸阅读|热点文章|热门文章"
                           r"|我要评论|往期(?:推荐|回顾|精彩)|精彩推荐|猜你喜欢|更多精彩|上一篇|下一篇|本版(?:其他|其它)(?:文章|新闻|稿件)|本版导读)[】\]]?|[【\[][^【】\[\]\n]{0,12}(?:链接|速览|一览)[】\]]"
                           r"|(?P<comments>(?:读者|网友|精选|热门|全部|最新)(?:评论|留言)(?:区|板)?(?:\(\d+\))?|(?:评论|留言)(?:区|板))"
                           r"|(?P<exercises>[【\[〔(]?(?:课后练习|读后练习|讲义练习|课堂练习|练习题?|生词表?|参考答案|思考题|阅读与思考)[】\]〕)]?"
                           r"|[【\[](?:政策|报告|文字|图文)?解读[】\]]))[^\S\n]*(?:[:：]|$|(?<=[】\]〕)])\S*)")
_SENTENCES_AFTER_LINKS = 2  # (headlines hold no 。: a marker with running text after it is no list of links)

# Inside the page too: a block of links (【相关阅读】 then · items) and a ticker line (滚动新闻:…), whose
# headlines are other pages'.
_LINKS_BLOCK = LazyPattern(r"(?m)^[^\S\n]*[【\[]?(?:相关(?:阅读|新闻|链接|文章|报道|专题)|延伸阅读|推荐阅读"
                           r"|\p{Han}{0,4}(?:新闻|文章|点击|阅读)排行榜?)(?:[】\]][^\n。:：]{0,24})?[^\S\n]*[:：]?[^\S\n]*\n"
                           r"(?:[^\S\n]*(?:[·・•▪►]|\d{1,2}[.、])[^\n]*(?:\n|$))+")  # (家乡新闻排行 ⏎ 1.晋江:…突破40亿元)
# (the block's title may follow its marker: 【延伸阅读】苏州各市区两会速览 ⏎ ・张家港:…)
_TICKER = LazyPattern(r"(?m)^[^\S\n]*[【\[]?(?:滚动新闻|滚动播报|最新消息|热点新闻|今日关注|头条新闻|快讯|相关(?:新闻|阅读|链接|文章|报道)"
                      r"|延伸阅读|推荐阅读|热门(?:文章|新闻)?)[】\]]?[:：][^\S\n]*\S[^\n]*$")  # (相关新闻:… | …: links on one line)

# A newspaper's page with a story on another region's report after the report's own (本报讯(记者…)2月21日,在封丘县第十二届
# 人民代表大会…上,…): from that story's headline to the next story, another region's words
# (or a second dispatch's headline, its lead on the line after: ■另讯 北仑区:… ⏎ 同日,北仑区第十七届…)
_STORY_LEAD = LazyPattern(r"(?m)^[^\S\n]*(?:本报讯|本网讯|[【\[]\p{Han}{0,4}讯[】\]]|(?P<another>[■□●◆▲]?[^\S\n]*另讯))")
_SHOWN = LazyPattern(r"\S", stdlib=True)
_HEADLINE_LINES = 3  # how many short lines above a story's lead its headline takes
_HEADLINE_CHARS = 24

_LINK_WORDS = ("相关", "阅读", "热点", "热门", "评论", "留言", "练习", "生词", "答案", "思考题", "往期", "推荐", "猜你喜欢", "精彩", "解读",
               "排行", "上一篇", "下一篇", "链接", "速览", "一览", "本版")
_TICKER_WORDS = ("滚动", "最新消息", "热点新闻", "今日关注", "头条", "快讯", "相关", "阅读", "热门")

NATIONAL = "全国"  # the region of a report to the National People's Congress


@dataclass
class ReportContext:
    region: str
    year: int | None  # the year the report was given (annual) or covers (half-year)
    half_year: bool  # a report on part of a year (most often the first half): see `covers`
    covers: str = "FY"  # the period its outcomes cover
    parts: list[Part] = field(default_factory=list)
    year_signal: str = ""  # which signal set the year, for `explain`
    given: int | None = None  # the year it was given in, which it calls 今年 (the year before `year` in December)
    month: int | None = None  # the month it was given in, when its date line or stamp says
    level: str = ""  # with no region found, the level it speaks of itself at (县 for 全县, 我县…)
    alias: str = ""  # the region's other name, one body written both ways (新区(黄岛区): 新区 of 黄岛区)
    body_end: int | None = None  # where what follows the report opens (other pages' links, a reprint's exercises)
    asides: list[tuple[int, int]] = field(default_factory=list)  # other pages' headlines inside the page
    year_columns: list[tuple[int, int]] = field(default_factory=list)  # rows under heads of different years
    noted_years: tuple[tuple[str, int], ...] = ()  # names a note dates to a year of their own (…为2024年数据)
    _starts: list[int] = field(default_factory=list, repr=False)  # of the parts, for bisect

    @property
    def unread(self) -> list[tuple[int, int]]:
        """The spans no sentence is read from (the tables' rows are read by their columns)."""
        return sorted(self.asides + self.year_columns)

    def part_at(self, offset: int) -> Part:
        if len(self._starts) != len(self.parts):
            self._starts = [p.start for p in self.parts]
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.parts[index] if index >= 0 else Part(0, "actual", None)

    def default_year(self, kind: str, heading_year: int | None) -> int | None:
        if heading_year:
            return heading_year
        if self.year is None:
            return None
        if self.half_year:
            return self.year
        return self.year if kind == "target" else self.year - 1

    def default_period(self, kind: str) -> str:
        return self.covers if kind == "actual" else "FY"


def _shortest_place(place: str) -> str:
    place = "".join(place.split()).rpartition("关于")[2]  # 深圳市人民政府关于深圳市…: the place after 关于
    place = place.removeprefix("中共")  # (中共江北市委办公室: the party's committee of the place)
    if not place or _HIDDEN.search(place):
        return ""
    units = _ADMIN_UNIT.findall(place)
    # (各县、自治县、区(市)人民政府: a circular's addressees, every county, no place)
    return units[-1] if units and units[-1] not in _NO_NAME and not units[-1].startswith("各") else ""


_SELF = LazyPattern(r"[全我](?P<level>省|自治区|市|区|县|旗|盟|州)")
# (or the government's own meeting, the congress it is given at, or the head's title that signs the speech: 在区政府第三次
# 全体会议…上的讲话, 市十二届人大三次会议开幕, 区长 杨帆)
_ON_BEHALF_OF_LEVEL = LazyPattern(r"(?m)我代表(?P<level>省|自治区|市|区|县|旗|盟|州)人民政府"
                                  r"|在(?P<level>市|区|县|旗|盟|州)(?:人民)?政府第?[一二三四五六七八九十\d]*次?全体(?:\(扩大\))?会议"
                                  r"|(?<![\p{Han}])(?P<level>省|市|区|县|旗|盟|州)[一二三四五六七八九十]{1,3}届人大[一二三四五六七八九十]{1,2}次会议"
                                  r"|^[^\S\n]*(?P<level>省|市|区|县|州)长[^\S\n]+\p{Han}")
_HIDDEN_PLACE = LazyPattern(r"(?<!\p{Han})(?:[xX×*＊]{1,4}|某某?)(?P<level>省|自治区|市|区|县|旗|盟|州)(?:人民政府|\d{4}年|政府工作报告|上半年)")
_RANK = {"县": 0, "区": 0, "旗": 0, "市": 1, "州": 1, "盟": 1, "省": 2, "自治区": 2}


def own_level(text: str) -> str:
    """The level a report speaks of itself at, when it names no place: 我代表县人民政府, or the
    lowest of the 全X and 我X it writes (a county's report quotes 全省 and 我市 too, but no report
    speaks of a part of itself as 全县 or 我县)."""
    found = _ON_BEHALF_OF_LEVEL.search(text, 0, HEAD_CHARS) or _HIDDEN_PLACE.search(text, 0, HEAD_CHARS)
    if found:
        return found.group("level")  # (我代表县人民政府; xx区2017年政府工作报告: a hidden name says its level)
    written = [found.group("level") for found in _SELF.finditer(text)]
    levels = set(written)
    if "区" in levels and levels & {"市", "州", "盟"}:
        return ""  # 全区 and 全市: a district of a city, or a city of an autonomous region?
    if not levels:
        return ""
    # (全市 and 全州 both, of one rank: the one it writes most, the first written of equals; never the order of a set)
    lowest = min(_RANK[level] for level in levels)
    return max((level for level in levels if _RANK[level] == lowest),
               key=lambda level: (written.count(level), -written.index(level)))


def find_region(head: str) -> str:
    if _NATIONAL_TITLE.search(head, 0, _end_of_line(head, TITLE_LINES)) or _GIVEN_FOR_THE_NATION.search(head):
        return NATIONAL
    found = _CONGRESS.search(head)
    if found:
        if found.group("national"):
            return NATIONAL
        place = _shortest_place("".join((found.group("place") or "").split()))
        if place:  # (else 在自治区第十二届…: the title or the signature may say which)
            # a new area whose report the district's congress hears (大连金普新区2025年政府工作报告, 在…金州区…人民代表大会)
            return _new_area_titled(head) or place
    zone_kind = ""  # (在经开区党工委(扩大)会议上: a zone called by its kind, which a later line may name in full)
    for pattern in (_ON_BEHALF, _TITLED, _TITLE_PLACE, _MEETING_TITLE, _GOVERNMENT_LINE, _MEETING_LEAD, _QUOTED_TITLE,
                    _CONGRESS_LEAD):
        # a title opens one of the top lines (a page's running header may stand above it)
        end = _end_of_line(head, TITLE_LINES + 1) if pattern in (_TITLE_PLACE, _MEETING_TITLE) else len(head)
        for found in pattern.finditer(head, 0, end):
            place = _shortest_place(found.group("place"))
            if place:
                place = _zone_named_in_full(head, place)
                if not zone_kind and place not in _ZONE_WORD:
                    return place
                if zone_kind and place.endswith(tuple(_ZONE_WORD)) and place not in _ZONE_WORD:
                    return place  # (青山经济技术开发区管理委员会, its issuing body's line)
                zone_kind = zone_kind or place
    return zone_kind


_ZONE_WORD = {"园区", "新区", "开发区", "高新区", "经开区", "片区", "高新技术产业开发区", "经济技术开发区", "经济开发区"}


# The region written after another name, in brackets (新区(黄岛区)深入贯彻…): one body, two names. (Not the region
# first: 嘉兴经济技术开发区(国际商务区) names an area inside it as well, 国际商务区完成固定资产投资52亿元.)
_ALIAS = LazyPattern(r"(?P<first>\p{Han}{0,10}(?:新区|开发区|园区|区|县|市))\((?P<second>\p{Han}{1,10}(?:新区|开发区|园区|区|县|市))\)")


def find_alias(head: str, region: str) -> str:
    """The region's other name, written before it with the region in brackets, or ""; or the part it runs
    directly when the title names that (伊犁州直2019年上半年经济运行情况: the report's whole is 州直)."""
    if region[-1:] in "州盟" and f"{region}直" in head[:_end_of_line(head, TITLE_LINES + 1)]:
        return region[-1] + "直"
    return next((found.group("first") for found in _ALIAS.finditer(head)
                 if found.group("second") == region and found.group("first") != region), "")


def _zone_named_in_full(head: str, place: str) -> str:
    """A zone's full name when its title calls it by its kind alone (苏州工业园区管理委员会 ⏎ 关于园区2021年…的报告:
    苏州工业园区), as a line of the issuing body at the top writes it (昆山经济技术开发区管委会办公室编 ⎵⎵ 2008年2月18日; a
    page's masthead, 淮安经济技术开发区管理委员会 2011年7月20日 星期三), or the meeting it was given at;
    else `place`."""
    if place not in _ZONE_WORD:
        return place
    # (or as the meeting it was given at names it: ——2024年2月6日在天津经济技术开发区2024年工作会议上)
    meeting = regex.search(rf"在(?P<zone>\p{{Han}}{{2,12}}?{place})(?=(?:19|20)\d\d年|第|[^\n,。]{{0,12}}会议)",
                           head[:_end_of_line(head, TITLE_LINES + 2)])
    full = regex.search(rf"(?m)^[^\S\n]*(?P<zone>\p{{Han}}{{2,12}}?{place})(?P<body>管理委员会|管委会|人民政府|工作委员会)?"
                        r"(?:办公室编?)?(?:[^\S\n]{2,}[^\n]*|(?(body)[^\S\n]?(?:19|20)\d\d年[^\n]*|(?!)))?$",
                        head[:_end_of_line(head, TITLE_LINES + 1)])
    return full.group("zone") if full else meeting.group("zone") if meeting else place


def _new_area_titled(head: str) -> str:
    """The new area a title names as the report's (…新区2025年政府工作报告), or ""."""
    end = _end_of_line(head, TITLE_LINES + 1)
    for pattern in (_TITLED, _TITLE_PLACE):
        for found in pattern.finditer(head, 0, end):
            if found.group("place").endswith("新区"):
                return _shortest_place(found.group("place"))
    return ""


def _site_region(head: str, text: str) -> str:
    """The place a page's site is named for, when the report names none: with its level as the report
    speaks of itself (长兴统计信息网 and 全县…: 长兴县), unless a news site's name has none of its own."""
    found = _SITE_NAME.search(head, 0, _end_of_line(head, TITLE_LINES))
    if found is None:
        return ""
    place = found.group("place")
    level = own_level(text)
    if place.endswith(("镇", "乡")):  # (东莞市虎门镇人民政府 above a town's report that says 全市 of its city: the town)
        return _shortest_place(place)
    if place.endswith(("省", "市", "县", "区", "旗", "盟", "自治州", "地区")):  # (not 嵊州统计信息网: 嵊州市)
        # (not a city's site above a county's speech that says 全县: …_保定市人民政府)
        return "" if level and not place.endswith(level) else _shortest_place(place)
    if place.endswith("州") and level == "州" and not found.group("news"):
        return place  # (阿坝州人民政府 above a report that says 全州: a prefecture; 嵊州 saying 全市 is a city)
    # (not a news site's: 邢台新闻网 carries its counties' news too; nor 全区 of an autonomous region, whose full name
    # the site's short one does not give: 宁夏人大网 above 在自治区第十二届人民代表大会…)
    if level == "区" and "自治区" in text[:HEAD_CHARS]:
        return ""
    return _shortest_place(place + level) if level in ("县", "市", "区", "旗") and not found.group("news") else ""


_NUMBERED_HEADING_LINE = LazyPattern(r"(?m)^[^\S\n]*[一二三四五六七八九十]{1,3}、")


def _other_regions_stories(text: str, region: str) -> list[tuple[int, int]]:
    """The spans of a page's stories after its first whose leads name another region's congress."""
    if not region or region == NATIONAL or "讯" not in text:
        return []
    found = list(_STORY_LEAD.finditer(text))
    leads = [m.start() for m in found]
    starts = [_headline_start(text, lead) for lead in leads]
    spans = []
    for k in range(len(leads)):
        if k == 0 and not found[k].group("another"):
            continue  # the page's first story: the report's own
        line_end = text.find("\n", leads[k])
        if found[k].group("another") and line_end != -1 and (lead := _SHOWN.search(text, line_end)):
            line_end = text.find("\n", lead.start())  # (its lead: the next line that is not blank)
        congress = _CONGRESS.search(text, max(0, leads[k] - 1), len(text) if line_end == -1 else line_end)
        place = _shortest_place(congress.group("place")) if congress and not congress.group("national") else ""
        if place and place not in region and region not in place:
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            # (up to the report's next numbered heading, when a column of the page set the story inside the report)
            heading = _NUMBERED_HEADING_LINE.search(text, line_end if line_end != -1 else len(text), end)
            spans.append((starts[k], heading.start() if heading else end))
    return spans


def _headline_start(text: str, lead: int) -> int:
    """Where the headline above a story's lead line starts: its short lines, less the blank ones."""
    start = text.rfind("\n", 0, lead) + 1
    for _ in range(_HEADLINE_LINES + 2):
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        line = text[above:start].strip()
        if start == 0 or len(line) > _HEADLINE_CHARS or "。" in line:
            break
        start = above
    return start


def _city_for_bare_name(region: str, text: str) -> str:
    """A city whose name ends in 州 when a headline writes it bare (泉州前三季度经济运行…) and the report
    itself writes it as a city (泉州市坚持…, 全市): `region` with 市, else `region`."""
    if (region.endswith("州") and not region.endswith("自治州") and own_level(text) == "市"
            and f"{region}市" in text):
        return f"{region}市"
    return region


def _end_of_line(text: str, lines: int) -> int:
    """Where the text's first `lines` lines with words end (a PDF's text is spaced by blank lines)."""
    at = -1
    while lines:
        start, at = at + 1, text.find("\n", at + 1)
        if at == -1:
            return len(text)
        lines -= not text[start:at].isspace() and at > start
    return at


# The National People's Congress's term and session say its year (十四届全国人大一次会议: 2023), for a digest that
# writes no year of its own.
_NATIONAL_SESSION = LazyPattern(r"第?(?P<term>九|十[一二三四五]?)届全国人(?:民代表)?大(?:会)?第?(?P<session>[一二三四五])次会议")


def _one_line(signal: str) -> str:
    """A signal as explain shows it: one line (a title may wrap), 40 characters at most."""
    return " ".join(signal.split())[:40]


def find_year(head: str, half_year: bool, opening: str = "") -> tuple[int | None, str, int | None]:
    """The year of the report (given in, or covering), the signal it was read from, and the year
    it was given in; `opening`, the first REVIEW_CHARS of the text, tells a December congress
    (it reviews the year it sits in: the report's year is the next)."""
    signals = (("date line", _DELIVERY_LINE, 0), ("date line", _DATE_LINE, 0), ("date line", _GLUED_DATE_LINE, 0),
               ("date line", _MONTH_DATE_LINE, 0),
               ("title", _TITLE_YEAR, 0), ("title of a year's review", _YEAR_REVIEW_TITLE, 0 if half_year else 1),
               ("national congress session", _NATIONAL_SESSION, 0),
               ("metadata 发文时间", _META_DATE, 0), ("document number", _DOCUMENT_NUMBER, 0),
               ("review opening", _REVIEW_YEAR, 0 if half_year else 1),
               ("a date", _ANY_DATE, 0), ("a month line", _MONTH_LINE, 0),
               ("an issue's stamp", ISSUE_STAMP, 0))  # (统计分析(2016年第9期): the year it came out, a last resort)
    for name, pattern, shift in signals:
        for found in pattern.finditer(head):
            year = (session_year(found.group("term"), found.group("session")) if pattern is _NATIONAL_SESSION
                    else read_year(found.group("year")))
            if not year:
                continue
            if (name == "date line" and not half_year and _DECEMBER.search(found.group())
                    and ("明年" in opening or f"{year + 1}年" in opening
                         or any(read_year(m.group("year")) == year for m in _REVIEW_YEAR.finditer(opening)))):
                return year + 1, f"{name} in December, reviewing {year}: {_one_line(found.group())}", year
            if shift and found.group().endswith("是") and (
                    "今年" in head[found.end():found.end() + PLAN_YEAR_REACH]
                    or "今年" in head[:found.start()]  # (…今年目标…。2024年是…关键一年。: a digest's close)
                    or any(read_year(date.group("year")) == year for date in _DATED_BEFORE_DECEMBER.finditer(head))) \
                    and not ((dated := _ANY_DATE.search(head, 0, found.start())) and read_year(dated.group("year")) == year + 1):
                # (but not on a page dated the year after: 2012-01-10 above 报告指出,2011年是…开局之年: 2011 reviewed)
                shift = 0  # 2015年是…收官之年。今年…: the year the plan part opens on, not the one reviewed (nor in a
                # bulletin dated 2008年2月18日: 2008年是… is the year it is given in)
            # (二○一四年十二月 above 一、2014年工作回顾: given in the December of the year it reviews, its 今年)
            given = year if shift and any(read_year(m.group("year")) == year for m in _DECEMBER_DATE.finditer(head)) \
                else year + shift
            return year + shift, f"{name}: {_one_line(found.group())}", given
    plans = None if half_year else _PLAN_HEADING.search(opening)  # no date anywhere: 三、2023年主要预期目标
    if plans and (year := read_year(plans.group("year"))):
        return year, f"the heading of its plan: {_one_line(plans.group())}", year
    return None, "", None


_LAST_MONTH = {"H1": 6, "Q1-Q3": 9, "Q1": 3, "M": 0}  # the last month a report on part of a year covers


def _month_given(head: str) -> int | None:
    """The month of the date line, or of a posting date, or of a page's stamp with a clock time, if any."""
    date = _DATE_LINE.search(head)
    month = (_MONTH_OF_DATE.search(date.group()) if date
             else _POSTED.search(head) or _STAMPED.search(head) or _MASTHEAD.search(head))
    return read_month(month.group(1)) if month else None


def _so_far_in_june(opening: str) -> str:
    """Whether the first clause-opening 上半年 or months so far of a text are to May (1—5月份,…: "5") or
    June ("6"), or ""."""
    found = _SO_FAR_OPENS.search(opening)
    return "" if found is None else "6" if found.group("last") in (None, "6", "六") else "5"


_MONTH_BEFORE_YUE = LazyPattern(r"(1[01]|十一|十|[2-9二三四五六七八九])\s*月")


def _body_period(words: str) -> str:
    if words in _BODY_PERIODS:
        return _BODY_PERIODS[words]
    last = read_month(_MONTH_BEFORE_YUE.search(words).group(1))
    return {3: "Q1", 6: "H1", 9: "Q1-Q3"}.get(last, f"M1-M{last}")


def _part_of_year(head: str, opening: str) -> str:
    """The period a report on part of a year covers, from its title, or from a date line of June
    to November and the period its body opens on (上半年,全区…); "FY" otherwise."""
    date = _DATE_LINE.search(head)
    delivered = _MONTH_OF_DATE.search(date.group()) if date else None
    delivered_month = read_month(delivered.group(1)) if delivered else None
    titles = []  # (where, period, match): the first title line wins (not a sidebar's link under it: 2018年上半年…)
    for period, pattern in _PART_OF_YEAR:
        for found in pattern.finditer(head[:TITLE_CHARS]):
            # (a page's link to another report, 2010年1-11月全县主要经济指标, above a report given in January)
            if delivered_month and delivered_month < _LAST_MONTH.get(period, 0) + (
                    int(found.group("last")) if period == "M" else 0):
                continue
            # (今年以来 names no half: a report given after the third quarter is on it, as its body says)
            if "今年以来" in found.group() and delivered_month and delivered_month >= _AFTER_THIRD_QUARTER:
                continue
            line_start = head.rfind("\n", 0, found.start()) + 1
            line_end = head.find("\n", found.start())
            # (a page's breadcrumb joined to the title line before its year: …> 统计分析2017年上半年全市经济运行情况)
            year_before = _TITLE_YEAR_BEFORE.search(head, line_start, found.start())
            line = head[year_before.start() if year_before else line_start:
                        line_end if line_end != -1 else len(head)].strip()
            if len(line) <= TITLE_LINE_CHARS and "。" not in line:
                titles.append((found.start(), period, found))
                break
    if titles:
        _, period, found = min(titles, key=lambda title: title[0])
        if period == "H1" and _month_given(head) == 6 and _so_far_in_june(opening) == "5":
            return "M1-M5"  # a half-year report given in June, on the figures of January to May
        return f"M1-M{found.group('last')}" if period == "M" else period
    month = _month_given(head)
    # annual reports are given from December to May (and reprinted any time: 政府工作报告 says which)
    if month and 6 <= month <= 11 and "政府工作报告" not in _PAGE_PATH_LINE.sub("", head[:TITLE_CHARS]):
        named = [_body_period(found.group("period")) for found in _BODY_PERIOD.finditer(opening)]
        # (the latest before the month it is given in: 一季度…;1-5月份…;预计上半年… in July, the half)
        done = [period for period in named if last_month(period) < month]
        if done or named:
            return max(done, key=last_month) if done else named[0]
    return "FY"


# A short cell or line opening on a year (2012年政府工作报告, 2013年目标): a column's head when the one beside
# it opens on another year (a digest setting this year's goals beside last year's), or on the same year with
# other words (2009年目标    2009年完成), not a title.
_CELL_GAP = r"(?:\t|[^\S\n]{2,})"
_YEAR_CELL = LazyPattern(rf"(?m)(?:^|{_CELL_GAP})[^\S\n]*(?P<cell>(?P<year>{YEAR})\s*年[^\n\t。，,]{{0,16}}?)"
                         rf"(?={_CELL_GAP}|[^\S\n]*$)")


def _year_heads(text: str) -> list[tuple[int, int, bool]]:
    """The column heads, as (start, end, in a row of cells)."""
    cells = [(m.span("cell"), read_year(m.group("year")), m.group("cell")) for m in _YEAR_CELL.finditer(text)]
    heads = []
    for (span, year, cell), (next_span, next_year, next_cell) in zip(cells, cells[1:]):
        between = text[span[1]:next_span[0]]
        if between.strip() or between.count("\n") > 1:
            continue
        in_row = "\n" not in between
        if year != next_year or (in_row and cell.strip() != next_cell.strip()):
            heads += [(*span, in_row), (*next_span, in_row)]
    return heads


def _without_column_heads(head: str) -> str:
    for start, end, _ in _year_heads(head):
        head = head[:start] + " " * (end - start) + head[end:]  # (offsets kept)
    return head


# A row of a table's cells with a figure: cells parted, or one short line with no clause in it (a converter
# may have joined the cells: 城镇新增就业900万人以上1102万人), not a paragraph.
_ROW = LazyPattern(rf"[^\S\n]*(?=[^\n]*\d)(?:\S[^\n]*?{_CELL_GAP}[^\n]*\S|[^\n,，。;；]{{1,40}})[^\S\n]*(?:\n|$)")


def _year_columns(text: str) -> list[tuple[int, int]]:
    """The rows under a row of heads (2012年政府工作报告\t2013年政府工作报告 over 生产总值增长8.5%\t生产总值增长8%;
    2009年目标    2009年完成 over 经济增长8%左右     8.7%): which year and kind each figure is of, only its
    column says, and a converter may have joined the cells; the lines with figures after the heads are not read."""
    spans = []
    for start, _, in_row in _year_heads(text):
        if not in_row or (spans and start < spans[-1][1]) or TABLE_HEADING.match(text, text.rfind("\n", 0, start) + 1):
            continue  # (指标 | 单位 | 2017年 | 2018年: a table's heading, its rows read by their columns)
        end = line_end_at(text, start)
        while end < len(text) and (row := _ROW.match(text, end + 1)):
            end = row.end() - (text[row.end() - 1] == "\n")
        spans.append((text.rfind("\n", 0, start) + 1, end))
    return spans


def read_context(text: str, shared: Shared, issue_year: int | None = None,
                 noted_years: tuple[tuple[str, int], ...] = ()) -> ReportContext:
    """`issue_year`: the year of a periodical's issue the page furniture stamps; `noted_years`: the names its notes
    date to a year of their own (normalize took both out)."""
    head = _without_column_heads(_LINKS_LINE.sub("", text[:HEAD_CHARS]))
    covers = _part_of_year(head, text[:REVIEW_CHARS])
    half_year = covers != "FY"
    year, signal, given = find_year(head, half_year, text[:REVIEW_CHARS])
    if year is None and issue_year:  # (the last resort: a report in a bulletin names its year nowhere else)
        year, signal, given = issue_year, f"the issue its pages are stamped with, {issue_year}年第…期", issue_year
    region = _city_for_bare_name(find_region(head) or _site_region(head, text), text[:REVIEW_CHARS])
    links = next((m for m in _LINKS_AFTER.finditer(text, len(text) // 2)
                  if m.group("exercises") or m.group("comments") or (text.count("。", m.end()) <= _SENTENCES_AFTER_LINKS
                                              and not _LINKS_BLOCK.match(text, m.start()))),  # (bulleted: an aside)
                 None) if any(w in text for w in _LINK_WORDS) else None
    asides = sorted(m.span() for pattern, words in ((_LINKS_BLOCK, _LINK_WORDS), (_TICKER, _TICKER_WORDS))
                    if any(w in text for w in words) for m in pattern.finditer(text))  # (a plain look first)
    if (path := _PAGE_PATH_LINE.search(head)) and path.start() > 0:
        asides.insert(0, (0, path.start()))  # a page's menus and side boxes before its path (当前位置:首页 > …)
    if path and (title := _TITLE_LINE.search(head, path.end())) and "。" not in head[path.end():title.start()]:
        asides.insert(0, (path.end(), title.start()))  # (…and between it and the title)
    asides = sorted(asides + _other_regions_stories(text, region))
    month = _month_given(head)
    return ReportContext(region, year, half_year, covers=covers, parts=find_parts(text, shared, year, half_year, month),
                         year_signal=signal, given=given, month=month, level="" if region else own_level(text),
                         alias=find_alias(head, region) if region else "",
                         body_end=links.start() if links else None, asides=asides,
                         year_columns=_year_columns(text), noted_years=noted_years)
