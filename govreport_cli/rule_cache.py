"""The shipped rules, loaded once and kept on disk with their engine and the stages' patterns: every later
start unpickles them.

Loading rules/*.toml (parse, compile every pattern to check it, find the line of every key)
takes 70-140 ms, a third of a one-report run, and building the engine on them 13 ms more;
compiling the patterns a report meets (the names' own, the stages' module-level ones) 80 ms more.
Unpickling all of them takes about 12 ms (a compiled `regex` pattern pickles with its compiled code,
a stdlib `re` one is kept as its code for `re`'s engine: see `lazy_pattern`).
Only the shipped rules are kept: one file in the user's cache folder, named after a hash of
everything that shapes them (the rule files, the package's code, the versions of Python and
`regex`), so an edit or an upgrade loads afresh. Rules of one's own (--rules DIR) are always
loaded afresh. Anything wrong with the cache (no home, a read-only disk, a damaged file) only
costs the plain load.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable

import regex

from govreport_cli import __version__, lazy_pattern


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govreport"


def _key(rule_dir: Path) -> str:
    digest = hashlib.sha256()
    for part in (sys.version, regex.__version__, __version__):
        digest.update(part.encode() + b"\0")
    code = sorted(Path(__file__).resolve().parent.glob("*.py"))  # the loader, the engine and what they use
    for path in [*code, *sorted(rule_dir.glob("*.toml"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def load(rule_dir: Path, build: Callable[[], object]):
    """The rules `build()` returns for the shipped `rule_dir`, from the cache when it holds them."""
    try:
        path = cache_folder() / f"rules-{_key(rule_dir)}.pickle"
    except OSError:
        return build()
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_uid == os.getuid():  # only a file of our own
                rules, patterns = pickle.load(handle)
                lazy_pattern.install(patterns)
                return rules
    except Exception:  # noqa: BLE001 (missing, unreadable or damaged: load afresh)
        pass
    rules = build()
    from govreport_cli.api import engine_for

    index = engine_for(rules).name_index  # built here, kept with the rules
    if index is not None:
        index.compile_all()
    _store(path, (rules, lazy_pattern.compile_all()))
    return rules


def _store(path: Path, kept: tuple) -> None:
    """Write atomically (a concurrent start reads a whole file or none) and drop older files."""
    import tempfile  # only when writing: its imports cost a start-up 10 ms

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".rules-")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(kept, out, pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        for old in path.parent.glob("rules-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
