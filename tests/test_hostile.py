"""Hostile inputs and failures through the real entry point: size, shape, interrupts, limits.

Wall-clock limits here are generous guards (a subprocess timeout), not timing
assertions: a run that is quadratic or hangs fails them, a slow shared machine does not.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys

import pytest

from conftest import SEED, summit
from summit_cli import render
from summit_cli.ingest import MAX_INPUT_BYTES
from summit_cli.output import write_atomic

WORDS = (
    "talks envoy summit ceasefire border treaty minister sanctions troops ports grain president "
    "delegation capital agreement offer territory guarantees security vote the a of and to in "
    "said would not will"
).split()
# Address space for one run: a blow-up fails with MemoryError instead of taking the machine.
MEMORY_LIMIT = 3 * 1024**3


def prose(rng: random.Random, size: int, sep: str = "\n\n") -> str:
    """Deterministic article-like text of about `size` characters."""
    out, total = [], 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(2, 6)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 25))]
            sentences.append(" ".join(words).capitalize() + ".")
        para = " ".join(sentences)
        out.append(para)
        total += len(para) + len(sep)
    return sep.join(out)


def run_bounded(*args, timeout: float = 60, input: bytes | None = None, fsize: int | None = None):
    """The CLI in a child with a memory cap (and optionally a file size cap)."""

    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "summit_cli", *map(str, args)],
        input=input,
        capture_output=True,
        timeout=timeout,
        preexec_fn=limits,
    )


def assert_one_line_error(result, code: int, reason: str) -> str:
    """One stderr line with the exit code and the reason: exit 3 for another cause must not pass."""
    assert result.returncode == code, result.stderr
    assert reason.encode() in result.stderr, (reason, result.stderr)
    assert b"Traceback" not in result.stderr
    assert result.stderr.startswith(b"summit: ") and result.stderr.count(b"\n") == 1, result.stderr
    return result.stderr.decode()


def check_output(fmt: str, data: bytes) -> None:
    assert data
    if fmt == "json":
        assert json.loads(data)["schema"] == "summit-brief/1"
    elif fmt == "docx":
        import docx

        docx.Document(io.BytesIO(data))
    elif fmt == "pdf":
        import pypdf

        assert pypdf.PdfReader(io.BytesIO(data)).pages
    else:
        data.decode("utf-8")


def leftovers(directory) -> list[str]:
    return [n for n in os.listdir(directory) if n.startswith(".summit-") or n.endswith(".tmp")]


# --- size and shape ----------------------------------------------------------


def test_five_megabytes_of_text_finish(tmp_path):
    article = tmp_path / "big.txt"
    article.write_text(prose(random.Random(1), 5 * 1024 * 1024), encoding="utf-8")
    target = tmp_path / "brief.json"
    result = run_bounded("brief", article, "-o", target, timeout=120)
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    brief = json.loads(target.read_bytes())
    assert brief["stats"]["sentences"] > 40000 and len(brief["summary"]) == 10  # the longest default summary


SHAPES = {
    # One "word" of 200,000 letters between two ordinary sentences.
    "long_word": lambda rng: (
        "Talks resumed on Monday. "
        + "".join(rng.choice("abcdefghij") for _ in range(200_000))
        + " ended the envoy's offer. The envoy said the offer stood.\n"
    ),
    # A megabyte of sentences with no line break.
    "one_line": lambda rng: prose(rng, 1024 * 1024, sep=" "),
    # A megabyte of words with no line break and no full stop.
    "one_line_no_stop": lambda rng: " ".join(rng.choice(WORDS) for _ in range(170_000)),
    # 200,000 opening quotation marks that never close.
    "unclosed_quotes": lambda rng: "Talks resumed on Monday. " + "“" * 200_000 + "x The envoy left.\n",
    # A capitalised 200,000-letter run just before a quote, with no speaker verb.
    "run_before_quote": lambda rng: (
        "Talks resumed on Monday. " + "A" * 200_000 + ' xyz: "we will not give up the port now." The envoy left.\n'
    ),
    # "Zalgo": 200,000 combining marks of two classes on one letter (NFC reorders them).
    "zalgo": lambda rng: "Talks resumed on Monday. a" + "\u0301\u0316" * 100_000 + " The envoy left.\n",
    # 100,000 lines of one word, after one real sentence.
    "100k_lines": lambda rng: "Talks resumed on Monday after a long pause.\n" + "word\n" * 100_000,
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_pathological_shapes_finish_in_every_format(shape, tmp_path):
    article = tmp_path / f"{shape}.txt"
    article.write_text(SHAPES[shape](random.Random(2)), encoding="utf-8")
    for fmt in sorted(render.FORMATS):
        target = tmp_path / ("brief" + render.extension(fmt))
        result = run_bounded("brief", article, "-f", fmt, "-o", target, timeout=60)
        # The one line a brief may print on success: that the text is off the taxonomy's subject.
        stderr = b"".join(line for line in result.stderr.splitlines(True) if b": Not about " not in line)
        assert result.returncode == 0 and stderr == b"", (fmt, result.stderr)
        check_output(fmt, target.read_bytes())


# Many quotes whose speaker is looked up in the article before them: a lookup that scans the
# article from the start for every quote takes minutes here.
MANY_QUOTES = {
    "described_speakers": "Marta Koval runs a shelter.\n"
    + "".join(f"“We will hold the line at point {i},” says the shelter organiser.\n" for i in range(6000)),
    "unattributed_quotes": "".join(
        f"There was “talk of a long line at point {i} for all”.\n“We hold a long line for all,” said Ivan Petrenko.\n"
        for i in range(6000)
    ),
}


@pytest.mark.parametrize("shape", sorted(MANY_QUOTES))
def test_many_quotes_finish(shape, tmp_path):
    article = tmp_path / f"{shape}.txt"
    article.write_text(MANY_QUOTES[shape], encoding="utf-8")
    result = run_bounded("brief", article, "-f", "json", "-o", tmp_path / "brief.json", timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(json.loads((tmp_path / "brief.json").read_bytes())["quotes"]) >= 6000


def test_only_one_word_lines_is_refused_in_one_line(tmp_path):
    article = tmp_path / "words.txt"
    article.write_text("word\n" * 100_000)
    assert_one_line_error(run_bounded("brief", article, timeout=60), 3, "no sentences")


# --- limits ------------------------------------------------------------------


def test_input_over_the_size_limit_is_refused_in_one_line(tmp_path):
    article = tmp_path / "huge.txt"
    with open(article, "wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: the limit is checked before anything is parsed
    message = assert_one_line_error(run_bounded("brief", article), 3, "input limit")
    assert "limit" in message and str(MAX_INPUT_BYTES) in message


def test_stdin_over_the_size_limit_is_refused_in_one_line():
    data = b"Talks resumed. " * (MAX_INPUT_BYTES // 15 + 1)
    assert_one_line_error(run_bounded("brief", "-", input=data), 3, f"-: larger than the {MAX_INPUT_BYTES}-byte")


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"\x00" * 8192, "binary data (mostly NUL bytes), not an article"),
        (bytes(range(256)) * 64, "binary data, not an article"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 4000, "a PNG image, not an article"),
    ],
)
def test_binary_input_is_refused_in_one_line(data, reason, tmp_path):
    article = tmp_path / "binary.txt"
    article.write_bytes(data)
    assert_one_line_error(summit("brief", article), 3, "binary.txt: " + reason)


@pytest.mark.parametrize("name", ["no\nsuch.txt", "\x1b[31mred\x1b[0m.txt", "tab\there.txt"])
def test_error_about_a_hostile_file_name_stays_one_line(name, tmp_path):
    message = assert_one_line_error(summit("brief", tmp_path / name), 3, "no such file")
    assert "\x1b" not in message


def test_output_folder_with_a_newline_is_a_one_line_error(tmp_path):
    assert_one_line_error(summit("brief", SEED, "-o", tmp_path / "no\nsuch" / "brief.md"), 4, "does not exist")


@pytest.mark.skipif(sys.platform == "darwin", reason="APFS refuses file names that are not UTF-8")
def test_file_name_that_is_not_utf8_still_gets_a_brief(tmp_path):
    name = os.fsencode(tmp_path) + b"/r\xe9sum\xe9\x01.txt"  # Latin-1 bytes: not UTF-8
    with open(name, "wb") as fh:
        fh.write(b"The envoy said the talks would resume on Monday. Both sides agreed.\n")
    for fmt in sorted(render.FORMATS):
        target = tmp_path / ("brief" + render.extension(fmt))
        result = subprocess.run(
            [
                os.fsencode(sys.executable),
                b"-m",
                b"summit_cli",
                b"brief",
                name,
                b"-f",
                fmt.encode(),
                b"-o",
                os.fsencode(target),
            ],
            capture_output=True,
            timeout=60,
        )
        assert result.returncode == 0, (fmt, result.stderr)
        check_output(fmt, target.read_bytes())


# --- atomic writes -----------------------------------------------------------

OLD = b"an earlier brief that must survive\n"


@pytest.mark.parametrize(
    "make_input,reason",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_bytes(b" \n") and d / "empty.txt", "empty input"),
        (lambda d: (d / "punct.txt").write_bytes(b"... !!! ---\n") and d / "punct.txt", "no sentences"),
    ],
)
def test_existing_output_survives_a_failed_input(make_input, reason, tmp_path):
    target = tmp_path / "brief.md"
    target.write_bytes(OLD)
    article = make_input(tmp_path)
    before = sorted(os.listdir(tmp_path))
    assert_one_line_error(summit("brief", article, "-o", target), 3, reason)
    assert target.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == before


def test_existing_output_survives_a_failed_write(tmp_path):
    """The file system refuses the bytes (here RLIMIT_FSIZE; a full disk looks the same)."""
    target = tmp_path / "brief.md"
    target.write_bytes(OLD)
    result = run_bounded("brief", SEED, "-o", target, fsize=len(OLD) + 10)
    assert_one_line_error(result, 4, "cannot write")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_interrupt_during_the_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "brief.md"
    target.write_bytes(OLD)

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(target), b"new brief" * 1000)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupt_mid_run_exits_130_and_leaves_no_temp_file(signum, tmp_path):
    target = tmp_path / "brief.json"
    target.write_bytes(OLD)
    data = prose(random.Random(3), 3 * 1024 * 1024).encode()
    child = subprocess.Popen(
        [sys.executable, "-m", "summit_cli", "brief", "-", "-o", str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # Once the pipe has taken all of it, the child is past start-up and into the work.
        child.stdin.write(data)
        child.stdin.close()
        try:
            child.wait(timeout=0.3)
        except subprocess.TimeoutExpired:
            child.send_signal(signum)
        child.wait(timeout=60)
        err = child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    if child.returncode == 0:  # the machine was faster than the signal: a whole new brief
        assert json.loads(target.read_bytes())["schema"] == "summit-brief/1"
    else:
        assert child.returncode == 130 and err == b"summit: interrupted\n", err
        assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_output_to_a_fifo_writes_into_it_and_keeps_it(tmp_path):
    """`-o /dev/stdout` and `-o FIFO` are streams: the rename must not replace them."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = summit("brief", SEED, "-f", "json", "-o", fifo)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and json.loads(got[0])["schema"] == "summit-brief/1"


def test_output_through_a_symlink_updates_its_target(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(OLD)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    result = summit("brief", SEED, "-o", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and real.read_bytes().startswith(b"# ")
    assert leftovers(tmp_path) == []


def test_overwriting_keeps_a_private_file_private(tmp_path):
    target = tmp_path / "brief.md"
    target.write_bytes(OLD)
    target.chmod(0o600)
    assert summit("brief", SEED, "-o", target).returncode == 0
    assert target.read_bytes().startswith(b"# ") and (target.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("ratio", ["nan", "inf", "1e308", "0", "-1"])
def test_ratio_outside_zero_to_one_is_a_usage_error(ratio, run):
    result = run("brief", SEED, "--ratio", ratio)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("summit: ") and result.stderr.count("\n") == 1


def test_a_file_input_never_touches_the_network(tmp_path, monkeypatch, run):
    """Links, images and scripts in an article are text: no writer or reader fetches them."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access for a file input")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    article = tmp_path / "links.txt"
    article.write_text(
        'See https://example.com/a and <img src="http://example.com/x.png"> for the talks.\n'
        '<script src="http://example.com/s.js"></script> The envoy said the offer stood.\n'
        '<link rel="stylesheet" href="http://example.com/s.css"> Both sides will meet again.\n',
        encoding="utf-8",
    )
    for fmt in sorted(render.FORMATS):
        target = tmp_path / ("brief" + render.extension(fmt))
        result = run("brief", article, "-f", fmt, "-o", target)
        assert result.exit_code == 0, (fmt, result.stderr)
        check_output(fmt, target.read_bytes())


RUNS_SCRIPT = r"""
import sys
import summit_cli
from summit_cli import render
from summit_cli.errors import InputError
from summit_cli.model import Article, Block

for unit in sys.argv[2:]:
    text = "Talks resumed on Monday. " + unit * (int(sys.argv[1]) // len(unit)) + "x The envoy left. They meet again."
    try:
        brief = summit_cli.make_brief(Article(blocks=(Block(text),), source_name="runs"))
        for fmt in render.FORMATS:
            render.render(brief, fmt)
    except InputError:
        pass
    print(repr(unit), flush=True)
"""
# Long runs of one mark are where a regex goes quadratic: 30,000 dots once took 30 s.
RUN_UNITS = list(".!?…\"“”'’‘«»()[],;:-—|<>&#*_\\/ A0") + [
    "\u200b",
    "\u05d0",
    "\U0001f600",
    ". ",
    ".x",
    "Mr. ",
    "A. ",
    "U.S. ",
    '"a" ',
    "“a” ",
    "“a. ",
    "a, ",
    "By ",
    "said ",
    "<b>",
]


def test_long_runs_of_any_mark_stay_linear():
    try:
        result = subprocess.run(
            [sys.executable, "-c", RUNS_SCRIPT, "100000", *RUN_UNITS], capture_output=True, timeout=120
        )
    except subprocess.TimeoutExpired as exc:
        done = (exc.stdout or b"").decode().splitlines()
        pytest.fail(f"stuck on the run after {done[-1] if done else 'none'} (units: {RUN_UNITS})")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert len(result.stdout.splitlines()) == len(RUN_UNITS)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_stdout_on_a_full_disk_is_an_output_error():
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "summit_cli", "brief", str(SEED), "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith(b"summit: ") and result.stderr.count(b"\n") == 1, result.stderr


@pytest.mark.parametrize(
    "args,code,reason", [(["brief", "-"], 3, "standard input is closed"), (["brief"], 2, "no input given")]
)
def test_closed_stdin_is_a_one_line_error(args, code, reason):
    result = subprocess.run(
        [sys.executable, "-m", "summit_cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(0),
        timeout=60,
    )
    assert_one_line_error(result, code, reason)


def test_taxonomy_labels_cannot_smuggle_control_characters(tmp_path):
    taxonomy = tmp_path / "evil.toml"
    taxonomy.write_text(
        'name = "evil\\u0000"\n[[category]]\nid = "talks"\n'
        'label = "Talks\\u0000 <b>&amp; \\u001b[31m\\u2028x"\ndescription = "d\\u0007"\n'
        "cues = { talks = 2.0 }\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("The talks resumed on Monday. The talks will go on.\n", encoding="utf-8")
    for fmt in sorted(render.FORMATS):
        target = tmp_path / ("brief" + render.extension(fmt))
        result = summit("brief", article, "--taxonomy", taxonomy, "-f", fmt, "-o", target)
        assert result.returncode == 0, (fmt, result.stderr)
        data = target.read_bytes()
        check_output(fmt, data)
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", data) or render.is_binary(fmt), fmt
