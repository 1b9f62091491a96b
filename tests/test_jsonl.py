"""--jsonl: JSON Lines in, one brief (or error) line out per input, in order, streaming."""

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT, SEED, summit
from ingest_pages import article_page

HARBOUR = FIXTURES / "harbour_talks.txt"


def lines(*rows):
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows).encode()


def brief_of(*args):
    result = summit("brief", *args, "-f", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_each_line_gives_its_brief_or_an_error_line_in_input_order(tmp_path):
    feed = lines(
        {"id": "seed", "path": str(SEED)},
        "this is not JSON",
        {"id": 7, "text": HARBOUR.read_text(encoding="utf-8"), "title": "Harbour talks, retitled"},
        {"id": "page", "html": article_page()},
        {"id": 9},
        {"id": 10, "path": str(tmp_path / "missing.txt")},
        {"id": [1], "text": "An id must be a string or a number."},
        {"id": "both", "text": "One.", "html": "<p>Two.</p>"},
    )
    result = summit("brief", "--jsonl", "-", "-j", "2", input=feed)
    assert result.returncode == 3  # the highest of the errors' codes
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [row["id"] for row in out] == ["seed", None, 7, "page", 9, 10, None, "both"]

    seed = out[0]
    assert list(seed)[0] == "id" and {k: v for k, v in seed.items() if k != "id"} == brief_of(SEED)
    harbour = brief_of(HARBOUR, "--title", "Harbour talks, retitled")
    assert {k: v for k, v in out[2].items() if k not in ("id", "source")} == {
        k: v for k, v in harbour.items() if k != "source"
    }
    assert out[2]["source"]["sha256"] == harbour["source"]["sha256"]
    assert out[3]["schema"] == "summit-brief/1" and out[3]["summary"]

    for row, words in [
        (out[1], "line 2: not JSON"),
        (out[4], "none of text, html, url, path"),
        (out[5], "no such file"),
        (out[6], "id"),
        (out[7], "more than one"),
    ]:
        assert set(row) == {"id", "error", "exit_code"} and row["exit_code"] == 3 and words in row["error"], row
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 5 and all(line.startswith("summit: ") for line in errors)


def test_options_apply_to_every_line_and_require_keeps_the_brief():
    feed = lines({"id": 1, "path": str(SEED)}, {"id": 2, "path": str(HARBOUR)})
    result = summit("brief", "--jsonl", "-", "-n", "2", "--require", "ukrainian_reactions", input=feed)
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert all(len(row["summary"]) == 2 for row in out)
    # The harbour article has no Ukrainian reaction: its brief is there, with the gate's error and code.
    assert "error" not in out[0] and out[1]["exit_code"] == 6 and "ukrainian_reactions" in out[1]["error"]
    assert result.returncode == 6


def test_parallel_output_is_the_same_as_serial(tmp_path):
    rows = [{"id": i, "path": str(p)} for i, p in enumerate([SEED, HARBOUR] * 6)]
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines(*rows))
    one = summit("brief", "--jsonl", path, "-j", "1")
    two = summit("brief", "--jsonl", path, "-j", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 12


def test_output_appears_while_input_still_arrives():
    proc = subprocess.Popen(
        [sys.executable, "-m", "summit_cli", "brief", "--jsonl", "-"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        proc.stdin.write(lines({"id": "first", "path": str(SEED)}))
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # stdin is still open: nothing more has been sent
        assert first["id"] == "first" and first["summary"]
        proc.stdin.write(lines({"id": "second", "path": str(HARBOUR)}))
        proc.stdin.close()
        assert json.loads(proc.stdout.readline())["id"] == "second"
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        proc.wait()


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines(*[{"id": i, "path": str(SEED)} for i in range(30)]))
    result = subprocess.run(
        [
            "bash",
            "-c",
            f'"{sys.executable}" -m summit_cli brief --jsonl "{path}" -j 2 '
            '| head -n 3; echo "status ${PIPESTATUS[0]}" >&2',
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [0, 1, 2]
    assert result.stderr.decode() == "status 0\n"


@pytest.mark.parametrize(
    "args,message",
    [
        (["a.txt", "--jsonl", "-"], "no ARTICLE"),
        (["--jsonl", "-", "--out-dir", "o"], "--out-dir"),
        (["--jsonl", "-", "-f", "pdf"], "JSON"),
        (["--jsonl", "missing.jsonl"], "missing.jsonl: no such file"),
    ],
)
def test_jsonl_usage_errors(tmp_path, workdir, args, message):
    result = summit("brief", *args, input=b"", cwd=tmp_path)
    assert result.returncode in (2, 3) and message in result.stderr.decode()
    assert b"Traceback" not in result.stderr
