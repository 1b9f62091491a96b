"""The brief command through the real entry point: what a user or a script sees."""

import json

from conftest import FIXTURES, SEED, summit

HARBOUR = FIXTURES / "harbour_talks.txt"


def test_markdown_brief_of_the_seed(run):
    result = run("brief", SEED)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("# ")
    for heading in ("## Summary", "### Objectives", "### Concessions", "### Ukrainian reactions", "## Quotes"):
        assert heading in out
    assert "READ ALSO" not in out and "\n- Offer" not in out
    assert result.stderr == ""


def test_json_follows_the_contract(run_json):
    brief = run_json(SEED)
    assert brief["schema"] == "summit-brief/1"
    assert set(brief["source"]) >= {"name", "sha256"} and len(brief["source"]["sha256"]) == 64
    assert set(brief["stats"]) == {"sentences", "words", "summary_sentences", "reading_minutes"}
    indices = [s["index"] for s in brief["summary"]]
    assert 3 <= len(indices) <= 8 and indices == sorted(indices)
    assert brief["stats"]["summary_sentences"] == len(indices)
    assert list(brief["key_points"]) == ["objectives", "concessions", "ukrainian_reactions"]
    for points in brief["key_points"].values():
        for p in points:
            assert set(p) >= {"index", "text", "score", "cues"}
    for q in brief["quotes"]:
        assert set(q) == {"index", "text", "speaker", "in_summary", "shown"}


def test_no_furniture_or_heading_reaches_the_brief(run_json):
    brief = run_json(SEED)
    texts = [s["text"] for s in brief["summary"]] + [p["text"] for pts in brief["key_points"].values() for p in pts]
    assert texts
    assert not any("READ ALSO" in t or t.strip() == "Offer" or t.startswith("Offer ") for t in texts)


def test_index_points_into_the_cleaned_article(run_json):
    brief = run_json(HARBOUR, "--sentences", "20")
    texts = [s["text"] for s in brief["summary"]]
    assert brief["stats"]["sentences"] == len(texts)  # 20 > sentences: the whole article
    assert [s["index"] for s in brief["summary"]] == list(range(len(texts)))
    assert texts[0].startswith("Negotiators from the two port cities")
    assert not any("Advertisement" in t or "By Jane" in t or "PUBLISHED" in t or "Share this" in t for t in texts)
    assert brief["title"] == "Harbour talks end without a deal"


def test_sentences_option_sets_summary_length(run_json):
    for n in (1, 3, 6):
        assert len(run_json(SEED, "-n", n)["summary"]) == n


def test_every_algorithm_runs_on_the_seed(run):
    names = [line.split()[0] for line in run("algorithms").stdout.splitlines()]
    assert {"default", "lead", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "edmundson"} <= set(
        names
    )
    for name in names:
        result = run("brief", SEED, "-a", name, "-f", "json", "-n", "3")
        assert result.exit_code == 0, (name, result.stderr)
        brief = json.loads(result.stdout)
        idx = [s["index"] for s in brief["summary"]]
        assert len(idx) == 3 and idx == sorted(idx), name


def test_lead_takes_the_first_sentences(run_json):
    assert [s["index"] for s in run_json(SEED, "-a", "lead", "-n", "4")["summary"]] == [0, 1, 2, 3]


def test_stdin_dash_and_piped_stdin(run):
    text = HARBOUR.read_text(encoding="utf-8")
    for args in (["brief", "-"], ["brief"]):
        result = run(*args, "-f", "json", input=text)
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["source"]["name"] == "stdin"


def test_markdown_prints_no_backslash_where_nothing_needs_escaping(tmp_path, run):
    named = tmp_path / "001.txt"  # "001." at the start of a line would open a numbered list
    named.write_bytes(HARBOUR.read_bytes())
    out = run("brief", named).stdout
    facts = out.splitlines()[2]
    assert facts.startswith("*001.txt · ") and "\\" not in facts


def test_an_option_without_its_value_points_to_its_command_help(run):
    for command in ("brief", "digest"):
        result = run(command, SEED, "-n")
        assert result.exit_code == 2
        assert "'-n' requires an argument" in result.stderr and f"(see 'summit {command} --help')" in result.stderr


def test_missing_file_is_a_one_line_error(run):
    result = run("brief", "no/such/file.txt")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "no/such/file.txt: no such file" in result.stderr
    assert "make_brief" not in result.stderr  # a shell user is not told about the library


def test_empty_and_sentenceless_input(tmp_path, run):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    punct = tmp_path / "punct.txt"
    punct.write_text("... --- !!!\n")
    for path, reason in ((empty, "empty input"), (punct, "no sentences")):
        result = run("brief", path)
        assert result.exit_code == 3, result.stderr
        assert result.stdout == "" and result.stderr.startswith("summit: ") and reason in result.stderr


def test_real_entry_point_runs_without_traceback(tmp_path):
    ok = summit("brief", SEED, "-f", "json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["schema"] == "summit-brief/1"
    bad = summit("brief", tmp_path / "missing.txt")
    assert bad.returncode == 3 and b"Traceback" not in bad.stderr and bad.stdout == b""
    assert b"missing.txt: no such file" in bad.stderr


def test_output_file_is_written_and_stdout_stays_empty(tmp_path, run):
    target = tmp_path / "brief.json"
    result = run("brief", SEED, "-o", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "summit-brief/1"


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("summit ")


def test_a_long_headline_is_the_title_not_a_summary_sentence(tmp_path, run_json):
    headline = "Harbour talks narrow the gaps on fishing rights, but the northern channel remains the sticking point"
    body = (FIXTURES / "harbour_talks.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    article = tmp_path / "long_headline.txt"
    article.write_text(headline + "\n" + body, encoding="utf-8")
    brief = run_json(article, "-n", "20")
    assert brief["title"] == headline
    assert all(headline not in s["text"] for s in brief["summary"])


def test_the_brief_never_overwrites_its_article(tmp_path, run):
    article = tmp_path / "story.txt"
    article.write_bytes(HARBOUR.read_bytes())
    result = run("brief", article, "-o", article)
    assert result.exit_code == 2 and "is the article itself" in result.stderr
    assert article.read_bytes() == HARBOUR.read_bytes()


def test_a_format_unlike_the_file_name_is_written_as_asked_with_a_warning(tmp_path, run):
    out = tmp_path / "brief.pdf"
    result = run("brief", HARBOUR, "-f", "json", "-o", out)
    assert result.exit_code == 0 and "writing json to" in result.stderr
    assert json.loads(out.read_text("utf-8"))["schema"] == "summit-brief/1"
    assert run("brief", HARBOUR, "-f", "pdf", "-o", tmp_path / "b.pdf").stderr == ""


def test_a_word_budget_no_sentence_fits_says_so(run_json, run):
    result = run("brief", HARBOUR, "--words", "3", "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["summary"] == []
    assert "no sentence of the article fits in 3 words" in result.stderr
