"""The ingest cache: unchanged pages are skipped, any change to a page, its
sidecar or the ingest's own code makes them run again."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from ingest import batch
from ingest.batch import run_pages
from ingest.cache import PageCache, code_version
from ingest.pipeline import PageResult, ingest_corpus


class CountingWork:
    """A real per-page function that remembers which pages it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, page: Path) -> PageResult:
        self.seen.append(page.name)
        return PageResult(page.name, text=page.read_text(encoding="utf-8"))


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a", "b", "c"):
        (corpus / f"{name}.txt").write_text(f"Headline {name}\n\nText of {name}.\n", encoding="utf-8")
    return corpus


def _run(corpus: Path, cache_root: Path, version: str = "v1") -> CountingWork:
    work = CountingWork()
    pages = sorted(corpus.glob("*.txt"))
    run_pages(work, pages, corpus, cache=PageCache(cache_root, version), load=lambda d: PageResult(**d), jobs=1)
    return work


def test_unchanged_pages_are_not_read_again(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    assert _run(corpus, tmp_path / "cache").seen == ["a.txt", "b.txt", "c.txt"]
    assert _run(corpus, tmp_path / "cache").seen == []


def test_prepare_is_given_only_the_pages_to_read_before_they_are_read(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _run(corpus, tmp_path / "cache")
    (corpus / "b.txt").write_text("Headline b\n\nNew text.\n", encoding="utf-8")
    work, prepared = CountingWork(), []
    prepare = lambda pages: prepared.append(([p.name for p in pages], list(work.seen)))  # noqa: E731
    pages = sorted(corpus.glob("*.txt"))
    run_pages(work, pages, corpus, cache=PageCache(tmp_path / "cache", "v1"), load=lambda d: PageResult(**d), jobs=1, prepare=prepare)
    assert prepared == [(["b.txt"], [])]  # once, the uncached page only, nothing read yet
    run_pages(work, pages, corpus, cache=PageCache(tmp_path / "cache", "v1"), load=lambda d: PageResult(**d), jobs=1, prepare=prepare)
    assert len(prepared) == 1  # nothing to read: not called


def test_changed_page_is_read_again(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _run(corpus, tmp_path / "cache")
    (corpus / "b.txt").write_text("Headline b\n\nNew text.\n", encoding="utf-8")
    assert _run(corpus, tmp_path / "cache").seen == ["b.txt"]


def test_new_sidecar_makes_its_page_read_again(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _run(corpus, tmp_path / "cache")
    (corpus / "c.meta.toml").write_text('date = "2025-01"\n', encoding="utf-8")
    assert _run(corpus, tmp_path / "cache").seen == ["c.txt"]


def test_new_code_version_reads_every_page_and_drops_the_old_results(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _run(corpus, tmp_path / "cache", version="v1")
    assert len(_run(corpus, tmp_path / "cache", version="v2").seen) == 3
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["v2"]


def test_code_version_changes_when_a_rule_file_changes(tmp_path: Path) -> None:
    package = tmp_path / "ingest"
    shutil.copytree(Path(__file__).parent.parent / "ingest", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    before = code_version(package)
    rules = package / "text" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new rule\n", encoding="utf-8")
    assert code_version(package) != before


def test_code_version_changes_when_the_registry_changes(tmp_path: Path) -> None:
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong"\n', encoding="utf-8")
    before = code_version(rules=[registry])
    (registry / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong"\nspellings = ["Kim Taeyong"]\n', encoding="utf-8")
    assert code_version(rules=[registry]) != before


def test_cached_run_writes_the_same_articles_and_touches_nothing(tmp_path: Path) -> None:
    corpus, out, cache = _corpus(tmp_path), tmp_path / "out", tmp_path / "cache"
    first = ingest_corpus(corpus, out, cache=PageCache(cache))
    stamps = {path: path.stat().st_mtime_ns for path in out.rglob("*")}
    second = ingest_corpus(corpus, out, cache=PageCache(cache))
    assert not second.written and sorted(second.unchanged) == sorted(first.written)
    assert {path: path.stat().st_mtime_ns for path in out.rglob("*")} == stamps


@pytest.fixture(scope="module")
def settled_corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Corpora last changed over a second ago, whose files' status the cache
    trusts; one per test below, so that they sleep only once."""
    corpora = {name: _corpus(tmp_path_factory.mktemp(name)) for name in ("unchanged", "rewritten")}
    time.sleep(1.1)
    return corpora


def test_pages_whose_files_show_the_same_status_are_not_read_to_find_their_key(
    settled_corpora: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled_corpus, cache = settled_corpora["unchanged"], tmp_path / "cache"
    _run(settled_corpus, cache)
    reads: list[str] = []
    monkeypatch.setattr(batch, "_read_optional", lambda path: reads.append(path.name))
    assert _run(settled_corpus, cache).seen == []
    assert reads == []


def test_a_rewrite_that_keeps_size_and_modification_time_is_still_seen(settled_corpora: dict[str, Path], tmp_path: Path) -> None:
    settled_corpus, cache = settled_corpora["rewritten"], tmp_path / "cache"
    _run(settled_corpus, cache)
    page = settled_corpus / "a.txt"
    before = page.stat()
    page.write_text(page.read_text(encoding="utf-8").replace("Text", "Test"), encoding="utf-8")  # same size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # same modification time; the change time moves
    assert _run(settled_corpus, cache).seen == ["a.txt"]
