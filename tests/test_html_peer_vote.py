"""The peer vote (ingest/html/peer_vote.py): a second extractor's text moves blocks at the article's edge."""

from bs4 import BeautifulSoup

from ingest.html.convert import convert_nodes
from ingest.html.extract import extract_main
from ingest.html.peer_vote import fold
from ingest.plaintext import blocks_to_text

PARAS = [
    "The festival opened on Friday with a restored print of a silent classic, and the hall was full to the doors.",
    "Its director, ninety this year, answered questions for an hour and stayed to sign posters in the foyer.",
    "Critics who had seen the first restoration said the new one shows the night scenes as they were shot.",
]
# A paragraph of the article the rules leave outside the container (another column).
OUTSIDE = "A second screening on Sunday afternoon was added after the first one sold out within a morning."
PAGE = f"""<body>
<div class="col-a"><article><h1>Silent classic restored</h1>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p><p>{PARAS[0]} {PARAS[1]}</p>
<p><b>Don't miss a story</b></p></article></div>
<div class="col-b"><div><div>{OUTSIDE}</div></div></div>
</body>"""


def text_of(extraction) -> str:
    return blocks_to_text(convert_nodes(extraction.nodes, base_url=None, title="", warnings=[]))


def peer_text(*parts: str) -> str:
    """The peer's text as trafilatura gives it: one line a block, its own line breaks."""
    return "\n".join(parts)


def test_without_a_peer_the_rules_decide_alone():
    text = text_of(extract_main(BeautifulSoup(PAGE, "lxml")))
    assert "Don't miss a story" in text and OUTSIDE not in text


def test_a_short_block_inside_the_peer_left_out_is_dropped_and_reported():
    extraction = extract_main(BeautifulSoup(PAGE, "lxml"), peer=peer_text(*PARAS, f"{PARAS[0]} {PARAS[1]}"))
    assert "Don't miss a story" not in text_of(extraction)
    assert any(d.text == "Don't miss a story" and "peer" in d.reason for d in extraction.dropped)


def test_a_long_block_outside_the_peer_kept_is_added_in_document_order():
    extraction = extract_main(BeautifulSoup(PAGE, "lxml"), peer=peer_text(*PARAS, OUTSIDE, "Don't miss a story"))
    text = text_of(extraction)
    assert "Don't miss a story" in text
    assert text.index(PARAS[2]) < text.index(OUTSIDE)


def test_prose_inside_stays_whatever_the_peer_says():
    text = text_of(extract_main(BeautifulSoup(PAGE, "lxml"), peer=peer_text("Some other text entirely. " * 20)))
    assert all(p in text for p in PARAS)


def test_texts_compare_without_case_width_or_whitespace():
    assert fold("Ｆｉｌｍ  Night\nat  the\u00a0Odeon") == fold("film night at the odeon") == "filmnightattheodeon"


# A line of the article the rules leave outside the container: a sentence of a
# few words (30 characters or more, rules.PEER_ADD_MIN_CHARS), and a shorter label.
SHORT_OUTSIDE = "Tickets sold out in a morning."
LABEL_OUTSIDE = "Read the review"
SHORT_PAGE = f"""<body>
<div class="col-a"><article><h1>Silent classic restored</h1>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p><p>{PARAS[0]} {PARAS[1]}</p>
<p>Sign up for our weekly letter about restored films, festivals and repertory screenings near you.</p></article></div>
<div class="col-b"><div><div>{SHORT_OUTSIDE}</div><div>{LABEL_OUTSIDE}</div></div></div>
</body>"""


def test_a_short_sentence_outside_the_peer_kept_is_added():
    peer = peer_text(*PARAS, f"{PARAS[0]} {PARAS[1]}", SHORT_OUTSIDE, LABEL_OUTSIDE)
    text = text_of(extract_main(BeautifulSoup(SHORT_PAGE, "lxml"), peer=peer))
    assert SHORT_OUTSIDE in text


def test_a_label_outside_shorter_than_the_threshold_is_not_added_even_when_the_peer_kept_it():
    peer = peer_text(*PARAS, f"{PARAS[0]} {PARAS[1]}", SHORT_OUTSIDE, LABEL_OUTSIDE)
    text = text_of(extract_main(BeautifulSoup(SHORT_PAGE, "lxml"), peer=peer))
    assert LABEL_OUTSIDE not in text


def test_a_prompt_of_a_line_and_a_half_inside_the_peer_left_out_is_dropped():
    # 97 characters: under rules.PEER_DROP_MAX_CHARS, a sign-up line rather than a paragraph.
    extraction = extract_main(BeautifulSoup(SHORT_PAGE, "lxml"), peer=peer_text(*PARAS, f"{PARAS[0]} {PARAS[1]}"))
    assert "Sign up for our weekly letter" not in text_of(extraction)


def test_a_peer_that_extracted_another_part_of_the_page_drops_nothing_from_it():
    # The peer holds none of the container's paragraphs (rules.PEER_MIN_AGREEMENT).
    peer = peer_text("A comment thread the peer took for the article. " * 10)
    text = text_of(extract_main(BeautifulSoup(SHORT_PAGE, "lxml"), peer=peer))
    assert "Sign up for our weekly letter" in text
