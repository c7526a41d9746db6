"""Text dumps, fifteenth round: what the deck may be (not a reading time) and the boxes under the article (a newsletter box's sentence, the
heading over the author's bio). Hand-made dumps in the shape of German, Spanish and English pages."""

from __future__ import annotations

from ingest.text.lines import is_reading_time
from ingest.text.reader import read_text
from tests.articles import body

PARA = "Die Regisseurin drehte den Film in nur zwanzig Tagen auf einer kleinen Insel vor der Küste, mit fünf Leuten und ohne Licht, im Winter."
TEXT = "The director shot the film in twenty days on a small island off the coast, with a crew of five, no lights and a borrowed boat."


def test_a_reading_time_under_the_byline_is_no_deck() -> None:
    article = read_text(f"Ein Winter auf der Insel\nEine Regisseurin und ihr stilles Debüt\nVon Anna Berg\nLesezeit: 12 Minuten\n{PARA}\n{PARA} Mehr.\n{PARA} Noch mehr.\n")
    assert article.metadata.deck == ["Eine Regisseurin und ihr stilles Debüt"]
    assert "Lesezeit" not in body(article)


def test_a_newsletter_boxs_sentence_under_a_related_heading_is_not_the_articles_last_line() -> None:
    tail = "Más noticias\nUn festival premia a Hong Sangsoo\nLas diez mejores películas del año\nRecibe cada mañana nuestras noticias en tu correo.\nTu correo\nEnviar\n"
    article = read_text(f"La isla\nPor Ana Gil\n{TEXT}\n{TEXT} More.\n{TEXT} Still more.\n{TEXT} The end.\n{tail}")
    assert "Recibe cada" not in body(article)
    assert body(article).endswith("The end.")


def test_the_heading_over_the_authors_bio_goes_with_the_bio() -> None:
    article = read_text(f"The island\nBy Jane Doe\n{TEXT}\n{TEXT} More.\n{TEXT} The end.\nAbout the author\nJane Doe is a critic based in Seoul.\n")
    assert "About the author" not in body(article)
    assert body(article).endswith("The end.")


def test_a_reviews_rating_right_above_the_authors_bio_stays_the_reviews() -> None:
    article = read_text(f"The island\nBy Jane Doe\n{TEXT}\n{TEXT} More.\n{TEXT} The end.\nRating: ★★★★☆\nJane Doe is a critic based in Seoul.\n")
    assert body(article).endswith("Rating: ★★★★☆")


def test_the_masthead_below_a_cookie_banners_button_names_the_publisher_not_the_legal_holder() -> None:
    """"© 2026 Festival Wire Ltd" under the masthead "Festival Wire": the publication, as the site's
    HTML pages name it, not its company's legal form; a consent button above the masthead is no masthead."""
    page = (f"Skip to content\nWe use cookies to improve your experience on our site.\nAccept\nFestival Wire\nNews\nReviews\n"
            f"The island\nBy Jane Doe\n{TEXT}\n{TEXT} More.\n{TEXT} The end.\n© 2026 Festival Wire Ltd. All rights reserved.\n")
    assert read_text(page).metadata.publisher == "Festival Wire"


def test_a_film_title_opening_with_ready_is_no_reading_time() -> None:
    assert is_reading_time("5 min read")
    assert not is_reading_time("Ready or Not (2019), 95 min")
    assert not is_reading_time("Reader's choice: 12 min")
