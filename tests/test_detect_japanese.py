"""Detection of people in Japanese text written in kanji and kana (people_films/detect/japanese_names.py), with an
empty registry. The names are invented; none is in a rule (the family and given names are of the data lists).
"""

from __future__ import annotations

import pytest

from ingest.pipeline import article_language
from people_films import evidence
from people_films.mentions import detected_names, link_mentions
from people_films.registry import Registry
from people_films.review import detected_registry, gather
from tests.test_detect import EMPTY, article, detected


def people(*paragraphs: str) -> list[str]:
    return detected(*paragraphs, kind="person")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("監督の是枝裕和が新作について語った。", ["是枝裕和"]),  # a role noun and の before, a particle after
        ("主演は女優の森下晴美で、撮影は秋に始まる。", ["森下晴美"]),
        ("原田恵介監督の新作が公開された。", ["原田恵介"]),  # the role noun after the name
        ("この夏、是枝裕和さんに話を聞いた。", ["是枝裕和"]),  # an honorific after the name
        ("新作の監督・脚本は北野武が務める。", ["北野武"]),  # two role nouns, then は
    ],
)
def test_a_name_in_kanji_with_a_role_or_an_honorific_is_a_person(paragraph, expected):
    assert people(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("山田 ナオ が主演を務める。", ["山田 ナオ"]),  # a family name in kanji, a given name in katakana
        ("山田ナオが主演を務める。", ["山田ナオ"]),  # written together, the family name one of the commonest
        ("是枝 ひろかず の新作が公開された。", ["是枝 ひろかず"]),  # a given name in hiragana, set apart by a space
        ("山田 はるかさんが語った。", ["山田 はるか"]),  # a given name in hiragana, then an honorific
        ("記者会見で中村ユウキさんが語った。", ["中村ユウキ"]),  # the whole name before the honorific, not its given name alone
    ],
)
def test_a_family_name_in_kanji_before_a_given_name_in_kana_is_a_person(paragraph, expected):
    assert people(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("パク・ソジン監督の新作を観た。", ["パク・ソジン"]),  # a role noun right after
        ("主演のハン・ジウは老女を演じている。", ["ハン・ジウ"]),  # a role noun and の right before
        ("上映後、監督は小津安二郎の『東京物語』を語った。", ["小津安二郎"]),
    ],
)
def test_a_foreign_name_in_katakana_or_a_name_in_kanji_with_its_cue_is_a_person(paragraph, expected):
    """A curator's パク・ソジン, ハン・ジウ and 小津安二郎 were not found."""
    assert people(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "ボーイ・ミーツ・ガールを観た。",
        "日本映画の『東京物語』を観た。",
        "プロデューサー・ミーティングが開かれた。",
        # A katakana title or studio owns a title as a person does: の before a title is no cue for katakana.
        "スター・ウォーズの『帝国の逆襲』を観た。",
        "ウォルト・ディズニー・スタジオの『アナと雪の女王』が公開された。",
    ],
)
def test_a_katakana_title_or_a_word_before_a_title_is_no_person(paragraph):
    assert people(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "監督の最新作が公開された。",  # a role noun before a word that splits into no family and given name
        "監督の新作は秋に公開される。",  # two kanji after a role noun: a word, not a name
        "日本アニメの人気は高い。",  # kanji then a katakana loanword that is no given name
        "東京マラソンが開かれた。",
        "今日はとても暑い。",  # kanji, then hiragana that only starts like a given name, no space
        "山田監督の新作",  # a family name alone
        "初日の舞台 あいさつが行われた。",  # a word, a space, a word that opens with a given name's kana (a stage greeting)
    ],
)
def test_words_of_a_names_shape_without_its_evidence_are_no_person(paragraph):
    assert people(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "signal"),
    [
        ("監督の是枝裕和が語った。", evidence.ROLE_BEFORE),
        ("是枝裕和さんに聞いた。", evidence.HONORIFIC),
        ("山田ナオが主演。", evidence.JAPANESE_SHAPE),
        ("原田恵介監督の新作が公開された。", evidence.APPOSITIVE),  # the role noun after the name
        ("上映後、小津安二郎の『東京物語』を語った。", evidence.OWNER),
        ("パク・ソジン監督の新作を観た。", evidence.APPOSITIVE),
        ("主演のハン・ジウは老女を演じている。", evidence.ROLE_BEFORE),
    ],
)
def test_each_japanese_name_carries_the_signal_that_found_it(paragraph, signal):
    """The review queue's confidence is the precision of that signal (people_films/evidence.py)."""
    assert [o.evidence for o in link_mentions(article(paragraph), EMPTY)[1] if o.kind == "person"] == [signal]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("初日には、濱野竜平監督が登壇した。", ["濱野竜平"]),  # a family name in its old form (濱 for 浜), as families keep it
        ("初日には、浜口竜平監督が登壇した。", ["浜口竜平"]),  # a given name the lists lack, made of given names' usual kanji
    ],
)
def test_a_family_name_in_its_old_form_or_an_unlisted_given_name_before_a_role_noun_is_a_person(paragraph, expected):
    assert people(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("新作は浜野竜平が監督を務めた。", ["浜野竜平"]),  # a particle, then a role noun and its verb: "X directed"
        ("その映画は森下晴美が主演した。", ["森下晴美"]),
        ("是枝裕和は監督として知られる。", ["是枝裕和"]),  # the topic particle
    ],
)
def test_a_name_in_kanji_before_a_particle_and_a_role_noun_is_a_person(paragraph, expected):
    assert people(paragraph) == expected


@pytest.mark.parametrize(("old", "new"), [("濱田秀俊", "浜田秀俊"), ("髙田秀俊", "高田秀俊"), ("山﨑秀俊", "山崎秀俊")])
def test_a_family_name_in_its_old_form_reads_to_the_romaji_of_its_new_form(old, new) -> None:
    # Families keep old or variant forms of kanji (濱 for 浜, 髙 for 高): one reading, so one id however a page writes it.
    ids = [_ids_of_people(article(f"新作は{name}が監督を務めた。")) for name in (old, new)]
    assert ids[0] == ids[1] != []


@pytest.mark.parametrize("paragraph", ["中国人監督の新作が公開された。", "日本映画監督協会が声明を出した。"])
def test_a_word_before_a_role_noun_is_no_name_for_its_kanji(paragraph):
    assert people(paragraph) == []


def _ids_of_people(article) -> list[str]:
    found = gather([("p", detected_names(link_mentions(article, EMPTY)[1]), article_language(article))])
    return [entity.id for entity, _info in detected_registry(Registry(), found, set()).new if entity.kind == "person"]


def test_a_name_in_kanji_alone_on_a_page_with_kana_has_a_romaji_id() -> None:
    # The page is Japanese (it has kana): the name's id reads its kanji as Japanese, as the article's address does.
    assert _ids_of_people(article("主演は女優の森下晴美で、撮影は秋に始まる。")) == ["morishita-harumi"]



def test_a_name_in_kanji_is_read_in_the_language_of_most_pages_not_of_one_page_that_repeats_it() -> None:
    # Two Chinese pages name 侯孝賢 once each; one page stating Japanese (its <html lang>, which its author writes)
    # names him five times. Counted by occurrence, that page made his id romaji ("kou-kouken") for every page.
    chinese = [("person", "侯孝賢", "導演侯孝賢執導的新片在影展首映。")]
    claimed = [("person", "侯孝賢", f"導演侯孝賢說了第{n}次。") for n in range(5)]
    found = gather([("a", chinese, "zh"), ("b", chinese, "zh"), ("h", claimed, "ja")])
    assert [entity.id for entity, _info in detected_registry(Registry(), found, set()).new] == ["houxiaoxian"]


def test_an_original_title_labelled_in_brackets_after_the_title_is_its_other_spelling():
    """Japanese and Chinese press give the original title after the marks, labelled 原題 ("original title")."""
    assert detected("最高賞には「ソルトロード」（原題：소금길）が輝いた。", kind="film") == ["ソルトロード 소금길"]
    assert detected("最高獎由《鹽之路》（原名：소금길）獲得。", kind="film") == ["鹽之路 소금길"]


def test_a_bracket_after_corner_brackets_without_the_label_is_no_other_title():
    assert detected("監督賞は「燈籠街」（チェン監督）が受賞した。", kind="film") == ["燈籠街"]
