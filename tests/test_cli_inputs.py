"""The command line on a folder of reports as users find them: every readable copy gives its
original's facts, a bad file is named and costs nothing else, exit status says what happened."""
import csv
import html
import random
import subprocess
import sys
from pathlib import Path

import opencc
import pytest

from govreport_cli.api import extract_text
from govreport_cli.numbers import format_decimal

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
A, B, C, D, E = SEEDS


def govreport(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "govreport_cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def key(row):
    return (row["indicator"], row["measure"], row["kind"], format_decimal(row["value"]) if not isinstance(
        row["value"], str) else row["value"], row["unit"], str(row["year"] or ""), row["period"],
        row["qualifier"], row["basis"])


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / f"gb18030_{A}").write_bytes(SEEDS[A].encode("gb18030"))
    (folder / f"utf16_{B}").write_bytes(SEEDS[B].encode("utf-16"))
    (folder / f"big5_{C}").write_bytes(opencc.OpenCC("s2tw").convert(SEEDS[C]).encode("big5"))
    (folder / f"bom_{D}").write_bytes(SEEDS[D].encode("utf-8-sig"))
    page = "".join(f"<p>{html.escape(line)}</p>" for line in SEEDS[E].splitlines())
    (folder / f"page_{E}".replace(".txt", ".html")).write_text(
        f'<html><head><meta charset="utf-8"><script>var gdp = "地区生产总值9999亿元";</script></head>'
        f"<body><nav>首页 地区生产总值8888亿元</nav><main>{page}</main></body></html>", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    rand = random.Random(7)
    (folder / "junk.bin").write_bytes(bytes(rand.randrange(256) for _ in range(4096)))
    (folder / "digits.txt").write_text("1" * 700_000, encoding="utf-8")
    (folder / "lists.txt").write_text("各项指标" + "分别增长1%和" * 3000 + "、" * 5000 + "。", encoding="utf-8")
    out = folder.parent / "mixed.csv"
    return folder, out, govreport("extract", folder, "-o", out)


def test_every_copy_gives_its_originals_facts(mixed):
    folder, out, done = mixed
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = {}
        for row in csv.DictReader(f):
            got.setdefault(row["report"].split("_", 1)[1].replace(".html", ".txt"), []).append(key(row))
    assert got == {name: [key(r) for r in extract_text(text, name)] for name, text in SEEDS.items()}


def test_a_bad_file_is_named_and_the_others_are_read(mixed):
    folder, out, done = mixed
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert [line for line in lines if "junk.bin" in line] == [f"govreport: {folder / 'junk.bin'}: binary file, not a report"]
    assert any("empty.txt" in line and "empty file" in line for line in lines)


def test_usage_errors_exit_2_and_leave_old_output(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old output\n", encoding="utf-8")
    missing = govreport("extract", tmp_path / "nowhere", "-o", out)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "nowhere" in missing.stderr
    broken = tmp_path / "rules"
    broken.mkdir()
    (broken / "bad.toml").write_text("[[rule]]\nid = 'x'\nnmes = ['a']\n", encoding="utf-8")
    bad_rules = govreport("extract", ROOT / "seeds", "--rules", broken, "-o", out)
    assert bad_rules.returncode == 2 and "bad.toml:3:" in bad_rules.stderr and "Traceback" not in bad_rules.stderr
    assert out.read_text(encoding="utf-8") == "old output\n"


def test_stdout_is_plain_csv_for_pipes():
    done = govreport("extract", ROOT / "seeds" / D)
    assert done.returncode == 0
    assert done.stdout.startswith("report,region,year")  # no BOM on stdout
    assert "retail_sales" in done.stdout


def test_report_names_are_relative_to_the_folder(tmp_path):
    (tmp_path / "2018" / "shanghai").mkdir(parents=True)
    (tmp_path / "2018" / "shanghai" / A).write_text(SEEDS[A], encoding="utf-8")
    done = govreport("extract", tmp_path)
    assert {line.split(",")[0] for line in done.stdout.splitlines()[1:]} == {f"2018/shanghai/{A}"}


def test_version_and_text():
    assert govreport("--version").stdout.startswith("govreport ")
    text = govreport("text", ROOT / "seeds" / B)
    assert "区政府工作报告" in text.stdout and "(qū)" not in text.stdout
