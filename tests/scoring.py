"""The shared scorer (../shared/tools/score.py) run on a CSV of rows, for the tests that score gold sets."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
needs_scorer = pytest.mark.skipif(not (SHARED / "tools" / "score.py").is_file(),
                                  reason="../shared/tools/score.py is not beside the checkout")


def score(gold: Path, predicted: Path, tmp_path: Path) -> dict:
    figures = tmp_path / "score.json"
    subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(gold), str(predicted),
                    "--quiet", "--json", str(figures)], check=True, capture_output=True)
    return json.loads(figures.read_text(encoding="utf-8"))
