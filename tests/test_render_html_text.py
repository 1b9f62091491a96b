"""The HTML page, the plain-text brief, what a Markdown run does not load, and identical bytes in every format."""

import html
import json
import re
import sys

import pytest

from articles import TRICKY
from conftest import FIXTURES, SEED, summit, printed_somewhere
from summit_cli import render

TITLE = "Саміт на Алясці"


def seed_json(*args):
    return json.loads(summit("brief", SEED, "-f", "json", *args).stdout)


def test_html_is_one_self_contained_page(run, tmp_path):
    out = tmp_path / "brief.html"
    assert run("brief", SEED, "-o", out, "--title", TITLE).exit_code == 0
    page = out.read_text("utf-8")
    brief = seed_json("--title", TITLE)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert f"<title>{TITLE}</title>" in page and f"<h1>{TITLE}</h1>" in page
    assert re.findall(r"<h2>(.*?)</h2>", page) == ["Summary", "Key points", "Quotes"]
    assert re.findall(r"<h3>(.*?)</h3>", page) == ["Objectives", "Concessions", "Ukrainian reactions"]
    assert "<style>" in page
    assert not re.search(r"<script|<link|\bsrc=|\bhref=|@import|url\(", page)  # nothing fetched
    text = html.unescape(page)
    assert '<html lang="en">' in page
    for s in brief["summary"]:
        assert f"<li>{s['text']}" in text and f'<span class="ref">[{s["index"] + 1}]</span>' in text
    for points in brief["key_points"].values():
        for p in points:
            assert text.count(p["text"]) == int(p["index"] in printed_somewhere(brief))
    assert text.count("<blockquote>") == sum(q["shown"] for q in brief["quotes"]) > 0


def test_html_escapes_article_text(run, tmp_path):
    article = tmp_path / "fees.txt"
    article.write_text(TRICKY, encoding="utf-8")
    result = run("brief", article, "-f", "html", "-n", "8")
    assert result.exit_code == 0
    page = result.stdout
    assert "<b>" not in page and "&lt;b&gt;&amp;amp; Fees&lt;/b&gt;" in page
    assert "x &lt; y and y &gt; z" in page and "«Порти працюють»" in page


def test_text_brief_is_plain(run):
    result = run("brief", SEED, "-f", "text")
    assert result.exit_code == 0
    out = result.stdout
    brief = seed_json()
    lines = out.splitlines()
    assert lines[0] == brief["title"] and set(lines[1]) == {"="}
    assert "\\" not in out and "<" not in out and "*" not in out  # no Markdown or HTML left over
    for s in brief["summary"]:
        assert any(line.startswith(f"- {s['text']}") and f"[{s['index'] + 1}]" in line for line in lines)
    for points in brief["key_points"].values():
        for p in points:
            if p["shown"]:
                assert any(line.startswith(f"- {p['text']} [{p['index'] + 1}]") for line in lines)
    assert f"{brief['stats']['words']} words" in lines[2] and "% of the article" in lines[2]


def test_text_from_the_txt_extension_and_an_empty_category(run, tmp_path):
    out = tmp_path / "brief.txt"
    assert run("brief", FIXTURES / "harbour_talks.txt", "-o", out).exit_code == 0
    lines = out.read_text("utf-8").splitlines()
    assert lines[lines.index("Ukrainian reactions:") + 1].strip() == "Nothing in this article."


def test_explain_reaches_text_and_html(run):
    for fmt in ("text", "html"):
        out = run("brief", SEED, "-f", fmt, "--explain").stdout
        assert "matched “" in out and "continues:" not in out
    text = run("brief", SEED, "-f", "text", "--explain").stdout
    assert "\n  Why: summary score " in text and "\n  Why: category score " in text
    html = run("brief", SEED, "-f", "html", "--explain").stdout
    assert '<span class="why">Why: summary score ' in html


def test_markdown_and_json_runs_do_not_load_the_document_libraries():
    """reportlab and python-docx cost start-up time; only DOCX and PDF runs may pay it."""
    probe = (
        "import sys, runpy; sys.argv = ['summit', 'brief', sys.argv[1], '-f', sys.argv[2]];\n"
        "try: runpy.run_module('summit_cli', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'docx'}), file=sys.stderr)"
    )
    import subprocess

    for fmt in ("markdown", "json", "text", "html"):
        done = subprocess.run([sys.executable, "-c", probe, str(SEED), fmt], capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stderr.decode().strip().endswith("[]"), (fmt, done.stderr)


@pytest.mark.parametrize("fmt", sorted(render.FORMATS))
def test_same_input_gives_identical_bytes_in_every_format(tmp_path, fmt):
    """CI caches, diffs and signs briefs: two runs must agree to the byte."""
    paths = [tmp_path / f"one{render.extension(fmt)}", tmp_path / f"two{render.extension(fmt)}"]
    for path in paths:
        assert summit("brief", SEED, "-o", path, "--title", "Саміт на Алясці").returncode == 0
    assert paths[0].read_bytes() == paths[1].read_bytes()
