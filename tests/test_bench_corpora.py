"""bench.corpora writes its sidecars and registry with a TOML library: they read back as written."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bench.corpora import write_corpus, write_registry
from people_films.registry import load_registry
from ingest.sidecar import read_sidecar


def test_sidecars_read_back_with_their_titles(tmp_path: Path) -> None:
    pages = write_corpus(tmp_path / "corpus", 3, use_html=False)
    for page in pages:
        values = tomllib.loads(page.with_name(page.stem + ".meta.toml").read_text(encoding="utf-8"))
        assert values["title"] == page.read_text(encoding="utf-8").split("\n", 1)[0]
        assert read_sidecar(page)["title"] == values["title"]  # and the ingest accepts every key


def test_the_registry_loads(tmp_path: Path) -> None:
    write_registry(tmp_path, 8)
    registry = load_registry(tmp_path)
    assert len(registry.people) == 3 and len(registry.films) == 2
