"""The extraction bench's listings (``bench/extraction.py``)."""

import pytest

from bench.extraction import main, print_snippet_misses


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
