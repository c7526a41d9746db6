"""A page's own address behind a proxy's: Google Translate serves a page at an address of its own.

Kept apart from the HTML reader's metadata so that a sidecar (``ingest.sidecar``) reads it without loading
the HTML reader: text dumps need none, and the ingest loads it only for HTML pages (``ingest.pipeline.load_readers``).
"""

from __future__ import annotations

import re

# Google Translate's proxy of a page ("https://www-cine21-example.translate.goog/news/?id=1&_x_tr_sl=ko"):
# the page's host with its dots written as dashes and its dashes doubled, its own query after the
# proxy's parameters ("_x_tr_sl", "_x_tr_tl", "_x_tr_hl", "_x_tr_pto": Google's, all "_x_tr_").
_TRANSLATE_PROXY = re.compile(r"^(?P<scheme>https?)://(?P<host>[a-z0-9-]+)\.translate\.goog(?=[/?#]|$)(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?", re.IGNORECASE)


def untranslated(url: str) -> str:
    """The address Google Translate's proxy address ``url`` (:data:`_TRANSLATE_PROXY`) translated, else ``url``."""
    if (proxied := _TRANSLATE_PROXY.match(url)) is None:
        return url
    host = proxied["host"].replace("--", "\0").replace("-", ".").replace("\0", "-")
    query = "&".join(part for part in (proxied["query"] or "").split("&") if part and not part.startswith("_x_tr_"))
    return f"{proxied['scheme']}://{host}{proxied['path'] or '/'}" + (f"?{query}" if query else "")
