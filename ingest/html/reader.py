"""``read_html``: a scraped HTML page -> :class:`~ingest.model.Article`.

The only module that knows the order of the stages:
decode -> parse -> metadata -> extract main content -> convert.
"""

from __future__ import annotations

import html
import re
from warnings import catch_warnings, simplefilter

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, TemplateString, XMLParsedAsHTMLWarning

from ingest import dates, rights
from ingest.errors import PageError
from ingest.html import rules, treebuilder
from ingest.html.convert import (HEADLINE_AS_TITLE, convert_nodes, document_base, figure_credits, opening_headline, without_bold_headline,
                                 without_credit_lines)
from ingest.repeats import without_opening_repeats, without_pull_quotes
from ingest.html.decode import decode_html
from ingest.html.block_model import shipped_model
from ingest.html.byline_lines import drop_byline_lines, drop_editor_lines, without_byline_lines
from ingest.html.end_matter import MAILING_REASON, RIGHTS_REASON, drop_after_end_mark, drop_end_matter, drop_signup_prompts
from ingest.html.extract import DATELINE_REASON, extract_main
from ingest.html.header_band import drop_header_band, figure_above_body, rating_above_body
from ingest.html.liveblog import label_live_entries
from ingest.html.lead import deck_with_lead
from ingest.html.metadata import app_state_body, extract_metadata, impossible_page_date, names_the_site, saved_page_address, structured_article_body
from ingest.html.page_index import PageIndex
from ingest.html.teasers import count_teaser_cards, count_teasers
from ingest.html.peer_vote import peer_text
from ingest.language import detect_language
from ingest.model import Article, Dropped
from ingest.plaintext import blocks_to_text

# lxml's HTML parser is several times faster than html.parser on real pages; the tree is
# built by ingest.html.treebuilder (BeautifulSoup's "lxml" tree, built in about 60% of the time).
PARSER = "lxml"


def parse_html(text: str) -> BeautifulSoup:
    """Parse decoded page text with the project's parser.

    BeautifulSoup's own warnings (an XML document, markup that looks like a
    file name or address) are paragraphs of advice to a programmer, printed
    in the curator's terminal: silenced here; :func:`read_html` says what
    matters about the page in one line.
    """
    with catch_warnings():
        simplefilter("ignore", XMLParsedAsHTMLWarning)
        simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = treebuilder.parse(text)
    if _MISNESTED_VOID_TAG.search(text):
        _put_back_after_void_elements(soup)
        _picture_sources_onto_img(soup)
    if _SHADOW_ROOT_TEMPLATE.search(text):
        _open_shadow_roots(soup)
    if _NOSCRIPT_TAG.search(text):
        _noscript_article_into_empty_shell(soup)
    return soup


# A declarative shadow root: a <template shadowrootmode> (shadowroot before 2023) a server wrote
# into a custom element. A browser renders its content in place of the element's; the reader
# drops every <template> unread, as inert markup, and lost such an article (servo#36100).
# Within the tag only ("[^<>]"): "[^>]*" rescanned to the page's end from every "<template" (10 000 of them: 27 s).
_SHADOW_ROOT_TEMPLATE = re.compile(r"<template\b[^<>]*\bshadowroot(?:mode)?\s*=", re.IGNORECASE)
_NOSCRIPT_TAG = re.compile(r"<noscript\b", re.IGNORECASE)


def _open_shadow_roots(soup: BeautifulSoup) -> None:
    """Unwrap each declarative shadow root's <template>: its content is what the page shows. Its
    strings, which BeautifulSoup types as a template's (``TemplateString``, left out of every text
    the reader measures), become the page's own."""
    for template in soup.find_all("template"):
        if template.has_attr("shadowrootmode") or template.has_attr("shadowroot"):
            for string in template.find_all(string=True):
                if type(string) is TemplateString:
                    string.replace_with(NavigableString(str(string)))
            template.unwrap()


# What the text of a <noscript> must hold to be an article rather than a notice ("Please enable
# JavaScript"), a tracking pixel or a picture's fallback: paragraphs, two at least, of this many
# characters in all (a short article's lead and one paragraph).
_NOSCRIPT_ARTICLE_PARAGRAPHS = 2
_NOSCRIPT_ARTICLE_CHARS = 250


def _noscript_article_into_empty_shell(soup: BeautifulSoup) -> None:
    """Unwrap the <noscript> elements that hold an article, on a page whose own text (outside
    every <noscript>, <script>, <style> and <template>) is less than half theirs: a client-rendered
    page's empty shell (a menu, a footer, a cookie banner), whose server wrote the article for
    readers without scripts only (rss-reader#347: unwrap when the page would otherwise be empty).
    On any other page a <noscript> is a notice or a copy of the article the page shows, and stays
    dropped with the unsafe elements."""
    body = soup.body or soup
    articles = []
    for noscript in body.find_all("noscript"):
        paragraphs = [p.get_text(" ", strip=True) for p in noscript.find_all(rules.PARAGRAPH_TAGS)]
        paragraphs = [p for p in paragraphs if p]
        if len(paragraphs) >= _NOSCRIPT_ARTICLE_PARAGRAPHS and sum(map(len, paragraphs)) >= _NOSCRIPT_ARTICLE_CHARS:
            articles.append((noscript, len(noscript.get_text(" ", strip=True))))
    if not articles:
        return
    hidden = ("noscript", "script", "style", "template")
    shown = sum(
        len(string.strip()) for string in body.find_all(string=True)
        if string.strip() and not any(parent.name in hidden for parent in string.parents)
    )
    if 2 * shown < sum(chars for _, chars in articles):
        for noscript, _ in articles:
            noscript.unwrap()


def _picture_sources_onto_img(soup: BeautifulSoup) -> None:
    """Give a ``<picture>``'s ``<img>`` that has no address of its own (no src, no srcset) the
    srcset of the picture's first ``<source>`` that has one, as ``data-srcset``: the reader drops
    ``<source>`` with the other embedded elements, and the picture went with it (rss-reader#461)."""
    for picture in soup.find_all("picture"):
        img = picture.find("img")
        if img is None or any(img.get(attr) for attr in ("src", "srcset", "data-src", "data-srcset")):
            continue
        for source in picture.find_all("source"):
            srcset = source.get("srcset") or source.get("data-srcset")
            if isinstance(srcset, str) and srcset.strip():
                img["data-srcset"] = srcset
                break


# HTML5's void elements that libxml2's HTML parser (HTML 4) does not know: it nests what follows
# them inside them ("<picture><source srcset=...><img></source></picture>"), so dropping <source>
# lost every responsive picture, and an <embed> the rest of its paragraph's text.
_MISNESTED_VOID = ("source", "track", "embed", "keygen", "wbr")
_MISNESTED_VOID_TAG = re.compile(r"<(?:source|track|embed|keygen|wbr)\b", re.IGNORECASE)


def _put_back_after_void_elements(soup: BeautifulSoup) -> None:
    """Move whatever the parser nested inside a void element back after it, in order."""
    for void in soup.find_all(_MISNESTED_VOID):
        for child in reversed(void.contents):
            void.insert_after(child.extract())


# An XML declaration, then (past comments and a doctype) a first element that
# is not <html>: XHTML pages begin with the same declaration.
_XML_DOCUMENT = re.compile(r"\s*<\?xml[^>]*>\s*(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?!html\b)[a-z]", re.I | re.S)


def is_xml_document(text: str) -> bool:
    """An XML document (a feed, a sitemap) rather than a web page."""
    return _XML_DOCUMENT.match(text) is not None


def is_fuller_than(structured: str, blocks: list) -> bool:
    """Whether the JSON-LD ``articleBody`` holds far more text than the blocks extracted
    (``rules.STRUCTURED_BODY_FALLBACK_SHARE``): the visible page lacks the article."""
    if len(structured) < rules.STRUCTURED_BODY_MIN_CHARS:
        return False
    return len(blocks_to_text(blocks)) < rules.STRUCTURED_BODY_FALLBACK_SHARE * len(structured)


def _as_html(text: str) -> str:
    """The articleBody as HTML: itself when it holds tags, else one paragraph per line."""
    if re.search(r"<(p|br|div|h[1-6])\b", text, re.IGNORECASE):
        return text
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def read_html(
    data: bytes, path: str, url: str | None = None, use_block_model: bool = False, peer_vote: bool = False
) -> Article:
    """Read one scraped page.

    :param data: the page's bytes as saved.
    :param path: where the page came from (used in error messages).
    :param url: the page's address, to resolve relative links; metadata's
        canonical URL is used when it is not given.
    :param use_block_model: let the block classifier (``block_model.py``)
        refine the container the rules chose. Off by default, measured
        2026-11-30 (``python -m bench.extraction``; ``python -m bench.summaries``
        with it on): it raises extraction-wide's test F1 from 0.883 to 0.892,
        nearly all of it by adding blocks above the article, which on
        extraction-dev's whole bodies are not the article (its F1 0.977 -> 0.972;
        card summaries that are body text 0.82 -> 0.69 on its test half), and it
        costs 0.3-0.4x of a bare parse per page.
    :param peer_vote: let trafilatura vote on the blocks at the article's edge
        (``peer_vote.py``). Off by default: it costs a second extraction of
        the page (figures in README, Speed).
    :raises PageError: binary data, or no text to extract.
    """
    try:
        text = decode_html(data)
    except PageError as error:
        raise PageError(f"{path}: {error}") from None
    soup = parse_html(text)
    page = PageIndex(soup)
    teasers = count_teasers(page)
    address = url or saved_page_address(text) or None
    metadata = extract_metadata(soup, address, page, text)
    site_title = names_the_site(metadata.title, page)  # before extraction takes the menus out of the tree
    warnings: list[str] = []
    if error := impossible_page_date(page):
        # Whatever htmldate made of it ("2025-02-30" -> the 1st of February) is no date either.
        metadata.date = ""
        warnings.append(f"date {error}")
    base = document_base(soup, address or metadata.source_url or None)  # a capture's own address: its links are the archive's
    structured = structured_article_body(page)
    app_state = app_state_body(page)  # before extraction, which takes the scripts out of the tree
    peer = peer_text(text, base) if peer_vote else None
    signup: list[Dropped] = []
    drop_signup_prompts(soup, signup)  # before extraction: the box's email input leaves with the form controls
    label_live_entries(soup)  # after the metadata: a live blog's times are its entries' labels, not datelines
    extraction = extract_main(soup, structured, shipped_model() if use_block_model else None, peer)
    # Teasers marked as <article>s are counted on the whole page, before extraction prunes it;
    # cards of another shape only when they are the main content the extractor chose.
    teasers = teasers or count_teaser_cards(extraction.nodes)
    if not metadata.date and (dateline := _dateline_date(extraction.dropped)):
        metadata.date = dateline  # "2003年12月12日　文・…" under the headline of a page no field or htmldate dates
    left_out: list[Dropped] = signup
    metadata.deck = deck_with_lead(metadata.deck, without_byline_lines(extraction.lead, metadata.authors, left_out))
    if is_xml_document(text):
        warnings.append("an XML document (a feed or a sitemap?), not a web page: read as HTML")
    if (rating := rating_above_body(extraction.nodes, extraction.dropped)) is not None:
        extraction.nodes.insert(*rating)  # a review's rating over its body's container, as the text reader keeps it
    if (lead_figure := figure_above_body(extraction.nodes, extraction.dropped)) is not None:
        extraction.nodes.insert(*lead_figure)  # the lead picture between the headline and the body, as English pages keep theirs
    drop_after_end_mark(extraction.nodes, left_out)
    drop_end_matter(extraction.nodes, metadata.authors, left_out)
    # A line classed "copyright" inside the article (Yonhap's "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>") is one
    # too when it reserves rights or forbids copying: a picture's "© Netflix" in such an element is a credit.
    classed = [d for d in extraction.dropped if d.reason.startswith("class token 'copyright'") and rights.states_rights(d.text)]
    closing = (rights.find_notice(d.text) for d in [*(d for d in left_out if d.reason in (RIGHTS_REASON, MAILING_REASON)), *classed])
    if not metadata.rights and (notice := next((n for n in closing if n), "")):
        metadata.rights = notice  # the page's closing copyright line, where no footer band printed one
    drop_byline_lines(extraction.nodes, metadata.authors, left_out)
    drop_editor_lines(extraction.nodes, left_out)
    drop_header_band(extraction.nodes, metadata.authors, metadata.deck, metadata.date, left_out)
    blocks = convert_nodes(extraction.nodes, base_url=base, title=metadata.title, warnings=warnings, dropped=left_out)
    if is_fuller_than(structured, blocks):
        # The page shows less than it declares (a script fills the body in):
        # the publisher's own text, through the same converter.
        left_out = []
        blocks = convert_nodes([parse_html(_as_html(structured))], base_url=base, title=metadata.title, warnings=warnings, dropped=left_out)
    elif app_state and not blocks_to_text(blocks).strip():
        # An empty shell a script fills in (Next.js, Nuxt): the article its app state holds.
        left_out = []
        blocks = convert_nodes([parse_html(app_state)], base_url=base, title=metadata.title, warnings=warnings, dropped=left_out)
    if retitled := next((d.text for d in left_out if d.reason == HEADLINE_AS_TITLE), ""):
        metadata.title = retitled
    elif site_title and (opening := opening_headline(blocks))[0]:
        # "::: Zine ::: Reviews", "Wayback Machine": the site's name; the page's headline is the article's.
        metadata.title, blocks = opening
        left_out.append(Dropped(metadata.title, HEADLINE_AS_TITLE))
    blocks = without_bold_headline(blocks, metadata.title, left_out)
    blocks = without_opening_repeats(blocks, metadata.deck, "the deck, shown above the article", left_out)
    blocks = without_pull_quotes(blocks, left_out)
    blocks = without_credit_lines(blocks, metadata.image_credits, left_out)
    if not blocks:
        raise PageError(f"{path}: no article text found")
    for credit in figure_credits(blocks):
        if credit not in metadata.image_credits:
            metadata.image_credits.append(credit)
    metadata.language = metadata.language or detect_language(metadata.title + "\n" + blocks_to_text(blocks))
    return Article(metadata=metadata, blocks=blocks, dropped=[*extraction.dropped, *left_out], warnings=[f"{path}: {w}" for w in warnings],
                   teasers=teasers)


def _dateline_date(dropped: list[Dropped]) -> str:
    """The ISO date of the first line the extractor left out as a dateline, when it is a full
    date ("2003年12月12日　文・ソ・ミナ"), else "": the page's own dateline, read in any script."""
    for line in dropped:
        if line.reason == DATELINE_REASON:
            found = dates.find_date(line.text)
            return found.iso if found is not None and found.complete else ""
    return ""
