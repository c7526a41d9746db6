"""The seed articles' MyST, byte for byte (``pytest --regen-golden`` to update)."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ROOT
from people_films.mentions import Matcher, link_mentions
from ingest.myst import render_article
from ingest.pipeline import corpus_pages, read_page, summary
from people_films.registry import load_registry

SEEDS = [path for path in corpus_pages(CORPUS) if path.name[:3] in {"000", "001", "002"}]
# Each seed page's golden file, named for the article it holds (the corpus names pages by hash).
GOLDEN_NAMES = {
    "000_0af0f9ea32e2359d": "choon-interview-with-antonia-kim",
    "001_a4e444180179af0b": "kang-yoon-sung-ai-feature-film",
    "002_0472e3aaac8c6868": "human-kim-taeyong-and-ai-kim-taeyong",
}


@pytest.mark.parametrize("page", SEEDS, ids=lambda path: GOLDEN_NAMES[path.stem])
def test_seed_article_matches_golden(page, golden):
    article = read_page(page)
    article.blocks, _ = link_mentions(article, Matcher(load_registry(ROOT / "registry")))
    text = render_article(article, {"source_file": page.name, "summary": summary(article)})
    golden(ROOT / "tests" / "golden" / "seed-articles" / f"{GOLDEN_NAMES[page.stem]}.md", text)


def test_there_are_three_seeds():
    assert len(SEEDS) == 3
