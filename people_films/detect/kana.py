"""Names in katakana with an honorific after them, as Japanese writes a foreign name or a given name alone
("ハルカさん", "マティ・ディオップ氏").

Japanese has no capitals, and a katakana word is as often a loanword ("アニメ", "ファン") as a name; an
honorific written right after it (さん, 氏, 様, ちゃん, くん) says a person, as a role noun does not
("アニメ監督" is "anime director"). The whole run of katakana is the name, its middle dots inside it,
as the linking pass matches katakana names (:mod:`people_films.mentions`).
"""

from __future__ import annotations

import re

from people_films.detect.words import Candidate, Spans, overlaps

KATAKANA = re.compile(r"[\u30a1-\u30fa]")
KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")  # hiragana or katakana: Japanese text, which Chinese never writes
# Loanwords for roles and groups that Japanese also addresses with さん or 様 ("スタッフさん", "ユーザー様",
# "お客様" in katakana): the job titles of a film's making and showing, the audience's words, and family
# words. A closed set of the language's role nouns, not names seen on pages.
ROLE_LOANWORDS = frozenset(
    "スタッフ マネージャー ユーザー ファン ゲスト メンバー キャスト オーナー ドライバー カメラマン プロデューサー "
    "ディレクター アシスタント エキストラ スポンサー クライアント パートナー ママ パパ ベビー シェフ デザイナー "
    "ライター アーティスト アイドル タレント モデル プレゼンター インタビュアー アナウンサー".split()
)
# A run of katakana (the long vowel mark and the middle dot inside it), then an honorific; not 氏名 ("full name").
_KATAKANA_THEN_HONORIFIC = re.compile(r"(?<![\u30a1-\u30fc])([\u30a1-\u30fa][\u30a1-\u30fc]+)(?=さん|様|さま|ちゃん|くん|氏(?!名))")


def katakana_people(text: str, spans: Spans) -> list[Candidate]:
    """People named in katakana with an honorific after them, outside ``spans`` (each one found is added to them)."""
    found = []
    for match in _KATAKANA_THEN_HONORIFIC.finditer(text):
        start, end = match.span(1)
        if text[end - 1] == "・" or match.group(1) in ROLE_LOANWORDS or overlaps(start, end, spans):
            continue
        found.append(Candidate("person", start, end, match.group(1)))
        spans.append((start, end))
    return found
