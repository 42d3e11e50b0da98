"""Benchmark `govreport extract` on a whole corpus: throughput, peak memory, start-up.

Usage (from the repository root, with the package installed in the running Python):

    python bench/run.py                    # 500 reports (seeds x 100), jobs = cores, + start-up
    python bench/run.py --copies 20        # a smaller corpus (100 reports)
    python bench/run.py --jobs 1           # passed through to `govreport extract --jobs`
    python bench/run.py --memory           # also: peak memory at 500 and at 2000 reports
    python bench/run.py --no-startup       # skip the start-up figures
    python bench/run.py --repeat 3         # best of 3 for the corpus run and for the scan
    python bench/run.py --json out.json    # write the figures as JSON too

What it measures
- corpus: N copies of seeds/*.txt written into a temporary folder, spread over nested
  sub-folders (g<k>/c<nnnn>/<seed>.txt) so the folder walk is exercised.
- extract: the whole CLI as a subprocess,
  `python -m govreport_cli extract CORPUS -o out.csv --quiet --jobs J`: wall time, MB/s,
  reports/s, rows written.
- scan (the floor any Python regex extractor pays; run before and after extract, the faster
  counts): in this process, on one core, read
  every file of the corpus, decode it as UTF-8 and count the matches of ONE compiled
  `regex` alternation of every indicator name of the shipped rules
  (`'|'.join(names)` over `cached_rules().rules[...].names`). Ratio = extract / scan.
- peak memory of the CLI process tree, two figures:
  * tree RSS: a thread polls /proc every 50 ms and sums the RSS over the CLI process and all
    its descendants (the pool workers); pages shared after fork count once per process,
    so this is an upper bound of what the tree really holds. Where smaps_rollup exists every
    4th poll sums PSS (shared pages split between the processes sharing them): "tree PSS".
  * largest process: ru_maxrss of the CLI's rusage from os.wait4(), which covers the CLI
    and every descendant it waited for: the peak RSS of the single largest process.
- start-up (best of 5 each): `govreport --help` minus `python -c pass`, and
  `govreport extract seeds/000_83c6b4c4bef2d01a.txt -o /dev/null` minus `python -c pass`.
- "others took N cpu-s": the CPU time the rest of the machine (other processes, the hypervisor's
  steal; not this script nor its memory poller) used during a measurement, from /proc/stat.
  Near 0 the timing is clean; on a shared 2-core machine a few cpu-s mean the wall time is
  inflated: run again, or with --repeat 3 (best of 3).
- --memory: the extract run at 500 (seeds x 100) and 2000 (seeds x 400) reports and the
  growth of each peak-memory figure in %.

Thresholds of the issue ("whole corpora in seconds") are printed beside the figures:
extract <= 3x scan, start-up --help <= +0.25 s, one report <= +0.5 s, memory growth < 20 %
(the largest growth of the three peak-memory figures).

Stdlib only, besides the installed package (for the names and the `regex` module it uses).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
ONE_REPORT = SEEDS / "000_83c6b4c4bef2d01a.txt"
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

LIMIT_RATIO = 3.0
LIMIT_HELP = 0.25
LIMIT_ONE = 0.5
LIMIT_GROWTH = 20.0


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# ------------------------------------------------------------------------------ corpus
def build_corpus(root: Path, copies: int, seeds: Path = SEEDS) -> tuple[Path, int, int]:
    """N copies of every seed, in nested folders; returns (folder, files, bytes)."""
    sources = sorted(p for p in seeds.glob("*.txt"))
    if not sources:
        sys.exit(f"bench: no seeds in {seeds}")
    blobs = [(p.name, p.read_bytes()) for p in sources]
    corpus = root / f"corpus-{copies}"
    shutil.rmtree(corpus, ignore_errors=True)  # --keep DIR from an earlier run
    files = size = 0
    for copy in range(copies):
        folder = corpus / f"g{copy % 10}" / f"c{copy:04d}"
        folder.mkdir(parents=True)
        for name, data in blobs:
            (folder / name).write_bytes(data)
            files += 1
            size += len(data)
    return corpus, files, size


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
def indicator_names() -> list[str]:
    from govreport_cli.rules import cached_rules

    rule_set = cached_rules()
    # expanded like the engine expands them ({fragment} references; the shipped names have none)
    return [rule_set.shared.pattern(name) for rule in rule_set.rules.values() for name in rule.names]


def bare_scan(files: list[Path], names: list[str]) -> tuple[float, int, float]:
    """Single core: read, decode UTF-8, count matches of one alternation.
    (seconds, matches, CPU seconds other processes took meanwhile)"""
    import regex

    pattern = regex.compile("|".join(names))
    matches = 0
    machine, cpu = machine_cpu(), time.process_time()
    start = time.perf_counter()
    for path in files:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
        for _ in pattern.finditer(text):
            matches += 1
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
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
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
    parser.add_argument("--copies", type=int, default=100, help="copies of the 5 seeds (100: 500 reports)")
    parser.add_argument("--jobs", type=int, default=cores(), help="passed to extract --jobs (default: cores)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N for extract and scan")
    parser.add_argument("--memory", action="store_true", help="also compare peak memory at 500 and 2000 reports")
    parser.add_argument("--memory-copies", default="100,400", help="the two sizes for --memory (copies)")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figures")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--keep", metavar="DIR", help="build the corpus in DIR and keep it")
    args = parser.parse_args(argv)

    figures: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "cores": cores(), "jobs": args.jobs,
                     "python": sys.version.split()[0], "load_before": os.getloadavg()[0]}
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="govreport-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []

    def show(label: str, value: str, note: str = "") -> None:
        line = f"{label:<34} {value:>22}  {note}".rstrip()
        lines.append(line)
        print(line, flush=True)

    try:
        print(f"govreport bench  {figures['date']}  cores={figures['cores']}  jobs={args.jobs}  "
              f"python {figures['python']}  load average {figures['load_before']:.2f}"
              " (other work on the machine slows the timings)", flush=True)
        corpus, files, size = build_corpus(workdir, args.copies)
        mb = size / 1e6
        figures["corpus"] = {"copies": args.copies, "reports": files, "mb": mb}
        show("corpus", f"{files} reports, {mb:.1f} MB")

        names = indicator_names()
        paths = corpus_files(corpus)
        # The scan runs before and after the extract run and the faster counts: the speed of
        # a shared machine drifts over minutes, and the lower floor is the stricter one.
        scans = [bare_scan(paths, names) for _ in range(max(1, args.repeat))]
        run = best_extract(corpus, workdir / "out.csv", args.jobs, args.repeat)
        scans += [bare_scan(paths, names) for _ in range(max(1, args.repeat))]
        scan_s, matches, scan_others = min(scans, key=lambda r: r[0])
        figures["scan"] = {"seconds": scan_s, "mb_s": mb / scan_s, "names": len(names), "matches": matches,
                           "other_cpu_s": scan_others, "all_seconds": [r[0] for r in scans]}
        show("scan (1 core, 1 alternation)", f"{scan_s:.2f} s", f"{mb / scan_s:.1f} MB/s, "
             f"{len(names)} names, {matches} matches; others took {scan_others:.1f} cpu-s "
             f"(best of {len(scans)}: before and after extract)")

        ratio = run["wall_s"] / scan_s
        figures["extract"] = {**run, "mb_s": mb / run["wall_s"], "reports_s": files / run["wall_s"],
                              "ratio_to_scan": ratio}
        show(f"extract (--jobs {args.jobs})", f"{run['wall_s']:.2f} s",
             f"{mb / run['wall_s']:.1f} MB/s, {files / run['wall_s']:.0f} reports/s, {run['rows']} rows, "
             f"cpu {run['cpu_s']:.1f} s; others took {run['other_cpu_s']:.1f} cpu-s")
        show("extract / scan", f"{ratio:.2f}x", f"<= {LIMIT_RATIO:g}x: {verdict(ratio <= LIMIT_RATIO)}")
        pss = f", tree PSS {run['tree_pss_mb']:.0f} MB" if run["tree_pss_mb"] is not None else ""
        show("peak memory (tree RSS)", f"{run['tree_rss_mb']:.0f} MB",
             f"largest process {run['max_process_rss_mb']:.0f} MB{pss}, {run['processes']} processes")

        if not args.no_startup:
            up = startup()
            figures["startup"] = up
            show("python -c pass", f"{up['python_pass_s']:.3f} s", "best of 5")
            show("govreport --help", f"+{up['help_extra_s']:.3f} s",
                 f"<= +{LIMIT_HELP:g} s: {verdict(up['help_extra_s'] <= LIMIT_HELP)}")
            show("govreport extract (1 report)", f"+{up['one_report_extra_s']:.3f} s",
                 f"<= +{LIMIT_ONE:g} s: {verdict(up['one_report_extra_s'] <= LIMIT_ONE)}")

        if args.memory:
            sizes = [int(c) for c in args.memory_copies.split(",")]
            if len(sizes) != 2:
                parser.error("--memory-copies takes two numbers, e.g. 100,400")
            scaling = []
            for copies in sizes:
                if copies == args.copies:
                    small_corpus = corpus
                    reports = files
                else:
                    small_corpus, reports, _ = build_corpus(workdir, copies)
                result = run if small_corpus == corpus else \
                    best_extract(small_corpus, workdir / f"out-{copies}.csv", args.jobs, 1)
                scaling.append({"reports": reports, **result})
                pss = f", tree PSS {result['tree_pss_mb']:.0f} MB" if result["tree_pss_mb"] is not None else ""
                show(f"memory at {reports} reports", f"{result['tree_rss_mb']:.0f} MB",
                     f"tree RSS; largest process {result['max_process_rss_mb']:.0f} MB{pss}; "
                     f"{result['wall_s']:.1f} s, cpu {result['cpu_s']:.1f} s")
                if small_corpus != corpus:
                    shutil.rmtree(small_corpus, ignore_errors=True)
            a, b = scaling

            def growth(key: str) -> float | None:
                return None if a[key] is None else 100.0 * (b[key] - a[key]) / a[key]

            grown = {key: growth(key) for key in ("tree_rss_mb", "tree_pss_mb", "max_process_rss_mb")}
            figures["memory"] = {"runs": scaling, "growth_pct": grown}
            worst = max(g for g in grown.values() if g is not None)
            detail = ", ".join(f"{k.replace('_mb', '').replace('_', ' ')} {g:+.1f}%"
                               for k, g in grown.items() if g is not None)
            show(f"memory growth {a['reports']}->{b['reports']}", f"{worst:+.1f} %",
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
