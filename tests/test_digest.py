"""summit digest: many reports of one event, one digest whose items cite their sources."""

import hashlib
import io
import json
import re
import zipfile
from importlib import resources

import docx
import jsonschema
import pypdf
import pytest

from conftest import FIXTURES, SEED, summit
from ingest_pages import SITE
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
    yield from digest["summary"]
    for points in digest["key_points"].values():
        yield from points
    yield from digest["quotes"]


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
    for item in all_items(digest):
        for cite in item["cites"]:
            assert 0 <= cite["index"] < len(texts[cite["source"]])
        first = item["cites"][0]
        if "speaker" in item:  # a quote: its words, in the sentence cited or the two after it
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


def test_the_same_report_twice_is_one_set_of_items_citing_both(run, workdir):
    copy = workdir / "copy.txt"
    copy.write_bytes(WIRE.read_bytes())
    digest = digest_json(run, WIRE, copy, "-n", "3")
    assert len(digest["summary"]) == 3
    for item in digest["summary"]:
        assert [c["source"] for c in item["cites"]] == [0, 1]
        assert item["cites"][0]["index"] == item["cites"][1]["index"]


def test_a_fact_many_sources_report_shows_eight_citations_and_counts_the_rest(run, workdir):
    copies = []
    for k in range(10):
        copies.append(workdir / f"outlet{k}.txt")
        copies[-1].write_bytes(POST.read_bytes())
    top = digest_json(run, *copies, "-n", "1")["summary"][0]
    assert [c["source"] for c in top["cites"]] == list(range(10))
    md = run("digest", *copies, "-n", "1").stdout
    assert "[outlet0 1; outlet1 1; outlet2 1; outlet3 1; outlet4 1; outlet5 1; outlet6 1; outlet7 1; +2 more]" in md


def test_markdown_ends_items_with_short_citations_and_lists_the_sources(run, workdir):
    result = run("digest", *THREE)
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
    assert "### Ana Morel" in md  # quotes grouped under their speaker


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
    assert headings[:2] == ["Summary", "Key points"] and "Sources" in headings and "Ana Morel" in headings
    # each key point is a bullet of its own under "Key points", whether or not the summary has it too
    texts = [p.text for p in document.paragraphs]
    section = document.paragraphs[texts.index("Key points") : texts.index("Quotes")]
    bullets = [p.text for p in section if p.style.name == "List Bullet"]
    points = [p["text"] for ps in digest_json(run, *THREE)["key_points"].values() for p in ps]
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
