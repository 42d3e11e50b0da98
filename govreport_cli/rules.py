"""Load, check and compile the rule files (rules/*.toml).

A rule file holds ``[[rule]]`` tables, one per indicator; ``_shared.toml`` holds the vocabulary
every rule shares (fragments, qualifiers, bases, periods, target cues, section headings).
Errors name the file and line: ``rules/fiscal.toml:12: unknown key 'nmes' in rule``.
"""
from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal
from pathlib import Path

import regex

from govreport_cli import limits
from govreport_cli.lazy_pattern import LazyPattern

SHARED_FILE = "_shared.toml"
RULE_KEYS = {"id", "name", "reads", "unit", "measures", "names", "not_before", "not_after",
             "paired", "split", "national_names", "narrower", "broader", "example", "plausible", "sums_over_years",
             "plans_total", "plan_change", "known_by_month"}
REQUIRED_RULE_KEYS = ("id", "name", "reads", "unit", "measures", "names")
PAIRED_KEYS = {"names", "after"}
SPLIT_KEYS = {"names", "into"}
EXAMPLE_KEYS = {"text", "facts"}
MEASURES = ("level", "growth")
SHARED_SECTIONS = {
    "fragments": None,
    "qualifiers": {"approx", "at_least", "at_most"},
    "basis": {"yoy", "comparable"},
    "periods": None,
    "kind": {"target_clause", "target_sentence", "target_after", "estimate", "target_year"},
    "sections": {"target", "review", "heading_max"},
    "scope": {"opening", "several_years", "year_to_date", "span_opener", "single_year", "reached", "held",
              "progress", "national_part", "part_topic", "whole_region",
              "bare_verb", "part_subject", "part_supported", "part_tasked", "part_built",
              "region_label", "goals_set_opening", "town_named", "part_named_bare", "town_label"},
}
_FRAGMENT_REF = LazyPattern(r"\{([a-z_]+)\}")
# Indicator ids are file-system and column friendly.
_ID = LazyPattern(r"^[a-z][a-z0-9_]*$")


class RuleError(Exception):
    """A broken rule file; the message reads ``file:line: what is wrong``."""


class UserPattern:
    """A pattern of a rule (not_before, not_after, a split name), searched under the one timeout:
    a user's pattern may backtrack without end; the engine skips a sentence on TimeoutError."""

    __slots__ = ("compiled", "pattern")

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled
        self.pattern = compiled.pattern

    def search(self, text: str, *span: int):
        return self.compiled.search(text, *span, timeout=limits.PATTERN_TIMEOUT)

    def fullmatch(self, text: str, *span: int):
        return self.compiled.fullmatch(text, *span, timeout=limits.PATTERN_TIMEOUT)


@dataclass
class Example:
    text: str
    facts: list[str]
    line: int


@dataclass
class Rule:
    id: str
    name: str
    reads: str
    unit: str
    measures: tuple[str, ...]
    names: list[str]
    file: str  # as shown in the output's rule column: rules/fiscal.toml
    line: int
    not_before: list[UserPattern] = field(default_factory=list)
    not_after: list[UserPattern] = field(default_factory=list)
    paired_names: list[str] = field(default_factory=list)
    paired_after: list[str] = field(default_factory=list)
    national_names: list[str] = field(default_factory=list)  # count only in a national report
    narrower: list[UserPattern] = field(default_factory=list)  # names of a narrower scope: no row beside the rule's own
    broader: list[UserPattern] = field(default_factory=list)  # names of a broader scope: no row beside the rule's own
    split: list[str] = field(default_factory=list)  # rule ids the figures of a 分别 list go to
    split_names: list[UserPattern] = field(default_factory=list)  # the names that carry such a list
    examples: list[Example] = field(default_factory=list)
    plausible: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # measure -> (low, high)
    sums_over_years: bool = False  # in a review of several years a bare amount is a total: only 达到… counts
    plans_total: bool = False  # five-year goals state it as the plan's total, even 到2025年…
    plan_change: bool = False  # a five-year goal is a change against the plan before's end (比“十五”末降低20%)
    known_by_month: int = 0  # the month by whose end the year's figure is known (a harvest in by autumn), or 0

    @property
    def ref(self) -> str:
        return f"{self.file}:{self.id}"


@dataclass
class Shared:
    fragments: dict[str, str]
    qualifiers: dict[str, regex.Pattern]
    basis: dict[str, regex.Pattern]
    periods: dict[str, regex.Pattern]
    kind: dict[str, regex.Pattern]
    sections: dict[str, regex.Pattern]
    heading_max: int
    scope: dict[str, regex.Pattern] = field(default_factory=dict)

    def pattern(self, text: str) -> str:
        return expand(text, self.fragments)


@dataclass
class RuleSet:
    shared: Shared
    rules: dict[str, Rule]
    names: regex.Pattern  # one alternation of every name: group n<k> -> owners[k]
    owners: list[tuple[str, str]]  # (rule id, "name" | "paired" | "national")
    name_patterns: list[str]  # the expanded names, in the alternation's order
    engine: object = None  # the Engine built on these rules (api.engine_for)


def expand(text: str, fragments: dict[str, str], _depth: int = 0) -> str:
    """Replace {fragment} references, recursively."""
    if _depth > 10:
        raise ValueError("fragments refer to each other in a loop")

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}}")
        return expand(fragments[name], fragments, _depth + 1)

    return _FRAGMENT_REF.sub(sub, text)


@lru_cache(maxsize=1)
def shipped_rules_dir() -> Path:
    package = Path(__file__).resolve().parent
    installed = package / "rule_files"  # a wheel carries rules/ as govreport_cli/rule_files
    return installed if installed.is_dir() else package.parent / "rules"  # a source checkout


class _Lines:
    """Where lines start in a rule file, and where each [[rule]] block ends: a lookup for one
    rule searches its own block only, so that loading stays linear in the size of the file."""

    def __init__(self, source: str):
        self.starts = [0, *(m.end() for m in regex.finditer("\n", source))]
        headers = regex.finditer(r"(?m)^[ \t]*\[\[rule\]\]", source)
        self.header_lines = [self.line(m.start()) for m in headers]
        self.size = len(source)

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def span(self, after_line: int) -> tuple[int, int]:
        """From the start of `after_line` to the end of the next [[rule]] header after it (included)."""
        start = self.starts[min(max(after_line, 1), len(self.starts)) - 1]
        following = bisect.bisect_right(self.header_lines, after_line)
        if following == len(self.header_lines):
            return start, self.size
        end_line = self.header_lines[following] + 1
        return start, self.starts[end_line - 1] if end_line <= len(self.starts) else self.size


@lru_cache(maxsize=4)
def _lines(source: str) -> _Lines:
    return _Lines(source)


def _line_of(source: str, needle: str, after_line: int = 1) -> int:
    start, end = _lines(source).span(after_line)
    found = source.find(needle, start, end)
    return _lines(source).line(found) if found >= 0 else after_line


@lru_cache(maxsize=256)
def _assignment(key: str) -> regex.Pattern:
    return regex.compile(rf"""(?m)^[ \t]*["']?{regex.escape(key)}["']?[ \t]*[=.]""")


def _key_line(source: str, key: str, after_line: int) -> int:
    """The line of ``key = …`` (not of a mere mention of the word in a text)."""
    start, end = _lines(source).span(after_line)
    found = _assignment(key).search(source, start, end)
    return _lines(source).line(found.start()) if found else after_line


def _value_lines(source: str, values: list[str], key: str, after_line: int) -> list[int]:
    """The line of each value of a list (a value written on a line of its own), else of its key.
    The values are looked for in order, each after the one before: linear in the list."""
    key_line = _key_line(source, key, after_line)
    cursor, end = _lines(source).span(key_line)
    found_lines = []
    for value in values:
        found = source.find(value, cursor, end) if value else -1
        found_lines.append(_lines(source).line(found) if found >= 0 else key_line)
        cursor = found + len(value) if found >= 0 else cursor
    return found_lines


def _display(path: Path) -> str:
    return f"rules/{path.name}" if path.parent == shipped_rules_dir() else str(path)


def _read_toml(path: Path) -> tuple[dict, str]:
    where = _display(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(f"{where}:1: cannot read the rule file ({err.__class__.__name__})") from None
    if sys.version_info >= (3, 11):  # (imported only when rules are read, not when they come from the cache)
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(source), source
    except RecursionError:  # tomllib parses nested arrays and inline tables recursively
        raise RuleError(f"{where}:1: not valid TOML: nested too deeply") from None
    except tomllib.TOMLDecodeError as err:
        line = getattr(err, "lineno", None)
        if line is None:
            found = regex.search(r"line (\d+)", str(err))
            line = int(found.group(1)) if found else 1
        message = str(err).split(" (at line")[0]
        raise RuleError(f"{where}:{line}: not valid TOML: {message}") from None


def _compile(pattern: str, where: str, line: int, fragments: dict[str, str], stress: bool = False) -> regex.Pattern:
    try:
        compiled = regex.compile(expand(pattern, fragments))
    except (regex.error, ValueError) as err:
        raise RuleError(f"{where}:{line}: pattern {pattern!r} does not compile: {err}") from None
    if stress:
        _stress(compiled, pattern, where, line)
    return compiled


# `rules check` tries every pattern of a rule on these: long runs of what reports are made of.
# A pattern that backtracks without end on one of them would cost each sentence the timeout.
STRESS_TEXTS = ("增" * 2000, "1" * 2000, "地区生产总值增长1.5%," * 150, "a " * 1000, " \n" * 1000)
STRESS_TIMEOUT = 0.25  # seconds on one stress text; a sound pattern needs well under a millisecond


def _stress(compiled: regex.Pattern, pattern: str, where: str, line: int) -> None:
    try:
        for text in STRESS_TEXTS:
            compiled.search(text, timeout=STRESS_TIMEOUT)
    except TimeoutError:
        raise RuleError(f"{where}:{line}: pattern {pattern!r} is too slow (over {STRESS_TIMEOUT} s on a "
                        "stress text); avoid nested repeats over the same characters, as (a|b)+") from None


_LITERAL = LazyPattern(r"[^\\.^$*+?{}\[\]|()]+")  # a name without any regex syntax: nothing to check


def _compile_name(pattern: str, where: str, line: int, fragments: dict[str, str], stress: bool = False) -> None:
    # A name that can be empty would be "found" between every two characters of a report; one
    # that can match no text somewhere (a lookahead, \b) takes that place from every other name.
    if _LITERAL.fullmatch(pattern):
        return
    compiled = _compile(pattern, where, line, fragments, stress)
    if compiled.fullmatch("") is not None:
        raise RuleError(f"{where}:{line}: name {pattern!r} matches the empty string")
    if _zero_width(compiled):
        raise RuleError(f"{where}:{line}: name {pattern!r} can match no text (a lookaround, \\b or ^ "
                        "alone); a name must match at least one character")


_PROBES = ("2023年全市实现地区生产总值1234.5亿元,增长5.2%。", "一、主要目标", "GDP, R&D 3%\n")


def _zero_width(compiled: regex.Pattern) -> bool:
    """Whether the pattern can match no text: its least width, from the standard library's parser
    (names are written in the syntax re and regex share), else a zero-width match in a probe."""
    try:
        import re._parser as sre_parse
    except ImportError:  # Python 3.10
        import sre_parse
    try:
        return sre_parse.parse(compiled.pattern).getwidth()[0] == 0
    except Exception:  # regex-only syntax (\p{Han}, variable lookbehind): the probe decides
        return any(m.start() == m.end() for probe in _PROBES
                   for m in compiled.finditer(probe, overlapped=True, timeout=limits.PATTERN_TIMEOUT))


def _load_shared(paths: list[Path]) -> Shared:
    merged: dict[str, dict] = {name: {} for name in SHARED_SECTIONS}
    for path in paths:
        data, source = _read_toml(path)
        where = _display(path)
        for section, table in data.items():
            line = _line_of(source, f"[{section}]")
            if section not in SHARED_SECTIONS:
                raise RuleError(f"{where}:{line}: unknown section [{section}]")
            if not isinstance(table, dict):
                raise RuleError(f"{where}:{_key_line(source, section, 1)}: {section!r} must be a [{section}] table")
            allowed = SHARED_SECTIONS[section]
            for key, value in table.items():
                if allowed is not None and key not in allowed:
                    raise RuleError(f"{where}:{_key_line(source, key, line)}: unknown key {key!r} in [{section}]")
                wanted = int if key == "heading_max" else str
                if not isinstance(value, wanted) or isinstance(value, bool):
                    raise RuleError(f"{where}:{_key_line(source, key, line)}: {key!r} must be "
                                    f"{'an integer' if wanted is int else 'a string'}")
            merged[section].update((k, (v, where, _key_line(source, k, line))) for k, v in table.items())
    fragments = {k: v for k, (v, _, _) in merged["fragments"].items()}
    for value, where, line in merged["fragments"].values():
        _compile(value, where, line, fragments)

    def compiled(section: str) -> dict[str, regex.Pattern]:
        return {k: _compile(v, where, line, fragments)
                for k, (v, where, line) in merged[section].items() if isinstance(v, str)}

    heading_max = merged["sections"].get("heading_max", (40,))[0]
    return Shared(fragments, compiled("qualifiers"), compiled("basis"), compiled("periods"),
                  compiled("kind"), compiled("sections"), int(heading_max), compiled("scope"))


def _string_list(value, key: str, where: str, line: int) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}:{line}: {key!r} must be a list of strings")
    return value


def _parse_rule(table: dict, path: Path, source: str, start_line: int, fragments: dict,
                stress: bool = False) -> Rule:
    where = _display(path)
    rule_id = table.get("id")
    line = _line_of(source, f'"{rule_id}"', start_line) if isinstance(rule_id, str) else start_line
    for key in table:
        if key not in RULE_KEYS:
            raise RuleError(f"{where}:{_key_line(source, key, line)}: unknown key {key!r} in rule "
                            f"(allowed: {', '.join(sorted(RULE_KEYS))})")
    for key in REQUIRED_RULE_KEYS:
        if key not in table:
            raise RuleError(f"{where}:{line}: rule {rule_id or '?'} has no {key!r}")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise RuleError(f"{where}:{line}: id must be lower_case_with_underscores, got {rule_id!r}")
    for key in ("name", "reads", "unit"):
        if not isinstance(table[key], str) or not table[key]:
            raise RuleError(f"{where}:{_key_line(source, key, line)}: {key!r} must be a non-empty string")
    measures_line = _key_line(source, "measures", line)
    measures = _string_list(table["measures"], "measures", where, measures_line)
    if not measures:
        raise RuleError(f"{where}:{measures_line}: 'measures' must name level, growth or both")
    for measure in measures:
        if measure not in MEASURES:
            raise RuleError(f"{where}:{measures_line}: unknown measure {measure!r} (level, growth)")

    def patterns(key: str) -> list[UserPattern]:
        if key not in table:
            return []
        values = _string_list(table[key], key, where, _key_line(source, key, line))
        return [UserPattern(_compile(v, where, v_line, fragments, stress))
                for v, v_line in zip(values, _value_lines(source, values, key, line))]

    names = _string_list(table["names"], "names", where, _key_line(source, "names", line))
    if not names:
        raise RuleError(f"{where}:{_key_line(source, 'names', line)}: rule {rule_id} has no names")
    for name, name_line in zip(names, _value_lines(source, names, "names", line)):
        _compile_name(name, where, name_line, fragments, stress)
    def subtable(key: str, allowed: set[str]) -> tuple[dict, int, list[str]]:
        """A [rule.KEY] table: its keys checked, its names compiled."""
        sub, sub_line = table.get(key, {}), _line_of(source, f"[rule.{key}]", line)
        if not isinstance(sub, dict):
            raise RuleError(f"{where}:{sub_line}: {key!r} must be a table with {' and '.join(sorted(allowed))}")
        for sub_key in sub:
            if sub_key not in allowed:
                raise RuleError(f"{where}:{_key_line(source, sub_key, sub_line)}: unknown key {sub_key!r} in [rule.{key}]")
        sub_names = _string_list(sub.get("names", []), f"{key}.names", where, sub_line)
        for name, name_line in zip(sub_names, _value_lines(source, sub_names, "names", sub_line)):
            _compile_name(name, where, name_line, fragments, stress)
        return sub, sub_line, sub_names

    paired, paired_line, paired_names = subtable("paired", PAIRED_KEYS)
    split, split_line, split_texts = subtable("split", SPLIT_KEYS)
    split_names = [UserPattern(regex.compile(expand(name, fragments))) for name in split_texts]
    national_names = _string_list(table.get("national_names", []), "national_names", where,
                                  _key_line(source, "national_names", line))
    for name, name_line in zip(national_names, _value_lines(source, national_names, "national_names", line)):
        _compile_name(name, where, name_line, fragments, stress)
    examples = []
    example_line = line
    if not _tables(table.get("example", [])):
        raise RuleError(f"{where}:{_line_of(source, 'rule.example', line)}: examples must be [[rule.example]] tables")
    for example in table.get("example", []):
        example_line = _line_of(source, "[[rule.example]]", example_line + 1)
        for key in example:
            if key not in EXAMPLE_KEYS:
                raise RuleError(f"{where}:{_key_line(source, key, example_line)}: unknown key {key!r} in example")
        if not isinstance(example.get("text"), str) or "facts" not in example:
            raise RuleError(f"{where}:{example_line}: an example needs 'text' and 'facts'")
        facts = _string_list(example["facts"], "facts", where, example_line)
        examples.append(Example(example["text"], facts, example_line))
    plausible = table.get("plausible", {})
    plausible_line = _key_line(source, "plausible", line)
    if not isinstance(plausible, dict) or any(
            key not in MEASURES or not isinstance(bounds, list) or len(bounds) != 2
            or not all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in bounds)
            for key, bounds in plausible.items()):
        raise RuleError(f"{where}:{plausible_line}: 'plausible' must be a table like "
                        "{ level = [1, 200000], growth = [-30, 50] } in the rule's unit")
    sums, plans_total, plan_change = (table.get(key, False) for key in ("sums_over_years", "plans_total", "plan_change"))
    for key, value in (("sums_over_years", sums), ("plans_total", plans_total), ("plan_change", plan_change)):
        if not isinstance(value, bool):
            raise RuleError(f"{where}:{_key_line(source, key, line)}: '{key}' must be true or false")
    known_by_month = table.get("known_by_month", 0)
    if not isinstance(known_by_month, int) or isinstance(known_by_month, bool) or not 0 <= known_by_month <= 12:
        raise RuleError(f"{where}:{_key_line(source, 'known_by_month', line)}: 'known_by_month' must be a month, 1 to 12")
    return Rule(
        id=rule_id, name=table["name"], reads=table["reads"], unit=table["unit"],
        measures=tuple(measures), names=names, file=where, line=line,
        not_before=patterns("not_before"), not_after=patterns("not_after"),
        paired_names=paired_names, national_names=national_names,
        paired_after=_string_list(paired.get("after", []), "paired.after", where, paired_line),
        split=_string_list(split.get("into", []), "split.into", where, split_line), split_names=split_names,
        examples=examples, sums_over_years=sums, plans_total=plans_total, plan_change=plan_change,
        known_by_month=known_by_month,
        narrower=patterns("narrower"),
        broader=patterns("broader"),
        plausible={k: (Decimal(str(lo)), Decimal(str(hi))) for k, (lo, hi) in plausible.items()},
    )


def _rule_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise RuleError(f"{directory}:1: not a directory of rule files")
    return sorted(p for p in directory.glob("*.toml") if p.name != SHARED_FILE)


def _tables(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def load_rules(extra_dirs: tuple[Path, ...] = (), problems: list[RuleError] | None = None) -> RuleSet:
    """The shipped rules, then each extra directory's: a rule with an id already loaded replaces it.

    Without ``problems`` the first error raises. With it (``govreport rules check``) a broken file
    or rule is left out and its error appended, so that all of them are reported, and every
    pattern of a rule is tried on stress texts; a broken _shared.toml still raises, as nothing
    can be compiled without it.
    """
    def report(error: RuleError) -> None:
        if problems is None:
            raise error
        problems.append(error)

    dirs = [shipped_rules_dir(), *extra_dirs]
    shared = _load_shared([d / SHARED_FILE for d in dirs if (d / SHARED_FILE).is_file()])
    rules: dict[str, Rule] = {}
    references: dict[str, list[tuple[str, str, int]]] = {}  # rule id -> (key, rule it names, line)
    broken: set = set()  # ids of rules left out: naming them is not a second error
    for directory in dirs:
        try:
            paths = _rule_files(directory)
        except RuleError as error:
            report(error)
            continue
        here: dict[str, str] = {}  # an id twice in one folder is a slip, not a replacement
        for path in paths:
            try:
                data, source = _read_toml(path)
            except RuleError as error:
                report(error)
                continue
            extra = set(data) - {"rule"}
            if extra:
                report(RuleError(f"{_display(path)}:{_key_line(source, sorted(extra)[0], 1)}: unknown "
                                 f"top-level key {sorted(extra)[0]!r} (use [[rule]])"))
            if not _tables(data.get("rule", [])):
                report(RuleError(f"{_display(path)}:{_line_of(source, '[rule]')}: rules must be [[rule]] tables"))
                continue
            start = 0
            for table in data.get("rule", []):
                start = _line_of(source, "[[rule]]", start + 1)
                try:
                    rule = _parse_rule(table, path, source, start, shared.fragments, stress=problems is not None)
                except RuleError as error:
                    report(error)
                    broken.add(str(table.get("id")))
                    continue
                if rule.id in here:
                    report(RuleError(f"{rule.file}:{rule.line}: rule id {rule.id!r} is already used at {here[rule.id]}"))
                    continue
                here[rule.id] = f"{rule.file}:{rule.line}"
                rules[rule.id] = rule
                references[rule.id] = [("paired.after", other, _key_line(source, "after", rule.line))
                                       for other in rule.paired_after]
                references[rule.id] += [("split.into", other, _key_line(source, "into", rule.line))
                                        for other in rule.split if other]  # "": a figure no rule takes
    for rule in list(rules.values()):
        for key, other, line in references[rule.id]:
            if other not in rules and other not in broken:
                report(RuleError(f"{rule.file}:{line}: rule {rule.id}: {key} names unknown rule {other!r}"))
                del rules[rule.id]  # its split would name a rule the engine does not have
                broken.add(rule.id)
                break
    return RuleSet(shared, rules, *_name_alternation(rules, shared))


def _name_alternation(rules: dict[str, Rule], shared: Shared) -> tuple[regex.Pattern, list, list[str]]:
    entries = [(name, rule.id, how) for rule in rules.values()
               for how, names in (("name", rule.names), ("paired", rule.paired_names),
                                  ("national", rule.national_names))
               for name in names]
    owners = [(rule_id, how) for _, rule_id, how in entries]
    patterns = [shared.pattern(name) for name, _, _ in entries]
    # POSIX (leftmost-longest) matching: at one position the longest name wins, whatever its rule.
    body = "|".join(f"(?P<n{k}>{pattern})" for k, pattern in enumerate(patterns))
    return regex.compile(f"(?p){body}"), owners, patterns


@lru_cache(maxsize=8)
def cached_rules(extra_dirs: tuple[Path, ...] = ()) -> RuleSet:
    if not extra_dirs:  # the shipped rules: kept on disk, loaded once per version of them
        from govreport_cli.rule_cache import load

        return load(shipped_rules_dir(), load_rules)
    return load_rules(extra_dirs)
