"""Every example of every shipped rule is its own test case: `pytest -k gdp` runs the gdp rule's."""
import pytest

from govreport_cli.rule_examples import check_example
from govreport_cli.rules import cached_rules

RULES = cached_rules()
CASES = [(rule, example, f"{rule.id}-{n}-{'positive' if example.facts else 'negative'}")
         for rule in RULES.rules.values() for n, example in enumerate(rule.examples, 1)]


@pytest.mark.parametrize("rule, example", [c[:2] for c in CASES], ids=[c[2] for c in CASES])
def test_rule_example(rule, example):
    problem = check_example(RULES, rule, example)
    assert problem is None, f"{problem}\n  text: {example.text}"
