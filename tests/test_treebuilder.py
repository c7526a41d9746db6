"""ingest.html.treebuilder builds BeautifulSoup's own "lxml" tree: every node's fields and links."""

from __future__ import annotations

import re
from pathlib import Path

import bs4
import pytest
from bs4 import BeautifulSoup, NavigableString

from ingest.html import treebuilder

HERE = Path(__file__).parent
# Real-world shapes the tests keep as files (attacks, metadata, saved pages), and the seeds.
PAGES = sorted({*HERE.glob("adversarial/*.html"), *HERE.glob("html/**/*.html")})
_LINKS = ("parent", "previous_element", "next_element", "previous_sibling", "next_sibling")


def _fields(soup: BeautifulSoup) -> list:
    """Each node's class, its text or name, and every field, links as positions in the document."""
    nodes = [soup, *soup.descendants]
    where = {id(node): at for at, node in enumerate(nodes)}
    out = []
    for node in nodes:
        fields = {}
        for key, value in vars(node).items():
            if key in _LINKS:
                fields[key] = None if value is None else where.get(id(value), "outside")
            elif key == "contents":
                fields[key] = [where.get(id(child), "outside") for child in value]
            elif key == "attrs":
                fields[key] = (type(value), [(k, type(v), list(v) if isinstance(v, list) else str(v)) for k, v in value.items()])
            elif key == "builder":
                fields[key] = isinstance(value, bs4.builder.LXMLTreeBuilder)  # the stock builder or its subclass
            else:
                fields[key] = repr(value)
        out.append((type(node), str(node) if isinstance(node, NavigableString) else node.name, fields))
    return out


def _stock(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(HERE)))
def test_the_tree_is_beautifulsoups_own(page: Path) -> None:
    text = page.read_text(encoding="utf-8", errors="replace")
    assert _fields(treebuilder.parse(text)) == _fields(_stock(text))


@pytest.mark.parametrize(
    "markup",
    [
        '<p class=" lead  intro ">a <a rel="nofollow noopener" href="/x">b</a></p>',  # lists of class words and rel values
        "<pre>  kept\n  as is </pre>\n\n<p> </p><div>\n\t</div>",  # whitespace-only text: kept in <pre>, folded elsewhere
        "<script>if (a < b) {}</script><style>p{}</style><template><p>t</p></template>",  # their own string classes
        '<meta charset="euc-kr"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',  # substitutions
        "<div><p>one<p>two</div>unclosed <b>bold <i>both</b> after",  # lxml's repairs
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#i"/></svg>',
        '<div {weird}="1" data-x="">odd attribute names</div>',
        "<!DOCTYPE html><!-- a comment --><html><body><?php echo 1 ?>text</body></html>",
    ],
)
def test_shapes_that_take_other_paths(markup: str) -> None:
    assert _fields(treebuilder.parse(markup)) == _fields(_stock(markup))


def test_another_beautifulsoup_parses_with_the_stock_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bs4, "__version__", "0.0")
    assert type(treebuilder.parse("<p>x</p>").builder) is bs4.builder.LXMLTreeBuilder


def test_asking_whether_a_tag_is_decomposed_searches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    soup = treebuilder.parse("<div><p>kept</p><p>dropped</p></div>")
    div = soup.find("div")
    kept, dropped = div.find_all("p")
    dropped.decompose()
    monkeypatch.setattr(bs4.element.Tag, "find", lambda *args, **kwargs: pytest.fail("searched the subtree"))
    assert (div.decomposed, kept.decomposed, dropped.decomposed) == (False, False, True)


# Strings of every kind find_all(string=...) meets: text, a comment, CDATA, a script's, an empty string, whitespace.
_STRINGS_PAGE = (
    "<div><p>9.30pm</p><!-- 10:15 a comment --><p>The <b>21:05</b> screening</p>"
    "<script>var t = '11:00';</script><p></p><p> </p><svg><![CDATA[12:00]]></svg><p>last 23:59</p></div>"
)


@pytest.mark.parametrize(
    ("match", "limit"),
    [(True, None), (True, 2), (re.compile(r"\d\d:\d\d"), None), (re.compile(r"\d\d:\d\d"), 3), (lambda s: s.strip() == "9.30pm", None)],
    ids=["any", "any, limit", "pattern", "pattern, limit", "function"],
)
def test_find_strings_answers_as_find_all(match: object, limit: int | None) -> None:
    soup = treebuilder.parse(_STRINGS_PAGE)
    found = treebuilder.find_strings(soup.div, match, limit=limit)
    expected = soup.div.find_all(string=match, limit=limit)
    assert [(type(s), str(s)) for s in found] == [(type(s), str(s)) for s in expected]
    assert all(a is b for a, b in zip(found, expected, strict=True))


def test_find_strings_uses_no_beautifulsoup_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    soup = treebuilder.parse(_STRINGS_PAGE)
    monkeypatch.setattr(bs4.filter.ElementFilter, "filter", lambda *args: pytest.fail("BeautifulSoup's filter ran"))
    assert treebuilder.find_strings(soup, re.compile("pm")) == ["9.30pm"]
