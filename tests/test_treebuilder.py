"""ingest.html.treebuilder builds BeautifulSoup's own "lxml" tree: every node's fields and links."""

from __future__ import annotations

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
