"""The literal prefilter finds exactly the names the full alternation finds."""
from pathlib import Path

import pytest

from govreport_cli.api import engine_for, extract_text
from govreport_cli.name_index import necessary_literals
from govreport_cli.rules import cached_rules, load_rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, literals", [
    ("地区生产总值", {"地区生产总值"}),
    ("(?:全体|全区)?居民人均可支配收入", {"居民人均可支配收入"}),
    ("(?<=^|[,:;。、\\s]|全年)增加值", {"增加值"}),
    ("经济(?=增长(?:约|近)?\\d)", {"经济增长"}),  # what it looks ahead at is in the text too
    ("(?:第三产业|服务业)(?=增长)", {"第三产业增长", "服务业增长"}),
    ("粮食(?:总)?产量", {"粮食产量", "粮食总产量"}),  # a stretch of literals: one literal per spelling
    ("\\p{Han}+收入", None),  # regex-only syntax: unknown, the prefilter steps aside
])
def test_necessary_literals(pattern, literals):
    assert necessary_literals(pattern) == literals


def test_prefilter_gives_the_same_rows_as_the_full_scan():
    rules = load_rules()  # an engine of its own, not the cached one other tests use
    engine = engine_for(rules)
    assert engine.name_index is not None
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [example.text for rule in rules.rules.values() for example in rule.examples]
    with_index = [extract_text(text, rules=rules) for text in texts]
    engine.name_index = None
    assert [extract_text(text, rules=rules) for text in texts] == with_index
    assert cached_rules() is not rules
