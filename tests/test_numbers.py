"""Numbers as reports write them, read exactly."""
from decimal import Decimal

import pytest

from govreport_cli.api import extract_text
from govreport_cli.numbers import format_decimal, parse_number, scale


@pytest.mark.parametrize("written, expected", [
    ("82.7", "82.7"), ("1,234.5", "1234.5"), ("0.5", "0.5"), ("577.3", "577.3"),
    ("一千二百", "1200"), ("十", "10"), ("两", "2"), ("三十五", "35"), ("一万二千", "12000"),
    ("十一点八", "11.8"), ("三点零五", "3.05"), ("零点八", "0.8"), ("一千零二十三点五", "1023.5"),
    ("两千零二十", "2020"), ("两百二十三点九", "223.9"), ("两万六千一百", "26100"), ("十万零五千", "105000"),
    ("一万零五百", "10500"),
])
def test_parse_number(written, expected):
    assert parse_number(written) == Decimal(expected)


@pytest.mark.parametrize("written", ["", "零售", "一般", "abc", "三点", "三点十"])
def test_parse_number_rejects_words(written):
    with pytest.raises(ValueError):
        parse_number(written)


def test_multipliers_are_exact():
    # cn2an and floats give 1639999999 and 57729999999.99999 here (TRAPS.md)
    assert Decimal("16.4") * scale("亿") == Decimal("1640000000")
    assert Decimal("577.3") * scale("亿") == Decimal("57730000000")
    assert Decimal("1.2") * scale("万亿") == Decimal("1200000000000")


@pytest.mark.parametrize("value, text", [
    (Decimal("5.4E+5"), "540000"), (Decimal("1.20"), "1.2"), (Decimal("-3.90"), "-3.9"),
    (Decimal("0.950"), "0.95"), (Decimal("100"), "100"), (Decimal("-0"), "0"),
])
def test_format_decimal(value, text):
    assert format_decimal(value) == text


# The contract's normalisation of values, end to end through the engine.
@pytest.mark.parametrize("sentence, indicator, measure, value, unit, qualifier", [
    ("落实一般公共预算收入9500多万元。", "general_budget_revenue", "level", "0.95", "亿元", "at_least"),
    ("全年实现商品销售总额1.2万亿元。", "commodity_sales", "level", "12000", "亿元", ""),
    ("上半年新增就业岗位1.83万个。", "new_urban_jobs", "level", "18300", "个", ""),
    ("全年新增城镇就业一千二百人。", "new_urban_jobs", "level", "1200", "人", ""),
    ("全年新增城镇就业一万二千三百人。", "new_urban_jobs", "level", "12300", "人", ""),
    ("粮食总产量达到十八万六千吨。", "grain_output", "level", "186000", "吨", ""),
    ("全年新增城镇就业三万人。", "new_urban_jobs", "level", "30000", "人", ""),
    ("全社会固定资产投资十二亿三千万元。", "fixed_asset_investment", "level", "12.3", "亿元", ""),
    ("税收收入二亿零五百万元。", "tax_revenue", "level", "2.05", "亿元", ""),
    ("完成工业投资20亿元,同比增长1.8倍。", "industrial_investment", "growth", "180", "%", ""),
    ("技术合同成交额比上年翻一番。", "tech_contract_value", "growth", "100", "%", ""),
    ("实际利用外资比上年翻了一番。", "fdi_actual", "growth", "100", "%", ""),
    ("全口径财政收入达到12.5亿元,是上年的1.3倍。", "fiscal_revenue", "growth", "30", "%", ""),
    ("合同利用外資負成長27.9%。", "fdi_contracted", "growth", "-27.9", "%", ""),
    ("粮食总产量9.8亿斤,虽比上年减产12.5%。", "grain_output", "growth", "-12.5", "%", ""),
    ("单位地区生产总值能耗下降3.9%。", "energy_intensity", "growth", "-3.9", "%", ""),
    ("研发经费投入强度提高0.2个百分点。", "rd_intensity", "growth", "0.2", "百分点", ""),
    ("粮食产量1.3万亿斤以上。", "grain_output", "level", "1.3", "万亿斤", "at_least"),
    ("地区生产总值增长l3.6％。", "gdp", "growth", "13.6", "%", ""),
    ("外贸进出口总额10l.5亿美元。", "foreign_trade", "level", "101.5", "亿美元", ""),
    ("实际利用外资lO.2亿美元。", "fdi_actual", "level", "10.2", "亿美元", ""),  # (never the 2 after the point alone)
    ("社会消费品零售总额增长ll.5％。", "retail_sales", "growth", "11.5", "%", ""),
    ("实际利用外资4500万美元。", "fdi_actual", "level", "0.45", "亿美元", ""),
    ("城镇常住居民人均可支配收入5.2万元。", "urban_disposable_income", "level", "52000", "元", ""),
    ("社会消费品零售总额约60亿元。", "retail_sales", "level", "60", "亿元", "approx"),
    ("城镇登记失业率不超过4%。", "unemployment_rate", "level", "4", "%", "at_most"),
    # Decimals and percentages in numerals: never the digits after 点 alone.
    ("实际使用外资十一点八亿美元。", "fdi_actual", "level", "11.8", "亿美元", ""),
    ("城镇新增就业三点二万人。", "new_urban_jobs", "level", "32000", "人", ""),
    ("地区生产总值达到二万四千亿元。", "gdp", "level", "24000", "亿元", ""),
    ("地区生产总值增长百分之七以上。", "gdp", "growth", "7", "%", "at_least"),
    ("研发经费投入强度达到百分之三点五。", "rd_intensity", "level", "3.5", "%", ""),
    # An amount that goes on in a smaller multiplier; 成; a spaced qualifier and minus.
    ("全社会固定资产投资28亿3千万元。", "fixed_asset_investment", "level", "28.3", "亿元", ""),
    ("社会消费品零售总额增长近两成。", "retail_sales", "growth", "20", "%", "approx"),
    ("城镇调查失业率 5.5% 左右。", "surveyed_unemployment_rate", "level", "5.5", "%", "approx"),
    ("地区生产总值增长 -3.2%。", "gdp", "growth", "-3.2", "%", ""),
    # Big5's small forms and other dots as the decimal point (a wrong number otherwise: 88亿元)
    ("全市地區生產總值9935﹒88億元。", "gdp", "level", "9935.88", "亿元", ""),
    ("全市生產總值完成3140·8億元。", "gdp", "level", "3140.8", "亿元", ""),
    ("全市實現地區生產總值5652•7億元。", "gdp", "level", "5652.7", "亿元", ""),
    ("居民消費價格上漲1.4﹪。", "cpi", "growth", "1.4", "%", ""),
    # Taiwan's 兆 (万亿), and an amount that goes on in 亿 after a larger multiplier (never its tail alone)
    ("國內生產總值達126兆582億元人民幣。", "gdp", "level", "1260582", "亿元", ""),
    ("社會消費品零售總額1萬0163億元。", "retail_sales", "level", "10163", "亿元", ""),
    ("糧食產量1.37兆斤。", "grain_output", "level", "1.37", "万亿斤", ""),
    ("實際利用外資1. 5億美元。", "fdi_actual", "level", "1.5", "亿美元", ""),
    ("新增城鎮就業一萬○五百人。", "new_urban_jobs", "level", "10500", "人", ""),
    # Taiwan's words for a change (年增, 衰退, 成長率), not 上年增长's
    ("貨物進出口總額41.76兆元,年增0.2%。", "foreign_trade", "growth", "0.2", "%", ""),
    ("全省固定資產投資衰退18.8%。", "fixed_asset_investment", "growth", "-18.8", "%", ""),
    ("規模以上工業增加值成長率12%。", "industrial_value_added", "growth", "12", "%", ""),
    ("全省生产总值比上年增长9%。", "gdp", "growth", "9", "%", ""),
])
def test_values_are_normalised(sentence, indicator, measure, value, unit, qualifier):
    rows = [r for r in extract_text(sentence) if r["indicator"] == indicator and r["measure"] == measure]
    assert [(r["value"], r["unit"], r["qualifier"]) for r in rows] == [(Decimal(value), unit, qualifier)]


@pytest.mark.parametrize("sentence, values", [
    ("城镇新增就业50万—60万人。", [("500000", "at_least"), ("600000", "at_most")]),
    ("城镇新增就业1,000—1,500人。", [("1000", "at_least"), ("1500", "at_most")]),
    ("固定资产投资增长百分之二十五至百分之三十。", [("25", "at_least"), ("30", "at_most")]),
    ("全年地區生產總值增長8.5%∼9%。", [("8.5", "at_least"), ("9", "at_most")]),  # (Big5's ～ as Python decodes it)
    ("全年地區生產總值增長8.5%─9%。", [("8.5", "at_least"), ("9", "at_most")]),
])
def test_ranges_written_otherwise_are_two_rows(sentence, values):
    assert [(format_decimal(r["value"]), r["qualifier"]) for r in extract_text(sentence)] == values


@pytest.mark.parametrize("sentence, values", [
    # a qualifier after the last item of a list is every item's
    ("城乡居民人均可支配收入分别增长8%和9%左右。", [("8", "approx"), ("9", "approx")]),
    ("地区生产总值、财政总收入、固定资产投资分别增长8%、6%、10%以上。",
     [("8", "at_least"), ("6", "at_least"), ("10", "at_least")]),
    # … unless an item has its own
    ("地区生产总值、财政总收入、固定资产投资分别增长8%左右、6%、10%以上。",
     [("8", "approx"), ("6", ""), ("10", "at_least")]),
    ("地区生产总值增长8%,财政总收入增长6%以上。", [("8", ""), ("6", "at_least")]),
    # … or the last's number, which its qualifier alone tells apart
    ("城乡居民人均可支配收入分别增长8%和8%以上。", [("8", ""), ("8", "at_least")]),
])
def test_a_lists_last_qualifier(sentence, values):
    assert [(format_decimal(r["value"]), r["qualifier"]) for r in extract_text(sentence)] == values


def test_numerals_inside_words_are_not_numbers():
    # 零售, 一般, 进一步, 长三角: cn2an.transform() would turn them into digits.
    text = "进一步扩大零售规模,一般公共预算收入实现正增长,长三角一体化加快。"
    assert extract_text(text) == []


@pytest.mark.parametrize("text, expected", [
    ("人民生活持续改善。城镇居民人均可支 配收入22680元,增长13.1%。", [("urban_disposable_income", "22680"),
                                                     ("urban_disposable_income", "13.1")]),
    ("上半年,全区实现地区生产总值385.6亿元;完成一般公共预 算收入43.2亿元,同口径增长9.1%。",
     [("gdp", "385.6"), ("general_budget_revenue", "43.2"), ("general_budget_revenue", "9.1")]),
    ("地方财政收入2.04亿元,增长9.3%;全社会固定 资产投资12.6\n亿元,增长18.7%;社会消费品零售总额增长12%。",
     [("local_fiscal_revenue", "2.04"), ("local_fiscal_revenue", "9.3"), ("fixed_asset_investment", "12.6"),
      ("fixed_asset_investment", "18.7"), ("retail_sales", "12")]),
], ids=["after a stop", "after a semicolon", "its clause going on past a line break"])
def test_a_stray_blank_inside_a_name_of_running_text(text, expected):
    assert [(r["indicator"], format_decimal(r["value"])) for r in extract_text(text)] == expected
