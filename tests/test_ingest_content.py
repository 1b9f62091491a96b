"""The content says what an input is and where its article is, whatever the name says.

A web page saved as .txt, piped in or served as text/plain is read as a page; a PDF's
running heads, page numbers and list bullets are layout, not sentences; a page's
<title> gives its headline without the site's names; bytes that are no PDF get the
not-text refusal even when named .pdf. Every page and PDF is built here.
"""

from __future__ import annotations

import html
import io
import json
import random

import pytest

from conftest import summit
from ingest_pages import ARTICLE, TITLE, article_page, long_report, pdf_bytes
from test_url import ROUTES, server  # noqa: F401 - the local web server fixture

PAGE = article_page()


def sentences(result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return [s["text"] for s in json.loads(result.stdout)["summary"]]


def one_line(result) -> str:
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.startswith("summit: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


# --- a page is a page, whatever its name ---------------------------------------------------


@pytest.mark.parametrize("name", ["page.txt", "page.md", "page"])
def test_page_saved_under_a_text_name_is_read_as_a_page(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    result = summit("brief", path)  # the installed entry point, as the user ran it
    assert result.returncode == 0, result.stderr
    markdown = result.stdout.decode()
    assert markdown.startswith(f"# {TITLE}\n") and "<title>" not in markdown and "DOCTYPE" not in markdown
    assert "cookies" not in markdown


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        b"\xef\xbb\xbf\n\n" + PAGE.encode("utf-8"),  # a BOM and blank lines before the doctype
        PAGE.encode("utf-16"),  # saved by a Windows editor
        b'<?xml version="1.0"?>\n<!-- saved from url=(0031)https://example.org -->\n'
        + PAGE.replace("<!DOCTYPE html>\n", "").encode("utf-8"),
    ],
    ids=["plain", "bom", "utf-16", "xml-prolog-and-comment"],
)
def test_page_in_a_text_file_or_on_stdin_is_read_as_a_page(run, data, tmp_path):
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    result = run("brief", path, "-f", "json", "-n", "50")
    assert sentences(result) == ARTICLE
    assert json.loads(result.stdout)["title"] == TITLE
    with path.open("rb") as stdin:
        piped = summit("brief", "-", "-f", "json", "-n", "50", input=stdin.read())
    assert piped.returncode == 0, piped.stderr
    assert [s["text"] for s in json.loads(piped.stdout)["summary"]] == ARTICLE


def test_markup_without_a_doctype_is_read_as_a_page(run):
    # A scraper's output: the article element alone, no <html>, <head> or doctype.
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE)
    fragment = f'<div class="story"><h2>{html.escape(TITLE)}</h2>\n{body}\n</div>'
    result = run("brief", "-", "-f", "json", "-n", "50", input=fragment)
    assert sentences(result) == ARTICLE


def test_text_that_starts_with_a_tag_name_is_still_text(tmp_path, run):
    lines = ["<p> tags were all the harbour website ever had, the town clerk said on Monday."] + ARTICLE
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert sentences(run("brief", path, "-f", "json", "-n", "50"))[0] == lines[0]


def test_page_served_as_text_plain_is_read_as_a_page(server, monkeypatch, run):  # noqa: F811 - the fixture
    monkeypatch.setitem(ROUTES, "/page-as-plain", (200, "text/plain; charset=utf-8", PAGE.encode("utf-8")))
    result = run("brief", f"{server}/page-as-plain", "-f", "json", "-n", "50")
    assert sentences(result) == ARTICLE
    assert json.loads(result.stdout)["title"] == TITLE


# --- PDF: the article, not the page furniture ------------------------------------------------


RUNNING = "Harbour councils agree to share the northern channel after six weeks of talks in the port…"


def furnished_pdf(paragraphs: list[str], items: list[str]) -> bytes:
    """A PDF with the title as its running head on every page, "Page N" under it, and a bulleted list."""
    from importlib import resources

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    # A font with a Unicode map, so the text layer says "•" as a rendered brief's does.
    with resources.as_file(resources.files("summit_cli") / "fonts" / "DejaVuSans.ttf") as font:
        pdfmetrics.registerFont(TTFont("TestSans", str(font)))
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="TestSans", bulletFontName="TestSans")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=RUNNING)
    story = [Paragraph(RUNNING, styles["Title"])]
    story += [Paragraph(p, body) for p in paragraphs]
    story += [Paragraph(p, body, bulletText="•") for p in items]

    def furniture(canvas, document):
        canvas.setFont("TestSans", 10)
        canvas.drawString(72, A4[1] - 40, RUNNING)
        canvas.drawString(72, A4[1] - 52, f"Page {document.page}")

    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()


@pytest.mark.parametrize("n,pages", [(14, 2), (40, 4)])
def test_pdf_running_title_page_numbers_and_bullets_are_not_sentences(tmp_path, run, n, pages):
    from pypdf import PdfReader

    paragraphs, items = long_report(n), ARTICLE[:3]
    data = furnished_pdf(paragraphs, items)
    assert len(PdfReader(io.BytesIO(data)).pages) == pages
    assert "• The councils" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    result = run("brief", path, "-f", "json", "-n", "100")
    # Every paragraph and list item once and whole; the running title, "Page N" and "•" nowhere.
    assert sentences(result) == paragraphs + items
    assert json.loads(result.stdout)["title"] == RUNNING


# --- a <title>'s headline --------------------------------------------------------------------


def titled_page(title: str, site: str | None = None) -> str:
    """A page whose only headline is its <title>: no og:title, no h1."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE)
    meta = f'<meta property="og:site_name" content="{html.escape(site)}">' if site else ""
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title>{meta}</head>"
        f"<body><article>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "title,site,headline",
    [
        (f"{TITLE} | World News - Example Times", None, TITLE),
        (f"{TITLE} – Example Times", None, TITLE),
        (f"{TITLE} :: Harbour :: example.org", None, TITLE),
        (f"{TITLE} — The Valport Evening Post Online", None, TITLE),
        (f"{TITLE} • Example Times", None, TITLE),
        (f"example.org | {TITLE}", None, TITLE),
        (f"Valport Evening Post | {TITLE}", "Valport Evening Post", TITLE),
        ("U.S. envoys join the harbour talks | Example Times", None, "U.S. envoys join the harbour talks"),
        ("Talks resume - and stall - in Geneva", None, "Talks resume - and stall - in Geneva"),
        ("Talks resume - and stall - in Geneva | Example Times", None, "Talks resume - and stall - in Geneva"),
        ("Harbour talks - what the two councils agreed and what is left", None, None),
    ],
)
def test_title_element_gives_the_headline_without_site_or_section(tmp_path, run, title, site, headline):
    path = tmp_path / "page.html"
    path.write_text(titled_page(title, site), encoding="utf-8")
    result = run("brief", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["title"] == (headline or title)
    assert brief["source"].get("site") != brief["title"]  # a headline is never taken for the site's name


# --- junk named .pdf or .docx ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["junk.pdf", "junk.docx"])
def test_random_bytes_named_as_a_document_are_refused_as_binary(tmp_path, run, name):
    path = tmp_path / name
    path.write_bytes(random.Random(11).randbytes(20_000))
    line = one_line(run("brief", path))
    assert "binary data, not an article" in line and name in line


def test_damaged_real_pdf_keeps_its_own_reason(tmp_path, run):
    data = pdf_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])  # starts as a PDF, stops mid-stream
    line = one_line(run("brief", path))
    assert "PDF" in line and "binary data" not in line and "cut.pdf" in line
    path.write_bytes(b"%PDX-1.4" + data[8 : len(data) // 3])  # and with its header damaged too
    line = one_line(run("brief", path))
    assert "PDF" in line and "binary data" not in line
