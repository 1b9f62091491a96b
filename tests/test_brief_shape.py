"""A brief that is brief: each sentence printed once, a length that fits the article,
category points in article order, summary bullets that stand alone."""

import json
import re
import statistics

import pytest

from conftest import FIXTURES, SEED
from reading import plain
from summit_cli import make_brief
from summit_cli.standalone import leans_back
from summit_cli.text.tokens import words

READER_FORMATS = ("markdown", "text", "html", "docx", "pdf")
ARTICLES = [SEED] + sorted(FIXTURES.glob("*.txt"))
SAMPLE = [SEED] + [
    FIXTURES / f"{n}.txt"
    for n in (
        "harbour_talks",
        "kp_guardian_long",
        "kp_dev_usnewspaper_miami_framework",
        "kp_feature_villages",
        "kp_kremlin_readout",
        "web_cnn",
    )
]


@pytest.mark.parametrize("article", SAMPLE, ids=lambda p: p.stem)
def test_no_article_sentence_is_printed_twice_in_any_reader_format(run, tmp_path, article):
    sentences = make_brief(str(article)).sentences
    for fmt in READER_FORMATS:
        out = tmp_path / f"brief.{fmt}"
        result = run("brief", article, "-f", fmt, "-o", out)
        assert result.exit_code == 0, result.stderr
        seen = plain(fmt, out.read_bytes())
        title = " ".join(make_brief(str(article)).title.split())
        for s in sentences:
            text = " ".join(s.text.split())
            if len(text.split()) >= 6 and text != title:  # a title sentence repeats in headers and footers
                assert seen.count(text) <= 1, (fmt, s.index + 1, text)


def test_a_summary_sentence_that_is_a_key_point_is_tagged_not_repeated(run):
    out = run("brief", SEED).stdout
    brief = json.loads(run("brief", SEED, "-f", "json").stdout)
    labels = {c["id"]: c["label"] for c in brief["categories"]}
    tagged = [s for s in brief["summary"] if s["categories"]]
    assert tagged  # the seed's opening sentence states the summit's aim
    for s in tagged:
        line = next(line for line in out.splitlines() if line.startswith(f"- {s['text'][:40]}"))
        assert f"[{s['index'] + 1}]" in line and all(labels[c] in line for c in s["categories"])
        assert out.count(s["text"]) == 1
        for c in s["categories"]:
            section = re.split(r"\n##+ ", out[out.index(f"### {labels[c]}") + 4 :])[0]
            assert f"[{s['index'] + 1}]" in section  # still listed under the category, by number


def test_json_keeps_every_point_and_marks_the_summary_ones(run_json):
    full = run_json(SEED, "-n", "27")  # every sentence in the summary
    points = [p for pts in full["key_points"].values() for p in pts]
    assert points and all(p["in_summary"] for p in points)
    default = run_json(SEED)
    assert [len(v) for v in default["key_points"].values()] == [len(v) for v in full["key_points"].values()]
    summary = {s["index"] for s in default["summary"]}
    for pts in default["key_points"].values():
        for p in pts:
            assert p["in_summary"] == (p["index"] in summary)
            assert not (p["shown"] and p["in_summary"])


def _body_ratio(run, article) -> float:
    out = run("brief", article, "-f", "text").stdout
    items = [line for line in out.splitlines() if line.startswith(("- ", "“"))]
    body = sum(len(words(re.sub(r"\s\[\d+(?:–\d+)?\]|\s\([^()]*\)$", "", line))) for line in items)
    return body / json.loads(run("brief", article, "-f", "json").stdout)["stats"]["words"]


def test_brief_body_is_a_fraction_of_a_long_article(run):
    long = [a for a in ARTICLES if len(words(a.read_text("utf-8"))) >= 400]
    assert len(long) >= 5
    ratios = [_body_ratio(run, a) for a in long]
    # These articles are the taxonomy's own subject, so every category fills: longer
    # briefs than general news (benchmarks/brief_length.py measures the news corpora).
    assert statistics.median(ratios) <= 0.40 and max(ratios) <= 0.60, ratios


def test_default_summary_length_follows_the_article_length(run_json):
    briefs = [run_json(a) for a in ARTICLES]
    # Words of the cleaned article (what the brief is sized by), not of the file with its furniture.
    lengths = sorted((b["stats"]["words"], len(b["summary"])) for b in briefs)
    counts = [n for _, n in lengths]
    assert counts == sorted(counts)  # never shorter for a longer article
    assert all(2 <= n <= 3 for w, n in lengths if 250 <= w <= 400)
    assert counts[-1] > counts[0]
    assert len(run_json(SEED, "-n", "6")["summary"]) == 6  # an explicit length still rules


def test_category_points_are_the_top_scores_in_article_order(run, run_json):
    for article in SAMPLE:
        brief = run_json(article)
        printed = {p["index"] for pts in brief["key_points"].values() for p in pts if p["shown"] or p["in_summary"]}
        for points in brief["key_points"].values():
            shown = [p for p in points if p["shown"]]
            left_out = [p for p in points if p["index"] not in printed]
            if shown and left_out:
                assert min(p["score"] for p in shown) >= max(p["score"] for p in left_out)
        out = run("brief", article, "-f", "text").stdout
        for block in out.split("\n\n"):
            numbers = [int(m) for m in re.findall(r"^- .*\[(\d+)\]", block, re.M)]
            assert numbers == sorted(numbers)


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_summary_bullets_stand_alone(run_json, n):
    """A bullet never opens with a reference to a sentence the brief does not show."""
    for article in ARTICLES:
        brief = run_json(article, "-n", n)
        assert len(brief["summary"]) == n
        shown = {s["index"] for s in brief["summary"]}
        for s in brief["summary"]:
            if leans_back(s["text"]):
                leads = [lead["index"] for lead in s.get("leads", [])]
                assert s["index"] - 1 in shown or leads and leads[-1] == s["index"] - 1, s["text"]
                assert leads == list(range(s["index"] - len(leads), s["index"]))


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_fragments_are_no_summary_bullets(run_json, tmp_path, n):
    article = tmp_path / "demands.txt"
    article.write_text(
        "Dock workers in the harbour town voted on Tuesday to strike over pay and shifts.\n"
        "The union listed what the dock workers want from the port authority.\n"
        "Pay. Shifts. Dock workers.\n"
        "The union's demands:\n"
        "The port authority said its offer to the dock workers on pay was fair.\n"
        "Talks between the union and the port authority could resume next week, officials said.\n"
        "The ferry terminal would close for three days if the dock workers strike.\n",
        encoding="utf-8",
    )
    brief = run_json(article, "-n", n)
    assert len(brief["summary"]) == n
    assert all(len(s["text"].split()) >= 4 and not s["text"].endswith(":") for s in brief["summary"])


def test_a_leaning_sentence_is_printed_with_its_lead_in(run, run_json):
    found = 0
    for article in ARTICLES:
        brief = run_json(article, "-n", "2")
        for s in brief["summary"]:
            if s.get("leads"):
                found += 1
                first = s["leads"][0]
                out = run("brief", article, "-n", "2", "-f", "text").stdout
                line = next(line for line in out.splitlines() if line.startswith(f"- {first['text']}"))
                assert f" {s['text']} [{first['index'] + 1}–{s['index'] + 1}]" in line
    assert found  # the fixtures hold such sentences ("It also wants ...", "Her view is ...")


def test_a_sentence_that_is_only_a_quote_carries_its_speaker(run, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(
        "Harbour talks resume\n\n"
        "Mayor Ana Ruiz met the leaders of the fishing union in Valport on Monday to end the harbour dispute.\n\n"
        "The union wants the northern channel dredged before the spring season starts.\n\n"
        "“We will reopen the northern channel before the spring season, whatever it costs the city,” she said.\n\n"
        "Union leaders said they would wait for a written offer before they called off the strike.\n",
        encoding="utf-8",
    )
    lines = run("brief", article, "-f", "text", "--ratio", "1").stdout.splitlines()
    quote = next(line for line in lines if line.startswith("- “We will reopen"))
    assert "— Ana Ruiz [3]" in quote or "— Ruiz [3]" in quote


def test_a_quote_the_page_prints_twice_is_listed_once(run_json, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(
        "Harbour talks end without a deal\n\n"
        "Mayor Ana Ruiz met the leaders of the fishing union in Valport on Monday to end the harbour dispute.\n\n"
        "“The talks are not over yet,” Ruiz said.\n\n"
        "Union leaders left the town hall late in the evening, and no date was set for the next round.\n\n"
        "“The talks are not over yet,” Ruiz said.\n",
        encoding="utf-8",
    )
    quotes = run_json(str(article))["quotes"]
    assert [q["text"] for q in quotes] == ["The talks are not over yet"]
    assert quotes[0]["speaker"] in ("Ana Ruiz", "Ruiz") and quotes[0]["index"] == 1


CASES = [
    # (sentence, leans on what came before)
    ("He added that the talks would resume on Monday.", True),
    ("She said the offer stood.", True),
    ("They rejected the plan within hours.", True),
    ("However, the talks went on.", True),
    ("But the envoy left early.", True),
    ("Days later, Washington announced new sanctions.", True),
    ("The next day the envoy flew home.", True),
    ("This encounter is seen as a test of the president's resolve.", True),
    ("Another possibility, the analyst added, would be a truce.", True),
    ("In an interview on Friday, he said the plan was dead.", True),
    ("It said the deal would hold.", True),
    ("It is unclear whether the deal will hold.", False),
    ("The town library will open on Sundays from next week, its director announced.", False),
    ("Speaking to reporters, the president said no deal was close.", False),
    ("Butter prices rose by a tenth in March.", False),
    ("Theresa May said the plan was recycled.", False),
    ("“We came to get our boats back on the water,” Ruiz told reporters.", False),
    ("Either the talks resume this week or the strike goes on.", False),
]


@pytest.mark.parametrize("sentence,leans", CASES)
def test_openers_that_lean_on_the_sentence_before(sentence, leans):
    assert leans_back(sentence) is leans


OTHER_LANGUAGES = [
    ("ukrainian", "Про це він повідомив у соцмережі.", True),
    ("ukrainian", "Він також наголосив, що робота триває.", True),
    ("ukrainian", "Проте делегація залишила Женеву.", True),
    ("ukrainian", "Наступного дня посланець полетів додому.", True),
    ("ukrainian", "Зеленський заявив, що Україна готова до переговорів.", False),
    ("ukrainian", "Центр міста закрили для руху.", False),
    ("russian", "Об этом сообщил Песков.", True),
    ("russian", "Однако Кремль отказался от встречи.", True),
    ("russian", "Они отвергли план в течение часа.", True),
    ("russian", "Песков заявил, что встреча состоится.", False),
    ("russian", "Новые санкции вступят в силу в ноябре.", False),
]


@pytest.mark.parametrize("language,sentence,leans", OTHER_LANGUAGES)
def test_openers_that_lean_back_in_ukrainian_and_russian(language, sentence, leans):
    assert leans_back(sentence, language) is leans


# A short article whose one Ukrainian reaction is a quote and whose second concession leans
# on the sentence before: both reasons must read as plain words.
EXPLAINED = """Peace talks on the war in Ukraine resumed in Geneva on Monday.
Russian and Ukrainian delegations met for five hours behind closed doors.
Moscow offered a ceasefire along the current front line in return for sanctions relief.
Another option would be a truce in the air and at sea.
“We will not trade our land for promises,” Ukraine's chief negotiator Oleksandr Marchenko told reporters.
The talks are due to continue on Tuesday in the same building.
"""


@pytest.mark.parametrize("article", ["seed", "written"])
def test_explain_line_speaks_plainly(run, tmp_path, article):
    path = SEED
    if article == "written":
        path = tmp_path / "talks.txt"
        path.write_text(EXPLAINED, encoding="utf-8")
    out = run("brief", path, "-f", "text", "--explain").stdout
    why = [line.strip() for line in out.splitlines() if line.strip().startswith("Why:")]
    assert why and all(line.startswith("Why: ") for line in why)
    # No internal labels: cue stars, continuation ids, actor ids after a colon.
    assert not any(re.search(r"continues:|quote:|\w\*", line) for line in why)
    if article == "written":
        assert any("follows on from sentence" in line or "quotes someone" in line for line in why)


def test_internal_cue_labels_are_said_in_words():
    from summit_cli.model import Scored
    from summit_cli.render.layout import explain

    why = explain(
        Scored(4, "Another option could be a truce.", 1.5, cues=("truce", "continues:2", "quote:ukraine", "territor*"))
    )
    assert why.startswith("Why: category score 1.50")
    assert "follows on from sentence 3" in why and "quotes someone on the ukraine side" in why
    assert "“territor…”" in why and "continues:" not in why


def test_explain_names_the_lead_in_sentence_by_its_printed_number(run, run_json):
    for article in ARTICLES:
        brief = run_json(article, "-n", "2")
        led = [s for s in brief["summary"] if s.get("leads")]
        if not led:
            continue
        first, last = led[0]["leads"][0]["index"] + 1, led[0]["leads"][-1]["index"] + 1
        said = f"Sentence {first} is printed with it" if first == last else f"Sentences {first}-{last} are printed"
        assert said in run("brief", article, "-n", "2", "--explain").stdout
        return
    pytest.fail("no fixture has a summary sentence with a lead-in")
