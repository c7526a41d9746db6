"""``make serve``: the built site on 127.0.0.1, answering unknown paths as the host does.

``python -m http.server`` answers a missing page with its own bare error page.
GitHub Pages (where the workflow publishes the site) answers with the site's
``404.html`` (written by sphinx-notfound-page, its links absolute from the
host) and status 404; this server does the same, so the page a reader meets
at a dead link can be looked at locally.

A site built for a project page (``SITE_BASEURL=https://USER.github.io/REPO/``)
has its 404 page's links absolute from ``/REPO/``: the server answers under
that path too (``--base-path``, read from ``SITE_BASEURL`` by default), so
those links work locally as they will on the host.

Usage: ``python -m tools.serve PORT --directory _build/html`` (PORT 0 picks a
free port). It prints ``Serving HTTP on 127.0.0.1 port N`` as ``http.server``
does, and stops on Ctrl-C.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

NOT_FOUND_PAGE = "404.html"


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files from ``directory``, also under ``base_path``; a 404 is answered with the site's own 404.html."""

    def __init__(self, *args, base_path: str = "/", **kwargs) -> None:
        self.base_path = base_path  # the site's path on its host, "/REPO/" for a project page
        super().__init__(*args, **kwargs)  # handles the request: everything it reads is set above

    def translate_path(self, path: str) -> str:
        """The file for ``path``, with the site's base path taken off first."""
        if self.base_path != "/" and (path + "/").startswith(self.base_path):
            path = "/" + path[len(self.base_path):]
        return super().translate_path(path)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A 404 with the site's 404.html as its body (none for HEAD); other errors as http.server sends them."""
        page = Path(self.directory) / NOT_FOUND_PAGE
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def base_path_of(site_url: str) -> str:
    """The path of ``site_url`` with slashes at both ends: ``https://u.github.io/repo`` -> ``/repo/``."""
    path = urlsplit(site_url.strip()).path.strip("/")
    return f"/{path}/" if path else "/"


def make_server(directory: Path, port: int, host: str = "127.0.0.1", base_path: str = "/") -> ThreadingHTTPServer:
    """A server (not yet serving) for the site in ``directory``; ``port`` 0 picks a free one."""
    handler = functools.partial(SiteHandler, directory=str(directory), base_path=base_path)
    return ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl-C; 1 with one error line when there is no built site."""
    parser = argparse.ArgumentParser(prog="python -m tools.serve", description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int, help="port to listen on (0: any free port)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--directory", type=Path, required=True, help="the built site (_build/html)")
    parser.add_argument(
        "--base-path", default=base_path_of(os.environ.get("SITE_BASEURL", "")),
        help="also serve the site under this path (default: the path of $SITE_BASEURL)",
    )
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"error: {args.directory}: no built site here (run make html)", file=sys.stderr)
        return 1
    base_path = base_path_of(args.base_path)
    with make_server(args.directory, args.port, args.bind, base_path) as server:
        host, port = server.server_address[:2]
        print(f"Serving HTTP on {host} port {port} (http://{host}:{port}{base_path}) ...", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
