"""The Digest: one brief across many sources, every item citing the sentences it stands for."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Category, Source


@dataclass(frozen=True)
class Cite:
    source: int  # position in Digest.sources, from 0
    index: int  # sentence index in that source's cleaned sentences, as in a brief


@dataclass(frozen=True)
class Item:
    """A sentence (or a quote) as its first cited source words it, and every source that says it."""

    text: str
    cites: tuple[Cite, ...]  # the source whose wording is shown comes first
    score: float = 0.0
    speaker: str | None = None  # quotes only
    parts: tuple[tuple[str, float], ...] = ()  # score components, for --explain
    cues: tuple[str, ...] = ()  # key points: the cues that fired in the shown sentence

    @property
    def sources(self) -> int:
        return len({c.source for c in self.cites})


@dataclass(frozen=True)
class Entry:
    """An item as the formats people read print it."""

    item: Item
    categories: tuple[str, ...] = ()  # ids of the (other) categories it is a key point of
    speaker: str | None = None  # a summary sentence that is mostly a quote not naming its speaker: who speaks


@dataclass(frozen=True)
class Shown:
    """What Markdown, text, HTML, DOCX and PDF print: every aligned group at most once,
    as much as fits the sources' length (display.py's rules for a brief). JSON keeps it all."""

    summary: tuple[Entry, ...] = ()
    points: tuple[tuple[Entry, ...], ...] = ()  # per category: its points printed under it
    elsewhere: tuple[tuple[Item, ...], ...] = ()  # per category: its points printed elsewhere, as printed there
    quotes: tuple[Item, ...] = ()  # the few that matter, not already printed, in the digest's order
    in_summary: frozenset[Item] = frozenset()  # key points and quotes whose sentence a summary item prints


@dataclass(frozen=True)
class DigestSource:
    source: Source
    name: str  # site, title or file name: how the source list names it
    label: str  # the short form citations use ("Reuters" in "[Reuters 3]"); unique in the digest
    title: str | None
    sentences: int
    words: int


@dataclass(frozen=True)
class Digest:
    title: str
    sources: tuple[DigestSource, ...]
    summary: tuple[Item, ...]
    categories: tuple[Category, ...]
    key_points: tuple[tuple[Item, ...], ...]  # parallel to categories
    quotes: tuple[Item, ...]  # grouped by speaker: one speaker's quotes are consecutive
    algorithm: str = "default"
    taxonomy: str = "summit"
    shown: Shown = field(default_factory=Shown, repr=False)

    def points(self) -> list[tuple[Category, tuple[Item, ...]]]:
        return list(zip(self.categories, self.key_points))

    def heading(self, key: str, english: str) -> str:
        """A digest of articles in several languages speaks English."""
        return english
