"""Module-level patterns compiled at their first use, not at import, or taken compiled from the rule cache.

A process that reads one report imports every stage, and compiling their two hundred-odd patterns
cost more than reading the report; most reports never touch most of them (the title shapes of
other kinds of report, the wordings of other years). `regex` compiles in Python, so even the few a
report needs cost a one-report run 60 ms: the rule cache keeps them all compiled (`compile_all`),
and a start that loads it hands them over (`install`) before the first report is read.
"""
from __future__ import annotations

import regex

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

_MADE: list["LazyPattern"] = []  # every one made so far, for the cache to compile
_INSTALLED: dict[tuple[str, int], regex.Pattern] = {}  # compiled ones from the cache, by (pattern, flags)


class LazyPattern:
    """`regex.compile(pattern, flags)` when a method is first asked for; then the compiled
    pattern's own methods, as plain attributes (no lookup cost after the first)."""

    __slots__ = ("pattern", "flags") + _METHODS

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        _MADE.append(self)

    def __getattr__(self, name: str):
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = _INSTALLED.get((self.pattern, self.flags)) or regex.compile(self.pattern, self.flags)
        for method in _METHODS:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self.flags)


def compile_all() -> dict[tuple[str, int], regex.Pattern]:
    """Every pattern made so far, compiled, by (pattern, flags): what the rule cache keeps."""
    return {key: regex.compile(*key) for key in {(lazy.pattern, lazy.flags) for lazy in _MADE}}  # (each once)


def install(compiled: dict[tuple[str, int], regex.Pattern]) -> None:
    """Patterns compiled by an earlier process: their first use takes them instead of compiling."""
    _INSTALLED.update(compiled)
