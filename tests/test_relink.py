"""The ingest reads each page once, and links again only the articles a new name can be in.

The first pass's article reaches the second pass as JSON (ingest.articlejson),
through the cache and the process pool; the second pass's cache key holds the
registry entries the page's words can link (Matcher.link_inputs), so a name
learned from one page re-links the pages that say it, and no other. Each run
is compared with a clean run of the same corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import articlejson, pipeline
from ingest.cache import PageCache
from ingest.pipeline import corpus_pages, ingest_corpus, read_page, text_templates
from people_films.mentions import Matcher, scanned_words
from people_films.registry import Entity, Registry
from people_films.names import fold, person_key

REPO = Path(__file__).resolve().parent.parent

# "Salt Marsh" has a cue (film, a year) only in the festival page.
FESTIVAL = 'Busan names its jury\n\nThe closing film is "Salt Marsh" (2019), a drama about a fishing village.\n'
REVIEW = "A week of premieres\n\nTickets for Salt Marsh sold out in Seoul.\n"
OTHER = "Rain in the harbour\n\nThe ferries stopped for a day and the pier was empty.\n"


class Linked:
    """The real second pass, remembering which pages it was given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pages: list[str] = []
        real = pipeline.link_page

        def link_page(path: Path, *args: object, **kwargs: object) -> pipeline.PageResult:
            self.pages.append(path.name)
            return real(path, *args, **kwargs)

        monkeypatch.setattr(pipeline, "link_page", link_page)


def _ingest(corpus: Path, out: Path, cache: Path | None) -> None:
    report = ingest_corpus(corpus, out, Matcher(Registry()), cache=PageCache(cache, "v") if cache else None, jobs=1)
    assert report.errors == []


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".lock"}


def test_a_title_learned_from_a_new_page_relinks_only_the_pages_that_say_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "review.txt").write_text(REVIEW, encoding="utf-8")
    (corpus / "other.txt").write_text(OTHER, encoding="utf-8")
    linked = Linked(monkeypatch)
    _ingest(corpus, tmp_path / "out", tmp_path / "cache")
    assert sorted(linked.pages) == ["other.txt", "review.txt"]
    assert "salt-marsh" not in (tmp_path / "out" / "_detected.json").read_text(encoding="utf-8")

    (corpus / "festival.txt").write_text(FESTIVAL, encoding="utf-8")  # teaches the archive the film Salt Marsh
    linked.pages.clear()
    _ingest(corpus, tmp_path / "out", tmp_path / "cache")
    assert sorted(linked.pages) == ["festival.txt", "review.txt"]  # not other.txt: it never says Salt Marsh
    review = next((tmp_path / "out").glob("*premieres*.md")).read_text(encoding="utf-8")
    assert "salt-marsh" in review

    _ingest(corpus, tmp_path / "clean", None)
    assert _files(tmp_path / "out") == _files(tmp_path / "clean")


def test_link_inputs_change_only_with_entries_the_words_can_link() -> None:
    nora = Entity("person", "nora-field", "Nora Field", family="Field")
    words = ["belonged", "field", "nora", "the", "week"]
    before = Matcher(Registry({"nora-field": nora}, {}, {("person", person_key("Nora Field")): "nora-field"}))
    elsewhere = Entity("person", "tomas-rivera", "Tomas Rivera", family="Rivera")
    more = Registry(
        {"nora-field": nora, "tomas-rivera": elsewhere},
        {},
        {("person", person_key("Nora Field")): "nora-field", ("person", person_key("Tomas Rivera")): "tomas-rivera"},
    )
    assert Matcher(more).link_inputs(words) == before.link_inputs(words)
    renamed = Registry({"nora-field-2": nora}, {}, {("person", person_key("Nora Field")): "nora-field-2"})
    assert Matcher(renamed).link_inputs(words) != before.link_inputs(words)
    critic = Registry({"nora-field": Entity("person", "nora-field", "Nora Field", roles=("critic",), family="Field")}, {}, before.registry.by_key)
    assert Matcher(critic).link_inputs(words) != before.link_inputs(words)


def test_a_given_name_written_as_two_words_is_scanned_as_its_key_word_too(tmp_path: Path) -> None:
    (tmp_path / "review.txt").write_text("A week of premieres\n\nLee Sung Jin and Salt Marsh opened in Seoul.\n", encoding="utf-8")
    words = scanned_words(read_page(tmp_path / "review.txt"))
    assert "sungjin" in words and "saltmarsh" not in words  # the key of "Lee Sung-jin" holds "sungjin"
    registered = Registry({"lee-sung-jin": Entity("person", "lee-sung-jin", "Lee Sung-jin", family="Lee")}, {}, {("person", person_key("Lee Sung-jin")): "lee-sung-jin"})
    assert Matcher(registered).link_inputs(words) != Matcher(Registry()).link_inputs(words)


def test_scanned_words_are_the_folded_words_of_title_byline_and_text(tmp_path: Path) -> None:
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    article = read_page(tmp_path / "review.txt")
    article.metadata.authors = ["Lee Han-seul"]
    words = scanned_words(article)
    expected = "A week of premieres Tickets for Salt Marsh sold out in Seoul By Lee Han-seul".split()
    assert set(words) == {fold(word) for word in expected}
    assert words == sorted(set(words))


@pytest.mark.parametrize("corpus", [REPO / "corpus", REPO / "tests" / "html"], ids=["seeds", "html-tests"])
def test_an_article_survives_json_unchanged(corpus: Path) -> None:
    pages = corpus_pages(corpus)
    templates = text_templates(pages)
    read = 0
    for page in pages:
        try:
            article = read_page(page, template=templates.get(page))
        except pipeline.PageError:
            continue
        assert articlejson.loads(articlejson.dumps(article)) == article, page
        read += 1
    assert read >= 3
