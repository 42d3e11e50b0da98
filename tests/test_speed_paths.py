"""The fast paths find what the plain ones find: names per sentence, offsets, numerals."""
import bisect
import sys
from pathlib import Path

import regex

from govreport_cli.api import engine_for
from govreport_cli.engine import sentences
from govreport_cli.name_index import Names
from govreport_cli.normalize import normalize
from govreport_cli.rules import cached_rules

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def spans(matches):
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


def test_names_of_a_sentence_are_those_of_the_alternation_of_all():
    rules = cached_rules()
    index = engine_for(rules).name_index
    texts = TEXTS + [e.text for rule in rules.rules.values() for e in rule.examples]
    checked = 0
    for text in (normalize(t).text for t in texts):
        at, owners = index.scan(text)
        for start, end in sentences(text):
            first, stop = bisect.bisect_left(at, start), bisect.bisect_left(at, end)
            full = spans(rules.names.finditer(text, start, end))
            if first == stop:
                assert full == []
                continue
            names = index.names_in(at, owners, first, stop)
            assert spans(names.finditer(text, start, end)) == full
            names.last = None  # and without skipping a name once the scan has passed its last literal
            assert spans(names.finditer(text, start, end)) == full
            checked += bool(full)
    assert checked > 100


def test_names_merge_leftmost_longest_first_on_a_tie():
    patterns = [regex.compile(f"(?p)(?P<n{k}>{p})") for k, p in enumerate(["生产总值", "地区生产总值", "总值"])]
    alternation = regex.compile("(?p)" + "|".join(f"(?P<n{k}>{p})" for k, p in
                                                  enumerate(["生产总值", "地区生产总值", "总值"])))
    text = "全市地区生产总值和生产总值,总值"
    assert spans(Names(patterns).finditer(text, 0, len(text))) == spans(alternation.finditer(text))
    same = [regex.compile(r"(?p)(?P<n0>ab)"), regex.compile(r"(?p)(?P<n1>ab)")]
    assert [m.lastgroup for m in Names(same).finditer("xab", 0, 3)] == ["n0"]


def test_single_characters_read_as_cn2an_reads_them_without_importing_it():
    import subprocess

    from govreport_cli.numbers import parse_number
    import cn2an

    for char in "十百千万亿零一二三四五六七八九":
        try:
            expected = cn2an.cn2an(char, "strict")
        except ValueError:
            expected = None
        try:
            got = parse_number(char)
        except ValueError:
            got = None
        assert got == expected, char
    script = ("import sys; from govreport_cli.api import extract_text\n"
              "for path in sys.argv[1:]: assert extract_text(open(path, encoding='utf-8').read())\n"
              "assert 'cn2an' not in sys.modules, 'cn2an imported'")
    subprocess.run([sys.executable, "-c", script, *map(str, sorted((ROOT / "seeds").glob("*.txt")))], check=True)
    assert parse_number("一千二百") == 1200  # a real numeral still goes to cn2an


def _offsets_one_per_character(text: str) -> list[int]:
    """The offset map built the plain way, one integer per character, as a reference."""
    from govreport_cli import normalize as n

    def outside(size, spans):
        return [i for i in range(size) if not any(a <= i < b for a, b in spans)]

    kept = outside(len(text), n._deletions(text))
    stage = n._to_halfwidth("".join(text[i] for i in kept))
    drops = [m.span() for p in (n._BLANK_AFTER_NUMBER, n._BLANK_BEFORE_NUMBER, n._BLANK_IN_NUMBER,
                                n._BLANK_BESIDE_ACRONYM, n._BLANK_AMONG_DIGITS)
             for m in p.finditer(stage)]
    drops += n.wrapped_breaks(stage, n._breaks_in_text(stage))
    return [kept[j] for j in outside(len(stage), drops)]


GLOSSED = ("全區(qū)地區(qū)生產(chǎn)總值(zhí)達(dá)到 1 234.5 億元,增長l3.6 %。"
           "財(cái)政收入(rù)145.5\n億元。一般公共預(yù)算收入：　１２３億元。" * 3)


def test_offsets_kept_as_runs_answer_as_one_per_character():
    for text in [GLOSSED, "", "无数字", "增长 5 %", *TEXTS]:
        clean = normalize(text)
        expected = _offsets_one_per_character(text)
        assert len(clean.origin) == len(clean.text) == len(expected)
        assert list(clean.origin) == expected
        assert [clean.origin[i] for i in range(len(expected))] == expected
        if expected:
            assert clean.origin[-1] == expected[-1]
            assert len(clean.origin.starts) < len(expected) / 2 or len(expected) < 100
            for start in range(0, len(expected), 7):
                end = min(len(expected), start + 5)
                assert clean.span(start, end) == (expected[start], expected[end - 1] + 1)


def test_one_pass_finds_the_blanks_the_seven_patterns_find():
    from govreport_cli import normalize as n

    texts = ["增长 5 %,达 1 234 亿元,共 12 345 678 人。收入:  88.5\n亿元、 7 个. 3 .5", " 1 1 1 1", "单位 GDP 能耗 1 %", "总值2 9 86.7亿元,收入2 4 390元",
             "总额1 3\n27.6亿元,收入1 0 \n082元,增长1\n2%", "收入82164元 / 45127元", "。城镇居民人均可支 配收入22680元,增长9%",
             *TEXTS]
    for text in texts:
        separate = sorted(m.span() for p in (n._BLANK_AFTER_NUMBER, n._BLANK_BEFORE_NUMBER, n._BLANK_IN_NUMBER,
                                             n._BLANK_BESIDE_ACRONYM, n._BLANK_AMONG_DIGITS, n._BLANK_BESIDE_SLASH,
                                             n._BLANK_IN_WORD)
                          for m in p.finditer(text))
        assert [m.span() for m in n._BLANKS.finditer(text)] == separate
