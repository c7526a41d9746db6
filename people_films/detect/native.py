"""A native-script name or title written beside the romanised one ("Seo Ji-an 서지안", "<Old Fox>
(老狐狸)"): one entity, the native part kept as another spelling.
"""

from __future__ import annotations

import re

_NATIVE = r"\u3130-\u318f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"


# The native-script name the Korean, Chinese and Japanese press write beside a romanised one:
# "Seo Ji-an 서지안", "Tony Leung Chiu-wai (梁朝偉)"; a film's beside its English title: "<Old Fox> (老狐狸)".
_NATIVE_PERSON = re.compile(rf"[ ]?[(（]?([{_NATIVE}]{{2,4}})[)）]?(?![{_NATIVE}])")


_NATIVE_TITLE = re.compile(rf"[’'”\"»>〉》]?[ ]?[(（]([{_NATIVE}][{_NATIVE}\s·・:：!?,]{{0,30}})[)）]")


def with_native(text: str, start: int, end: int, kind: str) -> tuple[str, int]:
    """The name or title as written, with a native-script one right after it ("Seo Ji-an 서지안"), and where it ends."""
    native = (_NATIVE_PERSON if kind == "person" else _NATIVE_TITLE).match(text, end)
    if native is None:
        return text[start:end], end
    return f"{text[start:end]} {native.group(1).strip()}", native.end()
