"""URLs, fetched from a local http.server on 127.0.0.1 that each test starts and stops."""

import gzip
import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ingest_pages import ARTICLE, SITE, TITLE, article_page, pdf_bytes
from summit_cli.ingest import url as url_reader

PAGE = article_page().encode("utf-8")
ROUTES = {
    "/news/harbour-deal.html": (200, "text/html; charset=utf-8", PAGE),
    "/plain": (200, "text/plain; charset=utf-8", "\n".join(ARTICLE).encode("utf-8")),
    "/report": (200, "application/pdf", pdf_bytes()),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(500)),
    "/broken": (500, "text/html", b"<h1>Internal Server Error</h1>"),
    "/empty": (200, "text/html", b""),
    "/gzipped": (200, "text/html; charset=utf-8", gzip.compress(PAGE)),
    "/bomb": (200, "text/html", gzip.compress(b" " * 4_000_000)),
    "/archive/story.txt.gz": (200, "application/gzip", gzip.compress("\n".join(ARTICLE).encode("utf-8"))),
    "/noise": (200, "text/plain", random.Random(5).randbytes(5000)),
}
ENCODED = {"/gzipped", "/bomb"}  # sent gzip-encoded although the client asked for identity
REDIRECTS = {
    "/moved": "/news/harbour-deal.html",
    "/loop-a": "/loop-b",
    "/loop-b": "/loop-a",
    "/to-file": "file:///etc/passwd",
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.end_headers()
            return
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):  # drips a byte at a time: each read is quick, the whole is not
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
            return
        status, ctype, body = ROUTES.get(self.path, (404, "text/html", b"<h1>Not Found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if self.path in ENCODED:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    # A proxy from the environment must not take our loopback requests elsewhere.
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_url_gives_the_article_with_its_metadata(server, run):
    address = f"{server}/news/harbour-deal.html"
    result = run("brief", address, "-f", "json", "-n", "50")
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert [s["text"] for s in brief["summary"]] == ARTICLE
    assert brief["title"] == TITLE
    assert brief["source"]["url"] == address and brief["source"]["site"] == SITE
    markdown = run("brief", address).stdout
    assert SITE in markdown and address in markdown and "cookies" not in markdown


def test_redirect_is_followed_and_the_final_address_recorded(server, run):
    result = run("brief", f"{server}/moved", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["url"] == f"{server}/news/harbour-deal.html"


@pytest.mark.parametrize("path", ["/plain", "/report", "/gzipped"])
def test_text_and_pdf_urls_go_to_their_readers(server, run, path):
    result = run("brief", server + path, "-f", "json", "-n", "50")
    assert result.exit_code == 0, result.stderr
    assert [s["text"] for s in json.loads(result.stdout)["summary"]] == ARTICLE


@pytest.mark.parametrize(
    "path,reason",
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/loop-a", "redirect"),
        ("/to-file", "non-web address"),
        ("/logo.png", "content type image/png"),
        ("/empty", "empty response"),
    ],
)
def test_failing_urls_are_network_errors_naming_the_url(server, run, path, reason):
    result = run("brief", server + path)
    assert result.exit_code == 5, (result.exit_code, result.stderr)
    assert result.stdout == ""
    line = result.stderr
    assert line.count("\n") == 1 and server + path in line and reason in line


def test_download_size_and_time_are_capped(server, run, monkeypatch):
    monkeypatch.setattr(url_reader, "MAX_DOWNLOAD_BYTES", 1000)
    result = run("brief", f"{server}/news/harbour-deal.html")
    assert result.exit_code == 5 and "download limit" in result.stderr
    monkeypatch.setattr(url_reader, "TIMEOUT_SECONDS", 0.5)
    started = time.monotonic()
    result = run("brief", f"{server}/slow")
    assert result.exit_code == 5 and "0.5 s" in result.stderr
    assert time.monotonic() - started < 3


def test_compressed_response_is_capped_after_inflating(server, run, monkeypatch):
    monkeypatch.setattr(url_reader, "MAX_DOWNLOAD_BYTES", 1_000_000)
    result = run("brief", f"{server}/bomb")  # 4 kB on the wire, 4 MB inflated
    assert result.exit_code == 5 and "once decompressed" in result.stderr


def test_nothing_listening_is_a_network_error(run):
    result = run("brief", "http://127.0.0.1:9/article")  # the discard port: nothing answers there
    assert result.exit_code == 5 and "127.0.0.1:9" in result.stderr


def test_a_compressed_article_url_is_read_like_a_compressed_file(server, run):
    result = run("brief", f"{server}/archive/story.txt.gz", "-f", "json", "-n", "50")
    assert result.exit_code == 0, result.stderr
    assert [s["text"] for s in json.loads(result.stdout)["summary"]] == ARTICLE


def test_a_url_serving_binary_as_text_is_refused_like_a_file(server, run):
    result = run("brief", f"{server}/noise")
    assert result.exit_code == 3 and result.stderr.count("\n") == 1
    assert f"{server}/noise" in result.stderr and "binary data, not an article" in result.stderr
