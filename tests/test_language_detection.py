"""The language of a page that states none, read from its text (ingest.language), by both readers."""

from __future__ import annotations

import pytest

from ingest.html import read_html
from ingest.language import detect_language
from ingest.text.reader import read_text

ES = ("La nueva película del director coreano se estrena el viernes en los cines de Madrid y Barcelona, "
      "y es una de las más ligeras de su carrera. Los actores vuelven a trabajar con él por quinta vez, "
      "como en sus últimas obras, que se ruedan en pocos días y con un equipo muy pequeño.")
# French, its "de" and "en" many (once read as Dutch by them).
FR = ("Le nouveau film de Hong Sang-soo sort en salles mercredi, une comédie de mœurs tournée en quelques jours "
      "en Corée avec une équipe de cinq personnes. Les acteurs de ses films précédents reviennent en famille, "
      "de la mère à la fille, pour une histoire de départ et de retour.")
# Italian, its "e" and "o" many (once read as Portuguese by them).
IT = ("Il nuovo film di Hong Sang-soo esce venerdì nelle sale, una commedia leggera e amara girata in pochi giorni "
      "con una troupe piccola e fedele. Gli attori tornano e ritrovano il regista, e lo spettatore ride o piange, "
      "come sempre, tra un bicchiere e una passeggiata.")
PT = ("O novo filme do realizador coreano estreia na sexta-feira nos cinemas de Lisboa, e é uma comédia leve "
      "rodada em poucos dias com uma equipa muito pequena. Os atores voltam a trabalhar com ele pela quinta vez, "
      "como nos seus últimos filmes, que não custam quase nada.")
NL = ("De nieuwe film van de Koreaanse regisseur draait vanaf woensdag in de bioscoop, en het is een lichte komedie "
      "die in een paar dagen werd opgenomen met een heel kleine ploeg. De acteurs werken voor de vijfde keer met hem "
      "samen, zoals in zijn laatste films, die ook niet veel kosten.")
DE = ("Der neue Film des koreanischen Regisseurs startet am Donnerstag in den Kinos, und er ist eine leichte Komödie, "
      "die in wenigen Tagen mit einem sehr kleinen Team gedreht wurde. Die Schauspieler arbeiten zum fünften Mal mit "
      "ihm zusammen, wie in seinen letzten Filmen, die auch nicht viel kosten.")
# A Spanish lead, its "de" and "en" many (once read as Dutch by them).
ES_LEAD = ("El director de Corea del Sur presenta en el festival de San Sebastián su película más personal, "
           "una historia de amor en la que los actores de siempre vuelven a la ciudad de su infancia.")
# A Chinese brief that quotes a Japanese title: a few kana among many Han characters.
ZH_QUOTING_JA = "宫崎骏的经典动画电影《千と千尋の神隠し》将于下月在中国内地影院重映，这是该片首次在内地正式公映，片方今日发布了新海报。"
JA = "濱口竜介監督の新作が、来年のカンヌ国際映画祭のコンペティション部門に出品されることが決定した。主演は西島秀俊が務める。"


@pytest.mark.parametrize(("text", "language"), [
    (ES, "es"),
    (ES_LEAD, "es"),
    (FR, "fr"),
    (IT, "it"),
    (PT, "pt"),
    (NL, "nl"),
    (DE, "de"),
    (JA, "ja"),
    (ZH_QUOTING_JA, "zh"),
    ("제30회 부산국제영화제가 어제 개막했다. 올해는 64개국에서 온 영화 241편이 상영된다.", "ko"),
    ("第三十届釜山国际电影节昨日开幕，今年共有来自六十多个国家和地区的两百多部影片参加展映。", "zh"),
    ("Busan 2026", ""),  # too few words to tell
])
def test_the_language_of_a_text(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_text_dump_gets_the_language_its_text_is_written_in() -> None:
    article = read_text(f"Una película ligera\nPor Ana Gil\n{ES}\n{ES} Fin.\n{ES} Más.\n")
    assert article.metadata.language == "es"


def test_an_html_page_stating_no_language_gets_its_texts_and_a_stated_one_stays() -> None:
    body = f"<body><article><h1>新作</h1><p>{JA}</p><p>{JA}</p></article></body></html>"
    assert read_html(f"<html><head><title>新作</title></head>{body}".encode(), "p.html").metadata.language == "ja"
    assert read_html(f'<html lang="zh-Hant-TW"><head><title>新作</title></head>{body}'.encode(), "p.html").metadata.language == "zh-Hant-TW"
