"""Bylines by kind: where a page prints its authors, and what reaches ``metadata.authors``."""

from ingest.html import read_html
from ingest.html.authors import clean_authors

PROSE = "<p>" + "The festival opened on Friday with a restored print of a silent classic, and the hall was full. " * 3 + "</p>"


def authors(head: str, body: str) -> list[str]:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_html(page.encode(), "page.html").metadata.authors


def test_a_byline_word_after_the_date_gives_the_name():
    body = f'<article><h1>Festival</h1><div class="meta">Posted on September 21, 2020 by Jane Doe</div>{PROSE}</article>'
    assert authors("", body) == ["Jane Doe"]


def test_the_byline_names_the_co_authors_a_meta_tag_left_out():
    head = '<meta name="author" content="Jane Doe">'
    body = f'<article><h1>Festival</h1><p class="byline">By Jane Doe and John Roe</p>{PROSE}</article>'
    assert authors(head, body) == ["Jane Doe", "John Roe"]


def test_a_list_of_many_names_does_not_replace_the_byline():
    # A paper's citation authors: the byline's author stands.
    head = '<meta name="author" content="Jane Doe">' + "".join(
        f'<meta name="citation_author" content="{n}">' for n in ("Jane Doe", "Ann Lee", "Bo Kim", "Cy Park", "Di Wu")
    )
    assert authors(head, f"<article><h1>Paper</h1>{PROSE}</article>") == ["Jane Doe"]


def test_the_only_headline_counts_inside_a_wrapper_classed_as_a_sidebar():
    body = f'<div class="sidebar-layout"><h1>Festival</h1><p class="author">Jane Doe</p>{PROSE}</div>'
    assert authors("", body) == ["Jane Doe"]


def test_a_label_with_a_colon_is_cut_from_the_name():
    assert clean_authors(["Interview: Jane Doe"]) == ["Jane Doe"]
    assert clean_authors(["Text: Jane Doe und John Roe"]) == ["Jane Doe", "John Roe"]
