"""The rankers and length budgets, as a user of `summit brief` sees them."""

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES, SEED, summit
from summit_cli.errors import UsageError
from summit_cli.rank import ALGORITHMS, Budget, Doc, rank, select
from summit_cli.text.tokens import LANGUAGES, content_stems, words

HARBOUR = FIXTURES / "harbour_talks.txt"


def _doc(sentences, title=None, language="english"):
    return Doc(tuple(sentences), tuple(range(len(sentences))), title, language)


def test_explain_shows_the_score_parts_of_every_summary_sentence(run):
    result = run("brief", SEED, "--explain", "-f", "json", "-n", "4")
    summary = json.loads(result.stdout)["summary"]
    assert len(summary) == 4
    for item in summary:
        assert set(item["parts"]) == {"centrality", "position", "title", "redundancy"}
        assert item["score"] == pytest.approx(sum(item["parts"].values()), abs=2e-3)
    markdown = run("brief", SEED, "--explain", "-n", "2").stdout
    assert markdown.count("\n  *Why: summary score ") == 2
    assert "shares the article's main words" in markdown and "early in the article" in markdown


def test_default_drops_a_sentence_that_repeats_one_already_chosen():
    lead = "Storms closed the northern harbour on Monday and left forty fishing boats stranded at sea."
    sentences = [
        lead,
        lead.replace("Monday", "Monday morning"),
        "Rescue crews reached the boats by nightfall and towed them back to port.",
        "The harbour master said the channel would reopen once the storm had passed.",
        "Fishermen said the closure would cost them a week of income.",
    ]
    chosen = select(rank("default", _doc(sentences)), [len(words(s)) for s in sentences], Budget(sentences=2))
    assert 0 in chosen and 1 not in chosen


def test_default_prefers_the_central_sentence_over_a_digression():
    sentences = [
        "The city council approved the new tram line after a long debate.",
        "My grandmother once kept bees in the garden behind her cottage.",
        "The tram line will link the station, the hospital and the university.",
        "Council members said the tram line would cut traffic in the city centre.",
        "Work on the tram line starts next spring and should take two years.",
    ]
    scores = rank("default", _doc(sentences, title="Council approves tram line")).scores
    assert scores[1] == min(scores)


def test_headline_words_raise_a_sentence(run_json):
    sentences = [
        "Officials met on Monday.",
        "The budget for schools will rise by a tenth next year.",
        "Roads will get less money.",
        "Parks keep the same amount.",
    ]
    plain = rank("default", _doc(sentences)).scores
    titled = rank("default", _doc(sentences, title="School budget to rise")).scores
    assert titled[1] - plain[1] > max(titled[i] - plain[i] for i in (0, 2, 3))


def test_word_budget_is_never_exceeded_and_never_cuts_a_sentence(run_json):
    article = set(s["text"] for s in run_json(SEED, "-n", "100")["summary"])
    for budget in (15, 40, 120):
        summary = run_json(SEED, "--words", budget)["summary"]
        assert summary and sum(len(words(s["text"])) for s in summary) <= budget
        assert all(s["text"] in article for s in summary)
        assert [s["index"] for s in summary] == sorted(s["index"] for s in summary)


def test_ratio_budget_takes_a_share_of_the_sentences(run_json):
    total = run_json(SEED)["stats"]["sentences"]
    for ratio in (0.1, 0.5):
        assert len(run_json(SEED, "--ratio", ratio)["summary"]) == max(1, round(total * ratio))
    # a share that rounds to no sentence still gives a summary of one
    assert round(total * 0.01) == 0 and len(run_json(SEED, "--ratio", 0.01)["summary"]) == 1


def test_budgets_are_mutually_exclusive(run):
    result = run("brief", SEED, "--words", "50", "-n", "3")
    assert result.exit_code != 0 and "mutually exclusive" in result.stderr


def test_every_algorithm_keeps_document_order_and_budget(run_json):
    for name in ALGORITHMS:
        summary = run_json(HARBOUR, "-a", name, "--words", "40")["summary"]
        idx = [s["index"] for s in summary]
        assert idx == sorted(idx) and sum(len(words(s["text"])) for s in summary) <= 40, name


def test_edmundson_uses_the_headline_as_bonus_words():
    sentences = [
        "Officials met on Monday in the old town hall.",
        "The weather was cold and grey.",
        "Lighthouse repairs will start in May, the council said.",
        "Traffic was light.",
    ]
    plain = rank("edmundson", _doc(sentences)).scores
    titled = rank("edmundson", _doc(sentences, title="Lighthouse repairs to start")).scores
    assert titled[2] > plain[2]


def test_default_path_never_imports_nltk():
    code = (
        "import sys; from summit_cli.cli import main; sys.argv=['summit','brief',%r,'-f','json'];"
        "\ntry: main()\nexcept SystemExit: pass\nassert not [m for m in sys.modules if m.startswith(('nltk', 'sumy.nlp', 'sumy.summarizers'))]"
        % str(SEED)
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["summary"]


def test_language_switches_stop_words_and_stemmer():
    assert content_stems("Die Katzen und die Hunde spielten", "german") == ["katz", "hund", "spielt"]
    assert content_stems("Les enfants jouaient dans les jardins", "french")[:1] == ["enfant"]
    assert {"english", "german", "french", "spanish"} <= set(LANGUAGES)


def test_german_article_is_summarised(tmp_path):
    text = (
        "Stadtrat beschließt neue Straßenbahn\n"
        "Der Stadtrat hat am Montag nach langer Debatte eine neue Straßenbahnlinie beschlossen.\n"
        "Die Linie soll den Bahnhof mit dem Krankenhaus und der Universität verbinden.\n"
        "Die Bauarbeiten an der Straßenbahn beginnen im Frühjahr und dauern zwei Jahre.\n"
        "Meine Großmutter hielt früher Bienen im Garten.\n"
    )
    path = tmp_path / "de.txt"
    path.write_text(text, encoding="utf-8")
    out = summit("brief", path, "--language", "german", "-n", "2", "-f", "json")
    assert out.returncode == 0, out.stderr
    texts = [s["text"] for s in json.loads(out.stdout)["summary"]]
    assert len(texts) == 2 and not any("Bienen" in t for t in texts)


def test_unknown_language_is_a_usage_error(run):
    result = run("brief", SEED, "--language", "klingon")
    assert result.exit_code == 2 and "klingon" in result.stderr and "english" in result.stderr
    with pytest.raises(UsageError):
        rank("default", _doc(["One sentence."], language="klingon"))


def test_long_text_is_ranked_without_a_sentence_graph():
    # 3,000 sentences: a dense n x n graph in pure Python would take minutes.
    sentences = [f"Boat {i % 97} left harbour {i % 13} with {i % 7} crew and a cargo of fish." for i in range(3000)]
    scores = rank("default", _doc(sentences, title="Boats leave harbour")).scores
    assert len(scores) == 3000
    assert len(select(rank("default", _doc(sentences)), [1] * 3000, Budget(ratio=0.1))) == 300


@pytest.mark.parametrize("name", ["lexrank", "textrank", "reduction"])
def test_vectorised_graph_rankers_pick_what_sumy_picks(name):
    from summit_cli.ingest import text as reader
    from summit_cli.pipeline import sentences_of
    from summit_cli.rank import graph, sumy_algos

    for path in [SEED, HARBOUR, *sorted(FIXTURES.glob("web_*.txt"))]:
        sentences = sentences_of(reader.read(path.read_bytes(), path.name))
        doc = Doc(tuple(s.text for s in sentences), tuple(s.paragraph for s in sentences), None, "english")
        ours, sumys = graph.rank(doc, name), sumy_algos.rank(doc, name)
        assert ours.scores == pytest.approx(sumys.scores, rel=1e-6, abs=1e-9), path.name
        ones = [1] * len(sentences)
        for k in range(1, min(8, len(sentences))):
            assert select(ours, ones, Budget(sentences=k)) == select(sumys, ones, Budget(sentences=k)), (path.name, k)


CRASH = [
    "A delivery driver who killed a cyclist while reading a text has been jailed for five years.",
    "Marek Dunn, 34, was driving his van home from a late shift on Mill Lane when his phone showed a message "
    "from his brother, and Dunn opened it.",
    "Dunn's van drifted across Mill Lane while Dunn read the message on his phone.",
    "Phone records showed Dunn had opened the message on his phone seconds before his van left Mill Lane.",
    "Dunn told police his brother's message had been about the late shift.",
    "The van was later found to have no faults, and Mill Lane was dry and well lit.",
    "The victim, a nurse, died in hospital two days later.",
    "Dunn was also banned from driving for eight years.",
    "The delivery firm said it had since changed its rules on phone use in its vans.",
    "Road safety groups have called for tougher penalties.",
    "The government is reviewing the rules.",
    "The nurse's family thanked the police.",
]


def test_a_short_summary_keeps_the_lead_that_carries_the_story(run_json, tmp_path):
    # The second sentence repeats the body's words more than the lead does: centrality
    # alone prefers it, and a one-sentence summary without the lead misses the news.
    path = tmp_path / "crash.txt"
    path.write_text("\n".join(CRASH) + "\n", encoding="utf-8")
    assert [s["index"] for s in run_json(path, "-n", "1")["summary"]] == [0]
    assert 0 in [s["index"] for s in run_json(path, "-n", "3")["summary"]]
    assert 0 in [s["index"] for s in run_json(path, "--words", "40")["summary"]]


def test_a_summary_of_half_the_article_ranks_by_what_it_covers_not_by_place(run_json, tmp_path):
    sentences = [
        "My grandmother once kept bees in the garden behind her cottage.",
        "The city council approved the new tram line after a long debate on Monday.",
        "The tram line will link the station, the hospital and the university.",
        "Council members said the tram line would cut traffic in the city centre.",
        "Work on the tram line starts next spring and should take two years.",
        "The council will pay for the tram line with a loan from the national bank.",
        "Shop owners near the station hope the tram line brings more customers.",
        "Some residents fear the tram line works will close roads for months.",
        "The university said students would use the tram line every day.",
        "A public meeting on the tram line route is planned for next month.",
    ]
    path = tmp_path / "tram.txt"
    path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    assert 0 not in [s["index"] for s in run_json(path, "--ratio", "0.5")["summary"]]
