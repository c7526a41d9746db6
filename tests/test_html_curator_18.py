"""The faults a film critic's archive of one director's career showed the HTML reader
(eighteenth round): one small invented page per fault, in the shape of the platform."""

import pytest

from ingest.html import read_html
from ingest.model import Footnote
from ingest.plaintext import blocks_to_text, inline_text

PROSE = (
    "<p>The director's new film follows three witnesses to one afternoon, and each account "
    "changes what the last one seemed to show.</p>"
    "<p>The editing keeps a rare patience, and the sound of the river fills every shot of the "
    "long final sequence.</p>"
)


def read(html: str, url: str | None = None):
    return read_html(html.encode(), "page.html", url)


# --- A byline's names end before the time it was posted at --------------------------------


@pytest.mark.parametrize("footer", [
    'posted by Jane Doe at <a class="timestamp-link" href="#">11:02 PM</a>',  # Blogger's post footer
    "posted by Jane Doe at 11:02 PM",
])
def test_a_blog_post_footer_byline_ends_before_at_and_the_time(footer):
    page = (f'<html><body><div class="post"><h3 class="post-title">A Quiet Film</h3>'
            f'<div class="post-body">{PROSE}</div><div class="post-footer">{footer}</div></div></body></html>')
    assert read(page).metadata.authors == ["Jane Doe"]


# --- An old table-layout page: a menu column beside the text, a decorated <title> -----------

TABLE_LAYOUT_PAGE = (
    "<html><head><title>{title}</title></head><body><table>"
    '<tr><td colspan="2"><img src="top.gif"></td></tr>'
    '<tr><td width="150"><a href="index.html">HOME</a><br><a href="news.html">News</a><br>'
    '<a href="review.html">Reviews</a><br><font size="1">Visitors : 002341</font></td>'
    '<td width="610"><font size="4"><b>Indie review: The Blue Alley, a street that stays</b></font><br>'
    '<font size="2">The director\'s first feature won a prize at the festival in 1998, yet it only reached '
    "cinemas this spring, three years later, in a single print.<br><br>"
    "Shot in one alley of a district since torn down, it keeps the last summer of a street.</font></td></tr>"
    '<tr><td colspan="2"><font size="1">{footer}</font></td></tr>'
    "</table></body></html>"
)


def table_page(title="::: Movie Zine ::: Reviews", footer="Copyright(c) 2001 Zine. All rights reserved."):
    return read(TABLE_LAYOUT_PAGE.format(title=title, footer=footer))


def test_a_layout_tables_text_column_is_the_article_not_the_menu_column_beside_it():
    body = blocks_to_text(table_page().blocks)
    assert "The director's first feature" in body
    assert "HOME" not in body and "Visitors" not in body


def test_a_closing_rights_line_that_names_the_screen_it_is_best_viewed_on_leaves_the_body():
    article = table_page(footer="Copyright(c) 2001 Zine. All rights reserved. Best viewed with IE 5.0 at 800x600.")
    assert "800x600" not in blocks_to_text(article.blocks)
    assert article.metadata.rights == "Copyright(c) 2001 Zine. All rights reserved."


def test_a_title_decorated_with_runs_of_marks_is_the_sites_and_the_bold_headline_wins():
    article = table_page()
    assert article.metadata.title == "Indie review: The Blue Alley, a street that stays"
    assert not blocks_to_text(article.blocks).startswith("Indie review")


def test_a_title_that_is_an_article_headline_stays_over_the_bold_line():
    article = table_page(title="The Blue Alley, a street that stays")
    assert article.metadata.title == "The Blue Alley, a street that stays"


# --- A <title> that is the site's (or the archive's) name, printed in its chrome ------------

def heading_page(title, chrome, heading="<h2>Review: Memory of Water, where memory seeps like water</h2>"):
    return read(f"<html><head><title>{title}</title></head><body>{chrome}<div class='article'>"
                f"{heading}{PROSE}</div></body></html>")


def test_a_title_that_is_the_saving_archives_logo_link_loses_to_the_heading_over_the_text():
    toolbar = '<div id="wm-ipp-base"><div id="wm-logo"><a href="/web/">Wayback Machine</a></div></div>'
    article = heading_page("Wayback Machine", toolbar)
    assert article.metadata.title == "Review: Memory of Water, where memory seeps like water"
    assert "Review: Memory" not in blocks_to_text(article.blocks)


def test_a_title_whose_longest_part_is_an_item_of_the_menu_line_loses_to_the_heading():
    menu = '<div id="gnb">Film Database · Films · People · Log in</div>'
    article = heading_page("Park Seo-jin | People | Film Database", menu, "<h2>Park Seo-jin PARK Seo-jin</h2>")
    assert article.metadata.title == "Park Seo-jin PARK Seo-jin"


def test_a_title_that_is_a_link_elsewhere_but_the_article_opens_with_prose_stays():
    related = '<div class="nav"><a href="/a">Memory of Water</a></div>'
    article = heading_page("Memory of Water", related, heading="")
    assert article.metadata.title == "Memory of Water"


# --- A forum thread: the original post's author, not a commenter's ----------------------------

def test_a_commenters_author_name_in_the_comment_thread_is_not_the_posts_author():
    page = ('<html><body><div class="Post"><h1>Slow cinema is more political than people think</h1>'
            f'{PROSE}</div><div class="comments"><div class="Comment"><span class="author">AutoModerator</span>'
            "<p>I am a bot, and this action was performed automatically.</p></div></div></body></html>")
    assert read(page).metadata.authors == []


# --- Endnotes printed after the article element -----------------------------------------------

def test_the_notes_list_after_the_article_that_its_markers_point_to_is_kept_as_footnotes():
    page = ("<html><body><article><h1>The salt field, a patient film</h1>"
            '<p>We first saw the director in Berlin with <em>Memory of Water</em><sup><a href="#fn1">1</a></sup>, '
            "a seaside film of a sovereign slowness that few critics there had expected.</p>" + PROSE +
            '</article><section class="notes"><h2>Notes</h2><ol><li id="fn1">International title; Forum, Berlinale 2003.</li>'
            "</ol></section><footer>© Review 2019</footer></body></html>")
    notes = [b for b in read(page).blocks if isinstance(b, Footnote)]
    assert [(n.label, inline_text(n.inlines)) for n in notes] == [("1", "International title; Forum, Berlinale 2003.")]


# --- A platform's engagement furniture and notices at the article's edges ---------------------

def test_an_authors_rights_line_joined_to_the_article_as_a_block_of_its_own_is_the_rights_notice():
    page = ('<html><body><div class="main"><div class="review-content"><p>朴瑞珍导演的《盐田》是她的第四部长片，今年入围戛纳“一种关注”单元。'
            "和《水的记忆》一样，这部电影讲的是母亲和儿子，但这一次，是母亲记得一切。韩智友的表演几乎没有台词。</p>"
            "<p>她在盐田里劳作的长镜头，比任何对白都更有力量。尹彩麟饰演的儿子回到新安群岛，带着二十年的沉默。导演朴瑞珍并不急于解释他离开的原因。</p></div>"
            '<div class="main-bd">© 本文版权归作者 影子先生 所有，任何形式转载请联系作者。</div></div></body></html>')
    article = read(page)
    assert article.metadata.rights == "© 本文版权归作者 影子先生 所有，任何形式转载请联系作者。"
    assert "版权" not in blocks_to_text(article.blocks)


def post(bar_before="", bar_after=""):
    return read(f"<html><body><article><h1>The patience of a slow director</h1>{bar_before}{PROSE}{bar_after}"
                "</article></body></html>")


@pytest.mark.parametrize("bar", [
    '<div class="clap">342 · 5 · Listen · Share</div>',  # Medium's claps, responses and buttons
    '<div class="vote">412 Vote</div>',  # a forum post's vote count
    '<div class="actions">87 comments · Share · Save · Hide · Report · 96% Upvoted</div>',  # Reddit's
    '<div class="panel">有用 128 没用 3 打赏 转发 回应</div>',  # Douban's
])
def test_a_line_of_counts_and_a_platforms_buttons_leaves_the_body(bar):
    body = blocks_to_text(post(bar, bar).blocks)
    assert body.startswith("The director's new film") and body.endswith("long final sequence.")


def test_a_short_line_with_a_count_and_a_word_of_prose_stays():
    body = blocks_to_text(post(bar_after="<p>Running time: 98 minutes</p>").blocks)
    assert "98 minutes" in body


def test_jetpacks_like_button_under_a_wordpress_post_leaves_the_body():
    body = blocks_to_text(post(bar_after='<div class="wpl-likebox">Like this: Like Loading...</div>').blocks)
    assert "Like" not in body


def test_a_reviews_bold_rating_line_before_a_removed_like_button_stays():
    page = ('<html><body><article><h1 class="entry-title">The patience of a slow director</h1><div class="entry-content">'
            f'{PROSE}<p><strong>Rating: 4/5</strong></p><div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li>'
            '<li>Facebook</li></ul></div><div class="wpl-likebox">Like this: Like Loading...</div></div>'
            '<div class="jp-relatedposts"><h3>Related</h3><p><a href="/a">Cannes diary</a> In "Festivals"</p></div>'
            "</article></body></html>")
    assert blocks_to_text(read(page).blocks).endswith("Rating: 4/5")


def test_a_newsletters_unsubscribe_footer_with_its_postal_address_leaves_the_body():
    page = ('<html><body><table><tr><td><h1>Director to shoot her fifth feature on the island</h1>' + PROSE +
            '</td></tr><tr><td style="font-size:11px">You are receiving this email because you subscribed to Screen Weekly. '
            '<a href="#">Unsubscribe</a> | <a href="#">Update your preferences</a><br>Screen Weekly, 12 Example-ro, Seoul 04001'
            "<br>Copyright © 2023 Screen Weekly, All rights reserved.</td></tr></table></body></html>")
    article = read(page)
    body = blocks_to_text(article.blocks)
    assert body.endswith("long final sequence.") and "Unsubscribe" not in body
    assert article.metadata.rights == "Copyright © 2023 Screen Weekly, All rights reserved."


def test_a_menu_line_of_plain_words_above_a_database_record_leaves_it_and_the_heading_is_the_title():
    menu = '<div id="top">Film Database · Films · People · Companies · Log in · Sign up</div>'
    article = heading_page("Film Database", menu, "<h2>Park Seo-jin PARK Seo-jin</h2>")
    assert article.metadata.title == "Park Seo-jin PARK Seo-jin"
    assert "Log in" not in blocks_to_text(article.blocks)


def test_a_films_facts_line_above_the_review_stays():
    facts = "<p>South Korea · 2019 · 98 min · Drama · Cannes</p>"
    article = heading_page("The Salt Field review", "", "<h1>The Salt Field review</h1>" + facts)
    assert "98 min" in blocks_to_text(article.blocks)


def test_a_closing_footer_line_of_links_words_ending_in_the_rights_notice_leaves_the_body():
    footer = '<div id="ft">Korean Film Archive · Privacy policy · Terms of use · Copyright © KOFA. All Rights Reserved.</div>'
    article = read(f"<html><body><div><h2>Memory of Water, where memory seeps like water</h2>{PROSE}{footer}</div></body></html>")
    assert blocks_to_text(article.blocks).endswith("long final sequence.")


# --- A web archive's capture: the original addresses --------------------------------------------

CAPTURE = "https://web.archive.org/web/20030314082211/http://www.filmweekly.co.kr/article/view.php?id=4412"


def test_a_link_in_a_web_archive_capture_points_to_the_original_address():
    page = ('<html><body><article><h1>Memory of Water, where memory seeps like water</h1>'
            '<p>The director\'s <a href="/web/20030301000000/http://www.filmweekly.co.kr/people/park.html">first film</a> '
            "follows three witnesses to one afternoon, and each account changes what the last one seemed to show.</p>"
            f"{PROSE}</article></body></html>")
    links = [inline.url for block in read(page, CAPTURE).blocks for inline in getattr(block, "inlines", ()) if hasattr(inline, "url")]
    assert links == ["http://www.filmweekly.co.kr/people/park.html"]


def test_a_web_archive_captures_address_gives_the_original_as_the_source_url():
    page = f"<html><body><article><h1>Memory of Water, where memory seeps like water</h1>{PROSE}</article></body></html>"
    assert read(page, CAPTURE).metadata.source_url == "http://www.filmweekly.co.kr/article/view.php?id=4412"
