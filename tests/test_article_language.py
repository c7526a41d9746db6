"""An article in another language than the site's carries ``lang`` (and ``dir="rtl"`` when it is
written right to left) on its text, so that browsers lay it out and voice it right."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from archive.language import language_attributes
from tests.sitebuild import Site, build_site

PROSE_AR = "عرض مهرجان البحر الأحمر السينمائي فيلمًا كوريًا لأول مرة في تاريخه، وامتلأت القاعة بالجمهور. " * 3


@pytest.mark.parametrize(
    ("language", "attributes"),
    [
        ("ar", ' lang="ar" dir="rtl"'),
        ("he-IL", ' lang="he-IL" dir="rtl"'),
        ("ja", ' lang="ja"'),  # fonts: the same Han character is drawn otherwise in Japanese
        ("en", ""),  # the site's own
        ("en-GB", ""),
        ('ar" onmouseover="alert(1)', ""),  # no tag: never written into the page
        ("", ""),
    ],
)
def test_the_attributes_an_articles_language_gives(language: str, attributes: str) -> None:
    assert language_attributes(language, "en") == attributes


@pytest.mark.site
def test_an_arabic_article_is_laid_out_right_to_left_and_the_site_around_it_is_not(tmp_path: Path) -> None:
    page = tmp_path / "red-sea.html"
    page.write_text(
        f'<html lang="ar"><head><meta charset="utf-8"><title>مهرجان البحر الأحمر</title></head>'
        f"<body><article><h1>مهرجان البحر الأحمر</h1><p>{PROSE_AR}</p><p>{PROSE_AR}</p></article></body></html>",
        encoding="utf-8",
    )
    site: Site = build_site(tmp_path / "site", [page])
    assert site.sphinx.returncode == 0, site.sphinx.stdout + site.sphinx.stderr
    (article,) = (site.html / "articles").glob("mhrjn-*.html")  # the title romanised
    soup = BeautifulSoup(article.read_text(encoding="utf-8"), "html.parser")
    marked = soup.find("div", attrs={"lang": "ar", "dir": "rtl"})
    assert marked is not None and marked.find("h1") is not None and "مهرجان البحر الأحمر" in marked.get_text()
    assert soup.html["lang"] == "en" and not soup.html.get("dir")  # the theme's menus stay in the site's language
