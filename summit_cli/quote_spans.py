"""Where quotations are: pairs of opening and closing marks in a text of sentences joined by
newlines, in straight or curly, double or single marks (mixed, as typed text mixes them, and
nested: `"… "нет" …"`); a text that ends inside a quote quotes to its end."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

MAX_SENTENCES = 6  # a quote longer than this is an unclosed mark, not a quote
STAND_IN_SENTENCES = 3  # a mark of another kind closes a quote only this near
MAX_NESTED = 3  # quotations within one quotation; more is a run of stray marks
MIN_RUN_ON = 5  # words an open quote needs to run on into the next paragraph's reopening
_OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}


def _is_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'‘":
        return not before.isalnum() and (after.isalpha() or after.isdigit())
    if ch == "“":
        return not _curly_closes(text, i)
    if ch == '"':
        # An opening mark stands before a word: `Putin."` at a line's end closes, never opens.
        # An ellipsis may open one: `"... Witkoff was received"`. At a sentence's start a mark
        # can only open, even with a space before its first word (`" Повертаємо додому …"`).
        if (before == "\n" or not i) and after == " ":
            return text[i + 2 : i + 3].isalpha()
        if before.isalpha() and after.isalpha():
            return not _inside_straight(text, i)
        return (
            not before.isalnum()
            and not after.isspace()
            and (after not in ",.;:!?)" or text.startswith("...", i + 1) and text[i + 4 : i + 5] in (" ", ""))
        )
    return True


def _curly_closes(text: str, i: int) -> bool:
    """A “ typed where ” belongs: right after a word or its punctuation and before a space
    ("“It ended with nothing,“ she said"), it closes a quote."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?…;:)") and not after.isalnum()


def _curly_opens(text: str, i: int) -> bool:
    """A ” typed where “ belongs: after a space and before a word ("something ”to be
    discussed.”"), it opens a quote."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in " \n(" and after.isalnum()


def _is_close(text: str, i: int, mark: str) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i else " "
    if mark in "'’":
        return not after.isalnum() and not before.isspace()
    if mark == '"':
        # `скажет "нет"`: a mark after a space and before a word opens a quote within the quote;
        # `the 'deadliest fraternity,' " Cohen said`: after a closing single mark and a space it closes.
        # `lives. " Zelenskyy wrote`: a space typed between the last word's stop and the mark;
        # `Кушнер ", - наголосив`: between the last word and the mark, punctuation after it.
        if before.isalpha() and after.isalpha():
            return _inside_straight(text, i)
        spaced = text[i - 2 : i] in ("' ", "’ ", ". ", ", ", "! ", "? ") or before == " " and after in ",.;:!?"
        return (not before.isspace() or spaced) and not after.isalnum()
    return True


def _inside_straight(text: str, i: int) -> bool:
    """Whether a straight mark typed between two letters (`he added that"it must …`, `ended"and`)
    stands inside a quote, by the straight marks before it in its paragraph: an odd number
    opened one that it closes, an even number left none open, so it opens."""
    start = text.rfind("\n", 0, i) + 1
    return text.count('"', start, i) % 2 == 1


_MARK = re.compile("[\n" + re.escape("".join(sorted(set(_OPEN_CLOSE) | set(_OPEN_CLOSE.values())))) + "]")
# Marks a quote may close with when its own never comes: typed text mixes curly and straight
# marks (“…" and "…”, "…»).
_STAND_IN = {"“": ('"',), '"': ("”", "»")}
# A second closing mark of an opener's own: „…” (Polish, Romanian, Hungarian typing) as well as „…“.
_ALSO_CLOSES = {"„": "”"}
# Openers that nest: a quotation inside a quotation in the same marks (`«… «…» …»`, `"… "…" …"`).
_NESTING = {"«", '"'}


def spans(text: str) -> list[tuple[int, int]]:
    """(opening, closing) character positions of quotes in the sentences joined by newlines.

    An opening mark closes at the first closing mark after it (past the closing marks of
    quotations nested in it), unless MAX_SENTENCES sentence breaks (or, for “, a new “)
    come first; with no closing mark of its own in reach, it closes at its stand-in's.
    Each of those is looked up by bisection in precomputed lists, so a long run of marks
    that never close (« « « …) costs linear time instead of a scan to the end of the text
    from every one of them."""
    marks = [m.start() for m in _MARK.finditer(text)]
    breaks, curly_opens = [], []
    closes: dict[str, list[int]] = {c: [] for c in set(_OPEN_CLOSE.values())}
    opens: dict[str, list[int]] = {c: [] for c in _NESTING}
    for k, i in enumerate(marks):
        c = text[i]
        if c == "\n":
            breaks.append(k)
        if c == "“":
            if _curly_closes(text, i):
                closes["”"].append(k)
            else:
                curly_opens.append(k)
        if c == "”" and _curly_opens(text, i):
            curly_opens.append(k)
            continue
        if c in opens and _is_open(text, i):
            opens[c].append(k)
        if c in closes and _is_close(text, i, c):
            closes[c].append(k)
    # Apostrophes aside; a ‘ that opens a line opens a quote (`‘They can meet as many tim`, cut short).
    last_mark = max(
        (k for k, i in enumerate(marks) if text[i] not in "\n'‘’" or text[i] == "‘" and (not i or text[i - 1] == "\n")),
        default=-1,
    )
    out = []
    k = 0
    while k < len(marks):
        i = marks[k]
        ch = "“" if text[i] == "”" and _curly_opens(text, i) else text[i]
        if ch in _OPEN_CLOSE and _is_open(text, i):
            b = bisect_right(breaks, k)
            sentence_end = breaks[b] if b < len(breaks) else len(marks)
            near = breaks[b + STAND_IN_SENTENCES - 1] if b + STAND_IN_SENTENCES - 1 < len(breaks) else len(marks)
            b += MAX_SENTENCES - 1
            limit = breaks[b] if b < len(breaks) else len(marks)
            reopened = False
            nested_in = opens.get(ch)
            # The next opening mark of the same kind: in the same sentence, a quotation within
            # this one (“… “добре пропрацьована””); in a later one, the same speech opened again,
            # so this one was never closed (a straight mark only when it opens that sentence and
            # nothing closed before it: `"We are used to drones.` then `"We live on …"`).
            following = curly_opens if ch == "“" else opens['"'] if ch == '"' else []
            o = bisect_right(following, k)
            nxt = following[o] if o < len(following) else len(marks)
            if nxt < sentence_end and ch == "“":
                nested_in = curly_opens
            elif sentence_end < nxt < limit and (
                ch == "“"
                or text[marks[nxt] - 1] == "\n"
                and bisect_right(closes['"'], k) == bisect_left(closes['"'], nxt)
            ):
                limit, reopened = nxt, True
            end = _closing(k, limit, closes[_OPEN_CLOSE[ch]], nested_in, sentence_end)
            if ch in _ALSO_CLOSES:
                # „…” as „…“: whichever of its closing marks comes first
                also = _closing(k, limit, closes[_ALSO_CLOSES[ch]], None, sentence_end)
                end = min((e for e in (end, also) if e is not None), default=None)
            if ch == "“" and end is not None:
                end = _stand_in_first(k, end, closes['"'], opens['"'])
            elif ch == '"' and end is not None:
                end = _stand_in_first(k, end, closes["”"], curly_opens)
            for stand_in in _STAND_IN.get(ch, ()):
                if end is None:
                    end = _closing(k, min(limit, near), closes[stand_in], None)
            if end is None and reopened:
                end = _unclosed_end(text, k, limit, marks, breaks)
            if end is None and not (limit == len(marks) and k == last_mark):
                end = _sentence_quoted(text, k, sentence_end, marks)
            if end is not None:
                out.append((i, marks[end]))
                k = end
            elif limit == len(marks) and k == last_mark:
                # The text ends inside the quote (a page cut short): it runs to the end.
                out.append((i, len(text)))
                break
        k += 1
    return out


def _unclosed_end(text: str, k: int, limit: int, marks: list[int], breaks: list[int]) -> int | None:
    """Where a quote whose closing mark was left out ends: `Costa added, “It is clear.` then a
    sentence that opens a quote of its own; the quote ran to the end of its sentence. Only a
    quote a speaker introduces (after a comma or a colon) that ends a sentence."""
    b = bisect_right(breaks, k)
    if b >= len(breaks) or breaks[b] >= limit:
        return None
    if marks[k] == 0 or text[marks[k] - 1] == "\n":
        # A paragraph of speech that opens with its mark and leaves it open, because the
        # next paragraph opens the same speech again: it runs up to that reopening.
        b = bisect_right(breaks, limit) - 1
        return breaks[b] if text[marks[breaks[b]] - 1] in ".!?…" else None
    end = marks[breaks[b]]
    if text[end - 1] not in ".!?…":
        return None
    # Introduced by a speaker (after a comma or a colon), or a reported sentence whose quoted
    # words run on into the next paragraph, which opens the same speech again (`said that the
    # guarantees “may include peacekeepers.` then `“Ireland is open to …`): a scare quote left
    # open is a word or two, not a clause.
    introduced = re.search(r"[,:]\s*$", text[max(0, marks[k] - 3) : marks[k]])
    runs_on = limit < len(marks) and marks[limit] == end + 1 and len(text[marks[k] : end].split()) >= MIN_RUN_ON
    return breaks[b] if introduced or runs_on else None


def _stand_in_first(k: int, end: int, other_closes: list[int], other_opens: list[int]) -> int:
    """Where the quote opened by mark k closes, given its own closing mark `end`: a closing
    mark of the other kind (straight for curly, curly for straight) that comes first, with no
    mark of that kind opened since, closes it (`“We are being destroyed…?" Lidiia Odyntsova
    said`, `"Pressure must be exerted on the aggressor.” Then “…," he said`)."""
    s = bisect_right(other_closes, k)
    if s < len(other_closes) and other_closes[s] < end:
        if bisect_right(other_opens, k) == bisect_left(other_opens, other_closes[s]):
            return other_closes[s]
    return end


def _sentence_quoted(text: str, k: int, sentence_end: int, marks: list[int]) -> int | None:
    """A sentence that opens with a quotation mark that never closes (`“Очікування таке, що …`
    and a paragraph of speech with no closing mark): the quote is at least that sentence."""
    i = marks[k]
    if (i and text[i - 1] != "\n") or sentence_end >= len(marks) or text[i] not in '“"«„':
        return None
    end = marks[sentence_end]
    if any(text[j] in '”"»“' for j in marks[k + 1 : sentence_end]):
        return None  # another mark in the sentence: a pair typed wrong (`"I make my way,"she says.`)
    return sentence_end if text[end - 1] in ".!?…" else None


def _closing(
    k: int, limit: int, closes: list[int], opens: list[int] | None, sentence_end: int | None = None
) -> int | None:
    """The mark (by its number) that closes the quote opened by mark k before mark limit:
    the first closing mark, or, when quotations open within it, the one past theirs; when
    that one never comes, the last one before `sentence_end` past a quotation within."""
    first = c = bisect_right(closes, k)
    for _ in range(MAX_NESTED + 1):
        if c >= len(closes) or closes[c] >= limit:
            # `"Позиция такая — "стоим, где стоим", — озвучил`: one mark closes the quotation
            # within and this one, as typed text often has it.
            if opens is None or sentence_end is None:
                return None
            reach = bisect_left(closes, min(limit, sentence_end)) - 1
            return (
                closes[reach]
                if reach >= first and bisect_right(opens, closes[reach]) > bisect_right(opens, k)
                else None
            )
        nested = bisect_right(opens, closes[c]) - bisect_right(opens, k) if opens else 0
        done = c - bisect_right(closes, k)  # closing marks passed so far
        if nested <= done:
            return closes[c]
        c = bisect_right(closes, k) + nested
    return None
