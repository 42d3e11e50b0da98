"""Stages' patterns compiled at first use, or built from what the rule cache kept."""
import pickle
import re

import pytest

from govreport_cli import lazy_pattern
from govreport_cli.lazy_pattern import LazyPattern

TEXT = "地区生产总值达到1234.5亿元,增长6.5%;GDP增长7%"
SHAPES = [
    (r"(?P<name>地区生产总值|GDP)[^\d]{0,6}(?P<value>\d+(?:\.\d+)?)(?P<unit>亿元|%)", 0),
    (r"(?<=增长)\d+(?:\.\d+)?%", 0),
    (r"gdp", re.IGNORECASE),
    (rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I),
]


def _matches(pattern, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("shape, flags", SHAPES)
def test_a_stdlib_pattern_built_from_kept_code_matches_as_re_compile(shape, flags, monkeypatch):
    monkeypatch.setattr(lazy_pattern, "_INSTALLED", {})
    made = LazyPattern(shape, flags, stdlib=True)
    kept = pickle.loads(pickle.dumps(lazy_pattern.compile_all()))  # as the cache file holds them
    assert (shape, flags, True) in kept
    lazy_pattern.install(kept)
    again = pickle.loads(pickle.dumps(made))  # a later start's copy: compiled at first use
    text = TEXT.encode() + b'<meta charset="gb2312">' if isinstance(shape, bytes) else TEXT
    assert _matches(again, text) == _matches(re.compile(shape, flags), text) != []


def test_kept_code_another_python_cannot_use_compiles_afresh(monkeypatch):
    shape = r"增长(?P<g>\d+(?:\.\d+)?)%"
    monkeypatch.setattr(lazy_pattern, "_INSTALLED", {(shape, 0, True): (shape, 0, [999, 1, 2], 0, {}, (None,))})
    assert LazyPattern(shape, stdlib=True).search(TEXT).group("g") == "6.5"


def test_a_regex_pattern_stays_a_regex_one():
    made = LazyPattern(r"\p{Han}+(?=\d)")
    assert made.search(TEXT).group() == "地区生产总值达到"
