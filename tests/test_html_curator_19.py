"""The faults the nineteenth round's curator (a festival's press office archiving multilingual
coverage) showed the HTML reader: one small invented page per fault, in the shape of the platform."""

from ingest.engagement_shape import is_engagement_bar
from ingest.html.metadata import archived_original
from ingest.pipeline import read_page
from ingest.plaintext import blocks_to_text
from tests.test_html_curator_18 import read

# Two paragraphs of 200 characters of unlinked text and more: what the HTML reader counts as the article's
# long prose, after which its tail (boxes, lists, labels) begins.
PROSE = " ".join(
    f"<p>{sentence} The festival audience watched it in complete silence, then stood for a ten-minute ovation.</p>"
    for sentence in (
        "The director's new film follows three witnesses to one afternoon, and each account changes what the last one seemed to show.",
        "The editing keeps a rare patience, and the sound of the river fills every shot of the long final sequence.",
    )
)


def article(inside: str, before: str = "") -> str:
    return (f"<html><body><div class='story'>{before}<h1>A Quiet Film Wins the Jury</h1>"
            f"<div class='text'>{inside}</div></div></body></html>")


def text_of(html: str) -> str:
    return blocks_to_text(read(html).blocks)


# --- Links to other articles set in the text, and the lists under a related box's label ---------


def test_leggi_anche_and_a_linked_headline_is_a_link_to_another_article():
    page = article(PROSE + '<p>Leggi anche: <a href="/2026/lumen">Lumen, il Giappone di Takeda fa piangere la sala</a></p>' + PROSE)
    assert "Leggi anche" not in text_of(page)


def test_a_list_of_headlines_under_most_popular_after_the_text_is_dropped():
    page = article(PROSE + "<div class='m-more'>Most Popular</div><ul><li>‘Station at Dawn’ Review: A Tender Railway Drama</li>"
                   "<li>Box Office: Weekend Results</li></ul>")
    assert "Weekend Results" not in text_of(page)


def test_a_list_after_the_text_with_no_related_label_stays():
    page = article(PROSE + "<p>The festival's other winners:</p><ul><li>Best Director: Park Ji-won</li><li>Best Actress: Yoon Se-ra</li></ul>")
    assert "Best Actress: Yoon Se-ra" in text_of(page)


def test_a_newsletter_call_with_the_sites_social_accounts_is_chrome():
    page = article(PROSE + "<p>Sign up for Variety’s Newsletter. For the latest news, follow us on Facebook, Twitter, and Instagram.</p>")
    assert "Sign up for" not in text_of(page)


def test_a_separator_left_between_a_dropped_byline_and_date_is_no_paragraph():
    page = (f"<html><body><div class='m-article'><h1>A Quiet Film Wins the Jury</h1><span class='m-author'>Jane Doe</span> · "
            f"<span class='m-date'>Feb 18, 2026</span>{PROSE}</div></body></html>")
    assert not text_of(page).startswith("·")


# --- A paywall's remnants in the text, and the author's name signed at the end -----------------


def test_a_subscribe_and_sign_in_buttons_pair_is_a_paywalls():
    page = article(PROSE + '<div class="paywall-teaser"><p>This article is for subscribers only. Subscribe now '
                   'to unlock unlimited access to our reviews, news and box office data.</p><a href="/subscribe">Subscribe</a> '
                   '<a href="/login">Sign in</a></div>' + PROSE)
    assert "Sign in" not in text_of(page)


def test_article_reserve_aux_abonnes_is_a_paywalls_label():
    page = article('<p class="status">Article réservé aux abonnés</p>' + PROSE)
    assert "réservé aux abonnés" not in text_of(page)


def test_the_bylines_name_signed_alone_at_the_end_is_a_sign_off():
    page = article('<p class="author">Par <a href="/signataires/jb">Jean-Baptiste Morel</a></p>' + PROSE + "<p>Jean-Baptiste Morel</p>")
    result = read(page)
    assert result.metadata.authors == ["Jean-Baptiste Morel"]
    assert "Jean-Baptiste Morel" not in blocks_to_text(result.blocks)


def test_a_name_signed_alone_at_the_end_is_the_author_when_no_byline_named_one():
    result = read(article(PROSE + "<p>Lucía Fernández Ortega</p>"))
    assert result.metadata.authors == ["Lucía Fernández Ortega"]
    assert "Lucía Fernández Ortega" not in blocks_to_text(result.blocks)


def test_a_closing_line_that_is_no_name_stays():
    assert "Neige du Sud, 2 h 04." in text_of(article(PROSE + "<p>Neige du Sud, 2 h 04.</p>"))


# --- A page read through Google Translate's proxy -----------------------------------------------

TRANSLATED = (
    "<html class='translated-ltr'><body>"
    "<div id='goog-gt-tt' class='skiptranslate'><div>Original text</div><div>Rate this translation</div></div>"
    "<div class='skiptranslate' style='height:40px'>Translated by Google · Original text · Show original · Options ▼</div>"
    "<div class='gnb'>Home | News | Review | Interview | Film Festival</div>"
    "<div class='article_view'><h3 class='tit'>Snow that falls where it cannot</h3>"
    "<p class='info'>Written by Reporter Lee Ji-hoon | 2026-02-19</p><div class='text'>"
    "<p>Director Lin's film, which was invited to the Asian Horizons section of the festival, begins with snow in Kunming.</p>"
    "<p>Actor Chen Mo plays a dismissed railway worker. His silence is more eloquent than any line.</p>"
    "<p>Director Lin, who worked as an assistant director to Hou Hsiao-hsien, said, 'I wanted to film the speed of a country.'</p>"
    "</div></div></body></html>"
)


def test_google_translates_bar_is_its_widget_not_the_text():
    # Google Translate marks the elements it adds to a page with the class "skiptranslate".
    assert "Translated by Google" not in text_of(TRANSLATED)


def test_written_by_reporter_and_a_date_is_the_byline():
    result = read(TRANSLATED)
    assert result.metadata.authors == ["Lee Ji-hoon"]
    assert "Written by" not in blocks_to_text(result.blocks)


def test_a_translate_goog_address_maps_back_to_the_original_host():
    proxy = "http://www-cine21-example.translate.goog/news/view/?mag_id=108340&_x_tr_sl=ko&_x_tr_tl=en&_x_tr_hl=en"
    assert archived_original(proxy) == "http://www.cine21.example/news/view/?mag_id=108340"
    assert archived_original("https://my--site-example.translate.goog/a?_x_tr_sl=auto") == "https://my-site.example/a"


def test_a_host_that_only_starts_like_googles_proxy_is_no_proxy():
    for address in ("https://www-variety-com.translate.goog.evil.example/x?a=1", "https://www-variety-com.translate.goog@evil.example/x"):
        assert archived_original(address) == address


def test_a_sidecars_translate_goog_address_is_read_as_the_original(tmp_path):
    page = tmp_path / "cine21.html"
    page.write_text(TRANSLATED, encoding="utf-8")
    (tmp_path / "cine21.meta.toml").write_text('source_url = "https://www-cine21-example.translate.goog/news/?id=7&_x_tr_sl=ko"\n', encoding="utf-8")
    assert read_page(page).metadata.source_url == "https://www.cine21.example/news/?id=7"


# --- An X (Twitter) thread saved as HTML --------------------------------------------------------


def test_xs_counts_parted_by_commas_are_an_engagement_bar():
    assert is_engagement_bar("12 replies, 87 reposts, 402 likes, 31 bookmarks, 25K views")
    assert is_engagement_bar("1 reply, 8 reposts, 77 likes")
    assert not is_engagement_bar("12 films, 87 guests, 402 screenings")


def test_an_x_posts_page_title_gives_the_post_as_title_and_the_display_name_as_author():
    page = ('<html><head><title>Rina Kobayashi on X: "Thread: my notes from the premiere of STATION AT DAWN" / X</title></head>'
            f'<body><main><article><div>{PROSE}</div></article></main></body></html>')
    result = read(page)
    assert result.metadata.title == "Thread: my notes from the premiere of STATION AT DAWN"
    assert result.metadata.authors == ["Rina Kobayashi"]
