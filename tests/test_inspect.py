"""``python -m ingest inspect``: the curators' window into the ingest."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import ingest.cli as cli
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


def test_a_folder_stands_for_its_pages_without_their_sidecars():
    result = run("inspect", "--json", str(CORPUS))
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert result.returncode == 0, result.stderr
    assert paths and all(path.endswith((".txt", ".html", ".htm")) for path in paths)


def test_a_file_that_is_not_a_page_is_one_error_line(tmp_path):
    sidecar = tmp_path / "page.meta.toml"
    sidecar.write_text('date = "2025"\n', encoding="utf-8")
    result = run("inspect", str(sidecar))
    assert result.returncode == 1
    assert result.stderr == f"error: {sidecar}: not a page (give .txt, .html or .htm files, or a folder such as corpus)\n"


def test_a_readers_bug_on_one_page_is_one_error_line_and_the_next_page_is_shown(tmp_path, monkeypatch, capsys):
    """As in a build (ingest.pipeline.page_error): inspect and propose once let any error
    but a PageError end the whole command with a traceback."""
    real_read_page = cli.read_page

    def reader_with_a_bug(path, **kwargs):
        if path.name == "bug.txt":
            raise ValueError("Invalid IPv6 URL")
        return real_read_page(path, **kwargs)

    monkeypatch.setattr(cli, "read_page", reader_with_a_bug)
    bug = tmp_path / "bug.txt"
    bug.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    status = cli.main(["inspect", "--json", str(bug), str(SEED)])
    out, err = capsys.readouterr()
    assert status == 1
    assert err == f"error: {bug}: internal error, page skipped (ValueError: Invalid IPv6 URL)\n"
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(SEED)]


def test_a_named_pipe_given_to_inspect_is_one_error_line_not_a_read_that_never_ends(tmp_path, capsys):
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    status = cli.main(["inspect", str(fifo)])
    assert status == 1
    assert capsys.readouterr().err == f"error: {fifo}: not a regular file (a named pipe or a device), not a page\n"


def test_a_picture_the_build_would_not_copy_is_warned_by_inspect_too(tmp_path, capsys):
    """make html warned "picture ... not copied (... is a symbolic link)"; inspect said nothing."""
    page = tmp_path / "page.html"
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "still.jpg").symlink_to("/etc/passwd")
    prose = "<p>The festival opened on Friday with a restored print of a silent film from its archive.</p>" * 3
    page.write_text(f"<html><head><title>A still</title></head><body><article>{prose}<figure><img src='page_files/still.jpg' alt='A still'><figcaption>A still</figcaption></figure></article></body></html>", encoding="utf-8")
    cli.main(["inspect", str(page)])
    assert f"warning: {page}: picture 'page_files/still.jpg' not copied (page_files/still.jpg is a symbolic link); its caption and alt text are kept" in capsys.readouterr().out


def test_a_name_the_review_rejected_is_not_listed_as_the_build_does_not_page_it(tmp_path):
    """inspect listed a rejected name "[not registered]" while the build gave it no page nor link."""
    page = tmp_path / "jury.txt"
    page.write_text("A jury for Busan\nDirector Nora Field and director Ada Brook will judge the films.\n", encoding="utf-8")
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "rejected.toml").write_text('[[person]]\nname = "Ada Brook"\n', encoding="utf-8")
    shown = json.loads(run("inspect", "--json", "--registry", str(registry), str(page)).stdout)
    assert [person["name"] for person in shown["people"]] == ["Nora Field"]
