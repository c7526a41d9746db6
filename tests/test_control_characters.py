"""Control characters in a page: cleaned once (ingest.escape.clean_text) for
every output, the site, the terminal and the files a curator edits; a page
with a few stray NUL, BEL or ESC bytes is kept, not rejected as binary."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from archive.linkreport import format_report
from ingest.escape import clean_text
from ingest.sniff import binary_kind

REPO = Path(__file__).resolve().parent.parent
PROSE = "The director said the film took three years to make. Critics praised its pacing, and the festival jury agreed. "
STRAY = "A cut\x00 line,\x07 a bell and a \x1b[31mcoloured\x1b[0m word\x7f."
# What a terminal or a TOML parser must never receive: C0 (but tab and newline), DEL, C1.
UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _html(paragraphs: int = 4) -> bytes:
    body = "".join(f"<p>{PROSE * 3} {STRAY} Paragraph {n}.</p>" for n in range(paragraphs))
    return f"<html><head><title>Stray \x07bytes</title></head><body><article><h1>Stray bytes</h1>{body}</article></body></html>".encode()


def _dump(paragraphs: int = 4) -> bytes:
    return ("Stray bytes in a dump\n\n" + "\n\n".join(f"{PROSE * 3} {STRAY} Paragraph {n}." for n in range(paragraphs)) + "\n").encode()


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=cwd, capture_output=True, text=True, env={"PYTHONPATH": str(REPO), "PATH": ""})


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [("a\x00b\x07c\x1b[31md\x7fe\x9bf", "abc[31mdef"), ("one\r\ntwo\rthree", "one\ntwo\nthree"), ("tab\tand\nline", "tab\tand\nline")],
)
def test_clean_text_drops_controls_and_keeps_text(text: str, cleaned: str) -> None:
    assert clean_text(text) == cleaned


@pytest.mark.parametrize("text", ["\U0001d41e\u0301", "e\u200b\u0301"], ids=["folded-letter-and-accent", "invisible-between"])
def test_clean_text_cleaned_twice_is_cleaned_once(text: str) -> None:
    # A bold letter folded, or an invisible dropped, beside a combining accent: composed in the same pass.
    assert clean_text(text) == clean_text(clean_text(text)) == "\u00e9"


@pytest.mark.parametrize("page", [_html(), _dump()], ids=["html", "text-dump"])
def test_a_few_stray_control_bytes_are_text(page: bytes) -> None:
    assert binary_kind(page) is None


@pytest.mark.parametrize("data", [random.Random(0).randbytes(8192), bytes(4096) + b"<p>text</p>", b"\x00\x01\x02\x03" * 500])
def test_what_is_really_not_text_is_still_binary(data: bytes) -> None:
    assert binary_kind(data) == "binary data"


def test_pages_with_stray_bytes_are_published_whole_and_clean(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.html").write_bytes(_html())
    (tmp_path / "corpus" / "b.txt").write_bytes(_dump())
    done = _run("build", "--corpus", "corpus", "--out", "out", "--no-cache", "--registry", str(REPO / "registry"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    articles = [path.read_text(encoding="utf-8") for path in (tmp_path / "out").glob("stray-*.md")]
    assert len(articles) == 2
    for text in articles:
        assert [f"Paragraph {n}" in text for n in range(4)] == [True] * 4
        assert r"A cut line\, a bell and a \[31mcoloured\[0m word\." in text
        assert not UNCLEAN.search(text)
        assert "\ufffd" not in text  # not turned into replacement characters either


@pytest.mark.parametrize("as_json", [False, True], ids=["human", "json"])
def test_inspect_writes_no_control_character_to_the_terminal(tmp_path: Path, as_json: bool) -> None:
    page = tmp_path / "page\x1b]0;pwned\x07\x7f.html"
    page.write_bytes(_html())
    done = _run("inspect", *(["--json"] if as_json else []), page.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Paragraph 3" in done.stdout
    assert not UNCLEAN.search(done.stdout)
    if as_json:
        assert json.loads(done.stdout)["path"] == "page]0;pwned.html"


def test_inspect_prints_a_file_name_holding_a_line_break_on_one_line(tmp_path: Path) -> None:
    """A line break is no control character to clean, but it let a file name print a line of its own."""
    page = tmp_path / "page\nerror: corpus\u2028forged.txt: looks fine.html"
    page.write_bytes(_html())
    done = _run("inspect", page.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "== page error: corpus forged.txt: looks fine.html"
    assert not [line for line in done.stdout.splitlines() if line.startswith("error")]


def test_errors_and_warnings_about_a_hostile_file_name_stay_clean(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "empty\x1b[2J\x7f.txt").write_bytes(b"   \n")
    done = _run("build", "--corpus", "corpus", "--out", "out", "--no-cache", "--registry", str(REPO / "registry"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["error: corpus/empty[2J.txt: empty file; save the page again from the browser, or delete it"]


def test_propose_writes_valid_toml_for_a_page_with_control_characters(tmp_path: Path) -> None:
    (tmp_path / "registry").mkdir()
    text = f"A festival report\n\n{PROSE}Director Park Chan-wook said\x7f the \x1b[1mfestival\x1b[0m matters.\x07 {PROSE}\n"
    page = tmp_path / "report\x7f\x1b[1m.txt"
    page.write_text(text, encoding="utf-8")
    done = _run("propose", "--registry", "registry", page.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not UNCLEAN.search(done.stdout)
    proposals = tomllib.loads(done.stdout)
    assert [person["name"] for person in proposals["person"]] == ["Park Chan-wook"]


def test_the_link_check_report_prints_no_escape_sequence_from_a_file_name_or_a_server() -> None:
    """``make linkcheck`` logs its report: the corpus file name (front matter keeps it as
    it is) and the reason phrase a linked server sends reach the terminal."""
    results = [{"status": "broken", "filename": "articles/a.md", "lineno": 3, "uri": "https://example.org/x",
                "info": "404 Client Error: Not \x1b]0;owned\x07Found\x1b[2J for url: https://example.org/x", "code": 404}]
    report = format_report(results, lambda filename: f"Title  [{filename}, from corpus/a\x1b[31m\nb.txt]")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", report)
    assert report.splitlines()[2:] == ["Title  [articles/a.md, from corpus/a[31m b.txt]", "  broken   https://example.org/x  (404 Not ]0;ownedFound[2J)"]


# JSON-LD decodes its own escapes after the page's text was cleaned: "\u001b" is an ESC,
# "\ud800" a lone surrogate, which no UTF-8 output can hold (inspect stopped with a traceback).
JSON_LD_ESCAPES = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Escaped \\u001b[2Jheadline \\ud800 here",'
    ' "author": {"@type": "Person", "name": ["Kim \\udfff Lee"]}, "datePublished": "2025-01-02"}</script>'
)


@pytest.mark.parametrize("as_json", [False, True], ids=["human", "json"])
def test_json_ld_escapes_reach_no_output_as_controls_or_lone_surrogates(tmp_path: Path, as_json: bool) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(_html().replace(b"</head>", JSON_LD_ESCAPES.encode() + b"</head>"))
    done = _run("inspect", *(["--json"] if as_json else []), page.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not UNCLEAN.search(done.stdout)
    assert "Escaped [2Jheadline here" in done.stdout
    assert "Kim Lee" in done.stdout
