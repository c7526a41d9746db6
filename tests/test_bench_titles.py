"""How the text-dump bench decides that a title is right (bench.text_dumps.reference_titles)."""

from __future__ import annotations

from lxml import html

from bench.text_dumps import reference_titles, title_right


def references(markup: str, host: str = "www.filmweekly.com") -> set[str]:
    return reference_titles(html.document_fromstring(f"<html>{markup}</html>"), host)


def test_dashes_and_quotes_are_spelt_one_way() -> None:
    refs = references('<head><meta property="og:title" content="Busan - the \'AI jury\' speaks"></head><body><p>x</p></body>')
    assert title_right("Busan – the ‘AI jury’ speaks", refs)


def test_the_pages_title_is_a_reference_without_the_sites_name() -> None:
    refs = references("<head><title>Harbour Lights review | Film Weekly</title></head><body><h1>Film Weekly</h1></body>")
    assert title_right("Harbour Lights review", refs)


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
