"""The shipped rules kept on disk: the same rules, the same rows, rebuilt when anything is off."""
import os
import pickle
import subprocess
import sys
from pathlib import Path

from govreport_cli import rule_cache
from govreport_cli.api import extract_text
from govreport_cli.rules import load_rules, shipped_rules_dir

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_83c6b4c4bef2d01a.txt").read_text(encoding="utf-8")


def test_kept_rules_give_the_rows_of_freshly_loaded_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return load_rules()

    first = rule_cache.load(shipped_rules_dir(), build)
    kept = list((tmp_path / "govreport").glob("rules-*.pickle"))
    assert len(kept) == 1 and built == [1]
    second = rule_cache.load(shipped_rules_dir(), build)
    assert built == [1], "the second start reads the file"
    assert second is not first and second.rules.keys() == first.rules.keys()
    assert second.engine is not None and second.engine is not first.engine, "the engine is kept too"
    assert second.names.pattern == first.names.pattern
    rows = extract_text(SEED, rules=first)
    assert rows and extract_text(SEED, rules=second) == rows


def test_a_damaged_file_is_loaded_afresh_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    rule_cache.load(shipped_rules_dir(), load_rules)
    (kept,) = (tmp_path / "govreport").glob("rules-*.pickle")
    kept.write_bytes(b"not a pickle")
    (tmp_path / "govreport" / "rules-0ld.pickle").write_bytes(b"x")
    rules = rule_cache.load(shipped_rules_dir(), load_rules)
    assert extract_text(SEED, rules=rules)
    assert list((tmp_path / "govreport").glob("rules-*.pickle")) == [kept]
    assert pickle.loads(kept.read_bytes())[0].names.pattern == rules.names.pattern


def test_an_edited_rule_file_is_another_key(tmp_path):
    copy = tmp_path / "rules"
    copy.mkdir()
    for path in shipped_rules_dir().glob("*.toml"):
        (copy / path.name).write_bytes(path.read_bytes())
    key = rule_cache._key(copy)
    assert key == rule_cache._key(shipped_rules_dir())
    (copy / "output.toml").write_text((copy / "output.toml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rule_cache._key(copy) != key


def test_no_writable_cache_only_costs_the_plain_load(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder would go
    assert extract_text(SEED, rules=rule_cache.load(shipped_rules_dir(), load_rules))


_COUNT_COMPILES = """
import sys, regex._main as main
try:
    import re._compiler as stdlib
except ImportError:  # Python 3.10
    import sre_compile as stdlib
from govreport_cli import lazy_pattern
from govreport_cli.api import extract_text
from govreport_cli.rules import cached_rules
rules = cached_rules()
compiled, stdlib_compiled = [], []
real, real_stdlib = main._compile, stdlib.compile
main._compile = lambda pattern, *rest: compiled.append(pattern) or real(pattern, *rest)
stdlib.compile = lambda pattern, flags=0: stdlib_compiled.append(pattern) or real_stdlib(pattern, flags)
rows = extract_text(open(sys.argv[1], encoding="utf-8").read(), rules=rules)
ours = {lazy.pattern for lazy in lazy_pattern._MADE if lazy.stdlib}
print(len(rows), len(compiled), len([p for p in stdlib_compiled if p in ours]), len(ours))
"""


def test_a_start_that_reads_the_kept_file_compiles_no_pattern_to_read_a_report(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    seed = str(ROOT / "seeds" / "000_83c6b4c4bef2d01a.txt")

    def start() -> list[int]:  # rows, `regex` patterns compiled, stdlib ones of ours compiled, stdlib ones of ours
        done = subprocess.run([sys.executable, "-c", _COUNT_COMPILES, seed], env=env, capture_output=True,
                              text=True, check=True)
        return [int(n) for n in done.stdout.split()]

    start()
    rows, compiled, stdlib_compiled, stdlib_made = start()  # the kept rules, names' and stages' patterns
    assert rows > 20 and compiled == 0
    assert stdlib_made > 30 and stdlib_compiled == 0, "the stdlib ones are built from their kept code"
