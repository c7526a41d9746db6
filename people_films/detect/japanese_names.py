"""Japanese names in Japanese text, which writes no spaces and no capitals: "監督の是枝裕和が", "山田 ナオ".

The conventions used, with their reasons:

* a name in kanji is a family name and a given name run together, and Japanese runs it into the kanji words
  around it too, so a run of kanji is a name only with a cue (:data:`ROLE_NOUNS`): a role noun before it
  ("監督の是枝裕和が", "監督・脚本：北野武") or after it in the same run ("原田恵介監督"), or an honorific after
  it ("是枝裕和さん"); and only when it splits into a family name and a given name of the data lists
  (:func:`kanji_name`), so that "監督の最新作" (the director's latest) is none;
* a family name in kanji before a given name in kana ("山田 ナオ", "是枝 ひろかず") is a name by its shape: the
  family name one of the commonest (the family names' list) or set apart by a space, as Japanese sets only names
  apart, and the kana one of the given names' readings (the given names' list), no loanword for a role;
* a name in kanji before の and a title in its marks ("小津安二郎の『東京物語』") owns the title, as "X's film" does;
* a foreign name in katakana, its parts set apart by middle dots ("パク・ソジン", "マティ・ディオップ"), is a
  name with a role noun right before or after it ("主演のハン・ジウ", "パク・ソジン監督"), never by owning a title (a
  katakana title or studio owns one as often: "スター・ウォーズの『帝国の逆襲』"); a loanword never has
  the dot, but a title in katakana may ("ボーイ・ミーツ・ガール"), hence the cue;
* a family name alone ("山田監督") is left to the reader: many people share one.

The family and given names are data (``people_films/data/japanese_*.txt``, see ``bench/japanese_names.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import NamedTuple

from ingest.paths import KANJI_NEW_FORMS
from people_films import evidence
from people_films.detect.kana import ROLE_LOANWORDS
from people_films.detect.words import Candidate, Spans, overlaps
from people_films.word_lists import read_word_list



class _NameLists(NamedTuple):
    family: frozenset[str]
    given: frozenset[str]  # in kanji and in hiragana
    opens_given: Counter[str]  # how many listed given names of two kanji each kanji opens
    ends_given: Counter[str]  # ... and ends


@cache
def _lists() -> _NameLists:
    """The family and given names (data/japanese_*_names.txt), read on the first text with kanji or kana:
    45 000 names, 0.1 s that an archive with no Japanese page never pays."""
    given = read_word_list("japanese_given_names.txt")
    two_kanji = [name for name in given if len(name) == 2 and _KANJI_RUN.fullmatch(name)]
    return _NameLists(read_word_list("japanese_family_names.txt"), given, Counter(n[0] for n in two_kanji), Counter(n[1] for n in two_kanji))

# Role nouns of film writing written beside a name: director, cinematographer, actor, actress, screenwriter,
# writer, singer, voice actor, producer, cast ("主演の"), photographer, manga artist.
ROLE_NOUNS = (
    "映画監督", "撮影監督", "監督", "俳優", "女優", "脚本家", "脚本", "作家", "歌手", "声優", "主演", "演出家", "写真家", "漫画家",
    "原作者", "原作", "プロデューサー", "記者",
)
# A particle, then a role noun, after the name: "濱口竜介が監督を務めた" (X served as director), "是枝裕和は監督として";
# the subject, topic, genitive and "also" particles, the ones a sentence puts between a name and its role.
_ROLE_AFTER_PARTICLE = re.compile(r"[がはのも](?:" + "|".join(ROLE_NOUNS) + r")")
# Honorifics after a name; 氏 not before 名 ("氏名": full name).
_HONORIFIC_AFTER = re.compile(r"さん|さま|様|氏(?!名)|先生|くん|ちゃん")

# With 々, the mark that repeats a kanji ("佐々木"), and the compatibility ideographs, where variant forms that
# family names keep are coded (﨑 of 山﨑, U+FA11).
_KANJI = "\u4e00-\u9fff\u3005\uf900-\ufaff"
_HIRAGANA = "\u3041-\u3096"
_KATAKANA = "\u30a1-\u30fa\u30fc"
_KANJI_RUN = re.compile(f"[{_KANJI}]+")
# A role noun, then の ("of"), は (topic), a middle dot or a colon, or nothing, before the name.
_ROLE_BEFORE = re.compile(r"(?:" + "|".join(ROLE_NOUNS) + r")[のは・:：]?$")
# の, then a title's opening mark: the name before owns the title.
_OWNER_AFTER = re.compile(r"の[『「《〈]")
# A foreign name in katakana: two parts or more of two kana or more, joined by the middle dot.
_KATAKANA_FULL_NAME = re.compile(f"(?<![{_KATAKANA}・])[{_KATAKANA}]{{2,}}(?:・[{_KATAKANA}]{{2,}})+(?![{_KATAKANA}・])")
# A family name in kanji, an optional space, a given name in katakana or (set apart by a space) hiragana.
_KANA_GIVEN = re.compile(f"(?<![{_KANJI}])([{_KANJI}]{{1,3}})([ \u3000]?)([{_KATAKANA}]+|[{_HIRAGANA}]+)")
# What may follow a given name in hiragana written onto the particles after it: a particle's first kana.
_PARTICLE_START = "がはのをにともへでやさく"
# The longest given name in hiragana looked for at the start of a run of hiragana (the lists' longest are
# eight kana, "りょうじゅうろう"): a page-long run is read in constant time per name, not once per kana.
_LONGEST_GIVEN = 8
# Katakana to hiragana, for reading a given name in katakana against the lists' readings ("ナオ" -> "なお").
_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
# How far before a run of kanji a role noun is looked for: the longest, "プロデューサー", and its separator.
_LOOK_BEFORE = 12


# Given names are made of a few hundred kanji in set places (竜 opening 竜也 and 竜二, 介 ending 亮介 and 大介): a given
# name of two kanji the lists lack is still one when each kanji opens, or ends, this many of the listed ones.
_GIVEN_KANJI_USES = 50


def _family_name(family: str) -> bool:
    # Families keep old forms of kanji (濱口, 髙橋): looked up in their new forms when the lists lack the old.
    return family in _lists().family or family.translate(KANJI_NEW_FORMS) in _lists().family


def _made_like_a_given_name(given: str) -> bool:
    return len(given) == 2 and _lists().opens_given[given[0]] >= _GIVEN_KANJI_USES and _lists().ends_given[given[1]] >= _GIVEN_KANJI_USES


def _split(run: str) -> tuple[str, str] | None:
    """``run`` (kanji) as (family name, given name): a given name of one to three kanji of the given names' list after
    a family name of the family names' list, or after a rarer one of two or three when the given name has two or
    three too ("是枝" + "裕和"); None when it splits so nowhere."""
    for cut in range(1, min(3, len(run) - 1) + 1):
        family, given = run[:cut], run[cut:]
        if len(given) <= 3 and given in _lists().given and (_family_name(family) or (len(family) >= 2 and len(given) >= 2)):
            return family, given
        # A listed family name of two kanji or more, and a given name the lists lack made as given names are ("竜介").
        if len(family) >= 2 and _family_name(family) and _made_like_a_given_name(given):
            return family, given
    return None


def kanji_name(run: str) -> bool:
    """Whether ``run``, three to five kanji, is a family name and a given name (:func:`_split`)."""
    return 3 <= len(run) <= 5 and _split(run) is not None


def _name_ending(run: str) -> str:
    """The name a run of kanji ends with: the run whole, or its last three to five kanji when a listed family name
    opens them ("巨匠北野武", the maestro Kitano Takeshi -> "北野武"); "" when none."""
    if kanji_name(run):
        return run
    for size in (3, 4, 5):
        split = _split(run[-size:]) if size < len(run) else None
        if split and split[0] in _lists().family:
            return run[-size:]
    return ""


def _kanji_people(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, evidence) of each name in kanji with a role noun before or after it (in its run or past a
    particle), or an honorific after it."""
    found = []
    for match in _KANJI_RUN.finditer(text):
        run, start = match.group(), match.start()
        role_after = next((role for role in ROLE_NOUNS if run.endswith(role) and len(run) > len(role)), "")
        if role_after:
            run = run[: -len(role_after)]  # "原田恵介監督": the role noun after the name, in the same run
            name, signal = _name_ending(run), evidence.APPOSITIVE
        elif _ROLE_BEFORE.search(text, max(0, start - _LOOK_BEFORE), start):
            name, signal = (run if kanji_name(run) else ""), evidence.ROLE_BEFORE
        elif _ROLE_AFTER_PARTICLE.match(text, match.end()):
            name, signal = (run if kanji_name(run) else ""), evidence.APPOSITIVE
        elif _HONORIFIC_AFTER.match(text, match.end()):
            name, signal = (run if kanji_name(run) else ""), evidence.HONORIFIC
        elif _OWNER_AFTER.match(text, match.end()):
            name, signal = (run if kanji_name(run) else ""), evidence.OWNER
        else:
            continue
        if name:
            at = start + len(run) - len(name)
            found.append((at, at + len(name), name, signal))
    return found


def _katakana_full_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, evidence) of each foreign name in katakana with its parts set apart by middle dots, with a
    role noun right after it ("パク・ソジン監督") or right before it ("主演のハン・ジウ"). Not for owning a title
    after it, as a kanji name may: a katakana title or studio owns one as often ("スター・ウォーズの『帝国の逆襲』")."""
    found = []
    for match in _KATAKANA_FULL_NAME.finditer(text):
        start, end = match.span()
        if match.group().split("・", 1)[0] in ROLE_LOANWORDS:
            continue  # "プロデューサー・…": a role, then the name
        if text.startswith(ROLE_NOUNS, end):
            found.append((start, end, match.group(), evidence.APPOSITIVE))
        elif _ROLE_BEFORE.search(text, max(0, start - _LOOK_BEFORE), start):
            found.append((start, end, match.group(), evidence.ROLE_BEFORE))
    return found


def _kana_people(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each family name in kanji before a given name in kana (see the module's docstring)."""
    found = []
    for match in _KANA_GIVEN.finditer(text):
        family, space, kana = match.groups()
        if not (family in _lists().family or space) or kana in ROLE_LOANWORDS:
            continue
        reading = kana.translate(_TO_HIRAGANA)
        if "\u3041" <= kana[0] <= "\u3096":  # hiragana
            if not space:
                continue  # kanji then hiragana: a word and its ending, or a particle ("今日は")
            # The given name, then nothing or particles written onto it ("ひろかずの"), or an honorific ("さん").
            given = next((reading[:n] for n in range(min(len(reading), _LONGEST_GIVEN), 1, -1) if reading[:n] in _lists().given and _ends_a_name(reading, n)), "")
        else:
            given = reading if reading in _lists().given else ""
        if given and len(given) >= 2:
            end = match.start(3) + len(given)
            found.append((match.start(), end, text[match.start() : end]))
    return found


def _ends_a_name(reading: str, n: int) -> bool:
    """Whether the kana after ``reading[:n]`` may follow a name: nothing, a particle's first kana, or
    an honorific (さ only as さん, さま: "舞台 あいさつ", a stage greeting, names no あい)."""
    if n == len(reading):
        return True
    return reading[n] in _PARTICLE_START and (reading[n] != "さ" or reading[n + 1 : n + 2] in ("ん", "ま"))


def japanese_people(text: str, spans: Spans) -> list[Candidate]:
    """Japanese names in ``text`` (see the module's docstring), outside ``spans`` (each one found is added to them),
    each with the signal that found it."""
    found = []
    hits = _kanji_people(text)
    hits += [(start, end, name, evidence.JAPANESE_SHAPE) for start, end, name in _kana_people(text)]
    hits += _katakana_full_names(text)
    for start, end, name, signal in sorted(hits):
        if not overlaps(start, end, spans):
            found.append(Candidate("person", start, end, name, evidence=signal))
            spans.append((start, end))
    return found
