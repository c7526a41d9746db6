"""What the browser tests do on a page: search, audit, measure, keep artefacts."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "_build" / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = ("serious", "critical")


def tool_missing(reason: str) -> None:
    """Skip on a developer machine without the tool; fail where CI is set."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this test must run; see .ci/run)")
    pytest.skip(reason)


@dataclass
class Site:
    url: str  # the site's root, under the project sub-path
    html: Path
    catalog: list[dict]

    def article_url(self, entry: dict) -> str:
        return f"{self.url}{entry['docname']}.html"


def artifact_path(name: str) -> Path:
    path = ARTIFACTS / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def search(page, site: Site, query: str) -> list[str]:
    """Type into the home page's search box; the result links, best first."""
    page.goto(f"{site.url}index.html")
    page.fill("input[name=q]", query)
    page.press("input[name=q]", "Enter")
    page.wait_for_function("document.querySelector('#search-results h2')?.textContent === 'Search Results'")
    return page.eval_on_selector_all("#search-results ul.search li > a", "links => links.map(a => a.href.split('#')[0])")


def axe_violations(page, name: str) -> list[dict]:
    """Serious and critical axe-core violations; the whole result is kept as an artefact."""
    if not AXE.is_file():
        tool_missing("axe-core not installed (run `npm ci`)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    artifact_path(f"axe/{name}.json").write_text(json.dumps(result["violations"], indent=1), encoding="utf-8")
    return [
        {"id": v["id"], "impact": v["impact"], "targets": [node["target"] for node in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 = no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def text_sizes_px(page) -> dict[str, float]:
    """The main text's font size, and the smallest of any visible paragraph or list item (captions, notes)."""
    return page.evaluate(
        """() => ({
            body: parseFloat(getComputedStyle(document.querySelector('article')).fontSize),
            smallest: Math.min(...[...document.querySelectorAll('article p, article li')]
                .filter(e => e.offsetParent && e.textContent.trim())
                .map(e => parseFloat(getComputedStyle(e).fontSize))),
        })"""
    )
