"""The review queue's confidence: what found each name, and how often that rule was right on labelled pages."""

from __future__ import annotations

import json
import tomllib

import pytest

from people_films import evidence
from people_films.detect import detect
from people_films.proposals import proposals_toml
from people_films.registry import Registry
from people_films.review import detected_registry, gather


@pytest.fixture
def calibrated(tmp_path, monkeypatch):
    """A calibration file with the given {kind: {evidence: [right, found]}}."""

    def write(precision: dict) -> None:
        path = tmp_path / "evidence.json"
        path.write_text(evidence.calibration_json(precision, "a test"), encoding="utf-8")
        monkeypatch.setattr(evidence, "CALIBRATION_FILE", path)
        evidence._calibration.cache_clear()

    yield write
    evidence._calibration.cache_clear()


def _queue(occurrences: list[tuple[str, str, str, str]]) -> dict:
    review = detected_registry(Registry(), gather([("page.html", occurrences)]), set())
    return tomllib.loads(proposals_toml(review))


@pytest.mark.parametrize(
    ("text", "found_by"),
    [
        ("The festival opens with <Night Tide> this year.", evidence.TITLE_MARKS),
        ('She wrote the film "Paper Moon" in a month.', evidence.QUOTES),
        ("The director Nora Field said the shoot was long.", evidence.NAME),
        ("Night Tide: An Interview with Nora Field", evidence.INTERVIEW_HEADLINE),
        ("The jury: director Xoana Pereira, Zbigniew Kowal and Yaroslav Tkach.", evidence.LISTED),
        ("Singer Campino said so.", evidence.ONE_WORD),
    ],
)
def test_each_name_found_carries_the_rule_that_found_it(text, found_by):
    assert found_by in {c.evidence for c in detect(text, [])}


def test_confidence_is_the_rules_precision_on_the_dev_pages_pulled_towards_the_pooled_rate(calibrated):
    calibrated({"film": {evidence.QUOTES: [8, 10], evidence.TITLE_MARKS: [10, 10]}})
    pooled = 18 / 20
    assert evidence.precision("film", evidence.QUOTES) == pytest.approx((8 + 2 * pooled) / 12)  # (right + 2 pooled) / (found + 2)
    assert evidence.precision("film", evidence.ITALICS) == evidence.UNMEASURED
    assert evidence.confidence("film", [evidence.ITALICS, evidence.QUOTES]) == pytest.approx((8 + 2 * pooled) / 12)  # the best rule


def test_a_rare_rule_that_was_always_right_is_trusted_like_the_detector(calibrated):
    """Pulled towards a coin toss, two right of two read 0.75, and the queue suggested rejecting
    the Korean titles in quotes that rule finds (Parasite was rejected for good)."""
    calibrated({"film": {evidence.HANGUL: [2, 2], evidence.QUOTES: [141, 150]}})
    assert evidence.precision("film", evidence.HANGUL) >= evidence.ACCEPT_FROM


def test_the_queue_shows_confidence_and_the_rules_and_suggests_reject_below_the_floor(calibrated):
    calibrated({"film": {evidence.TITLE_MARKS: [60, 60], evidence.ITALICS: [1, 4]}})
    queue = _queue([
        ("film", "Night Tide", "The festival opens with <Night Tide>.", evidence.TITLE_MARKS),
        ("film", "Blue Hour", "We saw *Blue Hour* again.", evidence.ITALICS),
    ])
    films = {entry["title"]: entry for entry in queue["film"]}
    assert films["Night Tide"]["confidence"] == 1.0 and films["Night Tide"]["action"] == "accept"  # rounded: (60 + 2 * 61/64) / 62
    assert films["Blue Hour"]["confidence"] == 0.48 and films["Blue Hour"]["action"] == "reject"  # (1 + 2 * 61/64) / 6
    assert [entry["title"] for entry in queue["film"]] == ["Blue Hour", "Night Tide"]  # the least sure first


def test_the_queue_names_the_rules_that_found_a_name(calibrated):
    calibrated({})
    review = detected_registry(Registry(), gather([("page.html", [("film", "Night Tide", "The film <Night Tide>.", evidence.TITLE_MARKS)])]), set())
    assert "# found by: title marks (1)" in proposals_toml(review)


def test_the_shipped_calibration_names_known_rules_with_counts_that_add_up():
    data = json.loads(evidence.CALIBRATION_FILE.read_text(encoding="utf-8"))
    assert data["source"].startswith("bench/entities_eval.py --split dev --calibrate")
    for kind, rules in data["precision"].items():
        assert kind in {"person", "film"}
        for rule, (right, found) in rules.items():
            assert rule in evidence.KINDS and 0 <= right <= found


def test_the_queue_ends_with_a_line_break(calibrated):
    calibrated({})
    review = detected_registry(Registry(), gather([("page.html", [("film", "Night Tide", "The film <Night Tide>.", evidence.TITLE_MARKS)])]), set())
    assert proposals_toml(review).endswith("occurrences = 1\n")
