"""HTML: the article's main text and metadata, via trafilatura.

trafilatura parses with lxml and never runs scripts or fetches anything; it drops
navigation, cookie banners, newsletter boxes, "most read" lists and footers far
better than rules written here would. Its body comes back as a small XML tree
(<head>, <p>, <list>/<item>, <quote>), which maps onto Blocks directly.
"""

from __future__ import annotations

import logging

from ..errors import InputError
from ..model import Article, Block
from ..text.normalize import normalize, squash

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # Their warnings go to stderr through logging's last-resort handler; a
    # brief tool is quiet on success and reports failures itself.
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

_PARAGRAPH_TAGS = {"p", "item", "code"}
_CONTAINER_TAGS = {"list", "quote", "div", "body"}


def _text(element) -> str:
    for br in element.iter("lb"):
        br.tail = " " + (br.tail or "")
    return squash(normalize("".join(element.itertext())))


def _blocks(element) -> list[Block]:
    out: list[Block] = []
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            text = _text(child)
            if text:
                out.append(Block(text, heading=True))
        elif tag in _CONTAINER_TAGS and len(child):
            if child.text and child.text.strip():
                out.append(Block(squash(normalize(child.text))))
            out.extend(_blocks(child))
        elif tag in _PARAGRAPH_TAGS or tag in _CONTAINER_TAGS:
            text = _text(child)
            if text:
                out.append(Block(text))
    return out


def _extract(data: bytes, url: str | None, **recall):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_formatting=True,
            include_links=False,
            # Only a date the page states in its markup; the extensive search turns a
            # footer's "Copyright 2025" into 2025-01-01, a date the article never had.
            date_extraction_params={"extensive_search": False, "original_date": True},
            **recall,
        )
    except (ValueError, TypeError, AttributeError) as exc:
        # Malformed markup that lxml cannot make into a tree at all.
        raise InputError(f"unreadable HTML ({squash(str(exc))[:120]})") from None


def read(data: bytes, name: str, url: str | None = None) -> Article:
    try:
        doc = _extract(data, url)
        if doc is None or doc.body is None or not len(doc.body):
            # Short pages fall under the precision-first defaults; ask once more for recall.
            doc = _extract(data, url, favor_recall=True)
    except InputError as exc:
        raise InputError(f"{name}: {exc.message}") from None
    blocks = _blocks(doc.body) if doc is not None and doc.body is not None else []
    if not any(not b.heading for b in blocks):
        raise InputError(f"{name}: no article text found in the HTML")
    title = squash(doc.title) if doc.title else None
    if title and blocks and blocks[0].heading and blocks[0].text == title:
        blocks = blocks[1:]
    return Article(
        blocks=tuple(blocks),
        title=title or None,
        source_name=name,
        url=doc.url or url,
        author=doc.author or None,
        date=doc.date or None,
        site=doc.sitename or None,
    )
