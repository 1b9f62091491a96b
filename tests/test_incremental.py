"""--out-dir remakes only what changed: input bytes, options or summit's version."""

import json
import os

from conftest import FIXTURES, SEED, summit
from summit_cli import __version__
from summit_cli.jobs.outdir import MANIFEST_NAME

HARBOUR = FIXTURES / "harbour_talks.txt"


def manifest(out):
    return {os.path.basename(r["input"]): r for r in map(json.loads, (out / MANIFEST_NAME).read_text().splitlines())}


def stamps(out):
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name != MANIFEST_NAME}


def feed_of(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "seed.txt").write_bytes(SEED.read_bytes())
    (feed / "harbour.txt").write_bytes(HARBOUR.read_bytes())
    (feed / "empty.txt").write_text(" \n")
    return feed


def test_a_second_run_remakes_only_what_changed(tmp_path, run):
    feed, out = feed_of(tmp_path), tmp_path / "out"
    assert run("brief", feed, "--out-dir", out, "-f", "json").exit_code == 3
    first = manifest(out)
    assert first["seed.txt"]["status"] == "ok" and first["empty.txt"]["status"] == "failed"
    assert first["seed.txt"]["summit"] == __version__ and first["seed.txt"]["options"]["format"] == "json"
    assert len(first["seed.txt"]["sha256"]) == 64
    made = stamps(out)

    result = run("brief", feed, "--out-dir", out, "-f", "json")
    assert result.exit_code == 3 and "empty.txt" in result.stderr  # a failed input is tried again
    second = manifest(out)
    assert [second[n]["status"] for n in ("harbour.txt", "seed.txt")] == ["unchanged", "unchanged"]
    assert second["seed.txt"]["output"] == first["seed.txt"]["output"]
    assert stamps(out) == made

    text = HARBOUR.read_text(encoding="utf-8") + "\nThe union said talks would resume next week.\n"
    (feed / "harbour.txt").write_text(text, encoding="utf-8")
    run("brief", feed, "--out-dir", out, "-f", "json")
    third = manifest(out)
    assert (third["harbour.txt"]["status"], third["seed.txt"]["status"]) == ("ok", "unchanged")
    assert stamps(out)["seed.json"] == made["seed.json"] and stamps(out)["harbour.json"] != made["harbour.json"]


def test_other_options_force_or_a_lost_brief_remake(tmp_path, run):
    feed, out = feed_of(tmp_path), tmp_path / "out"
    (feed / "empty.txt").unlink()
    run("brief", feed, "--out-dir", out)
    assert {r["status"] for r in manifest(out).values()} == {"ok"}
    run("brief", feed, "--out-dir", out, "-n", "2")  # another summary length: another brief
    assert {r["status"] for r in manifest(out).values()} == {"ok"}
    assert manifest(out)["seed.txt"]["options"]["sentences"] == 2
    run("brief", feed, "--out-dir", out, "-n", "2")
    assert {r["status"] for r in manifest(out).values()} == {"unchanged"}
    assert run("brief", feed, "--out-dir", out, "-n", "2", "--force").exit_code == 0
    assert {r["status"] for r in manifest(out).values()} == {"ok"}
    (out / "seed.md").unlink()
    run("brief", feed, "--out-dir", out, "-n", "2")
    rows = manifest(out)
    assert (rows["seed.txt"]["status"], rows["harbour.txt"]["status"]) == ("ok", "unchanged")
    assert (out / "seed.md").exists()


def test_an_edited_taxonomy_file_remakes(tmp_path, run):
    feed, out = feed_of(tmp_path), tmp_path / "out"
    (feed / "empty.txt").unlink()
    taxonomy = tmp_path / "mine.toml"
    original = (FIXTURES.parent / "summit_cli" / "taxonomies" / "labour.toml").read_text(encoding="utf-8")
    taxonomy.write_text(original, encoding="utf-8")
    run("brief", feed, "--out-dir", out, "--taxonomy", taxonomy)
    run("brief", feed, "--out-dir", out, "--taxonomy", taxonomy)
    assert {r["status"] for r in manifest(out).values()} == {"unchanged"}
    taxonomy.write_text(original + "\n# edited\n", encoding="utf-8")
    run("brief", feed, "--out-dir", out, "--taxonomy", taxonomy)
    assert {r["status"] for r in manifest(out).values()} == {"ok"}


def test_force_needs_an_out_dir():
    result = summit("brief", SEED, "--force")
    assert result.returncode == 2 and b"--out-dir" in result.stderr
