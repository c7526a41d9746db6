"""A site built for https://owner.github.io/repo/: addresses, previews, sitemap, 404, feed."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from site_helpers import build, write_site

from archive.feed import atom_timestamp, build_feed

pytestmark = pytest.mark.site

BASE = "https://owner.github.io/repo/"
ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE_TITLE = "</title><script>alert(1)</script> & ]]> \x0b<!-- -->"
ARTICLES = [
    {"docname": "articles/newest", "title": "Newest", "date": "2025-10-07", "authors": ["Park Won-hee"], "summary": "The newest one.", "source_file": "b.txt"},
    {"docname": "articles/hostile", "title": HOSTILE_TITLE, "date": "2024", "authors": [], "summary": '<b>not bold</b> "quoted" & more', "source_file": "c.html"},
    {"docname": "articles/undated", "title": "Undated", "date": "", "authors": [], "summary": "", "source_file": "a.txt"},
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("published")
    write_site(root / "src", ARTICLES)
    result = build(root / "src", root / "out", "html", base_url=BASE.rstrip("/"))  # the slash is added
    assert (result.returncode, result.stderr) == (0, "")
    return root / "out" / "html"


def page(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


def test_canonical_link_is_under_the_project_path(site: Path) -> None:
    assert f'<link rel="canonical" href="{BASE}articles/newest.html"' in page(site, "articles/newest.html")


def test_shared_article_previews_its_title_and_summary(site: Path) -> None:
    html = page(site, "articles/newest.html")
    assert '<meta property="og:title" content="Newest"' in html
    assert '<meta property="og:description" content="The newest one."' in html
    assert '<meta name="description" content="The newest one."' in html
    assert '<meta name="twitter:card" content="summary"' in html
    assert f'<meta property="og:url" content="{BASE}articles/newest.html"' in html


def test_scraped_summary_stays_an_attribute_value(site: Path) -> None:
    html = page(site, "articles/hostile.html")
    escaped = 'content="&lt;b&gt;not bold&lt;/b&gt; &quot;quoted&quot; &amp; more"'
    assert f'<meta property="og:description" {escaped}' in html
    assert f'<meta name="description" {escaped}' in html


def test_scraped_title_stays_an_attribute_value(site: Path) -> None:
    tag = re.search(r'<meta property="og:title" content="([^"]*)"', page(site, "articles/hostile.html"))
    assert tag is not None
    assert "<" not in tag.group(1) and ">" not in tag.group(1)
    assert html.unescape(tag.group(1)) == re.sub(r"\s+", " ", HOSTILE_TITLE.replace("\x0b", "")).strip()


def test_sitemap_lists_pages_but_not_search_index_or_404(site: Path) -> None:
    locations = {loc.text for loc in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert f"{BASE}articles/newest.html" in locations
    assert f"{BASE}index.html" in locations
    assert not {f"{BASE}search.html", f"{BASE}genindex.html", f"{BASE}404.html"} & locations


def test_404_page_links_resolve_under_the_project_path(site: Path) -> None:
    links = re.findall(r'(?:href|src)="([^"#]+)"', page(site, "404.html"))
    local = [link for link in links if not link.startswith("https://")]
    assert local
    assert all(link.startswith("/repo/") for link in local), local


def test_no_source_copies_are_published(site: Path) -> None:
    assert not [path for path in (site / "_sources").rglob("*") if path.is_file()]


def test_feed_lists_articles_newest_first_with_absolute_links(site: Path) -> None:
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert links == [f"{BASE}{article['docname']}.html" for article in ARTICLES]
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == f"{BASE}feed.xml"


def test_feed_keeps_a_hostile_title_as_text(site: Path) -> None:
    titles = [entry.findtext(f"{ATOM}title") for entry in ET.parse(site / "feed.xml").getroot().iter(f"{ATOM}entry")]
    assert titles[1] == HOSTILE_TITLE.replace("\x0b", "")  # XML 1.0 cannot carry the control character


def test_undated_article_takes_the_newest_date(site: Path) -> None:
    feed = ET.parse(site / "feed.xml").getroot()
    undated = feed.findall(f"{ATOM}entry")[2]
    assert undated.findtext(f"{ATOM}updated") == feed.findtext(f"{ATOM}updated") == "2025-10-07T00:00:00Z"
    assert undated.find(f"{ATOM}published") is None


def test_every_page_announces_the_feed(site: Path) -> None:
    assert '<link rel="alternate" type="application/atom+xml" title="AI Film in Korea" href="../feed.xml">' in page(site, "articles/newest.html")


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2025-10-07", "2025-10-07T00:00:00Z"), ("2025-10", "2025-10-01T00:00:00Z"), ("2024", "2024-01-01T00:00:00Z"), ("", None), ("Mar 29", None), ("2025-13", None),
     ("0001-01-01", "0001-01-01T00:00:00Z"), ("0999", "0999-01-01T00:00:00Z")],  # four-digit years, as RFC 3339 asks
)
def test_atom_timestamp_from_partial_dates(date: str, expected: str | None) -> None:
    assert atom_timestamp(date) == expected


def test_local_build_without_base_url_has_no_absolute_site_files(tmp_path: Path) -> None:
    write_site(tmp_path / "src", ARTICLES[:1])
    result = build(tmp_path / "src", tmp_path / "out", "html")
    assert (result.returncode, result.stderr) == (0, "")
    html = tmp_path / "out" / "html"
    assert not (html / "feed.xml").exists()
    assert not (html / "sitemap.xml").exists()
    assert 'rel="canonical"' not in page(html, "articles/newest.html")


def test_feed_of_undated_articles_is_dated_by_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two builds of the same inputs agree, however far apart they run."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    tree = build_feed(ARTICLES[2:], site_url=BASE, feed_url=BASE + "feed.xml", title="t", author="a", page_url=lambda name: BASE + name)
    assert tree.getroot().findtext(f"{ATOM}updated") == "2026-01-01T00:00:00Z"


def test_a_build_without_a_base_url_leaves_no_feed_or_sitemap_of_an_earlier_address(tmp_path: Path) -> None:
    """SITE_BASEURL=... make html, then make html: feed.xml and sitemap.xml still pointed at the other address."""
    write_site(tmp_path / "src", ARTICLES[:1])
    assert build(tmp_path / "src", tmp_path / "out", "html", base_url=BASE).returncode == 0
    assert (tmp_path / "out" / "html" / "feed.xml").exists() and (tmp_path / "out" / "html" / "sitemap.xml").exists()
    assert build(tmp_path / "src", tmp_path / "out", "html").returncode == 0
    assert not (tmp_path / "out" / "html" / "feed.xml").exists()
    assert not (tmp_path / "out" / "html" / "sitemap.xml").exists()
