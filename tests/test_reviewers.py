"""Reviewers' sets (tests/reviewers/README.md): reports written as real ones of a kind are, each set
with the facts a careful reader found before running govreport, scored end to end. Each set keeps
the precision and recall it reached (floors.json): a change that loses either fails here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from govreport_cli.api import extract_file
from govreport_cli.output import write_table
from scoring import ROOT, needs_scorer, score

SETS = ROOT / "tests" / "reviewers"
FLOORS = json.loads((SETS / "floors.json").read_text(encoding="utf-8"))


def test_every_set_has_its_floor():
    assert sorted(FLOORS) == sorted(p.name for p in SETS.iterdir() if p.is_dir())


@needs_scorer
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_reviewers_set_keeps_its_scores(name: str, tmp_path: Path):
    folder = SETS / name
    rows = [row for path in sorted((folder / "reports").iterdir()) for row in extract_file(path)]
    out = tmp_path / "out.csv"
    write_table(rows, str(out))
    found = score(folder / "gold.csv", out, tmp_path)
    floor = FLOORS[name]
    assert found["precision"] >= floor["precision"] and found["recall"] >= floor["recall"], (
        name, found["precision"], found["recall"], floor)
