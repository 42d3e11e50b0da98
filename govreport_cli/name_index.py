"""Which names can occur where: a literal prefilter for the alternation of every name.

Running the alternation of all names over every sentence costs the `regex` module a try of each
branch at each character. Every name needs some literal (地区生产总值, 增加值…), so one scan of the
text for those literals (stdlib `re`: a plain literal alternation is fast there) finds the few
sentences worth reading, and for each the alternation of only the names whose literals it holds.
A name whose literals cannot be worked out disables the prefilter: every sentence gets every name.
"""
from __future__ import annotations

import re

import regex

from govreport_cli.rules import RuleSet

try:  # the parser of the stdlib re: names are written in the syntax re and regex (V0) share
    import re._parser as _sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse
    from sre_constants import ASSERT, ASSERT_NOT, AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
    POSSESSIVE_REPEAT = object()


def _required(items) -> set[str] | None:
    """Literals one of which every match of the parsed sequence consumes, or None."""
    options: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, arg in items:
        if op is LITERAL:
            run.append(chr(arg))
            continue
        if op in (ASSERT, ASSERT_NOT, AT):  # consume nothing: the literals around stay adjacent
            continue
        flush()
        sub = None
        if op is SUBPATTERN:
            if not arg[1] & (re.IGNORECASE | re.VERBOSE):
                sub = _required(arg[3])
        elif op is BRANCH:
            alternatives = [_required(a) for a in arg[1]]
            if all(alternatives):
                sub = set().union(*alternatives)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            sub = _required(arg[2])
        if sub:
            options.append(sub)
    flush()
    return max(options, key=lambda o: min(map(len, o)), default=None)


def necessary_literals(pattern: str) -> set[str] | None:
    """Literals one of which every match of `pattern` consumes; None when that is not known."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # syntax only the regex module has (\\p{Han}, ...)
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(parsed)


class NameIndex:
    """Which names can occur where: one literal scan of a text (stdlib re, a literal
    alternation is fast there) instead of the alternation of every name over every sentence."""

    def __init__(self, entries: list[str], owners_of: dict[str, frozenset[int]]):
        self.entries = entries
        ordered = sorted(owners_of, key=len, reverse=True)  # the longest literal at a spot wins
        self.literals = re.compile("|".join(map(re.escape, ordered)))
        # the literals that start where a found one starts are its prefixes
        self.owners_at = {lit: frozenset().union(*(owners_of[p] for p in owners_of if lit.startswith(p)))
                          for lit in ordered}
        self._patterns: dict[frozenset[int], regex.Pattern] = {}

    @classmethod
    def build(cls, rules: RuleSet) -> "NameIndex | None":
        entries = rules.name_patterns
        owners_of: dict[str, set[int]] = {}
        for k, pattern in enumerate(entries):
            found = necessary_literals(pattern)
            if not found:
                return None
            for literal in found:
                owners_of.setdefault(literal, set()).add(k)
        return cls(entries, {lit: frozenset(ks) for lit, ks in owners_of.items()})

    def scan(self, text: str) -> tuple[list[int], list[frozenset[int]]]:
        """Every position where a literal starts (overlapping ones too), with the names it may
        belong to."""
        at, owners = [], []
        search, owners_at = self.literals.search, self.owners_at
        hit = search(text)
        while hit is not None:
            at.append(hit.start())
            owners.append(owners_at[hit.group()])
            hit = search(text, hit.start() + 1)
        return at, owners

    def pattern(self, wanted: frozenset[int]) -> regex.Pattern:
        """The POSIX alternation of just these names, with their group names, in their order."""
        found = self._patterns.get(wanted)
        if found is None:
            if len(self._patterns) >= 4096:
                self._patterns.clear()
            body = "|".join(f"(?P<n{k}>{self.entries[k]})" for k in sorted(wanted))
            found = self._patterns[wanted] = regex.compile(f"(?p){body}")
        return found
