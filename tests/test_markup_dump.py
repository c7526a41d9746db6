"""A page's source or a feed's item saved under a .txt name is read as the markup it is, not as a text dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import NotAnArticle
from ingest.markup_dump import markup_kind
from ingest.pipeline import read_page
from ingest.plaintext import blocks_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "markup_dump"


def test_a_feed_item_saved_as_text_reads_as_its_article() -> None:
    """A curator's RSS item came out titled by its file name, with <item>, <title> and CDATA as its text."""
    article = read_page(FIXTURES / "rss-item.txt")
    assert article.metadata.title == "Busan 2011: Nora Field returns with Winter Station"
    assert article.metadata.authors == ["James Holloway"]
    assert article.metadata.date == "2011-10-08"
    assert blocks_to_text(article.blocks).startswith("Eight years after her last feature, Nora Field is back")
    assert "<" not in blocks_to_text(article.blocks)


def test_a_feed_items_media_rss_photo_is_neither_its_body_nor_its_title() -> None:
    """media:content holds media:title and media:description, a photo's: "content" and "description"
    matched them, and the caption became the article's body."""
    article = read_page(FIXTURES / "rss-item-media.txt")
    assert article.metadata.title == "Busan 2011: Nora Field returns with Winter Station"
    assert blocks_to_text(article.blocks).startswith("Eight years after her last feature, Nora Field is back")


def test_a_page_source_saved_as_text_reads_as_the_html_page() -> None:
    article = read_page(FIXTURES / "page-source.txt")
    assert article.metadata.title == "The Quiet Shore review"
    assert blocks_to_text(article.blocks).startswith("A fisherman's widow keeps the lighthouse going")
    assert any("an HTML page's source saved as text" in warning for warning in article.warnings)


def test_a_whole_feed_saved_as_text_is_no_article() -> None:
    with pytest.raises(NotAnArticle, match=r"feed-of-two\.txt: a news feed of 2 items saved as text, not one article"):
        read_page(FIXTURES / "feed-of-two.txt")


@pytest.mark.parametrize(
    "dump",
    [
        "<기생충> 봉준호 감독, 칸 황금종려상\n2019.05.26\n봉준호 감독의 <기생충>이 칸에서 황금종려상을 받았다.",
        "<The Quiet Shore> opens in May.\nThe film's trailer shows the <p> tag of its page by mistake, critics joked.",
        "Home | Reviews\n<html> and <body> are the first tags a web page holds, the workshop began.",
    ],
)
def test_a_text_dump_with_angle_brackets_is_still_a_text_dump(dump: str) -> None:
    """Korean and Chinese press put film titles in angle brackets; prose may quote a tag."""
    assert markup_kind(dump) is None


def test_an_atom_entrys_author_is_the_name_inside_its_author_element(tmp_path: Path) -> None:
    entry = tmp_path / "atom-entry.txt"
    entry.write_text(
        '<entry xmlns="http://www.w3.org/2005/Atom"><title>Winter Station opens in Busan</title>'
        "<author><name>James Holloway</name></author><updated>2011-10-08T06:00:00+09:00</updated>"
        '<content type="html">&lt;p&gt;Eight years after her last feature, Nora Field is back with Winter Station, '
        "which opened a section of the festival on Friday, and the hall was full.&lt;/p&gt;</content></entry>\n"
    )
    assert read_page(entry).metadata.authors == ["James Holloway"]


_ITEM = (
    '<rss version="2.0"><channel><title>Festival news</title><item><title>Winter Station opens in Busan</title>'
    "<description>&lt;p&gt;Eight years after her last feature, Nora Field is back with Winter Station, which opened "
    "a section of the festival on Friday &amp;entity; and the hall was full.&lt;/p&gt;</description></item></channel></rss>\n"
)


@pytest.mark.parametrize(
    "prolog",
    [
        '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/feed.xsl"?>',
        '<?xml version="1.0"?><!-- generator: a blog --><!DOCTYPE rss>',
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY entity SYSTEM "file:///etc/hostname">]>',
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY entity "&b;&b;&b;&b;&b;&b;&b;">]>',
    ],
    ids=["stylesheet", "comment and document type", "external entity", "entity expansion"],
)
def test_a_feed_item_with_a_prolog_reads_as_its_article_and_no_entity_expands(tmp_path: Path, prolog: str) -> None:
    """A stylesheet or a document type before <rss> made the feed read as an HTML page: the channel's
    title was the article's, its fields one run of text. An internal subset's entities are left out."""
    page = tmp_path / "item.txt"
    page.write_text(prolog + _ITEM.replace("&amp;entity;", "&entity;"))
    article = read_page(page)
    assert article.metadata.title == "Winter Station opens in Busan"
    text = blocks_to_text(article.blocks)
    assert text.startswith("Eight years after her last feature")
    assert "hahaha" not in text and Path("/etc/hostname").read_text().strip() not in text


def test_an_atom_entrys_text_content_stays_text_and_its_xhtml_content_keeps_its_paragraphs(tmp_path: Path) -> None:
    """RFC 4287: content is plain text unless its type says "html" or "xhtml". Text content's "<a href>" was
    made a link, and XHTML content was read as one run of text, its escaped "<script>" a tag."""
    entry = tmp_path / "atom-entry.txt"
    prose = "Nora Field is back with Winter Station, which opened a section of the festival on Friday."
    entry.write_text(
        '<entry xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;b&gt;Winter Station&lt;/b&gt; opens</title>'
        f"<summary>{prose} Write &lt;a href='https://example.org'&gt;x&lt;/a&gt; to link.</summary>"
        f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{prose}</p><p>The tag &lt;script&gt; is text.</p>'
        "<script>alert(1)</script></div></content></entry>\n"
    )
    article = read_page(entry)
    assert article.metadata.title == "Winter Station opens"
    assert blocks_to_text(article.blocks) == f"{prose}\n\nThe tag <script> is text."
    entry.write_text(entry.read_text().replace('<content type="xhtml">', "<contents>").replace("</content>", "</contents>"))
    assert blocks_to_text(read_page(entry).blocks) == f"{prose} Write <a href='https://example.org'>x</a> to link."


def test_an_atom_entrys_source_is_its_alternate_link_not_its_comments_or_its_feed(tmp_path: Path) -> None:
    """Blogger writes an entry's "replies", "edit" and "self" links before its page's: the first link was the source."""
    entry = tmp_path / "blogger-entry.txt"
    entry.write_text(
        '<entry xmlns="http://www.w3.org/2005/Atom"><title>Winter Station opens in Busan</title>'
        '<link rel="replies" type="application/atom+xml" href="https://example.blogspot.com/feeds/1/comments/default"/>'
        '<link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/1/posts/default/2"/>'
        '<link rel="enclosure" type="audio/mpeg" href="https://cdn.example.org/talk.mp3"/>'
        '<link rel="alternate" type="text/html" href="https://example.blogspot.com/2011/10/winter-station.html"/>'
        '<content type="html">&lt;p&gt;Eight years after her last feature, Nora Field is back with Winter Station, '
        "which opened a section of the festival on Friday, and the hall was full.&lt;/p&gt;</content></entry>\n"
    )
    assert read_page(entry).metadata.source_url == "https://example.blogspot.com/2011/10/winter-station.html"


def test_a_page_source_opening_with_a_browsers_saved_from_comment_reads_as_the_html_page(tmp_path: Path) -> None:
    """Browsers open a saved page with "<!-- saved from url=(0029)https://… -->": the file was read as a text dump of tags."""
    page = tmp_path / "saved.txt"
    page.write_text("<!-- saved from url=(0029)https://example.org/review -->\n" + (FIXTURES / "page-source.txt").read_text())
    article = read_page(page)
    assert article.metadata.title == "The Quiet Shore review"
    assert blocks_to_text(article.blocks).startswith("A fisherman's widow keeps the lighthouse going")
