"""Every output format round-trips the seeds' facts (read back with pandas)."""
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from govreport_cli.api import extract_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
READERS = {
    "csv": lambda p: pd.read_csv(p, encoding="utf-8-sig", dtype=str, keep_default_na=False),
    "tsv": lambda p: pd.read_csv(p, sep="\t", encoding="utf-8-sig", dtype=str, keep_default_na=False),
    "jsonl": lambda p: pd.read_json(p, lines=True, dtype=False),
    "parquet": pd.read_parquet,
    "xlsx": lambda p: pd.read_excel(p, dtype=str, keep_default_na=False),
}


def expected():
    return sorted((r["report"], r["indicator"], r["measure"], r["kind"], Decimal(r["value"]), r["unit"], r["raw"],
                   r["start"]) for p in SEEDS for r in extract_text(p.read_text(encoding="utf-8"), p.name))


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_format_round_trips_the_seed_facts(fmt, tmp_path):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"out.{fmt}"
    done = subprocess.run([sys.executable, "-m", "govreport_cli", "extract", str(ROOT / "seeds"), "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    table = READERS[fmt](out)
    got = sorted((r.report, r.indicator, r.measure, r.kind, Decimal(str(r.value)), r.unit, r.raw, int(r.start))
                 for r in table.itertuples())
    assert got == expected()
    assert "嘉定区" in set(table["region"])
