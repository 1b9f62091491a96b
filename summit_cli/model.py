"""The one document model every reader produces and every writer renders."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """A paragraph or a heading as a reader found it."""

    text: str
    heading: bool = False


@dataclass(frozen=True)
class Article:
    """What a reader produces: raw blocks plus whatever metadata the source carried."""

    blocks: tuple[Block, ...]
    title: str | None = None
    source_name: str = "-"
    sha256: str = ""
    url: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class Sentence:
    index: int  # position in the cleaned article
    text: str
    paragraph: int  # index of the paragraph it came from
    section: str | None = None  # heading above it, if any


@dataclass(frozen=True)
class Scored:
    """A sentence chosen for the summary or a category, with why."""

    index: int
    text: str
    score: float
    cues: tuple[str, ...] = ()
    parts: tuple[tuple[str, float], ...] = ()  # score components, for --explain


@dataclass(frozen=True)
class Quote:
    index: int
    text: str
    speaker: str | None


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Stats:
    sentences: int
    words: int
    summary_sentences: int
    reading_minutes: float


@dataclass(frozen=True)
class Source:
    name: str
    sha256: str
    url: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class Bullet:
    """A summary sentence as the reader-facing formats print it, standing on its own."""

    item: Scored
    leads: tuple[Sentence, ...] = ()  # sentences right before it, taken along to resolve an opening reference
    speaker: str | None = None  # who speaks, when the sentence is mostly a quote that does not name them
    categories: tuple[str, ...] = ()  # ids of the (other) categories it is a key point of


@dataclass(frozen=True)
class Shown:
    """What Markdown, text, HTML, DOCX and PDF print: every article sentence at most once.

    JSON keeps the full analysis; this is the reader's selection from it.
    """

    bullets: tuple[Bullet, ...] = ()
    points: tuple[tuple[Bullet, ...], ...] = ()  # per category: its top points printed under it, article order
    elsewhere: tuple[tuple[int, ...], ...] = ()  # per category: indices of its points printed elsewhere
    quotes: tuple[Quote, ...] = ()  # the few quotes that matter, not already printed, article order


@dataclass(frozen=True)
class Brief:
    title: str
    source: Source
    stats: Stats
    summary: tuple[Scored, ...]
    categories: tuple[Category, ...]
    key_points: tuple[tuple[Scored, ...], ...]  # parallel to categories
    quotes: tuple[Quote, ...]
    title_quotes: tuple[Quote, ...] = ()  # the headline's (index quotes.HEADLINE), not quoted again below it
    algorithm: str = "default"
    taxonomy: str = "summit"
    off_topic: str | None = None  # why the article has no key points: not the taxonomy's subject
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)
    shown: Shown = field(default_factory=Shown, repr=False)
    language: str = "english"  # the article's, as given or detected
    # The brief's own headings in the article's language (--labels article), by key:
    # summary, key_points, quotes, empty, elsewhere, and the facts line and footer (sentences,
    # words, reading, compression, provenance, source, also, page). Empty: English.
    headings: dict = field(default_factory=dict, repr=False, compare=False)

    # How the article's language marks a quotation: «…» in Ukrainian and Russian.
    quote_marks: tuple[str, str] = ("“", "”")

    def heading(self, key: str, english: str) -> str:
        return self.headings.get(key, english)

    def quoted(self, text: str) -> str:
        return f"{self.quote_marks[0]}{text}{self.quote_marks[1]}"

    def points(self) -> list[tuple[Category, tuple[Scored, ...]]]:
        return list(zip(self.categories, self.key_points))
