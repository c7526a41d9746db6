"""TOML that curators write (sidecars, the registry, its rejected list), read one way.

Windows editors start a saved file with a byte-order mark, which TOML itself
does not allow (tomllib: "Invalid statement (at line 1, column 1)"); and
tomllib reads nested arrays and tables by recursion, so a few hundred ``[``
raise RecursionError, which no caller expects from a parser.
"""

from __future__ import annotations

import tomllib

BYTE_ORDER_MARK = "\ufeff"


def loads(text: str) -> dict:
    """``text`` as TOML, a leading byte-order mark ignored.

    Raises :class:`tomllib.TOMLDecodeError` (a ValueError), for nesting too deep
    to read as well.
    """
    try:
        return tomllib.loads(text.removeprefix(BYTE_ORDER_MARK))
    except RecursionError:
        raise tomllib.TOMLDecodeError("nested too deeply to read") from None
