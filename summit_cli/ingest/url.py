"""URLs: fetch one http(s) page with hard limits, then read it like a file.

urllib from the standard library is enough for one GET: no new dependency. Only
http and https are followed (a redirect to file:// or ftp:// is refused), the
body is read in chunks against a byte cap and an overall deadline (a socket
timeout alone lets a slow-drip server run forever), and no compression is
asked for, so the cap counts real bytes.
"""

from __future__ import annotations

import socket
import ssl
import time
import zlib
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError, NetworkError
from ..model import Article

MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
# Content types that can hold an article, and the reader each goes to.
_ARTICLE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    # An archived article (story.txt.gz): opened like a compressed file, kind from its content.
    "application/gzip": None,
    "application/x-gzip": None,
    "application/x-bzip2": None,
    "application/x-xz": None,
}


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the same URL twice in one chain is a loop

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("Location") or headers.get("URI")
        if target and urlsplit(urljoin(req.full_url, target)).scheme.lower() not in ("http", "https"):
            fp.close()
            raise NetworkError(f"{req.full_url}: redirected to a non-web address ({target})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    # Built by hand: build_opener() would also add file:, ftp: and data: handlers.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _Redirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def fetch(url: str, max_bytes: int | None = None, timeout: float | None = None) -> tuple[bytes, str, str | None]:
    """(body, final URL, media type) of a GET, or a NetworkError saying why not."""
    max_bytes = MAX_DOWNLOAD_BYTES if max_bytes is None else max_bytes
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: not an http(s) URL")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"summit/{__version__} (+offline news briefs)",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            final = response.geturl()
            media = response.headers.get_content_type() if response.headers.get("Content-Type") else None
            encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
            if media is not None and media not in _ARTICLE_TYPES:
                raise NetworkError(f"{url}: not an article (content type {media})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise NetworkError(f"{url}: larger than the {max_bytes}-byte download limit ({length} bytes)")
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise NetworkError(f"{url}: download took longer than {timeout:g} s")
                chunk = response.read1(_CHUNK)  # what has arrived, so the deadline is checked often
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise NetworkError(f"{url}: larger than the {max_bytes}-byte download limit")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code in (301, 302, 303, 307, 308):
            raise NetworkError(f"{url}: too many redirects (more than {MAX_REDIRECTS}, or a loop)") from None
        raise NetworkError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise NetworkError(f"{url}: no answer within {timeout:g} s") from None
        if isinstance(reason, ssl.SSLError):
            raise NetworkError(f"{url}: TLS error ({reason.reason or reason})") from None
        if isinstance(reason, socket.gaierror):
            raise NetworkError(f"{url}: cannot resolve host {parts.hostname}") from None
        raise NetworkError(f"{url}: cannot connect ({getattr(reason, 'strerror', None) or reason})") from None
    except (socket.timeout, TimeoutError):
        raise NetworkError(f"{url}: no answer within {timeout:g} s") from None
    except (ConnectionError, OSError) as exc:
        raise NetworkError(f"{url}: connection failed ({exc.strerror or exc})") from None
    except ValueError as exc:  # malformed URL or header
        raise NetworkError(f"{url}: {exc}") from None
    body = _decompress(b"".join(chunks), encoding, url, max_bytes)
    if not body.strip():
        raise NetworkError(f"{url}: empty response")
    return body, final, media


def _decompress(body: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """Undo a Content-Encoding a server sent although we asked for none, within the same cap."""
    if encoding in ("identity", ""):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise NetworkError(f"{url}: unsupported content encoding {encoding}")
    # wbits 47 reads gzip and zlib headers alike; raw deflate (some servers) needs -15.
    for wbits in (47, -15) if encoding == "deflate" else (47,):
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(out) > max_bytes:
            raise NetworkError(f"{url}: larger than the {max_bytes}-byte download limit once decompressed")
        return out
    raise NetworkError(f"{url}: damaged {encoding} response")


def read(url: str, input_format: str | None = None) -> Article:
    from . import MAX_INPUT_BYTES, detect, parse, sniff

    body, final, media = fetch(url)
    name = final
    if sniff.compression(body):
        body = sniff.decompress(body, url, MAX_INPUT_BYTES)
        media = None  # the type was the archive's; the content says what is inside
    kind = input_format or detect(body, urlsplit(final).path, media)
    try:
        article = parse(body, name, kind, url=final)
    except InputError as exc:
        raise InputError(f"{url}: {exc.message.removeprefix(name + ': ')}") from None
    from dataclasses import replace

    # The address we fetched, not the page's own claim (its canonical link).
    return replace(article, url=final, source_name=name)
