"""summit digest: many reports of one event, one digest whose items cite their sources."""

import hashlib
import io
import json
import math
import re
import zipfile
from importlib import resources

import docx
import jsonschema
import pypdf
import pytest

from conftest import FIXTURES, SEED, summit
from ingest_pages import SITE
from reading import plain
from test_url import server  # noqa: F401 - the local http.server fixture

REPORTS = FIXTURES / "digest"
HERALD, WIRE, POST = REPORTS / "herald.html", REPORTS / "wire.txt", REPORTS / "post.txt"
THREE = (HERALD, WIRE, POST)
SCHEMA = json.loads(resources.files("summit_cli").joinpath("schemas/summit-digest-1.json").read_text("utf-8"))


def digest_json(run, *args):
    result = run("digest", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def sentences(run, path) -> list[str]:
    """Every cleaned sentence of one report, by index: a brief of all of them."""
    brief = json.loads(run("brief", path, "--ratio", "1", "-f", "json").stdout)
    return [s["text"] for s in sorted(brief["summary"], key=lambda s: s["index"])]


def all_items(digest):
    """(is it a quote, item) for every item of a JSON digest."""
    for item in digest["summary"]:
        yield False, item
    for points in digest["key_points"].values():
        for item in points:
            yield False, item
    for item in digest["quotes"]:
        yield True, item


def test_json_digest_validates_against_its_schema(run, workdir):
    digest = digest_json(run, *THREE)
    jsonschema.validate(digest, SCHEMA)
    assert digest["schema"] == "summit-digest/1"
    assert list(digest["key_points"]) == ["objectives", "concessions", "ukrainian_reactions"]


def test_sources_are_numbered_in_the_order_given_and_named_by_site_title_or_file(run, workdir):
    digest = digest_json(run, POST, HERALD, WIRE)
    names = [s["name"] for s in digest["sources"]]
    assert names == ["Varna dam talks end with inspection pact", "Coastal Herald", "Leaders strike dam deal in Valmora"]
    # a page named by its site keeps its headline as the title
    assert [s["title"] for s in digest["sources"]] == [
        names[0],
        "Estavia and Norland agree to reopen Varna dam",
        names[2],
    ]
    assert [s["sha256"] for s in digest["sources"]] == [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in (POST, HERALD, WIRE)
    ]
    untitled = workdir / "untitled.txt"
    untitled.write_text("Norland offered to cut its summer water withdrawals by a fifth. The talks lasted six hours.\n")
    untitled_source = digest_json(run, untitled, WIRE)["sources"][0]
    assert untitled_source["name"] == "untitled.txt" and "title" not in untitled_source


def test_near_duplicates_from_different_sources_become_one_item_citing_each(run, workdir):
    digest = digest_json(run, *THREE)
    # The three reports open with the same fact in three wordings.
    opening = [it for it in digest["summary"] if "reopen the Varna" in it["text"]]
    assert len(opening) == 1
    assert sorted((c["source"], c["index"]) for c in opening[0]["cites"]) == [(0, 0), (1, 0), (2, 0)]
    assert digest["summary"][0]["text"] == opening[0]["text"]  # what every source reports leads
    morel = [q for q in digest["quotes"] if "good day for both our peoples" in q["text"]]
    assert len(morel) == 1 and {c["source"] for c in morel[0]["cites"]} == {0, 1}
    assert morel[0]["speaker"] == "Ana Morel"


def test_every_cite_points_at_the_sentence_shown(run, workdir):
    digest = digest_json(run, *THREE)
    texts = [sentences(run, p) for p in THREE]
    for quote, item in all_items(digest):
        for cite in item["cites"]:
            assert 0 <= cite["index"] < len(texts[cite["source"]])
        first = item["cites"][0]
        if quote:  # its words, in the sentence cited or the two after it
            assert item["text"] in " ".join(texts[first["source"]][first["index"] : first["index"] + 3])
        else:
            assert item["text"] == texts[first["source"]][first["index"]]


def test_no_two_items_of_a_section_repeat_each_other(run, workdir):
    digest = digest_json(run, *THREE, SEED, "-n", "12")

    def words(text):
        return {w.lower() for w in re.findall(r"\w+", text)}

    sections = [digest["summary"], digest["quotes"], *digest["key_points"].values()]
    for items in sections:
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                x, y = words(a["text"]), words(b["text"])
                assert len(x & y) / len(x | y) < 0.6, (a["text"], b["text"])


def test_a_copy_with_one_line_added_is_a_second_source_citing_the_same_sentences(run, workdir):
    copy = workdir / "copy.txt"
    copy.write_text(WIRE.read_text("utf-8") + "\nThe ministers will meet again in the spring.\n", "utf-8")
    digest = digest_json(run, WIRE, copy, "-n", "3")
    assert len(digest["summary"]) == 3
    for item in digest["summary"]:
        assert [c["source"] for c in item["cites"]] == [0, 1]
        assert item["cites"][0]["index"] == item["cites"][1]["index"]


def test_identical_inputs_count_once_with_a_one_line_note(workdir):
    copy = workdir / "copy.txt"
    copy.write_bytes(WIRE.read_bytes())
    alone = summit("digest", WIRE)
    for args in ((WIRE, WIRE), (WIRE, copy, WIRE)):
        twice = summit("digest", *args)
        assert twice.returncode == 0
        # The same text given again is not a second outlet: the digest is that of the text alone.
        assert twice.stdout == alone.stdout and b"Digest of 1 report\n" in twice.stdout
        note = twice.stderr.decode()
        assert note.count("\n") == 1 and "counts once" in note and "wire.txt" in note
    assert summit("digest", WIRE, copy, "-q").stderr == b""
    piped = summit("digest", WIRE, "-", "-f", "json", input=WIRE.read_bytes())
    assert [s["input"] for s in json.loads(piped.stdout)["sources"]] == ["wire.txt"]
    assert "stdin repeats wire.txt" in piped.stderr.decode()


def test_a_fact_many_sources_report_shows_eight_citations_and_counts_the_rest(run, workdir):
    copies = []
    for k in range(10):
        copies.append(workdir / f"outlet{k}.txt")
        copies[-1].write_text(POST.read_text("utf-8") + f"\nOutlet {k} filed this report from desk {k}.\n", "utf-8")
    top = digest_json(run, *copies, "-n", "1")["summary"][0]
    assert [c["source"] for c in top["cites"]] == list(range(10))
    md = run("digest", *copies, "-n", "1").stdout
    assert "[outlet0 1; outlet1 1; outlet2 1; outlet3 1; outlet4 1; outlet5 1; outlet6 1; outlet7 1; +2 more]" in md


def test_markdown_ends_items_with_short_citations_and_lists_the_sources(run, workdir):
    result = run("digest", *THREE, "-n", "5")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert md.startswith("# Digest of 3 reports\n")
    assert "[Coastal Herald 1; wire 1; post 1]" in md
    assert re.search(
        r"^- .*Estavia's aim is to secure .*\[only Coastal Herald 3\]$", md, re.M
    )  # one source: visibly so
    assert re.findall(r"^## (.*)$", md, re.M) == ["Summary", "Key points", "Quotes", "Sources"]
    sources = md.split("## Sources", 1)[1]
    assert re.findall(r"^(\d)\. \*\*(.*?)\*\*", sources, re.M) == [
        ("1", "Coastal Herald"),
        ("2", "wire"),
        ("3", "post"),
    ]
    assert re.search(r"^> “We came here to solve a problem, .*” — .*Piet Halvorsen \[only post 5\]$", md, re.M)
    assert md.count("a good day for both our peoples") == 1  # the summary prints it: not again as a quote


@pytest.mark.parametrize("fmt", ["markdown", "json", "text", "html", "docx", "pdf"])
def test_every_format_writes_the_digest(run, workdir, fmt):
    ext = {"markdown": "md", "text": "txt"}.get(fmt, fmt)
    out = workdir / f"digest.{ext}"
    result = run("digest", *THREE, "-o", out)
    assert result.exit_code == 0 and result.stdout == "", result.stderr
    data = out.read_bytes()
    if fmt == "pdf":
        text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    elif fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        text = data.decode("utf-8")
    flat = " ".join(text.split())
    assert "Varna river dam to shared inspections" in flat
    if fmt == "json":
        jsonschema.validate(json.loads(data), SCHEMA)
    else:
        assert "Coastal Herald 1; wire 1; post 1" in flat
        assert "Sources" in text and "herald.html" in flat
    assert run("digest", *THREE, "-o", workdir / f"again.{ext}").exit_code == 0
    assert (workdir / f"again.{ext}").read_bytes() == data  # reproducible


def test_page_size_sets_the_paper(run, workdir):
    assert run("digest", *THREE, "--page-size", "letter", "-o", workdir / "d.pdf").exit_code == 0
    box = pypdf.PdfReader(workdir / "d.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert run("digest", *THREE, "--page-size", "a3").exit_code == 2


def test_docx_and_pdf_have_headings_and_bookmarks(run, workdir):
    run("digest", *THREE, "-o", workdir / "d.docx")
    run("digest", *THREE, "-o", workdir / "d.pdf")
    document = docx.Document(workdir / "d.docx")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:2] == ["Summary", "Key points"] and "Quotes" in headings and "Sources" in headings
    # each key point shown under "Key points" is a bullet of its own there (with a
    # one-item summary, one point is left to show)
    run("digest", *THREE, "-n", "1", "-o", workdir / "d.docx")
    document = docx.Document(workdir / "d.docx")
    texts = [p.text for p in document.paragraphs]
    section = document.paragraphs[texts.index("Key points") : texts.index("Quotes")]
    bullets = [p.text for p in section if p.style.name == "List Bullet"]
    points = [p["text"] for ps in digest_json(run, *THREE, "-n", "1")["key_points"].values() for p in ps if p["shown"]]
    assert points and all(any(b.startswith(text) for b in bullets) for text in points), (points, bullets)
    outline = [o.title for o in pypdf.PdfReader(workdir / "d.pdf").outline if not isinstance(o, list)]
    assert outline == ["Summary", "Key points", "Quotes", "Sources"]
    with zipfile.ZipFile(workdir / "d.docx") as z:
        assert "word/document.xml" in z.namelist()


def test_summary_length_options(run, workdir):
    assert len(digest_json(run, *THREE, "-n", "2")["summary"]) == 2
    words = digest_json(run, *THREE, "--words", "40")["summary"]
    assert words and sum(len(re.findall(r"\w+(?:['’]\w+)*", it["text"])) for it in words) <= 40
    both = run("digest", *THREE, "-n", "2", "--ratio", "0.5")
    assert both.exit_code == 2 and "mutually exclusive" in both.stderr


def test_explain_title_and_taxonomy(run, workdir):
    digest = digest_json(run, *THREE, "--explain", "--title", "Varna dam", "--taxonomy", "labour")
    assert digest["title"] == "Varna dam" and digest["taxonomy"] == "labour"
    assert all("sources" in it["parts"] for it in digest["summary"])
    md = run("digest", *THREE, "--explain").stdout
    assert "\n  *Why: summary score " in md  # on a line of its own, in words
    # The score is a product (its source's weight times 1 + log2 of the sources), and says so.
    why = re.findall(r"Why: summary score ([\d.]+) = importance in its source ([\d.]+) × \(1 \+ log2 (\d)\)", md)
    assert why and all(abs(float(s) - float(w) * (1 + math.log2(int(n)))) < 0.02 for s, w, n in why)


def test_folder_and_stdin_inputs(run, workdir):
    folder = digest_json(run, REPORTS)
    assert [s["input"] for s in folder["sources"]] == ["herald.html", "post.txt", "wire.txt"]
    piped = run("digest", HERALD, "-", "-f", "json", input=POST.read_text("utf-8"))
    assert piped.exit_code == 0, piped.stderr
    assert json.loads(piped.stdout)["sources"][1]["input"] == "stdin"


def test_require_fails_on_an_empty_category_but_writes_the_digest(run, workdir):
    out = workdir / "d.md"
    result = run("digest", *THREE, "--require", "ukrainian_reactions", "-o", out)
    assert result.exit_code == 6 and "ukrainian_reactions" in result.stderr
    assert out.read_text("utf-8").startswith("# Digest")
    assert run("digest", *THREE, "--require", "concessions").exit_code == 0


def test_no_input_is_a_usage_error(workdir):
    result = summit("digest")
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().startswith("summit: no input given") and result.stderr.count(b"\n") == 1


def test_one_unreadable_input_fails_the_digest_with_one_line_and_leaves_the_output_alone(workdir):
    out = workdir / "digest.md"
    out.write_text("old digest\n")
    result = summit("digest", HERALD, workdir / "missing.txt", WIRE, "-o", out)
    assert result.returncode == 3 and result.stdout == b""
    err = result.stderr.decode()
    assert err.count("\n") == 1 and "missing.txt: no such file" in err and "Traceback" not in err
    assert out.read_text() == "old digest\n"
    empty = workdir / "empty.txt"
    empty.write_text("\n")
    assert summit("digest", HERALD, empty).returncode == 3


def test_urls_are_sources_named_by_their_site(run, workdir, server):  # noqa: F811
    page, plain = f"{server}/news/harbour-deal.html", f"{server}/plain"
    digest = digest_json(run, page, plain, WIRE)
    assert digest["sources"][0]["name"] == SITE and digest["sources"][0]["url"] == page
    assert digest["sources"][1]["url"] == plain
    md = run("digest", page, plain).stdout
    assert f"[{SITE} 1; 127.0.0.1 1]" in md and page in md


# Two reports of one invented round of talks, written for these tests: facts both tell in
# their own words, a point of two categories, scare quotes, a quote from a described source.
VALLETTA_WIRE = """\
Russian and Ukrainian negotiators met in Valletta on Monday for a second round of talks on a ceasefire, hosted by the government of Malta.
The delegations spent seven hours in the same room, the longest session since the spring.
Ukraine's aim is to secure a full ceasefire along the front line before any talks on borders, chief negotiator Oleh Marchenko told reporters.
Russia offered to pause strikes on energy infrastructure for thirty days in exchange for an easing of sanctions on its grain exports.
"We will not trade our land for a pause in the bombing," Marchenko said after the session.
"We are ready to come back as many times as it takes to end this war."
A Russian official, speaking on condition of anonymity, called the first day a "listening exercise" with "several drafts" on the table.
"Some terms will be agreed because neither side can afford another winter of war," the official said.
Kremlin spokesman Dmitry Peskov said Moscow wanted to end the war but would insist on its security demands.
In Kyiv, residents reacted with caution to the news from Malta.
"Nothing good will come from talking while they keep firing at our towns," said Halyna Bondar, a 58-year-old nurse.
The next round is expected in two weeks, according to the Maltese foreign ministry.
"""
VALLETTA_POST = """\
<html><head><title>Valletta talks end without a truce</title></head><body><article>
<h1>Valletta talks end without a truce</h1>
<p>Negotiators from Russia and Ukraine held a second round of ceasefire talks in Valletta on Monday, with the government of Malta acting as host.</p>
<p>Ukraine's chief negotiator Oleh Marchenko said the aim was to secure a full ceasefire along the front line before any talks on borders.</p>
<p>Moscow offered a thirty-day pause in strikes on energy infrastructure in exchange for easing sanctions on Russian grain exports.</p>
<p>"We will not trade our land for a pause in the bombing," Marchenko told journalists.</p>
<p>Ukrainian President Volodymyr Zelensky ruled out any territorial concessions and called for security guarantees backed by European armies.</p>
<p>The Kremlin said it was ready to continue the talks but called Western weapons deliveries an obstacle to peace.</p>
<p>Many Ukrainians said they were angry that the talks went ahead while Russian drones hit Odesa overnight.</p>
<p>"People are tired, but they do not want a peace that rewards the invader," said Marta Koval, a student in Lviv.</p>
<p>Malta's foreign minister said the next meeting would take place within two weeks.</p>
</article></body></html>
"""
READER_FORMATS = ("markdown", "text", "html", "docx", "pdf")


@pytest.fixture
def valletta(workdir):
    wire, post = workdir / "valletta-wire.txt", workdir / "valletta-post.html"
    wire.write_text(VALLETTA_WIRE, "utf-8")
    post.write_text(VALLETTA_POST, "utf-8")
    return wire, post


def groups(digest, texts) -> list[list[str]]:
    """The wordings of every aligned group the summary and key points hold, one list per group."""
    seen = {}
    for quote, item in all_items(digest):
        if not quote:
            seen[frozenset((c["source"], c["index"]) for c in item["cites"])] = [
                texts[c["source"]][c["index"]] for c in item["cites"]
            ]
    return list(seen.values())


@pytest.mark.parametrize("which", ["valletta", "valletta+three"])
def test_each_aligned_group_and_quote_is_printed_at_most_once_in_every_reader_format(run, valletta, which):
    reports = valletta + (THREE if which == "valletta+three" else ())
    digest = digest_json(run, *reports)
    texts = [sentences(run, p) for p in reports]
    shared = [g for g in groups(digest, texts) if len(g) > 1]
    assert shared  # the reports tell facts alike, in their own words
    quotes = [q["text"] for q in digest["quotes"] if len(q["text"].split()) >= 6]
    for fmt in READER_FORMATS:
        path = valletta[0].parent / f"digest-{which}.{fmt}"
        result = run("digest", *reports, "-f", fmt, "-o", path)
        assert result.exit_code == 0, result.stderr
        seen = plain(fmt, path.read_bytes())
        for wordings in groups(digest, texts):
            assert sum(seen.count(" ".join(w.split())) for w in set(wordings)) <= 1, (fmt, wordings)
        for sentence in {" ".join(t.split()) for source in texts for t in source}:
            assert seen.count(sentence) <= 1, (fmt, sentence)
        for quote in quotes:  # a quote's words once: under Quotes, or in the sentence printed
            assert seen.count(" ".join(quote.split())) <= 1, (fmt, quote)


def test_a_summary_item_that_is_a_key_point_is_tagged_and_named_under_its_category(run, valletta):
    digest = digest_json(run, *valletta)
    md = run("digest", *valletta).stdout
    labels = {c["id"]: c["label"] for c in digest["categories"]}
    label = {i: s["label"] for i, s in enumerate(digest["sources"])}
    tagged = [s for s in digest["summary"] if s["categories"]]
    assert tagged  # Ukraine's aim and Russia's offer lead both reports
    for s in tagged:
        assert md.count(s["text"]) == 1
        line = next(line for line in md.splitlines() if line.startswith(f"- {s['text']}"))
        assert line.endswith(" · *" + ", ".join(labels[c] for c in s["categories"]) + "*")
        first = s["cites"][0]
        for c in s["categories"]:
            section = re.split(r"\n##+ ", md[md.index(f"### {labels[c]}") + 4 :])[0]
            also = re.search(r"^\*Also in this category: (.*), printed elsewhere in this digest\.\*$", section, re.M)
            assert also and f"[{label[first['source']]} {first['index'] + 1}]" in also.group(1)


def test_json_keeps_every_item_and_marks_what_the_reader_formats_print(run, valletta):
    default = digest_json(run, *valletta)
    jsonschema.validate(default, SCHEMA)
    full = digest_json(run, *valletta, "--ratio", "1")  # every aligned group in the summary
    jsonschema.validate(full, SCHEMA)
    assert [len(v) for v in default["key_points"].values()] == [len(v) for v in full["key_points"].values()]
    assert [q["text"] for q in default["quotes"]] == [q["text"] for q in full["quotes"]]
    points = [p for pts in full["key_points"].values() for p in pts]
    assert points and all(p["in_summary"] and not p["shown"] for p in points)
    assert not any(q["shown"] for q in full["quotes"])  # each quote's sentence is in the summary

    md = run("digest", *valletta).stdout
    summary = {frozenset((c["source"], c["index"]) for c in s["cites"]) for s in default["summary"]}
    for cat in default["categories"]:
        section = re.split(r"\n##+ ", md[md.index(f"### {cat['label']}") + 4 :])[0]
        for p in default["key_points"][cat["id"]]:
            assert p["in_summary"] == (frozenset((c["source"], c["index"]) for c in p["cites"]) in summary)
            assert not (p["shown"] and p["in_summary"])
            assert (f"- {p['text']} [" in section) == p["shown"], p["text"]
    quotes = md.split("## Quotes", 1)[1].split("## Sources")[0]
    for q in default["quotes"]:
        assert (f"“{q['text']}” — " in quotes) == q["shown"], q["text"]


def _body_words(run, *reports) -> tuple[int, int]:
    """Words of the digest's items (text format, citations and tags left out), and of its sources."""
    out = run("digest", *reports, "-f", "text").stdout
    items = [line for line in out.splitlines() if line.startswith(("- ", "“"))]
    body = sum(len(re.findall(r"\w+", re.sub(r"\s\[[^\]]*\](\s\([^()]*\))?$", "", line))) for line in items)
    return body, sum(s["words"] for s in digest_json(run, *reports)["sources"])


def test_a_digest_is_much_shorter_than_its_sources(run, valletta, workdir):
    for reports in (valletta, THREE, valletta + THREE, (SEED, *valletta)):
        body, words = _body_words(run, *reports)
        assert 0 < body <= 0.4 * words, (reports, body, words)
    # A source given again adds nothing; a second report adds far less than its length.
    alone, seed_words = _body_words(run, SEED)
    assert _body_words(run, SEED, SEED)[0] == alone
    more, both_words = _body_words(run, SEED, *valletta)
    assert more - alone < 0.5 * (both_words - seed_words)


def test_quotes_are_the_few_a_brief_would_print(run, valletta):
    digest = digest_json(run, *valletta)
    md = run("digest", *valletta).stdout
    quotes = md.split("## Quotes", 1)[1].split("## Sources")[0]
    lines = [line for line in quotes.splitlines() if line.strip()]
    assert lines and all(re.match(r"^> “[^”]+” — [A-Z]\w+.* \[", line) for line in lines)  # a named speaker
    # Scare quotes are words, not quotes; a document named in quotation marks ("several drafts")
    # is no quote at all; a description ("the official") gives way to names.
    scare = [q for q in digest["quotes"] if len(q["text"].split()) < 5]
    assert "listening exercise" in {q["text"] for q in scare}
    assert "several drafts" not in {q["text"] for q in digest["quotes"]}
    assert not any(q["shown"] for q in scare) and "listening exercise”" not in quotes
    assert "— the official" not in md
    assert md.count("We will not trade our land for a pause in the bombing") == 1


def test_a_summary_sentence_that_is_only_a_quote_carries_its_speaker(run, valletta):
    md = run("digest", *valletta, "--ratio", "1").stdout
    assert re.search(r"^- \"We are ready to come back .*\" — Oleh Marchenko \[only valletta-wire 6\]$", md, re.M)
    summary = digest_json(run, *valletta, "--ratio", "1")["summary"]
    assert [s.get("speaker") for s in summary if s["text"].startswith('"We are ready')] == ["Oleh Marchenko"]


@pytest.mark.parametrize("which", ["valletta", "seed+valletta+three"])
def test_a_category_names_every_point_of_it_printed_elsewhere(run, valletta, which):
    reports = valletta if which == "valletta" else (SEED, *valletta, *THREE)
    digest = digest_json(run, *reports)
    md = run("digest", *reports).stdout

    def group(item):
        return frozenset((c["source"], c["index"]) for c in item["cites"])

    def ref(item):
        first = item["cites"][0]
        return f"[{digest['sources'][first['source']]['label']} {first['index'] + 1}]"

    printed = {group(s): ref(s) for s in digest["summary"]}
    printed.update((group(p), ref(p)) for pts in digest["key_points"].values() for p in pts if p["shown"])
    named = 0
    for cat in digest["categories"]:
        section = re.split(r"\n##+ ", md[md.index(f"### {cat['label']}") + 4 :])[0]
        also = re.search(r"^\*Also in this category: (.*), printed elsewhere in this digest\.\*$", section, re.M)
        listed = also.group(1).split(", ") if also else []
        elsewhere = [
            printed[group(p)] for p in digest["key_points"][cat["id"]] if group(p) in printed and not p["shown"]
        ]
        assert sorted(listed) == sorted(elsewhere), cat["id"]
        named += len(listed)
    assert named


def test_docx_summary_items_carry_their_category_tags(run, workdir):
    digest = digest_json(run, *THREE)
    labels = {c["id"]: c["label"] for c in digest["categories"]}
    run("digest", *THREE, "-o", workdir / "d.docx")
    paragraphs = [p.text for p in docx.Document(workdir / "d.docx").paragraphs]
    for item in digest["summary"]:
        printed = next(p for p in paragraphs if p.startswith(item["text"][:40]))
        if item.get("categories"):
            assert f"· {labels[item['categories'][0]]}" in printed, printed
        else:
            assert " · " not in printed, printed


def test_markdown_escapes_a_list_marker_only_where_a_line_starts_with_it(run, workdir):
    md = run("digest", *THREE, "--title", "2025. Talks resume").stdout
    assert md.startswith("# 2025. Talks resume\n")  # a heading holds no list: nothing to escape
