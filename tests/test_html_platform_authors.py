"""The post's author where a blog platform's own template states it (nineteenth round: the
Tistory and Hatena authors left open): one small invented page per platform slot, in the
platform's markup (ingest/html/platform_authors.py)."""

from ingest.html import read_html

PROSE = (
    "<p>The director's new film follows three witnesses to one afternoon, and each account "
    "changes what the last one seemed to show. The river is the film's fourth witness.</p>"
) * 4


def authors(head: str = "", top: str = "", bottom: str = "", root: str = "") -> list[str]:
    html = (
        f"<html{root}><head><title>Review: The River</title>{head}</head><body>"
        "<header><a href='/'>My film notes</a></header>"
        f"<article class='entry hentry'><h1>Review: The River</h1>{top}<div class='entry-content'>{PROSE}</div>{bottom}</article>"
        "</body></html>"
    )
    return read_html(html.encode(), "page.html", "https://blog.example.com/entry/2021/03/04/river").metadata.authors


def test_tistorys_by_meta_names_the_writer_by_nickname():
    assert authors(head="<meta name='by' content='밤산책'>") == ["밤산책"]


def test_tistorys_dotted_opengraph_author_names_the_writer():
    assert authors(head="<meta property='og.article.author' content='밤산책'>") == ["밤산책"]


def test_tistorys_post_facts_slot_opens_with_the_writer():
    top = "<span class='txt_detail my_post'>밤산책<span class='txt_bar'></span>2011. 11. 20. 23:41</span>"
    assert authors(top=top) == ["밤산책"]


def test_naver_blogs_nickname_meta_names_the_writer_not_its_platform_labelled_opengraph_author():
    head = "<meta property='og:article:author' content='네이버 블로그 | 나무결'><meta property='naverblog:nickname' content='나무결'>"
    assert authors(head=head) == ["나무결"]


def test_hatena_blogs_root_attribute_names_the_writers_id():
    assert authors(root=" lang='ja' data-author='cinemasiesta'") == ["cinemasiesta"]


def test_an_hatom_author_card_in_the_entrys_own_footer_names_the_writer_by_handle():
    bottom = (
        "<footer class='entry-footer'><span class='author vcard'><span class='fn' data-load-nickname='1' "
        "data-user-name='cinemasiesta'>cinemasiesta</span></span> <time datetime='2012-03-08'>2012-03-08 22:10</time></footer>"
    )
    assert authors(bottom=bottom) == ["cinemasiesta"]


def test_bloggers_post_author_card_names_the_writer_by_handle():
    bottom = "<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>longtake</span></span></div>"
    assert authors(bottom=bottom) == ["longtake"]


def test_a_commenters_card_is_not_the_posts_author():
    bottom = (
        "<div class='comments'><ol><li class='comment'><div class='comment-author vcard'>"
        "<span class='fn'>passerby</span> says:</div><p>Saw it too!</p></li></ol></div>"
    )
    assert authors(bottom=bottom) == []


def test_an_author_card_in_the_pages_own_footer_is_not_the_posts_author():
    html = (
        "<html><head><title>Review: The River</title></head><body><article class='entry hentry'><h1>Review: The River</h1>"
        f"{PROSE}</article><footer><div class='widget'><span class='author vcard'><span class='fn'>sitekeeper</span></span></div></footer></body></html>"
    )
    assert read_html(html.encode(), "page.html", None).metadata.authors == []


def test_a_profile_address_in_opengraphs_author_is_no_name():
    assert authors(head="<meta property='og:article:author' content='https://www.facebook.com/janedoe'>") == []
