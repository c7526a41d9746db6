"""The boxes that close an article's element: a share bar and the author's bio box.

Templates print, inside the article's own element and under its last paragraph, a
row of share buttons ("Condividi: Facebook X WhatsApp") and a box about the
writer (a heading with her name, then a sentence about her). Neither is the
article's text. Both are found by shape, at the article's end only:

- a share bar: a label and the names of share services, or a few words all in
  links naming one (:func:`ingest.html.header_band.is_share_bar`, the rule of the
  header band's buttons);
- an author's bio box: an element whose first words are the full name of a
  byline's author (two words at least, :data:`ingest.byline_shape.MIN_BIO_NAME_WORDS`),
  alone (a heading) or going on in lower case (a sentence about her), holding the
  article's last text. The HTML twin of :func:`ingest.text.bylines.mark_author_bio`;
- a tag line: a short label and a colon, then only links parted by commas or
  bars (Blogger's "Labels: a, b, c", WordPress's "Tags: a, b"): a platform's
  taxonomy printed after the post, whatever the label's language;
- a sign-up prompt: a short line standing right before a box that asks only for an
  email address (an ``<input type="email">``, a button, no text area): a
  newsletter's call to subscribe (Substack's "Thanks for reading …! Subscribe for
  free …"), whatever its wording. Found on the whole page before extraction, as the
  box's inputs are never content and leave the tree with the other form controls.
- a print view's address line: a label of a print plugin and an address, no other
  words ("URL to article: https://…", WP-Print's closing line; its sibling "Article
  printed from X: URL" carries a class token 'print' and goes before);
- an author's sign-off: the last paragraph one of the authors' names alone, as French and
  Spanish papers sign an article at its end ("Jean-Baptiste Morel"), the byline's or the one
  the closing signature gave (:func:`ingest.html.bylines.from_closing_byline`);
- a press release's end mark ("-- ENDS --", "###", "- 30 -": :mod:`ingest.end_mark`)
  and all that follows it: the press contact, the notes to editors, the "About"
  paragraph, for the editor and not the reader (the text reader's "end mark").
"""

from __future__ import annotations

import re
from itertools import chain

from bs4 import NavigableString, Tag

from ingest import byline_shape, rights
from ingest.end_mark import SECTION_PROSE_PARAGRAPHS, is_end_mark, is_hashes, is_running_prose, is_section_break
from ingest.html import rules
from ingest.html.header_band import is_share_bar
from ingest.html.treebuilder import find_strings
from ingest.model import Dropped

# Elements that are a block of their own: the line a trailing string belongs to.
_BLOCKS = frozenset({"td", "p", "div", "section", "aside", "footer", "ul", "ol", "li", "nav", "h2", "h3", "h4", "h5", "h6", "figure"})
# Paragraph-like blocks: a bio box holds one under the heading with the name.
_LINES = ["p", "h2", "h3", "h4", "h5", "h6", "li"]
# A bio box is a few sentences; an element holding more is part of the article.
_MAX_BIO_CHARS = 600
# Share bars and a bio box, in any order: at most this many boxes close an article.
_MAX_BOXES = 4
_SHARE_REASON = "share bar (buttons at the article's end)"
_BIO_REASON = "author's bio (the byline's author, after the article)"
RIGHTS_REASON = "rights notice (a line of its own closing the article)"
_TAG_REASON = "tag line (a label, then the post's tags as links)"
# The label of a tag line: one to three words and a colon ("Labels:", "Étiquettes :", "태그:").
_TAG_LABEL = re.compile(r"^\s*(?:[^\s:：]+\s+){0,2}[^\s:：]+\s*[:：]\s*$")
# What may stand between a tag line's links: commas, bars, middle dots, spaces.
_TAG_GLUE = re.compile(r"^[\s,;|·、/]*$")
_PRINT_REASON = "print view's address line (a print plugin's label and the address)"
# The labels WP-Print (WordPress's print plugin) prints before the article's address and links,
# from its own strings ("URL to article: %s", "URLs in this post:"), in the plugin's shipped English.
_PRINT_LABELS = frozenset({"url to article", "urls in this post", "article printed from"})
# A label, a colon, then one address and nothing else.
_PRINT_LINE = re.compile(r"^\s*([^:：]{3,40}?)\s*[:：]\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_SIGNUP_REASON = "sign-up prompt (a short line over a box asking for an email address)"
# A sign-up box prints a button's label or two ("Subscribe", "Sign up"); more text is a form of another kind.
_MAX_SIGNUP_BOX_CHARS = 60
# A call to subscribe is a sentence or two; a longer block is the article's.
_MAX_SIGNUP_PROMPT_CHARS = 200
# Elements a sign-up prompt may be: a line of its own, not a list or a section.
_PROMPT_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "em"})


def drop_end_matter(nodes: list[Tag], authors: list[str], dropped: list[Dropped]) -> None:
    """Remove from ``nodes`` (the article's chosen elements, changed in place) the share bars and
    the author's bio box that end it, recording each in ``dropped``."""
    names = [name for name in authors if len(name.split()) >= byline_shape.MIN_BIO_NAME_WORDS]
    containers = {id(node) for node in nodes}
    for _ in range(_MAX_BOXES):
        last = _last_string(nodes)
        if last is None:
            return
        block = _block_of(last, containers)
        if block is not None and is_share_bar(block):
            reason = _SHARE_REASON
        elif (block := _bio_box(last, names, containers)) is not None:
            reason = _BIO_REASON
        elif (block := _tag_line(last, containers)) is not None:
            reason = _TAG_REASON
        elif (block := _block_of(last, containers) or _closing_node(last, nodes)) is not None and _is_rights_line(block):
            reason = RIGHTS_REASON
        elif (block := _block_of(last, containers)) is not None and _sign_off(block, authors):
            reason = _SIGN_OFF_REASON
        elif (block := _block_of(last, containers)) is not None and _EMAIL_ALONE.fullmatch(block.get_text(" ", strip=True)):
            reason = _EMAIL_REASON
        elif (block := _block_of(last, containers)) is not None and _is_print_address_line(block):
            reason = _PRINT_REASON
        elif (block := _block_of(last, containers) or _closing_node(last, nodes)) is not None and _is_mailing_footer(block):
            reason = MAILING_REASON
        else:
            return
        dropped.append(Dropped(" ".join(block.get_text(" ", strip=True).split()), reason))
        nodes[:] = [node for node in nodes if node is not block]  # a chosen node that closes the article (_closing_node)
        block.decompose()


# The reporter's e-mail address alone on the article's last line, as the Korean agencies and dailies
# close an article ("jmlee@yna.co.kr" at Yonhap): a contact, never a sentence of the text.
_EMAIL_ALONE = re.compile(r"\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?")
_EMAIL_REASON = "reporter's e-mail (a contact line of its own closing the article)"


_END_MARK_REASON = "press release's end mark"
_AFTER_END_MARK_REASON = "after a press release's end mark (press contact, notes to editors)"
# An end mark is a few characters ("-- ENDS --", "End of press release"): longer strings are not read.
_MAX_END_MARK_CHARS = 30


def drop_after_end_mark(nodes: list[Tag], dropped: list[Dropped]) -> None:
    """Remove from ``nodes`` (the article's chosen elements, changed in place) a press release's end
    mark, a block of its own after some text, and everything after it, recording each in ``dropped``."""
    containers = {id(node) for node in nodes}
    hashes_break_sections = False
    checked: set[int] = set()  # blocks read once: each short string of a long block read it whole again (quadratic)
    seen_text = False
    for position, node in enumerate(nodes):
        for string in find_strings(node) if not node.decomposed else ():
            if type(string) is not NavigableString or not string.strip():
                continue
            block = _block_of(string, containers) if seen_text and len(string.strip()) <= _MAX_END_MARK_CHARS else None
            if block is not None and id(block) in checked:
                block = None
            elif block is not None:
                checked.add(id(block))
            if block is not None and is_end_mark(mark := block.get_text(" ", strip=True)) and not _quoted(block, containers):
                # After one section break the page's hashes are its sections' too: read once (linear work).
                if is_hashes(mark) and (hashes_break_sections or is_section_break(mark, _prose_paragraphs_after(block, nodes[position:]))):
                    hashes_break_sections = seen_text = True
                    continue
                _drop_from(block, containers, dropped)
                for later in nodes[position + 1 :]:
                    _drop(later, _AFTER_END_MARK_REASON, dropped)
                return
            seen_text = True


# How far up from an end mark a quote around it is looked for: a quoted release's mark sits in a paragraph
# of the quote, a few levels down; a bound keeps a page of marks in quotes nested thousands deep linear.
_QUOTE_DEPTH = 30


def _quoted(block: Tag, containers: set[int]) -> bool:
    """Whether ``block`` is inside a quote (``<blockquote>``, ``<q>``) below the article's containers: an
    article quoting a press release quotes its end mark too ("-- ENDS --"), which ends the quoted
    release, not the article (the article's next paragraphs were dropped as the release's contacts)."""
    for _, element in zip(range(_QUOTE_DEPTH), chain((block,), block.parents), strict=False):
        if id(element) in containers:
            return False
        if element.name in ("blockquote", "q"):
            return True
    return False


def _prose_paragraphs_after(block: Tag, nodes: list[Tag]) -> int:
    """How many paragraphs of running prose (:func:`ingest.end_mark.is_running_prose`) follow ``block``
    inside ``nodes``, counted up to :data:`ingest.end_mark.SECTION_PROSE_PARAGRAPHS`."""
    inside = {id(node) for node in nodes}
    count = 0
    for paragraph in block.find_all_next("p"):
        if any(id(parent) in inside for parent in paragraph.parents) and is_running_prose(paragraph.get_text(" ", strip=True)):
            count += 1
            if count >= SECTION_PROSE_PARAGRAPHS:
                break
    return count


def _drop_from(block: Tag, containers: set[int], dropped: list[Dropped]) -> None:
    """Remove ``block`` (the end mark) and what follows it up to the article's container."""
    following = []
    element = block
    while element is not None and id(element) not in containers:
        following.extend(element.next_siblings)
        element = element.parent
    _drop(block, _END_MARK_REASON, dropped)
    for sibling in following:
        if isinstance(sibling, Tag):
            _drop(sibling, _AFTER_END_MARK_REASON, dropped)
        else:
            sibling.extract()


def _drop(element: Tag, reason: str, dropped: list[Dropped]) -> None:
    if text := " ".join(element.get_text(" ", strip=True).split()):
        dropped.append(Dropped(text, reason))
    element.decompose()


def drop_signup_prompts(soup: Tag, dropped: list[Dropped]) -> None:
    """Remove from the page (changed in place) the prompt inside each sign-up widget, recording it
    in ``dropped``. The widget is the nearest element around an ``<input type="email">`` that holds
    only a prompt and the box: the box, around the input, holds at most a button's label of text
    (``_MAX_SIGNUP_BOX_CHARS``) and no ``<textarea>`` (a comment or contact form asks for more);
    the prompt is the one element with text before it, short (``_MAX_SIGNUP_PROMPT_CHARS``), with no
    link or field; nothing else in the widget has text. A line of the article's flow that stands
    before a form is the article's (its parent holds the rest of the text). Only the first
    ``_MAX_EMAIL_INPUTS`` email inputs are looked at, and text is counted with an early stop, so a
    page of thousands of inputs costs no more than a few."""
    # find_all("input", attrs={"type": _EMAIL_TYPE}, limit=...)'s answer: BeautifulSoup's fast path for a
    # name alone, then the type, spares its filter for each element of the page (3% of the reader's profile).
    emails = [field for field in soup.find_all("input") if isinstance(kind := field.get("type"), str) and _EMAIL_TYPE.search(kind)]
    for field in emails[:_MAX_EMAIL_INPUTS]:
        box = field
        while ((widget := box.parent) is not None and widget.name not in _PAGE_ROOTS
               and not _text_exceeds(box, _MAX_SIGNUP_BOX_CHARS)
               and not _text_exceeds(widget, _MAX_SIGNUP_PROMPT_CHARS + _MAX_SIGNUP_BOX_CHARS)
               and widget.find("textarea") is None):
            if (prompt := _prompt_before(widget, box)) is not None:
                break
            box = widget
        else:  # no widget around the box: a prompt in the flow before it must name the box's action
            prompt = _prompt_naming_the_action(box)
        if prompt is not None:
            dropped.append(Dropped(" ".join(prompt.get_text(" ", strip=True).split()), _SIGNUP_REASON))
            prompt.decompose()


_EMAIL_TYPE = re.compile(r"^\s*email\s*$", re.I)
# Email inputs looked at per page: a sign-up widget or two; a page of thousands is a form of another kind.
_MAX_EMAIL_INPUTS = 5
# Elements that are the page or its article, never a sign-up widget.
_PAGE_ROOTS = frozenset({"body", "html", "[document]", "article", "main"})


def _prompt_before(widget: Tag, box: Tag) -> Tag | None:
    """The prompt in ``widget`` over ``box`` (one of its children): the one child with text, before
    ``box``, a short line with no link or field, when no loose text or other element with text
    stands beside them; else None."""
    prompt = None
    seen_box = False
    for child in widget.children:
        if child is box:
            seen_box = True
        elif type(child) is NavigableString:
            if child.strip():
                return None
        elif isinstance(child, Tag) and child.get_text(strip=True):
            if prompt is not None or seen_box:
                return None  # two lines, or a line after the box: more than a prompt
            prompt = child
    if (prompt is None or prompt.name not in _PROMPT_TAGS or _text_exceeds(prompt, _MAX_SIGNUP_PROMPT_CHARS)
            or prompt.find(["a", "input"]) is not None or prompt.find_parent("form") is not None):
        return None
    return prompt


def _prompt_naming_the_action(box: Tag) -> Tag | None:
    """The short line right before ``box`` (an email box standing in the article's flow) when it
    names what the box's button does ("Thanks for reading! Subscribe for free ..." over a "Subscribe"
    button), else None: a sentence of the article before a form names no such thing."""
    prompt = box.find_previous_sibling(True)
    if prompt is None or prompt.name not in _PROMPT_TAGS or _text_exceeds(prompt, _MAX_SIGNUP_PROMPT_CHARS):
        return None
    if prompt.find(["a", "input"]) is not None:
        return None
    # The button's label only (a <button>'s text, a submit input's value): a placeholder ("Enter your email")
    # shares words with any sentence.
    labels = [button.get_text(" ") for button in box.find_all("button")]
    labels += [str(field.get("value") or "") for field in box.find_all("input", attrs={"type": re.compile(r"^\s*(?:submit|button)\s*$", re.I)})]
    actions = {word for label in labels for word in _ACTION_WORD.findall(label.lower())} - _NOT_ACTIONS
    return prompt if actions & set(_ACTION_WORD.findall(prompt.get_text(" ").lower())) else None


# A word that can name an action: four letters or more ("subscribe", "sign", "join", "abonnieren").
_ACTION_WORD = re.compile(r"[^\W\d_]{4,}")
# Words a button's label holds beside its action, which any sentence may hold too.
_NOT_ACTIONS = frozenset({"your", "here", "with", "from", "this", "that", "free", "now", "more", "ihre", "hier", "votre", "ici"})


def _text_exceeds(tag: Tag, limit: int) -> bool:
    """Whether ``tag``'s visible text (spaces aside) is longer than ``limit`` characters; stops
    counting once it is, so a wide element costs no more than its first ``limit`` characters."""
    total = 0
    for string in tag.descendants:
        if type(string) is NavigableString:
            total += len("".join(string.split()))
            if total > limit:
                return True
    return False


def _last_string(nodes: list[Tag]) -> NavigableString | None:
    for node in reversed(nodes):
        if node.decomposed:
            continue
        for string in reversed(find_strings(node)):
            if type(string) is NavigableString and string.strip() and string.parent.name not in ("script", "style"):
                return string
    return None


def _block_of(string: NavigableString, containers: set[int]) -> Tag | None:
    """The nearest block element around ``string`` below the article's containers."""
    for element in string.parents:
        if id(element) in containers:
            return None
        if element.name in _BLOCKS:
            return element
    return None


def _closing_node(string: NavigableString, nodes: list[Tag]) -> Tag | None:
    """The chosen node that holds ``string`` when it is a later one of several: a line the extractor
    joined to the article as a block of its own (Douban's "© 本文版权归作者 … 所有" under the review's
    text); the first node is the article's text, never a closing line."""
    for node in nodes[1:]:
        if node is string.parent or any(parent is node for parent in string.parents):
            return node
    return None


def _bio_box(last: NavigableString, names: list[str], containers: set[int]) -> Tag | None:
    """The widest element below the containers that holds ``last`` (the article's last text),
    opens with an author's full name (alone, or going on in lower case), and is short."""
    box = None
    for element in last.parents:
        if id(element) in containers or element.name not in _BLOCKS:
            break
        text = " ".join(element.get_text(" ", strip=True).split())
        if len(text) > _MAX_BIO_CHARS:
            break
        first = " ".join(next(element.stripped_strings, "").split())
        if any(_opens_with_name(first, name, _holds_paragraphs(element)) for name in names):
            box = element
    return box


def _holds_paragraphs(element: Tag) -> bool:
    """A box of blocks, not a paragraph: ``<div><h4>Name</h4><p>...</p></div>``."""
    return element.name not in _LINES and element.find(_LINES) is not None


def _opens_with_name(first: str, name: str, box: bool) -> bool:
    """``first`` (an element's first string) is ``name`` alone heading a ``box`` of paragraphs, or a
    sentence about her ("Jane Doe is ..."). A paragraph opening with her name alone is an interview's
    question ("<b>Jane Doe</b>: And then?"), the article's."""
    if first == name:
        return box
    rest = first[len(name) + 1 :]
    return first.startswith(f"{name} ") and rest[:1].islower()


def _tag_line(last: NavigableString, containers: set[int]) -> Tag | None:
    """The block holding ``last`` when it reads as a tag line: its first string a short label
    ending in a colon, outside any link, and every string after it a link's or the glue between."""
    block = _block_of(last, containers)
    if block is None:
        return None
    strings = [s for s in find_strings(block) if type(s) is NavigableString and s.strip()]
    if len(strings) < 2 or strings[0].find_parent("a") is not None or not _TAG_LABEL.match(strings[0]):
        return None
    for string in strings[1:]:
        if string.find_parent("a") is None and not _TAG_GLUE.match(string):
            return None
    return block


_SIGN_OFF_REASON = "author's sign-off (the author's name alone at the article's end)"


def _sign_off(block: Tag, authors: list[str]) -> str:
    """The name a paragraph closing the article is, alone, when it is one of ``authors`` (the byline's,
    or the closing signature's, :func:`ingest.html.bylines.from_closing_byline`); "" otherwise."""
    if block.name not in ("p", "div"):
        return ""
    text = " ".join(block.get_text(" ", strip=True).split())
    return text if any(text.casefold() == author.casefold() for author in authors) else ""


def _is_rights_line(block: Tag) -> bool:
    """A block that is a rights notice and nothing more ("Copyright (C) 2003 Site All Rights
    Reserved."): an old hand-made page's footer line, printed under the text with no footer element;
    or the notice, then the screen the page is best viewed on ("... IE 5.0 800x600에 최적화되어
    있습니다", "best viewed at 1024x768"), the web's convention of the late 1990s and 2000s."""
    text = " ".join(block.get_text(" ", strip=True).split())
    notice = rights.find_notice(text) if text else ""
    if notice and text.endswith(notice) and _footer_items(text[: -len(notice)]):
        return True  # "Korean Film Archive · Privacy policy · Terms of use · Copyright © KOFA."
    if not notice or not text.startswith(notice):
        return False
    rest = text[len(notice):]
    return not rest.strip() or (len(rest) <= _MAX_VIEWING_NOTE_CHARS and _SCREEN_SIZE.search(rest) is not None)


def _footer_items(text: str) -> bool:
    """Whether ``text`` (what stands before a closing notice) is a site footer's items: short
    names (:data:`_FOOTER_ITEM_WORDS` words at most, no sentence's end) parted by spaced dots or bars."""
    items = [item for item in _SPACED_GLUE.split(text.strip()) if item]
    if not items or not _SPACED_GLUE.search(text):
        return False
    return all(len(item.split()) <= _FOOTER_ITEM_WORDS and not item.rstrip().endswith((".", "!", "?", "。")) for item in items)


_SPACED_GLUE = re.compile(rules.MENU_SEPARATOR_PATTERN)
_FOOTER_ITEM_WORDS = 4
# A screen's size in pixels, as "best viewed at" notes print it ("800x600", "1024 × 768", "800*600").
_SCREEN_SIZE = re.compile(r"(?<!\d)[1-9]\d{2,3}\s*[x×*X]\s*[1-9]\d{2,3}(?!\d)")
# A note on the browser and screen is a sentence; more after the notice is text of another kind.
_MAX_VIEWING_NOTE_CHARS = 120


def _is_mailing_footer(block: Tag) -> bool:
    """A short block holding a link to unsubscribe (:data:`_UNSUBSCRIBE`): the footer every
    commercial email carries by law (the CAN-SPAM Act's opt-out and postal address, the
    ePrivacy rules), with the sender's address and notice; a newsletter saved as a page."""
    if _text_exceeds(block, _MAX_MAILING_FOOTER_CHARS):
        return False
    return any(_UNSUBSCRIBE.search(" ".join(link.get_text(" ").split())) for link in block.find_all("a", limit=_MAILING_LINKS))


MAILING_REASON = "mailing footer (a newsletter's unsubscribe link, postal address and notice)"
_MAX_MAILING_FOOTER_CHARS = 600
_MAILING_LINKS = 10
# The opt-out link as newsletter services word it in the archive's languages.
# ("Abmelden" alone is German "log out": only "(vom) Newsletter abmelden".)
_UNSUBSCRIBE = re.compile(
    r"^(?:unsubscribe|opt out|update (?:your )?(?:subscription )?preferences|manage (?:your )?preferences|(?:vom )?newsletter abmelden|"
    r"newsletter abbestellen|se désabonner|se désinscrire|désinscription|darse de baja|cancelar suscripción|"
    r"수신\s?거부|구독\s?취소|配信停止|配信解除|退订|取消订阅)\b",
    re.IGNORECASE,
)


def _is_print_address_line(block: Tag) -> bool:
    """A block that is only a print plugin's label and an address ("URL to article:
    https://site/?p=4411"): a print view's furniture, not a sentence of the article."""
    match = _PRINT_LINE.match(" ".join(block.get_text(" ", strip=True).split()))
    return match is not None and " ".join(match.group(1).split()).casefold() in _PRINT_LABELS
