"""``python -m ingest inspect``: the curators' window into the ingest."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import CORPUS, ROOT

SEED = CORPUS / "002_0472e3aaac8c6868.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=ROOT, capture_output=True, text=True)


def test_json_has_the_stable_keys_one_object_per_line():
    result = run("inspect", "--json", str(SEED), str(CORPUS / "000_0af0f9ea32e2359d.txt"))
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert {"path", "title", "metadata", "body", "dropped"} <= set(json.loads(line))


def test_json_reports_each_dropped_line_with_its_reason():
    page = json.loads(run("inspect", "--json", str(SEED)).stdout)
    assert page["path"] == str(SEED)
    assert {"text": "본문 바로가기", "reason": "skip link"} in page["dropped"]
    assert "본문 바로가기" not in page["body"]


def test_body_is_paragraphs_separated_by_blank_lines_headings_included():
    body = json.loads(run("inspect", "--json", str(SEED)).stdout)["body"]
    assert "\n\nAsked the Machine\n\n" in body


def test_human_output_lists_metadata_article_and_dropped_lines():
    out = run("inspect", str(SEED)).stdout
    assert "publisher: The Asia Business Daily" in out
    assert "--- article ---" in out
    assert "[UI control] Text Size" in out


def test_a_missing_page_is_one_error_line_and_exit_status_1(tmp_path):
    result = run("inspect", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'nope.txt'}: cannot read the page (not found: it was moved or deleted, maybe during the run; check the name and run again)"]
