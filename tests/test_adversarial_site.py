"""The adversarial corpus, ingested and built into a real site.

Each page in tests/adversarial/ carries one attack and a unique ``ADV-``
marker. One site build is shared by every assertion (module fixture). A text
page's every line must be visible, as text, on its article page; an HTML
page lists what must be visible, and what must appear nowhere, in comments
at its top (``<!-- visible: ... -->``, ``<!-- absent: ... -->``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from ingest.sanitise import one_line
from tests.sitebuild import (
    BuiltSiteScans,
    Site,
    build_site,
    fold,
    ingest,
    prepare,
    sphinx,
    visible_text,
)

ADVERSARIAL = Path(__file__).parent / "adversarial"
PAGES = sorted(p for p in ADVERSARIAL.iterdir() if p.suffix in {".txt", ".html"})
INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\U000e0000-\U000e007f"
    "\u115f\u1160\u3164\uffa0\u180e]"
)
# What Unicode draws as nothing (Default_Ignorable_Code_Point): text may keep some, a name none.
IGNORABLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return build_site(tmp_path_factory.mktemp("adversarial"), PAGES)


def article_html(site: Site, page: Path) -> str:
    catalog = json.loads((site.articles / "catalog.json").read_text(encoding="utf-8"))
    entry = next((e for e in catalog if e["source_file"] == page.name), None)
    assert entry is not None, f"{page.name} was not ingested: {site.ingest.stderr}"
    return (site.html / (entry["docname"] + ".html")).read_text(encoding="utf-8")


def expectations(page: Path, kind: str) -> list[str]:
    source = page.read_text(encoding="utf-8")
    if page.suffix == ".txt":
        return [one_line(line) for line in source.splitlines() if one_line(line)] if kind == "visible" else []
    return [text.replace("- -", "--") for text in re.findall(rf"<!-- {kind}: (.*?) -->", source)]


def built_files(site: Site) -> list[Path]:
    return [path for path in site.html.rglob("*") if path.is_file()]


def test_every_page_ingests_and_the_site_builds_without_a_warning(site: Site) -> None:
    assert site.ingest.returncode == 0, site.ingest.stderr
    assert site.sphinx.returncode == 0, site.sphinx.stderr
    assert "WARNING" not in site.sphinx.stderr


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_payload_is_visible_as_text(site: Site, page: Path) -> None:
    shown = visible_text(article_html(site, page))
    for text in expectations(page, "visible"):
        assert fold(text) in shown


@pytest.mark.parametrize("page", [p for p in PAGES if p.suffix == ".html"], ids=lambda p: p.name)
def test_dropped_markup_leaves_no_trace(site: Site, page: Path) -> None:
    for text in expectations(page, "absent"):
        assert not [path for path in built_files(site) if text.encode() in path.read_bytes()]


def test_article_pages_hold_no_element_the_writer_did_not_make(site: Site) -> None:
    for page in PAGES:
        article = BeautifulSoup(article_html(site, page), "html.parser").find("article")
        unexpected = article.find_all(["script", "style", "iframe", "object", "embed", "form", "input", "img", "svg", "math", "meta", "base", "link"])
        assert unexpected == [], page.name


def test_no_invisible_or_reordering_characters_reach_the_site(site: Site) -> None:
    for path in site.html.rglob("*.html"):
        assert not INVISIBLE.search(path.read_text(encoding="utf-8")), path.name



def _entity_names(site: Site, folder: str) -> dict[str, str]:
    pages = sorted((site.html / folder).glob("*.html"))
    return {page.stem: BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("h1").get_text().rstrip("¶") for page in pages}


def test_a_look_alike_spelling_takes_no_persons_page_address(site: Site) -> None:
    """names-invisible-and-index-syntax.html: "Nora Fi\u3164eld" (a Hangul filler, drawn as nothing)
    was a second person whose page looked the same (nora-field-2); when it came first, it took
    people/nora-field.html from the real one."""
    people = _entity_names(site, "people")
    assert people.get("nora-field") == "Nora Field"
    assert "nora-field-2" not in people


def test_people_and_films_are_named_without_invisible_characters(site: Site) -> None:
    names = {**_entity_names(site, "people"), **_entity_names(site, "films")}
    assert names.get("quiet-shore") == "Quiet Shore"  # written "Quiet\u200c Shore" first
    assert {stem: name for stem, name in names.items() if IGNORABLE.search(name)} == {}


def test_a_name_with_index_syntax_is_no_entity_and_splits_no_index_entry(site: Site) -> None:
    """A film found as "Love; ADV-S12-Death" was paged, and ";" made "Love" an index entry
    with the sub-entry "ADV-S12-Death" (the registry refuses such a name, people_films.registry)."""
    assert "ADV-S12-Death" not in visible_text((site.html / "genindex.html").read_text(encoding="utf-8"))
    assert not list((site.html / "films").glob("love*"))


def test_two_clean_builds_give_byte_identical_html(site: Site, tmp_path: Path) -> None:
    """Same inputs, another folder, another run: every HTML byte the same."""
    again = tmp_path / "again"
    prepare(again, PAGES)
    assert ingest(again).returncode == 0
    assert sphinx(again).returncode == 0
    first = {p.relative_to(site.html): p.read_bytes() for p in site.html.rglob("*.html")}
    second = {p.relative_to(again / "_build" / "html"): p.read_bytes() for p in (again / "_build" / "html").rglob("*.html")}
    assert first and first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


class TestTheBuiltSite(BuiltSiteScans):
    """The scans every hostile build must pass (tests.sitebuild)."""
