"""The PDF brief as a reader opens it: text, outline, metadata, fonts, paper, same bytes."""

import json
import re

import pypdf
import pytest
from pypdf.generic import ContentStream
from articles import TRICKY
from conftest import FIXTURES, SEED, summit, printed_somewhere

TITLE = "Саміт на Алясці"


def squeeze(text: str) -> str:
    """Text without whitespace: line wrapping decides where pypdf puts breaks."""
    return re.sub(r"\s+", "", text)


def outline_titles(outline) -> list:
    return [outline_titles(o) if isinstance(o, list) else o.title for o in outline]


def starts(page) -> dict[str, tuple[float, float, float]]:
    """Where each piece of a page's text starts (x, y in points from the paper's lower left) and its size."""
    at: dict[str, tuple[float, float, float]] = {}

    def visit(text, cm, tm, font, size):
        at.setdefault(text.strip(), (tm[4] + cm[4], tm[5] + cm[5], size))

    page.extract_text(visitor_text=visit)
    return at


def rules(page) -> list[tuple[float, float, float, float]]:
    """The straight lines drawn on a page: (x1, y1, x2, y2)."""
    ops = ContentStream(page.get_contents(), page.pdf).operations
    return [(*map(float, a), *map(float, b)) for (a, op1), (b, op2) in zip(ops, ops[1:]) if (op1, op2) == (b"m", b"l")]


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory):
    """The seed as PDF (format picked from -o's extension) and as JSON, from one set of options."""
    out = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    made = summit("brief", SEED, "-o", out, "--title", TITLE)
    assert made.returncode == 0, made.stderr
    assert made.stdout == b""
    as_json = summit("brief", SEED, "-f", "json", "--title", TITLE)
    return out, json.loads(as_json.stdout)


def test_pdf_holds_every_summary_sentence_and_key_point(seed_pdf):
    path, brief = seed_pdf
    assert path.read_bytes().startswith(b"%PDF-")
    reader = pypdf.PdfReader(path)
    text = squeeze(" ".join(page.extract_text() for page in reader.pages))
    assert brief["summary"] and any(brief["key_points"].values())
    for s in brief["summary"]:
        assert squeeze(s["text"]) in text and f"[{s['index'] + 1}]" in text
    for points in brief["key_points"].values():
        for p in points:
            # Printed once: under its category, or in the summary with a category tag.
            assert text.count(squeeze(p["text"])) == int(p["index"] in printed_somewhere(brief))
            if p["shown"]:
                assert squeeze(p["text"]) + f"[{p['index'] + 1}]" in text
    assert any(q["shown"] for q in brief["quotes"])
    for q in brief["quotes"]:
        if q["shown"]:
            assert squeeze(f"“{q['text']}”") in text
    assert squeeze("Numbers in brackets are sentence numbers") in text


def test_pdf_title_metadata_and_outline(seed_pdf):
    path, brief = seed_pdf
    reader = pypdf.PdfReader(path)
    first_page = reader.pages[0].extract_text()
    assert first_page.lstrip().startswith(TITLE) or TITLE in first_page.splitlines()[:3]
    meta = reader.metadata
    assert meta.title == TITLE
    assert "summit" in meta.creator and meta.author == "summit"
    assert "summary" in meta.subject and brief["source"]["name"] in meta.subject
    for label in ("Objectives", "Concessions", "Ukrainian reactions"):
        assert label in meta["/Keywords"]
    assert outline_titles(reader.outline) == [
        "Summary",
        "Key points",
        ["Objectives", "Concessions", "Ukrainian reactions"],
        "Quotes",
    ]


def test_each_bookmark_opens_the_page_of_its_heading(run, tmp_path):
    out = tmp_path / "long.pdf"
    assert run("brief", SEED, "--ratio", "1", "-o", out).exit_code == 0
    reader = pypdf.PdfReader(out)

    def flat(outline):
        return [x for o in outline for x in (flat(o) if isinstance(o, list) else [o])]

    pages = {o.title: reader.get_destination_page_number(o) for o in flat(reader.outline)}
    assert {"Summary", "Key points"} <= set(pages) and len(set(pages.values())) > 1, pages  # they span pages
    for title, number in pages.items():
        assert title in [ln.strip() for ln in reader.pages[number].extract_text().splitlines()], (title, number)


def test_every_page_has_a_numbered_running_footer(seed_pdf):
    reader = pypdf.PdfReader(seed_pdf[0])
    assert len(reader.pages) >= 2
    for number, page in enumerate(reader.pages, 1):
        lines = [ln.strip() for ln in page.extract_text().splitlines()]
        assert f"Page {number}" in lines
        assert TITLE in " ".join(lines[-3:] + lines[:3])
        # on the paper: the title at the left margin, the page number inside the mirrored right one
        at = starts(page)
        (left, y, size), width = at[TITLE], float(page.mediabox.width)
        assert 0 < left < width / 2 < at[f"Page {number}"][0] < width - left, (at[f"Page {number}"], width)
        # ruled off from the page above it: a level line across the text column, clear of the footer's letters
        x1, y1, x2, y2 = rules(page)[0]  # drawn with the page, before its text
        assert (x1, x2) == (pytest.approx(left), pytest.approx(width - left)) and y1 == y2 >= y + size


def test_pdf_embeds_its_own_unicode_font(seed_pdf):
    """No font is left to the viewer's system: every one is embedded (TrueType subsets)."""
    reader = pypdf.PdfReader(seed_pdf[0])
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVuSans" in name
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_markup_characters_and_symbols_print_as_themselves(tmp_path):
    article = tmp_path / "fees.txt"
    article.write_text(TRICKY, encoding="utf-8")
    out = tmp_path / "fees.pdf"
    made = summit("brief", article, "-o", out, "-n", "8")
    assert made.returncode == 0, made.stderr
    text = squeeze(" ".join(p.extract_text() for p in pypdf.PdfReader(out).pages))
    for literal in (
        "<b>&amp; Fees</b>",
        "if x < y and y > z",
        "R&D budgets",
        "12 € per tonne — about 8%",
        "«Порти працюють»",
        "“We will not give up our ports",
    ):
        assert squeeze(literal) in text


def test_source_date_epoch_sets_the_date_and_keeps_bytes_identical(tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}  # 2023-11-14T22:13:20Z
    paths = [tmp_path / "one.pdf", tmp_path / "two.pdf"]
    for path in paths:
        assert summit("brief", SEED, "-o", path, env=env).returncode == 0
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert pypdf.PdfReader(paths[0]).metadata["/CreationDate"].startswith("D:20231114221320")
    plain = tmp_path / "plain.pdf"
    assert summit("brief", SEED, "-o", plain).returncode == 0
    assert pypdf.PdfReader(plain).metadata["/CreationDate"].startswith("D:20000101")


@pytest.mark.parametrize("size, width, height", [(None, 595, 842), ("a4", 595, 842), ("letter", 612, 792)])
def test_page_size(run, tmp_path, size, width, height):
    out = tmp_path / "brief.pdf"
    args = ["--page-size", size] if size else []
    assert run("brief", FIXTURES / "harbour_talks.txt", "-o", out, *args).exit_code == 0
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (width, height)


def test_unknown_page_size_is_a_usage_error(run, tmp_path):
    result = run("brief", SEED, "-o", tmp_path / "brief.pdf", "--page-size", "a3")
    assert result.exit_code == 2
    assert "page size" in result.stderr and "letter" in result.stderr
    assert not (tmp_path / "brief.pdf").exists()


def test_format_option_overrides_the_extension_and_pipes_binary(tmp_path):
    out = tmp_path / "brief.txt"
    assert summit("brief", SEED, "-o", out, "--format", "pdf").returncode == 0
    assert out.read_bytes().startswith(b"%PDF-")
    piped = summit("brief", SEED, "-f", "pdf")  # stdout is a pipe here, not a terminal
    assert piped.returncode == 0 and piped.stdout.startswith(b"%PDF-") and piped.stdout.rstrip().endswith(b"%%EOF")


def test_an_empty_category_says_so(run, tmp_path):
    out = tmp_path / "harbour.pdf"
    assert run("brief", FIXTURES / "harbour_talks.txt", "-o", out).exit_code == 0
    text = squeeze(" ".join(p.extract_text() for p in pypdf.PdfReader(out).pages))
    assert squeeze("Ukrainian reactions Nothing in this article.") in text


def test_malformed_source_date_epoch_is_refused_for_document_formats(tmp_path):
    for name in ("brief.pdf", "brief.docx"):
        made = summit("brief", SEED, "-o", tmp_path / name, env={"SOURCE_DATE_EPOCH": "yesterday"})
        assert made.returncode == 2
        assert made.stderr.decode().startswith("summit: SOURCE_DATE_EPOCH must be a whole number")
        assert not (tmp_path / name).exists()


def test_explain_adds_scores_and_cues(run, tmp_path):
    out = tmp_path / "explained.pdf"
    assert run("brief", SEED, "-o", out, "--explain").exit_code == 0
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Why: summary score " in text and "Why: category score " in text
    assert pypdf.PdfReader(out).trailer["/Root"]["/PageMode"] == "/UseOutlines"
