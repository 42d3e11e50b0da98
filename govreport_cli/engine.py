"""The rule engine: clean text in, facts out.

One pass finds every indicator name (a single alternation of all rules' names); a second finds
every figure (amounts, changes). Within a sentence each name takes the figures that follow it
up to the next name, a sub-item (其中) or another subject; 分别 lists are dealt out over the
names before them, and names joined by 和/、 with no figure between share the figure that follows.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from govreport_cli.context import NATIONAL, ReportContext
from govreport_cli.name_index import NameIndex
from govreport_cli.numbers import parse_number, scale
from govreport_cli.rules import Rule, RuleSet
from govreport_cli.scope import Scope, region_words

_SENTENCE_END = regex.compile(r"[。;!?\n]")
_HEADING_START = regex.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、]\D|第[一二三四五六七八九十]+[,、:部方])")
_CLAUSE_MARK = regex.compile(r"[,:;。]")
_RESPECTIVELY = regex.compile("分别")
_LIST_GAP = regex.compile(r"^(?:左右|以上|以内|以下)?(?:、|和|及|与|,|以及)$")
_FROM = regex.compile(r"(?:从|由)$")
_TO_GAP = regex.compile(r"^(?:增加|增长|提高|上升|扩大|提升|跃升|攀升|升|下降|减少|降低|降)?(?:到|至)$")
_EXCLUDING = regex.compile(r"\((?:不含|不包括|剔除)[^)]*$")  # (不含雄安增长6.6%: a narrower scope
_AVERAGE_CHANGE = regex.compile(r"(?:年均|平均每年|每年)(?:分别)?(?:增长|提高|下降|递增)[^,;、]{0,8}?[\d.]+%")
_ABSOLUTE_CHANGE = regex.compile(r"(?:增加|增长|提高|减少|下降|扩大)了?(?:近|约|超过|超|逾)?$")
_THEN_PRECISE = regex.compile(r"^[、,]?(?:达到|达|为)$")  # 突破2万亿元、达到23562亿元: the precise level wins
_YEARS_SPAN = regex.compile(r"(?:过去|近|这)?([一二三四五六七八九十两\d]+)年(?:来|间|中)|(?:过去|这)([一二三四五六七八九十两\d]+)年")
_YEAR_AT_CLAUSE = regex.compile(r"(?:^|[,:;。])\s*(?P<to>到|至)?(?:在|预计|(?:据|经)?初步(?:核算|统计)|刚刚过去的|过去的)?"
                             r"(?P<year>20\d\d|19\d\d)年(?![0-9月底末])")
_LAST_YEAR = regex.compile(r"(?:^|[,:;])\s*去年")
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MONEY_SCALE = {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "": Decimal(1)}
MAX_REACH = 120  # a figure further than this from its name (in characters) is not its figure
SHORT_CLAUSE = 12  # a clause this short before a name (上半年, 力争到2025年) belongs to the name's clause
SHORT_LINE = 24  # a line this short ends its sentence even without punctuation (a heading)
MAX_SENTENCE = 2000  # longer "sentences" (tables, runs of digits) are cut into pieces
PATTERN_TIMEOUT = 2.0  # seconds for one scan of one sentence; normal text needs microseconds


@dataclass
class Mention:
    rule: Rule | None  # None: a name seen in a context that must not count (it still ends the reach)
    start: int
    end: int
    text: str
    rule_id: str = ""  # whose name it is, counted or not
    why_not: str = ""  # why it does not count


@dataclass
class Figure:
    measure: str  # level or growth
    start: int  # the number as written, with its multiplier and unit
    end: int
    token_start: int  # with the verb of a change
    token_end: int  # with a qualifier written after the unit
    number: Decimal
    multiplier: str
    unit: str
    sign: int
    pre: str  # qualifier before the number
    post: str  # qualifier after the unit
    more: bool  # 9500多万元
    upper: Decimal | None = None  # a range (增长4%—4.5%): its upper bound, from upper_start
    upper_start: int = 0
    lower_end: int = 0
    qualifier: str = ""  # set for the bounds of a range
    double: bool = False  # 翻番


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


class Engine:
    def __init__(self, rules: RuleSet):
        self.rules = rules
        shared = rules.shared
        p = shared.pattern
        self.figures = regex.compile(p(r"(?P<change>{change})|(?P<double>{doubling})|(?P<amount>{amount})"))
        self.after = regex.compile(p(r"(?P<post>{after})"))
        self.before = regex.compile(p(r"(?P<pre>{before})$"))
        self.not_a_fact = regex.compile(p("{not_a_fact}"))
        self.sub_item = regex.compile(p("{sub_item}"))
        self.modifies = regex.compile(p("{modifies}"))
        self.carry_on = regex.compile(p("{carry_on}"))
        self.other_subject = regex.compile(p("{other_subject}"))
        self.joiner = regex.compile(p("{joiner}"))
        self.fall = regex.compile(p("^(?:{fall}|降幅)"))
        self.share_before = regex.compile(p("{share_before}"))
        self.share_after = regex.compile(p("{share_after}"))
        self.part_of_region = regex.compile(p("{part_of_region}"))
        self.scope = Scope(shared)
        self.dropped: list[tuple[int, int, str]] | None = None  # set by `explain`: figures that gave no fact
        self.name_index = NameIndex.build(rules)  # None: every sentence gets every name
        self.units = {
            "money": regex.compile(p("{money_unit}")), "count": regex.compile(p("{count_unit}")),
            "mass": regex.compile(p("{mass_unit}$")),
        }

    # -- names ------------------------------------------------------------------------------
    def mentions(self, text: str, start: int, end: int, national: bool = False,
                 names: regex.Pattern | None = None, region: tuple[str, ...] = ()) -> list[Mention]:
        found: list[Mention] = []
        for m in (names or self.rules.names).finditer(text, start, end, timeout=PATTERN_TIMEOUT):
            rule_id, how = self.rules.owners[int(m.lastgroup[1:])]
            rule = self.rules.rules[rule_id]
            clause_start = self._clause_start(text, start, m.start())
            before = text[clause_start:m.start()]
            after = text[m.end():min(end, m.end() + 12)]
            why_not = (self._why_not(rule, how, before, after, found, national)
                       or self._not_the_whole(text, clause_start, m.start(), rule, found, region))
            found.append(Mention(None if why_not else rule, m.start(), m.end(), m.group(), rule_id, why_not))
        return found

    def _not_the_whole(self, text: str, clause_start: int, at: int, rule: Rule, found: list[Mention],
                       region: tuple[str, ...]) -> str:
        """Closed world: the words before a name in its clause, up to an earlier name, must all be openings."""
        since = max([clause_start] + [x.end for x in found if clause_start <= x.end <= at])
        other = self.scope.other_subject(text[since:at], region)
        if other:
            return f"another subject: {other}"
        if "其中" in text[clause_start:at] and any(x.rule is rule for x in found):
            return "a part (其中) of the same indicator"
        return ""

    def _why_not(self, rule: Rule, how: str, before: str, after: str, found: list[Mention],
                 national: bool) -> str:
        if self.share_before.search(before) or self.share_after.search(after):
            return "a share (占…/比重)"
        if self.part_of_region.search(before):
            return "a figure of a part of the region (开发区, 平台…)"
        for key, patterns, context in (("not_before", rule.not_before, before), ("not_after", rule.not_after, after)):
            for pattern in patterns:
                if pattern.search(context):
                    return f"{key} {pattern.pattern}"
        if how == "paired" and not any(x.rule is not None and x.rule.id in rule.paired_after for x in found):
            return f"paired name with no {'/'.join(rule.paired_after)} before it in the sentence"
        if how == "national" and not national:
            return "national name in a report that is not national"
        return ""

    # -- figures ----------------------------------------------------------------------------
    def figures_in(self, text: str, start: int, end: int) -> list[Figure]:
        out = []
        for m in self.figures.finditer(text, start, end, timeout=PATTERN_TIMEOUT):
            post_m = self.after.match(text, m.end(), end)
            post = post_m.group("post") if post_m else ""
            token_end = post_m.end() if post_m else m.end()
            if m.group("double"):
                times = {"一": 1, None: 1, "两": 2, "二": 2, "三": 3}[m.group("times")]
                value = Decimal(2 ** times - 1) * 100
                out.append(Figure("growth", m.start(), m.end(), m.start(), token_end, value, "", "%",
                                  1, "", post, False, double=True))
                continue
            try:
                number = parse_number(m.group("gnum") if m.group("change") else m.group("num"))
            except (ValueError, ArithmeticError):
                continue
            if m.group("change"):
                verb = m.group("verb")
                sign = -1 if self.fall.match(verb) else 1
                if m.group("gsign"):  # 增长-2.1%
                    sign = -sign
                unit = m.group("gunit")
                fig = Figure("growth", m.start("gnum"), m.end(), m.start(), token_end, number, "",
                             unit, sign, m.group("gpre") or "", post, False)
                if m.group("gnum2"):  # a range: 增长4%—4.5%
                    fig.upper, fig.upper_start = parse_number(m.group("gnum2")), m.start("gnum2")
                    fig.lower_end = m.end("gnum") + (text[m.end("gnum")] == "%")
                out.append(fig)
            else:
                pre_m = self.before.search(text, max(start, m.start() - 4), m.start())
                out.append(Figure("level", m.start(), m.end(), m.start(), token_end, number,
                                  m.group("mult") or "", m.group("unit"), 1,
                                  pre_m.group("pre") if pre_m else "", post,
                                  bool(m.group("more") or m.group("more2"))))
        return out

    # -- values -----------------------------------------------------------------------------
    def level_value(self, rule: Rule, fig: Figure) -> tuple[Decimal, str] | None:
        """The figure in the rule's unit, or None when it is not a level of this indicator."""
        unit = rule.unit
        if unit == "%":
            return (fig.number, "%") if fig.unit == "%" else None
        if unit.endswith("元"):  # converted to the rule's magnitude, in the text's currency
            if not self.units["money"].fullmatch(fig.unit):
                return None
            magnitude = "亿" if unit.startswith("亿") else "万" if unit.startswith("万") else ""
            value = fig.number * scale(fig.multiplier) / MONEY_SCALE[magnitude]
            return value, magnitude + fig.unit
        if self.units["mass"].search(unit):  # kept in the text's unit (the score converts)
            if not self.units["mass"].fullmatch(fig.unit):
                return None
            return fig.number, fig.multiplier + fig.unit
        if not self.units["count"].fullmatch(fig.unit):
            return None
        return fig.number * scale(fig.multiplier), fig.unit

    @staticmethod
    def growth_value(fig: Figure) -> tuple[Decimal, str]:
        if fig.unit == "倍":
            return fig.sign * fig.number * 100, "%"
        if fig.unit.endswith("百分点"):
            return fig.sign * fig.number, "百分点"
        return fig.sign * fig.number, "%"

    # -- the whole text ---------------------------------------------------------------------
    def extract(self, text: str, context: ReportContext, warnings: list[str] | None = None) -> list[Fact]:
        facts: list[Fact] = []
        skipped = 0
        index = self.name_index
        # Only the sentences holding a literal that some name needs are read, each with the
        # alternation of just the names whose literal it holds (no other name can match there).
        at, owners = index.scan(text) if index else ([], [])
        for start, end in sentences(text):
            names = None
            if index:
                first = bisect.bisect_left(at, start)
                stop = bisect.bisect_left(at, end, first)
                if first == stop:
                    continue
                names = index.pattern(frozenset().union(*owners[first:stop]))
            try:
                facts.extend(self.sentence(text, start, end, context, names))
            except TimeoutError:  # a last guard: patterns are bounded, a sentence is at most MAX_SENTENCE
                skipped += 1
        if skipped and warnings is not None:
            warnings.append(f"{skipped} sentence(s) skipped: patterns took over {PATTERN_TIMEOUT} s on them")
        return facts

    def sentence(self, text: str, start: int, end: int, context: ReportContext,
                 names: regex.Pattern | None = None) -> list[Fact]:
        mentions = self.mentions(text, start, end, context.region == NATIONAL, names, region_words(context.region))
        if not any(m.rule for m in mentions):
            return []
        figures = self.figures_in(text, start, end)
        if not figures:
            return []
        taken: dict[int, list[Figure]] = {}  # mention index -> its figures
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
        facts = []
        for index, chosen in taken.items():
            mention = mentions[index]
            for fig in chosen:
                for bound in _bounds(fig):
                    fact = self._fact(text, start, mention, bound, context)
                    if fact:
                        facts.append(fact)
        facts.sort(key=lambda f: f.start)
        return facts

    def _reach(self, text: str, mentions: list[Mention], index: int, end: int) -> tuple[int, int]:
        """From the end of a name to the next name, sub-item or other subject, or MAX_REACH."""
        start = mentions[index].end
        # the next name in the text (names a list deals to are appended after the others)
        stop = min((m.start for m in mentions if m.start >= start), default=end)
        stop = min(stop, start + MAX_REACH)
        for pattern in (self.sub_item, self.other_subject):
            found = pattern.search(text, start, stop)
            if found:
                stop = found.start()
        return start, stop

    def _first_of_each(self, text: str, mention: Mention, figures: list[Figure]) -> list[Figure]:
        """The first level and the first change after a name; a from-to pair gives both levels."""
        chosen: list[Figure] = []
        rule = mention.rule
        previous_end = mention.end
        have = set()
        opening = text[self._clause_start(text, max(0, mention.start - SHORT_CLAUSE * 4), mention.start):mention.start]
        if self.not_a_fact.search(opening):
            return []
        for k, fig in enumerate(figures):
            lead = text[previous_end:fig.start]
            previous_end = fig.token_end
            clause_start = self._clause_start(text, mention.end, fig.token_start)
            if self.scope.is_progress(text[clause_start:fig.token_start]):
                continue  # 占年计划的47.5%: a share, and the clause goes on
            if clause_start > mention.end and not self.carry_on.fullmatch(text, clause_start, fig.token_start):
                break  # a later clause about something else
            if (self.not_a_fact.search(lead) or _EXCLUDING.search(lead) or self.scope.spans_years(lead)
                    or self.scope.spans_years(_AVERAGE_CHANGE.sub("", text[mention.end:fig.start]))):
                continue
            if fig.double and not self.rules.shared.basis["yoy"].search(lead):
                continue  # 翻番 without 比上年: over a span of years
            if (fig.measure == "level" and "level" in have and _THEN_PRECISE.match(lead)
                    and chosen and chosen[-1].measure == "level" and self.level_value(rule, fig) is not None):
                chosen[-1] = fig
                continue
            if fig.measure not in rule.measures or fig.measure in have:
                continue
            # points measure the change of a rate; of anything else they change its growth rate
            if fig.unit.endswith("百分点") and not (rule.unit == "%" and "level" in rule.measures):
                continue
            if fig.measure == "level":
                if (self.level_value(rule, fig) is None or self.modifies.match(text, fig.token_end)
                        or self.rules.names.match(text, fig.token_end)):
                    continue
                if _ABSOLUTE_CHANGE.search(lead):
                    continue  # 增加近1000亿元: a change in 亿元, not a level
                if _FROM.search(lead) and k + 1 < len(figures) and _TO_GAP.match(
                        text[fig.token_end:figures[k + 1].token_start]):
                    fig.pre = "from"
                    chosen.append(fig)
                    continue
            have.add(fig.measure)
            chosen.append(fig)
        return chosen

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
                fig.measure, fig.sign = "growth", lead_fig.sign
        return run

    def _joined(self, text: str, figures: list[Figure], start: int, end: int) -> bool:
        """Two names of one list: nothing between them but a joiner and the first one's own figures."""
        between = "".join(text[a:b] for a, b in _gaps(start, end, [(f.token_start, f.token_end) for f in figures]))
        between = between.strip(",")
        return not between or bool(self.joiner.match(between))

    def _deal_lists(self, text, mentions, figures, taken, used) -> None:
        """分别: the figures of a list go one by one to the names before it, in order.

        A second list of as many figures right after the first (分别完成X和Y,可比增长a%和b%)
        goes to the same names. The names must stand together (A、B和C分别…); otherwise no row.
        """
        floor = 0  # names before an earlier list are that list's
        previous: list[int] = []  # the names of the list before
        for found in _RESPECTIVELY.finditer(text, mentions[0].start, figures[-1].start):
            first = next((k for k, f in enumerate(figures) if f.token_start >= found.end()
                          and f.token_start - found.end() <= 4), None)
            if first is None or first in used:
                continue
            runs = [self._run(text, figures, first)]
            after = runs[0][-1] + 1
            if after < len(figures) and self.carry_on.fullmatch(
                    text[figures[runs[0][-1]].token_end:figures[after].token_start].lstrip(",")):
                twin = self._run(text, figures, after)
                if len(twin) == len(runs[0]):
                    runs.append(twin)
            figures[first].token_start = min(figures[first].token_start, found.start())
            used.update(k for run in runs for k in run)
            owners = [i for i, m in enumerate(mentions) if floor <= m.start and m.end <= found.start()]
            floor = figures[runs[-1][-1]].token_end
            if owners and self.scope.spans_years(text[mentions[owners[-1]].end:found.start()]):
                previous = []
                continue  # 年均分别增长…: averages over several years
            if not owners and previous and self.carry_on.fullmatch(text[floor:found.start()].lstrip(",、")):
                owners = previous  # …分别达到X元和Y元,同比分别增长a%和b%: the same names again
            previous = owners
            if not owners:
                continue
            last = mentions[owners[-1]]
            if (last.rule and len(runs[0]) == len(last.rule.split)
                    and any(p.fullmatch(last.text) for p in last.rule.split_names)):
                for position, rule_id in enumerate(last.rule.split):
                    mentions.append(Mention(self.rules.rules[rule_id], last.start, last.end, last.text, rule_id))
                    taken[len(mentions) - 1] = [figures[run[position]] for run in runs]
                taken.setdefault(owners[-1], [])
                continue
            group = owners[-len(runs[0]):]
            if (len(group) != len(runs[0]) or any(mentions[i].rule is None for i in group)
                    or not all(self._joined(text, figures, mentions[i].end, mentions[j].start)
                               for i, j in zip(group, group[1:]))):
                continue
            for run in runs:
                for i, k in zip(group, run):
                    listed = {f.measure for f in taken.get(i, [])}
                    if figures[k].measure in mentions[i].rule.measures and figures[k].measure not in listed:
                        taken.setdefault(i, []).append(figures[k])
            # the names of the list may have figures of their own before 分别
            for i in group:
                reach = self._reach(text, mentions, i, found.start())
                own = [f for k, f in enumerate(figures)
                       if k not in used and reach[0] <= f.token_start and f.token_end <= min(reach[1], found.start())]
                listed = {f.measure for f in taken.setdefault(i, [])}
                taken[i].extend(f for f in self._first_of_each(text, mentions[i], own) if f.measure not in listed)

    def _both(self, text: str, mentions: list[Mention], taken) -> None:
        """城乡居民人均可支配收入均增长7%: a name that carries a list gives each of its parts the figure."""
        for index, mention in enumerate(list(mentions)):
            rule = mention.rule
            if (rule is None or not rule.split or not taken.get(index) or not text.startswith("均", mention.end)
                    or not any(p.fullmatch(mention.text) for p in rule.split_names)):
                continue
            for rule_id in rule.split:
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

    # -- one fact ---------------------------------------------------------------------------
    def _fact(self, text: str, s_start: int, mention: Mention, fig: Figure,
              context: ReportContext) -> Fact | None:
        rule = mention.rule
        shared = self.rules.shared
        if fig.measure == "level":
            converted = self.level_value(rule, fig)
            if converted is None:
                return self._drop(fig, f"not a level in {rule.unit}")
            value, unit = converted
        else:
            value, unit = self.growth_value(fig)
        bounds = rule.plausible.get(fig.measure)
        if bounds and not bounds[0] <= value <= bounds[1]:
            return self._drop(fig, f"implausible for {rule.id}: {value} {unit}")  # 0.00034 亿元 of GDP, growth 300 %
        sentence_before = text[s_start:fig.token_start]
        clause_start = self._clause_start(text, s_start, mention.start)
        # a short clause before the name sets the tone of the name's clause: 力争到2025年,…
        lead_in = self._clause_start(text, s_start, max(s_start, clause_start - 1))
        if clause_start - lead_in <= SHORT_CLAUSE:
            clause_start = lead_in
        clause = text[clause_start:fig.token_start]
        opener = self.scope.span_opener.search(clause) if self.scope.span_opener else None
        own_start = self._clause_start(text, s_start, mention.start)
        own_clause = text[own_start:mention.start]
        if own_clause.lstrip().startswith("其中"):  # a part of the figure before: its period too
            own_clause = text[self._clause_start(text, s_start, max(s_start, own_start - 1)):mention.start]
        if self.scope.spans_years(self.scope.span_opener.sub("", own_clause) if opener else own_clause):
            return self._drop(fig, "several years before the name (年均, 累计, 每年…)")
        part = context.part_at(fig.start)
        kind, why_kind = part.kind, f"part {part.heading[:16] or 'opening'}"
        cue = (shared.kind["target_clause"].search(clause) or shared.kind["target_year"].search(clause)
               or shared.kind["target_sentence"].search(text, _full_stop(text, mention.start), mention.start)
               or shared.kind["target_after"].match(text, fig.token_end))
        named = [y for y in _YEAR_AT_CLAUSE.finditer(sentence_before) if not y.group("to")]
        named_year = int(named[-1].group("year")) if named else None
        if named_year is None and context.year and not context.half_year and _LAST_YEAR.search(sentence_before):
            named_year = context.year - 1
        if cue:
            kind, why_kind = "target", f"cue {cue.group()}"
        elif (kind == "target" and named_year and context.year and not context.half_year
              and named_year < context.year):
            kind, why_kind = "actual", f"names the past year {named_year}"
        estimate = kind == "actual" and shared.kind["estimate"].search(sentence_before)
        year = context.default_year(kind, part.year if kind == part.kind else None)
        why_year = f"part year {part.year}" if part.year and kind == part.kind else context.year_signal
        if kind == "target":
            found = shared.kind["target_year"].search(sentence_before)
            if found:
                year, why_year = int(found.group("year")), found.group()
        elif named_year:
            year, why_year = named_year, f"names {named_year}"
        span = sentence_span = ""
        if kind == "actual" and not named_year:
            # a sentence about several years (…城镇新增就业603.7万人,…年均增长6%): its totals are not rows
            sentence_span = self.scope.spans_years(text[s_start:_sentence_end(text, fig.end)])
            paragraph = text[text.rfind("\n", 0, s_start) + 1:s_start]
            earlier = [y for y in _YEAR_AT_CLAUSE.finditer(paragraph) if not y.group("to")]
            if not sentence_span and earlier and (not context.year or int(earlier[-1].group("year")) < context.year):
                named_year = int(earlier[-1].group("year"))  # a year named earlier in the paragraph
                year, why_year = named_year, f"paragraph names {named_year}"
        if kind == "actual" and not named_year:
            span = ((opener and opener.group()) or (part.multi_year and kind == part.kind and f"part {part.heading[:16]}")
                    or self.scope.in_span(text, fig.start))
        lead = text[mention.end:fig.start]
        if span and fig.pre != "from":
            if (fig.measure == "growth" or (rule.sums_over_years and not self.scope.reached_level(lead))
                    or self.scope.held_level(lead)):
                return self._drop(fig, f"a change, total or held level over the years of {span}")
        if (sentence_span and fig.pre != "from" and fig.measure == "level" and rule.sums_over_years
                and not self.scope.reached_level(lead)):
            return self._drop(fig, f"a total in a sentence about several years ({sentence_span})")
        if (kind == "target" and part.multi_year and kind == part.kind and rule.sums_over_years
                and fig.measure == "level" and not self.scope.reached_level(lead)
                and not shared.kind["target_year"].search(sentence_before)):
            return self._drop(fig, "a five-year plan's total (城镇新增就业500万人以上)")
        if fig.pre == "from":
            span_years = self._span_years(text, s_start, fig.start, span)
            if not span_years or year is None:
                return self._drop(fig, "a from-to pair with no span of years to date its start")
            year -= span_years
            why_year = f"start of {span or 'a span'} of {span_years} years"
        period = self._period(sentence_before) or context.default_period(kind)
        qualifier = "estimate" if estimate else self._qualifier(fig)
        basis = self._basis(text, mention, fig) if fig.measure == "growth" else ""
        ev_start, ev_end = clause_start, fig.token_end
        if ev_end - ev_start > 200:
            ev_start = ev_end - 200
        return Fact(rule, rule.id, mention.text, fig.measure, kind, value, unit, qualifier, basis, year,
                    period, fig.start, fig.end, ev_start, ev_end, f"kind: {why_kind}; year: {why_year}")

    def _drop(self, fig: Figure, why: str) -> None:
        """No fact from this figure; `explain` lists why."""
        if self.dropped is not None:
            self.dropped.append((fig.start, fig.end, why))

    @staticmethod
    def _span_years(text: str, s_start: int, at: int, span: str) -> int:
        """How many years a from-to pair spans: 五年来/这五年/过去五年, N年来, a five-year plan."""
        found = _YEARS_SPAN.search(text, max(0, s_start - 200), at)
        words = (found.group(1) or found.group(2)) if found else ("五" if span else "")
        if not words:
            return 0
        return int(words) if words.isdigit() else _CN_SMALL.get(words, 0)

    @staticmethod
    def _clause_start(text: str, start: int, end: int) -> int:
        return max((c.end() for c in _CLAUSE_MARK.finditer(text, start, end)), default=start)

    def _period(self, before: str) -> str:
        best, best_at = "", -1
        for name, pattern in self.rules.shared.periods.items():
            for found in pattern.finditer(before):
                if found.start() > best_at:
                    best_at = found.start()
                    best = _months(found) if name == "M" else name
        return best

    def _qualifier(self, fig: Figure) -> str:
        if fig.qualifier:
            return fig.qualifier
        for word in (fig.post, fig.pre, "多" if fig.more else ""):
            if not word or word == "from":
                continue
            for name, pattern in self.rules.shared.qualifiers.items():
                if pattern.match(word):
                    return name
        return ""

    def _basis(self, text: str, mention: Mention, fig: Figure) -> str:
        lead = text[mention.end:fig.start]
        for name in ("comparable", "yoy"):
            if self.rules.shared.basis[name].search(lead):
                return name
        return ""


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


def _bounds(fig: Figure) -> list[Figure]:
    """A range (增长4%—4.5%) is two figures: the lower bound at_least, the upper at_most."""
    if fig.upper is None:
        return [fig]
    low = replace(fig, end=fig.lower_end, upper=None, qualifier="at_least")
    high = replace(fig, start=fig.upper_start, number=fig.upper, upper=None, qualifier="at_most")
    return [low, high]


def _sentence_end(text: str, at: int) -> int:
    found = _SENTENCE_END.search(text, at)
    return found.end() if found else len(text)


def _full_stop(text: str, before: int) -> int:
    """Where the sentence holding `before` starts, semicolons not counted (at most 600 back)."""
    floor = max(0, before - 600)
    return max(text.rfind("。", floor, before), text.rfind("\n", floor, before)) + 1 or floor


_CALENDAR = {(1, 3): "Q1", (1, 6): "H1", (1, 9): "Q1-Q3", (1, 12): "FY", (7, 12): "H2"}


def _months(found: regex.Match) -> str:
    first, last = int(found.group("m1")), int(found.group("m2"))
    return _CALENDAR.get((first, last), f"M{first}-M{last}")


def sentences(text: str):
    """Sentence spans; very long ones are cut so that no pattern sees an unbounded run.

    A line break ends a sentence after end punctuation, after a short line (a heading) or before
    a numbered heading; elsewhere it is a wrapped line (PDF, narrow pages) and the sentence goes on.
    """
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "\n" and not _line_ends_sentence(text, m.start()):
            continue
        yield from _pieces(start, m.end())
        start = m.end()
    yield from _pieces(start, len(text))


def _line_ends_sentence(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    return (not line or line[-1] in "。;!?:" or len(line) <= SHORT_LINE
            or bool(_HEADING_START.match(text, newline + 1)))


def _pieces(start: int, end: int):
    while end - start > MAX_SENTENCE:
        yield start, start + MAX_SENTENCE
        start += MAX_SENTENCE
    if end > start:
        yield start, end
