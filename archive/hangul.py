"""Korean words for the search index: each word's morphemes, by Kiwi.

Korean writes particles and endings onto the word ("만추는" is 만추 + 는),
and Sphinx's search splits text at spaces only, so "만추" did not find a page
that says "만추는". For every run of text holding Hangul, the search
language (archive.entities.search) also indexes the content morphemes that
Kiwi (``kiwipiepy``, a maintained Korean morphological analyser whose model
ships on PyPI) finds: nouns, roots, numbers, foreign and Chinese-character
words; not particles, endings or affixes, which would match every page. The
browser stays static: a query word with a particle is looked up without it
there (archive/search_scorer.js).

Kiwi's model takes seconds to load and hundreds of MiB to hold, so:

* it loads only when a word holds Hangul that no earlier build analysed, once
  per process, without the typo and multi-word dictionaries (:data:`KIWI_OPTIONS`);
* each distinct word is analysed once, on its own, and remembered: an archive
  repeats its words, and a word's nouns rarely depend on the next word;
* what was analysed is kept beside Sphinx's environment
  (``doctrees/hangul-morphemes.json``, :func:`setup_hangul`), so a rebuild
  that meets no new Korean word never loads the model. The file is only
  a memory of Kiwi's answers, per word, for this Kiwi and these options:
  a build with it gives what a build without it gives.
"""

from __future__ import annotations

import contextlib
import json
import re
import warnings
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Kiwi's tags (Sejong tag set) of the morphemes worth searching for:
# general/proper/bound nouns, numerals, pronouns, roots, foreign words, hanja, numbers.
CONTENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "XR", "SL", "SH", "SN"})
# Words are analysed one at a time, so the multi-word dictionary (WikiData names
# written as several words) can never match, and the typo dictionary mends
# endings, which are not indexed. Without them Kiwi holds 334 MiB instead of
# 512 and loads in 3 s instead of 7 (measured here); the content morphemes of
# the 864 distinct Hangul words of the bench corpora and tests are the same.
KIWI_OPTIONS = {"load_typo_dict": False, "load_multi_dict": False}
MEMORY_FILE = "hangul-morphemes.json"


@cache
def _kiwi():
    from kiwipiepy import Kiwi  # noqa: PLC0415 (seconds to load; only new words with Hangul need it)

    # In the calling thread (num_workers=0), no pool: Sphinx's parallel read forks its workers after the main
    # process has used Kiwi (the search words of articles' people, archive.entities.collect), a pool's threads
    # do not survive a fork, and a worker that met a new Korean word waited on them for ever (the build hung).
    # Its answers do not depend on it. 0 warns that it meant "all cores" before kiwipiepy 0.21.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "behavior of `num_workers=0`", DeprecationWarning)
        return Kiwi(num_workers=0, **KIWI_OPTIONS)


_analysed: dict[str, tuple[str, ...]] = {}  # word -> its content morphemes
_remembered = 0  # how many of them the memory file already held


def morphemes(text: str) -> list[str]:
    """The content morphemes of the Hangul words in ``text``, in order; [] when it has none."""
    if not HANGUL.search(text):
        return []
    words = [word for word in text.split() if HANGUL.search(word)]
    new = list(dict.fromkeys(word for word in words if word not in _analysed))
    if new:
        kiwi = _kiwi()
        for word in new:  # one at a time: a list is Kiwi's pool's work, and there is none (_kiwi)
            tokens = kiwi.tokenize(word)
            _analysed[word] = tuple(token.form for token in tokens if token.tag in CONTENT_TAGS and HANGUL.search(token.form))
    return [form for word in words for form in _analysed[word]]


def _version() -> str:
    """What Kiwi's answers depend on: its code, its model, the options and the tags kept."""
    versions = [metadata.version(name) for name in ("kiwipiepy", "kiwipiepy_model")]
    return json.dumps([versions, KIWI_OPTIONS, sorted(CONTENT_TAGS)])


def recall(path: Path) -> None:
    """Take the words a memory file at ``path`` holds (none when it is missing, unreadable or of another version)."""
    global _remembered
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(data, dict) or data.get("version") != _version() or not isinstance(data.get("words"), dict):
        return
    for word, forms in data["words"].items():
        if isinstance(word, str) and isinstance(forms, list) and all(isinstance(form, str) for form in forms):
            _analysed.setdefault(word, tuple(forms))
    _remembered = len(_analysed)


def remember(path: Path) -> None:
    """Write the words analysed so far to ``path``, when there are new ones; a failure costs only time."""
    global _remembered
    if len(_analysed) == _remembered:
        return
    data = {"version": _version(), "words": {word: list(forms) for word, forms in sorted(_analysed.items())}}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
        _remembered = len(_analysed)


def setup_hangul(app: Sphinx) -> None:
    """Recall the analysed words at ``builder-inited``, remember them at ``build-finished`` (in ``app.doctreedir``)."""
    app.connect("builder-inited", lambda app: recall(Path(app.doctreedir) / MEMORY_FILE))
    app.connect("build-finished", lambda app, error: error is None and remember(Path(app.doctreedir) / MEMORY_FILE))
