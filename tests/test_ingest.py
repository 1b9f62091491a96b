"""Readers: every kind of input a user has reaches the analysis as clean text with its metadata."""

import json
import socket
import subprocess
import sys
import zipfile

import pytest

from conftest import SEED, summit
from ingest_pages import (
    ARTICLE,
    AUTHOR,
    DATE,
    FURNITURE,
    SECTION,
    SITE,
    TITLE,
    URL,
    article_page,
    docx_bytes,
    image_only_pdf,
    long_report,
    pdf_bytes,
)
from summit_cli import ingest
from summit_cli.errors import InputError


def brief_texts(brief):
    return (
        [s["text"] for s in brief["summary"]]
        + [p["text"] for pts in brief["key_points"].values() for p in pts]
        + [q["text"] for q in brief["quotes"]]
    )


def all_sentences(run_json, path, *args):
    brief = run_json(path, "-n", "50", *args)
    return brief, [s["text"] for s in brief["summary"]]


# --- HTML -------------------------------------------------------------------------------


def test_html_page_gives_the_article_and_none_of_the_furniture(tmp_path, run, run_json):
    page = tmp_path / "harbour.html"
    page.write_text(article_page(), encoding="utf-8")
    brief, sentences = all_sentences(run_json, page)
    assert sentences[0] == ARTICLE[0] and sentences[-1] == ARTICLE[-1]
    assert brief["stats"]["sentences"] == len(ARTICLE)  # the sub-heading and byline are not sentences
    for text in brief_texts(brief) + [brief["title"]]:
        for phrase in FURNITURE:
            assert phrase not in text, (phrase, text)
    markdown = run("brief", page).stdout
    assert not any(phrase in markdown for phrase in FURNITURE)
    assert brief["title"] == TITLE
    assert brief["source"]["site"] == SITE and brief["source"]["author"] == AUTHOR
    assert brief["source"]["date"] == DATE and brief["source"]["url"] == URL


def test_html_date_is_only_one_the_page_states(tmp_path):
    page = article_page().replace(f'<meta property="article:published_time" content="{DATE}T09:30:00Z">', "")
    page = page.replace(f'<time datetime="{DATE}">{DATE}</time>', "")
    assert DATE not in page and "Copyright 2025" in page
    path = tmp_path / "undated.html"
    path.write_text(page, encoding="utf-8")
    assert ingest.read(str(path)).date is None  # not a guess from the footer's copyright year


def test_html_headings_are_marked_and_not_summarised(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(article_page(), encoding="utf-8")
    article = ingest.read(str(page))
    assert [b.text for b in article.blocks if b.heading] == [SECTION]
    assert [b.text for b in article.blocks if not b.heading] == ARTICLE


def test_seed_as_html_gives_the_same_sentences_as_the_text(tmp_path, run_json):
    lines = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    page = tmp_path / "seed.html"
    page.write_text(article_page("Trump and Putin meet in Alaska", lines, section=None), encoding="utf-8")
    _, from_text = all_sentences(run_json, SEED)
    _, from_html = all_sentences(run_json, page)
    assert from_html == from_text


def test_html_is_parsed_offline_and_scripts_never_run(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a reader touched the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = tmp_path / "p.html"
    page.write_text(article_page(), encoding="utf-8")
    article = ingest.read(str(page))
    assert not any("Injected" in b.text or "document.write" in b.text for b in article.blocks)


def test_cp1252_html_without_mojibake(tmp_path, run_json):
    paragraphs = [
        "The café’s owner said the “first offer” of €40,000 was too low for the naïve buyers from Zürich."
    ] * 3
    page = tmp_path / "cafe.html"
    page.write_bytes(
        article_page("Café sale stalls", paragraphs, section=None, charset="windows-1252").encode("cp1252")
    )
    brief = run_json(page)
    assert brief["summary"][0]["text"] == paragraphs[0]
    assert brief["title"] == "Café sale stalls"


def test_page_with_no_article_is_an_input_error(tmp_path, run):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    result = run("brief", page)
    assert result.exit_code == 3 and "empty.html" in result.stderr and "no article text" in result.stderr


def test_plain_text_never_imports_the_html_or_pdf_libraries():
    code = (
        "import sys; from summit_cli import ingest; ingest.read(sys.argv[1]); "
        "print(sorted(m for m in ('trafilatura', 'lxml', 'pypdf', 'docx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- encodings of plain text ------------------------------------------------------------

TEXT = (
    "Café owners in Zürich said the “first offer” was too low.\n"
    "The naïve buyers’ agent called it a fair price at €40,000 – for now.\n"
    "Talks will resume on Monday after the holiday weekend.\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings_decode_without_mojibake(tmp_path, run_json, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    sentences = [s["text"] for s in run_json(path, "-n", "10")["summary"]]
    assert sentences == TEXT.strip().split("\n")


def test_latin1_text_without_mojibake(tmp_path, run_json):
    text = "Le maire de Genève a déclaré que l'accord était « équitable » pour les pêcheurs.\n" * 2
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    first = run_json(path)["summary"][0]["text"]
    assert first == text.split("\n")[0] and "Ã" not in first


# --- DOCX -------------------------------------------------------------------------------


def test_docx_paragraphs_title_and_headings(tmp_path, run_json):
    path = tmp_path / "harbour.docx"
    path.write_bytes(docx_bytes())
    article = ingest.read(str(path))
    assert article.title == TITLE and article.author == AUTHOR
    assert [b.text for b in article.blocks if b.heading] == [SECTION]
    brief, sentences = all_sentences(run_json, path)
    assert sentences == ARTICLE and brief["title"] == TITLE


def test_damaged_docx_is_a_one_line_input_error(tmp_path, run):
    path = tmp_path / "broken.docx"
    path.write_bytes(docx_bytes()[:2000])
    result = run("brief", path)
    assert result.exit_code == 3 and result.stderr.count("\n") == 1 and "broken.docx" in result.stderr


# --- PDF --------------------------------------------------------------------------------


def test_pdf_text_layer_reflowed_into_sentences(tmp_path, run_json):
    path = tmp_path / "harbour.pdf"
    path.write_bytes(pdf_bytes())
    brief, sentences = all_sentences(run_json, path)
    # Sentences longer than a printed line come back whole, not cut at the line end.
    assert sentences == ARTICLE
    assert brief["title"] == TITLE and brief["source"]["author"] == AUTHOR


def test_multi_page_pdf_drops_running_heads_and_page_numbers(tmp_path):
    paragraphs = long_report()
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes("Harbour fees report", paragraphs, running="Valport Evening Post | Harbour report"))
    article = ingest.read(str(path))
    from pypdf import PdfReader

    assert len(PdfReader(str(path)).pages) >= 3
    # Paragraphs that run over a page end come back whole; the running head and footers are gone.
    assert [b.text for b in article.blocks] == paragraphs
    assert article.title == "Harbour fees report"


def test_image_only_pdf_is_refused_with_a_reason(tmp_path, run):
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_only_pdf())
    result = run("brief", path)
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "scan.pdf" in result.stderr and "no text layer" in result.stderr


def test_password_protected_pdf_is_refused_with_a_reason(tmp_path, run):
    path = tmp_path / "locked.pdf"
    path.write_bytes(pdf_bytes(password="s3cret"))
    result = run("brief", path)
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "locked.pdf" in result.stderr and "password" in result.stderr


def test_truncated_pdf_is_a_one_line_error(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(pdf_bytes()[:300])
    result = summit("brief", path)
    assert result.returncode == 3 and b"Traceback" not in result.stderr and b"cut.pdf" in result.stderr


# --- detection --------------------------------------------------------------------------


def test_kind_comes_from_content_before_name(tmp_path, run_json):
    misnamed = tmp_path / "report.txt"
    misnamed.write_bytes(pdf_bytes())
    assert all_sentences(run_json, misnamed)[1] == ARTICLE


def test_html_on_stdin_is_sniffed(run):
    result = run("brief", "-", "-f", "json", "-n", "50", input=article_page())
    assert result.exit_code == 0, result.stderr
    assert [s["text"] for s in json.loads(result.stdout)["summary"]] == ARTICLE


def test_input_format_overrides_detection(tmp_path, run, run_json):
    page = tmp_path / "page.txt"
    page.write_text(article_page(), encoding="utf-8")
    assert all_sentences(run_json, page, "--input-format", "html")[1] == ARTICLE
    result = run("brief", page, "--input-format", "rtf")
    assert result.exit_code == 2 and "rtf" in result.stderr


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, "image"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "Word"),
    ],
)
def test_unsupported_binaries_are_refused(tmp_path, run, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    result = run("brief", path)
    assert result.exit_code == 3 and reason in result.stderr and name in result.stderr


def test_zip_that_is_not_a_word_file_is_refused(tmp_path, run):
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "hello " * 100)
    result = run("brief", path)
    assert result.exit_code == 3 and "ZIP" in result.stderr


def test_reader_errors_name_the_path_the_user_gave(tmp_path):
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "scan.pdf"
    path.write_bytes(image_only_pdf())
    with pytest.raises(InputError) as info:
        ingest.read(str(path))
    assert info.value.message.startswith(str(path) + ":")


def test_cp1251_ukrainian_text_decodes(tmp_path, run_json):
    text = (
        "Зеленський заявив, що Україна не віддасть жодних територій.\n"
        "Переговори тривали шість годин, повідомили в офісі президента.\n"
    )
    path = tmp_path / "ua.txt"
    path.write_bytes(text.encode("cp1251"))
    assert [s["text"] for s in run_json(path, "-n", "2")["summary"]] == text.strip().split("\n")


def test_utf8_with_junk_bytes_keeps_its_text(tmp_path, run_json):
    good = "The café’s owner said the “first offer” was too low for the buyers from Zürich."
    path = tmp_path / "junk.txt"
    path.write_bytes(good.encode() + b"\xff\xfe\x80 \n" + "Talks resume on Monday, the owner’s lawyer said.\n".encode())
    first = run_json(path)["summary"][0]["text"]
    assert first.startswith(good)


@pytest.mark.parametrize(
    "old,new", [(b"/FlateDecode", b"/FlateDecKde"), (b"/ASCII85Decode", b"/ASCII85Decodx"), (b"/Pages", b"/Pagez")]
)
def test_damaged_pdf_internals_are_one_line_errors(tmp_path, run, old, new):
    data = pdf_bytes()
    assert old in data
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data.replace(old, new))
    result = run("brief", path)
    assert result.exit_code == 3 and result.stderr.count("\n") == 1 and "damaged.pdf" in result.stderr


# --- damaged files of every kind: a reason, never a traceback ----------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from summit_cli.errors import SummitError  # noqa: E402

_INTACT = {
    "html": article_page().encode(),
    "docx": docx_bytes(),
    "pdf": pdf_bytes(),
    "text": "\n".join(ARTICLE).encode(),
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(sorted(_INTACT)),
    read_as=st.sampled_from([None, *sorted(_INTACT)]),
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=20),
    keep=st.floats(0.01, 1),
)
def test_damaged_inputs_give_a_reason_not_a_traceback(kind, read_as, flips, keep):
    data = bytearray(_INTACT[kind])
    for where, value in flips:
        data[int(where * len(data))] = value
    data = bytes(data[: max(1, int(keep * len(data)))])
    try:
        article = ingest.parse(data, "f", read_as or ingest.detect(data, "f." + kind))
    except SummitError as exc:
        assert "\n" not in exc.message and exc.message.startswith("f:")
    else:
        assert all(b.text.strip() for b in article.blocks)
