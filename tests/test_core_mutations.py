"""Behaviours of the core that one-line changes broke without any test noticing.

Each test was written against a mutant of benchmarks/mutation.py that survived the
suite: it names what a reader or a taxonomy author would see go wrong.
"""

import json

import pytest

from conftest import SEED

PORT = """Port talks resume in Valport
"We will not give up the northern channel," according to Mayor Ana Ruiz.
The rival delegation offered to share the channel on alternate days.
In response, Kyiv rejected the proposal and said the talks were over.
Fishermen said "the boats must go back to sea" before the spring season.
"""

PHRASES = """name = "phrases"

[[category]]
id = "sanctions"
label = "Sanctions"
description = "Sanctions lifted"
[category.cues]
"lift sanctions" = 1.0
"""


@pytest.fixture
def port_brief(run, tmp_path):
    path = tmp_path / "port.txt"
    path.write_text(PORT, encoding="utf-8")
    result = run("brief", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_according_to_after_a_quote_names_its_speaker(port_brief):
    assert {"text": "We will not give up the northern channel", "speaker": "Ana Ruiz", "index": 0} in port_brief[
        "quotes"
    ]


def test_straight_double_quotes_inside_a_sentence_open_and_close_a_quote(port_brief):
    quote = [q for q in port_brief["quotes"] if q["index"] == 3]
    assert quote == [{"index": 3, "text": "the boats must go back to sea", "speaker": "Fishermen"}]


def test_an_actor_after_a_comma_that_ends_an_opening_phrase_is_the_agent(port_brief):
    """ "In response, Kyiv rejected": Kyiv is not the object of "In"; its reaction counts."""
    reactions = [p["text"] for p in port_brief["key_points"]["ukrainian_reactions"]]
    assert any(t.startswith("In response, Kyiv rejected") for t in reactions)


@pytest.mark.parametrize(
    "sentence,found",
    [
        ("The council voted to lift sanctions on the port.", True),
        ("The council voted to lift the new sanctions.", True),  # two words between: within the gap
        ("The council voted to lift the harbour fees and keep the sanctions.", False),
        ("Sanctions remain; the council voted to lift nothing.", False),
    ],
)
def test_phrase_cues_match_with_a_small_gap_and_in_order(run, tmp_path, sentence, found):
    taxonomy = tmp_path / "phrases.toml"
    taxonomy.write_text(PHRASES, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(f"Council meets\nThe meeting began at noon.\n{sentence}\nIt ended at six.\n", encoding="utf-8")
    result = run("brief", article, "-f", "json", "--taxonomy", taxonomy)
    assert result.exit_code == 0, result.stderr
    points = [p["text"] for p in json.loads(result.stdout)["key_points"]["sanctions"]]
    assert (points == [sentence]) is found, points


def test_a_category_that_is_not_a_table_is_an_error_on_its_line(run, tmp_path):
    taxonomy = tmp_path / "flat.toml"
    taxonomy.write_text('name = "flat"\n\ncategory = "objectives"\n', encoding="utf-8")
    result = run("taxonomy", "check", taxonomy)
    assert result.exit_code == 2 and "line 3" in result.stderr and "[[category]]" in result.stderr


def test_seed_quotes_keep_their_speakers(run):
    quotes = json.loads(run("brief", SEED, "-f", "json").stdout)["quotes"]
    assert quotes and all(q["text"] and q["index"] >= 0 for q in quotes)
    assert sum(1 for q in quotes if q["speaker"]) >= len(quotes) // 2


def test_a_straight_double_quote_after_a_letter_or_digit_does_not_open_a_quote(run, tmp_path):
    """An inch mark (6'2") is no quotation mark: the quote is what the captain's words are."""
    article = tmp_path / "inch.txt"
    article.write_text(
        "Harbour news\n"
        'The 6\'2" captain told the crew "we will sail at dawn whatever the weather" on Monday.\n'
        "The boats left at six.\n",
        encoding="utf-8",
    )
    quotes = json.loads(run("brief", article, "-f", "json").stdout)["quotes"]
    assert [q["text"] for q in quotes] == ["we will sail at dawn whatever the weather"]
