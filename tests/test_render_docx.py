"""The DOCX brief as Word sees it: styles, text, core properties, same bytes."""

import io
import json
import zipfile
from datetime import datetime, timezone

import docx
import pytest
from articles import TRICKY
from conftest import FIXTURES, SEED, summit, printed_somewhere

TITLE = "Саміт на Алясці"


def by_style(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "brief.docx"
    made = summit("brief", SEED, "-o", out, "--title", TITLE)
    assert made.returncode == 0, made.stderr
    as_json = summit("brief", SEED, "-f", "json", "--title", TITLE)
    return out, json.loads(as_json.stdout)


def test_docx_uses_word_heading_list_and_quote_styles(seed_docx):
    path, brief = seed_docx
    document = docx.Document(path)
    assert by_style(document, "Title") == [TITLE]
    assert by_style(document, "Heading 1") == ["Summary", "Key points", "Quotes"]
    assert by_style(document, "Heading 2") == ["Objectives", "Concessions", "Ukrainian reactions"]
    bullets = by_style(document, "List Bullet")
    for s in brief["summary"]:
        assert any(b.startswith(s["text"]) and f"[{s['index'] + 1}]" in b for b in bullets)
    for points in brief["key_points"].values():
        for p in points:
            printed = [b for b in bullets if b.startswith(p["text"])]
            assert len(printed) == int(p["index"] in printed_somewhere(brief))
    quotes = by_style(document, "Quote")
    assert len(quotes) == sum(q["shown"] for q in brief["quotes"]) > 0
    for q, shown in zip([q for q in brief["quotes"] if q["shown"]], quotes):
        assert shown.startswith(f"“{q['text']}”")
        if q["speaker"]:
            assert f"— {q['speaker']} [{q['index'] + 1}]" in shown
    body = "\n".join(p.text for p in document.paragraphs)
    assert f"{brief['stats']['words']} words" in body and "Numbers in brackets are sentence numbers" in body


def test_docx_facts_line_is_smaller_than_the_body_and_speakers_stand_apart_from_quotes(seed_docx):
    path, brief = seed_docx
    document = docx.Document(path)
    facts = next(p for p in document.paragraphs if f"{brief['stats']['words']} words" in p.text)
    body = document.styles["Normal"].font.size.pt
    assert all(0 < run.font.size.pt < body for run in facts.runs), [run.font.size for run in facts.runs]
    # the quoted words are in the italic Quote style; the speaker after them is bold and upright
    speakers = [
        run for p in document.paragraphs if p.style.name == "Quote" for run in p.runs if run.text.startswith("— ")
    ]
    assert speakers and all(run.bold and run.italic is False for run in speakers)


def test_docx_core_properties(seed_docx):
    path, _ = seed_docx
    props = docx.Document(path).core_properties
    assert props.title == TITLE
    assert "summary" in props.subject
    assert props.keywords == "Objectives, Concessions, Ukrainian reactions"
    assert props.author == "summit" and props.last_modified_by == "summit"
    assert "summit" in props.comments
    assert props.created == props.modified == datetime(2000, 1, 1, tzinfo=timezone.utc)


def test_docx_footer_numbers_pages(seed_docx):
    section = docx.Document(seed_docx[0]).sections[0]
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and TITLE in footer_xml


def test_source_date_epoch_dates_the_document_and_its_zip_entries(tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}  # 2023-11-14T22:13:20Z
    paths = [tmp_path / "one.docx", tmp_path / "two.docx"]
    for path in paths:
        assert summit("brief", SEED, "-o", path, env=env).returncode == 0
    data = paths[0].read_bytes()
    assert data == paths[1].read_bytes()
    assert docx.Document(io.BytesIO(data)).core_properties.created == datetime(
        2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc
    )
    entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert {e.date_time for e in entries} == {(2023, 11, 14, 22, 13, 20)}


def test_markup_and_unicode_survive_literally(run, tmp_path):
    article = tmp_path / "fees.txt"
    article.write_text(TRICKY, encoding="utf-8")
    out = tmp_path / "fees.docx"
    assert run("brief", article, "-o", out, "-n", "8").exit_code == 0
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    for literal in ("<b>&amp; Fees</b>", "if x < y and y > z", "12 € per tonne — about 8%", "«Порти працюють»"):
        assert literal in body


def test_control_characters_are_dropped_not_fatal(run, tmp_path):
    article = tmp_path / "bell.txt"
    article.write_text(TRICKY.replace("Officials said", "Officials\x07 said\x1b"), encoding="utf-8")
    out = tmp_path / "bell.docx"
    result = run("brief", article, "-o", out, "--title", "Port\x07 fees\x0b cut\x00", "-n", "8")
    assert result.exit_code == 0, result.stderr
    document = docx.Document(out)
    assert by_style(document, "Title") == ["Port fees cut"]
    assert document.core_properties.title == "Port fees cut"
    assert any(t.startswith("Officials said the aim") for t in by_style(document, "List Bullet"))


def test_an_empty_category_says_so(run, tmp_path):
    out = tmp_path / "harbour.docx"
    assert run("brief", FIXTURES / "harbour_talks.txt", "-o", out).exit_code == 0
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert texts[texts.index("Ukrainian reactions") + 1] == "Nothing in this article."


@pytest.mark.parametrize("size, width_mm", [("a4", 210), ("letter", 216)])
def test_page_size(run, tmp_path, size, width_mm):
    out = tmp_path / "brief.docx"
    assert run("brief", FIXTURES / "harbour_talks.txt", "-o", out, "--page-size", size).exit_code == 0
    assert round(docx.Document(out).sections[0].page_width.mm) == width_mm


def test_format_option_overrides_the_extension(run, tmp_path):
    out = tmp_path / "brief.bin"
    assert run("brief", SEED, "-o", out, "--format", "docx").exit_code == 0
    assert zipfile.is_zipfile(out) and by_style(docx.Document(out), "Heading 1")[0] == "Summary"


def test_explain_adds_scores_and_cues(run, tmp_path):
    out = tmp_path / "explained.docx"
    assert run("brief", SEED, "-o", out, "--explain").exit_code == 0
    bullets = by_style(docx.Document(out), "List Bullet")
    assert any("\nWhy: category score " in b and "matched “" in b for b in bullets)
    assert any("\nWhy: summary score " in b for b in bullets)


def test_a_date_before_zip_can_hold_it_is_the_earliest_zip_date(tmp_path):
    path = tmp_path / "old.docx"
    made = summit("brief", SEED, "-o", path, env={"SOURCE_DATE_EPOCH": "0"})  # 1970: before zip's 1980
    assert made.returncode == 0, made.stderr
    entries = zipfile.ZipFile(path).infolist()
    assert {e.date_time for e in entries} == {(1980, 1, 1, 0, 0, 0)}
    assert docx.Document(str(path)).paragraphs  # and Word's reader still opens it
