"""What every reader-facing digest writer says the same way: citations, facts, the source list.

Like layout.py for the brief (whose helpers the digest writers also use), the wording
lives here once; each writer only decides how it looks.
"""

from __future__ import annotations

from .layout import clean, generator

EMPTY_CATEGORY = "Nothing in these reports."
PROVENANCE = (
    "Brackets cite every source that reports an item, with the sentence number in that source's "
    'cleaned text (from 1); the wording shown is the first source\'s. "only" marks what one source alone reports.'
)
ELSEWHERE = "Also in this category: {refs}, printed elsewhere in this digest."
CITES_SHOWN = 8  # a fact two hundred outlets report must not bury its own sentence


def cite(digest, item, label=clean) -> str:
    """ "[Reuters 3; AP 5]"; a point one source alone reports (of several) is "[only Reuters 3]";
    past CITES_SHOWN citations the rest are counted ("+80 more"): the JSON lists them all.

    `label` makes a source's label safe for the format (Markdown escapes it)."""
    shown = item.cites[:CITES_SHOWN]
    refs = "; ".join(f"{label(digest.sources[c.source].label)} {c.index + 1}" for c in shown)
    if len(item.cites) > len(shown):
        refs += f"; +{len(item.cites) - len(shown)} more"
    alone = item.sources == 1 and len(digest.sources) > 1
    return f"[only {refs}]" if alone else f"[{refs}]"


def shared(digest) -> int:
    """Summary items that more than one source reports."""
    return sum(1 for item in digest.summary if item.sources > 1)


def facts(digest) -> list[str]:
    sentences = sum(s.sentences for s in digest.sources)
    words = sum(s.words for s in digest.sources)
    n = len(digest.sources)
    return [
        f"{n} source{'s' if n != 1 else ''}",
        f"{sentences} sentences",
        f"{words} words",
        f"{len(digest.summary)} summary items, {shared(digest)} reported by several sources",
    ]


def facts_line(digest) -> str:
    return " · ".join(facts(digest))


def ref(digest, item, label=clean) -> str:
    """An item by its first citation, "[Reuters 3]": where a reader finds it printed."""
    first = item.cites[0]
    return f"[{label(digest.sources[first.source].label)} {first.index + 1}]"


def elsewhere_line(digest, items, label=clean) -> str:
    """A category's points printed under another heading, by their first citations."""
    return ELSEWHERE.format(refs=", ".join(ref(digest, item, label) for item in items))


def source_entry(source) -> str:
    """One line of the source list: label, name, address, hash."""
    bits = [clean(source.name)]
    if source.title and source.title != source.name:
        bits.append(clean(source.title))
    if source.source.url:
        bits.append(clean(source.source.url))
    elif source.source.name != source.name:
        bits.append(clean(source.source.name))
    bits.append(f"sha256 {source.source.sha256[:12]}")
    return " · ".join(bits)


def made_by(digest, options) -> str:
    return f"summarizer {digest.algorithm}, taxonomy {digest.taxonomy} · made by {generator(options)}"


def subject(digest) -> str:
    return clean(f"Digest of {len(digest.sources)} reports: shared facts, key points by category, quotes by speaker")


def keywords(digest) -> list[str]:
    return [clean(c.label) for c in digest.categories]
