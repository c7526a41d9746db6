"""Rights notices as sites print them in their footer: "© 2024 Publisher. All rights reserved."

One function, :func:`find_notice`, used by the HTML reader on a page's footer
(``ingest/html/bylines.py``). The phrases are the reserved-rights formula in
the languages of the film press the archive collects (English, French,
German, Spanish, Italian, Dutch, Portuguese): the formula itself, not words of
the pages at hand.
"""

from __future__ import annotations

import re

RESERVED_PHRASES = [
    r"all rights reserved",
    r"tous droits r[ée]serv[ée]s",
    r"alle rechte vorbehalten",
    r"todos los derechos reservados",
    r"tutti i diritti riservati",
    r"alle rechten voorbehouden",
    r"todos os direitos reservados",
    r"版权所有|版權所有",  # Chinese: all rights reserved
]
# Notices that forbid copying rather than reserve rights, often inside a photo credit
# ("Redistribution prohibited", Korean "무단 전재 및 재배포 금지": reproduction and redistribution prohibited).
PROHIBITION_PHRASES = [
    r"redistribution[^.]*prohibited",
    r"unauthorized (?:reproduction|redistribution)[^.]*prohibited",
    r"reproduction[^.]*(?:prohibited|forbidden)",
    r"무단\s*(?:전재|복제)[^.]*금지",
    r"無断(?:転載|複製)[^.。]*禁",  # Japanese: reproduction without permission prohibited
    r"(?:未经(?:授权|许可)[^.。]*|禁止)转载",  # Chinese: no reprinting (without permission)
]
# Either kind: what marks a line as a rights notice.
RIGHTS_PHRASES = RESERVED_PHRASES + PROHIBITION_PHRASES
_RESERVED = "(?:" + "|".join(RESERVED_PHRASES) + ")"
_RESERVED_AT_END = re.compile(rf"[\s.,;:-]*{_RESERVED}.*$", re.I)


def without_reserved_phrase(holder: str) -> str:
    """A rights holder's name without the "All rights reserved" that followed it on its line
    ("シネマウェーブ All Rights Reserved" -> "シネマウェーブ", "影视前沿网 版权所有" -> "影视前沿网")."""
    return _RESERVED_AT_END.sub("", holder).strip()
# Where a footer line ends and its neighbours (menu links, "Privacy | Terms") begin.
_NOT_A_SEPARATOR = r"[^|•·\n]"
_SIGN = r"(?:©|\(c\)|&copy;)"
_YEAR = r"(?:19|20)\d\d"
_YEARS = rf"{_YEAR}(?:\s*[-–]\s*{_YEAR})?"
# Where a holder's name ends: a separator, a sentence's end, a spaced dash, the line's end.
_HOLDER_END = rf"(?:\s*{_YEARS})?(?=\s*$|\s*[|•·]|(?<!\b[^\W\d_])\.\s|\s[-–—]\s)"
_NOTICE = [
    # "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "저작권자 © 씨네21 무단전재 및 재배포금지": the Korean press's notice,
    # opened by 저작권자 "the rights holder" and closed by 금지 "prohibited", in angle brackets at Yonhap.
    re.compile(rf"<?저작권자\s*(?:{_SIGN})?[^<>\n|]{{0,150}}?금지\s*>?", re.I),
    # "© 2024 Publisher. All rights reserved." / "Copyright 2024 Publisher - Alle Rechte vorbehalten"
    re.compile(rf"(?:{_SIGN}|\bcopyright\b){_NOT_A_SEPARATOR}{{0,150}}?{_RESERVED}\.?", re.I),
    # "放映週報 Funscreen 版權所有 © 2025": the holder, the formula, then the sign and years (the order
    # of Chinese and Japanese footers; what follows, often the publisher's address, is not the notice).
    re.compile(rf"[^\W\d_]{_NOT_A_SEPARATOR}{{0,80}}?\s*{_RESERVED}\.?\s*{_SIGN}\s*{_YEARS}", re.I),
    # "© 2024 Publisher", "Copyright © Publisher", "© Copyright 2010-2024 by Publisher Inc"
    re.compile(
        rf"(?:\bcopyright\s*)?{_SIGN}\s*(?:copyright\s*)?(?:{_YEARS})?,?\s*(?:by\s+)?[^\W\d_]{_NOT_A_SEPARATOR}{{0,80}}?{_HOLDER_END}",
        re.I,
    ),
    re.compile(rf"\bcopyright\s+{_YEARS},?\s*(?:by\s+)?[^\W\d_]{_NOT_A_SEPARATOR}{{0,80}}?{_HOLDER_END}", re.I),
    # "Tous droits réservés." alone
    re.compile(rf"{_RESERVED}\.?", re.I),
]
_MAX_LINE_CHARS = 300  # a footer line, not a page of terms
# A string that may hold a notice: a quick test before the patterns run on its whole line.
MIGHT_HOLD_NOTICE = re.compile(rf"©|\(c\)|\bcopyright\b|저작권자|{_RESERVED}", re.I)


def states_rights(text: str) -> bool:
    """Whether ``text`` reserves rights or forbids copying (a phrase of :data:`RIGHTS_PHRASES`)."""
    return _RIGHTS_PHRASE.search(text) is not None


_RIGHTS_PHRASE = re.compile("|".join(RIGHTS_PHRASES), re.I)


def find_notice(text: str) -> str:
    """The rights notice in one footer line (white space collapsed), or "".

    See :func:`notice_and_kind`.
    """
    return notice_and_kind(text)[0]


def notice_and_kind(text: str) -> tuple[str, int]:
    """``(notice, kind)`` for one footer line, or ``("", -1)``; a lower kind is a fuller notice.

    Kind 0: the Korean press's "<저작권자(c) Holder, 무단 전재-재배포 금지>"; 1: a copyright sign or
    word running on to a reserved-rights phrase; 2: the holder, a reserved-rights phrase, then the
    sign and years ("放映週報 版權所有 © 2025"); 3: "©" (or "(c)") with the holder after it (and the
    years, if they follow), up to a separator (``|``, ``·``), a sentence's end (not "e.V.") or a
    spaced dash; 4: "Copyright" with a year and the holder; 5: a reserved-rights phrase alone. A
    line longer than 300 characters is running text, not a footer line.
    """
    text = " ".join(text.split())
    if len(text) > _MAX_LINE_CHARS:
        return "", -1
    for kind, pattern in enumerate(_NOTICE):
        match = pattern.search(text)
        if match:
            return match.group(0).strip(" -–—,;:"), kind
    return "", -1
