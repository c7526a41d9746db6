"""The review queue's confidence: what found each name, and how often that rule was right on labelled pages."""

from __future__ import annotations

import json
import tomllib

import pytest

from bench.entities_eval import ranking
from people_films import confidence, evidence
from people_films.detect import article_context, detect
from people_films.proposals import proposals_toml
from people_films.registry import Registry
from people_films.review import detected_registry, gather


@pytest.fixture
def calibrated(tmp_path, monkeypatch):
    """A calibration file with the given {kind: {evidence: [right, found]}}, and no confidence model:
    the queue's confidence is then the best rule's precision."""

    def write(precision: dict) -> None:
        path = tmp_path / "evidence.json"
        path.write_text(evidence.calibration_json(precision, "a test"), encoding="utf-8")
        monkeypatch.setattr(evidence, "CALIBRATION_FILE", path)
        monkeypatch.setattr(confidence, "MODEL_FILE", tmp_path / "no-model.json")
        evidence._calibration.cache_clear()
        confidence._shipped.cache_clear()

    yield write
    evidence._calibration.cache_clear()
    confidence._shipped.cache_clear()


def _queue(occurrences: list[tuple[str, str, str, str]]) -> dict:
    review = detected_registry(Registry(), gather([("page.html", occurrences)]), set())
    return tomllib.loads(proposals_toml(review))


@pytest.mark.parametrize(
    ("text", "found_by"),
    [
        ("The festival opens with <Night Tide> this year.", evidence.TITLE_MARKS),
        ('She wrote the film "Paper Moon" in a month.', evidence.QUOTES),
        ("The director Nora Field said the shoot was long.", evidence.ROLE_BEFORE),
        ("Night Tide: An Interview with Nora Field", evidence.INTERVIEW_HEADLINE),
        ("The jury: director Xoana Pereira, Zbigniew Kowal and Yaroslav Tkach.", evidence.LISTED),
        ("Singer Campino said so.", evidence.ONE_WORD),
        # A name in a run of capitals carries the signal that named it: the queue's confidence is the
        # precision of that signal, not of every people rule at once.
        ("Park Ji-woo arrived in Busan on Monday.", evidence.NAME_SHAPE),
        ("The jury also met Hamaguchi Ryusuke in Tokyo on Monday.", evidence.JAPANESE_SHAPE),
        ("The prize went to Aditi RAO from a jury headed by LIAO Ching-sung.", evidence.CAPITALS),  # festival capitals
        ("Nora Field said the shoot was long.", evidence.SPEECH),
        ("Last year Nora Field, 48, moved to Busan.", evidence.APPOSITIVE),
        ("The festival opens with Nora Field’s “Night Tide” this year.", evidence.OWNER),
        ("Brad Pitt picked up the award. The role was a gift, and Pitt of all people knew it.", evidence.ALONE_ELSEWHERE),
        ("Laura Dern was named best supporting actress at the ceremony.", evidence.GIVEN_NAME),
        ("Cast\nLaura Dern\nAdam Driver", evidence.GIVEN_NAME_NO_PROSE),  # a list, a heading, a label
        ("On Monday the jury met Zorvan Mayer in town. Mayer said he was glad.", evidence.SPEAKS_ELSEWHERE),
    ],
)
def test_each_name_found_carries_the_rule_that_found_it(text, found_by):
    assert found_by in {c.evidence for c in detect(text, [], article_context(text))}


def test_the_signals_of_names_in_runs_of_capitals_are_calibrated_apart():
    """A given name and a family name with no cue is right less often than a role word before the name:
    the shipped figures tell them apart (people_films/data/evidence.json, measured on the dev split)."""
    assert evidence.precision("person", evidence.GIVEN_NAME_NO_PROSE) < evidence.precision("person", evidence.ROLE_BEFORE)


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


def test_the_bench_measures_how_well_confidence_ranks_right_names_above_wrong_ones():
    scored = [(0.95, True), (0.95, True), (0.9, False), (0.6, True), (0.5, False)]
    measured = ranking(scored)
    assert (measured["high"], measured["high right"], measured["low"], measured["low right"]) == (3, 2, 2, 1)
    # Right above wrong in 5 of the 6 pairs (0.95 > 0.9 twice, 0.95 > 0.5 twice, 0.6 > 0.5); 0.6 < 0.9.
    assert measured["auc"] == pytest.approx(5 / 6)


def test_the_shipped_model_weighs_the_features_it_names():
    model = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    assert model["source"].startswith("python -m bench.train_confidence")
    assert model["features"] == list(confidence.FEATURES)
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == len(confidence.FEATURES)


def test_the_model_ranks_a_name_the_archive_says_more_of_above_a_one_off_of_the_same_rule():
    """Two names found by the same rule: one signs an article and is named on three pages beside role and
    film words, the other appears once in a sentence with neither. The best rule's precision ties them."""
    rule = [evidence.GIVEN_NAME]
    many = [("a.html", "By Laura Field"), ("b.html", "The director Laura Field shot the film in May."), ("c.html", "Laura Field’s film opens.")]
    once = [("d.html", "Tickets for Forest Hill go on sale on Monday.")]
    sure = confidence.confidence("person", rule, many, ["Laura Field"])
    unsure = confidence.confidence("person", rule, once, ["Forest Hill"])
    assert evidence.confidence("person", rule) < sure and unsure < sure


def test_the_model_reads_the_archive_as_the_queue_gathers_it():
    review = detected_registry(Registry(), gather([
        ("a.html", [("person", "Laura Field", "By Laura Field", evidence.ROLE_BEFORE)]),
        ("b.html", [("person", "Laura Field", "The director Laura Field shot the film in May.", evidence.ROLE_BEFORE)]),
    ]), set())
    (found,) = [info for _, info in review.new]
    assert found.confidence == confidence.confidence("person", [evidence.ROLE_BEFORE], found.where, ["Laura Field"])
