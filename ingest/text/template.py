"""Each site's template, learned from the corpus: lines that recur on several of its pages.

Menus, taglines, sign-up bars and footers are printed on every page of a site;
an article's text is printed on one. A line found on at least
``MIN_PAGES`` pages of one site, and on at least ``MIN_SHARE`` of them (so
that a headline shown in a few siblings' "related" boxes is not taken for
chrome on a site with many pages), is that site's chrome, when it stands
there beside a line it stands beside on those pages too: a template repeats
its blocks whole (a menu's items, a footer's lines in order), while an
article's headline, shown again in the site's list of teasers, has other
neighbours there. A line that another page follows with a line of this
page's own text (the index's teaser: the headline, then the article's lead)
is this article's, never template, whatever stands before it. The more pages of a site the corpus holds, the cleaner its
pages come out.

A page's site is the host of its sidecar's ``source_url``; a page without one
belongs to the known site of the page it shares the most distinct lines with,
``MIN_SHARED_LINES`` at least (a dump saved without a sidecar beside its site's
sidecar'd pages), else to the site of the other pages without one it shares
that many lines with (joined transitively), or to none. Sentences of running
text do not count: pages that share them are versions of one article.

Versions of one article on one site (saved again after an update, with the
same ``source_url`` host) share its headline and paragraphs as a template
shares its blocks. Two pages are versions of one another (:func:`_versions`)
when they hold at least half of the running text of the shorter of the two
and, when both addresses are known, were saved from the same address; an
article and its versions are one story (:func:`_stories`). Every count above
is of stories, not of files: a line, or two lines side by side, is template
only when enough different articles print it, so what versions share stays
each one's text, and the pair they share (a section label over the headline,
the cookie banner over that label) is no block of the site's template, nor
evidence that a line is another article's teaser.

The counts are passed in explicitly (``read_text(text, template=...)``), never
kept in a module global, so that a page's output depends only on its inputs;
the ingest cache keys each page by the template lines it receives
(:func:`template_digest`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache
from typing import TypeVar
from urllib.parse import urlsplit

from ingest.text.lines import Line, is_prose, logical_lines

Key = TypeVar("Key", bound=Hashable)

MIN_PAGES = 2
MIN_SHARE = 0.3
# Pages with no known site: this many shared distinct lines make them one site.
MIN_SHARED_LINES = 5
# A line on more pages than this is not used to group pages without a site
# (it costs a pair count per two pages that hold it).
MAX_PAGES_PER_GROUPING_LINE = 200


def page_lines(text: str) -> list[str]:
    """The logical lines of a dump that hold text, in order, as the reader sees them."""
    return [stripped for line in logical_lines(text) if (stripped := line.text.strip())]


def _neighbours(lines: list[str]) -> set[tuple[str, str]]:
    """Each pair of lines that stand one after the other."""
    return set(zip(lines, lines[1:]))


def site_templates(
    pages: Mapping[Key, tuple[str, str]], addresses: Mapping[Key, str] | None = None, site_of: dict[Key, str] | None = None
) -> dict[Key, dict[str, int]]:
    """``{page: (site, dump text)}`` -> ``{page: {line: other pages of its site showing it}}``
    (an article saved in several versions counting as one page).

    ``site`` may be "" (unknown): such pages are grouped by shared lines.
    ``addresses``: each page's address (a sidecar's ``source_url``) where known;
    two pages saved from different addresses are different articles, never
    versions of one. Only the lines of each page that belong to its site's
    template are given. ``site_of``, when given, is filled with each page's site as found
    (its own, or the one its shared lines give it; "" for none), for :func:`site_publishers`.
    """
    sequences = {key: page_lines(text) for key, (_, text) in pages.items()}
    lines = {key: frozenset(sequence) for key, sequence in sequences.items()}
    pairs = {key: _neighbours(sequence) for key, sequence in sequences.items()}
    sites = _sites({key: site for key, (site, _) in pages.items()}, lines)
    if site_of is not None:
        site_of.update(sites)
    members: dict[str, list[Key]] = defaultdict(list)
    for key, site in sites.items():
        if site:
            members[site].append(key)
    out: dict[Key, dict[str, int]] = {key: {} for key in pages}
    for keys in members.values():
        if len(keys) < MIN_PAGES:
            continue
        # A line counts once per story (an article and its versions), never once per file: what two
        # versions of one article share is that article's, and tells nothing of the site's chrome.
        story = _stories(keys, _versions(keys, lines, addresses or {}))
        story_lines: dict[Key, set[str]] = defaultdict(set)
        story_pairs: dict[Key, set[tuple[str, str]]] = defaultdict(set)
        for key in keys:
            story_lines[story[key]] |= lines[key]
            story_pairs[story[key]] |= pairs[key]
        if len(story_lines) < MIN_PAGES:
            continue
        counts = Counter(line for held in story_lines.values() for line in held)
        pair_counts = Counter(pair for held in story_pairs.values() for pair in held)
        followers: dict[str, list[str]] = defaultdict(list)  # line -> the lines after it on the site's pages
        for first, second in pair_counts:
            followers[first].append(second)
        needed = max(MIN_PAGES, MIN_SHARE * len(story_lines))
        for key in keys:
            in_blocks = {line for pair in pairs[key] if pair_counts[pair] >= needed for line in pair}
            template = {line: counts[line] - 1 for line in lines[key] if counts[line] >= needed and line in in_blocks}
            # A teaser of this very article elsewhere (the site's index: headline, then the article's
            # own first line) is no template: another story follows it with this page's own text.
            own_text = lines[key] - template.keys()
            own_pairs = story_pairs[story[key]]
            out[key] = {
                line: count
                for line, count in template.items()
                if not any(after in own_text and pair_counts[(line, after)] > ((line, after) in own_pairs) for after in followers[line])
            }
    return out


def site_publishers(site_of: Mapping[Key, str], publishers: Mapping[Key, str]) -> dict[Key, str]:
    """``{page: its site's publisher}`` for the pages of ``site_of`` that ``publishers`` (what the
    curator's sidecars name) leaves without one, when the other pages of its site that have one all
    name the same: a dump saved without a sidecar is published under the name the site's sidecar'd
    pages give ("씨네21"), not the one its copyright line spells ("CINE21")."""
    named: dict[str, set[str]] = defaultdict(set)
    for key, site in site_of.items():
        if site and publishers.get(key):
            named[site].add(publishers[key])
    return {key: next(iter(named[site])) for key, site in site_of.items() if site and not publishers.get(key) and len(named[site]) == 1}


def _stories(keys: list[Key], versions: Mapping[Key, set[Key]]) -> dict[Key, Key]:
    """Each page's story (one of its pages stands for it): the pages joined by being versions of one
    another (:func:`_versions`), transitively (an update of an update is the same story)."""
    return _joined(keys, ((key, other) for key in keys for other in versions[key]))


def _joined(keys: Iterable[Key], links: Iterable[tuple[Key, Key]]) -> dict[Key, Key]:
    """Each key's group, joined by ``links`` transitively, as ``{key: the key that stands for its group}``."""
    parent = {key: key for key in keys}

    def root(key: Key) -> Key:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for first, second in links:
        parent[root(first)] = root(second)
    return {key: root(key) for key in parent}


# Two pages of a site are versions of one article when they share this many sentences of running
# text or more, and at least this share of the sentences of the page with fewer.
MIN_SHARED_SENTENCES = 2
MIN_VERSION_SHARE = 0.5


def _versions(keys: list[Key], lines: Mapping[Key, frozenset[str]], addresses: Mapping[Key, str]) -> dict[Key, set[Key]]:
    """Each page's versions among ``keys`` (one site's pages): the pages that share at least
    ``MIN_VERSION_SHARE`` of the sentences of running text of the page of the two with fewer
    (``MIN_SHARED_SENTENCES`` at least). A site's notices in sentences are a small share of an
    article's; an update adds paragraphs to its article's and keeps most of them. When both pages'
    addresses are known they must name one article (:func:`_article_address`): short pages of one
    site can share half their sentences in its notices and blurbs alone, and lost their template."""
    sentences = {key: {line for line in lines[key] if _is_sentence(line)} for key in keys}
    shared = _shared_line_counts(sentences)
    article = {key: _article_address(addresses.get(key, "")) for key in keys}
    versions: dict[Key, set[Key]] = {key: set() for key in keys}
    for (first, second), count in shared.items():
        if article[first] and article[second] and article[first] != article[second]:
            continue
        if count >= max(MIN_SHARED_SENTENCES, MIN_VERSION_SHARE * min(len(sentences[first]), len(sentences[second]))):
            versions[first].add(second)
            versions[second].add(first)
    return versions


def _article_address(url: str) -> str:
    """The part of an address that names an article: host and path, without the query, the
    fragment or a closing slash ("" for none)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}" if parts.hostname else ""


def _shared_line_counts(lines: Mapping[Key, set[str]], among: set[Key] | None = None) -> dict[tuple[Key, Key], int]:
    """``{(page, other page): how many of the given lines both hold}``, each pair once (in the order of
    ``lines``); a line on more than ``MAX_PAGES_PER_GROUPING_LINE`` pages (of ``among``, when given)
    is left out. ``among``: only the pairs one page of which is in it (and only its pages' lines are counted)."""
    holders: dict[str, list[Key]] = defaultdict(list)
    wanted = None if among is None else {line for key in among for line in lines[key]}
    for key, held in lines.items():
        for line in held if wanted is None else held & wanted:
            holders[line].append(key)
    order = {key: position for position, key in enumerate(lines)}
    shared: dict[tuple[Key, Key], int] = defaultdict(int)
    for keys in holders.values():
        firsts = keys if among is None else [key for key in keys if key in among]
        # The cap bounds the pairs a line makes: with ``among``, only its pages pair, so a menu line
        # on every page of a large site still ties a page without a sidecar to it.
        if 1 < len(keys) and len(firsts) <= MAX_PAGES_PER_GROUPING_LINE:
            for first in firsts:
                for second in keys:
                    # Each pair once: a pair of two pages of ``among`` is counted from its earlier page.
                    if order[second] > order[first] or (order[second] < order[first] and among is not None and second not in among):
                        shared[(first, second) if order[first] < order[second] else (second, first)] += 1
    return shared


@lru_cache(maxsize=65536)
def _is_sentence(line: str) -> bool:
    """A line of running text (:func:`ingest.text.lines.is_prose`)."""
    return is_prose(Line(0, line, blank_before=False, blank_after=False))


def _sites(known: Mapping[Key, str], lines: Mapping[Key, frozenset[str]]) -> dict[Key, str]:
    """Each page's site: its own; else the known site of the page it shares the most lines with
    (``MIN_SHARED_LINES`` at least: a dump saved without a sidecar beside its site's sidecar'd
    pages); else one shared with the other pages without a site it has enough lines in common with."""
    unknown = [key for key, site in known.items() if not site]
    # Sentences of running text two pages share make them versions of one article (saved
    # again after an update), not one site's pages: a template is menus, labels and notices.
    grouping = {key: {line for line in lines[key] if not _is_sentence(line)} for key in known}
    sites = dict(known)
    best: dict[Key, tuple[int, str]] = {}
    for (first, second), count in _shared_line_counts(grouping, among=set(unknown)).items():
        for page, other in ((first, second), (second, first)):
            if not known[page] and known[other] and count >= MIN_SHARED_LINES and count > best.get(page, (0, ""))[0]:
                best[page] = (count, known[other])
    for key, (_, site) in best.items():
        sites[key] = site
    unknown = [key for key in unknown if not sites[key]]
    shared = _shared_line_counts({key: grouping[key] for key in unknown})
    group = _joined(unknown, (pair for pair, count in shared.items() if count >= MIN_SHARED_LINES))
    groups = Counter(group.values())
    for key in unknown:
        sites[key] = f"pages sharing lines with {group[key]}" if groups[group[key]] > 1 else ""
    return sites


def template_digest(template: Mapping[str, int]) -> bytes:
    """What a page's output depends on besides its own files: which of its lines are template.

    The counts are left out: they only word ``inspect``'s reasons, which the
    cache does not keep, so a new sibling page changes the key of exactly the
    pages whose template lines it changes.
    """
    return hashlib.sha256("\0".join(sorted(template)).encode()).digest()
