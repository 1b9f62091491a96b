"""What the digest's human formats print: the brief's rules (display.py) over aligned groups.

An aligned group is one sentence: printed at most once, in the summary (tagged with
the categories it is a key point of) or under the category where it ranks highest;
a category names its points printed elsewhere. Points per category and quotes are
as many as a brief of the sources' distinct words would print, so a digest of two
reports of one event is about the size of one report's brief, not of both.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .. import display, standalone
from ..pipeline import Analysis
from .model import Entry, Item, Shown

Key = tuple[int, int]  # (source, sentence index)


def plan(
    analyses: Sequence[Analysis],
    group_of: dict[Key, int],
    importance: dict[Key, float],
    summary: Sequence[Item],
    category_ids: Sequence[str],
    key_points: Sequence[Sequence[Item]],
    quotes: Sequence[Item],
    quote_sentences: Sequence[Sequence[Key]],
    words: int,
) -> Shown:
    """`quote_sentences`: per quote, every sentence its reports span; `words`: the sources' distinct words."""

    def group(item: Item) -> int:
        return group_of[(item.cites[0].source, item.cites[0].index)]

    member: dict[int, list[str]] = {}
    for cid, points in zip(category_ids, key_points):
        for p in points:
            member.setdefault(group(p), []).append(cid)

    speaker_of = _speakers(analyses)
    printed_as: dict[int, Item] = {}
    entries = []
    for item in summary:
        first = item.cites[0]
        entries.append(Entry(item, tuple(member.get(group(item), ())), speaker_of(first.source, first.index)))
        printed_as[group(item)] = item

    printed = set(printed_as)
    placed, elsewhere = display.place_points(
        [[group(p) for p in points] for points in key_points], printed, display.points_cap(words)
    )
    shown_points = []
    for points, mine in zip(key_points, placed):
        by_group = {group(p): p for p in points}
        shown_points.append(tuple(Entry(by_group[g], tuple(category_ids[o] for o in others)) for g, others in mine))
        printed_as.update((g, by_group[g]) for g, _ in mine)

    def salience(q: Item) -> float:
        """As a summary item ranks: its best report's weight in its source, times 1 + log2 of its sources."""
        return max(importance[(c.source, c.index)] for c in q.cites) * (1.0 + math.log2(q.sources))

    candidates = [
        (q, q.speaker, q.text, salience(q))
        for q, keys in zip(quotes, quote_sentences)
        if not any(group_of[k] in printed for k in keys)
    ]
    chosen = display.salient_quotes(candidates, display.quotes_cap(words))
    in_summary = {group(item) for item in summary}
    return Shown(
        tuple(entries),
        tuple(shown_points),
        tuple(tuple(sorted((printed_as[g] for g in keys), key=_first_cite)) for keys in elsewhere),
        tuple(q for q in quotes if q in chosen),
        frozenset(p for points in key_points for p in points if group(p) in in_summary)
        | frozenset(q for q, keys in zip(quotes, quote_sentences) if any(group_of[k] in in_summary for k in keys)),
    )


def _speakers(analyses: Sequence[Analysis]) -> Callable[[int, int], str | None]:
    """Who speaks in a sentence that is mostly a quote and does not say (standalone.describe),
    worked out only for the sources a summary item is shown from."""
    known: dict[int, list[standalone.SentenceInfo]] = {}

    def speaker(source: int, index: int) -> str | None:
        if source not in known:
            a = analyses[source]
            known[source] = standalone.describe([s.text for s in a.sentences], a.found, a.language)
        return known[source][index].speaker

    return speaker


def _first_cite(item: Item) -> tuple[int, int]:
    """Where a reader looks an item up: its first cited source, then sentence."""
    return (item.cites[0].source, item.cites[0].index)
