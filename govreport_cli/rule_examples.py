"""Check a rule's examples: each example text, extracted with the rules, must give its facts.

A fact is written ``"<measure> <value> <unit> [qualifier] [basis] [target]"``
(``"growth 6.5 % approx target"``, ``"level 11000000 人 at_least"``) and compared, as a
multiset, with the rows the example text gives for the rule's id.
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Iterator, NamedTuple

from govreport_cli.numbers import format_decimal
from govreport_cli.rules import MEASURES, Example, Rule, RuleError, RuleSet

QUALIFIERS = ("approx", "at_least", "at_most", "estimate")
BASES = ("yoy", "comparable")


class FactKey(NamedTuple):
    measure: str
    value: Decimal
    unit: str
    qualifier: str
    basis: str
    kind: str

    def __str__(self) -> str:
        words = [self.measure, format_decimal(self.value), self.unit, self.qualifier, self.basis,
                 "target" if self.kind == "target" else ""]
        return " ".join(w for w in words if w)


def parse_fact(text: str) -> FactKey:
    """``"growth 6.5 % approx target"`` -> FactKey; ValueError says what is wrong."""
    words = text.split()
    if len(words) < 3:
        raise ValueError(f"fact {text!r} needs at least '<measure> <value> <unit>'")
    measure, value, unit, *rest = words
    if measure not in MEASURES:
        raise ValueError(f"fact {text!r}: unknown measure {measure!r} ({', '.join(MEASURES)})")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"fact {text!r}: {value!r} is not a number") from None
    qualifier = basis = kind = ""
    for word in rest:
        if word in QUALIFIERS and not qualifier:
            qualifier = word
        elif word in BASES and not basis:
            basis = word
        elif word == "target" and not kind:
            kind = "target"
        else:
            raise ValueError(f"fact {text!r}: unexpected {word!r} (qualifier {'/'.join(QUALIFIERS)}, "
                             f"basis {'/'.join(BASES)}, or target, each once)")
    return FactKey(measure, number, unit, qualifier, basis, kind or "actual")


def row_fact(row: dict) -> FactKey:
    return FactKey(row["measure"], row["value"], row["unit"], row["qualifier"], row["basis"], row["kind"])


def example_facts(rules: RuleSet, rule_id: str, text: str) -> list[FactKey]:
    """What the engine reads for one indicator in a piece of text."""
    from govreport_cli.api import extract_text

    return [row_fact(row) for row in extract_text(text, rules=rules) if row["indicator"] == rule_id]


def check_example(rules: RuleSet, rule: Rule, example: Example) -> str | None:
    """None when the example gives exactly its facts, else one line ``file:line: what differs``."""
    where = f"{rule.file}:{example.line}"
    try:
        expected = Counter(parse_fact(fact) for fact in example.facts)
    except ValueError as err:
        return f"{where}: {err}"
    got = Counter(example_facts(rules, rule.id, example.text))
    if got == expected:
        return None
    differences = [f"{what} " + ", ".join(f'"{fact}"' for fact in facts.elements())
                   for what, facts in (("missing", expected - got), ("unexpected", got - expected)) if facts]
    return f"{where}: example of {rule.id} fails: {'; '.join(differences)}"


def examples(rules: RuleSet) -> Iterator[tuple[Rule, Example]]:
    """Every (rule, example) of a rule set, in file order: one test case each."""
    for rule in rules.rules.values():
        for example in rule.examples:
            yield rule, example


def check_examples(rules: RuleSet) -> list[RuleError]:
    """The failures of every example of the rule set."""
    return [RuleError(problem) for rule, example in examples(rules)
            if (problem := check_example(rules, rule, example))]
