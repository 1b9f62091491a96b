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


def _quotes(brief):
    """The quotes as index, text and speaker (the layout's own fields aside)."""
    return [{k: q[k] for k in ("index", "text", "speaker")} for q in brief["quotes"]]


def test_according_to_after_a_quote_names_its_speaker(port_brief):
    assert {"text": "We will not give up the northern channel", "speaker": "Ana Ruiz", "index": 0} in _quotes(
        port_brief
    )


def test_straight_double_quotes_inside_a_sentence_open_and_close_a_quote(port_brief):
    quote = [q for q in _quotes(port_brief) if q["index"] == 3]
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


SPEAKERS = """Channel talks
Mayor Ana Ruiz arrived first and said that Ruiz's team would stay.
"We will reopen the channel before spring," she said.
"We stay in Valport," said Tomas Brandt, and "we go home," said Ana Ruiz.
"It is over for this week," she added.
The boats stayed in the harbour all week.
"""


def test_he_or_she_is_the_person_named_before_or_the_last_speaker(run, tmp_path):
    article = tmp_path / "speakers.txt"
    article.write_text(SPEAKERS, encoding="utf-8")
    quotes = json.loads(run("brief", article, "-f", "json").stdout)["quotes"]
    assert [(q["index"], q["speaker"]) for q in quotes] == [
        (1, "Ana Ruiz"),  # "she": the one person (Ana Ruiz, then Ruiz) in the sentence before
        (2, "Tomas Brandt"),
        (2, "Ana Ruiz"),
        (3, "Ana Ruiz"),  # "she": the last speaker of the sentence before, not the first
    ]


def test_a_sentence_of_stop_words_only_still_gets_a_brief(run, tmp_path):
    article = tmp_path / "stop.txt"
    article.write_text(
        "Port reopens\nThe port reopened on Monday after the storm.\nIt is what it is.\n"
        "Boats left the harbour at dawn.\n",
        encoding="utf-8",
    )
    result = run("brief", article, "-f", "json", "--ratio", "1")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["stats"]["summary_sentences"] == 3


def test_the_title_part_is_a_cosine_times_its_weight(run, tmp_path):
    """--explain: a sentence with every headline word scores the whole title weight; none scores more."""
    from summit_cli.rank.news import PARAMS

    article = tmp_path / "title.txt"
    article.write_text(
        "Port workers back port deal\nThe talks ran late.\nPort workers back the deal.\n"
        "Port workers back port deal, again and again, port after port.\nBoats left the harbour at dawn.\n",
        encoding="utf-8",
    )
    summary = json.loads(run("brief", article, "-f", "json", "--explain", "--ratio", "1").stdout)["summary"]
    titles = {s["index"]: s["parts"]["title"] for s in summary}
    assert titles[1] == pytest.approx(PARAMS["w_title"], abs=0.001)
    assert titles[0] == titles[3] == 0
    assert 0 < titles[2] <= PARAMS["w_title"]


def test_the_source_lists_only_what_the_input_had(run, tmp_path):
    from ingest_pages import SITE, article_page

    text = json.loads(run("brief", SEED, "-f", "json").stdout)["source"]
    assert set(text) == {"name", "sha256"}
    page = tmp_path / "page.html"
    page.write_text(article_page(), encoding="utf-8")
    html = json.loads(run("brief", page, "-f", "json").stdout)["source"]
    assert html["site"] == SITE and all(html.values())


def test_batch_briefs_are_named_with_each_formats_usual_extension(run, tmp_path):
    from summit_cli import render

    for fmt in ("markdown", "text", "html", "json"):
        out = tmp_path / fmt
        assert run("brief", SEED, "--out-dir", out, "-f", fmt, "-j", "1", "-q").exit_code == 0
        assert (out / (SEED.stem + render.FORMATS[fmt][1][0])).exists(), sorted(p.name for p in out.iterdir())
    assert [render.FORMATS[f][1][0] for f in ("markdown", "text", "html")] == [".md", ".txt", ".html"]


def test_html_sections_are_closed_and_docx_body_text_is_11_point(run, tmp_path):
    import io

    import docx

    html = run("brief", SEED, "-f", "html").stdout
    assert html.count("<section") == html.count("</section>") > 2
    data = run("brief", SEED, "-f", "docx", "-o", tmp_path / "b.docx")
    assert data.exit_code == 0
    document = docx.Document(io.BytesIO((tmp_path / "b.docx").read_bytes()))
    assert document.styles["Normal"].font.size.pt == 11


EDGES = """Harbour vote
Yes.
No.
Boats boats boats left the harbour harbour at dawn.
The vote on the harbour fees passed late on Monday.
Fees rise.
The mayor said the fees would pay for the new harbour wall and the dredging of the channel.
Dredging starts in May.
Yes.
"""


@pytest.mark.parametrize("name", ["lexrank", "textrank", "reduction"])
def test_graph_rankers_match_sumy_on_one_word_and_repeated_word_sentences(name):
    from summit_cli.ingest import text as reader
    from summit_cli.pipeline import sentences_of
    from summit_cli.rank import Budget, Doc, graph, select, sumy_algos

    sentences = sentences_of(reader.read(EDGES.encode(), "edges.txt"))
    doc = Doc(tuple(s.text for s in sentences), tuple(s.paragraph for s in sentences), None, "english")
    ours, sumys = graph.rank(doc, name), sumy_algos.rank(doc, name)
    assert ours.scores == pytest.approx(sumys.scores, rel=1e-6, abs=1e-9)
    ones = [1] * len(sentences)
    for k in range(1, len(sentences)):
        assert select(ours, ones, Budget(sentences=k)) == select(sumys, ones, Budget(sentences=k)), k


@pytest.mark.parametrize("quote", ['"We will return,"', "“We will return,”", "«We will return,»", "'We will return,'"])
def test_a_quote_opening_after_a_full_stop_starts_a_sentence(quote):
    from summit_cli.text.split import split_sentences

    text = f"The talks ended on Monday. {quote} the envoy said."
    assert split_sentences(text) == ["The talks ended on Monday.", f"{quote} the envoy said."]


def test_json_key_points_carry_the_cues_that_fired(run):
    points = [p for ps in json.loads(run("brief", SEED, "-f", "json").stdout)["key_points"].values() for p in ps]
    assert points and all(p["cues"] and all(isinstance(c, str) and c for c in p["cues"]) for p in points)


def test_the_facts_line_says_how_much_of_the_article_the_summary_keeps(run):
    import re

    def kept(*args):
        shown = run("brief", SEED, *args).stdout
        return int(re.search(r"summary (\d+)% of the article", shown).group(1))

    assert 0 < kept("-n", "2") < kept("-n", "8") < 100 == kept("--ratio", "1")


def test_a_one_page_pdf_opens_with_its_bookmarks(run, tmp_path):
    import pypdf

    from conftest import FIXTURES

    out = tmp_path / "brief.pdf"
    assert run("brief", FIXTURES / "web_wire.txt", "-n", "1", "-o", out).exit_code == 0
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1 and reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
