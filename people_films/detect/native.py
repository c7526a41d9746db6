"""A native-script name or title written beside the romanised one ("Seo Ji-an 서지안", "<Old Fox>
(老狐狸)"): one entity, the native part kept as another spelling.
"""

from __future__ import annotations

import re

from people_films import korean

NATIVE_SCRIPT = _NATIVE = r"\u3130-\u318f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"


# The native-script name the Korean, Chinese and Japanese press write beside a romanised one:
# "Seo Ji-an 서지안", "Tony Leung Chiu-wai (梁朝偉)"; a film's beside its English title: "<Old Fox> (老狐狸)".
_NATIVE_PERSON = re.compile(rf"[ ]?[(（]?([{_NATIVE}]{{2,4}})[)）]?(?![{_NATIVE}])")


# The label the Japanese, Chinese and Korean press may set before it, "original title": 「ソルトロード」（原題：소금길）,
# 《鹽之路》（原名：소금길）, 〈Title〉(원제: ...).
_ORIGINAL_TITLE_LABEL = r"(?:原題|原题|原名|원제)\s*[:：]\s*"
# After Japanese 「」 and 『』 only with the label: unlabelled, the bracket there is as often the director's name or
# a country, 「燈籠街」（チェン・ユーシュエン監督）.
_NATIVE_TITLE = re.compile(
    rf"(?:[’'”\"»>〉》]?[ ]?[(（](?:{_ORIGINAL_TITLE_LABEL})?|[」』][ ]?[(（]{_ORIGINAL_TITLE_LABEL})([{_NATIVE}][{_NATIVE}\s·・:：!?,]{{0,30}})[)）]"
)


# A credit in the brackets after a title, its role noun before or after the name, is no other title:
# 〈기계의 눈물〉(장윤서 감독), 《燈籠街》（导演：陈宇轩）, 「燈籠街」（チェン・ユーシュエン監督）.
_CREDIT = re.compile(r"(?:감독|연출|주연|출연|監督|导演|導演|主演)$|^(?:감독|연출|監督|导演|導演)")


# The second word of a Japanese name in Hangul, a particle perhaps written onto it ("Yamada Haruka 야마다 하루카가").
_SECOND_HANGUL_WORD = re.compile(r" ([\uac00-\ud7a3]{1,7})(?![\uac00-\ud7a3])")


def with_native(text: str, start: int, end: int, kind: str) -> tuple[str, int]:
    """The name or title as written, with a native-script one right after it ("Seo Ji-an 서지안"), and where it ends.

    A Japanese name in Hangul is two words, as Korean writes foreign names ("Yamada Haruka 야마다 하루카":
    :func:`people_films.korean.in_kana_syllables`)."""
    native = (_NATIVE_PERSON if kind == "person" else _NATIVE_TITLE).match(text, end)
    if native is None or (kind == "film" and _CREDIT.search(native.group(1).strip())):
        return text[start:end], end
    written, native_end = native.group(1).strip(), native.end()
    second = _SECOND_HANGUL_WORD.match(text, native_end) if kind == "person" and native_end == native.end(1) else None
    if second and korean.in_kana_syllables(written) and korean.in_kana_syllables(given := korean.stem(second.group(1))):
        written, native_end = f"{written} {given}", second.start(1) + len(given)
    return f"{text[start:end]} {written}", native_end


# Hangul words in brackets, two or more: "(종이달 모텔)".
_HANGUL_WORDS_IN_BRACKETS = re.compile(r"[ ]?[(（]([\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)+)[)）]")


def korean_title_after(text: str, end: int) -> bool:
    """Whether brackets right after ``text[:end]`` hold Hangul words that are a title, not a name: two words or
    more, where a Korean name in Hangul is one ("Paper Moon Motel (종이달 모텔)": the film's original title);
    not a Japanese name as Korean writes it, two words of the syllables it writes kana with ("야마다 하루카")."""
    bracket = _HANGUL_WORDS_IN_BRACKETS.match(text, end)
    if bracket is None:
        return False
    words = bracket.group(1).split()
    return not (len(words) == 2 and all(korean.in_kana_syllables(w) for w in words))
