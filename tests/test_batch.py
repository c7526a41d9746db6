"""The process pool (``ingest.batch``): every page's result, in order, as one process gives them."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from ingest.batch import MIN_PAGES_FOR_POOL, run_pages


def _size_and_worker(page: Path, table: dict[str, int]) -> tuple[str, int, int]:
    """A page's name, a value read from the work's own data (as the matcher is), and the process that ran it."""
    return page.name, table[page.name], os.getpid()


def test_pool_runs_the_work_with_its_data_and_keeps_the_order(tmp_path: Path) -> None:
    pages = [tmp_path / f"{index:03d}.txt" for index in range(MIN_PAGES_FOR_POOL + 8)]
    for page in pages:
        page.write_text("text", encoding="utf-8")
    table = {page.name: index * 7 for index, page in enumerate(pages)}  # handed to each worker once
    work = partial(_size_and_worker, table=table)

    pooled = run_pages(work, pages, tmp_path, cache=None, load=tuple, jobs=2)

    assert [(name, value) for name, value, _pid in pooled] == [(page.name, table[page.name]) for page in pages]
    assert os.getpid() not in {pid for _name, _value, pid in pooled}  # the pool's workers ran it, not this process
