"""Find registered people and films in an article and link their mentions.

Works on the model (an Article's blocks), so text dumps and HTML pages are
treated alike. Per article it:

* matches every span of words whose key (see :mod:`people_films.names`) belongs to
  a registered person or film, leftmost and longest first;
* resolves a bare family name ("Kang said") to a person named earlier in the
  article only when exactly one such person fits, narrowed by a title word
  ("Director Kim") to people with that role;
* turns the first mention of each entity in each section into a
  :class:`~ingest.model.Mention` (later repetitions stay plain text);
* records every occurrence with its sentence, and hands the rest of the text
  to :mod:`people_films.detect` for names the registry lacks.

Single-word film titles ("Monster") are common words too: they count only
once anchored by quotes, emphasis or a nearby word such as "film".
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ingest import model
from people_films import evidence, korean
from people_films.cues import is_film_word, possessive_before
from people_films.detect import NAME_PARTICLES, PAGE_BUDGET_SECONDS, TITLE_MINOR_WORDS, ArticleContext, article_context, detect, in_longer_names, italic_title, names_a_product
from people_films.names import GIVEN_NAMES, ROLE_OF_TITLE, TITLE_WORDS, film_key, fold, is_native_script, is_one_syllable, name_tokens, person_key
from ingest.plaintext import blocks_to_text, inline_text
from ingest.scripts import UNSPACED
from ingest.sentences import sentence_at
from people_films.detect.tables import title_cell, title_columns
from people_films.registry import Registry

# A word, digits included (titles hold them: "1917", "Kung Fu Panda 4"); an apostrophe only
# inside a word, so that "'Suicide Squad'-Star" holds the title's words.
# Next to Hangul an apostrophe is a closing quote ("'고요한 항구'를", "'미키 17'이"), never inside a word.
# Japanese writes a foreign name in katakana with a middle dot between its parts ("イ・ジウォン",
# "マティ・ディオップ"): the dot between katakana is inside the word.
_WORD = re.compile(r"[^\W_](?:(?:[\w‐-]|(?<![\uac00-\ud7a3])['’](?=[^\W_])(?![\uac00-\ud7a3])|(?<=[\u30a1-\u30fa\u30fc])・(?=[\u30a1-\u30fa]))*[^\W_])?")
# _WORD without its apostrophe and middle-dot branches: the same words in a text that holds
# none of those marks (most texts), found in about 0.6x the time (see _words_pattern).
_PLAIN_WORD = re.compile(r"[^\W_](?:[\w‐-]*[^\W_])?")
# What may stand between the words of a title as written ("Dune: Part Two", "Sorry, Baby",
# "War & Peace", "12.12: The Day"); a person's name has single spaces only.
_TITLE_GAPS = frozenset({" ", ": ", ", ", " & ", ".", ". ", " – ", " - ", "-", "'", "’", "! ", "? "})
_POSSESSIVE = re.compile(r"['’]s?$")
# Marks that open a title: quotes, and the angle brackets and book-title marks of the Korean and Chinese press.
# The year film writing puts after a title, in brackets, alone or last after a credit: "Late Autumn
# (1966)", "‹만추›(1966)", "*Late Autumn* (Lee Man-hee, 1966)"; the title's closing mark comes first.
_YEAR_AFTER_TITLE = re.compile(r"[’'\"”»›>〉》」』*_]{0,2}\s?\((?:[^()\n]{1,60}?,\s*)?((?:18|19|20)\d\d)\)")
_QUOTE_BEFORE = tuple("‘“\"'«「『„‚<〈《")
MAX_SPAN_WORDS = 8
_UNSPACED_TEXT = re.compile(f"{UNSPACED.pattern}+")
# Words whose test the matcher remembers (Matcher.is_known), a bound on its memory: an
# archive's vocabulary, not its size (about 60 bytes a word).
_REMEMBERED_WORDS = 2**18


@dataclass(frozen=True)
class Occurrence:
    """One place an article names a person or film."""

    kind: str  # "person" or "film"
    entity_id: str | None  # None: not in the registry (detected)
    written: str  # the words as the article wrote them
    sentence: str
    linked: bool = False
    evidence: str = ""  # for a detected name, what found it (people_films.evidence)


def detected_names(occurrences: Iterable[Occurrence]) -> list[tuple[str, str, str, str]]:
    """The names ``occurrences`` hold that the registry lacks, as the archive-wide pass gathers
    them (:func:`people_films.review.gather`): (kind, written, sentence, evidence)."""
    return [(o.kind, o.written, o.sentence, o.evidence) for o in occurrences if o.entity_id is None]


class Matcher:
    """The registry's lookup tables, built once and shared by every article."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.characters = registry.characters()
        self.by_family: dict[str, list[str]] = {}
        for person in registry.people.values():
            self.by_family.setdefault(fold(person.family), []).append(person.id)
        # (A hyphenated given name counts its syllables: it may be written apart, "Baek Ha Neul" for Baek Ha-neul;
        # initials written together count one word each, as the page's words are read: "T.J. Stone" is three.)
        longest = max((len(name_tokens(name.replace("-", " "))) for e in registry.all() for name in e.names), default=1)
        self.max_words = min(max(longest, 2), MAX_SPAN_WORDS)
        # Every word a registered name, spelling or character is made of, and
        # the titles keys leave out: a run of words holding any other word is
        # no registered name, and is never looked up.
        self.known_words = {word for _kind, key in registry.by_key for word in key}
        self.known_words |= {word for key in self.characters for word in key} | {fold(title) for title in TITLE_WORDS}
        self._by_rarest: dict[str, list[tuple[str, ...]]] | None = None  # see link_inputs
        self._known: dict[str, bool] = {}  # see is_known
        self.unspaced_people, self._unspaced_pattern = _unspaced_people(registry)

    def link_inputs(self, words: Iterable[str]) -> str:
        """A digest of what linking, without detection, reads from the registry for a page
        whose :func:`scanned_words` are ``words``.

        A span is looked up only when each of its words is in the page, so an
        entry can link there only when every word of its key is: the digest
        covers those entries (kind, key, id), the family name and roles of the
        people among them (bare family names, "Director Kim"), the story
        characters whose words are all there, and the longest span looked up.
        A page whose digest is unchanged links exactly as before however the
        rest of the registry changed (the ingest's second pass reuses it).
        """
        if self._by_rarest is None:
            self._by_rarest = _index_by_rarest_word([*(key for _kind, key in self.registry.by_key), *self.characters])
        present = set(words)
        keys = {key for word in (*present, "") for key in self._by_rarest.get(word, ()) if present.issuperset(key)}
        entries = sorted((kind, key, entity_id) for (kind, key), entity_id in self.registry.by_key.items() if key in keys)
        people = sorted({entity_id for kind, _key, entity_id in entries if kind == "person"})
        facts = [
            self.max_words,
            entries,
            # (Whether a person is detected: a detected given name alone links only where found, see link_mentions.)
            [(p, self.registry.people[p].family, self.registry.people[p].roles, self.registry.people[p].detected) for p in people if p in self.registry.people],
            sorted(key for key in self.characters if key in keys),
        ]
        return hashlib.sha256(repr(facts).encode("utf-8")).hexdigest()

    def known_run(self, words: list[str], start: int, limit: int, known: list[bool] | None = None) -> int:
        """How many words from ``start`` (at most ``limit``) could all belong to a registered name.

        ``words`` as written; ``known``, when given, each word's :meth:`is_known`, worked out
        once per text (the matcher asks it again for every word that starts a run)."""
        def known_at(at: int) -> bool:
            return known[at] if known is not None else self.is_known(words[at])

        run = 0
        while run < limit:
            at = start + run
            if known_at(at):
                # A syllable known from another name ("Seo" of "Seo Bom") may open a given name written
                # apart ("Yoon Seo Yeon"): the two words joined, when the second alone is unknown.
                apart = run + 2 <= limit and not known_at(at + 1) and _joined_key(words[at], words[at + 1]) in self.known_words
                run += 2 if apart else 1
            elif run + 2 <= limit and _joined_key(words[at], words[at + 1]) in self.known_words:
                run += 2  # a given name's two syllables written apart ("Lee Sung Jin" for Lee Sung-jin)
            else:
                break
        return run

    def is_known(self, word: str) -> bool:
        """Whether every key word of ``word`` as written is a word of some registered name
        (remembered per word: the matcher asks it of every word of every article)."""
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= _REMEMBERED_WORDS:
                self._known.clear()
            known = self._known[word] = all(key_word in self.known_words for key_word in _word_key(word))
        return known

    def known_flags(self, words: list[str]) -> list[bool]:
        """:meth:`is_known` of each of ``words`` (those already remembered read in one go)."""
        remembered = self._known
        flags = [remembered.get(word) for word in words]
        for k, flag in enumerate(flags):
            if flag is None:
                flags[k] = self.is_known(words[k])
        return flags  # type: ignore[return-value]  (no None left)

    def genitive_of_known(self, word: str) -> bool:
        """Whether ``word`` is a known name's word with a German genitive "-s" ("Schweigers"); read only
        as the last word of a person's name of two words or more."""
        return len(word) > 4 and word.endswith("s") and not word.endswith("ss") and _word_key(word[:-1])[-1:] != () and all(
            w in self.known_words for w in _word_key(word[:-1])
        )

    def unspaced_names_in(self, word: str) -> list[tuple[int, int, str]]:
        """The registered people written inside ``word``, a run of Chinese or Japanese text
        ("王家卫的电影"): (start, end, person id), leftmost and longest first."""
        if self._unspaced_pattern is None or word.isascii() or not UNSPACED.search(word):
            return []
        return [(m.start(), m.end(), self.unspaced_people[m.group()]) for m in self._unspaced_pattern.finditer(word)]

    def person(self, text: str) -> str | None:
        return self.registry.by_key.get(("person", person_key(text)))

    def film(self, text: str) -> str | None:
        return self.registry.by_key.get(("film", film_key(text)))


def _set_as_title(text: str, start: int, end: int, emphasised: bool) -> bool:
    """Whether ``text[start:end]`` is written as film writing sets a title: in italics (``emphasised``),
    in quotes or title marks, with its year in brackets after it, or after a possessive credit
    ("Tim Burton's Ed Wood"). What tells a film from the person whose name it bears."""
    before = text[max(0, start - 2) : start]
    return (
        emphasised
        or before.rstrip().endswith((*_QUOTE_BEFORE, "‹"))
        or _YEAR_AFTER_TITLE.match(text, end) is not None
        or possessive_before(text, start)
    )


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    entity_id: str | None


@dataclass
class _ArticleState:
    """What one article has said so far."""

    people_named: list[str] = field(default_factory=list)  # person ids, first mention order
    anchored_films: set[str] = field(default_factory=set)
    linked_in_section: set[tuple[str, str]] = field(default_factory=set)
    occurrences: list[Occurrence] = field(default_factory=list)


def link_mentions(
    article: model.Article, matcher: Matcher, shown_as: str = "", detect_new: bool = True, found_here: Iterable[str] | None = None,
    page: str = "",
) -> tuple[list[model.Block], list[Occurrence]]:
    """The article's blocks with mentions linked, and every occurrence found.

    With ``detect_new`` false, only the matcher's names are looked for (the
    ingest's second pass, whose matcher already holds the archive's detections).
    ``found_here``: the names the first pass detected in this article (as
    written); when given, a detected person known by a common given name alone
    ("Daniel", "Lisa") links only in the articles that found it: a given name
    alone says who it is only where the article says so (another article's
    Daniel is someone else, or a character). ``page``: the page's name as the
    archive-wide pass gathered it; a person of that page alone (a one-word
    byline's author, ``Registry.page_people``) links there under their own id.

    Detection of unregistered names stops once it has taken PAGE_BUDGET_SECONDS
    on this page; a warning naming the page (``shown_as``) is added to
    ``article.warnings`` and the article is still written.
    """
    meta = article.metadata
    full_text = "\n".join((meta.title, *meta.deck, blocks_to_text(article.blocks)))
    context = article_context(full_text) if detect_new else None
    scan = _Scan(matcher, context, (lambda: context.in_longer_names) if context else (lambda: in_longer_names(full_text)))
    scan.found_here = None if found_here is None else frozenset(person_key(name) for name in found_here)
    scan.own_people = matcher.registry.page_people.get(page, {})
    header: list[model.HeaderMention] = []
    for place, line in (("title", meta.title), *(("deck", line) for line in meta.deck)):
        header += scan.headline(line, place)
    blocks = scan.blocks(article.blocks, top=True)
    for author in meta.authors:
        if person_key(author) != person_key(meta.publisher):  # "By Asia Economy": the site signs, no person
            header += scan.byline(author)
    for credit in meta.image_credits:
        header += scan.credit(credit)
    article.header_mentions = list(dict.fromkeys(header))
    if scan.detect_seconds > PAGE_BUDGET_SECONDS:
        article.warnings.append(
            f"{shown_as or article.metadata.title[:80]}: looking for unregistered people and films took over "
            f"{PAGE_BUDGET_SECONDS:g} s; stopped (registered names are still linked)"
        )
    return blocks, scan.state.occurrences


class _Scan:
    def __init__(
        self, matcher: Matcher, context: ArticleContext | None = ArticleContext(), in_longer_names: Callable[[], frozenset[str]] = frozenset
    ) -> None:
        self.m = matcher
        self.context = context  # what the whole article says, for detection; None: no detection
        # A single-name person is never a word of a longer name here: worked out when a registered
        # single name is first met (most articles name none; it reads the whole article).
        self._in_longer_names = in_longer_names
        self._longer_names: frozenset[str] | None = None
        self.state = _ArticleState()
        self.detect_seconds = 0.0  # time spent detecting so far; past the budget, detection stops
        # The words of the text being matched, as written, and each one's tests (see _match).
        self._written: list[str] = []
        self._capital: list[bool] = []
        self._known: list[bool] = []
        self._product: dict[int, bool] = {}  # names_a_product after each word, as asked
        self.found_here: frozenset[tuple[str, ...]] | None = None  # see link_mentions
        self.own_people: dict[tuple[str, ...], str] = {}  # this page's people alone: person key -> id (see link_mentions)

    # --- blocks ----------------------------------------------------------

    def blocks(self, blocks: list[model.Block] | tuple[model.Block, ...], top: bool = False) -> list[model.Block]:
        out: list[model.Block] = []
        for block in blocks:
            if isinstance(block, model.Heading):
                if top:
                    self.state.linked_in_section.clear()
                out.append(model.Heading(block.level, self.inlines(block.inlines, may_link=False)))
            elif isinstance(block, model.Paragraph):
                out.append(model.Paragraph(self.inlines(block.inlines)))
            elif isinstance(block, model.Quote):
                out.append(model.Quote(tuple(self.blocks(block.blocks))))
            elif isinstance(block, model.ListBlock):
                out.append(replace(block, items=tuple(tuple(self.blocks(item)) for item in block.items)))
            elif isinstance(block, model.Table):
                columns = title_columns([inline_text(cell) for cell in block.rows[0]], self.context.about_films) if block.header and block.rows and self.context else set()
                rows = tuple(
                    tuple(self._title_cell(cell) if r and j in columns else self.inlines(cell) for j, cell in enumerate(row))
                    for r, row in enumerate(block.rows)
                )
                out.append(model.Table(rows, block.header))
            elif isinstance(block, model.Figure):
                out.append(replace(block, caption=self.inlines(block.caption), credit=self.inlines(block.credit)))
            elif isinstance(block, model.Footnote):
                out.append(model.Footnote(block.label, self.inlines(block.inlines)))
            else:
                out.append(block)
        return out

    def _title_cell(self, cell: tuple[model.Inline, ...]) -> tuple[model.Inline, ...]:
        """A cell of a column of film titles (:mod:`people_films.detect.tables`): the people detection read in it
        are dropped (the words are a title's), and the cell is the film when nothing named one in it."""
        before = len(self.state.occurrences)
        out = self.inlines(cell)
        found = self.state.occurrences[before:]
        self.state.occurrences[before:] = [o for o in found if o.kind != "person" or o.entity_id is not None]
        title = title_cell(inline_text(cell))
        if title and not any(o.kind == "film" for o in found):
            self.state.occurrences.append(Occurrence("film", None, title, title, evidence=evidence.TABLE_COLUMN))
        return out

    def headline(self, line: str, place: str = "title") -> list[model.HeaderMention]:
        """The title and deck name people and films too; they are shown apart, not linked in the text."""
        return self._header(line, line, place)

    def byline(self, author: str) -> list[model.HeaderMention]:
        """A byline names people without a sentence around them; "By" is the cue."""
        return self._header(f"By {author}", author, "byline")

    def credit(self, line: str) -> list[model.HeaderMention]:
        """A picture credit in the header ("Photo: Jane Doe", "사진 오계옥") names its photographer, as a byline its author."""
        return self._header(line, line, "credit")

    def _header(self, line: str, shown: str, place: str) -> list[model.HeaderMention]:
        if not line:
            return []
        before = len(self.state.occurrences)
        self._text(line, line, 0, may_link=False, emphasised=False)
        return [
            model.HeaderMention(place, o.kind, o.entity_id, o.written, shown)
            for o in self.state.occurrences[before:]
            if o.entity_id
        ]

    # --- inlines ---------------------------------------------------------

    def inlines(self, inlines: tuple[model.Inline, ...], may_link: bool = True) -> tuple[model.Inline, ...]:
        paragraph = inline_text(inlines)
        return tuple(self._inlines(inlines, paragraph, [0], may_link, emphasised=False))

    def _inlines(self, inlines, paragraph: str, offset: list[int], may_link: bool, emphasised: bool) -> list[model.Inline]:
        out: list[model.Inline] = []
        for i, node in enumerate(inlines):
            if isinstance(node, model.Text):
                title_next = i + 1 < len(inlines) and _may_be_title(inlines[i + 1])
                out.extend(self._text(node.text, paragraph, offset[0], may_link, emphasised, title_next))
                offset[0] += len(node.text)
            elif isinstance(node, model.Emphasis | model.Strong):
                begin, found_before = offset[0], len(self.state.occurrences)
                children = self._inlines(node.children, paragraph, offset, may_link, emphasised=True)
                out.append(type(node)(tuple(children)))
                if isinstance(node, model.Emphasis):
                    italic = inline_text(node.children).strip()
                    titled = self._italic_title(inline_text(node.children), children, paragraph, begin)
                    # A film named after its hero (*Emilia Pérez*, *Le Roman de Jim*): the words are the title, no person.
                    # Italics set off titles and stressed or foreign words; a name filling them is never a person detected.
                    self.state.occurrences[found_before:] = [
                        o
                        for o in self.state.occurrences[found_before:]
                        if o.kind != "person" or o.entity_id is not None or not (titled or o.written == italic)
                    ]
            elif isinstance(node, model.Link | model.Mention):
                # Never a link inside a link; the words still count as mentions.
                children = self._inlines(node.children, paragraph, offset, False, emphasised)
                out.append(replace(node, children=tuple(children)))
            else:
                offset[0] += len(inline_text((node,)))
                out.append(node)
        return out

    def _text(self, text: str, paragraph: str, base: int, may_link: bool, emphasised: bool, title_next: bool = False) -> list[model.Inline]:
        spans = self._match(text, emphasised)
        taken = [(s.start, s.end) for s in spans]
        for candidate in self._detect(text, taken, title_next):
            sentence = sentence_at(paragraph, base + candidate.start)
            self.state.occurrences.append(Occurrence(candidate.kind, None, candidate.name, sentence, evidence=candidate.evidence))
        out: list[model.Inline] = []
        cursor = 0
        for span in spans:
            if span.entity_id is None:
                continue  # a story character: plain text
            if span.kind == "film":
                span.entity_id = self._film_of_year_after(span.entity_id, text[span.start : span.end], paragraph, base + span.end)
            written = text[span.start : span.end]
            key = (span.kind, span.entity_id)
            link = may_link and key not in self.state.linked_in_section
            sentence = sentence_at(paragraph, base + span.start)
            self.state.occurrences.append(Occurrence(span.kind, span.entity_id, written, sentence, linked=link))
            if not link:
                continue
            self.state.linked_in_section.add(key)
            if span.start > cursor:
                out.append(model.Text(text[cursor : span.start]))
            out.append(model.Mention(span.kind, span.entity_id, (model.Text(written),)))
            cursor = span.end
        if cursor < len(text) or not out:
            out.append(model.Text(text[cursor:]))
        return out

    def _curated_film_of_person(self, written: str, person_id: str) -> str | None:
        """The registered film whose title is ``written``, also registered person ``person_id``'s name
        ("Ed Wood"); ``None`` when either is only detected: the curator said both exist, a detection guesses."""
        film_id = self.m.film(written)
        registry = self.m.registry
        return film_id if film_id and not registry.films[film_id].detected and not registry.people[person_id].detected else None

    def _film_of_year_after(self, film_id: str, written: str, paragraph: str, end: int) -> str:
        """The film of ``written``'s title and of the year after it in ``paragraph`` (from ``end``), when
        films of one title are registered (a remake): ``film_id`` (the most recent) when no year says which."""
        if ("film", film_key(written)) not in self.m.registry.same_title:
            return film_id
        year = _YEAR_AFTER_TITLE.match(paragraph, end)
        return (year and self.m.registry.film_of_year(written, int(year.group(1)))) or film_id

    def _italic_title(self, text: str, children: list[model.Inline], paragraph: str, offset: int) -> bool:
        """Film writing sets titles in italics (<em>, <i>, <cite>): a title-case italic run is a film.

        Returns whether the italic text was taken as a film's title."""
        if self.context is None or self.detect_seconds > PAGE_BUDGET_SECONDS or any(isinstance(c, model.Mention) for c in children):
            return False
        title = text.strip()
        if title[:1] in _QUOTE_BEFORE:
            return False  # "*‚The Bridge‘*": the quotes inside are the title's marks, and the quoted rules read them
        if title and italic_title(title, paragraph, offset + text.index(title[:1]), self.context):
            self.state.occurrences.append(Occurrence("film", None, title, sentence_at(paragraph, offset), evidence=evidence.ITALICS))
            return True
        return False

    def _detect(self, text: str, taken: list[tuple[int, int]], title_next: bool = False) -> list:
        if self.context is None or self.detect_seconds > PAGE_BUDGET_SECONDS:
            return []
        started = time.perf_counter()
        found = detect(text, taken, self.context, title_next)
        self.detect_seconds += time.perf_counter() - started
        return found

    # --- matching --------------------------------------------------------

    def _match(self, text: str, emphasised: bool) -> list[_Span]:
        words = list(_words_pattern(text).finditer(text))
        # Each word's tests, once per text: a run starting at any word looks ahead up to max_words words.
        self._written = [word.group() for word in words]
        self._capital = [word[:1].isupper() or not word[:1].isascii() for word in self._written]  # _capitalised, inlined
        self._known = self.m.known_flags(self._written)
        self._product = {}
        spans: list[_Span] = []
        written, known, known_words = self._written, self._known, self.m.known_words
        i = 0
        while i < len(words):
            # Names, titles and bare family names all start with a capital.
            word = written[i]
            # A title found in this article may come back in lower case ("Tags: winter orchard"); a span
            # not capitalised is only ever a registered title, so its first word must be a known one:
            # ``known_run(written, i, min(2, ...), known) > 0`` spelt out (its first step only), as it is
            # asked of nearly every lower-case word once an article has named a film.
            starts = self._capital[i] or (
                (word[0].isdigit() or (self.state.anchored_films and word.islower()))
                and (known[i] or (i + 1 < len(words) and _joined_key(word, written[i + 1]) in known_words))
            )
            span = self._longest_at(text, words, i, emphasised) if starts else None
            if span is None:
                if not word.isascii():  # Chinese or Japanese text is never ASCII (unspaced_names_in)
                    spans += self._inside_unspaced(words[i])
                i += 1
                continue
            spans.append(span)
            while i < len(words) and words[i].start() < span.end:
                i += 1
        return spans

    def _longest_at(self, text: str, words: list[re.Match], i: int, emphasised: bool) -> _Span | None:
        """The longest registered name (or product's name) starting at word ``i``; ``words``
        are ``text``'s, whose tests :meth:`_match` worked out.

        Each span length's tests read counts made once per call (how many of the
        gaps from word ``i`` on a title or a name may hold, how many words from
        ``i + 1`` on may stand inside a name), so that trying every length up to
        ``max_words`` costs as much as one walk over them."""
        written_words, capital = self._written, self._capital
        following = words[i + 1] if i + 1 < len(words) else None
        if korean.has_hangul(written_words[i]) and (span := self._hangul_with_particle(text, words[i], emphasised, following)):
            return span
        limit = min(self.m.max_words, len(words) - i)
        known = self.m.known_run(written_words, i, limit, self._known)
        # German writes a genitive "-s" onto the name: "Til Schweigers neuer Film" names Til Schweiger.
        genitive = 0 < known < limit and self.m.genitive_of_known(written_words[i + known])
        known += genitive
        capitalised = 1
        # A span whose first word is not capitalised is never name-shaped: only a registered title
        # (quoted, or in lower case once named) starts there, no longer than ``known``.
        while capital[i] and capitalised < limit and capital[i + capitalised]:
            capitalised += 1
        if known == 0 and capitalised == 1:
            return None  # one capitalised word no registered name holds: neither a name nor a product's
        longest = max(known, capitalised)
        # The gaps a title may hold between its words, and those a name may ("Samuel L. Jackson"):
        # how many of the span's gaps, from the first on, are each.
        titled = spaced = 0
        for k in range(i, i + longest - 1):
            gap = text[words[k].end() : words[k + 1].start()]
            if gap not in _TITLE_GAPS:
                break
            titled += 1
            # Words of a name stand apart by one space, or by the full stop of an initial ("Samuel L. Jackson", "J.R. Stone").
            if spaced == titled - 1 and (gap == " " or (gap in (".", ". ") and _is_initial(written_words[k]))):
                spaced += 1
        # A name's middle words are capitalised or name particles ("Ludwig van Beethoven").
        inner = 0
        while inner < longest - 2 and (capital[i + 1 + inner] or written_words[i + 1 + inner] in NAME_PARTICLES):
            inner += 1
        not_titled = written_words[i].lower() not in TITLE_WORDS
        # Longer than the known run, a span is no registered name: it matters only as a product's
        # name ("Kim Tae-yong GPT"), whose words are all capitalised (it is within ``capitalised``).
        if capital[i] and not_titled:
            for n in range(min(longest, spaced + 1), max(known, 1), -1):
                if self._names_a_product(text, words, i + n - 1):
                    return _Span(words[i].start(), self._name_end(words, i + n - 1), "person", None)  # plain text, never the person
        # Longer than both runs, a span can be neither a registered name nor a product's.
        for n in range(known, 0, -1):
            if n - 1 > titled:
                continue  # a name never spans other punctuation or line breaks
            group = words[i : i + n]
            start, end = group[0].start(), self._name_end(words, i + n - 1)
            written = text[start:end]
            name_shaped = n > 1 and n - 1 <= spaced and capital[i] and capital[i + n - 1] and n - 2 <= inner and not_titled
            if name_shaped and self._names_a_product(text, words, i + n - 1):
                return _Span(start, end, "person", None)  # plain text, never the person
            # A registered story character is plain text and taken from detection, one word ("Anna",
            # quoted where the page quotes titles) as well as several: films.toml promises never a person nor a film.
            if (name_shaped or (n == 1 and capital[i])) and person_key(written) in self.m.characters:
                return _Span(start, end, "person", None)
            if name_shaped:
                person_id = self.m.person(written[:-1] if genitive and n == known else written)
                if person_id and (film_id := self._curated_film_of_person(written, person_id)) and _set_as_title(text, start, end, emphasised):
                    self.state.anchored_films.add(film_id)  # "Tim Burton's *Ed Wood* (1994)": the film, not the man
                    return _Span(start, end, "film", film_id)
                if person_id:
                    self._named(person_id)
                    return _Span(start, end, "person", person_id)
            # A known title of several words in quotes or italics, however its words are written ("„Witwer mit
            # fünf Töchtern“" in German sentence case, "*L’Amour ouf*"); in lower case, only once the article has named it.
            quoted = n > 1 and (emphasised or text[max(0, start - 2) : start].rstrip().endswith(_QUOTE_BEFORE))
            lowered = n > 1 and written.islower()
            film_id = self.m.film(written) if _title_shaped(group) or quoted or lowered else None
            if lowered and film_id not in self.state.anchored_films:
                film_id = None
            if film_id and (n > 1 or self._anchored(film_id, text, start, end, emphasised)):
                self.state.anchored_films.add(film_id)
                return _Span(start, end, "film", film_id)
            if n == 1 and (person_id := self._single_name(written) or self._bare_family(text, words, i)):
                return _Span(start, end, "person", person_id)
        return None

    def _name_end(self, words: list[re.Match], last: int) -> int:
        """Where a span ending with word ``last`` ends: before a possessive "'s" ("Bong Joon-ho's")."""
        return words[last].end() - (2 if self._written[last][-2:] in ("'s", "’s") else 0)

    def _names_a_product(self, text: str, words: list[re.Match], last: int) -> bool:
        """:func:`names_a_product` after a span ending with word ``last``, once per word of the text."""
        found = self._product.get(last)
        if found is None:
            found = self._product[last] = names_a_product(text, self._name_end(words, last))
        return found

    def _inside_unspaced(self, word: re.Match) -> list[_Span]:
        """Registered people named inside a run of Chinese or Japanese text, which has no spaces
        to set a name apart ("王家卫的电影": 王家卫); story characters stay plain text."""
        spans = []
        for start, end, person_id in self.m.unspaced_names_in(word.group()):
            if person_key(word.group()[start:end]) in self.m.characters:
                spans.append(_Span(word.start() + start, word.start() + end, "person", None))
                continue
            self._named(person_id)
            spans.append(_Span(word.start() + start, word.start() + end, "person", person_id))
        return spans

    def _hangul_with_particle(self, text: str, word: re.Match, emphasised: bool, following: re.Match | None = None) -> _Span | None:
        """A known Hangul name or one-word title with a particle written onto it ("김민지가", "만추를"), or a
        known Japanese name in Hangul, two words, with one on the second ("야마다 하루카가"; ``following``: the next word)."""
        name = korean.stem(word.group())
        if name == word.group() and following is not None and text[word.end() : following.start()] == " ":
            given = korean.stem(following.group())
            if given != following.group() and (person_id := self.m.person(f"{name} {given}")):
                self._named(person_id)
                return _Span(word.start(), following.start() + len(given), "person", person_id)
        if name == word.group():
            return None  # no particle: the ordinary lookup
        start, end = word.start(), word.start() + len(name)
        if (person_id := self.m.person(name)) and person_key(name) not in self.m.characters:
            self._named(person_id)
            return _Span(start, end, "person", person_id)
        if (film_id := self.m.film(name)) and self._anchored(film_id, text, start, end, emphasised):
            return _Span(start, end, "film", film_id)
        return None

    def _single_name(self, word: str) -> str | None:
        """A person known by one name ("Zendaya"), unless the article writes the word inside a longer name."""
        if not (word[:1].isupper() or is_native_script(word)):
            return None
        person_id = self.own_people.get(person_key(word)) or self.m.person(word)
        if not person_id:
            return None
        if self._longer_names is None:
            self._longer_names = self._in_longer_names()
        if word in self._longer_names:
            return None
        if self.found_here is not None and word in GIVEN_NAMES and person_key(word) not in self.found_here and self.m.registry.people[person_id].detected:
            return None  # a given name alone, detected in other articles: someone else here (see link_mentions)
        self._named(person_id)
        return person_id

    def _named(self, person_id: str) -> None:
        if person_id not in self.state.people_named:
            self.state.people_named.append(person_id)

    def _anchored(self, film_id: str, text: str, start: int, end: int, emphasised: bool) -> bool:
        """Whether a one-word title is meant as the film here."""
        if film_id in self.state.anchored_films or emphasised or not text[start:end].isascii():
            return True
        if text[max(0, start - 40) : start].rstrip().endswith(_QUOTE_BEFORE):
            return True
        before = [w.lower() for w in _WORD.findall(text[max(0, start - 40) : start])][-3:]
        return any(is_film_word(w) for w in before) or before[-2:] == ["director", "of"]

    def _bare_family(self, text: str, words: list[re.Match], i: int) -> str | None:
        """A lone family name, when exactly one person named earlier fits."""
        word = _POSSESSIVE.sub("", words[i].group())
        if not _capitalised(word):
            return None
        following = words[i + 1] if i + 1 < len(words) else None
        if following and text[words[i].end() : following.start()] == " " and _capitalised(following.group()):
            return None  # the start of a longer name we do not know
        candidates = [p for p in self.state.people_named if p in self.m.by_family.get(fold(word), ())]
        previous = words[i - 1].group().lower() if i > 0 and text[words[i - 1].end() : words[i].start()] == " " else ""
        role = ROLE_OF_TITLE.get(previous)
        if role and len(candidates) > 1:
            candidates = [p for p in candidates if role in self.m.registry.people[p].roles]
        return candidates[0] if len(candidates) == 1 else None


def _may_be_title(node: model.Inline) -> bool:
    """Whether an inline may hold a work's title: italics, or a link whose words start with a capital
    ("in Tobias Kratzers <a>Tannhäuser</a>", a link to the review)."""
    if isinstance(node, model.Emphasis):
        return True
    return isinstance(node, model.Link) and inline_text(node.children).strip()[:1].isupper()


def _words_pattern(text: str) -> re.Pattern[str]:
    """:data:`_WORD`, or :data:`_PLAIN_WORD` when ``text`` holds no apostrophe and no middle dot,
    where the two find the same words (the words of every page of ``_match`` and ``scanned_words``)."""
    return _WORD if "'" in text or "’" in text or "・" in text else _PLAIN_WORD


@lru_cache(maxsize=2**16)
def _word_key(word: str) -> tuple[str, ...]:
    """A word as name keys hold it: folded, without possessive or punctuation."""
    if word.isascii() and word.replace("-", "").isalnum():
        return (fold(word),)  # what name_tokens gives a word of letters, digits and inner hyphens (_WORD's), at a tenth of the cost
    return tuple(fold(token) for token in name_tokens(word))


@lru_cache(maxsize=2**16)
def _joined_key(first: str, second: str) -> str:
    """Two words as one key word, as :func:`people_films.names.given_syllables_joined` joins a given name."""
    return fold(first + second)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or not word[:1].isascii()


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _title_shaped(group: list[re.Match]) -> bool:
    """Title case: the first word capitalised, the rest capitalised or minor ("Sturm der Liebe" too)."""
    words = [m.group() for m in group]
    return (_capitalised(words[0]) or words[0][0].isdigit()) and all(
        _capitalised(w) or w.lower() in TITLE_MINOR_WORDS or w[0].isdigit() for w in words[1:]
    )


# The longest name looked for inside Chinese or Japanese text (Matcher.unspaced_names_in), in
# characters: Chinese names are two to four, Japanese names in kanji up to five or six.
# scanned_words lists every run of that length at most, so the page's digest sees such names.
UNSPACED_NAME_CHARS = 6
# A name in katakana ("マティ・ディオップ", a foreign name as Japanese writes it) is longer, and is
# matched only as a whole run of katakana, never inside a longer word ("マティ" in "マティーニ").
# (The katakana block's range holds the middle dot, U+30FB, and the long vowel mark, U+30FC.)
_KATAKANA = "\u30a1-\u30fc"
_KATAKANA_NAME = re.compile(f"[{_KATAKANA}]{{2,}}")


def _unspaced_people(registry: Registry) -> tuple[dict[str, str], re.Pattern | None]:
    """Each registered person's names written in Chinese or Japanese characters, two to
    UNSPACED_NAME_CHARS long, or in katakana of any length (-> the person's id; the registry
    refuses a spelling two people share), and one pattern finding any of them, longest first."""
    names = {
        name: person.id
        for person in registry.people.values()
        for name in person.names
        if (2 <= len(name) <= UNSPACED_NAME_CHARS and is_native_script(name) and UNSPACED.search(name)) or _KATAKANA_NAME.fullmatch(name)
    }
    if not names:
        return {}, None

    def alternative(name: str) -> str:
        if _KATAKANA_NAME.fullmatch(name):
            return f"(?<![{_KATAKANA}]){re.escape(name)}(?![{_KATAKANA}])"
        return re.escape(name)

    return names, re.compile("|".join(map(alternative, sorted(names, key=len, reverse=True))))


def _unspaced_runs(word: str) -> list[str]:
    """Every run of two to UNSPACED_NAME_CHARS characters inside ``word``'s Chinese or Japanese text,
    and each longer run of katakana whole."""
    runs: list[str] = []
    for text in () if word.isascii() else _UNSPACED_TEXT.findall(word):
        runs += [text[i : i + n] for n in range(2, UNSPACED_NAME_CHARS + 1) for i in range(len(text) - n + 1)]
        katakana = _KATAKANA_NAME.findall(text)
        # A katakana name whole, and the words of its registry key (person_key drops the dot).
        runs += katakana + [fold(word) for run in katakana for word in name_tokens(run)]
    return runs


def _index_by_rarest_word(keys: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Each key under its word the fewest keys share ("" for a key of no words), so
    that finding the keys a page holds looks at few keys per word of the page."""
    counts = Counter(word for key in keys for word in set(key))
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in dict.fromkeys(keys):
        index.setdefault(min(key, key=lambda word: (counts[word], word)) if key else "", []).append(key)
    return index


def scanned_words(article: model.Article) -> list[str]:
    """Every word :func:`link_mentions` looks at in ``article`` (title, deck, byline,
    picture credits, text, captions, ...), folded as registry keys hold them, sorted, each once."""
    meta = article.metadata
    texts = [meta.title, *meta.deck, *(f"By {author}" for author in meta.authors), *meta.image_credits]
    stack: list[object] = list(article.blocks)
    while stack:  # explicit, not recursion: a deeply nested page must not overflow
        node = stack.pop()
        if isinstance(node, model.Text):
            texts.append(node.text)
        elif isinstance(node, tuple | list):
            stack.extend(node)
        elif hasattr(node, "__dataclass_fields__"):
            stack.extend(getattr(node, name) for name in node.__dataclass_fields__)
    words: set[str] = set()
    for text in texts:
        written = _words_pattern(text).findall(text)
        words.update(*map(_word_key, written))
        # Chinese and Japanese have no spaces: a name there is any run of a few characters.
        words.update(*map(_unspaced_runs, [word for word in written if not word.isascii()]))
        # Korean writes particles onto a name ("김민지는"), which the linking pass strips (_hangul_with_particle).
        words.update(korean.stem(word) for word in written if not word.isascii() and korean.has_hangul(word))
        # A given name written as two syllables has one key word ("Lee Sung Jin" -> "sungjin"): such pairs count too.
        capital = [_capitalised(word) for word in written]
        words.update(
            _joined_key(written[k], written[k + 1])
            for k in range(len(written) - 1)
            if capital[k] and capital[k + 1] and is_one_syllable(written[k]) and is_one_syllable(written[k + 1])
        )
    return sorted(words)


def summarise(occurrences: list[Occurrence], matcher: Matcher) -> dict[str, list[dict[str, object]]]:
    """``{"people": [...], "films": [...]}``: each entity once, with its spellings as written here.

    Unregistered names are grouped by the same key registered ones use, so
    "Kim Ji-woon" and "Ji-woon Kim" are one proposal.
    """
    groups: dict[tuple[str, object], dict[str, object]] = {}
    for occurrence in occurrences:
        if occurrence.entity_id:
            entity = matcher.registry.get(occurrence.kind, occurrence.entity_id)
            ident: object = occurrence.entity_id
            name = entity.name if entity else occurrence.written
        else:
            key_of = person_key if occurrence.kind == "person" else film_key
            ident = key_of(occurrence.written)
            name = occurrence.written
        group = groups.setdefault(
            (occurrence.kind, ident),
            {"name": name, "id": occurrence.entity_id, "spellings": [], "registered": bool(occurrence.entity_id), "sentences": []},
        )
        if occurrence.written not in group["spellings"]:
            group["spellings"].append(occurrence.written)
        if occurrence.sentence not in group["sentences"]:
            group["sentences"].append(occurrence.sentence)
    people = [g for (kind, _), g in groups.items() if kind == "person"]
    films = [{"title": g.pop("name"), **g} for (kind, _), g in groups.items() if kind == "film"]
    return {"people": people, "films": films}
