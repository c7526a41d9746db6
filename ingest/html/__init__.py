"""HTML reader: scraped page bytes -> :class:`ingest.model.Article`.

Public entry point: :func:`read_html`.  The stages, one module each:

- ``decode.py``   bytes -> str (BOM, checked declaration, charset-normalizer)
- ``page_index.py`` the elements the metadata sources read, in one walk of the page
- ``metadata.py`` JSON-LD, OpenGraph, Twitter, Dublin Core, <meta>, HTML; the merge of all sources
- ``bylines.py``  the visible page's bylines, datelines and footer rights notice
- ``classify.py`` is an element page chrome? (tag, role, hidden, class/id words)
- ``extract.py``  which subtree is the article; prune chrome inside it
- ``convert.py``  subtree -> blocks through a tag -> converter table
- ``rules.py``    the vocabulary and thresholds, as data
- ``reader.py``   the order of the stages
"""

from ingest.html.reader import read_html

__all__ = ["read_html"]
