"""evalsets/refill.py: an excerpt is saved only when it is byte for byte the text the manifest names."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

REFILL = Path(__file__).resolve().parent.parent / "evalsets" / "refill.py"
TEXT = ' date 2026-02-03 Talks resume\n- The sides met in "Harbour".\nMara Lind spoke first.'


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REFILL), *map(str, args)], capture_output=True, text=True)


def task(tmp_path: Path) -> Path:
    row = {"set": "xx1", "id": "xx1-01", "url": "https://example.org/a", "chars": len(TEXT)}
    row["sha256"] = hashlib.sha256(TEXT.encode()).hexdigest()
    path = tmp_path / "tasks" / "xx1-dev.json"
    path.parent.mkdir()
    path.write_text(json.dumps([row]), encoding="utf-8")
    return path


def test_the_excerpt_as_the_tool_printed_it_is_saved(tmp_path):
    literal = tmp_path / "lit.json"
    literal.write_text(json.dumps(TEXT, ensure_ascii=False), encoding="utf-8")
    done = run("save", task(tmp_path), "xx1-01", literal)
    assert (done.returncode, done.stdout.strip()) == (0, "OK xx1-01")
    assert (tmp_path / "xx1" / "texts" / "xx1-01.txt").read_bytes() == TEXT.encode()
    assert run("check", tmp_path / "tasks" / "xx1-dev.json").stdout.strip() == "1/1 saved"


def test_an_excerpt_copied_with_a_slip_is_not_saved(tmp_path):
    literal = tmp_path / "lit.json"
    literal.write_text(json.dumps(TEXT.replace('"Harbour"', "“Harbour”"), ensure_ascii=False), encoding="utf-8")
    done = run("save", task(tmp_path), "xx1-01", literal)
    assert done.returncode == 1 and done.stdout.startswith("MISMATCH xx1-01")
    assert not (tmp_path / "xx1").exists()
    assert run("check", tmp_path / "tasks" / "xx1-dev.json").stdout.splitlines()[-1] == "0/1 saved"


def test_a_literal_that_is_no_json_string_is_a_one_line_error(tmp_path):
    literal = tmp_path / "lit.json"
    literal.write_text("Talks resume, unquoted", encoding="utf-8")
    done = run("save", task(tmp_path), "xx1-01", literal)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_a_set_named_by_its_path_is_a_one_line_error_and_writes_no_task(tmp_path):
    got = run("tasks", tmp_path, "evalsets/uk106", "--split", "dev")
    assert got.returncode == 2
    assert got.stderr.count("\n") == 1 and "no set named evalsets/uk106" in got.stderr
    assert not (tmp_path / "tasks").exists()
