"""A bench corpus of distinct reports, from the shared corpus and the seeds.

Copies of a few reports flatter any per-report cache (the same sentences, the same sets of
names, over and over); a real panel of 10^5 reports repeats nothing. So each report here is a
variant of a source report: some paragraphs dropped, the rest rotated, a few digits changed.
Every variant keeps the language, the length and the density of names and figures of real
reports, and no two are alike.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = (REPO.parent / "shared" / "corpus", REPO / "seeds")
_DIGIT = re.compile(r"\d")


def source_texts() -> list[tuple[str, str]]:
    """(stem, text) of every source report: the shared corpus (if present) and the seeds."""
    seen: set[Path] = set()
    texts = []
    for folder in SOURCES:
        folder = folder.resolve()
        if folder in seen or not folder.is_dir():
            continue
        seen.add(folder)
        for path in sorted(folder.glob("*.txt")):
            texts.append((path.stem, path.read_text(encoding="utf-8")))
    return texts


def variant(text: str, number: int) -> str:
    """Variant `number` of a report: number 0 is the report itself."""
    if number == 0:
        return text
    rng = random.Random(number)
    lines = text.splitlines(keepends=True)
    head, body = lines[:3], lines[3:]  # title, region and year stay where the context reads them
    body = [line for line in body if rng.random() > 0.15] or body  # drop about one paragraph in 7
    if body:
        turn = rng.randrange(len(body))
        body = body[turn:] + body[:turn]
    out = "".join(head + body)

    def nudge(m: re.Match) -> str:  # about one digit in 20 changes
        return str(rng.randrange(10)) if rng.random() < 0.05 else m.group()

    return _DIGIT.sub(nudge, out)


def build(root: Path, reports: int) -> tuple[Path, int, int]:
    """`reports` distinct reports in nested folders g<k>/v<nnnn>/ under root; (folder, files, bytes)."""
    sources = source_texts()
    if not sources:
        raise SystemExit("bench: no source reports (../shared/corpus, seeds/)")
    folder = root / f"corpus-{reports}"
    files = size = 0
    for k in range(reports):
        number, which = divmod(k, len(sources))
        stem, text = sources[which]
        target = folder / f"g{number % 10}" / f"v{number:04d}" / f"{stem}.txt"
        if not target.exists():  # --keep: a corpus built before is reused as it is
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(variant(text, number), encoding="utf-8")
        files += 1
        size += target.stat().st_size
    return folder, files, size
