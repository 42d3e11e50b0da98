"""Tables written as text: each cell read by its column's label, in a closed world of labels."""
import pytest

from govreport_cli.api import extract_text
from govreport_cli.numbers import format_decimal

HALF = "江北县2019年上半年经济运行情况\n发布时间:2019-07-26 来源:县统计局\n上半年,全县经济运行总体平稳。\n"


def rows(text: str) -> list[tuple]:
    return [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["qualifier"], r["year"],
             r["period"]) for r in extract_text(text)]


def test_a_pipe_table_with_last_year_and_the_years_goal():
    text = HALF + ("指标 | 单位 | 1-6月 | 上年同期 | 同比增长(%) | 全年目标增长(%)\n"
                   "生产总值 | 亿元 | 845.6 | 760.3 | 10.2 | 10.5\n"
                   "固定资产投资 | 亿元 | — | — | 20.6 | 20\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "845.6", "", 2019, "H1"), ("gdp", "level", "actual", "760.3", "", 2018, "H1"),
        ("gdp", "growth", "actual", "10.2", "", 2019, "H1"), ("gdp", "growth", "target", "10.5", "", 2019, "FY"),
        ("fixed_asset_investment", "growth", "actual", "20.6", "", 2019, "H1"),
        ("fixed_asset_investment", "growth", "target", "20", "", 2019, "FY")]


def test_a_row_of_the_contracted_foreign_investment_newly_approved_is_the_regions():
    text = ("江宁区2007年1-9月份经济运行情况\n附：1-9月份全区主要经济指标\n"
            "指标\t单位\t1-9月累计\t比去年同期±%\n进出口总额\t亿美元\t52.4\t29.7\n"
            "新批协议注册外资\t亿美元\t11.8\t-8.3\n开发区协议注册外资\t亿美元\t9.6\t-5.1\n")
    assert [(r[0], r[3]) for r in rows(text)] == [
        ("foreign_trade", "52.4"), ("foreign_trade", "29.7"), ("fdi_contracted", "11.8"), ("fdi_contracted", "-8.3")]


def test_a_column_of_the_change_against_the_half_is_no_row_and_a_marked_row_takes_the_notes_months():
    text = ("关于柳州市2014年1—9月国民经济和社会发展计划执行情况的报告\n表 2014年1—9月主要经济指标完成情况\n"
            "指标\t单位\t1—9月\t增速(%)\t年度目标(%)\t增速较上半年(百分点)\n"
            "地区生产总值\t亿元\t1563.2\t9.1\t10\t+0.3\n外贸进出口总额*\t亿美元\t14.23\t21.7\t15\t-1.2\n"
            "注:带*号的指标为1—8月数据。\n")
    assert [(r[0], r[1], r[3], r[6]) for r in rows(text)] == [
        ("gdp", "level", "1563.2", "Q1-Q3"), ("gdp", "growth", "9.1", "Q1-Q3"), ("gdp", "growth", "10", "FY"),
        ("foreign_trade", "level", "14.23", "M1-M8"), ("foreign_trade", "growth", "21.7", "M1-M8"),
        ("foreign_trade", "growth", "15", "FY")]


def test_a_column_of_notes_under_two_labels_joined_by_a_slash_is_no_row():
    text = ("宁夏回族自治区2023年上半年国民经济和社会发展计划执行情况的报告\n附表:2023年上半年主要预期指标完成情况\n"
            "指标名称\t单位\t年度预期目标\t上半年完成\t同比增长(%)\t完成进度/备注\n"
            "地区生产总值\t亿元\t增长6.5%左右\t2539.6\t6.1\t—\n一般公共预算收入\t亿元\t增长6%左右\t278.5\t12.3\t54.6%\n")
    assert sorted((r[0], r[1], r[2], r[3]) for r in rows(text)) == [
        ("gdp", "growth", "actual", "6.1"), ("gdp", "growth", "target", "6.5"), ("gdp", "level", "actual", "2539.6"),
        ("general_budget_revenue", "growth", "actual", "12.3"), ("general_budget_revenue", "growth", "target", "6"),
        ("general_budget_revenue", "level", "actual", "278.5")]


def test_a_row_named_with_the_scope_it_is_counted_in_is_the_regions():
    text = HALF + ("指标 | 单位 | 1-6月 | 同比增长(%)\n固定资产投资(不含农户) | 亿元 | 152.6 | 9.8\n")
    assert [(r[0], r[3]) for r in rows(text)] == [("fixed_asset_investment", "152.6"), ("fixed_asset_investment", "9.8")]


def test_a_districts_table_of_its_own_budget_by_the_names_before_2015():
    text = ("江北区2010年政府工作报告\n——2010年1月12日在江北区第十四届人民代表大会第五次会议上\n附表\n2009年江北区国民经济主要指标\n"
            "指　　标\t单位\t绝对数\t比上年增长（％）\n地区生产总值\t亿元\t1826.3\t13.2\n"
            "区级一般预算收入\t亿元\t40.53\t10.2\n区级一般预算支出\t亿元\t38.72\t14.3\n")
    assert [(r[0], r[3]) for r in rows(text)] == [
        ("gdp", "1826.3"), ("gdp", "13.2"), ("general_budget_revenue", "40.53"), ("general_budget_revenue", "10.2"),
        ("general_budget_expenditure", "38.72"), ("general_budget_expenditure", "14.3")]


def test_a_box_table_with_the_unit_in_the_name_and_the_months_in_its_title():
    text = HALF.replace("上半年经济", "前三季度经济") + (
        "表1 全县主要经济指标(1-9月)\n"
        "┌──────────────┬────────┬────────┐\n"
        "│指标          │累计    │比上年同期增长%│\n"
        "├──────────────┼────────┼────────┤\n"
        "│地区生产总值(亿元)│452.3   │7.6     │\n"
        "│城镇居民人均可支配收入(元)│17352│7.9│\n"
        "└──────────────┴────────┴────────┘\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "452.3", "", 2019, "Q1-Q3"), ("gdp", "growth", "actual", "7.6", "", 2019, "Q1-Q3"),
        ("urban_disposable_income", "level", "actual", "17352", "", 2019, "Q1-Q3"),
        ("urban_disposable_income", "growth", "actual", "7.9", "", 2019, "Q1-Q3")]


def test_a_space_aligned_table_as_a_pdf_leaves_it():
    text = HALF + ("指标名称                单位      1-6月      同比增长(%)\n"
                   "地区生产总值            亿元      290.5      9.8\n"
                   "  其中:税收收入         亿元      21.3       13.5\n"
                   "进出口总额              万美元    3900       -8.2\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "290.5", "", 2019, "H1"), ("gdp", "growth", "actual", "9.8", "", 2019, "H1"),
        ("tax_revenue", "level", "actual", "21.3", "", 2019, "H1"), ("tax_revenue", "growth", "actual", "13.5", "", 2019, "H1"),
        ("foreign_trade", "level", "actual", "0.39", "", 2019, "H1"), ("foreign_trade", "growth", "actual", "-8.2", "", 2019, "H1")]


def test_an_annual_reports_table_of_goals_and_estimates_with_rows_named_for_their_change():
    text = ("江北省人民政府工作报告\n——2025年1月20日在江北省第十四届人民代表大会第三次会议上\n"
            "一、2024年工作回顾\n表1 2024年主要指标完成情况\n"
            "指标名称\t年度目标\t预计完成\n"
            "地区生产总值增长(%)\t5以上\t5.7左右\n"
            "城镇新增就业(万人)\t110以上\t123\n"
            "居民人均可支配收入增长(%)\t与经济增长同步\t5.4\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "5", "at_least", 2024, "FY"), ("gdp", "growth", "actual", "5.7", "estimate", 2024, "FY"),
        ("new_urban_jobs", "level", "target", "1100000", "at_least", 2024, "FY"),
        ("new_urban_jobs", "level", "actual", "1230000", "estimate", 2024, "FY"),
        ("disposable_income", "growth", "actual", "5.4", "estimate", 2024, "FY")]



def test_a_row_named_for_a_fall_gives_falls():
    text = ("江北省人民政府工作报告\n——2011年1月20日在江北省第十一届人民代表大会第四次会议上\n"
            "附件:2011年全省经济社会发展主要预期目标\n指标 | 单位 | 上年完成 | 今年目标\n"
            "生产总值增长 | % | 14.8 | 10以上\n单位生产总值能耗下降 | % | 4.4 | 3.4\n")
    assert rows(text) == [
        ("gdp", "growth", "actual", "14.8", "", 2010, "FY"), ("gdp", "growth", "target", "10", "at_least", 2011, "FY"),
        ("energy_intensity", "growth", "actual", "-4.4", "", 2010, "FY"),
        ("energy_intensity", "growth", "target", "-3.4", "", 2011, "FY")]

def test_rows_of_another_subject_give_nothing_and_the_table_goes_on():
    text = HALF + ("指标\t单位\t1-6月\t增长(%)\n"
                   "地区生产总值\t亿元\t236.8\t7.9\n"
                   "其中:开发区地区生产总值\t亿元\t88.1\t12.3\n"
                   "全市地区生产总值\t亿元\t2098.6\t7.2\n"
                   "社会消费品零售总额\t亿元\t118.6\t9.1\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "236.8", "", 2019, "H1"), ("gdp", "growth", "actual", "7.9", "", 2019, "H1"),
        ("retail_sales", "level", "actual", "118.6", "", 2019, "H1"), ("retail_sales", "growth", "actual", "9.1", "", 2019, "H1")]


def test_a_change_column_is_of_the_months_of_the_level_column_before_it():
    text = ("江北市2015年5月份经济运行简况\n发布时间:2015-06-19 来源:市统计局\n"
            "指标\t5月\t增长%\t1—5月\t增长%\n财政总收入(亿元)\t25.31\t13.8\t116.38\t9.1\n")
    assert [(r[3], r[6]) for r in rows(text)] == [("25.31", "M5"), ("13.8", "M5"), ("116.38", "M1-M5"), ("9.1", "M1-M5")]


def test_a_cell_marked_as_estimated_is_an_estimate_of_its_column():
    text = ("2022年江北省政府工作报告\n——2022年1月20日在江北省第十三届人民代表大会第六次会议上\n附件\n"
            "2022年全省经济社会发展主要预期目标\n序号\t指标\t单位\t2021年完成\t2022年目标\n"
            "1\t研究与试验发展经费投入强度\t%\t2.26(预计)\t2.3\n")
    assert rows(text) == [("rd_intensity", "level", "actual", "2.26", "estimate", 2021, "FY"),
                          ("rd_intensity", "level", "target", "2.3", "", 2022, "FY")]


def test_a_heading_with_a_label_it_does_not_know_gives_no_table():
    text = HALF + ("指标\t单位\t1-6月\t占全市比重(%)\n"
                   "地区生产总值\t亿元\t236.8\t7.9\n")
    assert all(r[3] != "7.9" for r in rows(text))


def test_a_row_with_a_cell_too_many_ends_the_table():
    text = HALF + ("指标\t单位\t1-6月\t增长(%)\n"
                   "地区生产总值\t亿元\t236.8\t7.9\t3\n"
                   "社会消费品零售总额\t亿元\t118.6\t9.1\n")
    assert rows(text) == []


def test_a_bare_goal_column_is_a_level_only_when_it_is_no_smaller_than_the_level_done():
    text = HALF + ("指标 | 单位 | 1-6月 | 同比增长(%) | 全年目标\n"
                   "地区生产总值 | 亿元 | 186.4 | 6.8 | 7.5\n"
                   "一般公共预算收入 | 亿元 | 21.3 | 5.3 | 45\n")
    assert [r for r in rows(text) if r[2] == "target"] == [("general_budget_revenue", "level", "target", "45", "", 2019, "FY")]


def test_a_rates_goal_in_per_cent_is_its_level():
    text = HALF + ("指标 | 单位 | 1-6月 | 全年目标(%)\n研发投入强度 | % | — | 3.3\n单位地区生产总值能耗 | % | -4.1 | -3\n")
    assert ("rd_intensity", "level", "target", "3.3", "", 2019, "FY") in rows(text)


def test_a_table_parted_by_one_blank_each_and_a_row_whose_values_the_clean_up_glued():
    # (a row with a cell too few, 180 187.5 read as one figure, ends the table: no row from it)
    text = ("遵北市2008年政府工作报告\n附表:遵北市主要指标\n指标名称 单位 2007年计划 2007年预计完成 增长% 2008年计划\n"
            "财政总收入 亿元 增长15% 86.5 26.3 增长16%\n"
            "城镇登记失业率\u3000%\u30004.6以内\u30004.1\u3000—\u30004.5以内\n"
            "粮食总产量 万吨 180 187.5 — 182\n"
            "生产总值 亿元 增长12% 482.6 14.1 增长12.5%\n")
    assert rows(text) == [
        ("fiscal_revenue", "growth", "target", "15", "", 2007, "FY"),
        ("fiscal_revenue", "level", "actual", "86.5", "estimate", 2007, "FY"),
        ("fiscal_revenue", "growth", "actual", "26.3", "estimate", 2007, "FY"),
        ("fiscal_revenue", "growth", "target", "16", "", 2008, "FY"),
        ("unemployment_rate", "level", "target", "4.6", "at_most", 2007, "FY"),
        ("unemployment_rate", "level", "actual", "4.1", "estimate", 2007, "FY"),
        ("unemployment_rate", "level", "target", "4.5", "at_most", 2008, "FY")]


def test_a_table_under_a_title_with_a_colon_and_two_labels_one_blank_apart():
    text = HALF + ("附表:江北县2019年1-6月主要经济指标完成情况\n"
                   "指标名称\u3000\u3000\u3000\u3000单位\u3000\u3000\u30001-6月\u3000\u3000同比增长（%）\u3000年度计划增长（%）\n"
                   "生产总值\u3000\u3000\u3000\u3000亿元\u3000\u3000\u3000548.2\u3000\u300011.2\u3000\u3000\u300010\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "548.2", "", 2019, "H1"), ("gdp", "growth", "actual", "11.2", "", 2019, "H1"),
        ("gdp", "growth", "target", "10", "", 2019, "FY")]


def test_a_note_under_a_table_gives_its_rows_months_of_their_own():
    text = HALF + ("附表:江北县2019年上半年主要经济指标\n指标   单位   1—6月   同比增长（%）\n"
                   "地区生产总值   亿元   338.6   5.8\n规模以上服务业营业收入   亿元   58.2   8.8\n\n"
                   "注:地区生产总值为初步核算数;规模以上服务业营业收入为1—5月数据。\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "338.6", "", 2019, "H1"), ("gdp", "growth", "actual", "5.8", "", 2019, "H1"),
        ("service_revenue", "level", "actual", "58.2", "", 2019, "M1-M5"),
        ("service_revenue", "growth", "actual", "8.8", "", 2019, "M1-M5")]


def test_a_table_of_the_budget_of_the_governments_own_level_gives_no_row():
    text = ("江北市2018年预算执行情况和2019年预算草案的报告\n一、2018年预算执行情况\n"
            "表一  2018年全市一般公共预算收支执行情况表\n                    单位:亿元\n项  目          年初预算   调整预算   执行数   比上年增长%\n"
            "一般公共预算收入  334.0      336.5      342.6     9.1\n\n"
            "表二  2018年市级一般公共预算收支执行情况表\n                    单位:亿元\n项  目          年初预算   调整预算   执行数   比上年增长%\n"
            "一般公共预算收入   96.5       97.8       98.7     6.5\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["334", "336.5", "342.6", "9.1"]


def test_a_region_named_over_a_group_of_columns_with_its_period_gives_no_table():
    # (全市1-9月 over 绝对值 and 增长, 全省1-9月 over 增长 and 位次: not 全市 and a column of 1-9月, which read the
    # growth and the rank as levels)
    text = ("洛北市2015年前三季度经济运行情况\n前三季度,全市经济运行总体平稳。\n洛北市2015年1-9月主要经济指标\n"
            "指标\t单位\t全市1-9月\t\t全省1-9月\t\n\t\t绝对值\t增长(%)\t增长(%)\t位次\n"
            "地区生产总值\t亿元\t2436.8\t9.1\t8.4\t5\n")
    assert [r for r in rows(text) if r[3] in ("9.1", "5", "8.4")] == []


def test_an_annexed_table_of_estimates_is_the_year_its_title_names_first():
    text = ("江北县人民政府工作报告\n——2018年1月10日在江北县第十七届人民代表大会第二次会议上\n二、2018年主要预期目标\n"
            "地区生产总值增长8.5%左右。\n附件\n2017年主要经济指标完成情况及2018年预期目标表\n"
            "指标|单位|预计完成|增长(%)\n地区生产总值|亿元|318|8.7\n")
    assert [r for r in rows(text) if r[2] == "actual"] == [
        ("gdp", "level", "actual", "318", "estimate", 2017, "FY"), ("gdp", "growth", "actual", "8.7", "estimate", 2017, "FY")]


def test_a_plans_column_written_as_changes_and_a_row_in_per_cent():
    text = HALF + ("指标\t单位\t2019年计划目标\t1-6月完成\t同比增长(%)\t完成计划(%)\n"
                   "地区生产总值\t亿元\t增长6%\t1412.3\t6.5\t—\n"
                   "规上工业增加值\t%\t7.5\t—\t8.9\t—\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "6", "", 2019, "FY"), ("gdp", "level", "actual", "1412.3", "", 2019, "H1"),
        ("gdp", "growth", "actual", "6.5", "", 2019, "H1"),
        ("industrial_value_added", "growth", "target", "7.5", "", 2019, "FY"),
        ("industrial_value_added", "growth", "actual", "8.9", "", 2019, "H1")]


def test_a_row_name_wrapped_onto_the_next_line_is_read_whole_and_the_table_goes_on():
    text = HALF + ("指标名称          单位      1-6月       同比增长(%)\n"
                   "规模以上工业      亿元      88.2        6.1\n"
                   "增加值\n"
                   "社会消费品零售    亿元      76.5        7.2\n"
                   "总额\n"
                   "一般公共预算收入  亿元      12.3        4.5\n")
    assert rows(text) == [
        ("industrial_value_added", "level", "actual", "88.2", "", 2019, "H1"),
        ("industrial_value_added", "growth", "actual", "6.1", "", 2019, "H1"),
        ("retail_sales", "level", "actual", "76.5", "", 2019, "H1"), ("retail_sales", "growth", "actual", "7.2", "", 2019, "H1"),
        ("general_budget_revenue", "level", "actual", "12.3", "", 2019, "H1"),
        ("general_budget_revenue", "growth", "actual", "4.5", "", 2019, "H1")]


@pytest.mark.parametrize("table", [
    "| 指标 | 单位 | 2019年1-6月 | | 全年目标 |\n"
    "| | | 完成 | 同比增长(%) | 增长(%) |\n"
    "| 地区生产总值 | 亿元 | 215.6 | 5.8 | 6.5 |\n",
    "指标        单位        1-6月              全年目标\n"
    "                  绝对值    同比增长(%)     增长(%)\n"
    "地区生产总值      亿元      215.6     5.8           6.5\n",
], ids=["ruled, a spanning label's blank cell beside it", "aligned with blanks, labels centred over their columns"])
def test_a_heading_over_two_lines_reads_each_lower_label_under_the_one_above_it(table):
    assert rows(HALF + table) == [
        ("gdp", "level", "actual", "215.6", "", 2019, "H1"), ("gdp", "growth", "actual", "5.8", "", 2019, "H1"),
        ("gdp", "growth", "target", "6.5", "", 2019, "FY")]


def test_a_two_line_heading_whose_labels_may_be_under_either_of_two_gives_no_table():
    # (同比增长 starts under 1-6月 but its centre is nearer 全年目标: a goal or a change done? not certain)
    text = HALF + ("指标              单位      1-6月                 全年目标\n"
                   "                            绝对值    同比增长(%)   增长(%)\n"
                   "地区生产总值      亿元      215.6     5.8           6.5\n")
    assert rows(text) == []


def test_a_ruled_two_line_heading_without_the_blank_cell_of_a_spanning_label_gives_no_table():
    text = HALF + ("| 指标 | 单位 | 1-6月 | 全年目标 |\n| | | 完成 | 同比增长(%) | 增长(%) |\n"
                   "| 地区生产总值 | 亿元 | 215.6 | 5.8 | 6.5 |\n")
    assert rows(text) == []


def test_a_box_tables_labels_and_names_wrapped_inside_their_cells():
    text = HALF + ("┌──────────────┬────────┬────────┬──────┐\n"
                   "│    指    标    │  1-6月 │比上年同│ 全年 │\n"
                   "│                │  绝对值│期增长% │目标% │\n"
                   "├──────────────┼────────┼────────┼──────┤\n"
                   "│规模以上工业    │  512.3 │   7.9  │  8.5 │\n"
                   "│  增加值（亿元）│        │        │      │\n"
                   "│固定资产投资（亿元）│ 1105.8 │  12.4  │  13  │\n"
                   "└──────────────┴────────┴────────┴──────┘\n")
    assert rows(text) == [
        ("industrial_value_added", "level", "actual", "512.3", "", 2019, "H1"),
        ("industrial_value_added", "growth", "actual", "7.9", "", 2019, "H1"),
        ("industrial_value_added", "growth", "target", "8.5", "", 2019, "FY"),
        ("fixed_asset_investment", "level", "actual", "1105.8", "", 2019, "H1"),
        ("fixed_asset_investment", "growth", "actual", "12.4", "", 2019, "H1"),
        ("fixed_asset_investment", "growth", "target", "13", "", 2019, "FY")]


def test_a_tab_heading_wrapped_in_its_cells_and_a_row_of_its_own_months_on_the_line_below():
    text = HALF + ("指标名称\t单位\t全年目标\t上半年\t同比\t完成目标\n"
                   "\t\t（%或绝对值）\t完成\t增长（%）\t进度（%）\n"
                   "规模以上工业\t%\t9\t—\t8.6\t—\n"
                   "　增加值\n"
                   "外贸进出口总额\t亿元\t7\t3.62\t6.1\t51.7\n"
                   "（1-5月）\n")
    assert rows(text) == [
        ("industrial_value_added", "growth", "target", "9", "", 2019, "FY"),
        ("industrial_value_added", "growth", "actual", "8.6", "", 2019, "H1"),
        ("foreign_trade", "level", "target", "7", "", 2019, "FY"),
        ("foreign_trade", "level", "actual", "3.62", "", 2019, "M1-M5"),
        ("foreign_trade", "growth", "actual", "6.1", "", 2019, "M1-M5")]


def test_a_tab_table_under_a_title_with_a_colon_and_words_in_its_last_column():
    # (the title is no sentence going on into the heading; a tab before a word parts two cells)
    text = ("2026年江北市政府工作报告\n——2026年1月27日在江北市第九届人民代表大会第五次会议上\n"
            "附表:2025年主要经济指标完成情况及2026年预期目标\n"
            "指标\t单位\t2025年完成\t增长(%)\t2026年预期目标\n"
            "规模以上工业增加值\t亿元\t1462.3\t8.2\t增长7%\n"
            "城镇常住居民人均可支配收入\t元\t81230\t4.6\t—\n")
    assert rows(text) == [
        ("industrial_value_added", "level", "actual", "1462.3", "", 2025, "FY"),
        ("industrial_value_added", "growth", "actual", "8.2", "", 2025, "FY"),
        ("industrial_value_added", "growth", "target", "7", "", 2026, "FY"),
        ("urban_disposable_income", "level", "actual", "81230", "", 2025, "FY"),
        ("urban_disposable_income", "growth", "actual", "4.6", "", 2025, "FY")]


def test_a_tab_table_with_a_column_of_notes_and_a_row_of_a_rate_named_for_its_change():
    text = ("关于江北省2007年国民经济和社会发展计划执行情况与2008年计划草案的报告\n"
            "——2008年1月20日在江北省第十一届人民代表大会第一次会议上\n一、2007年计划执行情况\n"
            "附表  2007年全省主要预期指标完成情况\n指标\t单位\t2007年计划\t2007年完成\t完成情况\n"
            "生产总值增长\t%\t10\t14.4\t超额完成\n居民消费价格总水平涨幅\t%\t3左右\t5.4\t未完成\n"
            "实际利用外资\t亿美元\t52\t28.7\t55.2\n公共财政预算收入\t亿元\t1082\t585.3\t54.1\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "10", "", 2007, "FY"), ("gdp", "growth", "actual", "14.4", "", 2007, "FY"),
        ("cpi", "growth", "target", "3", "approx", 2007, "FY"), ("cpi", "growth", "actual", "5.4", "", 2007, "FY"),
        ("fdi_actual", "level", "target", "52", "", 2007, "FY"), ("fdi_actual", "level", "actual", "28.7", "", 2007, "FY"),
        ("general_budget_revenue", "level", "target", "1082", "", 2007, "FY"),
        ("general_budget_revenue", "level", "actual", "585.3", "", 2007, "FY")]


def test_a_column_of_the_nations_figures_is_read_as_no_row_and_a_table_of_unknown_labels_gives_none():
    head = "江北省2016年上半年经济运行情况的报告\n——2016年7月26日在江北省人民代表大会常务委员会会议上\n"
    table = ("指标\t单位\t全年预期目标\t上半年完成\t增速(%)\t{}\n"
             "地区生产总值\t亿元\t增长7.5%左右\t14766.5\t7.6\t6.7\n")
    assert rows(head + table.format("全国增速(%)")) == [
        ("gdp", "growth", "target", "7.5", "approx", 2016, "FY"), ("gdp", "level", "actual", "14766.5", "", 2016, "H1"),
        ("gdp", "growth", "actual", "7.6", "", 2016, "H1")]
    assert rows(head + table.format("东部增速(%)")) == []


def test_a_change_column_after_the_goals_column_is_the_goals_change():
    text = ("某县人民政府工作报告\n——2008年1月10日在某县第十五届人民代表大会第二次会议上\n三、2008年工作安排\n"
            "2008年主要经济指标预期目标如下:\n"
            "指标名称\t单位\t2007年完成\t2008年目标\t增长(%)\n"
            "地区生产总值\t亿元\t186.4\t210\t13\n"
            "规模以上工业增加值\t亿元\t62.8\t75.4\t20\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "186.4", "", 2007, "FY"), ("gdp", "level", "target", "210", "", 2008, "FY"),
        ("gdp", "growth", "target", "13", "", 2008, "FY"),
        ("industrial_value_added", "level", "actual", "62.8", "", 2007, "FY"),
        ("industrial_value_added", "level", "target", "75.4", "", 2008, "FY"),
        ("industrial_value_added", "growth", "target", "20", "", 2008, "FY")]


@pytest.mark.parametrize("head, year", [
    ("某区人民政府工作报告\n——2018年1月8日在某区第四届人民代表大会第三次会议上\n", 2018),
    ("在区政府全体会议上的讲话\n(2018年7月20日)\n上半年,全区经济运行平稳。\n", 2018),
], ids=["an annual report", "a half-year speech"])
def test_last_years_column_is_the_whole_year_before_the_reports(head, year):
    text = (head + "附表:\n某区2018年国民经济和社会发展主要指标\n"
            "指标名称\t单位\t上年完成\t增长%\t今年目标\t增长%\n"
            "地区生产总值\t亿元\t286.5\t7.2\t306.6\t7左右\n"
            "城镇新增就业\t人\t6520\t—\t6000\t—\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "286.5", "", year - 1, "FY"), ("gdp", "growth", "actual", "7.2", "", year - 1, "FY"),
        ("gdp", "level", "target", "306.6", "", year, "FY"), ("gdp", "growth", "target", "7", "approx", year, "FY"),
        ("new_urban_jobs", "level", "actual", "6520", "", year - 1, "FY"),
        ("new_urban_jobs", "level", "target", "6000", "", year, "FY")]


def test_a_pdfs_table_parted_by_two_blanks_with_its_last_label_wrapped_onto_a_line_of_its_own():
    text = ("某开发区2006年工作报告\n——2006年2月20日在开发区工作会议上\n附表\n2005年开发区主要经济指标完成情况\n"
            "指标名称  单位  2005年完成  比上年增长(%)  2006年预期\n目标\n"
            "地区生产总值  亿元  52.7  23.6  增长22%\n"
            "实际利用外资  万美元  21600  16.8  25000万美元\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "52.7", "", 2005, "FY"), ("gdp", "growth", "actual", "23.6", "", 2005, "FY"),
        ("gdp", "growth", "target", "22", "", 2006, "FY"),
        ("fdi_actual", "level", "actual", "2.16", "", 2005, "FY"), ("fdi_actual", "growth", "actual", "16.8", "", 2005, "FY"),
        ("fdi_actual", "level", "target", "2.5", "", 2006, "FY")]
    unknown = text.replace("2006年预期\n目标", "责任单位")  # (a label it does not know: no row, from prose either)
    assert rows(unknown) == []


def test_a_column_of_row_numbers_before_the_names():
    text = ("西峡县2026年政府工作报告\n附表:2026年主要预期目标\n"
            "序号\t指标名称\t单位\t2025年完成\t2026年目标\n"
            "1\t一般公共预算收入\t亿元\t18.26\t19.1\n"
            "2\t研发经费投入强度\t%\t1.52\t1.6\n")
    assert rows(text) == [
        ("general_budget_revenue", "level", "actual", "18.26", "", 2025, "FY"),
        ("general_budget_revenue", "level", "target", "19.1", "", 2026, "FY"),
        ("rd_intensity", "level", "actual", "1.52", "", 2025, "FY"),
        ("rd_intensity", "level", "target", "1.6", "", 2026, "FY")]


def test_a_column_of_groups_spanning_their_rows_before_the_names():
    # (the group's cell spans its rows: only the first of them carries it)
    text = ("石狮市2021年政府工作报告\n附件\n“十四五”经济社会发展主要指标\n"
            "类别\t指标\t单位\t2020年\t2025年\t年均增长(%)\t属性\n"
            "经济发展\t财政总收入\t亿元\t98.5\t130\t5.7\t预期性\n"
            "出口总额\t亿元\t310.2\t400\t5.2\t预期性\n"
            "创新驱动\t研发经费投入强度\t%\t1.41\t2\t[0.59]\t预期性\n")
    assert rows(text) == [
        ("fiscal_revenue", "level", "actual", "98.5", "", 2020, "FY"),
        ("fiscal_revenue", "level", "target", "130", "", 2025, "FY"),
        ("exports", "level", "actual", "310.2", "", 2020, "FY"),
        ("exports", "level", "target", "400", "", 2025, "FY"),
        ("rd_intensity", "level", "actual", "1.41", "", 2020, "FY"),
        ("rd_intensity", "level", "target", "2", "", 2025, "FY")]


def test_a_table_of_last_years_goals_and_what_was_done():
    text = ("2026年政府工作报告\n附表\n2025年全区主要经济指标完成情况\n"
            "指标名称          单位    年度预期目标    完成情况\n"
            "地区生产总值增长    %      5.5左右         5.4\n"
            "城镇新增就业        万人    8以上           8.6\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "5.5", "approx", 2025, "FY"), ("gdp", "growth", "actual", "5.4", "", 2025, "FY"),
        ("new_urban_jobs", "level", "target", "80000", "at_least", 2025, "FY"),
        ("new_urban_jobs", "level", "actual", "86000", "", 2025, "FY")]


def test_a_years_expected_column_and_a_plans_average_with_its_sum_in_brackets():
    text = ("2007年政府工作报告\n附表:2007年全省国民经济和社会发展主要指标\n"
            "指标\t单位\t2006年实绩\t2007年预期\t增长(%)\n全省生产总值\t亿元\t7583.9\t8400\t10以上\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "7583.9", "", 2006, "FY"), ("gdp", "level", "target", "8400", "", 2007, "FY"),
        ("gdp", "growth", "target", "10", "at_least", 2007, "FY")]
    text = ("2021年政府工作报告\n附表\n“十四五”时期主要指标\n指标\t2020年\t2025年\t年均增长〔累计〕\t属性\n"
            "研发经费支出占地区生产总值比重(%)\t3.14\t3.5\t—\t预期性\n")
    assert rows(text) == [
        ("rd_intensity", "level", "actual", "3.14", "", 2020, "FY"), ("rd_intensity", "level", "target", "3.5", "", 2025, "FY")]


def test_a_goal_set_at_the_start_of_the_year_beside_what_was_done():
    text = ("2022年政府工作报告\n附件:2021年全市主要经济指标完成情况\n"
            "指标名称\t单位\t年初目标\t完成数\t增长(%)\n实际使用外资\t亿美元\t1.5\t1.82\t21.3\n"
            "地区生产总值\t亿元\t增长7%以上\t905.6\t8.6\n")
    assert rows(text) == [
        ("fdi_actual", "level", "target", "1.5", "", 2021, "FY"), ("fdi_actual", "level", "actual", "1.82", "", 2021, "FY"),
        ("fdi_actual", "growth", "actual", "21.3", "", 2021, "FY"), ("gdp", "growth", "target", "7", "at_least", 2021, "FY"),
        ("gdp", "level", "actual", "905.6", "", 2021, "FY"), ("gdp", "growth", "actual", "8.6", "", 2021, "FY")]


def test_a_pdfs_rows_that_leave_cells_blank_read_each_value_under_its_label():
    text = ("2013年政府工作报告\n附件\n              六安市2012年国民经济和社会发展主要指标\n\n"
            "                                                        单位:亿元、%\n"
            " 序                                  2012年        比上年       2013年        比上年\n"
            " 号       指    标                    完  成        增长         预期目标      增长\n"
            " 1   地区生产总值                      918.3          12.1                       11\n"
            " 3   全社会固定资产投资               1056            25.3          1288          22\n"
            "       其中:地方财政收入               61.2          22.5           68.5         12\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "918.3", "", 2012, "FY"), ("gdp", "growth", "actual", "12.1", "", 2012, "FY"),
        ("gdp", "growth", "target", "11", "", 2013, "FY"),
        ("fixed_asset_investment", "level", "actual", "1056", "", 2012, "FY"),
        ("fixed_asset_investment", "growth", "actual", "25.3", "", 2012, "FY"),
        ("fixed_asset_investment", "level", "target", "1288", "", 2013, "FY"),
        ("fixed_asset_investment", "growth", "target", "22", "", 2013, "FY"),
        ("local_fiscal_revenue", "level", "actual", "61.2", "", 2012, "FY"),
        ("local_fiscal_revenue", "growth", "actual", "22.5", "", 2012, "FY"),
        ("local_fiscal_revenue", "level", "target", "68.5", "", 2013, "FY"),
        ("local_fiscal_revenue", "growth", "target", "12", "", 2013, "FY")]


def test_a_pdfs_heading_over_three_lines_its_names_and_units_in_the_middle():
    text = ("北仑区2013年上半年工作报告\n附件\n                北仑区2013年上半年主要经济指标完成情况表\n\n"
            " 序                                      1-6月       同比      全年\n"
            "        指 标 名 称            单位\n"
            " 号                                      累计       增长%      目标\n"
            " 1    地区生产总值             亿元       562.8       8.3     增长9%\n"
            "        其中:地方财政收入       亿元        86.2      10.1     162.0\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "562.8", "", 2013, "H1"), ("gdp", "growth", "actual", "8.3", "", 2013, "H1"),
        ("gdp", "growth", "target", "9", "", 2013, "FY"),
        ("local_fiscal_revenue", "level", "actual", "86.2", "", 2013, "H1"),
        ("local_fiscal_revenue", "growth", "actual", "10.1", "", 2013, "H1"),
        ("local_fiscal_revenue", "level", "target", "162", "", 2013, "FY")]


def test_a_pages_table_with_groups_numbers_blank_cells_and_labels_spanning_cells():
    # (an HTML table flattened to tabs: the group's cell and the heading's spanning cells left out or blank)
    text = ("巩义市2009年政府工作报告\n附件:\n巩义市2008年主要经济指标完成情况及2009年预期目标\n"
            "类别\t序号\t指标名称\t单位\t2008年\t2009年目标\n完成\t增长%\t目标\t增长%\n"
            "总量指标\t1\t生产总值\t亿元\t428.6\t13.1\t475\t10\n"
            "\t2\t规模以上工业增加值\t亿元\t205.3\t16.8\t\t\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "428.6", "", 2008, "FY"), ("gdp", "growth", "actual", "13.1", "", 2008, "FY"),
        ("gdp", "level", "target", "475", "", 2009, "FY"), ("gdp", "growth", "target", "10", "", 2009, "FY"),
        ("industrial_value_added", "level", "actual", "205.3", "", 2008, "FY"),
        ("industrial_value_added", "growth", "actual", "16.8", "", 2008, "FY")]


def test_a_tab_tables_expected_change_and_a_progress_column():
    text = ("安宁市2008年政府工作报告\n附件:\n主要经济指标完成情况及2008年预期目标\n"
            "序号\t指标名称\t单位\t2007年\t比上年增长(%)\t2008年预期目标\t预期增长(%)\t完成全年进度(%)\n"
            "1\t生产总值\t亿元\t101.6\t13.2\t115.0\t12\t—\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "101.6", "", 2007, "FY"), ("gdp", "growth", "actual", "13.2", "", 2007, "FY"),
        ("gdp", "level", "target", "115", "", 2008, "FY"), ("gdp", "growth", "target", "12", "", 2008, "FY")]


def test_a_table_indented_and_spaced_with_ideographic_blanks():
    text = (HALF + "附表:主要指标完成情况\n\n　指　标　　　　　　　　单位　　年度预期目标　　上半年完成\n"
            "　地区生产总值增长　　　　%　　　5.5左右　　　　　5.3\n　城镇调查失业率　　　　　%　　　5.5以内　　　　　5.8\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "5.5", "approx", 2019, "FY"), ("gdp", "growth", "actual", "5.3", "", 2019, "H1"),
        ("surveyed_unemployment_rate", "level", "target", "5.5", "at_most", 2019, "FY"),
        ("surveyed_unemployment_rate", "level", "actual", "5.8", "", 2019, "H1")]


@pytest.mark.parametrize("heading, row", [
    ("指标\t单位\t2008年预计\t比上年增长\t2009年预期\t比上年增长\n", "地区生产总值\t亿元\t402.6\t14.2\t450.9\t12\n"),
    ("序号\t指标\t单位\t2008年\t2009年\n绝对值\t增长(%)\t绝对值\t增长(%)\n", "1\t地区生产总值\t亿元\t402.6\t14.2\t450.9\t12\n"),
], ids=["a change after the year's expected level", "a change under the year to come"])
def test_a_change_column_of_the_year_to_come_is_its_goal(heading, row):
    text = "2009年政府工作报告\n附表:2008年主要经济指标完成情况及2009年预期目标\n" + heading + row
    assert [(r["measure"], r["kind"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("level", "actual", "402.6", 2008), ("growth", "actual", "14.2", 2008),
        ("level", "target", "450.9", 2009), ("growth", "target", "12", 2009)]


def test_labels_spaced_out_as_documents_print_them_are_read_closed_up():
    from govreport_cli.tables import _columns

    line = " 序号  指   标             完  成    增  长    目  标    增  长"
    assert [(c.role, c.label) for c in _columns(line)] == [
        ("number", "序号"), ("name", "指标"), ("level", "完成"), ("growth", "增长"), ("target", "目标"), ("growth", "增长")]


def test_years_over_labels_that_read_alone_too_give_each_column_its_year():
    text = ("2006年政府工作报告\n附表:\n            鄂尔多斯市主要经济指标2005年完成情况、2006年\n"
            "                    及“十一五”预期目标\n\n                                  单位:亿元、元、%\n"
            "                           2005年   比上年    2006年   比上年    2010年   “十一五”\n"
            " 序号  指   标             完  成    增  长    目  标    增  长    目  标   年均增长\n"
            "  1    地区生产总值        595.3     27.6      714.4     20       1600      18以上\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "595.3", "", 2005, "FY"), ("gdp", "growth", "actual", "27.6", "", 2005, "FY"),
        ("gdp", "level", "target", "714.4", "", 2006, "FY"), ("gdp", "growth", "target", "20", "", 2006, "FY"),
        ("gdp", "level", "target", "1600", "", 2010, "FY")]


def test_a_change_after_two_years_columns_is_the_later_years_whatever_their_order():
    text = ("江北区2004年政府工作报告\n——2004年2月10日在江北区第三届人民代表大会第二次会议上\n一、2003年工作回顾\n"
            " 指 标         单位   2003年   2002年   增减%\n"
            " 国内生产总值      亿元    86.30   76.64   12.6\n")
    assert rows(text) == [("gdp", "level", "actual", "86.3", "", 2003, "FY"),
                          ("gdp", "level", "actual", "76.64", "", 2002, "FY"),
                          ("gdp", "growth", "actual", "12.6", "", 2003, "FY")]


def test_a_bare_goal_column_followed_by_its_change_column_is_the_level():
    text = ("江北区2005年政府工作报告\n——2005年1月18日在江北区第三届人民代表大会第三次会议上\n二、2005年主要目标\n"
            "表 2005年全区主要经济指标预期目标\n指标\t单位\t2005年预期\t比上年增长%\n地区生产总值\t亿元\t405\t15\n")
    assert rows(text) == [("gdp", "level", "target", "405", "", 2005, "FY"), ("gdp", "growth", "target", "15", "", 2005, "FY")]


def test_a_windows_files_table_is_read_as_any_other():
    text = ("江北区2005年政府工作报告\n——2005年1月18日在江北区第三届人民代表大会第三次会议上\n二、2005年主要目标\n"
            "指标\t单位\t2005年目标\t增长%\n地区生产总值\t亿元\t405\t15\n").replace("\n", "\r\n")
    assert rows(text) == [("gdp", "level", "target", "405", "", 2005, "FY"), ("gdp", "growth", "target", "15", "", 2005, "FY")]


def test_a_long_name_glued_to_its_unit_keeps_the_units_column():
    text = ("江北县2004年政府工作报告\n——2004年2月10日在江北县第十五届人民代表大会第二次会议上\n一、2003年工作回顾\n附表:\n"
            " 指  标       单 位  完成数  比上年±%\n 国内生产总值     亿元   131.6   14.8\n"
            " 地方财政一般预算收入 亿元   3.85    16.9\n 城镇居民人均可支配收入元    8150    9.2\n")
    assert [r[:4] for r in rows(text)][2:] == [("general_budget_revenue", "level", "actual", "3.85"),
                                               ("general_budget_revenue", "growth", "actual", "16.9"),
                                               ("urban_disposable_income", "level", "actual", "8150"),
                                               ("urban_disposable_income", "growth", "actual", "9.2")]


def test_a_plans_goal_column_is_the_goal_for_the_plans_last_year():
    text = ("江北市2011年政府工作报告\n——2011年1月18日在江北市第十六届人民代表大会第五次会议上\n一、“十一五”及2010年工作回顾\n"
            "“十一五”主要指标完成情况\n指标\t单位\t2005年\t2010年\t“十一五”规划目标\t年均增长(%)\n"
            "地区生产总值\t亿元\t368.5\t726.8\t650\t15.1\n")
    assert rows(text) == [("gdp", "level", "actual", "368.5", "", 2005, "FY"), ("gdp", "level", "actual", "726.8", "", 2010, "FY"),
                          ("gdp", "level", "target", "650", "", 2010, "FY")]


def test_a_table_left_one_cell_to_a_line_is_read_by_its_columns():
    text = ("江北市2012年政府工作报告\n——2012年1月10日在江北市第十四届人民代表大会第一次会议上\n二、2012年主要目标\n"
            "附表\n指标名称\n单位\n2011年\n2012年\n增长(%)\n地区生产总值\n亿元\n183.5\n211\n15\n"
            "公共财政预算收入\n亿元\n14.62\n16.96\n16\n")
    found = extract_text(text)
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["year"]) for r in found] == [
        ("gdp", "level", "actual", "183.5", 2011), ("gdp", "level", "target", "211", 2012), ("gdp", "growth", "target", "15", 2012),
        ("general_budget_revenue", "level", "actual", "14.62", 2011),
        ("general_budget_revenue", "level", "target", "16.96", 2012),
        ("general_budget_revenue", "growth", "target", "16", 2012)]
    assert found[0]["evidence"] == "地区生产总值 亿元 183.5 211 15"


def test_a_table_left_one_cell_to_a_line_with_goals_written_as_changes_and_ranges():
    text = ("江北区人民政府关于2018年前三季度工作情况的报告\n附表\n2018年前三季度主要经济指标完成情况\n"
            "指标\n全年目标\n1-9月完成\n同比增长（%）\n"
            "地区生产总值（亿元）\n增长8%—8.5%\n412.5\n8.1\n"
            "地方一般公共预算收入（亿元）\n32\n24.6\n7.2\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "8", "at_least", 2018, "FY"), ("gdp", "growth", "target", "8.5", "at_most", 2018, "FY"),
        ("gdp", "level", "actual", "412.5", "", 2018, "Q1-Q3"), ("gdp", "growth", "actual", "8.1", "", 2018, "Q1-Q3"),
        ("general_budget_revenue", "level", "target", "32", "", 2018, "FY"),
        ("general_budget_revenue", "level", "actual", "24.6", "", 2018, "Q1-Q3"),
        ("general_budget_revenue", "growth", "actual", "7.2", "", 2018, "Q1-Q3")]


def test_a_pdfs_table_whose_rows_are_numbered_in_words():
    text = ("江北市2020年政府工作报告\n——2020年1月14日在江北市第七届人民代表大会第四次会议上\n附件\n\n"
            "指    标                单位        2019年      增长    2020年目标\n"
            "                                     完成        %     (增长%)\n"
            "六、外贸进出口总额      亿美元    13.8  21.6        10\n"
            "七、实际使用外资        亿美元    13.9  11.5        10\n")
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("foreign_trade", "level", "actual", "13.8", 2019), ("foreign_trade", "growth", "actual", "21.6", 2019),
        ("foreign_trade", "growth", "target", "10", 2020), ("fdi_actual", "level", "actual", "13.9", 2019),
        ("fdi_actual", "growth", "actual", "11.5", 2019), ("fdi_actual", "growth", "target", "10", 2020)]


def test_a_digests_cards_a_label_then_its_figures_a_line_each_read_as_one_clause_each():
    text = ("图解2010年政府工作报告\n——2010年3月5日在第十一届全国人民代表大会第三次会议上\n2009年 成绩单\n"
            "国内生产总值\n33.5万亿元\n比上年增长\n8.7%\n\n财政收入\n6.85万亿元\n增长11.7%\n\n"
            "城镇新增就业\n1102万人\n年末城镇登记失业率\n4.3%\n\n■ 社会消费品零售总额\n602.2亿元  增长19.1%\n\n2010年 主要预期目标\n"
            "国内生产总值增长\n8%左右\n\n城镇登记失业率\n控制在4.6%以内\n\n"
            "图片说明\n城镇新增就业\n900万人\n")  # (a card alone between lines of other shapes: a page of cards)
    found = extract_text(text)
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["year"]) for r in found] == [
        ("gdp", "level", "actual", "335000", 2009), ("gdp", "growth", "actual", "8.7", 2009),
        ("general_budget_revenue", "level", "actual", "68500", 2009),
        ("general_budget_revenue", "growth", "actual", "11.7", 2009),
        ("new_urban_jobs", "level", "actual", "11020000", 2009), ("unemployment_rate", "level", "actual", "4.3", 2009),
        ("retail_sales", "level", "actual", "602.2", 2009), ("retail_sales", "growth", "actual", "19.1", 2009),
        ("gdp", "growth", "target", "8", 2010), ("unemployment_rate", "level", "target", "4.6", 2010),
        ("new_urban_jobs", "level", "target", "9000000", 2010)]
    assert found[1]["evidence"] == "国内生产总值33.5万亿元比上年增长8.7%"


def test_a_card_of_values_paired_by_a_slash_reads_as_a_list_but_a_unit_or_a_date_with_a_slash_does_not():
    text = ("一图读懂2025年温州市政府工作报告\n2024年 温州这样走过\n"
            "城镇/农村居民人均可支配收入 82164元 / 45127元 增长4.9% / 6.5%\nPM2.5浓度 25微克/立方米\n2025/01/21\n")
    found = extract_text(text)
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in found] == [
        ("urban_disposable_income", "level", "82164"), ("rural_disposable_income", "level", "45127"),
        ("urban_disposable_income", "growth", "4.9"), ("rural_disposable_income", "growth", "6.5")]
    assert [text[r["start"]:r["end"]] for r in found] == ["82164元", "45127元", "4.9%", "6.5%"]


def test_cards_with_bracketed_labels_arrows_for_changes_and_the_next_years_goal_on_a_line_of_their_own():
    text = ("一图读懂2020年苏州市政府工作报告\n2019年 发展成绩单\n\n【地区生产总值】\n1.92万亿元\n↑5.6%\n2020年目标:增长6%左右\n\n"
            "【一般公共预算收入】\n2221.8亿元\n↑8.2%(可比口径)\n\n【城镇/农村常住居民人均可支配收入】\n68629元、35152元\n↑8.1% / ↑8.4%\n"
            "2020年目标:与经济增长同步\n\n【城镇新增就业】\n16.3万人\n2020年目标:15万人\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2019, "19200"), ("gdp", "actual", 2019, "5.6"), ("general_budget_revenue", "actual", 2019, "2221.8"),
        ("general_budget_revenue", "actual", 2019, "8.2"), ("urban_disposable_income", "actual", 2019, "68629"),
        ("rural_disposable_income", "actual", 2019, "35152"), ("urban_disposable_income", "actual", 2019, "8.1"),
        ("rural_disposable_income", "actual", 2019, "8.4"), ("new_urban_jobs", "actual", 2019, "163000")]


def test_a_period_alone_on_its_line_above_a_card_is_the_cards():
    text = ("图解包头市2020年上半年经济运行情况\n◎上半年主要经济指标\n\n地区生产总值,1271.6亿元,同比下降2.4%\n\n"
            "固定资产投资\n同比下降15.3%\n\n社会消费品零售总额\n356.6亿元\n\n1—5月\n外贸进出口总额,55.8亿元,同比增长12.6%\n\n"
            "城镇新增就业\n1.14万人\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)][-3:] == [
        ("foreign_trade", "M1-M5"), ("foreign_trade", "M1-M5"), ("new_urban_jobs", "H1")]


def test_a_label_and_a_figure_line_alone_are_no_card():
    text = "2010年政府工作报告\n二、2010年主要任务\n图片说明\n城镇新增就业\n900万人\n"
    assert extract_text(text) == []


def test_a_page_of_cards_reads_a_card_alone_between_lines_of_other_shapes_and_a_list_dealt_by_分别():
    text = ("一图读懂2019年苏州市政府工作报告\nPART 01 2018年工作回顾\n经济运行稳中有进\n地区生产总值,预计1.85万亿元,增长7%左右\n"
            "三大攻坚战取得积极成效\n单位地区生产总值能耗\n下降5.3%\nPM2.5平均浓度\n42微克/立方米\n下降7.1%\n"
            "民生福祉持续增进\n城乡居民人均可支配收入\n分别达到63500元、32400元分别增长8%、8.3%\n城乡收入比缩小至1.96:1\n"
            "城镇新增就业,18.6万人\nPART 02 2019年主要预期目标\n研发投入占比\n2.85%左右\n城乡居民收入增长\n与经济增长同步\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)][1:] == [
        ("gdp", "actual", "7"), ("energy_intensity", "actual", "-5.3"), ("urban_disposable_income", "actual", "63500"),
        ("rural_disposable_income", "actual", "32400"), ("urban_disposable_income", "actual", "8"),
        ("rural_disposable_income", "actual", "8.3"), ("new_urban_jobs", "actual", "186000"), ("rd_intensity", "target", "2.85")]


def test_a_pages_table_with_labels_over_three_lines_years_over_goals_and_items_numbered_in_words():
    # (as a page's cells spanning rows and columns leave it: blank cells keep each label in its column)
    text = ("2003年政府工作报告\n附表 2003年主要指标计划\n"
            "序号\t指\u3000标\u3000名\u3000称\t单位\t2002年\t\t2003年\t\n"
            "\t\t\t实际\t比上年\t计划\t比上年\n"
            "\t\t\t完成\t增减%\t目标\t增减%\n"
            "一\t国内生产总值\t亿元\t62.8\t11.6\t69.1\t10\n"
            "二\t地方财政一般预算收入\t万元\t16230\t8.6\t17500\t7.8\n"
            "三\t农民人均纯收入\t元\t2780\t5.3\t2930\t5.4\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "62.8", "", 2002, "FY"), ("gdp", "growth", "actual", "11.6", "", 2002, "FY"),
        ("gdp", "level", "target", "69.1", "", 2003, "FY"), ("gdp", "growth", "target", "10", "", 2003, "FY"),
        ("general_budget_revenue", "level", "actual", "1.623", "", 2002, "FY"),
        ("general_budget_revenue", "growth", "actual", "8.6", "", 2002, "FY"),
        ("general_budget_revenue", "level", "target", "1.75", "", 2003, "FY"),
        ("general_budget_revenue", "growth", "target", "7.8", "", 2003, "FY"),
        ("rural_disposable_income", "level", "actual", "2780", "", 2002, "FY"),
        ("rural_disposable_income", "growth", "actual", "5.3", "", 2002, "FY"),
        ("rural_disposable_income", "level", "target", "2930", "", 2003, "FY"),
        ("rural_disposable_income", "growth", "target", "5.4", "", 2003, "FY")]


def test_a_row_whose_group_opens_on_a_unit_is_not_read_as_the_unit_of_the_row_before():
    # (财政 … 7.8 \n 人民生活: 人 after a number is a unit only off a table's row)
    text = ("2003年政府工作报告\n附表 2003年主要指标计划\n"
            "类别\t指标名称\t单位\t2002年完成\t2003年目标\n"
            "财政\t地方财政一般预算收入\t万元\t16230\t17500\n"
            "人民生活\t农民人均纯收入\t元\t2780\t2930\n")
    assert rows(text)[-2:] == [("rural_disposable_income", "level", "actual", "2780", "", 2002, "FY"),
                               ("rural_disposable_income", "level", "target", "2930", "", 2003, "FY")]


def test_a_plans_goal_column_and_the_plans_totals_it_holds():
    # (“十一五”规划 over 2010年 and 年均增长%: the plan's goals; an amount more than the level done could grow to
    # by then is the plan's total, 固定资产投资…为五年累计数: no row; 指\xa0 标 beside years is a table's heading)
    text = ("2007年政府工作报告\n附表:主要经济指标\n"
            "指\xa0 标\t单位\t2006年\t\t2007年预期\t\t“十一五”规划\t\n"
            "\t\t实绩\t增长%\t目标\t增长%\t2010年\t年均增长%\n"
            "生产总值\t亿元\t582.6\t15.8\t664\t14\t1000\t13\n"
            "全社会固定资产投资\t亿元\t402.5\t40.2\t523\t30\t2500\t—\n"
            "注:“十一五”全社会固定资产投资为五年累计数。\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "582.6", "", 2006, "FY"), ("gdp", "growth", "actual", "15.8", "", 2006, "FY"),
        ("gdp", "level", "target", "664", "", 2007, "FY"), ("gdp", "growth", "target", "14", "", 2007, "FY"),
        ("gdp", "level", "target", "1000", "", 2010, "FY"),
        ("fixed_asset_investment", "level", "actual", "402.5", "", 2006, "FY"),
        ("fixed_asset_investment", "growth", "actual", "40.2", "", 2006, "FY"),
        ("fixed_asset_investment", "level", "target", "523", "", 2007, "FY"),
        ("fixed_asset_investment", "growth", "target", "30", "", 2007, "FY")]
    text = ("2005年政府工作报告\n附表:“十五”计划主要指标完成情况及2005年目标\n"
            "指  标\t单位\t“十五”计划2005年目标\t2004年完成\t2005年目标\n"
            "地区生产总值\t亿元\t400\t570.6\t673\n")
    assert rows(text) == [
        ("gdp", "level", "target", "400", "", 2005, "FY"), ("gdp", "level", "actual", "570.6", "", 2004, "FY"),
        ("gdp", "level", "target", "673", "", 2005, "FY")]


def test_a_heading_of_three_levels_each_under_the_one_above():
    # (2011年 over 计划增长(%) and 实际完成, 实际完成 over 绝对值 and 增长(%); the plan's goal spanning all three)
    text = ("2012年政府工作报告\n附表:主要经济指标完成情况及2012年预期目标\n"
            "指  标\t单位\t2011年\t\t\t2012年预期\t\t“十二五”规划目标(2015年)\n"
            "\t\t计划增长(%)\t实际完成\t\t绝对值\t增长(%)\t\n"
            "\t\t\t绝对值\t增长(%)\t\t\t\n"
            "生产总值\t亿元\t13\t357.2\t13.6\t404\t13以上\t600\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "13", "", 2011, "FY"), ("gdp", "level", "actual", "357.2", "", 2011, "FY"),
        ("gdp", "growth", "actual", "13.6", "", 2011, "FY"), ("gdp", "level", "target", "404", "", 2012, "FY"),
        ("gdp", "growth", "target", "13", "at_least", 2012, "FY"), ("gdp", "level", "target", "600", "", 2015, "FY")]


def test_columns_read_alike_side_by_side_a_zones_table_and_a_rank_column_give_no_row():
    # (全省 | 全国 over 增长(%) twice: which is ours? a zone's table in its county's report; rows under a heading
    # whose labels do not fit them are read neither by the table nor as prose)
    text = ("2024年政府工作报告\n附\n2023年全省主要经济指标与全国对比\n"
            "                             全  省                全  国\n"
            "指    标          单位     绝对数     增长(%)     增长(%)\n"
            "地区生产总值      亿元    55803.63      6.0          5.2\n")
    assert rows(text) == []
    text = (HALF + "附:小蓝经开区1-6月主要经济指标\n指标\t单位\t1-6月\t增幅(%)\n实际利用外资\t亿美元\t1.12\t9.3\n")
    assert rows(text) == []
    text = (HALF + "江北县2019年1-6月主要经济指标完成情况\n指   标\t单位\t1-6月\t同比±%\t全年目标\t完成目标%\t增速居全市位次\n"
            "生产总值\t亿元\t101.36\t10.1\t增长10.5%\t\t3\n")
    assert rows(text) == [("gdp", "level", "actual", "101.36", "", 2019, "H1"),
                          ("gdp", "growth", "actual", "10.1", "", 2019, "H1"),
                          ("gdp", "growth", "target", "10.5", "", 2019, "FY")]


def test_a_year_standing_alone_beside_labels_wrapped_over_it_and_a_unit_alone_is_no_label():
    # (2015年 spans both lines; 2020年 over 完成, 年均增长 over (%): the plan's yearly average, no row)
    text = ("2021年政府工作报告\n附件\n“十三五”规划主要指标完成情况\n"
            "                                          2020年      年均增长\n"
            "  指      标           单 位    2015年        完成         (%)\n"
            "  地区生产总值         亿元     23014.6      36102.6        6.0\n")
    assert rows(text) == [("gdp", "level", "actual", "23014.6", "", 2015, "FY"),
                          ("gdp", "level", "actual", "36102.6", "", 2020, "FY")]


def test_a_half_years_table_with_the_plans_amount_and_what_was_done_under_spanning_heads():
    # (计划数, 目标值, 比增(%), 增长±%, 完成年计划(%): labels of goals, changes and progress)
    text = (HALF + "附表:江北县2019年上半年主要指标完成情况\n"
            "指标名称\t单位\t2019年计划\t\t1-6月完成\t\t完成年计划(%)\n"
            "\t\t计划数\t增长(%)\t完成数\t比增(%)\t\n"
            "地区生产总值\t亿元\t122\t16\t58.36\t17.2\t47.8\n")
    assert rows(text) == [
        ("gdp", "level", "target", "122", "", 2019, "FY"), ("gdp", "growth", "target", "16", "", 2019, "FY"),
        ("gdp", "level", "actual", "58.36", "", 2019, "H1"), ("gdp", "growth", "actual", "17.2", "", 2019, "H1")]
    text = (HALF + "1-6月全县主要经济指标\n指  标\t单位\t1-6月\t\t全年目标\t\t完成全年目标(%)\n"
            "\t\t绝对值\t增长±%\t目标值\t增长%\t\n固定资产投资\t亿元\t886.5\t14.3\t1850\t14\t47.9\n")
    assert rows(text) == [
        ("fixed_asset_investment", "level", "actual", "886.5", "", 2019, "H1"),
        ("fixed_asset_investment", "growth", "actual", "14.3", "", 2019, "H1"),
        ("fixed_asset_investment", "level", "target", "1850", "", 2019, "FY"),
        ("fixed_asset_investment", "growth", "target", "14", "", 2019, "FY")]


def test_columns_of_another_places_growth_or_goal_are_read_as_no_row():
    # (全国2015年目标, 成都市2009年增速(%), 全区增长% in a prefecture's: one column each, none ours)
    text = ("2015年政府工作报告\n附表\n江北省2015年经济社会发展主要预期目标\n"
            "指　　标\t单位\t2014年完成\t2015年目标\t全国2015年目标\t成都市2014年增速(%)\n"
            "生产总值\t亿元\t15708.6\t17100\t增长7左右\t7.9\n")
    assert rows(text) == [("gdp", "level", "actual", "15708.6", "", 2014, "FY"),
                          ("gdp", "level", "target", "17100", "", 2015, "FY")]


def test_labels_under_a_column_read_as_no_row_need_no_reading_of_their_own():
    # (年均增长(%) over 规划 and 2006—2007年实际: whatever its sub-columns say, no row)
    text = ("2008年政府工作报告\n附表\n“十一五”规划主要指标2007年进展情况\n"
            "类别\t指  标\t单位\t2005年\t2007年\t2010年规划目标\t年均增长(%)\t\n"
            "\t\t\t\t\t\t规划\t2006—2007年实际\n"
            "经济增长\t生产总值\t亿元\t1934.0\t2702.4\t2800\t10\t12.0\n")
    assert rows(text) == [("gdp", "level", "actual", "1934", "", 2005, "FY"),
                          ("gdp", "level", "actual", "2702.4", "", 2007, "FY"),
                          ("gdp", "level", "target", "2800", "", 2010, "FY")]


def test_a_plans_change_in_brackets_and_a_years_actual():
    # (2004年计划(增长%) over nothing, 2004年实际 over 绝对数 and 比上年增长%)
    text = ("2005年政府工作报告\n附:\n2004年国民经济和社会发展计划主要指标执行情况\n"
            "指 标 名 称\t计量单位\t2004年计划(增长%)\t2004年实际\t\n"
            "\t\t\t绝对数\t比上年增长%\n地区生产总值\t亿元\t13\t1535.5\t14.5\n")
    assert rows(text) == [("gdp", "growth", "target", "13", "", 2004, "FY"),
                          ("gdp", "level", "actual", "1535.5", "", 2004, "FY"),
                          ("gdp", "growth", "actual", "14.5", "", 2004, "FY")]


ANNUAL = "江北县人民政府工作报告\n——2016年2月24日在江北县第十五届人民代表大会第六次会议上\n附:江北县2015年主要经济指标完成情况及2016年预期目标\n"


@pytest.mark.parametrize("heading", [
    "| 指标名称 | 计量单位 | 2015年 |  | 2016年 |  |\n|  |  | 实绩 | 比上年±% | 预期 | 比上年±% |\n|---|---|---|---|---|---|\n",
    "指标名称 | 单位 | 2015年 | | 2016年 |\n| | 实绩 | 比上年±% | 预期 | 比上年±%\n--- | --- | --- | --- | --- | ---\n",
], ids=["ruled at both edges", "no edges: a rule at one end parts a blank cell"])
def test_a_ruled_tables_blank_cells_are_kept_in_their_columns(heading):
    edged = heading.startswith("|")
    table = heading + "\n".join(("| " + row + " |") if edged else row for row in (
        "地区生产总值 | 亿元 | 258.4 | 10.2 | 283 | 9.5",
        "规模以上工业增加值 | 亿元 | 121.7 | 13.6 |  | 12",
        "城镇登记失业率 | % | 3.2 |  | 4以内 | ")) + "\n"
    assert rows(ANNUAL + table) == [
        ("gdp", "level", "actual", "258.4", "", 2015, "FY"), ("gdp", "growth", "actual", "10.2", "", 2015, "FY"),
        ("gdp", "level", "target", "283", "", 2016, "FY"), ("gdp", "growth", "target", "9.5", "", 2016, "FY"),
        ("industrial_value_added", "level", "actual", "121.7", "", 2015, "FY"),
        ("industrial_value_added", "growth", "actual", "13.6", "", 2015, "FY"),
        ("industrial_value_added", "growth", "target", "12", "", 2016, "FY"),
        ("unemployment_rate", "level", "actual", "3.2", "", 2015, "FY"),
        ("unemployment_rate", "level", "target", "4", "at_most", 2016, "FY")]


def test_a_double_ruled_box_table_and_a_goal_bounded_by_a_sign():
    text = ANNUAL + ("╔════════╦════╦══════╦══════╦════════╗\n"
                     "║指标    ║单位║2015年║2016年║2016年  ║\n"
                     "║        ║    ║ 完成 ║ 目标 ║目标增长║\n"
                     "╠════════╬════╬══════╬══════╬════════╣\n"
                     "║粮食总产量║万吨║ 236  ║ ≥240 ║        ║\n"
                     "║城镇新增就业║ 人 ║ 6100 ║      ║ ≥5000  ║\n"
                     "╚════════╩════╩══════╩══════╩════════╝\n")
    assert rows(text) == [("grain_output", "level", "actual", "236", "", 2015, "FY"),
                          ("grain_output", "level", "target", "240", "at_least", 2016, "FY"),
                          ("new_urban_jobs", "level", "actual", "6100", "", 2015, "FY")]


def test_a_name_wrapped_in_its_cell_beside_a_cell_of_words_wrapped_too():
    text = ANNUAL + ("║指标            ║单位║2015年║2016年    ║\n"
                     "║                ║    ║ 完成 ║预期目标  ║\n"
                     "║城镇居民人均可支║ 元 ║35016 ║与经济增长║\n"
                     "║配收入          ║    ║      ║  同步    ║\n"
                     "║城镇新增就业    ║ 人 ║ 6100 ║ 5000     ║\n")
    assert rows(text) == [("urban_disposable_income", "level", "actual", "35016", "", 2015, "FY"),
                          ("new_urban_jobs", "level", "actual", "6100", "", 2015, "FY"),
                          ("new_urban_jobs", "level", "target", "5000", "", 2016, "FY")]


def test_sub_rows_named_by_their_subject_alone_are_read_with_the_row_above():
    text = ANNUAL + ("| 指标 | 单位 | 2015年 | 增长% |\n|---|---|---|---|\n"
                     "| 全体居民人均可支配收入 | 元 | 30302 | 8.8 |\n| 其中:城镇居民 | 元 | 41268 | 8.1 |\n"
                     "| 农村居民 | 元 | 17565 | 9.6 |\n| 第三产业 | 亿元 | 179.9 | 12.4 |\n")
    assert [(r[0], r[3]) for r in rows(text)] == [
        ("disposable_income", "30302"), ("disposable_income", "8.8"), ("urban_disposable_income", "41268"),
        ("urban_disposable_income", "8.1"), ("rural_disposable_income", "17565"), ("rural_disposable_income", "9.6")]


def test_rows_naming_a_group_under_a_numbered_heading_wrapped_over_three_lines_leave_the_table_open():
    text = ANNUAL + ("序号\t指 标\t单位\t2015年\t2015年\t2016年\n"
                     "\t\t\t实绩\t比上年\t预期目标\n"
                     "\t\t\t\t增长(%)\t(增长%)\n"
                     "一\t经济发展\n"
                     "1\t地区生产总值\t亿元\t402.8\t9.0\t9左右\n"
                     "二\t社会民生\n"
                     "2\t城镇登记失业率\t%\t2.6\t\t3.5以内\n")
    assert rows(text) == [("gdp", "level", "actual", "402.8", "", 2015, "FY"),
                          ("gdp", "growth", "actual", "9", "", 2015, "FY"),
                          ("gdp", "growth", "target", "9", "approx", 2016, "FY"),
                          ("unemployment_rate", "level", "actual", "2.6", "", 2015, "FY"),
                          ("unemployment_rate", "level", "target", "3.5", "at_most", 2016, "FY")]


@pytest.mark.parametrize("goal, read", [("3.5以内", [("level", "3.5")]), ("0.2", []), ("-0.3", [])])
def test_a_rates_goal_in_a_column_of_changes_is_its_level_only_of_the_size_of_the_level_done(goal, read):
    text = ANNUAL + ("指标\t单位\t2015年完成\t2016年目标增长(%)\n"
                     f"城镇登记失业率\t%\t2.6\t{goal}\n"
                     "实际利用外资\t万美元\t31250\t30000万美元\n")
    assert [(r[1], r[3]) for r in rows(text) if r[0] == "unemployment_rate" and r[2] == "target"] == read
    assert ("fdi_actual", "level", "target", "3", "", 2016, "FY") in rows(text)


def test_an_industry_under_the_regions_product_is_its_value_added_and_a_named_change_alone_in_a_change_column():
    text = ANNUAL + ("指标\t单位\t2015年完成\t比上年增长%\n"
                     "地区生产总值\t亿元\t506.8\t13.6\n\t第一产业\t亿元\t105.2\t5.1\n\t第三产业\t亿元\t179.9\t12.4\n"
                     "居民消费价格涨幅\t%\t\t1.8\n单位GDP能耗下降\t%\t3.8\t0.2\n")
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [
        ("gdp", "level", "506.8"), ("gdp", "growth", "13.6"), ("service_value_added", "level", "179.9"),
        ("service_value_added", "growth", "12.4"), ("cpi", "growth", "1.8"), ("energy_intensity", "growth", "-3.8")]


def test_a_table_of_goals_alone_reads_each_in_its_rows_unit():
    text = ANNUAL.replace("主要经济指标完成情况及2016年预期目标", "2016年主要预期目标") + (
        "| 序号 | 指标名称 | 单位 | 2016年预期目标 | 属性 |\n|:---:|---|:---:|:---:|:---:|\n"
        "| 1 | 地区生产总值增长 | % | 7.5左右 | 预期性 |\n| 2 | 城镇新增就业 | 万人 | 4.2 | 预期性 |\n"
        "| 3 | 粮食总产量 | 万吨 | 115以上 | 约束性 |\n| 4 | 城镇登记失业率 | % | <4.5 | 预期性 |\n")
    assert rows(text) == [("gdp", "growth", "target", "7.5", "approx", 2016, "FY"),
                          ("new_urban_jobs", "level", "target", "42000", "", 2016, "FY"),
                          ("grain_output", "level", "target", "115", "at_least", 2016, "FY"),
                          ("unemployment_rate", "level", "target", "4.5", "at_most", 2016, "FY")]


def test_a_cell_of_words_wrapped_right_of_the_names_and_a_figure_with_a_notes_mark():
    text = ANNUAL + ("                                   2015年                  2016年\n"
                     "  指        标              单位    完  成       增长%       预期目标\n"
                     "  居民人均可支配收入               元     30829        10.8      与经济增长\n"
                     "                                                            基本同步\n"
                     "  研究与试验发展经费投入强度        %        2.31*                 2.4左右\n")
    assert [(r[0], r[1], r[2], r[3]) for r in rows(text)] == [
        ("disposable_income", "level", "actual", "30829"), ("disposable_income", "growth", "actual", "10.8"),
        ("rd_intensity", "level", "actual", "2.31"), ("rd_intensity", "level", "target", "2.4")]


def test_labels_spaced_out_under_the_years_and_a_goals_range_as_its_two_bounds():
    text = ANNUAL + ("   指    标                    单位     2015年     2016年     增长\n"
                     "                                        实  绩     目  标     (%)\n"
                     "   地区生产总值                亿元     868.4       995        8-9\n"
                     "   粮食总产量                  亿斤     98.6       100以上\n")
    assert rows(text) == [("gdp", "level", "actual", "868.4", "", 2015, "FY"),
                          ("gdp", "level", "target", "995", "", 2016, "FY"),
                          ("gdp", "growth", "target", "8", "at_least", 2016, "FY"),
                          ("gdp", "growth", "target", "9", "at_most", 2016, "FY"),
                          ("grain_output", "level", "actual", "98.6", "", 2015, "FY"),
                          ("grain_output", "level", "target", "100", "at_least", 2016, "FY")]


def test_a_sub_row_with_no_unit_of_its_own_takes_its_parents():
    text = ANNUAL + ("| 指标名称 | 2015年实绩 | 比上年增长(%) | 2016年计划 | 比上年增长(%) |\n|---|---|---|---|---|\n"
                     "| 一、地区生产总值(亿元) | 160.2 | 16.8 | 182.6 | 14 |\n| 其中:第一产业 | 21.8 | 5.2 | 22.7 | 4 |\n"
                     "| 第三产业 | 42.8 | 12.3 | 49.5 | 13 |\n| 二、外贸进出口总额(亿美元) | 21.36 | 25.3 | 25.0 | 17 |\n"
                     "| 其中:出口 | 14.52 | 27.1 | 17.4 | 20 |\n")
    assert [(r[0], r[1], r[2], r[3]) for r in rows(text) if r[0] in ("service_value_added", "exports")] == [
        ("service_value_added", "level", "actual", "42.8"), ("service_value_added", "growth", "actual", "12.3"),
        ("service_value_added", "level", "target", "49.5"), ("service_value_added", "growth", "target", "13"),
        ("exports", "level", "actual", "14.52"), ("exports", "growth", "actual", "27.1"),
        ("exports", "level", "target", "17.4"), ("exports", "growth", "target", "20")]


def test_another_citys_column_is_read_as_no_row_and_a_single_months_column_is_that_months():
    months = HALF.replace("上半年经济运行", "1-5月经济运行") + (
        "指标名称\t单位\t1-5月\t\t5月\t\t苏州市1-5月增速(%)\n\t\t累计\t同比±%\t当月\t同比±%\t\n"
        "社会消费品零售总额\t亿元\t712.4\t4.2\t146.3\t4.8\t3.9\n")
    assert rows(months) == [
        ("retail_sales", "level", "actual", "712.4", "", 2019, "M1-M5"), ("retail_sales", "growth", "actual", "4.2", "", 2019, "M1-M5"),
        ("retail_sales", "level", "actual", "146.3", "", 2019, "M5"), ("retail_sales", "growth", "actual", "4.8", "", 2019, "M5")]
    city = HALF + ("指标名称\t单位\t1-6月\t同比增长(%)\t郑州市同比增长(%)\t全年目标增长(%)\n生产总值\t亿元\t331.8\t13.6\t12.5\t13\n")
    assert rows(city) == [("gdp", "level", "actual", "331.8", "", 2019, "H1"), ("gdp", "growth", "actual", "13.6", "", 2019, "H1"),
                          ("gdp", "growth", "target", "13", "", 2019, "FY")]


def test_a_change_row_under_its_level_is_the_level_rows_change_only_right_under_it():
    text = ANNUAL + ("指标\t单位\t2015年完成\t2016年计划\n地区生产总值\t亿元\t10300\t11600\n  增长\t%\t13\t12\n"
                     "一般公共预算收入增长\t%\t10.2\t6\n城镇居民人均可支配收入\n  增长\t%\t6.2\t6\n")
    assert [(r[0], r[1], r[2], r[3]) for r in rows(text)] == [
        ("gdp", "level", "actual", "10300"), ("gdp", "level", "target", "11600"), ("gdp", "growth", "actual", "13"),
        ("gdp", "growth", "target", "12"), ("general_budget_revenue", "growth", "actual", "10.2"),
        ("general_budget_revenue", "growth", "target", "6")]


def test_a_rates_change_in_points_written_in_its_cell():
    text = ANNUAL + "指标\t单位\t2015年完成\t2016年目标\n研发经费投入强度\t%\t1.8\t提高0.1个百分点\n地区生产总值\t亿元\t1200\t增长0.1个百分点\n"
    assert [(r[0], r[1], r[2], r[3]) for r in rows(text)] == [
        ("rd_intensity", "level", "actual", "1.8"), ("rd_intensity", "growth", "target", "0.1"), ("gdp", "level", "actual", "1200")]
    assert [r["unit"] for r in extract_text(text)][1] == "百分点"


def test_an_index_row_in_a_units_column_is_no_row_and_the_table_goes_on():
    text = ANNUAL + ("指标\t单位\t2015年完成\t2016年目标\n居民消费价格指数\t上年=100\t101.9\t103左右\n"
                     "单位生产总值能耗降低\t%\t3.8\t3.5\n")
    assert [(r[0], r[1], r[2], r[3]) for r in rows(text)] == [
        ("energy_intensity", "growth", "actual", "-3.8"), ("energy_intensity", "growth", "target", "-3.5")]


def test_a_table_aligned_with_blanks_goes_on_past_a_page_break_and_its_heading_printed_again():
    heading = ("指    标              单位      累计       同比增长      指标\n"
               "                                完成         (%)         属性\n")
    text = (HALF + "附表\n          全县2019年1-5月主要经济指标\n\n" + heading +
            "地区生产总值          亿元      845.6       10.2      预期性\n"
            "  其中:工业投资        亿元       20.4       16.8      预期性\n"
            "社会消费品零售总额    亿元      312.5        8.9      预期性\n"
            "\f" + heading +
            "外贸进出口总额        亿元      107.6       13.5      预期性\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "845.6", "", 2019, "M1-M5"), ("gdp", "growth", "actual", "10.2", "", 2019, "M1-M5"),
        ("industrial_investment", "level", "actual", "20.4", "", 2019, "M1-M5"),
        ("industrial_investment", "growth", "actual", "16.8", "", 2019, "M1-M5"),
        ("retail_sales", "level", "actual", "312.5", "", 2019, "M1-M5"),
        ("retail_sales", "growth", "actual", "8.9", "", 2019, "M1-M5"),
        ("foreign_trade", "level", "actual", "107.6", "", 2019, "M1-M5"),
        ("foreign_trade", "growth", "actual", "13.5", "", 2019, "M1-M5")]


def test_a_tables_heading_with_the_months_so_far_and_the_years_goal_as_a_change():
    text = ("江北开发区2015年上半年工作情况的报告\n"
            "表1                 2015年上半年开发区主要经济指标\n"
            "指标名称                   单位       累计       累计增长(%)    5月当月增长(%)    全年目标(增长%)\n"
            "地区生产总值               亿元      1386.4        10.5          11.2               10\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "1386.4", "", 2015, "H1"), ("gdp", "growth", "actual", "10.5", "", 2015, "H1"),
        ("gdp", "growth", "actual", "11.2", "", 2015, "M5"), ("gdp", "growth", "target", "10", "", 2015, "FY")]


def test_a_column_of_the_share_of_the_years_plan_is_read_as_no_row():
    text = ("关于江北区2010年上半年国民经济和社会发展计划执行情况的报告\n——2010年7月27日在区十四届人大常委会第二十六次会议上\n"
            "表1  2010年上半年全区主要经济指标完成情况\n指标名称  单位  1-6月  同比增长(%)  占年计划(%)\n"
            "商品销售总额  亿元  1206.4  32.7  —\n财政总收入  亿元  102.6  24.1  58.6\n")
    assert rows(text) == [
        ("commodity_sales", "level", "actual", "1206.4", "", 2010, "H1"),
        ("commodity_sales", "growth", "actual", "32.7", "", 2010, "H1"),
        ("fiscal_revenue", "level", "actual", "102.6", "", 2010, "H1"),
        ("fiscal_revenue", "growth", "actual", "24.1", "", 2010, "H1")]


@pytest.mark.parametrize("heading", [
    "项    目          预算数        执行数      为预算%     比上年增长%",
    "项    目        调整预算数   执行数   为调整预算%   比上年增长%",
], ids=["a budget and its execution", "an adjusted budget and its execution"])
def test_a_budget_execution_table_gives_the_budget_as_the_years_goal(heading):
    text = ("关于江南省2023年预算执行情况和2024年预算草案的报告\n——2024年1月20日在江南省第十四届人民代表大会第二次会议上\n"
            "一、2023年预算执行情况\n表1  2023年全省一般公共预算收入执行情况\n单位:亿元\n" + heading + "\n"
            " 一般公共预算收入   3657.00      3726.41      101.9         10.3\n"
            "   税收收入         2465.00      2611.87      106.0         14.6\n")
    rows_read = [r for r in rows(text) if r[1] == "level"]
    assert rows_read == [
        ("general_budget_revenue", "level", "target", "3657", "", 2023, "FY"),
        ("general_budget_revenue", "level", "actual", "3726.41", "", 2023, "FY"),
        ("tax_revenue", "level", "target", "2465", "", 2023, "FY"),
        ("tax_revenue", "level", "actual", "2611.87", "", 2023, "FY")]


def test_a_goal_cell_of_words_glued_to_the_next_cell_leaves_the_rows_below_read():
    text = ("江南省2022年政府工作报告\n——2022年1月20日在江南省第十三届人民代表大会第六次会议上\n一、2021年工作回顾\n"
            "表1 2021年主要预期目标完成情况\n\n指标名称        单位  2021年目标     2021年完成\n"
            "地区生产总值增长    %   6以上       5.9\n居民人均可支配收入增长 %   与经济增长基本同步7.3\n"
            "城镇调查失业率     %   6以内       5.4\n")
    assert [r for r in rows(text) if r[0] == "surveyed_unemployment_rate"] == [
        ("surveyed_unemployment_rate", "level", "target", "6", "at_most", 2021, "FY"),
        ("surveyed_unemployment_rate", "level", "actual", "5.4", "", 2021, "FY")]


def test_a_tables_goal_as_set_and_as_adjusted_side_by_side_are_both_the_years_goals():
    text = ("孝义市2016年政府工作报告\n——2016年1月21日在孝义市第十五届人民代表大会第六次会议上\n一、2015年工作回顾\n"
            "表1 2015年主要经济指标完成情况\n\n│指  标  │单位│年初目标  │调整目标  │完成数   │增长(%) │\n"
            "│地区生产总值      │亿元│增长8%   │增长3%   │372.6    │2.1   │\n"
            "│财政总收入       │亿元│85     │62     │58.4    │-26.7  │\n")
    assert [r for r in rows(text) if r[0] == "fiscal_revenue"] == [
        ("fiscal_revenue", "level", "target", "85", "", 2015, "FY"),
        ("fiscal_revenue", "level", "target", "62", "", 2015, "FY"),
        ("fiscal_revenue", "level", "actual", "58.4", "", 2015, "FY"),
        ("fiscal_revenue", "growth", "actual", "-26.7", "", 2015, "FY")]


def test_a_tables_goal_for_the_change_and_progress_against_the_adjusted_goal_are_read_by_their_labels():
    text = ("相城区2013年上半年工作情况的报告\n——2013年7月25日在相城区人民代表大会常务委员会会议上\n"
            "指标名称\t单位\t全年目标\t目标增幅(%)\t1-6月完成\t同比增长(%)\t完成调整后目标进度(%)\n"
            "地区生产总值\t亿元\t560\t11\t268.5\t11.2\t47.9\n")
    assert rows(text) == [
        ("gdp", "level", "target", "560", "", 2013, "FY"), ("gdp", "growth", "target", "11", "", 2013, "FY"),
        ("gdp", "level", "actual", "268.5", "", 2013, "H1"), ("gdp", "growth", "actual", "11.2", "", 2013, "H1")]


def test_a_tables_column_of_the_same_periods_change_a_year_before_gives_that_periods_change():
    text = ("湖州市2016年前三季度经济运行情况\n发布时间:2016年10月25日\n"
            "指标 | 单位 | 1-9月 | 增长(%) | 上年同期增长(%)\n地区生产总值 | 亿元 | 1697.3 | 7.9 | 8.2\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "1697.3", "", 2016, "Q1-Q3"), ("gdp", "growth", "actual", "7.9", "", 2016, "Q1-Q3"),
        ("gdp", "growth", "actual", "8.2", "", 2015, "Q1-Q3")]


def test_an_estimates_column_beside_the_months_done_and_a_cell_naming_its_own_months():
    text = ("关于南塘市2023年国民经济和社会发展计划执行情况的报告\n——2023年12月20日在市人大常委会会议上\n"
            "表1 2023年全市主要指标预计完成情况\n"
            "指标 年度目标 1—11月 全年预计\n"
            "地区生产总值增长（%） 6.5左右 6.1（前三季度） 6左右\n"
            "城镇调查失业率（%） 5.5以内 5.2 5.3左右\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "6.5", "approx", 2023, "FY"), ("gdp", "growth", "actual", "6.1", "", 2023, "Q1-Q3"),
        ("gdp", "growth", "actual", "6", "estimate", 2023, "FY"),
        ("surveyed_unemployment_rate", "level", "target", "5.5", "at_most", 2023, "FY"),
        ("surveyed_unemployment_rate", "level", "actual", "5.2", "", 2023, "M1-M11"),
        ("surveyed_unemployment_rate", "level", "actual", "5.3", "estimate", 2023, "FY")]


def test_a_column_of_what_was_done_named_for_the_plans_execution():
    text = ("关于临江省2019年计划执行情况与2020年计划草案的报告\n——2020年1月15日在临江省第十三届人民代表大会第三次会议上\n"
            "表1   2019年主要指标计划完成情况\n"
            "指标名称                    2019年计划目标      执行情况\n"
            "地区生产总值增长（%）        7左右               6.8\n"
            "城镇调查失业率（%）          5.5以内             5.1\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "7", "approx", 2019, "FY"), ("gdp", "growth", "actual", "6.8", "", 2019, "FY"),
        ("surveyed_unemployment_rate", "level", "target", "5.5", "at_most", 2019, "FY"),
        ("surveyed_unemployment_rate", "level", "actual", "5.1", "", 2019, "FY")]


def test_years_parted_by_one_blank_with_their_labels_on_the_line_below():
    text = ("西陵省2008年政府工作报告\n——2008年1月20日在西陵省第十一届人民代表大会第一次会议上\n"
            "表1　2008年全省经济社会发展主要预期目标\n"
            "指　标 单位 2007年 2008年\n完成 目标\n"
            "生产总值增长 % 12.4 10\n"
            "城镇新增就业 万人 48.6 45\n")
    assert rows(text) == [
        ("gdp", "growth", "actual", "12.4", "", 2007, "FY"), ("gdp", "growth", "target", "10", "", 2008, "FY"),
        ("new_urban_jobs", "level", "actual", "486000", "", 2007, "FY"),
        ("new_urban_jobs", "level", "target", "450000", "", 2008, "FY")]


def test_a_column_of_a_quarters_or_a_months_change_gives_that_periods_change():
    text = HALF + ("指标\t单位\t1-6月\t同比增长(%)\t二季度增长(%)\t5月当月增长(%)\t2-5月增长(%)\n"
                   "地区生产总值\t亿元\t290.5\t6.2\t7.4\t—\t—\n"
                   "规模以上工业增加值\t—\t—\t5.1\t6.0\t5.8\t4.9\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "290.5", "", 2019, "H1"), ("gdp", "growth", "actual", "6.2", "", 2019, "H1"),
        ("gdp", "growth", "actual", "7.4", "", 2019, "Q2"),
        ("industrial_value_added", "growth", "actual", "5.1", "", 2019, "H1"),
        ("industrial_value_added", "growth", "actual", "6", "", 2019, "Q2"),
        ("industrial_value_added", "growth", "actual", "5.8", "", 2019, "M5")]


def test_a_narrow_rows_cells_that_look_like_thousands_stay_apart_and_a_row_of_several_years_gives_none():
    text = ("东湖市2021年政府工作报告\n——2021年2月2日在东湖市第八届人民代表大会第六次会议上\n"
            "表1　“十三五”规划主要指标完成情况\n"
            "指标 单位 2015年 2020年规划目标 2020年完成 年均增长（%）\n"
            "一般公共预算收入 亿元 343.8 500 551.4 9.9\n"
            "城镇新增就业（五年累计） 万人 — 45 52.4 —\n"
            "2020年,全市生产总值达到6 001.3亿元。\n")
    assert rows(text) == [
        ("general_budget_revenue", "level", "actual", "343.8", "", 2015, "FY"),
        ("general_budget_revenue", "level", "target", "500", "", 2020, "FY"),
        ("general_budget_revenue", "level", "actual", "551.4", "", 2020, "FY"),
        ("gdp", "level", "actual", "6001.3", "", 2020, "FY")]


def test_a_short_line_after_a_blank_line_under_the_last_row_is_no_rest_of_its_name():
    text = HALF + ("指标名称                  单位      年度目标     1—6月完成   同比增长(%)\n"
                   "地区生产总值              亿元      增长8.5%     186.42      8.3\n"
                   "农村居民人均可支配收入    元        增长9%       9635        8.7\n"
                   "\n附表二\n\n")
    assert rows(text)[-3:] == [
        ("rural_disposable_income", "growth", "target", "9", "", 2019, "FY"),
        ("rural_disposable_income", "level", "actual", "9635", "", 2019, "H1"),
        ("rural_disposable_income", "growth", "actual", "8.7", "", 2019, "H1")]


def test_a_column_of_the_halfs_change_beside_a_goal_written_as_a_change_is_the_halfs_not_the_goals():
    text = HALF + ("表1　2019年上半年主要经济指标完成情况\n"
                   "指标名称　　　　　　　　　年度目标（%）　　上半年增幅（%）\n"
                   "地区生产总值　　　　　　　　　7　　　　　　　　6.4\n"
                   "固定资产投资　　　　　　　　　8　　　　　　　　6.1\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "7", "", 2019, "FY"), ("gdp", "growth", "actual", "6.4", "", 2019, "H1"),
        ("fixed_asset_investment", "growth", "target", "8", "", 2019, "FY"),
        ("fixed_asset_investment", "growth", "actual", "6.1", "", 2019, "H1")]


def test_years_on_a_line_over_a_heading_parted_by_one_blank_and_a_table_continued_under_its_own_title():
    text = ("关于西川省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
            "——2026年1月20日在西川省第十四届人民代表大会第五次会议上\n"
            "附表1\n西川省2025年主要指标完成情况及2026年预期目标\n"
            "                           2025年        2025年        2026年\n"
            "指 标 单位 预期目标 预计完成 预期目标\n"
            "地区生产总值增长 % 5.5左右 5.3 5左右\n"
            "进出口总额增长 % 稳规模 -3.1 稳中\n"
            "                 优结构 （1—11月） 提质\n"
            "附表1（续）\n"
            "                           2025年        2025年        2026年\n"
            "指 标 单位 预期目标 预计完成 预期目标\n"
            "城镇新增就业 万人 42 44.6 42\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "5.5", "approx", 2025, "FY"), ("gdp", "growth", "actual", "5.3", "estimate", 2025, "FY"),
        ("gdp", "growth", "target", "5", "approx", 2026, "FY"),
        ("new_urban_jobs", "level", "target", "420000", "", 2025, "FY"),
        ("new_urban_jobs", "level", "actual", "446000", "estimate", 2025, "FY"),
        ("new_urban_jobs", "level", "target", "420000", "", 2026, "FY")]


def test_a_goal_labelled_in_brackets_under_its_year_and_a_quantitys_goal_near_its_level_left_out():
    text = ("江南县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月18日在江南县第十九届人民代表大会第四次会议上\n"
            "指标名称\t单位\t2023年目标\t2023年完成\t\t2024年目标\t\n"
            "\t\t(增长%)\t绝对数\t增长%\t绝对数\t增长%\n"
            "地区生产总值\t万元\t6.5\t1789600\t5.6\t1900000\t6\n"
            "粮食总产量\t万吨\t16.5\t16.82\t1.1\t16.6\t—\n")
    assert rows(text) == [
        ("gdp", "growth", "target", "6.5", "", 2023, "FY"), ("gdp", "level", "actual", "178.96", "", 2023, "FY"),
        ("gdp", "growth", "actual", "5.6", "", 2023, "FY"), ("gdp", "level", "target", "190", "", 2024, "FY"),
        ("gdp", "growth", "target", "6", "", 2024, "FY"),
        ("grain_output", "level", "actual", "16.82", "", 2023, "FY"), ("grain_output", "growth", "actual", "1.1", "", 2023, "FY"),
        ("grain_output", "level", "target", "16.6", "", 2024, "FY")]


def test_a_narrow_tables_rows_numbered_and_ending_in_digits_stay_rows():
    text = ("江北经济技术开发区2024年工作报告\n——2024年2月6日在经开区工作会议上\n附表\n2024年经开区主要经济指标预期目标\n"
            "序号 指标名称 单位 2023年预计 2024年目标\n"
            "1 地区生产总值增速 % 6.3 6-7\n"
            "2 一般公共预算收入 亿元 36.52 38.71\n")
    assert [r for r in rows(text) if r[2] == "target"] == [
        ("gdp", "growth", "target", "6", "at_least", 2024, "FY"), ("gdp", "growth", "target", "7", "at_most", 2024, "FY"),
        ("general_budget_revenue", "level", "target", "38.71", "", 2024, "FY")]


def test_a_year_noted_under_a_narrow_rows_done_cell_dates_it_and_the_table_goes_on():
    text = ("附表1\n西川省2025年主要指标完成情况及2026年预期目标\n"
            "                           2025年        2025年        2026年\n"
            "指 标 单位 预期目标 预计完成 预期目标\n"
            "研发经费投入强度 % 2.6 2.5 2.7\n"
            "                          （2024年）\n"
            "粮食产量 万吨 1300以上 1325.6 1300以上\n"
            "单位地区生产总值能耗降低 % 3 3.2 2.5左右\n")
    assert rows(text) == [
        ("rd_intensity", "level", "target", "2.6", "", 2025, "FY"), ("rd_intensity", "level", "actual", "2.5", "", 2024, "FY"),
        ("rd_intensity", "level", "target", "2.7", "", 2026, "FY"),
        ("grain_output", "level", "target", "1300", "at_least", 2025, "FY"),
        ("grain_output", "level", "actual", "1325.6", "estimate", 2025, "FY"),
        ("grain_output", "level", "target", "1300", "at_least", 2026, "FY"),
        ("energy_intensity", "growth", "target", "-3", "", 2025, "FY"),
        ("energy_intensity", "growth", "actual", "-3.2", "estimate", 2025, "FY"),
        ("energy_intensity", "growth", "target", "-2.5", "approx", 2026, "FY")]


def test_a_table_parted_by_ideographic_blanks_keeps_its_cells_apart_not_read_as_thousands():
    text = ("芜湖市2013年国民经济和社会发展计划执行情况\n附表　芜湖市2013年主要指标完成情况及2014年计划\n"
            "指标名称　单位　2013年计划增长(%)　2013年完成数　比上年增长(%)　2014年计划增长(%)\n"
            "社会消费品零售总额　亿元　15　556.2　14.1　13.5\n")
    assert rows(text) == [
        ("retail_sales", "growth", "target", "15", "", 2013, "FY"), ("retail_sales", "level", "actual", "556.2", "", 2013, "FY"),
        ("retail_sales", "growth", "actual", "14.1", "", 2013, "FY"), ("retail_sales", "growth", "target", "13.5", "", 2014, "FY")]


def test_a_column_of_the_years_plan_labelled_with_no_year_before_it():
    text = ("富平县人民政府工作报告\n——2004年2月16日在富平县第十五届人民代表大会第二次会议上\n2003年主要经济指标完成情况表\n"
            "指标　单位　年计划　完成　比上年增长%\n"
            "国内生产总值　亿元　31.8　32.46　11.2\n")
    assert rows(text) == [
        ("gdp", "level", "target", "31.8", "", 2003, "FY"), ("gdp", "level", "actual", "32.46", "", 2003, "FY"),
        ("gdp", "growth", "actual", "11.2", "", 2003, "FY")]


def test_a_bare_per_cent_goal_of_a_change_only_indicator_is_its_change():
    text = ("四川省2022年上半年国民经济和社会发展计划执行情况的报告\n2022年上半年全省主要经济指标完成情况\n"
            "指标名称　　　单位　　年度预期目标　　上半年完成　　增长（%）\n"
            "居民消费价格　　%　　　3%左右　　　　—　　　　　　1.9\n")
    assert rows(text) == [
        ("cpi", "growth", "target", "3", "approx", 2022, "FY"), ("cpi", "growth", "actual", "1.9", "", 2022, "H1")]


def test_year_labels_centred_over_their_columns_and_a_label_wrapped_under_one():
    text = ("陵川县人民政府工作报告\n——2005年1月20日在陵川县第十四届人民代表大会第三次会议上\n附件\n"
            "  指标名称       单位     2004年计划       2004年完成     完成     2005年计划\n"
            "                         绝对额   增长%   绝对额   增长%   计划%   绝对额   增长%\n"
            "国内生产总值     万元     470000      11   486530    13.2   103.5   550000      12\n")
    assert rows(text) == [
        ("gdp", "level", "target", "47", "", 2004, "FY"), ("gdp", "growth", "target", "11", "", 2004, "FY"),
        ("gdp", "level", "actual", "48.653", "", 2004, "FY"), ("gdp", "growth", "actual", "13.2", "", 2004, "FY"),
        ("gdp", "level", "target", "55", "", 2005, "FY"), ("gdp", "growth", "target", "12", "", 2005, "FY")]


def test_a_tabbed_rank_label_wrapped_under_its_first_words_is_no_row():
    text = ("梅岭县人民政府工作报告\n——2009年2月10日在梅岭县第十五届人民代表大会第四次会议上\n附表\n"
            "指标名称\t单位\t2008年\t\t增幅全市\t2009年计划\t\n\t\t完成\t比上年±%\t位次\t绝对额\t增长%\n"
            "生产总值\t万元\t782460\t12.8\t4\t870000\t11左右\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "78.246", "", 2008, "FY"), ("gdp", "growth", "actual", "12.8", "", 2008, "FY"),
        ("gdp", "level", "target", "87", "", 2009, "FY"), ("gdp", "growth", "target", "11", "approx", 2009, "FY")]


def test_a_column_of_the_share_of_the_city_is_no_row():
    text = ("天河区政府工作报告\n——2024年1月10日在广州市天河区第十八届人民代表大会第四次会议上\n"
            "指标\t单位\t2023年完成\t同比增长(%)\t占全市比重(%)\t2024年预期目标\n"
            "地区生产总值\t亿元\t6571.3\t4.2\t21.6\t增长5%左右\n"
            "实际使用外资\t亿美元\t15.3\t-12.4\t—\t稳中提质\n")
    assert rows(text) == [
        ("gdp", "level", "actual", "6571.3", "", 2023, "FY"), ("gdp", "growth", "actual", "4.2", "", 2023, "FY"),
        ("gdp", "growth", "target", "5", "approx", 2024, "FY"),
        ("fdi_actual", "level", "actual", "15.3", "", 2023, "FY"), ("fdi_actual", "growth", "actual", "-12.4", "", 2023, "FY")]


def test_a_column_of_progress_written_进度完成_is_no_row_and_leaves_the_table_read():
    text = HALF + ("指标名称\t单位\t1—6月\t同比增长(%)\t全年目标增长(%)\t进度完成(%)\n"
                   "社会消费品零售总额\t亿元\t216.8\t9.4\t10\t47.6\n")
    assert rows(text) == [("retail_sales", "level", "actual", "216.8", "", 2019, "H1"),
                          ("retail_sales", "growth", "actual", "9.4", "", 2019, "H1"),
                          ("retail_sales", "growth", "target", "10", "", 2019, "FY")]


def test_a_change_in_a_later_years_goal_column_is_the_plans_average_or_total_no_row():
    text = ("江北省2021年政府工作报告\n一、2020年工作回顾\n全省经济运行总体平稳。\n"
            "附件:江北省2021年主要经济社会发展指标\n"
            "| 指标 | 单位 | 2020年完成 | 2021年目标 | 2025年目标 |\n"
            "| 地区生产总值增速 | % | -5.0 | 10以上 | 6左右 |\n"
            "| 研发投入强度 | % | 2.1 | 2.2 | 2.5 |\n")
    assert rows(text) == [("gdp", "growth", "actual", "-5", "", 2020, "FY"),
                          ("gdp", "growth", "target", "10", "at_least", 2021, "FY"),
                          ("rd_intensity", "level", "actual", "2.1", "", 2020, "FY"),
                          ("rd_intensity", "level", "target", "2.2", "", 2021, "FY"),
                          ("rd_intensity", "level", "target", "2.5", "", 2025, "FY")]


def test_a_marked_cell_a_note_under_the_table_dates_to_an_earlier_year_is_that_years():
    text = ("江北市2025年政府工作报告\n一、2024年工作回顾\n全市经济运行总体平稳。\n"
            "附件\n2025年江北市国民经济和社会发展主要指标\n"
            "序号  指标名称                单位      2024年完成   2025年目标\n"
            "1     地区生产总值增长        %         6.0          6左右\n"
            "2     研发经费投入强度        %         2.76*        2.9\n"
            "  注:1.带*号数据为2023年数。2.2024年数据为初步核算数。\n")
    assert rows(text) == [("gdp", "growth", "actual", "6", "", 2024, "FY"),
                          ("gdp", "growth", "target", "6", "approx", 2025, "FY"),
                          ("rd_intensity", "level", "actual", "2.76", "", 2023, "FY"),
                          ("rd_intensity", "level", "target", "2.9", "", 2025, "FY")]


def test_a_goals_table_row_of_the_districts_own_level_is_the_districts_but_not_its_total_revenue():
    text = ("关于江北区2017年上半年国民经济和社会发展计划执行情况的报告\n"
            "——2017年7月20日在江北区第六届人民代表大会常务委员会第三次会议上\n2017年上半年主要经济指标完成情况\n"
            "指标\t单位\t1—6月\t同比增长(%)\t全年预期目标\n区级地方财政收入\t亿元\t118.3\t8.9\t增长6%\n"
            "区级财政收入\t亿元\t121.6\t7.5\t增长5%\n")
    assert rows(text) == [
        ("local_fiscal_revenue", "level", "actual", "118.3", "", 2017, "H1"),
        ("local_fiscal_revenue", "growth", "actual", "8.9", "", 2017, "H1"),
        ("local_fiscal_revenue", "growth", "target", "6", "", 2017, "FY")]


def test_a_row_named_for_the_rate_of_its_fall_gives_falls():
    text = ("江北区2024年政府工作报告\n——2024年1月10日在江北区第三届人民代表大会第三次会议上\n江北区主要经济社会发展指标\n"
            "指标\t2023年完成\t2024年目标\n地区生产总值增速\t5.3%\t5%左右\n单位地区生产总值能耗降低率\t3.2%\t3%\n")
    assert rows(text) == [
        ("gdp", "growth", "actual", "5.3", "", 2023, "FY"), ("gdp", "growth", "target", "5", "approx", 2024, "FY"),
        ("energy_intensity", "growth", "actual", "-3.2", "", 2023, "FY"),
        ("energy_intensity", "growth", "target", "-3", "", 2024, "FY")]
