"""Batch mode: many inputs, one brief each; bad inputs reported and skipped, never partial."""

import json
import os
import pty
import signal
import subprocess
import sys
import time

import pytest

from conftest import FIXTURES, ROOT, SEED, summit
from ingest_pages import ARTICLE, article_page, docx_bytes
from summit_cli.jobs import executor, folder, outdir, runs, work
from summit_cli.jobs.local import LocalExecutor

HARBOUR = FIXTURES / "harbour_talks.txt"


def manifest(out_dir):
    return [json.loads(line) for line in (out_dir / outdir.MANIFEST_NAME).read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def feed(tmp_path):
    """A folder as a feed leaves it: good articles in three formats, an empty file, a binary, a hidden file."""
    folder = tmp_path / "feed"
    (folder / "world").mkdir(parents=True)
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "world" / "harbour.html").write_text(article_page(), encoding="utf-8")
    (folder / "world" / "memo.docx").write_bytes(docx_bytes())
    (folder / "empty.txt").write_text("  \n")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(400))
    (folder / ".draft.txt").write_text("A hidden draft that is not part of the feed at all.\n")
    (folder / "notes.csv").write_text("a,b\n1,2\n")
    return folder


def test_folder_and_files_give_one_brief_each_and_skip_bad_inputs(tmp_path, feed, run):
    out = tmp_path / "briefs"
    missing = tmp_path / "missing.txt"
    result = run("brief", feed, HARBOUR, missing, "--out-dir", out, "-f", "json", "-j", "2")
    assert result.exit_code == 3
    assert result.stdout == ""
    errors = result.stderr.splitlines()
    bad = [str(feed / "empty.txt"), str(feed / "scan.pdf"), str(missing)]
    for path in bad:
        assert sum(path in line for line in errors) >= 1, (path, errors)
    assert errors[-1].startswith("summit: 3 of 7 inputs failed")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["seed.json", "harbour.json", "memo.json", "harbour_talks.json", outdir.MANIFEST_NAME]
    )
    assert json.loads((out / "memo.json").read_text())["summary"][0]["text"] == ARTICLE[0]

    rows = manifest(out)
    assert [r["input"] for r in rows] == [
        str(feed / "empty.txt"),
        str(feed / "scan.pdf"),
        str(feed / "seed.txt"),
        str(feed / "world" / "harbour.html"),
        str(feed / "world" / "memo.docx"),
        str(HARBOUR),
        str(missing),
    ]
    for row in rows:
        assert set(row) == {"input", "output", "status", "error", "sha256", "options", "summit"}
        if row["input"] in bad:
            assert row["status"] == "failed" and row["output"] is None and row["input"] in row["error"]
        else:
            assert row["status"] == "ok" and row["error"] is None and os.path.exists(row["output"])


def test_same_stem_in_two_folders_never_overwrites(tmp_path, run):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "story.txt").write_bytes(SEED.read_bytes())
    (b / "story.txt").write_bytes(HARBOUR.read_bytes())
    (b / "Story.html").write_text(article_page(), encoding="utf-8")
    out = tmp_path / "out"
    result = run("brief", a, b, "--out-dir", out, "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = manifest(out)
    outputs = [os.path.basename(r["output"]) for r in rows]
    assert len({o.lower() for o in outputs}) == 3  # distinct even on a case-insensitive disk
    titles = {json.loads((out / o).read_text())["title"] for o in outputs}
    assert len(titles) == 3


def test_batch_is_reproducible_across_job_counts(tmp_path, feed, run):
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        run("brief", feed, "--out-dir", out, "-j", jobs)
        outs.append({p.name: p.read_bytes().replace(str(out).encode(), b"OUT") for p in out.iterdir()})
    assert outs[0] == outs[1] and len(outs[0]) == 4


def test_failed_input_leaves_an_older_brief_untouched_and_no_temp_files(tmp_path, run):
    src = tmp_path / "src"
    src.mkdir()
    (src / "story.txt").write_text("   \n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "story.md").write_text("yesterday's brief")
    result = run("brief", src, "--out-dir", out)
    assert result.exit_code == 3
    assert (out / "story.md").read_text() == "yesterday's brief"
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_worst_exit_code_wins(tmp_path, run):
    src = tmp_path / "src"
    src.mkdir()
    (src / "empty.txt").write_text(" \n")
    (src / "good.txt").write_bytes(HARBOUR.read_bytes())
    # good.txt has no Ukrainian reactions: its brief is written and the run ends with 6, above the 3.
    result = run("brief", src, "--out-dir", tmp_path / "out", "--require", "ukrainian_reactions")
    assert result.exit_code == 6
    rows = {os.path.basename(r["input"]): r for r in manifest(tmp_path / "out")}
    assert rows["good.txt"]["output"] and "ukrainian_reactions" in rows["good.txt"]["error"]
    assert run("brief", HARBOUR, SEED, "--out-dir", tmp_path / "ok").exit_code == 0


@pytest.mark.parametrize(
    "args,message",
    [
        (["a.txt", "b.txt"], "--out-dir"),
        (["a.txt", "b.txt", "--out-dir", "o", "-o", "x.md"], "--output"),
        (["a.txt", "-", "--out-dir", "o"], "standard input"),
    ],
)
def test_batch_usage_errors(tmp_path, run, args, message):
    (tmp_path / "a.txt").write_bytes(HARBOUR.read_bytes())
    (tmp_path / "b.txt").write_bytes(HARBOUR.read_bytes())
    os.chdir(tmp_path)
    result = run("brief", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_briefs_written_inside_the_input_folder_are_not_read_back(tmp_path, run):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "story.txt").write_bytes(HARBOUR.read_bytes())
    for _ in range(2):
        result = run("brief", feed, "--out-dir", feed / "briefs")
        assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (feed / "briefs").iterdir()) == [outdir.MANIFEST_NAME, "story.md"]


def test_folder_without_articles_is_an_input_error(tmp_path, run):
    (tmp_path / "empty").mkdir()
    result = run("brief", tmp_path / "empty", "--out-dir", tmp_path / "out")
    assert result.exit_code == 3 and "no article files" in result.stderr


def test_no_progress_bar_off_a_terminal(tmp_path, feed, run):
    result = run("brief", feed / "seed.txt", HARBOUR, "--out-dir", tmp_path / "out")
    assert result.exit_code == 0 and result.stderr == ""


def _run_on_a_tty(args, env=None):
    """stderr on a pseudo-terminal, as a user at a shell sees it."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "summit_cli", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=slave,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_shows_on_a_terminal_only_when_wanted(tmp_path, feed, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    env = {}
    code, shown = _run_on_a_tty(["brief", feed / "seed.txt", HARBOUR, "--out-dir", tmp_path / "a"], env)
    assert code == 0 and "briefs 2/2" in shown
    code, quiet = _run_on_a_tty(["brief", feed / "seed.txt", HARBOUR, "--out-dir", tmp_path / "b", "--quiet"], env)
    assert code == 0 and quiet == ""
    code, plain = _run_on_a_tty(["brief", feed / "seed.txt", HARBOUR, "--out-dir", tmp_path / "c"], {"NO_COLOR": "1"})
    assert code == 0 and plain == ""


def test_a_long_single_brief_shows_its_time_on_a_terminal_only(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    words = "harbour dock workers union strike pay ferry port authority talks offer shift week council vote".split()
    rows = (" ".join(words[(k * 7 + j * 3) % len(words)] for j in range(14)) for k in range(6000))
    big = tmp_path / "long.txt"
    big.write_text("".join(f"{row.capitalize()} number {k}.\n" for k, row in enumerate(rows)), encoding="utf-8")
    code, shown = _run_on_a_tty(["brief", big, "-o", tmp_path / "long.md"])
    assert code == 0 and "briefing long.txt" in shown and " s" in shown
    code, plain = _run_on_a_tty(["brief", big, "-o", tmp_path / "long2.md"], {"NO_COLOR": "1"})
    assert code == 0 and plain == ""


# --- the executor: a worker that hangs or dies costs only its own input ------------------


def _work(item):
    if item == "hang":
        time.sleep(60)
    if item == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "raise":
        raise RuntimeError("boom")
    return item.upper()


def test_executor_survives_hung_and_dead_workers():
    items = ["a", "hang", "b", "die", "c", "raise", "d"]
    started = time.monotonic()
    outcomes = {o.index: o for o in executor.results(LocalExecutor(_work, jobs=2, time_limit=1.0), items)}
    assert time.monotonic() - started < 20
    assert sorted(outcomes) == list(range(len(items)))
    assert [outcomes[i].value for i in (0, 2, 4, 6)] == ["A", "B", "C", "D"]
    assert outcomes[1].kind == "timeout" and "1-second" in outcomes[1].failure
    assert outcomes[3].kind == "crashed" and "signal 9" in outcomes[3].failure
    assert outcomes[5].kind == "error" and "boom" in outcomes[5].failure


def test_ordered_results_come_in_input_order_with_bounded_lookahead():
    taken = []

    def items():
        for i in range(40):
            taken.append(i)
            yield "hang" if i == 0 else str(i)

    def slow_first(item):
        time.sleep(0.5 if item == "hang" else 0)
        return item

    seen = []
    for outcome in executor.results(LocalExecutor(slow_first, jobs=2), items(), ordered=True, window=6):
        if not seen:
            # While the first item ran, the others could run ahead only as far as the window.
            assert len(taken) <= 6
        seen.append(outcome.index)
    assert seen == list(range(40))


def test_a_hung_input_is_recorded_and_the_rest_finish(tmp_path, monkeypatch):
    real = work.make

    def flaky(spec, payload):
        if payload.source.endswith("hang.txt"):
            time.sleep(60)
        return real(spec, payload)

    monkeypatch.setattr(work, "make", flaky)  # workers are forked, so they see it
    src = tmp_path / "src"
    src.mkdir()
    (src / "hang.txt").write_bytes(HARBOUR.read_bytes())
    (src / "ok.txt").write_bytes(HARBOUR.read_bytes())
    from summit_cli import render

    spec = runs.spec({}, "json", render.RenderOptions(), (), None)
    code = runs.folder(
        [str(src)], str(tmp_path / "out"), spec, ".json", lambda: runs.executor(2, None, "json", time_limit=1.0)
    )
    assert code == 3
    rows = {os.path.basename(r["input"]): r for r in manifest(tmp_path / "out")}
    assert rows["hang.txt"]["status"] == "timeout" and rows["hang.txt"]["output"] is None
    assert "1-second" in rows["hang.txt"]["error"]
    assert rows["ok.txt"]["status"] == "ok"
    assert not (tmp_path / "out" / "hang.json").exists()


def test_output_names_come_from_input_names_only():
    names = folder.output_names(
        [
            "x/a.txt",
            "y/a.html",
            "https://site.example/news/a.html?id=3",
            "https://site.example/",
            "../../etc/passwd",
            "manifest.txt",
        ],
        ".md",
        taken=[outdir.MANIFEST_NAME],
    )
    assert names == ["a.md", "a-2.md", "a-3.md", "site.example.md", "passwd.md", "manifest.md"]
    assert all("/" not in n for n in names)


def test_real_entry_point_batch_without_traceback(tmp_path, feed):
    result = summit("brief", feed, "--out-dir", tmp_path / "out", "-f", "json")
    assert result.returncode == 3 and b"Traceback" not in result.stderr
    assert result.stderr.decode().count("\n") == 3  # two bad inputs and the closing line


def test_batch_writes_binary_formats(tmp_path, feed, run):
    from pypdf import PdfReader

    out = tmp_path / "pdf"
    result = run("brief", feed / "seed.txt", feed / "world", "--out-dir", out, "--format", "pdf")
    assert result.exit_code == 0, result.stderr
    briefs = sorted(p for p in out.iterdir() if p.suffix == ".pdf")
    assert [p.name for p in briefs] == ["harbour.pdf", "memo.pdf", "seed.pdf"]
    for path in briefs:
        assert PdfReader(str(path)).pages[0].extract_text().strip()
