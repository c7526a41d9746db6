"""A pull-quote (a sentence of the text set large between its paragraphs) is published once, in the text."""

from __future__ import annotations

from ingest import model
from ingest.html import read_html
from ingest.plaintext import blocks_to_text

SAID = "Horror is the genre where women were always the victims. Now we hold the knife."
TEXT = "The director spoke after the screening, to a full house that had waited an hour in the rain. "


def read(body: str) -> model.Article:
    html = f"<html><head><title>Women of horror</title></head><body><article><h1>Women of horror</h1>{body}</article></body></html>"
    return read_html(html.encode(), "t.html")


def test_a_quotation_the_text_says_again_is_left_out_with_its_reason() -> None:
    article = read(f'<p>{TEXT}</p><blockquote class="pullquote"><p>"{SAID}"</p></blockquote><p>{TEXT}She said: "{SAID}"</p>')
    assert blocks_to_text(article.blocks).count("Now we hold the knife") == 1
    assert [d.reason for d in article.dropped if "hold the knife" in d.text] == ["pull-quote (its words are in the text)"]


def test_an_aside_wholly_in_quotation_marks_is_a_pull_quote_too() -> None:
    article = read(f'<p>{TEXT}</p><aside class="pull-quote">"{SAID}"</aside><p>{TEXT}She said: "{SAID}"</p>')
    assert blocks_to_text(article.blocks).count("Now we hold the knife") == 1


def test_a_quotation_the_text_does_not_say_stays() -> None:
    article = read(f"<p>{TEXT}</p><blockquote><p>{SAID}</p></blockquote><p>{TEXT}</p>")
    assert "Now we hold the knife" in blocks_to_text(article.blocks)
