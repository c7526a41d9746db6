"""A fourth curator's HTML pages (sixteenth round): one small invented page
per fault, in the shape of the platform that showed it."""

from ingest.authors import looks_like_name
from ingest.html import read_html
from ingest.plaintext import blocks_to_text

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


# --- A Douban review: the headline, the reviewer, the reviewer's own notice -----------------

DOUBAN = (
    '<html lang="zh-CN"><head><title>《燃烧》：谷仓与谜 (燃烧)影评</title></head><body>'
    '<div id="db-global-nav"><a>登录/注册</a><a>豆瓣</a><a>电影</a></div>'
    '<div id="wrapper"><div id="content"><h1><span property="v:summary">《燃烧》：谷仓与谜</span></h1>'
    '<div class="article"><div class="main" id="review-content">'
    '<header class="main-hd"><a href="https://www.douban.com/people/lihua/"><span>李华</span></a>'
    '<span class="main-meta">2019-03-02 10:00:00</span></header>'
    '<div class="review-content"><p>李沧东的《燃烧》改编自村上春树的短篇小说，刘亚仁饰演的钟秀始终在观看。'
    "电影没有给出答案，谷仓是否被烧掉，女孩去了哪里，都留在了雾里。</p>"
    "<p>全钟瑞的表演让人想起希区柯克的电影，那种安静的威胁一直持续到最后一个镜头。</p></div>"
    '<div class="main-author">&copy; 本文版权归作者 李华 所有，任何形式转载请联系作者。</div>'
    "</div></div></div></div>"
    '<div id="footer">&copy; 2005－2020 douban.com, all rights reserved 关于豆瓣 · 联系我们</div></body></html>'
)


def test_a_douban_reviews_title_loses_its_film_and_review_suffix():
    assert read(DOUBAN).metadata.title == "《燃烧》：谷仓与谜"


def test_the_reviewer_a_chinese_notice_gives_the_rights_to_is_the_author():
    # "本文版权归作者 X 所有": the copyright of this text belongs to its author X.
    assert read(DOUBAN).metadata.authors == ["李华"]


def test_the_authors_own_notice_in_the_article_wins_over_the_sites_footer():
    assert read(DOUBAN).metadata.rights.startswith("© 本文版权归作者 李华 所有")


# --- An old hand-made page: the dateline under the headline dates it -----------------------


def test_a_dateline_under_an_old_pages_heading_dates_the_article():
    html = (
        "<html><head><title>溝口健二『雨月物語』再見</title></head><body>"
        "<h2>溝口健二『雨月物語』再見</h2><p>2004年3月5日　文・キム・ハナ</p>"
        "<p>溝口健二監督の『雨月物語』を特集上映で再見した。京マチ子と森雅之の場面は、何度観ても息をのむ。</p>"
        "<p>宮川一夫の撮影による湖の場面は、日本映画の中で最も美しい場面の一つである。</p>"
        "</body></html>"
    )
    assert read(html).metadata.date == "2004-03-05"


OLD_PAGE = (
    "<html><head><title>溝口健二『雨月物語』再見</title></head><body>"
    "<table><tr><td><a>トップ</a>｜<a>映画評</a>｜<a>掲示板</a>｜<a>リンク</a></td></tr></table>"
    "<h2>溝口健二『雨月物語』再見</h2>"
    "<p>溝口健二監督の『雨月物語』を特集上映で再見した。京マチ子と森雅之の場面は、何度観ても息をのむ。</p>"
    "<p>宮川一夫の撮影による湖の場面は、日本映画の中で最も美しい場面の一つである。</p>"
    "<hr><p>Copyright (C) 2004 映画手帖 All Rights Reserved.</p></body></html>"
)


def test_an_old_pages_menu_row_of_links_parted_by_bars_is_not_the_article():
    body = blocks_to_text(read(OLD_PAGE).blocks)
    assert "掲示板" not in body and "宮川一夫" in body


def test_a_copyright_line_closing_an_old_page_is_its_rights_not_its_text():
    article = read(OLD_PAGE)
    assert "Copyright" not in blocks_to_text(article.blocks)
    assert article.metadata.rights == "Copyright (C) 2004 映画手帖 All Rights Reserved."
