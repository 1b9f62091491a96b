"""--scheduler: the same batches on a real Dask scheduler and workers on 127.0.0.1, byte for byte."""

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import FIXTURES, SEED, summit
from ingest_pages import article_page, docx_bytes

distributed = pytest.importorskip("distributed")

HARBOUR = FIXTURES / "harbour_talks.txt"


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """`dask scheduler` and `dask worker` as the README starts them, in a folder of their own."""
    home = tmp_path_factory.mktemp("cluster")
    address_file = home / "scheduler.json"
    env = dict(os.environ)
    common = ["--no-dashboard"]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dask",
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--scheduler-file",
                str(address_file),
                *common,
            ],
            cwd=home,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        deadline = time.monotonic() + 60
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "dask",
                    "worker",
                    "--scheduler-file",
                    str(address_file),
                    "--nworkers",
                    "2",
                    "--nthreads",
                    "1",
                    "--host",
                    "127.0.0.1",
                    *common,
                ],
                cwd=home,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        with distributed.Client(scheduler_file=str(address_file), timeout=60) as client:
            client.wait_for_workers(2, timeout=90)
            address = client.scheduler.address
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
def client_dir(tmp_path, monkeypatch):
    """The client's working folder, holding the inputs by relative path: the workers cannot see it."""
    for key in list(os.environ):
        if key.startswith("SUMMIT_"):
            monkeypatch.delenv(key)
    feed = tmp_path / "feed"
    (feed / "world").mkdir(parents=True)
    shutil.copy(SEED, feed / "seed.txt")
    shutil.copy(HARBOUR, feed / "harbour.txt")
    (feed / "world" / "page.html").write_text(article_page(), encoding="utf-8")
    (feed / "world" / "memo.docx").write_bytes(docx_bytes())
    (feed / "empty.txt").write_text("  \n")
    return tmp_path


def files(folder):
    """Every file's bytes; the manifest names the folder, as given (relative here)."""
    return {p.name: p.read_bytes().replace(f'"{folder.name}/'.encode(), b'"OUT/') for p in folder.iterdir()}


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_folder_batch_on_the_cluster_equals_local(scheduler, client_dir, fmt):
    local = summit("brief", "feed", "--out-dir", "local", "-f", fmt, cwd=client_dir)
    remote = summit("brief", "feed", "--out-dir", "remote", "-f", fmt, "--scheduler", scheduler, cwd=client_dir)
    assert local.returncode == remote.returncode == 3  # the empty file, in both
    assert local.stderr.replace(b"local", b"OUT") == remote.stderr.replace(b"remote", b"OUT")
    mine, theirs = files(client_dir / "local"), files(client_dir / "remote")
    assert len(mine) == 5 and mine == theirs  # four briefs and the manifest, byte for byte

    again = summit("brief", "feed", "--out-dir", "remote", "-f", fmt, "--scheduler", scheduler, cwd=client_dir)
    rows = [json.loads(line) for line in (client_dir / "remote" / "manifest.jsonl").read_text().splitlines()]
    assert again.returncode == 3 and [r["status"] for r in rows].count("unchanged") == 4


def test_json_lines_on_the_cluster_equal_local_with_a_taxonomy_file(scheduler, client_dir):
    # The taxonomy file lives only in the client's folder; its bytes travel with the jobs.
    labour = (FIXTURES.parent / "summit_cli" / "taxonomies" / "labour.toml").read_text(encoding="utf-8")
    (client_dir / "ours.toml").write_text(labour.replace('name = "labour"', 'name = "ours"'), encoding="utf-8")
    rows = [{"id": i, "path": f"feed/{name}"} for i, name in enumerate(["seed.txt", "harbour.txt", "empty.txt"])]
    rows.append({"id": "inline", "text": HARBOUR.read_text(encoding="utf-8")})
    feed = "".join(json.dumps(r) + "\n" for r in rows).encode()
    args = ("brief", "--jsonl", "-", "--taxonomy", "ours.toml", "--explain")
    local = summit(*args, input=feed, cwd=client_dir)
    remote = summit(*args, input=feed, cwd=client_dir, env={"SUMMIT_SCHEDULER": scheduler})
    assert local.returncode == remote.returncode == 3
    assert local.stdout == remote.stdout and len(remote.stdout.splitlines()) == 4
    assert json.loads(remote.stdout.splitlines()[0])["taxonomy"] == "ours"


def test_an_input_over_the_time_limit_costs_only_itself(scheduler, client_dir):
    long = SEED.read_text(encoding="utf-8") * 800  # about 3 MB: seconds of work
    (client_dir / "feed" / "long.txt").write_text(long, encoding="utf-8")
    result = summit(
        "brief", "feed", "--out-dir", "out", "-f", "json", "--scheduler", scheduler, "--time-limit", "1", cwd=client_dir
    )
    assert result.returncode == 3
    rows = {
        os.path.basename(r["input"]): r
        for r in map(json.loads, (client_dir / "out" / "manifest.jsonl").read_text().splitlines())
    }
    assert rows["long.txt"]["status"] == "timeout" and "1-second limit" in rows["long.txt"]["error"]
    assert [rows[n]["status"] for n in ("seed.txt", "harbour.txt", "page.html", "memo.docx")] == ["ok"] * 4


def test_progress_on_a_terminal(scheduler, client_dir, monkeypatch):
    from test_batch import _run_on_a_tty

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    code, shown = _run_on_a_tty(
        ["brief", client_dir / "feed" / "seed.txt", HARBOUR, "--out-dir", client_dir / "tty", "--scheduler", scheduler]
    )
    assert code == 0 and "briefs 2/2" in shown


def test_an_unreachable_scheduler_is_a_network_error(client_dir):
    result = summit("brief", "feed", "--out-dir", "out", "--scheduler", "tcp://127.0.0.1:9", cwd=client_dir)
    assert result.returncode == 5
    assert b"cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert b"Traceback" not in result.stderr and not (client_dir / "out").exists()
