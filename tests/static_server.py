"""Serve a folder the way a static CDN such as GitHub Pages does, for local use and tests.

Files are served as they are; a folder answers with its index.html (and a path missing its
trailing slash is redirected to add it); anything else answers 404 with the folder's
404.html. There are no rewrites, so a deep link works only if its file exists.

Usage: python3 tests/static_server.py DIR PORT
"""

import functools
import http.server
import os
import sys


class CdnHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
    }

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code == 404 and os.path.isfile(page):
            with open(page, "rb") as f:
                body = f.read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("STATIC_SERVER_LOG"):
            super().log_message(format, *args)


def main():
    directory, port = sys.argv[1], int(sys.argv[2])
    handler = functools.partial(CdnHandler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"serving {directory} on http://127.0.0.1:{port}/", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
