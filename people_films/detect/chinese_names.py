"""Chinese names in Chinese running text, which writes no spaces and no capitals: "中国青年导演周一帆的处女作".

The conventions used, with their reasons:

* a name is a family name of :data:`FAMILY_NAMES` and one or two given-name
  characters, as nearly every Chinese (and Korean, in Chinese script) name is written;
* it needs a role noun right before it (:data:`ROLE_NOUNS`: "导演周一帆",
  "演员刘梅", "香港导演许鞍华"), or a verb of acting or directing, or "'s performance",
  right after it (:data:`AFTER_CUES`: "尹彩麟饰演的儿子", "韩智友的表演"),
  since Chinese runs a name into the words around it
  and a family name's character starts many common words (周末, 高度, 马上);
  after "Korean" and a role noun ("韩国导演奉俊昊"), a Korean family name in Hanja
  too (:data:`KOREAN_FAMILY_NAMES`);
* it ends where the text does or a function character follows it
  (:data:`AFTER_NAME`: 的, 在, 已, 代, 担 ...): a two-character name when one
  follows its second character ("刘梅代其上台"), else a three-character one
  ("许鞍华担任", "周一帆的");
* a common word of that shape (:data:`COMMON_WORDS`, from a dictionary's
  frequencies) is never a name ("导演马上就到": the director arrives at once);
  with no role noun before it, nor is a rarer noun before a show (:data:`RARER_NOUNS`: "马戏的表演",
  the circus's show).
"""

from __future__ import annotations

import re

from people_films.detect.words import Candidate, Spans, overlaps
from people_films.word_lists import read_word_list

# The hundred commonest family names of the Ministry of Public Security's household-register ranking (2020),
# with the sixteen after them that the film press often names (柯, 庄, 葛 ...), in simplified and traditional
# script; and 朴 (Park), the Korean family name Chinese text writes in that character.
FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦"
    "贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄葛鲍牛樊殷"
    "張劉陳楊黃趙吳孫馬鄭謝許韓鄧馮蕭葉蔣盧鍾譚陸範韋賈鄒閻龍賀顧龔萬錢嚴湯賴莊鮑羅蘇呂郝"
    "朴"
)
# Korean family names in Hanja (simplified and traditional) that FAMILY_NAMES lacks, as Chinese text writes a
# Korean's name (奉俊昊, Bong Joon-ho): only after "Korean" and a role noun (:data:`_CUED_KOREAN`), where a Korean
# name is what follows. Among the Korean census's commoner family names; left out are the characters that open
# common words as readily as names (安排, 成为, 明年, 都是, 表示, 全程, 元素, 千万, 南方 ...).
KOREAN_FAMILY_NAMES = frozenset("申权權柳裴河禹闵閔池玄咸卞廉慎琴卓鞠睦奉")
KOREAN_NATIONALITY = ("韩国", "韓國", "南韩", "南韓", "韩裔", "韓裔")
# Role nouns the Chinese film press writes right before a name, in simplified script: director, actor, actress,
# screenwriter, producer, cinematographer, composer, singer, writer, host, juror, chair ...; and 評審 (juror), the
# word Taiwan writes for 评委. Their traditional forms (導演, 攝影師) are OpenCC's conversions of these
# (bench/chinese_traditional_forms.py writes them to data/), as Taiwan and Hong Kong write them.
_ROLE_NOUNS_SIMPLIFIED = (
    "导演", "演员", "女演员", "男演员", "编剧", "制片人", "监制", "摄影师", "摄影指导", "美术指导", "剪辑师", "作曲家", "歌手", "作家",
    "主持人", "评委", "影帝", "影后", "女星", "男星", "艺人", "制作人", "出品人", "影评人", "評審",
)
# Characters that follow a name and start no given name: particles, prepositions, conjunctions, adverbs,
# and the verbs film news puts after a person (担任 "serves as", 执导 "directs", 饰演 "plays", 表示 "says", 亲自 "in person"),
# in simplified script, and in traditional as OpenCC converts them (執導, 說, 與 ...).
_AFTER_NAME_SIMPLIFIED = "亲的在是和与及跟同说称也还都就则却又曾已将会被把对向为以从于由等代携凭表谈获担执饰回透坦首接亦并所自这此不很最更、，。：；！？（）《》“”「」 \n"
ROLE_NOUNS = (*_ROLE_NOUNS_SIMPLIFIED, *sorted(read_word_list("chinese_traditional_role_nouns.txt")))
AFTER_NAME = frozenset(_AFTER_NAME_SIMPLIFIED) | read_word_list("chinese_traditional_after_name.txt")


# Common words of a name's shape (data, see bench/chinese_common_words.py).
COMMON_WORDS = read_word_list("chinese_common_words.txt")
# Rarer nouns, verbs and numerals of a name's shape (data, same script): no name before "的表演"/"的演出" alone.
RARER_NOUNS = read_word_list("chinese_rarer_nouns.txt")

_HAN = re.compile(r"[\u4e00-\u9fff]")
_CUED = re.compile(r"(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")[:：]?(?=[" + "".join(sorted(FAMILY_NAMES)) + r"])")


_ROLE = "(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + ")"
_CUED_KOREAN = re.compile(f"(?:{'|'.join(KOREAN_NATIONALITY)}){_ROLE}[:：]?(?=[{''.join(sorted(KOREAN_FAMILY_NAMES))}])")


# Written right after a name in writing about films: plays (饰演), directs (执导), and the name's performance
# (的表演, 的演出), in simplified and traditional script. Each opens with a character that may follow a name
# (:data:`AFTER_NAME`), so the name's end is read as before one.
AFTER_CUES = ("饰演", "飾演", "执导", "執導", "的表演", "的演出")
_SHOW_AFTER = ("的表演", "的演出")
_FAMILY_NAME = re.compile("[" + "".join(sorted(FAMILY_NAMES)) + "]")


def _ends_a_name(text: str, at: int) -> bool:
    return at >= len(text) or text[at] in AFTER_NAME or not _HAN.match(text[at])


def _name_at(text: str, start: int) -> str:
    """The name starting at ``start`` (a family name's character): two characters when a function
    character follows them, else three when the text ends or one follows those; "" otherwise."""
    for size in (2, 3):
        name = text[start : start + size]
        if len(name) < size or not all(_HAN.match(c) for c in name) or name[-1] in AFTER_NAME:
            return ""
        if name not in COMMON_WORDS and _ends_a_name(text, start + size):
            return name
    return ""


def _cued(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name right after a role noun, or right before a cue of :data:`AFTER_CUES`."""
    found = []
    for cue in [*_CUED.finditer(text), *_CUED_KOREAN.finditer(text)]:
        if name := _name_at(text, cue.end()):
            found.append((cue.end(), cue.end() + len(name), name))
    for family in _FAMILY_NAME.finditer(text):
        start = family.start()
        if start and _HAN.match(text[start - 1]) and text[start - 1] not in AFTER_NAME:
            continue  # inside a word ("中韩"), not a name's start
        name = _name_at(text, start)
        after = start + len(name) if name else start
        # A rarer noun is no name before a show alone (马戏的表演, the circus's show); a circus neither plays a part
        # nor directs, and jieba tags some names as nouns (程文饰演, 石星执导).
        if name and text.startswith(AFTER_CUES, after) and not (name in RARER_NOUNS and text.startswith(_SHOW_AFTER, after)):
            found.append((start, start + len(name), name))
    return sorted(set(found))


def cued_names(text: str) -> frozenset[str]:
    """The names ``text`` writes after a role noun somewhere: the article's people wherever it writes them."""
    return frozenset(name for _start, _end, name in _cued(text))


def chinese_people(text: str, spans: Spans, known: frozenset[str] = frozenset()) -> list[Candidate]:
    """Chinese names with a role noun right before them (see the module's docstring), and the names of
    ``known`` (the article's :func:`cued_names`) wherever the text ends one, outside ``spans``."""
    hits = _cued(text)
    for name in known:
        at = text.find(name)
        while at >= 0:
            if _ends_a_name(text, at + len(name)):  # "周一帆在获奖感言中说", not a longer name holding it
                hits.append((at, at + len(name), name))
            at = text.find(name, at + 1)
    found = []
    for start, end, name in sorted(hits):
        if not overlaps(start, end, spans):
            found.append(Candidate("person", start, end, name))
            spans.append((start, end))
    return found


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))
