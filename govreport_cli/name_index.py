"""Which names can occur where: a literal prefilter for the alternation of every name.

Running the alternation of all names over every sentence costs the `regex` module a try of each
branch at each character. Every name needs some literal (地区生产总值, 增加值…), so one scan of the
text for those literals (stdlib `re`, the literals as a trie) finds the few sentences worth
reading, and for each only the names whose literals it holds. The longer a name's literals, the
fewer sentences: a stretch of literal alternatives gives one literal per spelling.
A name whose literals cannot be worked out disables the prefilter: every sentence gets every name.

Those few names are searched one compiled pattern each (compiled once per rule set) and merged
as the POSIX alternation of them would match: a regex compiled for each new set of names cost
a tenth of the run on a corpus of distinct reports, where new sets keep coming.
"""
from __future__ import annotations

import re

import regex

from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.rules import RuleSet

try:  # the parser of the stdlib re: names are written in the syntax re and regex (V0) share
    import re._parser as _sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse
    from sre_constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
    POSSESSIVE_REPEAT = object()


MAX_SPELLINGS = 16  # ways of writing one stretch of literals kept as one literal each


def _spellings(items) -> set[str] | None:
    """Every way a sequence of literals, literal alternatives and optional parts can be written
    ((?:全区|全市)?居民: 居民, 全区居民, 全市居民), or None when it holds anything else."""
    ways = {""}
    for op, arg in items:
        if op is LITERAL:
            item = {chr(arg)}
        elif op is IN and all(kind is LITERAL for kind, _ in arg):
            item = {chr(code) for _, code in arg}
        elif op is BRANCH:
            alternatives = [_spellings(a) for a in arg[1]]
            item = None if None in alternatives else set().union(*alternatives)
        elif op is SUBPATTERN and not arg[1] & (re.IGNORECASE | re.VERBOSE):
            item = _spellings(arg[3])
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[1] == 1:
            item = _spellings(arg[2])
            if item is not None and arg[0] == 0:
                item = item | {""}
        else:
            return None
        if item is None:
            return None
        ways = {way + more for way in ways for more in item}
        if len(ways) > MAX_SPELLINGS:
            return None
    return ways


def _leading_spellings(items) -> set[str]:
    """The spellings of the longest start of `items` that has them."""
    ways = {""}
    for item in items:
        more = _spellings([item])
        longer = more and {way + x for way in ways for x in more}
        if not longer or len(longer) > MAX_SPELLINGS:
            break
        ways = longer
    return ways


def _required(items) -> set[str] | None:
    """Literals one of which the text holds within every match of the parsed sequence and what
    it looks ahead at, or None.

    A stretch of literals and literal alternatives counts as one literal per spelling
    (粮食(?:总)?产量: 粮食产量, 粮食总产量), and so does what a lookahead then requires
    (经济(?=增长…): 经济增长): longer literals, fewer sentences to read."""
    options: list[set[str]] = []
    run = {""}  # the spellings of the stretch being read

    def flush() -> None:
        nonlocal run
        if "" not in run:
            options.append(run)
        run = {""}

    for op, arg in items:
        if op is ASSERT and arg[0] == 1 and "" not in run:
            ahead = {way + more for way in run for more in _leading_spellings(arg[1])}
            if len(ahead) <= MAX_SPELLINGS:
                options.append(ahead)
        if op in (ASSERT, ASSERT_NOT, AT):  # consume nothing: the literals around stay adjacent
            continue
        written = _spellings([(op, arg)])
        if written is not None:
            longer = {way + more for way in run for more in written}
            if len(longer) > MAX_SPELLINGS:
                flush()
                longer = written
            run = longer
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
    # a text holding 全区居民人均可支配收入 holds 居民人均可支配收入: only the shortest are needed
    options = [{x for x in o if not any(y != x and y in x for y in o)} for o in options]
    return max(options, key=lambda o: min(map(len, o)), default=None)


def necessary_literals(pattern: str) -> set[str] | None:
    """Literals one of which the text holds where `pattern` matches, within the match and what
    it looks ahead at (a search with an endpos sees neither past it); None when that is not known."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # syntax only the regex module has (\\p{Han}, ...)
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(parsed)


def _trie(literals: list[str]) -> str:
    """The alternation of `literals` as a trie (全(?:国…|社会(?:投资|…))): re tries each first
    character once rather than each literal at each position, twice as fast a scan. At each
    step the longer literals are tried first, so the longest literal at a spot is the match."""
    root: dict = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # a literal ends here

    def branch(node: dict) -> str:
        longer = [re.escape(char) + branch(sub) for char, sub in sorted(node.items()) if char]
        if not longer:
            return ""
        if len(longer) == 1 and "" not in node:
            return longer[0]
        return "(?:" + "|".join(longer) + ")" + ("?" if "" in node else "")

    return branch(root)


class NameIndex:
    """Which names can occur where: one literal scan of a text (stdlib re, the literals as a
    trie) instead of the alternation of every name over every sentence."""

    def __init__(self, entries: list[str], owners_of: dict[str, frozenset[int]]):
        self.entries = entries
        ordered = sorted(owners_of, key=len, reverse=True)
        self.literals = LazyPattern(_trie(ordered), stdlib=True)  # the longest literal at a spot wins
        # the literals that start where a found one starts are its prefixes
        self.owners_at = {lit: frozenset().union(*(owners_of[p] for p in owners_of if lit.startswith(p)))
                          for lit in ordered}
        self._patterns: dict[int, regex.Pattern] = {}  # a name's own pattern, compiled when first met
        self._sets: dict[frozenset[int], list[regex.Pattern]] = {}

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

    def names_in(self, at: list[int], owners: list[frozenset[int]], first: int, stop: int) -> "Names":
        """The names the hits first..stop of a scan (those of a sentence) may belong to, matched
        as their POSIX alternation, in their order, would match; each with where its last
        literal among the hits starts."""
        last: dict[int, int] = {}
        for hit in range(first, stop):
            for k in owners[hit]:
                last[k] = at[hit]
        wanted = frozenset(last)
        return Names(self._patterns_of(wanted), [last[k] for k in sorted(wanted)])

    def _patterns_of(self, wanted: frozenset[int]) -> list[regex.Pattern]:
        found = self._sets.get(wanted)
        if found is None:  # few sets recur (288 over 500 reports): kept, not rebuilt per sentence
            found = self._sets[wanted] = [self._pattern(k) for k in sorted(wanted)]
        return found

    def compile_all(self) -> None:
        """Every name's own pattern, compiled now: for an index kept on disk, not built per process."""
        for k in range(len(self.entries)):
            self._pattern(k)

    def _pattern(self, k: int) -> regex.Pattern:
        found = self._patterns.get(k)
        if found is None:  # (?p): the longest match at a spot within a name too, as in the alternation
            found = self._patterns[k] = regex.compile(f"(?p)(?P<n{k}>{self.entries[k]})")
        return found


class Names:
    """A few names' patterns that find what the POSIX alternation of them finds: at the
    leftmost spot where any matches, the longest match, the first name on a tie; then on
    from its end. Each pattern's next match is kept until the scan passes its start: a
    name's match at a spot does not depend on where the search began.

    `last`, when known, says where each name's last literal starts: every match holds one of
    its literals, so a name is not searched again once the scan has passed that spot."""

    def __init__(self, patterns: list[regex.Pattern], last: list[int] | None = None):
        self.patterns = patterns
        self.last = last

    def finditer(self, text: str, pos: int, endpos: int, timeout: float | None = None):
        patterns = self.patterns
        if len(patterns) == 1:  # one name (most sentences): its own matches, found in C
            return patterns[0].finditer(text, pos, endpos, timeout=timeout)
        return self._merged(text, pos, endpos, timeout)

    def _merged(self, text: str, pos: int, endpos: int, timeout: float | None):
        patterns, last = self.patterns, self.last
        next_of = [p.search(text, pos, endpos, timeout=timeout) for p in patterns]
        while True:
            best = None
            for k, found in enumerate(next_of):
                if found is None:
                    continue
                if found.start() < pos:
                    found = next_of[k] = (patterns[k].search(text, pos, endpos, timeout=timeout)
                                          if last is None or last[k] >= pos else None)
                    if found is None:
                        continue
                if best is None or found.start() < best.start() or (
                        found.start() == best.start() and found.end() > best.end()):
                    best = found
            if best is None:
                return
            yield best
            pos = best.end()
