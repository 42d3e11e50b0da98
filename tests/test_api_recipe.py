"""The Python API as a "map over partitions": what a Dask bag or a Spark job runs per file.

The recipe (bench/README.md, "Beyond one machine"): a function of a path -> rows, built on
govreport_cli.api.extract_text, mapped over the files by any executor. The rows of a run
spread over processes must be the rows of a plain loop, in the order of the paths.
"""
import concurrent.futures
import multiprocessing
import os
from pathlib import Path

import pytest

from govreport_cli.api import extract_text
from govreport_cli.rows import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def rows_of(path) -> list[dict]:
    """One report file -> its rows (the function a partition runs, path by path)."""
    path = Path(path)
    return extract_text(path.read_text(encoding="utf-8"), report=path.name)


def rows_of_partition(paths) -> list[dict]:
    """A whole partition -> its rows (Dask's map_partitions, Spark's mapPartitions)."""
    return [row for path in paths for row in rows_of(path)]


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    return [row for path in SEEDS for row in rows_of(path)]


def test_a_plain_loop_gives_rows_of_the_contract(expected):
    assert expected, "the seeds have facts"
    assert all(tuple(row) == tuple(COLUMNS) for row in expected)
    assert {row["report"] for row in expected} <= {p.name for p in SEEDS}


def test_concurrent_futures_process_pool_map(expected):
    paths = [str(p) for p in SEEDS]
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        per_file = list(pool.map(rows_of, paths, chunksize=2))
    assert [row for rows in per_file for row in rows] == expected
    # and partitions of paths, as a cluster job hands them out
    partitions = [paths[:2], paths[2:]]
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        per_partition = list(pool.map(rows_of_partition, partitions))
    assert [row for rows in per_partition for row in rows] == expected


def test_dask_bag_map_and_map_partitions(expected):
    import dask.bag as bag  # in the test extra: the recipe runs, never skipped
    paths = [str(p) for p in SEEDS]
    mapped = bag.from_sequence(paths, npartitions=2).map(rows_of).flatten()
    assert mapped.compute(scheduler="processes", num_workers=2) == expected
    by_partition = bag.from_sequence(paths, npartitions=2).map_partitions(rows_of_partition)
    assert by_partition.compute(scheduler="sync") == expected
