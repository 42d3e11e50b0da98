"""Years as reports write them: 2026, 二〇二六, 二O一一 (a letter O for 〇), and five-year plans."""
from __future__ import annotations


from govreport_cli.lazy_pattern import LazyPattern

_DIGIT = {"〇": "0", "零": "0", "O": "0", "○": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
          "六": "6", "七": "7", "八": "8", "九": "9"}
YEAR = r"(?:19|20)\d\d|[一二][〇零O○0九][〇零O○0一二三四五六七八九]{2}"
# Not after a numeral's digit or mark: 五 or 十五 as a number's tail (百分之二十五, 一百一十五), no plan.
NOT_A_NUMERALS_TAIL = r"(?<![一二两三四五六七八九十百千万零〇点之])"
# A five-year plan: "十四五", 九五, or 第十五个五年规划 (the Nth plan).
PLAN = (rf"(?:(?<!第){NOT_A_NUMERALS_TAIL}[“\"']?(?:十[一二三四五]?|[六七八九])五[”\"']?(?!个)"
        r"|第(?:十[一二三四五]?|[六七八九])个五年(?:规划|计划))")
PLAN_NAMED = LazyPattern(PLAN)  # a plan named in a heading or an opener
_PLAN = LazyPattern(r"第(?P<n>十[一二三四五]?|[六七八九])个五年|(?P<n>十[一二三四五]?|[六七八九])五")
_ORDINAL = {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15}


_SESSION = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


def session_year(term: str, session: str) -> int:
    """The year the National People's Congress of a term (九…十五) sat for one of its sessions (一…五): the ninth
    first sat in 1998, a term lasts five years, a session a year."""
    return 1998 + 5 * (_ORDINAL[term] - 9) + _SESSION[session] - 1


def read_year(written: str) -> int | None:
    digits = "".join(_DIGIT.get(ch, ch) for ch in written)
    if not digits.isdigit():
        return None
    year = int(digits)
    return year if 1949 <= year <= 2100 else None


_MONTHS = {"元": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
           "十二": 12}


def read_month(written: str) -> int:
    """7, 七, 十一 → the month's number."""
    return int(written) if written.isdigit() else _MONTHS[written]


def last_month(period: str) -> int:
    """The month a period ends in: H1 6, Q1-Q3 9, M1-M5 5, FY 12."""
    if period.startswith("M"):
        return int(period.rsplit("M", 1)[1])
    return {"": 0, "Q1": 3, "Q2": 6, "H1": 6, "Q1-Q2": 6, "Q3": 9, "Q1-Q3": 9}.get(period, 12)


def plan_end(written: str) -> int | None:
    """The last year of a five-year plan: 九五 → 2000, 十四五 → 2025, 十五五 → 2030 (plan N ends 1955 + 5N)."""
    found = _PLAN.search(written)
    if not found:
        return None
    return 1955 + 5 * _ORDINAL[found.group("n")]
