"""Bad files: one clear line each, the rest of the site still builds.

One corpus holds every kind of bad file beside good pages; the real
``python -m ingest build`` runs over it once, then the real Sphinx build.
Big and deep files are generated here, never committed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.pipeline import ingest_corpus
from tests.sitebuild import ROOT, Site, ingest, prepare, sphinx

GOOD = (ROOT / "corpus" / "000_0af0f9ea32e2359d.txt").read_text(encoding="utf-8")
PROSE = "This sentence is ordinary article text, long enough to be read as the body of the page. " * 4
ARTICLE_HTML = f"<html><head><title>An ordinary page</title></head><body><article><h1>An ordinary page</h1><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"


def text_page(title: str) -> str:
    return f"{title}\n\n{PROSE}\n"


# file name -> (bytes, what its one error line must say)
FAILING: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.html": (b" \n\t\n", "empty file"),
    "photo.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "a PNG image"),
    "scan.html": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 20, "a PDF document"),
    "invalid-utf8.txt": (text_page("깨진 바이트 Broken bytes").encode() + b"\xff\xfe\n", "not valid UTF-8"),
    "truncated-utf8.txt": (text_page("Cut short").encode() + "김태용".encode()[:-1], "truncated file?"),
    "no-article.html": (b"<html><head><title>Menu only</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    "huge.txt": (b"", "bytes, over the limit of 20,971,520 bytes (20 MiB) for one page; save the article's page alone"),  # 50 MB, by the fixture
    "broken-sidecar.txt": (text_page("Broken sidecar").encode(), "not valid TOML"),
    "unknown-key.txt": (text_page("Unknown key").encode(), "unknown key 'colour'"),
}
SIDECARS = {
    "broken-sidecar.meta.toml": 'source_url = "https://example.org/unterminated\n',
    "unknown-key.meta.toml": 'colour = "red"\n',
}
# file name -> bytes; each must become an article (perhaps with a warning)
PUBLISHED: dict[str, bytes] = {
    "a page with spaces.txt": text_page("Spaces in the file name").encode(),
    "한국 영화 기사.txt": text_page("Unicode in the file name").encode(),
    "x..y.txt": text_page("Dots in the file name").encode(),
    "..leading-dots.txt": text_page("Leading dots in the file name").encode(),
    "title-parent.txt": text_page("../x").encode(),
    "title-root.txt": text_page("/x").encode(),
    "title-index.txt": text_page("index").encode(),
    "title-search.txt": text_page("search").encode(),
    "title-genindex.txt": text_page("genindex").encode(),
    "title-punctuation.txt": text_page("!!! ??? ...").encode(),
    "title-long.html": ARTICLE_HTML.replace("An ordinary page", "Long " * 200).encode(),
    "same-title-1.txt": text_page("The same title twice").encode(),
    "same-title-2.txt": (text_page("The same title twice") + "Another article under the same title, with a paragraph of its own.\n").encode(),
    "no-title.txt": (PROSE + "\n").encode(),
    "truncated.html": ARTICLE_HTML.encode()[: len(ARTICLE_HTML) - 120],
    "good.txt": GOOD.encode(),
}
DEEP = "deep.html"  # 100 000 nested elements: an error line or a page, never a crash


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("badfiles")
    prepare(root, [])
    corpus = root / "corpus"
    for name, (data, _) in FAILING.items():
        (corpus / name).write_bytes(data)
    with (corpus / "huge.txt").open("wb") as handle:
        handle.write(text_page("Huge").encode() + b"word " * (10 * 2**20))
    for name, text in SIDECARS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for name, data in PUBLISHED.items():
        (corpus / name).write_bytes(data)
    (corpus / DEEP).write_text("<html><body>" + "<div>" * 100_000 + f"<p>{PROSE}</p>" + "</div>" * 100_000 + "</body></html>")
    (corpus / "link-to-passwd.txt").symlink_to("/etc/passwd")
    return Site(root, ingest(root), sphinx(root))


def errors(site: Site) -> list[str]:
    return [line for line in site.ingest.stderr.splitlines() if line.startswith("error: ")]


def test_the_exit_status_says_pages_failed(site: Site) -> None:
    assert site.ingest.returncode == 1


def test_no_traceback_and_every_message_is_one_line(site: Site) -> None:
    assert "Traceback" not in site.ingest.stderr
    assert all(line.startswith(("error: ", "warning: ")) for line in site.ingest.stderr.splitlines())


@pytest.mark.parametrize("name", sorted(FAILING), ids=str)
def test_a_bad_file_gets_one_error_naming_it_and_the_problem(site: Site, name: str) -> None:
    shown = name.replace(".txt", ".meta.toml") if "sidecar" in name or "unknown-key" in name else name
    lines = [line for line in errors(site) if f"corpus/{shown}:" in line]
    assert len(lines) == 1, site.ingest.stderr
    assert FAILING[name][1] in lines[0]


def test_a_symlink_is_refused_and_its_target_never_read(site: Site) -> None:
    assert [line for line in errors(site) if "link-to-passwd.txt" in line and "symbolic link" in line]
    assert not [p for p in site.articles.rglob("*") if p.is_file() and b"root:x:0:0" in p.read_bytes()]


def test_deep_nesting_is_an_error_line_or_a_page(site: Site) -> None:
    lines = [line for line in errors(site) if DEEP in line]
    assert len(lines) <= 1
    assert lines or DEEP in (site.articles / "catalog.json").read_text(encoding="utf-8")


def test_every_other_page_is_published(site: Site) -> None:
    catalog = (site.articles / "catalog.json").read_text(encoding="utf-8")
    assert [name for name in PUBLISHED if f'"source_file": "{name}"' not in catalog] == []


def test_no_output_leaves_the_articles_folder_or_takes_a_reserved_name(site: Site) -> None:
    written = {p.name for p in site.articles.iterdir()}
    # .ingest-cache: the ingest's own cache of page results, beside the corpus.
    assert {p.name for p in site.root.iterdir()} == {"corpus", "docs", "SECRET.txt", "_build", ".ingest-cache"}
    # people/ and films/ are written by the archive extension from the registry, not by the ingest.
    assert {p.name for p in (site.root / "docs").iterdir()} == {"index.md", "articles", "people", "films"}
    # _detected.json: the people and films found in the text, for the archive extension.
    listings = re.compile(r"(index|catalog|latest|undated|\d{4}(-\d{2})?)\.(md|json)|\.manifest\.json|_detected\.json|\.lock")
    generated = {name for name in written if not listings.fullmatch(name)}
    assert all(re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8}\.md", name) for name in generated), generated


def test_pages_without_a_title_are_published_with_a_warning(site: Site) -> None:
    assert [line for line in site.ingest.stderr.splitlines() if line.startswith("warning: ") and "no-title.txt" in line and "no title" in line]


def test_the_rest_of_the_site_builds_cleanly(site: Site) -> None:
    assert site.sphinx.returncode == 0, site.sphinx.stderr
    assert "WARNING" not in site.sphinx.stderr
    assert len(list((site.html / "articles").glob("*.html"))) >= len(PUBLISHED)


def test_a_file_that_is_no_page_beside_the_pages_is_one_warning(tmp_path: Path) -> None:
    """A poster dropped into corpus/ was left out without a word."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text("A festival opens\n\nThe festival opened on Friday with a restored print of a silent film.\n", encoding="utf-8")
    (corpus / "poster.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (corpus / "README.md").write_text("What the corpus holds.\n", encoding="utf-8")
    report = ingest_corpus(corpus, tmp_path / "out")
    assert report.warnings == [f"{corpus / 'poster.jpg'}: not a page (.jpg); left out of the site (pages are .txt, .html and .htm)"]


def test_a_sidecar_left_behind_by_a_renamed_page_is_one_warning(tmp_path: Path) -> None:
    """A page renamed without its sidecar lost its title and date without a word."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "choon.txt").write_text("A festival opens\n\nThe festival opened on Friday with a restored print of a silent film.\n", encoding="utf-8")
    (corpus / "choon.meta.toml").write_text('title = "A festival opens"\n', encoding="utf-8")
    (corpus / "000_0af0.meta.toml").write_text('title = "Choon, in her words"\n', encoding="utf-8")
    report = ingest_corpus(corpus, tmp_path / "out")
    assert report.warnings == [
        f"{corpus / '000_0af0.meta.toml'}: a sidecar with no page of its name (000_0af0.txt, .html or .htm); ignored"
        " (a renamed page? rename its sidecar with it)"
    ]
