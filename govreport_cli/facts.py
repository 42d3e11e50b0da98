"""Facts: a name, a figure and their timing become one fact, in the rule's unit.

The value is converted to the rule's unit and checked against the rule's plausible range (a
per-capita income in 万元 read as a GDP, a growth of 300 %: a wrong number is worse than none);
the qualifier, the basis and the evidence clause are read around the figure.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govreport_cli.context import NATIONAL, ReportContext
from govreport_cli.figures import Figure, FigureReader
from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.names import Mention
from govreport_cli.rules import Rule, RuleSet
from govreport_cli.sentences import clause_start
from govreport_cli.timing import TimingReader

MAX_EVIDENCE = 200


@dataclass
class Fact:
    rule: Rule
    indicator: str
    name: str
    measure: str
    kind: str
    value: Decimal
    unit: str
    qualifier: str
    basis: str
    year: int | None
    period: str
    start: int  # clean-text offsets of the number as written
    end: int
    evidence_start: int
    evidence_end: int
    why: str = ""  # which signals set the kind and the year

    @property
    def key(self) -> tuple:
        """What makes two facts the same fact (a body printed twice, a target restated in an annex)."""
        return self.indicator, self.measure, self.kind, self.value, self.unit, self.year, self.period


def overridden(facts: list[Fact]) -> dict[tuple, str]:
    """The facts (by key) that another fact of the report makes redundant, and why: a threshold
    (超过500亿美元) beside the precise level it rounds (530亿美元), a rounded level (5.67万亿元) beside
    the precise one (56749.8亿元), and a figure of a narrower
    scope (城镇固定资产投资) or a broader one (全部工业增加值) beside the rule's own for the same measure,
    kind, year and period."""
    precise: dict[tuple, list[Decimal]] = {}
    wide: set[tuple] = set()  # the measure keys of facts not of a narrower scope
    own: set[tuple] = set()  # those of facts under the rule's own names
    scopes = [(_narrower(fact), _broader(fact)) for fact in facts]
    for fact, (narrower, broader) in zip(facts, scopes):
        if fact.measure == "level" and fact.qualifier in ("", "estimate"):  # (预计…完成1018亿元: precise, estimated)
            precise.setdefault(_level_key(fact), []).append(fact.value)
        if not narrower:
            wide.add(_measure_key(fact))
            if not broader:
                own.add(_measure_key(fact))
    found = {}
    for fact, (narrower, broader) in zip(facts, scopes):
        others = precise.get(_level_key(fact), ()) if fact.measure == "level" else ()
        # (a goal's floor beside its stretch is a target of its own: 确保突破330亿元、力争达到340亿元)
        if fact.qualifier == "at_least" and fact.kind == "actual" and any(value >= fact.value for value in others):
            found[fact.key] = "a threshold restating the precise level the report gives"
        elif (fact.qualifier in ("", "approx")
              and any(value != fact.value and _rounds(fact.value, value) for value in others)):
            found[fact.key] = "a rounded level (…增加到5.67万亿元) beside the precise one the report gives"
        elif fact.qualifier == "approx" and any(value != fact.value and abs(value - fact.value) <= fact.value * _NEAR
                                                for value in others):
            found[fact.key] = "an approximate level (逼近100万亿元) beside the precise one the report gives"
        elif narrower and _measure_key(fact) in wide:
            found[fact.key] = f"a narrower scope ({fact.name}) than the report's own figure of {fact.indicator}"
        elif broader and _measure_key(fact) in own:
            found[fact.key] = f"a broader scope ({fact.name}) than the report's own figure of {fact.indicator}"
    return found


_NEAR = Decimal("0.05")  # how far from the precise level an approximate one may be and say the same


def _rounds(rounded: Decimal, precise: Decimal) -> bool:
    """Whether `rounded`, written with fewer digits (and at least two), is `precise` rounded: 56700 and
    56749.8, 1150 and 1150.2 (a five-year review's end point and the year's own figure)."""
    digits = rounded.normalize().as_tuple()
    step = Decimal(1).scaleb(digits.exponent)
    return (len(digits.digits) >= 2 and precise != rounded and precise.normalize().as_tuple().exponent < digits.exponent
            and abs(precise - rounded) * 2 <= step)


def _narrower(fact: Fact) -> bool:
    return any(pattern.fullmatch(fact.name) for pattern in fact.rule.narrower)


def _broader(fact: Fact) -> bool:
    return any(pattern.fullmatch(fact.name) for pattern in fact.rule.broader)


def _level_key(fact: Fact) -> tuple:
    return fact.indicator, fact.kind, fact.unit, fact.year, fact.period


def _measure_key(fact: Fact) -> tuple:
    return fact.indicator, fact.measure, fact.kind, fact.year, fact.period


# A figure's share of a whole right after it (…完成358亿美元,占全省的近六成): the whole's part, when the whole
# is the report's own (not 占全省生产总值的比重: a share of another indicator).
_SHARE_OF_WHOLE = LazyPattern(r"\s*,?\s*(?:约|近|已)?占(?P<whole>全[省市区县州盟旗国])(?:的|总量|总额|比重|份额|\d)")
_LEVELS = "省市区县州盟旗"
# A note on whose figure it is, right after it (居民消费价格同比上涨1.9%(全市口径), in a district's report): the
# whole it names, when that is not the report's own
_WHOLE_NOTE = LazyPattern(r"\s*\((?P<whole>全[省市区县州盟旗国])(?:口径|数据|数|统计|平均)?\)")


def _own_whole(context: ReportContext) -> str:
    """How the report writes its whole region: 全国, 全省, 全区…"""
    if context.region == NATIONAL:
        return "全国"
    level = context.region[-1] if context.region and context.region[-1] in _LEVELS else context.level
    return "全" + level if level else ""


class FactMaker:
    def __init__(self, rules: RuleSet, reader: FigureReader, timing: TimingReader):
        self.shared = rules.shared
        self.reader = reader
        self.timing = timing

    def make(self, text: str, s_start: int, mention: Mention, fig: Figure,
             context: ReportContext) -> Fact | str:
        """The fact, or why the figure gives none."""
        rule = mention.rule
        valued = self.value_of(rule, fig)
        if isinstance(valued, str):
            return valued
        value, unit = valued
        if (share := _SHARE_OF_WHOLE.match(text, fig.token_end)) and share.group("whole") == _own_whole(context):
            return f"a part's figure: its share of the whole follows ({share.group().strip(',')}…)"
        if (note := _WHOLE_NOTE.match(text, fig.token_end)) and (own := _own_whole(context)) \
                and note.group("whole") != own:
            return f"another whole's figure, as the note after it says ({note.group().strip()}), not {own}'s"
        timing = self.timing.decide(text, s_start, mention, fig, context)
        if isinstance(timing, str):
            return timing
        # (预计 over 左右, as the gold calls it; a range's bound keeps its side: 预计增长7.5%—8%, two rows told apart)
        qualifier = fig.qualifier or ("estimate" if timing.estimate else self._qualifier(fig))
        basis = self._basis(text, mention, fig, timing.kind) if fig.measure == "growth" else ""
        ev_start, ev_end = timing.clause_start, fig.token_end
        if ev_end - ev_start > MAX_EVIDENCE:
            ev_start = ev_end - MAX_EVIDENCE
        return Fact(rule, rule.id, mention.text, fig.measure, timing.kind, value, unit, qualifier, basis,
                    timing.year, timing.period, fig.start, fig.end, ev_start, ev_end, timing.why)

    def value_of(self, rule: Rule, fig: Figure) -> tuple[Decimal, str] | str:
        """The figure's value in the rule's unit, or why it is none of the rule's."""
        if fig.measure not in rule.measures:
            return f"{rule.id} has no {fig.measure}"
        if fig.measure == "level":
            converted = self.reader.level_value(rule, fig)
            if converted is None:
                return f"not a level in {rule.unit}"
            value, unit = converted
        else:
            value, unit = self.reader.growth_value(fig)
        bounds = rule.plausible.get(fig.measure)
        if bounds and not bounds[0] <= value <= bounds[1]:
            return f"implausible for {rule.id}: {value} {unit}"
        return value, unit

    def _qualifier(self, fig: Figure) -> str:
        if fig.qualifier:
            return fig.qualifier
        for word in (fig.post, fig.pre, "多" if fig.more else ""):
            if not word:
                continue
            for name, pattern in self.shared.qualifiers.items():
                if pattern.match(word):
                    return name
        return ""

    def _basis(self, text: str, mention: Mention, fig: Figure, kind: str) -> str:
        own_start = clause_start(text, mention.end, fig.start)
        own = text[own_start:fig.start]
        # (同比上涨2.1%,低于3%左右的调控目标: a goal quoted in a clause of its own has no basis of the outcome's)
        lead = own if kind == "target" and own_start > mention.end else text[mention.end:fig.start]
        if "自然口径" in own:  # 扣除留抵退税因素后同口径增长6.5%,自然口径下降2.1%: the figure as it fell
            # (自然口径同比下降12.3%: against last year's, as it fell)
            return "yoy" if self.shared.basis["yoy"].search(own, own.index("自然口径")) else ""
        if fig.set_against:  # (同比增长3.6%,…比去年同期的4.1%回落0.5个百分点: no basis of its own)
            return ""
        for name in ("comparable", "yoy"):
            if self.shared.basis[name].search(lead):
                return name
        return ""
