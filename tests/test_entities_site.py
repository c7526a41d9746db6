"""Real Sphinx builds of a three-article site with people and films."""

from __future__ import annotations

import html
import io
import re
import shutil
import time
from pathlib import Path

import pytest
from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace

pytestmark = pytest.mark.site
ROOT = Path(__file__).parent / "roots" / "entities"
GOLDEN = Path(__file__).parent / "golden"


def build(site: Path, parallel: int = 1, out: str = "_build") -> str:
    """Build ``site`` into site/out; returns the warnings."""
    warnings = io.StringIO()
    with docutils_namespace():  # each build registers its nodes afresh, as sphinx-build does
        app = Sphinx(
            srcdir=site / "docs", confdir=site, outdir=site / out / "html", doctreedir=site / out / "doctrees",
            buildername="html", status=None, warning=warnings, parallel=parallel,
        )
        app.build()
    return warnings.getvalue()


def body(page: Path) -> str:
    """The page's main text, links written as [text](href), other markup dropped."""
    main = re.search(r'<div class="body" role="main">(.*?)<div class="sphinxsidebar"', page.read_text(encoding="utf-8"), re.S).group(1)
    main = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", main)
    main = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', lambda m: f"[{re.sub('<[^>]+>', '', m.group(2))}]({m.group(1)})", main, flags=re.S)
    main = re.sub(r"</(p|li|dt|dd|h1|p|div)>", "\n", main)
    text = html.unescape(re.sub(r"<[^>]+>", "", main))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    shutil.copytree(ROOT, tmp_path / "site")
    return tmp_path / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    site = tmp_path_factory.mktemp("built") / "site"
    shutil.copytree(ROOT, site)
    return site, build(site)


def test_builds_without_warnings(built):
    assert built[1] == ""


def test_article_links_to_person_page_keeping_its_words(built):
    page = (built[0] / "_build/html/articles/both.html").read_text(encoding="utf-8")
    assert re.search(r'href="\.\./people/kim-tae-yong\.html#person-kim-tae-yong"[^>]*>(<[^>]+>)*KIM Tae-yong', page)


def test_person_page_links_back_to_the_place_of_each_mention(built):
    text = body(built[0] / "_build/html/people/kang-yoon-sung.html")
    assert "[A road movie made with AI](../articles/west.html#mention-1)\nDirector Kang Yoon-sung made Run to the West with Byun Yo-han." in text
    assert "[Two directors](../articles/both.html#mention-1)" in text


@pytest.mark.parametrize("page", ["people/kim-tae-yong", "films/late-autumn"])
def test_entity_page_matches_golden(built, page, request):
    golden = GOLDEN / (page.replace("/", "-") + ".txt")
    text = body(built[0] / f"_build/html/{page}.html")
    if request.config.getoption("--regen-golden"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_genindex_has_main_entry_and_see_entries(built):
    index = html.unescape((built[0] / "_build/html/genindex.html").read_text(encoding="utf-8"))
    assert re.search(r'<a href="people/kim-tae-yong\.html#person-kim-tae-yong"><strong>Kim Tae-yong</strong></a>', index)
    assert re.search(r"Taeyong Kim\s*</li>|Taeyong Kim.*?see.*?Kim Tae-yong", index, re.S)
    assert re.search(r"Manchu.*?see.*?Late Autumn", index, re.S)


def test_people_index_counts_articles(built):
    people = html.unescape((built[0] / "_build/html/cine-people.html").read_text(encoding="utf-8"))
    assert re.search(r"Kang Yoon-sung</code></a> <em>\(2 articles\)", people, re.S)
    assert re.search(r"Byun Yo-han</code></a> <em>\(1 article\)", people, re.S)


def test_articles_end_with_related_articles_sharing_people(built):
    text = body(built[0] / "_build/html/articles/west.html")
    related = text.split("Related articles", 1)[1]
    assert "[Two directors](both.html)" in related
    assert "An evening with Taeyong Kim" not in related


def test_search_index_holds_joined_and_folded_spellings(built):
    index = (built[0] / "_build/html/searchindex.js").read_text(encoding="utf-8")
    assert '"taeyong"' in index  # "Tae-yong" joined
    assert '"yunsung"' in index  # "Yoon-sung" joined and folded: "Yun-sung" finds it


def test_unresolved_mention_is_a_typed_warning(site):
    (site / "docs/articles/both.md").write_text("# Two\n\nSee [Nobody](<cine:person/no-such-person>).\n", encoding="utf-8")
    warnings = build(site)
    assert "no page for person 'no-such-person'" in warnings and "[cine.unresolved]" in warnings


def test_serial_and_parallel_builds_give_the_same_pages(site):
    assert build(site, out="serial") == ""
    assert build(site, parallel=2, out="parallel") == ""
    for page in ["people/kang-yoon-sung", "people/kim-tae-yong", "films/run-to-the-west", "articles/west", "cine-people", "genindex"]:
        assert body(site / f"serial/html/{page}.html") == body(site / f"parallel/html/{page}.html"), page


def test_editing_an_article_updates_mentioned_in_on_an_incremental_build(site):
    build(site)
    assert "autumn.html" not in body(site / "_build/html/people/byun-yo-han.html")
    article = site / "docs/articles/autumn.md"
    time.sleep(0.01)
    article.write_text(article.read_text(encoding="utf-8") + "\nIt stars [Byun Yo\\-han](<cine:person/byun-yo-han>) too.\n", encoding="utf-8")
    build(site)
    assert "[An evening with Taeyong Kim](../articles/autumn.html#mention-3)\nIt stars Byun Yo-han too." in body(
        site / "_build/html/people/byun-yo-han.html"
    )
