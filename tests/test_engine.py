"""How the engine reads sentences: lists, sub-items, shared figures, targets, years and periods."""
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from govreport_cli.api import extract_text
from govreport_cli.context import read_context
from govreport_cli.normalize import normalize
from govreport_cli.numbers import format_decimal
from govreport_cli.rules import cached_rules

_CHECKOUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # (for a fresh interpreter: this checkout's code)


def facts(text, **keep):
    rows = extract_text(text)
    return [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["unit"]) for r in rows
            if all(r[k] == v for k, v in keep.items())]


def test_respectively_deals_figures_to_the_names_in_order():
    text = "完成商品销售总额2100.5亿元、社会消费品零售总额480.2亿元,同比分别增长4.2%和11%。"
    assert sorted(facts(text)) == sorted([
        ("commodity_sales", "level", "actual", "2100.5", "亿元"),
        ("retail_sales", "level", "actual", "480.2", "亿元"),
        ("commodity_sales", "growth", "actual", "4.2", "%"),
        ("retail_sales", "growth", "actual", "11", "%"),
    ])


def test_respectively_with_a_count_that_does_not_match_gives_nothing():
    text = "完成商品销售总额2100.5亿元,同比分别增长4.2%和11%。"
    assert facts(text, measure="growth") == []


def test_sub_item_takes_the_growth_that_follows_it():
    text = "完成固定资产投资150亿元,其中完成工业投资40亿元,同比增长30.5%。"
    assert sorted(facts(text)) == sorted([
        ("fixed_asset_investment", "level", "actual", "150", "亿元"),
        ("industrial_investment", "level", "actual", "40", "亿元"),
        ("industrial_investment", "growth", "actual", "30.5", "%"),
    ])


def test_an_unlisted_sub_item_ends_the_parents_reach():
    text = "固定资产投资增长9%,其中民间投资增长15%。"
    assert facts(text) == [("fixed_asset_investment", "growth", "actual", "9", "%")]


def test_two_subjects_share_one_growth():
    text = "主要预期目标:工业投资和社会消费品零售总额增长8%。"
    assert sorted(facts(text)) == [("industrial_investment", "growth", "target", "8", "%"),
                                   ("retail_sales", "growth", "target", "8", "%")]


@pytest.mark.parametrize("text", [
    "固定资产投资增长20.1%,增速高于全市13.5个百分点。",
    "社会消费品零售总额总量位居全市第二。",
    "地区生产总值年均增长7.5%。",
    "五年累计完成固定资产投资3000亿元。",
    "地区生产总值比2010年翻一番。",
    "汽车产业完成规模以上工业产值1800亿元,同比增长9%。",
    "服务业增加值占地区生产总值比重达到60.5%。",
    "规模以上工业企业万元产值能耗同比下降4%。",
    "完成技改投资22亿元,同比增长1.5倍。",
    "人均地区生产总值达到12万元。",
    "文化产业增加值增长10%,工业增加值占比提高。",
])
def test_not_facts_about_the_indicator(text):
    kept = [f for f in facts(text) if f[0] not in ("industrial_value_added",) or "工业增加值占比" not in text]
    assert kept == [] or text.startswith("固定资产投资增长20.1%") and kept == [
        ("fixed_asset_investment", "growth", "actual", "20.1", "%")]


def test_a_paired_name_counts_only_after_its_partner():
    assert facts("实现合同利用外资6亿美元,实际到位资金2.5亿美元。", indicator="fdi_actual") == [
        ("fdi_actual", "level", "actual", "2.5", "亿美元")]
    assert facts("农业招商引资实际到位资金2.5亿元。") == []


def test_target_section_and_clause_cues():
    text = ("2019年工作回顾\n全区实现地区生产总值620亿元,增长7.1%。\n"
            "2020年工作安排\n地区生产总值增长7%左右。\n")
    rows = extract_text("——2020年1月8日在某区第一届人民代表大会上\n" + text)
    got = [(r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"]) for r in rows]
    assert got == [("actual", 2019, "620", ""), ("actual", 2019, "7.1", ""), ("target", 2020, "7", "approx")]
    assert facts("力争全年一般公共预算收入增长6%。") == [("general_budget_revenue", "growth", "target", "6", "%")]


def test_estimate_is_an_outcome():
    rows = extract_text("预计上半年居民人均可支配收入达到30125元。")
    assert [(r["kind"], r["qualifier"]) for r in rows] == [("actual", "estimate")]


def test_a_goal_the_plan_gives_as_an_estimate_keeps_the_estimate():
    # (the budget's figures for the year: OUTPUT.md's 预计 is estimate, of a goal too, and over 左右)
    text = ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n二、2024年经济社会发展总体要求和政策取向\n"
            "预计今年一般公共预算收入增长3.3%。全国财政收入预计增长5%左右。\n")
    rows = extract_text(text)
    assert [(r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"]) for r in rows] == [
        ("target", 2024, "3.3", "estimate"), ("target", 2024, "5", "estimate")]


def test_the_years_goal_a_half_year_report_quotes_after_its_figure_is_a_goal():
    text = ("江北市2020年上半年经济运行情况\n发布时间:2020-07-24\n上半年,全市经济稳步回升。总体看,消费恢复偏慢,"
            "对照全市生产总值增长9%左右的年度预期目标,下半年仍需加倍努力。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "target", 2020, "FY")]


def test_a_goal_quoted_after_low_or_high_is_the_years_with_its_own_words():
    text = ("江北市2020年上半年经济运行情况\n上半年,城镇登记失业率为2.96%,低于4.2%的年度控制目标。"
            "居民消费价格同比上涨2.1%,低于3%左右的调控目标。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"]), r["qualifier"], r["basis"])
            for r in extract_text(text)] == [
        ("unemployment_rate", "actual", "H1", "2.96", "", ""), ("unemployment_rate", "target", "FY", "4.2", "", ""),
        ("cpi", "actual", "H1", "2.1", "", "yoy"), ("cpi", "target", "FY", "3", "approx", "")]


@pytest.mark.parametrize("sentence, expected", [
    ("分季度看,国内生产总值增速分别为6.2%、7.9%、9.1%和10.7%。", ["Q1", "Q2", "Q3", "Q4"]),
    ("分季度看,一季度、上半年、前三季度国内生产总值分别增长6.2%、7.1%和7.7%。", ["Q1", "H1", "Q1-Q3"]),
    ("国内生产总值增长8.7%。从季度看,一季度、上半年、前三季度和全年分别增长6.2%、7.1%、7.7%和8.7%。", ["FY", "Q1", "H1", "Q1-Q3"]),
], ids=["by quarter, the quarters from the first", "by quarter, the periods named", "the periods with the year's, no name"])
def test_a_list_read_by_quarter(sentence, expected):
    text = f"国务院关于2009年国民经济和社会发展计划执行情况的报告\n一、2009年国民经济和社会发展计划执行情况\n{sentence}\n"
    assert [r["period"] for r in extract_text(text)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("全省生产总值增长12.7%。分季度看,前三季度全省生产总值增长13.1%,四季度受金融危机影响回落到11.2%。",
     [("FY", "12.7"), ("Q1-Q3", "13.1"), ("Q4", "11.2")]),
    ("上半年全省实现地区生产总值1655.8亿元,同比增长2.8%。分季度看,一季度增长4.1%,二季度受疫情影响增长1.7%。",
     [("H1", "1655.8"), ("H1", "2.8"), ("Q1", "4.1"), ("Q2", "1.7")]),
    ("上半年规模以上工业增加值同比增长6.3%,比上年同期加快9.2个百分点,其中6月份增长8.1%,为近三年来单月最高增速。",
     [("H1", "6.3"), ("M6", "8.1")]),
    ("上半年规模以上工业完成增加值869.4亿元,增长20.3%,为近八年来同期最高增幅;其中6月份增长22.1%。",
     [("H1", "869.4"), ("H1", "20.3"), ("M6", "22.1")]),
    ("前三季度全省地区生产总值增长2.6%。分阶段看,一季度增长5.3%,上半年增长2.8%,三季度当季增长1.9%。",
     [("Q1-Q3", "2.6"), ("Q1", "5.3"), ("H1", "2.8"), ("Q3", "1.9")]),
    ("前三季度全省规模以上工业增加值同比增长3.0%;受持续高温限电影响,8月当月下降11.6%,9月当月增长8.9%。",
     [("Q1-Q3", "3"), ("M8", "-11.6"), ("M9", "8.9")]),
], ids=["a quarter's fall, its cause between", "a quarter's change, its cause between",
        "a month's change after the acceleration of the figure before", "a month's change past an aside on several years",
        "by stage", "months after their cause's own clause"])
def test_a_periods_own_clause_after_words_on_the_figure_before(sentence, expected):
    head = ("2009年江北省政府工作报告\n一、2008年工作回顾\n" if "四季度" in sentence
            else "江北省人民政府关于2009年前三季度工作情况的报告\n一、前三季度经济运行情况\n" if "前三季度" in sentence
            else "江北省人民政府关于2009年上半年工作情况的报告\n一、上半年经济运行情况\n")
    text = head + sentence + "\n"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


@pytest.mark.parametrize("sentence, year", [
    ("启动2017年计划编制工作,初步考虑2017年全省地区生产总值增长7.5%左右。", 2017),
    ("认真做好明年计划的编制工作,初步提出明年全省地区生产总值增长7.5%左右的预期目标。", 2017),
], ids=["the year written", "明年"])
def test_a_goal_first_considered_for_next_year_in_a_part_year_report(sentence, year):
    text = f"江北省2016年前三季度国民经济和社会发展计划执行情况\n一、前三季度计划执行情况\n{sentence}\n"
    assert [(r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", year, "FY", "7.5")]


def test_an_outcome_set_against_its_goal_gives_no_cue_to_the_clauses_after_it():
    text = ("国务院关于2009年国民经济和社会发展计划执行情况的报告\n一、2009年国民经济和社会发展计划执行情况\n"
            "居民消费价格总水平下降0.7%,低于4%左右的年度调控目标,11月份以后由负转正,12月份同比上涨1.9%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "FY", "-0.7"), ("target", "FY", "4"), ("actual", "M12", "1.9")]


@pytest.mark.parametrize("second, expected", [
    ("一季度、上半年分别增长9.0%、9.2%,增速逐季回升。", [("Q1", "9"), ("H1", "9.2")]),
    ("从季度走势看,一季度增长5.4%,上半年增长5.5%,三季度当季增长5.8%。", [("Q1", "5.4"), ("H1", "5.5"), ("Q3", "5.8")]),
    # (a clause on its course by quarter before them, and the sentence's own name after them)
    ("通过推进复工复产,经济指标逐季好转,上半年增长9.2%,前三季度增长9.5%,全年地区生产总值3600亿元。",
     [("H1", "9.2"), ("Q1-Q3", "9.5"), ("FY", "3600")]),
], ids=["a list of periods", "a view of its course by quarter", "after a clause on its course by quarter"])
def test_periods_opening_a_sentence_are_the_subject_of_the_sentence_before(second, expected):
    text = f"昆明市2018年政府工作报告\n一、2017年工作回顾\n一季度地区生产总值增长8.8%。{second}\n"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)][1:] == expected


def test_the_year_after_a_list_of_its_periods_is_the_names_too():
    text = ("江北省2024年政府工作报告\n一、2023年工作回顾\n全省经济逐季向好,一季度、上半年、前三季度地区生产总值"
            "分别增长4.8%、5.6%、5.1%,全年增长5.3%,规模以上工业增加值增长6%。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "Q1", "4.8"), ("gdp", "H1", "5.6"), ("gdp", "Q1-Q3", "5.1"), ("gdp", "FY", "5.3"),
        ("industrial_value_added", "FY", "6")]


def test_the_years_task_and_what_the_months_have_done_of_it():
    text = ("宝鸡市2014年前三季度经济运行情况\n(2014年10月24日)\n"
            "全年城镇新增就业3.6万人的任务,1—9月已完成3.3万人,完成全年任务的91.7%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", "FY", "36000"), ("actual", "Q1-Q3", "33000")]


def test_a_sentence_opening_on_the_last_year_of_a_plans_review_dates_the_sentences_after_it():
    text = ("陕西省2006年政府工作报告\n一、“十五”计划胜利完成\n五年累计完成全社会固定资产投资5802亿元,年均增长21.9%。"
            "2005年全社会固定资产投资1882亿元,增长27.5%。进出口总额45.8亿美元,增长22.3%。\n"
            "城乡居民收入大幅增加,2005年城镇居民人均可支配收入8272元。就业规模持续扩大,城镇登记失业率控制在4%以内。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", 2005, "1882"), ("fixed_asset_investment", 2005, "27.5"),
        ("foreign_trade", 2005, "45.8"), ("foreign_trade", 2005, "22.3"), ("urban_disposable_income", 2005, "8272")]


@pytest.mark.parametrize("review, plan", [
    ("■2012·回眸", "■2013·目标"), ("【2012·答卷】", "【2013·重点】"), ("▲2012年:高位求进", "▲2013年:跨越发展"),
    ("2012年,我们这样走过", "2013年,我们这样干"), ("【回顾2012】", "【2013目标】"), ("■2012・回眸", "■2013・目标"),
    ("▍2012年 我们这样走过", "▍2013年 我们这样干"),
], ids=["a dot after the year", "in brackets", "a triangle before the year", "a comma after the year",
        "in brackets, the year glued to its word", "a katakana middle dot", "a blank after the year"])
def test_a_digests_year_headlines_open_the_years_review_and_plan(review, plan):
    text = (f"数说政府工作报告\n时间:2013-01-09 08:20:33\n{review}\n\n生产总值,增长11.6%\n\n{plan}\n\n"
            "生产总值,增长11%\n\n【802.6亿元】预计全年实现财政总收入802.6亿元\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2012, "11.6"), ("target", 2013, "11"), ("target", 2013, "802.6")]


def test_a_box_labelled_with_last_year_after_a_word_after_the_years_work_is_last_years_outcomes():
    text = ("2024年江北省政府工作报告\n——2024年1月25日在江北省第十四届人民代表大会第二次会议上\n三、2024年重点工作\n"
            "力争全省工业投资增长15%。\n【数说2023】\n地区生产总值:11863.8亿元 增长6.4%\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", 2024, "15"), ("actual", 2023, "11863.8"), ("actual", 2023, "6.4")]


def test_a_headlines_clause_on_this_year_after_a_blank_is_this_years_goal():
    text = ("陕西两会|赵正永作政府工作报告:去年全省生产总值12391亿元 今年增长12%\n2012-01-13 来源:陕西日报\n"
            "1月12日,陕西省第十一届人民代表大会第五次会议在西安开幕。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2011, "12391"), ("target", 2012, "12")]


def test_a_digests_cards_with_the_number_first_read_as_their_labels_figures():
    text = ("一图读懂2019年省政府工作报告\n发布时间:2019-01-15 来源:省政府办公厅\n\n2018年·成绩单\n\n"
            "30006.8亿元\n全省生产总值增长8.02%\n\n5126.7亿元\n社会消费品零售总额\n增长11.7%\n\n"
            "2019年·目标\n\n7.5%—8%\n全省生产总值增长\n\n60万人以上\n城镇新增就业\n\n4.5%以内\n城镇登记失业率\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2018, "30006.8"), ("gdp", "actual", 2018, "8.02"),
        ("retail_sales", "actual", 2018, "5126.7"), ("retail_sales", "actual", 2018, "11.7"),
        ("gdp", "target", 2019, "7.5"), ("gdp", "target", 2019, "8"),
        ("new_urban_jobs", "target", 2019, "600000"), ("unemployment_rate", "target", 2019, "4.5")]


def test_number_first_cards_with_a_blank_line_before_each_label_read_as_theirs_but_not_a_goal_aimed_below():
    text = ("一图读懂|2016年吉林省政府工作报告\n来源:吉林发布2016-01-28 09:14\n\n2015年 · 成绩单\n\n"
            "14274.1亿元\n\n全省地区生产总值增长6.5%\n\n5.3%\n\n规模以上工业增加值增长\n\n54.6万人\n\n城镇新增就业\n\n"
            "2016年 · 目标\n\n3000亿元\n\n进出口总额\n\n力争突破\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2015, "14274.1"), ("gdp", "actual", 2015, "6.5"),
        ("industrial_value_added", "actual", 2015, "5.3"), ("new_urban_jobs", "actual", 2015, "546000")]


def test_a_place_alone_above_a_cards_label_is_the_cards_subject():
    text = ("晋江市2025年政府工作报告关键数字\n发布时间:2025-01-10\n\n城镇新增就业\n1.86万人\n\n实际使用外资\n3.15亿美元\n\n"
            "二、镇街园区,亮点纷呈\n\n晋江经济开发区\n规上工业产值\n1520.3亿元\n增长11.2%\n\n安海镇\n一般公共预算收入\n增长9.6%\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("new_urban_jobs", "18600"), ("fdi_actual", "3.15")]


def test_name_first_cards_with_their_changes_below_stay_as_they_are():
    text = ("一图读懂2019年市政府工作报告\n发布时间:2019-01-15\n\n2018年工作回顾\n\n进出口总额\n3540亿美元\n增长11.4%\n"
            "其中出口\n2100亿美元\n\n实际使用外资\n45.2亿美元\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("foreign_trade", "3540"), ("foreign_trade", "11.4"), ("exports", "2100"), ("fdi_actual", "45.2")]


def test_an_estimate_for_the_years_end_in_a_half_year_report_is_the_years():
    text = ("博罗县2004年上半年经济社会发展情况的报告\n——2004年7月27日在县第十三届人民代表大会常务委员会上\n"
            "一、上半年经济社会发展情况\n上半年,城镇居民人均可支配收入5862元,增长9.6%。年末城镇登记失业率预计控制在3%以内。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)][-1] == ("target", "FY", "3")


def test_a_heading_on_the_quarters_priorities_opens_goals_and_a_control_target_quoted_is_the_years():
    text = ("凤翔县2011年前三季度经济运行情况的报告\n(2011年10月20日)\n一、前三季度经济运行情况\n"
            "1—5月份,居民消费价格同比上涨2.3%,低于3.5%左右的调控目标。\n二、存在的主要问题\n一是工业增长乏力。\n"
            "三、第四季度工作重点\n确保完成全年目标任务。城镇登记失业率控制在4.2%以内。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "M1-M5", "2.3"), ("target", "FY", "3.5"), ("target", "FY", "4.2")]


def test_what_the_year_still_needs_after_the_months_done_is_no_goal():
    text = ("绵阳市2010年前三季度经济运行情况的报告\n——2010年10月27日在绵阳市第六届人民代表大会常务委员会上\n三、四季度工作安排\n"
            "四季度,全市固定资产投资须完成150亿元以上,才能确保全年超过730亿元;城镇新增就业需再完成0.58万人,确保全年达到4.7万人。\n")
    assert "5800" not in [format_decimal(r["value"]) for r in extract_text(text) if r["indicator"] == "new_urban_jobs"]


def test_levels_of_an_earlier_year_get_that_year():
    text = ("政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "过去五年,国内生产总值从54万亿元增加到82.7万亿元,年均增长7.1%。\n")
    rows = extract_text(text)
    assert [(r["year"], format_decimal(r["value"]), r["region"]) for r in rows] == [(2012, "540000", "全国"),
                                                                         (2017, "827000", "全国")]


def test_period_of_the_clause():
    rows = extract_text("区政府上半年工作情况的报告\n——2021年7月20日\n1-5月,规模以上服务业企业实现营业收入200亿元。"
                        "一季度,外贸进出口总额增长5%。")  # (not 前三季度: not done by July, no outcome)
    assert [(r["year"], r["period"]) for r in rows] == [(2021, "M1-M5"), (2021, "Q1")]


@pytest.mark.parametrize("text", ["力争到2025年,全社会研发投入占GDP比重达到3%。",
                                  "到2025年,全社会研发投入占GDP比重达到3%。"])
def test_target_for_a_named_year(text):
    rows = extract_text(text)
    assert [(r["kind"], r["year"]) for r in rows] == [("target", 2025)]


def test_report_context_from_the_opening_lines():
    shared = cached_rules().shared
    clean = normalize("上海市嘉定区2019年政府工作报告\n——2019年1月8日在上海市嘉定区第六届人民代表大会第四次会议上\n")
    context = read_context(clean.text, shared)
    assert (context.region, context.year, context.half_year) == ("嘉定区", 2019, False)
    hidden = read_context(normalize("——2020 年 7 月 15 日在 xx 市 xx 区第五届人民代表大会常务委员会上").text, shared)
    assert hidden.region == ""


def test_basis_and_qualifiers():
    rows = extract_text("全年地区生产总值增长6.5%左右,按可比价格计算增长;一般公共预算收入同比增长3%。")
    assert [(r["indicator"], r["qualifier"], r["basis"]) for r in rows] == [
        ("gdp", "approx", ""), ("general_budget_revenue", "", "yoy")]


def test_a_target_quoted_in_the_review():
    assert facts("完成了年初确定的地区生产总值增长7%的目标。") == [("gdp", "growth", "target", "7", "%")]


@pytest.mark.xfail(strict=True, reason="a figure written before its name (…的固定资产投资) is not read")
def test_known_gap_figure_before_name():
    assert facts("全年完成500亿元的固定资产投资。") == [("fixed_asset_investment", "level", "actual", "500", "亿元")]


def test_values_are_decimals():
    rows = extract_text("社会消费品零售总额577.3亿元。")
    assert rows[0]["value"] == Decimal("577.3") and isinstance(rows[0]["value"], Decimal)


def test_the_level_a_page_speaks_of_itself_at_does_not_depend_on_the_hash_seed(tmp_path):
    # (全市 and 全州 both, one rank: a set's order once chose, and the region changed from run to run)
    page = tmp_path / "report.html"
    page.write_text("<html><head><title>1—7月份全市经济运行情况 - 江北市人民政府</title></head><body>"
                    "<h1>1—7月份全市经济运行情况</h1><p>1—7月份,全市经济运行总体平稳,主要指标增速好于全州平均水平。"
                    "全市规模以上工业总产值完成168.4亿元。全市固定资产投资完成120亿元。</p></body></html>", encoding="utf-8")
    script = ("import sys; from govreport_cli.api import extract_file; "
              "print(sorted({r['region'] for r in extract_file(sys.argv[1])}))")
    regions = {subprocess.run([sys.executable, "-c", script, str(page)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": _CHECKOUT}).stdout
               for seed in range(6)}
    assert regions == {"['江北市']\n"}


def test_html_offsets_cover_an_entity_that_ends_a_figure(tmp_path):
    from govreport_cli.api import extract_file

    page = tmp_path / "report.html"
    source = "<html><body><p>全年实现地区生产总值1234.5亿元,增长7&#37;。</p></body></html>"
    page.write_text(source, encoding="utf-8")
    rows = extract_file(page)
    assert [r["raw"] for r in rows] == ["1234.5亿元", "7&#37;"]
    assert all(source[r["start"]:r["end"]] == r["raw"] for r in rows)


def test_a_pages_top_repeated_by_its_next_page_inside_a_sentence_reads_on(tmp_path):
    from govreport_cli.api import extract_file

    top = ('<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a></div>'
           '<div class="position">当前位置:<a href="/">首页</a> &gt; 政务公开 &gt; 政府工作报告</div>'
           '<h1 class="art-title">2023年江北区政府工作报告</h1>'
           '<div class="art-info">发布日期:2023-01-12 来源:区政府办 字号:[ 大 中 小 ]</div>')
    page = tmp_path / "report.html"
    page.write_text(f"<html><body>{top}<div class=\"art-content\"><p>——2023年1月5日在江北区第五届人民代表大会第三次会议上</p>"
                    "<p>一、2022年工作回顾</p><p>过去的一年,我们较好完成了目标任务。全区实现地区生产总值</p></div>"
                    '<div class="pager">共2页 上一页 1 2 下一页</div><div class="footer">主办:江北区人民政府办公室</div>'
                    f"<!-- page 2 -->{top}<div class=\"art-content\"><p>3108.2亿元,增长3.1%。</p></div></body></html>",
                    encoding="utf-8")
    assert [(r["indicator"], r["raw"]) for r in extract_file(page)] == [("gdp", "3108.2亿元"), ("gdp", "3.1%")]


def test_a_pages_title_named_in_running_text_is_no_copy_of_the_top():
    text = ("政府工作报告\n——2023年1月5日在江北区第五届人民代表大会第三次会议上\n各位代表:\n"
            "现在,我代表区人民政府向大会作政府工作报告,请予审议。\n")
    assert normalize(text).text == text


@pytest.mark.parametrize("pager", ['上一页 1 2 下一页', '首页 上一页 [1] [2] 下一页 尾页', '« 上一页 1 2 3 下一页 »',
                                   '共3页: 上一页 1 2 3 下一页', '上一页123下一页'],
                         ids=["numbers", "first and last", "guillemets", "count", "no blanks"])
def test_a_web_pages_pager_inside_a_sentence_reads_on(tmp_path, pager):
    from govreport_cli.api import extract_file

    page = tmp_path / "report.html"
    page.write_text("<html><body><h1>江北市2014年政府工作报告</h1><p>一、2013年工作回顾</p>"
                    f"<p>城镇居民人均可支配收入30250元;农民人均纯收入</p><div class=\"fenye\">{pager}</div>"
                    "<p>15680元,增长11.3%。</p></body></html>", encoding="utf-8")
    assert [(r["indicator"], r["raw"]) for r in extract_file(page)] == [
        ("urban_disposable_income", "30250元"), ("rural_disposable_income", "15680元"),
        ("rural_disposable_income", "11.3%")]


@pytest.mark.parametrize("text, expected", [
    ("固定资产投资增速较上年回落2个百分点。", []),
    ("居民消费价格涨幅回落1.2个百分点。", []),
    ("城镇登记失业率下降0.3个百分点。", [("unemployment_rate", "growth", "actual", "-0.3", "百分点")]),
    ("城镇登记失业率下降0.3%。", []),  # (points, or a share of the rate itself?)
    ("研发经费投入强度提高0.3个百分点。", [("rd_intensity", "growth", "actual", "0.3", "百分点")]),
])
def test_points_change_a_rate_not_a_growth(text, expected):
    assert facts(text) == expected


def test_a_report_on_the_first_three_quarters():
    rows = extract_text("关于前三季度工作情况的报告\n——2022年10月20日\n全区实现地区生产总值900亿元。")
    assert [(r["year"], r["period"], r["kind"]) for r in rows] == [(2022, "Q1-Q3", "actual")]


def test_the_years_estimates_under_their_own_heading_in_a_report_on_three_quarters_are_the_years():
    text = ("关于2013年1—9月计划执行情况的报告\n——2013年11月26日在江北省第十二届人民代表大会常务委员会会议上\n"
            "一、1—9月计划执行情况\n前三季度,全省生产总值增长10.4%。\n二、全年主要指标预计\n"
            "综合分析,预计全年全省生产总值增长10.5%左右,高于年初确定的10%的预期目标;"
            "全社会固定资产投资增长22%左右;粮食总产量3280万吨左右。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)
            if r["indicator"] != "gdp" or r["period"] == "Q1-Q3"] == [
        ("gdp", "actual", "Q1-Q3", "10.4"), ("fixed_asset_investment", "target", "FY", "22"),
        ("grain_output", "target", "FY", "3280")]


def test_the_period_an_estimate_opening_its_line_names_goes_on_past_its_semicolons():
    text = ("关于2013年1—9月计划执行情况的报告\n——2013年11月26日在江北省第十二届人民代表大会常务委员会会议上\n"
            "一、1—9月计划执行情况\n前三季度,全省生产总值增长10.4%。\n"
            "综合分析,预计全年全省生产总值增长10.5%左右,高于年初确定的10%的预期目标;"
            "全社会固定资产投资增长22%左右;粮食总产量3280万吨左右。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)
            if r["indicator"] != "gdp"] == [
        ("fixed_asset_investment", "target", "FY", "22"), ("grain_output", "target", "FY", "3280")]


def test_the_goal_an_estimate_is_set_against_is_no_estimate():
    text = ("关于2013年1—9月计划执行情况的报告\n——2013年11月26日在江北省第十二届人民代表大会常务委员会会议上\n"
            "二、全年主要指标预计\n预计全年全省生产总值增长10.5%左右,高于年初确定的增长10%以上的预期目标。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("target", "10.5", "estimate"), ("target", "10", "at_least")]


@pytest.mark.parametrize("clause", ["地区生产总值增速与年初确定的6%左右的预期目标差距较大",
                                    "地区生产总值增速低于年初确定的6%左右的预期目标"], ids=["gap", "below"])
def test_the_goal_a_problem_quotes_in_the_names_own_clause_is_the_years_goal(clause):
    text = ("江北市2022年前三季度工作情况报告\n——2022年10月27日在江北市人民代表大会常务委员会会议上\n"
            f"二、存在的主要问题\n一是经济恢复基础还不牢固,{clause};二是消费复苏缓慢。\n")
    assert [(r["indicator"], r["measure"], r["kind"], r["period"], format_decimal(r["value"]), r["qualifier"])
            for r in extract_text(text)] == [("gdp", "growth", "target", "FY", "6", "approx")]


@pytest.mark.parametrize("clause", ["完成年初人代会批准预算53.2亿元的53.5%", "完成年初市人代会批准的预算53.2亿元的53.5%",
                                    "超过年度预算53.2亿元的目标", "完成市十五届人大七次会议批准的一般公共预算收入预算53.2亿元的53.5%",
                                    "确保完成市人大批准的一般公共预算收入53.2亿元的预算目标"],
                         ids=["share", "share with 的", "beyond", "named again", "approved by the congress"])
def test_the_years_budget_a_share_of_which_was_done_is_the_years_goal(clause):
    text = ("关于江北市2023年上半年预算执行情况的报告\n——2023年7月27日在江北市人民代表大会常务委员会会议上\n"
            f"上半年,地方一般公共预算收入完成28.46亿元,同比增长1.4%,{clause}。\n")
    assert [(r["measure"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("level", "actual", "H1", "28.46"), ("growth", "actual", "H1", "1.4"), ("level", "target", "FY", "53.2")]


@pytest.mark.parametrize("title, covers, kind, period, estimated", [
    ("江北市2020年1—11月经济运行情况", "M1-M11", "actual", "FY", "actual"),
    ("江北市2020年前三季度经济运行情况", "Q1-Q3", "actual", "FY", "target"),
    ("江北市2020年上半年经济运行情况", "H1", "target", "FY", "target")], ids=["eleven months", "three quarters", "half"])
def test_the_harvest_stated_in_a_report_on_the_months_after_it_is_the_years_outcome(title, covers, kind, period, estimated):
    # (its estimate is a goal until eleven months are done, when the year's estimate is its outcome as known)
    text = (f"{title}\n一、主要指标完成情况\n全市规模以上工业增加值增长5%。全年全市粮食总产量165.2万吨,比上年增长3.2%。"
            "预计全年粮食总产量可达166万吨。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"]), r["qualifier"])
            for r in extract_text(text)] == [
        ("industrial_value_added", "actual", covers, "5", ""), ("grain_output", kind, period, "165.2", ""),
        ("grain_output", kind, period, "3.2", ""), ("grain_output", estimated, "FY", "166", "estimate")]


def test_a_goal_the_congress_set_at_the_years_start_written_without_de_is_the_years_goal():
    text = ("江北区2008年1—8月经济运行情况\n一、主要指标完成情况\n全区城镇固定资产投资完成18.6亿元,同比增长32.4%,"
            "年初区人代会确定城镇固定资产投资增长30%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "M1-M8", "18.6"), ("actual", "M1-M8", "32.4"), ("target", "FY", "30")]


@pytest.mark.parametrize("passage, expected", [
    ("固定资产投资连续两年负增长,与年初确定的增长5%的目标差距较大。", [("fixed_asset_investment", "target", "FY", "5")]),
    ("上半年主要经济指标与年初县人代会确定的地区生产总值增长13%、全社会固定资产投资增长30%的目标还有较大差距。",
     [("gdp", "target", "FY", "13"), ("fixed_asset_investment", "target", "FY", "30")]),
    ("上半年单位生产总值能耗仅下降1.2%,与全年下降4.5%的目标差距较大。",
     [("energy_intensity", "actual", "H1", "-1.2"), ("energy_intensity", "target", "FY", "-4.5")]),
    ("确保完成县人代会批准的一般预算收入2.05亿元的预算任务。", [("general_budget_revenue", "target", "FY", "2.05")]),
], ids=["after a clause of several years", "the main indicators against", "against the whole year's", "the budget's task"])
def test_goals_a_half_years_problems_and_tasks_quote(passage, expected):
    text = ("江北县2010年上半年工作情况报告\n——2010年7月25日在江北县人民代表大会常务委员会会议上\n"
            f"二、存在的主要问题\n{passage}\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


@pytest.mark.parametrize("page_break", ["\n", "\n- 2 -\n\n"], ids=["same page", "after a page marker"])
def test_a_second_reports_title_on_the_page_opens_its_own_part(page_break):
    text = ("江北省人民政府关于2018年1—9月计划执行情况的报告\n——2018年11月27日在江北省第十三届人民代表大会常务委员会第七次会议上\n"
            "一、1—9月计划执行情况\n前三季度,全省地区生产总值增长8.9%。\n二、全年预计和四季度工作\n"
            f"预计全年全省地区生产总值增长8.9%左右。{page_break}江北省人民政府关于2018年1—9月预算执行情况的报告\n"
            "——2018年11月27日在江北省第十三届人民代表大会常务委员会第七次会议上\n"
            "全省一般公共预算支出4451.3亿元,完成预算的73.5%,增长8.2%。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", "Q1-Q3", "8.9"), ("gdp", "target", "FY", "8.9"),
        ("general_budget_expenditure", "actual", "Q1-Q3", "4451.3"), ("general_budget_expenditure", "actual", "Q1-Q3", "8.2")]


def test_respectively_with_figures_a_rule_does_not_take():
    # 城镇登记失业人数 takes levels only: the list is dealt, the growth dropped, nothing crashes
    assert facts("城镇新增就业和城镇登记失业人数分别增长5%和3%。") == []


def test_a_list_dealt_by_clauses_skips_the_item_of_a_name_that_does_not_count():
    assert facts("开放优势持续巩固:新增注册外资19.3亿美元,实际利用外资9.2亿美元,分别增长6.5%、4.8%。") == [
        ("fdi_actual", "level", "actual", "9.2", "亿美元"), ("fdi_actual", "growth", "actual", "4.8", "%")]


def test_only_a_split_name_splits():
    assert facts("城乡居民人均可支配收入分别增长5.1%和6.9%。") == [
        ("urban_disposable_income", "growth", "actual", "5.1", "%"),
        ("rural_disposable_income", "growth", "actual", "6.9", "%")]
    assert facts("居民人均可支配收入分别增长5.1%和6.9%。") == []


def test_a_later_clause_with_its_own_subject_is_not_the_names():
    assert facts("社会消费品零售总额保持稳定,网络零售增长20%。") == []
    assert facts("进出口总额位居全省第二,同比增长3.5%。") == [("foreign_trade", "growth", "actual", "3.5", "%")]


def test_a_second_list_goes_to_the_same_names():
    text = "城乡居民人均可支配收入分别达到45120元和23560元,同比分别增长5.2%和7.1%。"
    assert facts(text) == [
        ("urban_disposable_income", "level", "actual", "45120", "元"),
        ("rural_disposable_income", "level", "actual", "23560", "元"),
        ("urban_disposable_income", "growth", "actual", "5.2", "%"),
        ("rural_disposable_income", "growth", "actual", "7.1", "%")]


@pytest.mark.parametrize("text", [
    "专利授权量居全市第3位。",
    "专利授权量位居全市第三位。",
    "新增就业见习岗位2000个。",
])
def test_ranks_and_other_counts_are_not_levels(text):
    assert facts(text) == []


def test_a_target_list_goes_on_after_semicolons():
    text = "今年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右;一般公共预算收入增长5%;城镇登记失业率控制在4%以内。"
    assert [(f[0], f[2]) for f in facts(text)] == [
        ("gdp", "target"), ("general_budget_revenue", "target"), ("unemployment_rate", "target")]
    assert [f[2] for f in facts("全面完成了主要预期目标;地区生产总值增长7%。")] == ["actual"]


@pytest.mark.parametrize("title, covers, year", [
    ("在全市经济运行分析暨项目建设推进会上的讲话\n2014年07月08日 10:15 来源:信阳日报", "H1", 2014),
    ("信阳市政府工作报告\n2014年07月08日 10:15 来源:信阳日报", "FY", 2013),
    ("当前位置:首页 > 政务公开 > 政府工作报告 > 正文\n在县政府第六次全体会议上的讲话\n(2014年7月13日)", "H1", 2014),
], ids=["a meeting in July", "an annual report posted in July", "a speech in July filed under the site's 政府工作报告"])
def test_a_pages_stamp_in_mid_year_dates_a_meeting_on_the_year_so_far(title, covers, year):
    text = (f"{title}\n同志们:\n今天召开这次会议,主要是分析1-5月份和上半年预计经济运行情况。\n一、当前经济运行的基本情况\n"
            "一季度,全市生产总值完成312.6亿元,增长8.2%。根据初步测算,预计上半年全市生产总值增长8.5%左右。\n")
    context = read_context(normalize(text).text, cached_rules().shared)
    assert (context.covers, context.default_year("actual", None)) == (covers, year)


def test_what_it_takes_to_meet_the_goals_in_the_second_half_is_no_row():
    text = ("某市2020年上半年经济运行情况\n一、上半年经济运行情况\n上半年全市地区生产总值增长3.1%。\n"
            "二、下半年工作\n年初市人代会确定全市地区生产总值增长7%左右的预期目标。"
            "要实现这个目标,下半年地区生产总值要增长7%左右,规上工业增加值要增长7.2%以上。\n")
    assert facts(text) == [("gdp", "growth", "actual", "3.1", "%"), ("gdp", "growth", "target", "7", "%")]


@pytest.mark.parametrize("opening, level", [
    ("在区政府第三次全体会议暨上半年经济运行分析会上的讲话\n区长 杨帆\n", "区"),
    ("在县政府全体(扩大)会议上的讲话\n", "县"),
    ("自治区人民政府召开第十次全体会议\n自治区主席作讲话。\n", ""),
    ("包头日报2005年2月26日 第2版\n数字解读政府工作报告\n2月25日,市十二届人大三次会议开幕,市长作政府工作报告。"
     "地区生产总值551.8亿元,增速居全区前列。去年全自治区生产总值增长19.4%。\n", "市"),
], ids=["the district's own meeting, its head", "the county's meeting", "an autonomous region: no 区 of its own",
        "the congress it is given at, in a city of an autonomous region"])
def test_a_speech_at_the_governments_own_meeting_says_its_level(opening, level):
    text = opening + "同志们:\n上半年,全区地区生产总值增长6.2%,高于全市0.8个百分点。\n"
    assert read_context(normalize(text).text, cached_rules().shared).level == level


@pytest.mark.parametrize("site, body, region", [
    ("长兴统计信息网\n首页 | 统计动态 | 统计分析\n", "前三季度全县经济运行情况分析\n前三季度,全县生产总值增长12%。\n", "长兴县"),
    ("攸县统计信息网 >> 统计分析 >> 正文\n", "上半年全县经济运行情况分析\n上半年,全县生产总值增长9%。\n", "攸县"),
    ("嵊州统计信息网\n", "2003年上半年全市国民经济运行情况\n上半年全市实现国内生产总值68.42亿元。\n", "嵊州市"),
    ("邢台新闻网-首页>>县域经济\n", "县长在全县上半年经济形势分析会上的讲话\n上半年,全县生产总值完成56.3亿元。\n", ""),
    ("_定兴县人民政府\n", "在县政府第六次全体会议上的讲话\n上半年,全县实现地区生产总值46.3亿元。\n", "定兴县"),
    ("_保定市人民政府\n", "在县政府第六次全体会议上的讲话\n上半年,全县实现地区生产总值46.3亿元。\n", ""),
    ("江西省人民政府 简体 | 繁体 | 无障碍\n首页 > 政务公开 > 领导讲话\n", "在省政府第十一次全体会议上的讲话\n上半年,全省生产总值增长5%。\n",
     "江西省"),
    (" - 阿坝州人民政府\n", "州人民政府关于2015年上半年工作情况的报告\n上半年全州实现地区生产总值106.3亿元。\n", "阿坝州"),
    (" - 凤台县人民政府\n", "上半年全县经济运行情况\n上半年,全县实现地区生产总值86.42亿元。\n", "凤台县"),
    ("苏州工业园区管理委员会\n\n", "关于园区2021年前三季度经济社会发展情况的报告\n前三季度,园区实现地区生产总值3515亿元。\n",
     "苏州工业园区"),
    ("", "高新区管委会2008年工作报告\n2007年,高新区实现营业总收入1286亿元。\n", "高新区"),
    ("淮安经济技术开发区管理委员会 2011年7月20日 星期三\n\n当前位置:首页 » 政务公开\n\n",
     "开发区2011年上半年工作报告\n上半年,开发区实现地区生产总值95.3亿元。\n", "淮安经济技术开发区"),
    ("河北省人民政府公报　　　　　　2016年第22期（总第736期）\n\n", "在省政府第二十三次全体会议上的讲话\n上半年,全省生产总值增长6.7%。\n",
     "河北省"),
    ("福建省人民政府 领导讲话 在省政府第三十六次全体会议上的讲话\n", "同志们:\n上半年,全省实现地区生产总值11568.32亿元。\n",
     "福建省"),
    ("邯郸市人民政府公报\n", "在县政府第六次全体会议上的讲话\n上半年,全县实现地区生产总值46.3亿元。\n", ""),
    ("网站首页 | 政务公开 | 统计信息\n您现在的位置:郸城县人民政府网 >> 统计信息 >> 正文\n",
     "11月份全县经济运行简况\n1—11月,全县规模以上工业增加值完成96.7亿元。\n", "郸城县"),
    ("安吉人大\n网站首页 人大要闻 常委会会议\n", "关于2013年上半年国民经济和社会发展计划执行情况的报告\n"
     "——2013年7月30日在县十五届人大常委会第十二次会议上\n上半年,全县实现地区生产总值150.2亿元。\n", "安吉县"),
    ("宁夏人大网\n", "关于2022年上半年全区国民经济和社会发展计划执行情况的报告\n"
     "——2022年7月27日在自治区第十二届人民代表大会常务委员会第三十五次会议上\n上半年,全区实现地区生产总值2361.4亿元。\n", ""),
    ("", "开发区管委会2008年工作报告\n——在江海经济技术开发区2008年工作会议上\n2007年,开发区实现地区生产总值186.5亿元。\n",
     "江海经济技术开发区"),
    ("", "2017年1—10月份江北市经济运行简况\n1—10月,全市地区生产总值增长6%。\n", "江北市"),
], ids=["a county's statistics site", "its name with its level", "州 of a county-level city", "a city's news site",
        "a government site named after a page's title", "a city's site above a county's speech", "a site's banner",
        "a prefecture's site after a dash", "a county's site after a dash", "a zone's full name above a title calling it by its kind",
        "a zone's kind alone where no full name is written", "a zone's full name in a page's dated masthead", "a government gazette's masthead", "a site's column after its name",
        "a city's gazette above a county's speech", "a site's name as a breadcrumb's first step",
        "a county congress's site", "an autonomous region's congress's site: no full name", "a zone named by its meeting",
        "a title's months written with 份 before the place"])
def test_a_pages_site_names_the_region_when_the_report_names_none(site, body, region):
    assert read_context(normalize(site + body).text, cached_rules().shared).region == region


def test_a_months_bulletin_covers_the_months_so_far():
    text = ("11月份全县经济运行简况\n作者:县统计局 更新时间:2015-12-14\n一、工业生产平稳增长\n"
            "1—11月,全县规模以上工业增加值完成96.7亿元,同比增长10.8%。全年粮食总产量达到139.6万吨,比上年增长2.8%。\n")
    assert [(r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2015, "M1-M11", "96.7"), ("actual", 2015, "M1-M11", "10.8"), ("actual", 2015, "FY", "139.6"),
        ("actual", 2015, "FY", "2.8")]


def test_a_headlines_subtitle_after_its_dash_names_the_region():
    text = ("奋力谱写雁塔高质量发展新篇章——雁塔区政府工作报告摘要\n2023-01-11 09:12来源:西安日报\n"
            "1月10日,雁塔区第十八届人民代表大会第三次会议开幕。以下为报告摘要。\n2022年工作回顾\n全区生产总值完成2268.4亿元。\n")
    assert read_context(normalize(text).text, cached_rules().shared).region == "雁塔区"



def test_a_reprints_label_before_its_title_leaves_the_region_named():
    text = ("【注音读本】长葛市人民政府关于2015年上半年工作情况的报告(节选)\n(说明:本读本逐字注音,数字未注。)\n"
            "上半年,全市生产总值完成218.4亿元,同比增长8.6%。\n")
    assert read_context(normalize(text).text, cached_rules().shared).region == "长葛市"


@pytest.mark.parametrize("lead, region", [
    ("1月7日上午,潍坊市第十七届人民代表大会第四次会议开幕,市长作政府工作报告。", "潍坊市"),
    ("3月5日上午,十二届全国人大四次会议在人民大会堂开幕,国务院总理作政府工作报告。", "全国"),
    ("十一届全国人大二次会议5日上午在人民大会堂开幕。国务院总理代表国务院向大会作政府工作报告。", "全国"),
    ("1月16日,代市长在市十六届人大一次会议上作政府工作报告。", ""),  # (市 alone: no place)
    ("本报讯(记者 刘亚辉)1月30日上午,河南省第十一届人民代表大会第三次会议在郑州开幕。", "河南省"),
    ("人民网拉萨1月19日电(记者 扎西)西藏自治区第八届人民代表大会第三次会议19日上午在拉萨开幕。", "西藏自治区"),
    ("7月30日,佛山市第十六届人大常委会第二十一次会议召开,听取市政府关于上半年计划执行情况的报告。", "佛山市"),
], ids=["a city's congress", "the nation's", "the premier unnamed, on the State Council's behalf", "the congress of a city it does not name", "after the paper's byline",
        "after a news agency's dateline", "its standing committee"])
def test_a_news_leads_congress_names_the_region(lead, region):
    text = f"这些数字,件件关乎你我\n2020-01-08 07:55:12来源:日报\n{lead}\n全市地区生产总值增长6%。\n"
    assert read_context(normalize(text).text, cached_rules().shared).region == region


@pytest.mark.parametrize("speaker, region", [
    ("吉林市市长  刘志军", "吉林市"), ("淄博市副市长\u3000于海田", "淄博市"), ("市长  刘志军", ""),
], ids=["a city's mayor", "its deputy, after a wide blank", "a mayor of no place named"])
def test_a_speakers_line_names_the_region(speaker, region):
    text = f"在全市上半年经济运行分析会议上的讲话\n\n{speaker}\n\n(2008年7月10日)\n\n同志们:\n上半年全市地区生产总值增长16.8%。\n"
    assert read_context(normalize(text).text, cached_rules().shared).region == region


def test_a_newspapers_masthead_dates_its_story_on_a_half_year_report():
    text = ("山西日报　2010年7月28日　第一版\n\n省十一届人大常委会第十八次会议听取省政府报告\n上半年全省生产总值增长18.2%\n\n"
            "　　本报讯(记者 张红)7月27日,省十一届人大常委会第十八次会议听取了省政府关于2010年上半年全省国民经济和社会发展"
            "计划执行情况的报告。上半年,全省实现生产总值4176.3亿元,同比增长18.2%。下半年要力争全年生产总值增长13%左右。\n")
    assert [(r["year"], r["period"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2010, "H1", "actual", "18.2"), (2010, "H1", "actual", "4176.3"), (2010, "FY", "target", "13")]


def test_a_newspapers_story_on_another_regions_report_after_the_reports_own_is_no_row_of_it():
    text = ("新乡日报2006年2月22日 星期三 第三版\n\n长垣县十四届人大三次会议开幕\n去年全县生产总值增长16.3%\n\n"
            "  本报讯(记者 赵国庆)2月20日,长垣县第十四届人民代表大会第三次会议开幕。报告显示,2005年,全县完成生产总值76.8亿元,"
            "比上年增长16.3%。\n\n封丘县政府工作报告提出\n今年生产总值增长12%\n\n"
            "  本报讯(记者 刘海涛)2月21日,在封丘县第十二届人民代表大会第四次会议上,县长作政府工作报告。2005年全县完成生产总值"
            "42.3亿元,增长13.2%。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["16.3", "76.8"]


def test_a_second_dispatch_on_another_regions_congress_after_the_reports_own_story_is_no_row_of_it():
    text = ("鄞州区政府工作报告\n2020-01-08 来源:中国宁波网\n"
            "  1月7日,鄞州区第十九届人民代表大会第五次会议开幕。报告显示,2019年全区实现地区生产总值2208.6亿元,增长7.1%。\n"
            "■另讯 北仑区:今年地区生产总值力争增长7.5%\n\n"
            "  同日,北仑区第十七届人民代表大会第五次会议也拉开帷幕。报告显示,2019年北仑全区一般公共预算收入178.3亿元,"
            "增长7.7%。今年北仑区地区生产总值力争增长7.5%。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["2208.6", "7.1"]


def test_the_clauses_after_a_name_of_the_province_go_on_with_its_subject_in_a_citys_report():
    text = ("洛阳市2019年政府工作报告\n——2019年1月16日在洛阳市第十五届人民代表大会第四次会议上\n"
            "今年全市经济社会发展的主要预期目标是:地区生产总值增长7.5%左右;规模以上工业增加值增长8%。\n"
            "省政府工作报告提出,今年全省生产总值预期增长7%—7.5%,规模以上工业增加值增长7.5%,固定资产投资增长8%左右。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "7.5"), ("industrial_value_added", "8")]


def test_what_the_report_was_sent_to_is_no_place_of_it():
    text = ("今年收入预期增长6%\n2022-01-09 来源:洛阳网\n洛阳网讯1月8日,提交市十六届人大一次会议审议的"
            "《关于洛阳市2021年预算执行情况和2022年预算草案的报告》显示,2022年全市一般公共预算收入预期增长6%。\n")
    assert read_context(normalize(text).text, cached_rules().shared).region == "洛阳市"


def test_a_change_in_words_in_a_table_row_under_labels_centred_over_their_columns_is_that_years_goal():
    text = ("鹤源县2013年政府工作报告\n——2013年1月10日在鹤源县第十五届人民代表大会第二次会议上\n"
            "一、2012年工作回顾\n全县城镇居民人均可支配收入19634元,增长14.5%。\n"
            "附件\n\n          鹤源县2012年主要经济指标完成情况及2013年主要预期目标\n\n"
            "        指  标           单位      2012年计划       2012年完成      完成   全市      2013年目标\n"
            "                                 绝对额    增长%   绝对额   增长%  计划%   排名    绝对额    增长%\n"
            "城镇居民人均可支配收入    元        19200     12     19634   14.5   102.3      8    增长11%\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("actual", "19634", 2012), ("actual", "14.5", 2012), ("target", "19200", 2012), ("target", "12", 2012),
        ("target", "11", 2013)]


@pytest.mark.parametrize("row", ["地区生产总值 亿元 增长7% 312.6 7.2 —", "其中:工业投资 亿元 增长15% — 16.8 —"],
                         ids=["a change in words before bare numbers", "a part's row"])
def test_a_change_in_words_before_a_rows_bare_numbers_under_an_unread_heading_is_no_row(row):
    text = ("澄湖区人民政府关于2019年上半年工作情况的报告\n——2019年7月25日在区人大常委会会议上\n"
            "一、上半年工作情况\n上半年,全区实现地区生产总值312.6亿元,增长7.2%。\n附表\n澄湖区2019年1-6月主要经济指标完成情况\n"
            "全年 1-6月 同比增长 完成全年\n指标 单位\n目标 完成 (%) 目标(%)\n" + row + "\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["312.6", "7.2"]


def test_a_number_broken_after_its_point_leaves_the_next_lines_words_joined():
    text = ("关于安吉县2014年上半年经济运行情况的报告\n——2014年7月28日在县人大常委会会议上\n"
            "\u3000\u3000(三)有效投资持续扩大。完成固定资产投资96.\n3亿元,同比增长18.2%,其\n"
            "中工业投资38.7亿元,增长14.6%,民间投资56.4亿元,增长21.3%。县重点建设项\n目完成投资44.2亿元。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", "96.3"), ("fixed_asset_investment", "18.2"),
        ("industrial_investment", "38.7"), ("industrial_investment", "14.6")]


def test_this_year_after_what_the_report_says_is_the_year_it_plans():
    text = ("洛阳日报·两会特刊 | 2019年1月17日 第A03版\n1月16日上午,洛阳市第十五届人民代表大会第四次会议开幕。\n"
            "报告指出,过去一年,全市地区生产总值增长7.7%。在创新驱动方面,报告明确今年全社会研发投入强度提高到2.5%。\n")
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("gdp", "actual", 2018), ("rd_intensity", "target", 2019)]


@pytest.mark.parametrize("paragraph", [
    "据预算报告,今年全省一般公共预算收入安排5600亿元,增长4.1%;全省一般公共预算支出8900亿元,增长8.4%。",
    "报告对今年的重点工作作出部署。在农业方面,要稳定粮食播种面积;在科技创新方面,全省一般公共预算支出8900亿元,增长8.4%。",
], ids=["after the budget report's word, past a semicolon", "after the report's plan for the year, past a stop"])
def test_a_digests_paragraph_on_this_years_plan_gives_goals_to_its_end(paragraph):
    text = ("江南两会:今年经济增长预期9%\n2008年01月22日 来源:人民网\n人民网南京1月21日电 江南省十一届人大一次会议21日上午开幕。"
            "报告说,2007年全省实现地区生产总值25740亿元。\n" + paragraph + "\n")
    assert [(r["indicator"], r["measure"], r["kind"], r["year"]) for r in extract_text(text) if r["measure"] == "growth"
            and r["indicator"] == "general_budget_expenditure"] == [("general_budget_expenditure", "growth", "target", 2008)]


def test_a_digests_sentence_on_this_years_work_naming_a_yearly_plan_gives_this_years_goals():
    text = ("厦门市政府工作报告发布\n2022年1月8日 来源:厦门日报\n厦门市十六届人大一次会议开幕。报告说,2021年全市地区生产总值增长8.1%。\n"
            "报告部署今年重点工作时表示,将实施重点项目450个以上,年度计划投资1500亿元以上;培育壮大产业链群,"
            "力争规模以上工业总产值突破8000亿元。\n")
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("gdp", "actual", 2021), ("industrial_output", "target", 2022)]


def test_goals_the_economic_work_meeting_set_are_this_years_in_a_digest_given_early_in_it():
    text = ("今年收入预期增长6%\n2022-01-09 来源:洛阳网\n报告显示,2021年全市一般公共预算收入年初预算为397亿元。\n"
            "根据市委经济工作会议确定的地区生产总值增长7%左右的预期目标,2022年,全市一般公共预算收入预期增长6%;"
            "全市一般公共预算支出安排652.1亿元。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", 2021, "397"), ("gdp", 2022, "7"), ("general_budget_revenue", 2022, "6"),
        ("general_budget_expenditure", 2022, "652.1")]


def test_a_news_lead_on_a_zones_work_meeting_names_the_zone_whose_firms_are_its_own():
    text = ("长春经开区:今年GDP力争增长20%\n2005-02-22来源:长春日报\n"
            "本报讯2月21日,长春经济技术开发区召开2005年工作会议。报告指出,全区经济继续保持了快速发展的强劲势头,占全市的比重提高到12.8%。\n"
            "区内企业专利申请量达到312件,增长40%。\n")
    assert read_context(normalize(text).text, cached_rules().shared).region == "长春经济技术开发区"
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["20", "312", "40"]


def test_a_circulars_addressees_are_no_region():
    text = ("宜宾市人民政府办公室\n关于2012年1-9月全市经济运行情况的通报\n宜府办通〔2012〕96号\n"
            "各县、自治县、区(市)人民政府,市政府各工作部门:\n前三季度,全市实现地区生产总值805.2亿元,同比增长13.1%。\n")
    context = read_context(normalize(text).text, cached_rules().shared)
    assert context.region == "宜宾市"  # (the office's line above the title; not 各县, every county)
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["805.2", "13.1"]


def test_a_national_digest_with_no_year_is_dated_by_the_congress_session_and_is_the_nations():
    text = ("新华社北京3月5日电\n十四届全国人大一次会议5日上午在人民大会堂开幕。国务院总理李克强代表国务院作政府工作报告。\n"
            "2023年:经济增长5%左右\n报告提出今年发展主要预期目标:国内生产总值增长5%左右。\n")
    context = read_context(normalize(text).text, cached_rules().shared)
    assert (context.region, context.year) == ("全国", 2023)


def test_a_body_sentence_naming_years_before_政府工作报告_is_no_title():
    text = ("中国新闻网 2012年03月05日15:20 来源:中国新闻网\n中新社北京3月5日电 国务院总理温家宝5日在十一届全国人大五次会议上"
            "作政府工作报告,提出2012年国内生产总值增长7.5%。\n2005年至2011年,中央政府工作报告中经济增长预期目标均为8%。\n")
    assert read_context(normalize(text).text, cached_rules().shared).year == 2012
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)][:1] == [("target", 2012, "7.5")]


def test_the_months_a_lines_data_cover_go_on_past_its_semicolons_after_who_tells_them():
    text = ("政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n瞄准:2022年主要预期目标\n"
            "国内生产总值增长5.5%左右。\n"
            "国家统计局数据显示,1—2月份,全国规模以上工业增加值同比增长7.5%;社会消费品零售总额74426亿元,同比增长6.7%。\n"
            "从需求端看,1—2月份全国网上零售额同比增长12.2%;货物进出口总额6.19万亿元,同比增长13.3%。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)][1:] == [
        ("industrial_value_added", "actual", "M1-M2", "7.5"), ("retail_sales", "actual", "M1-M2", "74426"),
        ("retail_sales", "actual", "M1-M2", "6.7"), ("foreign_trade", "actual", "M1-M2", "61900"),
        ("foreign_trade", "actual", "M1-M2", "13.3")]


def test_a_news_page_dated_the_year_after_its_review_opening_is_that_later_years():
    text = ("去年我市生产总值突破5000亿元 今年预期增长11%左右\n——市长在市十四届人大一次会议上作政府工作报告\n"
            "2012-01-10 08:32 来源:唐山劳动日报\n本报讯1月9日上午,市十四届人大一次会议开幕。市长代表市政府作政府工作报告。\n"
            "报告指出,2011年是“十二五”开局之年,全市生产总值完成5442.4亿元,增长12.1%。\n")
    context = read_context(normalize(text).text, cached_rules().shared)
    assert context.year == 2012
    assert [(r["year"], r["kind"]) for r in extract_text(text) if format_decimal(r["value"]) == "5442.4"] == [
        (2011, "actual")]


def test_a_headline_on_the_congress_hearing_the_report_names_no_place():
    text = ("江阴新闻网 www.jynews.net\n市人大常委会听取市政府上半年工作情况报告\n发布时间:2010-07-28 08:16:35 来源:江阴日报\n"
            "本报讯7月27日,市十五届人大常委会召开会议,听取和审议市政府关于2010年上半年工作情况的报告。\n")
    assert read_context(normalize(text).text, cached_rules().shared).region == ""


def test_a_notice_printing_a_heads_speech_is_the_governments_not_a_place_before_his_title():
    text = ("神木县人民政府办公室文件\n\n神政办发〔2006〕68号\n\n关于印发郭宝成县长在全县上半年经济形势分析会上讲话的通知\n\n"
            "各乡镇人民政府:\n现将讲话印发给你们。\n\n在全县上半年经济形势分析会上的讲话\n上半年,全县生产总值完成56.3亿元。\n")
    assert read_context(normalize(text).text, cached_rules().shared).region == "神木县"


def test_a_bulletins_issue_stamp_dates_a_report_that_names_its_year_nowhere_else():
    page = ("前三季度,全市生产总值完成1168.3亿元,同比增长11.0%。规模以上工业增加值增长13.2%。"
            "社会消费品零售总额增长13.5%。固定资产投资增长22.5%。\n")
    text = ("前三季度全市经济运行分析\n南康市统计局\n" + page + "\n第1页\n南康统计分析　2013年第21期\n\n" + page
            + "\n第2页\n南康统计分析　2013年第21期\n\n" + page)
    clean = normalize(text)
    assert "第21期" not in clean.text and clean.issue_year == 2013
    assert {r["year"] for r in extract_text(text)} == {2013}


@pytest.mark.parametrize("marker", ["【课后练习】(供中文学习者使用)", "〔读后练习〕", "【思考题】", "【阅读与思考】"])
def test_a_learning_reprints_exercises_after_the_report_are_no_words_of_it(marker):
    text = ("某区2011年上半年工作情况的报告\n——2011年7月26日在某区第十五届人民代表大会常务委员会会议上\n一、上半年工作\n"
            "上半年,全区地区生产总值增长14.6%。\n二、下半年工作安排\n确保全年地区生产总值增长13%。\n"
            f"{marker}\n1.假设下半年地区生产总值增长8%,去年下半年地区生产总值为1720亿元,全年可达多少?\n"
            "2.把下面的句子翻译成英文:“全区实现地区生产总值312.5亿元,增长14.6%。”\n")
    assert facts(text) == [("gdp", "growth", "actual", "14.6", "%"), ("gdp", "growth", "target", "13", "%")]


@pytest.mark.parametrize("plan, amount, period", [
    ("(二)千方百计扩投资。下半年要完成城镇固定资产投资187.5亿元以上,确保全年投资增长30%以上。", "187.5", "H2"),
    ("下半年,要紧紧围绕年初确定的目标,确保全县城镇固定资产投资完成350亿元以上。", "350", "FY"),
    ("下半年,我们将确保全年实现城镇固定资产投资350亿元。", "350", "FY"),
    ("下半年城镇固定资产投资只要完成187.5亿元,即可实现全年目标。", None, None),
], ids=["the half's own amount", "the year's goals the half works for", "the year's amount",
        "what the half needs to meet the year's goal"])
def test_an_amount_for_the_second_half_alone_is_the_halfs(plan, amount, period):
    text = ("在县政府全体会议上的讲话\n(2008年7月18日)\n上半年,全县城镇固定资产投资162.5亿元,增长31%。\n"
            f"二、确保完成全年目标任务\n{plan}\n")
    rows = [(r["value"], r["kind"], r["period"]) for r in extract_text(text) if r["measure"] == "level"]
    assert [(format_decimal(value), kind, half) for value, kind, half in rows] == [
        ("162.5", "actual", "H1")] + ([(amount, "target", period)] if amount else [])


def test_the_years_goals_a_list_opens_on_are_the_years_after_a_quarter_named_before():
    text = ("在县政府全体会议上的讲话\n(2025年7月18日)\n上半年,全县地区生产总值增长5.2%。\n三、下半年工作打算\n"
            "下半年,全县将紧扣全年目标任务,全力冲刺四季度,确保完成全年各项目标:地区生产总值增长5.5%以上。\n")
    assert [(r["kind"], r["period"]) for r in extract_text(text)] == [("actual", "H1"), ("target", "FY")]


def test_plain_财政收入_means_throughout_a_report_what_a_later_sentence_says_it_means():
    text = ("某区2011年政府工作报告\n一、“十一五”和2010年工作回顾\n"
            "五年来,财政收入由2005年的336亿元增加到2010年的1006.7亿元,年均增长24.5%。\n"
            "2010年,全区财政收入1006.7亿元,增长30.1%,其中地方一般预算收入520.3亿元。\n")
    assert sorted(facts(text, indicator="fiscal_revenue")) == sorted([
        ("fiscal_revenue", "level", "actual", "336", "亿元"), ("fiscal_revenue", "level", "actual", "1006.7", "亿元"),
        ("fiscal_revenue", "growth", "actual", "30.1", "%")])
    assert facts(text.split("2010年,全区")[0], indicator="fiscal_revenue") == []  # (alone it may mean either)


def test_plain_财政收入_after_a_verb_or_in_a_list_means_what_the_report_says_it_means():
    text = ("肥西县2005年上半年工作报告\n一、上半年经济社会发展情况\n"
            "上半年,全县完成财政收入4.12亿元,增长38.6%,其中地方财政收入2.03亿元;6月份完成财政收入8650万元,创单月新高。\n"
            "二、下半年工作\n下半年,确保全年国内生产总值增长15%、财政收入突破8亿元。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)
            if r["indicator"] == "fiscal_revenue"] == [
        ("actual", "H1", "4.12"), ("actual", "H1", "38.6"), ("actual", "M6", "0.865"), ("target", "FY", "8")]


def test_the_years_goals_a_clause_restates_after_目标任务_即_are_targets():
    text = ("上半年国民经济运行情况\n发布时间:2024年7月15日\n上半年,国内生产总值同比增长5.0%。\n"
            "下阶段,要努力完成全年经济社会发展目标任务,即国内生产总值增长5%左右,城镇新增就业1200万人以上。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", "H1", "5"), ("gdp", "target", "FY", "5"), ("new_urban_jobs", "target", "FY", "12000000")]


def test_a_quarter_viewed_on_its_own_is_that_quarter():
    text = ("江北区2014年前三季度经济社会发展情况的报告\n一、前三季度经济社会发展情况\n"
            "前三季度,全区地区生产总值增长10.8%。从第三季度看,全区地区生产总值增长10.5%,比二季度回落0.5个百分点。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [("Q1-Q3", "10.8"), ("Q3", "10.5")]


def test_the_months_a_clause_views_with_words_between_are_the_figures_period():
    text = ("江北省2012年上半年经济运行情况的报告\n一、上半年经济运行情况\n"
            "上半年,全省生产总值同比增长7.8%。从7月份情况看,规模以上工业增加值增长9.2%,社会消费品零售总额增长13.1%。"
            "从1—5月运行情况看,全省一般公共预算收入增长8.5%。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "H1", "7.8"), ("industrial_value_added", "M7", "9.2"), ("retail_sales", "M7", "13.1"),
        ("general_budget_revenue", "M1-M5", "8.5")]


def test_a_list_ending_on_the_years_goals_viewed_from_the_half_is_the_years_targets():
    text = ("江北省2019年上半年经济运行情况的报告\n一、上半年经济运行情况\n"
            "从上半年情况看,地区生产总值增长6.5%以上、城镇新增就业80万人、居民消费价格涨幅3%左右等年度主要预期目标有望较好完成。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", "FY", "6.5"), ("new_urban_jobs", "target", "FY", "800000"), ("cpi", "target", "FY", "3")]


def test_a_single_months_change_after_the_halfs_is_that_months():
    text = ("江北县2012年上半年工作情况报告\n——2012年7月26日在江北县人民代表大会常务委员会会议上\n"
            "上半年,规模以上工业增加值同比增长13.5%,6月份单月增长16.8%。"
            "6月份,全县规模以上工业完成产值15.2亿元,当月同比增长38.6%。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("industrial_value_added", "H1", "13.5"), ("industrial_value_added", "M6", "16.8"),
        ("industrial_output", "M6", "15.2"), ("industrial_output", "M6", "38.6")]


def test_a_later_periods_level_after_a_quarters_goal_is_that_periods():
    text = ("江北市2011年1—9月经济运行情况报告\n——2011年10月27日在江北市人民代表大会常务委员会会议上\n"
            "四季度要确保完成全社会固定资产投资320亿元以上,全年突破1100亿元。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", "Q4", "320"), ("target", "FY", "1100")]


def test_a_change_turned_positive_is_its_periods():
    text = ("2021年江北省政府工作报告\n——2021年1月27日在江北省第十三届人民代表大会第五次会议上\n一、2020年工作回顾\n"
            "在一季度生产总值下降6.5%的情况下,上半年由负转正、增长0.7%,全年增长3.9%。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("Q1", "-6.5"), ("H1", "0.7"), ("FY", "3.9")]


def test_a_periods_own_change_in_brackets_is_that_periods():
    text = ("江北区2019年上半年工作情况报告\n——2019年7月25日在江北区人民代表大会常务委员会会议上\n"
            "上半年,全区实现地区生产总值1398.72亿元,同比增长6.7%,增速比一季度(7.1%)回落0.4个百分点。"
            "社会消费品零售总额253.6亿元,同比下降9.8%,降幅比1—5月(-12.1%)收窄2.3个百分点。"
            "一般公共预算收入可比增长7.6%(一季度为7.1%)。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)
            if r["measure"] == "growth"] == [
        ("gdp", "H1", "6.7"), ("gdp", "Q1", "7.1"), ("retail_sales", "H1", "-9.8"), ("retail_sales", "M1-M5", "-12.1"),
        ("general_budget_revenue", "H1", "7.6"), ("general_budget_revenue", "Q1", "7.1")]


@pytest.mark.parametrize("opening, kind, period", [
    ("会议认为,上半年全省经济发展呈现出一些积极变化。一是粮食生产再获丰收。", "actual", "H1"),
    ("综合各项指标走势,预计全年全省生产总值增长11%左右。", "target", "FY"),
], ids=["among the half's outcomes", "after the year's estimate"])
def test_an_estimate_naming_no_period_in_a_half_year_report(opening, kind, period):
    text = ("某省2008年上半年经济运行情况\n" + opening + "四是节能减排稳步推进,全省单位生产总值能耗预计下降4.2%。\n")
    assert [(r["kind"], r["period"], r["qualifier"]) for r in extract_text(text)
            if r["indicator"] == "energy_intensity"] == [(kind, period, "estimate")]  # (a target from 预计 still estimates)


def test_a_list_of_another_subjects_figures_is_all_of_it():
    text = ("在经济技术开发区2010年工作会议上的报告\n一、2009年工作回顾\n"
            "在全市生产总值增长11.5%、财政总收入增长9.2%的大背景下,全区地区生产总值增长15%。\n")
    assert facts(text) == [("gdp", "growth", "actual", "15", "%")]


def test_a_quarter_that_starts_a_pair_of_its_own_dates_no_later_clause():
    text = ("江北省2014年政府工作报告\n——2014年1月15日在江北省第十二届人民代表大会第二次会议上\n一、2013年工作回顾\n"
            "生产总值增速由一季度的8.5%回升到全年的9%,生产总值达到31155.9亿元。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text) if r["measure"] == "level"] == [
        ("FY", "31155.9")]


def test_last_years_second_half_is_no_row():
    text = ("某区2022年上半年工作情况的报告\n——2022年7月27日在某区第十八届人民代表大会常务委员会会议上\n"
            "二、下半年工作安排\n去年下半年全区地区生产总值为1720亿元。下半年,全区地区生产总值要增长8%左右。\n")
    assert facts(text) == [("gdp", "growth", "target", "8", "%")]


def test_a_defect_met_on_one_sentence_loses_that_sentence_only_for_a_caller_collecting_warnings(monkeypatch):
    from govreport_cli.api import engine_for

    engine = engine_for(cached_rules())
    real = engine.sentence

    def failing(text, start, end, *rest):
        if "固定资产投资" in text[start:end]:
            raise IndexError("a defect")
        return real(text, start, end, *rest)

    monkeypatch.setattr(engine, "sentence", failing)
    text = "全县地区生产总值增长7%。全县固定资产投资增长10%。全县社会消费品零售总额增长8%。"
    warnings: list[str] = []
    rows = extract_text(text, warnings=warnings)
    assert [r["indicator"] for r in rows] == ["gdp", "retail_sales"]
    assert warnings == ["1 sentence(s) not read: an error of govreport (IndexError: a defect); please report it with the file"]
    with pytest.raises(IndexError):
        extract_text(text)  # (the API with no warnings, and the tests, hear of it)


@pytest.mark.parametrize("head, region, covers, year", [
    ("\n\n      沛县人民政府办公室文件\n\n         沛政办通〔2010〕9号\n\n\n   沛县人民政府办公室关于2010年1—2月份\n"
     "           全县经济运行情况的通报\n\n", "沛县", "M1-M2", 2010),
    ("义乌统计快报             2017年第6期(总第258期)\n义乌市统计局编             2017年7月21日\n\n"
     "           上半年我市经济运行稳中向好\n\n", "义乌市", "H1", 2017),
    ("榆林统计分析            第2期(总第186期)\n榆林市统计局             2016年1月29日\n\n"
     "        2015年全市经济运行情况分析\n\n全市生产总值增长8%。\n(二)展望。2016年是“十三五”开局之年,全市经济将保持平稳。\n",
     "榆林市", "FY", 2016),  # (its year the one after the year it reviews, not the one its outlook opens on)
    ("中国(上海)自由贸易试验区临港新片区管理委员会\n2023年工作报告\n\n——2023年2月16日在临港新片区2023年工作会议上\n\n",
     "临港新片区", "FY", 2023),
    ("合肥高新区管委会2016年工作报告\n作者:管委会办公室 发布时间:2016年01月29日\n\n一、2015年和“十二五”工作回顾\n"
     "全区生产总值增长8%。\n二、2016年主要目标任务\n2016年是“十三五”开局之年。\n", "合肥高新区", "FY", 2016),
    ("玉林市2018年前三季度经济运行情况报告\n玉林市人民政府门户网站\n经济运行\n2018年1-8月全市主要经济指标\n"
     "2018年上半年全市经济运行情况\n——2018年10月30日在玉林市第五届人民代表大会常务委员会第六次会议上\n", "玉林市", "Q1-Q3", 2018),
    ("您的位置:首页 >> 统计分析 >> 正文\n\n上半年全区国民经济运行情况分析\n\n平川区统计局　　2013年7月19日　　【大 中 小】\n\n",
     "平川区", "H1", 2013),
], ids=["a circular's title wrapped below blank lines", "a bulletin's header", "a title on one year's economy",
        "a speech's dated byline naming the meeting's place", "a zone's title of its year's work report",
        "the title before a sidebar's links to other periods", "a page's byline of the bureau, its date and font sizes"])
def test_a_bulletins_or_circulars_head_gives_region_period_and_year(head, region, covers, year):
    context = read_context(normalize(head + "全市生产总值增长8%。\n").text, cached_rules().shared)
    assert (context.region, context.covers, context.year) == (region, covers, year)


def test_a_bulletin_dated_early_in_the_year_its_plan_names_is_given_in_it():
    text = ("江北开发区简报                    2008年第2期\n江北开发区管委会办公室编                 2008年2月18日\n"
            "开发区召开2008年度工作会议\n一、2007年主要经济指标全面超额完成\n2007年,开发区实现地区生产总值520亿元。\n"
            "二、2008年主要目标任务\n2008年是实施“十一五”规划承上启下的关键一年。\n")
    context = read_context(normalize(text).text, cached_rules().shared)
    assert (context.year, context.given) == (2008, 2008)


def test_last_years_change_after_this_years_and_the_years_goal_inside_progress_against_it():
    text = ("江北省人民政府关于2017年上半年工作情况的报告\n一、上半年经济运行情况\n"
            "上半年,城镇新增就业27.9万人,完成全年45万人目标的62%。"
            "全省一般公共预算收入1001.2亿元,同比增长28.9%,而上年同期为下降11.2%,完成年度预算的59.8%。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("new_urban_jobs", "actual", 2017, "H1", "279000"), ("new_urban_jobs", "target", 2017, "FY", "450000"),
        ("general_budget_revenue", "actual", 2017, "H1", "1001.2"), ("general_budget_revenue", "actual", 2017, "H1", "28.9"),
        ("general_budget_revenue", "actual", 2016, "H1", "-11.2")]


@pytest.mark.parametrize("comparison", ["增幅比去年同期的12.5%回落0.9个百分点", "增速比上半年加快0.5个百分点,比去年同期的12.5%回落0.9个百分点"])
def test_last_years_change_the_change_is_set_against_is_last_years_with_no_basis(comparison):
    text = "江北县2004年上半年工作情况报告\n一、上半年经济运行情况\n上半年,全县生产总值同比增长11.6%," + comparison + "。\n"
    assert [(r["year"], r["period"], format_decimal(r["value"]), r["basis"]) for r in extract_text(text)] == [
        (2004, "H1", "11.6", "yoy"), (2003, "H1", "12.5", "")]


def test_the_years_goal_in_brackets_after_its_noun_inside_progress_against_it():
    text = ("江北县2006年1-8月工作情况报告\n一、1-8月经济运行情况\n"
            "1-8月,实际利用外资完成年度目标(16亿美元)的66.3%。全县实际利用外资10.6亿美元。\n")
    assert [(r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", 2006, "FY", "16"), ("actual", 2006, "M1-M8", "10.6")]


def test_a_list_of_pairs_dated_at_both_ends_and_a_list_of_changes_after_levels_with_their_own_words():
    text = ("2024年芜湖市政府工作报告\n——2024年1月10日在芜湖市第十七届人民代表大会第三次会议上\n二、“十四五”以来的发展变化\n"
            "城镇、农村居民人均可支配收入分别由2020年的45320元、25830元增加到2023年的54100元、31950元。\n"
            "三、2023年工作回顾\n城镇居民人均可支配收入预计达到52100元、农村居民人均可支配收入16500元,分别增长9%和10.5%。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("urban_disposable_income", "actual", 2020, "45320"), ("rural_disposable_income", "actual", 2020, "25830"),
        ("urban_disposable_income", "actual", 2023, "54100"), ("rural_disposable_income", "actual", 2023, "31950"),
        ("urban_disposable_income", "actual", 2023, "52100"), ("rural_disposable_income", "actual", 2023, "16500"),
        ("urban_disposable_income", "actual", 2023, "9"), ("rural_disposable_income", "actual", 2023, "10.5")]


def test_the_first_quarter_written_as_its_first_season():
    text = "2021年江北县政府工作报告\n一、2020年工作回顾\n全县经济增速呈现首季下降9.2%、上半年下降1.6%、前三季度增长2.1%的逐季回升态势。\n"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("Q1", "-9.2"), ("H1", "-1.6"), ("Q1-Q3", "2.1")]


def test_a_semicolon_where_a_wrapped_texts_full_line_ends_goes_on_to_the_next_line():
    from govreport_cli.lines import printed_width

    full = "一年来，全县经济运行稳中有进，主要指标完成情况好于预期，重点项目建设加快推"  # (30 wide characters)
    months = "1—11月，规模以上工业增加值59.86亿元，增长10.3%；"
    months = "稳" * ((printed_width(full) - printed_width(months)) // 2 - 1) + "。" + months  # (its semicolon where a full
    # line ends)
    text = ("关于江北县2016年国民经济和社会发展计划执行情况与2017年计划草案的报告\n"
            "——2017年1月6日在江北县第十八届人民代表大会第一次会议上\n"
            "一、2016年计划执行情况\n" + (full + "\n") * 14 + months + "\n全社会固定资产投资118.6亿元，增长18.2%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("industrial_value_added", "M1-M11"), ("industrial_value_added", "M1-M11"),
        ("fixed_asset_investment", "M1-M11"), ("fixed_asset_investment", "M1-M11")]


def test_a_plan_in_another_numbered_item_does_not_make_a_goal_the_year_reviewed():
    text = ("槐川县第十六届人民代表大会第二次会议开幕 县长作政府工作报告\n发布时间:2018-01-10 08:42\n"
            "报告显示,2017年全县地区生产总值完成128.6亿元,同比增长8.1%。\n"
            "报告强调,2018年要重点抓好三个方面工作:一是聚焦项目建设,实施县级重点项目68个,年度计划投资76亿元;"
            "二是聚焦改革开放,力争实际利用外资增长10%以上、外贸出口增长12%;三是聚焦民生,办好十件实事。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text) if r["kind"] == "target"] == [
        ("fdi_actual", 2018), ("exports", 2018)]


def test_goals_adjusted_in_a_month_named_two_clauses_before_the_approval_are_the_years():
    text = ("山西省政府工作报告\n——2015年1月26日在山西省第十二届人民代表大会第三次会议上\n一、2014年工作回顾\n"
            "需要向各位代表报告的是,去年7月,根据经济运行出现的新变化,经省人大常委会审议批准,"
            "全社会固定资产投资增长目标由年初的20%调整为15%。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("target", "20", 2014, "FY"), ("target", "15", 2014, "FY")]


def test_a_quota_the_nation_set_quoted_after_the_fall_done_is_the_year_reviewed_goal():
    text = ("河北省政府工作报告\n——2014年1月10日在河北省第十二届人民代表大会第二次会议上\n一、2013年工作回顾\n"
            "单位生产总值能耗下降3.7%,完成国家下达我省下降3.1%的年度任务。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("actual", "-3.7", 2013, "FY"), ("target", "-3.1", 2013, "FY")]


def test_a_plans_end_after_a_word_of_aim_dates_the_clauses_after_it_past_a_parts_figure():
    text = ("泉州市政府工作报告\n——2012年1月9日在泉州市第十五届人民代表大会第一次会议上\n二、2012年主要预期目标\n"
            "同时,要加快推进县域经济发展,中心市区生产总值增长13%以上,确保“十二五”末全市地区生产总值突破7000亿元,"
            "财政总收入达到1000亿元。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [("gdp", 2015), ("fiscal_revenue", 2015)]


def test_ocrs_one_for_the_dash_between_months_gives_the_months():
    text = ("吉林省2009年上半年预算执行情况的报告\n——2009年7月在吉林省第十一届人民代表大会常务委员会第十一次会议上\n"
            "1一6月,全省财政总收入完成386.5亿元,同比增长8.2%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [("fiscal_revenue", "H1"), ("fiscal_revenue", "H1")]


def test_a_page_number_in_brackets_between_blank_lines_and_its_header_break_no_sentence():
    text = ("富顺县人民政府工作报告\n——2013年1月在富顺县第十七届人民代表大会第一次会议上\n"
            "2012年,全县社会消费品零售总额72.4亿元,\n\n（1）\n\n富顺县第十七届人民代表大会第一次会议文件\n"
            "增长16.1%;地方公共财政收入8.62亿元,增长35.2%。\n")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)
            if r["indicator"] == "retail_sales"] == [("retail_sales", "level", "72.4"), ("retail_sales", "growth", "16.1")]


def test_a_goal_exceeded_quoted_in_the_review_is_the_reviewed_years():
    text = ("洛阳市政府工作报告\n——2009年2月在洛阳市第十三届人民代表大会第四次会议上\n一、2008年工作回顾\n"
            "全市生产总值完成2320.5亿元,增长13.2%,超过12%的预期目标。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("actual", "2320.5", 2008), ("actual", "13.2", 2008), ("target", "12", 2008)]


def test_a_part_opening_a_sentence_past_its_period_is_the_subject_past_its_semicolon():
    text = ("昌吉州2012年上半年国民经济运行情况\n上半年,全州实现生产总值500亿元,增长12%。\n"
            "上半年,昌吉市实现生产总值135.4亿元,增长16.2%;完成固定资产投资112.6亿元,增长41.2%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "500"), ("gdp", "12")]


def test_the_part_a_prefecture_runs_directly_is_the_whole_of_a_report_titled_so():
    text = ("伊犁州直2019年上半年经济运行情况报告\n"
            "上半年,州直实现地区生产总值545.27亿元,同比增长6.8%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "545.27"), ("gdp", "6.8")]


def test_a_verb_parted_from_its_figure_by_a_pages_blank_lines_reads_on():
    text = ("山西省政府工作报告\n——2016年1月26日在山西省第十二届人民代表大会第五次会议上\n"
            "城镇居民和农村居民人均可支配收入分别达到\n\n25860元和9480元,增长6.9%和7.5%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("urban_disposable_income", "25860"), ("rural_disposable_income", "9480"),
        ("urban_disposable_income", "6.9"), ("rural_disposable_income", "7.5")]


def test_last_years_rate_compared_bare_after_the_change_is_last_years_same_period():
    text = ("合肥高新区2023年上半年经济运行情况\n"
            "上半年,全区实现地区生产总值812.5亿元,同比增长8.1%,较去年同期4.6%的增速加快3.5个百分点。\n")
    assert [(r["measure"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("level", "812.5", 2023, "H1"), ("growth", "8.1", 2023, "H1"), ("growth", "4.6", 2022, "H1")]


def test_a_digests_list_of_goals_headed_as_such_gives_goals():
    text = ("数读四川省政府工作报告\n\n新华网成都1月27日电 1月25日,四川省第十四届人民代表大会第五次会议开幕。\n"
            "【2025 · 成绩单】\n\n◎全省地区生产总值增长5.6%\n\n【2026 · 目标单】\n\n◎地区生产总值增长5%左右\n\n"
            "◎粮食总产量710亿斤以上\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("actual", "5.6", 2025), ("target", "5", 2026), ("target", "710", 2026)]


def test_a_later_years_goals_go_on_past_the_semicolon_of_the_sentence_that_names_it():
    text = ("广东省人民政府工作报告\n——2011年1月在广东省第十一届人民代表大会第四次会议上\n"
            "“十二五”规划纲要草案同时提出,到二○一五年,全省生产总值达到6.7万亿元;"
            "研究与试验发展经费支出占生产总值比重达到2.3%。\n")
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("gdp", "target", 2015), ("rd_intensity", "target", 2015)]


def test_a_goal_in_people_exceeded_quoted_in_the_review_is_the_reviewed_years():
    text = ("政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n一、过去一年的工作回顾\n"
            "全年城镇新增就业862万人,超过800万人的预期目标。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("actual", "8620000", 2003), ("target", "8000000", 2003)]


def test_the_whole_county_then_its_towns_is_no_county_seat():
    text = ("南昌县2024年上半年经济运行情况\n上半年全县城镇新增就业6215人,城镇登记失业率控制在3.2%以内。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("new_urban_jobs", "6215"), ("unemployment_rate", "3.2")]


def test_a_rate_at_a_quarters_last_month_end_is_of_the_months_so_far():
    text = ("彝岭县2018年上半年经济运行情况\n1-5月,全县新增城镇就业1386人;6月末城镇登记失业率3.9%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("new_urban_jobs", "M1-M5"), ("unemployment_rate", "H1")]


def test_the_months_after_a_cause_opening_the_sentence_go_on_past_its_semicolon():
    text = ("任丘市2009年上半年经济运行情况\n"
            "受外需萎缩影响,1—5月份,全市完成进出口总额8650万美元,同比下降21.3%;其中出口6120万美元,下降25.6%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("foreign_trade", "M1-M5"), ("foreign_trade", "M1-M5"), ("exports", "M1-M5"), ("exports", "M1-M5")]


def test_the_months_the_data_cover_closing_a_clause_before_the_figures():
    text = ("沧源县2008年上半年经济运行情况\n"
            "（四）开放型经济稳步发展。受海关统计口径调整影响，外贸数据为1—4月份：全县进出口总额1.86亿美元，"
            "同比增长17.2%。上半年实际利用外资3200万美元。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("foreign_trade", "M1-M4"), ("foreign_trade", "M1-M4"), ("fdi_actual", "H1")]


def test_the_months_a_clause_says_the_data_are_of_go_on_past_its_semicolon():
    text = ("曲江市人民政府关于2015年1—9月全市经济运行情况的报告\n"
            "（三）投资保持较快增长。受统计时间影响，固定资产投资为1—8月数据：1—8月，全市固定资产投资完成867.5亿元，"
            "增长21.7%；其中工业投资216.3亿元，增长11.4%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("fixed_asset_investment", "M1-M8"), ("fixed_asset_investment", "M1-M8"),
        ("industrial_investment", "M1-M8"), ("industrial_investment", "M1-M8")]


def test_the_years_goal_a_reckoning_goes_by_is_the_years_goal():
    text = ("江北省人民政府关于2023年上半年国民经济和社会发展计划执行情况的报告\n二、下半年重点工作\n"
            "按全年地区生产总值增长5.5%左右的目标测算,下半年全省经济需增长7%以上,任务十分艰巨。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "target", "5.5", 2023, "FY")]


def test_last_years_same_period_opening_the_clause_after_a_semicolon_goes_on_with_the_name():
    text = ("荆江市关于2017年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n"
            "上半年全市实现地区生产总值856.4亿元,增长7.4%,低于全省0.4个百分点;上年同期增长8.3%。\n")
    assert [(r["measure"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("level", "856.4", 2017, "H1"), ("growth", "7.4", 2017, "H1"), ("growth", "8.3", 2016, "H1")]


def test_another_periods_change_in_a_bracket_after_the_figure_is_that_periods():
    text = ("闵行区2021年上半年区政府工作情况报告\n一、上半年经济社会发展主要情况\n"
            "完成规模以上工业总产值1656.3亿元,同比增长21.4%(1—5月增长25.3%)。\n")
    assert [(r["measure"], format_decimal(r["value"]), r["period"]) for r in extract_text(text)] == [
        ("level", "1656.3", "H1"), ("growth", "21.4", "H1"), ("growth", "25.3", "M1-M5")]


def test_a_year_opening_a_line_after_a_boxs_label_dates_the_line():
    text = ("宁波市政府工作报告\n——2019年1月15日在宁波市第十五届人民代表大会第四次会议上\n"
            "【数据链接】2017年,全市实现地区生产总值9842.1亿元,增长7.8%;一般公共预算收入1245.3亿元。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("gdp", "9842.1", 2017), ("gdp", "7.8", 2017), ("general_budget_revenue", "1245.3", 2017)]


@pytest.mark.parametrize("sentence, goal", [
    ("前三季度,全省规模以上工业增加值增长6.9%(年初目标7%左右)。", "7"),
    ("前三季度,全省实现生产总值5598.2亿元,同比增长7.9%(年初计划增长11%)。", "11"),
    ("前三季度,9月末城镇登记失业率3.1%(控制目标4.5%以内)。", "4.5"),
    ("前三季度单位生产总值能耗下降2.96%,与年度下降4.6%的目标相比仍有差距。", "-4.6"),
], ids=["the goal set early in the year", "the plan set early in the year", "the cap", "the year's fall"])
def test_the_years_goal_quoted_beside_part_of_the_years_outcome_is_the_whole_years(sentence, goal):
    text = "江北省2024年前三季度经济运行情况\n" + sentence + "\n"
    assert [(format_decimal(r["value"]), r["period"]) for r in extract_text(text) if r["kind"] == "target"] == [(goal, "FY")]


def test_a_paragraph_opening_on_its_year_in_a_part_on_the_year_and_five_years_is_that_years():
    text = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n一、过去一年和五年工作回顾\n"
            "2022年极为关键、极不寻常。国内生产总值达到121.2万亿元,增长3%。\n"
            "过去五年极不寻常。国内生产总值从83.2万亿元增加到121.2万亿元,五年年均增长5.2%。\n")
    assert [(r["measure"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("level", "1212000", 2022), ("growth", "3", 2022), ("level", "832000", 2017)]


def test_a_cap_quoted_after_its_outcome_is_the_reviewed_years_goal():
    text = ("政府工作报告\n——2013年3月5日在第十二届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "2012年,居民消费价格上涨2.6%,控制在4%左右的预期目标以内。城镇登记失业率4.1%,控制在4.6%的目标以内。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"]), r["qualifier"], r["year"]) for r in extract_text(text)] == [
        ("cpi", "actual", "2.6", "", 2012), ("cpi", "target", "4", "approx", 2012),
        ("unemployment_rate", "actual", "4.1", "", 2012), ("unemployment_rate", "target", "4.6", "at_most", 2012)]


def test_a_figure_a_note_gives_to_another_place_is_not_the_regions():
    text = ("临平区2026年上半年经济运行情况\n上半年,全区居民消费价格同比上涨0.6%(杭州市数据)。全区社会消费品零售总额增长5.2%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("retail_sales", "5.2")]


def test_a_list_of_months_of_another_subject_after_the_name_is_not_the_names():
    text = ("湖北省2003年上半年经济运行情况\n社会消费品零售总额1026.4亿元,同比增长8.1%,"
            "其中4、5月份餐饮业零售额分别下降12.6%和18.3%。\n")
    assert [(format_decimal(r["value"]), r["period"]) for r in extract_text(text)] == [("1026.4", "H1"), ("8.1", "H1")]


def test_a_half_after_a_quarter_opening_on_a_preliminary_estimate_goes_on_with_the_name():
    text = ("国务院关于2013年上半年国民经济和社会发展计划执行情况的报告\n——2013年6月26日在第十二届全国人民代表大会常务委员会"
            "第三次会议上\n一、上半年计划执行情况\n一季度国内生产总值同比增长7.7%,初步预计上半年增长7.6%左右。\n")
    assert [(r["period"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("Q1", "7.7", ""), ("H1", "7.6", "estimate")]


def test_a_second_goal_of_the_name_for_a_later_year_said_with_to_that_year():
    text = ("宜昌市人民政府工作报告\n——2003年2月18日在宜昌市第四届人民代表大会第一次会议上\n"
            "今后五年的目标是:到2005年,全市国内生产总值达到700亿元,到2007年突破850亿元。\n")
    assert [(r["year"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        (2005, "700", ""), (2007, "850", "at_least")]


def test_a_years_own_change_past_the_semicolon_after_a_five_year_pair_goes_on_with_the_name():
    text = ("宜昌市人民政府工作报告\n——2006年2月20日在宜昌市第四届人民代表大会第四次会议上\n一、“十五”时期的发展成就和2005年工作回顾\n"
            "全市生产总值由2000年的338.6亿元增加到2005年的602.4亿元,按可比价格计算年均增长11.3%;2005年比上年增长12.9%。\n")
    assert [(r["measure"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("level", "338.6", 2000), ("level", "602.4", 2005), ("growth", "12.9", 2005)]


def test_the_years_goal_in_a_bracket_after_an_outcome_leaves_the_outcome_and_what_follows_outcomes():
    text = ("关于赣州市2016年上半年国民经济和社会发展计划执行情况的报告\n——2016年7月28日在赣州市第四届人民代表大会常务委员会"
            "第三十六次会议上\n一、上半年计划执行情况\n全市固定资产投资896.4亿元,同比增长15.8%(上年同期17.1%,全年目标16%),"
            "其中工业投资367.2亿元,增长12.3%。社会消费品零售总额402.5亿元,增长12.1%(全年目标12%)。"
            "城镇居民人均可支配收入14163元,增长8.6%(全年目标9%)。城镇新增就业3.86万人(全年目标6.5万人)。\n")
    assert [(r["indicator"][:12], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_", "actual", "H1", "896.4"), ("fixed_asset_", "actual", "H1", "15.8"),
        ("fixed_asset_", "actual", "H1", "17.1"), ("fixed_asset_", "target", "FY", "16"),
        ("industrial_i", "actual", "H1", "367.2"), ("industrial_i", "actual", "H1", "12.3"),
        ("retail_sales", "actual", "H1", "402.5"), ("retail_sales", "actual", "H1", "12.1"),
        ("retail_sales", "target", "FY", "12"), ("urban_dispos", "actual", "H1", "14163"),
        ("urban_dispos", "actual", "H1", "8.6"), ("urban_dispos", "target", "FY", "9"),
        ("new_urban_jo", "actual", "H1", "38600"), ("new_urban_jo", "target", "FY", "65000")]


def test_a_pair_from_the_year_before_last_to_last_year_dates_both_ends():
    text = ("政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n一、过去一年的工作回顾\n"
            "经济效益继续提高,全国财政收入由前年的18904亿元增加到去年的21691亿元,增长14.7%。\n")
    assert [(r["measure"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("level", "18904", 2002), ("level", "21691", 2003), ("growth", "14.7", 2003)]


@pytest.mark.parametrize("head", [
    "甘肃省人民政府关于2021年上半年工作情况的报告\n一、上半年工作情况\n",
    "甘肃省人民政府工作报告\n——2022年1月20日在甘肃省第十三届人民代表大会第五次会议上\n一、2021年工作回顾\n"],
    ids=["a half-year report", "an annual report"])
def test_a_month_end_written_in_chinese_numerals_opens_the_rate_and_closes_its_months(head):
    text = head + "六月末城镇调查失业率为百分之五点一。\n"
    assert [(r["indicator"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("surveyed_unemployment_rate", "5.1", 2021, "H1")]


@pytest.mark.parametrize("sentence, expected", [
    ("一般公共预算收入104.3亿元,增长6.8%(年度目标为增长10%),完成年度预算的73.6%,其中税收收入71.9亿元,增长2.1%;"
     "一般公共预算支出256.4亿元,增长15.3%。",
     [("actual", "104.3"), ("actual", "6.8"), ("target", "10"), ("actual", "71.9"), ("actual", "2.1"),
      ("actual", "256.4"), ("actual", "15.3")]),
    ("全社会固定资产投资增长38.4%(全年目标30%,上年同期34.2%),其中工业投资298.6亿元,增长46.3%。",
     [("actual", "38.4"), ("target", "30"), ("actual", "34.2"), ("actual", "298.6"), ("actual", "46.3")]),
    ("规模以上工业增加值增长15.1%(省定目标16%),其中6月份当月增长15.4%。",
     [("actual", "15.1"), ("target", "16"), ("actual", "15.4")]),
    ("规模以上工业增加值增长4.3%(省定目标9%,上年同期6.5%),其中9月当月增长7.6%。",
     [("actual", "4.3"), ("target", "9"), ("actual", "6.5"), ("actual", "7.6")]),
    ("居民消费价格上涨0.6%(控制目标3%左右)。", [("actual", "0.6"), ("target", "3")]),
    ("规模以上工业增加值增长7.6%(年度计划8.5%)。单位生产总值能耗下降3.6%(年度计划下降3.5%)。",
     [("actual", "7.6"), ("target", "8.5"), ("actual", "-3.6"), ("target", "-3.5")]),
], ids=["the goal said as a change, then a part and the next name", "the goal, then last year's same period",
        "the province's goal", "a month after a bracket closing on last year's same period", "the cap",
        "the year's plan"])
def test_brackets_of_the_years_goal_in_every_shape_leave_the_outcomes_around_them(sentence, expected):
    text = ("曲靖市人民政府关于2015年前三季度经济运行情况的报告\n——2015年10月28日在曲靖市第四届人民代表大会常务委员会会议上\n"
            "一、前三季度经济运行情况\n" + sentence + "\n")
    assert [(r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == expected
    assert [r["year"] for r in extract_text(text)][-1] == 2015


def test_a_note_taken_out_dates_the_figure_it_names_to_its_own_year():
    text = ("江北省2025年政府工作报告\n一、2024年工作回顾\n"
            "全省研究与试验发展经费投入强度达到2.07%,地区生产总值增长5.1%。\n"
            "注释:\n[1] 研究与试验发展经费投入强度为2023年数据,全国为2.65%。\n")
    rows = extract_text(text)
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in rows] == [
        ("rd_intensity", 2023, "2.07"), ("gdp", 2024, "5.1")]


def test_last_years_base_named_in_a_circumstance_does_not_date_the_figure():
    text = ("江北区2025年前三季度经济运行情况报告\n一、前三季度经济运行情况\n"
            "前三季度,在落实结构性减税降费政策、上年同期基数较高的情况下,一般公共预算收入182.36亿元,增长1.8%。\n")
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2025, "Q1-Q3", "182.36"), (2025, "Q1-Q3", "1.8")]


@pytest.mark.parametrize("sentence, expected", [
    ("五月份全国城镇调查失业率为百分之五点一。", [("surveyed_unemployment_rate", "M5", "5.1")]),
    ("一至五月份,规模以上工业增加值同比增长百分之六点二,五月当月增长百分之六点一。",
     [("industrial_value_added", "M1-M5", "6.2"), ("industrial_value_added", "M5", "6.1")]),
    ("上半年,规模以上工业增加值增长百分之十点八,其中一至五月份增长百分之九点六,六月份当月增长百分之十三点二。",
     [("industrial_value_added", "H1", "10.8"), ("industrial_value_added", "M1-M5", "9.6"),
      ("industrial_value_added", "M6", "13.2")]),
], ids=["a month before the name", "a month after the months so far", "months under 其中"])
def test_months_written_in_chinese_numerals_read_as_months_written_in_digits(sentence, expected):
    text = "关于2019年上半年国民经济和社会发展计划执行情况的报告\n一、上半年经济运行情况\n" + sentence + "\n"
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


def test_a_digests_paragraph_on_this_years_work_is_the_plan():
    text = ("省十届人大四次会议隆重开幕\n2006-01-14 07:25 来源:江北日报\n"
            "  报告说,2005年全省经济保持了平稳较快增长的良好势头。全省生产总值达到6484.5亿元,增长12.1%。\n"
            "  围绕今年的工作,报告提出要抓好八个方面:大力推进新农村建设;着力解决就业问题,全年新增城镇就业50万人。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2005, "6484.5"), ("gdp", "actual", 2005, "12.1"), ("new_urban_jobs", "target", 2006, "500000")]


@pytest.mark.parametrize("sentence, goal", [
    ("实际使用外资6.82亿美元,完成年度目标(12亿美元)的56.8%。", ("fdi_actual", "12")),
    ("城镇新增就业24.6万人,完成全年目标(45万人以上)的54.7%。", ("new_urban_jobs", "450000")),
    ("一般公共预算收入14.8亿元,完成年度预算(27.5亿元)的53.9%。", ("general_budget_revenue", "27.5")),
    ("实际利用外资2860万美元,完成年度任务(4000万美元)的71.5%。", ("fdi_actual", "0.4")),
    ("全县完成固定资产投资148.72亿元,完成年度计划(280亿元)的53.1%。", ("fixed_asset_investment", "280")),
], ids=["目标", "目标 with its bound", "预算", "任务", "计划"])
def test_the_years_goal_in_brackets_inside_the_progress_made_on_it_is_the_years_target(sentence, goal):
    text = "江北县2019年上半年经济运行情况报告\n一、上半年经济运行情况\n" + sentence + "\n"
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)][1:] == [
        (goal[0], "target", "FY", goal[1])]


def test_the_halfs_change_after_the_years_goal_in_brackets_is_the_outcome():
    text = ("江北县2013年上半年经济运行情况报告\n一、上半年经济运行情况\n"
            "上半年,全县实现地区生产总值216.38亿元(年度目标增长12%),同比增长11.4%。\n")
    assert [(r["kind"], r["measure"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "level", "H1", "216.38"), ("target", "growth", "FY", "12"), ("actual", "growth", "H1", "11.4")]


@pytest.mark.parametrize("sentence, expected", [
    ("地区生产总值增速比全省低0.2个百分点(全省增长6.5%)。", []),
    ("规模以上工业增加值520.8亿元,增长20.6%(全省19.8%),6月份当月增长22.3%。",
     [("level", "H1", "520.8"), ("growth", "H1", "20.6"), ("growth", "M6", "22.3")]),
], ids=["the province's rate alone", "a month's rate after the province's"])
def test_a_figure_in_brackets_opening_on_a_whole_is_that_wholes(sentence, expected):
    text = "江北市2019年上半年经济运行情况报告\n一、上半年经济运行情况\n" + sentence + "\n"
    assert [(r["measure"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


def test_soft_hyphens_and_hyphens_at_a_line_break_inside_a_name_are_no_characters():
    text = ("江北省2018年政府工作报告\n一、2017年工作回顾\n"
            "城镇登记失\u00ad业率4.1%。全省固定资产投\u00ad\n资9534.1亿元,增长10.5%;地方级公共财政预算收-\n入110.6亿元,增长7.1%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("unemployment_rate", "4.1"), ("fixed_asset_investment", "9534.1"), ("fixed_asset_investment", "10.5"),
        ("general_budget_revenue", "110.6"), ("general_budget_revenue", "7.1")]


def test_this_years_aim_after_last_years_level_in_one_sentence_is_this_years():
    text = "江北省2005年上半年经济运行情况\n二、下半年工作\n去年全省生产总值为4759.3亿元,力争今年全省生产总值突破5000亿元。\n"
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2004, "4759.3"), ("target", 2005, "5000")]


def test_a_date_line_in_numerals_wrapping_inside_the_congress_names_the_region_over_a_papers_masthead():
    text = ("江州日报·江北新闻　　　Ａ３\n江北县政府工作报告（摘要）\n——二〇二六年一月十二日在江北县第十八届人民\n代表大会第五次会议上\n"
            "一、二〇二五年工作回顾\n2025年,全县地区生产总值1102.6亿元,增长6.8%。\n")
    assert [(r["region"], r["indicator"], r["year"]) for r in extract_text(text)] == [
        ("江北县", "gdp", 2025), ("江北县", "gdp", 2025)]


def test_another_citys_story_set_inside_the_report_ends_at_the_reports_next_heading():
    text = ("本报讯1月12日,江北县第十八届人民代表大会第五次会议开幕。\n\n"
            "江北县政府工作报告（摘要）\n——2026年1月12日在江北县第十八届人民代表大会第五次会议上\n"
            "一、2025年工作回顾\n全县地区生产总值增长6.8%。\n\n江州市政府工作报告:\n今年全市地区生产总值\n增长6%左右\n"
            "本报讯1月13日,江州市第十七届人民代表大会第六次会议开幕,今年全市地区生产总值预期增长6%左右。\n\n"
            "二、2026年主要预期目标\n地区生产总值增长6.5%左右;一般公共预算收入增长5%。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["kind"]) for r in extract_text(text)] == [
        ("gdp", "6.8", "actual"), ("gdp", "6.5", "target"), ("general_budget_revenue", "5", "target")]


def test_a_box_of_figures_labelled_with_an_earlier_year_is_that_years_outcomes():
    text = ("江北县2017年政府工作报告\n——2017年1月12日在江北县第十六届人民代表大会第二次会议上\n三、2017年重点工作\n"
            "力争规上工业增加值增长8.5%。\n\n■数说江北（２０１４年）\n地区生产总值　　１７２．３亿元　　增长８．３％\n\n"
            "■数说江北·二〇一五\n全县地区生产总值１８６．５亿元,增长７．１％。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["kind"], r["year"]) for r in extract_text(text)] == [
        ("industrial_value_added", "8.5", "target", 2017), ("gdp", "172.3", "actual", 2014),
        ("gdp", "8.3", "actual", 2014), ("gdp", "186.5", "actual", 2015), ("gdp", "7.1", "actual", 2015)]
