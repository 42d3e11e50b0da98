"""End to end on the seed reports: the score against the gold set, and offsets that point home."""
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from govreport_cli.api import extract_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold" / "seeds.csv"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out.csv"
    done = subprocess.run([sys.executable, "-m", "govreport_cli", "extract", str(ROOT / "seeds"), "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.skipif(not SCORE.exists(), reason="../shared (score.py and the gold set) is not beside the checkout")
def test_seed_score_meets_the_bar(extracted, tmp_path):
    figures = tmp_path / "score.json"
    done = subprocess.run([sys.executable, str(SCORE), "--gold", str(GOLD), str(extracted), "--json", str(figures)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    score = json.loads(figures.read_text(encoding="utf-8"))
    assert score["precision"] >= 0.97 and score["recall"] >= 0.95, done.stdout


def test_output_has_the_contract_columns(extracted):
    with open(extracted, encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header == ["report", "region", "year", "period", "indicator", "name", "measure", "kind", "value",
                      "unit", "qualifier", "basis", "raw", "evidence", "start", "end", "rule"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_every_row_points_at_its_raw_text(seed):
    text = seed.read_text(encoding="utf-8")
    rows = extract_text(text, seed.name)
    assert rows
    for row in rows:
        assert text[row["start"]:row["end"]] == row["raw"]
        assert len(row["evidence"]) <= 200
        assert row["rule"].startswith("rules/") and row["rule"].endswith(":" + row["indicator"])


def test_number_broken_across_lines_and_traditional_text():
    seed = ROOT / "seeds" / "001_cb6fbbaf4fa429c2.txt"
    rows = extract_text(seed.read_text(encoding="utf-8"), seed.name)
    local = [r for r in rows if r["indicator"] == "local_fiscal_revenue" and r["measure"] == "level"]
    assert [(str(r["value"]), r["unit"], r["raw"]) for r in local] == [("145.5", "亿元", "145.5\n億元")]
    assert all(r["region"] == "" for r in rows)  # the report hides its place as "xx 区"
    assert {(r["year"], r["period"]) for r in rows} == {(2020, "H1")}
