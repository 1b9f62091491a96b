"""HTML: the article's main text and metadata, via trafilatura.

trafilatura parses with lxml and never runs scripts or fetches anything; it drops
navigation, cookie banners, newsletter boxes, "most read" lists and footers far
better than rules written here would. Its body comes back as a small XML tree
(<head>, <p>, <list>/<item>, <quote>), which maps onto Blocks directly.
"""

from __future__ import annotations

import logging
import re

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
# A <title> is the headline followed by where it sits: "Headline | Section - Site".
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::)\s+")
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$")
MAX_PLACE_WORDS = 5  # "World News", "The Valport Evening Post": a name, not a clause


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


def _names_site(segment: str, site: str | None) -> bool:
    if _DOMAIN.match(segment):
        return True
    # Without a site name of its own the extractor takes a <title> segment with a dot in it
    # ("U.S. talks stall"): a dotted segment is the site only as a domain.
    return bool(site) and "." not in segment and segment.casefold() == (site or "").casefold()


def _is_place(segment: str, headline: str, site: str | None) -> bool:
    """A <title> segment naming the site or a section of it, not carrying on the headline before it."""
    if _names_site(segment, site):
        return True
    words = segment.split()
    # "- and stall - in Geneva": a segment in lower case is the headline's own clause.
    if segment[:1].islower() or len(words) > MAX_PLACE_WORDS:
        return False
    # Names are shorter than headlines; a longer one must read as a name ("Example Times Online").
    return len(segment) < len(headline) or all(not w[:1].islower() or len(w) <= 3 for w in words)


def headline_of(title: str, site: str | None = None) -> str:
    """The headline in a page's <title>: site and section names after it (and the site's before it) cut off."""
    first = _TITLE_SEPARATOR.search(title)
    if first and _names_site(title[: first.start()], site):
        title = title[first.end() :]
    end = len(title)
    for cut in reversed(list(_TITLE_SEPARATOR.finditer(title))):
        if not _is_place(title[cut.end() : end], title[: cut.start()], site):
            break
        end = cut.start()
    return title[:end]


def _from_title_element(title: str, page_title: str) -> bool:
    """Whether the extractor's title is the page's <title>, whole or cut at one of its separators."""
    cuts = _TITLE_SEPARATOR.finditer(page_title)
    return title == page_title or any(title in (page_title[: c.start()], page_title[c.end() :]) for c in cuts)


def _title_element(tree) -> str | None:
    element = tree.find(".//head//title")
    text = squash(normalize(element.text_content())) if element is not None else ""
    return text or None


def _tree(data: bytes):
    from trafilatura import load_html

    try:
        return load_html(data)
    except (ValueError, TypeError, AttributeError) as exc:
        raise InputError(f"unreadable HTML ({squash(str(exc))[:120]})") from None


def _extract(tree, url: str | None, **recall):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            tree,
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
        tree = _tree(data)
        doc = _extract(tree, url) if tree is not None else None
        if tree is not None and (doc is None or doc.body is None or not len(doc.body)):
            # Short pages fall under the precision-first defaults; ask once more for recall.
            doc = _extract(tree, url, favor_recall=True)
    except InputError as exc:
        raise InputError(f"{name}: {exc.message}") from None
    blocks = _blocks(doc.body) if doc is not None and doc.body is not None else []
    if doc is None or not any(not b.heading for b in blocks):
        raise InputError(f"{name}: no article text found in the HTML")
    title = squash(doc.title) if doc.title else None
    page_title = _title_element(tree)
    if title and page_title and _from_title_element(title, page_title):
        # The extractor cuts a <title> at its last separator, whatever stands on either side:
        # cut it here instead, keeping a headline's own dashes and dropping every site and section name.
        title = headline_of(page_title, doc.sitename)
    if title and blocks and blocks[0].heading and blocks[0].text == title:
        blocks = blocks[1:]
    return Article(
        blocks=tuple(blocks),
        title=title or None,
        source_name=name,
        url=doc.url or url,
        author=doc.author or None,
        date=doc.date or None,
        # The extractor's fallback takes a <title> segment with a dot in it for the site name.
        site=doc.sitename if doc.sitename and doc.sitename != title else None,
    )
