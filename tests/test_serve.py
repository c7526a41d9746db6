"""``tools/serve.py``: the built site served as GitHub Pages serves it, on 127.0.0.1.

A real server on a free port, over a two-file site; nothing is timed.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.publish.site_helpers import serving
from tools.serve import base_path_of, make_server


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text("<p>home</p>", encoding="utf-8")
    (tmp_path / "404.html").write_text('<p>lost? <a href="/repo/index.html">home</a></p>', encoding="utf-8")
    return tmp_path


def test_a_project_page_is_served_under_its_base_path(site: Path) -> None:
    with serving(make_server(site, 0, base_path="/repo/")) as address, urllib.request.urlopen(f"{address}/repo/index.html", timeout=30) as page:
        assert page.read() == b"<p>home</p>"


def test_a_missing_page_under_the_base_path_gets_the_site_404(site: Path) -> None:
    with serving(make_server(site, 0, base_path="/repo/")) as address, pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{address}/repo/articles/gone.html", timeout=30)
    assert missing.value.code == 404
    assert missing.value.read() == (site / "404.html").read_bytes()


@pytest.mark.parametrize(
    ("site_url", "base_path"),
    [("", "/"), ("https://user.github.io/", "/"), ("https://user.github.io/repo", "/repo/"), ("https://a.org/x/y/", "/x/y/")],
)
def test_the_base_path_comes_from_the_site_url(site_url: str, base_path: str) -> None:
    assert base_path_of(site_url) == base_path
