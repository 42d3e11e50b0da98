"""Benchmark `govreport extract` on a corpus of distinct reports against the floor of a regex scan.

Usage (from the repository root, with the package installed in the running Python):

    python bench/run.py                    # 500 distinct reports, --jobs 1 and 2, start-up
    python bench/run.py --reports 2000     # a larger corpus
    python bench/run.py --jobs 2           # only --jobs 2 (a comma list: 1,2 is the default)
    python bench/run.py --memory           # also peak memory at 500 and at 5000 reports
    python bench/run.py --repeat 3         # best of 3 for every timing (a busy machine)
    python bench/run.py --json out.json    # the figures as JSON too
    python bench/run.py --keep DIR         # build the corpora in DIR and keep them for next time

What it measures (bench/README.md explains every line)
- corpus: distinct reports, variants of the shared corpus and the seeds (bench/variants.py).
- the floor, in this process on one core, over the same files: read, decode UTF-8 and count
  the matches of ONE compiled `regex` alternation of a few dozen indicator names followed by a
  number (a name of each rule). Beside it, read + decode alone, and read + decode + OpenCC t2s.
  Each runs before and after the extract runs; the faster counts (the stricter floor).
- extract: the whole CLI as a subprocess, `python -m govreport_cli extract CORPUS -o out.csv
  --quiet --jobs J`, wall time from spawn to exit, CPU of the CLI and its pool workers, peak
  memory of the process tree; its ratio to the floor, and for --jobs 2 its CPU against --jobs 1.
- start-up: `govreport --help` and one report, each minus `python -c pass` (best of 5).
- --memory: peak memory of the extract run at 500 and 5000 reports, and the growth.

Stdlib only, besides the installed package (the rule names, `regex`, `opencc`).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import variants

REPO = Path(__file__).resolve().parent.parent
ONE_REPORT = REPO / "seeds" / "000_83c6b4c4bef2d01a.txt"
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

# The bounds of issue 13.
LIMIT_ONE_CORE = 4.0  # extract --jobs 1 / floor
LIMIT_TWO_CORES = 2.5  # extract --jobs 2 wall / one-core floor
LIMIT_CPU = 1.05  # CPU of --jobs 2 / CPU of --jobs 1
LIMIT_HELP = 0.1
LIMIT_ONE = 0.25
LIMIT_GROWTH = 20.0


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(Path(d) / f for d, _, names in os.walk(corpus) for f in names)


# ------------------------------------------------------------------------------ other load
def machine_cpu() -> tuple[float, float]:
    """(busy CPU seconds of the whole machine, of which stolen by the hypervisor) so far."""
    try:
        with open("/proc/stat") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / tick, steal / tick


def others(before: tuple[float, float], after: tuple[float, float], ours: float) -> float:
    """CPU seconds that processes other than the measured ones (or the hypervisor) took."""
    return max(0.0, after[0] - before[0] - ours)


# ------------------------------------------------------------------------------ the floor
def floor_names() -> list[str]:
    """A name of each rule, the first written as plain text: a few dozen literals."""
    from govreport_cli.rules import cached_rules

    names = []
    for rule in cached_rules().rules.values():
        plain = [name for name in rule.names if re.escape(name) == name]
        if plain:
            names.append(plain[0])
    return names


def floor_passes(names: list[str]) -> dict:
    """The passes over the files, each a function of one decoded text -> matches."""
    import opencc
    import regex

    scan = regex.compile("(?:" + "|".join(names) + r")[^\d。]{0,12}?\d+(?:\.\d+)?")
    convert = opencc.OpenCC("t2s").convert
    return {
        "read + decode": lambda text: 0,
        "read + decode + OpenCC": lambda text: len(convert(text)) * 0,
        "floor": lambda text: sum(1 for _ in scan.finditer(text)),
    }


def timed_pass(files: list[Path], work) -> tuple[float, int, float]:
    """One core: read, decode UTF-8, then `work`. (seconds, matches, other processes' CPU)"""
    matches = 0
    machine, cpu = machine_cpu(), time.process_time()
    start = time.perf_counter()
    for path in files:
        with open(path, "rb") as handle:
            matches += work(handle.read().decode("utf-8"))
    wall = time.perf_counter() - start
    return wall, matches, others(machine, machine_cpu(), time.process_time() - cpu)


# ------------------------------------------------------------------------------ memory
def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(c) for c in handle.read().split())
    except OSError:
        pass
    return found


def _rss_pss(pid: int, want_pss: bool) -> tuple[int, int]:
    """(RSS, PSS) in bytes of one process; 0 when it is gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/statm") as handle:
            rss = int(handle.read().split()[1]) * PAGE
        if want_pss:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        pss = int(line.split()[1]) * 1024
                        break
    except (OSError, ValueError, IndexError):
        pass
    return rss, pss


class TreePoller(threading.Thread):
    """Polls the process tree under `pid`; keeps the peak of the summed RSS and PSS."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = 0
        self.max_processes = 0
        self.has_pss = os.path.exists(f"/proc/{os.getpid()}/smaps_rollup")
        self.done = threading.Event()

    def sample(self, with_pss: bool) -> None:
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(_children(pid))
        rss = pss = 0
        for pid in tree:
            r, p = _rss_pss(pid, with_pss)
            rss, pss = rss + r, pss + p
        self.peak_rss = max(self.peak_rss, rss)
        if with_pss:
            self.peak_pss = max(self.peak_pss, pss)
        self.max_processes = max(self.max_processes, len(tree))

    def run(self) -> None:
        count = 0
        while not self.done.is_set():
            # smaps_rollup costs far more than statm: PSS on every 4th sample only
            self.sample(self.has_pss and count % 4 == 0)
            count += 1
            self.done.wait(self.interval)


# ------------------------------------------------------------------------------ extract
def run_extract(corpus: Path, out: Path, jobs: int) -> dict:
    command = [sys.executable, "-m", "govreport_cli", "extract", str(corpus), "-o", str(out),
               "--quiet", "--jobs", str(jobs)]
    errors = tempfile.TemporaryFile()  # not a pipe: a chatty child must not block on a full one
    machine, own = machine_cpu(), time.process_time()
    start = time.perf_counter()
    # run in the bench folder: `-m` puts the working folder first on sys.path, and a checkout
    # there would shadow the package of the running Python (PYTHONPATH included)
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, cwd=out.parent)
    poller = TreePoller(child.pid)
    poller.start()
    # wait4 gives this child's own rusage (ru_maxrss: the largest process of its tree).
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    after, own = machine_cpu(), time.process_time() - own  # own: this script and its poller
    poller.done.set()
    poller.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    errors.seek(0)
    stderr = errors.read().decode("utf-8", "replace")
    errors.close()
    if child.returncode != 0:
        sys.exit(f"bench: extract failed ({child.returncode}):\n{stderr}")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = sum(1 for _ in csv.reader(handle)) - 1  # a cell may hold a line break
    return {
        "wall_s": wall, "rows": rows, "cpu_s": usage.ru_utime + usage.ru_stime,
        "other_cpu_s": others(machine, after, usage.ru_utime + usage.ru_stime + own), "poller_cpu_s": own,
        "tree_rss_mb": poller.peak_rss / 2**20,
        "tree_pss_mb": poller.peak_pss / 2**20 if poller.has_pss else None,
        "max_process_rss_mb": usage.ru_maxrss / 1024,  # Linux: kilobytes
        "processes": poller.max_processes,
    }


def best_extract(corpus: Path, out: Path, jobs: int, repeat: int) -> dict:
    runs = [run_extract(corpus, out, jobs) for _ in range(max(1, repeat))]
    return min(runs, key=lambda r: r["wall_s"])


# ------------------------------------------------------------------------------ start-up
def best_of(command: list[str], times: int = 5) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"bench: {' '.join(command)} failed ({done.returncode}):\n"
                     f"{done.stderr.decode('utf-8', 'replace')}")
        best = min(best, elapsed)
    return best


def govreport_command() -> list[str]:
    script = Path(sys.executable).parent / "govreport"
    found = script if script.exists() else shutil.which("govreport")
    return [str(found)] if found else [sys.executable, "-m", "govreport_cli"]


def startup() -> dict:
    python = best_of([sys.executable, "-c", "pass"])
    govreport = govreport_command()
    help_s = best_of([*govreport, "--help"])
    one_s = best_of([*govreport, "extract", str(ONE_REPORT), "-o", os.devnull])
    return {"python_pass_s": python, "help_s": help_s, "help_extra_s": help_s - python,
            "one_report_s": one_s, "one_report_extra_s": one_s - python,
            "command": " ".join(govreport)}


# ------------------------------------------------------------------------------ main
def verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=500, help="distinct reports in the corpus")
    parser.add_argument("--jobs", default="1,2", help="extract --jobs values, a comma list (default 1,2)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N for every timing")
    parser.add_argument("--memory", action="store_true", help="also peak memory at 500 and 5000 reports")
    parser.add_argument("--memory-reports", default="500,5000", help="the two sizes for --memory")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figures")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--keep", metavar="DIR", help="build the corpora in DIR and keep them")
    args = parser.parse_args(argv)
    jobs_list = [int(j) for j in args.jobs.split(",")]

    figures: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "cores": cores(), "jobs": jobs_list,
                     "python": sys.version.split()[0], "load_before": os.getloadavg()[0]}
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="govreport-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []

    def show(label: str, value: str, note: str = "") -> None:
        line = f"{label:<28} {value:>9}  {note}".rstrip()
        lines.append(line)
        print(line, flush=True)

    def memory_note(run: dict) -> str:
        pss = f", tree PSS {run['tree_pss_mb']:.0f} MB" if run["tree_pss_mb"] is not None else ""
        return (f"peak memory {run['tree_rss_mb']:.0f} MB tree RSS (largest process "
                f"{run['max_process_rss_mb']:.0f} MB{pss})")

    try:
        print(f"govreport bench  {figures['date']}  cores={figures['cores']}  python {figures['python']}  "
              f"load average {figures['load_before']:.2f} (other work on the machine slows the timings)",
              flush=True)
        corpus, files, size = variants.build(workdir, args.reports)
        mb = size / 1e6
        figures["corpus"] = {"reports": files, "mb": mb, "sources": len(variants.source_texts())}
        show("corpus", f"{mb:.1f} MB", f"{files} distinct reports (variants of {figures['corpus']['sources']}: "
             "../shared/corpus and seeds/)")
        names = floor_names()
        passes = floor_passes(names)
        paths = corpus_files(corpus)
        # The passes run before and after the extract runs and the faster counts: the speed of
        # a shared machine drifts over minutes, and the lower floor is the stricter one.
        timings: dict[str, list] = {label: [] for label in passes}

        def time_passes() -> None:
            for label, work in passes.items():
                timings[label] += [timed_pass(paths, work) for _ in range(max(1, args.repeat))]

        time_passes()
        runs = {jobs: best_extract(corpus, workdir / "out.csv", jobs, args.repeat) for jobs in jobs_list}
        time_passes()
        best = {label: min(found, key=lambda r: r[0]) for label, found in timings.items()}
        floor_s, matches, floor_others = best["floor"]
        figures["floor"] = {"seconds": floor_s, "mb_s": mb / floor_s, "names": len(names), "matches": matches,
                            "other_cpu_s": floor_others, "all_seconds": [r[0] for r in timings["floor"]]}
        for label in ("read + decode", "read + decode + OpenCC"):
            seconds = best[label][0]
            figures[label] = {"seconds": seconds, "mb_s": mb / seconds, "ratio_to_floor": seconds / floor_s}
            show(label, f"{seconds:.3f} s", f"{mb / seconds:.0f} MB/s, {seconds / floor_s:.2f}x the floor")
        show("floor (1 core)", f"{floor_s:.3f} s", f"{mb / floor_s:.0f} MB/s, {files / floor_s:.0f} reports/s: "
             f"1 alternation of {len(names)} names + a number, {matches} matches; others took "
             f"{floor_others:.1f} cpu-s (best of {len(timings['floor'])}, before and after extract)")

        figures["extract"] = {}
        for jobs, run in runs.items():
            ratio = run["wall_s"] / floor_s
            figures["extract"][jobs] = {**run, "mb_s": mb / run["wall_s"], "reports_s": files / run["wall_s"],
                                        "ratio_to_floor": ratio}
            show(f"extract --jobs {jobs}", f"{run['wall_s']:.2f} s",
                 f"{mb / run['wall_s']:.1f} MB/s, {files / run['wall_s']:.0f} reports/s, {run['rows']} rows, "
                 f"cpu {run['cpu_s']:.2f} s; others took {run['other_cpu_s']:.1f} cpu-s")
            limit = LIMIT_ONE_CORE if jobs == 1 else LIMIT_TWO_CORES
            show(f"extract --jobs {jobs} / floor", f"{ratio:.2f}x",
                 f"<= {limit:g}x: {verdict(ratio <= limit)} (cpu {run['cpu_s'] / floor_s:.2f}x); {memory_note(run)}")
        if 1 in runs and 2 in runs:
            cpu = runs[2]["cpu_s"] / runs[1]["cpu_s"]
            figures["cpu_jobs2_over_jobs1"] = cpu
            show("cpu --jobs 2 / --jobs 1", f"{cpu:.3f}x", f"<= {LIMIT_CPU:g}x: {verdict(cpu <= LIMIT_CPU)}; "
                 f"wall {runs[2]['wall_s'] / runs[1]['wall_s']:.2f}x")

        if not args.no_startup:
            up = startup()
            figures["startup"] = up
            show("python -c pass", f"{up['python_pass_s']:.3f} s", "best of 5")
            show("govreport --help", f"+{up['help_extra_s']:.3f} s",
                 f"<= +{LIMIT_HELP:g} s: {verdict(up['help_extra_s'] <= LIMIT_HELP)}")
            show("govreport extract 1 report", f"+{up['one_report_extra_s']:.3f} s",
                 f"<= +{LIMIT_ONE:g} s: {verdict(up['one_report_extra_s'] <= LIMIT_ONE)}")

        if args.memory:
            sizes = [int(n) for n in args.memory_reports.split(",")]
            if len(sizes) != 2:
                parser.error("--memory-reports takes two numbers, e.g. 500,5000")
            jobs = max(jobs_list)
            scaling = []
            for reports in sizes:
                if reports == files and jobs in runs:
                    result = runs[jobs]
                else:
                    folder, _, _ = variants.build(workdir, reports)
                    result = best_extract(folder, workdir / f"out-{reports}.csv", jobs, 1)
                    if not args.keep:
                        shutil.rmtree(folder, ignore_errors=True)
                scaling.append({"reports": reports, **result})
                show(f"memory at {reports} reports", f"{result['tree_rss_mb']:.0f} MB",
                     f"--jobs {jobs}, {memory_note(result)}; {result['wall_s']:.1f} s, cpu {result['cpu_s']:.1f} s")
            a, b = scaling

            def growth(key: str) -> float | None:
                return None if a[key] is None else 100.0 * (b[key] - a[key]) / a[key]

            grown = {key: growth(key) for key in ("tree_rss_mb", "tree_pss_mb", "max_process_rss_mb")}
            figures["memory"] = {"runs": scaling, "growth_pct": grown}
            # judged on the RSS figures: tree PSS is sampled every 4th poll and swings by a few MB
            # as the workers' writes unshare pages, so a longer run catches a higher peak by chance
            worst = max(grown["tree_rss_mb"], grown["max_process_rss_mb"])
            detail = ", ".join(f"{k.replace('_mb', '').replace('_', ' ')} {g:+.1f}%"
                               for k, g in grown.items() if g is not None)
            show(f"memory {a['reports']}->{b['reports']}", f"{worst:+.1f} %",
                 f"< {LIMIT_GROWTH:g} %: {verdict(worst < LIMIT_GROWTH)} ({detail})")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    if args.json:
        figures["table"] = lines
        Path(args.json).write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
