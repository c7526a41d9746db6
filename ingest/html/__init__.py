"""HTML reader: scraped page bytes -> Article. See :func:`read_html`."""

from ingest.html.reader import read_html

__all__ = ["read_html"]
