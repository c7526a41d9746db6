"""BeautifulSoup's lxml tree builder, with its per-tag steps done in one place.

Of BeautifulSoup's parse of a page with lxml, lxml's own parse is about 5%:
the rest is BeautifulSoup turning lxml's events into its tree, each start
tag passing through five general-purpose methods (the builder's ``start``
rebuilding the attributes twice for XML namespaces, the soup's
``handle_starttag``, ``Tag.__init__`` asking the builder about the tag,
``setup``, ``pushTag``). :class:`FastLXMLTreeBuilder` does the same steps
for an HTML page directly, and hands everything else (end tags, text,
comments, the doctype) to BeautifulSoup's own code: the tree it builds is
BeautifulSoup's, attribute for attribute and link for link
(``tests/test_treebuilder.py`` compares every node's fields and links).

It leans on BeautifulSoup's internals, so it is used only with the version
it was written against (:data:`KNOWN_BS4`, the pinned one); any other
version parses with the stock builder, a little slower and the same.
:func:`find_strings` answers ``find_all(string=...)`` without BeautifulSoup's filter machinery.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import bs4
from bs4 import BeautifulSoup
from bs4.builder import LXMLTreeBuilder
from bs4.element import NavigableString, PageElement, Tag, nonwhitespace_re

# The BeautifulSoup whose internals this module repeats (requirements.txt pins it).
KNOWN_BS4 = "4.15.0"
# ``PageElement.decomposed`` reads ``_decomposed``, which only ``decompose()`` sets: on any other
# tag the lookup fell through to ``Tag.__getattr__``, which takes an unknown attribute for a
# child's name and searched the whole subtree for a <_decomposed> element (the reader asks it
# of the chosen nodes and of each paragraph it may drop: about 1% of a one-process cold ingest;
# lxml makes no such element of an HTML page). The class's default answers at once, the same;
# ``decompose()`` still sets each element's own.
Tag._decomposed = False
# What BeautifulSoup.endData counts as whitespace (its ASCII_SPACES).
_ASCII_SPACES = BeautifulSoup.ASCII_SPACES


class FastLXMLTreeBuilder(LXMLTreeBuilder):
    """``LXMLTreeBuilder`` ("lxml") with a direct start tag; the same tree."""

    def start(self, tag, attrib, nsmap=None):  # noqa: ANN001, ANN201  (lxml's target interface)
        soup = self.soup
        if nsmap or len(self.nsmaps) > 1 or tag[:1] == "{" or soup.parse_only is not None or soup.element_classes:
            return super().start(tag, attrib, nsmap or {})  # XML namespaces or a filter: the general path
        # lxml gives every value as a string (BeautifulSoup asserts it), which the attribute
        # dictionary's own __setitem__ would keep as it is: filled by dict's methods.
        attrs = self.attribute_dict_class(attrib)
        if attrs:
            if "{" in "".join(attrs):  # perhaps a namespaced name ("{uri}name"): the general path
                return super().start(tag, attrib, {})
            listed = self._listed.get(tag)
            if listed is None:
                listed = self._listed[tag] = self.cdata_list_attributes.get("*", set()) | self.cdata_list_attributes.get(tag.lower(), set())
            for key in [key for key in attrs if key in listed]:
                dict.__setitem__(attrs, key, self.attribute_value_list_class(nonwhitespace_re.findall(attrs[key])))
        if soup.current_data:
            self._end_data()
        # Tag.__init__ with a builder, BeautifulSoup.handle_starttag and pushTag.
        node = Tag.__new__(Tag)
        node.parser_class = soup.__class__
        node.name = tag
        node.namespace = None
        node._namespaces = self.active_namespace_prefixes[-1] or {}
        node.prefix = None
        node.sourceline = None
        node.sourcepos = None
        node.attribute_value_list_class = self.attribute_value_list_class
        node.attrs = attrs
        node.known_xml = False
        node.contents = []
        _append(soup, node)
        node.hidden = False
        if tag == "meta":
            self.set_up_substitutions(node)
        node.can_be_empty_element = self.empty_element_tags is None or tag in self.empty_element_tags
        node.cdata_list_attributes = self.cdata_list_attributes
        node.preserve_whitespace_tags = self.preserve_whitespace_tags
        container = self.string_containers.get(tag)
        node.interesting_string_types = {container} if container is not None else Tag.MAIN_CONTENT_STRING_TYPES
        soup.tagStack.append(node)
        soup.currentTag = node
        soup.open_tag_counter[tag] += 1
        if tag in self.preserve_whitespace_tags:
            soup.preserve_whitespace_tag_stack.append(node)
        if container is not None:
            soup.string_container_stack.append(node)
        return None

    def end(self, tag):  # noqa: ANN001, ANN201
        soup = self.soup
        if soup.current_data:
            self._end_data()
        if tag[:1] == "{" or len(self.nsmaps) > 1:
            return super().end(tag)
        # BeautifulSoup.handle_endtag: _popToTag(tag), popTag inlined.
        if tag == soup.ROOT_TAG_NAME:
            return None
        stack, counter = soup.tagStack, soup.open_tag_counter
        for _ in range(len(stack) - 1, 0, -1):
            if not counter.get(tag):
                break
            last = stack.pop()
            if last.name in counter:
                counter[last.name] -= 1
            if soup.preserve_whitespace_tag_stack and last == soup.preserve_whitespace_tag_stack[-1]:
                soup.preserve_whitespace_tag_stack.pop()
            if soup.string_container_stack and last == soup.string_container_stack[-1]:
                soup.string_container_stack.pop()
            if stack:
                soup.currentTag = stack[-1]
            if last.name == tag and last.prefix is None:
                break
        return None

    def data(self, data):  # noqa: ANN001, ANN201
        self.soup.current_data.append(data)

    def _end_data(self) -> None:
        """``BeautifulSoup.endData()`` for a page's text (no other string class asked for)."""
        soup = self.soup
        if soup.parse_only is not None or soup.element_classes:
            soup.endData()
            return
        pieces = soup.current_data
        text = pieces[0] if len(pieces) == 1 else "".join(pieces)
        # Whitespace alone (ASCII's) becomes one newline or one space, outside <pre> and the like.
        if not soup.preserve_whitespace_tag_stack and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        soup.current_data = []
        container = NavigableString
        if soup.string_container_stack:
            container = self.string_containers.get(soup.string_container_stack[-1].name, NavigableString)
        # NavigableString(text) and BeautifulSoup.object_was_parsed(it).
        string = str.__new__(container, text)
        string.hidden = False
        parent = soup.currentTag
        fix = parent.next_element is not None
        _append(soup, string)
        if fix:
            soup._linkage_fixer(parent)

    def reset(self) -> None:
        super().reset()
        self._listed: dict[str, set[str]] = {}  # per tag name: the attributes that hold lists (class, rel, ...)


def _append(soup: BeautifulSoup, element: PageElement) -> None:
    """``element.setup(parent, previous)`` and its place in the tree as BeautifulSoup gives it:
    the last child of the current tag, and the element parsed last."""
    parent = soup.currentTag
    previous = soup._most_recent_element
    element.parent = parent
    element.previous_element = previous
    if previous is not None:
        previous.next_element = element
    element.next_element = None
    element.next_sibling = None
    siblings = parent.contents
    before = siblings[-1] if siblings else None
    element.previous_sibling = before
    if before is not None:
        before.next_sibling = element
    siblings.append(element)
    soup._most_recent_element = element


def parse(text: str) -> BeautifulSoup:
    """``BeautifulSoup(text, "lxml")``, built faster with the known BeautifulSoup."""
    if bs4.__version__ != KNOWN_BS4:
        return BeautifulSoup(text, "lxml")
    return BeautifulSoup(text, builder=FastLXMLTreeBuilder())


def find_strings(tag: Tag, match: bool | re.Pattern[str] | Callable[[str], object] = True, limit: int | None = None) -> list[NavigableString]:
    """``tag.find_all(string=match, limit=limit)``'s answer: the strings under ``tag`` (every kind
    of ``NavigableString``, comments too), in document order, that are not empty and that ``match``
    accepts (``True``: any; a compiled pattern: its ``search`` finds something; a function: its
    answer is true), at most ``limit`` (a positive number) of them.

    Walked directly: BeautifulSoup's ``find_all`` builds a filter per call and runs each element
    of the subtree through four general-purpose methods (``filter``, ``match``,
    ``matches_any_string_rule``, ``matches_string``); a search of a whole page for a live blog's
    times of day took 4% of the HTML reader's profile that way."""
    test = None if match is True else match.search if isinstance(match, re.Pattern) else match
    found: list[NavigableString] = []
    for node in tag.descendants:
        if isinstance(node, NavigableString) and node and (test is None or test(node)):
            found.append(node)
            if limit is not None and len(found) >= limit:
                break
    return found
