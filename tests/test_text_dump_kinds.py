"""Text dumps from sites the reader never saw: one test per kind of fault (issue 11).

The pages are hand-made, in the style of Korean and English film news
(tests/text_dumps/); each test names the kind it stands for.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ingest.cli as cli
from ingest import model
from ingest.batch import run_pages
from ingest.cache import PageCache
from ingest.errors import PageError
from ingest.gate import check_article
from ingest.myst import render_article
from ingest.pipeline import PageResult, ingest_corpus, read_page, text_templates
from ingest.plaintext import inline_text
from ingest.text import title_model
from ingest.text.lines import Line, is_navigation, is_prose, is_trail
from ingest.text.page import BY_POSITION
from ingest.text.reader import read_text, title_candidates
from ingest.text.template import site_templates, template_digest
from tests.articles import body, reasons

DUMPS = Path(__file__).parent / "text_dumps"


def dump(name: str) -> model.Article:
    return read_text((DUMPS / f"{name}.txt").read_text(encoding="utf-8"))


def captions(article: model.Article) -> list[str]:
    return [inline_text(b.caption) for b in article.blocks if isinstance(b, model.Figure)]


# --- 1. No running text lost by position ------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.stem for p in DUMPS.glob("*.txt")))
def test_no_sentence_is_dropped_for_its_place_alone(name: str) -> None:
    for dropped in dump(name).dropped:
        if len(dropped.text.split()) >= 8 and dropped.text.rstrip().endswith((".", "!", "?", "다.")):
            assert not dropped.reason.startswith(BY_POSITION), dropped


def test_alt_text_repeated_above_the_headline_costs_no_text() -> None:
    article = dump("alt_text_repeated_above_headline")
    assert article.metadata.title == "Lee Hana on playing a silent-film star in the age of AI"
    assert "spent two years learning to speak like a woman" in body(article)
    assert "the casting took eleven months" in body(article)
    assert reasons(article)["Festivals"].startswith("above the headline (not running text)")


def test_copyright_credit_mid_article_keeps_the_rest_of_the_article() -> None:
    article = dump("korean_credit_mid_article")
    assert "영화는 올해 가을 개봉을 목표로" in body(article)
    assert "© 스튜디오 루멘" in article.metadata.image_credits
    assert article.metadata.publisher != "스튜디오 루멘"


def test_a_footer_copyright_still_ends_the_article() -> None:
    article = read_text(
        "Festival opens\nThe festival opened on Friday with forty films made with generative tools, more than ever before.\n"
        "The jury will announce its prizes on Sunday evening in the main hall of the festival centre.\n"
        "© 2024 Example News. All rights reserved.\n"
        "Why farmers may want to paint their cows with zebra stripes, and what the science says about it.\n"
    )
    assert "zebra stripes" not in body(article)
    assert reasons(article)["Why farmers may want to paint their cows with zebra stripes, and what the science says about it."].startswith("page footer")


def test_the_articles_own_list_after_its_text_is_kept() -> None:
    intro = "The festival opened on Friday with forty films made with generative tools, more than ever before, and the jury is announced.\n" * 3
    stops = "".join(f"June {day} -- Haeundae Open-Air Cinema, Busan, screening {day}\n" for day in range(1, 7))
    article = read_text(f"Festival tour\n{intro}The tour dates:\n{stops}Home\nNews\nFilms\nAbout\n")
    assert "June 6 -- Haeundae Open-Air Cinema, Busan, screening 6" in body(article)
    assert "News" not in body(article).splitlines()


ITALIAN_REVIEW = (
    "Il film si apre su un porto deserto, dove la regista lascia che il silenzio racconti più di qualsiasi "
    "dialogo e che i volti dei pescatori parlino da soli."
)
SITE_MENU_AFTER_REVIEW = "Condividi\nFacebook\nTwitter\nRecensioni\nInterviste\nFestival\nChi siamo\nContatti\n"


def test_a_reviews_rating_running_time_and_credits_before_the_sites_menu_are_its_text() -> None:
    """"Voto: 4/5" closing a review, right above the site's menu, was dropped with the menu as a
    "menu or link list"; a rating, a running time and the credits are the review's own fact box."""
    facts = ["Voto: 4/5", "Durata: 104 minuti", "Regia: Kim Ji-yeon", "Cast: Lee Min-ji, Park Seo-joon"]
    text = "\n".join(facts)
    article = read_text(f"Il porto di carta\nDi Marco Rossi\n{ITALIAN_REVIEW}\n{ITALIAN_REVIEW}\n{ITALIAN_REVIEW}\n{text}\n{SITE_MENU_AFTER_REVIEW}")
    assert all(fact in body(article) for fact in facts)
    assert "Interviste" not in body(article)


def test_a_score_that_says_so_needs_no_label() -> None:
    """A book review's "5 von 5 Punkten" closing the text, above the blog's menu."""
    article = read_text(f"Il porto di carta\nDi Marco Rossi\n{ITALIAN_REVIEW}\n{ITALIAN_REVIEW}\n{ITALIAN_REVIEW}\n5 von 5 Punkten\n{SITE_MENU_AFTER_REVIEW}")
    assert "5 von 5 Punkten" in body(article)


def test_a_gallerys_picture_counter_after_the_text_is_no_rating() -> None:
    """A score needs its label ("Voto: 4/5"): a gallery's "1/10" under the text goes with the menu after it."""
    article = read_text(f"Il porto di carta\nDi Marco Rossi\n{ITALIAN_REVIEW}\n{ITALIAN_REVIEW}\n{ITALIAN_REVIEW}\n1/10\n{SITE_MENU_AFTER_REVIEW}")
    assert reasons(article)["1/10"] == "after the article's main text (menu or link list)"


# --- 2. Each site's template, learned from the corpus --------------------------------------

SITE_A = "Home\nFilms\nCineLetter :: news for film people\n{title}\n{text}\n{text} More.\nAbout us\nNewsletter sign-up for film people, every Friday\n"
TEXT = "The festival opened on Friday with forty films made with generative tools, more than ever before in its history."
MENU = "Home\nNews\nReviews\nInterviews\nFestivals\nPodcast\n"


def test_lines_on_several_pages_of_a_site_are_its_chrome() -> None:
    pages = {
        key: ("cineletter.example", SITE_A.format(title=f"Story {key} opens the festival", text=f"{TEXT} Story {key}."))
        for key in ("a", "b", "c")
    }
    templates = site_templates(pages)
    assert set(templates["a"]) == {"Home", "Films", "CineLetter :: news for film people", "About us", "Newsletter sign-up for film people, every Friday"}
    article = read_text(pages["a"][1], templates["a"])
    assert "Newsletter sign-up" not in body(article)
    assert reasons(article)["Newsletter sign-up for film people, every Friday"] == "site template (the same line is on 2 other pages of this site)"
    assert article.metadata.title == "Story a opens the festival"


def test_a_byline_the_site_prints_on_every_page_is_the_author_not_chrome() -> None:
    # A columnist's pages: the same byline under every headline, recognised by its shape first.
    pages = {
        key: ("cineletter.example", SITE_A.format(title=f"Story {key}\nBy Mina Park", text=f"{TEXT} Story {key}."))
        for key in ("a", "b", "c")
    }
    templates = site_templates(pages)
    article = read_text(pages["a"][1], templates["a"])  # the site prints it on every page...
    assert article.metadata.authors == ["Mina Park"]  # ...and it is still this article's byline
    assert reasons(article)["By Mina Park"] == "byline (shown in the article header)"


def test_a_headline_the_sites_list_of_teasers_shows_again_is_not_chrome() -> None:
    """With two pages of a site, the article and the site's index listing it, the headline was on
    "1 other page of this site" and dropped as template: the article lost its title."""
    headline = "Night Tide: An Interview with Nora Field"
    listing = SITE_A.format(title=f"Interviews\n{headline}\nThe director on her first feature.\nRead more", text=TEXT)
    article = SITE_A.format(title=f"{headline}\nPosted on March 12, 2025 by Ellen Brooks", text=TEXT + " Story.")
    pages = {"article": ("sfq.example", article), "index": ("sfq.example", listing)}
    templates = site_templates(pages)
    assert headline not in templates["article"]
    assert {"Home", "Films", "About us"} <= set(templates["article"])  # the menu and footer blocks still are
    assert read_text(pages["article"][1], templates["article"]).metadata.title == headline


def test_a_headline_the_index_lists_under_the_same_label_is_not_chrome() -> None:
    """The index's first teaser stood under the same section label ("News") as the article's
    headline, so the pair repeated like a template's; the article got its photo credit for a title.
    The index follows the headline with the article's own first line: a teaser, not chrome."""
    headline = "Night Tide opens the Busan festival"
    lead = "Nora Field's first feature opened the festival on Friday night, to a full house of eight hundred."
    article = SITE_A.format(title=f"News\n{headline}\nBy Lee Su-jin | 2025.02.03 14:21\n{lead}", text=TEXT)
    listing = SITE_A.format(title=f"News\n{headline}\n{lead}\nAnother headline of the day\nAnother teaser of the day, shorter.", text="")
    pages = {"article": ("sfq.example", article), "index": ("sfq.example", listing)}
    templates = site_templates(pages)
    assert headline not in templates["article"]
    assert read_text(pages["article"][1], templates["article"]).metadata.title == headline


def test_a_korean_byline_with_posted_and_edited_times_is_the_byline_and_date_not_a_deck() -> None:
    article = read_text(f"봉준호 감독 신작 베를린영화제 초청\n이수진 기자 입력 2025.02.03 14:21 수정 2025.02.03 15:02 댓글 0\n{TEXT}\n{TEXT} More.\n")
    assert (article.metadata.authors, article.metadata.date, article.metadata.deck) == (["이수진"], "2025-02-03", [])


def test_a_korean_byline_after_the_word_for_text_by_is_the_byline_not_a_deck() -> None:
    """"글 이지은 기자" (text: reporter Lee Ji-eun) was published as the deck, with no author."""
    article = read_text(f"[리뷰] 봉준호 감독의 〈야시장〉\n글 이지은 기자 | 입력 2025.09.20 09:00\n{TEXT}\n{TEXT} More.\n")
    assert (article.metadata.authors, article.metadata.date, article.metadata.deck) == (["이지은"], "2025-09-20", [])


def test_a_site_index_of_teasers_with_dated_bylines_is_a_listing() -> None:
    teasers = "".join(
        f"{headline}\n{lead}\n{reporter} 기자 2025.0{n}.03 14:21\n"
        for n, (headline, lead, reporter) in enumerate(
            [
                ("봉준호 감독 신작 베를린영화제 초청", "봉준호 감독의 신작이 제75회 베를린국제영화제 스페셜 갈라 부문에 공식 초청됐다.", "이수진"),
                ("박찬욱 감독 베니스 경쟁 부문 진출", "박찬욱 감독이 신작으로 베니스국제영화제 경쟁 부문에 진출했다고 배급사가 밝혔다.", "김민준"),
                ("김태용 감독 AI 단편 공개", "김태용 감독이 생성형 AI로 만든 단편 영화를 오늘 온라인으로 처음 공개했다.", "이수진"),
            ],
            start=1,
        )
    )
    assert read_text(f"씨네포커스\n뉴스\n{teasers}회사소개 광고문의\n").teasers == 3


def test_a_korean_photo_credit_set_off_by_a_slash_is_a_credit() -> None:
    article = read_text(f"봉준호 감독 신작 베를린영화제 초청\n{TEXT}\n/사진=워너브러더스코리아 제공\n{TEXT} More.\n")
    assert article.metadata.image_credits == ["사진=워너브러더스코리아 제공"]
    assert "사진" not in body(article)


def test_a_line_that_opens_a_quotation_with_a_colon_is_text_not_a_deck() -> None:
    intro = "The programme note for the midnight screening read, in full:"
    article = read_text(f"The midnight screening that broke the programme\nBy Jane Doe\n{intro}\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.deck == [] and body(article).startswith(intro)


def test_a_line_without_a_letter_is_never_a_deck() -> None:
    article = read_text(f"Colder temperatures forecast for Wednesday\nWritten: 2023-11-07 15:03:30\n/\nUpdated: 2023-11-07 15:30:46\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.deck == [] and article.metadata.date == "2023-11-07"


def test_a_fenced_block_right_under_the_header_is_kept() -> None:
    """The block stood above where the body was taken to start: it was in neither the body nor the dropped list."""
    fence = "```\nscreen --midnight\n```"
    article = read_text(f"The midnight screening that broke the programme\nBy Jane Doe\nA note on the night\n{fence}\n{TEXT}\n{TEXT} More.\n")
    assert "screen --midnight" in body(article)


def test_a_dateline_two_pages_of_a_site_share_is_each_ones_date() -> None:
    pages = {
        key: ("cineletter.example", SITE_A.format(title=f"Story {key}\nPosted on August 19, 2024", text=f"{TEXT} Story {key}."))
        for key in ("a", "b")
    }
    article = read_text(pages["a"][1], site_templates(pages)["a"])
    assert article.metadata.date == "2024-08-19"
    assert reasons(article)["Posted on August 19, 2024"].startswith("date")


def test_pages_of_different_sites_teach_each_other_nothing() -> None:
    pages = {"a": ("one.example", "Menu\nText one."), "b": ("two.example", "Menu\nText two.")}
    assert site_templates(pages) == {"a": {}, "b": {}}


def test_pages_without_a_site_are_grouped_by_the_lines_they_share() -> None:
    chrome = "Home\nFilms\nFestivals\nInterviews\nAbout us\n"
    pages = {"a": ("", chrome + "Text one."), "b": ("", chrome + "Text two."), "c": ("", "Home\nText three.")}
    templates = site_templates(pages)
    assert set(templates["a"]) == set(chrome.splitlines())  # five shared lines make a site
    assert templates["c"] == {}


def _site_corpus(folder: Path, pages: dict[str, str], extra: str = "") -> None:
    """Pages of one site (a sidecar names it); ``extra``: one more line on each of these pages."""
    folder.mkdir(exist_ok=True)
    for name, title in pages.items():
        text = SITE_A.format(title=title, text=f"{TEXT} {title}.") + extra
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.toml").write_text('source_url = "https://cineletter.example/' + name + '"\n', encoding="utf-8")


class Counting:
    def __init__(self, templates: dict[Path, dict[str, int]]) -> None:
        self.templates, self.seen = templates, []

    def __call__(self, page: Path) -> PageResult:
        self.seen.append(page.name)
        return PageResult(page.name, text=body(read_page(page, template=self.templates.get(page))))


def _ingest(corpus: Path, cache: Path) -> list[str]:
    pages = sorted(corpus.glob("*.txt"))
    templates = text_templates(pages)
    work = Counting(templates)
    depends = lambda page: template_digest(templates.get(page, {}))  # noqa: E731
    run_pages(work, pages, corpus, cache=PageCache(cache, "v"), load=lambda d: PageResult(**d), jobs=1, depends=depends)
    return work.seen


def test_a_new_sibling_reruns_exactly_the_pages_whose_template_it_changes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    banner = "Busan 2024: our festival special\n"
    _site_corpus(corpus, {"a": "Story a"})
    _site_corpus(corpus, {"b": "Story b"}, extra=banner)  # a banner no other page has yet
    (corpus / "other.txt").write_text("Another site\n" + TEXT + "\n", encoding="utf-8")
    assert _ingest(corpus, tmp_path / "cache") == ["a.txt", "b.txt", "other.txt"]
    assert _ingest(corpus, tmp_path / "cache") == []
    # A third page of the site prints the same chrome: a's and b's template lines do not change.
    _site_corpus(corpus, {"c": "Story c"})
    assert _ingest(corpus, tmp_path / "cache") == ["c.txt"]
    # A fourth page prints b's banner too: b's template changes (its file does not), a's and c's do not.
    _site_corpus(corpus, {"d": "Story d"}, extra=banner)
    assert _ingest(corpus, tmp_path / "cache") == ["b.txt", "d.txt"]
    # Deleting d gives b its old template back.
    (corpus / "d.txt").unlink()
    assert _ingest(corpus, tmp_path / "cache") == ["b.txt"]


# --- 3. Titles by evidence -----------------------------------------------------------------


def test_title_is_never_ui_text_a_file_name_or_a_question() -> None:
    article = dump("titles_by_evidence")
    assert article.metadata.title == "Harbour Lights review: a quiet film about a loud machine"
    assert "What would you do if a machine could finish your last film for you?" in body(article)


def test_a_two_sentence_headline_is_the_title() -> None:
    assert dump("two_sentence_headline_under_breadcrumb").metadata.title == "The jury saw every film. Then it gave no prize."


def test_a_breadcrumb_trail_ending_with_the_headline_is_navigation_not_text() -> None:
    article = dump("two_sentence_headline_under_breadcrumb")
    trail = "Home » Festivals » Busan » The jury saw every film. Then it gave no prize."
    assert trail not in body(article)
    assert reasons(article)[trail] == "breadcrumb trail or tag list (the site's navigation)"


@pytest.mark.parametrize(
    ("line", "trail"),
    [
        ("Home » Recipes » Sharing » Olive & Herb Focaccia Bread", True),
        ("home / News / Festivals", True),
        ("Film, Busan, Interview, Lee Hana", True),  # a list of tags
        ("AC/DC live in Busan, Seoul and Daegu", False),
        ("Volleyball | MTV Stuttgart", False),  # one separator: a headline and its section
        ("<Paper Moon Lane> by Jung Ha-eun. Her short film <Fig Tree> (2017) won.", False),  # titles' brackets
        ("Home > Films > <Fig Tree>", True),
    ],
)
def test_trail_shape(line: str, trail: bool) -> None:
    assert is_trail(line) is trail


def test_an_interviews_deck_ending_with_a_full_stop_is_not_its_headline() -> None:
    # A line ending with a full stop may be a headline now (two-sentence headlines): the deck under
    # the headline, a sentence about the interview, must still lose to it.
    article = dump("interview_deck_under_headline")
    assert article.metadata.title == "Lee Hana: “I wanted the machine to feel like a ghost”"
    assert article.metadata.deck == ["The actor on playing a silent-film star in a film made with generative tools, and why she never watched her digital double."]


def test_a_sentence_between_the_headline_and_the_byline_is_the_deck() -> None:
    # The news layout's order: headline, deck (standfirst), byline, date, text. The deck's full stop
    # does not make it the text's first paragraph, nor does a reporter's name alone on its line.
    article = read_text(
        "Site\nNews\nThe Wild Story of a Song\n"
        "An actress went under the knife in 2009. Hours later, she woke up as a songwriter.\n"
        "David Ehrlich\nNov 13, 2019 4:26 pm\n"
        "The bizarre odyssey of how the song came to be is told by everyone who was in the room that week.\n"
        "It began, as these things do, with a phone call nobody expected to matter at all.\n"
    )
    assert article.metadata.deck == ["An actress went under the knife in 2009. Hours later, she woke up as a songwriter."]
    assert article.metadata.authors == ["David Ehrlich"]
    assert body(article).startswith("The bizarre odyssey")


def test_a_headline_may_name_a_date() -> None:
    article = dump("headline_names_a_date")
    assert article.metadata.title == "Minutes of the board meeting of 10 October 2025"


def test_headline_under_a_long_menu_is_the_one_with_the_reporter_and_date_under_it() -> None:
    # A select-all copy of a news page: a skip link and a menu first, then the headline.
    menu = "\n".join(["Go straight to the content", "Your Paper", "News", "Sport", "Films", "Festivals", "Reviews", "Opinion", "Puzzles", "FESTIVAL FEVER"])
    headline = "Busan festival names its AI jury"
    article = read_text(f"{menu}\n{headline}\nMina Park\n18 Nov 2019, 19:09\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.title == headline
    assert article.metadata.date == "2019-11-18"


def test_with_no_headline_a_menu_above_the_text_is_still_dropped() -> None:
    menu = "Home\nFilms\nFestivals\nInterviews\nArchive\nReviews\nPodcast\nEvents\nShop\nAbout\n"  # more than a header's lines
    article = read_text(f"{menu}{TEXT}\n{TEXT} More.\n")
    assert article.metadata.title == ""
    assert reasons(article)["Festivals"] == "above the article's text (not running text; no headline found)"
    assert body(article).startswith(TEXT)


def test_with_no_headline_a_few_short_lines_above_the_text_stay() -> None:
    article = read_text(f"lights and shadows\na film diary\n---\nnotes: week 12\n{TEXT}\n{TEXT} More.\n")
    assert "a film diary" in body(article)
    assert "notes: week 12" in body(article)


def test_a_dump_saved_by_hand_opens_with_its_headline() -> None:
    # The first line, a blank line, a short text: no browser copy looks like this, a curator's file does.
    assert read_text("Story number 002\n\nThe text of story 002.\n").metadata.title == "Story number 002"


def test_headline_forty_lines_above_the_first_two_paragraphs_in_a_row_is_found() -> None:
    article = dump("headline_above_interleaved_text")
    assert article.metadata.title == "Han Ji-won on shooting a feature film in nine days"
    assert "Why nine days?" in body(article)


def test_a_question_with_the_date_beside_it_is_the_headline_though_a_paragraph_follows() -> None:
    headline = "What will generative tools do to the film set next year?"
    article = read_text(f"{MENU}Oct 24, 2023\n{headline}\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.title == headline


def test_a_dateline_in_another_language_is_the_date_not_the_headline() -> None:
    article = read_text(f"{MENU}Das Festival ernennt seine erste KI-Jury\nVeröffentlicht am 12. Juni 2017 von Anna Berg\n{TEXT}\n{TEXT} More.\n")
    assert (article.metadata.title, article.metadata.date) == ("Das Festival ernennt seine erste KI-Jury", "2017-06-12")


def test_a_lead_pictures_caption_with_its_credit_under_it_is_not_the_headline() -> None:
    caption = "Director Han Ji-won at the premiere in Busan\nPhoto courtesy of Studio Haneul\n"
    article = read_text(f"{caption}Festival names its first AI jury\nOct 24, 2023\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.title == "Festival names its first AI jury"


def test_a_field_line_is_never_the_headline() -> None:
    article = read_text(f"---\ntitle: Festival names its first AI jury\n---\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.title == ""
    assert "title: Festival names its first AI jury" in body(article)


def test_the_title_model_weighs_exactly_the_evidence_the_reader_names() -> None:
    candidates = title_candidates((DUMPS / "titles_by_evidence.txt").read_text(encoding="utf-8"))
    assert candidates
    assert {name for _, features in candidates for name in features} == set(json.loads(title_model.MODEL.read_text())["weights"])


def test_title_without_evidence_falls_back_to_the_file_name_with_the_candidates(tmp_path: Path) -> None:
    page = tmp_path / "diary-007.txt"
    page.write_text((DUMPS / "no_title_evidence.txt").read_text(encoding="utf-8"), encoding="utf-8")
    article = read_page(page)
    assert article.metadata.title == "diary-007"
    assert any("title: low confidence (candidates: 'lights and shadows'" in w for w in article.warnings)
    assert any("no title found; using the file name" in w for w in article.warnings)


def test_a_sidecar_title_ends_the_doubt(tmp_path: Path) -> None:
    page = tmp_path / "diary.txt"
    page.write_text((DUMPS / "no_title_evidence.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "diary.meta.toml").write_text('title = "A film diary"\n', encoding="utf-8")
    assert read_page(page).warnings == []


def test_headline_repeated_with_a_review_prefix_is_not_body_text() -> None:
    article = dump("chrome_kinds")
    assert article.metadata.title == "The Paper Orchard"
    assert "(Movie Review)" not in body(article)
    assert body(article).startswith("The Paper Orchard is the rare festival film")  # a sentence, not alt text


# --- Chrome kept before --------------------------------------------------------------------------

MORE_STORIES = [
    ("Busan names its first AI jury", "October 2, 2025", "The festival named five directors and critics to judge its new section."),
    ("Jeonju opens a market for AI shorts", "September 28, 2025", "Forty projects from twelve countries are looking for money this week."),
    ("The Paper Orchard earns its long running time", "September 25, 2025", "A slow film about a family farm that rewards the patience it asks for…"),
]


def test_a_run_of_dated_teasers_after_the_text_goes_without_a_heading() -> None:
    """Other articles' headline, date and blurb, three times under the text with no "Related" heading
    above them: the blurbs read as running text, so the main text ran on through the teasers and the
    author's box under them. The run of one shape with its dates is the evidence."""
    tail = "".join(f"{headline}\n{date}\n{blurb}\n" for headline, date, blurb in MORE_STORIES)
    article = read_text(f"Festival opens its doors\nBy Mina Park\n{ARTICLE}\n{tail}Mina Park writes on film for the paper.\n")
    for line in (line for teaser in MORE_STORIES for line in teaser):
        assert line not in body(article)
        assert reasons(article)[line] == "teaser of another article (3 of one shape in a run after the article's text)"
    assert f"{TEXT} Paragraph 5." in body(article)


def test_a_festival_diarys_dated_entries_are_the_article() -> None:
    """A diary: a short introduction, then each day's title, date and paragraph. Its entries have the
    teasers' shape, but they outweigh the text above them: they are the article."""
    entries = [
        ("Day one: the harbour at night", "October 2, 2025", f"{TEXT} {TEXT} The first day ended at the harbour."),
        ("Day two: a jury without a screen", "October 3, 2025", f"{TEXT} {TEXT} The second day began with rain."),
        ("Day three: the long film", "October 4, 2025", f"{TEXT} {TEXT} The third day ended after midnight."),
    ]
    diary = "".join(f"{title}\n{date}\n{entry}\n" for title, date, entry in entries)
    intro = f"{TEXT} {TEXT} {TEXT} I kept this diary for the paper, one entry a day, in the order the days came to me."
    article = read_text(f"Three days in Busan\nBy Mina Park\n{intro}\n{diary}")
    assert all(entry in body(article) for _, _, entry in entries)




@pytest.mark.parametrize(
    "line",
    [
        "ReelNotes :: The Movie Database, discover films and people",
        "Get Daily Updates",
        "Spoiler alert: this review discusses the ending.",
        "Reading Time: 4 minutes",
        "Source | 2021/02/24 | Permalink",
        "Why you can trust ReelNotes",
        "Be the first to comment",
        "Back to top button",
        "Five festival films to watch this autumn",  # under an inline "Related articles"
    ],
)
def test_site_chrome_never_reaches_the_body(line: str) -> None:
    article = dump("chrome_kinds")
    assert line not in body(article)
    assert line in reasons(article)


def test_text_after_an_inline_related_box_is_kept() -> None:
    assert "The performances are quiet and exact" in body(dump("chrome_kinds"))


@pytest.mark.parametrize("heading", ["Schreibe einen Kommentar", "Hinterlasse eine Antwort", "Deja un comentario", "Laisser un commentaire"])
def test_a_comment_heading_in_another_language_ends_the_article(heading: str) -> None:
    reader_comment = "Ein wunderbarer Film, ich habe ihn zweimal gesehen und würde ihn jedem empfehlen."
    article = read_text(f"Festival names its first AI jury\n{TEXT}\n{TEXT} More.\n{heading}\n{reader_comment}\n")
    assert reasons(article)[heading] == "comments"
    assert reader_comment not in body(article)


def test_a_menu_the_page_prints_again_in_its_footer_is_chrome_inside_the_text() -> None:
    """A select-all copy holds the site's menu under the masthead and again in the footer; the
    copy that joined the article's text goes too, on the evidence of the footer's copy."""
    menu = "Reviews\nInterviews\nFestival diary\n"
    page = (
        f"Busan opens with an AI-made short\nBy Lee Min-ji\n{TEXT}\n{TEXT} Second.\n{menu}{TEXT} Third.\n{TEXT} Fourth.\n"
        f"© 2025 ReelNotes. All rights reserved.\n{menu}Contact\nPrivacy\n"
    )
    article = read_text(page)
    assert "Festival diary" not in body(article)
    assert any(d.text == "Festival diary" and "chrome repeated" in d.reason for d in article.dropped)
    assert f"{TEXT} Fourth." in body(article)


def test_an_articles_own_lines_printed_twice_in_its_text_stay() -> None:
    """Repetition inside the text alone is no evidence: an interview's "Q" or a review's "Verdict"."""
    page = f"Ten questions for Kim Ji-woo\nBy Lee Min-ji\n{TEXT}\nVerdict\n{TEXT} Second.\nVerdict\n{TEXT} Third.\n"
    assert body(read_text(page)).count("Verdict") == 2


@pytest.mark.parametrize("heading", ["Weitere Artikel", "Das könnte Sie auch interessieren", "Notas relacionadas", "À lire aussi", "Leia também", "관련기사"])
def test_a_related_box_heading_in_another_language_ends_the_article(heading: str) -> None:
    teaser = "Kim Ji-woo dreht ihren nächsten Film in Jeonju"
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\n{heading}\n{teaser}\nKim Ji-woo im Interview\nPaper Moon: die Kritik\n")
    assert reasons(article)[heading] == "site section"
    assert teaser not in body(article)


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Five festival films to watch this autumn",
        "Lesen Sie auch: Fünf Festivalfilme für den Herbst",
        "Lea también: Cinco películas del festival para este otoño",
        "관련기사: 부산영화제, 올해의 AI 영화 다섯 편",
    ],
)
def test_a_labelled_link_to_another_article_inside_the_text_is_chrome_and_the_text_goes_on(line: str) -> None:
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\n{line}\n{ARTICLE} The end.\n")
    assert reasons(article)[line] == "link to another article"
    assert "The end." in body(article)


@pytest.mark.parametrize(
    "line",
    ["Share this:", "Artikel teilen", "Teilen Sie dies mit:", "Partager", "공유하기", "Jetzt Newsletter abonnieren", "Tags:", "Schlagwörter", "Zurück zur Übersicht"],
)
def test_share_newsletter_and_tag_labels_in_the_languages_of_the_press_are_chrome(line: str) -> None:
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\n{line}\nPaper Moon\nBusan\nKim Ji-woo\n")
    assert line in reasons(article)
    assert line not in body(article)


@pytest.mark.parametrize("line", ["Filed Under: Busan, AI films, Interviews", "Tags: 부산국제영화제, 인공지능", "Schlagworte: Busan, KI-Film"])
def test_a_tag_list_on_its_labels_line_is_chrome(line: str) -> None:
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\n{line}\n{ARTICLE} The end.\n")
    assert reasons(article)[line] == "tag list"


@pytest.mark.parametrize("line", ["Reddit", "Pocket", "Flipboard", "카카오스토리", "Share All sharing options", "@minjilee"])
def test_the_share_bars_buttons_and_a_lone_handle_are_chrome(line: str) -> None:
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{line}\n{ARTICLE}\n{line}\n{ARTICLE} The end.\n")
    assert line in reasons(article)
    assert line not in body(article)


@pytest.mark.parametrize(
    "line",
    [
        "7 hours ago",
        "Hace 3 horas",
        "3시간 전",
        "Busan names its AI jury ~6 hours ago",  # a teaser's headline with its stamp
        "The jury saw every film.Click To Tweet",
        "I agree that ReelNotes can send me the Festival Diary newsletter.",
    ],
)
def test_teaser_stamps_click_to_tweet_boxes_and_sign_up_consent_are_chrome(line: str) -> None:
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\n{line}\n{ARTICLE} The end.\n")
    assert line in reasons(article)
    assert line not in body(article)


def test_a_headline_that_says_how_long_ago_something_happened_is_no_stamp() -> None:
    line = "Two new festivals were founded just 2 days ago"
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\n{line}\n{ARTICLE} The end.\n")
    assert line not in reasons(article)


def test_korean_font_size_widget_is_chrome() -> None:
    assert reasons(dump("korean_credit_mid_article"))["이 글자크기로 변경됩니다."] == "UI control"


# --- 4. Dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("August 19, 2024", "2024-08-19"),
        ("Sep 23, 2012", "2012-09-23"),
        ("2025-10-13 10:41:30", "2025-10-13"),
        ("2021/02/24", "2021-02-24"),
        ("2024.03.05", "2024-03-05"),
        ("2024년 3월 5일", "2024-03-05"),
        ("입력 2024.03.05 10:41", "2024-03-05"),
        ("Posted on August 19, 2024 by Mina Park", "2024-08-19"),
        ("Source | 2021/02/24 | Permalink", "2021-02-24"),
        ("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019", "2019-11-19"),
        ("By Mina Park | Oct 24, 2023 | Updated: Oct 25, 2023 at 10:41 am by the desk", "2023-10-24"),
        ("Publicado el 15 de marzo de 2021", "2021-03-15"),
        ("Veröffentlicht am 12. Juni 2017 von Anna Berg", "2017-06-12"),
        ("19.10.19 · Kino", "2019-10-19"),
        ("21. Januar 202221. Januar 2022", "2022-01-21"),  # a copy glues a date shown twice
        ("Okt 13, 2022 | Kino & Serien", "2022-10-13"),
        ("veröffentlicht am 14 Feb ’20 | Kategorien: Kino | Jetzt kommentieren", "2020-02-14"),
        ("30/10/23 | Filmmagazin", "2023-10-30"),
        ("Busan Festival November 20, 2019 13:42", "2019-11-20"),  # a date with a few words about it
        ("February 4, 2020 • words written by Mina Park • photos by Kim Dong-hyun • a six minute read", "2020-02-04"),
        ("Last updated 04 Jun 2020, originally created 17 Jun 2019", "2019-06-17"),  # the publication's, not the revision's
        ("Submitted 16 December 2023. Published 2 January 2024.", "2024-01-02"),  # the publication's, not an earlier milestone's
    ],
)
def test_the_date_forms_sites_print(line: str, iso: str) -> None:
    article = read_text(f"Festival names its first AI jury\n{line}\n{TEXT}\n")
    assert article.metadata.date == iso


def test_a_page_that_writes_its_dates_day_first_is_read_day_first() -> None:
    # Its replies' "14/05/2022" can only be day first, so the header's "08/05/2022" is 8 May, not August 5;
    # and the publication's date is the article's, not the revision's under it.
    article = dump("day_first_dates_and_revisions")
    assert (article.metadata.title, article.metadata.date) == ("Lima festival opens with a debut about a mother", "2022-05-08")


def test_a_page_that_writes_its_dates_month_first_keeps_them_so() -> None:
    page = (DUMPS / "day_first_dates_and_revisions.txt").read_text(encoding="utf-8")
    article = read_text(page.replace("14/05/2022", "May 14, 2022").replace("15/05/2022", "May 15, 2022"))
    assert article.metadata.date == "2022-08-05"


def test_a_publication_date_after_the_text_outranks_a_revision_date_in_the_header() -> None:
    article = read_text(f"Festival names its first AI jury\nAktualisiert: 11.04.2020, 10:27\n{ARTICLE}\nPubliziert: 03.04.2020, 12:35\n44 Kommentare\n")
    assert article.metadata.date == "2020-04-03"


def test_a_revision_date_is_the_date_of_a_page_that_shows_no_other() -> None:
    article = read_text(f"Festival names its first AI jury\n{ARTICLE}\nLetzte Aktualisierung: 28.01.2022\nAutor*in\n")
    assert article.metadata.date == "2022-01-28"


def test_a_blogs_note_under_the_post_that_it_was_published_on_a_day_dates_it() -> None:
    note = "This entry was posted in Festivals and tagged Busan, juries on December 11, 2012 by Mina Park."
    article = read_text(f"Festival names its first AI jury\n{ARTICLE}\nRelated posts\n{note}\nLeave a reply\n")
    assert article.metadata.date == "2012-12-11"


def test_a_month_named_in_a_line_near_the_headline_is_a_period_not_the_date() -> None:
    article = read_text(f"Festival names its first AI jury\nFestival diary March 2024: the jury's first week\n{ARTICLE}\n")
    assert article.metadata.date == ""


def test_dated_lines_in_a_row_under_the_headline_are_a_list_not_the_header() -> None:
    listing = "Next screenings\n20.02.2020 20:00 Open-air screening\n13.02.2020 20:00 Members' night\n"
    article = read_text(f"Festival names its first AI jury\n{listing}By Anna Berg\n21. September 2019\n{ARTICLE}\n")
    assert article.metadata.date == "2019-09-21"


def test_the_articles_own_date_not_a_comments() -> None:
    article = dump("datelines")
    assert article.metadata.date == "2024-08-19"
    assert "Great news" not in body(article)


def test_a_dateline_inside_the_text_far_below_the_top_is_the_articles_date() -> None:
    paragraphs = "\n".join(f"{TEXT} Paragraph {n}." for n in range(10))
    article = read_text(f"{paragraphs}\n19 Nov 2019, 10:41\n{TEXT} The end.\n")
    assert article.metadata.date == "2019-11-19"


def test_an_impossible_date_is_not_the_articles_date_and_says_so_as_a_sidecars_would() -> None:
    article = read_text(f"Festival names its first AI jury\n2025-02-30\n{TEXT}\n")
    assert article.metadata.date == ""
    assert article.warnings == ["date '2025-02-30' is not a calendar date (2025-02 has 28 days)"]


def test_a_sidecar_date_ends_the_doubt_about_an_impossible_one(tmp_path: Path) -> None:
    page = tmp_path / "jury.txt"
    page.write_text(f"Festival names its first AI jury\n2025-02-30\n{TEXT}\n", encoding="utf-8")
    assert read_page(page).warnings == [f"{page}: date '2025-02-30' is not a calendar date (2025-02 has 28 days)"]
    (tmp_path / "jury.meta.toml").write_text('date = "2025-02-28"\n', encoding="utf-8")
    assert read_page(page).warnings == []


ARTICLE = "\n".join(f"{TEXT} Paragraph {n}." for n in range(6))


def test_the_one_date_printed_after_the_text_is_the_articles() -> None:
    article = read_text(f"Festival names its first AI jury\n{ARTICLE}\nShare\nTags: Busan, AI\nErscheinungsdatum: 07.02.2022\nNewsletter\n")
    assert article.metadata.date == "2022-02-07"


def test_the_dates_of_related_items_after_the_text_are_not_the_articles() -> None:
    related = "More news\nBusan names a new director\n12.01.2022\nJeonju opens its market\n13.01.2022\nSeoul festival moves to May\n14.01.2022\n"
    assert read_text(f"Festival names its first AI jury\n{ARTICLE}\n{related}").metadata.date == ""


def test_a_dateline_at_the_end_is_metadata_not_text() -> None:
    article = read_text(f"Festival names its first AI jury\n{TEXT}\n{TEXT}\nFirst published on November 19, 2019 / 8:16 AM\n")
    assert article.metadata.date == "2019-11-19"
    assert "First published" not in body(article)


# --- 5. Captions and credits by shape ----------------------------------------------------------------


def test_caption_marked_with_a_triangle_joins_the_caption_box() -> None:
    article = dump("korean_credit_mid_article")
    assert "김지연 감독이 4일 서울 마포구의 촬영 현장에서 배우들과 이야기를 나누고 있다." in captions(article)
    assert "촬영 현장에서" not in body(article)


@pytest.mark.parametrize("credit", ["Photo courtesy|Northlight Pictures", "(Photo Source: Northlight Pictures, Busan Film Festival)"])
def test_photo_credits_by_shape_are_credits(credit: str) -> None:
    article = dump("chrome_kinds")
    assert credit not in body(article)
    assert reasons(article)[credit] == "photo credit (shown in the article header)"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Director Kim Ji-woo on the set of Paper Moon (Image: Northlight Pictures)", "(Image: Northlight Pictures)"),
        ("Kim Ji-woo at the Busan premiere on Friday (Foto: dpa)", "(Foto: dpa)"),
        ("Kim Ji-woo at the Busan premiere on FridayCredit: Northlight Pictures", "Credit: Northlight Pictures"),
        ("Kim Ji-woo at the Busan premiere on Friday. © Northlight Pictures / Lee Min-ji", "© Northlight Pictures / Lee Min-ji"),
        ("Kim Ji-woo at the Busan premiere on Friday. REUTERS/Lee Min-ji", "REUTERS/Lee Min-ji"),
        ("Kim Ji-woo at the Busan premiere on Friday. Photograph by Lee Min-ji/AFP/Getty Images", "Photograph by Lee Min-ji/AFP/Getty Images"),
    ],
)
def test_a_caption_ending_with_the_presss_credit_forms_joins_the_caption_box(caption: str, credit: str) -> None:
    """Wire and newspaper credits at the end of a caption whose picture is gone: the caption box, not the body."""
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\n{caption}\n{ARTICLE}\n")
    assert "Busan premiere" not in body(article) and "on the set" not in body(article)
    figures = [b for b in article.blocks if isinstance(b, model.Figure)]
    assert [inline_text(f.credit) for f in figures] == [credit]


@pytest.mark.parametrize("caption", ["Image caption Kim Ji-woo at the Busan premiere", "Media captionKim Ji-woo on the set of Paper Moon"])
def test_a_caption_labelled_for_screen_readers_joins_the_caption_box(caption: str) -> None:
    article = read_text(f"Paper Moon opens Busan\nBy Lee Min-ji\n{ARTICLE}\nImage copyright Northlight Pictures\n{caption}\n{ARTICLE}\n")
    assert "Kim Ji-woo" not in body(article)
    assert any(text.startswith("Kim Ji-woo") for text in captions(article))
    assert "Northlight Pictures" in " ".join(article.metadata.image_credits)


def test_a_paragraph_naming_its_news_agency_is_text_not_a_caption() -> None:
    """"(dpa)", "(AP)" at the end of a paragraph name its source, not a picture's."""
    closing = "Der Film läuft ab Donnerstag in den Kinos, teilte der Verleih am Montag mit (dpa)"
    assert closing in body(read_text(f"Paper Moon startet im Kino\n{ARTICLE}\n{closing}\n{ARTICLE}\n"))


def test_a_triangle_caption_under_the_headline_is_a_caption_not_the_deck() -> None:
    """The lead picture's caption, right under the headline, was published as the deck, ▲ and all."""
    caption = "▲ Director Choi Ji-hoon speaks at a press conference in Seoul, Tuesday. Courtesy of BIFAN"
    article = read_text(f"AI-made short films take center stage at Bucheon\n{caption}\nBy Lee Min-ji\n{TEXT}\n")
    assert article.metadata.deck == []
    assert any(text.startswith("Director Choi Ji-hoon speaks") for text in captions(article))


def test_a_menu_under_the_headline_is_navigation_not_the_deck() -> None:
    article = read_text(f"Asian Film Week announces its line-up\nHome | Programme | Tickets | Contact\n{TEXT}\n")
    assert article.metadata.deck == []
    assert reasons(article)["Home | Programme | Tickets | Contact"] == "breadcrumb trail or tag list (the site's navigation)"


def test_a_line_with_two_titles_in_angle_brackets_under_the_headline_is_text_not_a_trail() -> None:
    """The Korean press's <Title> marks: each '>' followed by a space was read as a trail's separator,
    and the line (two films, a director) was dropped as navigation."""
    line = "- <Paper Moon Lane> by Jung Ha-eun. Her previous short film <Fig Tree> (2017) screened at Clermont-Ferrand."
    article = read_text(f"Ten shorts in competition at Seoul\nThe festival revealed its short film competition. Highlights:\n{line}\n{TEXT}\n")
    assert "Fig Tree" in body(article)
    assert line.removeprefix("- ") not in reasons(article)


def test_bracketed_photo_credit_is_a_credit() -> None:
    article = read_text(f"Festival names its first AI jury\n{TEXT}\n[Photo: Busan International Film Festival]\n{TEXT}\n")
    assert "Busan International Film Festival" in article.metadata.image_credits[0]


def test_a_line_that_is_only_an_e_mail_address_is_chrome() -> None:
    """A reporter's address closes Korean and many European news articles."""
    article = read_text(f"Festival names its first AI jury\nBy Lee Min-ji\n{TEXT}\nminji.lee@koreafilmnow.example\n")
    assert "@" not in body(article)
    assert reasons(article)["minji.lee@koreafilmnow.example"] == "contact e-mail (an address, not text)"


# --- Subheads and bylines ---------------------------------------------------------------------------------


def test_a_subhead_starting_with_by_is_no_byline() -> None:
    article = read_text(f"Voice actors sign a deal\nBy Mina Park\n{TEXT}\nBy the numbers\n{TEXT} Four hundred actors.\n")
    assert article.metadata.authors == ["Mina Park"]
    assert "By the numbers" in body(article)


def test_a_seoul_dateline_lead_is_a_paragraph() -> None:
    lead = "SEOUL, March 5 (Yonhap) -- Director Kim Ji-yeon's new film finished shooting on Sunday, its producer said."
    article = read_text(f"Kim Ji-yeon wraps her film\n{lead}\n{TEXT}\n")
    assert any(isinstance(b, model.Paragraph) and inline_text(b.inlines) == lead for b in article.blocks)


# --- 6. Listing pages ----------------------------------------------------------------------------------------


def test_listing_page_is_reported_in_one_line_and_not_published(tmp_path: Path) -> None:
    page = tmp_path / "interviews.txt"
    page.write_text((DUMPS / "listing_page.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PageError, match=r"interviews\.txt: looks like a list of 4 article teasers, not one article"):
        read_page(page)


def test_a_listing_page_in_the_corpus_is_a_warning_and_the_build_succeeds(tmp_path: Path) -> None:
    """A curator keeps a site's index page beside its articles: the page is left out, and no error fails `make html`."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "interviews.txt").write_text((DUMPS / "listing_page.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = ingest_corpus(corpus, tmp_path / "out", None)
    assert report.errors == [] and report.written == []
    assert [w for w in report.warnings if "article teasers" in w] == [
        f"{corpus / 'interviews.txt'}: looks like a list of 4 article teasers, not one article; not published"
        ' (set kind = "article" in interviews.meta.toml to publish it)'
    ]


def dated_teasers(items: list[tuple[str, str]], date: str, cut: str = "") -> str:
    """A site's run of teasers: each ``(headline, blurb)`` as headline, its date (``date`` with ``{n}``, the
    teaser's number from 1), blurb (cut short with ``cut``), one line each."""
    return "".join(f"{headline}\n{date.format(n=n)}\n{blurb}{cut}\n" for n, (headline, blurb) in enumerate(items, start=1))


def test_a_channel_page_of_teasers_dated_under_their_headlines_is_a_listing() -> None:
    """A Chinese portal's festival channel: headline, date, blurb cut short with "……", four
    times, then a pager. Its date stood between headline and blurb, so no teaser was seen,
    and the page was published titled by a teaser."""
    teasers = dated_teasers(
        [
            ("釜山电影节公布亚洲电影之窗片单", "第30届釜山国际电影节公布了亚洲电影之窗单元的入选影片"),
            ("东京电影节开幕片确定", "第38届东京国际电影节宣布以一部日本新片作为开幕影片"),
            ("香港电影金像奖提名揭晓", "第44届香港电影金像奖公布提名名单，多部新人作品入围"),
            ("柏林电影节公布评审团名单", "第76届柏林国际电影节公布了主竞赛单元的评审团成员名单"),
        ],
        date="2025-0{n}-1{n}",
        cut="……",
    )
    assert read_text(f"首页 | 新闻 | 影评 | 电影节\n当前位置：首页 > 电影节\n{teasers}上一页 1 2 3 下一页\n关于我们 | 联系我们\n").teasers == 4


def test_a_reference_page_of_settings_whose_items_vary_in_length_is_no_listing() -> None:
    """A game's settings explained: each setting's name, what it does in a sentence, then its values,
    two to four of them. Name and sentence looked like headline and blurb, the names share a form
    ("... Camera Mode"), and the page was refused as a list of teasers; its items are of no one
    shape, as a list's teasers are."""
    settings = [
        ("Single Player Camera Mode", "The camera used for every offline and online match you play alone.", ["Default", "Tele", "Broadcast"]),
        ("Multiplayer Camera Mode", "The camera used for every match played on one console by two.", ["Default", "Dynamic"]),
        ("Locked Player Camera Mode", "The camera used when you play as one player for the whole match.", ["Default", "Pro", "Classic", "Near"]),
        ("Replay Camera Mode", "The camera the highlights and the instant replays are shown with.", ["Default", "Stadium"]),
        ("Training Camera Mode", "The camera used in the training arena and the skill games there.", ["Default", "Tele", "End to End"]),
    ]
    page = "".join(f"{name}\n{sentence}\n" + "".join(f"{value}\n" for value in values) for name, sentence, values in settings)
    assert read_text(f"Camera settings\nEvery camera setting of the game, explained.\n{page}").teasers == 0


def test_a_short_article_under_a_run_of_dated_teasers_is_no_listing() -> None:
    """A short article with subheads (no three sentences in a row) under a site's run of dated teasers:
    the blurbs outnumber its paragraphs, but a body of prose this long is an article's."""
    teasers = dated_teasers(
        [
            ("Busan names its jury", "The festival named five directors and critics to its jury this week."),
            ("Jeonju opens its market", "The market opened with forty projects from twelve countries on Monday."),
            ("Seoul archive restores a classic", "The archive restored a 1961 melodrama from its only surviving print."),
            ("Bucheon adds a new section", "The genre festival added a section for films made with new tools."),
            ("Gangneung closes early", "The small festival closed a day early after a storm hit the coast."),
            ("Daegu shows its shorts", "The city's short film week showed sixty films in three small cinemas."),
            ("Incheon plans a new hall", "The port city plans a film hall beside its old customs house by 2027."),
        ],
        date="2025-10-0{n}",
    )
    paragraph = (
        "The director spent four years on the film, shooting in the harbour town where she grew up and casting "
        "fishermen and their families in every part but the lead, which went to a stage actor from Seoul."
    )
    article = f"Paper Moon Lane opens in Busan\nBy Mina Park\n{paragraph}\nThe shoot\n{paragraph}\nThe cast\n{paragraph}\nThe score\n{paragraph}\n"
    assert read_text(f"{teasers}{article}").teasers == 0


def saved_twice(tmp_path: Path) -> Path:
    """A corpus holding one article twice, as "a.txt" and a browser's second download "a (1).txt"."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    dump = f"Festival opens its doors\nBy Mina Park\n{TEXT}\n{TEXT} More.\n"
    for name in ("a.txt", "a (1).txt"):
        (corpus / name).write_text(dump, encoding="utf-8")
    return corpus


def test_one_article_saved_twice_is_published_once_with_a_warning(tmp_path: Path) -> None:
    corpus = saved_twice(tmp_path)
    report = ingest_corpus(corpus, tmp_path / "out", None)
    assert len(report.written) == 1 and report.errors == []
    assert f"{corpus / 'a (1).txt'}: the same article as {corpus / 'a.txt'}, which is published; this copy can be deleted" in report.warnings


def test_of_one_article_saved_twice_the_copy_with_a_sidecar_is_published(tmp_path: Path) -> None:
    """The sidecar holds the curator's metadata: publishing the other copy lost it silently."""
    corpus = saved_twice(tmp_path)
    (corpus / "a (1).meta.toml").write_text('description = "The curator\'s summary."\n', encoding="utf-8")
    report = ingest_corpus(corpus, tmp_path / "out", None)
    assert f"{corpus / 'a.txt'}: the same article as {corpus / 'a (1).txt'}, which is published; this copy can be deleted" in report.warnings
    (written,) = report.written
    assert "The curator's summary." in (tmp_path / "out" / written).read_text(encoding="utf-8")


def test_inspect_shows_a_listing_page_and_says_why_it_is_not_published(tmp_path: Path, capsys) -> None:
    page = tmp_path / "interviews.txt"
    page.write_text((DUMPS / "listing_page.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main(["inspect", str(page)]) == 0
    out = capsys.readouterr().out
    assert f"warning: {page}: looks like a list of 4 article teasers" in out and "--- article ---" in out


def test_listing_page_is_published_when_the_sidecar_says_article(tmp_path: Path) -> None:
    page = tmp_path / "interviews.txt"
    page.write_text((DUMPS / "listing_page.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "interviews.meta.toml").write_text('kind = "article"\ntitle = "Interviews"\n', encoding="utf-8")
    assert "An Interview with the Editor of Late Autumn" in body(read_page(page))


def test_an_article_with_subheads_is_not_a_listing() -> None:
    for name in ("chrome_kinds", "titles_by_evidence", "alt_text_repeated_above_headline"):
        assert dump(name).teasers == 0


# --- Code fences (issue 14) -------------------------------------------------------------------------------


def test_code_fence_with_a_directive_is_kept_as_inert_text() -> None:
    article = dump("code_fence_directive")
    code = [b for b in article.blocks if isinstance(b, model.Preformatted)]
    assert code == [model.Preformatted('```{raw} html\n<script>alert("trailer")</script>\n```')]
    text = render_article(article, {"source_file": "x.txt", "summary": ""})
    check_article(text)  # the gate re-parses it: no raw block, no script
    assert "````" in text  # fenced by a longer fence than the one inside


def test_versions_of_one_article_without_an_address_keep_their_headline_and_text() -> None:
    """Saved again after an update, without sidecars: the shared headline, byline, date and first
    paragraphs grouped the pages as one site's, and were dropped from each as its template."""
    head = f"Voice actors sign a deal on cloning\nBy Mina Park\nMarch 5, 2024\n{TEXT}\n{TEXT} More.\n"
    pages = {key: ("", f"{head}Update {key}: the union said more on day {key}, and the studios answered in turn.\n") for key in "abc"}
    templates = site_templates(pages)
    assert templates["a"] == {}
    article = read_text(pages["a"][1], templates["a"])
    assert article.metadata.title == "Voice actors sign a deal on cloning" and TEXT in body(article)


def test_copies_of_one_article_keep_their_text() -> None:
    page = SITE_A.format(title="Festival opens its doors", text=TEXT)
    templates = site_templates({"a": ("cineletter.example", page), "b": ("cineletter.example", page)})
    article = read_text(page, templates["a"])
    assert TEXT in body(article)
    assert reasons(article) == reasons(read_text(page))  # the template tells copies nothing


def test_a_rights_notice_every_page_of_a_site_prints_is_still_each_articles_rights() -> None:
    """A second page of the site made its footer template, and the notice vanished from both articles."""
    footer = "Copyright © 2024 Korea Film News. All rights reserved."
    pages = {
        key: ("kfn.example", SITE_A.format(title=f"Story {key} opens the festival", text=f"{TEXT} Story {key}.") + f"{footer}\nTerms of use\n")
        for key in ("a", "b")
    }
    templates = site_templates(pages)
    assert footer in templates["a"]
    article = read_text(pages["a"][1], templates["a"])
    assert article.metadata.rights == footer
    assert reasons(article)[footer] == "rights notice (shown in the article header; the same line is on 1 other page of this site)"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted on March 12, 2025 by Ellen Brooks", "Ellen Brooks"),
        ("By Ellen Brooks | March 12, 2025", "Ellen Brooks"),
        ("Par Ellen Brooks — 12 mars 2025 à 19:45", "Ellen Brooks"),  # the French press's opener
        ("글 이지은 ·사진 백종헌 | 2025-03-12", "이지은"),  # the Korean press's credits: text by ..., photographs by ...
    ],
)
def test_a_byline_beside_a_date_gives_the_author_and_the_date(line: str, author: str) -> None:
    article = read_text(f"Night Tide: An Interview with Nora Field\n{line}\n{TEXT}\n{TEXT} More.\n")
    assert (article.metadata.authors, article.metadata.date) == ([author], "2025-03-12")
    assert line not in body(article) and line not in article.metadata.deck


@pytest.mark.parametrize("line", ["글 이지은 | 사진 백종헌 | 2025-03-12", "글 이지은 · 사진 백종헌 · 2025-03-12"])
def test_the_korean_press_credits_text_and_photographs_beside_the_date(line: str) -> None:
    """The photographer's credit is the article's picture credit, the writer its author."""
    article = read_text(f"Night Tide: An Interview with Nora Field\n{line}\n{TEXT}\n{TEXT} More.\n")
    assert (article.metadata.authors, article.metadata.image_credits) == (["이지은"], ["사진 백종헌"])


def test_only_the_first_dated_byline_names_the_author_later_ones_are_comments() -> None:
    comments = "Comments\nPosted on March 13, 2025 by Sam Reader\nGreat interview.\n"
    article = read_text(f"Night Tide opens\nPosted on March 12, 2025 by Ellen Brooks\n{TEXT}\n{TEXT} More.\n{comments}")
    assert article.metadata.authors == ["Ellen Brooks"]


VERSIONS = Path(__file__).parent / "text_dumps" / "versions_of_one_story"


def test_versions_of_one_story_with_an_address_keep_their_shared_lines() -> None:
    """Three versions of one story (each update adds paragraphs) beside three other articles of
    the site, all with the site's ``source_url``: the headline and the first paragraphs the versions
    share were on 3 of 6 pages, and the last version lost them as template (the first two, sharing
    half their text, kept the site's notice instead)."""
    pages = sorted(VERSIONS.glob("*.txt"))
    templates = text_templates(pages)
    for path in pages:
        text = path.read_text(encoding="utf-8")
        article = read_text(text, templates.get(path, {}))
        kept = body(article)
        story = text.split("Subscribe\n", 1)[1].split("More from Cine Letter", 1)[0].splitlines()
        title, paragraphs = story[0], [line for line in story if len(line.split()) > 12]
        assert article.metadata.title == title, path.name
        assert all(paragraph in kept for paragraph in paragraphs), path.name
        assert "Festivals" not in kept and "About us" not in kept  # the site's menu and footer are still its template
        assert "Cine Letter is an independent newsletter" not in kept


def test_short_articles_of_a_site_from_different_addresses_are_no_versions_of_one() -> None:
    """Two short articles of one site share its two notices in sentences, half of each one's
    running text: read as versions of one article they taught each other nothing, and kept
    the site's chrome. Saved from different addresses, they are two articles."""
    notices = "CineLetter is an independent newsletter on film, published every Friday.\nWe use cookies to count our readers, and never to follow you around the web.\n"
    pages = {
        key: ("cineletter.example", f"Home\nFilms\nStory {key} opens the festival\n{TEXT} Story {key}.\n{TEXT} More of {key}.\n{notices}About us\n")
        for key in "ab"
    }
    addresses = {key: f"https://cineletter.example/news/story-{key}-opens-the-festival" for key in "ab"}
    assert "About us" not in site_templates(pages)["a"]  # read as versions of one article
    templates = site_templates(pages, addresses)
    assert {"Home", "Films", "About us", *notices.splitlines()} <= set(templates["a"])
    assert site_templates(pages, dict.fromkeys("ab", addresses["a"]))["a"] == {}  # one address: versions


# A festival site in French: a menu, a cookie banner, a section trail above each headline, a related box.
FESTIVAL_SITE = (
    "Aller au contenu\nÉcran d'Asie\nAccueil\nActualités\nCritiques\nFestivals\nContact\n"
    "Ce site utilise des cookies techniques et de mesure d'audience. En poursuivant la navigation vous acceptez leur usage. Accepter Refuser\n"
    "{section}\n{headline}\n{byline}\n{text}\nPartager sur Facebook\nÀ lire aussi\n{related}\n"
    "Écran d'Asie, revue en ligne déclarée à la CPPAP\nMentions légales | Cookies\n"
)
REVIEW = "Critique : Les Lanternes d'hiver, un premier film qui prend son temps"
REVIEW_TEXT = (
    "Le premier long métrage de Han Ji-soo arrive à Deauville après un beau parcours en Corée du Sud.\n"
    "Une veuve reprend le phare de son mari sur une île de la mer Jaune, et apprend à compter les saisons à la lumière.\n"
    "La photographie de Seo Min-ha donne à chaque plan la patience d'une attente, sans jamais appuyer le propos.\n"
)


def test_a_story_saved_twice_beside_another_article_keeps_its_headline_and_loses_the_banner() -> None:
    """A review saved twice from one address (the second save adds an update line) and a gallery
    of the same site, whose related box lists the review: the headline stood on both versions under
    the same section trail and on the gallery, so it was "site template", and the cookie banner, which
    both versions followed by that trail, was kept as a teaser of the review and became its title.
    Versions of one story count once: the headline is on one other article only, in another block."""
    review = {
        "section": "Critiques › Corée du Sud", "headline": REVIEW, "related": "Deauville 2025 : le palmarès complet",
        "byline": "par Claire Dumas | 3 mars 2025", "text": REVIEW_TEXT,
    }  # fmt: skip
    update = {**review, "byline": "par Claire Dumas | 3 mars 2025 (mis à jour le 20 mars)", "text": REVIEW_TEXT + "Mise à jour : le film sortira en salles le 14 mai, distribué par Arizona.\n"}
    gallery = {
        "section": "Galeries › Deauville 2025", "headline": "Deauville 2025 en images : la soirée coréenne sur les planches",
        "byline": "par Louis Marchand | 8 mars 2025", "related": f"Deauville 2025 : le palmarès complet\n{REVIEW}",
        "text": "Soirée coréenne au Centre international de Deauville pour la projection des Lanternes d'hiver, saluée par une longue ovation.\nPhoto 1 sur 6\n",
    }  # fmt: skip
    pages = {key: ("ecrandasie.example", FESTIVAL_SITE.format(**fields)) for key, fields in (("v1", review), ("v2", update), ("gallery", gallery))}
    address = "https://www.ecrandasie.example/critiques/2025/03/03/les-lanternes-d-hiver/"
    templates = site_templates(pages, {"v1": address, "v2": address, "gallery": "https://www.ecrandasie.example/galeries/deauville-2025-soiree-coreenne/"})
    banner = FESTIVAL_SITE.splitlines()[7]
    for key in ("v1", "v2"):
        assert REVIEW not in templates[key] and banner in templates[key], key
        article = read_text(pages[key][1], templates[key])
        assert article.metadata.title == REVIEW, key
        assert "Une veuve reprend le phare" in body(article), key  # what the versions share stays each one's
    assert banner in templates["gallery"] and "Accueil" in templates["gallery"]


# --- Navigation, kickers and names in the header (a first-time user's pages) ------------------------

# A Chinese film news site: a menu, the breadcrumb trail above each article's headline, a footer.
HUAYING = "首页 | 资讯 | 影评 | 人物 | 电影节\n华影在线\n{trail}\n{body}分享到：微信 微博\n相关新闻\n东京国际电影节公布主竞赛片单\n关于我们 | 联系我们 | 隐私政策\n版权所有 © 2025 华影在线\n"
HUAYING_HEADLINE = "韩国导演朴智媛新作《盐之果园》将在釜山国际电影节全球首映"
HUAYING_LEAD = "韩国导演朴智媛的第二部长片《盐之果园》入围第30届釜山国际电影节“新浪潮”竞赛单元，将于十月举行全球首映。"


def test_a_breadcrumb_trail_from_the_home_page_is_never_the_title_beside_the_sites_index() -> None:
    """With the site's index page in the corpus, the menu and the site's name above the trail were
    template: the trail ("您的位置：首页 > 电影节 > 正文", "You are here: Home > Festivals > Article")
    became the header's first line and won the title, and the headline, which the index lists
    again as a teaser, was read as the deck under it."""
    article = HUAYING.format(
        trail="您的位置：首页 > 电影节 > 正文",
        body=f"{HUAYING_HEADLINE}\n2025-09-02 10:15　来源：华影在线　编辑：王晓东\n{HUAYING_LEAD}\n影片讲述一位年轻女子继承父亲留下的盐田和债务，在西南海岛上独自生活的故事。\n朴智媛表示，这部电影献给所有在海边劳作的人，也献给她的父亲。\n",
    )
    index = HUAYING.format(
        trail="您的位置：首页 > 电影节",
        body=f"电影节频道\n釜山国际电影节公布开幕片\n2025-08-28\n第30届釜山国际电影节公布了开幕影片……\n{HUAYING_HEADLINE}\n2025-09-02\n{HUAYING_LEAD[:30]}……\n",
    )
    pages = {"article": ("huaying.example", article), "index": ("huaying.example", index)}
    addresses = {"article": "https://www.huaying.example/festival/2025/0902/park-jiwon-salt-orchard-busan.html", "index": "https://www.huaying.example/festival/"}
    templates = site_templates(pages, addresses)
    assert "华影在线" in templates["article"]  # the site's chrome is learned...
    read = read_text(article, templates["article"], url=addresses["article"])
    assert read.metadata.title == HUAYING_HEADLINE  # ...and the trail under it stays navigation
    assert read.metadata.deck == []


@pytest.mark.parametrize(
    ("line", "navigation"),
    [
        ("您的位置：首页 > 电影节 > 正文", True),  # a trail from the home page
        ("Home > News", True),
        ("홈 | 뉴스 | 리뷰 | 인터뷰 | 영화제", True),  # a menu of short items
        ("Critiques › Corée du Sud", True),  # a section's place, between chevrons
        ("Home » Festivals » Busan » The jury saw every film. Then it gave no prize.", True),
        ("Volleyball | MTV Stuttgart", False),  # a headline and its section
        ("Privacy Policy | Cookie Policy", False),  # two items: a footer's, no title either way
        ("Why streaming > cinema, for now", False),  # ">" may be a headline's
        ("Busan 2025: the jury / the winners / the films nobody saw coming", False),  # long items
        ("[인터뷰] 이서연 “염전에서 손이 갈라질 때 은주가 됐다”", False),
    ],
)
def test_navigation_shape(line: str, navigation: bool) -> None:
    assert is_navigation(line) is navigation


@pytest.mark.parametrize("kicker", ["[인터뷰]", "[단독]", "【独家】", "[INTERVIEW]"])
def test_a_headline_with_a_bracketed_kicker_is_the_title_not_the_menu_above_it(kicker: str) -> None:
    """The kicker made a seven-word Korean headline ending with "다”" eight words long, so it
    was read as the article's first line of running text, and the menu above it won the title.
    The kicker is a label, not a word of the sentence; the title keeps it, as the site's does."""
    headline = f"{kicker} 한소희 “섬에서 보낸 두 달이 나를 바꿨다”"
    page = (
        "로그인 | 회원가입\n영화저널\n홈 | 뉴스 | 리뷰 | 인터뷰 | 영화제\n"
        f"{headline}\n영화저널 박민수 기자 | 승인 2025.06.02 10:30\n"
        "영화 《등대지기》로 부산국제영화제 배우상을 받은 배우 한소희를 서울 성수동에서 만났다.\n"
        "― 섬 생활은 어땠나.\n“두 달 동안 등대지기 가족과 함께 살았다. 감독님이 바람 소리를 외우라고 하셨다.”\n"
        "― 다음 작품은.\n“단편 영화에 출연한다. 아직 제목은 말할 수 없다.”\n박민수 기자 minsu@yeonghwa.example\n"
        "<저작권자 ⓒ 영화저널 무단전재 및 재배포금지>\n"
    )
    assert read_text(page).metadata.title == headline


def test_a_bracketed_kicker_is_no_word_of_running_text_but_a_wires_credit_or_a_note_number_opens_text() -> None:
    headline = "[단독] 한소희 “섬에서 보낸 두 달이 나를 바꿨다”"  # seven words and a kicker
    assert not is_prose(Line(1, headline, False, False))
    assert is_prose(Line(1, "[서울=뉴시스] 배우 한소희가 부산국제영화제에서 배우상을 받았다고 주최 측이 밝혔다.", False, False))


def test_a_guests_bio_opening_with_the_name_in_the_title_is_text_not_a_caption() -> None:
    """A festival's guest page is titled by the guest's name, and the bio opens with the name:
    the name was cut from the sentence as a picture's alt text, and the rest ("(b. 1990) studied
    at ...") was set apart as the caption of a lost picture."""
    bio = "Yoon Se-ra (b. 1990) studied film at Chung-Ang University. Her shorts screened in Busan and Oberhausen."
    page = (
        "Skip to main content\nBIFAN\nAbout\nProgramme\nGuests\nTickets\nGuests 2025\nYoon Se-ra\nProducer\n"
        f"{bio}\nHer company, Low Tide Pictures, produced three features shown in the festival's Korean Fantastic section since 2021.\n"
        "Back to guest list\n© Bucheon International Fantastic Film Festival. All rights reserved.\n"
    )
    article = read_text(page, url="https://www.bifan.example/eng/guests/2025/yoon-se-ra")
    assert article.metadata.title == "Yoon Se-ra"
    assert bio in body(article) and captions(article) == []


def test_the_headline_repeated_as_a_pictures_alt_text_before_its_caption_is_still_set_apart() -> None:
    headline = "Low Tide Pictures bets on island horror"
    caption = "Producer Yoon Se-ra at the company's office in Mapo, Seoul."
    page = f"Home\nNews\n{headline}\nBy Mina Park | June 2, 2025\n{headline} {caption}\n{TEXT}\n{TEXT} More.\n{TEXT} And more.\n"
    article = read_text(page)
    assert article.metadata.title == headline and captions(article) == [caption]


def test_a_dotted_date_is_no_time_of_day_and_a_labelled_publication_date_under_the_text_dates_it() -> None:
    """A German health site prints "Erscheinungsdatum: 07.02.2022" under the text, then its list of
    dated teasers: "07.02" read as a time of day made the line a reply's stamp, and the page had no date."""
    teasers = "".join(f"{headline} 0{n}.02.2022\n" for n, headline in enumerate(["Folsäure ist unverzichtbar", "Stillen senkt das Risiko", "Früherkennung viel genutzt"], start=2))
    page = f"Home\nKino\nPaper Moon opens Busan\n{ARTICLE}\nQuelle: Busan Film Festival\nRubrik: Kino\nErscheinungsdatum: 07.02.2022\nWeitere Meldungen:\n{teasers}Impressum\nKontakt\n"
    article = read_text(page)
    assert article.metadata.date == "2022-02-07"


def test_a_cookie_banner_above_the_menu_is_no_paragraph_in_any_language() -> None:
    # The banner sits above everything, a sentence that names the web's own word for it.
    article = read_text(
        "Ce site utilise des cookies pour mesurer l'audience et vous proposer des offres adaptées. Accepter\n"
        "Accueil\nCritiques\nFestivals\n"
        "Le festival s'ouvre sous la pluie\n"
        "Le festival s'est ouvert vendredi avec quarante films venus de douze pays, un record pour la ville.\n"
        "Les projections continuent toute la semaine, en présence de la plupart des cinéastes invités.\n"
    )
    assert "cookies" not in body(article)
    assert "quarante films" in body(article)
    assert reasons(article)["Ce site utilise des cookies pour mesurer l'audience et vous proposer des offres adaptées. Accepter"].startswith(
        "consent or disclosure notice")
