"""Read text dumps with whichever ``ingest`` package is first on ``sys.path``.

Run as a script, so that the benchmark can read the same dumps with the reader
as it is on ``main`` (an ``ingest`` tree exported from git, put first on
PYTHONPATH) and with this branch's, in the same run:

    PYTHONPATH=EXPORTED_TREE python bench/dump_reader.py < dumps.json > results.json

stdin: ``{"pages": {key: dump text}, "sites": {key: site}, "urls": {key: address}}``;
stdout: ``{"results": {key: {"body", "title", "date", "authors", "listing", "summary"}},
"seconds": time spent learning the templates and reading, in this process}``.
It imports nothing from ``bench`` for that reason.
"""

from __future__ import annotations

import inspect
import json
import sys
import time


def read_dumps(pages: dict[str, str], sites: dict[str, str], urls: dict[str, str] | None = None) -> dict[str, dict[str, object]]:
    from ingest.plaintext import blocks_to_text  # noqa: PLC0415
    from ingest.summary import summary  # noqa: PLC0415
    from ingest.text import reader  # noqa: PLC0415

    templates: dict[str, object] = {}
    if "template" in inspect.signature(reader.read_text).parameters:  # this branch: learn each site's template
        from ingest.text.template import site_templates  # noqa: PLC0415

        # Readers whose templates take the pages' addresses (versions of one article) are given them.
        given = {"addresses": urls or {}} if "addresses" in inspect.signature(site_templates).parameters else {}
        templates = site_templates({key: (sites.get(key, ""), text) for key, text in pages.items()}, **given)
    # Readers that take the page's address (its sidecar's source_url) are given it.
    takes_url = "url" in inspect.signature(reader.read_text).parameters
    out: dict[str, dict[str, object]] = {}
    for key, text in pages.items():
        given = {"url": (urls or {}).get(key, "")} if takes_url else {}
        try:
            article = reader.read_text(text, template=templates[key], **given) if templates else reader.read_text(text)
        except Exception as error:  # noqa: BLE001 (a reader's bug on one page is a miss, not the end of the run)
            print(f"{key}: {type(error).__name__}: {error}", file=sys.stderr)
            out[key] = {"body": "", "title": "", "date": "", "authors": [], "listing": False}
            continue
        meta = article.metadata
        out[key] = {
            "body": blocks_to_text(article.blocks),
            "title": meta.title,
            "deck": " ".join(meta.deck),
            "date": meta.date,
            "authors": list(meta.authors),
            "listing": getattr(article, "teasers", 0) > 0,  # the ingest would refuse it as a listing page
            "summary": summary(article),  # the card's line
        }
    return out


def main() -> int:
    request = json.load(sys.stdin)
    import ingest.text.reader  # noqa: F401, PLC0415 (imports are not the reader's time)

    started = time.perf_counter()
    results = read_dumps(request["pages"], request.get("sites", {}), request.get("urls", {}))
    json.dump({"results": results, "seconds": time.perf_counter() - started}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
