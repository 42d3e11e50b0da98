"""Numbers as written in reports, read exactly (Decimal, never float).

cn2an converts only the numeral span a rule matched (一千二百 in 一千二百户), never running
text, and only whole numbers: multipliers (万, 亿, 万亿) are applied here, with Decimal.
"""
from __future__ import annotations

import re
from decimal import Decimal

from govreport_cli.lazy_pattern import LazyPattern

MULTIPLIERS = {
    "万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
    "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
    "万": Decimal(10) ** 4, "千": Decimal(10) ** 3,
    "兆": Decimal(10) ** 12,  # (Taiwan's 万亿: 47.2兆元)
}
_CN_DIGITS = set("零〇一二两三四五六七八九十百千万亿")
_CN_SIMPLE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# a figure as a sentence writes it (36.9亿元, 8%), for a first look before figures are read
FIGURE_WORD = LazyPattern(r"\d(?:[\d.]*)(?:%|亿|万|元|个百分点)")

_IDLE_ZERO = LazyPattern(r"(?<=[万亿])零(?=[一二三四五六七八九]千)", stdlib=True)


def parse_number(text: str) -> Decimal:
    """'1,234.5' -> 1234.5; '一千二百' -> 1200; '十' -> 10; '十一点八' -> 11.8. Raises ValueError otherwise."""
    text = text.strip()
    if not text:
        raise ValueError("empty number")
    if text[0].isdigit():
        return Decimal(text.replace(",", ""))
    whole, point, fraction = text.partition("点")
    if point:  # the digits after 点 are read one by one: 三点零五 is 3.05
        if not fraction or any(c not in _CN_SIMPLE or c == "两" for c in fraction):
            raise ValueError(f"not a number: {text!r}")
        return parse_number(whole) + Decimal("0." + "".join(str(_CN_SIMPLE[c]) for c in fraction))
    if not set(text) <= _CN_DIGITS:
        raise ValueError(f"not a number: {text!r}")
    if len(text) == 1 and text in _CN_SIMPLE:
        return Decimal(_CN_SIMPLE[text])
    if text == "十":
        return Decimal(10)
    if len(text) == 1:  # a bare 百, 千, 万 or 亿 (百亿元): as cn2an says, no numeral
        raise ValueError(f"not a number: {text!r}")
    import cn2an  # 80-100 ms to import (it compiles its patterns): only for a real numeral

    # (cn2an's strict mode reads neither 两 for 二 before a unit, 两千零二十, nor a 零 that skips
    # nothing, 十万零五千: both as reports write them)
    text = text.replace("两", "二").replace("〇", "零")  # (一万〇五百: the zero as a numeral)
    if "零" in text:
        text = _IDLE_ZERO.sub("", text)
    value = cn2an.cn2an(text, "strict")
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"not a whole number: {text!r}")
    return Decimal(int(value))


def scale(multiplier: str) -> Decimal:
    """The factor of a multiplier such as 万 or 万亿 ('' -> 1)."""
    return MULTIPLIERS.get(multiplier, Decimal(1)) if multiplier else Decimal(1)


def format_decimal(value: Decimal) -> str:
    """Plain notation, no exponent, no trailing zeros: 5.4E+5 -> 540000, 1.20 -> 1.2."""
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    sign, digits, exponent = value.as_tuple()
    if not any(digits):
        return "0"
    digits = list(digits)
    while exponent < 0 and digits[-1] == 0:  # no normalize(): it rounds to the context precision
        digits.pop()
        exponent += 1
    return format(Decimal((sign, digits, exponent)), "f")
