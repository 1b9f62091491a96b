"""What a reader of a brief relies on, checked where one-line changes to the core used to pass unseen."""

import re

import pytest

from conftest import FIXTURES, SEED, brief_json

ARTICLES = [SEED, FIXTURES / "kp_transit_strike.txt", FIXTURES / "kp_minerals_deal.txt"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_the_default_ranker_favours_what_news_puts_first(run, path):
    """--explain shows a position part that is larger the earlier the sentence: the lead matters."""
    brief = brief_json(run, path, "--explain", "--ratio", "1")
    parts = [(s["index"], s["parts"]["position"]) for s in brief["summary"]]
    assert len(parts) == brief["stats"]["sentences"] > 3
    positions = [p for _, p in sorted(parts)]
    assert positions[0] > 0 and all(a > b for a, b in zip(positions, positions[1:])), positions
    # and it decides: the lead sentence of a news article is in its 3-sentence summary
    assert 0 in [s["index"] for s in brief_json(run, path, "-n", "3")["summary"]]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_every_key_point_and_quote_carries_its_sentence_number(run, fmt):
    """The footer says numbers in brackets are sentence numbers: each point and quote shows its own."""
    brief = brief_json(run, SEED)
    shown = run("brief", SEED, "-f", fmt).stdout
    assert "sentence numbers" in shown
    # Every item the reader formats print (each sentence once: in the summary, or under one category).
    items = [p for points in brief["key_points"].values() for p in points if p["shown"] or p["in_summary"]]
    items += [q for q in brief["quotes"] if q["shown"]]
    assert len(items) > 5
    for item in items:
        words = re.findall(r"[A-Za-z]{4,}", item["text"])[:6]
        lines = [ln for ln in shown.splitlines() if all(w in ln for w in words)]
        assert lines, item["text"]
        n = item["index"] + 1  # "[7]", or within a range "[6–7]" when a lead-in is printed with it
        assert any(re.search(rf"\[(?:\d+–)?{n}(?:–\d+)?\]", ln) for ln in lines), (item["index"], lines)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_sentence_printed_with_its_lead_in_carries_one_range_of_numbers(run, fmt):
    """ "It also wants ..." needs the sentence before it: both print as one bullet numbered "[5–6]"."""
    article = FIXTURES / "kp_explainer.txt"
    led = [s for s in brief_json(run, article)["summary"] if s.get("leads")]
    assert led
    shown = run("brief", article, "-f", fmt).stdout
    for s in led:
        first = min(lead["index"] for lead in s["leads"])
        assert f"[{first + 1}–{s['index'] + 1}]" in shown, s


@pytest.mark.parametrize("fmt,tag", [("markdown", r"\] · \*(.+)\*$"), ("text", r"\] \((.+)\)$")])
def test_a_key_points_tag_says_also_for_the_other_categories_it_belongs_to(run, fmt, tag):
    """In the summary a tag names a sentence's categories; under a category, the others are "also" ones."""
    shown = run("brief", SEED, "-f", fmt).stdout
    summary, points = shown.split("Key points", 1)
    points = points.split("Quotes", 1)[0]
    in_summary = [m.group(1) for ln in summary.splitlines() if (m := re.search(tag, ln))]
    under_categories = [m.group(1) for ln in points.splitlines() if (m := re.search(tag, ln))]
    assert in_summary and not any(t.startswith("also ") for t in in_summary)
    assert under_categories and all(t.startswith("also ") for t in under_categories), under_categories
