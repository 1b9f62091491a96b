"""`summit eval`: ROUGE of our summaries against references, on a tiny corpus written here.

The references are each article's first two sentences, so `lead` must score a perfect
100 and every other algorithm at most that: a known answer, not a snapshot.
"""

import json
import sys

import pytest

pytest.importorskip("rouge_score")

ARTICLES = {
    "bridge": [
        "The city council approved a new bridge over the Tamber river on Tuesday after two years of debate.",
        "Construction will start in May and should take three years, the council said.",
        "The bridge will carry cyclists and pedestrians as well as buses.",
        "Shop owners on the east bank welcomed the decision, saying trade had suffered.",
        "Opponents argued that the money should have been spent on schools instead.",
        "A final design will be chosen in a public vote next month.",
    ],
    "library": [
        "The town library will open on Sundays from next week, its director announced.",
        "Volunteers will staff the reading rooms so that no extra wages are needed.",
        "Students had asked for more study space during the exam season.",
        "The library also plans to lend laptops to families without a computer.",
        "Its opening hours were cut sharply three years ago after a budget crisis.",
        "Visitor numbers have since recovered to their earlier level.",
    ],
    "harvest": [
        "Farmers in the northern valley expect their best apple harvest in a decade.",
        "A mild spring and steady summer rain helped the trees, growers said.",
        "Prices at the regional market have already fallen by a tenth.",
        "Cider makers are buying more fruit than usual to build up their stocks.",
        "Some farms are short of pickers and have raised hourly pay.",
        "The harvest is expected to end in late October.",
    ],
}


@pytest.fixture
def corpus(tmp_path):
    articles, refs = tmp_path / "articles", tmp_path / "summaries"
    articles.mkdir()
    refs.mkdir()
    for name, sentences in ARTICLES.items():
        (articles / f"{name}.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
        (refs / f"{name}.txt").write_text("\n".join(sentences[:2]) + "\n", encoding="utf-8")
    return articles, refs


pytestmark = pytest.mark.usefixtures("workdir")


def scores(run, *args):
    result = run("eval", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_lead_is_perfect_when_the_references_are_the_leads(run, corpus):
    data = scores(run, *corpus, "-a", "lead,lexrank,default")
    assert data["schema"] == "summit-eval/1" and data["pairs"] == 3 and data["length"] == "reference"
    assert list(data["algorithms"]) == ["lead", "lexrank", "default"]
    assert data["algorithms"]["lead"] == {"rouge1": 1.0, "rouge2": 1.0, "rougeLsum": 1.0}
    for name in ("lexrank", "default"):
        for value in data["algorithms"][name].values():
            assert 0.0 <= value <= 1.0
    assert set(data["documents"]) == {"bridge", "library", "harvest"}
    assert data["documents"]["bridge"]["lead"]["rouge2"] == 1.0


def test_a_fixed_length_longer_than_the_reference_lowers_lead_precision(run, corpus):
    data = scores(run, *corpus, "-a", "lead", "-n", "4")
    assert data["length"] == 4
    lead = data["algorithms"]["lead"]
    assert 0.4 < lead["rouge1"] < 1.0  # recall 1, precision about a half


def test_the_json_is_reproducible_and_the_table_shows_every_algorithm(run, corpus):
    first = run("eval", *corpus, "-a", "all", "-f", "json").stdout
    assert first == run("eval", *corpus, "-a", "all", "-f", "json").stdout
    table = run("eval", *corpus, "-a", "lead,textrank")
    assert table.exit_code == 0 and table.stderr == ""
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["algorithm", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "seconds"]
    assert lines[1].split()[:4] == ["lead", "100.00", "100.00", "100.00"]
    assert lines[2].split()[0] == "textrank"
    assert "3 pairs" in lines[-1]


def test_a_summary_set_as_one_paragraph_is_split_into_sentences(run, corpus):
    articles, refs = corpus
    for name, sentences in ARTICLES.items():
        (refs / f"{name}.txt").write_text(" ".join(sentences[:2]) + "\n", encoding="utf-8")
    assert scores(run, articles, refs, "-a", "lead")["algorithms"]["lead"]["rouge2"] == 1.0


def test_unknown_algorithm_or_format_is_a_usage_error(run, corpus):
    for args in (["-a", "lead,magic"], ["-f", "csv"]):
        result = run("eval", *corpus, *args)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1 and result.stdout == ""
    assert "magic" in run("eval", *corpus, "-a", "lead,magic").stderr


def test_missing_folders_and_no_pairs_are_input_errors(run, corpus, tmp_path):
    articles, refs = corpus
    result = run("eval", tmp_path / "nowhere", refs)
    assert result.exit_code == 3 and "nowhere" in result.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "unrelated.txt").write_text("Nothing to compare.\n")
    result = run("eval", articles, other)
    assert result.exit_code == 3 and result.stderr.count("\n") == 1


def test_a_bad_article_is_named_the_rest_are_scored_and_the_exit_code_is_3(run, corpus):
    articles, refs = corpus
    (articles / "blank.txt").write_text("\n\n")
    (refs / "blank.txt").write_text("Something.\n")
    result = run("eval", articles, refs, "-a", "lead", "-f", "json")
    assert result.exit_code == 3
    assert "blank.txt" in result.stderr and result.stderr.count("\n") == 1
    data = json.loads(result.stdout)
    assert data["pairs"] == 3 and len(data["failures"]) == 1


def test_without_rouge_score_the_error_says_how_to_install_it(run, corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "rouge_score", None)  # makes the import fail
    result = run("eval", *corpus)
    assert result.exit_code == 2
    assert "rouge-score" in result.stderr and "summit-cli[eval]" in result.stderr and result.stdout == ""


def test_progress_only_for_a_person_at_a_terminal(corpus):
    from test_contract import _stderr_on_a_terminal

    proc, shown = _stderr_on_a_terminal(["eval", *corpus, "-a", "lead"])
    assert proc.returncode == 0 and "eval 3/3" in shown  # the control: a person sees progress
    for extra, env in (([], {"NO_COLOR": "1"}), (["-q"], {})):
        proc, shown = _stderr_on_a_terminal(["eval", *corpus, "-a", "lead", *extra], env)
        assert proc.returncode == 0 and shown == "" and b"lead" in proc.stdout


def test_web_furniture_is_cleaned_before_scoring_so_the_default_and_lead_compare_on_the_story(run, tmp_path):
    # A user's own corpus of pages with bylines, time stamps, photo captions and comment
    # prompts: the references are the stories' first two sentences.
    from conftest import FIXTURES

    articles, refs = tmp_path / "a", tmp_path / "s"
    articles.mkdir()
    refs.mkdir()
    lead = (
        "A van driver who killed a cyclist while reading a text message at the wheel has been jailed for five years.\n"
        "Tom Reyes, 34, was driving home from a late shift when his phone lit up with a message from his brother.\n"
    )
    for name in ("web_mail_captions.txt", "web_mail_captions_lines.txt"):
        (articles / name).write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
        (refs / name).write_text(lead, encoding="utf-8")
    data = scores(run, articles, refs, "-a", "default,lead", "-n", "2")
    assert data["pairs"] == 2 and data["length"] == 2 and data["failures"] == []
    assert data["algorithms"]["lead"] == {"rouge1": 1.0, "rouge2": 1.0, "rougeLsum": 1.0}
    assert data["algorithms"]["default"]["rouge1"] == 1.0  # a 2-sentence summary of a long story is its lead
