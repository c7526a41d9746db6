"""Korean words reach the search index by their morphemes, without particles."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from archive import hangul
from archive.entities.search import SearchEnglishNames
from archive.hangul import morphemes


def test_a_word_with_a_particle_gives_its_noun() -> None:
    assert morphemes("만추는") == ["만추"]
    assert morphemes("관객들은 만추를 다시 본다") == ["관객", "만추"]


def test_particles_and_endings_are_not_indexed() -> None:
    found = morphemes("감독의 영화가 극장에서 다시 상영됐다")
    assert "감독" in found and "영화" in found and "극장" in found
    assert not {"의", "가", "에서", "다"} & set(found)


def test_text_without_hangul_costs_nothing() -> None:
    assert morphemes("Late Autumn, a film by Kim Tae-yong") == []


def test_the_search_language_indexes_words_and_morphemes() -> None:
    words = SearchEnglishNames({}).split("만추는 시애틀에서")
    assert {"만추는", "만추", "시애틀"} <= set(words)


def test_a_rebuild_recalls_analysed_words_without_loading_kiwi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hangul, "_remembered", 0)
    memory = tmp_path / "doctrees" / hangul.MEMORY_FILE
    analysed = morphemes("관객들은 만추를 다시 본다")
    hangul.remember(memory)
    monkeypatch.setattr(hangul, "_analysed", {})
    monkeypatch.setattr(hangul, "_kiwi", lambda: pytest.fail("Kiwi loaded for words the memory holds"))
    hangul.recall(memory)
    assert morphemes("관객들은 만추를 다시 본다") == analysed


def test_a_memory_of_another_kiwi_is_not_recalled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hangul, "_remembered", 0)
    memory = tmp_path / hangul.MEMORY_FILE
    memory.write_text(json.dumps({"version": "another", "words": {"만추는": ["엉뚱"]}}), encoding="utf-8")
    monkeypatch.setattr(hangul, "_analysed", {})
    hangul.recall(memory)
    assert morphemes("만추는") == ["만추"]


def _morphemes_in_child(queue) -> None:
    queue.put(morphemes("부산영화제에서"))


def test_a_forked_reader_analyses_new_words_after_the_main_process_did() -> None:
    """Sphinx's parallel read (-j) forks workers after the main process has used Kiwi (the search words of an
    article's people, archive.entities.collect.outdated_articles); Kiwi's thread pool does not survive a fork, and
    the worker waited on it for ever: the whole build hung. Kiwi runs in the calling thread."""
    morphemes("시애틀에서 만났다")  # Kiwi loaded here, in the parent
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_morphemes_in_child, args=(queue,))
    child.start()
    child.join(120)  # a hang detector, not a measure: the analysis takes well under a second
    if child.is_alive():
        child.kill()
    assert child.exitcode == 0
    assert "부산" in "".join(queue.get(timeout=5))
