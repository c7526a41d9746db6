"""The seed articles' MyST, byte for byte (``pytest --regen-golden`` to update)."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ROOT
from people_films.mentions import Matcher, link_mentions
from ingest.myst import render_article
from ingest.pipeline import corpus_pages, read_page, summary
from people_films.registry import load_registry

SEEDS = [path for path in corpus_pages(CORPUS) if path.name[:3] in {"000", "001", "002"}]


@pytest.mark.parametrize("page", SEEDS, ids=lambda path: path.stem)
def test_seed_article_matches_golden(page, golden):
    article = read_page(page)
    article.blocks, _ = link_mentions(article, Matcher(load_registry(ROOT / "registry")))
    text = render_article(article, {"source_file": page.name, "summary": summary(article)})
    golden(ROOT / "tests" / "golden" / f"{page.stem}.md", text)


def test_there_are_three_seeds():
    assert len(SEEDS) == 3
