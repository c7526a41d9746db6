"""The block classifier: its file format, its inference, and what it may move."""

import json

import pytest
from bs4 import BeautifulSoup

from ingest.html.block_model import MODEL_PATH, model_from_dict, shipped_model
from ingest.html.blocks import FEATURE_NAMES, block_features, page_blocks
from ingest.html.extract import choose_and_prune, may_drop, refine_with_model, within_budget

LONG = "The festival opened on Friday with a restored print of a silent classic, and the hall was full."


def one_split_model(feature: str, threshold: float, left: float, right: float, **thresholds) -> dict:
    """A real model of one tree with one split: ``feature <= threshold`` scores ``left``, else ``right``."""
    return {
        "features": list(FEATURE_NAMES), "init": 0.0, "learning_rate": 1.0, "max_depth": 1,
        "add_above": thresholds.get("add_above", 0.5), "drop_below": thresholds.get("drop_below", 0.5),
        "trees": [{"feature": [FEATURE_NAMES.index(feature), -1, -1], "threshold": [threshold, 0.0, 0.0],
                   "left": [1, -1, -1], "right": [2, -1, -1], "value": [0.0, left, right]}],
    }


def blocks_of(html: str):
    soup = BeautifulSoup(html, "lxml")
    body, nodes, flags, dropped, _ = choose_and_prune(soup)
    return soup, body, nodes, flags, dropped


def test_the_shipped_model_reads_the_features_the_reader_computes():
    model = shipped_model()
    assert model is not None and MODEL_PATH.suffix == ".json"
    assert 0.0 <= model.drop_below <= 0.2 and 0.0 < model.add_above <= 1.01


def test_probabilities_follow_the_trees():
    model = model_from_dict(one_split_model("log_chars", 3.0, -2.0, 2.0))
    short, long_ = [0.0] * len(FEATURE_NAMES), [0.0] * len(FEATURE_NAMES)
    long_[FEATURE_NAMES.index("log_chars")] = 5.0
    low, high = model.probabilities([short, long_])
    assert low == pytest.approx(1 / (1 + 2.718281828**2), rel=1e-6)
    assert high == pytest.approx(1 / (1 + 2.718281828**-2), rel=1e-6)


def test_a_model_trained_on_other_features_is_refused():
    data = one_split_model("log_chars", 3.0, -2.0, 2.0)
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="retrain"):
        model_from_dict(data)


def test_the_shipped_file_is_plain_numbers():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data) >= {"features", "init", "learning_rate", "trees", "add_above", "drop_below"}
    assert all(isinstance(v, (int, float)) for tree in data["trees"] for key in tree for v in tree[key])


def test_text_blocks_are_own_text_in_document_order():
    _, body, nodes, flags, _ = blocks_of(f"<body><div>Loose text<p>{LONG}</p></div><ul><li>One item here</li></ul></body>")
    blocks, _ = page_blocks(body, nodes, flags)
    assert [b.text for b in blocks] == ["Loose text", LONG, "One item here"]
    assert [b.leaf for b in blocks] == [False, True, True]
    assert len(block_features(blocks)[0]) == len(FEATURE_NAMES)


def test_a_long_block_outside_the_container_joins_it_in_place():
    # The rules leave the lead out (its wrapper's class says "promo"); the model brings it back.
    page = (f"<body><div class='promo'><span>{LONG}</span></div><nav><a href='/'>Home</a></nav>"
            f"<div class='body'>{''.join(f'<p>{LONG} {n}</p>' for n in range(5))}</div></body>")
    soup, body, nodes, flags, dropped = blocks_of(page)
    assert not any(LONG == n.get_text() for n in nodes)
    model = model_from_dict(one_split_model("inside", 0.5, 2.0, 2.0, add_above=0.5, drop_below=0.0))
    refined = refine_with_model(body, nodes, flags, dropped, model)
    assert refined[0].get_text() == LONG  # the lead, before the body
    assert "Home" not in " ".join(n.get_text() for n in refined)  # too short to be added


def test_a_caption_is_never_dropped():
    page = f"<body><article>{''.join(f'<p>{LONG}</p>' for _ in range(3))}<figure><figcaption>Photo: A. Lee</figcaption></figure></article></body>"
    _, body, nodes, flags, _ = blocks_of(page)
    blocks, _ = page_blocks(body, nodes, flags)
    caption = next(i for i, b in enumerate(blocks) if b.tag.name == "figcaption")
    assert not may_drop(blocks, caption)


def test_additions_stay_within_the_containers_size():
    _, body, nodes, flags, _ = blocks_of(f"<body><p>{LONG}</p><p>{LONG}!</p><p>{LONG}?</p></body>")
    blocks, _ = page_blocks(body, nodes, flags)
    chosen = within_budget([(0.9, blocks[0]), (0.8, blocks[1]), (0.95, blocks[2])], 3 * len(LONG), 0.5)
    assert chosen == [blocks[2]]
