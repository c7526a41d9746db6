"""``read_html``: a scraped HTML page -> :class:`~ingest.model.Article`.

The only module that knows the order of the stages:
decode -> parse -> metadata -> extract main content -> convert.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from ingest.errors import PageError
from ingest.html.convert import convert_nodes, figure_credits
from ingest.html.decode import decode_html
from ingest.html.extract import extract_main
from ingest.html.metadata import PageIndex, extract_metadata, structured_article_body
from ingest.model import Article

# lxml's HTML parser is several times faster than html.parser on real pages.
PARSER = "lxml"


def parse_html(text: str) -> BeautifulSoup:
    """Parse decoded page text with the project's parser."""
    return BeautifulSoup(text, PARSER)


def read_html(data: bytes, path: str, url: str | None = None) -> Article:
    """Read one scraped page.

    :param data: the page's bytes as saved.
    :param path: where the page came from (used in error messages).
    :param url: the page's address, to resolve relative links; metadata's
        canonical URL is used when it is not given.
    :raises PageError: binary data, or no text to extract.
    """
    try:
        text = decode_html(data)
    except PageError as error:
        raise PageError(f"{path}: {error}") from None
    soup = parse_html(text)
    page = PageIndex(soup)
    metadata = extract_metadata(soup, url, page)
    base = url or metadata.source_url or None
    extraction = extract_main(soup, structured_article_body(page))
    warnings: list[str] = []
    blocks = convert_nodes(extraction.nodes, base_url=base, title=metadata.title, warnings=warnings)
    if not blocks:
        raise PageError(f"{path}: no article text found")
    for credit in figure_credits(blocks):
        if credit not in metadata.image_credits:
            metadata.image_credits.append(credit)
    return Article(metadata=metadata, blocks=blocks, dropped=extraction.dropped, warnings=[f"{path}: {w}" for w in warnings])
