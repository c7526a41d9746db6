"""Run the per-page work over many pages: cached pages are skipped, the rest
are spread over every core, with a progress bar when stderr is a terminal.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from ingest.cache import PageCache, page_key
from ingest.filestatus import snapshot
from ingest.sidecar import sidecar_path

Result = TypeVar("Result")

# Below this many pages a process pool costs more than it saves.
MIN_PAGES_FOR_POOL = 16


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _saved_file_paths(page: Path) -> list[Path]:
    """The pictures saved beside ``X.html`` in ``X_files/``: inputs too."""
    folder = page.with_name(f"{page.stem}_files")
    try:
        if not folder.is_dir():
            return []
    except OSError:  # a page name of 250+ bytes: no folder can have the longer name
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _saved_files(page: Path, saved: list[Path]) -> bytes:
    """Names (relative to ``X_files/``) and bytes of the saved pictures."""
    folder = page.with_name(f"{page.stem}_files")
    return b"\0\0".join(path.relative_to(folder).as_posix().encode() + b"\0" + (_read_optional(path) or b"") for path in saved)


def _key(corpus: Path, page: Path, cache: PageCache) -> str | None:
    source = page.relative_to(corpus).as_posix()
    saved = _saved_file_paths(page)
    files = snapshot((path.name, path) for path in (page, sidecar_path(page), *saved))
    key = cache.known_key(source, files)
    if key:
        return key
    data = _read_optional(page)
    if data is None:
        return None  # unreadable: the page's own work reports why, uncached
    sidecar = _read_optional(sidecar_path(page))
    key = page_key(source, data + _saved_files(page, saved), sidecar)
    cache.remember_key(source, files, key)
    return key


def run_pages(
    work: Callable[..., Result],
    pages: list[Path],
    corpus: Path,
    *,
    cache: PageCache | None,
    load: Callable[[dict], Result],
    jobs: int | None = None,
    depends: Callable[[Path], bytes] | None = None,
    given: Sequence[object] | None = None,
    prepare: Callable[[list[Path]], object] | None = None,
) -> list[Result]:
    """``work(page)`` for every page, in order, reusing cached results;
    ``work(page, given[i])`` when ``given`` (an earlier pass's result per page) is.

    ``depends(page)``: what else the page's result depends on (its site's
    template lines, the registry entries its words can link), folded into its
    cache key. ``prepare(pages)``: called once with the pages to work on (none
    cached), before the process pool starts, so that what it loads (modules
    the work imports lazily) is loaded once and inherited by every worker
    rather than loaded again in each.
    """
    keys = [_key(corpus, page, cache) if cache else None for page in pages]
    if depends:
        keys = [hashlib.sha256(key.encode() + b"\0" + depends(page)).hexdigest() if key else None for key, page in zip(keys, pages, strict=True)]
    results: list[Result | None] = [None] * len(pages)
    if cache:
        for index, key in enumerate(keys):
            stored = cache.get(key) if key else None
            results[index] = load(stored) if stored is not None else None
    todo = [index for index, result in enumerate(results) if result is None]
    if todo and prepare:
        prepare([pages[i] for i in todo])
    extra = [[given[i] for i in todo]] if given is not None else []
    for index, result in zip(todo, _map(work, [[pages[i] for i in todo], *extra], jobs), strict=True):
        results[index] = result
        if cache and keys[index]:
            cache.put(keys[index], result)
    if cache:
        cache.prune()
    return results  # type: ignore[return-value]


# The work a pool worker runs, set once per worker by its initialiser (see _map).
_work: Callable[..., object] | None = None


def _start_worker(parent: int, work: Callable[..., object]) -> None:
    """Pool worker initialiser: keep ``work`` for every page this worker gets, and end
    the worker when its parent has gone.

    ``work`` holds the registry's matcher, which grows with the archive: handed
    to each worker once (inherited when the pool forks, pickled once per worker
    otherwise), not pickled again with every chunk of pages as ``pool.map(work, ...)``
    would.

    A worker whose parent was killed (``kill -9``, the OOM killer) waits on
    the task queue for ever, since its siblings keep the queue's pipe open.
    """
    global _work  # noqa: PLW0603 (one per worker process)
    _work = work

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _worker_work(*arguments: object) -> object:
    """One page's work in a pool worker (the ``work`` its initialiser kept)."""
    return _work(*arguments)  # type: ignore[misc]  (set by _start_worker before any task)


def _map(work: Callable[..., Result], arguments: list[list], jobs: int | None) -> Iterator[Result]:
    """``work`` over ``arguments`` (one list per parameter, as ``map`` takes them)."""
    pages = len(arguments[0])
    jobs = jobs or os.cpu_count() or 1
    bar = tqdm(total=pages, unit="page", desc="ingest", disable=None, leave=False)  # None: only on a terminal
    with bar:
        if jobs == 1 or pages < MIN_PAGES_FOR_POOL:
            results = map(work, *arguments)
            pool = None
        else:
            from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 (small runs, such as one changed page, need no pool)

            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(), work))
            results = pool.map(_worker_work, *arguments, chunksize=max(1, pages // (jobs * 16)))
        try:
            for result in results:
                bar.update()
                yield result
        finally:
            if pool:
                pool.shutdown(cancel_futures=True)
