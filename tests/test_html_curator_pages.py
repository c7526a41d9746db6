"""A fourth curator's HTML pages (sixteenth round): one small invented page
per fault, in the shape of the platform that showed it."""

from ingest.html import read_html

PROSE = (
    "The director's new film follows three witnesses to one afternoon, and each account "
    "changes what the last one seemed to show."
)


def read(html: str, url: str | None = None):
    return read_html(html.encode(), "page.html", url)


# --- A control's label is never an author -------------------------------------------


def test_a_follow_button_beside_a_japanese_byline_is_not_the_author():
    # note.com's header: the writer's name, the date, and a Follow button ("フォロー").
    html = (
        '<html lang="ja"><head><title>映画の三つの視点について｜キム・ハナ｜note</title></head><body><article>'
        "<h1>映画の三つの視点について</h1>"
        '<div class="o-noteContentHeader__info"><a class="o-noteContentHeader__name">キム・ハナ</a><time datetime="2024-02-01">2024年2月1日</time>'
        "<button>フォロー</button></div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>"
        '<div class="m-creatorProfile"><p>キム・ハナ</p><p>映画批評。</p><button>フォロー</button></div>'
        "</article></body></html>"
    )
    assert read(html).metadata.authors == ["キム・ハナ"]


def test_a_follow_label_in_any_of_the_archives_languages_is_no_name():
    from ingest.authors import looks_like_name

    for label in ("Follow", "フォロー", "팔로우", "关注", "關注", "Suivre", "Seguir", "구독", "订阅"):
        assert not looks_like_name(label), label


# --- The headline the page prints, not a view's or a blog's label before it --------------


def test_a_print_views_title_label_gives_way_to_the_pages_headline():
    html = (
        "<html><head><title>Print: Park Chan-wook on the Long Take | Cinema Weekly</title></head><body>"
        '<div class="print-header"><a href="javascript:window.print()">Print this page</a></div>'
        "<h1>Park Chan-wook on the Long Take</h1>"
        f"<p>{PROSE}</p><p>{PROSE}</p></body></html>"
    )
    assert read(html).metadata.title == "Park Chan-wook on the Long Take"


def test_a_blogger_posts_entry_title_is_the_headline_not_the_blog_name_and_cut_og_title():
    # Blogger: the blog's name is the <h1>, the post's headline an <h3 class="post-title entry-title">
    # (hAtom), <title> is "Blog: Headline" and og:title cut short.
    html = (
        "<html><head><title>Festival Notes: Lee Chang-dong in Lisbon: Five Films and a Talk</title>"
        '<meta property="og:title" content="Festival Notes: Lee Chang-dong in Lisbon"></head><body>'
        '<div class="header"><h1 class="title"><a href="/">Festival Notes</a></h1></div>'
        '<div class="blog-posts hfeed"><div class="post hentry">'
        '<h3 class="post-title entry-title">Lee Chang-dong in Lisbon: Five Films and a Talk</h3>'
        f'<div class="post-body entry-content">{PROSE}<br><br>{PROSE}</div>'
        "</div></div></body></html>"
    )
    assert read(html).metadata.title == "Lee Chang-dong in Lisbon: Five Films and a Talk"
