"""``make serve``: the built site on 127.0.0.1, answering unknown paths as the host does.

``python -m http.server`` answers a missing page with its own bare error page.
GitHub Pages (where the workflow publishes the site) answers with the site's
``404.html`` (written by sphinx-notfound-page, its links absolute from the
host) and status 404; this server does the same, so the page a reader meets
at a dead link can be looked at locally.

Usage: ``python -m tools.serve PORT --directory _build/html`` (PORT 0 picks a
free port). It prints ``Serving HTTP on 127.0.0.1 port N`` as ``http.server``
does, and stops on Ctrl-C.
"""

from __future__ import annotations

import argparse
import functools
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NOT_FOUND_PAGE = "404.html"


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files from ``directory``; a 404 is answered with the site's own 404.html."""

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


def make_server(directory: Path, port: int, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """A server (not yet serving) for the site in ``directory``; ``port`` 0 picks a free one."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    return ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl-C; 1 with one error line when there is no built site."""
    parser = argparse.ArgumentParser(prog="python -m tools.serve", description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int, help="port to listen on (0: any free port)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--directory", type=Path, required=True, help="the built site (_build/html)")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"error: {args.directory}: no built site here (run make html)", file=sys.stderr)
        return 1
    with make_server(args.directory, args.port, args.bind) as server:
        host, port = server.server_address[:2]
        print(f"Serving HTTP on {host} port {port} (http://{host}:{port}/) ...", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
