"""Module-level patterns compiled at their first use, not at import.

A process that reads one report imports every stage, and compiling their hundred-odd patterns
cost more than reading the report; most reports never touch most of them (the title shapes of
other kinds of report, the wordings of other years).
"""
from __future__ import annotations

import regex

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`regex.compile(pattern, flags)` when a method is first asked for; then the compiled
    pattern's own methods, as plain attributes (no lookup cost after the first)."""

    __slots__ = ("pattern", "flags") + _METHODS

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str):
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self.flags)
        for method in _METHODS:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self.flags)
