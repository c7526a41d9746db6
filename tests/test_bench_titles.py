"""How the text-dump bench decides that a title is right (bench.text_dumps.reference_titles), and how
bench.title_misses reads a page with its address or without."""

from __future__ import annotations

from pathlib import Path

from lxml import html

from bench.text_dumps import reference_titles, title_right
from bench.title_misses import classify


def references(markup: str, host: str = "www.filmweekly.com") -> set[str]:
    return reference_titles(html.document_fromstring(f"<html>{markup}</html>"), host)


def test_dashes_and_quotes_are_spelt_one_way() -> None:
    refs = references('<head><meta property="og:title" content="Busan - the \'AI jury\' speaks"></head><body><p>x</p></body>')
    assert title_right("Busan – the ‘AI jury’ speaks", refs)


def test_the_pages_title_is_a_reference_without_the_sites_name() -> None:
    refs = references("<head><title>Harbour Lights review | Film Weekly</title></head><body><h1>Film Weekly</h1></body>")
    assert title_right("Harbour Lights review", refs)


def test_a_headline_holding_a_dash_is_a_reference_without_the_sites_name() -> None:
    refs = references("<head><title>Busan - the AI jury speaks | Film Weekly</title></head><body><p>x</p></body>")
    assert title_right("Busan – the AI jury speaks", refs)


def test_a_logo_in_the_h1_or_the_sites_name_is_no_reference() -> None:
    refs = references(
        '<head><meta property="og:site_name" content="The Weekly"><title>Harbour Lights review - The Weekly</title></head>'
        "<body><h1>Film Weekly</h1></body>"
    )
    assert not title_right("Film Weekly", refs)
    assert not title_right("The Weekly", refs)


def test_a_page_whose_only_title_is_its_logo_has_no_reference() -> None:
    assert references("<body><h1>Film Weekly</h1><p>text</p></body>") == set()


def test_an_h1_is_right_with_or_without_its_kicker_element() -> None:
    refs = references('<body><h1><span class="roofline">Busan</span> Festival names its AI jury</h1></body>')
    assert title_right("Busan Festival names its AI jury", refs)
    assert title_right("Festival names its AI jury", refs)
    assert not title_right("Busan", refs)


def test_an_svg_title_is_no_reference() -> None:
    refs = references("<body><svg><title>Search icon</title></svg><h1>Harbour Lights review</h1></body>")
    assert refs == {"harbour lights review"}


def test_the_title_misses_without_the_address_read_the_page_as_a_dump_with_no_sidecar() -> None:
    # The headline stands above a menu of 32 lines, out of reach: only the address's slug names it.
    dump = (Path(__file__).parent / "text_dumps" / "headline_above_a_long_menu.txt").read_text(encoding="utf-8")
    page = {
        "dump": dump, "template": {}, "titles": {"busan names its first jury for films made with ai"},
        "url": "https://cineletter.example/2023/10/24/busan-names-first-jury-films-made-with-ai",
    }  # fmt: skip
    assert classify(page)[0] == "right"
    assert classify(page, address=False)[0] != "right"
