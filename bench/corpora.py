"""Synthetic archives of any size, made from real pages.

The material is the three seed pages (corpus/) and the 90 real pages of
../shared/bench/extraction-dev: their HTML when the ingest has an HTML reader,
else their ground-truth article bodies as text dumps. Article ``i`` takes
material ``i mod 93`` and varies what grows with a real archive:

* people and films: each article names two people and two films. One of each
  is new to the archive (person ``i // 4``, film ``i // 8``: the registry
  grows with the corpus, about N/4 people and N/8 films), the other is a
  well-known one drawn with a skew towards the first entries, as press
  coverage favours a few names. Names are Korean-style given and family
  names ("Kang Tae-hoon") and invented film titles, unique per index.
* title (material title + the film's), date (spread over 2018-2026, so
  listing pages fill as they would), source URL (unique).

The same ``size`` and material always give the same corpus, byte for byte.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parent.parent
EXTRACTION_DEV = REPO.parent / "shared" / "bench" / "extraction-dev"

SURNAMES = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Hong".split()
SYLLABLES = "min ji seo hyun woo jae young soo eun hye dong sung tae joon ha yeon na kyung hoon jin".split()
ADJECTIVES = "Silent Last Broken Blue Distant Hidden Burning Quiet Golden Electric Winter Paper Glass Midnight Hollow".split()
NOUNS = "River Mirror Harbour Signal Garden Machine Letter Island Station Orchard Lantern Archive Tide Window Orbit".split()


def person_name(index: int) -> str:
    """The index-th person: unique for index < 8000."""
    surname, rest = SURNAMES[index % 20], index // 20
    first, second = SYLLABLES[rest % 20], SYLLABLES[(rest // 20 + 7) % 20]
    return f"{surname} {first.capitalize()}-{second}"


def film_title(index: int) -> str:
    """The index-th film: unique for index < 15 * 15 * 15."""
    adjective, noun, other = ADJECTIVES[index % 15], NOUNS[(index // 15) % 15], NOUNS[(index // 225) % 15]
    return f"The {adjective} {noun}" if index < 225 else f"{adjective} {noun} of the {other}"


@dataclass
class Material:
    """A seed article the bench corpora are made from."""
    title: str
    body: str  # plain text, paragraphs separated by blank lines
    html: bytes | None = None  # the real page, when available


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_material(use_html: bool) -> list[Material]:
    """The corpus's seed articles (title and body text; their saved HTML when ``use_html``)."""
    materials = []
    for page in sorted((REPO / "corpus").glob("*.txt")):
        sidecar = tomllib.loads(page.with_name(page.stem + ".meta.toml").read_text(encoding="utf-8"))
        text = page.read_text(encoding="utf-8")
        materials.append(Material(sidecar.get("title") or text.splitlines()[0], text))
    truth = json.loads((EXTRACTION_DEV / "ground-truth.json").read_text(encoding="utf-8"))
    for key, value in sorted(truth.items()):
        body = value["articleBody"]
        title = body.split(".")[0][:70].strip() or key[:12]
        html = gzip.decompress((EXTRACTION_DEV / "html" / f"{key}.html.gz").read_bytes()) if use_html else None
        materials.append(Material(title, body, html))
    return materials


def _mentions(index: int, rng: random.Random) -> tuple[list[str], list[str]]:
    known_people, known_films = max(1, index // 4), max(1, index // 8)
    people = [person_name(index // 4), person_name(int(known_people * rng.random() ** 3))]
    films = [film_title(index // 8), film_title(int(known_films * rng.random() ** 3))]
    return people, films


def _date(index: int, rng: random.Random) -> str:
    return f"{2018 + index % 9}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _with_mentions_html(html: bytes, paragraph: str, body: str) -> bytes:
    """The real page with one more paragraph before the article's first one.

    Placed before the paragraph holding the start of the true body, so that the
    extractor keeps it with the article (a paragraph in the page's header
    would be dropped as chrome, and so would the names it carries).
    """
    soup = BeautifulSoup(html, "lxml")
    opening = " ".join(body.split()[:4])
    first = next((p for p in soup.find_all("p") if opening and opening in " ".join(p.get_text().split())), None)
    first = first or soup.find("p")
    extra = soup.new_tag("p")
    extra.string = paragraph
    if first is not None:
        first.insert_before(extra)
    elif soup.body is not None:
        soup.body.append(extra)
    return soup.encode()


def write_article(folder: Path, index: int, materials: list[Material], revision: int = 0) -> Path:
    """Article ``index`` of any corpus; ``revision`` > 0 changes its text."""
    rng = random.Random(index)
    material = materials[index % len(materials)]
    people, films = _mentions(index, rng)
    title = f"{material.title}: {films[0]}"
    lead = f"{people[0]}, who directed {films[0]}, spoke with {people[1]} about {films[1]}."
    if revision:
        lead += f" (Corrected, revision {revision}.)"
    stem = f"{index:05d}_{_slug(material.title)[:40]}"
    sidecar = tomlkit.dumps(
        {"title": title, "date": _date(index, rng), "publisher": f"Bench Press {index % 7}", "source_url": f"https://example.org/{index}/{_slug(title)[:50]}"}
    )
    (folder / f"{stem}.meta.toml").write_text(sidecar, encoding="utf-8")
    if material.html is not None:
        page = folder / f"{stem}.html"
        page.write_bytes(_with_mentions_html(material.html, lead, material.body))
    else:
        page = folder / f"{stem}.txt"
        page.write_text(f"{title}\n\n{lead}\n\n{material.body}\n", encoding="utf-8")
    return page


def write_registry(folder: Path, size: int) -> None:
    """people.toml and films.toml naming everyone the corpus mentions."""
    folder.mkdir(parents=True, exist_ok=True)
    people = tomlkit.dumps({"person": [{"name": person_name(i)} for i in range(max(1, size // 4) + 1)]})
    films = tomlkit.dumps({"film": [{"title": film_title(i), "kind": "feature"} for i in range(max(1, size // 8) + 1)]})
    (folder / "people.toml").write_text(people, encoding="utf-8")
    (folder / "films.toml").write_text(films, encoding="utf-8")


def write_corpus(folder: Path, size: int, use_html: bool) -> list[Path]:
    """``size`` generated pages (HTML when ``use_html``, else text dumps) with sidecars in ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    materials = load_material(use_html)
    return [write_article(folder, index, materials) for index in range(size)]
