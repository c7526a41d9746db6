"""Search finds a word with accents typed without them, in the index and in the browser alike."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from archive.entities.search import SearchEnglishNames, fold_accents

WORDS = ["Brûlé", "Buñuel", "Kieślowski", "Łódź", "Élise", "Almodóvar", "Nguyễn", "Straße", "Œuvre", "Fête", "がっこう", "만추", "Tae-yong", "Yoon"]


@pytest.mark.parametrize(
    ("written", "typed"), [("brûlé", "brule"), ("buñuel", "bunuel"), ("kieślowski", "kieslowski"), ("łódź", "lodz"), ("straße", "strasse"), ("nguyễn", "nguyen")]
)
def test_latin_letters_lose_their_accents(written: str, typed: str) -> None:
    assert fold_accents(written) == typed


def test_other_scripts_keep_their_marks() -> None:
    assert fold_accents("がっこう") == "がっこう"  # が is not か
    assert fold_accents("만추") == "만추"


def test_a_name_indexed_with_accents_is_found_without_them() -> None:
    language = SearchEnglishNames({})
    assert language.stem("Almodóvar") == language.stem("Almodovar") == "almodovar"
    assert language.stem("Élise") == language.stem("Elise")


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed (CI installs it)")
def test_the_browser_stems_every_word_as_the_index_does(tmp_path) -> None:
    script = tmp_path / "stem.js"
    script.write_text(
        "globalThis.window = globalThis;\n"
        + SearchEnglishNames.js_stemmer_code
        + f"\nconst stemmer = new window.Stemmer();\nconsole.log(JSON.stringify({json.dumps(WORDS)}.map((w) => stemmer.stemWord(w))));\n",
        encoding="utf-8",
    )
    browser = json.loads(subprocess.run(["node", str(script)], capture_output=True, text=True, check=True).stdout)
    language = SearchEnglishNames({})
    assert browser == [language.stem(word) for word in WORDS]
