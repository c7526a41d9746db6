"""AMP and mobile copies of one story saved by a curator: published once (ingest/renditions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.addresses import Published, Record, moves
from ingest.pipeline import ingest_corpus
from ingest.renditions import renditions_left_out, story_address


@pytest.mark.parametrize(
    ("url", "story"),
    [
        ("https://variety.example/2026/film/memory-123/amp/", ("variety.example/2026/film/memory-123", True)),  # WordPress's AMP plugin
        ("https://m.variety.example/2026/film/memory-123/", ("variety.example/2026/film/memory-123", True)),  # a mobile host
        ("https://amp.example.com/film/review?amp=1&page=2", ("example.com/film/review?page=2", True)),  # the page number stays
        ("https://example.com/review?outputType=amp", ("example.com/review", True)),
        ("https://www.variety.example/2026/film/memory-123", ("variety.example/2026/film/memory-123", False)),  # the story itself
        ("https://m.co/review", ("m.co/review", False)),  # "m" is the site's name here, not a label
        ("ftp://example.com/a", ("", False)),
        ("http://[oops", ("", False)),
    ],
)
def test_a_renditions_address_gives_its_storys(url: str, story: tuple[str, bool]) -> None:
    assert story_address(url) == story


def test_a_rendition_is_left_out_for_the_page_of_its_story() -> None:
    pages = {"amp.html": "https://x.example/a/amp/", "desk.html": "https://www.x.example/a", "m.html": "https://m.x.example/a"}
    assert renditions_left_out(pages, str) == {"amp.html": "desk.html", "m.html": "desk.html"}


def test_of_renditions_alone_the_first_by_preference_is_published() -> None:
    pages = {"amp.html": "https://x.example/a/amp/", "m.html": "https://m.x.example/a"}
    assert renditions_left_out(pages, lambda source: source != "m.html") == {"amp.html": "m.html"}


def test_two_pages_of_one_address_that_are_no_renditions_are_versions_each_published() -> None:
    assert renditions_left_out({"a.html": "https://x.example/a", "a-updated.html": "https://x.example/a/"}, str) == {}


def _page(paragraph: str, chrome: str) -> str:
    """A story whose rendition keeps its own chrome inside the article, so the two texts differ."""
    return f"<html><body><article><h1>Sales deal for The Memory of Water</h1><p>{paragraph}</p><p>{paragraph}</p><p>{chrome}</p></article></body></html>"


def test_an_amp_copy_of_a_saved_story_is_one_warning_and_not_published(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraph = "Paris-based sales agent Mirage Pictures has acquired international rights to the debut feature of the director, after its premiere."
    (corpus / "story.html").write_text(_page(paragraph, "Read the festival's full programme of premieres on its own pages, with times and places."), encoding="utf-8")
    (corpus / "story.meta.toml").write_text('source_url = "https://x.example/2026/memory-123/"\n', encoding="utf-8")
    (corpus / "story-amp.html").write_text(_page(paragraph, "For the latest news on the festival, follow us on Facebook, Twitter and Instagram every day."), encoding="utf-8")
    (corpus / "story-amp.meta.toml").write_text('source_url = "https://x.example/2026/memory-123/amp/"\n', encoding="utf-8")
    report = ingest_corpus(corpus, tmp_path / "out", None)
    assert len(report.written) == 1 and report.errors == []
    assert (
        f"{corpus / 'story-amp.html'}: an AMP or mobile copy of {corpus / 'story.html'} (the same story's address), which is published;"
        " this copy is left out"
    ) in report.warnings


def test_an_amp_page_saved_without_a_sidecar_is_known_by_its_mark(tmp_path: Path) -> None:
    """An AMP page's canonical link names the story's address, so its address says nothing: ``<html ⚡>`` does."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraph = "Paris-based sales agent Mirage Pictures has acquired international rights to the debut feature of the director, after its premiere."
    canonical = '<link rel="canonical" href="https://x.example/2026/memory-123/">'
    story = _page(paragraph, "Read the festival's full programme of premieres on its own pages, with times and places.")
    amp = _page(paragraph, "For the latest news on the festival, follow us on Facebook, Twitter and Instagram every day.")
    (corpus / "story.html").write_text(story.replace("<html>", f"<html><head>{canonical}</head>"), encoding="utf-8")
    (corpus / "story-amp.html").write_text(amp.replace("<html>", f"<html ⚡><head>{canonical}</head>"), encoding="utf-8")
    report = ingest_corpus(corpus, tmp_path / "out", None)
    assert len(report.written) == 1
    assert any(warning.startswith(f"{corpus / 'story-amp.html'}: an AMP or mobile copy of") for warning in report.warnings)


def test_a_copy_left_out_moves_its_published_address_to_the_page_kept() -> None:
    before = Record({"story.html": Published("story.html", "articles/deal-aaaa"), "amp.html": Published("amp.html", "articles/deal-bbbb")})
    after = moves(before, [Published("story.html", "articles/deal-aaaa")], {"story.html", "amp.html"}, {"amp.html": "story.html"})
    assert after.record.moved == {"articles/deal-bbbb": "articles/deal-aaaa"} and after.withdrawn == []
    assert "amp.html" not in after.record.published
