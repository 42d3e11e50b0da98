"""Module-level patterns compiled at their first use, not at import, or taken compiled from the rule cache.

A process that reads one report imports every stage, and compiling their two hundred-odd patterns
cost more than reading the report; most reports never touch most of them (the title shapes of
other kinds of report, the wordings of other years). `regex` compiles in Python, so even the few a
report needs cost a one-report run 60 ms: the rule cache keeps them all compiled (`compile_all`),
and a start that loads it hands them over (`install`) before the first report is read.

Patterns that need none of `regex`'s syntax and are scanned often use the stdlib `re` (`stdlib=True`:
a character class is searched by bitmap). `re` compiles in Python too (30 ms a start) and a pickled
`re.Pattern` compiles again when loaded, so the cache keeps what `re` hands its C engine
(`_sre.compile`'s arguments), made by the parser of the running Python; anything amiss compiles afresh.
"""
from __future__ import annotations

import re

import regex

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

_MADE: list["LazyPattern"] = []  # every one made so far, for the cache to compile
_INSTALLED: dict[tuple[str, int, bool], object] = {}  # compiled ones from the cache, by (pattern, flags, stdlib)


class LazyPattern:
    """`regex.compile(pattern, flags)` (or `re.compile` with `stdlib=True`) when a method is first
    asked for; then the compiled pattern's own methods, as plain attributes (no lookup cost after the first)."""

    __slots__ = ("pattern", "flags", "stdlib") + _METHODS

    def __init__(self, pattern: str, flags: int = 0, stdlib: bool = False):
        self.pattern, self.flags, self.stdlib = pattern, flags, stdlib
        _MADE.append(self)

    def __getattr__(self, name: str):
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = _compiled((self.pattern, self.flags, self.stdlib))
        for method in _METHODS:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self.flags, self.stdlib)


def _compiled(key: tuple[str, int, bool]):
    pattern, flags, stdlib = key
    kept = _INSTALLED.get(key)
    if not stdlib:
        return kept or regex.compile(pattern, flags)
    if kept is not None:
        try:
            import _sre

            return _sre.compile(*kept)
        except Exception:  # noqa: BLE001 (another Python's engine: compile afresh)
            pass
    return re.compile(pattern, flags)


def _stdlib_parts(pattern: str, flags: int) -> tuple | None:
    """The arguments `re.compile` hands `_sre.compile` (as `re._compiler.compile` of 3.11-3.13
    builds them), checked against a pattern compiled the usual way; None when they cannot be had."""
    try:
        from re import _compiler, _parser

        import _sre

        parsed = _parser.parse(pattern, flags)
        names = parsed.state.groupdict
        by_index = [None] * parsed.state.groups
        for name, index in names.items():
            by_index[index] = name
        parts = (pattern, flags | parsed.state.flags, [int(op) for op in _compiler._code(parsed, flags)],
                 parsed.state.groups - 1, names, tuple(by_index))
        made, usual = _sre.compile(*parts), re.compile(pattern, flags)
        if (made.flags, made.groups, made.groupindex) != (usual.flags, usual.groups, usual.groupindex):
            return None
        return parts
    except Exception:  # noqa: BLE001 (an older or newer `re`: the cache keeps no stdlib patterns)
        return None


def compile_all() -> dict[tuple[str, int, bool], object]:
    """Every pattern made so far, compiled (a `regex` pattern pickles with its compiled code; a stdlib
    one as `_sre.compile`'s arguments), by (pattern, flags, stdlib): what the rule cache keeps."""
    kept = {}
    for key in {(lazy.pattern, lazy.flags, lazy.stdlib) for lazy in _MADE}:  # (each once)
        pattern, flags, stdlib = key
        made = _stdlib_parts(pattern, flags) if stdlib else regex.compile(pattern, flags)
        if made is not None:
            kept[key] = made
    return kept


def install(compiled: dict[tuple[str, int, bool], object]) -> None:
    """Patterns compiled by an earlier process: their first use takes them instead of compiling."""
    _INSTALLED.update(compiled)
