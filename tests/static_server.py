"""Serve a folder the way a static CDN such as GitHub Pages, Netlify or Cloudflare Pages
does, for local use, tests and the budget script.

Files are served as they are; a folder answers with its index.html (and a path missing its
trailing slash is redirected to add it); like GitHub Pages, `/x` answers with `x.html` when
there is one (before `/x/`); anything else answers 404 with the folder's 404.html. There are no rewrites, so a deep link works only if its file exists. Like those
CDNs, it applies the folder's `_headers` file (which it does not serve) and compresses text
responses with gzip when the client accepts it.

Usage: python3 tests/static_server.py DIR PORT
"""

import functools
import gzip
import io
import http.server
import os
import sys

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "application/wasm", "image/svg+xml")


def read_rules(directory):
    """`[(pattern, [(name, value)])]` from DIR/_headers (Netlify / Cloudflare Pages format)."""
    rules = []
    try:
        with open(os.path.join(directory, "_headers"), encoding="utf-8") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return rules
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith((" ", "\t")):
            name, _, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
        else:
            rules.append((line.strip(), []))
    return rules


def matches(pattern, path):
    """`:name` matches one path segment; a final `*` matches any rest."""
    if pattern.endswith("*"):
        return path.startswith(pattern[:-1])
    want, have = pattern.split("/"), path.split("/")
    return len(want) == len(have) and all(w == h or (w.startswith(":") and h) for w, h in zip(want, have))


class CdnHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
    }

    def __init__(self, *args, rules, **kwargs):
        self.rules = rules
        super().__init__(*args, **kwargs)

    def translate_path(self, path):
        local = super().translate_path(path)
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.endswith("/") and os.path.isfile(local + ".html"):
            return local + ".html"
        return local

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == "/_headers":
            self.send_error(404)
            return None
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        local = self.translate_path(self.path)
        if os.path.isdir(local):
            if not path.endswith("/"):
                return super().send_head()  # the redirect to add the slash
            local = os.path.join(local, "index.html")
        content_type = self.guess_type(local)
        if not os.path.isfile(local) or not content_type.startswith(COMPRESSIBLE):
            return super().send_head()
        with open(local, "rb") as f:
            body = gzip.compress(f.read(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()

        return io.BytesIO(body)

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
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        for pattern, headers in self.rules:
            if matches(pattern, path):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("STATIC_SERVER_LOG"):
            super().log_message(format, *args)


class QuietServer(http.server.ThreadingHTTPServer):
    """Says nothing when a client goes away mid-response (a browser test that blocks or
    aborts a download); other errors are reported as usual."""

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def main():
    directory, port = sys.argv[1], int(sys.argv[2])
    handler = functools.partial(CdnHandler, directory=directory, rules=read_rules(directory))
    with QuietServer(("127.0.0.1", port), handler) as server:
        print(f"serving {directory} on http://127.0.0.1:{port}/", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
