"""Text dumps of the nineteenth round's curator (a festival's press office archiving multilingual
coverage): a wire release's dateline and its "News provided by" header, and the other faults of
their pages, each in a small hand-made dump of the same shape."""

from __future__ import annotations

from ingest import model
from ingest.text.lines import is_trail
from ingest.text.reader import read_text
from tests.articles import body, reasons

MORE = "The film stars Kang Min-ho and Yoon Se-ra. It is produced by Bada Films in co-production with a studio in Hamburg."
QUOTE = '"It is a film of rare restraint," said Claire Morel, head of the company. "We are proud to bring it to audiences."'


def wire_release(lead: str, tail: str = "") -> model.Article:
    return read_text(
        "\n\n".join([
            "Northwind Sales Acquires World Rights to Park Ji-won's Debut Following Its Premiere",
            "News provided by\nNorthwind Sales\nFeb 18, 2026, 09:00 ET",
            "Share this article",
            lead,
            MORE,
            QUOTE,
            tail,
        ]) + "\n"
    )


WIRE_LEAD = (
    "PARIS, Feb. 18, 2026 /PRNewswire/ -- Northwind Sales, the Paris-based sales company, today announced the "
    "acquisition of world rights to the debut feature of director Park Ji-won, which premiered in Rotterdam."
)


def test_a_wire_services_mark_between_slashes_is_no_trail() -> None:
    assert not is_trail(WIRE_LEAD)
    assert not is_trail("TORONTO, March 2, 2026 /CNW/ - The festival announced its line-up today.")
    assert is_trail("Home / News / Festivals")


def test_a_wire_releases_lead_paragraph_is_the_articles_first() -> None:
    assert body(wire_release(WIRE_LEAD)).startswith("PARIS, Feb. 18, 2026 /PRNewswire/ -- Northwind Sales")


def test_news_provided_by_is_the_wires_label_not_a_deck() -> None:
    article = wire_release(WIRE_LEAD)
    assert article.metadata.deck == []
    assert reasons(article)["News provided by"].startswith("wire service")


def test_the_name_under_news_provided_by_is_the_releases_source() -> None:
    article = wire_release(WIRE_LEAD)
    assert article.metadata.publisher == "Northwind Sales"
    assert article.metadata.authors == []


def test_about_the_source_after_a_wire_release_is_its_boilerplate() -> None:
    boilerplate = "About Northwind Sales\nNorthwind Sales is a sales company based in Paris. It holds one hundred and twenty titles."
    article = wire_release(WIRE_LEAD, tail=boilerplate)
    assert "sales company based in Paris" not in body(article)
    assert reasons(article)["About Northwind Sales"] == "end mark"


GERMAN = (
    "Es beginnt mit einem Geräusch: Wasser, das gegen einen Bootsrumpf schlägt, immer wieder, fast hypnotisch und sehr leise.",
    "Kang Min-ho spielt den Fischer, der seit dem Unglück kein Wort mehr über seinen Sohn verliert, und seine Frau führt Buch.",
    "Am Ende steht keine Versöhnung, sondern ein Ritual, und das ist mutig und richtig, wie der Film selbst es uns zeigt.",
)


def german_review(*header: str) -> model.Article:
    return read_text("\n".join(["Die Flut kommt immer zurück: ein Debüt von der Insel", *header, *GERMAN]) + "\n")


def test_eine_filmkritik_von_is_a_german_byline() -> None:
    article = german_review("Eine Filmkritik von Katrin Weber", "17.02.2026, 11.42 Uhr")
    assert article.metadata.authors == ["Katrin Weber"]
    assert "Katrin Weber" not in body(article)


def test_ein_interview_von_is_a_german_byline_too() -> None:
    assert german_review("Ein Interview von Jonas Hartmann", "17.02.2026, 11.42 Uhr").metadata.authors == ["Jonas Hartmann"]


def test_a_foto_line_is_a_picture_credit_and_the_line_above_its_caption() -> None:
    article = german_review(
        "Eine Filmkritik von Katrin Weber", "17.02.2026, 11.42 Uhr", "Schauspieler Kang Min-ho als Fischer: wortkarg", "Foto: Lumen Film Festival"
    )
    assert "Foto: Lumen" not in body(article)
    assert "Schauspieler Kang Min-ho" not in body(article)
    assert "Lumen Film Festival" in str(article.blocks) + str(article.metadata.image_credits)


CHINESE = (
    "【影讯网讯】当地时间2月15日，导演林秋雨执导的新片在比利时的电影节举行全球首映，影片讲述一位铁路工人穿越云南寻找女儿的故事。",
    "主演在映后交流中表示这个角色让他想起自己的父亲，他为拍摄此片增重十五公斤，并且专门学习了云南方言。",
    "据悉，影片目前已有多家欧洲发行公司表达了购片意向，预计将于今年秋天在国内上映，票房值得期待。",
)


def chinese_news(header: str, footer: str = "") -> model.Article:
    return read_text("\n".join(["林秋雨新作亮相卢门电影节 主演演技获赞", header, *CHINESE, footer]) + "\n")


def test_the_editor_beside_the_date_and_source_is_the_author_when_no_reporter_is_named() -> None:
    # Chinese portals credit their own news to the editor who wrote it up ("编辑：X" beside "来源：");
    # the same label ingest.authors reads as a byline's.
    article = chinese_news("2026-02-16 14:32:08　来源：影讯网　编辑：刘晓雪")
    assert article.metadata.authors == ["刘晓雪"]


def test_a_reporter_named_beside_the_date_outranks_the_editor() -> None:
    article = chinese_news("2026-02-16 14:32:08　来源：影讯网　作者：李晓明")
    assert article.metadata.authors == ["李晓明"]


def test_a_copyright_lines_span_of_years_is_no_part_of_the_publisher() -> None:
    article = chinese_news("2026-02-16 14:32:08", footer="Copyright © 2006-2026 Yingxun.com Inc. All rights reserved.")
    assert article.metadata.publisher == "Yingxun"


def test_a_legal_forms_initials_do_not_cut_the_publisher() -> None:
    article = chinese_news("2026-02-16 14:32:08", footer="© EDICIONES EL PAÍS S.L.")
    assert article.metadata.publisher == "EDICIONES EL PAÍS S.L."


SPANISH = (
    "Hay películas que se ven con los ojos y otras que se escuchan, y el tercer largometraje de Haruki Takeda pertenece a las segundas.",
    "El veterano Shūji Kanemoto interpreta a un jefe de estación jubilado que sigue abriendo el andén cada madrugada sin falta.",
    "Takeda, discípulo de Kore-eda, se aleja aquí de su maestro: donde el maestro busca la familia, él busca el vacío de la nieve.",
)


def test_mas_informacion_heads_a_box_of_other_articles_inside_the_text() -> None:
    article = read_text(
        "\n".join(["‘La estación del alba’: un tren fantasma cruza Hokkaido", *SPANISH[:2], "Más información",
                   "‘Nieve del sur’, el invierno imposible de Lin Qiuyu", "El cine asiático toma Lumen", SPANISH[2]]) + "\n"
    )
    assert "Nieve del sur" not in body(article)
    assert "El cine asiático toma Lumen" not in body(article)
    assert "Takeda, discípulo" in body(article)


def test_article_reserve_aux_abonnes_is_a_paywall_notice_in_a_dump_too() -> None:
    article = read_text("\n".join(["‘La estación del alba’: un tren fantasma cruza Hokkaido", "Article réservé aux abonnés", *SPANISH]) + "\n")
    assert reasons(article)["Article réservé aux abonnés"] == "paywall notice"


VIDEO_PAGE = """LUMEN 2026 | Press Conference: SOUTHERN SNOW (Lin Qiuyu, Chen Mo)
Lumen Film Festival
3,812 views  16 Feb 2026
Press conference for SOUTHERN SNOW, presented in the Asian Horizons section of the festival this week.

With director Lin Qiuyu, actors Chen Mo and Xu Ting, and the cinematographer Wang Xiaoli. Moderated by Sophie Delacroix.

…more
Transcript
Follow along using the transcript.
Show transcript
Videos
About
Comments 18
Add a comment...
@cinephile_kr 2 days ago
chen mo's answer at 10:30 is the best thing of the whole festival so far
Reply
Up next
LUMEN 2026 | Press Conference: STATION AT DAWN
"""


def test_a_youtube_pages_description_ends_at_its_more_button() -> None:
    text = body(read_text(VIDEO_PAGE, url="https://www.youtube.com/watch?v=Xk3r9pLq2Zw"))
    assert text.endswith("Moderated by Sophie Delacroix.")


def test_a_youtube_page_is_known_by_its_ui_strings_without_its_address() -> None:
    text = body(read_text(VIDEO_PAGE))
    assert "Show transcript" not in text
    assert "Up next" not in text
    assert "chen mo's answer" not in text


def test_a_blogs_about_videos_and_transcript_headings_make_no_video_page() -> None:
    """"About", "Videos", "Transcript", "Comments 3", "Reply" head a film blog's pages too: its comments stay out."""
    blog = "\n".join(
        ["A long talk with the director of Southern Snow", "About", "Videos", *GERMAN[:1], "Transcript", *GERMAN[1:],
         "Comments 3", "Jane", "Great interview!", "Reply"]
    ) + "\n"
    article = read_text(blog, url="https://filmblog.example/2026/02/talk")
    assert "Transcript" in body(article) and "Great interview!" not in body(article)


def test_bild_in_a_german_films_credits_is_its_cinematographer_not_a_picture_credit() -> None:
    credits = read_text(
        "\n".join(["Die Flut kommt immer zurück", *GERMAN, "Regie: Christian Petzold", "Drehbuch: Christian Petzold", "Bild: Hans Fromm", "Schnitt: Bettina Böhler"]) + "\n"
    )
    assert "Bild: Hans Fromm" in body(credits) and "Drehbuch: Christian Petzold" in body(credits)
