"""An article in another language than the site's is marked so: ``lang`` and, for a
language written right to left, ``dir="rtl"``.

The site's pages are in its own language (``language`` in conf.py); an article
keeps the language its page declared (the front matter's ``language``, from
``<html lang>`` or the sidecar) or, when it declared none, the one its text is
written in (:func:`ingest.language.detect_language`). Browsers need the mark to lay out Arabic or
Hebrew right to left, with their punctuation at the right end, and use it to
choose fonts (the same Han character is drawn differently in Japanese and
Chinese), hyphenation and a screen reader's voice (WCAG 2.1, 3.1.2 Language
of Parts). The article's body, title included, is wrapped at
``html-page-context``: the theme's chrome stays in the site's language.
"""

from __future__ import annotations

import re

from sphinx.application import Sphinx

# A BCP 47 tag as pages write it ("ar", "he-IL", "zh-Hant-TW"); anything else is not used.
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}")
# Languages written right to left (the scripts Arabic, Hebrew, Thaana, Syriac, N'Ko; CLDR's
# characterOrder right-to-left), by their ISO 639 code.
RIGHT_TO_LEFT = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "nqo", "ps", "sd", "syr", "ug", "ur", "yi"})


def language_attributes(language: str, site_language: str) -> str:
    """`` lang="..." dir="rtl"`` for an article in ``language``; "" when it is the site's or no valid tag."""
    tag = language.strip()
    if not _TAG.fullmatch(tag) or tag.split("-")[0].lower() == (site_language or "en").split("-")[0].lower():
        return ""
    direction = ' dir="rtl"' if tag.split("-")[0].lower() in RIGHT_TO_LEFT else ""
    return f' lang="{tag}"{direction}'


def mark_language(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: object) -> None:
    """``html-page-context``: wrap the body of a page whose front matter names another language."""
    language = (context.get("meta") or {}).get("language")
    if not isinstance(language, str) or "body" not in context:
        return
    if attributes := language_attributes(language, app.config.language):
        context["body"] = f"<div{attributes}>{context['body']}</div>"


def setup_language(app: Sphinx) -> None:
    """Mark every page whose front matter names another language than the site's."""
    app.connect("html-page-context", mark_language)
