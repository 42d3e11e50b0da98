"""Time two checkouts of govreport against each other, alternately, on one corpus.

This machine's speed drifts by a quarter within the hour, so a figure from an earlier run says
little about a change; runs of the two checkouts taken in turn, in one sitting, do.

    python bench/ab.py OTHER_CHECKOUT                 # this checkout against OTHER_CHECKOUT
    python bench/ab.py OTHER_CHECKOUT --corpus DIR    # default: the bench corpus in /tmp/bk (run.py --keep)
    python bench/ab.py OTHER_CHECKOUT --rounds 5      # runs of each (default 4)

Each run is `extract CORPUS -o /dev/null --quiet --jobs 1` in a fresh Python started in the
checkout (so its package is the one imported; the run checks it); wall and CPU seconds, the
median of each side and their ratios are printed. Each side keeps its rules cache in a folder
of its own, warmed by one untimed run on one report: the cache holds one file, so two checkouts
sharing it would load the rules afresh at every run (0.1 s on both sides that no user pays).
Stdlib only.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUN = ("import sys, govreport_cli; assert govreport_cli.__file__.startswith(sys.argv[1]), govreport_cli.__file__; "
       "sys.argv = ['govreport', 'extract', sys.argv[2], '-o', '/dev/null', '--quiet', '--jobs', '1']; "
       "from govreport_cli.cli import main; main()")


def one_run(checkout: Path, corpus: Path, cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", RUN, str(checkout), str(corpus)], cwd=checkout,
                               env={**os.environ, "PYTHONPATH": str(checkout), "XDG_CACHE_HOME": str(cache)})
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"ab: the run in {checkout} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other checkout (a git worktree of another commit)")
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/bk/corpus-500"))
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)
    sides = {"this": REPO, "other": args.other.resolve()}
    if not args.corpus.is_dir():
        raise SystemExit(f"ab: no corpus at {args.corpus}: build one with `python bench/run.py --keep /tmp/bk`")
    times: dict[str, list[float]] = {name: [] for name in sides}
    cpu: dict[str, list[float]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory(prefix="ab-caches-") as caches:
        cache = {name: Path(caches, name) for name in sides}
        one_report = next(path for path in sorted(args.corpus.rglob("*")) if path.is_file())
        for name, checkout in sides.items():
            one_run(checkout, one_report, cache[name])
        for number in range(args.rounds):
            for name, checkout in (sides.items() if number % 2 == 0 else reversed(sides.items())):
                wall, used = one_run(checkout, args.corpus, cache[name])
                times[name].append(wall)
                cpu[name].append(used)
                print(f"round {number + 1}  {name:5}  {wall:.2f} s (cpu {used:.2f} s)", flush=True)
    this, other = (statistics.median(times[name]) for name in sides)
    print(f"median: this {this:.2f} s, other ({sides['other']}) {other:.2f} s; this / other {this / other:.2f}x")
    this, other = (statistics.median(cpu[name]) for name in sides)
    print(f"median cpu: this {this:.2f} s, other {other:.2f} s; this / other {this / other:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
