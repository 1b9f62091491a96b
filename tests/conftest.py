import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summit_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_540ad0501d6e8d3b.txt"
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def run():
    """Invoke the CLI in-process; returns the click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def _run(*args, input=None, env=None):
        return runner.invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return _run


@pytest.fixture(scope="session")
def rules_taxonomy(tmp_path_factory) -> Path:
    """The default taxonomy without its fitted model: the rules and thresholds alone decide,
    as the rule tests describe them (group/learned.py decides for the default)."""
    from importlib import resources

    src = resources.files("summit_cli").joinpath("taxonomies")
    folder = tmp_path_factory.mktemp("rules")
    (folder / "summit.toml").write_bytes(src.joinpath("summit.toml").read_bytes())
    (folder / "summit").mkdir()
    for language in src.joinpath("summit").iterdir():  # every language file, not the model
        if language.name.endswith(".toml"):
            (folder / "summit" / language.name).write_bytes(language.read_bytes())
    return folder / "summit.toml"


def brief_json(run, path, *args) -> dict:
    """The JSON brief of one article, the run required to succeed."""
    result = run("brief", path, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def brief_of_text(run, tmp_path, text, *args) -> dict:
    """The JSON brief of an article given as text, saved to a file first."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return brief_json(run, path, *args)


@pytest.fixture
def run_json(run):
    return lambda path, *args: brief_json(run, path, *args)


def summit(*args, input=None, env=None, cwd=None):
    """The real entry point in a child process, as a user or a CI script runs it."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "summit_cli", *map(str, args)],
        input=input,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty working directory and no SUMMIT_* variables: no user settings leak in."""
    for key in list(os.environ):
        if key.startswith("SUMMIT_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def printed_somewhere(brief: dict) -> set[int]:
    """Sentences a JSON brief says the reader-facing formats print: in the summary or under a category."""
    return {p["index"] for points in brief["key_points"].values() for p in points if p["shown"] or p["in_summary"]}
