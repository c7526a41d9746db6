"""Real Sphinx builds of a three-article site with people and films (tests/roots/test-entities)."""

from __future__ import annotations

import html
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

pytestmark = [pytest.mark.site, pytest.mark.sphinx("html", testroot="entities")]
GOLDEN = Path(__file__).parent / "golden"


def body(page: Path) -> str:
    """The page's main text, links written as [text](href), other markup dropped."""
    main = re.search(r'<div class="body" role="main">(.*?)<div class="sphinxsidebar"', page.read_text(encoding="utf-8"), re.S).group(1)
    main = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", main)
    main = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', lambda m: f"[{re.sub('<[^>]+>', '', m.group(2))}]({m.group(1)})", main, flags=re.S)
    main = re.sub(r"</(p|li|dt|dd|h1|p|div)>", "\n", main)
    text = html.unescape(re.sub(r"<[^>]+>", "", main))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


@pytest.fixture
def built(app: SphinxTestApp) -> tuple[Path, str]:
    """The site built (again, when an earlier test built it already): its HTML folder and the warnings."""
    app.build()
    return app.outdir, app.warning.getvalue()


@pytest.fixture
def site(rootdir: Path, tmp_path: Path, make_app: Callable[..., SphinxTestApp]) -> Callable[..., tuple[Path, str]]:
    """A copy of the site this test may change; ``build(parallel=1)`` builds it, returning (HTML folder, warnings)."""
    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-entities", srcdir)

    def build(parallel: int = 1, out: str = "_build") -> tuple[Path, str]:
        app = make_app("html", srcdir=srcdir, builddir=srcdir / out, parallel=parallel)
        try:
            app.build()
        finally:
            app.cleanup()  # each build registers its nodes afresh, as sphinx-build does
        return app.outdir, app.warning.getvalue()

    build.srcdir = srcdir  # type: ignore[attr-defined]
    return build


@pytest.mark.sphinx("html", testroot="entities", freshenv=True)
def test_builds_without_warnings(built):
    assert built[1] == ""


def test_article_links_to_person_page_keeping_its_words(built):
    page = (built[0] / "articles/both.html").read_text(encoding="utf-8")
    assert re.search(r'href="\.\./people/kim-tae-yong\.html#person-kim-tae-yong"[^>]*>(<[^>]+>)*KIM Tae-yong', page)


def test_person_page_links_back_to_the_place_of_each_mention(built):
    text = body(built[0] / "people/kang-yoon-sung.html")
    assert "[A road movie made with AI](../articles/west.html#mention-1)\nDirector Kang Yoon-sung made Run to the West with Byun Yo-han." in text
    assert "[Two directors](../articles/both.html#mention-1)" in text


@pytest.mark.parametrize("page", ["people/kim-tae-yong", "films/late-autumn"])
def test_entity_page_matches_golden(built, page, request):
    golden = GOLDEN / (page.replace("/", "-") + ".txt")
    text = body(built[0] / f"{page}.html")
    if request.config.getoption("--regen-golden"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_genindex_has_main_entry_and_see_entries(built):
    index = html.unescape((built[0] / "genindex.html").read_text(encoding="utf-8"))
    assert re.search(r'<a href="people/kim-tae-yong\.html#person-kim-tae-yong"><strong>Kim Tae-yong</strong></a>', index)
    assert re.search(r"Taeyong Kim\s*</li>|Taeyong Kim.*?see.*?Kim Tae-yong", index, re.S)
    assert re.search(r"Manchu.*?see.*?Late Autumn", index, re.S)


def test_people_index_counts_articles(built):
    people = html.unescape((built[0] / "cine-people.html").read_text(encoding="utf-8"))
    assert re.search(r"Kang Yoon-sung</code></a> <em>\(2 articles\)", people, re.S)
    assert re.search(r"Byun Yo-han</code></a> <em>\(1 article\)", people, re.S)


def test_articles_end_with_related_articles_sharing_people(built):
    text = body(built[0] / "articles/west.html")
    related = text.split("Related articles", 1)[1]
    assert "[Two directors](both.html)" in related
    assert "An evening with Taeyong Kim" not in related


def test_search_index_holds_joined_and_folded_spellings(built):
    index = (built[0] / "searchindex.js").read_text(encoding="utf-8")
    assert '"taeyong"' in index  # "Tae-yong" joined
    assert '"yunsung"' in index  # "Yoon-sung" joined and folded: "Yun-sung" finds it


def test_unresolved_mention_is_a_typed_warning(site):
    (site.srcdir / "articles/both.md").write_text("# Two\n\nSee [Nobody](<cine:person/no-such-person>).\n", encoding="utf-8")
    _html, warnings = site()
    assert "no page for person 'no-such-person'" in warnings and "[cine.unresolved]" in warnings


def test_a_wrong_film_id_in_the_registry_costs_only_that_reference(site):
    """One typo in people.toml once emptied people/ and films/: every page and link gone."""
    people = site.srcdir / "registry/people.toml"
    people.write_text(people.read_text(encoding="utf-8").replace('roles = ["actor"]', 'roles = ["actor"]\nfilms = ["no-such-film"]', 1), encoding="utf-8")
    html, warnings = site()
    assert "person 'Byun Yo-han': unknown film 'no-such-film'" in warnings
    assert {"kim-tae-yong.html", "byun-yo-han.html"} <= {page.name for page in (html / "people").iterdir()}
    assert "../people/kim-tae-yong.html" in (html / "articles/autumn.html").read_text(encoding="utf-8")


def test_serial_and_parallel_builds_give_the_same_pages(site):
    serial, warnings = site(out="serial")
    assert warnings == ""
    parallel, warnings = site(parallel=2, out="parallel")
    assert warnings == ""
    for page in ["people/kang-yoon-sung", "people/kim-tae-yong", "films/run-to-the-west", "articles/west", "cine-people", "genindex"]:
        assert body(serial / f"{page}.html") == body(parallel / f"{page}.html"), page


def test_editing_an_article_updates_mentioned_in_on_an_incremental_build(site):
    out, _warnings = site()
    assert "autumn.html" not in body(out / "people/byun-yo-han.html")
    article = site.srcdir / "articles/autumn.md"
    time.sleep(0.01)
    article.write_text(article.read_text(encoding="utf-8") + "\nIt stars [Byun Yo\\-han](<cine:person/byun-yo-han>) too.\n", encoding="utf-8")
    site()
    assert "[An evening with Taeyong Kim](../articles/autumn.html#mention-3)\nIt stars Byun Yo-han too." in body(out / "people/byun-yo-han.html")


def _pages_found_by(html_dir: Path, word: str) -> set[str]:
    """The docnames the search index lists under ``word`` (as Sphinx's searchindex.js stores its terms)."""
    import json  # noqa: PLC0415

    index = json.loads(re.search(r"Search\.setIndex\((.*)\)", (html_dir / "searchindex.js").read_text(encoding="utf-8"), re.S).group(1))
    found = index["terms"].get(word, [])
    return {index["docnames"][number] for number in ([found] if isinstance(found, int) else found)}


def test_an_article_is_found_by_every_spelling_of_a_person_it_names_even_after_the_registry_gains_one(site):
    """A reader searching a person's name in another script (김태용 for Kim Tae-yong) finds the articles naming them:
    each article is indexed with the registered spellings of its people, and read again when those change."""
    html_dir, _warnings = site()
    assert "articles/autumn" not in _pages_found_by(html_dir, "김태용")
    people = site.srcdir / "registry/people.toml"
    people.write_text(people.read_text(encoding="utf-8").replace('"Taeyong Kim"]', '"Taeyong Kim", "김태용"]', 1), encoding="utf-8")
    html_dir, _warnings = site()
    assert {"articles/autumn", "articles/both"} <= _pages_found_by(html_dir, "김태용")
    assert "articles/west" not in _pages_found_by(html_dir, "김태용")
