"""Property tests: hostile text through the pipeline and every registered writer.

For any bytes at all, a brief is either complete (the JSON contract holds, every
writer's output opens) or refused with exit 3 and one line on stderr; never a
traceback. Readable text with junk around it always gets a brief.

Bounded for CI: a few hundred examples in all. CI=true selects a derandomized
profile so a failure reproduces; SUMMIT_PROPERTY_SCALE=10 runs ten times as many.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st
from typer.testing import CliRunner

import summit_cli
from summit_cli import render
from summit_cli.cli import app
from summit_cli.errors import InputError
from summit_cli.quote_spans import MAX_SENTENCES
from summit_cli.rank import ALGORITHMS as RANKERS

settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

SCALE = int(os.environ.get("SUMMIT_PROPERTY_SCALE", "1"))
# A warning reaches the user's stderr on a successful run: that is a failure here.
# Deprecation notices are for developers (Python hides them from users by default), and
# third-party plugins raise them inside pytest's own hooks.
pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.filterwarnings("error")]


def examples(n: int):
    return settings(max_examples=n * SCALE)


# --- strategies -------------------------------------------------------------

WORDS = (
    "talks envoy summit ceasefire border treaty minister sanctions troops ports grain "
    "president delegation capital agreement offer territory guarantees security vote"
).split()
RTL = ["שלום עולם", "مرحبا بالعالم", "\u202eevil\u202c", "\u200fعربي\u200e"]
EMOJI = ["😀", "👩‍👩‍👧‍👦", "🇺🇦", "❤️", "e\u0301", "Z\u0351\u0352\u0353"]
MARKUP = [
    "<b>",
    "</b>",
    "<para>",
    "</para>",
    "&",
    "&amp;",
    "&#0;",
    "<",
    ">",
    "<![CDATA[",
    "]]>",
    "<script>alert(1)</script>",
    "<iframe src=x>",
    "<img src=x onerror=alert(1)>",
    "<font name='x'>",
    "<br/>",
    "{{title}}",
    "%s",
    "\\",
    "`",
    "*",
    "_",
    "#",
    "|",
    "[x](y)",
]
CONTROL = [
    "\x00",
    "\x00" * 9,
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x9f",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\u2028",
    "\u2029",
    "\u200b",
    "\r",
    "\r\n",
    "\t",
]
# Byte sequences that are not UTF-8: lone surrogates (CESU), truncated sequences, overlongs.
BAD_BYTES = [
    b"\xff",
    b"\xfe\xfe",
    b"\xed\xa0\x80",
    b"\xed\xbf\xbf",
    b"\xc3",
    b"\xe2\x82",
    b"\xc0\xaf",
    b"\xf8\x88\x80\x80\x80",
    b"\x80\x80\x80",
]

STOP_WORDS = ["the", "and", "of", "it", "is", "a", "to", "in"]  # a sentence of only these has no terms
SEPARATORS = [" ", "  ", "\n", "\n\n", ". ", "? ", "! ", "“", "”", '"', "…", "Mr. ", "U.S. ", ". The "]
# Words and sentence ends often enough that about half the inputs make a brief.
hostile_piece = st.one_of(
    st.text(max_size=40),  # any code point Hypothesis likes, astral ones included
    st.sampled_from(RTL + EMOJI + MARKUP + CONTROL),
    st.lists(st.sampled_from(WORDS + SEPARATORS), min_size=1, max_size=12).map(" ".join),
    st.lists(st.sampled_from(STOP_WORDS), min_size=1, max_size=8).map(lambda w: " ".join(w).capitalize() + ". "),
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(lambda w: " ".join(w).capitalize() + ". "),
)
hostile_text = st.lists(hostile_piece, max_size=40).map("".join)


@st.composite
def hostile_bytes(draw):
    """Hostile text encoded as UTF-8, with non-UTF-8 bytes and lone surrogates spliced in."""
    text = draw(hostile_text)
    data = text.encode("utf-8", "surrogatepass")
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from(BAD_BYTES)) + data[at:]
    return data


@st.composite
def sentence(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=14))
    return " ".join([words[0].capitalize(), *words[1:]]) + draw(st.sampled_from([".", ".", "!", "?"]))


# Junk that does not break lines (a line break may rightly turn a fragment into a heading).
LINE_BREAKS = {"\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"}
JUNK = st.one_of(
    st.sampled_from(BAD_BYTES),
    st.sampled_from([m.encode() for m in MARKUP + CONTROL if m not in LINE_BREAKS]),
    st.integers(1, 64).map(lambda n: b"\x00" * n),
)


@st.composite
def readable_with_junk(draw):
    """Paragraphs of plain sentences, with junk between (never inside) their words.

    Returns the bytes and one marker word per sentence that must survive.
    """
    paragraphs, markers = [], []
    for p in range(draw(st.integers(1, 5))):
        sentences = []
        for s in range(draw(st.integers(2, 5))):
            marker = f"Marker{p}x{s}"
            markers.append(marker)
            sentences.append(marker + " " + draw(sentence()).lower())
        words = " ".join(sentences).split(" ")
        out = b""
        for w in words:
            out += w.encode()
            out += draw(st.one_of(st.just(b" "), JUNK.map(lambda j: b" " + j + b" ")))
        paragraphs.append(out)
    return b"\n\n".join(paragraphs), markers


# --- what every brief must be -----------------------------------------------


def strict_json(data: bytes):
    """JSON as jq and browsers read it: NaN and Infinity are not JSON."""

    def refuse(name):
        raise AssertionError(f"{name} in the JSON brief")

    return json.loads(data, parse_constant=refuse)


def check_contract(brief) -> dict:
    data = strict_json(render.render(brief, "json"))
    assert data["schema"] == "summit-brief/1"
    n = data["stats"]["sentences"]
    assert n == len(brief.sentences) > 0
    idx = [s["index"] for s in data["summary"]]
    assert idx and idx == sorted(set(idx)) and all(0 <= i < n for i in idx)
    assert data["stats"]["summary_sentences"] == len(idx)
    cleaned = {s.index: s.text for s in brief.sentences}
    for s in data["summary"]:
        assert cleaned[s["index"]] == s["text"]
    assert list(data["key_points"]) == [c["id"] for c in data["categories"]]
    for points in data["key_points"].values():
        for p in points:
            assert cleaned[p["index"]] == p["text"]
    for q in data["quotes"]:
        # A quote may run over MAX_SENTENCES sentences, starting at its index.
        span = " ".join(cleaned[i] for i in range(q["index"], q["index"] + MAX_SENTENCES) if i in cleaned)
        assert q["text"] in span
    for text in cleaned.values():
        assert text and text == " ".join(text.split())
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", text), repr(text)
    return data


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


# Tags the hostile text carries; a writer that lets one through renders the article's markup.
INJECTED_TAGS = {"script", "iframe", "img", "para", "font"}


def check_opens(fmt: str, data: bytes) -> None:
    """The file a user gets opens in the tool they would open it with."""
    assert isinstance(data, bytes) and data
    if fmt == "json":
        strict_json(data)
    elif fmt == "docx":
        import docx

        assert docx.Document(io.BytesIO(data)).paragraphs
    elif fmt == "pdf":
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        assert len(reader.pages) >= 1
        for page in reader.pages:
            page.extract_text()
    elif fmt == "html":
        parser = _Tags()
        parser.feed(data.decode("utf-8"))
        assert not parser.tags & INJECTED_TAGS, parser.tags & INJECTED_TAGS
    else:  # markdown, text and whatever text format comes next
        text = data.decode("utf-8")
        assert "\x00" not in text


def brief_of_bytes(data: bytes, **options):
    """The library's own entry point (same as the CLI): a file path in, a Brief out."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "article.txt")
        with open(path, "wb") as fh:
            fh.write(data)
        return summit_cli.make_brief(path, **options)


def brief_or_refusal(data: bytes, **options):
    try:
        return brief_of_bytes(data, **options)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message and "\r" not in exc.message
        return None


ALL_FORMATS = sorted(render.FORMATS)
ALGORITHMS = list(RANKERS)  # every summarizer, those added later included


# --- properties --------------------------------------------------------------


@examples(150)
@given(hostile_bytes())
def test_any_bytes_give_a_complete_brief_or_a_clean_refusal(data):
    brief = brief_or_refusal(data)
    if brief is not None:
        check_contract(brief)


@examples(40)
@given(hostile_bytes(), st.sampled_from(ALGORITHMS))
def test_every_summarizer_survives_hostile_text(data, algorithm):
    brief = brief_or_refusal(data, algorithm=algorithm)
    if brief is not None:
        check_contract(brief)


# Sentences without a single content term: stop words, numbers, symbols, one repeated word.
degenerate_sentence = st.lists(
    st.one_of(
        st.sampled_from(STOP_WORDS), st.integers(0, 10**6).map(str), st.sampled_from(EMOJI + ["€", "—", "talks"])
    ),
    min_size=1,
    max_size=8,
).map(lambda w: " ".join(w).capitalize() + ".")


@examples(30)
@given(st.lists(degenerate_sentence, min_size=1, max_size=6))
def test_every_summarizer_survives_sentences_without_terms(sentences):
    data = "\n".join(sentences).encode()
    for algorithm in ALGORITHMS:
        brief = brief_or_refusal(data, algorithm=algorithm)
        if brief is not None:
            check_contract(brief)


@examples(60)
@given(readable_with_junk())
@example(  # found by this test: a lone undecodable byte between two sentences made them a headline
    (
        b"Marker0x0 talks talks talks talks. Marker0x1 talks talks talks talks. \n\nMarker1x0 talks talks talks talks."
        b" \xff Marker1x1 talks talks talks talks. \xff \n\nMarker2x0 talks talks talks talks.",
        ["Marker0x0", "Marker0x1", "Marker1x0", "Marker1x1", "Marker2x0"],
    )
)
def test_readable_text_with_junk_gets_a_brief_not_a_refusal(case):
    data, markers = case
    brief = brief_of_bytes(data, sentences=3)  # an InputError here fails the test
    check_contract(brief)
    cleaned = " ".join(s.text for s in brief.sentences) + " " + brief.title
    lost = [m for m in markers if m not in cleaned]
    assert not lost, f"readable words lost in decoding or cleaning: {lost}"


@examples(60)
@given(hostile_bytes(), hostile_text)
def test_every_writer_renders_hostile_briefs_that_open(data, title):
    # A readable line after the junk guarantees there is a brief to write.
    data += b"\nThe envoy said the talks would resume on Monday."
    brief = brief_of_bytes(data)
    for fmt in ALL_FORMATS:
        check_opens(fmt, render.render(brief, fmt, render.RenderOptions(explain=True)))
    # A title given on the command line is as hostile as the article.
    titled = brief_of_bytes(data, title=title)
    for fmt in ALL_FORMATS:
        check_opens(fmt, render.render(titled, fmt))


_runner = CliRunner()


@examples(40)
@given(hostile_bytes(), st.sampled_from(ALL_FORMATS))
def test_cli_exits_0_or_3_with_one_line(data, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "article.txt")
        with open(path, "wb") as fh:
            fh.write(data)
        target = os.path.join(tmp, "brief" + render.extension(fmt))
        result = _runner.invoke(app, ["brief", path, "-o", target, "-f", fmt])
        assert result.exit_code in (0, 3), (result.exit_code, result.stderr, result.exception)
        if result.exit_code == 3:
            assert result.stderr.startswith("summit: ") and result.stderr.count("\n") == 1
            assert not os.path.exists(target)
        else:
            # Quiet on success, but for the one note a brief may give: the text is off the taxonomy's subject.
            notes = [line for line in result.stderr.splitlines() if ": Not about " not in line]
            assert result.stdout == "" and notes == []
            with open(target, "rb") as fh:
                check_opens(fmt, fh.read())
        assert sorted(os.listdir(tmp)) in (["article.txt"], sorted(["article.txt", os.path.basename(target)]))


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 5000,
        b"\xff\xfe" + "Talks resumed on Monday. The envoy left.".encode("utf-16-le"),
        "Talks resumed on Monday. The envoy left.".encode("utf-16-le"),
        b'<b>Talks</b> resumed &amp; <para>the envoy</para> left.\x00\x00\xed\xa0\x80 He said "no".',
        "\u202eTalks resumed. \u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd. 😀😀 The envoy left.".encode(),
        b"\x1b[2J\x1b[31mTalks resumed on Monday.\x07\x07 The envoy left.",
    ],
)
def test_real_entry_point_never_prints_a_traceback(data, tmp_path):
    from conftest import summit

    article = tmp_path / "article.txt"
    article.write_bytes(data)
    result = summit("brief", article, "-f", "json")
    assert result.returncode in (0, 3), result.stderr
    assert b"Traceback" not in result.stderr
    if result.returncode == 0:
        assert result.stderr == b""
        json.loads(result.stdout)
    else:
        assert result.stdout == b"" and result.stderr.count(b"\n") == 1


@examples(100)
@given(
    st.lists(
        st.one_of(st.text(max_size=20), st.sampled_from(CONTROL + ["\u0301" * 40, "\u0316\u0301" * 20])), max_size=20
    ).map("".join)
)
def test_normalize_is_idempotent_nfc_and_junk_free(text):
    import unicodedata

    from summit_cli.text.normalize import MAX_COMBINING_MARKS, normalize

    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\ufeff\u2028\u2029]", once)
    assert not re.search("[\u0300-\u036f]{%d}" % (MAX_COMBINING_MARKS + 1), once)
