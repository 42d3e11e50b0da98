"""What counts, written the ways real reports write it (OUTPUT.md, "What counts, the finer points").

Each case is a passage in the style of a report of the 2026 corpus (a 2025 review with a 十四五
review, 十五五 goals and 2026 targets) or of an older one; none is copied from the corpus.
"""
from __future__ import annotations

import pytest

from govreport_cli.api import extract_text
from govreport_cli.explanation import explain_text
from govreport_cli.normalize import normalize
from govreport_cli.rules import cached_rules
from govreport_cli.numbers import format_decimal

HEAD = "2026年江北省政府工作报告\n——2026年1月27日在江北省第十四届人民代表大会第四次会议上\n"
REVIEW = HEAD + "一、2025年和“十四五”时期工作回顾\n"
PLAN = HEAD + "三、2026年工作安排\n"


def facts(text: str) -> list[tuple]:
    return [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["qualifier"], r["year"])
            for r in extract_text(text)]


@pytest.mark.parametrize("passage, expected", [
    ("全省地区生产总值60000亿元、增长5%。",
     [("gdp", "level", "actual", "60000", "", 2025), ("gdp", "growth", "actual", "5", "", 2025)]),
    ("江北省地区生产总值60000亿元。", [("gdp", "level", "actual", "60000", "", 2025)]),
    ("数字经济核心产业增加值增长12%,民营经济增加值增长6%。", []),
    ("跨境电商进出口增长20%,机电产品出口增长8%,对东盟进出口总额增长9%。", []),
    ("高新区实现地区生产总值500亿元。", []),
    ("县域生产总值突破2万亿元,市本级一般公共预算收入120亿元。", []),
    ("全市工业经济总量突破3万亿元。", []),
    ("全省吸纳京津技术合同成交额增长101%。", []),
    ("滨江新区建设取得新突破。重大项目加快落地,全年固定资产投资增长20%,全省固定资产投资增长5%。",
     [("fixed_asset_investment", "growth", "actual", "5", "", 2025)]),
    ("滨江新区建设取得新突破。\n全年固定资产投资增长5%。", [("fixed_asset_investment", "growth", "actual", "5", "", 2025)]),
    ("新材料企业增加到120家,实现工业总产值300亿元,增长25%。", []),
    ("全省规上工业企业增加到9000家,实现工业总产值50000亿元。",
     [("industrial_output", "level", "actual", "50000", "", 2025)]),
    ("全年实现地区生产总值60000亿元,增长5%,其中第三产业增加值30000亿元。",
     [("gdp", "level", "actual", "60000", "", 2025), ("gdp", "growth", "actual", "5", "", 2025),
      ("service_value_added", "level", "actual", "30000", "", 2025)]),
    ("东湖综合实验区开发建设全面提速,全年完成固定资产投资405亿元,增长48.5%。", []),
    ("(二)滨江新区开发开放取得重大进展。滨江新区生产总值达到3102亿元,占全省的比重达到48.8%;"
     "完成固定资产投资1770亿元,增长42.5%。", []),
    ("家电下乡、汽车摩托车下乡等政策效应逐步显现,社会消费品零售总额5840亿元,增长18.9%。",
     [("retail_sales", "level", "actual", "5840", "", 2025), ("retail_sales", "growth", "actual", "18.9", "", 2025)]),
    ("东风乡、红旗乡等乡镇加快发展,社会消费品零售总额5.8亿元。", []),
    ("富士康科技集团江北园区全年实现销售收入38.6亿元,出口2.9亿美元。", []),
    ("    滨江新区东湖片区建设全面提速,完成固定资产投资126.3亿元,增长25.4%。", []),
    ("依托石化基地,北川湾经济技术开发区入驻企业达到126家,完成工业总产值62.3亿元,增长28.5%。", []),
    ("二是皖北振兴加快。皖北六市生产总值增长9.5%,高于全省0.3个百分点,固定资产投资增长19.7%。", []),
    ("(六)促进城乡区域协调发展。支持每个县培育主导产业,山区26县生产总值增速高于全省平均水平,农村居民人均可支配收入增长10%。", []),
    ("延边州、通化市、白山市依托资源优势,特色产业发展较快,地区生产总值增幅均超过12%。", []),
    ("(二)直管区和功能园区支撑有力:直管区实现地区生产总值628.7亿元,增长10.2%;规模以上工业总产值1498.3亿元,增长6.4%。", []),
], ids=["region words", "region name", "sector", "channel and partner", "zone", "part and narrower scope",
        "industry's total", "a flow from elsewhere", "a paragraph about a zone", "the zone's paragraph has ended",
        "a clause with no subject: the firms of the clause before", "the region's firms",
        "a verb before 地区 makes no place (实现地区)", "a zone's sentence: its first clause names no figure",
        "a zone's paragraph goes on past a semicolon", "乡 as a verb's object (下乡) is no place", "乡 a place", "a firm's park",
        "a clause with no subject: an indented paragraph's zone before", "a clause with no subject: a 经济技术开发区 before",
        "a part's clause after its comparison with the whole", "a part's rate compared with the whole's", "a list of places", "a part opening a sentence past its item's heading"])
def test_only_the_whole_region_counts(passage, expected):
    assert facts(REVIEW + passage) == expected


@pytest.mark.parametrize("passage, expected", [
    ("五年来,城镇新增就业累计106万人,地区生产总值年均增长5.5%。", []),
    ("这五年,全省地区生产总值达到6万亿元,城镇新增就业300万人,进出口总值实现翻番。",
     [("gdp", "level", "actual", "60000", "", 2025)]),
    ("“十四五”期间,实际使用外资累计超过1000亿美元,城镇新增就业年均超过70万人。", []),
    ("五年来,全省地区生产总值年均增长5.5%,从2020年的4.2万亿元增加到2025年的6万亿元。",
     [("gdp", "level", "actual", "42000", "", 2020), ("gdp", "level", "actual", "60000", "", 2025)]),
    ("这五年,技术合同成交额从14.8亿元跃升至422.7亿元、增长27倍。",
     [("tech_contract_value", "level", "actual", "14.8", "", 2020),
      ("tech_contract_value", "level", "actual", "422.7", "", 2025)]),
    ("这五年,技术合同成交额由2020年的14.8亿元跃升至2025年的422.7亿元。",
     [("tech_contract_value", "level", "actual", "14.8", "", 2020),
      ("tech_contract_value", "level", "actual", "422.7", "", 2025)]),
    ("固定资产投资五年累计完成2560亿元,其中2025年完成568亿元。",
     [("fixed_asset_investment", "level", "actual", "568", "", 2025)]),
    ("城镇新增就业五年累计32万人,其中2025年新增6.8万人。", [("new_urban_jobs", "level", "actual", "68000", "", 2025)]),
    ("固定资产投资五年累计4130亿元,其中2021年达到历史最高的965.2亿元。",
     [("fixed_asset_investment", "level", "actual", "965.2", "", 2021)]),
    ("规上工业总产值五年翻一番,达到1620亿元。", [("industrial_output", "level", "actual", "1620", "", 2025)]),
    ("2025年,货物进出口扭转了连续两年下降的局面,增长14.2%。", [("foreign_trade", "growth", "actual", "14.2", "", 2025)]),
    ("一般公共预算收入、税收收入年均分别增长4.5%、3%。", []),
    ("全省地区生产总值是2020年的1.5倍,城镇登记失业率比“十三五”末下降0.5个百分点。", []),
    ("五年来,我们坚定不移推动高质量发展。\n就业形势保持稳定。\n城镇新增就业86万人,城镇调查失业率控制在5.5%以内。", []),
    ("地区生产总值五年跨过3个万亿级关口、突破10万亿元。", []),
    ("2025年,财政总收入由2020年的13.8亿元增加到24.8亿元,比上年增长12.6%。",
     [("fiscal_revenue", "level", "actual", "13.8", "", 2020), ("fiscal_revenue", "level", "actual", "24.8", "", 2025),
      ("fiscal_revenue", "growth", "actual", "12.6", "", 2025)]),
], ids=["年均 and 累计", "a five-year review: the level reached only", "期间 totals and averages",
        "a from-to pair in a clause after an average", "from-to pair of a five-year review",
        "from-to pair with its years", "one year of a five-year total", "one year's count of a total",
        "one year's record of a total", "the level reached after a span's doubling", "a streak turned around", "年均分别", "against a base year or a past plan",
        "a review of several years lasts across sub-headings", "N年 between name and figure",
        "a change on the year before after a from-to pair"])
def test_one_period(passage, expected):
    assert facts(REVIEW + passage) == expected


@pytest.mark.parametrize("passage, expected", [
    ("过去的一年,是“十四五”的最后一年。全省地区生产总值60000亿元,增长5%。",
     [("gdp", "level", "actual", "60000", "", 2025), ("gdp", "growth", "actual", "5", "", 2025)]),
    ("全省地区生产总值达到60000亿元,较上年增长5%。",
     [("gdp", "level", "actual", "60000", "", 2025), ("gdp", "growth", "actual", "5", "", 2025)]),
    ("全省地区生产总值达到60000亿元,增长28%。", [("gdp", "level", "actual", "60000", "", 2025)]),
    ("二○二五年,全省地区生产总值增长5%。",
     [("gdp", "growth", "actual", "5", "", 2025)]),
    ("去年,全省地区生产总值增长5%。居民消费价格上涨1.6%。",
     [("gdp", "growth", "actual", "5", "", 2025), ("cpi", "growth", "actual", "1.6", "", 2025)]),
], ids=["a paragraph about the last year", "a change on the year before", "a change over the plan",
        "a year in Chinese numerals", "a paragraph on 去年"])
def test_one_year_inside_a_review_of_a_plan(passage, expected):
    text = HEAD + "一、“十四五”回顾\n五年来,我们砥砺前行。\n" + passage
    assert facts(text) == expected


def test_a_provinces_own_figures_in_a_national_report_it_reprints_are_no_rows():
    text = (NATIONAL_2005 + "全年国内生产总值136515亿元,比上年增长9.5%。\n"
            "去年我省粮食总产达到1142.7亿斤,全省规模以上工业增加值增长11.8%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "136515"), ("gdp", "9.5")]


def test_within_the_nation_is_the_nation_in_its_report_and_another_subject_below_it():
    passage = "国内专利申请受理量82.8万件,增长18.2%。\n"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(NATIONAL_2005 + passage)] == [
        ("patent_applications", "828000"), ("patent_applications", "18.2")]
    assert extract_text(REVIEW + passage) == []


def test_this_year_named_in_a_review_is_the_report_year():
    text = ("政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n一、2019年和今年以来工作回顾\n"
            "去年国内生产总值增长6.1%。\n今年一季度,国内生产总值下降6.8%。\n")
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2019, "FY", "6.1"), (2020, "Q1", "-6.8")]


def test_since_the_years_start_in_a_report_given_in_may_is_the_year_it_is_given_in():
    text = ("2020年江北县政府工作报告\n——2020年5月6日在江北县第十七届人民代表大会第五次会议上\n一、2019年工作回顾\n"
            "全年实现地区生产总值517.6亿元,增长7.3%。\n"
            "年初以来,面对突如其来的新冠肺炎疫情,我们统筹抓好疫情防控,1—3月全县规上工业总产值同比下降12.6%。\n")
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2019, "FY", "517.6"), (2019, "FY", "7.3"), (2020, "Q1", "-12.6")]


def test_a_plan_named_inside_a_clause_opens_no_review_of_it():
    passage = "科技投入较“十三五”时期增长32%。\n城镇新增就业9万人,实际利用外资15亿美元。"
    assert facts(REVIEW.replace("和“十四五”时期", "") + passage) == [
        ("new_urban_jobs", "level", "actual", "90000", "", 2025), ("fdi_actual", "level", "actual", "15", "", 2025)]


def test_a_record_of_many_years_opens_no_review_of_them():
    passage = "主要指标创近10年来最好水平。\n城镇新增就业9万人,实际利用外资15亿美元。"
    assert facts(REVIEW.replace("和“十四五”时期", "") + passage) == [
        ("new_urban_jobs", "level", "actual", "90000", "", 2025), ("fdi_actual", "level", "actual", "15", "", 2025)]


def test_a_span_opened_among_numbered_items_ends_at_the_next_item():
    text = (HEAD + "一、2025年工作回顾\n(一)经济运行稳中有进。全省地区生产总值增长5.1%。\n"
            "“十四五”以来,全省地区生产总值年均增长5.6%,累计完成固定资产投资9.8万亿元。\n"
            "(二)民生福祉持续增进。城镇新增就业62万人。\n"
            "二、“十四五”时期工作回顾\n五年来,我们砥砺前行。\n(一)经济实力跃升。城镇新增就业累计320万人。\n")
    assert facts(text) == [("gdp", "growth", "actual", "5.1", "", 2025),
                           ("new_urban_jobs", "level", "actual", "620000", "", 2025)]


def test_a_year_named_in_a_five_year_review_is_one_period():
    passage = "五年来,经济实力显著提升,2025年全省地区生产总值6.2万亿元,增长5.1%。"
    assert facts(REVIEW + passage) == [("gdp", "level", "actual", "62000", "", 2025),
                                       ("gdp", "growth", "actual", "5.1", "", 2025)]


def test_a_range_is_two_rows_and_progress_against_the_plan_is_none():
    passage = "主要预期目标是:地区生产总值增长5%—5.5%,城镇调查失业率5.5%左右。\n"
    assert facts(PLAN + passage) == [
        ("gdp", "growth", "target", "5", "at_least", 2026), ("gdp", "growth", "target", "5.5", "at_most", 2026),
        ("surveyed_unemployment_rate", "level", "target", "5.5", "approx", 2026)]
    passage = "全年完成一般公共预算收入116.2亿元,占年计划的97.5%,同比下降3.1%。"
    assert facts(REVIEW + passage) == [("general_budget_revenue", "level", "actual", "116.2", "", 2025),
                                       ("general_budget_revenue", "growth", "actual", "-3.1", "", 2025)]
    # (a quarter done, under the year's goals: the course of the year before, its share of a plan no aim)
    assert facts(PLAN + "一季度,完成一般公共预算收入16.2亿元,占年计划的27.5%,同比下降3.1%。") == []


@pytest.mark.parametrize("passage, expected", [
    ("全省地区生产总值提前实现翻两番。", []),
    ("经济总量跃上新台阶,生产总值达到3353.3亿元,城镇、乡村居民人均可支配收入分别达到3.4万元、1.7万元。",
     [("gdp", "level", "actual", "3353.3", "", 2025),
      ("urban_disposable_income", "level", "actual", "34000", "", 2025),
      ("rural_disposable_income", "level", "actual", "17000", "", 2025)]),
    ("一般公共预算收入增加近1000亿元。", []),
    ("全省固定资产投资突破千亿元大关,增长12%。",
     [("fixed_asset_investment", "level", "actual", "1000", "at_least", 2025),
      ("fixed_asset_investment", "growth", "actual", "12", "", 2025)]),
    ("全省固定资产投资千亿元,社会消费品零售总额超百多亿元。", []),
    ("全省财政总收入首次突破百亿元大关,达到105.3亿元。", [("fiscal_revenue", "level", "actual", "105.3", "", 2025)]),
    ("全省专利申请量首次突破万件,地区生产总值迈上万亿元台阶。",
     [("patent_applications", "level", "actual", "10000", "at_least", 2025),
      ("gdp", "level", "actual", "10000", "at_least", 2025)]),
], ids=["翻两番 is no growth", "a per-capita 万元 is no GDP", "an increase in 亿元 is no level",
        "a threshold of 千亿元", "a bare 千 with no threshold word is no number", "a threshold, then the level",
        "thresholds of 万件 and 万亿元"])
def test_plausible_numbers(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_kind_and_year_by_clause():
    text = (HEAD + "一、一年接着一年干,发展取得新成效\n2025年是“十四五”收官之年。"
            "初步统计,2025年全省地区生产总值60199.45亿元、增长5%。去年粮食总产接近600亿斤。\n"
            "二、一张蓝图绘到底\n“十五五”时期是基本实现现代化的关键时期。力争到2030年,全省地区生产总值迈上8万亿元台阶。\n"
            "三、一鼓作气勇争先\n2026年是“十五五”开局之年。今年主要预期目标是:地区生产总值增长5%左右。")
    assert facts(text) == [
        ("gdp", "level", "actual", "60199.45", "", 2025), ("gdp", "growth", "actual", "5", "", 2025),
        ("grain_output", "level", "actual", "600", "approx", 2025),
        ("gdp", "level", "target", "80000", "at_least", 2030),
        ("gdp", "growth", "target", "5", "approx", 2026)]


@pytest.mark.parametrize("passage, indicator", [
    ("城镇固定资产投资增长41.3%。", "fixed_asset_investment"),
    ("地方一般预算收入73.3亿元。", "general_budget_revenue"),
    ("公共财政预算收入2084.2亿元。", "general_budget_revenue"),
    ("农民人均纯收入4677元。", "rural_disposable_income"),
    ("农牧民人均可支配收入21000元。", "rural_disposable_income"),
])
def test_old_and_regional_names(passage, indicator):
    assert [f[0] for f in facts(REVIEW + passage)] == [indicator]


def test_a_body_printed_twice_gives_each_fact_once():
    body = "一、2025年工作回顾\n全省地区生产总值60000亿元、增长5%。\n"
    assert len(facts(HEAD + body + "相关链接\n" + body)) == 2


def test_a_plan_named_in_the_clause_of_a_change_dates_it():
    plan = PLAN + "加强节能减排。确保完成全年节能目标,“十五五”时期单位地区生产总值能耗降低13.5%。"
    assert facts(plan) == [("energy_intensity", "growth", "target", "-13.5", "", 2030)]
    review = REVIEW + "生态环境持续改善。空气质量优良天数比例88%,“十四五”时期单位地区生产总值能耗降低14%。"
    assert facts(review) == []


def test_a_link_to_a_report_on_months_above_an_annual_report_is_not_its_title():
    text = ("统计信息\n2024年1-11月全县主要经济指标\n2025年江北县政府工作报告\n"
            "——2025年1月18日在江北县第十五届人民代表大会第五次会议上\n一、“十四五”及2024年工作回顾\n"
            "全县地区生产总值372.6亿元。\n二、“十五五”发展目标和2025年主要任务\n地区生产总值增长6%。")
    assert [(r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("actual", 2024, "FY"), ("target", 2025, "FY")]


def test_the_citys_leaders_are_no_part_of_it():
    text = ("2025年江北市政府工作报告\n——2025年1月18日在江北市第十五届人民代表大会第五次会议上\n一、2024年工作回顾\n"
            "实行市领导联系重大项目制度,完成固定资产投资1386.5亿元,增长12.4%。")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", "level", "1386.5"), ("fixed_asset_investment", "growth", "12.4")]


@pytest.mark.parametrize("year, passage, expected", [
    (2006, "二、“十一五”发展目标\n万元生产总值能耗比2005年降低20%左右。", [("target", 2010, "-20")]),
    (2008, "二、2008年工作安排\n到2010年,万元生产总值能耗比2005年降低20%。", [("target", 2010, "-20")]),
    (2008, "二、2008年工作安排\n万元生产总值能耗比2005年降低12%。", []),
    (2008, "一、2007年工作回顾\n全省万元生产总值能耗比2005年降低8%。", []),
], ids=["set in the plan's first year", "dated to the plan's end", "set in a later year", "reached in a later year"])
def test_an_energy_goal_against_the_last_year_of_the_plan_before(year, passage, expected):
    text = f"{year}年江北省政府工作报告\n——{year}年1月18日在江北省第十届人民代表大会第四次会议上\n" + passage
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == expected


@pytest.mark.parametrize("passage, expected", [
    ("五年来,城镇、农村居民人均可支配收入由2020年的34750元、16108元分别提高到42360元、22030元。",
     [("urban_disposable_income", 2020, "34750"), ("rural_disposable_income", 2020, "16108"),
      ("urban_disposable_income", 2025, "42360"), ("rural_disposable_income", 2025, "22030")]),
    ("五年来,专利申请量和授权量分别达到23.6万件和13.8万件。",
     [("patent_applications", 2025, "236000"), ("patent_grants", 2025, "138000")]),
], ids=["the starts before 分别", "the verb after 分别 is each level's"])
def test_a_list_of_levels_in_a_review_of_several_years(passage, expected):
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(REVIEW + passage)] == expected


def test_a_programmes_name_is_no_plan():
    assert facts(REVIEW + "实施工业“倍增计划”,规模以上工业总产值突破5300亿元,达到5326.8亿元。") == [
        ("industrial_output", "level", "actual", "5326.8", "", 2025)]


def test_explain_leans_on_the_sentence_before_as_extract_does():
    # (a clause with a name and no figure between: extract does not read it, so explain must not lean on it)
    text = ("2024年江北市政府工作报告\n——2024年1月18日在江北市第十五届人民代表大会第五次会议上\n二、2024年工作安排\n"
            "高新区主要预期目标是:营业收入增长10%;全市一般公共预算收入与经济增长同步;城镇调查失业率5.5%以内。")
    extracted = [(r["indicator"], r["value"]) for r in extract_text(text)]
    assert [(r["indicator"], r["value"]) for r in explain_text(text, "report", cached_rules()).rows] == extracted


def test_a_zones_own_word_for_itself_is_no_part():
    text = ("2024年湘江新区工作报告\n——2024年2月18日在湘江新区工作会议上\n二、2024年工作安排\n"
            "新区经济社会发展主要预期目标是:地区生产总值增长6.5%左右;地方一般公共预算收入与经济增长同步;"
            "城镇调查失业率5.5%以内。")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "6.5"), ("surveyed_unemployment_rate", "5.5")]


@pytest.mark.parametrize("passage, expected", [
    ("确保实现“十五五”单位地区生产总值能耗降低15%的目标。", [("energy_intensity", "growth", "target", "-15", "", 2030)]),
    ("能够实现年初确定的地区生产总值增长8%左右。", [("gdp", "growth", "target", "8", "approx", 2026)]),
    ("初步考虑到2030年全省生产总值突破12000亿元。", [("gdp", "level", "target", "12000", "at_least", 2030)]),
], ids=["a plan's name alone", "能够 opens", "初步考虑 opens"])
def test_openings_of_goals(passage, expected):
    assert facts(PLAN + passage) == expected


def test_a_month_since_which_opens_a_clause():
    assert facts(REVIEW + "4月以来规模以上工业总产值增速逐月回升,12月当月增长9.2%。") == [
        ("industrial_output", "growth", "actual", "9.2", "", 2025)]


def test_a_paragraph_after_the_years_main_indicators_in_a_five_year_review_is_that_years():
    text = (HEAD + "一、过去五年工作回顾\n五年来,全省地区生产总值年均增长5.5%。\n"
            "2025年主要经济指标完成情况是:全省地区生产总值60000亿元,增长5%。\n"
            "服务业加快发展。第三产业增加值30000亿元,增长6%。")
    assert facts(text) == [("gdp", "level", "actual", "60000", "", 2025), ("gdp", "growth", "actual", "5", "", 2025),
                           ("service_value_added", "level", "actual", "30000", "", 2025),
                           ("service_value_added", "growth", "actual", "6", "", 2025)]


def test_a_year_after_qizhong_dates_its_clause():
    text = (HEAD + "一、过去五年工作回顾\n对外开放取得重大突破。进出口总额从2020年的3252亿美元增加到2025年的6208亿美元,"
            "其中2025年出口3256亿美元。")
    assert facts(text)[-1] == ("exports", "level", "actual", "3256", "", 2025)


def test_a_goal_for_one_year_then_the_next_years():
    text = ("2008年江北市政府工作报告\n——2008年1月18日在江北市第十五届人民代表大会第五次会议上\n二、今后五年目标\n"
            "到2010年全市生产总值突破1000亿元,2011年达到1200亿元。")
    assert facts(text) == [("gdp", "level", "target", "1000", "at_least", 2010), ("gdp", "level", "target", "1200", "", 2011)]


def test_the_start_of_a_pair_after_a_semicolon_in_a_sentence_opening_on_the_past_five_years():
    text = (HEAD + "一、2025年工作回顾\n过去的五年,全省地区生产总值由2020年的40000亿元增加到2025年的60000亿元;"
            "一般公共预算收入由3000亿元增加到4000亿元。")
    assert facts(text)[-2:] == [("general_budget_revenue", "level", "actual", "3000", "", 2020),
                                ("general_budget_revenue", "level", "actual", "4000", "", 2025)]


def test_an_average_aside_after_a_comma_opens_no_review_of_several_years():
    text = ("2009年江北省政府工作报告\n——2009年1月18日在江北省第十一届人民代表大会第二次会议上\n一、2008年工作回顾\n"
            "经济平稳较快发展。全省地区生产总值增长11%,“十一五”前三年年均增长13.6%。\n"
            "工业生产较快增长。规模以上工业增加值完成856.2亿元,增长18.3%。")
    assert facts(text) == [("gdp", "growth", "actual", "11", "", 2008),
                           ("industrial_value_added", "level", "actual", "856.2", "", 2008),
                           ("industrial_value_added", "growth", "actual", "18.3", "", 2008)]


def test_a_congress_by_its_number_is_no_plan():
    text = ("江北县2009年上半年工作情况的报告\n——2009年7月25日在江北县人民代表大会常务委员会会议上\n"
            "对照年初县十五届人大四次会议确定的地区生产总值增长13%的目标,上半年完成情况较好。")
    assert [(r["kind"], r["year"]) for r in extract_text(text)] == [("target", 2009)]


@pytest.mark.parametrize("passage, expected", [
    ("规模以上工业实现总产值412.7亿元、增加值85.3亿元,分别增长18.9%和12.6%。",
     [("industrial_output", "level", "actual", "412.7", "", 2025),
      ("industrial_value_added", "level", "actual", "85.3", "", 2025),
      ("industrial_output", "growth", "actual", "18.9", "", 2025),
      ("industrial_value_added", "growth", "actual", "12.6", "", 2025)]),
    ("骨干企业支撑作用增强,荆涂纺织公司完成产值1.8亿元、出口创汇820万美元。", []),
    ("组织财政收入312.6亿元,其中一般公共预算收入141.8亿元,分别增长6.2%和5.3%。",
     [("fiscal_revenue", "level", "actual", "312.6", "", 2025),
      ("general_budget_revenue", "level", "actual", "141.8", "", 2025),
      ("fiscal_revenue", "growth", "actual", "6.2", "", 2025),
      ("general_budget_revenue", "growth", "actual", "5.3", "", 2025)]),
], ids=["a stem for two names with a level each", "a firm's items after a figure of its own", "组织 opens"])
def test_lists_with_a_stem_or_an_opening(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_a_pairs_start_under_a_heading_on_the_past_five_years_and_the_last():
    text = ("2013年江北省政府工作报告\n——2013年1月18日在江北省第十二届人民代表大会第一次会议上\n一、过去五年和2012年工作回顾\n"
            "——结构调整取得新进展。三次产业结构由2007年的5.3:54.0:40.7调整为4.8:50.0:45.2,"
            "研究与试验发展经费支出占生产总值比重由1.5%提高到2.1%。")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2007, "1.5"), (2012, "2.1")]


def test_the_five_years_achievements_praised_open_no_review_of_them():
    text = ("2018年江北省政府工作报告\n——2018年1月18日在江北省第十三届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "2017年,全省经济运行稳中向好。生产总值增长7.8%。\n各位代表,五年来的成绩来之不易。\n主要做了以下工作:\n"
            "(一)推进重大项目建设。长江存储基地加快建设。\n(二)推进乡村振兴。新建农村公路1.5万公里。\n"
            "(三)推进创新驱动发展。技术合同成交额1033亿元,增长24.6%。")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2017, "7.8"), ("tech_contract_value", 2017, "1033"), ("tech_contract_value", 2017, "24.6")]


def test_the_same_words_name_the_same_indicator_throughout_a_report():
    text = (HEAD + "一、2025年工作回顾\n财政收入2162.5亿元,增长7.9%,其中一般公共预算收入1200亿元。\n"
            "二、2026年工作安排\n财政收入增长7%;一般公共预算收入增长5%。")
    assert facts(text)[-2:] == [("fiscal_revenue", "growth", "target", "7", "", 2026),
                                ("general_budget_revenue", "growth", "target", "5", "", 2026)]
    text = (HEAD + "一、2025年工作回顾\n财政收入2162.5亿元,增长7.9%,其中一般公共预算收入1200亿元。\n"
            "二、2026年工作安排\n财政收入增长7%。\n")
    assert facts(text)[-1:] == [("fiscal_revenue", "growth", "target", "7", "", 2026)]
    assert facts(HEAD + "二、2026年工作安排\n财政收入增长7%。\n") == []  # (alone, 财政收入 may mean either)


def test_half_year_report_today_is_its_year():
    text = ("江北市2024年上半年工作情况的报告\n——2024年7月25日在江北市人民代表大会常务委员会会议上\n"
            "今年以来,全市地区生产总值增长5.2%;1-6月,全市累计完成固定资产投资120亿元。"
            "预计全年社会消费品零售总额增长5%左右。")
    rows = extract_text(text)
    assert [(r["indicator"], r["kind"], r["year"], r["period"]) for r in rows] == [
        ("gdp", "actual", 2024, "H1"), ("fixed_asset_investment", "actual", 2024, "H1"),
        ("retail_sales", "target", 2024, "FY")]


def test_the_government_speaking_of_its_plan_is_no_other_subject():
    text = ("江北县2024年上半年工作情况的报告\n——2024年7月25日在江北县人民代表大会常务委员会会议上\n"
            "下半年,县政府将坚定不移地朝着县十八届人大一次会议确定的全年地区生产总值增长7.5%、"
            "固定资产投资增长12%的目标努力。")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"]))
            for r in extract_text(text)] == [
        ("gdp", "target", 2024, "FY", "7.5"), ("fixed_asset_investment", "target", 2024, "FY", "12")]


def test_the_quarters_of_a_half_after_its_one_name():
    text = ("江北市2020年上半年工作情况的报告\n——2020年7月25日在江北市人民代表大会常务委员会会议上\n"
            "上半年,全市地区生产总值完成2257.6亿元,同比增长0.6%,在全省率先实现由负转正。其中,一季度下降3.8%,二季度增长4.5%。"
            "全市规模以上工业增加值增长2%,固定资产投资增长3%。其中,一季度下降5%,二季度增长6%。")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "H1", "2257.6"), ("gdp", "H1", "0.6"), ("gdp", "Q1", "-3.8"), ("gdp", "Q2", "4.5"),
        ("industrial_value_added", "H1", "2"), ("fixed_asset_investment", "H1", "3")]


def test_a_list_of_months_after_the_halfs_own_change():
    text = ("江北市2020年上半年工作情况的报告\n——2020年7月25日在江北市人民代表大会常务委员会会议上\n"
            "上半年,全市规模以上工业增加值同比增长1.2%,5月份、6月份当月分别增长7.1%和8.3%。"
            "上半年,全市固定资产投资同比增长2.2%,较一季度回升9.6个百分点;5月份、6月份当月分别增长7.5%和8.5%。")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("industrial_value_added", "H1", "1.2"), ("industrial_value_added", "M5", "7.1"),
        ("industrial_value_added", "M6", "8.3"), ("fixed_asset_investment", "H1", "2.2"),
        ("fixed_asset_investment", "M5", "7.5"), ("fixed_asset_investment", "M6", "8.5")]


@pytest.mark.parametrize("breakdown", ["其中,", "分产业看,"])
def test_a_view_by_quarter_after_a_breakdown_is_of_the_whole_before_it(breakdown):
    text = ("江北市2020年上半年工作情况的报告\n——2020年7月25日在江北市人民代表大会常务委员会会议上\n"
            f"上半年,全市地区生产总值完成12000亿元,同比增长4.3%。{breakdown}第一产业增加值500亿元,增长3%;"
            "第三产业增加值7119.55亿元,增长4.9%。分季度看,一季度增长3.6%,二季度增长4.9%。")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)][-2:] == [
        ("gdp", "Q1", "3.6"), ("gdp", "Q2", "4.9")]


def test_an_average_with_its_own_figure_before_a_list_of_levels():
    text = PLAN + "“十五五”时期,城镇居民人均可支配收入和农村居民人均可支配收入年均增长6%以上,到2030年分别达到6万元和3万元。"
    assert facts(text) == [("urban_disposable_income", "level", "target", "60000", "", 2030),
                           ("rural_disposable_income", "level", "target", "30000", "", 2030)]


@pytest.mark.parametrize("passage, expected", [
    ("1—2月、3月、4月规模以上工业增加值分别增长16.3%、19.8%和23.5%。",
     [("M1-M2", "16.3"), ("M3", "19.8"), ("M4", "23.5")]),
    ("全县地区生产总值增长8%,其中一季度仅增长4.1%。", [("H1", "8"), ("Q1", "4.1")]),
    ("全县社会消费品零售总额增长10%,6月份迅速回升至12.8%。", [("H1", "10"), ("M6", "12.8")]),
    ("居民消费价格上涨2%,6月份回落至1.5%。", [("H1", "2"), ("M6", "1.5")]),
    ("4、5月份社会消费品零售总额增幅分别仅为6.2%和7.5%。", [("M4", "6.2"), ("M5", "7.5")]),
    ("7、8月份规模以上工业总产值增幅分别回落至26.1%和24.3%。", [("M7", "26.1"), ("M8", "24.3")]),
    ("全县规模以上工业增加值同比增长11.2%,其中5、6两月分别增长9.2%、10.4%。", [("H1", "11.2"), ("M5", "9.2"), ("M6", "10.4")]),
    ("全县规模以上工业增加值同比增长16.0%,上年同期为18.7%。", [("H1", "16"), ("H1", "18.7")]),
    ("全县地区生产总值增长10.2%,比上年同期回落2.6个百分点,上年同期增长12.8%。", [("H1", "10.2"), ("H1", "12.8")]),
    ("在上半年地区生产总值增长12.1%的基础上,下半年要力争加快。", [("H1", "12.1")]),
    ("上半年全县单位生产总值能耗下降3.9%,与年初确定的下降4.5%左右的目标还有差距。", [("H1", "-3.9"), ("FY", "-4.5")]),
    ("9月份,随着错峰用电措施落实,当月完成工业总产值27.92亿元,增长29.7%。", [("M9", "27.92"), ("M9", "29.7")]),
    ("受假期带动,当月社会消费品零售总额20.86亿元,增长4.1%。", []),
    ("二季度单季地区生产总值增长9.9%。", [("Q2", "9.9")]),
    ("全县规模以上工业总产值142.35亿元,同比增长27.8%;其中6月份完成28.64亿元,增长31.2%。",
     [("H1", "142.35"), ("H1", "27.8"), ("M6", "28.64"), ("M6", "31.2")]),
    ("(二)规模以上工业增加值:1—5月,全县规模以上工业增加值完成32.6亿元,同比增长10.8%。其中5月份当月完成7.12亿元,增长12.1%。",
     [("M1-M5", "32.6"), ("M1-M5", "10.8"), ("M5", "7.12"), ("M5", "12.1")]),
    ("全县规模以上工业增加值32.6亿元,固定资产投资50亿元。其中5月份当月完成7.12亿元。", [("H1", "32.6"), ("H1", "50")]),
    ("全县地区生产总值同比下降18.6%,降幅比一季度收窄19.8个百分点(一季度下降38.4%)。", [("H1", "-18.6"), ("Q1", "-38.4")]),
    ("居民消费价格同比上涨2.4%,涨幅比上年同期回落0.9个百分点,其中6月份同比上涨2.7%。", [("H1", "2.4"), ("M6", "2.7")]),
    ("1—5月,全县规模以上工业增加值增长2.9%,\n其中5月当月增长21.6%。", [("M1-M5", "2.9"), ("M5", "21.6")]),
    ("全县地区生产总值增长5%。分季度看,经济增速逐季回落,一季度增长6%,二季度增长4%。", [("H1", "5"), ("Q1", "6"), ("Q2", "4")]),
    ("全县规模以上工业增加值增长10.2%。分月看,1—2月增长3.1%,6月份当月增长14.5%。", [("H1", "10.2"), ("M1-M2", "3.1"), ("M6", "14.5")]),
    ("全县地区生产总值同比增长6.8%,连续12个季度保持在6.7%至6.9%的区间,其中一季度增长6.8%、二季度增长6.7%。",
     [("H1", "6.8"), ("Q1", "6.8"), ("Q2", "6.7")]),
    ("全县地区生产总值增长5%。各季度增速逐季加快,一季度增长4.1%,二季度增长5.8%。", [("H1", "5"), ("Q1", "4.1"), ("Q2", "5.8")]),
    ("全县地区生产总值增长5%。一季度、二季度分别增长4.1%和5.8%。", [("H1", "5"), ("Q1", "4.1"), ("Q2", "5.8")]),
    ("1―5月,全县规模以上工业增加值增长2.9%。", [("M1-M5", "2.9")]),
    ("全县规模以上工业增加值增速1-5月为6.1%,上半年回升至7.2%。", [("M1-M5", "6.1"), ("H1", "7.2")]),
    ("全县生产总值增长18.6%,完成年目标的47.2%,增幅比一季度的17.1%加快1.5个百分点。", [("H1", "18.6"), ("Q1", "17.1")]),
    ("全县生产总值下降3.2%,降幅比一季度的8.1%收窄4.9个百分点。", [("H1", "-3.2"), ("Q1", "-8.1")]),
    ("1—5月,全县出口降幅一度达到19.1%。5月份全县规上工业增加值当月增幅已降至5.2%。", [("M1-M5", "-19.1"), ("M5", "5.2")]),
    ("全县规模以上工业增加值同比增长0.6%,增速较一季度回升10.2个百分点,在全市12个县区中排第三位;6月当月增长6.8%。",
     [("H1", "0.6"), ("M6", "6.8")]),
    ("全县规上工业增加值同比增长8.1%,其中6月单月增长10.6%。", [("H1", "8.1"), ("M6", "10.6")]),
], ids=["a list of months before the name", "仅 before a quarter's change", "a month's rate risen to",
        "a month's rate fallen to is no fall", "months listed with one 月", "months listed with one 月, rates fallen to", "months listed as 5、6两月", "the same half of last year after a comma", "the same half of last year's change after a comma", "a base of the half (在…的基础上)", "the year's goal quoted beside the half's outcome",
        "当月 of the month named before it", "当月 with no month named: no row", "单季 of its quarter",
        "a month's level of the half's figure after a semicolon", "a month's level after a sentence of its one name",
        "a month's level after a sentence of two names: whose?", "a quarter's change in brackets after a comparison",
        "a month's change after a comparison of the rate with last year's", "quarters after a run of quarters",
        "其中 and a month after a line break", "a view by quarter with a word on the trend", "a view by month",
        "the quarters' course", "quarters listed opening a sentence", "months joined by a horizontal bar (U+2015)",
        "the period between the rate's noun and its figure", "an earlier quarter's change the change is set against",
        "an earlier quarter's fall", "a rate's noun, then 一度 or 已 before its verb",
        "past a comparison with 较 and a rank with 排", "单月 after its month"])
def test_months_and_quarters_of_a_half(passage, expected):
    text = "江北县2009年上半年工作情况的报告\n——2009年7月25日在江北县人民代表大会常务委员会会议上\n" + passage
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


def test_the_starts_of_a_list_of_pairs_take_the_year_they_name():
    text = ("2012年江北省政府工作报告\n——2012年1月18日在江北省第十一届人民代表大会第五次会议上\n一、过去五年和2011年工作回顾\n"
            "五年来,城镇居民人均可支配收入和农村居民人均纯收入分别由2007年的20574元和8265元提高到34550元和14552元。")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2007, "20574"), (2007, "8265"), (2011, "34550"), (2011, "14552")]


def test_a_report_on_ten_months_tells_the_years_goals_and_estimates_from_its_outcomes():
    text = ("江北县1-10月经济运行情况的报告\n——2013年11月20日在江北县人民代表大会常务委员会会议上\n"
            "1-10月,全县地区生产总值增长5%。年初县十七届人大四次会议确定,全县地区生产总值增长5.5%、一般公共预算收入增长3%。"
            "城镇居民人均可支配收入预计增长9.5%左右。一般公共预算收入须在11—12月完成7.72亿元。\n"
            "三、12月份工作要求\n据初步测算,预计全年规模以上工业产值1900亿元;固定资产投资420亿元。")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", "M1-M10", "5"), ("gdp", "target", "FY", "5.5"), ("general_budget_revenue", "target", "FY", "3"),
        ("urban_disposable_income", "target", "FY", "9.5"), ("industrial_output", "target", "FY", "1900"),
        ("fixed_asset_investment", "target", "FY", "420")]


@pytest.mark.parametrize("passage, expected", [
    ("年初省政府工作报告确定的全省地区生产总值增长8%左右。", [("gdp", "target", "FY", "8")]),
    ("地方级公共财政预算收入36.75亿元,增长8%。",
     [("general_budget_revenue", "actual", "Q1-Q3", "36.75"), ("general_budget_revenue", "actual", "Q1-Q3", "8")]),
    ("新增合同外资12.6亿美元。", [("fdi_contracted", "actual", "Q1-Q3", "12.6")]),
    ("一、前三季度经济运行情况\n城镇调查失业率5.2%。\n三、四季度重点工作\n兜牢民生底线。确保城镇新增就业1.1万人以上,"
     "城镇调查失业率控制在5.5%以内。",
     [("surveyed_unemployment_rate", "actual", "Q1-Q3", "5.2"), ("new_urban_jobs", "target", "FY", "11000"),
      ("surveyed_unemployment_rate", "target", "FY", "5.5")]),
], ids=["the report's goals restated", "地方级 budget revenue", "the year's new contracts",
        "a heading on the fourth quarter's work after its number"])
def test_a_report_on_three_quarters_names(passage, expected):
    text = "江北省2013年前三季度经济运行情况\n——2013年10月25日\n" + passage
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


@pytest.mark.parametrize("passage", [
    "前三季度全市实现地区生产总值432.6亿元,同比增长9.1%,居温州市11个县(市、区)第4位;其中三季度当季增长7.9%。",
    "前三季度全市实现地区生产总值432.6亿元,同比增长9.1%;其中三季度单季增长7.9%。",
], ids=["past a rank among the prefecture's counties", "单季 past a semicolon"])
def test_a_quarters_own_change_after_the_three_quarters(passage):
    text = "江北市2011年前三季度经济运行情况\n" + passage
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("Q1-Q3", "432.6"), ("Q1-Q3", "9.1"), ("Q3", "7.9")]


def test_a_period_closing_a_numbered_heading_glued_to_its_line_carries_past_semicolons():
    text = ("江北县2025年1—10月经济运行情况\n"
            "五、财政收入平稳增长1－10月,全县一般公共预算收入48.3亿元,同比增长2.1%。\n"
            "六、居民收入稳步增长前三季度,全县居民人均可支配收入52740元,同比增长5.6%;"
            "城镇、农村居民人均可支配收入分别为61230元和43520元。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", "M1-M10", "48.3"), ("general_budget_revenue", "M1-M10", "2.1"),
        ("disposable_income", "Q1-Q3", "52740"), ("disposable_income", "Q1-Q3", "5.6"),
        ("urban_disposable_income", "Q1-Q3", "61230"), ("rural_disposable_income", "Q1-Q3", "43520")]


def test_a_scope_defined_once_inside_a_name_leaves_the_name_whole():
    text = ("江北县2003年上半年工作情况的报告\n——2003年7月25日在江北县人民代表大会常务委员会会议上\n"
            "全县规模以上工业企业(年产品销售收入500万元及以上,下同)完成工业总产值142.35亿元,同比增长27.8%。")
    assert [(r["indicator"], format_decimal(r["value"]), text[r["start"]:r["end"]]) for r in extract_text(text)] == [
        ("industrial_output", "142.35", "142.35亿元"), ("industrial_output", "27.8", "27.8%")]


@pytest.mark.parametrize("between", [";", ",", ";\n"], ids=["semicolon", "comma", "line"])
def test_a_plans_year_in_brackets_after_a_goal_is_the_brackets_own(between):
    text = (PLAN + "今年的主要预期目标是:地区生产总值增长7%以上(“十五五”年均增长7%左右);城乡居民人均可支配收入分别增长"
            f"7.5%、10%(“十五五”末分别达到5.4万元、2万元以上){between}城镇新增就业50万人以上;"
            "研发经费投入强度提高到1.15%(“十五五”末达到1.4%)。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)
            if r["indicator"] in ("new_urban_jobs", "rd_intensity")] == [
        ("new_urban_jobs", 2026, "500000"), ("rd_intensity", 2026, "1.15"), ("rd_intensity", 2030, "1.4")]
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)
            if r["indicator"].endswith("disposable_income")] == [
        ("urban_disposable_income", 2026, "7.5"), ("rural_disposable_income", 2026, "10"),
        ("urban_disposable_income", 2030, "54000"), ("rural_disposable_income", 2030, "20000")]


def test_another_years_level_in_brackets_after_the_names_own_is_a_row_of_that_year():
    text = (PLAN + "今年的主要预期目标是:研发经费投入强度提高到2.9%(规划2030年达到3.2%);"
            "全员劳动生产率提高(“十五五”末达到20万元);技术合同成交额增长10%(“十五五”末达到500亿元)。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("rd_intensity", "target", 2026, "2.9"), ("rd_intensity", "target", 2030, "3.2"),
        ("tech_contract_value", "target", 2026, "10"), ("tech_contract_value", "target", 2030, "500")]
    review = REVIEW + "研发经费投入强度达到1.9%(2017年为1.68%)。\n"
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(review)] == [(2025, "1.9"), (2017, "1.68")]


def test_a_scope_defined_once_with_glosses_inside_leaves_the_whole_region():
    text = ("江北開發(fā)區(qū)2017年上半年工作情況報(bào)告\n一、上半年經(jīng)濟(jì)社會(huì)發(fā)展情況\n"
            "全區(qū)(開發(fā)區(qū)、江北區(qū)一體化統(tǒng)計口徑,下同)實(shí)現(xiàn)地區(qū)生產(chǎn)總值 1590.6億元,同比增長 8.1%。")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "level", "1590.6"), ("gdp", "growth", "8.1")]


def test_a_plans_goals_quoted_in_a_report_on_a_quarter():
    text = ("江北市2026年一季度全市经济运行情况\n——2026年4月20日\n一季度,全市地区生产总值增长6%。"
            "根据市“十五五”规划纲要,到2030年全市地区生产总值力争达到6000亿元,规模以上工业增加值年均增长8%左右,"
            "研发经费投入强度达到2.5%。")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2026, "Q1", "6"), ("gdp", "target", 2030, "FY", "6000"),
        ("rd_intensity", "target", 2030, "FY", "2.5")]


def test_a_plans_goal_quoted_before_this_years_goals_leaves_them_this_years():
    text = ("江北市2007年政府工作报告\n——2007年2月8日在江北市第十三届人民代表大会第五次会议上\n二、2007年经济社会发展的主要目标\n"
            "按照“十一五”规划确定的到2010年全市地区生产总值突破3000亿元的目标,今年经济社会发展的主要预期目标是:"
            "地区生产总值增长13%以上;财政总收入增长15%;城镇新增就业八万人。")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", 2010, "3000"), ("gdp", "target", 2007, "13"), ("fiscal_revenue", "target", 2007, "15"),
        ("new_urban_jobs", "target", 2007, "80000")]


def test_a_sentence_opening_on_a_quarter_held_back_by_a_cause_goes_on_the_figure_before():
    text = ("江北市2008年上半年国民经济和社会发展情况的报告\n——2008年7月29日在江北市人民代表大会常务委员会会议上\n"
            "上半年全市实现生产总值342.6亿元,同比增长16.8%,居全省第一。其中一季度受雪灾影响仅增长14.2%。")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "H1", "342.6"), ("gdp", "H1", "16.8"), ("gdp", "Q1", "14.2")]


def test_a_goal_set_early_in_the_year_by_a_congress_named_at_length_is_the_years_in_a_three_quarter_report():
    text = ("江北州2022年前三季度经济运行情况的报告\n一、前三季度经济运行情况\n前三季度,全州地区生产总值增长3.1%。"
            "一是经济增长动力不足,前三季度地区生产总值增速比年初州十五届人大二次会议确定的增长7%的目标低3.9个百分点。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "Q1-Q3", "3.1"), ("target", "FY", "7")]


def test_a_terms_year_in_brackets_before_its_goals_is_theirs():
    text = ("东坪县2008年政府工作报告\n二、今后五年的目标\n到2010年,全县生产总值达到80亿元;"
            "本届政府任期内(到2012年),确保全县生产总值突破100亿元。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", 2010, "80"), ("target", 2012, "100")]


def test_an_economic_zone_opening_a_sentence_with_a_task_keeps_its_goal():
    text = ("广西壮族自治区2012年上半年国民经济和社会发展计划执行情况的报告\n三、下半年工作\n"
            "力争全区生产总值增长12%左右。北部湾经济区要继续发挥龙头作用,力争全年生产总值增长14%。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["12"]


@pytest.mark.parametrize("given, year", [("2021年3月16日", 2021), ("2021年1月10日", 2020)],
                         ids=["two months done by March: this year's", "in January: last year's months"])
def test_months_so_far_named_bare_in_a_report_given_after_them_are_this_years(given, year):
    text = (f"柳州市政府工作报告\n——{given}在柳州市第十五届人民代表大会第六次会议上\n"
            "从前两个月看,势头不错。1—2月,全市规模以上工业增加值同比增长32.6%。\n")
    assert [(r["year"], r["period"]) for r in extract_text(text)] == [(year, "M1-M2")]


def test_a_report_titled_on_the_year_so_far_given_in_october_covers_three_quarters():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n"
            "——2016年10月31日在第十二届全国人民代表大会常务委员会第二十四次会议上\n一、今年以来计划执行情况\n"
            "初步核算,前三季度国内生产总值531486亿元,按可比价格计算,同比增长6.7%。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [("Q1-Q3", "531486"), ("Q1-Q3", "6.7")]


def test_one_month_is_its_own_period():
    text = ("江北县2024年上半年工作情况的报告\n——2024年7月25日在江北县人民代表大会常务委员会会议上\n"
            "上半年,全县社会消费品零售总额8.2亿元。6月份,全县社会消费品零售总额1.4亿元,增长13.1%。"
            "截至5月份,全县固定资产投资完成20亿元。5月全县居民消费价格上涨1.2%。")
    assert [(r["indicator"], r["measure"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("retail_sales", "level", "H1", "8.2"), ("retail_sales", "level", "M6", "1.4"),
        ("retail_sales", "growth", "M6", "13.1"), ("fixed_asset_investment", "level", "H1", "20"),
        ("cpi", "growth", "M5", "1.2")]


def test_last_years_half_opening_a_sentence_is_last_years_half():
    text = ("江北县2021年上半年工作情况的报告\n——2021年7月25日在江北县人民代表大会常务委员会会议上\n"
            "上半年,全县地区生产总值增长13.6%。去年上半年受疫情冲击,全县地区生产总值仅增长0.3%。"
            "克服上半年持续干旱影响,全县粮食总产量达到41万吨。")
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)
            if r["indicator"] == "gdp"] == [(2021, "H1", "13.6"), (2020, "H1", "0.3")]


def test_a_total_of_another_subjects_clause_is_no_frame_of_several_years_for_the_sentence():
    text = HEAD + "一、2025年工作回顾\n我们坚持推进高水平对外开放。中老铁路累计发送旅客突破4800万人次,实际使用外资9.3亿美元。\n"
    assert facts(text) == [("fdi_actual", "level", "actual", "9.3", "", 2025)]
    assert facts(HEAD + "一、2025年工作回顾\n五年来,实际使用外资累计45亿美元。\n") == []


def test_a_digests_headline_figure_with_its_qualifier_is_no_subject():
    text = PLAN + "  3%左右 居民消费价格涨幅3%左右。\n  1000万人以上 城镇新增就业1000万人以上。\n"
    assert facts(text) == [("cpi", "growth", "target", "3", "approx", 2026),
                           ("new_urban_jobs", "level", "target", "10000000", "at_least", 2026)]


def test_a_goal_for_a_part_in_a_list_of_goals_is_not_carried_past_its_semicolon():
    text = PLAN + "(三)提升开放型经济水平:力争滨江示范区进出口增长30%以上;出口增长8%,跨境电商进出口增长50%。\n"
    assert facts(text) == [("exports", "growth", "target", "8", "", 2026)]


def test_a_news_pages_year_headlines_part_its_account_of_a_report():
    text = ("江北区第五届人民代表大会第一次会议开幕 区长作政府工作报告\n2022-01-09 10:26 来源:江北日报\n"
            "1月8日上午,区长代表区人民政府向大会作政府工作报告。\n"
            "2021年:经济总量再上新台阶\n报告指出,全区实现地区生产总值1386.4亿元、增长7.8%。\n"
            "过去五年:综合实力显著增强\n五年来,全区一般公共预算收入累计完成420.7亿元。\n"
            "2022年:经济增长7%左右\n报告提出,主要预期目标为:地区生产总值增长7%左右。\n"
            "围绕全年工作,报告从七个方面作出部署:全力稳就业保民生,全年新增城镇就业2.5万人。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2021, "1386.4"), ("gdp", "actual", 2021, "7.8"), ("gdp", "target", 2022, "7"),
        ("new_urban_jobs", "target", 2022, "25000")]


def test_a_news_pages_plan_headline_parts_the_plans_goals_from_the_years():
    text = ("江北县第十七届人民代表大会第五次会议开幕\n2016-01-09 来源:江北日报\n1月8日上午,县长作政府工作报告。\n"
            "2016年:主要预期目标\n\n一般公共预算收入增长8%\n\n“十三五”:奋力建设特色强县\n\n"
            "到2020年,地区生产总值突破1000亿元\n\n一般公共预算收入达到85亿元\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", 2016, "8"), ("gdp", 2020, "1000"), ("general_budget_revenue", 2020, "85")]


def test_a_period_in_an_aside_in_brackets_is_not_the_clauses_after_it():
    text = ("江北区2017年上半年工作情况的报告\n——2017年7月25日在江北区人民代表大会常务委员会会议上\n"
            "上半年,全区实现增加值1108.6亿元,可比增长7.6%(一季度为7.1%),其中第三产业增加值增长9.2%。"
            "规上服务业营业收入(1-5月)30.2亿元。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "H1", "1108.6"), ("gdp", "H1", "7.6"), ("gdp", "Q1", "7.1"), ("service_value_added", "H1", "9.2"),
        ("service_revenue", "M1-M5", "30.2")]


def test_a_news_account_of_a_half_year_takes_its_year_from_its_date():
    text = ("全市上半年经济运行情况\n发布时间:2024-07-25 10:00 来源:市统计局\n"
            "记者从市统计局获悉,今年上半年,全市地区生产总值完成1234亿元,同比增长5.6%。")
    assert [(r["year"], r["period"], r["kind"], r["indicator"], r["measure"]) for r in extract_text(text)] == [
        (2024, "H1", "actual", "gdp", "level"), (2024, "H1", "actual", "gdp", "growth")]


def test_a_congress_in_december_calls_its_own_year_this_year_and_plans_the_next():
    text = ("政府工作报告\n——2017年12月26日在平安县第十七届人民代表大会第二次会议上\n一、今年工作回顾\n"
            "今年以来,全县预计实现地区生产总值108.5亿元;一般公共预算收入9.3亿元。\n"
            "二、明年工作目标\n明年主要预期目标:地区生产总值增长7.5%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2017, "108.5"), ("actual", 2017, "9.3"), ("target", 2018, "7.5")]


def test_a_december_congress_calls_the_year_its_plan_part_plans_this_year():
    text = ("江北市人民政府工作报告\n——2016年12月29日在江北市第十七届人民代表大会第一次会议上\n二、2016年主要工作\n"
            "今年以来,全市地区生产总值增长7.2%。\n四、2017年工作安排\n2017年是新一届政府的开局之年。"
            "今年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右;一般公共预算收入增长5%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2016, "7.2"), ("target", 2017, "7"), ("target", 2017, "5")]


@pytest.mark.parametrize("month, review, year", [
    ("12", "2012年工作回顾", 2013), ("十二", "2012年工作回顾", 2013),
    ("12", "过去一年工作回顾", 2012),
], ids=["December, reviewing its own year", "December in Chinese numerals", "December, no year reviewed"])
def test_a_congress_in_december_reviews_its_own_year(month, review, year):
    text = (f"在县第十六届人民代表大会第三次会议上的政府工作报告\n（2012年{month}月28日）\n各位代表:\n"
            f"一、{review}\n全县地区生产总值增长9%。\n")
    assert [(r["year"], r["kind"]) for r in extract_text(text)] == [(year - 1, "actual")]


@pytest.mark.parametrize("passage, expected", [
    ("全省交通投资、固定资产投资分别增长4.1%、6.2%。",
     [("fixed_asset_investment", "growth", "actual", "6.2", "", 2025)]),
    ("其中城镇、农村居民收入分别增长4.6%、6.1%。",
     [("urban_disposable_income", "growth", "actual", "4.6", "", 2025),
      ("rural_disposable_income", "growth", "actual", "6.1", "", 2025)]),
    ("固定资产投资、交通投资、工业投资分别增长3%、2%、7%。",
     [("fixed_asset_investment", "growth", "actual", "3", "", 2025),
      ("industrial_investment", "growth", "actual", "7", "", 2025)]),
    ("批发和零售业增加值、固定资产投资分别增长4%、5%。",
     [("fixed_asset_investment", "growth", "actual", "5", "", 2025)]),
    ("固定资产投资、批发和零售业增加值分别增长4%、5%。", []),
    ("交通投资、固定资产投资分别增长4.1%、6.2%、3%。", []),
    ("新建5G基站、固定资产投资分别增长4.1%、6.2%。", []),
    ("全省地区生产总值60000亿元,其中第一产业增加值5000亿元,第二产业增加值25000亿元,第三产业增加值30000亿元,"
     "分别增长3.5%、5.2%和6.1%。",
     [("gdp", "level", "actual", "60000", "", 2025), ("service_value_added", "level", "actual", "30000", "", 2025),
      ("service_value_added", "growth", "actual", "6.1", "", 2025)]),
    ("全省第一产业增加值5000亿元,第三产业增加值30000亿元,分别增长3.5%、5.2%和6.1%。",
     [("service_value_added", "level", "actual", "30000", "", 2025)]),
], ids=["an unknown item first", "items sharing one head (城镇、农村居民收入)", "unknown in the middle",
        "a 和 inside an item that is not the last", "a 和 inside the last item breaks the count", "more figures than items",
        "a digit in an item", "items that are clauses of a name and its level", "fewer such clauses than figures"])
def test_a_respectively_list_with_items_that_are_no_names(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_a_clause_with_an_absolute_change_does_not_end_the_name():
    passage = ("农民人均纯收入3120元,增加286元,增长10.1%;城镇居民人均可支配收入7560元,增收680元,增长11.2%;"
               "地区生产总值150亿元,比上年增加28.6亿元,增长8.3%。")
    assert facts(REVIEW + passage) == [
        ("rural_disposable_income", "level", "actual", "3120", "", 2025),
        ("rural_disposable_income", "growth", "actual", "10.1", "", 2025),
        ("urban_disposable_income", "level", "actual", "7560", "", 2025),
        ("urban_disposable_income", "growth", "actual", "11.2", "", 2025),
        ("gdp", "level", "actual", "150", "", 2025), ("gdp", "growth", "actual", "8.3", "", 2025)]


def test_in_a_national_report_the_local_governments_and_the_centre_are_parts():
    text = ("政府工作报告\n——2012年3月5日在第十一届全国人民代表大会第五次会议上\n一、2011年工作回顾\n"
            "全国财政收入10.37万亿元。中央财政收入5.16万亿元,地方财政收入5.21万亿元,增长22.5%。"
            "农村居民人均纯收入6977元,实际增长11.4%。\n")
    assert [(r["region"], r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("全国", "general_budget_revenue", "level", "103700"),
        ("全国", "rural_disposable_income", "level", "6977"), ("全国", "rural_disposable_income", "growth", "11.4")]


def test_a_change_restated_on_a_comparable_basis_is_a_second_row():
    passage = "一般公共预算收入1000亿元、增长1.7%(同口径增长2.5%以上)。全部财政收入增长7.1%,按可比口径增长9.1%,税收增长3%。"
    assert [(r["indicator"], r["measure"], format_decimal(r["value"]), r["basis"]) for r in extract_text(REVIEW + passage)] == [
        ("general_budget_revenue", "level", "1000", ""), ("general_budget_revenue", "growth", "1.7", ""),
        ("general_budget_revenue", "growth", "2.5", "comparable"),
        ("fiscal_revenue", "growth", "7.1", ""), ("fiscal_revenue", "growth", "9.1", "comparable"),
        ("tax_revenue", "growth", "3", "")]  # (税收 alone before its change: the taxes)


def test_a_negative_item_and_levels_before_a_list_of_changes():
    passage = ("社会消费品零售总额、外贸进出口总额分别增长15.2%、-8.6%。"
               "城镇居民人均可支配收入15620元、农民人均纯收入6230元,增长11.2%、13.5%。")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(REVIEW + passage)] == [
        ("retail_sales", "growth", "15.2"), ("foreign_trade", "growth", "-8.6"),
        ("urban_disposable_income", "level", "15620"), ("rural_disposable_income", "level", "6230"),
        ("urban_disposable_income", "growth", "11.2"), ("rural_disposable_income", "growth", "13.5")]


def test_a_list_of_changes_without_fenbie_is_dealt_out_in_order():
    passage = ("城镇居民人均可支配收入和农民人均纯收入实际增长7.8%和10.9%。城乡居民人均可支配收入增长8.1%和9.2%。"
               "一般公共预算收入和税收收入增长8%、6%和5%。")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(REVIEW + passage)] == [
        ("urban_disposable_income", "7.8"), ("rural_disposable_income", "10.9"),
        ("urban_disposable_income", "8.1"), ("rural_disposable_income", "9.2")]


@pytest.mark.parametrize("head, region, year, period", [
    ("关于浦江区2019年上半年工作情况的报告\n——在区十届人大常委会第二十一次会议上\n", "浦江区", 2019, "H1"),
    ("临平区人民政府2022年上半年工作情况报告\n（2022年7月28日在区人大常委会第五次会议上）\n", "临平区", 2022, "H1"),
    ("长丰县前三季度经济运行情况报告\n（2017年10月）\n", "长丰县", 2017, "Q1-Q3"),
    ("昆山市上半年经济运行情况通报\n昆山市人民政府\n二○一五年七月\n", "昆山市", 2015, "H1"),
    ("漳州市人民政府工作报告\n（二○一二年一月）\n", "漳州市", 2012, "FY"),
    ("2015年焦作市政府工作报告\n", "焦作市", 2015, "FY"),
    ("2021年一季度全市经济运行情况\n发布时间：2021-04-22\n", "", 2021, "Q1"),
    ("年上半年区政府工作报告\n——2020年7月15日在区人民代表大会常务委员会会议上\n", "", 2020, "H1"),
    ("2019年上半年工作总结和下半年工作计划\n嘉定区人民政府\n", "嘉定区", 2019, "H1"),
    ("关于2018年工作情况和2019年工作安排的报告\n发文机关:江宁区人民政府\n", "江宁区", 2019, "FY"),
    ("关于河南省2012年国民经济和社会发展计划执行情况与2013年计划草案的报告\n", "河南省", 2013, "FY"),
    ("政府工作报告\n——2019年1月10日在新乡市第十四届人民代表大会第三次会议上\n", "新乡市", 2019, "FY"),
    ("通州区召开2014年上半年经济运行分析会\n发布时间:2014-07-28\n", "通州区", 2014, "H1"),
    ("嘉定区2017年上半年\n区政府工作情况的报告\n2017-08-01 点击数: 来源:上海嘉定\n", "嘉定区", 2017, "H1"),
    ("2018年1-6月嘉定区主要经济指标\n", "嘉定区", 2018, "H1"),
    ("2014年上半年区政府工作报告\n来源:奉贤区人民政府\n", "奉贤区", 2014, "H1"),
    ("区长在区人大常委会上作2014年上半年工作报告\n", "", 2014, "H1"),
    ("宁夏回族自治区人民政府关于2019年上半年工作情况的报告\n——2019年7月25日在自治区第十二届人民代表大会常务委员会第十四次会议上\n",
     "宁夏回族自治区", 2019, "H1"),
    ("关于全省2020年上半年经济运行情况的报告\n", "", 2020, "H1"),
    ("来源:石屏县人民政府　发布时间:2019-02-20　字号:大 中 小　打印本页\n石屏县2019年政府工作报告\n", "石屏县", 2019, "FY"),
    ("常熟市2010年上半年国民经济和社会发展情况\n", "常熟市", 2010, "H1"),
    ("2020年前三季度全市经济运行情况\n长沙市统计局　2020年10月23日\n", "长沙市", 2020, "Q1-Q3"),
    ("浦东新区政府工作报告\n2013年1月\n", "浦东新区", 2013, "FY"),
    ("江西省2017年一至三季度国民经济和社会发展计划执行情况\n", "江西省", 2017, "Q1-Q3"),
    ("政府工作报告\n2014年01月05日 来源:中国政府网\n——2013年3月5日在第十二届全国人民代表大会第一次会议上\n", "全国", 2013, "FY"),
    ("市人大常委会听取上半年计划执行情况报告\n2024-07-30 来源:江州日报\n本报讯7月29日,市十七届人大常委会第十九次会议听取了"
     "市发展改革委受市政府委托所作的《关于江州市2024年上半年国民经济和社会发展计划执行情况的报告》。\n", "江州市", 2024, "H1"),
    ("湖南两会开幕\n2024年01月23日 来源:综合报导\n【本网讯】湖南省第十四届人民代表大会第二次会议1月21日在长沙开幕。\n",
     "湖南省", 2024, "FY"),
    ("财政部:去年财政运行总体良好\n2015-03-05 来源:新华网\n新华社北京3月5日电 受国务院委托,财政部5日向"
     "十二届全国人大三次会议提交预算报告。\n", "全国", 2015, "FY"),
    ("發布時間:2023-08-02 來源:寧波日報 作者:王某某\n寧波市2023年上半年經濟運行情況\n", "宁波市", 2023, "H1"),
    ("当前位置:首页 > 统计分析\n上一篇:2018年上半年海曙区经济运行简析\n热点阅读:2017年海曙区统计公报\n"
     "海曙区上半年经济运行稳中有进\n发布时间:2019-07-19\n· 2018年上半年海曙区经济运行简析\n", "海曙区", 2019, "H1"),
    ("东乡族自治县2015年政府工作报告\n", "东乡族自治县", 2015, "FY"),
    ("西双版纳州2016年政府工作报告\n", "西双版纳州", 2016, "FY"),
    ("阜阳市召开2009年上半年经济形势分析会\n", "阜阳市", 2009, "H1"),
    ("2015年上半年工作情况报告\n曲靖市人民政府市长  王明\n", "曲靖市", 2015, "H1"),
    ("政府工作报告——2017年1月5日在长兴县第十六届人民代表大会第一次会议上\n相关链接:\n长兴县2016年政府工作报告\n",
     "长兴县", 2017, "FY"),
    ("深圳市人民政府关于深圳市2023年上半年国民经济和社会发展计划执行情况的报告\n", "深圳市", 2023, "H1"),
    ("湖南省2022年上半年国民经济和社会发展计划执行情况\n湖南省发展和改革委员会\n", "湖南省", 2022, "H1"),
    ("关于2021年上半年经济社会发展情况的报告\n——2021年7月28日\n受县人民政府委托,现将今年上半年全县经济社会发展情况和下半年工作打算报告如下。\n",
     "", 2021, "H1"),
    ("国务院新闻办公室举行上半年国民经济运行情况新闻发布会\n国家统计局新闻发言人介绍上半年国民经济运行情况\n发布时间:2024年7月15日\n",
     "全国", 2024, "H1"),
    ("在江宁区上半年经济形势分析会上的讲话\n(2012年7月20日)\n", "江宁区", 2012, "H1"),
    ("凝心聚力 奋力开创开发区跨越发展新局面\n——在2011年全区经济工作会议上的工作报告\n芜江经济技术开发区管委会主任  刘长青\n"
     "(2011年2月15日)\n", "芜江经济技术开发区", 2011, "FY"),
    ("大连金普新区2025年政府工作报告\n——2025年1月13日在大连市金州区第十九届人民代表大会第五次会议上\n", "大连金普新区", 2025, "FY"),
    ("市政府向市人大常委会报告2018年前三季度经济运行情况\n", "", 2018, "Q1-Q3"),
    ("湖南省发展和改革委员会\n关于2016年前三季度全省国民经济和社会发展计划执行情况的报告\n省人民政府:\n"
     "按照省政府工作安排,现将2016年前三季度全省国民经济和社会发展计划执行情况报告如下。\n", "湖南省", 2016, "Q1-Q3"),
    ("仁寿县统计局                统计分析(2016年第9期)\n\n前三季度全县经济运行情况分析\n", "仁寿县", 2016, "Q1-Q3"),
    ("在全区前三季度经济运行调度会议上的讲话\n江北新区党工委副书记、管委会主任　刘某某　|　2017-10-16　|　来源:新区办公室\n",
     "江北新区", 2017, "Q1-Q3"),
    ("新乡高新技术产业开发区管理委员会文件\n\n关于印发《新乡高新区管委会2019年工作报告》的通知\n\n"
     "新乡高新技术产业开发区管理委员会\n2019年2月18日\n\n凝心聚力 奋力开创高新区高质量发展新局面\n"
     "——在新乡高新区2019年工作会议上的报告\n", "新乡高新技术产业开发区", 2019, "FY"),
    ("政府工作报告\n——2013年1月8日在锡林郭勒盟人大工委十届三次全体(扩大)会议上\n", "锡林郭勒盟", 2013, "FY"),
    ("2019年政府工作报告\n阿里地区行政公署专员  某某\n", "阿里地区", 2019, "FY"),
    ("锡林郭勒盟行政公署 | 蒙古文版 | 无障碍\n\n政府工作报告\n\n2013年1月8日\n", "锡林郭勒盟", 2013, "FY"),
    ("青山经济技术开发区管理委员会\n\n关于上半年经济运行情况和下半年工作安排的报告\n\n——2024年7月26日在经开区党工委会议上\n",
     "青山经济技术开发区", 2024, "H1"),
    ("政府工作报告\n\n——2016年1月12日在黔东南苗族侗\n族自治州第十三届人民代表大会第五次会议上\n", "黔东南苗族侗族自治州", 2016, "FY"),
    ("关于2019年上半年国民经济和社会发展计划执行情况的报告\n\n——2019年7月23日在市八届人大常委会第二十一次会议上\n\n"
     "德阳市人民政府副市长 刘某\n", "德阳市", 2019, "H1"),
    ("余杭晨报\n2016年1月29日 星期五  第A02版:要闻\n区十五届人大六次会议隆重开幕\n\n"
     "本报讯(记者 某某)昨天上午,余杭区第十五届人民代表大会第六次会议在区行政服务中心开幕。\n", "余杭区", 2016, "FY"),
    ("泉州前三季度经济运行总体平稳\n2014年10月28日 转载自:泉州晚报\n\n本报讯 前三季度,泉州市坚持稳增长,全市经济运行总体平稳。\n",
     "泉州市", 2014, "Q1-Q3"),
    ("关于2019年上半年全县经济社会发展情况的报告\n——2019年7月26日在万年县第十七届人民代表大会常务委员会第二十二次会议上\n",
     "万年县", 2019, "H1"),
], ids=["关于 a district", "a district's government", "a county, dated by a month",
        "a city's digest, dated by a month in numerals", "a report dated by a month in numerals",
        "a city whose name holds 作",
        "a digest of a quarter",
        "a title with no place", "a half-year's summary and plan", "two years and the government's line",
        "a plan's execution and the next plan", "a city whose name holds 乡", "a news headline on a half-year",
        "a title wrapped over two lines", "a table's title with months", "the source line names the government",
        "no place in a sentence about the district head", "the congress line names only the level",
        "the whole province, no name", "a page's own line above the title", "国民经济和社会发展情况",
        "the statistics bureau's line", "a month alone under the title", "the first to third quarters in numerals", "a posting date above the delivery line", "the report's title quoted in a news lead",
        "a news lead opening on the congress",
        "a ministry giving the State Council's report",
        "links to other reports around a title with no year", "a repost's line in traditional characters above the title", "an autonomous county whose name holds 乡", "a prefecture's short name", "a meeting on the economy", "the mayor's signature", "a date line glued to the title, then links",
        "the government on the place", "a plan's execution in the half", "the government that asked for it, no place",
        "the national statistics bureau's release", "a speech at a meeting of the place", "a zone's head's signature",
        "a new area whose report the district's congress hears", "a news headline on the government reporting",
        "the brief a report answers (按照省政府工作安排) names no place", "a bureau's analysis dated by its issue",
        "a zone's head signing with the party's title first", "a high-tech zone named in full above its title (新乡: no township)",
        "a league's congress's work committee in an enlarged plenary (全体(扩大)会议)", "a prefecture's government's head signing (行政公署专员)",
        "a league's government's site banner before its menu",
        "a zone's meeting naming it by its kind (经开区), its issuing body's line in full",
        "a PDF's delivery line wrapped inside the place", "the vice-mayor's signature",
        "a news lead on the congress opening yesterday (昨天上午)",
        "a city named bare in a headline (泉州前三季度…), as a city in the report (泉州市, 全市)",
        "a county whose name holds 年 (万年县)"])
def test_a_title_gives_the_region_and_the_part_of_the_year(head, region, year, period):
    product = "国内生产总值" if region == "全国" else "地区生产总值"  # (a region's product, in the nation's: a part)
    rows = extract_text(head + f"各位代表、各位委员:\n{product}增长6.2%。\n")
    outcome = year if period != "FY" else year - 1
    assert [(r["region"], r["year"], r["period"], r["kind"]) for r in rows] == [(region, outcome, period, "actual")]


def test_a_plans_end_is_a_targets_year_and_a_date_line_may_give_no_day():
    text = ("政府工作报告\n——2026年1月在余杭区第十六届人民代表大会第六次会议上\n一、2025年工作回顾\n"
            "全区地区生产总值增长6.2%。\n到“十五五”末,全区地区生产总值突破4000亿元。\n")
    assert [(r["region"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("余杭区", "actual", 2025, "6.2"), ("余杭区", "target", 2030, "4000")]


def test_a_heading_on_a_plans_execution_is_a_review_of_one_year():
    text = ("政府工作报告\n——2013年1月20日在河南省第十二届人民代表大会第一次会议上\n一、2012年计划执行情况\n"
            "全省生产总值29810亿元,增长10.1%。\n二、2013年主要目标\n生产总值增长9%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2012, "29810"), ("actual", 2012, "10.1"), ("target", 2013, "9")]


def test_a_threshold_restating_a_precise_level_is_no_second_row():
    passage = "全省进出口总值530亿美元,增长20%。外贸结构不断优化,进出口总值超过500亿美元。技术合同成交额突破1000亿元。"
    assert facts(REVIEW + passage) == [
        ("foreign_trade", "level", "actual", "530", "", 2025), ("foreign_trade", "growth", "actual", "20", "", 2025),
        ("tech_contract_value", "level", "actual", "1000", "at_least", 2025)]


@pytest.mark.parametrize("passage, expected", [
    ("全社会固定资产投资五年累计完成245亿元,2024年完成82.3亿元,增长31.2%。",
     [("fixed_asset_investment", "level", "actual", "82.3", "", 2024),
      ("fixed_asset_investment", "growth", "actual", "31.2", "", 2024)]),
    ("五年累计实际利用外资112.1亿美元,2024年达到30.1亿美元。",
     [("fdi_actual", "level", "actual", "30.1", "", 2024)]),
    ("五年累计实际利用外资112.1亿美元,增长20%。", []),
], ids=["the total after the name", "the total before the name", "no year named"])
def test_a_clause_naming_one_year_after_a_total_of_several_is_that_year(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_an_amount_after_the_word_budget_is_a_level_not_progress():
    passage = "全省一般公共预算收入预算1000亿元,增长5%。一季度,一般公共预算收入完成年度预算的30%。"
    assert facts(PLAN + passage) == [
        ("general_budget_revenue", "level", "target", "1000", "", 2026),
        ("general_budget_revenue", "growth", "target", "5", "", 2026)]


def test_from_last_years_level_each_level_is_its_years_row():
    passage = "城镇登记失业率由上年的3.2%下降到2.8%,城镇居民人均可支配收入由去年的30000元增加到32000元。"
    assert facts(REVIEW + passage) == [("unemployment_rate", "level", "actual", "3.2", "", 2024),
                                       ("unemployment_rate", "level", "actual", "2.8", "", 2025),
                                       ("urban_disposable_income", "level", "actual", "30000", "", 2024),
                                       ("urban_disposable_income", "level", "actual", "32000", "", 2025)]
    assert facts(REVIEW + "城镇登记失业率由上年的3.2%下降。") == []


def test_a_target_restated_in_a_review_is_the_reviewed_years_and_a_share_of_the_plan_names_no_period():
    text = ("2013年政府工作报告\n——2013年1月20日在平安县第十六届人民代表大会第二次会议上\n一、2012年工作回顾\n"
            "年初确定的生产总值增长12%的目标未能完成,全县地区生产总值增长10.5%。\n"
            "二、2013年工作安排\n地区生产总值增长11%左右,一般公共预算收入增长不低于7%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("target", 2012, "12", ""), ("actual", 2012, "10.5", ""), ("target", 2013, "11", "approx"),
        ("target", 2013, "7", "at_least")]
    half = ("江北县2024年上半年工作情况的报告\n——2024年7月25日在江北县人民代表大会常务委员会会议上\n各位代表:\n"
            "上半年,城镇新增就业3260人,完成全年目标的65.2%,城镇调查失业率5.2%。\n")
    assert [(r["kind"], r["period"]) for r in extract_text(half)] == [("actual", "H1"), ("actual", "H1")]


def test_a_narrower_scope_beside_the_whole_and_a_step_crossed_are_no_second_rows():
    passage = ("全社会固定资产投资4404亿元,增长30.3%。城镇固定资产投资增长27.1%。"
               "全省经济总量连续跨越6万亿元、7万亿元两个台阶,全省生产总值73129亿元。")
    assert facts(REVIEW + passage) == [
        ("fixed_asset_investment", "level", "actual", "4404", "", 2025),
        ("fixed_asset_investment", "growth", "actual", "30.3", "", 2025),
        ("gdp", "level", "actual", "73129", "", 2025)]
    assert facts(REVIEW + "城镇固定资产投资增长27.1%。") == [
        ("fixed_asset_investment", "growth", "actual", "27.1", "", 2025)]


def test_a_number_wrapped_after_its_point_and_a_share_of_the_plan_set_no_target():
    text = ("江北区2024年上半年工作情况的报告\n——2024年7月25日在江北区人民代表大会常务委员会会议上\n各位代表:\n"
            "上半年,全区实现地区生产总值1012.\n6亿元。固定资产投资98.7亿元,完成年度计划的46.3%,同比增长3.2%。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", "H1", "1012.6"), ("fixed_asset_investment", "actual", "H1", "98.7"),
        ("fixed_asset_investment", "actual", "H1", "3.2")]


def test_a_target_list_wrapped_over_lines_in_a_review_part_is_the_report_years():
    text = ("政府工作报告\n——2011年1月20日在平安县第十六届人民代表大会第五次会议上\n一、2010年工作回顾\n"
            "全县地区生产总值增长12%。今年全县经济社会发展的主要预期目标是:地区生产总值增长11%左右;\n"
            "全社会固定资产投资增长15%以上;城镇登记失业率控制在3%以内。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("actual", 2010, "12", ""), ("target", 2011, "11", "approx"), ("target", 2011, "15", "at_least"),
        ("target", 2011, "3", "at_most")]


def test_a_word_wrapped_over_two_lines_is_read_whole():
    text = ("保定市2019年政府工作报告\n一、2018年工作回顾\n"
            "过去一年,全市经济运行稳中有进,地区生产总值完成3070.9亿元,同比增\n长7.2%;城镇居民人均可支配收入\n"
            "32156元,比上年增长8.1%,全市农村居民人均可支配\n收入14532元,增长9.0%。\n")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "level", "3070.9"), ("gdp", "growth", "7.2"),
        ("urban_disposable_income", "level", "32156"), ("urban_disposable_income", "growth", "8.1"),
        ("rural_disposable_income", "level", "14532"), ("rural_disposable_income", "growth", "9")]
    # A new paragraph (indented) and a long title (no comma in it) keep their line breaks.
    indented = text.replace("同比增\n长", "同比增\n  长")
    assert ("gdp", "growth") not in [(r["indicator"], r["measure"]) for r in extract_text(indented)]
    titled = "河北省人民政府关于2018年上半年全省经济社会发展情况的报告\n上半年,全省地区生产总值增长6.8%。\n"
    assert [(r["year"], r["period"]) for r in extract_text(titled)] == [(2018, "H1")]


def test_a_name_wrapped_after_its_acronym_is_read_whole():
    text = ("余杭区2026年政府工作报告\n一、2025年工作回顾\n"
            "全区经济运行稳中向好,一般公共预算收入增长5.1%,全社会R&D\n经费投入强度达到4.92%,数字经济核心产业增加值\n"
            "增长12.3%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", "5.1"), ("rd_intensity", "4.92")]


def test_a_qualifier_wrapped_to_the_next_line_stays_the_figures():
    text = ("辽宁省2012年政府工作报告\n——2012年1月12日在辽宁省第十一届人民代表大会第五次会议上\n三、2012年工作安排\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长11%\n左右，地方财政一般预算收入增长12%\n以上，城镇登记失业率"
            "控制在4%\n以内。\n")
    assert [r["qualifier"] for r in extract_text(text)] == ["approx", "at_least", "at_most"]


def test_a_qualifier_wrapped_after_a_short_line_stays_the_figures():
    text = ("包头市2023年政府工作报告\n二、2023年主要目标和重点任务\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业3万人以上，城\n"
            "镇调查失业率控制在5.5%\n以内；单位地区生产总值能耗下降3%。\n")
    assert [(r["indicator"], r["qualifier"]) for r in extract_text(text)] == [
        ("gdp", "approx"), ("new_urban_jobs", "at_least"), ("surveyed_unemployment_rate", "at_most"),
        ("energy_intensity", "")]


def test_a_pdfs_running_header_and_page_numbers_do_not_break_the_sentences_they_interrupt():
    header = "江南市人民政府2019年上半年工作报告"
    text = (f"{header}\n——2019年7月25日在江南市第十五届人民代表大会常务委员会会议上\n"
            "上半年，全市外贸进出口总额286.6亿元，同比增长30.7%，其中出口128.5亿元，增长\n"
            f"{header}\n1\n25.2%；全年目标为：社会消费品零售总额增长11%，城镇新增就业5.5\n{header}\n2\n万人。\n{header}\n3\n")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("foreign_trade", "level", "286.6"), ("foreign_trade", "growth", "30.7"), ("exports", "level", "128.5"),
        ("exports", "growth", "25.2"), ("retail_sales", "growth", "11"), ("new_urban_jobs", "level", "55000")]
    # a bulletin's header, on top and again after a page break (\f) inside a sentence
    bulletin = ("经济运行动态  第9期\n\n海盐县2017年前三季度国民经济运行分析\n"
                "前三季度，全县居民消费价格指数同比上涨2.1%，全县规模以上工业增加值同比增\n— 1 —\n\x0c\n"
                "经济运行动态  第9期\n\n长9.3%。\n")
    assert [(r["region"], r["period"], format_decimal(r["value"])) for r in extract_text(bulletin)] == [
        ("海盐县", "Q1-Q3", "2.1"), ("海盐县", "Q1-Q3", "9.3")]
    # a web page that holds the report twice keeps its headings (twice is no running header)
    twice = "对今后五年和2003年政府工作的建议\n"
    assert len(extract_text(HEAD + twice + "今年全省地区生产总值增长8%。\n" + twice + "今年全省地区生产总值增长8%。\n")) == 1


def test_a_pages_footnotes_and_a_notes_mark_inside_a_name_are_no_words_of_the_sentence():
    header = "泰州市人民政府工作报告"
    text = (f"{header}\n——2008年1月16日在泰州市第三届人民代表大会第一次会议上\n一、2007年工作回顾\n"
            "全市实现地区生产总值1210.5亿元,三次产业结构调整为8.7∶55.9∶35.4。服务业\n　————————\n"
            "① 规模以上工业:指年主营业务收入500万元及以上的工业企业,\n统计口径下同。\n— 1 —\n"
            f"{header}\n增加值428.5亿元,增长16.2%。规模以上工业①实现增加值573.6亿元,增长22.4%。其中工业\n"
            "————————\n① 工业投资含技术改造投资。\n-2-\n投资增长12.6%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "1210.5"), ("service_value_added", "428.5"), ("service_value_added", "16.2"),
        ("industrial_value_added", "573.6"), ("industrial_value_added", "22.4"), ("industrial_investment", "12.6")]


def test_a_pages_footnotes_numbered_with_bare_digits_are_no_words_of_the_report():
    text = ("政府工作报告\n——2015年1月28日在陕西省第十二届人民代表大会第三次会议上\n一、2014年工作回顾\n"
            "全省生产总值17689.94亿元,增长9.7%。财政保障能力增强。公共财政预算支出3962.5亿元,增长7.9%,其中民生\n"
            "——————————\n1　2013年全省生产总值经第三次全国经济普查修订为16205.45亿元,原\n公布数为16045.21亿元。\n"
            "2　生产总值增速按可比价格计算。\n\n·5·\n\n支出占80.3%。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("gdp", "17689.94", 2014), ("gdp", "9.7", 2014), ("general_budget_expenditure", "3962.5", 2014),
        ("general_budget_expenditure", "7.9", 2014)]


def test_an_ordinal_a_long_line_wrapped_before_opens_no_item():
    text = ("绵阳市政府工作报告\n——2023年1月11日在绵阳市第八届人民代表大会第三次会议上\n三、2023年重点工作\n"
            "重点抓好以下工作:一是加快科技创新,研发投入强度保持全省\n第一,技术合同成交额增长10%以上;四是持续增进民生福祉,全年城\n"
            "镇新增就业5万人以上。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("tech_contract_value", "10"), ("new_urban_jobs", "50000")]


def test_a_header_with_its_page_number_beside_it_is_furniture_and_a_number_a_blank_broke_is_whole_or_nothing():
    text = ("鄞州区2012年上半年工作报告\n上半年,全区经济运行总体平稳,主要指标增势良好,全区完成固定资产投资\n"
            "鄞州区人民政府办公室                                     2\n152.3亿元,增长23.6%,社会消费品零售总额增\n"
            "长15.2%,外贸形势好于预期,进出口总额增长8%,实际利用外资增长3%。\n"
            "全区生产总值完成 58. 6 亿元,同比增长 13. 8%。地区生产总值完成 1 56.8亿元,增长1 3.2%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", "152.3"), ("fixed_asset_investment", "23.6"), ("retail_sales", "15.2"),
        ("foreign_trade", "8"), ("fdi_actual", "3"), ("gdp", "58.6"), ("gdp", "13.8"),
        ("gdp", "156.8"), ("gdp", "13.2")]  # (1 56.8亿元: whole, since the blanks between a figure's digits go)


def test_a_footer_with_its_page_number_in_dots_beside_it_is_furniture():
    text = ("曲靖市2017年上半年工作情况报告\n城镇常住居民人均可支配收入14985元,增长8.5%;农村常住居民人均可支配收入5120元,增\n\n"
            "曲靖市人民代表大会常务委员会公报                       · 18 ·\n\n长9.1%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("urban_disposable_income", "14985"), ("urban_disposable_income", "8.5"),
        ("rural_disposable_income", "5120"), ("rural_disposable_income", "9.1")]


def test_a_text_wrapped_narrower_than_a_heading_reads_its_lines_as_wrapped():
    body = ("2019年,全市生产总值增长6.5%,一般公共预算收入完成569.5亿元,增长4.2%;规模以上工业增加值增长5.8%;"
            "固定资产投资增长6.4%;社会消费品零售总额增长7.9%;进出口总额1660.3亿元,增长18.2%,其中出口1098.7亿元,"
            "增长15.9%;实际使用外资21.4亿美元,增长12.1%。城镇、农村居民人均可支配收入分别增长7.6%和8.3%。"
            "城镇新增就业10.2万人,城镇登记失业率控制在3%以内。居民消费价格涨幅为3.1%。") * 2
    wrapped = "\n".join(body[i:i + 18] for i in range(0, len(body), 18))
    text = "2020年潍坊市政府工作报告\n一、2019年工作回顾\n" + wrapped + "\n"
    rows = {(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)}
    assert ("foreign_trade", "level", "1660.3") in rows and ("exports", "level", "1098.7") in rows
    assert ("exports", "level", "1660.3") not in rows and ("urban_disposable_income", "growth", "7.6") in rows


def test_a_number_wrapped_over_two_lines_is_read_whole_and_a_heading_keeps_its_line():
    text = ("保定市2019年政府工作报告\n一、2018年工作回顾\n农业生产稳中有升,全年粮食总产量达到19\n6.3万吨;全市农民人均纯收入１１\n"
            "２５６元,比上年增长\n9.1%。全市实现地区生产总值1\n 286.4亿元。\n"  # (a PDF's line led by one blank)
            "二、同心协力开新局,奋力推动“十四五”开好局、起好步\n2019年是关键之年。全市地区生产总值增长7%。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("grain_output", "actual", 2018, "196.3"), ("rural_disposable_income", "actual", 2018, "11256"),
        ("rural_disposable_income", "actual", 2018, "9.1"), ("gdp", "actual", 2018, "1286.4"), ("gdp", "target", 2019, "7")]


def test_a_sentence_opening_on_one_of_the_parts_after_among_is_that_parts():
    passage = "三大功能区合计实现地区生产总值438.6亿元;其中临空经济区受航空客流锐减影响,地区生产总值下降5.2%。"
    assert facts(REVIEW + "全省地区生产总值增长1.5%。" + passage) == [("gdp", "growth", "actual", "1.5", "", 2025)]


def test_a_zones_sentence_with_a_share_of_the_whole_stays_the_zones():
    text = ("栖北区2010年政府工作报告\n一、2009年工作回顾\n全区城镇固定资产投资285.4亿元,增长32.6%。"
            "栖凤经济技术开发区作为全区发展的主阵地,实现规模以上工业总产值612.4亿元,占全区的58.3%,"
            "完成固定资产投资96.5亿元,实际利用外资2.8亿美元,增长9.4%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", "285.4"), ("fixed_asset_investment", "32.6")]


def test_a_zones_goal_passes_its_subject_on_to_the_next_item_of_its_list_not_past_a_comma():
    text = ("栖北区2010年政府工作报告\n二、2010年工作安排\n支持栖凤经济技术开发区扩区升级,"
            "力争经开区规模以上工业总产值突破700亿元、实际利用外资3亿美元以上。"
            "力争规上工业企业突破4000家,古雷开发区规上工业产值突破1200亿元,技术合同成交额增长20%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("tech_contract_value", "20")]


def test_goals_addressed_to_the_parts_and_departments_after_words_of_their_own_are_the_regions():
    text = ("江北工业园区2014年前三季度经济运行情况\n五、下一步工作要求\n第四季度是完成全年目标任务的决战期。"
            "各功能区、各部门要进一步增强紧迫感,紧盯年度目标,确保全年地区生产总值增长8%以上,"
            "实际利用外资达到18亿美元,固定资产投资完成500亿元。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", "8"), ("fdi_actual", "target", "18"), ("fixed_asset_investment", "target", "500")]


def test_a_part_after_its_whole_counts_only_as_another_indicator():
    passage = "外贸出口回升,全省进出口总额52.6亿美元,其中出口31.2亿美元,增长21.5%。"
    assert facts(REVIEW + passage) == [
        ("foreign_trade", "level", "actual", "52.6", "", 2025),
        ("exports", "level", "actual", "31.2", "", 2025), ("exports", "growth", "actual", "21.5", "", 2025)]
    assert facts(REVIEW + "实际利用外资5.2亿美元,其中外商直接投资3.1亿美元。") == [
        ("fdi_actual", "level", "actual", "5.2", "", 2025)]
    assert facts(REVIEW + "招商引资到位资金4.5亿元,其中实际利用外资0.3亿美元。") == [
        ("fdi_actual", "level", "actual", "0.3", "", 2025)]


def test_a_list_introduced_by_words_about_one_year_is_that_years():
    text = (HEAD.replace("2026", "2023", 2).replace("第四次", "第一次") + "一、过去五年工作回顾\n"
            "这五年,全省地区生产总值年均增长6%,外贸出口增长40%。\n"
            "刚刚过去的2022年,全省上下攻坚克难。\n一年来,我们着力抓了以下几个方面:\n"
            "(一)稳外贸稳外资。开拓新兴市场,外贸出口增长7%以上。\n(二)保民生。城镇新增就业85.2万人。\n"
            "各位代表!过去五年,我们砥砺前行,城镇新增就业累计450万人,全省实际使用外资增长30%。\n")
    assert facts(text) == [("exports", "growth", "actual", "7", "at_least", 2022),
                           ("new_urban_jobs", "level", "actual", "852000", "", 2022)]


def test_a_five_year_reviews_level_set_against_its_first_year_is_its_last_years():
    text = (HEAD.replace("2026", "2023", 2).replace("第四次", "第一次") + "一、过去五年工作回顾\n"
            "全省专利申请量、授权量分别为2.3万件、1.5万件,是2017年的2.9倍和2.8倍,累计获得国家级科技奖励64项。"
            "全省进出口总额600亿美元。城镇新增就业累计450万人。完成出口总值170.2亿美元,年均增长30%。\n")
    assert facts(text) == [("patent_applications", "level", "actual", "23000", "", 2022),
                           ("patent_grants", "level", "actual", "15000", "", 2022),
                           ("exports", "level", "actual", "170.2", "", 2022)]


def test_a_year_named_after_words_about_several_years_closes_them():
    text = (HEAD.replace("2026", "2011", 2) + "一、过去五年工作回顾\n"
            "农业综合生产能力明显提高,粮食生产连续七年丰收、去年总产接近600亿斤;城镇新增就业连续五年、年均50万人。\n")
    assert facts(text) == [("grain_output", "level", "actual", "600", "approx", 2010)]


def test_a_sentence_measured_against_the_year_before_is_about_one_year_in_a_five_year_review():
    text = (HEAD.replace("2026", "2023", 2).replace("第四次", "第一次") + "一、过去五年工作回顾\n"
            "全省进出口总额190.2亿美元,比上年增长23.1%,其中出口101.4亿美元,增长28.5%。五年来,全省出口增长80%。\n")
    assert facts(text) == [("foreign_trade", "level", "actual", "190.2", "", 2022),
                           ("foreign_trade", "growth", "actual", "23.1", "", 2022),
                           ("exports", "level", "actual", "101.4", "", 2022), ("exports", "growth", "actual", "28.5", "", 2022)]


def test_a_national_report_on_the_year_so_far_reviews_this_year():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n"
            "——2011年8月24日在第十一届全国人民代表大会常务委员会第二十二次会议上\n"
            "一、今年以来经济社会发展的基本情况\n今年以来,国民经济继续朝着宏观调控的预期方向发展。\n"
            "上半年,国内生产总值204459亿元,同比增长9.6%。1-7月,进出口总额20375亿美元,增长25.1%。\n"
            "二、下半年工作\n全年居民消费价格涨幅控制在4%左右。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "actual", 2011, "H1"), ("gdp", "actual", 2011, "H1"),
        ("foreign_trade", "actual", 2011, "M1-M7"), ("foreign_trade", "actual", 2011, "M1-M7"),
        ("cpi", "target", 2011, "FY")]


def test_the_months_a_line_opens_on_go_on_through_its_sentences_in_a_report_on_part_of_a_year():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n"
            "——2011年6月28日在第十一届全国人民代表大会常务委员会第二十一次会议上\n"
            "一、今年以来经济社会发展的基本情况\n"
            "1-5月,规模以上工业增加值同比增长14.2%。城镇固定资产投资增长25.8%,社会消费品零售总额增长16.6%。\n"
            "前5个月进出口总额14100亿美元。二季度,居民消费价格上涨5.3%。城镇新增就业500万人。\n"
            "城镇居民人均可支配收入增长7.6%。\n外贸外资。1-5月进出口总额17.5万亿元。实际使用外资4125.1亿元。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("industrial_value_added", "M1-M5"), ("fixed_asset_investment", "M1-M5"), ("retail_sales", "M1-M5"),
        ("foreign_trade", "M1-M5"), ("cpi", "Q2"), ("new_urban_jobs", "M1-M5"), ("urban_disposable_income", "M1-M5"),
        ("foreign_trade", "M1-M5"), ("fdi_actual", "M1-M5")]
    # (given in June, its title's half year is the months to May its body opens on: the default period)


def test_a_budget_set_against_last_years_outturn_is_the_target_years_change():
    text = ("关于2011年中央和地方预算执行情况与2012年中央和地方预算草案的报告\n"
            "——2012年3月5日在第十一届全国人民代表大会第五次会议上\n二、2012年预算草案\n"
            "全国公共财政收入预算113720亿元,比2011年执行数增长9.5%。\n")
    assert facts(text) == [("general_budget_revenue", "level", "target", "113720", "", 2012),
                           ("general_budget_revenue", "growth", "target", "9.5", "", 2012)]


@pytest.mark.parametrize("passage", [
    "高新区完成地区生产总值320.5亿元,增长8.5%;一般公共预算收入12.8亿元,增长15.2%;实际使用外资8650万美元。",
    "拱北街道完成固定资产投资50亿元,增长9.1%;社会消费品零售总额80亿元,增长3.3%。",
], ids=["a zone", "a subdistrict"])
def test_a_part_a_sentence_opens_on_goes_on_past_its_semicolons(passage):
    assert facts(REVIEW + passage + "全省社会消费品零售总额500亿元;一般公共预算收入42亿元。") == [
        ("retail_sales", "level", "actual", "500", "", 2025), ("general_budget_revenue", "level", "actual", "42", "", 2025)]


def test_a_plans_goals_beside_a_vision_are_the_plans_last_years():
    text = ("2021年江北省政府工作报告\n——2021年1月25日在江北省第十三届人民代表大会第四次会议上\n"
            "二、“十四五”主要目标和2035年远景目标\n"
            "力争2025年地区生产总值达到8万亿元,研发经费投入强度达到2.2%以上。展望2035年,全省地区生产总值达到11万亿元左右。\n"
            "城镇调查失业率控制在5.5%以内。\n")
    assert facts(text) == [("gdp", "level", "target", "80000", "", 2025),
                           ("rd_intensity", "level", "target", "2.2", "at_least", 2025),
                           ("gdp", "level", "target", "110000", "approx", 2035),
                           ("surveyed_unemployment_rate", "level", "target", "5.5", "at_most", 2025)]


@pytest.mark.parametrize("zero", ["〇", "○", "O", "零", "0"])
def test_a_year_in_chinese_numerals_reads_with_any_zero(zero):
    year = "二" + zero * 2 + "六"
    text = (f"江北县{year}年政府工作报告\n——{year}年二月十日在江北县第十四届人民代表大会第五次会议上\n"
            f"一、二{zero * 2}五年工作回顾\n全县生产总值完成120亿元。\n二、{year}年目标\n全县生产总值增长12%。\n")
    assert facts(text) == [("gdp", "level", "actual", "120", "", 2005), ("gdp", "growth", "target", "12", "", 2006)]


def test_a_streak_a_two_years_average_or_a_running_total_after_a_level_leaves_it_one_years():
    assert facts(REVIEW + "全省实际利用外资4.35亿美元,增长18.6%,总量连续五年位居全国前列。专利授权量2900件,连续三年增长20%以上。"
                 "城镇新增就业12万人,五年累计新增60万人。完成固定资产投资328.6亿元,增长14.2%,两年平均增长5.1%。"
                 "实际利用外资19.4亿美元,下降7.9%,累计利用外资突破100亿美元。") == [
        ("fdi_actual", "level", "actual", "4.35", "", 2025), ("fdi_actual", "growth", "actual", "18.6", "", 2025),
        ("patent_grants", "level", "actual", "2900", "", 2025),
        ("new_urban_jobs", "level", "actual", "120000", "", 2025),
        ("fixed_asset_investment", "level", "actual", "328.6", "", 2025),
        ("fixed_asset_investment", "growth", "actual", "14.2", "", 2025),
        ("fdi_actual", "level", "actual", "19.4", "", 2025), ("fdi_actual", "growth", "actual", "-7.9", "", 2025)]


def test_a_long_line_whose_first_clause_is_a_years_heading_opens_a_part():
    text = ("2012年江北市政府工作报告\n——2012年1月10日在江北市第十四届人民代表大会第一次会议上\n"
            "一、2011年工作回顾2011年,全市经济社会发展取得新成绩,地区生产总值达到758.6亿元,增长15.2%,全社会固定资产投资652亿元。\n"
            "二、2012年主要目标地区生产总值增长14%,力争15%;财政总收入增长15%;全社会固定资产投资增长20%,农牧民人均纯收入增长12%以上。\n")
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text) if r["measure"] == "growth"] == [
        ("gdp", "actual", 2011), ("gdp", "target", 2012), ("gdp", "target", 2012), ("fiscal_revenue", "target", 2012),
        ("fixed_asset_investment", "target", 2012), ("rural_disposable_income", "target", 2012)]


def test_a_heading_glued_to_its_paragraph_opens_it():
    text = ("2016年江北市政府工作报告\n——2016年1月20日在江北市第十五届人民代表大会第五次会议上\n"
            "一、2015年工作回顾全年地区生产总值完成1052.9亿元,增长4.1%。\n二、2016年工作安排今年地区生产总值增长7%。\n")
    assert facts(text) == [("gdp", "level", "actual", "1052.9", "", 2015), ("gdp", "growth", "actual", "4.1", "", 2015),
                           ("gdp", "growth", "target", "7", "", 2016)]


def test_a_pair_under_a_heading_of_a_plan_and_its_last_year_spans_the_plan():
    text = ("2006年政府工作报告\n——2006年3月5日在第十届全国人民代表大会第四次会议上\n一、“十五”时期和2005年工作回顾\n"
            "国内生产总值由9.9万亿元增加到18.2万亿元。\n")
    assert facts(text) == [("gdp", "level", "actual", "99000", "", 2000), ("gdp", "level", "actual", "182000", "", 2005)]


def test_a_tables_row_ends_its_sentence():
    text = (HALF_YEAR + "一、上半年主要经济指标完成情况\n"
            "地区生产总值\t1120.4亿元,同比增长4.8%,增速居全市第3位\n规上工业增加值\t同比增长6.1%\n固投\t同比增长10.5%\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "1120.4"), ("gdp", "4.8"), ("industrial_value_added", "6.1"), ("fixed_asset_investment", "10.5")]


def test_a_level_after_a_doubling_since_an_earlier_year_is_the_goal():
    text = ("2011年江北县政府工作报告\n——2011年2月20日在江北县第十五届人民代表大会第五次会议上\n二、“十二五”发展目标\n"
            "到2015年,大口径财政收入比2010年翻一番以上、达到100亿元,地区生产总值比2010年增长80%。\n")
    assert facts(text) == [("fiscal_revenue", "level", "target", "100", "", 2015)]


def test_the_own_region_first_beside_another_takes_the_first_of_a_list():
    assert facts(REVIEW + "全省和杭州市服务业增加值分别增长9.4%和13%。全市和全省地区生产总值分别增长5%和6%。"
                 "全省和杭州市固定资产投资分别增长5%、6%和7%。") == [("service_value_added", "growth", "actual", "9.4", "", 2025)]
    assert facts(REVIEW + "全省和全国居民消费价格分别上涨0.4%和0.2%。全国和全省居民消费价格分别上涨0.2%和0.4%。") == [
        ("cpi", "growth", "actual", "0.4", "", 2025)]


def test_an_items_target_year_stays_in_its_item():
    text = ("关于2019年江北市国民经济和社会发展计划草案的报告\n二、2019年主要预期目标\n"
            "——研究与试验发展经费支出占地区生产总值比重3.4%,力争到2020年达到3.5%;——居民消费价格涨幅3%左右。\n"
            "到2025年,全市地区生产总值突破3万亿元;一般公共预算收入突破3200亿元。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [
        ("rd_intensity", 2019), ("cpi", 2019), ("gdp", 2025), ("general_budget_revenue", 2025)]


def test_the_whole_district_the_quarter_end_and_a_base_period_read_as_written():
    text = (HALF_YEAR + "一、上半年工作情况\n二季度末,全县城镇常住居民人均可支配收入17236元。"
            "辖区一般公共预算收入完成283.6亿元。全力实现地区生产总值增长6.5%。全县(含经济技术开发区)固定资产投资增长3%。"
            "税收收入降幅比一季度收窄5.1个百分点,同比下降9.8%。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["period"]) for r in extract_text(text)] == [
        ("urban_disposable_income", "17236", "H1"), ("general_budget_revenue", "283.6", "H1"), ("gdp", "6.5", "H1"),
        ("fixed_asset_investment", "3", "H1"), ("tax_revenue", "-9.8", "H1")]


def test_a_plan_named_inside_a_goal_opens_no_span():
    text = ("2021年国务院政府工作报告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n二、“十四五”时期主要目标任务\n"
            "——全社会研发经费投入年均增长7%以上、力争投入强度高于“十三五”时期实际。——单位国内生产总值能耗降低13.5%。"
            "——研发经费投入强度达到2.8%。\n")
    assert facts(text) == [("energy_intensity", "growth", "target", "-13.5", "", 2025),
                           ("rd_intensity", "level", "target", "2.8", "", 2025)]


def test_a_review_that_weighs_the_outcome_against_the_target_gives_the_reviewed_years_target():
    text = ("2025年国务院政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n一、2024年工作回顾\n"
            "居民消费价格涨幅低于3%左右的调控目标。城镇新增就业完成1200万人以上的目标任务。\n")
    assert facts(text) == [("cpi", "growth", "target", "3", "approx", 2024),
                           ("new_urban_jobs", "level", "target", "12000000", "at_least", 2024)]


def test_a_short_line_ending_on_a_verb_goes_on_to_its_figure():
    assert facts(REVIEW + "全省全社会固定资产投资完成\n513.2亿元,增长38.4%,其中城镇固定资产投资451.9亿元。\n") == [
        ("fixed_asset_investment", "level", "actual", "513.2", "", 2025),
        ("fixed_asset_investment", "growth", "actual", "38.4", "", 2025)]


def test_a_part_named_clauses_before_a_name_is_still_its_subject():
    assert facts(REVIEW + "全省固定资产投资5000亿元。产业集聚区新入驻企业26家,完成固定资产投资86.5亿元,增长18.2%,"
                 "实现规模以上工业增加值42.3亿元。彭店镇新增市场主体1200户,完成一般公共预算收入1.2亿元。") == [
        ("fixed_asset_investment", "level", "actual", "5000", "", 2025)]


def test_a_change_adjusted_for_a_factor_is_comparable_and_the_change_as_it_fell_is_a_row_too():
    assert [(r["measure"], format_decimal(r["value"]), r["basis"]) for r in extract_text(
        REVIEW + "全省一般公共预算收入完成365.3亿元,扣除留抵退税因素后同口径增长6.5%,自然口径下降2.1%。"
                 "税收收入201.1亿元,扣除留抵退税因素后增长3.3%。"
                 "全省一般公共预算收入上半年完成180.2亿元,剔除减税降费因素后增长3.1%,自然口径同比下降12.3%。")] == [
        ("level", "365.3", ""), ("growth", "6.5", "comparable"), ("growth", "-2.1", ""),
        ("level", "201.1", ""), ("growth", "3.3", "comparable"),
        ("level", "180.2", ""), ("growth", "3.1", "comparable"), ("growth", "-12.3", "yoy")]


def test_the_half_done_named_under_the_second_halfs_heading_is_an_outcome():
    text = (HALF_YEAR + "一、上半年工作情况\n全县地区生产总值增长5%。\n二、下半年工作思路\n"
            "上半年全县一般公共预算收入增长3.2%,与全年目标仍有差距。全年地区生产总值增长7%。三季度固定资产投资增长10%。\n"
            "三、存在的问题\n固定资产投资增长2.1%。\n")
    assert [(r["indicator"], r["kind"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "actual", "H1"), ("general_budget_revenue", "actual", "H1"), ("gdp", "target", "FY"),
        ("fixed_asset_investment", "target", "Q3"), ("fixed_asset_investment", "actual", "H1")]


def test_a_plans_goals_give_levels_not_changes_over_its_years():
    text = ("2008年江北省政府工作报告\n——2008年1月24日在江北省第十一届人民代表大会第一次会议上\n二、今后五年的目标\n"
            "今后五年,全省生产总值增长10%左右,城镇居民人均可支配收入和农民人均纯收入增长8%以上,"
            "全省生产总值达到4万亿元,单位生产总值能耗降低22%。\n三、2008年的主要预期目标\n全省生产总值增长10%。\n")
    assert facts(text) == [("gdp", "level", "target", "40000", "", 2012),
                           ("energy_intensity", "growth", "target", "-22", "", 2012),
                           ("gdp", "growth", "target", "10", "", 2008)]


def test_a_list_of_the_years_targets_after_a_dash_or_a_bracket():
    text = (HALF_YEAR + "二、下半年工作\n对标全年预期目标——地区生产总值增长6%、一般公共预算收入增长5%。"
            "对照全年目标(固定资产投资增长8%),仍需努力。\n")
    assert [(r["indicator"], r["kind"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "target", "FY"), ("general_budget_revenue", "target", "FY"), ("fixed_asset_investment", "target", "FY")]


def test_the_last_period_named_before_a_semicolon_goes_on_past_it():
    text = (HEAD.replace("2026", "2021", 2) + "一、2020年工作回顾\n"
            "一季度全省地区生产总值下降7.3%,上半年由负转正增长0.8%,全年实现地区生产总值1013.6亿元,增长3.6%;"
            "一般公共预算收入51.2亿元;规模以上工业增加值增长6.3%。\n")
    assert [(r["indicator"], r["measure"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "growth", "Q1"), ("gdp", "growth", "H1"), ("gdp", "level", "FY"), ("gdp", "growth", "FY"),
        ("general_budget_revenue", "level", "FY"), ("industrial_value_added", "growth", "FY")]


def test_the_longest_period_named_before_a_semicolon_goes_on_past_it_not_a_quarter_beside_it():
    text = (HALF_YEAR + "一、上半年工作情况\n上半年,全县地区生产总值131.8亿元,增长7.7%,一季度增长7.3%;"
            "一般公共预算收入9.8亿元,增长5%。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["period"]) for r in extract_text(text)] == [
        ("gdp", "131.8", "H1"), ("gdp", "7.7", "H1"), ("gdp", "7.3", "Q1"),
        ("general_budget_revenue", "9.8", "H1"), ("general_budget_revenue", "5", "H1")]


def test_a_plans_pair_starts_at_the_plans_base_year_even_after_a_one_year_opening():
    text = ("2025年江北市政府工作报告\n——2025年1月20日在江北市第十六届人民代表大会第五次会议上\n一、2024年工作回顾\n"
            "过去一年,全市地区生产总值增长5%。\n“十四五”时期,全市生产总值从3.87万亿元增长到5.6万亿元左右。\n")
    assert facts(text) == [("gdp", "growth", "actual", "5", "", 2024), ("gdp", "level", "actual", "38700", "", 2020),
                           ("gdp", "level", "actual", "56000", "approx", 2024)]


def test_an_estimate_opening_a_sentence_goes_past_its_semicolons_one_inside_a_clause_does_not():
    assert [(r["indicator"], r["qualifier"]) for r in extract_text(
        REVIEW + "预计全年全省地区生产总值增长5%;固定资产投资增长3%。"
                 "研发经费投入强度预计达到2.28%;技术合同成交额86.4亿元,增长21.2%。")] == [
        ("gdp", "estimate"), ("fixed_asset_investment", "estimate"), ("rd_intensity", "estimate"),
        ("tech_contract_value", ""), ("tech_contract_value", "")]


def test_goals_opened_by_words_of_intent_and_years_set_by_在_or_为():
    text = (HALF_YEAR + "二、下半年工作\n我们将紧紧围绕全年生产总值增长8%左右的目标。为完成全年固定资产投资增长12%以上的目标,奋力冲刺。"
            "力争全县地区生产总值在2026年迈上300亿元台阶。研发经费投入强度在2023年2.1%的基础上提高到2.5%。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "target", 2024, "FY"), ("fixed_asset_investment", "target", 2024, "FY"),
        ("gdp", "target", 2026, "FY"), ("rd_intensity", "actual", 2023, "FY"), ("rd_intensity", "target", 2024, "FY")]


def test_a_budget_drafts_bracketed_heading_opens_the_years_targets():
    text = ("关于2005年中央和地方预算执行情况与2006年中央和地方预算草案的报告\n"
            "——2006年3月5日在第十届全国人民代表大会第四次会议上\n【一、2005年中央和地方预算执行情况】\n"
            "全国财政收入31628亿元。\n【二、2006年中央和地方预算草案】\n汇总中央和地方预算,全国财政收入35423亿元。\n")
    assert facts(text) == [("general_budget_revenue", "level", "actual", "31628", "", 2005),
                           ("general_budget_revenue", "level", "target", "35423", "", 2006)]


def test_a_sentence_opening_on_a_plans_years_states_the_plans_goals():
    text = ("2011年国务院政府工作报告\n——2011年3月5日在第十一届全国人民代表大会第四次会议上\n三、2011年的工作\n"
            "“十二五”时期,研究与试验发展经费支出占国内生产总值比重达到2.2%,城镇登记失业率控制在5%以内。"
            "今年国内生产总值增长8%左右。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [
        ("rd_intensity", 2015), ("unemployment_rate", 2015), ("gdp", 2011)]


def test_a_clause_naming_the_whole_year_leaves_a_span_of_years():
    text = (HEAD.replace("2026", "2023", 2).replace("第四次", "第一次") + "一、过去五年工作回顾\n"
            "五年来,全省地区生产总值年均增长6%,城镇新增就业累计450万人。全年新增就业岗位60.2万个。\n")
    assert facts(text) == [("new_urban_jobs", "level", "actual", "602000", "", 2022)]


def test_the_year_befores_level_a_change_is_measured_against_is_that_years_and_the_change_the_names():
    assert facts(REVIEW + "全省地区生产总值达到3003.1亿元,比上年的2631.5亿元增长7.9%。"
                 "一般公共预算收入比上年的124.1亿元增加12.7亿元。") == [
        ("gdp", "level", "actual", "3003.1", "", 2025), ("gdp", "level", "actual", "2631.5", "", 2024),
        ("gdp", "growth", "actual", "7.9", "", 2025), ("general_budget_revenue", "level", "actual", "124.1", "", 2024)]


def test_the_years_targets_restated_as_a_congress_set_them_are_targets():
    text = (HALF_YEAR + "二、对照年度目标分析\n对照县十三届人大五次会议确定的全年目标,生产总值增长12%、规模以上工业增加值增长18%。"
            "县人代会确定今年固定资产投资增长8%,一般公共预算收入增长6%。\n")
    assert [(r["indicator"], r["kind"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "target", "FY"), ("industrial_value_added", "target", "FY"),
        ("fixed_asset_investment", "target", "FY"), ("general_budget_revenue", "target", "FY")]


def test_a_past_same_period_a_quarter_on_quarter_change_and_an_adjusted_budget():
    text = (HALF_YEAR + "一、上半年工作情况\n全县地区生产总值增长7.8%。二季度地区生产总值环比下降2.6%。\n二、下半年工作\n"
            "去年同期,全县地区生产总值增速为7.6%。一般公共预算支出预算由年初的78.6亿元调整为82.3亿元。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2024, "H1", "7.8"), ("gdp", "actual", 2023, "H1", "7.6"),
        ("general_budget_expenditure", "target", 2024, "FY", "78.6"),
        ("general_budget_expenditure", "target", 2024, "FY", "82.3")]


def test_a_goal_adjusted_in_a_part_year_report_gives_both_goals_of_the_year_and_a_budget_is_the_years():
    text = HALF_YEAR + ("二、全年目标调整情况\n地方一般公共预算收入由增长5%调整为下降8%左右,城镇新增就业由4万人调整为3.5万人。"
                        "建议将全县一般公共预算收入预算调整为37.2亿元,其中,税收收入预算由27亿元调整为24.8亿元。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", "target", "FY", "5"), ("general_budget_revenue", "target", "FY", "-8"),
        ("new_urban_jobs", "target", "FY", "40000"), ("new_urban_jobs", "target", "FY", "35000"),
        ("general_budget_revenue", "target", "FY", "37.2"),
        ("tax_revenue", "target", "FY", "27"), ("tax_revenue", "target", "FY", "24.8")]


def test_a_goal_adjusted_from_one_of_no_year_said_in_an_annual_report_gives_the_new_one_only():
    text = ("江北县2020年政府工作报告\n——2020年1月8日在江北县第十七届人民代表大会第五次会议上\n"
            "今年主要预期目标与去年相比,就业目标略有下调。城镇新增就业由4万人调整为3.5万人。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [("target", 2020, "35000")]


def test_a_year_written_between_the_name_and_its_figure_dates_it():
    text = ("江北县2011年政府工作报告\n——2011年2月20日在江北县第十五届人民代表大会第五次会议上\n二、今后五年目标\n"
            "力争到2013年全县生产总值突破200亿元;财政总收入2011年达到6亿元。\n")
    assert facts(text) == [("gdp", "level", "target", "200", "at_least", 2013),
                           ("fiscal_revenue", "level", "target", "6", "", 2011)]


def test_a_half_year_speech_that_also_plans_the_second_half_reviews_the_first():
    text = ("在市政府第五次全体会议上的讲话\n——关于2015年上半年经济运行情况和下半年工作安排\n(2015年7月16日)\n"
            "上半年,全市生产总值完成820.6亿元,增长7.9%。\n"
            "下半年,要确保完成全年目标任务:地区生产总值增长8%以上,固定资产投资增长15%。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"]))
            for r in extract_text(text)] == [
        ("gdp", "actual", 2015, "H1", "820.6"), ("gdp", "actual", 2015, "H1", "7.9"),
        ("gdp", "target", 2015, "FY", "8"), ("fixed_asset_investment", "target", 2015, "FY", "15")]


def test_corner_quotes_and_glosses_in_full_width_brackets_read_as_plain_text():
    text = ("2021年香洲區政府工作報告\n一、2020年工作回顧\n"
            "全區地區（qū）生產（chǎn）總值增長（zhǎng）6.2%。「十四五」時期,糧食總產量保持在三百萬噸左右。\n")
    assert facts(text) == [("gdp", "growth", "actual", "6.2", "", 2020)]


@pytest.mark.parametrize("passage", [
    "地区(dìqū)生产(shēngchǎn)总值(zǒngzhí)增长(zēngzhǎng)6.2%。财政(cáizhèng)总收入120亿元。",
    "地区生产总值（dì qū shēng chǎn zǒng zhí）增长6.2%。财政总收入（cái zhèng zǒng shōu rù）120亿元。",
    "地区(di4qu1)生产(sheng1chan3)总值增长6.2%。财政(cai2zheng4)总收入120亿元。",
    "地(di)区(qu)生(sheng)产(chan)总(zong)值(zhi)增(zeng)长(zhang)6.2%。财(cai)政(zheng)总(zong)收(shou)入(ru)120亿元。",
    "地区生产总值(di qu sheng chan zong zhi)增长(zeng zhang)6.2%。财政(cai zheng)总收入(zongshouru)120亿元(yi yuan)。"
    * 4,
    "地[dì]区[qū]生[shēng]产[chǎn]总[zǒng]值[zhí]增长6.2%。财政 (cái zhèng) 总收入120亿元。",
    "地区【dì qū】生产【shēng chǎn】总值〈zǒng-zhí〉增长〔zēng zhǎng〕6.2%〈liù-diǎn-èr〉。财政{cái zhèng}总收入120亿元。",
    "地dì区qū生shēng产chǎn总zǒng值zhí增zēng长zhǎng6.2%。财cái政zhèng总zǒng收shōu入rù120亿yì元yuán。",
    "地区 di4qu1 生产总值 sheng1chan3zong3zhi2 增长 zeng1zhang3 6.2%。财政 cai2zheng4 总收入 zong3shou1ru4 120 亿 yi4 元。",
    "quán shěng dì qū shēng chǎn zǒng zhí zēng zhǎng 6.2%\n全省地区生产总值增长6.2%。\nquán shěng cái zhèng zǒng shōu rù 120 yì yuán\n"
    "全省财政总收入120亿元。\nwǒ men jiān chí\n我们坚持。\n",
    "地區生產總值（ㄉㄧˋ ㄑㄩ ㄕㄥ ㄔㄢˇ ㄗㄨㄥˇ ㄓˊ）增長（ㄗㄥ ㄓㄤˇ）6.2%。財政總收入（ㄘㄞˊ ㄓㄥˋ）120億元（ㄧˋ ㄩㄢˊ）。",
    "地ㄉㄧˋ區ㄑㄩ生產總值增長6.2%。財政總收入120億ㄧˋ元ㄩㄢˊ。",
    "地區(qu\u0304)生產總值增長(zha\u030cng)6.2%。財政總收入120億(yi\u0300)元。" * 3,
    "地區［qū］生產總值增長［zhǎng］6.2%。財政總收入120億［yì］元。" * 2,
    "地(d?)區(q?)生(sh?ng)產(ch?n)總(z?ng)值(zh?)增(z?ng)長(zh?ng)6.2%。財(c?i)政(zh?ng)總(z?ng)收(sh?u)入(r?)120億元。",
], ids=["a gloss per word", "a gloss with spaces", "tones as numbers", "glosses that lost their tones",
        "toneless glosses of words", "in square brackets and after a blank", "in other brackets, after a figure too",
        "glued after each character", "tone numbers after a blank", "a line of pinyin above each line",
        "zhuyin in brackets", "zhuyin glued after characters", "tone marks written apart (NFD)",
        "in full-width square brackets", "their toned vowels lost to ? by a conversion"])
def test_pinyin_and_zhuyin_glosses_of_every_shape_go(passage):
    assert facts(REVIEW + passage) == [("gdp", "growth", "actual", "6.2", "", 2025),
                                       ("fiscal_revenue", "level", "actual", "120", "", 2025)]


def test_a_gloss_opening_a_pdfs_wrapped_line_goes_and_leaves_the_break_to_the_wrapping():
    text = "全區(qū)地區(qū)生產(chǎn)總值(zǒng zhí)1420.6億\n(yì)元,增\n(zēng)長(zhǎng)4.1%;城鎮\n(zhèn)居民收入增長5%。"
    assert normalize(text).text.replace("\n", "") == "全区地区生产总值1420.6亿元,增长4.1%;城镇居民收入增长5%。"


def test_a_tone_number_between_a_multiplier_and_its_unit_is_no_figure():
    passage = "进出口总额2.85万 wan4 亿元。城镇新增就业118万 wan4 人。" + "财政 cai2zheng4 总收入 zong3shou1ru4 增长9%。" * 3
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(REVIEW + passage)] == [
        ("foreign_trade", "28500"), ("new_urban_jobs", "1180000"), ("fiscal_revenue", "9")]


def test_variant_forms_left_by_fonts_and_converters_read_as_their_characters():
    text = ("2008年四川省政府工作報告\n一、2007年工作回顧\n全省生產總値10505.3億元,比上年増長14.2%。"
            "規模以上工業増加値5000億元。城鎮新増就業62萬人。社會消費品零售縂額3000億元。\n")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"]), r["raw"]) for r in extract_text(text)] == [
        ("gdp", "level", "10505.3", "10505.3億元"), ("gdp", "growth", "14.2", "14.2%"),
        ("industrial_value_added", "level", "5000", "5000億元"), ("new_urban_jobs", "level", "620000", "62萬人"),
        ("retail_sales", "level", "3000", "3000億元")]


def test_changes_against_an_earlier_year_or_plan_are_no_rows_and_a_pair_spans_the_nearest_years():
    assert facts(REVIEW + "五年来,地区生产总值较2020年增长35.6%,一般公共预算收入较“十三五”末增长40%。") == []
    # against the year before the one reviewed: a plain change
    assert facts(REVIEW + "全省地区生产总值达到6万亿元,比2024年增长3.8%。一般公共预算收入比2020年增长40%。") == [
        ("gdp", "level", "actual", "60000", "", 2025), ("gdp", "growth", "actual", "3.8", "", 2025)]
    assert facts(PLAN + "到2030年,地区生产总值在2025年基础上增长30%以上。") == []
    national = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n一、过去一年和五年工作回顾\n"
                "过去一年,国内生产总值增长3%。\n过去五年,全国财政收入从17.3万亿元增至20.4万亿元。\n")
    assert [(r["measure"], r["year"], format_decimal(r["value"])) for r in extract_text(national)] == [
        ("growth", 2022, "3"), ("level", 2017, "173000"), ("level", 2022, "204000")]


def test_a_part_of_the_region_is_the_subject_of_the_names_that_follow_its_figures():
    passage = ("高新区完成规上工业总产值512亿元、固定资产投资85亿元。柳市镇实现工业总产值1200亿元,一般公共预算收入25.1亿元。"
               "县本级一般公共预算收入18.2亿元,税收收入15.3亿元。开发区实现地区生产总值320亿元,占全省的3%,"
               "全省一般公共预算收入5200亿元。全省地区生产总值60000亿元、一般公共预算收入5200亿元。")
    assert facts(REVIEW + passage) == [
        ("general_budget_revenue", "level", "actual", "5200", "", 2025), ("gdp", "level", "actual", "60000", "", 2025)]


def test_a_goal_year_reaches_past_semicolons_and_the_end_of_a_past_plan_is_reached():
    text = ("2021年温州市政府工作报告\n——2021年1月20日在温州市第十三届人民代表大会第五次会议上\n二、“十四五”时期主要目标\n"
            "到2025年,全市地区生产总值迈上9000亿元台阶,年均增长6%左右;一般公共预算收入超过820亿元。\n"
            "三、2021年主要目标\n地区生产总值增长7%以上;一般公共预算收入增长6%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", 2025, "9000"), ("target", 2025, "820"), ("target", 2021, "7"), ("target", 2021, "6")]
    later = text.replace("2021", "2026").replace("十四五", "十五五").replace("到2025年,", "“十四五”末全市地区生产总值为8800亿元;")
    assert ("actual", 2025, "8800") in [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(later)]


@pytest.mark.parametrize("passage, expected", [
    ("全省城镇居民人均可支配收入41052元,农村居民人均可支配收入19865元,增幅分别为8.6%和9.2%。",
     [("urban_disposable_income", "level", "actual", "41052", "", 2025),
      ("rural_disposable_income", "level", "actual", "19865", "", 2025),
      ("urban_disposable_income", "growth", "actual", "8.6", "", 2025),
      ("rural_disposable_income", "growth", "actual", "9.2", "", 2025)]),
    ("地区生产总值(GDP)820.6亿元,增长7.2%。",
     [("gdp", "level", "actual", "820.6", "", 2025), ("gdp", "growth", "actual", "7.2", "", 2025)]),
    ("二季度末城镇登记失业率为2.9%。", [("unemployment_rate", "level", "actual", "2.9", "", 2025)]),
    ("实际利用外资到位资金3.1亿美元,增长5%。",
     [("fdi_actual", "level", "actual", "3.1", "", 2025), ("fdi_actual", "growth", "actual", "5", "", 2025)]),
    ("R&D经费支出占GDP比重4.05%。", [("rd_intensity", "level", "actual", "4.05", "", 2025)]),
    ("一般公共预算收入力争达到5200亿元至5300亿元。",
     [("general_budget_revenue", "level", "target", "5200", "at_least", 2026),
      ("general_budget_revenue", "level", "target", "5300", "at_most", 2026)]),
    ("规上工业总产值连续跨越3000亿元、4000亿元两个台阶。",
     [("industrial_output", "level", "actual", "4000", "at_least", 2025)]),
], ids=["a list of rates after the levels", "a name again in brackets", "a quarter's end", "two names of one indicator",
        "R&D over GDP", "a range of levels", "the last step crossed"])
def test_ways_of_writing_a_figure(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_page_furniture_of_a_converted_pdf_changes_nothing():
    text = ("关于芜湖市2023年上半年国民经济和社会发展计划\n执行情况的报告\n一、上半年计划执行情况\n"
            "上半年,面对复杂严峻的外部环境,全市经济运行持续回升向好,全\n\n— 2 —\n\n市实现地区生产总值2320.9亿元,同比增长6.8%。\n"
            "\u3000\u3000二 、 下 半 年 主 要 目 标\n力争全年地区生产总值增长7%以上。\n")
    assert [(r["region"], r["year"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("芜湖市", 2023, "actual", "H1", "2320.9"), ("芜湖市", 2023, "actual", "H1", "6.8"),
        ("芜湖市", 2023, "target", "FY", "7")]


def test_a_goal_level_in_a_clause_after_an_average_or_a_name():
    passage = ("地区生产总值年均增长5.5%左右,到2030年突破8万亿元。一般公共预算收入到2030年突破8000亿元。"
               "力争到“十五五”末规上工业总产值突破10万亿元。")
    assert facts(HEAD + "二、“十五五”时期主要目标\n" + passage) == [
        ("gdp", "level", "target", "80000", "at_least", 2030),
        ("general_budget_revenue", "level", "target", "8000", "at_least", 2030),
        ("industrial_output", "level", "target", "100000", "at_least", 2030)]


def test_an_aside_about_several_years_does_not_end_the_names_clauses():
    passage = "社会消费品零售总额增长18.4%,两年平均增长6.5%,总额达到8126亿元。实际利用外资年均增长10%,累计达到50亿美元。"
    assert facts(REVIEW + passage) == [("retail_sales", "growth", "actual", "18.4", "", 2025),
                                       ("retail_sales", "level", "actual", "8126", "", 2025)]


def test_a_half_years_figures_past_a_record_and_its_goals_after_an_anchor():
    text = ("宁波市2025年上半年工作情况的报告\n上半年,全市一般公共预算收入1001亿元,首次突破一千亿元,增长5.2%。"
            "城镇调查失业率稳定在5%左右的较低水平。\n下半年,锚定全年地区生产总值增长5.5%以上、研发投入强度达到3.3%的目标。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", "actual", "H1", "1001"), ("general_budget_revenue", "actual", "H1", "5.2"),
        ("surveyed_unemployment_rate", "actual", "H1", "5"), ("gdp", "target", "FY", "5.5"),
        ("rd_intensity", "target", "FY", "3.3")]


def test_a_stamp_ending_in_a_number_keeps_the_heading_after_it_and_links_give_no_year():
    text = ("发布时间:2017-07-28 16:02:11 访问量:1528\n一、2016年工作回顾\n全市地区生产总值增长7.5%。\n"
            "二、2017年主要目标\n地区生产总值增长7%左右。\n")
    assert [(r["kind"], r["year"]) for r in extract_text(text)] == [("actual", 2016), ("target", 2017)]
    linked = "相关文章:2015年江北市政府工作报告\n江北市2017年上半年工作总结\n上半年,全市地区生产总值增长7.8%。\n"
    assert [(r["year"], r["period"]) for r in extract_text(linked)] == [(2017, "H1")]


def test_a_plan_execution_list_gives_the_plan_as_target_and_what_was_done_as_outcomes():
    text = ("关于江南省2008年国民经济和社会发展计划执行情况与2009年计划草案的报告\n——2009年1月12日在江南省第十一届人民代表大会第二次会议上\n"
            "一、2008年国民经济和社会发展计划执行情况\n——生产总值:计划增长11%,预计实现8874亿元,增长12.7%;\n"
            "——城镇登记失业率:计划控制在4.6%以内,实际为3.9%;\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"])
            for r in extract_text(text)] == [
        ("gdp", "target", 2008, "11", ""),
        ("gdp", "actual", 2008, "8874", "estimate"), ("gdp", "actual", 2008, "12.7", "estimate"),
        ("unemployment_rate", "target", 2008, "4.6", "at_most"), ("unemployment_rate", "actual", 2008, "3.9", "")]


@pytest.mark.parametrize("passage, expected", [
    ("外贸进出口总额630.1亿元,其中出口247.6亿元、进口382.5亿元,分别增长22.9%和54.2%。",
     [("foreign_trade", "level", "actual", "630.1", "", 2025), ("exports", "level", "actual", "247.6", "", 2025),
      ("exports", "growth", "actual", "22.9", "", 2025)]),
    ("合同利用外资和实际利用外资分别完成3.7亿美元和2.1亿美元,分别增长-12.1%和8.8%。",
     [("fdi_contracted", "level", "actual", "3.7", "", 2025), ("fdi_actual", "level", "actual", "2.1", "", 2025),
      ("fdi_contracted", "growth", "actual", "-12.1", "", 2025), ("fdi_actual", "growth", "actual", "8.8", "", 2025)]),
    ("社会消费品零售总额增长13.5%,城乡居民收入分别增长10%和11%。",
     [("retail_sales", "growth", "actual", "13.5", "", 2025), ("urban_disposable_income", "growth", "actual", "10", "", 2025),
      ("rural_disposable_income", "growth", "actual", "11", "", 2025)]),
], ids=["an unnamed item in the list", "a minus on the first item only", "urban and rural incomes in short"])
def test_lists_deal_their_figures_to_their_own_names(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_the_whole_of_a_region_around_the_reports_own_is_another_subject():
    text = ("成都市武侯区2026年政府工作报告\n——2026年1月8日在武侯区第十九届人民代表大会第五次会议上\n一、2025年工作回顾\n"
            "全市地区生产总值增长5.5%,全区地区生产总值增长5.9%。全国居民消费价格上涨0.1%。全省城镇调查失业率5.2%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "5.9")]
    assert facts(REVIEW + "全国居民消费价格上涨0.1%,全省居民消费价格上涨0.3%。") == [
        ("cpi", "growth", "actual", "0.3", "", 2025)]
    # the region's own figure after the larger one's, its name left out
    assert facts(REVIEW + "全国居民消费价格上涨2.5%,我省上涨2.6%。全国城镇调查失业率5.2%,江北省为5.1%。") == [
        ("cpi", "growth", "actual", "2.6", "", 2025), ("surveyed_unemployment_rate", "level", "actual", "5.1", "", 2025)]
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(
        text.replace("全区地区生产总值增长5.9%", "我区增长5.9%"))][:1] == [("gdp", "5.9")]


@pytest.mark.parametrize("passage, expected", [
    ("全省地区生产总值增长11.8%,年初确定的目标是增长11%,实际完成好于预期;一般公共预算收入446.9亿元、增长15.6%。",
     [("gdp", "growth", "actual", "11.8", "", 2025), ("general_budget_revenue", "level", "actual", "446.9", "", 2025),
      ("general_budget_revenue", "growth", "actual", "15.6", "", 2025)]),
    ("年初确定的地区生产总值增长6%左右、固定资产投资增长5%的目标全面完成,全省地区生产总值增长6.3%。",
     [("gdp", "growth", "target", "6", "approx", 2025), ("fixed_asset_investment", "growth", "target", "5", "", 2025),
      ("gdp", "growth", "actual", "6.3", "", 2025)]),
    ("一般公共预算收入2,209.8亿元、增长3.1%,但工业投资增长10.2%,自营进出口总额28.6亿美元。",
     [("general_budget_revenue", "level", "actual", "2209.8", "", 2025),
      ("general_budget_revenue", "growth", "actual", "3.1", "", 2025),
      ("industrial_investment", "growth", "actual", "10.2", "", 2025), ("foreign_trade", "level", "actual", "28.6", "", 2025)]),
], ids=["a past target restated opens no list of targets", "the year's targets restated",
        "a thousands comma, 但, 自营进出口"])
def test_reviews_that_restate_targets_and_other_wordings(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_a_target_named_as_met_makes_no_target():
    passage = ("经济运行好于预期,全省地区生产总值6万亿元,增长5.8%。圆满完成全年目标任务,全省一般公共预算收入增长8%。"
               "城镇新增就业131万人,超过全年预期目标,年末城镇调查失业率5%。")
    assert [(r["kind"], r["year"]) for r in extract_text(REVIEW + passage)] == [("actual", 2025)] * 5
    half = ("江北县2024年上半年工作情况的报告\n下半年,要确保完成全年目标任务:地区生产总值增长6%以上。\n")
    assert [(r["kind"], r["period"]) for r in extract_text(half)] == [("target", "FY")]


def test_periods_written_as_the_months_so_far_or_a_quarter():
    text = ("江北区2018年上半年工作情况的报告\n前5个月,规模以上工业增加值增长9.1%。一至五月,固定资产投资下降16%。"
            "二季度,全区地区生产总值增长5.3%。\n下半年,力争一般公共预算收入增长6%。\n")
    assert [(r["indicator"], r["kind"], r["period"]) for r in extract_text(text)] == [
        ("industrial_value_added", "actual", "M1-M5"), ("fixed_asset_investment", "actual", "M1-M5"),
        ("gdp", "actual", "Q2"), ("general_budget_revenue", "target", "FY")]


def test_last_year_in_a_half_year_report_and_a_total_since_a_year():
    text = ("江北区2019年上半年工作情况的报告\n去年同期全区一般公共预算收入为1000亿元。上半年,全区一般公共预算收入1100亿元,增长10%。"
            "去年全年全区地区生产总值增长4%。2013年以来,全区城镇新增就业40万人。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"]))
            for r in extract_text(text)] == [
        ("general_budget_revenue", "actual", 2018, "H1", "1000"), ("general_budget_revenue", "actual", 2019, "H1", "1100"),
        ("general_budget_revenue", "actual", 2019, "H1", "10"), ("gdp", "actual", 2018, "FY", "4")]


def test_a_december_congress_plans_next_year_under_a_heading_without_its_year():
    text = ("福建省人民政府工作报告\n——2012年12月27日在福建省第十一届人民代表大会第七次会议上\n一、2012年工作回顾\n"
            "今年全省地区生产总值增长11%。\n二、明年工作\n2013年全省固定资产投资增长20%。明年全省社会消费品零售总额增长15%。\n")
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("gdp", "actual", 2012), ("fixed_asset_investment", "target", 2013), ("retail_sales", "target", 2013)]


@pytest.mark.parametrize("passage, expected", [
    ("固定资产投资扭转上年下降8.2%的局面,增长6.5%。", [("fixed_asset_investment", "growth", "actual", "6.5", "", 2025)]),
    ("一般公共预算收入在上年下降5.3%的基础上增长2.6%。", [("general_budget_revenue", "growth", "actual", "2.6", "", 2025)]),
    ("社会消费品零售总额由上年下降2.1%转为增长3.5%。", [("retail_sales", "growth", "actual", "3.5", "", 2025)]),
    ("全省地区生产总值、规模以上工业增加值、固定资产投资分别增长9.2%、9.6%。", []),
    ("城镇居民人均可支配收入和农民人均纯收入分别增长10%。",
     [("rural_disposable_income", "growth", "actual", "10", "", 2025), ("urban_disposable_income", "growth", "actual", "10", "", 2025)]),
], ids=["扭转上年…的局面", "在上年…的基础上", "由上年…转为", "more names than figures", "one figure for both"])
def test_the_year_befores_change_and_lists_that_do_not_fit(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_the_whole_region_working_together_and_a_record_between_level_and_growth():
    passage = ("全省上下实现地区生产总值6.1万亿元,增长5.6%。全省完成大口径财政收入1256亿元。"
               "一般公共预算收入达到1035亿元,历史性迈上千亿台阶,增长7.2%。")
    assert facts(REVIEW + passage) == [
        ("gdp", "level", "actual", "61000", "", 2025), ("gdp", "growth", "actual", "5.6", "", 2025),
        ("fiscal_revenue", "level", "actual", "1256", "", 2025),
        ("general_budget_revenue", "level", "actual", "1035", "", 2025),
        ("general_budget_revenue", "growth", "actual", "7.2", "", 2025)]


def test_a_half_years_list_of_goals_goes_on_past_its_semicolons():
    text = ("江北区2016年上半年工作情况的报告\n上半年,全区地区生产总值增长8%。\n"
            "全年力争地区生产总值增长12%以上;一般公共预算收入增长10%。\n")
    assert [(r["indicator"], r["kind"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "actual", "H1"), ("gdp", "target", "FY"), ("general_budget_revenue", "target", "FY")]


def test_a_level_and_an_earlier_years_level_written_after_it():
    text = ("政府工作报告\n——2018年1月20日在内蒙古自治区第十三届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "2017年全区生产总值3453亿元,2012年为2341亿元。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2017, "3453"), (2012, "2341")]


def test_a_half_year_reports_goals_last_years_figures_and_a_zones_paragraph():
    text = ("江北区2017年上半年工作情况的报告\n上年同期,全区地区生产总值为2019.5亿元。上年全年,全区地区生产总值增长10.1%。"
            "2015年,全区实现地区生产总值1728.9亿元。\n"
            "上半年,全区一般公共预算收入56.41亿元,占全年目标任务的62.3%,增长21%。\n"
            "莫干山高新区:规上工业增加值增长15.2%,工业投资增长22.1%。\n"
            "下半年,要确保完成年初确定的各项目标:地区生产总值突破2500亿元,增长8%。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"]))
            for r in extract_text(text)] == [
        ("gdp", "actual", 2016, "H1", "2019.5"), ("gdp", "actual", 2016, "FY", "10.1"),
        ("gdp", "actual", 2015, "FY", "1728.9"),
        ("general_budget_revenue", "actual", 2017, "H1", "56.41"), ("general_budget_revenue", "actual", 2017, "H1", "21"),
        ("gdp", "target", 2017, "FY", "2500"), ("gdp", "target", 2017, "FY", "8")]


@pytest.mark.parametrize("text, covers, year", [
    ("前三季度洛阳市经济稳中向好\n发布时间:2021-10-27\n全市规模以上工业增加值增长9.8%。\n", "Q1-Q3", 2021),
    ("1-7月全市主要经济指标运行情况\n发布时间:2024-08-22\n全市规模以上工业增加值增长9.8%。\n", "M1-M7", 2024),
    ("关于2013年1至9月全区经济运行情况的报告\n全区规模以上工业增加值增长9.8%。\n", "Q1-Q3", 2013),
    ("在区政府第五次全体会议上的讲话\n(2024年7月25日)\n同志们:\n上半年,全区规模以上工业增加值增长9.8%。\n", "H1", 2024),
    ("河北省2007年政府工作报告\n2007年04月05日\n一、2006年工作回顾\n全省规模以上工业增加值增长9.8%。\n", "FY", 2006),
    ("南安市人民政府办公室\n南政办〔2013〕218号\n南安市人民政府办公室关于1-11月份全市经济运行情况的通报\n"
     "各乡镇人民政府,市直各单位:\n现将1-11月份全市经济运行情况通报如下:\n全市规模以上工业增加值增长9.8%。\n", "M1-M11", 2013),
], ids=["a news headline on three quarters", "the months so far in a title", "1至9月 in a title",
        "a speech given in July on the half", "an annual report posted in April", "a bulletin's document number"])
def test_a_report_on_part_of_a_year_is_known_by_its_title_or_its_date_and_opening(text, covers, year):
    assert [(r["period"], r["year"]) for r in extract_text(text)] == [(covers, year)]


def test_a_list_of_pairs_and_a_list_ending_on_its_targets():
    five = ("2013年岳阳市政府工作报告\n——2013年1月10日在岳阳市第七届人民代表大会第二次会议上\n一、过去五年工作回顾\n"
            "城镇居民人均可支配收入和农民人均纯收入分别由2007年的14230元、6012元增加到2012年的26020元、11520元。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(five)] == [
        (2007, "14230"), (2007, "6012"), (2012, "26020"), (2012, "11520")]
    assert extract_text(five.replace("、6012元", "")) == []  # two names, one start: nobody's
    passage = ("年初确定的生产总值增长8%的目标没有实现,规模以上工业增加值增长8.5%、社会消费品零售总额增长11%的目标基本完成。"
               "全省规模以上工业增加值增长8.1%。")
    assert facts(REVIEW + passage) == [
        ("gdp", "growth", "target", "8", "", 2025), ("industrial_value_added", "growth", "target", "8.5", "", 2025),
        ("retail_sales", "growth", "target", "11", "", 2025), ("industrial_value_added", "growth", "actual", "8.1", "", 2025)]


def test_a_year_the_plan_part_opens_on_is_not_the_year_reviewed():
    text = ("政府工作报告\n——在邯郸市第十三届人民代表大会第五次会议上\n一、过去一年工作回顾\n全市地区生产总值增长7%。\n"
            "二、今年工作安排\n2015年是全面完成“十二五”规划的收官之年。今年全市地区生产总值增长7.5%。\n")
    assert [(r["kind"], r["year"]) for r in extract_text(text)] == [("actual", 2014), ("target", 2015)]


def test_one_name_through_the_quarters_of_a_year():
    passage = "全年生产总值一季度增长6.1%,上半年增长8.2%,前三季度增长9.5%,全年完成61745亿元,同比增长5.8%。"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(REVIEW + passage)] == [
        ("Q1", "6.1"), ("H1", "8.2"), ("Q1-Q3", "9.5"), ("FY", "61745"), ("FY", "5.8")]


def test_a_county_quoting_its_province_and_nation_with_or_without_its_name():
    body = ("一、2009年工作回顾\n去年,我省生产总值增长10.7%,我市生产总值增长11.2%,我国国内生产总值增长8.7%。"
            "全县生产总值增长12.8%。我县规模以上工业增加值增长20%。外贸出口供货额达到15.6亿元。\n")
    named = "政府工作报告\n——2010年元月12日在固始县第十四届人民代表大会第三次会议上\n" + body
    unnamed = "政府工作报告\n固始县人民政府县长 陈卫东\n" + body
    for text in (named, unnamed):
        assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
            ("gdp", 2009, "12.8"), ("industrial_value_added", 2009, "20")]
    dated = named.replace("外贸出口供货额达到15.6亿元。", "截至11月底,全县财政总收入完成38.6亿元。")
    assert [r["period"] for r in extract_text(dated)][-1] == "M1-M11"


def test_a_list_of_from_to_pairs_gives_each_name_its_start_and_end():
    text = ("2021年江北省政府工作报告\n——2021年1月20日在江北省第十三届人民代表大会第四次会议上\n一、“十三五”时期工作回顾\n"
            "五年来,城乡居民人均可支配收入分别从26205元和10247元增加到38253元和15929元。"
            "城镇居民人均可支配收入和农民人均纯收入分别由2015年的24230元、9012元增加到2020年的36020元、14520元。\n")
    assert [(r["indicator"][:5], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("urban", 2015, "26205"), ("rural", 2015, "10247"), ("urban", 2020, "38253"), ("rural", 2020, "15929"),
        ("urban", 2015, "24230"), ("rural", 2015, "9012"), ("urban", 2020, "36020"), ("rural", 2020, "14520")]


def test_a_new_area_speaks_of_itself_and_of_its_parts():
    text = ("浦东新区2022年政府工作报告\n——2022年1月10日在浦东新区第七届人民代表大会第一次会议上\n一、2021年工作回顾\n"
            "新区全年实现地区生产总值15352.99亿元,增长10%。紫竹高新区完成营业收入806亿元,增长12%,规模以上工业总产值增长9%。"
            "全区外商投资企业实现营业收入3000亿元,进出口总额1200亿元。与2019年相比,新区一般公共预算收入增长12.3%。"
            "全区税收收入3200亿元,区级税收收入950亿元。全区经济总量两万亿元在望。\n")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "level", "15352.99"), ("gdp", "growth", "10"), ("tax_revenue", "level", "3200")]


def test_a_zone_writes_itself_区内_and_its_own_word_after_the_years_ahead():
    text = ("廊坊经济技术开发区2006年工作报告\n——2006年2月20日在开发区工作会议上\n一、2005年工作回顾\n"
            "区内农民人均纯收入6150元,增长9.2%。\n二、“十一五”发展目标\n"
            "今后五年开发区发展的总体目标是:到2010年,地区生产总值达到150亿元左右。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("rural_disposable_income", "actual", 2005, "6150"), ("rural_disposable_income", "actual", 2005, "9.2"),
        ("gdp", "target", 2010, "150")]


def test_a_zone_that_names_no_place_writes_itself_区内_too():
    text = ("高新区2013年工作报告\n一、2012年工作回顾\n全区实现地区生产总值320亿元。"
            "区内居民人均可支配收入达到26780元,增长13.2%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "320"), ("disposable_income", "26780"), ("disposable_income", "13.2")]


def test_a_verb_before_地区生产总值_is_no_place_and_effort_is_no_subject():
    text = ("武汉市2021年政府工作报告\n二、2021年工作安排\n设定地区生产总值增长10%以上的目标,主要考虑:"
            "去年受疫情影响基数较低,今年将呈现恢复性增长,两年平均增长2.4%左右,经过努力地区生产总值有望恢复到1.7万亿元以上。\n")
    assert [(r["measure"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("growth", "target", "10"), ("level", "target", "17000")]


def test_a_belt_the_city_seizes_the_chance_of_is_no_subject():
    text = ("宝鸡市2014年前三季度经济运行情况\n(2014年10月24日)\n二、全力以赴打好四季度攻坚战\n"
            "四要全力扩大对外开放。抓住丝绸之路经济带建设机遇,加大招商引资力度,力争全年实际利用外资增长10%以上。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fdi_actual", "target", "10")]


def test_a_span_of_years_opened_in_a_digests_bulleted_group_ends_at_the_next_group():
    text = ("要点速览|2025年平湖市政府工作报告\n二、2024年工作亮点\n\n◆城乡融合稳步推进\n城乡居民收入比缩小至1.58;\n"
            "“十四五”以来累计完成固定资产投资1286亿元,年均增长6.8%。\n\n◆民生福祉持续增进\n新增城镇就业2.3万人;\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("new_urban_jobs", 2024, "23000")]


def test_a_box_of_other_regions_goals_labelled_with_their_names_gives_no_row_but_the_reports_own_line_does():
    text = ("北京市2015年政府工作报告\n二、2015年工作安排\n今年一般公共预算收入增长5%。\n"
            "【链接】京津冀及周边部分省份2015年经济增长预期目标\n北京:地区生产总值增长7%左右\n天津:地区生产总值增长9%左右\n"
            "山东:地区生产总值增长8.5%左右\n石家庄市:生产总值增长7.5%\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", "5"), ("gdp", "7")]


def test_a_fair_held_takes_its_own_clauses_but_not_a_named_indicator_past_its_semicolon():
    text = ("宣汉县2022年政府工作报告\n一、2021年工作回顾\n成功举办川东北招商推介会,全年引进项目53个,到位市外资金118.6亿元、"
            "增长16.2%;外贸进出口总额1.86亿元、增长32.4%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("foreign_trade", "1.86"), ("foreign_trade", "32.4")]


def test_a_span_of_years_in_a_paragraph_among_topic_led_paragraphs_ends_at_the_next_topic():
    text = ("乌鲁木齐经济技术开发区2007年工作报告\n一、2006年工作回顾\n主要经济指标再创新高。全年实现地区生产总值75.3亿元。\n"
            "“十五”以来,开发区地区生产总值年均增长24.7%,累计完成固定资产投资156亿元。\n"
            "社会事业协调发展。新增就业岗位6800个,城镇登记失业率控制在3.6%以内。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2006, "75.3"), ("new_urban_jobs", 2006, "6800"), ("unemployment_rate", 2006, "3.6")]


def test_a_span_of_years_summed_up_at_the_end_of_a_topic_paragraph_ends_at_the_next_topic():
    text = ("天津市2010年政府工作报告\n一、2009年工作回顾\n改革开放不断深化。天津港货物吞吐量突破3.8亿吨。"
            "“十一五”前四年,全市生产总值年均增长15.7%。\n人民生活继续改善。城镇新增就业41.4万人。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("new_urban_jobs", 2009, "414000")]


def test_the_real_change_after_the_nominal_one_is_a_row_too():
    text = REVIEW + "城镇居民人均可支配收入32903元,增长13.2%,扣除价格因素实际增长7.2%;农民人均纯收入14736元,增长13.6%,实际增长7.6%。"
    assert [(f[0], f[3]) for f in facts(text) if f[1] == "growth"] == [
        ("urban_disposable_income", "13.2"), ("urban_disposable_income", "7.2"),
        ("rural_disposable_income", "13.6"), ("rural_disposable_income", "7.6")]


def test_a_fairs_session_for_the_zone_signs_its_own_contracts():
    text = ("廊坊经济技术开发区2004年上半年工作总结\n二、上半年主要工作\n"
            "成功举办第二届廊坊经济贸易洽谈会开发区专场,签约项目21个,合同外资0.68亿美元。\n")
    assert extract_text(text) == []


def test_a_zones_firms_all_are_the_zone_but_its_key_firms_are_a_part():
    text = ("南昌高新区2004年上半年工作报告\n——2004年7月16日在高新区半年工作会议上\n一、上半年工作回顾\n"
            "1—5月,区内企业完成技术合同成交额1.86亿元,增长27.4%。\n区内企业新增就业岗位4200个。"
            "全区企业申请专利126件。全区重点企业授权专利71件。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("tech_contract_value", "M1-M5", "1.86"), ("tech_contract_value", "M1-M5", "27.4"),
        ("new_urban_jobs", "H1", "4200"), ("patent_applications", "H1", "126")]


INCOMES = [("urban_disposable_income", "level", "actual", "42000", "", 2025),
           ("rural_disposable_income", "level", "actual", "18000", "", 2025)]


@pytest.mark.parametrize("passage, expected", [
    ("城镇和农村居民人均可支配收入分别达到42000元和18000元,同比分别增长6.1%和4.2%。",
     INCOMES + [("urban_disposable_income", "growth", "actual", "6.1", "", 2025),
                ("rural_disposable_income", "growth", "actual", "4.2", "", 2025)]),
    ("城镇和农村居民人均可支配收入分别达到42000元和18000元,分别比上年增加1650元和1210元,增长3.9%和6.5%。",
     INCOMES + [("urban_disposable_income", "growth", "actual", "3.9", "", 2025),
                ("rural_disposable_income", "growth", "actual", "6.5", "", 2025)]),
    ("城镇和农村居民人均可支配收入分别达到42000元和18000元,工资性收入和经营性收入分别增长6.1%和4.2%。", INCOMES),
    ("城镇和农村居民人均可支配收入分别达到42000元和18000元,年均分别增长8%和9%。", INCOMES),
    ("社会消费品零售总额1617.4亿元,外贸进出口总额和出口总额分别为311.6亿美元和207.7亿美元,比上年分别增长14.6%、-2.3%和3.1%。",
     [("retail_sales", "level", "actual", "1617.4", "", 2025), ("foreign_trade", "level", "actual", "311.6", "", 2025),
      ("exports", "level", "actual", "207.7", "", 2025), ("retail_sales", "growth", "actual", "14.6", "", 2025),
      ("foreign_trade", "growth", "actual", "-2.3", "", 2025), ("exports", "growth", "actual", "3.1", "", 2025)]),
], ids=["the same names again", "after a list of absolute changes", "other names", "averages over several years",
        "the names of the sentence"])
def test_a_second_list_goes_to_the_names_of_the_first_only_when_it_speaks_of_them(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_after_a_list_of_averages_the_same_names_take_the_end_years_levels():
    assert facts(PLAN + "城镇和农村居民人均可支配收入年均分别增长8%和9%，到2030年分别达到6万元和3万元。") == [
        ("urban_disposable_income", "level", "target", "60000", "", 2030),
        ("rural_disposable_income", "level", "target", "30000", "", 2030)]


def test_five_year_goals_give_a_flows_end_year_level_but_not_a_total_of_jobs():
    text = ("江南省2016年政府工作报告\n——2016年1月20日在江南省第十二届人民代表大会第五次会议上\n二、“十三五”时期主要目标\n"
            "到2020年,实际利用外资100亿美元以上,城镇新增就业500万人以上,城镇调查失业率控制在5%以内。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"])
            for r in extract_text(text)] == [
        ("fdi_actual", "target", 2020, "100", "at_least"), ("surveyed_unemployment_rate", "target", 2020, "5", "at_most")]


HALF_YEAR = "江北县2024年上半年工作情况的报告\n——2024年7月25日在江北县人民代表大会常务委员会会议上\n"


@pytest.mark.parametrize("passage, expected", [
    ("年初县人代会确定的全年目标为：地区生产总值增长7%，一般公共预算收入突破15亿元。",
     [("gdp", "growth", "target", "7", "FY"), ("general_budget_revenue", "level", "target", "15", "FY")]),
    ("（一）地区生产总值。全年目标：增长7%；上半年：实现地区生产总值66.2亿元，增长7.5%。",
     [("gdp", "growth", "target", "7", "FY"), ("gdp", "level", "actual", "66.2", "H1"),
      ("gdp", "growth", "actual", "7.5", "H1")]),
    ("上半年地区生产总值增长5.5%。按此测算，下半年地区生产总值必须增长8.5%以上，才能完成全年目标。",
     [("gdp", "growth", "actual", "5.5", "H1")]),
    ("下半年，一般公共预算收入须增长9%以上。", []),
    ("下半年，要确保地区生产总值增长7%以上。", [("gdp", "growth", "target", "7", "FY")]),
    ("下半年，着力扩大国内需求，努力实现全年主要预期目标，即地区生产总值增长8%左右。",
     [("gdp", "growth", "target", "8", "FY")]),
    ("一般公共预算收入：年度目标为一般公共预算收入215亿元，上半年完成121.3亿元，完成全年的56.4%，同比增长15.8%。",
     [("general_budget_revenue", "level", "target", "215", "FY"), ("general_budget_revenue", "level", "actual", "121.3", "H1"),
      ("general_budget_revenue", "growth", "actual", "15.8", "H1")]),
    ("对照年初县人代会确定的地区生产总值增长7.5%、固定资产投资增长15%的目标，上半年完成情况较好。",
     [("gdp", "growth", "target", "7.5", "FY"), ("fixed_asset_investment", "growth", "target", "15", "FY")]),
    ("县第五届人大二次会议确定的全年地区生产总值增长16%的目标。", [("gdp", "growth", "target", "16", "FY")]),
    ("全县研发投入强度3.2%（2023年数据）。", [("rd_intensity", "level", "actual", "3.2", "FY")]),
    ("居民消费价格累计上涨2.1%。", [("cpi", "growth", "actual", "2.1", "H1")]),
    ("城镇调查失业率5月为5.5%。", [("surveyed_unemployment_rate", "level", "actual", "5.5", "M5")]),
    ("县人大二次会议确定了今年全县地区生产总值增长8%以上，规模以上工业增加值增长9%，居民消费价格涨幅控制在3%左右的主要预期目标。",
     [("gdp", "growth", "target", "8", "FY"), ("industrial_value_added", "growth", "target", "9", "FY"),
      ("cpi", "growth", "target", "3", "FY")]),
    ("县人大二次会议确定了全年目标。上半年全县地区生产总值增长8%，规模以上工业增加值增长9%，距离全年增长10%的目标还有差距。",
     [("gdp", "growth", "actual", "8", "H1"), ("industrial_value_added", "growth", "actual", "9", "H1"),
      ("industrial_value_added", "growth", "target", "10", "FY")]),
    ("按照全年目标测算,下半年财政总收入须完成9.34亿元;进出口总额须完成1.44亿美元,实际利用外资须完成5980万美元。", []),
    ("对照年初目标,生产总值增长14%;全社会固定资产投资118亿元、地方财政一般预算收入6.5亿元两项总量指标完成进度略低于时序要求。",
     [("gdp", "growth", "target", "14", "FY"), ("fixed_asset_investment", "level", "target", "118", "FY"),
      ("general_budget_revenue", "level", "target", "6.5", "FY")]),
    ("一、上半年工作情况\n上半年,全县地区生产总值增长6%。\n二、下半年工作打算\n(四)稳定和扩大就业:下半年城镇新增就业须完成八百一十四人,"
     "确保全年城镇新增就业二千人,城镇登记失业率控制在4.5%以内。",
     [("gdp", "growth", "actual", "6", "H1"), ("new_urban_jobs", "level", "target", "2000", "FY"),
      ("unemployment_rate", "level", "target", "4.5", "FY")]),
    ("上半年,全县地区生产总值增长5.9%,高于全市0.5个百分点;二季度环比增长1.6%,一季度同比增长为5.5%。",
     [("gdp", "growth", "actual", "5.9", "H1"), ("gdp", "growth", "actual", "5.5", "Q1")]),
    ("全县规模以上工业增加值增长3.2%。受物流阻断影响,4月、5月当月分别下降2.1%和3.8%。",
     [("industrial_value_added", "growth", "actual", "3.2", "H1"),
      ("industrial_value_added", "growth", "actual", "-2.1", "M4"),
      ("industrial_value_added", "growth", "actual", "-3.8", "M5")]),
    ("全县规模以上工业增加值同比增长4.6%,增速比一季度提高3.1个百分点;6月份当月增长百分之十二点三。",
     [("industrial_value_added", "growth", "actual", "4.6", "H1"),
      ("industrial_value_added", "growth", "actual", "12.3", "M6")]),
    ("全县居民人均可支配收入13613元,同比增长4.6%。其中,城镇居民20015元,增长3.5%;农村居民8224元,增长6.3%。",
     [("disposable_income", "level", "actual", "13613", "H1"), ("disposable_income", "growth", "actual", "4.6", "H1"),
      ("urban_disposable_income", "level", "actual", "20015", "H1"),
      ("urban_disposable_income", "growth", "actual", "3.5", "H1"),
      ("rural_disposable_income", "level", "actual", "8224", "H1"),
      ("rural_disposable_income", "growth", "actual", "6.3", "H1")]),
    ("全县地区生产总值增长12.6%。分季度看,一季度增长11.3%,二季度增长13.8%。上年同期为增长13.1%。",
     [("gdp", "growth", "actual", "12.6", "H1"), ("gdp", "growth", "actual", "11.3", "Q1"),
      ("gdp", "growth", "actual", "13.8", "Q2"), ("gdp", "growth", "actual", "13.1", "H1")]),
    ("全县规模以上工业增加值增长19.1%。月度增速逐月走高,4月、5月分别增长20.7%和22.3%。",
     [("industrial_value_added", "growth", "actual", "19.1", "H1"),
      ("industrial_value_added", "growth", "actual", "20.7", "M4"),
      ("industrial_value_added", "growth", "actual", "22.3", "M5")]),
    ("全县规模以上工业增加值同比增长8.4%,高于全市0.2个百分点。1—5月增长8.1%;6月份当月增长9.2%。",
     [("industrial_value_added", "growth", "actual", "8.4", "H1"),
      ("industrial_value_added", "growth", "actual", "8.1", "M1-M5"),
      ("industrial_value_added", "growth", "actual", "9.2", "M6")]),
    ("全县规模以上工业增加值增长15.8%,其中4月增长22.3%。",
     [("industrial_value_added", "growth", "actual", "15.8", "H1"),
      ("industrial_value_added", "growth", "actual", "22.3", "M4")]),
], ids=["a restated list of the year's targets", "the year's target, then the half", "what the second half needs",
        "what it must grow", "a goal for the second half", "demand (需求) is no need", "the year's target in the indicator's line", "the congress's targets",
        "a congress by its number", "a figure dated after it", "prices to date", "a month's rate",
        "a list of goals the congress set, joined by commas", "the half's outcomes against a goal",
        "what the second half needs, past a semicolon", "goals counted with their progress judged (两项总量指标完成进度)",
        "the second half's need, then the year's goals (确保全年…)",
        "a quarter's change on the one before, then on last year's, past a semicolon (;二季度环比…,一季度同比增长为…)",
        "months listed after a cause, in the sentence after the name's",
        "a month's change in numerals past a semicolon",
        "urban and rural residents bare in the sentence after the whole's",
        "last year's same period in a sentence of its own", "months viewed as they rose (逐月走高)",
        "the months so far in a sentence of their own, a month past the semicolon",
        "a month bare before its change (4月增长…)"])
def test_a_half_year_report_tells_the_years_targets_from_the_halfs_outcomes(passage, expected):
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["period"])
            for r in extract_text(HALF_YEAR + passage)] == expected


@pytest.mark.parametrize("passage, expected", [
    ("全年国内生产总值增长2.3%，全省地区生产总值增长3.8%。", [("gdp", "growth", "actual", "3.8", "", 2025)]),
    ("全国一般公共预算收入下降3.9%，全省一般公共预算收入增长2.1%。",
     [("general_budget_revenue", "growth", "actual", "2.1", "", 2025)]),
    ("全省城镇调查失业率5.1%，全国城镇调查失业率5.2%。", [("surveyed_unemployment_rate", "level", "actual", "5.1", "", 2025)]),
    ("全国居民人均可支配收入32189元。", []),
    ("国内生产总值增长5%。", [("gdp", "growth", "actual", "5", "", 2025)]),
], ids=["国内 before the region's own", "全国 name", "全国 name after the region's", "全国 alone", "国内 alone: older reports"])
def test_the_nations_figures_beside_a_provinces_are_not_the_provinces(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_a_from_to_pair_may_bound_its_ends():
    text = ("2021年国务院政府工作报告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n一、2020年和“十三五”时期工作回顾\n"
            "“十三五”时期，国内生产总值从不到70万亿元增加到超过100万亿元。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("gdp", 2015, "700000", "at_most"), ("gdp", 2020, "1000000", "at_least")]


def test_a_five_year_reviews_rounded_end_point_gives_way_to_the_years_precise_level():
    assert facts(REVIEW + "“十四五”时期，全省地区生产总值从2020年的3.7万亿元增加到2025年的5.67万亿元。"
                 "2025年，全省地区生产总值56749.8亿元，增长2.9%。") == [
        ("gdp", "level", "actual", "37000", "", 2020), ("gdp", "level", "actual", "56749.8", "", 2025),
        ("gdp", "growth", "actual", "2.9", "", 2025)]


def test_an_estimate_governs_its_sentence_past_the_semicolons():
    assert [(r["indicator"], r["qualifier"]) for r in extract_text(
        REVIEW + "预计全年实现地区生产总值62.5亿元；财政总收入6.85亿元。城镇居民人均可支配收入16000元。")] == [
        ("gdp", "estimate"), ("fiscal_revenue", "estimate"), ("urban_disposable_income", "")]


def test_a_price_change_to_date_is_one_years_but_a_cumulative_fall_in_energy_intensity_is_not():
    assert facts(REVIEW + "居民消费价格累计上涨0.2%。全省能耗强度累计下降17.3%。") == [("cpi", "growth", "actual", "0.2", "", 2025)]
    assert facts(REVIEW + "全年累计完成全社会固定资产投资1020.5亿元。") == [
        ("fixed_asset_investment", "level", "actual", "1020.5", "", 2025)]


@pytest.mark.parametrize("passage, expected", [
    ("城镇新增就业1244万人，年均城镇调查失业率5.2%。",
     [("new_urban_jobs", "level", "actual", "12440000", "", 2025), ("surveyed_unemployment_rate", "level", "actual", "5.2", "", 2025)]),
    ("居民消费价格涨幅回落到2.6%。", [("cpi", "growth", "actual", "2.6", "", 2025)]),
    ("城镇登记失业率低于4.6%，经济增长高于全国平均水平，增速低于全国0.3个百分点。",
     [("unemployment_rate", "level", "actual", "4.6", "at_most", 2025)]),
    ("本地生产总值1653.7亿元。", [("gdp", "level", "actual", "1653.7", "", 2025)]),
], ids=["the year's mean rate", "a rate fell to", "below a number, not below the nation", "本地"])
def test_wordings_of_national_and_district_reports(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_a_from_to_pair_after_an_average_in_its_own_clause():
    assert facts(REVIEW + "“十四五”时期，全省地区生产总值年均增长6.5%，由4.29万亿元增加到6.46万亿元。") == [
        ("gdp", "level", "actual", "42900", "", 2020), ("gdp", "level", "actual", "64600", "", 2025)]


@pytest.mark.parametrize("passage, expected", [
    ("从全国看，规模以上工业增加值增长6%，固定资产投资增长3.9%。", []),
    ("全国经济运行总体平稳，国内生产总值增长5%，居民消费价格上涨0.1%。", []),
    ("全国经济运行总体平稳，全省地区生产总值增长5.5%。", [("gdp", "growth", "actual", "5.5", "", 2025)]),
    ("规模以上工业增加值增幅与全国保持同步，固定资产投资增长3.9%。",
     [("fixed_asset_investment", "growth", "actual", "3.9", "", 2025)]),
    ("全省、全国地区生产总值分别增长7.2%和7.4%。", []),
], ids=["从全国看", "the nation's economy", "then the province's", "a comparison is no topic",
        "the province and the nation in one list"])
def test_a_sentence_that_opens_on_the_nation_speaks_of_it_until_it_names_the_region(passage, expected):
    assert facts(REVIEW + passage) == expected


def test_the_year_before_given_as_a_base_is_that_years():
    assert facts(REVIEW + "全社会固定资产投资5038.9亿元，增长40.8%，上年为3579.1亿元。") == [
        ("fixed_asset_investment", "level", "actual", "5038.9", "", 2025),
        ("fixed_asset_investment", "growth", "actual", "40.8", "", 2025),
        ("fixed_asset_investment", "level", "actual", "3579.1", "", 2024)]
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(
        HALF_YEAR + "上半年，全县地区生产总值完成28.36亿元，去年同期为25.1亿元。")] == [(2024, "H1", "28.36"), (2023, "H1", "25.1")]


def test_a_period_that_opens_a_line_goes_on_past_its_semicolons():
    text = (HALF_YEAR + "1-5月，全县规模以上工业增加值同比增长3.6%；一般公共预算收入17.5亿元，同比下降2.1%。\n"
            "全县地区生产总值增长5%；其中二季度增长6%；固定资产投资增长4%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("industrial_value_added", "M1-M5"), ("general_budget_revenue", "M1-M5"), ("general_budget_revenue", "M1-M5"),
        ("gdp", "H1"), ("gdp", "Q2"), ("fixed_asset_investment", "H1")]  # (其中二季度…: the name before's quarter)


@pytest.mark.parametrize("passage, expected", [
    ("规模以上工业增加值增长8%，6月份增长10.1%。居民消费价格上涨2%，其中6月份上涨2.5%。",
     [("industrial_value_added", "growth", "8", "H1"), ("industrial_value_added", "growth", "10.1", "M6"),
      ("cpi", "growth", "2", "H1"), ("cpi", "growth", "2.5", "M6")]),
    ("地区生产总值增长6%，其中二季度增长6.5%。", [("gdp", "growth", "6", "H1"), ("gdp", "growth", "6.5", "Q2")]),
    ("外贸出口100亿元，比增9.8%。", [("exports", "level", "100", "H1"), ("exports", "growth", "9.8", "H1")]),
    ("一季度地区生产总值增长6.1%，预计上半年增长7%左右。",
     [("gdp", "growth", "6.1", "Q1"), ("gdp", "growth", "7", "H1")]),
    ("固定资产投资增长8%，增速比一季度提高3.6个百分点，其中二季度增长3.4%。",
     [("fixed_asset_investment", "growth", "8", "H1"), ("fixed_asset_investment", "growth", "3.4", "Q2")]),
    ("6月份,居民消费价格同比上涨1.2%,1-5月累计上涨1.0%。",
     [("cpi", "growth", "1.2", "M6"), ("cpi", "growth", "1", "M1-M5")]),
], ids=["a month after the half", "a quarter after 其中", "比增", "an estimate of the half after a quarter",
        "a quarter after a comparison with another", "the months so far after a month"])
def test_a_later_clause_may_give_the_same_indicators_month_quarter_or_shorthand_change(passage, expected):
    assert [(r["indicator"], r["measure"], format_decimal(r["value"]), r["period"])
            for r in extract_text(HALF_YEAR + passage)] == expected


def test_a_numbered_items_name_closed_by_a_stop_heads_its_figures():
    text = ("关于江南市2015年国民经济和社会发展计划执行情况与2016年计划草案的报告\n——2016年1月12日在江南市第十四届人民代表大会第五次会议上\n"
            "一、2015年国民经济和社会发展计划执行情况\n1.地区生产总值。年初计划增长7%，预计实现1560亿元，增长7.2%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("target", 2015, "7", ""), ("actual", 2015, "1560", "estimate"), ("actual", 2015, "7.2", "estimate")]


def test_a_plan_execution_item_that_marks_its_target_after_it_or_plans_what_to_complete():
    text = ("关于江南市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
            "1.地区生产总值增长5.5%左右(年度目标,下同),实际完成16452.8亿元,增长6.1%。\n"
            "2.全社会固定资产投资年初计划完成14000亿元,预计完成14500亿元。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("target", "5.5", "approx"), ("actual", "16452.8", ""), ("actual", "6.1", ""),
        ("target", "14000", ""), ("actual", "14500", "estimate")]


def test_lines_of_labelled_items_are_items_of_their_own():
    text = ("关于江南市2015年国民经济和社会发展计划执行情况与2016年计划草案的报告\n一、2015年计划执行情况\n"
            "主要指标执行情况如下:\n全社会固定资产投资:计划 7000亿元,预计 7007亿元\n"
            "一般公共预算收入:计划 1140亿元,预计 1154.4亿元\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", "target", "7000"), ("fixed_asset_investment", "actual", "7007"),
        ("general_budget_revenue", "target", "1140"), ("general_budget_revenue", "actual", "1154.4")]


def test_a_plan_named_before_the_indicator_by_the_congress_or_年初计划():
    text = ("关于2018年内蒙古自治区国民经济和社会发展计划执行情况与2019年计划草案的报告\n一、2018年计划执行情况\n"
            "自治区十三届人大一次会议确定的地区生产总值增长6.5%左右的目标没有完成,预计全年增长5.3%左右。"
            "年初计划全区财政总收入增长14%,预计完成3322亿元。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", "6.5"), ("gdp", "actual", "5.3"), ("fiscal_revenue", "target", "14"),
        ("fiscal_revenue", "actual", "3322")]


def test_a_plan_execution_item_that_opens_on_the_plan():
    text = ("关于江南市2014年国民经济和社会发展计划执行情况与2015年计划草案的报告\n——2015年1月12日在江南市第十四届人民代表大会第三次会议上\n"
            "一、2014年国民经济和社会发展计划执行情况\n——生产总值：年初计划增长11%，实际完成312.6亿元，增长10.2%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", 2014, "11"), ("actual", 2014, "312.6"), ("actual", 2014, "10.2")]


def test_a_period_in_a_circumstance_is_not_the_figures():
    assert [(r["indicator"], r["period"]) for r in extract_text(REVIEW + (
        "克服上半年持续干旱影响，全省粮食产量达到210万吨。在上半年受疫情冲击的情况下，全省一般公共预算收入增长2.1%。"
        "上半年，全省地区生产总值增长3%，全年增长5%。"))] == [
        ("grain_output", "FY"), ("general_budget_revenue", "FY"), ("gdp", "H1"), ("gdp", "FY")]


@pytest.mark.parametrize("head, period, kind", [
    ("新疆维吾尔自治区2017年政府工作报告\n——2017年1月12日在新疆维吾尔自治区第十二届人民代表大会第五次会议上\n"
     "一、2016年工作回顾\n2016年上半年，全区经济增速一度回落至6.6%，下半年企稳回升。\n二、2017年目标\n", "FY", "target"),
    ("关于2019年国民经济和社会发展计划执行情况的报告\n——2019年7月24日在宁夏回族自治区第十二届人民代表大会常务委员会第十三次会议上\n"
     "今年以来，全区经济运行总体平稳。1-6月，", "H1", "actual"),
], ids=["an annual report that reviews a half in its body", "a mid-year plan execution opening on 今年以来"])
def test_what_part_of_the_year_a_report_covers_comes_from_its_title_lines_and_opening(head, period, kind):
    assert [(r["period"], r["kind"]) for r in extract_text(head + "全区地区生产总值增长6.5%。\n")
            if format_decimal(r["value"]) == "6.5"] == [(period, kind)]  # (the half reviewed is a row of its own)


def test_a_base_named_mid_sentence_dates_its_own_clause_only():
    assert facts(REVIEW + "财政总收入208.3亿元，2024年为196.5亿元，增长6.0%，一般公共预算收入118.6亿元，增长7.5%。") == [
        ("fiscal_revenue", "level", "actual", "208.3", "", 2025), ("fiscal_revenue", "level", "actual", "196.5", "", 2024),
        ("fiscal_revenue", "growth", "actual", "6", "", 2025), ("general_budget_revenue", "level", "actual", "118.6", "", 2025),
        ("general_budget_revenue", "growth", "actual", "7.5", "", 2025)]
    assert facts(PLAN + "地区生产总值增长7%左右，2025年为6.1%，一般公共预算收入增长6%。") == [
        ("gdp", "growth", "target", "7", "approx", 2026), ("gdp", "growth", "actual", "6.1", "", 2025),
        ("general_budget_revenue", "growth", "target", "6", "", 2026)]  # (the year before's rate, as written)


def test_a_list_of_changes_in_amounts_is_no_list_of_levels():
    assert facts(REVIEW + "城镇和农村居民人均可支配收入分别为51236元和28463元，分别增长8.3%和8.5%，较上年分别增加3925元和2231元。") == [
        ("urban_disposable_income", "level", "actual", "51236", "", 2025), ("rural_disposable_income", "level", "actual", "28463", "", 2025),
        ("urban_disposable_income", "growth", "actual", "8.3", "", 2025), ("rural_disposable_income", "growth", "actual", "8.5", "", 2025)]


def test_a_plan_in_straight_quotes_is_a_span_and_a_one_year_paragraph_leaves_none_open():
    assert facts(REVIEW + '"十四五"期间，全省单位生产总值能耗下降19.6%。\'十四五\'期间，研发投入强度提高0.9个百分点。') == []
    text = ("2011年江南市政府工作报告\n一、“十一五”及2010年工作回顾\n"
            "2010年，全市生产总值达到1547.3亿元，增长15.1%；“十一五”时期年均增长14.8%。\n"
            "社会消费品零售总额557.4亿元，增长19.2%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2010, "1547.3"), ("gdp", 2010, "15.1"), ("retail_sales", 2010, "557.4"), ("retail_sales", 2010, "19.2")]


@pytest.mark.parametrize("passage, expected", [
    ("城镇居民人均可支配收入增长15.5%，农民人均纯收入增长15.2%，扣除价格因素分别实际增长10%和9.2%。",
     [("urban_disposable_income", "15.5"), ("rural_disposable_income", "15.2")]),
    ("城镇、农村居民人均可支配收入分别增长7.6%和10.4%，扣除价格因素分别实际增长5.2%和8%。",
     [("urban_disposable_income", "7.6"), ("rural_disposable_income", "10.4")]),
    ("城镇居民人均可支配收入7703元，农民人均纯收入2476元，实际增长13.4%和4.8%。",
     [("urban_disposable_income", "7703"), ("rural_disposable_income", "2476"),
      ("urban_disposable_income", "13.4"), ("rural_disposable_income", "4.8")]),
    ("全省地区生产总值增长9%左右,城镇居民人均可支配收入和农村居民人均纯收入实际增长分别为6%和7%。",
     [("gdp", "9"), ("urban_disposable_income", "6"), ("rural_disposable_income", "7")]),
], ids=["after each name's own", "after a list", "the only change", "the only change, after another name's"])
def test_a_list_of_real_changes_does_not_replace_the_names_own(passage, expected):
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(REVIEW + passage)] == expected


def test_a_tier_is_no_level_and_each_goal_takes_its_nearest_year():
    assert facts(REVIEW + "全省地区生产总值跨入5000亿元级，达到5435.2亿元。全省地区生产总值迈入2000亿元“俱乐部”。") == [
        ("gdp", "level", "actual", "5435.2", "", 2025)]
    assert facts(PLAN + "到2027年全省地区生产总值突破7000亿元，到2035年地区生产总值突破1万亿元。") == [
        ("gdp", "level", "target", "7000", "at_least", 2027), ("gdp", "level", "target", "10000", "at_least", 2035)]


def test_a_tables_header_row_is_no_heading():
    text = ("成都市2019年政府工作报告\n一、2018年工作回顾\n全市地区生产总值增长8%。\n二、2019年主要目标\n"
            "指标名称\t2018年完成\t2019年预期目标\n地区生产总值增长(%)\t8\t7.5左右\n"
            "城乡居民人均可支配收入分别增长8.5%和9%左右。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2018, "8"), ("gdp", "target", 2019, "7.5"), ("urban_disposable_income", "target", 2019, "8.5"),
        ("rural_disposable_income", "target", 2019, "9")]


def test_a_heading_that_reviews_one_plan_and_sets_the_next_dates_its_goals_by_the_next():
    text = ("2016年国务院政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n"
            "二、“十二五”时期发展成就和“十三五”时期主要目标任务\n研究与试验发展经费投入强度达到2.5%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [("target", 2020, "2.5")]
    review = text.replace("研究与试验发展经费投入强度达到2.5%。", "“十二五”规划目标任务胜利完成。研究与试验发展经费投入强度达到2.1%。\n"
                          "“十三五”时期经济社会发展主要目标是:\n研究与试验发展经费投入强度达到2.5%。")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(review)] == [
        ("actual", 2015, "2.1"), ("target", 2020, "2.5")]  # (its body opens on the earlier plan's review)


def test_a_paragraph_on_this_year_so_far_in_a_spring_report():
    text = ("2020年国务院政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n一、2019年和今年以来工作回顾\n"
            "2019年国内生产总值增长6.1%。\n今年以来，疫情突如其来。一季度经济出现负增长，国内生产总值下降6.8%。\n")
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2019, "FY", "6.1"), (2020, "Q1", "-6.8")]


def test_a_year_that_opens_a_line_goes_on_past_its_semicolons():
    text = ("2011年国务院政府工作报告\n——2011年3月5日在第十一届全国人民代表大会第四次会议上\n"
            "一、“十一五”时期经济社会发展的主要成就\n2010年国内生产总值增长10.3%；居民消费价格上涨3.3%；城镇新增就业1168万人。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [
        ("gdp", 2010), ("cpi", 2010), ("new_urban_jobs", 2010)]


def test_a_years_level_inside_a_paragraph_dates_only_its_own_sentence():
    assert facts(REVIEW + "全省财政总收入增长5%。2024年全省财政总收入为125.3亿元。全省规模以上工业总产值增长3.1%。") == [
        ("fiscal_revenue", "growth", "actual", "5", "", 2025), ("fiscal_revenue", "level", "actual", "125.3", "", 2024),
        ("industrial_output", "growth", "actual", "3.1", "", 2025)]


@pytest.mark.parametrize("passage, expected", [
    ("全县社会消费品零售总额多增32亿元。", []),
    ("剔除烟草因素后，规模以上工业增加值增长4.6%。", []),
    ("规上工业总产值1450亿元，\n同比增长9.8%。", [("industrial_output", "level", "actual", "1450", "H1"),
                                          ("industrial_output", "growth", "actual", "9.8", "H1")]),
], ids=["an increment", "an adjusted scope", "a line that ends on a comma"])
def test_what_a_half_years_clause_does_not_measure(passage, expected):
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["period"])
            for r in extract_text(HALF_YEAR + passage)] == expected


COUNTY_REVIEW = ("江北县人民政府工作报告\n——2015年1月20日在江北县第十六届人民代表大会第五次会议上\n"
                 "一、2014年工作回顾\n全县地区生产总值128.6亿元,增长9.2%。\n")


@pytest.mark.parametrize("sentence", [
    "前海片区新注册企业1.5万家,实际利用外资18.6亿美元。",
    "月华镇新建苎麻基地3万亩,农民人均纯收入达到11260元。",
    "城区商贸繁荣,新增限额以上企业15家,社会消费品零售总额达到52.6亿元,增长14.2%。",
    "县城新区开发全面铺开,新建道路8条,完成固定资产投资26.5亿元。",
    "华强北商圈改造完成,社会消费品零售总额恢复增长12%。",
    "东部地区生产总值增长5.4%,固定资产投资增长4.1%,社会消费品零售总额增长3.8%。",
    "石门镇全年完成地区生产总值12.6亿元,增长6.1%,一般公共预算收入0.8亿元。",
    "江北经济开发区实现技工贸总收入560亿元、规模工业增加值120.5亿元。",
    "　　双凤开发区（双凤工业园）实现工业总产值28.3亿元，增长65%，完成固\n定资产投资12.6亿元。",
], ids=["a zone", "a town", "the town proper", "the county seat", "a shopping quarter", "a belt of the nation",
        "a named town", "after another figure of the place", "a place with its other name"])
def test_a_sentence_that_opens_on_a_place_speaks_of_it_in_every_clause(sentence):
    assert [f for f in facts(COUNTY_REVIEW + sentence) if f[3] not in ("128.6", "9.2")] == []


@pytest.mark.parametrize("paragraph", [
    "产业集聚区发展势头强劲。全年新入驻项目26个,完成固定资产投资86.2亿元,增长31.5%。",
    "县城建设提速。全年完成固定资产投资32.6亿元。",
])
def test_a_paragraph_that_opens_on_a_zone_as_its_topic_speaks_of_it(paragraph):
    assert [f for f in facts(COUNTY_REVIEW + paragraph) if f[3] not in ("128.6", "9.2")] == []


CITY_REVIEW = ("江州市人民政府工作报告\n——2026年1月20日在江州市第十七届人民代表大会第五次会议上\n"
               "一、2025年工作回顾\n全市地区生产总值3128.6亿元,增长5.2%。\n")


@pytest.mark.parametrize("paragraph", [
    "神木市坚持高端化、多元化发展。全年完成生产总值2186亿元,增长6.3%;一般公共预算收入186.5亿元。",
    "江宁开发区在国家级经开区综合发展水平考核评价中位列第六。全年实现规模以上工业总产值1650亿元,增长16.2%。",
    "东台市全年完成地区生产总值1286亿元,增长6.1%,一般公共预算收入66.8亿元。",
    "区域发展更趋协调。江州经济区一体化发展步伐加快。2025年实现地区生产总值1421.6亿元,增长13.2%。",
    "区域发展更加协调。海州市坚持海洋强市战略。2025年生产总值达到1103亿元,成为全省首个过千亿元的城市。",
    "山区8县跨越式高质量发展成效明显。2025年实现生产总值620亿元,增长6.8%。",
    "大孤山半岛新批项目18个,合同外资3.2亿美元。",
    "成功举办第三届中韩经贸合作洽谈会,现场签约项目22个,合同外资2.1亿美元。",
    "城东、城西两个工业园区完成投资86亿元,实现工业总产值216亿元。",
    "江州航空港经济综合实验区建设取得重大进展,进出口总额完成358亿美元,占全市的近六成。",
], ids=["a county doing something", "a zone ranked", "a county's sentence", "an economic zone's sentence before",
        "a city's sentence before", "a group of counties", "a peninsula", "a fair held", "two parks",
        "a figure with its share of the whole after it"])
def test_a_paragraph_or_sentence_that_opens_on_a_named_part_speaks_of_it(paragraph):
    assert [f for f in facts(CITY_REVIEW + paragraph) if f[3] not in ("3128.6", "5.2")] == []


def test_a_share_of_another_indicator_after_a_figure_keeps_it_the_wholes():
    assert ("service_value_added", "level", "actual", "1200", "", 2025) in facts(
        CITY_REVIEW + "全市服务业增加值1200亿元,占全市生产总值的比重达到45%。")


def test_a_named_place_opening_a_paragraph_is_the_whole_when_it_is_the_reports_own_or_its_own_is_unknown():
    paragraph = "江州市坚持稳中求进。全年完成一般公共预算收入186.5亿元。"
    assert ("general_budget_revenue", "level", "actual", "186.5", "", 2025) in facts(CITY_REVIEW + paragraph)
    unknown = CITY_REVIEW.replace("江州市人民政府", "人民政府").replace("在江州市", "在")
    assert "186.5" in [f[3] for f in facts(unknown + paragraph.replace("江州市", "海州市"))]


def test_a_sentence_opening_on_其中_is_a_part_of_the_subject_of_the_sentence_before():
    text = ("关于2023年中央和地方预算执行情况与2024年中央和地方预算草案的报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
            "一、2023年中央和地方预算执行情况\n全国一般公共预算收入216784.37亿元,增长6.4%。其中,税收收入181129.36亿元,增长8.7%。"
            "地方一般公共预算本级收入117218.79亿元,增长7.8%。其中,税收收入95983.56亿元,增长8.4%。\n"
            "2.地方一般公共预算收支情况:地方一般公共预算本级收入122439亿元,增长4.5%。其中,税收收入79245亿元,下降4.7%。\n")
    assert [f[3] for f in facts(text) if f[0] == "tax_revenue"] == ["181129.36", "8.7"]


@pytest.mark.parametrize("sentence, value", [
    ("加快建设高新区,全县固定资产投资增长12%。", "12"),  # what is done to a place: no subject
    ("科技城建设加快推进,全社会研发经费投入强度达到2.6%。", "2.6"),  # the whole named again
    ("工业园区实现主营业务收入310亿元。全年粮食总产量达到32.5万吨。", "32.5"),  # a part's sentence, then the whole's
])
def test_the_whole_region_after_a_place(sentence, value):
    assert value in [f[3] for f in facts(COUNTY_REVIEW + sentence)]


def test_a_plans_year_as_an_aside_among_this_years_goals_stays_in_its_clause():
    assert facts(PLAN + "今年主要预期目标是:地区生产总值增长5%左右,到2030年达到1.5万亿元;一般公共预算收入增长3%;"
                        "城镇新增就业12万人。") == [
        ("gdp", "growth", "target", "5", "approx", 2026), ("gdp", "level", "target", "15000", "", 2030),
        ("general_budget_revenue", "growth", "target", "3", "", 2026),
        ("new_urban_jobs", "level", "target", "120000", "", 2026)]


def test_a_plans_year_after_its_average_goes_on_to_the_plans_other_goals():
    assert facts(PLAN + "“十五五”时期主要目标是:地区生产总值年均增长5.5%左右,到2030年突破2800亿元;"
                        "一般公共预算收入达到220亿元。") == [
        ("gdp", "level", "target", "2800", "at_least", 2030), ("general_budget_revenue", "level", "target", "220", "", 2030)]


@pytest.mark.parametrize("subheading", ["（一）主要预期目标较好完成", "（一）经济发展主要目标全面实现"])
def test_a_review_subheading_saying_the_targets_were_met_opens_no_targets(subheading):
    text = (HEAD.replace("2026年1月27日", "2019年1月27日") + "一、2018年工作回顾\n" + subheading + "\n"
            "全省地区生产总值增长9.1%,城镇新增就业75.8万人。\n")
    assert facts(text) == [("gdp", "growth", "actual", "9.1", "", 2018), ("new_urban_jobs", "level", "actual", "758000", "", 2018)]


def test_the_year_befores_level_a_goal_starts_from_is_an_outcome():
    assert facts(PLAN + "主要预期目标是:城镇居民人均可支配收入由上年的51320元提高到54500元左右;"
                        "今年城镇新增就业目标由去年的9万人提高到10万人。") == [
        ("urban_disposable_income", "level", "actual", "51320", "", 2025),
        ("urban_disposable_income", "level", "target", "54500", "approx", 2026),
        ("new_urban_jobs", "level", "target", "90000", "", 2025), ("new_urban_jobs", "level", "target", "100000", "", 2026)]


def test_the_start_of_a_pair_at_a_years_end_at_a_plans_opening_or_among_a_plans_goals():
    review = REVIEW.replace("2025年和“十四五”时期", "“十四五”时期")
    assert ("urban_disposable_income", "level", "actual", "24203", "", 2020) in facts(
        review + "城镇居民人均可支配收入从2020年底的24203元增长到2025年的31115元。")
    assert all(f[3] != "49000" for f in facts(review + "地区生产总值从“十四五”初的4.9万亿元增加到2025年的8.59万亿元。"))
    assert facts(HEAD + "二、“十五五”时期主要目标\n到2030年,地区生产总值由4.86万亿元增加到6.5万亿元左右。") == [
        ("gdp", "level", "actual", "48600", "", 2025), ("gdp", "level", "target", "65000", "approx", 2030)]


def test_a_change_after_a_span_from_an_earlier_year_is_over_the_span():
    review = REVIEW.replace("2025年和“十四五”时期", "2025年")
    assert facts(review + "单位生产总值能耗由2020年的0.63吨标准煤下降到0.51吨标准煤,下降19.6%。") == []
    assert ("gdp", "growth", "actual", "5.2", "", 2025) in facts(
        review + "全省生产总值由2020年的6774亿元增加到2025年的8132亿元,年均增长5.5%,2025年增长5.2%。")


def test_a_plans_end_compared_against_is_no_year_of_the_figure():
    head = HEAD.replace("2026年1月27日", "2011年1月27日").replace("2026年", "2011年")
    assert facts(head + "一、2010年工作回顾\n与“十五”末相比,地区生产总值达到710亿元。") == [
        ("gdp", "level", "actual", "710", "", 2010)]


def test_a_report_with_no_date_takes_its_year_from_its_plans_heading():
    text = ("政府工作报告\n——在海南省第七届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "2022年,全省地区生产总值增长0.2%。\n二、2023年主要预期目标\n地区生产总值增长9.5%左右。\n")
    assert facts(text) == [("gdp", "growth", "actual", "0.2", "", 2022), ("gdp", "growth", "target", "9.5", "approx", 2023)]


def test_in_a_review_of_five_years_the_paragraphs_after_a_dated_one_are_its_year():
    text = (HEAD + "一、过去五年工作回顾\n过去五年,全省生产总值年均增长6.5%。\n"
            "2025年,全省生产总值12556亿元,增长5.8%。\n固定资产投资6300亿元,增长10.5%。居民消费价格上涨1.2%。\n"
            "五年来,城镇新增就业累计350万人,进出口总额由3252亿元增加到6208亿元,年均增长13.8%。\n")
    assert facts(text) == [
        ("gdp", "level", "actual", "12556", "", 2025), ("gdp", "growth", "actual", "5.8", "", 2025),
        ("fixed_asset_investment", "level", "actual", "6300", "", 2025),
        ("fixed_asset_investment", "growth", "actual", "10.5", "", 2025), ("cpi", "growth", "actual", "1.2", "", 2025),
        ("foreign_trade", "level", "actual", "3252", "", 2020), ("foreign_trade", "level", "actual", "6208", "", 2025)]


def test_a_period_after_qizhong_is_no_part():
    text = HALF_YEAR + "上半年,全县地区生产总值同比增长7.2%,其中一季度地区生产总值增长6.5%。"
    assert facts(text) == [("gdp", "growth", "actual", "7.2", "", 2024), ("gdp", "growth", "actual", "6.5", "", 2024)]


def test_a_goal_the_plan_asks_for():
    assert facts(PLAN + "要求今年单位地区生产总值能耗降低4%。") == [("energy_intensity", "growth", "target", "-4", "", 2026)]


def test_a_header_after_a_page_number_once_a_line_opening_on_a_comma_and_digits_wrapped_in_a_first_line():
    text = (COUNTY_REVIEW + "二、2015年主要目标\n生产总值增长12%,公共财政预算收入增长15%,规模以上工业增加\n\n— 1 —\n\n"
            "江北县十六届人大五次会议文件\n\n值增长16%。\n")
    assert ("industrial_value_added", "growth", "target", "16", "", 2015) in facts(text)
    assert ("gdp", "growth", "actual", "12.3", "", 2014) in facts(COUNTY_REVIEW + "全县完成生产总值536.8亿元\n,增长12.3%。\n")
    assert ("fixed_asset_investment", "level", "actual", "186", "", 2014) in facts(
        COUNTY_REVIEW + "\n全县完成固定资产投资1\n86亿元。\n")
    author = (HALF_YEAR + "上半年,全县经济运行总体平稳,主要指标好于预期,外贸进出口总额1162.4亿\n\n第 4 页 共 5 页\n\n江北县发展和改革委员会　2024年7月\n"
              "元,增长28.3%。\n")
    assert [f[3] for f in facts(author)] == ["1162.4", "28.3"]
    gazette = (COUNTY_REVIEW + "全县一般预算收入达到25.3亿元,比上\n\n— 1 —\n\n江北县人民政府公报                                2015年第2期\n"
               "年增长14.6%。\n")  # (a header whose parts stand far apart)
    assert normalize(gazette).text.endswith("全县一般预算收入达到25.3亿元,比上\n年增长14.6%。\n")
    dated = "江北区1-7月经济运行情况\n发布时间:2021-08-20\n1-7月,全区规上工业增加值增长15.2%。\n"
    assert [r["year"] for r in extract_text(dated)] == [2021]


@pytest.mark.parametrize("sentence", ["截至2025年底,全省新增城镇就业累计达到70万人。", "五年来,全省实际利用外资累计达到45亿美元。",
                                      "全省技术合同成交额累计达到300亿元。"])
def test_a_running_total_after_the_name_is_no_years(sentence):
    assert facts(REVIEW + sentence) == []


def test_a_running_total_of_the_months_so_far_is_the_periods():
    assert facts(HALF_YEAR + "截至6月底,全县新增城镇就业累计达到7000人。") == [("new_urban_jobs", "level", "actual", "7000", "", 2024)]


@pytest.mark.parametrize("sentence", ["临港产业带完成进出口总额56.2亿元,其中出口32.1亿元。",
                                      "沿江开发区域实现工业投资190亿元,增长18%;完成规上工业总产值2560亿元。",
                                      "中国(江北)自由贸易试验区临港、滨江片区新设企业1.2万户,外贸进出口增长24.3%。"])
def test_a_parts_other_clauses_and_its_qizhong_items_are_the_parts(sentence):
    assert [f for f in facts(COUNTY_REVIEW + sentence) if f[3] not in ("128.6", "9.2")] == []


def test_a_report_given_in_the_december_of_the_year_it_reviews_calls_that_year_this_year():
    text = ("萧山区人民政府工作报告\n二○一四年十二月\n一、2014年工作回顾\n今年以来,全区预计实现地区生产总值1760亿元,增长8.1%。\n"
            "二、2015年主要目标\n明年全区地区生产总值增长8%左右。\n")
    assert [(f[0], f[2], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "actual", "1760", 2014), ("gdp", "actual", "8.1", 2014), ("gdp", "target", "8", 2015)]


def test_a_news_digest_dated_by_the_year_it_calls_a_first_year_and_its_report_proposes():
    text = ("新华社北京3月5日电 2014年是全面深化改革的第一年。报告提出,今年国内生产总值增长7.5%左右。"
            "报告提出,单位国内生产总值能耗要下降3.9%以上。\n")
    assert [(f[0], f[2], f[5]) for f in facts(text)] == [("gdp", "target", 2014), ("energy_intensity", "target", 2014)]


@pytest.mark.parametrize("sentence, indicator, value", [
    ("规划期末研发投入强度达到2.8%。", "rd_intensity", "2.8"),
    ("全社会研究与开发经费支出占生产总值比重达到2.5%。", "rd_intensity", "2.5"),
    ("项目建成投产,带动全县全社会固定资产投资完成132.1亿元。", "fixed_asset_investment", "132.1"),
    ("计划完成投资320亿元,带动全旗固定资产投资完成360亿元。", "fixed_asset_investment", "360"),
])
def test_openings_of_the_whole(sentence, indicator, value):
    review = COUNTY_REVIEW.replace("江北县", "江北旗").replace("全县", "全旗") if "全旗" in sentence else COUNTY_REVIEW
    assert [(f[0], f[3]) for f in facts(review + sentence) if f[3] not in ("128.6", "9.2")] == [(indicator, value)]


def test_what_projects_drive_is_the_wholes_when_no_other_subject_stands_before_it():
    # (three reviewers' sets count 力争带动全社会固定资产投资突破460亿元 as the region's goal, none against)
    assert facts(PLAN + "今年安排重点项目投资1600亿元,力争带动全社会投资4000亿元以上。") == [
        ("fixed_asset_investment", "level", "target", "4000", "at_least", 2026)]


def test_a_pairs_start_dated_at_a_plans_end_dates_only_the_start():
    review = REVIEW.replace("2025年和“十四五”时期", "“十四五”时期")
    assert facts(review + "地区生产总值由“十三五”末的10801.2亿元增加到17716.7亿元。") == [
        ("gdp", "level", "actual", "10801.2", "", 2020), ("gdp", "level", "actual", "17716.7", "", 2025)]


@pytest.mark.parametrize("sentence", ["比2023年,全省地区生产总值增长12.3%。", "五年间,技术合同成交额增长2.4倍。",
                                      "“十四五”五年,技术合同成交额增长2.4倍。", "与“十三五”末相比,地区生产总值增长25%。"])
def test_a_change_over_years_opened_before_the_name(sentence):
    assert facts(REVIEW.replace("2025年和“十四五”时期", "2025年") + sentence) == []


@pytest.mark.parametrize("first_line", ["江北县2019年工作报告", "江北:今年经济增长预期目标为6%以上"])
def test_a_title_or_a_headline_opens_no_part(first_line):
    text = first_line + "\n——2019年1月10日在江北县第十七届人民代表大会第三次会议上\n2018年,全县一般公共预算收入45.2亿元,增长21.3%。\n"
    # (the headline's own figure is the report's goal, read as such)
    assert [(f[2], f[5]) for f in facts(text) if f[0] != "gdp"] == [("actual", 2018), ("actual", 2018)]


def test_a_news_digest_names_its_region_not_the_agencys_and_its_report_proposes_targets():
    text = ("新华社杭州1月13日电 浙江省省长13日在浙江省十四届人大二次会议上作政府工作报告。"
            "报告提出,今年浙江将力争固定资产投资增长3%,社会消费品零售总额增长5%左右。\n")
    assert [(r["region"], r["indicator"], r["kind"]) for r in extract_text(text)] == [
        ("浙江省", "fixed_asset_investment", "target"), ("浙江省", "retail_sales", "target")]


def test_a_digest_closing_on_the_year_it_plans():
    text = ("去年国内生产总值增长5.2%。今年经济增长预期目标为5%左右,城镇新增就业1200万人以上。"
            "2024年是实施“十四五”规划的关键一年。\n")
    assert [(f[0], f[2], f[5]) for f in facts(text)] == [
        ("gdp", "actual", 2023), ("gdp", "target", 2024), ("new_urban_jobs", "target", 2024)]


@pytest.mark.parametrize("region, sentence", [
    ("浦东新区", "浦东一般公共预算收入完成1060亿元。"), ("天津滨海新区", "滨海全年完成地区生产总值9270亿元。"),
    ("苏州工业园区", "园区实现地区生产总值2150亿元。"), ("北京经济技术开发区", "经开区实现地区生产总值2900亿元。"),
    ("南湖经济开发区", "经开区规上工业总产值728.6亿元。"),
])
def test_a_zones_report_names_itself_short(region, sentence):
    text = f"{region}2017年政府工作报告\n——2017年1月10日在{region}第一届人民代表大会第三次会议上\n一、2016年工作回顾\n{sentence}\n"
    assert len(facts(text)) == 1


def test_a_prefecture_named_diqu_calls_itself_quanqu():
    text = "毕节地区行政公署工作报告\n——2010年1月10日在毕节地区第二届人民代表大会第五次会议上\n一、2009年工作回顾\n全区实现生产总值460.5亿元,增长12.6%。\n"
    assert [f[3] for f in facts(text)] == ["460.5", "12.6"]


def test_the_gap_to_the_goal_is_no_row():
    assert facts(HALF_YEAR + "距离全年目标,全县生产总值还差78.2亿元。") == []


def test_a_reprint_calls_the_nation_china():
    text = "国务院政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n去年中国国内生产总值增长5.2%。\n"
    assert facts(text) == [("gdp", "growth", "actual", "5.2", "", 2023)]


@pytest.mark.parametrize("sentence", ["开发区作为全县工业主战场,规上工业增加值增长13.5%。", "城关镇继续领跑全县,地区生产总值增长10.2%。"])
def test_the_whole_named_in_a_parts_own_clause_leaves_the_sentence_the_parts(sentence):
    assert [f for f in facts(COUNTY_REVIEW + sentence) if f[3] not in ("128.6", "9.2")] == []


def test_a_pair_that_climbs_onto_its_end():
    text = (HEAD.replace("2026年1月27日", "2023年1月27日").replace("2026年江北省", "2023年江北省") + "一、过去五年工作回顾\n"
            "五年来,全省生产总值从5.2万亿元跨上7.7万亿元新台阶。\n")
    assert [(f[3], f[5]) for f in facts(text)] == [("52000", 2017), ("77000", 2022)]


def test_the_rural_residents_after_the_town_proper_are_the_wholes():
    text = COUNTY_REVIEW + "县城居民人均可支配收入达到15680元,增长14.1%;农民人均纯收入7260元,增长16.2%。"
    assert [f for f in facts(text) if f[3] not in ("128.6", "9.2")] == [
        ("rural_disposable_income", "level", "actual", "7260", "", 2014),
        ("rural_disposable_income", "growth", "actual", "16.2", "", 2014)]


def test_a_goal_for_the_years_ahead_with_no_year_named_outside_a_part_of_them_is_no_row():
    text = ("大公網 2023年1月13日 08:12\n江北經濟總量連續34年居全國首位 今年GDP增長目標5%以上\n"
            "2022年,全省地區生產總值12.91萬億元、增長1.9%。\n"
            "2023年全省經濟社會發展的主要預期目標是:地區生產總值增長5%以上。\n"
            "報告並提出,未來五年要推動全省地區生產總值邁上15萬億元台階,全社會研發經費支出佔地區生產總值比重達到3.7%左右。\n")
    assert "3.7" not in [f[3] for f in facts(text)]


def test_a_five_year_paragraph_naming_several_years_gives_a_later_sentence_no_topic_year():
    text = (HEAD + "一、过去五年工作回顾\n这五年,经济实力显著增强。2021年,全省生产总值率先突破2000亿元;2025年达到2386.5亿元,"
            "比2020年净增962.3亿元。城镇居民人均可支配收入增加到52860元。\n")
    assert ("urban_disposable_income", "level", "actual", "52860", "", 2025) in facts(text)
    assert ("urban_disposable_income", "level", "actual", "52860", "", 2021) not in facts(text)


def test_an_item_of_a_list_naming_what_the_report_does_not_count_gives_its_figure_to_no_name_before_it():
    text = COUNTY_REVIEW + "二、2015年主要目标\n确保全年地区生产总值增长8.5%以上、固定资产投资增长12%、财政收入突破60亿元。"
    assert [f for f in facts(text) if f[0] == "fixed_asset_investment"] == [
        ("fixed_asset_investment", "growth", "target", "12", "", 2015)]
    assert ("gdp", "growth", "actual", "4.8", "", 2014) in facts(
        COUNTY_REVIEW + "全县地区生产总值达到553亿元、稳居全市前列、增长4.8%。")  # (an aside with no figure: the name's still)


def test_a_level_of_government_below_the_reports_own_is_a_part_and_a_high_growth_of_a_boom_year_is_read():
    text = ("江北省2023年上半年预算执行情况的报告\n——2023年7月25日在江北省第十四届人民代表大会常务委员会第四次会议上\n"
            "一、上半年预算执行情况\n上半年,全省一般公共预算收入完成2452.2亿元,增长10.1%。其中,省级一般公共预算收入完成156.3亿元,"
            "增长5.2%;县级一般公共预算收入完成1182.5亿元,增长9.9%。\n")
    assert [f[3] for f in facts(text) if f[0] == "general_budget_revenue"] == ["2452.2", "10.1"]
    county = COUNTY_REVIEW + "县级一般公共预算收入完成8.2亿元,增长6.5%。"
    assert ("general_budget_revenue", "level", "actual", "8.2", "", 2014) in facts(county)
    boom = COUNTY_REVIEW + "工业增加值完成101.2亿元,增长55.8%,其中规模以上工业增加值78.9亿元,增长63.4%。"
    assert [f[3] for f in facts(boom) if f[0] == "industrial_value_added"] == ["78.9", "63.4"]


def test_a_numbered_heading_on_what_is_done_for_a_zone_makes_its_paragraphs_goals_the_zones():
    text = (PLAN + "(一)推动北部湾经济区高质量发展。力争全年地区生产总值增长6.5%,外贸进出口总额增长8%。\n"
            "(二)推动经济高质量发展。力争全年地区生产总值增长5.5%。\n")
    assert facts(text) == [("gdp", "growth", "target", "5.5", "", 2026)]


def test_a_change_net_of_prices_after_the_change_as_it_fell_is_a_comparable_change_too():
    text = COUNTY_REVIEW + "社会消费品零售总额108.5亿元,增长21.6%,扣除价格因素实际增长14.8%。"
    assert [f[3] for f in facts(text) if f[0] == "retail_sales"] == ["108.5", "21.6", "14.8"]


def test_a_prefecture_named_地区_its_whole_gdp_and_a_fall_for_a_disaster():
    text = ("江北地区行政公署工作报告\n——2007年1月10日在江北地区第二届人民代表大会第五次会议上\n一、2006年工作回顾\n"
            "预计全地区生产总值完成197.8亿元,按可比价格计算增长13.6%。粮食总产达到41.7万吨,因灾减产8.2%。\n")
    assert [(f[0], f[3]) for f in facts(text)] == [("gdp", "197.8"), ("gdp", "13.6"), ("grain_output", "41.7"),
                                                   ("grain_output", "-8.2")]


def test_a_years_change_beside_an_average_of_the_years_in_a_later_clause_is_the_paragraphs_years():
    text = (HEAD + "一、过去五年工作回顾\n——综合实力大幅提升。2025年全省实现生产总值17630亿元,增长5.2%。"
            "一般公共预算收入1120亿元,增长9.1%,五年年均增长6.5%。\n")
    assert ("general_budget_revenue", "growth", "actual", "9.1", "", 2025) in facts(text)


@pytest.mark.parametrize("sentence", [
    "南疆四地州生产总值增长11.8%,固定资产投资增长35.6%。",
    "长株潭三市地区生产总值增长9.5%;固定资产投资增长20.1%,社会消费品零售总额增长12.3%。",
])
def test_a_group_of_places_opening_a_sentence_speaks_in_its_later_clauses_too(sentence):
    assert [f for f in facts(COUNTY_REVIEW.replace("江北县", "江北省").replace("全县", "全省") + sentence)
            if f[3] not in ("128.6", "9.2")] == []


def test_a_line_opening_on_the_year_before_dates_its_sentences_past_a_semicolon():
    text = ("政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n二、2020年发展主要目标和下一步工作总体部署\n"
            "(四)推进更高水平对外开放。去年货物进出口总额31.5万亿元,增长3.4%;实际使用外资1381亿美元,增长2.4%。\n")
    assert ("fdi_actual", "level", "actual", "1381", "", 2019) in facts(text)


def test_a_part_of_the_projects_investment_a_gap_to_the_city_and_a_park_named_園():
    text = PLAN + "全年实施亿元以上项目1600个、完成投资3000亿元以上,其中工业投资增长15%。全省固定资产投资增长8%,其中工业投资增长12%。"
    assert [f[3] for f in facts(text) if f[0] == "industrial_investment"] == ["12"]
    review = COUNTY_REVIEW + "农牧民人均可支配收入较全市平均水平高出1260元。网岭循环经济园完成固定资产投资28亿元,实现工业总产值96亿元。"
    assert [f for f in facts(review) if f[3] not in ("128.6", "9.2")] == []


def test_a_band_the_months_ran_in_is_no_range_of_the_year_and_a_pandemic_quarters_fall_is_read():
    text = COUNTY_REVIEW + "固定资产投资增长8%—9%区间运行,全年增长8.7%。社会消费品零售总额下降41.3%。"
    assert [f[3] for f in facts(text) if f[3] not in ("128.6", "9.2")] == ["8.7", "-41.3"]


def test_an_average_over_months_is_no_rate_of_one_month():
    text = HALF_YEAR + "去年7月至12月,全县规模以上工业产值月均增幅达到17.5%,比上半年高出近10个百分点。"
    assert facts(text) == []


def test_a_half_year_reports_pairs_of_past_years_and_of_last_years_half_and_its_year_goals_past_semicolons():
    review = HALF_YEAR + "五年来,财政总收入由2018年的6.8亿元增加到2023年的18.6亿元。"
    assert [(f[3], f[2], f[5]) for f in facts(review)] == [("6.8", "actual", 2018), ("18.6", "actual", 2023)]
    half = HALF_YEAR + "上半年,财政总收入由去年同期的21.8亿元增加到27.6亿元,同比增长26.6%。"
    assert [(f[3], f[5]) for f in facts(half)] == [("21.8", 2023), ("27.6", 2024), ("26.6", 2024)]
    goals = HALF_YEAR + "下半年要按照“保十争十二”的要求,确保全年地区生产总值增长10%;全社会固定资产投资达到120亿元以上。"
    assert ("fixed_asset_investment", "level", "target", "120", "at_least", 2024) in facts(goals)


def test_an_approximate_headline_level_gives_way_to_the_precise_one():
    text = ("统计公报:2019年我国经济总量逼近100万亿元\n发布时间:2020-02-28\n"
            "初步核算,全年国内生产总值990865亿元,比上年增长6.1%。\n")
    assert [f[3] for f in facts(text) if f[1] == "level"] == ["990865"]


def test_a_news_headline_above_the_body_opens_no_part_and_a_posting_date_tells_a_half_year():
    text = ("渝北区政府召开第八十六次常务会议 研究部署下半年经济工作\n发布日期:2025-07-18  来源:区政府办公室\n"
            "7月17日,区长主持召开区政府常务会议,听取全区上半年经济运行情况汇报。\n"
            "会议指出,上半年,全区实现地区生产总值1245.3亿元,同比增长5.9%。\n")
    assert [(r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [("actual", 2025, "H1")] * 2


def test_a_part_after_the_semicolon_a_park_after_the_year_and_a_seasons_harvest():
    text = COUNTY_REVIEW + ("实际利用外资30.9亿美元,增长12%;其中外商直接投资实际到位资金18.9亿美元。"
                            "全年产业集聚区完成投资150亿元以上,规模以上工业增加值增长10%以上。"
                            "小春粮食播种面积50万亩,产量23.6万吨,增长1.8%。"
                            "工业总产值512.8亿元,增长29.6%;其中规模以上工业总产值346.2亿元,增长32.4%。")
    assert [(f[0], f[3]) for f in facts(text) if f[3] not in ("128.6", "9.2")] == [
        ("fdi_actual", "30.9"), ("fdi_actual", "12"), ("industrial_output", "346.2"), ("industrial_output", "32.4")]


def test_a_change_at_constant_prices_is_comparable():
    text = HALF_YEAR + "上半年,全县地区生产总值125.3亿元,按不变价格计算,同比增长7.2%。"
    assert [r["basis"] for r in extract_text(text) if r["measure"] == "growth"] == ["comparable"]


@pytest.mark.parametrize("sentence", [
    "支持南昌加快建设核心增长极,全年生产总值增长10%以上、固定资产投资增长18%。",
    "加快北部湾经济区开放开发,生产总值增长11%以上。",
    "支持寿光市、诸城市冲刺全国十强县,地区生产总值分别增长6%以上。",
    "(一)坚定不移主攻工业。赣州经开区主营业务收入突破1000亿元,规模以上工业增加值增长12%以上。",
    "加快产业集聚区建设,全年完成固定资产投资120亿元,实现主营业务收入突破600亿元。",
], ids=["a city's name after 支持", "a zone after 加快", "two cities", "a zone after a heading glued on",
        "a cluster zone after 加快"])
def test_a_sentence_opening_on_support_for_a_part_gives_the_parts_goals(sentence):
    assert facts(PLAN + sentence) == []


@pytest.mark.parametrize("sentence", [
    "各市要立足自身优势,江北经济技术开发区要发挥龙头作用,规模以上工业总产值增长10%以上。",
    "提升园区发展水平,支持南湖高新区建设国家一流高新区,地区生产总值增长8%以上;支持各县发挥比较优势。",
    "支持江城做大做强,力争江城市地区生产总值增长10%以上;支持襄阳、宜昌建设省域副中心城市,地区生产总值力争增长11%。",
    "(一)大力实施工业强市战略。支持湖东经济开发区加快发展,力争完成固定资产投资30亿元、实际利用外资3000万美元。",
    "(二)做强开发区,力争工业总产值突破40亿元。",
    "(四)持续用力抓开放。推动综保区提档升级,力争进出口额增长15%。",
    "建湖、阜宁、射阳、滨海、响水要实施工业强县战略,规模以上工业增加值分别增长9%以上。",
    "支持南宁加快建设面向东盟开放合作的国际化大都市,力争经济总量突破6600亿元。",
    "(二)大力促进区域协调发展。东西两翼和粤北山区要加快承接产业转移,生产总值增长12%以上。",
    "重点抓好以下工作:一是加快中央商务区建设;二是推动汉正街都市工业园转型升级,规模以上工业总产值突破80亿元。",
    "围绕上述目标,重点推进徐家汇商圈功能提升,商品销售额增长10%。",
    "推进太原街商业区二期改造,力争商品销售额突破200亿元。",
    "(二)发展临港经济。陆地港要完善海关监管场站和物流配套,全年实现进出口额6亿美元。",
], ids=["the zone the subject of a task", "support for the zone", "cities named bare, supported to become centres",
        "support for the zone's growth, then goals alone", "a zone to be made stronger", "a zone to be upgraded",
        "counties named bare in a list, each tasked", "a capital supported to become a metropolis",
        "areas named by their kind", "a park upgraded, as an item of a list", "a business area upgraded",
        "a business area's second phase renovated", "a port tasked, then the year's goal"])
def test_a_zone_given_a_task_in_the_clause_before_has_the_goal_after_it(sentence):
    assert facts(PLAN + sentence) == []


def test_a_clause_naming_the_whole_again_ends_the_citys_subject_before_it():
    text = ("和平区政府工作报告\n——2006年1月10日在和平区第十四届人民代表大会第三次会议上\n二、2006年工作安排\n"
            "按照市委、市政府提出的全市地区生产总值增长15%以上的要求,今年全区经济社会发展的主要预期目标是:"
            "地区生产总值增长16%;全口径财政收入增长12%。\n")
    assert facts(text) == [("gdp", "growth", "target", "16", "", 2006), ("fiscal_revenue", "growth", "target", "12", "", 2006)]


def test_a_part_after_the_semicolon_is_of_the_whole_before_the_city_a_figure_is_set_against():
    text = ("徐汇区政府工作报告\n——2010年1月7日在上海市徐汇区第十四届人民代表大会第五次会议上\n一、2009年政府工作回顾\n"
            "全区实现增加值876.5亿元,比上年增长10.8%,比全市生产总值增速(8.2%)高2.6个百分点;"
            "其中第三产业增加值625.1亿元,增长13.2%。\n")
    assert facts(text)[-2:] == [("service_value_added", "level", "actual", "625.1", "", 2009),
                                ("service_value_added", "growth", "actual", "13.2", "", 2009)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["right under it", "a blank line between"])
def test_a_paragraph_under_a_heading_naming_a_zone_alone_is_the_zones(gap):
    text = PLAN + (f"(一)天府国际生物城{gap}要加快建设国际一流的生物医药产业园区,全年完成固定资产投资120亿元;"
                   "规模以上工业总产值增长30%,实际利用外资1.5亿美元。\n")
    assert facts(text) == []


def test_a_business_area_opening_its_sentence_owns_the_figures_after_it():
    assert facts(REVIEW + "(一)现代服务业加快发展。太原街商业区改造全面完成,全年实现商品销售额186亿元,增长16.8%。") == []


def test_the_counties_goal_leaves_its_subject_to_the_next_goal_of_the_clause():
    assert facts(PLAN + "(二)壮大县域经济。力争全省县域经济生产总值增长13%,地方一般预算收入增长15%以上。") == []


@pytest.mark.parametrize("sentence, expected", [
    ("各区县、各部门要再接再厉,力争全年地区生产总值增长12%以上。", [("gdp", "growth", "target", "12", "at_least", 2026)]),
    ("支持企业建设研发中心,全年专利申请量增长15%以上。",
     [("patent_applications", "growth", "target", "15", "at_least", 2026)]),
], ids=["all counties and departments", "firms supported"])
def test_a_task_for_all_or_for_firms_leaves_the_years_goal_after_it_the_regions(sentence, expected):
    assert facts(PLAN + sentence) == expected


def test_a_town_named_bare_and_tasked_owns_the_goal_after_it_when_the_report_names_it_a_town():
    town = "北滘要做强智能家电和机器人产业集群,规模以上工业总产值突破4000亿元。"
    assert facts(PLAN + "北滘镇、容桂街道要各展所长。" + town) == []
    assert facts(PLAN + town) == [("industrial_output", "level", "target", "4000", "at_least", 2026)]


def test_lines_labelled_with_towns_are_the_towns_when_the_report_names_one_of_them_a_town():
    lines = "明确各街道年度主要目标:\n大碶:规上工业产值增长13%,完成固定资产投资45亿元;\n梅山:进出口总额增长50%。\n"
    assert facts(PLAN + "大碶街道要做强先进制造业。\n" + lines) == []
    assert facts(PLAN + "推动镇域发展:双水要加快发展;大泽:以五金不锈钢产业为主导,工业总产值突破80亿元。"
                        "大泽镇产业集群被评为示范区。\n") == []


def test_a_task_done_to_a_zone_leaves_the_next_goal_the_regions():
    assert facts(PLAN + "推动外贸转型升级,加快综合保税区建设,进出口总额力争突破700亿美元。") == [
        ("foreign_trade", "level", "target", "700", "at_least", 2026)]
    assert facts(PLAN + "加快综合保税区建设,确保全年实际利用外资完成6亿美元以上。") == [
        ("fdi_actual", "level", "target", "6", "at_least", 2026)]


def test_a_share_in_the_item_before_leaves_the_next_items_goal():
    assert facts(PLAN + "力争规上工业增加值占比提高1个百分点、工业投资增长10%左右。") == [
        ("industrial_investment", "growth", "target", "10", "approx", 2026)]


def test_a_status_sought_for_a_zone_names_no_zone():
    assert facts(PLAN + "推进国家级高新区创建,新增高新技术企业80家以上,力争技术合同成交额增长20%。") == [
        ("tech_contract_value", "growth", "target", "20", "", 2026)]


def test_a_clause_with_no_subject_after_one_building_a_zone_is_the_zones():
    assert facts(PLAN + "加快建设江东产业集聚区,完成固定资产投资150亿元。") == []


def test_support_for_firms_and_a_market_name_no_part():
    assert facts(PLAN + "支持企业加快技术改造,规模以上工业增加值增长8%。") == [
        ("industrial_value_added", "growth", "target", "8", "", 2026)]
    assert facts(PLAN + "支持粮食产量稳定在1.4万亿斤左右。") == [("grain_output", "level", "target", "1.4", "approx", 2026)]


def test_a_plan_period_opening_its_goals_is_no_other_subject():
    text = (HEAD + "二、“十五五”时期经济社会发展的主要目标\n“十五五”时期全省地区生产总值年均增长5%左右,到2030年迈上4.5万亿元台阶。\n")
    assert facts(text) == [("gdp", "level", "target", "45000", "at_least", 2030)]


@pytest.mark.parametrize("sentence, expected", [
    ("全省地区生产总值增长6%左右,力争7%。", [("6", "approx"), ("7", "")]),
    ("地区生产总值确保增长6.5%、力争增长7%。", [("6.5", ""), ("7", "")]),
    ("确保全年地区生产总值增长7%以上,力争完成8%的年度目标。", [("7", "at_least"), ("8", "")]),
    ("全省地区生产总值增长6%(力争7%)。", [("6", ""), ("7", "")]),
    ("力争全年地区生产总值增长7.5%左右,冲刺8%。", [("7.5", "approx"), ("8", "")]),
    ("全年地区生产总值力争增长8%、确保增长6%以上。", [("8", ""), ("6", "at_least")]),
    ("地区生产总值力争增长9%,确保7.5%。", [("9", ""), ("7.5", "")]),
], ids=["a bare rate after 力争", "the verb written again", "the goal named after it", "in brackets", "冲刺",
        "the floor under it after 确保", "a bare floor"])
def test_a_second_goal_beside_a_target_is_a_second_target(sentence, expected):
    assert [(f[3], f[4]) for f in facts(PLAN + sentence)] == expected
    assert {(f[0], f[1], f[2], f[5]) for f in facts(PLAN + sentence)} == {("gdp", "growth", "target", 2026)}


@pytest.mark.parametrize("sentence", ["全省一般公共预算收入增长6%,力争达到7%的目标顺利实现。",
                                      "全省一般公共预算收入增长6%,确保5%的底线守住。"])
def test_a_second_goal_after_an_outcome_is_no_row(sentence):
    assert facts(REVIEW + sentence) == [("general_budget_revenue", "growth", "actual", "6", "", 2025)]


TERM_REVIEW = ("2008年江北省政府工作报告\n——2008年1月20日在江北省第十一届人民代表大会第一次会议上\n"
               "一、过去五年的工作\n过去五年,是我省经济发展最快的时期之一。\n")


@pytest.mark.parametrize("opening", [
    "——经济实力显著增强。2007年,全省生产总值达到9150亿元,增长14.5%。",
    "经济总量实现新跨越。2007年,全省生产总值达到9150亿元,增长14.5%。",
    "过去的一年,是“十一五”规划实施的第二年。全省生产总值达到9150亿元,增长14.5%。",
    "刚刚过去的2007年,全省经济运行稳中向好。全省生产总值达到9150亿元,增长14.5%。",
    "——2007年经济平稳较快发展。全省生产总值达到9150亿元,增长14.5%。",
], ids=["after a dash heading", "after a short heading", "the past year", "the year just past", "a headline on the year"])
def test_the_lines_after_a_paragraph_on_the_last_year_in_a_five_year_review_are_that_years(opening):
    text = TERM_REVIEW + opening + "\n财政总收入1200亿元,增长29%。\n外贸进出口总额149亿美元,增长26%。\n"
    assert [(f[0], f[1], f[3], f[5]) for f in facts(text) if f[0] != "gdp"] == [
        ("fiscal_revenue", "level", "1200", 2007), ("fiscal_revenue", "growth", "29", 2007),
        ("foreign_trade", "level", "149", 2007), ("foreign_trade", "growth", "26", 2007)]


def test_the_lines_after_a_paragraph_on_an_earlier_year_of_a_five_year_review_are_no_one_years():
    text = (TERM_REVIEW + "——经济实力显著增强。2005年,全省生产总值突破7000亿元。\n"
            "财政总收入1200亿元,增长29%。\n")
    assert [(f[0], f[1], f[5]) for f in facts(text)] == [("gdp", "level", 2005), ("fiscal_revenue", "level", 2007)]


@pytest.mark.parametrize("plan", ["五年来", "“九五”时期"])
def test_a_paragraph_opening_a_review_of_the_plan_ends_the_last_years_lines(plan):
    text = (TERM_REVIEW + "——经济实力显著增强。2007年,全省生产总值达到9150亿元,增长14.5%。\n"
            f"{plan},全省经济快速增长。\n全社会固定资产投资7950亿元,增长1.9倍。\n")
    assert [(f[0], f[5]) for f in facts(text)] == [("gdp", 2007), ("gdp", 2007)]


def test_a_heading_on_the_years_ahead_and_this_year_plans_this_year_and_its_list_goes_past_semicolons():
    text = ("2003年江北省政府工作报告\n——2003年1月15日在江北省第十届人民代表大会第一次会议上\n"
            "二、今后五年的目标和今年的工作\n"
            "今年全省经济社会发展的主要预期目标是:全省国内生产总值增长9%;地方一般预算收入增长8%;全社会固定资产投资增长15%。\n"
            "进一步扩大对外开放,实际利用外商直接投资增长20%以上。\n")
    assert [(f[0], f[2], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "target", "9", 2003), ("general_budget_revenue", "target", "8", 2003),
        ("fixed_asset_investment", "target", "15", 2003), ("fdi_actual", "target", "20", 2003)]


def test_a_year_named_in_a_later_clause_of_a_five_year_sentence_dates_its_figure():
    text = ("2008年江北省政府工作报告\n——2008年1月20日在江北省第十一届人民代表大会第一次会议上\n"
            "一、过去五年的工作\n全省生产总值五年跨越五个千亿元台阶,由2002年的4875.1亿元增加到10505.3亿元,年均增长12.1%。\n"
            "二、今后五年的目标\n今后五年的主要目标是:全省生产总值年均增长10%左右,到2012年突破1.6万亿元。\n")
    assert facts(text) == [("gdp", "level", "actual", "4875.1", "", 2002), ("gdp", "level", "actual", "10505.3", "", 2007),
                           ("gdp", "level", "target", "16000", "at_least", 2012)]


def test_a_record_since_a_year_is_no_review_of_the_years():
    text = REVIEW + ("全社会固定资产投资2076亿元,增长36.3%,增幅为1993年以来最高。社会消费品零售总额增长12%,创十年来新高。"
                     "进出口总额完成13.8亿美元,增长35.2%,是近十年来增幅最高的一年。")
    assert [(f[0], f[1], f[3]) for f in facts(text)] == [
        ("fixed_asset_investment", "level", "2076"), ("fixed_asset_investment", "growth", "36.3"),
        ("retail_sales", "growth", "12"), ("foreign_trade", "level", "13.8"),
        ("foreign_trade", "growth", "35.2")]


def test_an_intensity_per_unit_of_gdp_is_no_part_and_a_budget_grows_on_last_years_outturn():
    text = PLAN + ("单位地区生产总值能耗降低3%,研究与试验发展经费支出占地区生产总值比重达到2.5%。"
                   "全省一般公共预算收入预算安排2465亿元,比上年执行数增长8.4%。")
    assert facts(text) == [("energy_intensity", "growth", "target", "-3", "", 2026),
                           ("rd_intensity", "level", "target", "2.5", "", 2026),
                           ("general_budget_revenue", "level", "target", "2465", "", 2026),
                           ("general_budget_revenue", "growth", "target", "8.4", "", 2026)]


@pytest.mark.parametrize("sentence", [
    "全市地区生产总值一季度、上半年分别增长6.8%和7.6%。",
    "一季度、上半年,全市地区生产总值分别增长6.8%、7.6%。",
], ids=["the periods after the name", "the periods in a clause of their own"])
def test_a_list_of_periods_gives_each_figure_its_period(sentence):
    text = "某市2019年上半年经济运行情况\n2019年7月20日\n" + sentence
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "Q1", "6.8"), ("gdp", "H1", "7.6")]


@pytest.mark.parametrize("sentence", [
    "一季度、上半年,全市地区生产总值、固定资产投资分别增长6.8%、7.6%。",
    "全市地区生产总值、固定资产投资一季度、上半年分别增长6.8%、7.6%。",
])
def test_a_list_of_periods_with_two_names_is_no_row(sentence):
    assert extract_text("某市2019年上半年经济运行情况\n2019年7月20日\n" + sentence) == []


@pytest.mark.parametrize("passage, expected", [
    ("全省地区生产总值4Ol.6亿元,增长l0.2%。社会消费品零售总额24.l亿元。",
     [("gdp", "level", "actual", "401.6", "", 2025), ("gdp", "growth", "actual", "10.2", "", 2025),
      ("retail_sales", "level", "actual", "24.1", "", 2025)]),
    ("全省地区生产总值增长5%,社会消费品零售总额\n2\n1932.5亿元,增长5.8%。", [("gdp", "growth", "actual", "5", "", 2025)]),
    ("全省地区生产总值增长5%,进出口总额达到\n① 规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。\n— 4 —\n"
     "32.6亿美元。", [("gdp", "growth", "actual", "5", "", 2025)]),
    ("全省地区⽣产总值增⻓5%,规模以上⼯业增加值增⻓6%。",
     [("gdp", "growth", "actual", "5", "", 2025), ("industrial_value_added", "growth", "actual", "6", "", 2025)]),
], ids=["OCR slips in a row", "a page's number between two lines", "a page's footnote inside a sentence",
        "a font's radicals for characters"])
def test_what_pdf_conversion_leaves_in_a_number_gives_no_other_number(passage, expected):
    assert facts(REVIEW + passage) == expected


@pytest.mark.parametrize("marker", ["延伸阅读:", "【相关阅读】", "本版其他文章:", "本版导读", "相关专题"])
def test_a_list_of_other_pages_links_after_the_report_is_not_read(marker):
    text = (PLAN + "全省地区生产总值增长5%左右。\n" + "各位代表,让我们团结一心,奋勇前进!\n" * 3
            + f"{marker}\n江南2016年一季度地区生产总值增长3.2%  滨城:一季度固定资产投资增长9.8%\n一季度我县GDP增长7.7%\n"
              "·全省地区生产总值增长14.3%\n・南京:今年地区生产总值预期增长12.5%\n")
    assert facts(text) == [("gdp", "growth", "target", "5", "approx", 2026)]


def test_this_years_months_so_far_in_the_plan_part_of_a_report_given_early_are_outcomes():
    text = PLAN + "今年1月份,全省规模以上工业增加值增长24.6%,实现了良好开局。今年一季度,力争全省地区生产总值增长6%。"
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("industrial_value_added", "actual", "M1", "24.6"), ("gdp", "target", "Q1", "6")]


def test_a_zone_called_a_city_of_its_own_trade_is_a_part():
    text = PLAN.replace("三、2026年工作安排", "一、2025年工作回顾") + "中新知识城加快建设,全年完成固定资产投资285.4亿元,增长21.8%。"
    assert facts(text) == []


def test_pastoral_rural_residents_split_an_income_list():
    assert facts(PLAN + "城镇、农村牧区常住居民人均可支配收入分别增长5%、6.5%。") == [
        ("urban_disposable_income", "growth", "target", "5", "", 2026),
        ("rural_disposable_income", "growth", "target", "6.5", "", 2026)]


def test_a_list_of_years_gives_each_figure_its_year():
    text = (HEAD + "一、过去五年工作回顾\n全省财政总收入2021—2025年分别为112.5亿元、121.3亿元、118.6亿元、120.2亿元和136.8亿元,"
            "五年累计完成609.4亿元。单位地区生产总值能耗2024年、2025年分别下降1.8%和3.7%。\n")
    assert [(f[0], f[3], f[5]) for f in facts(text)] == [
        ("fiscal_revenue", "112.5", 2021), ("fiscal_revenue", "121.3", 2022), ("fiscal_revenue", "118.6", 2023),
        ("fiscal_revenue", "120.2", 2024), ("fiscal_revenue", "136.8", 2025),
        ("energy_intensity", "-1.8", 2024), ("energy_intensity", "-3.7", 2025)]


def test_a_city_calling_its_gdp_国内生产总值_twice_and_funds_from_outside_the_city():
    text = ("2003年江北市政府工作报告\n——2003年2月20日在江北市人民代表大会上\n二、2003年工作\n"
            "今年全市经济社会发展的主要预期目标是:国内生产总值增长25%左右,确保“十五”末国内生产总值突破500亿元。"
            "全年引进市外资金220亿元,实际利用外资增长20%以上。\n")
    assert [(f[0], f[1], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "growth", "25", 2003), ("gdp", "level", "500", 2005), ("fdi_actual", "growth", "20", 2003)]


def test_a_pair_of_the_names_own_after_an_average_is_two_years():
    text = (TERM_REVIEW + "财政总收入由19.8亿元增加到58.5亿元,年均增长24.2%,其中地方一般预算收入由11.6亿元增加到36.9亿元。\n")
    assert [(f[0], f[3], f[5]) for f in facts(text)] == [
        ("fiscal_revenue", "19.8", 2002), ("fiscal_revenue", "58.5", 2007),
        ("general_budget_revenue", "11.6", 2002), ("general_budget_revenue", "36.9", 2007)]


def test_a_clause_of_a_period_and_its_change_after_a_semicolon_goes_on_with_the_name_before():
    text = (HALF_YEAR + "上半年,全县实现地区生产总值327.5亿元,同比增长2.6%,增速高于全市0.1个百分点;其中一季度增长6.1%,"
            "二季度增长0.6%。全县固定资产投资增长4%;一般公共预算收入增长3%。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "H1", "327.5"), ("gdp", "H1", "2.6"), ("gdp", "Q1", "6.1"), ("gdp", "Q2", "0.6"),
        ("fixed_asset_investment", "H1", "4"), ("general_budget_revenue", "H1", "3")]


def test_a_national_review_dates_a_paragraph_by_its_year_and_a_years_change_after_a_pair():
    text = ("国务院政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n一、过去五年政府工作回顾\n"
            "2002年国内生产总值增长8%,全国财政收入达到18914亿元。税收收入17004亿元,增长12.1%。"
            "进出口总额由1997年的3252亿美元增加到2002年的6208亿美元,2002年比上年增长21.8%。\n")
    assert [(f[0], f[1], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "growth", "8", 2002), ("general_budget_revenue", "level", "18914", 2002),
        ("tax_revenue", "level", "17004", 2002), ("tax_revenue", "growth", "12.1", 2002),
        ("foreign_trade", "level", "3252", 1997), ("foreign_trade", "level", "6208", 2002),
        ("foreign_trade", "growth", "21.8", 2002)]


def test_a_target_the_province_set_for_the_region_is_the_regions():
    assert facts(PLAN.replace("江北省", "江北市") + "要求确保完成省下达的单位生产总值能耗下降3.5%的年度目标任务。") == [
        ("energy_intensity", "growth", "target", "-3.5", "", 2026)]


@pytest.mark.parametrize("title", ["朝阳区", "xx区"], ids=["named", "hidden"])
def test_the_citys_figures_in_a_districts_report_are_not_the_districts(title):
    text = (f"{title}2017年政府工作报告\n2017年1月10日在{title}人民代表大会上\n一、2016年工作回顾\n"
            "全区居民人均可支配收入58935元,增长8%。全市居民人均可支配收入为52530元,全市社会消费品零售总额下降8%。"
            "中央商务区复工复产企业2860家,全年完成固定资产投资52.6亿元,同比下降45.2%。\n")
    assert [(f[0], f[1], f[3]) for f in facts(text)] == [
        ("disposable_income", "level", "58935"), ("disposable_income", "growth", "8")]


def test_other_pages_headlines_inside_the_page_are_not_read():
    text = ("首页 | 新闻 | 论坛\n滚动新闻:滨城一季度地区生产总值增长9.6%  市人大常委会会议闭幕\n"
            "关于2013年上半年全市经济社会发展情况的报告\n2013年7月20日\n上半年,全市地区生产总值增长8.5%。\n"
            "上一页 1 2 3 下一页\n【相关阅读】\n· 湖南上半年GDP增长9.8%\n· 市长在线交流:今年全市城镇新增就业4万人以上\n"
            "城镇新增就业2.68万人。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "H1", "8.5"), ("new_urban_jobs", "H1", "26800")]


def test_a_block_of_links_titled_after_its_marker_is_not_read_though_comments_follow():
    text = ("昆山市2013年政府工作报告\n2013年1月10日在昆山市第十六届人民代表大会第一次会议上\n"
            "去年全市地区生产总值2720亿元,增长10.2%。\n\n【延伸阅读】苏州各市区两会速览\n"
            "・张家港:2012年地区生产总值2050亿元,今年增长10.5%\n・太仓:今年全社会固定资产投资增长15%\n\n"
            "2楼 昆山老乡 发表于 2013-1-12 11:02\n开发区一个区就过千亿了。苏州今年定的是9.5%左右。压力不小啊。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["2720", "10.2"]


def test_the_clauses_after_a_parts_name_inside_a_sentence_go_on_with_its_subject_but_not_in_a_list_of_goals():
    assert facts(PLAN + "省人大代表、榆林市市长在分组审议时表示,榆林市今年生产总值力争增长14%,地方财政收入增长20%。") == []
    assert facts(PLAN + "主要预期目标是:地区生产总值增长8%左右,直管区一般公共预算收入增长6%左右,城镇新增就业3.5万人以上。") == [
        ("gdp", "growth", "target", "8", "approx", 2026), ("new_urban_jobs", "level", "target", "35000", "at_least", 2026)]


def test_a_park_that_opens_a_sentence_of_no_indicator_is_the_subject_past_its_semicolons():
    text = REVIEW + "海淀园实现技工贸总收入2216亿元,增长20.5%;实现工业总产值1153亿元,增长24.1%;上缴税费95.2亿元。"
    assert facts(text) == []


def test_a_component_of_an_income_is_not_the_income():
    assert facts(REVIEW + "全省农民人均纯收入5120元,农民人均纯收入中工资性收入达到4260元。") == [
        ("rural_disposable_income", "level", "actual", "5120", "", 2025)]


def test_a_paragraph_led_by_the_last_year_with_a_five_year_aside_inside_leaves_no_span_open():
    text = (TERM_REVIEW + "综合实力实现跃升。按新口径,2007年全省实现生产总值2940.4亿元,增长10.2%;五年来生产总值年均增长9%。\n"
            "财政总收入806.2亿元、增长18.9%。\n"
            "各位代表!2007年是“十一五”开局之年。五年来,我们砥砺前行。\n居民人均可支配收入增长34.3%。\n")
    assert [(f[0], f[1], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "level", "2940.4", 2007), ("gdp", "growth", "10.2", 2007),
        ("fiscal_revenue", "level", "806.2", 2007), ("fiscal_revenue", "growth", "18.9", 2007)]


def test_towns_and_villages_name_no_town():
    assert facts(PLAN + "加大镇村集体经济扶持力度,确保农村居民人均可支配收入增长10%以上。") == [
        ("rural_disposable_income", "growth", "target", "10", "at_least", 2026)]


def test_a_plan_for_the_autonomous_regions_projects_names_no_part():
    text = ("2022年广西壮族自治区政府工作报告\n——2022年1月18日在广西壮族自治区第十三届人民代表大会第五次会议上\n三、2022年工作安排\n"
            "全年安排自治区层面重大项目1000项,年度计划投资2000亿元;全年规模以上工业增加值增长15%以上。\n")
    assert facts(text) == [("industrial_value_added", "growth", "target", "15", "at_least", 2022)]


def test_a_part_after_a_two_year_average_aside_is_the_years_and_after_a_five_year_total_none():
    text = (REVIEW + "全省外贸进出口总额1503.8亿元,增长17.2%,两年平均增长8.9%,其中出口349.1亿元,增长26.9%。"
            "五年累计实际利用外资264.5亿美元,年均增长10.1%,其中外商直接投资184.9亿美元。")
    assert [(f[0], f[1], f[3]) for f in facts(text)] == [
        ("foreign_trade", "level", "1503.8"), ("foreign_trade", "growth", "17.2"),
        ("exports", "level", "349.1"), ("exports", "growth", "26.9")]


def test_the_year_befores_figure_in_brackets_after_the_names_own_is_that_years():
    text = REVIEW + "全省居民消费价格上涨2.2%(上年为1.5%)。全社会固定资产投资增长5.8%(上年下降3.1%)。"
    assert [(f[0], f[3], f[5]) for f in facts(text)] == [
        ("cpi", "2.2", 2025), ("cpi", "1.5", 2024), ("fixed_asset_investment", "5.8", 2025),
        ("fixed_asset_investment", "-3.1", 2024)]
    half = HALF_YEAR + "上半年,全县社会消费品零售总额同比下降2.3%(上年同期增长18.6%)。"
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(half)] == [
        (2024, "H1", "-2.3"), (2023, "H1", "18.6")]


def test_a_change_shared_with_均_after_its_verb():
    text = PLAN + "城镇居民人均可支配收入和农村居民人均可支配收入增长均不低于6%。城乡居民收入增长均在5%以上。"
    assert [(f[0], f[3], f[4]) for f in facts(text)] == [
        ("urban_disposable_income", "6", "at_least"), ("rural_disposable_income", "6", "at_least"),
        ("urban_disposable_income", "5", "at_least"), ("rural_disposable_income", "5", "at_least")]


def test_a_threshold_made_precise_by_a_pair_and_an_item_set_aside_that_names_an_indicator():
    text = REVIEW + ("全省财政总收入突破40亿元,由上年的32.4亿元增加到40.65亿元,增长25.5%。"
                     "一般公共预算收入增长18%,扣除出口退税负担因素,同口径增长19.5%。")
    assert [(f[0], f[1], f[3], f[5]) for f in facts(text)] == [
        ("fiscal_revenue", "level", "32.4", 2024), ("fiscal_revenue", "level", "40.65", 2025),
        ("fiscal_revenue", "growth", "25.5", 2025), ("general_budget_revenue", "growth", "18", 2025),
        ("general_budget_revenue", "growth", "19.5", 2025)]


def test_a_circumstance_a_restated_plan_goal_and_a_name_wrapped_before_its_figure():
    text = ("2018年江北省政府工作报告\n——2018年1月20日在江北省人民代表大会上\n一、2017年工作回顾\n"
            "全省粮食总产量3417.4万吨,虽受洪灾影响下降3.1%。规划纲要提出的到2020年全省生产总值达到3.5万亿元以上的目标,"
            "按年均增长8.5%左右测算可如期实现。\n居民消费价格上涨0.6%。城镇新增就业\n24.8万人,城镇登记失业率3.38%。\n")
    assert [(f[0], f[1], f[2], f[3], f[5]) for f in facts(text)] == [
        ("grain_output", "level", "actual", "3417.4", 2017), ("grain_output", "growth", "actual", "-3.1", 2017),
        ("gdp", "level", "target", "35000", 2020), ("cpi", "growth", "actual", "0.6", 2017),
        ("new_urban_jobs", "level", "actual", "248000", 2017), ("unemployment_rate", "level", "actual", "3.38", 2017)]


def test_two_levels_joined_after_a_name_that_splits_are_its_parts_and_after_one_that_does_not_none():
    assert facts(REVIEW + "全省城乡居民人均可支配收入为30125元和13568元。") == [
        ("urban_disposable_income", "level", "actual", "30125", "", 2025),
        ("rural_disposable_income", "level", "actual", "13568", "", 2025)]
    assert facts(REVIEW + "全省地区生产总值为3000亿元和4000亿元。") == []


def test_a_line_of_links_and_a_learning_reprints_exercises_are_not_read():
    text = ("相关新闻:统计局:7月CPI同比下降0.3% | 二季度GDP增长1.5%\n" + PLAN.split("\n", 1)[1] + "全省地区生产总值增长5%左右。\n"
            + "各位代表,让我们团结一心!\n" * 3 + "练习\n1. 2025年全省地区生产总值的预期目标是增长8%左右。( )\n")
    assert facts(text) == [("gdp", "growth", "target", "5", "approx", 2026)]


@pytest.mark.parametrize("opener", ["“十四五”前四年", "近五年", "2021年以来", "过去四年", "本届政府任期内"])
def test_other_openers_of_a_review_of_several_years(opener):
    text = REVIEW + f"{opener},全省地区生产总值年均增长5%;全社会研发投入强度提高0.9个百分点,居民人均可支配收入增长30%。"
    assert facts(text) == []


def test_a_links_marker_with_running_text_after_it_ends_nothing():
    text = (PLAN + "全省地区生产总值增长5%左右。\n相关报道:\n" + "各位代表,让我们团结一心。\n" * 3
            + "全省一般公共预算收入增长3%。\n")
    assert [(f[0], f[3]) for f in facts(text)] == [("gdp", "5"), ("general_budget_revenue", "3")]


def test_a_list_spaced_as_converted_pages_space_numbers():
    assert facts(REVIEW + "全省城镇、农村居民人均可支配收入分别增长 3.9% 和 5.6%。") == [
        ("urban_disposable_income", "growth", "actual", "3.9", "", 2025),
        ("rural_disposable_income", "growth", "actual", "5.6", "", 2025)]


@pytest.mark.parametrize("sentence", [
    "从宁波市情况看,居民消费价格同比上涨2.6%。",
    "固定资产投资统计起点由50万元提高到500万元。",
], ids=["a view of another place", "a threshold of the statistics"])
def test_sentences_about_something_else_than_the_regions_figure(sentence):
    assert facts(PLAN + sentence) == []


def test_a_pairs_end_dated_by_last_year_and_a_threshold_made_precise_across_a_wrapped_line():
    national = "2003年国务院政府工作报告\n\n一、过去五年的工作回顾\n"
    assert facts(national + "全国财政收入从1997年的8651亿元增加到去年的18914亿元,年均增加2053亿元。") == [
        ("general_budget_revenue", "level", "actual", "8651", "", 1997),
        ("general_budget_revenue", "level", "actual", "18914", "", 2002)]
    assert facts(REVIEW + "全省规模以上工业总产值突破7000亿元,\n\n— 2 —\n\n达到7162.4亿元,增长8.6%。") == [
        ("industrial_output", "level", "actual", "7162.4", "", 2025),
        ("industrial_output", "growth", "actual", "8.6", "", 2025)]


def test_a_growth_target_written_as_增长预期为_and_the_growth_after_a_precise_level_restating_a_step():
    assert facts(PLAN + "全省全社会固定资产投资增长预期为16%左右。") == [
        ("fixed_asset_investment", "growth", "target", "16", "approx", 2026)]
    assert facts(REVIEW + "全省地区生产总值迈上6万亿元台阶,达到60132.9亿元、增长6%。") == [
        ("gdp", "level", "actual", "60132.9", "", 2025), ("gdp", "growth", "actual", "6", "", 2025)]


def test_a_clause_naming_the_goals_year_dates_every_clause_after_it():
    text = HALF_YEAR + "一、上半年工作\n按照县“十四五”规划,到2025年,全县地区生产总值要达到450亿元左右,一般公共预算收入要达到25亿元以上。\n"
    assert [(r["indicator"], r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("gdp", "target", 2025, "FY"), ("general_budget_revenue", "target", 2025, "FY")]


def test_a_base_the_sentence_builds_on_is_last_years_and_the_rest_of_the_sentence_this_years():
    text = HALF_YEAR + "一、上半年工作\n在去年全县地区生产总值达到52.1亿元的基础上,上半年全县地区生产总值完成30亿元,增长12%。\n"
    assert [(r["indicator"], r["measure"], format_decimal(r["value"]), r["year"], r["period"])
            for r in extract_text(text)] == [("gdp", "level", "52.1", 2023, "FY"), ("gdp", "level", "30", 2024, "H1"),
                                             ("gdp", "growth", "12", 2024, "H1")]


def test_a_goals_floor_beside_its_stretch_is_a_target_of_its_own():
    assert facts(PLAN + "确保全年全省地区生产总值突破330亿元、力争达到340亿元。") == [
        ("gdp", "level", "target", "330", "at_least", 2026), ("gdp", "level", "target", "340", "", 2026)]


def test_a_statistics_pages_title_under_its_path_says_the_half_year():
    text = ("某县人民政府门户网站\n您所在的位置:首页 > 政务公开 > 统计信息 > 统计分析\n上半年全县经济运行情况\n"
            "发布日期:2017-07-27 来源:县统计局\n全县一般公共预算收入完成50.16亿元,增长8%。\n")
    assert [(r["indicator"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("general_budget_revenue", 2017, "H1"), ("general_budget_revenue", 2017, "H1")]


def test_累计_in_a_report_on_part_of_a_year_sums_its_months_unless_years_are_named():
    sentence = "全县固定资产投资累计完成98.7亿元,同比增长32.4%。"
    assert [(r["measure"], format_decimal(r["value"]), r["year"], r["period"])
            for r in extract_text(HALF_YEAR + "一、上半年工作\n" + sentence)] == [
        ("level", "98.7", 2024, "H1"), ("growth", "32.4", 2024, "H1")]
    assert facts(HALF_YEAR + "一、上半年工作\n五年来,全县固定资产投资累计完成980亿元。") == []


def test_a_plan_for_a_zone_ends_at_a_task_of_its_own_and_a_zone_held_by_a_verb_is_no_subject():
    assert facts(PLAN + "加快上派新城区建设,推进美好乡村建设,全年粮食总产稳定在32万吨以上。") == [
        ("grain_output", "level", "target", "32", "at_least", 2026)]
    assert facts(PLAN + "巩固航空港区枢纽优势,稳住外贸外资基本盘,力争全年进出口总额突破6000亿元。") == [
        ("foreign_trade", "level", "target", "6000", "at_least", 2026)]


def test_the_parts_of_an_income_after_the_whole_with_their_noun_left_out():
    text = REVIEW + "全省居民人均可支配收入28000元,增长6.1%;其中城镇居民39872元,增长5.7%,城镇、农村居民分别增长5.7%和7.4%。"
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("disposable_income", "level", "28000"), ("disposable_income", "growth", "6.1"),
        ("urban_disposable_income", "level", "39872"), ("urban_disposable_income", "growth", "5.7"),
        ("rural_disposable_income", "growth", "7.4")]


def test_the_whole_with_what_it_holds_a_narrower_note_after_a_level_and_a_zones_own_short_name():
    district = "雁塔区2013年政府工作报告\n一、2012年工作回顾\n"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(
        district + "全区(含高新区、曲江新区)实现生产总值1486.2亿元。第三产业增加值完成412.5亿元(区属口径),增长13.8%。")] == [
        ("gdp", "1486.2")]
    zone = ("东湖新技术开发区管委会2023年上半年工作情况报告\n——2023年7月18日在东湖新技术开发区半年工作会议上\n"
            "一、上半年主要经济指标完成情况\n根据武汉市统计局反馈数据,上半年东湖高新区实现地区生产总值1256.8亿元,同比增长8.2%。\n")
    assert [(r["region"], r["indicator"], format_decimal(r["value"]), r["period"]) for r in extract_text(zone)] == [
        ("东湖新技术开发区", "gdp", "1256.8", "H1"), ("东湖新技术开发区", "gdp", "8.2", "H1")]


NATIONAL_2005 = "政府工作报告\n——2005年3月5日在第十届全国人民代表大会第三次会议上\n一、2004年工作回顾\n"


@pytest.mark.parametrize("sentence", [
    "一季度至四季度国内生产总值分别增长8.1%、7.6%、7.4%和7.9%。",
    "国内生产总值一至四季度分别增长8.1%、7.6%、7.4%和7.9%。",
    "一、二、三、四季度国内生产总值同比分别增长8.1%、7.6%、7.4%和7.9%。",
])
def test_a_span_or_list_of_quarters_gives_each_figure_its_quarter(sentence):
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(NATIONAL_2005 + sentence)] == [
        ("Q1", "8.1"), ("Q2", "7.6"), ("Q3", "7.4"), ("Q4", "7.9")]


def test_in_the_nations_report_a_name_of_the_nation_after_a_parts_clause_is_the_nations():
    text = NATIONAL_2005 + "重点城市细颗粒物平均浓度下降,单位国内生产总值能耗降低0.5%。重点城市地区生产总值增长8%。"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("energy_intensity", "-0.5")]


def test_the_nations_own_words_and_last_years_figure_named_after_the_name():
    text = (NATIONAL_2005 + "前三季度经济增速为9.4%。国家受理专利申请35.4万件。\n二、2005年工作总体部署\n"
            "全国社会消费品零售总额去年达到5.4万亿元,实际增长10.2%。粮食生产要稳定在9100亿斤以上。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2004, "Q1-Q3", "9.4"), ("patent_applications", "actual", 2004, "FY", "354000"),
        ("retail_sales", "actual", 2004, "FY", "54000"), ("retail_sales", "actual", 2004, "FY", "10.2"),
        ("grain_output", "target", 2005, "FY", "9100")]


def test_a_year_written_after_a_clauses_subject_is_the_year_of_the_clauses_after_it_with_none():
    text = PLAN + "通过今明两年的努力,确保全省生产总值2027年突破8000亿元,地方一般公共预算收入超过800亿元。"
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [
        ("gdp", 2027), ("general_budget_revenue", 2027)]
    text = PLAN + "全省生产总值比2020年翻一番,地方一般公共预算收入超过800亿元。"  # (a base, no year of the clause)
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [("general_budget_revenue", 2026)]
    # (not of a clause with a year of its own: a pair from a year ends in the year reviewed)
    text = REVIEW + "研发经费投入强度2024年达到2.52%,技术合同成交额由2020年的1248.8亿元增至2950.4亿元。"
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [
        ("rd_intensity", 2024), ("tech_contract_value", 2020), ("tech_contract_value", 2025)]


def test_goals_a_congress_set_for_a_year_it_names_after_its_verb_are_that_years():
    text = PLAN + "省十四届人大三次会议确定2025年全省生产总值增长6%、固定资产投资增长8%。"
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("gdp", "target", 2025), ("fixed_asset_investment", "target", 2025)]


def test_the_region_written_in_brackets_after_another_name_makes_that_name_its_own():
    text = ("江北新区管委 江北区政府\n关于2018年上半年工作情况的报告\n——2018年7月24日在江北区第一届人民代表大会常务委员会"
            "第十一次会议上\n一、上半年主要工作进展\n今年以来,新区(江北区)深入贯彻党的十九大精神,经济运行稳中有进。"
            "上半年,新区实现生产总值1578.3亿元,同比增长10.1%。\n")
    assert [(r["region"], format_decimal(r["value"])) for r in extract_text(text)] == [("江北区", "1578.3"), ("江北区", "10.1")]
    text = ("江北经济技术开发区(国际商务区)管委会工作报告\n——在2022年全区经济工作会议上\n一、2021年工作回顾\n"
            "全年实现地区生产总值436.8亿元。国际商务区完成固定资产投资52亿元。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["436.8"]  # (the region first: a part beside)


@pytest.mark.parametrize("sentence, expected", [
    ("一季度受疫情影响全省地区生产总值增长4.1%,上半年增长4.6%。", [("Q1", "4.1"), ("H1", "4.6")]),
    ("受疫情影响较大的旅游业增加值下降12%。", []),
], ids=["a cause before the whole", "a cause before a sector"])
def test_a_cause_opening_the_clause_is_no_subject(sentence, expected):
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(REVIEW + sentence)] == expected


def test_a_plans_goals_quoted_in_the_review_are_for_the_plans_last_year():
    text = ("2025年江北市政府工作报告\n——2025年1月8日在江北市第九届人民代表大会第四次会议上\n一、2024年工作回顾\n"
            "今年是“十四五”规划收官之年。“十四五”规划确定的地区生产总值8000亿元目标已提前一年完成,"
            "但研发经费投入强度3.5%、数字经济核心产业增加值占比15%等目标仍需加倍努力。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", 2025, "8000"), ("rd_intensity", "target", 2025, "3.5")]


def test_a_threshold_the_parts_named_after_it_pass_is_no_row():
    text = ("江北市2010年1-8月经济运行情况\n九、各县区经济运行情况\n1-8月,全市13个县(市、区)中,规模以上工业增加值增速"
            "超过30%的有潞城市、长治县、襄垣县、屯留县4个;城镇固定资产投资增长40%以上的有城区、郊区、沁源县3个。\n")
    assert extract_text(text) == []


def test_a_parks_firms_are_the_park():
    text = ("重庆江北工业园区2006年前三季度经济运行情况\n(2006年10月12日)\n"
            "前三季度,园区企业实现出口创汇3260万美元,增长28.6%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("exports", "0.326"), ("exports", "28.6")]


@pytest.mark.parametrize("sentence, indicator, value", [
    ("按照市委、市政府确定的全年生产总值增长14%的目标,下半年仍需加倍努力。", "gdp", "14"),
    ("市政府年初确定全年规模以上工业增加值增长20%,目前已超过目标。", "industrial_value_added", "20"),
    ("年初确定新区全年生产总值增长22%,对照目标还有差距。", "gdp", "22"),
], ids=["the city's committee and government", "the government early in the year", "early in the year, the zone"])
def test_who_set_the_years_goal_is_no_subject_of_its_own(sentence, indicator, value):
    text = "江北新区2009年上半年经济运行情况\n二、确保完成全年目标任务\n" + sentence + "\n"
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (indicator, "target", "FY", value)]


def test_a_part_named_in_one_item_of_a_list_of_goals_is_that_items_alone():
    text = (PLAN + "全省经济社会发展主要预期目标是:地区生产总值增长6%左右,直管区一般公共预算收入增长6%左右,"
            "城镇新增就业35万人以上。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "6"), ("new_urban_jobs", "350000")]
    text = REVIEW + "全省地区生产总值增长6%,开发区实现地区生产总值1200亿元,城镇新增就业3.5万人。"  # (a part's figures)
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "6")]


def test_an_estimate_opening_a_line_does_not_reach_the_months_own_figures_past_a_semicolon():
    text = (REVIEW + "过去一年,预计全省地区生产总值达到8320亿元、增长6%左右;1—11月,规模以上工业增加值增长9.3%;"
            "一般公共预算收入660.7亿元。\n")
    assert [(r["period"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("FY", "8320", "estimate"), ("FY", "6", "estimate"), ("M1-M11", "9.3", ""), ("FY", "660.7", "estimate")]


@pytest.mark.parametrize("goals, year", [
    ("今后五年的主要目标是:到2011年,全市生产总值达到1500亿元;单位生产总值能耗比“十五”末降低20%左右。", 2011),
    ("今后五年的主要目标是:单位生产总值能耗比“十五”末降低20%左右。", 2010),
], ids=["the year its goals are for", "the plan's end with no year named"])
def test_a_goal_against_the_end_of_the_plan_before_is_for_the_year_named_or_the_plans_end(goals, year):
    text = ("2007年江北市政府工作报告\n——2007年1月10日在江北市第十三届人民代表大会第一次会议上\n"
            "二、今后五年的目标任务\n" + goals + "\n")
    rows = [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text) if r["indicator"] == "energy_intensity"]
    assert rows == [("energy_intensity", "target", year)]


@pytest.mark.parametrize("head, sentence, expected", [
    ("江北市2006年上半年经济运行情况\n八、下半年工作要求\n",
     "各地各部门要紧紧围绕年初确定的全年生产总值增长13%、财政总收入增长18%的目标。", [("gdp", "13"), ("fiscal_revenue", "18")]),
    ("江北市2026年1-5月经济运行情况\n二、下阶段工作要求\n",
     "各区镇、各部门要紧扣全年地区生产总值增长5.5%左右的目标。", [("gdp", "5.5")]),
    ("江北州2023年一季度经济运行情况\n", "从全年看,实现州政府工作报告确定的地区生产总值增长7.5%左右的预期目标仍需加力。",
     [("gdp", "7.5")]),
], ids=["to every place and department", "to the towns and departments", "the prefecture's report set them"])
def test_whom_the_years_goals_are_addressed_to_is_no_subject_of_its_own(head, sentence, expected):
    rows = extract_text(head + sentence + "\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in rows] == expected
    assert {(r["kind"], r["period"]) for r in rows} == {("target", "FY")}


def test_a_heading_on_the_outlook_for_the_years_goals_opens_goals():
    text = ("江北高新区2022年1-8月经济运行情况\n八、全年目标完成展望\n按照年初制定的目标,2022年全区规模以上工业总产值增长10%以上,"
            "技术合同成交额突破250亿元,实际使用外资5.5亿美元。\n")
    assert {(r["kind"], r["year"], r["period"]) for r in extract_text(text)} == {("target", 2022, "FY")}
    assert len(extract_text(text)) == 3


def test_a_cause_between_a_level_and_its_change_and_a_sidebar_of_ranked_headlines():
    text = REVIEW + "全省社会消费品零售总额736.2亿元,受疫情冲击下降3.4%。\n"
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["736.2", "-3.4"]
    page = ("石狮市2005年上半年工作情况报告\n家乡新闻排行\n1.晋江:2004年财政总收入突破40亿元\n2.石狮市召开招商引资工作会议\n"
            "上半年,全市财政总收入完成12.3亿元。\n")
    assert [format_decimal(r["value"]) for r in extract_text(page)] == ["12.3"]


def test_a_regions_product_in_the_nations_report_is_a_part_of_the_nation():
    text = (NATIONAL_2005 + "(五)支持东北振兴。落实一揽子政策,辽宁主要经济指标逐季好转,全年地区生产总值增长8%。"
            "全年国内生产总值136515亿元,比上年增长9.5%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "136515"), ("gdp", "9.5")]
    text = REVIEW + "落实一揽子政策,全省主要经济指标逐季好转,全年地区生产总值增长8%。"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "8")]


def test_a_heading_on_what_a_plan_achieved_so_far_is_a_review_and_a_gloss_after_a_name_is_the_names():
    text = ("闵行区2020年政府工作报告\n——2020年1月9日在闵行区第六届人民代表大会第五次会议上\n二、“十三五”以来的发展成就\n"
            "全区研发经费投入强度由4.0%提高到5.1%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2015, "4"), ("actual", 2019, "5.1")]
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(
        REVIEW + "全省实际利用外资(外商直接投资)16.1亿美元。地方财政一般预算收入(地方财政收入)300亿元。")] == [
        ("fdi_actual", "16.1"), ("general_budget_revenue", "300")]


def test_a_view_by_quarter_after_a_stop_gives_the_subject_of_the_sentence_before_its_quarters():
    text = (NATIONAL_2005 + "全年国内生产总值136515亿元,比上年增长9.5%。分季度看,一季度增长9.8%、二季度增长9.6%。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "FY", "136515"), ("gdp", "FY", "9.5"), ("gdp", "Q1", "9.8"), ("gdp", "Q2", "9.6")]
    text = REVIEW + "全省地区生产总值增长6%。分季度看,一季度、二季度分别增长6.1%、5.5%。"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("FY", "6"), ("Q1", "6.1"), ("Q2", "5.5")]
    # (after a list of parts, whose quarters? none)
    text = REVIEW + "其中,第一产业增加值836.4亿元,增长4.3%;第三产业增加值2922.7亿元,增长9.8%。\n分季度看,一季度增长11.3%。\n"
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [("service_value_added", "FY")] * 2


def test_a_review_of_a_plans_years_closes_at_a_paragraph_about_one_year_or_part_of_it():
    head = "江西省2004年政府工作报告\n——2004年1月12日在江西省第十届人民代表大会第二次会议上\n一、2003年工作回顾\n"
    text = (head + "回顾本届政府以来的发展,“十五”前三年全省国内生产总值平均每年递增11.1%。\n"
            "科技教育事业加快发展。全年专利申请量达到2100件,专利授权量1017件。\n"
            "一至三季度全省生产总值增长11.2%,四季度增速放缓。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("patent_applications", "FY", "2100"), ("patent_grants", "FY", "1017"), ("gdp", "Q1-Q3", "11.2")]
    text = (head.replace("2004", "2006").replace("2003年", "2005年") + "经济实力跃上新台阶。预计2005年全省生产总值达到4056亿元,"
            "增长12.8%,“十五”期间年均增长11.5%。\n开放型经济迅猛发展。外贸进出口总额40.6亿美元。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)][-1] == (
        "foreign_trade", 2005, "40.6")


def test_a_later_period_of_the_same_name_after_its_first_figure():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n"
            "——2021年8月18日在第十三届全国人民代表大会常务委员会第三十次会议上\n一、今年以来经济社会发展情况\n"
            "6月份全国城镇调查失业率为5%,上半年平均为5.2%。居民消费价格上涨0.5%,其中二季度同比上涨1.1%。\n"
            "从季度看,一季度全国国内生产总值同比增长18.3%;二季度当季增长7.9%。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("surveyed_unemployment_rate", "M6", "5"), ("surveyed_unemployment_rate", "H1", "5.2"),
        ("cpi", "H1", "0.5"), ("cpi", "Q2", "1.1"), ("gdp", "Q1", "18.3"), ("gdp", "Q2", "7.9")]
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(
        REVIEW + "全省居民消费价格总水平上涨5.9%,其中上半年同比上涨7.9%。")] == [("FY", "5.9"), ("H1", "7.9")]


def test_a_plans_table_gives_its_later_years_column_as_the_goal_and_an_example_is_no_figure():
    text = ("芜湖市2021年政府工作报告\n——2021年1月20日在芜湖市第十七届人民代表大会第五次会议上\n二、“十四五”时期主要目标\n"
            "指标\t2020年\t2025年\t年均增长(%)\t属性\n地区生产总值(亿元)\t3753.0\t6000以上\t7.5左右\t预期性\n\n"
            "例如,某省研发经费支出100亿元、生产总值6800亿元,则研发经费投入强度约为1.47%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)] == [
        ("actual", 2020, "3753", ""), ("target", 2025, "6000", "at_least")]


def test_a_june_reports_estimate_of_its_half_a_difference_from_last_years_goal_and_quarters_on_their_own_line():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n"
            "——2013年6月26日在第十二届全国人民代表大会常务委员会第三次会议上\n一、今年以来计划执行情况\n"
            "1—5月份,规模以上工业增加值增长9.4%。\n上半年,国内生产总值增长7.6%。\n分季度看,一季度增长7.7%、二季度增长7.5%。\n"
            "二、下半年工作安排\n预计上半年居民消费价格上涨2.4%左右。城镇新增就业预期目标比去年多100万人。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"]), r["qualifier"])
            for r in extract_text(text)] == [
        ("industrial_value_added", "actual", "M1-M5", "9.4", ""), ("gdp", "actual", "H1", "7.6", ""),
        ("gdp", "actual", "Q1", "7.7", ""), ("gdp", "actual", "Q2", "7.5", ""), ("cpi", "actual", "H1", "2.4", "estimate")]


def test_a_years_lead_in_a_five_year_review_dates_the_figures_after_its_general_paragraphs():
    text = ("大连市2013年政府工作报告\n——2013年1月10日在大连市第十五届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "五年来,我们主要做了以下工作:\n(一)经济实力跃上新台阶。全市固定资产投资五年累计完成1.95万亿元。\n"
            "2012年,面对复杂严峻的经济形势,全市经济保持平稳较快发展。\n一年来,我们着力稳增长、调结构、促改革、惠民生。\n"
            "我们全力抓项目、扩投资,一批重大项目顺利推进。\n初步核算,全市地区生产总值增长10.3%。全社会固定资产投资5235亿元。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2012, "10.3"), ("fixed_asset_investment", 2012, "5235")]


def test_a_county_areas_subject_goes_on_to_a_name_with_an_opening_of_its_own():
    text = REVIEW + "(四)县域经济实现较快发展。四市一县县域生产总值增长20%,地方财政一般预算收入增长25%;县域生产总值增长14.5%,全部财政收入增长24%。"
    assert facts(text) == []


def test_a_half_years_own_words_an_earlier_year_looked_back_on_and_names_of_the_2000s():
    text = ("晋江市2026年上半年工作报告\n——2026年7月28日在晋江市人民代表大会常务委员会会议上\n一、上半年工作情况\n"
            "上半年,500万元以上固定资产投资增长12.3%。\n二、下半年工作安排\n"
            "在2025年地区生产总值突破3700亿元的基础上,咬定全年地区生产总值增长7.5%的目标不放松。\n"
            "往期推荐\n仁寿:一季度“开门红”!地区生产总值增长6.1%\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", "actual", 2026, "H1", "12.3"), ("gdp", "actual", 2025, "FY", "3700"),
        ("gdp", "target", 2026, "FY", "7.5")]
    review = ("辽宁省2018年政府工作报告\n——2018年1月25日在辽宁省第十三届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
              "五年来,我们主要做了以下工作:\n初步核算,2017年全省地区生产总值23942亿元,比上年增长4.2%,扭转了2016年下降2.5%的局面;"
              "一般公共预算收入2390.2亿元,增长8.6%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(review)][-2:] == [
        ("general_budget_revenue", 2017, "2390.2"), ("general_budget_revenue", 2017, "8.6")]


def test_a_pair_of_lists_across_a_comma_and_quarters_whose_verb_is_written_once():
    national = "政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n"
    text = national + ("城镇居民人均可支配收入和农村居民人均纯收入分别由1997年的5160元和2090元,增加到2002年的7703元和2476元。"
                       "2002年国内生产总值一季度增长7.6%,二季度8%,三季度8.1%。\n")
    assert [(r["indicator"][:5], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("urban", 1997, "FY", "5160"), ("rural", 1997, "FY", "2090"), ("urban", 2002, "FY", "7703"),
        ("rural", 2002, "FY", "2476"), ("gdp", 2002, "Q1", "7.6"), ("gdp", 2002, "Q2", "8"), ("gdp", 2002, "Q3", "8.1")]


def test_a_zone_writes_itself_short_after_a_time_and_a_goal_for_a_later_year_sums_years_in_a_half_year_report():
    zone = "合肥高新区2017年工作报告\n——2017年2月10日在合肥高新区2017年度工作大会上\n一、2016年工作回顾\n"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(
        zone + "全年高新区实现地区生产总值880亿元。\n全年高新区规模以上工业总产值完成2086.3亿元。\n")] == [
        ("gdp", "880"), ("industrial_output", "2086.3")]
    text = HALF_YEAR + "二、下半年工作\n到2027年,全县固定资产投资累计完成3500亿元以上。\n"
    assert facts(text) == []


def test_a_paragraph_led_by_the_last_year_of_a_plan_dates_the_lines_after_it():
    text = ("政府工作报告\n——2011年3月5日在第十一届全国人民代表大会第四次会议上\n一、“十一五”时期我国经济社会发展的巨大成就\n"
            "“十一五”时期是我国发展进程中极不平凡的五年。城镇新增就业5771万人。\n"
            "2010年是“十一五”时期的最后一年。一年来,我们保持经济平稳较快发展。\n"
            "2010年国内生产总值增长10.3%。\n城镇新增就业1168万人,城镇登记失业率4.1%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2010, "10.3"), ("new_urban_jobs", 2010, "11680000"), ("unemployment_rate", 2010, "4.1")]


def test_a_numbered_heading_on_the_line_before_its_paragraph_is_no_subject_unless_it_names_a_part():
    assert facts(HALF_YEAR + "一、上半年工作\n(四)投资保持较快增长\n500万元以上固定资产投资增长12.3%。") == [
        ("fixed_asset_investment", "growth", "actual", "12.3", "", 2024)]
    assert facts(HALF_YEAR + "一、上半年工作\n(四)滨江高新区加快发展\n规模以上工业总产值增长12.3%。") == []


def test_a_plans_paragraphs_led_by_its_last_year_a_list_averaged_after_分别_and_a_plan_approved_restated():
    head = "太仓市2006年政府工作报告\n——2006年1月10日在太仓市第十三届人民代表大会第四次会议上\n一、“十五”时期经济社会发展回顾\n"
    text = head + ("投资规模持续扩张。2005年完成全社会固定资产投资236.8亿元,“十五”期间累计完成812亿元。\n"
                   "完成进出口总额82.4亿美元,增长31.6%。\n城镇和农村常住居民人均可支配收入分别年均增长11.5%和14.8%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fixed_asset_investment", 2005, "236.8"), ("foreign_trade", 2005, "82.4"), ("foreign_trade", 2005, "31.6")]
    june = ("江西省2019年上半年计划执行情况的报告\n——2019年6月26日在江西省第十三届人民代表大会常务委员会会议上\n"
            "二、全年目标完成预测\n省十三届人大二次会议批准的2019年计划确定,全省地区生产总值增长8.5%左右。\n")
    assert [(r["kind"], r["year"], r["period"]) for r in extract_text(june)] == [("target", 2019, "FY")]


def test_the_start_of_a_pair_in_a_sentence_compared_with_a_year_is_that_years():
    text = ("2004年江北市政府工作报告\n——2004年1月8日在江北市第十三届人民代表大会第二次会议上\n一、2003年工作回顾\n"
            "与2000年相比,全市生产总值由257亿元增加到559.6亿元,财政总收入由27.3亿元增加到86.5亿元。")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2000, "257"), (2003, "559.6"), (2000, "27.3"), (2003, "86.5")]


def test_an_industrial_cluster_zone_is_a_part_and_a_comparable_basis_opens_no_clause_of_its_own():
    text = ("凤凰县人民政府工作报告\n——2015年1月20日在凤凰县第十六届人民代表大会第四次会议上\n一、2014年工作回顾\n"
            "全县实现地区生产总值45.3亿元,增长9.5%。凤凰工业集中区完成基础设施投资3.6亿元,实现工业总产值16.2亿元。"
            "一般公共预算收入28.7亿元,可比口径增长16.2%。")
    assert [(r["indicator"], r["basis"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "", "45.3"), ("gdp", "", "9.5"), ("general_budget_revenue", "", "28.7"),
        ("general_budget_revenue", "comparable", "16.2")]


def test_a_paragraph_of_a_five_year_review_that_dates_its_last_years_figure_has_no_years_figures_before_it():
    text = ("寿光市政府工作报告\n——2003年1月8日在寿光市第十五届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "五年来,综合经济实力显著增强。\n2002年,全市实现国内生产总值158.6亿元,比上年增长14.2%。\n"
            "(一)对外开放不断扩大。坚持外向带动,新批外商投资企业156家,合同外资3.85亿美元。2002年新批合同外资1.12亿美元,增长41.7%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2002, "158.6"), ("gdp", 2002, "14.2"), ("fdi_contracted", 2002, "1.12"), ("fdi_contracted", 2002, "41.7")]


def test_a_goal_quoted_after_what_was_done_is_the_reviewed_years_target():
    text = ("江北省2016年政府工作报告\n——2016年1月20日在江北省第十二届人民代表大会第四次会议上\n一、2015年工作回顾\n"
            "全省居民消费价格总水平上涨2.4%,低于年初确定的4%左右的控制目标。"
            "全省地区生产总值增长6.3%,比年初确定的6%左右的预期目标高0.3个百分点。"
            "单位地区生产总值能耗下降1.5%,未完成年初确定的下降2%的目标。"
            "研发经费投入强度提高到2.05%,未达到规划确定的2.2%的目标。"
            "全省财政总收入1920亿元,超额完成年初确定的1800亿元目标。"
            "规模以上工业增加值5407.5亿元,增长23.8%,年初计划增长16%。\n")
    assert [(r["indicator"], r["measure"], r["kind"], r["year"], format_decimal(r["value"]))
            for r in extract_text(text) if r["kind"] == "target"] == [
        ("cpi", "growth", "target", 2015, "4"), ("gdp", "growth", "target", 2015, "6"),
        ("energy_intensity", "growth", "target", 2015, "-2"), ("rd_intensity", "level", "target", 2015, "2.2"),
        ("fiscal_revenue", "level", "target", 2015, "1800"),
        ("industrial_value_added", "growth", "target", 2015, "16")]


def test_goals_of_a_year_in_a_report_given_late_in_it():
    text = ("樊城区政府工作报告\n——2020年5月12日在樊城区第十八届人民代表大会第五次会议上\n一、2019年工作回顾\n"
            "全区地区生产总值增长8%。\n二、今年以来经济运行情况\n一季度,全区地区生产总值下降38.9%,固定资产投资下降76.1%。\n"
            "三、“十三五”规划目标完成情况\n由于疫情冲击,“十三五”规划确定的2020年地区生产总值达到1000亿元、一般公共预算收入达到30亿元的目标将难以实现。\n"
            "四、2020年主要目标和工作安排\n今年的主要预期目标是:力争全年总量恢复到2019年水平的95%以上;一般公共预算收入力争完成15亿元;"
            "城镇新增就业1.2万人。\n")
    assert [(r["indicator"], r["kind"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2019, "FY", "8"), ("gdp", "actual", 2020, "Q1", "-38.9"),
        ("fixed_asset_investment", "actual", 2020, "Q1", "-76.1"), ("gdp", "target", 2020, "FY", "1000"),
        ("general_budget_revenue", "target", 2020, "FY", "30"), ("general_budget_revenue", "target", 2020, "FY", "15"),
        ("new_urban_jobs", "target", 2020, "FY", "12000")]


def test_the_year_of_a_quoted_goal_ends_with_the_goal():
    text = ("政府工作报告\n——2019年1月14日在江北省第十三届人民代表大会第二次会议上\n二、2019年主要目标和重点工作\n"
            "加快建设创新型江北。确保实现“十三五”规划确定的2020年全社会研发经费投入强度达到2%的目标，"
            "技术合同成交额增长10%以上。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("rd_intensity", "target", 2020, "2"), ("tech_contract_value", "target", 2019, "10")]


@pytest.mark.parametrize("date_line, year", [
    ("——2020年5月18日在恩施州第八届人民代表大会第五次会议上", 2020),  # given late: the months so far, this year's
    ("——2021年1月20日在恩施州第八届人民代表大会第六次会议上", 2020),  # given on time: the months of the year reviewed
])
def test_a_part_on_the_time_since_an_event_is_this_years_only_in_a_report_given_after_spring(date_line, year):
    text = (f"恩施州政府工作报告\n{date_line}\n二、疫情以来的经济运行情况\n"
            "一季度,全州地区生产总值下降34.2%。1—4月,固定资产投资下降52.1%。\n")
    assert [(r["indicator"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("gdp", year, "Q1"), ("fixed_asset_investment", year, "M1-M4")]


def test_a_goal_the_year_before_adjusted_is_of_the_year_it_names():
    text = ("固始县政府工作报告\n——2003年2月18日在固始县第十四届人民代表大会第一次会议上\n二、2003年工作安排\n"
            "“十五”计划纲要提出,到2005年全县国内生产总值达到100亿元。去年县政府对“十五”计划进行了中期评估,经县人大常委会批准,"
            "将2005年国内生产总值目标调整为110亿元。\n")
    assert [(r["year"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2005, "target", "100"), (2005, "target", "110")]


def test_the_adjusted_budget_in_the_years_execution_is_that_years():
    text = ("关于番禺区2017年预算执行情况和2018年预算草案的报告\n——2018年1月24日在广州市番禺区第十七届人民代表大会第三次会议上\n"
            "一、2017年预算执行情况\n全区一般公共预算支出调整预算为117.38亿元,全年完成112.45亿元。\n")
    assert [(r["year"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2017, "target", "117.38"), (2017, "actual", "112.45")]


def test_a_later_year_a_goals_clause_opens_on_dates_the_goals_after_its_semicolon():
    text = ("宁川县2016年政府工作报告\n——2016年1月15日在宁川县第十六届人民代表大会第五次会议上\n"
            "二、“十三五”时期主要目标和2016年工作安排\n今后五年全县经济社会发展的主要目标是:生产总值年均增长8.5%,"
            "2020年达到230亿元;一般公共预算收入达到9亿元。今年主要预期目标是:生产总值增长8%(年均增长8%,2020年达到230亿元);"
            "一般公共预算收入增长6%。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2020, "230"), (2020, "9"), (2016, "8"), (2016, "6")]


def test_the_budget_adjusted_under_the_years_execution_is_that_years():
    text = ("关于四川省2015年预算执行情况和2016年预算草案的报告\n——2016年1月24日在四川省第十二届人民代表大会第四次会议上\n"
            "一、2015年预算执行情况\n2015年,全省财政运行总体平稳。以下收支数据均为快报预计数。\n(一)预算调整情况\n"
            "年初省十二届人大三次会议批准的全省一般公共预算收入预算为3318亿元、增长8.5%。"
            "8月,经省十二届人大常委会第十八次会议审议批准,全省一般公共预算收入预算调整为3270亿元、增长6.8%。\n"
            "二、2016年预算草案\n全省一般公共预算收入预算安排3450亿元,增长5.5%。\n")
    assert [(r["year"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2015, "target", "3318"), (2015, "target", "8.5"), (2015, "target", "3270"), (2015, "target", "6.8"),
        (2016, "target", "3450"), (2016, "target", "5.5")]


@pytest.mark.parametrize("clause, expected", [
    ("2018年区一般公共预算收入预期目标为122.6亿元。", ["122.6"]),
    ("全年实现区地方财政收入223.6亿元。", ["223.6"]),
    ("2018年市一般公共预算收入预期目标为1122.6亿元。", []),
], ids=["after a year", "after a verb", "the city's, in a district's report"])
def test_the_reports_own_level_written_bare_before_a_name_is_the_region(clause, expected):
    text = ("关于番禺区2017年预算执行情况和2018年预算草案的报告\n——2018年1月23日在广州市番禺区第十七届人民代表大会第三次会议上\n"
            f"{clause}\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == expected


def test_a_sentence_opening_on_qizhong_with_a_clause_of_its_own_is_about_a_part_of_the_one_before():
    text = REVIEW + ("新批外商投资项目76个,合同外资6.8亿美元,实际利用外资3.65亿美元。其中,韩资项目41个,合同外资3.9亿美元。"
                     "全省进出口总额1516.9亿美元。其中,出口1063.4亿美元。")
    assert [(f[0], f[3]) for f in facts(text)] == [("fdi_contracted", "6.8"), ("fdi_actual", "3.65"),
                                                    ("foreign_trade", "1516.9"), ("exports", "1063.4")]


def test_a_zone_named_after_a_region_whose_name_ends_in_a_place_word_is_a_part():
    text = ("江乡县人民政府工作报告\n——2014年1月7日在江乡县第十六届人民代表大会第四次会议上\n一、2013年工作回顾\n"
            "全县规模以上工业增加值增长15.1%。\n(二)园区平台加速壮大:江乡经开区成功升级为国家级经济技术开发区,"
            "实现技工贸总收入1018亿元,规模工业增加值增长18.6%。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["15.1"]


def test_a_part_after_a_sector_is_the_sectors():
    text = REVIEW + ("藤铁工艺产业实现产值80.6亿元,增长21.3%,其中出口1.6亿美元。全省进出口总额52.6亿美元,其中出口31.2亿美元。"
                     "粮油总产量760万吨,其中粮食370万吨。产业投资增长12.8%,其中工业投资增长18.9%。")
    assert [(f[0], f[3]) for f in facts(text)] == [("foreign_trade", "52.6"), ("exports", "31.2"), ("grain_output", "370"),
                                                    ("industrial_investment", "18.9")]


def test_a_pages_reading_of_the_report_after_it_is_no_part_of_the_report():
    text = ("德清县2019年政府工作报告\n——2019年2月20日在德清县第十七届人民代表大会第四次会议上\n一、2018年工作回顾\n"
            "全县财政总收入突破百亿元,达到107.2亿元。\n二、2019年工作安排\n全县地区生产总值增长7.5%。" + "重点抓好八个方面工作。" * 40
            + "\n以上报告,请予审议。\n【解读】一图读懂2019年县政府工作报告\n关键词一:成绩单。财政总收入达到107.2亿元,增长15%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2018, "107.2"), ("target", 2019, "7.5")]


def test_a_change_dated_to_one_year_after_a_from_to_pair_is_that_years():
    text = ("2003年国务院政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "五年来,进出口总额从1997年的3252亿美元增加到2002年的6208亿美元,2002年增长21.8%;"
            "财政收入从1997年的8651亿元增加到2002年的18914亿元,增长1.2倍。")
    assert [(r["year"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (1997, "level", "3252"), (2002, "level", "6208"), (2002, "growth", "21.8"),
        (1997, "level", "8651"), (2002, "level", "18914")]


def test_this_year_after_a_semicolon_ends_the_year_of_goals_before_it():
    text = ("深圳市政府工作报告\n——2025年1月20日在深圳市第七届人民代表大会第六次会议上\n三、2025年工作安排\n"
            "到2027年,规模以上工业总产值达到6万亿元;今年力争规模以上工业总产值增长8%以上。")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2027, "60000"), (2025, "8")]


def test_the_second_halfs_main_work_is_a_part_of_goals():
    text = ("宁夏回族自治区2022年上半年国民经济和社会发展计划执行情况的报告\n——2022年7月26日在自治区人民代表大会常务委员会会议上\n"
            "一、上半年工作进展情况\n上半年,全区居民消费价格上涨2.1%。\n二、下半年主要工作\n"
            "确保城镇调查失业率控制在5.5%以内,居民消费价格涨幅控制在3%左右。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "H1", "2.1"), ("target", "FY", "5.5"), ("target", "FY", "3")]


@pytest.mark.parametrize("passage, expected", [
    ("一般预算收入5.2亿元,一般预算收入中税收收入4.1亿元,增长12%。", [("general_budget_revenue", "5.2"), ("tax_revenue", "4.1"),
                                                              ("tax_revenue", "12")]),
    ("努力把全年居民消费价格涨幅控制在3%左右。", [("cpi", "3")]),
    ("全社会固定资产投资338.6亿元,增长21.4%,为近五年来最高增幅,其中工业投资126.7亿元,增长15.8%。",
     [("fixed_asset_investment", "338.6"), ("fixed_asset_investment", "21.4"), ("industrial_investment", "126.7"),
      ("industrial_investment", "15.8")]),
    ("城镇、\n农村居民人均可支配收入分别增长7%和8%。", [("urban_disposable_income", "7"), ("rural_disposable_income", "8")]),
], ids=["中 after a name: a part of it", "把 opens", "a record of five years is no review of them", "a list wrapped after 、"])
def test_openings_and_asides_of_a_counties_review(passage, expected):
    assert [(f[0], f[3]) for f in facts(REVIEW + passage)] == expected


def test_an_estimate_in_a_paragraph_that_opens_on_the_half_is_the_halfs():
    text = ("仁寿县2018年上半年工作情况报告\n——2018年7月30日在仁寿县第十八届人民代表大会常务委员会会议上\n一、上半年工作情况\n"
            "预计上半年全县实现地区生产总值186.35亿元、增长8.3%。预计城镇居民人均可支配收入17350元、增长8.4%。\n"
            "编后记:据县统计局其后发布的数据,2018年全县地区生产总值增长8.6%。谨供读者对照,非报告原文。\n")
    assert [(r["kind"], r["period"], r["qualifier"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "H1", "estimate", "186.35"), ("actual", "H1", "estimate", "8.3"),
        ("actual", "H1", "estimate", "17350"), ("actual", "H1", "estimate", "8.4")]


def test_a_goal_year_at_the_opening_of_a_clause_with_its_name_dates_the_clauses_after_it():
    text = ("某区政府工作报告\n——2026年1月8日在某区第八届人民代表大会第五次会议上\n一、2025年工作回顾\n"
            "全区地区生产总值1630亿元,增长5.6%。“十五五”时期,我们将力争到2030年地区生产总值达到2000亿元左右,"
            "规上工业总产值突破4000亿元,全社会研发经费投入强度达到4%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)][2:] == [
        ("target", 2030, "2000"), ("target", 2030, "4000"), ("target", 2030, "4")]


def test_a_plans_goal_quoted_as_the_plan_set_it_is_a_target_of_the_year_it_names():
    text = ("沈阳市政府工作报告\n——2025年1月14日在沈阳市第十七届人民代表大会第五次会议上\n一、2024年及“十四五”以来工作回顾\n"
            "四年来,全市地区生产总值年均增长5.3%。对照“十四五”规划提出的2025年地区生产总值迈上万亿元台阶的目标,"
            "今年需要增长7%左右,任务十分艰巨。\n")
    assert [(r["kind"], r["year"], r["qualifier"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", 2025, "at_least", "10000")]


def test_the_level_a_change_is_measured_from_is_the_level_of_the_year_it_names():
    text = ("某市政府工作报告\n——2010年2月10日在某市第十四届人民代表大会第三次会议上\n一、2009年工作回顾\n"
            "2009年全市生产总值已经比2005年的2943.7亿元增长33.2%,城市居民人均可支配收入比2005年的16601元增长41.8%。\n")
    assert [(r["indicator"], r["year"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2005, "level", "2943.7"), ("urban_disposable_income", 2005, "level", "16601")]


@pytest.mark.parametrize("passage, expected", [
    ("全市地区生产总值增长5.6%。四个季度GDP增速分别为5.2%、5.5%、5.7%和5.9%,呈逐季回升态势。",
     [("FY", "5.6"), ("Q1", "5.2"), ("Q2", "5.5"), ("Q3", "5.7"), ("Q4", "5.9")]),
    ("全市地区生产总值增长5.6%。四个季度地区生产总值增长均在5%以上。", [("FY", "5.6")]),
], ids=["dealt out", "none dealt"])
def test_the_four_quarters_figures_are_each_quarters_when_dealt_out(passage, expected):
    text = "某市政府工作报告\n——2026年1月12日在某市第十七届人民代表大会第五次会议上\n一、2025年工作回顾\n" + passage + "\n"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


@pytest.mark.parametrize("passage, expected", [
    ("上半年全省生产总值11215.9亿元,同比增长8.7%,居全国第9位。一季度增长8.6%,二季度增长8.8%,增速逐季回升。",
     [("H1", "11215.9"), ("H1", "8.7"), ("Q1", "8.6"), ("Q2", "8.8")]),
    ("全省规模以上工业增加值同比增长19.8%,增速比一季度提高3.2个百分点。6月份单月增长23.6%。", [("H1", "19.8"), ("M6", "23.6")]),
    ("全省生产总值增长8.7%;规模以上工业增加值增长9.1%。一季度增长8.6%。", [("H1", "8.7"), ("H1", "9.1")]),
], ids=["quarters", "a month", "whose? two subjects before"])
def test_a_sentence_of_a_quarters_or_months_change_alone_is_the_one_subject_before_its(passage, expected):
    text = "某省2016年上半年经济运行情况\n——2016年7月20日\n一、上半年经济运行情况\n" + passage + "\n"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


@pytest.mark.parametrize("passage, expected", [
    ("全社会固定资产投资98.6亿元,因房地产开发投资回落,比上年下降5.2%。", [("fixed_asset_investment", "98.6"),
                                                       ("fixed_asset_investment", "-5.2")]),
    ("全省生产总值320亿元,受工业投资回落影响,比上年增长5.2%。", [("gdp", "320"), ("gdp", "5.2")]),
    ("全省生产总值320亿元,因工业投资增长12%,比上年增长5.2%。", [("gdp", "320")]),
], ids=["a reason's other subject", "a reason's name", "a reason with a figure is no reason clause"])
def test_a_clause_giving_a_reason_and_no_figure_stands_between_nothing(passage, expected):
    assert [(f[0], f[3]) for f in facts(REVIEW + passage)] == expected


@pytest.mark.parametrize("passage, expected", [
    ("产业转型加快推进。德清经济开发区实现规上工业产值320亿元,占全县近一半。服务业增加值增长10.1%。",
     [("service_value_added", "10.1")]),
    ("产业转型加快推进。德清经济开发区大力发展地理信息产业。服务业增加值增长10.1%。", []),
], ids=["a zone's sentence of figures is done with", "a zone's sentence of no figure announces the topic"])
def test_a_zones_sentence_before_is_the_topic_only_when_it_gives_no_figure(passage, expected):
    text = "德清县政府工作报告\n——2016年1月12日在德清县第十五届人民代表大会第五次会议上\n一、2015年工作回顾\n" + passage + "\n"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == expected


def test_a_numbered_item_is_a_topic_of_its_own_not_the_items_before():
    text = ("湖南省政府工作报告\n——2008年1月20日在湖南省第十一届人民代表大会第一次会议上\n三、2008年工作安排\n"
            "实现上述目标,重点做好以下工作:\n(三)加快长株潭城市群“两型社会”建设。\n"
            "(四)扩大对外开放,实际利用外商直接投资增长20%以上。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fdi_actual", "target", "20")]


def test_a_verb_of_pushing_opens_a_goal():
    assert [(f[0], f[2], f[3]) for f in facts(PLAN + "推进工业投资增长15%,全省生产总值增长6%。")] == [
        ("industrial_investment", "target", "15"), ("gdp", "target", "6")]


def test_a_continuations_own_continuation_is_read_too():
    text = ("某省2018年一季度经济运行情况\n——2018年4月20日\n一、一季度经济运行情况\n"
            "一季度,全省规模以上工业增加值同比增长8.2%。其中3月当月增长9.5%;1—2月增长7.3%。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("Q1", "8.2"), ("M3", "9.5"), ("M1-M2", "7.3")]


@pytest.mark.parametrize("passage, expected", [
    ("全省地区生产总值由2024年的60000亿元增加到63000亿元,按可比价格计算增长5%。", [(2024, "60000"), (2025, "63000"), (2025, "5")]),
    ("全省地区生产总值由2020年的50000亿元增加到63000亿元,增长26%。", [(2020, "50000"), (2025, "63000")]),
], ids=["from the year before: its change", "from five years before: no change of one year"])
def test_a_change_after_a_pair_from_a_written_year_is_one_years_when_that_year_is_the_one_before(passage, expected):
    assert [(f[5], f[3]) for f in facts(REVIEW + passage)] == expected


def test_a_comparable_price_word_carries_the_name_on():
    assert [(f[1], f[3]) for f in facts(REVIEW + "全年实现地区生产总值2432.3亿元,可比价增长13.6%。")] == [
        ("level", "2432.3"), ("growth", "13.6")]


@pytest.mark.parametrize("passage, expected", [
    ("上半年,全省地区生产总值增长9%,而一季度仅增长6.8%。", [("H1", "9"), ("Q1", "6.8")]),
    ("上半年,全省地区生产总值增长9%,而工业仅增长3%。", [("H1", "9")]),
], ids=["a period after 而: the name's", "a subject of its own after 而"])
def test_a_clause_opening_on_whereas_goes_on_with_the_name_only_with_a_period(passage, expected):
    text = "某省2009年上半年工作情况\n——2009年7月10日\n一、上半年工作\n" + passage + "\n"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == expected


def test_a_part_after_a_goals_cue_is_the_sentences_subject():
    assert facts(PLAN + "力争集中区全年新入驻企业15家、实现工业总产值30亿元。") == []
    assert [f[3] for f in facts(PLAN + "力争全省地区生产总值增长6%。")] == ["6"]


def test_a_sentence_since_a_year_inside_a_paragraph_opens_no_span_for_the_paragraphs_after_it():
    text = ("政府工作报告\n一、2009年工作回顾\n——结构调整步伐加快。单位国内生产总值能耗下降2.2%。"
            "2006年以来单位国内生产总值能耗累计下降14.38%。\n——人民生活继续改善。城镇新增就业1102万人。居民消费价格下降0.7%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("energy_intensity", "-2.2"), ("new_urban_jobs", "11020000"), ("cpi", "-0.7")]


def test_among_a_year_is_that_years_change_not_a_part():
    text = ("政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "五年来,进出口总额从1997年的3252亿美元增加到2002年的6208亿美元,年均增长13.8%,其中2002年增长21.8%。\n")
    assert [(r["year"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (1997, "level", "3252"), (2002, "level", "6208"), (2002, "growth", "21.8")]


def test_a_list_of_rates_after_a_list_of_amounts_added_goes_to_the_same_names():
    text = ("某县政府工作报告\n——2006年1月10日在某县第十四届人民代表大会第四次会议上\n一、2005年工作回顾\n"
            "城镇居民人均可支配收入6280元,农民人均纯收入2615元,分别比上年增加452元和156元,增长7.8%和6.3%。\n")
    assert [(r["indicator"], r["measure"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("urban_disposable_income", "level", "6280"), ("rural_disposable_income", "level", "2615"),
        ("urban_disposable_income", "growth", "7.8"), ("rural_disposable_income", "growth", "6.3")]


def test_a_span_opened_inside_a_numbered_item_speaks_for_its_own_sentence_only():
    text = ("宝山区人民政府工作报告\n——2010年1月12日在宝山区第六届人民代表大会第五次会议上\n一、2009年政府工作回顾\n"
            "(一)经济平稳较快增长。全区实现增加值815.6亿元,比上年增长9.3%。“十一五”前四年,全区增加值由2005年的521.4亿元"
            "增加到2009年的815.6亿元,年均增长11.8%。完成地方财政收入110.2亿元,增长6.1%。\n"
            "(二)开放型经济稳中有进。合同利用外资6.82亿美元,增长5.4%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2009, "815.6"), ("gdp", 2009, "9.3"), ("gdp", 2005, "521.4"),
        ("local_fiscal_revenue", 2009, "110.2"), ("local_fiscal_revenue", 2009, "6.1"),
        ("fdi_contracted", 2009, "6.82"), ("fdi_contracted", 2009, "5.4")]


def test_a_paragraph_on_the_past_year_under_the_plans_heading_is_the_years_outcomes():
    passage = ("(六)加强政府自身建设。\n过去一年,我们还实施了“民生工程”,新建农村公路1.3万公里;"
               "万元生产总值能耗下降3.6%,二氧化硫排放量下降0.8%。\n")
    assert facts(PLAN + passage) == [("energy_intensity", "growth", "actual", "-3.6", "", 2025)]


def test_a_paragraph_on_the_past_year_under_the_plans_heading_speaks_of_it_past_its_first_sentence():
    passage = ("过去一年,我们加强和改善宏观调控,增加国债投资。农业和农村工作得到加强,农民人均纯收入扣除价格因素实际增长4.3%。\n"
               "过去一年,我们稳定了粮食生产。今年,农民人均纯收入增长6%。\n")
    assert facts(PLAN + passage) == [("rural_disposable_income", "growth", "actual", "4.3", "", 2025),
                                     ("rural_disposable_income", "growth", "target", "6", "", 2026)]


def test_a_paragraph_opening_on_a_short_headline_of_its_year_is_about_that_year():
    text = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n一、过去一年和五年工作回顾\n"
            "2022年极不寻常。我们坚持稳中求进工作总基调,国内生产总值增长3%,城镇新增就业1206万人。\n"
            "过去五年极不平凡。国内生产总值增加到121万亿元,五年年均增长5.2%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2022, "3"), ("new_urban_jobs", 2022, "12060000"), ("gdp", 2022, "1210000")]


def test_a_year_that_opens_a_clause_on_a_region_is_no_count_of_years_for_a_pair():
    text = ("政府工作报告\n——2008年3月5日在第十一届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "——区域协调发展取得积极进展。2007年中部地区生产总值增长14.2%。\n"
            "——人民生活明显改善。城镇居民人均可支配收入从7703元增加到13786元。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2002, "7703"), (2007, "13786")]


def test_a_zones_own_report_writes_itself_开发区_after_an_aim_and_in_a_comparison():
    text = ("江北经济技术开发区2003年工作报告\n一、2002年工作回顾\n"
            "与开发区成立之初相比,国内生产总值由1998年的18.2亿元增加到68.5亿元。\n"
            "二、2003年工作安排\n到2005年,力争开发区国内生产总值达到150亿元。\n")
    assert facts(text) == [("gdp", "level", "actual", "18.2", "", 1998), ("gdp", "level", "actual", "68.5", "", 2002),
                           ("gdp", "level", "target", "150", "", 2005)]


@pytest.mark.parametrize("title, opening", [
    ("长沙经济技术开发区2016年工作报告", "园区经济社会发展的主要预期目标是:"),
    ("重庆西永综合保税区2021年工作报告", "综保区主要预期目标是:"),
], ids=["a park writes itself 园区", "a bonded zone writes itself 综保区"])
def test_a_parks_own_report_writes_itself_by_its_kind(title, opening):
    text = f"{title}\n一、2015年工作回顾\n全区生产总值增长8%。\n二、主要目标\n{opening}规模工业总产值增长8%以上。\n"
    assert facts(text)[-1] == ("industrial_output", "growth", "target", "8", "at_least", int(title[title.index("区2") + 1:][:4]))


def test_plain_财政收入_of_the_whole_region_is_the_total_once_the_report_says_so():
    text = ("南开区2010年政府工作报告\n一、2009年工作回顾\n"
            "全区财政收入完成35.6亿元,增长18.2%,其中区级财政收入21.3亿元,增长20.5%。\n二、“十一五”主要目标完成情况\n"
            "四年来,全区财政收入由2005年的16.2亿元增加到35.6亿元,四年累计完成财政收入112.5亿元。\n")
    assert facts(text) == [("fiscal_revenue", "level", "actual", "35.6", "", 2009),
                           ("fiscal_revenue", "growth", "actual", "18.2", "", 2009),
                           ("fiscal_revenue", "level", "actual", "16.2", "", 2005)]


def test_a_region_hidden_in_the_title_with_a_share_of_the_province():
    assert facts("某某县2013年政府工作报告\n2012年全县生产总值完成100亿元,占全省的比重达到1.2%。\n") == [
        ("gdp", "level", "actual", "100", "", 2012)]


def test_a_report_on_three_quarters_gives_no_outcome_for_the_fourth_and_reads_a_headings_own_words_only():
    head = "江北市2023年前三季度经济运行情况\n"
    assert facts(head + "前三季度,全市地区生产总值增长6.8%。四季度,全市生产总值要增长11.5%以上。\n") == [
        ("gdp", "growth", "actual", "6.8", "", 2023)]
    text = head + "八、就业物价总体稳定:前三季度,全市城镇新增就业4.72万人,完成全年目标任务的94.4%。全市居民消费价格同比上涨0.1%。\n"
    assert [(f[0], f[2]) for f in facts(text)] == [("new_urban_jobs", "actual"), ("cpi", "actual")]


def test_the_goals_the_congress_set_opening_a_list():
    assert facts("江北市2015年上半年工作情况报告\n年初市人代会确定了全年地区生产总值增长8%、规模以上工业增加值增长9%的目标。\n") == [
        ("gdp", "growth", "target", "8", "", 2015), ("industrial_value_added", "growth", "target", "9", "", 2015)]


def test_bare_quarters_after_an_item_under_a_line_ending_on_a_colon_are_the_items_name():
    text = (HEAD + "一、2025年工作回顾\n全省经济社会发展呈现以下特点:\n"
            "(一)经济增长速度加快。全省生产总值758.4亿元,增长14.2%,是1997年以来最高增幅。第一季度增长12.1%,上半年增长13.5%,逐季加快。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("FY", "758.4"), ("FY", "14.2"), ("Q1", "12.1"), ("H1", "13.5")]


def test_a_view_by_quarter_after_a_semicolon_goes_on_with_the_one_name_before_it():
    text = ("湖北省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值22847.6亿元、增长5.3%,增速比上年加快0.4个百分点;"
            "分季度看,一季度增长5.1%,上半年增长5.2%,前三季度增长5.4%。\n"
            "全省固定资产投资增长6%,第三产业增加值增长5%;分季度看,一季度增长4%。\n")
    assert [(f[0], f[3]) for f in facts(text)] == [("gdp", "22847.6"), ("gdp", "5.3"), ("gdp", "5.1"), ("gdp", "5.2"),
                                                   ("gdp", "5.4"), ("fixed_asset_investment", "6"),
                                                   ("service_value_added", "5")]


def test_a_run_of_periods_goes_on_past_a_half_that_turned_positive():
    text = ("江北区2021年政府工作报告\n一、2020年工作回顾\n"
            "一季度地区生产总值下降6.8%,上半年转正增长0.9%,前三季度增长2.7%,全年实现地区生产总值426.8亿元,增长4.1%。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("Q1", "-6.8"), ("H1", "0.9"), ("Q1-Q3", "2.7"), ("FY", "426.8"), ("FY", "4.1")]


def test_a_change_on_the_quarter_before_is_no_row():
    text = "2012年上半年国民经济运行情况\n上半年,国内生产总值同比增长7.8%,其中二季度增长7.6%。从环比看,二季度国内生产总值增长1.8%。\n"
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [("H1", "7.8"), ("Q2", "7.6")]


def test_the_budget_arranges_the_nations_revenue():
    text = ("政府工作报告\n——2009年3月5日在第十一届全国人民代表大会第二次会议上\n三、2009年预算安排\n"
            "2009年预算安排全国财政收入66230亿元,增长8%;全国财政支出76235亿元,增长22.1%。\n")
    assert [(f[0], f[2], f[3], f[5]) for f in facts(text)] == [
        ("general_budget_revenue", "target", "66230", 2009), ("general_budget_revenue", "target", "8", 2009),
        ("general_budget_expenditure", "target", "76235", 2009), ("general_budget_expenditure", "target", "22.1", 2009)]


def test_a_notes_subject_is_a_part():
    text = ("宁夏回族自治区2016年政府工作报告\n一、2015年工作回顾\n全区进出口总额37.9亿美元。银川综合保税区①建设加快。\n"
            "①银川综合保税区:2012年9月经国务院批准设立,规划面积4平方公里,2015年实现进出口额12.6亿美元。\n")
    assert [(f[0], f[3], f[5]) for f in facts(text)] == [("foreign_trade", "37.9", 2015)]


def test_a_month_just_done_under_the_plans_heading_is_an_outcome():
    text = ("江北开发区2009年工作报告\n三、2009年主要目标\n当前,开发区发展面临的困难不容低估,"
            "1月份全区规模以上工业总产值同比下降9.8%。今年全区规模以上工业总产值增长10%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "M1", "-9.8"), ("target", "FY", "10")]


@pytest.mark.parametrize("course, goals", [
    ("从季度走势看,全区经济前低后稳:一季度地区生产总值增长7.6%,上半年增长8.0%,全年增长8.5%。", []),
    ("全区一般公共预算收入1-6月完成98.2亿元,增长6.5%,下半年逐步回升。", []),
    ("力争上半年地区生产总值增长8.5%。", [("H1", "8.5")]),
    ("一季度要实现“开门红”,地区生产总值增长8%。", [("Q1", "8")]),
], ids=["quarters of the year before", "months of the year before", "a half with a word of aim", "a quarter's goal"])
def test_a_part_of_the_year_among_an_annual_reports_goals_is_a_goal_only_with_a_word_of_aim(course, goals):
    text = ("某区2013年政府工作报告\n二、2013年工作安排\n今年的主要预期目标是:地区生产总值增长8%左右。\n" + course + "\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)][1:] == goals
    assert {(r["kind"], r["year"]) for r in extract_text(text)} == {("target", 2013)}


def test_a_plans_goal_stated_after_the_plan_is_for_its_last_year():
    text = ("政府工作报告\n——2007年3月5日在第十届全国人民代表大会第五次会议上\n二、2007年工作的总体要求和主要任务\n"
            "“十一五”规划确定,单位国内生产总值能耗降低20%左右。今年单位国内生产总值能耗降低4%左右。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2010, "-20"), (2007, "-4")]


def test_a_districts_goals_set_by_its_congress_and_foreign_capital_absorbed():
    text = ("松江区2025年上半年工作情况报告\n上半年,全区吸收合同利用外资3.25亿美元,增长12.8%。"
            "年初区人代会确定的增加值增长5.5%左右、区级一般公共预算收入增长3%的目标稳步推进。\n")
    assert [(f[0], f[2], f[3]) for f in facts(text)] == [
        ("fdi_contracted", "actual", "3.25"), ("fdi_contracted", "actual", "12.8"), ("gdp", "target", "5.5"),
        ("general_budget_revenue", "target", "3")]


def test_a_level_of_the_first_month_with_its_change_on_last_year_is_an_outcome():
    text = ("江北开发区2008年工作报告\n二、2008年工作的总体要求和主要目标\n"
            "从开局情况看,1月份全区完成规模以上工业总产值55.3亿元,同比增长28.6%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "M1", "55.3"), ("actual", "M1", "28.6")]


def test_a_heading_on_this_years_main_tasks_opens_the_plan():
    text = ("政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n一、过去一年的工作回顾\n"
            "国内生产总值增长9.1%。\n二、今年的主要任务\n全社会固定资产投资预期增长12%左右,进出口总额增长8%左右。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2003, "9.1"), ("target", 2004, "12"), ("target", 2004, "8")]


def test_a_running_header_of_meeting_papers_after_a_page_number_is_no_heading():
    text = ("江北高新区2007年工作会议上的报告\n一、2006年工作回顾\n全区高新技术产业加快聚集,光电产业园实\n"
            "                              - 1 -\n江北高新区2007年工作会议材料\n现产值76.5亿元。全年专利申请量865件,增长46.9%。\n")
    assert [(f[0], f[2], f[5]) for f in facts(text)] == [("patent_applications", "actual", 2006)] * 2


def test_the_time_of_an_event_dates_the_clause_after_it():
    text = ("江北开发区2007年工作报告\n一、2006年工作回顾\n全区地区生产总值达到185.6亿元。回顾“十五”以来的发展历程,"
            "开发区2001年升格为国家级开发区时,地区生产总值仅为41.2亿元,财政总收入7.3亿元。\n")
    assert [(f[0], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "185.6", 2006), ("gdp", "41.2", 2001), ("fiscal_revenue", "7.3", 2001)]


def test_a_figure_quoted_as_the_years_task_is_its_goal():
    text = ("石梁县2014年上半年经济运行情况\n二、存在的问题\n"
            "四是节能减排、环境保护压力加大,单位地区生产总值能耗需下降3.5%的年度任务完成难度较大。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [("target", "FY", "-3.5")]


@pytest.mark.parametrize("sentence", [
    "从各镇(街道)看,规模以上工业产值增幅居前三位的是龙固镇(增长52.3%)、大屯街道(增长46.8%)。",
    "规模以上工业增加值增速最高的是郸城县,增长17.6%。",
], ids=["first three in brackets", "the highest after a comma"])
def test_a_ranking_of_parts_gives_their_figures_no_row(sentence):
    text = "关于2013年1—9月全市经济运行情况的通报\n1—9月,全市规模以上工业增加值增长12.1%。" + sentence + "\n"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("industrial_value_added", "12.1")]


def test_parts_of_the_whole_before_in_a_sentence_of_their_own_are_of_its_period():
    # (a report on ten months: the parts of the three quarters' product are the three quarters')
    text = ("1—10月份全市经济运行情况分析\n发布日期:2021-11-22\n"
            "根据统一核算结果,前三季度全市实现地区生产总值2238.5亿元,同比增长9.5%。"
            "其中,第一产业增加值281.4亿元,增长7.6%;第三产业增加值1147.4亿元,增长9.1%。\n"
            "1—10月份,全市规模以上工业增加值增长10.2%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text) if r["measure"] == "growth"] == [
        ("gdp", "Q1-Q3"), ("service_value_added", "Q1-Q3"), ("industrial_value_added", "M1-M10")]


def test_a_year_named_whole_in_a_report_on_part_of_it():
    text = ("关于2020年1—11月份全市经济运行情况的通报\n1—11月份,全市一般公共预算收入131.3亿元,同比增长1.2%。\n"
            "2020年全市粮食总产量393.6万吨,比上年增长1.2%。\n")
    assert [(r["indicator"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("general_budget_revenue", 2020, "M1-M11"), ("general_budget_revenue", 2020, "M1-M11"),
        ("grain_output", 2020, "FY"), ("grain_output", 2020, "FY")]


def test_the_years_estimate_in_a_report_on_part_of_it_is_a_target_still_an_estimate():
    text = ("2016年上半年全市经济运行情况\n上半年,全市生产总值增长7.2%。预计全年粮食总产量可达460万吨,"
            "预计全年生产总值增长7.5%—8%。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["qualifier"]) for r in extract_text(text)][1:] == [
        ("target", "460", "estimate"), ("target", "7.5", "at_least"), ("target", "8", "at_most")]


def test_a_total_since_a_plan_began_in_a_half_year_report_is_no_row():
    text = ("2015年上半年全市经济运行情况\n上半年,全市固定资产投资完成812.6亿元,增长18.5%。"
            "“十二五”以来,全市固定资产投资累计完成5386亿元,年均增长23.7%。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["812.6", "18.5"]


@pytest.mark.parametrize("passage", [
    "柳编产业实现产值28.6亿元,出口创汇1.9亿美元。",
    "(二)工业提质增效:产业集聚区完成规模以上工业增加值31.2亿元,增长17.8%;完成固定资产投资86.3亿元,增长27.5%。",
], ids=["a sector's clause before a name with no subject", "a part's clause before a semicolon and a bare verb"])
def test_a_clause_with_no_subject_after_a_parts_or_sectors_clause_is_theirs(passage):
    text = REVIEW + "全省外贸出口12.3亿美元,全社会固定资产投资212.5亿元。" + passage + "\n"
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["12.3", "212.5"]


def test_a_list_of_goals_after_a_semicolon_is_the_regions_again():
    text = PLAN + "推进两岸产业合作试验区建设,力争台资企业增资扩股10亿美元以上;完成外贸进出口总额850亿美元。\n"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("foreign_trade", "850")]


def test_the_months_just_done_under_the_goals_past_a_semicolon_are_outcomes():
    text = (PLAN + "从年初运行情况看,开局良好。1-2月份,全省地方财政一般预算收入完成286亿元,同比增长12.3%;"
            "规模以上工业增加值同比增长14.6%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "M1-M2", "286"), ("actual", "M1-M2", "12.3"), ("actual", "M1-M2", "14.6")]


def test_a_years_task_done_in_the_review_is_an_outcome():
    text = REVIEW + "完成单位生产总值能耗降低3.5%的年度任务。\n"
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [("actual", 2025, "-3.5")]


@pytest.mark.parametrize("passage, values", [
    ("●全省生产总值达到5.69万亿元,比上年增长7.7%。\n", ["56900", "7.7"]),
    ("新建社区服务中心5个,新增就业岗位2.3万个。\n", ["23000"]),
    ("六月份当月规模以上工业增加值增长22.4%。\n", ["22.4"]),
    ("有效投资扎实推进。全年实施区级重点项目186个、完成投资362亿元。“十四五”以来累计完成固定资产投资2100亿元。\n\n"
     "民生福祉不断增进。城镇新增就业1.52万人。\n", ["15200"]),
    ("全省一般公共预算收入36.8\n\n亿元,增长32.4%。\n", ["36.8", "32.4"]),
    ("全省地区生产总值2 9 86.7亿元,城镇居民人均可支配收入2 4 390元。\n", ["2986.7", "24390"]),
    ("社会消费品零售总额1 3\n27.6亿元,农村居民人均可支配收入1 0 \n082元。\n", ["1327.6", "10082"]),
    ("全省完成地区生产总值1 5O9.6亿元,农村居民人均可支配收入3 1 2O9元,规模工业总产值3 2l9.4亿元。\n",
     ["1509.6", "31209", "3219.4"]),
], ids=["a line opening on a bullet", "a community centre is no part", "a month written in characters",
        "a plan's 以来 inside a paragraph spans its own sentence only", "a number and its unit parted by a blank line",
        "blanks a converter left between a figure's digits", "a line break among such digits",
        "OCR letters among such digits"])
def test_openings_of_every_shape(passage, values):
    assert [format_decimal(r["value"]) for r in extract_text(HEAD + "一、2025年工作回顾\n" + passage)] == values


def test_the_years_goals_listed_under_a_heading_on_the_last_quarter_are_the_years():
    text = ("江北开发区2018年前三季度工作情况及第四季度工作安排\n一、前三季度主要经济指标完成情况\n"
            "1-9月,开发区完成规模以上工业总产值156.8亿元,同比增长14.2%。\n"
            "四、第四季度工作安排全力冲刺全年目标,确保全年完成规模以上工业总产值205亿元;一般公共预算收入8.3亿元,增长12%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)][2:] == [
        ("target", "FY", "205"), ("target", "FY", "8.3"), ("target", "FY", "12")]


def test_a_year_end_summary_titled_on_two_years_reviews_the_first():
    text = ("沭阳县人民政府2006年工作总结和2007年工作思路\n更新时间:2006-12-20\n一、2006年主要工作回顾\n"
            "预计全年实现地区生产总值136.8亿元,增长15.2%。\n二、2007年工作思路\n地区生产总值增长13%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2006, "136.8"), ("actual", 2006, "15.2"), ("target", 2007, "13")]


def test_a_half_still_to_come_in_a_report_on_the_first_quarter_is_a_goal_or_nothing():
    text = ("江北市2012年一季度经济运行情况\n一季度,全市地区生产总值增长10.2%。\n"
            "力争上半年地区生产总值增长11.5%以上,全社会固定资产投资完成1250亿元。上半年社会消费品零售总额增长15%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "Q1", "10.2"), ("target", "H1", "11.5"), ("target", "H1", "1250")]


def test_a_five_year_review_opening_after_a_comma_spans_its_paragraph():
    text = (REVIEW + "回顾“十四五”,五年来全市地区生产总值从4276.8亿元增加到5560亿元,年均增长5.8%;"
            "全社会研发经费投入强度提高0.85个百分点。\n")
    assert "0.85" not in [format_decimal(r["value"]) for r in extract_text(text)]  # (five years' change in points)


def test_this_years_first_quarter_named_in_a_report_given_after_it_is_an_outcome():
    text = ("武汉东湖新技术开发区2020年工作报告\n(2020年4月20日)\n"
            "2020年,受新冠肺炎疫情影响,一季度全区地区生产总值下降28.4%。力争全年地区生产总值增长5%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "Q1", "-28.4"), ("target", "FY", "5")]


def test_a_pages_line_about_itself_ends_its_sentence():
    text = ("苏州工业园区2010年上半年工作情况报告\n发布时间:2010-07-20 来源:园区管委会办公室\n"
            "上半年实现地区生产总值685.2亿元,同比增长16.3%。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["685.2", "16.3"]


def test_a_change_that_turns_from_one_period_to_the_next_gives_each_periods():
    text = ("2021年甘肃省政府工作报告\n一、2020年工作回顾\n"
            "全省地区生产总值增速由一季度的下降3.4%,转为上半年增长0.8%、前三季度增长2.4%,全年增长3.9%。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("Q1", "-3.4"), ("H1", "0.8"), ("Q1-Q3", "2.4"), ("FY", "3.9")]


def test_the_years_goals_quoted_under_the_last_quarters_work_are_the_years_every_clause():
    text = ("长沙县2008年前三季度工作情况报告\n一、前三季度经济运行情况\n1-9月,全县完成地区生产总值298.6亿元,增长16.8%。\n"
            "第四季度,县政府将围绕年初确定的“地区生产总值突破400亿元、增长16%以上,财政总收入突破50亿元”的全年奋斗目标,"
            "重点抓好以下工作。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)][2:] == [
        ("gdp", "target", "FY", "400"), ("gdp", "target", "FY", "16"), ("fiscal_revenue", "target", "FY", "50")]


def test_a_digests_line_opening_on_a_running_plan_states_its_goals():
    text = ("新华社北京3月5日电 政府工作报告中的数字\n2006年政府工作报告\n——2006年3月5日在第十届全国人民代表大会第四次会议上\n"
            "“十一五”:单位GDP能耗降低20%左右\n“十五”:国内生产总值年均增长9.5%\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [("target", 2010, "-20")]


def test_a_clause_past_a_semicolon_naming_only_another_period_and_its_change_is_the_names_before():
    text = ("某市2013年前三季度经济运行情况\n一、主要指标\n9月份,全市居民消费价格总水平同比上涨2.6%;1—9月累计上涨2.4%。\n"
            "全市生产总值比上年增长13.4%,是1996年以来增长最快的一年;前三季度增长13.1%。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("cpi", "M9", "2.6"), ("cpi", "Q1-Q3", "2.4"), ("gdp", "Q1-Q3", "13.4"), ("gdp", "Q1-Q3", "13.1")]


def test_the_months_of_a_quarter_are_that_quarter():
    text = ("沭阳县2023年前三季度经济运行情况\n一、主要指标\n前三季度,全县地区生产总值增长6.5%。"
            "7—9月,全县地区生产总值增长7.3%。10—12月,全县地区生产总值要增长8%。\n")
    assert [(r["period"], format_decimal(r["value"])) for r in extract_text(text)][:2] == [("Q1-Q3", "6.5"), ("Q3", "7.3")]


def test_the_corps_beside_an_autonomous_region_is_another_subject_for_its_clauses():
    text = ("新疆维吾尔自治区2017年前三季度经济运行情况\n一、主要指标\n"
            "前三季度,全区生产总值增长7.8%。新疆生产建设兵团生产总值增长8.9%,固定资产投资增长45.2%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "7.8")]


def test_a_level_held_over_the_years_a_sentence_opens_on_is_no_years_row():
    text = ("仁寿县2011年政府工作报告\n一、2010年和“十一五”工作回顾\n五年城镇新增就业8.6万人,城镇登记失业率控制在3.5%以内。\n"
            "2010年,城镇登记失业率控制在3.8%以内。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2010, "3.8")]


def test_a_zones_own_report_writes_itself_开发区_for_the_clauses_after_it_too():
    text = ("哈尔滨经济技术开发区2003年工作报告\n一、2002年工作回顾\n"
            "开发区实现地区生产总值112.3亿元,完成工业总产值286.4亿元,增长24.1%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "112.3"), ("industrial_output", "286.4"), ("industrial_output", "24.1")]


def test_a_digests_headline_figures_and_its_review_and_outlook_headings():
    text = ("数说2015年市政府工作报告\n1月26日,市七届人大五次会议开幕,市长作政府工作报告。\n【回眸2014】\n"
            "530.5亿元——全市实现地区生产总值530.5亿元,增长9.8%。\n"
            "23480元、13582元——城镇常住居民人均可支配收入23480元,农村常住居民人均可支配收入13582元。\n"
            "【展望2015】\n10%——2015年地区生产总值增长10%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2014, "530.5"), ("actual", 2014, "9.8"), ("actual", 2014, "23480"), ("actual", 2014, "13582"),
        ("target", 2015, "10")]


def test_a_cards_lines_of_figures_end_their_sentences_where_the_next_line_opens_on_a_name():
    text = ("一图读懂|2018年绵阳市政府工作报告\n【卡片1】2017年 绵阳交出亮眼成绩单\n"
            "社会消费品零售总额1059.3亿元  ↑12.2%\n一般公共预算收入113.6亿元  ↑9.1%\n"
            "全市地区生产总值增长9.1%,高于全省0.8个\n百分点。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("retail_sales", "1059.3"), ("retail_sales", "12.2"), ("general_budget_revenue", "113.6"),
        ("general_budget_revenue", "9.1"), ("gdp", "9.1")]


def test_a_portals_heading_marked_with_a_square_opens_its_part():
    text = ("图解:2013年宝鸡市政府工作报告\n■ 第一部分 过去五年:宝鸡发展迈上新台阶\n◆ 生产总值由2007年的583.6亿元增加到1535.9亿元,年均增长15.1%\n"
            "■ 第二部分2012年:主要指标稳中有进\n◆ 外贸进出口总额12.6亿美元,增长9.8%\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)][-2:] == [(2012, "12.6"), (2012, "9.8")]


def test_an_earlier_years_goals_named_as_such_are_targets():
    text = ("2020年陕西省政府工作报告\n一、2019年工作回顾\n全省生产总值增长6%。\n二、2019年主要预期目标\n生产总值增长4.5%左右。\n"
            "三、2020年主要预期目标\n生产总值增长4%左右。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2019, "6"), ("target", 2019, "4.5"), ("target", 2020, "4")]


def test_a_goals_year_opening_a_sentence_governs_every_clause_of_it():
    text = ("鄯善县政府工作报告解读\n新闻发布时间:2006年2月20日\n全县地区生产总值增长15%。\n"
            "“十一五”期间,鄯善将努力建设成为工业强县。到2010年,地区生产总值突破100亿元,农牧民人均纯收入达到7000元以上。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)][1:] == [
        ("target", 2010, "100"), ("target", 2010, "7000")]


@pytest.mark.parametrize("heads, rows", [
    ("2012年政府工作报告\t2013年政府工作报告", "生产总值增长8.5%\t生产总值增长8%\n城镇登记失业率控制在3.5%以内\t控制在3.5%以内"),
    ("    2009年目标    2009年完成", "经济增长8%左右     8.7%\n城镇新增就业900万人以上1102万人"),
], ids=["two years' goals side by side", "a year's goals beside its outcomes, cells joined"])
def test_rows_under_column_heads_opening_on_years_are_not_read_and_the_heads_are_no_title(heads, rows):
    text = (f"今年目标与去年对比\n2013-01-30 07:38 来源:南方日报\n省长在省十二届人大一次会议上作政府工作报告。\n{heads}\n{rows}\n"
            "报告显示,2012年全省生产总值57067.92亿元、增长8.2%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2012, "57067.92"), ("actual", 2012, "8.2")]


def test_this_year_in_an_annual_report_given_early_in_it_is_its_plan():
    text = ("数字解读2008年政府工作报告\n2008年03月05日 来源:新华网\n【1204万人】\n2007年城镇新增就业1204万人。\n"
            "【1000万人】\n今年城镇新增就业1000万人,城镇登记失业率控制在4.5%左右。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", 2007, "12040000"), ("target", 2008, "10000000"), ("target", 2008, "4.5")]


def test_a_line_naming_two_years_reports_is_no_title_of_the_first():
    text = ("表说政府工作报告丨今年福建定下哪些目标?\n2026-01-28 10:35 来源:东南网\n数据来源:2025年、2026年福建省政府工作报告\n"
            "2025年,全省地区生产总值60199.45亿元。\n")
    assert [(r["kind"], r["year"]) for r in extract_text(text)] == [("actual", 2025)]


def test_a_pages_side_boxes_before_its_path_are_not_read():
    text = ("县情简介\n江北县位于平原东南部。2005年全县实现地区生产总值186.3亿元。\n当前位置:首页 > 政务公开 > 规划计划\n"
            "江北县人民政府关于2006年工作总结和2007年工作安排的报告\n一、2006年工作总结\n全县实现地区生产总值215.2亿元。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2006, "215.2")]


SPEECH = ("在全市经济运行分析暨四季度工作部署会议上的讲话\n(2004年9月15日)\n同志们:\n"
          "今天召开会议,主要任务是分析1—8月份全市经济运行情况,部署后四个月的工作。\n一、当前经济形势\n")


def test_a_speech_says_the_months_it_analyses_and_what_the_months_left_need_is_no_row():
    text = SPEECH + ("上半年,全市实现地区生产总值21.36亿元。全社会固定资产投资完成12.8亿元。\n二、后四个月的重点工作\n"
                     "年初确定的目标是全口径财政收入达到4.72亿元。后四个月,全口径财政收入还需完成1.70亿元。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "H1", "21.36"), ("actual", "M1-M8", "12.8"), ("target", "FY", "4.72")]


def test_a_word_of_aim_after_a_glued_heading_governs_every_clause_of_its_sentence():
    text = SPEECH + "二、四季度工作\n(四)着力保障和改善民生:确保城镇新增就业4500人,城镇登记失业率控制在3.8%以内。\n"
    assert [(r["kind"], r["period"]) for r in extract_text(text)] == [("target", "FY"), ("target", "FY")]


@pytest.mark.parametrize("header, region", [
    ("江北县人民政府办公室                  领导讲话〔2011〕第23期", "江北县"),
    ("中共江北市委办公室\n在全市上半年经济形势分析会上的讲话\n中共江北市委书记 张三", "江北市")],
    ids=["a government office's bulletin", "the party committee's office and its secretary"])
def test_a_bulletins_issuing_office_or_a_party_secretarys_byline_names_the_region(header, region):
    text = f"{header}\n(2011年7月19日)\n同志们:\n上半年,实现地区生产总值398.6亿元。\n"
    assert {r["region"] for r in extract_text(text)} == {region}


def test_a_banners_own_congress_quoted_in_its_speech_is_no_other_subject():
    text = ("在全旗前三季度经济运行分析会上的讲话\n(2012年10月22日)\n同志们:\n前三季度,全旗地区生产总值增长12%。"
            "年初旗十五届人大二次会议确定全年地区生产总值增长15%。\n")
    assert [(r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("actual", "Q1-Q3", "12"), ("target", "FY", "15")]


def test_funds_won_after_a_glued_heading_in_the_review_leave_the_sentence_an_outcome():
    text = REVIEW + "(四)财政金融运行平稳。争取上级各类资金28.6亿元,一般公共预算支出30.2亿元。\n"
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [("actual", 2025, "30.2")]


def test_a_from_to_pair_of_percentages_with_a_blank_after_the_first():
    text = "2021年江北市政府工作报告\n一、2020年和“十三五”时期工作回顾\n研发经费投入强度由 1.2% 提高到 1.8%,五年累计新增城镇就业12.6万人。\n"
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(2015, "1.2"), (2020, "1.8")]


def test_a_paragraphs_first_line_wrapped_mid_word_after_its_number_is_no_heading():
    text = ("沙湾县2020年政府工作报告\n二、2020年主要工作\n"
            "(二)坚持农业稳县,推进棉花提质增效和特色林果业发展,力争农村居民人\n均可支配收入达到2.15万元。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("rural_disposable_income", "target", "21500")]


def test_a_name_opening_on_the_whole_after_a_zones_clause_past_a_semicolon_is_the_wholes():
    text = REVIEW + "江北高新区新增高新技术企业32家;全社会研发投入占地区生产总值比重达到2.6%。\n"
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("rd_intensity", "2.6")]


def test_a_parts_list_of_figures_goes_on_past_semicolons_through_a_name_that_opens_on_quan_shehui():
    text = ("伊犁哈萨克自治州2013年政府工作报告\n——2013年1月10日在伊犁哈萨克自治州第十三届人民代表大会第三次会议上\n"
            "一、2012年工作回顾\n全州实现地区生产总值1602.6亿元,增长13.1%。\n"
            "州直实现地区生产总值820.4亿元,增长15.3%,高于全区3.3个百分点;规模以上工业增加值完成156.2亿元,增长22.6%;"
            "全社会固定资产投资完成702.5亿元,增长45.1%;社会消费品零售总额完成186.3亿元,增长17.2%;"
            "地方公共财政预算收入完成82.6亿元,增长35.4%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "1602.6"), ("gdp", "13.1")]


def test_a_zones_sentence_after_its_date_keeps_its_clauses_the_zones():
    text = REVIEW + "【数据】2025年1—11月,江北高新区完成技工贸总收入1800亿元,规模以上工业增加值增长16.5%。\n"
    assert extract_text(text) == []


def test_the_nations_name_after_the_regions_whole_is_the_regions():
    text = ("2003年江苏省政府工作报告\n一、过去五年的工作回顾\n"
            "全省国内生产总值由1997年的6680亿元增加到2002年的10636亿元,年均增长11%,经济总量突破1万亿元大关。\n")
    assert [(r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [(1997, "6680"), (2002, "10636")]


def test_a_plan_its_own_clause_names_outranks_a_goals_year_before_the_semicolon():
    text = ("2008年云南省政府工作报告\n二、今后五年的目标任务\n到2012年,全省生产总值达到8000亿元;"
            "确保完成“十一五”单位生产总值能耗降低17%的目标。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [("gdp", 2012), ("energy_intensity", 2010)]


def test_the_year_a_goal_is_named_for_is_no_period_carried_past_a_semicolon():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n——2011年8月24日在第十一届全国人民代表大会常务委员会第二十二次会议上\n"
            "一、今年以来计划执行情况\n上半年,城镇新增就业645万人,完成全年900万人目标的72%;6月末城镇登记失业率4.1%。\n")
    assert [(r["indicator"], r["kind"], r["period"]) for r in extract_text(text)] == [
        ("new_urban_jobs", "actual", "H1"), ("new_urban_jobs", "target", "FY"), ("unemployment_rate", "actual", "H1")]


def test_no_outcome_for_the_whole_of_the_year_an_annual_report_is_given_for():
    text = ("2020年国务院政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n二、今年以来经济运行情况\n"
            "1—4月,规模以上工业增加值下降4.9%。居民消费价格同比上涨4.5%,4月份城镇调查失业率为6%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("industrial_value_added", "M1-M4"), ("surveyed_unemployment_rate", "M4")]


def test_a_clause_opening_on_last_year_after_a_quarters_is_last_years_whole():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n——2007年6月27日在第十届全国人民代表大会常务委员会第二十八次会议上\n"
            "一、今年以来计划执行情况\n一季度单位国内生产总值能耗同比下降2.8%,但去年全国单位国内生产总值能耗仅下降1.23%。\n")
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        (2007, "Q1", "-2.8"), (2006, "FY", "-1.23")]


def test_a_point_of_last_year_in_an_aside_is_no_year_of_the_figure():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n——2024年6月25日在第十四届全国人民代表大会常务委员会第十次会议上\n"
            "一、今年以来计划执行情况\n1—5月,全国一般公共预算收入96008亿元,同比下降2.8%,扣除去年同期中小微企业缓税入库抬高基数、"
            "去年年中出台的减税政策翘尾减收等特殊因素影响后,可比增长1.5%左右。\n")
    assert [(r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)][-1] == (2024, "M1-M5", "1.5")


def test_a_digests_bullets_are_sentences_of_their_own_under_their_parts_headings():
    # (◆ opens an item: 全省 in the item before is not the subject of the next; 第一部分 过去五年 reviews five years)
    text = ("图解:2013年江北市政府工作报告\n■ 第一部分 过去五年:江北发展迈上新台阶\n"
            "◆ 五年累计完成全社会固定资产投资4580亿元\n◆ 城镇新增就业22.5万人\n"
            "■ 第二部分 2012年:主要指标稳中有进\n◆ 居民消费价格总水平上涨2.8%,低于全省0.2个百分点\n"
            "◆ 城镇新增就业4.6万人,城镇登记失业率3.8%\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("cpi", "actual", 2012, "2.8"), ("new_urban_jobs", "actual", 2012, "46000"),
        ("unemployment_rate", "actual", 2012, "3.8")]


def test_a_parts_event_with_no_figure_before_a_semicolon_is_no_subject_of_the_clause_after():
    # (综合保税区获批设立 names no figure: 全年实际利用外资… after the semicolon is the region's; 海淀园实现…亿元;
    # 实现工业总产值… is the part's)
    text = HEAD + "一、2025年工作回顾\n开放水平不断提高。江北综合保税区获批设立,新港机场开通国际航线;全年实际利用外资6.1亿美元,增长16.8%。\n"
    assert facts(text) == [("fdi_actual", "level", "actual", "6.1", "", 2025),
                           ("fdi_actual", "growth", "actual", "16.8", "", 2025)]


def test_a_text_double_spaced_by_its_converter_reads_as_wrapped_lines():
    # (a blank line after every line, words and names broken at one width: 地方一\n\n般预算收入)
    lines = ["江北市2007年政府工作报告", "一、2006年工作回顾"] + [
        "    ——经济增长速度加快。全市完成生产总值755.8亿元，增长14.5%，增",
        "幅为1997年以来最高。规模以上工业增加值完成231.6亿元，增长20.3%，其",
        "中汽车工业增加值增长24.7%。城镇固定资产投资完成268.4亿元，增长35.2%，",
        "是近十年来增幅最大的一年。社会消费品零售总额307.5亿元，增长15.1%。"] * 3 + [
        "    ——财政收入大幅增长。财政总收入完成50.4亿元，增长21.6%；地方一",
        "般预算收入22.6亿元，增长18.9%。实际利用外资2.71亿美元，增长15.6%；农",
        "民人均纯收入3842元，增长9.7%。全市城镇新增就业4.6万人，城镇登记失业率",
        "4.2%，全年社会消费品零售总额增长14%，一般公共预算支出增长10%，全年经济运行"]
    rows = extract_text("\n\n".join(lines) + "\n")
    got = {(r["indicator"], r["measure"], format_decimal(r["value"])) for r in rows}
    assert {("general_budget_revenue", "level", "22.6"), ("rural_disposable_income", "level", "3842"),
            ("unemployment_rate", "level", "4.2")} <= got


DISTRICT = "江北区2026年政府工作报告\n——2026年1月10日在江北区第三届人民代表大会第五次会议上\n"


def test_a_district_writes_itself_by_its_level_alone():
    review = DISTRICT + "一、2025年工作回顾\n全区财政总收入完成681.2亿元;区地方财政收入完成208.5亿元,增长13.4%。\n"
    assert facts(review)[1:] == [("local_fiscal_revenue", "level", "actual", "208.5", "", 2025),
                                 ("local_fiscal_revenue", "growth", "actual", "13.4", "", 2025)]


def test_a_list_opened_on_the_whole_is_the_wholes_past_an_item_of_a_part():
    plan = DISTRICT + ("二、2026年工作安排\n主要预期目标:江北区地区生产总值增长6%左右;直管区一般公共预算收入增长3%;"
                   "规模以上工业增加值增长7%以上;固定资产投资增长5%。\n")
    assert [(f[0], f[3]) for f in facts(plan)] == [("gdp", "6"), ("industrial_value_added", "7"),
                                                   ("fixed_asset_investment", "5")]
    part = DISTRICT + "二、2026年工作安排\n直管区一般公共预算收入增长3%;规模以上工业增加值增长7%以上。\n"
    assert facts(part) == []


PLAN_REVIEW = ("政府工作报告\n——2011年1月15日在江北省第十一届人民代表大会第四次会议上\n"
               "一、“十一五”时期和2010年工作回顾\n")


def test_each_year_of_a_list_of_changes_after_the_name_in_a_five_year_review_is_its_own():
    text = ("政府工作报告\n——2008年3月5日在第十一届全国人民代表大会第一次会议上\n一、过去五年政府工作回顾\n"
            "节能减排工作开始取得进展。单位国内生产总值能耗2006年下降1.33%、2007年下降3.27%,化学需氧量排放总量实现了由升到降的转变。\n")
    assert [(f[0], f[3], f[5]) for f in facts(text)] == [("energy_intensity", "-1.33", 2006), ("energy_intensity", "-3.27", 2007)]


def test_a_rank_held_for_years_in_the_clause_before_leaves_the_next_clauses_figures_the_years():
    text = HEAD + "一、2025年工作回顾\n数字经济增速连续7年位居全国前列,技术合同成交额402亿元、增长39.4%。\n"
    assert facts(text) == [("tech_contract_value", "level", "actual", "402", "", 2025),
                           ("tech_contract_value", "growth", "actual", "39.4", "", 2025)]


def test_a_from_to_pair_whose_end_is_estimated_gives_both_ends():
    text = REVIEW + "五年来,全社会研发投入强度由2.93%提高到预计3.3%。\n"
    assert facts(text) == [("rd_intensity", "level", "actual", "2.93", "", 2020),
                           ("rd_intensity", "level", "actual", "3.3", "estimate", 2025)]


def test_a_span_opened_in_a_dashed_topic_paragraph_closes_at_the_next_topic_or_a_sentence_on_the_year():
    text = PLAN_REVIEW + (
        "  ——综合实力实现历史性跨越。2010年全省生产总值达到15806.09亿元,比上年增长14.8%。“十一五”期间,全省生产总值由"
        "2005年的6520亿元增加到15806亿元,年均增长13.5%。\n"
        "  ——发展动力显著增强。全社会固定资产投资8254.1亿元,增长32.8%。\n"
        "  ——节能减排成效明显。“十一五”期间单位生产总值能耗累计下降21.7%。2010年城镇居民人均可支配收入16058元。"
        "居民消费价格总水平上涨2.9%。\n")
    assert [(f[0], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "15806.09", 2010), ("gdp", "14.8", 2010), ("gdp", "6520", 2005), ("fixed_asset_investment", "8254.1", 2010),
        ("fixed_asset_investment", "32.8", 2010), ("urban_disposable_income", "16058", 2010), ("cpi", "2.9", 2010)]



def test_the_area_a_prefecture_governs_directly_is_a_part_past_its_semicolons_and_under_its_label():
    head = "伊犁州2020年政府工作报告\n——2020年1月5日在伊犁哈萨克自治州第十五届人民代表大会第四次会议上\n"
    review = head + ("一、2019年工作回顾\n州直实现地区生产总值1567.3亿元,增长7.2%,其中第三产业增加值820.4亿元,增长8.1%;"
                     "规模以上工业增加值增长8.6%。州直城镇新增就业3.86万人,城镇登记失业率控制在3.4%以内。\n")
    assert facts(review) == []
    plan = head + "二、2020年主要目标\n全州:地区生产总值增长6%左右。\n州直:地区生产总值增长6.5%左右;固定资产投资增长10%。\n"
    assert [(f[0], f[3]) for f in facts(plan)] == [("gdp", "6")]


@pytest.mark.parametrize("head, sentence, expected", [
    ("2005年江北省政府工作报告\n——2005年1月20日在江北省第十届人民代表大会第三次会议上\n二、2005年工作安排\n",
     "按照省委的初步考虑,“十一五”期间,农民人均纯收入年均增加150元以上,力争到2010年达到3500元。",
     [("rural_disposable_income", "level", "target", "3500", "", 2010)]),
    ("2009年江北省政府工作报告\n——2009年1月20日在江北省第十一届人民代表大会第二次会议上\n一、2008年工作回顾\n",
     "“十一五”规划实施三年来,单位生产总值能耗累计仅下降13.6%,只完成“十一五”目标任务的68%,能否实现到2010年单位生产总值能耗比2005年降低20%的目标,今明两年至关重要。",
     [("energy_intensity", "growth", "target", "-20", "", 2010)]),
    ("2021年江北县政府工作报告\n——2021年1月18日在江北县第十七届人民代表大会第五次会议上\n二、“十四五”发展目标和2021年工作安排\n",
     "今后五年,我们将努力实现地区生产总值突破1200亿元。",
     [("gdp", "level", "target", "1200", "at_least", 2025)]),
], ids=["a named year's goal after an average over the years", "whether a plan's goal is met", "the years ahead under the plan's heading"])
def test_a_plans_goal_for_its_last_year(head, sentence, expected):
    assert facts(head + sentence + "\n") == expected


def test_an_amount_each_month_is_no_periods_level():
    text = ("江北县人民政府关于2013年上半年工作情况的报告\n二、下半年工作安排\n"
            "全年地方公共财政收入确保完成5.12亿元;做到应收尽收,确保地方公共财政收入下半年每月入库4500万元以上。\n")
    assert [(f[0], f[3]) for f in facts(text)] == [("general_budget_revenue", "5.12")]


def test_the_text_after_a_table_of_last_years_outcomes_and_this_years_goals_goes_on_with_the_goals():
    text = ("江北省2023年政府工作报告\n——2023年1月12日在江北省第十四届人民代表大会第一次会议上\n"
            "一、2022年工作回顾\n全省地区生产总值增长3.1%。\n二、2023年主要预期目标\n"
            "2022年主要指标完成情况及2023年预期目标\n\n指标\t单位\t2022年完成\t2023年目标\n地区生产总值增长\t%\t3.1\t6\n\n"
            "综合考虑,2023年全省经济社会发展主要预期目标建议为:规模以上工业增加值增长6.5%;城镇新增就业110万人。\n")
    assert [(f[0], f[2], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "actual", "3.1", 2022), ("gdp", "target", "6", 2023), ("industrial_value_added", "target", "6.5", 2023),
        ("new_urban_jobs", "target", "1100000", 2023)]


@pytest.mark.parametrize("sentence, expected", [
    ("货物进出口总额933亿元,增长3%。11个重点园区实现营业收入7600亿元,税收收入554.6亿元。",
     [("foreign_trade", "933"), ("foreign_trade", "3")]),
    ("预计全省地区生产总值完成36200亿元,增长5.5%。全省地区生产总值迈上3万亿元台阶。", [("gdp", "36200"), ("gdp", "5.5")]),
], ids=["a count of parks opening a sentence", "a threshold beside an estimated precise level"])
def test_a_part_counted_and_a_threshold_beside_an_estimate(sentence, expected):
    assert [(f[0], f[3]) for f in facts(REVIEW + sentence + "\n")] == expected


def test_the_goals_of_a_named_year_sought_go_on_past_their_clause():
    text = ("江北省2013年国民经济和社会发展计划草案的报告\n——2013年1月20日在江北省第十二届人民代表大会第一次会议上\n"
            "二、“十二五”规划中期进展\n“十二五”前两年,全省地区生产总值年均增长13.3%。按此进度,力争2015年全省地区生产总值达到1.5万亿元,"
            "城镇居民人均可支配收入和农村居民人均纯收入分别达到2.9万元和8000元以上。\n")
    assert [(f[0], f[2], f[3], f[5]) for f in facts(text)] == [
        ("gdp", "target", "15000", 2015), ("urban_disposable_income", "target", "29000", 2015),
        ("rural_disposable_income", "target", "8000", 2015)]


def test_a_figure_noted_as_a_wider_wholes_is_not_the_districts_own():
    review = DISTRICT + ("一、2025年工作回顾\n全区城镇居民人均可支配收入45320元,同比增长5.2%。居民消费价格同比上涨1.9%(全市口径)。"
                         "全区社会消费品零售总额186.4亿元(全区口径)。\n")
    assert [(f[0], f[3]) for f in facts(review)] == [
        ("urban_disposable_income", "45320"), ("urban_disposable_income", "5.2"), ("retail_sales", "186.4")]


def test_a_budget_the_congress_approved_is_the_years_goal_and_last_years_outcome_its_base():
    text = HALF_YEAR + ("一、上半年财政预算执行情况\n县人大二次会议审议批准的2024年财政预算为:一般公共预算收入15.6亿元,"
                        "比上年实绩14.2亿元增长9.9%;一般公共预算支出32.1亿元。\n")
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["year"], r["period"])
            for r in extract_text(text)] == [
        ("general_budget_revenue", "level", "target", "15.6", 2024, "FY"),
        ("general_budget_revenue", "level", "actual", "14.2", 2023, "FY"),
        ("general_budget_revenue", "growth", "target", "9.9", 2024, "FY"),
        ("general_budget_expenditure", "level", "target", "32.1", 2024, "FY")]


def test_a_box_of_related_links_after_a_news_report_is_another_pages():
    text = ("一季度我市经济实现平稳开局\n江城日报  2016年4月22日\n本报讯 记者从市统计局获悉,一季度,全市实现地区生产总值"
            "518.62亿元,同比增长7.1%。\n■相关链接\n全区一季度经济运行情况:一季度,全区地区生产总值增长6.8%,固定资产投资增长16.1%。\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "518.62"), ("gdp", "7.1")]


def test_a_december_report_on_the_year_still_running_gives_its_lines_months_so_far():
    text = ("关于2022年国民经济和社会发展计划执行情况的报告\n——2022年12月27日在江北省第六届人民代表大会常务委员会第四十次会议上\n"
            "受省人民政府委托，现将2022年全省国民经济和社会发展计划执行情况报告如下，请予审议。\n"
            "一、2022年计划执行情况\n（五）外贸外资快速增长。1—11月，全省货物进出口总额1835.6亿元，同比增长38.7%。"
            "实际使用外资40.2亿美元，增长15.6%。\n预计全年全省地区生产总值增长1%左右。\n"
            "二、2023年经济社会发展主要目标建议\n全省地区生产总值增长9.5%左右。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("foreign_trade", "1835.6", "actual", 2022, "M1-M11"), ("foreign_trade", "38.7", "actual", 2022, "M1-M11"),
        ("fdi_actual", "40.2", "actual", 2022, "M1-M11"), ("fdi_actual", "15.6", "actual", 2022, "M1-M11"),
        ("gdp", "1", "actual", 2022, "FY"), ("gdp", "9.5", "target", 2023, "FY")]


@pytest.mark.parametrize("passage, expected", [
    ("县人代会批准的2024年计划,确定了全县地区生产总值增长9%左右、固定资产投资增长10%的目标。",
     [("gdp", "growth", "target", "9", "FY"), ("fixed_asset_investment", "growth", "target", "10", "FY")]),
    ("上半年全县地区生产总值增长6.2%,但距离县政府年初确定的全年地区生产总值增长9%的预期目标仍有差距。",
     [("gdp", "growth", "actual", "6.2", "H1"), ("gdp", "growth", "target", "9", "FY")]),
], ids=["确定了 before the list", "距离 before the goal quoted"])
def test_words_that_set_or_measure_against_goals_name_no_subject(passage, expected):
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["period"])
            for r in extract_text(HALF_YEAR + passage)] == expected


def test_a_budget_first_arranged_for_next_year_is_that_years_goal():
    text = ("关于2015年1—11月财政预算执行情况的报告\n——2015年12月22日在江北区第十六届人民代表大会常务委员会第三十五次会议上\n"
            "三、下阶段主要工作\n初步安排2016年一般公共预算收入增长7%左右。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("general_budget_revenue", "target", "7", 2016, "FY")]


def test_a_tables_row_whose_heading_was_not_read_gives_no_column_a_year():
    row = "规模以上工业增加值 亿元 增长15% 142.3 19.6 增长17%\n"  # (2007年计划, 2007年预计完成, 增长%, 2008年计划?)
    assert facts(PLAN + row) == []
    assert facts(REVIEW + "规模以上工业增加值    1535.9亿元    增长14.1%\n") == [
        ("industrial_value_added", "level", "actual", "1535.9", "", 2025),
        ("industrial_value_added", "growth", "actual", "14.1", "", 2025)]


def test_goals_whose_line_a_pdf_wrapped_before_their_list_are_goals_and_open_no_part():
    text = ("关于2016年前三季度全县国民经济运行情况的报告\n——2016年10月27日在江北县第十五届人民代表大会常务委员会会议上\n"
            "一、前三季度全县经济运行基本情况\n  县十五届人大六次会议确定的今年全县经济社会发展主要预期目标\n"
            "是:地区生产总值增长8%,财政总收入增长8%。前三季度,全县经济运行总体平稳。\n"
            "  (一)经济增长稳中有升。初步核算,前三季度全县实现地区生产总值312.58亿元,按可比价计算增长8.1%。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"]), r["period"]) for r in extract_text(text)] == [
        ("gdp", "target", "8", "FY"), ("fiscal_revenue", "target", "8", "FY"),
        ("gdp", "actual", "312.58", "Q1-Q3"), ("gdp", "actual", "8.1", "Q1-Q3")]


def test_last_years_level_with_its_year_written_is_a_row_of_that_year_and_the_change_after_it_this_years():
    assert facts(REVIEW + "全省一般公共预算收入8060.1亿元,比2024年的7081.5亿元增加978.6亿元,增长13.8%。") == [
        ("general_budget_revenue", "level", "actual", "8060.1", "", 2025),
        ("general_budget_revenue", "level", "actual", "7081.5", "", 2024),
        ("general_budget_revenue", "growth", "actual", "13.8", "", 2025)]


def test_an_estimate_for_the_half_in_a_report_on_the_first_quarter_is_expected():
    text = ("2024年一季度全县经济运行情况\n——2024年4月20日\n一季度,全县地区生产总值增长6.2%。按照当前态势,"
            "预计上半年全县地区生产总值增长7%左右。\n")
    assert [(r["indicator"], r["kind"], format_decimal(r["value"]), r["qualifier"], r["period"])
            for r in extract_text(text)] == [("gdp", "actual", "6.2", "", "Q1"), ("gdp", "target", "7", "estimate", "H1")]


@pytest.mark.parametrize("months, kind", [("1—11月", "actual"), ("1—9月", "target")])
def test_the_years_estimate_is_its_outcome_once_eleven_months_are_done_and_a_goal_before(months, kind):
    text = (f"关于2015年{months}财政预算执行情况的报告\n——2015年12月22日在江北区第十六届人民代表大会常务委员会会议上\n"
            f"一、{months}财政预算执行情况\n{months},全区完成一般公共预算收入167.85亿元,同比增长10.1%。"
            "预计全年全区一般公共预算收入176.8亿元,增长9%。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["qualifier"], r["period"]) for r in extract_text(text)][2:] == [
        (kind, "176.8", "estimate", "FY"), (kind, "9", "estimate", "FY")]


def test_next_years_budget_drafted_in_a_december_report_is_that_years_goal():
    text = ("关于2020年1-11月预算执行情况的报告\n——2020年12月24日在江北区第四届人民代表大会常务委员会会议上\n"
            "一、2020年1-11月预算执行情况\n1-11月,全区一般公共预算收入186.5亿元,增长3.2%。\n"
            "二、2021年预算编制初步安排\n全区一般公共预算收入预期增长5%。\n"
            "三、下阶段主要工作\n确保全年一般公共预算收入增长3%以上。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("actual", "186.5", 2020, "M1-M11"), ("actual", "3.2", 2020, "M1-M11"), ("target", "5", 2021, "FY"),
        ("target", "3", 2020, "FY")]


@pytest.mark.parametrize("furniture", [
    "上一篇:1—2月份全县规模以上工业增加值增长16.3%\n下一篇:我县召开一季度经济运行分析会\n",
    "【链接】江州市一季度主要经济指标:全市地区生产总值2978.6亿元,增长5.9%;规上工业增加值增长8.1%。\n",
    "【闽南三市一季度经济速览】\n厦门:地区生产总值970.52亿元,增长16.1%。\n漳州:地区生产总值603.18亿元,增长14.2%。\n",
    "读者评论(3)\n读者老胡:一季度地区生产总值增长12%,不错。\n读者Cindy:家乡变化很大。\n读者湘江水:出口下降5%,外贸不好做。\n",
    "💬 留言区\n🌾 大围山下:粮食产量47.3万吨,种田的辛苦了\n🌸 七宝吃货:地方财政收入增长21.3%,希望多建几个菜场\n",
    "精选留言\n🚇 上班族:工业产值下降1.2%,制造业还是不太好做\n",
    "🔗相关链接:一季度,全市生产总值2978.6亿元,同比增长5.9%。\n"],
    ids=["a pager's headlines", "a link box on one line", "a box of other cities' figures", "readers' comments",
         "a social page's comments under an emoji", "its chosen comments", "a link box under an emoji"])
def test_what_a_county_news_page_prints_after_its_report_is_not_the_countys(furniture):
    text = ("一季度我县经济实现良好开局\n江北县人民政府网  2012年4月23日\n一季度,全县实现地区生产总值48.6亿元,增长12.3%。\n"
            "【责任编辑:李晓东】\n\n" + furniture)
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == [("gdp", "48.6"), ("gdp", "12.3")]


def test_goals_listed_under_emoji_bullets_are_the_regions():
    text = PLAN + "2026年经济社会发展的主要预期目标是:\n🎯 地区生产总值增长6%左右;\n🎯 一般公共预算收入增长3%;\n✅ 城镇新增就业5万人。\n"
    assert [(f[0], f[2], f[3]) for f in facts(text)] == [
        ("gdp", "target", "6"), ("general_budget_revenue", "target", "3"), ("new_urban_jobs", "target", "50000")]


def test_each_goal_restated_then_what_was_done_gives_both():
    review = REVIEW + ("省人大确定的主要目标全面完成:地区生产总值增长13%的目标,实际增长14.2%;"
                       "全社会固定资产投资增长25%的目标,实际增长31.2%。\n")
    assert [(f[0], f[2], f[3], f[5]) for f in facts(review)] == [
        ("gdp", "target", "13", 2025), ("gdp", "actual", "14.2", 2025),
        ("fixed_asset_investment", "target", "25", 2025), ("fixed_asset_investment", "actual", "31.2", 2025)]


def test_a_statistical_monthly_covers_the_months_to_the_issue_under_its_title():
    text = ("江州市统计月报\n\n2022年11月\n\n江州市统计局  2022年12月20日编印\n\n一、全市经济运行情况\n"
            "全市固定资产投资增长12.6%。全市一般公共预算收入344.2亿元,下降5.9%。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["kind"], r["year"], r["period"]) for r in extract_text(text)] == [
        ("fixed_asset_investment", "12.6", "actual", 2022, "M1-M11"),
        ("general_budget_revenue", "344.2", "actual", 2022, "M1-M11"),
        ("general_budget_revenue", "-5.9", "actual", 2022, "M1-M11")]


def test_the_years_estimate_labelled_before_a_colon_covers_the_items_past_its_semicolons():
    text = ("关于2022年计划执行情况的报告\n——2022年11月29日在江北市第八届人民代表大会常务委员会会议上\n"
            "一、1—10月计划执行情况\n1—10月,全市地区生产总值增长3.5%。\n"
            "预计全年:地区生产总值3600亿元左右,增长4.5%左右;规模以上工业增加值增长7%左右;固定资产投资增长10%。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["kind"], r["qualifier"], r["period"])
            for r in extract_text(text)][1:] == [
        ("gdp", "3600", "target", "estimate", "FY"), ("gdp", "4.5", "target", "estimate", "FY"),
        ("industrial_value_added", "7", "target", "estimate", "FY"),
        ("fixed_asset_investment", "10", "target", "estimate", "FY")]


@pytest.mark.parametrize("passage, kind", [
    (HEAD + "2026年预算安排。全省一般公共预算收入预期增长8%,达到3200亿元,其中", "target"),
    (REVIEW + "全省一般公共预算收入3100亿元,增长6%,未达到年初确定的增长8%的目标,其中", "actual"),
    (REVIEW + "全省一般公共预算收入3100亿元,完成年初预算3000亿元的103.3%,其中", "actual"),
])
def test_a_part_of_a_goal_is_a_goal_and_a_part_of_an_outcome_set_against_one_is_an_outcome(passage, kind):
    assert [(r["kind"], r["year"]) for r in extract_text(passage + "税收收入增长7.5%。\n")
            if r["indicator"] == "tax_revenue"] == [(kind, 2026 if kind == "target" else 2025)]


@pytest.mark.parametrize("quoted", ["县“十一五”规划纲要确定的到2010年全县生产总值达到80亿元的目标",
                                    "规划确定2010年生产总值达到80亿元的目标"])
def test_a_past_plans_goal_quoted_as_set_is_a_goal_of_its_last_year(quoted):
    text = ("政府工作报告\n——2011年1月12日在江北县第十五届人民代表大会第五次会议上\n一、“十一五”时期和2010年工作回顾\n"
            + quoted + "提前一年实现。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [("target", 2010, "80")]


@pytest.mark.parametrize("plan", ["完成年计划179.8亿元的21.5%", "仅完成全年计划179.8亿元的21.5%", "完成年度计划179.8亿元的21.5%"])
def test_the_years_plan_a_share_of_it_was_done_is_the_years_goal(plan):
    text = ("关于2016年1-4月经济运行情况的报告\n2016年5月19日\n一、主要指标完成情况\n"
            "1—4月,全区完成全社会固定资产投资38.65亿元,同比增长12.4%," + plan + "。\n")
    assert [(r["kind"], format_decimal(r["value"]), r["year"], r["period"]) for r in extract_text(text)] == [
        ("actual", "38.65", 2016, "M1-M4"), ("actual", "12.4", 2016, "M1-M4"), ("target", "179.8", 2016, "FY")]


def test_a_budget_digests_parts_and_subheadings_say_which_year_is_the_budget():
    text = ("财政部:去年全国一般公共预算收入增长8.6%今年赤字拟安排1.62万亿元\n2015-03-05 来源:新华网\n"
            "新华社北京3月5日电 受国务院委托,财政部5日向十二届全国人大三次会议提交预算报告。\n"
            "【去年收支】\n2014年全国一般公共预算收入140370亿元,比上年增长8.6%。\n"
            "【今年预算】\n2015年全国一般公共预算收入150620亿元。加上调入资金920亿元,收入总量为151540亿元。\n"
            "全国一般公共预算支出167740亿元,增长10.6%。\n■今年全国一般公共预算支出增长10.6%\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_revenue", "actual", 2014, "8.6"),
        ("general_budget_revenue", "actual", 2014, "140370"), ("general_budget_revenue", "target", 2015, "150620"),
        ("general_budget_expenditure", "target", 2015, "167740"), ("general_budget_expenditure", "target", 2015, "10.6")]


def test_a_later_sentence_of_a_quarters_line_is_that_quarters_past_a_base_and_a_part_named_after_its_whole():
    text = ("关于今年以来国民经济和社会发展计划执行情况的报告\n——2025年6月24日\n"
            "1—5月,规模以上工业增加值同比增长6.3%。\n"
            "一季度,国内生产总值318600亿元,同比增长5.4%,比上年全年加快0.4个百分点。分产业看,第三产业增加值增长5.3%。\n"
            "一季度全国居民人均可支配收入12050元,名义增长5.5%。其中城镇居民人均可支配收入增长4.7%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)
            if r["indicator"] in ("service_value_added", "urban_disposable_income")] == [
        ("service_value_added", "Q1"), ("urban_disposable_income", "Q1")]


def test_last_years_clause_in_a_review_of_five_years_is_last_years():
    text = ("政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n一、过去五年的工作回顾\n"
            "全社会固定资产投资五年累计完成17.3万亿元,去年比上年增长16.4%。\n"
            "进出口总额由1997年的3252亿美元增加到2002年的6208亿美元,其中去年出口3256亿美元。\n"
            "农民人均纯收入由1997年的2090元增加到2002年的2476元,去年实际增长4.8%。\n")
    assert [(r["indicator"], r["year"], format_decimal(r["value"])) for r in extract_text(text)
            if r["year"] == 2002 and r["indicator"] != "foreign_trade"] == [
        ("fixed_asset_investment", 2002, "16.4"), ("exports", 2002, "3256"), ("rural_disposable_income", 2002, "2476"),
        ("rural_disposable_income", 2002, "4.8")]


def test_what_last_year_carried_over_names_no_year():
    text = ("关于江州市2013年预算执行情况和2014年预算草案的报告\n——2014年2月18日在江州市第十四届人民代表大会第三次会议上\n"
            "二、2014年预算草案\n全市公共财政预算收入安排259.6亿元,比上年增长8.8%。"
            "加上上级补助收入、上年结转等,全市公共财政预算支出安排412.7亿元,比上年增长3.5%。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)][2:] == [
        ("target", 2014, "412.7"), ("target", 2014, "3.5")]


@pytest.mark.parametrize("task, rows", [
    ("加快江北经开区、东港镇高端装备产业集群建设,力争全年规上工业总产值突破2600亿元。", [("industrial_output", "2600")]),
    ("全力推进花桥国际商务城建设,力争全年完成固定资产投资50亿元。", [("fixed_asset_investment", "50")]),
    ("加快江北经开区建设,规上工业总产值突破800亿元。", []),
])
def test_the_regions_aim_after_a_task_for_a_part_is_the_regions(task, rows):
    text = ("关于江北区2025年上半年工作情况的报告\n——2025年7月30日在江北区第十八届人民代表大会常务委员会会议上\n"
            "二、下半年工作安排\n" + task + "\n")
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == rows


def test_a_goal_quoted_after_an_estimate_is_no_estimate():
    text = ("关于江北区2019年前三季度工作情况的报告\n——2019年10月29日在江北区第八届人民代表大会常务委员会会议上\n"
            "预计全年地区生产总值增长7%左右;进出口总额受外部环境影响较大,完成全年增长6%的目标难度较大。\n")
    assert [(r["indicator"], r["kind"], r["qualifier"]) for r in extract_text(text)] == [
        ("gdp", "target", "estimate"), ("foreign_trade", "target", "")]


def test_a_lines_period_goes_on_past_a_month_inside_it():
    text = ("国务院关于今年以来国民经济和社会发展计划执行情况的报告\n——2019年8月26日在第十三届全国人民代表大会常务委员会会议上\n"
            "(五)物价和就业总体稳定:1—7月,居民消费价格平均上涨2.2%,其中7月份上涨2.8%。城镇新增就业867万人,完成全年目标的78.8%。\n")
    assert [(r["indicator"], r["period"]) for r in extract_text(text)] == [
        ("cpi", "M1-M7"), ("cpi", "M7"), ("new_urban_jobs", "M1-M7")]


def test_a_goal_revised_in_mid_year_in_the_review_is_the_reviewed_years():
    text = REVIEW + "年中我们根据形势变化,将固定资产投资增长目标由8%调整为6%,全年固定资产投资增长6.1%。\n"
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("target", 2025, "8"), ("target", 2025, "6"), ("actual", 2025, "6.1")]


def test_goals_counted_as_not_met_are_goals():
    text = REVIEW + "年初省人代会确定的主要预期目标中,生产总值增长9%、固定资产投资增长18%两项指标未能完成,其余指标全面完成。\n"
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("gdp", "target", 2025), ("fixed_asset_investment", "target", 2025)]


def test_a_footnote_indented_with_no_break_spaces_is_no_row():
    text = PLAN + "全省一般公共预算收入增长7%。\n\xa0\xa0\xa0\xa0注:①地方财政一般预算收入按同口径计算增长22.1%。\n"
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["7"]


def test_a_tables_row_aligned_with_blanks_ends_its_sentence_and_gives_the_next_none_of_its_years():
    text = ("安溪县2012年政府工作报告\n——2012年2月16日在安溪县第十六届人民代表大会第一次会议上\n"
            "二、2012年国民经济和社会发展主要预期目标\n指 标        单位2011年完成2012年计划 增长%\n"
            "农民人均纯收入    元   9875   11160   13\n    同时,居民消费价格涨幅控制在4%左右,城镇登记失业率控制在3%以内。\n")
    # (the table's row read by its labels, the last two one blank apart: 2012年计划 增长%)
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("rural_disposable_income", "actual", 2011), ("rural_disposable_income", "target", 2012),
        ("rural_disposable_income", "target", 2012), ("cpi", "target", 2012), ("unemployment_rate", "target", 2012)]


def test_a_heading_on_adjusting_the_years_goals_opens_goals_in_a_half_year_report():
    text = HALF_YEAR + ("一、上半年经济运行情况\n上半年,全县地区生产总值增长1.5%。\n二、全年目标调整情况\n"
                        "建议对年初确定的部分预期目标进行调整:一般公共预算收入由增长5%调整为下降8%左右。\n")
    assert [(r["kind"], r["period"]) for r in extract_text(text)
            if r["indicator"] == "general_budget_revenue" and format_decimal(r["value"]) == "5"] == [("target", "FY")]


def test_a_goal_a_plan_set_for_its_last_year_keeps_that_year_in_a_sentence_opening_on_another():
    text = ("襄樊市2004年政府工作报告\n——2004年2月16日在襄樊市第十四届人民代表大会第二次会议上\n二、2004年工作的总体要求和主要目标\n"
            "2004年政府工作的总体要求是:坚持工业强市战略,加快发展,确保实现“十五”计划确定的2005年全市国内生产总值达到500亿元的目标。\n")
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [("gdp", "target", 2005)]


def test_the_months_after_a_numbered_heading_glued_to_its_line_go_on_past_the_semicolon():
    text = HALF_YEAR + ("(五)对外贸易和利用外资较快增长:1—7月,全县货物进出口总额21.3亿元,同比增长24.5%;"
                        "实际使用外资6741万美元,同比增长25.5%。\n")
    assert {(r["indicator"], r["period"]) for r in extract_text(text)} == {
        ("foreign_trade", "M1-M7"), ("fdi_actual", "M1-M7")}


def test_a_sentence_opening_on_the_plan_gives_its_goals_the_plans_last_year():
    text = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n一、2022年工作回顾\n"
            "同时也要看到,对照“十四五”规划《纲要》,单位国内生产总值能耗降低13.5%等约束性指标完成进度滞后。\n")
    assert [(r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [("target", 2025, "-13.5")]


def test_a_past_plans_figure_after_its_verb_is_a_goal_and_the_year_the_goals_are_for_is_the_reviewed_one():
    text = ("柘林县2011年政府工作报告\n——2011年2月10日在柘林县第十五届人民代表大会第一次会议上\n"
            "一、“十一五”及2010年工作回顾\n“十一五”计划主要指标全部完成:计划2010年地区生产总值达到48亿元,实际完成58.36亿元;"
            "规划确定到2010年农民人均纯收入达到2900元,实际达到3216元。\n主要指标完成情况如下:\n"
            "财政总收入:目标增长16%,完成增长28.3%。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", 2010, "48"), ("gdp", "actual", 2010, "58.36"),
        ("rural_disposable_income", "target", 2010, "2900"), ("rural_disposable_income", "actual", 2010, "3216"),
        ("fiscal_revenue", "target", 2010, "16"), ("fiscal_revenue", "actual", 2010, "28.3")]


def test_last_years_same_period_in_brackets_beside_a_comparison_is_last_years():
    text = HALF_YEAR + ("一、上半年经济运行情况\n上半年,全县地区生产总值增长10.6%,增幅比一季度提高0.4个百分点,"
                        "比去年同期(11.8%)回落1.2个百分点。全县规模以上工业增加值增长7.9%,增速比去年同期提高1.6个百分点"
                        "(去年同期增长6.3%)。\n")
    assert [(r["indicator"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", 2024, "H1", "10.6"), ("gdp", 2023, "H1", "11.8"),
        ("industrial_value_added", 2024, "H1", "7.9"), ("industrial_value_added", 2023, "H1", "6.3")]


def test_a_list_of_goals_written_on_after_its_lead_in_line_closes_the_goals_at_its_full_stop():
    text = ("关于2010年前三季度全省国民经济和社会发展\n计划执行情况的报告\n\n——2010年10月26日在省十一届人大常委会\n"
            "第二十一次会议上\n\n省人大常委会:\n    受省人民政府委托,现将2010年前三季度全省国民经\n济和社会发展计划执行情况报告如下:\n"
            "    二、年度计划目标完成进度\n    年初省十一届人大三次会议确定的全年主要预期目标为:\n生产总值增长10%,全社会固定资产投资增长20%,"
            "社会消费品\n零售总额增长16%。从前三季度执行情况看,主要指标均超过年度\n计划进度。新批外商投资项目合同外资62.4亿美元,增长18.2%,\n"
            "招商引资工作成效明显。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", "FY", "10"), ("fixed_asset_investment", "target", "FY", "20"),
        ("retail_sales", "target", "FY", "16"), ("fdi_contracted", "actual", "Q1-Q3", "62.4"),
        ("fdi_contracted", "actual", "Q1-Q3", "18.2")]


def test_goals_adjusted_mid_year_in_a_budget_report_and_in_a_reviewed_year_are_that_years():
    text = HALF_YEAR + ("三、预算调整方案\n(一)全县一般公共预算支出:年初预算27.52亿元,拟调整为31.86亿元,比上年增长1.2%。"
                        "建议将财政总收入增长目标调整为8%左右,居民消费价格涨幅由3.5%左右调整为4%以内。"
                        "城镇新增就业5万人等目标不作调整。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("general_budget_expenditure", "target", "FY", "27.52"), ("general_budget_expenditure", "target", "FY", "31.86"),
        ("general_budget_expenditure", "target", "FY", "1.2"), ("fiscal_revenue", "target", "FY", "8"),
        ("cpi", "target", "FY", "3.5"), ("cpi", "target", "FY", "4"), ("new_urban_jobs", "target", "FY", "50000")]
    annual = ("郫都区2021年政府工作报告\n——2021年1月12日在成都市郫都区第十九届人民代表大会第五次会议上\n"
              "一、2020年工作回顾\n各位代表:一季度全区地区生产总值下降5.2%。7月,经区人大常委会第三十一次会议批准,"
              "地区生产总值增长目标调整为4%左右,一般公共预算收入由增长6%调整为增长1%。\n")
    assert [(r["indicator"], r["year"], r["period"], format_decimal(r["value"])) for r in extract_text(annual)
            if r["kind"] == "target"] == [
        ("gdp", 2020, "FY", "4"), ("general_budget_revenue", 2020, "FY", "6"), ("general_budget_revenue", 2020, "FY", "1")]


def test_a_reviewed_years_goals_set_against_what_was_done_are_goals_and_what_was_done_outcomes():
    text = ("安徽省2008年政府工作报告\n——2008年1月20日在安徽省第十一届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "各位代表:2007年,省十届人大五次会议确定了2007年全省城镇新增就业40万人的目标,主要指标好于预期:"
            "全省生产总值预期增长10%,实际增长13.9%,比年初预期目标高3.9个百分点;居民消费价格总水平涨幅预期控制在3%左右,"
            "受食品价格上涨影响,实际上涨5.3%。部分指标没有完成年初预期目标:社会消费品零售总额预期增长18%,实际增长17.1%。"
            "城镇登记失业率4.1%,控制在年初确定的4.6%以内。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("new_urban_jobs", "target", 2007, "400000"),
        ("gdp", "target", 2007, "10"), ("gdp", "actual", 2007, "13.9"),
        ("cpi", "target", 2007, "3"), ("cpi", "actual", 2007, "5.3"),
        ("retail_sales", "target", 2007, "18"), ("retail_sales", "actual", 2007, "17.1"),
        ("unemployment_rate", "actual", 2007, "4.1"), ("unemployment_rate", "target", 2007, "4.6")]



def test_a_papers_sub_headlines_marked_with_a_bar_part_its_digest():
    text = ("政府工作报告里的甘肃“成绩单”和“任务书”\n来源:甘肃日报2023-01-14\n"
            "1月13日,甘肃省第十四届人民代表大会第一次会议在兰州开幕。省长代表省人民政府作政府工作报告。\n\n"
            "▍过去五年:综合实力迈上新台阶\n\n过去五年,全省地区生产总值年均增长6%。\n\n"
            "▍今后五年:地区生产总值力争达到1.5万亿元\n\n"
            "▍2023年:地区生产总值增长6%\n\n报告提出,今年全省实际使用外资增长10%。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", 2027, "15000"), ("gdp", "target", 2023, "6"), ("fdi_actual", "target", 2023, "10")]


def test_a_plans_goal_met_years_ahead_is_the_plans_last_years_goal():
    text = ("宝鸡市2008年政府工作报告\n——2008年2月20日在宝鸡市第十二届人民代表大会第二次会议上\n一、2007年工作回顾\n"
            "主要指标完成进度良好,生产总值已提前三年实现“十一五”规划确定的600亿元目标。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", 2010, "600")]


def test_an_editors_note_after_the_reprints_source_on_its_line_gives_no_row():
    text = ("长兴县2026年政府工作报告(摘要)\n\n转载自长兴新闻网(2026-01-20)。编者按:本刊上期刊出的“长兴县前三季度经济运行”一文中,"
            "地区生产总值应为776.4亿元,特此更正。\n\n一、2025年工作回顾\n全县地区生产总值1068.5亿元,增长6.1%。\n")
    assert [format_decimal(r["value"]) for r in extract_text(text)] == ["1068.5", "6.1"]


def test_a_dashs_item_named_for_its_indicator_gives_its_figures_that_name_but_a_headline_does_not():
    text = ("河南省2013年上半年国民经济和社会发展计划执行情况的报告\n——2013年7月24日在河南省第十二届人民代表大会常务委员会第四次会议上\n"
            "一、上半年计划执行情况\n——生产总值。年度目标增长9%,上半年完成14509.7亿元,同比增长8.8%。\n"
            "——发展动力显著增强。全省生产总值6月份增长8.7%,“十二五”以来累计增长40%。\n")
    assert [(r["indicator"], r["kind"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "target", "FY", "9"), ("gdp", "actual", "H1", "14509.7"), ("gdp", "actual", "H1", "8.8"),
        ("gdp", "actual", "M6", "8.7")]


def test_a_counted_items_label_named_for_its_indicator_gives_its_figures_that_name_but_a_task_does_not():
    text = ("南江市2015年政府工作报告\n——2015年1月20日在南江市第八届人民代表大会第四次会议上\n一、2014年工作回顾\n"
            "主要指标完成情况如下:\n一是地区生产总值。全年完成1862.4亿元,增长8.6%。\n"
            "二是物价和就业。全年涨幅为2.1%,控制在3.5%以内。\n三是加快工业发展。完成712.5亿元,增长10.2%。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "actual", 2014, "1862.4"), ("gdp", "actual", 2014, "8.6")]


def test_a_years_goals_restated_in_its_review_leave_what_was_done_outcomes():
    text = ("江北省2008年国民经济和社会发展计划草案的报告\n——2008年1月20日在江北省第十一届人民代表大会第一次会议上\n"
            "一、2007年计划执行情况\n(一)主要指标完成情况\n——财政总收入。年度目标增长14%,全年完成财政总收入772.6亿元,增长27.3%。\n"
            "——城乡居民收入。年度目标为城镇居民人均可支配收入增长7.5%;全年城镇居民人均可支配收入达到11450元,增长14.6%。\n")
    assert [(r["indicator"], r["kind"], r["year"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("fiscal_revenue", "target", 2007, "14"), ("fiscal_revenue", "actual", 2007, "772.6"),
        ("fiscal_revenue", "actual", 2007, "27.3"), ("urban_disposable_income", "target", 2007, "7.5"),
        ("urban_disposable_income", "actual", 2007, "11450"), ("urban_disposable_income", "actual", 2007, "14.6")]


@pytest.mark.parametrize("sentence", [
    "其中,江北经济开发区实现规模以上工业增加值986亿元,增长13.1%,占全省的17.4%;完成固定资产投资412.3亿元;实际利用外资5.2亿美元。",
    "江北经济开发区作为全省发展主平台,实现规上工业总产值4180亿元,增长12.6%,占全省的16.1%;完成固定资产投资582.3亿元;"
    "一般公共预算收入96亿元,增长7.2%。",
], ids=["opened on 其中 and a share of the whole", "opened on the zone as the whole's platform"])
def test_a_zones_clauses_past_its_semicolons_with_no_subject_of_their_own_are_the_zones(sentence):
    text = REVIEW + "全省地区生产总值6.2万亿元,增长5.6%。" + sentence + "\n"
    assert [r[0] for r in facts(text)] == ["gdp", "gdp"]


@pytest.mark.parametrize("passage, expected", [
    ("下半年,我们将围绕“十五五”规划确定的到2030年全县地区生产总值突破550亿元的目标,扎实做好各项工作。",
     [("gdp", "level", "target", "550", 2030, "FY")]),
    ("下半年,我们将紧扣到2025年全县地区生产总值突破150亿元的目标,突出抓好以下工作:一是狠抓项目建设,"
     "确保全年固定资产投资完成120亿元以上;二是狠抓财源建设,确保全年一般公共预算收入达到7.5亿元。",
     [("gdp", "level", "target", "150", 2025, "FY"), ("fixed_asset_investment", "level", "target", "120", 2024, "FY"),
      ("general_budget_revenue", "level", "target", "7.5", 2024, "FY")]),
], ids=["a later year's amount is no amount of the half", "the work items naming 全年 are the year's own"])
def test_a_later_years_goal_the_second_half_works_towards_is_that_years_whole(passage, expected):
    text = HALF_YEAR + "二、下半年工作安排\n" + passage + "\n"
    assert [(r["indicator"], r["measure"], r["kind"], format_decimal(r["value"]), r["year"], r["period"])
            for r in extract_text(text)] == expected


def test_a_quarter_glued_to_the_zones_own_bare_name_is_no_part():
    text = ("洛川经济技术开发区2008年上半年工作总结\n——(2008年7月18日)\n一、上半年主要经济指标完成情况\n"
            "从运行特点看:一是增长速度稳中有升。一季度开发区地区生产总值增长18.2%,二季度增速进一步加快。\n")
    assert [(r["indicator"], r["period"], format_decimal(r["value"])) for r in extract_text(text)] == [
        ("gdp", "Q1", "18.2")]


def test_a_zone_a_numbered_task_names_is_no_topic_when_the_paragraph_names_it_for_a_figure_of_its_own():
    text = ("江北区2003年政府工作报告\n——2003年1月20日在江北区第十三届人民代表大会第一次会议上\n二、2003年工作任务\n"
            "(一)加快工业园区建设。确保全年规模以上工业总产值突破700亿元,工业园区工业产值达到300亿元;全年工业投资增长15%。\n")
    assert facts(text) == [("industrial_output", "level", "target", "700", "at_least", 2003),
                           ("industrial_investment", "growth", "target", "15", "", 2003)]


@pytest.mark.parametrize("sentence, expected", [
    ("县城建成区面积扩大到42平方公里,新改建城市道路18公里;完成农村户厕改造1.2万户,水库水质稳定保持Ⅲ类;单位地区生产总值能耗下降3.8%。",
     [("energy_intensity", "growth", "actual", "-3.8", "", 2025)]),
    ("三个景区灾后重生,全省旅游综合收入318.8亿元;农民人均纯收入8675元,增长13.2%。",
     [("rural_disposable_income", "level", "actual", "8675", "", 2025),
      ("rural_disposable_income", "growth", "actual", "13.2", "", 2025)]),
], ids=["an item between with no part", "a part's clause the whole's follows"])
def test_a_clause_with_no_subject_past_a_semicolon_goes_on_with_the_item_just_before_it(sentence, expected):
    assert facts(REVIEW + sentence + "\n") == expected


def test_the_years_goal_a_progress_names_gives_no_period_to_the_clause_after_it():
    text = HALF_YEAR + "一、上半年工作情况\n城镇新增就业3.86万人,完成全年6万人目标的64.3%,城镇登记失业率3.7%。\n"
    assert [(r["indicator"], r["kind"], format_decimal(r["value"]), r["period"]) for r in extract_text(text)] == [
        ("new_urban_jobs", "actual", "38600", "H1"), ("new_urban_jobs", "target", "60000", "FY"),
        ("unemployment_rate", "actual", "3.7", "H1")]


def test_two_names_levels_from_one_year_to_another_before_a_later_list_are_dealt_in_order():
    text = ("2003年政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n一、过去五年的回顾\n"
            "城镇居民人均可支配收入和农村居民人均纯收入,由1997年的5160元和2090元,增加到2002年的7700元和2480元,"
            "扣除价格因素,平均每年分别增长8%和3.8%。\n")
    assert [(r["indicator"], format_decimal(r["value"]), r["year"]) for r in extract_text(text)] == [
        ("urban_disposable_income", "5160", 1997), ("rural_disposable_income", "2090", 1997),
        ("urban_disposable_income", "7700", 2002), ("rural_disposable_income", "2480", 2002)]


@pytest.mark.parametrize("passage, expected", [
    ("小编算了一笔账:若今年增长7.5%,全省地区生产总值将达约1.07万亿元。", []),
    ("如果四季度电力供应紧张状况没有明显改善,规模以上工业总产值增幅将进一步回落,预计全年增长30%左右。",
     [("industrial_output", "growth", "target", "30", "estimate", 2026)]),
], ids=["a writer's sum on a rate", "an estimate on a circumstance"])
def test_a_sum_on_a_figures_condition_is_no_goal(passage, expected):
    assert facts(PLAN + passage + "\n") == expected


def test_a_line_broken_before_a_closing_quote_keeps_the_plans_end():
    text = PLAN + ("今后五年,我们将坚持稳中求进工作总基调,着力推动高质量发展,到“十五五\n”末,全省地区生产总值突破20000亿元,"
                   "地方财政总收入达到2500亿元。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [("gdp", 2030), ("fiscal_revenue", 2030)]


def test_a_ratio_to_the_regions_output_past_a_semicolon_is_the_wholes_after_a_parts_clause():
    text = REVIEW + "全省地级城市空气质量优良天数比例达到85.4%,国考断面水质优良率提高到93.3%;单位地区生产总值能耗下降3.2%。\n"
    assert facts(text) == [("energy_intensity", "growth", "actual", "-3.2", "", 2025)]


def test_a_numerals_tail_is_no_five_year_plan():
    text = HALF_YEAR + ("二、下半年工作安排\n下半年,我们将紧紧围绕全年地区生产总值增长百分之十二、固定资产投资增长百分之二十五、"
                        "财政总收入增长百分之十二以上的目标,扎实做好各项工作。\n")
    assert [(r["indicator"], r["year"]) for r in extract_text(text)] == [
        ("gdp", 2024), ("fixed_asset_investment", 2024), ("fiscal_revenue", 2024)]


def test_a_countys_report_writes_its_own_product_as_the_county_areas():
    text = ("米脂县人民政府工作报告\n——2023年1月12日在米脂县第十八届人民代表大会第三次会议上\n一、2022年工作回顾\n"
            "县域经济稳中有进,全年实现县域生产总值98.4亿元,增长5.6%。\n")
    assert facts(text) == [("gdp", "level", "actual", "98.4", "", 2022), ("gdp", "growth", "actual", "5.6", "", 2022)]
    assert facts(REVIEW + "县域生产总值增长14.5%。") == []  # (in a province's, its counties')


def test_the_nations_goals_quoted_in_a_list_are_all_the_nations():
    assert facts(PLAN + "国家提出今年国内生产总值增长8%左右,居民消费价格总水平涨幅控制在4.8%左右。") == []
    assert facts(PLAN + "国家确定今年经济增长8%左右,居民消费价格涨幅4%左右。") == []


def test_a_new_item_of_a_list_after_a_semicolon_ends_the_parts_subject_before_it():
    assert facts(PLAN + "三是推动游仙、安州、三台等县市区工业增加值增长10%以上;四是确保粮食总产量稳定在240万吨以上;"
                        "五是力争实际利用外资增长8%,技术合同成交额达到40亿元。") == [
        ("grain_output", "level", "target", "240", "at_least", 2026), ("fdi_actual", "growth", "target", "8", "", 2026),
        ("tech_contract_value", "level", "target", "40", "", 2026)]


def test_lines_labelled_with_a_zone_and_its_level_are_the_zones_also_when_it_bears_the_regions_name():
    assert facts(PLAN + "各重点平台的年度目标是:\n——江北经济技术开发区(国家级):完成工业总产值580亿元,固定资产投资增长20%;\n"
                        "——南湖产业集聚区江北分区(省级):完成固定资产投资75亿元;\n"
                        "海安高新区(省级):规上工业产值突破700亿元,一般公共预算收入增长8%。\n") == []


def test_contracted_foreign_investment_brought_in_is_the_regions():
    assert facts(PLAN + "全省全年引进合同外资3亿美元,实际利用外资2.5亿美元。") == [
        ("fdi_contracted", "level", "target", "3", "", 2026), ("fdi_actual", "level", "target", "2.5", "", 2026)]


def test_a_harvests_growth_after_a_clause_of_its_circumstances_is_the_harvests():
    assert facts(REVIEW + "粮食总产量97.2万吨,在遭受严重夏旱的情况下仍增长1.6%。") == [
        ("grain_output", "level", "actual", "97.2", "", 2025), ("grain_output", "growth", "actual", "1.6", "", 2025)]


def test_a_harvest_cut_by_drought_is_the_regions():
    assert facts(REVIEW + "因旱粮食总产量876.9万吨,减产21.1%。") == [
        ("grain_output", "level", "actual", "876.9", "", 2025), ("grain_output", "growth", "actual", "-21.1", "", 2025)]


@pytest.mark.parametrize("sentence", [
    "东台市要争创全国百强县前50位,地区生产总值增长8.5%,一般公共预算收入增长6.5%;固定资产投资增长10%,社会消费品零售总额增长11%。",
    "襄阳高新区要打造万亿工业强区核心板块,规模以上工业总产值增长15%,工业投资增长20%;实际利用外资突破3亿美元,一般公共预算收入增长12%。",
    "(一)主攻工业:赣州经开区要加快新能源汽车科技城建设,力争规模以上工业增加值增长13%、工业投资增长25%;"
    "一般公共预算收入增长15%,实际利用外资3亿美元。",
], ids=["a city in the county's list, its goals after a clause of its own", "a zone's task, its goals after it",
        "a zone's task after a heading, its goals aimed at"])
def test_a_parts_goals_go_on_past_the_semicolon(sentence):
    assert facts(PLAN + sentence) == []


@pytest.mark.parametrize("sentence", [
    "国家提出,今年要确保国内生产总值增长8%左右,居民消费价格总水平涨幅4%左右,城镇登记失业率控制在4.6%以内。",
    "国家“十三五”规划纲要提出,到2020年研发经费投入强度达到2.5%。",
], ids=["the nation's goals after a clause of their own", "the nation's plan's goal"])
def test_the_nations_goals_after_a_clause_naming_the_nation_are_the_nations(sentence):
    assert facts(PLAN + sentence) == []


def test_a_sum_with_farms_run_apart_from_the_region_is_no_row_of_the_region():
    assert facts(PLAN + "确保粮食总产量达到700亿斤,加上驻省农场,全域粮食总产量突破1000亿斤。") == [
        ("grain_output", "level", "target", "700", "", 2026)]


def test_money_added_on_the_way_to_the_budgets_total_leaves_the_spending_the_regions():
    assert facts(PLAN + "全省一般公共预算收入增长5%,加上中央转移支付,全省一般公共预算支出安排6325亿元。") == [
        ("general_budget_revenue", "growth", "target", "5", "", 2026),
        ("general_budget_expenditure", "level", "target", "6325", "", 2026)]


def test_gardens_built_by_the_mu_are_no_subject_of_the_goal_after_them():
    assert facts(PLAN + "新建苹果标准园2万亩,粮食总产量稳定在50万吨以上。") == [
        ("grain_output", "level", "target", "50", "at_least", 2026)]


def test_this_years_aim_after_last_years_level_goes_on_with_its_name():
    assert facts(REVIEW + "全省技术合同成交额达到1316.2亿元,今年力争增长10%。") == [
        ("tech_contract_value", "level", "actual", "1316.2", "", 2025),
        ("tech_contract_value", "growth", "target", "10", "", 2026)]


def test_a_town_supported_to_become_a_model_town_owns_the_goal_after_it():
    assert facts(PLAN + "支持庵东镇打造产城融合示范镇,一般公共预算收入增长8%以上。") == []


def test_a_rate_after_a_clause_on_large_scale_tax_refunds_is_still_the_revenues():
    assert facts(REVIEW + "一般公共预算收入72.4亿元,受大规模留抵退税影响自然口径下降6.2%。") == [
        ("general_budget_revenue", "level", "actual", "72.4", "", 2025),
        ("general_budget_revenue", "growth", "actual", "-6.2", "", 2025)]


def test_labelled_and_bare_tasked_lines_among_lines_tasking_towns_are_the_parts():
    text = (PLAN + "(一)加快板块经济发展。\n金港:以保税港区建设为重点,完成固定资产投资80亿元;\n"
            "杨舍镇要加快商圈建设,社会消费品零售总额增长20%;\n塘桥要加快纺织服装产业升级,实际利用外资1.5亿美元;\n"
            "全省规模以上工业增加值增长8%。\n")
    assert facts(text) == [("industrial_value_added", "growth", "target", "8", "", 2026)]


def test_bare_names_tasked_in_turn_after_the_parts_named_together_are_the_parts():
    assert facts(PLAN + "(一)推动镇街各展所长:各镇街要立足功能定位,扛起发展担子:北滘要做强智能家电产业集群,"
                        "规模以上工业总产值突破4000亿元;乐从要加快家具商贸转型,社会消费品零售总额增长8%。") == []


def test_a_parts_goal_two_clauses_of_tasks_after_its_要_is_the_parts():
    assert facts(PLAN + "(一)全力攻坚洋口港:洋口港要坚持港产城联动,加快LNG接收站三期和阳光岛综合开发,"
                        "全年完成固定资产投资210亿元,实际利用外资1.2亿美元。") == []


def test_a_pair_from_five_years_before_starts_five_years_before_the_year_reviewed():
    text = ("政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "国内生产总值由五年前的54万亿元增加到82.7万亿元,年均增长7.1%。\n")
    assert facts(text) == [("gdp", "level", "actual", "540000", "", 2012), ("gdp", "level", "actual", "827000", "", 2017)]


@pytest.mark.parametrize("sentence", [
    "各镇(街道)和功能区的重点目标如下:\n● 大良街道:地区生产总值增长8%,服务业增加值增长9%;\n"
    "● 北滘镇(含广东工业设计城):规模以上工业增加值增长9%;\n",
    "——乐余镇、南丰镇、大新镇:公共财政预算收入均增长15%以上,工业投资均不少于20亿元。\n",
    "——保税区(金港镇):实现地区生产总值585亿元,增长11%。\n",
    "义乌经济技术开发区。以信息光电为主攻方向,全年完成固定资产投资120亿元,规模以上工业增加值增长15%。\n",
    "经济技术开发区板块。聚焦高端装备,规模以上工业增加值增长10%以上,完成工业投资85亿元。\n",
    "各镇(街道)要立足功能定位,各展所长:稠城、北苑、稠江、江东街道要加快商贸服务业提升,服务业增加值均增长10%以上;"
    "苏溪镇要加快装备制造业集聚,规模以上工业增加值增长12%。\n",
    "侯镇要依托海洋化工产业园,规模以上工业增加值增长12%。\n",
    "(三)加快生态经济园区开发\n园区要完善基础设施,重点引进精细化工项目,全年完成固定资产投资35亿元;税收收入突破3亿元。\n",
], ids=["bulleted town lines", "a dashed line of several towns", "a zone's dashed line with its town in brackets",
        "a zone's name closing its heading with a stop", "a 板块 heading closed by a stop",
        "bare names listed before 街道要", "a two-character town tasked",
        "a zone's goals past its semicolon after two clauses of tasks"])
def test_parts_given_goals_as_counties_write_them_are_no_rows_of_the_whole(sentence):
    assert facts(PLAN + sentence) == []


def test_a_zone_tasked_by_its_kind_alone_owns_its_goals_and_the_whole_comes_back_after_the_semicolon():
    text = PLAN + "  (二)突出区域板块协同\n  开发区要发挥主引擎作用,一般公共预算收入完成18亿元,固定资产投资增长20%;全省工业投资增长12%。\n"
    assert facts(text) == [
        ("industrial_investment", "growth", "target", "12", "", 2026)]


def test_what_follows_the_outcome_set_against_last_years_goal_is_no_goal():
    assert facts(REVIEW + "去年报告确定的全省生产总值增长目标为6%左右,实际增长4.4%;2025年全省地区生产总值为58954.2亿元。") == [
        ("gdp", "level", "actual", "58954.2", "", 2025)]


def test_the_whole_of_a_parent_city_viewed_is_that_citys_in_a_county_level_citys_report():
    text = ("江北市2012年上半年工作情况报告\n一、上半年经济运行情况\n"
            "上半年,全市生产总值增长12.1%。从江南市看,上半年全市生产总值增长百分之十四点六。\n")
    assert [(r[0], r[3]) for r in facts(text)] == [("gdp", "12.1")]


@pytest.mark.parametrize("sentence", [
    "(一)壮大县域经济:各县(市、区)要把发展的着力点放在产业集聚区上,确保生产总值增速不低于12%。",
    "(一)加快旗县区发展:各旗县区要把发展县域经济作为头等大事,地区生产总值增长20%以上。",
    "偃师要打造全省县域经济强市,力争生产总值突破330亿元;新安要加快建设铝工业和电力千亿元级产业集群,规模以上工业增加值增长20%。",
    "沂水要冲刺全国百强县,地区生产总值增长7%以上。",
    "支持瑞金建设赣闽粤原中央苏区振兴发展示范区和全市区域副中心城市,力争生产总值增长10%以上,财政总收入突破40亿元。",
], ids=["各县(市、区)要", "各旗县区要", "counties named bare with a place's ambition", "a county racing for the top hundred",
        "a city named bare supported to become a centre, its aim after"])
def test_counties_given_goals_in_a_citys_plan_are_no_rows_of_the_city(sentence):
    assert facts(PLAN + sentence + "\n") == []


def test_a_zone_supported_then_an_aim_with_no_subject_is_still_the_regions():
    assert facts(PLAN + "支持岳麓山大学科技城、马栏山视频文创园建设,力争全年技术合同成交额突破1200亿元。\n") == [
        ("tech_contract_value", "level", "target", "1200", "at_least", 2026)]


def test_dashed_lines_labelled_with_zones_bearing_the_regions_name_are_the_zones():
    text = ("2019年江北区上半年经济运行情况报告\n二、下半年工作安排\n下半年,要对照年度目标,压实各板块责任:\n"
            "——江北国家高新区:确保全年地区生产总值增长8%以上,完成工业投资110亿元;\n"
            "——江南循环经济示范园:全年规上工业产值突破380亿元;\n")
    assert facts(text) == []


def test_this_years_aim_we_set_after_last_years_level_goes_on_with_its_name():
    assert facts(REVIEW + "去年全省地区生产总值完成201.5亿元,今年我们提出确保突破220亿元。") == [
        ("gdp", "level", "actual", "201.5", "", 2025),
        ("gdp", "level", "target", "220", "at_least", 2026)]


@pytest.mark.parametrize("sentence", [
    "2022年至2024年,全省农民人均纯收入比2021年增长15%。",
    "2022—2024年,全省农民人均纯收入增长15%。",
    "“十四五”以来,全省经济保持良好势头。2022年至2024年,全省地区生产总值年均增长6.1%,农民人均纯收入增长15%。",
], ids=["against the year before the range", "a range with a dash",
        "after an average, in a paragraph of a plan's years"])
def test_a_clause_opening_on_a_range_of_years_names_no_one_year(sentence):
    assert facts(REVIEW + sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("今年的主要目标是:全省财政总收入在去年完成286.5亿元的基础上增长12%,达到320亿元。",
     [("fiscal_revenue", "growth", "target", "12", "", 2026), ("fiscal_revenue", "level", "target", "320", "", 2026)]),
    ("今年的主要目标是:全省财政总收入在去年二百八十六亿五千万元的基础上增长百分之十二,达到三百二十亿元。",
     [("fiscal_revenue", "growth", "target", "12", "", 2026), ("fiscal_revenue", "level", "target", "320", "", 2026)]),
], ids=["last year's outcome as done", "last year's in numerals"])
def test_last_years_level_a_goal_builds_on_is_no_goal_and_dates_nothing_after_it(sentence, expected):
    assert facts(PLAN + sentence) == expected


def test_a_place_supported_after_an_items_number_owns_the_goal_after_it():
    assert facts(PLAN + "(三)支持江州加快建设国家中心城市,地区生产总值增长6.5%左右。") == []


def test_a_clause_past_the_semicolon_of_a_list_of_parts_goals_is_the_wholes():
    assert facts(PLAN + "推动江北高新区地区生产总值增长8%以上,江南新区固定资产投资增长15%;"
                        "力争工业投资增长10%,技术合同成交额突破2800亿元。") == [
        ("industrial_investment", "growth", "target", "10", "", 2026),
        ("tech_contract_value", "level", "target", "2800", "at_least", 2026)]


def test_a_plans_end_after_this_years_level_is_another_years_goal():
    plan = PLAN.replace("2026", "2024").replace("十四届人民代表大会第四次", "十四届人民代表大会第二次")
    assert facts(plan + "全省研发经费投入强度达到2.45%,确保“十四五”末达到2.5%。") == [
        ("rd_intensity", "level", "target", "2.45", "", 2024), ("rd_intensity", "level", "target", "2.5", "", 2025)]


def test_a_heading_on_this_years_main_work_naming_no_year_opens_the_plan():
    text = HEAD.replace("江北省", "江北县") + "一、2025年工作回顾\n全县地区生产总值增长6%。\n三、今年的主要工作\n城镇新增就业1500人。\n"
    assert [(r["indicator"], r["kind"], r["year"]) for r in extract_text(text)] == [
        ("gdp", "actual", 2025), ("new_urban_jobs", "target", 2026)]


NATIONAL_REVIEW = "政府工作报告\n——2009年3月5日在第十一届全国人民代表大会第二次会议上\n一、2008年工作回顾\n"


@pytest.mark.parametrize("passage, expected", [
    ("国内生产总值增长9%。分季度看,四个季度分别增长10.6%、10.1%、9%和6.8%。",
     [("gdp", "9", "FY"), ("gdp", "10.6", "Q1"), ("gdp", "10.1", "Q2"), ("gdp", "9", "Q3"), ("gdp", "6.8", "Q4")]),
    ("居民消费价格上涨5.9%,其中二月份上涨8.7%,为年内最高;六月份回落到7.1%。",
     [("cpi", "5.9", "FY"), ("cpi", "8.7", "M2"), ("cpi", "7.1", "M6")]),
    ("居民消费价格上涨5.9%;12月份涨幅回落到1.2%。", [("cpi", "5.9", "FY"), ("cpi", "1.2", "M12")]),
], ids=["four quarters listed in a view by quarter", "a month in numerals fallen to a rate, past a semicolon",
        "a month's rate by its noun, past a semicolon (涨幅回落到)"])
def test_periods_in_the_sentence_after_the_names_go_on_with_it(passage, expected):
    assert [(r["indicator"], format_decimal(r["value"]), r["period"])
            for r in extract_text(NATIONAL_REVIEW + passage)] == expected


def test_a_task_of_its_own_past_a_parts_semicolon_is_the_wholes():
    assert facts(PLAN + "支持江北新区固定资产投资增长15%;推动社会消费品零售总额突破4700亿元。") == [
        ("retail_sales", "level", "target", "4700", "at_least", 2026)]


def test_a_numbered_heading_pushing_a_zone_on_makes_the_next_sentence_the_zones():
    assert facts(PLAN + "(一)全力推进江北新区建设。推动新区在体制创新、产业集聚方面率先突破,地区生产总值增长10%以上、"
                        "固定资产投资增长20%。") == []


@pytest.mark.parametrize("sentence, expected", [
    ("全省粮食总产量达到938.9亿斤,比上年增产77.5亿斤、增长9%。",
     [("grain_output", "level", "actual", "938.9", "", 2025), ("grain_output", "growth", "actual", "9", "", 2025)]),
    ("全省农民人均纯收入5108元,比上年增加601元、增长13.3%。",
     [("rural_disposable_income", "level", "actual", "5108", "", 2025),
      ("rural_disposable_income", "growth", "actual", "13.3", "", 2025)]),
], ids=["a harvest's gain in jin", "an income's gain in yuan"])
def test_a_change_after_the_amount_gained_goes_on_with_the_name(sentence, expected):
    assert facts(REVIEW + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("全省出口总额增长3.8%,低于年初预期的8%。",
     [("exports", "growth", "actual", "3.8", "", 2025), ("exports", "growth", "target", "8", "", 2025)]),
    ("全社会固定资产投资增长19.3%,高于年初预期的18%。",
     [("fixed_asset_investment", "growth", "actual", "19.3", "", 2025),
      ("fixed_asset_investment", "growth", "target", "18", "", 2025)]),
    ("居民消费价格上涨3.9%,比年初预期的3%高出0.9个百分点。",
     [("cpi", "growth", "actual", "3.9", "", 2025), ("cpi", "growth", "target", "3", "", 2025)]),
], ids=["missed", "beaten", "set against"])
def test_what_was_expected_at_the_years_start_is_its_goal_with_no_goal_named_after_it(sentence, expected):
    assert facts(REVIEW + sentence) == expected
