"""What every reader-facing writer (text, HTML, DOCX, PDF) says the same way.

The wording of the facts line, the provenance note and the empty-category line
lives here once, so the formats cannot drift apart; each writer only decides how
it looks.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone

from .. import __version__
from ..errors import UsageError
from ..text.tokens import words

# XML 1.0 forbids C0 controls other than tab/newline/return, lone surrogates and
# U+FFFE/U+FFFF; python-docx raises on them and reportlab's parser trips on them.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

# Without SOURCE_DATE_EPOCH documents carry this fixed date (reportlab's own
# invariant date), so identical input gives identical bytes.
FIXED_EPOCH = 946684800  # 2000-01-01T00:00:00Z

EMPTY_CATEGORY = "Nothing in this article."
PROVENANCE = (
    "Numbers in brackets are sentence numbers in the cleaned article, "
    "counting from 1, so each point can be found in the source."
)


def clean(text: str) -> str:
    """Text with the characters that XML (and so DOCX, HTML, PDF markup) forbids removed."""
    return _FORBIDDEN.sub("", text)


def build_time() -> datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else the fixed epoch.

    A malformed value is refused, as the reproducible-builds spec asks, rather than
    silently replaced: the caller meant to pin the date.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return datetime.fromtimestamp(FIXED_EPOCH, tz=timezone.utc)
    try:
        if not raw.isdigit():
            raise ValueError
        return datetime.fromtimestamp(int(raw), tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '{raw}'") from None


def generator(options) -> str:
    return f"{options.generator} {__version__}"


def compression(brief) -> float:
    """Summary words over article words: how much of the article the summary keeps."""
    if not brief.stats.words:
        return 0.0
    return sum(len(words(s.text)) for s in brief.summary) / brief.stats.words


def facts(brief) -> list[str]:
    s = brief.stats
    bits = [clean(brief.source.site or brief.source.name)]
    if brief.source.author:
        bits.append(clean(brief.source.author))
    if brief.source.date:
        bits.append(clean(brief.source.date))
    bits += [
        brief.heading("sentences", "{n} sentences").format(n=s.sentences),
        brief.heading("words", "{n} words").format(n=s.words),
        brief.heading("reading", "{minutes:g} min read").format(minutes=s.reading_minutes),
        brief.heading("compression", "summary {share:.0%} of the article").format(share=compression(brief)),
    ] + ([clean(brief.off_topic)] if brief.off_topic else [])
    return bits


def facts_line(brief) -> str:
    return " · ".join(facts(brief))


def ref(index: int) -> str:
    """The 1-based sentence number a reader sees for a 0-based index."""
    return f"[{index + 1}]"


def refs(indices) -> str:
    """Sentence numbers for one printed item: "[5]", or "[4–5]" for a lead-in and its sentence."""
    indices = sorted(indices)
    if len(indices) > 1 and indices[-1] - indices[0] == len(indices) - 1:
        return f"[{indices[0] + 1}–{indices[-1] + 1}]"
    return " ".join(ref(i) for i in indices)


def bullet_text(bullet) -> str:
    """A summary or key-point bullet's words: its lead-in sentence, if any, then the sentence."""
    text = " ".join([s.text for s in bullet.leads] + [bullet.item.text])
    return clean(text)


def bullet_refs(bullet) -> str:
    return refs([s.index for s in bullet.leads] + [bullet.item.index])


def labels(brief, ids) -> list[str]:
    by_id = {c.id: c.label for c in brief.categories}
    return [clean(by_id[i]) for i in ids if i in by_id]


def tag(brief, bullet, also: bool) -> str:
    """The categories a bullet belongs to, as a short tag ("Objectives, Concessions")."""
    names = labels(brief, bullet.categories)
    if not names:
        return ""
    return (brief.heading("also", "also") + " " if also else "") + ", ".join(names)


ELSEWHERE = "Also in this category: {refs}, printed elsewhere in this brief."


def elsewhere_line(brief, indices) -> str:
    """The points of a category printed under another heading, by number (in the brief's language)."""
    return brief.heading("elsewhere", ELSEWHERE).format(refs=", ".join(ref(i) for i in indices))


# How the default ranker's score parts read to someone who never saw the code.
_PARTS = {
    "centrality": "shares the article's main words",
    "position": "early in the article",
    "title": "close to the headline",
    "redundancy": "repeats a sentence picked before",
}


def _cue(label: str) -> str:
    if label.startswith("continues:") and label[10:].isdigit():
        return f"follows on from sentence {int(label[10:]) + 1}"
    if label.startswith("quote:"):
        return f"quotes someone on the {label[6:]} side"
    counter = label.startswith("-")
    words = label.lstrip("-").replace("*", "…")
    return f"against: “{words}”" if counter else f"“{words}”"


def key_point_sections(brief) -> list:
    """Each category with its points, those printed under it and those printed elsewhere;
    none for an article off the taxonomy's subject, whose facts line says so once."""
    if brief.off_topic:
        return []
    return list(zip(brief.points(), brief.shown.points, brief.shown.elsewhere))


def _by_sources(parts) -> str:
    """A digest item's score is its best source's score times 1 + log2 of its sources:
    a product, so it is written as one."""
    named = dict(parts)
    n = int(named.pop("sources"))
    what, value = next(iter(named.items()))
    what = "importance in its source" if what == "importance" else what
    return f" = {what} {value:.2f} × (1 + log2 {n}), from {n} source{'' if n == 1 else 's'}"


def explain(item) -> str:
    """Why a sentence was chosen, for --explain, in words: the score and what made it up."""
    cues = getattr(item, "cues", ())
    digest = any(k == "sources" for k, _ in item.parts)
    if cues:
        said = [_cue(c) for c in cues]
        plain = [c for c in said if c.startswith("“")]
        rest = [c for c in said if not c.startswith("“")]
        bits = (["matched " + ", ".join(plain)] if plain else []) + rest
        how = _by_sources(item.parts) if digest else ""
        return f"Why: category score {item.score:.2f}{how}; " + "; ".join(bits) + "."
    if digest:
        return f"Why: summary score {item.score:.2f}{_by_sources(item.parts)}."
    if item.parts:
        parts = [f"{_PARTS.get(k, k)} {v:+.2f}" for k, v in item.parts if round(v, 2) != 0]
        return f"Why: summary score {item.score:.2f}" + (" = " + ", ".join(parts) if parts else "") + "."
    return f"Why: summary score {item.score:.2f} from the summarizer."


def bullet_explain(bullet) -> str:
    """explain() for a bullet, saying why a lead-in sentence is printed with it."""
    why = explain(bullet.item)
    if bullet.leads:
        first, last = bullet.leads[0].index + 1, bullet.leads[-1].index + 1
        if first == last:
            why += f" Sentence {first} is printed with it: it refers back to it."
        else:
            why += f" Sentences {first}-{last} are printed with it: it refers back to them."
    return why


def provenance(brief) -> str:
    return brief.heading("provenance", PROVENANCE)


def source_line(brief, options) -> str:
    where = brief.source.url or brief.source.name
    return (
        f"{brief.heading('source', 'Source')}: {clean(where)} · sha256 {brief.source.sha256[:12]} · "
        f"summarizer {brief.algorithm}, taxonomy {brief.taxonomy} · made by {generator(options)}"
    )


def subject(brief) -> str:
    return clean(f"News brief of {brief.source.site or brief.source.name}: summary, key points by category, quotes")


def keywords(brief) -> list[str]:
    return [clean(c.label) for c in brief.categories]


def short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
