"""Read HTML pages' dates and rights with whichever ``ingest`` package is first on ``sys.path``.

Run as a script (like ``dump_reader.py``), so that ``bench.html_dates`` can
read the same pages with the reader on ``main`` (an exported tree first on
PYTHONPATH) and with this branch's, in the same run:

    PYTHONPATH=EXPORTED_TREE python bench/html_meta_reader.py < pages.json > results.json

stdin: ``{key: page HTML}`` or ``{key: {"page": HTML, "url": address}}``;
stdout: ``{key: {"date", "rights", "authors"}}``.
Only metadata is read (``extract_metadata``), not the body.
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    from ingest.html.metadata import extract_metadata  # noqa: PLC0415
    from ingest.html.reader import parse_html  # noqa: PLC0415

    out = {}
    for key, page in json.load(sys.stdin).items():
        url = page.get("url") if isinstance(page, dict) else None
        try:
            meta = extract_metadata(parse_html(page["page"] if isinstance(page, dict) else page), url)
            out[key] = {"date": meta.date, "rights": meta.rights, "authors": list(meta.authors)}
        except Exception as error:  # noqa: BLE001 (a reader's bug on one page is a miss, not the end of the run)
            print(f"{key}: {type(error).__name__}: {error}", file=sys.stderr)
            out[key] = {"date": "", "rights": "", "authors": []}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
