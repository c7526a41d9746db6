"""The extraction bench's listings (``bench/extraction.py``)."""

import pytest

from bench.extraction import main, print_recall_diff, print_snippet_misses


def test_snippet_misses_list_missed_and_kept_passages(capsys):
    truth = {"p1": {"with": ["The print is restored", "A new score"], "without": ["Read more"]}}
    pred = {"p1": {"articleBody": "The  print is RESTORED.\nRead more"}}
    print_snippet_misses(truth, pred, ["p1"])
    out = capsys.readouterr().out
    assert "missing p1: 'A new score'" in out
    assert "kept    p1: 'Read more'" in out
    assert "restored" not in out


def test_snippet_misses_are_refused_on_the_test_split(capsys):
    with pytest.raises(SystemExit):
        main(["--wide-split", "test", "--snippet-misses"])
    assert "dev split only" in capsys.readouterr().err


def test_recall_diff_lists_what_the_peer_keeps_and_ours_misses(capsys):
    truth = {"p1": {"with": ["The print is restored", "A new score", "Two scenes were cut"]}}
    ours = {"p1": {"articleBody": "The print is restored."}}
    peer = {"p1": {"articleBody": "The print is restored. A NEW score."}}
    print_recall_diff(truth, ours, peer, ["p1"])
    out = capsys.readouterr().out
    assert "peer keeps p1: 'A new score'" in out
    assert out.count("peer keeps") == 1  # neither the passage both keep nor the one both miss
    assert "1 must-keep passages trafilatura keeps and ours misses" in out


def test_recall_diff_is_refused_on_the_test_split(capsys):
    with pytest.raises(SystemExit):
        main(["--wide-split", "test", "--recall-diff"])
    assert "dev split only" in capsys.readouterr().err
