"""Settings in layers: default < summit.toml / [tool.summit] < SUMMIT_* < option; `summit config`."""

import json

import pytest

from conftest import SEED, summit


pytestmark = pytest.mark.usefixtures("workdir")


def summary_length(run, *args):
    result = run("brief", SEED, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return len(json.loads(result.stdout)["summary"])


def test_defaults_without_any_config(run):
    # No length anywhere: the summary follows the article (about 3 sentences for the seed's 600 words).
    assert summary_length(run) == 3


def test_file_then_environment_then_option(run, workdir, monkeypatch):
    (workdir / "summit.toml").write_text("sentences = 2\n")
    assert summary_length(run) == 2
    monkeypatch.setenv("SUMMIT_SENTENCES", "3")
    assert summary_length(run) == 3
    assert summary_length(run, "-n", "4") == 4


def test_pyproject_tool_table_and_summit_toml_wins_over_it(run, workdir):
    (workdir / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.summit]\nsentences = 2\nalgorithm = "lead"\n'
    )
    result = run("brief", SEED, "-f", "json")
    brief = json.loads(result.stdout)
    assert [s["index"] for s in brief["summary"]] == [0, 1]
    (workdir / "summit.toml").write_text("sentences = 1\n")
    assert summary_length(run) == 1  # the pyproject table is not read at all now
    assert json.loads(run("config", "-f", "json").stdout)["settings"]["algorithm"]["source"] == "default"


def test_a_pyproject_without_a_summit_table_is_ignored(run, workdir):
    (workdir / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert summary_length(run) == summary_length(run, "-n", "3") == 3


def test_a_higher_layer_length_of_another_kind_replaces_a_lower_one(run, workdir, monkeypatch):
    (workdir / "summit.toml").write_text("sentences = 2\n")
    result = run("brief", SEED, "-f", "json", "--words", "300")
    assert result.exit_code == 0, result.stderr  # not "mutually exclusive": the option wins
    brief = json.loads(result.stdout)
    assert sum(len(s["text"].split()) for s in brief["summary"]) <= 300 and len(brief["summary"]) > 2
    monkeypatch.setenv("SUMMIT_RATIO", "1")
    whole = json.loads(run("brief", SEED, "-f", "json").stdout)
    assert whole["stats"]["summary_sentences"] == whole["stats"]["sentences"]


def test_two_lengths_in_one_layer_are_a_usage_error(run, workdir, monkeypatch):
    (workdir / "summit.toml").write_text("sentences = 2\nwords = 50\n")
    result = run("brief", SEED)
    assert result.exit_code == 2 and "summit.toml" in result.stderr and "mutually exclusive" in result.stderr
    (workdir / "summit.toml").unlink()
    monkeypatch.setenv("SUMMIT_RATIO", "0.5")
    monkeypatch.setenv("SUMMIT_WORDS", "50")
    result = run("brief", SEED)
    assert result.exit_code == 2 and "SUMMIT_RATIO" in result.stderr and "SUMMIT_WORDS" in result.stderr


@pytest.mark.parametrize(
    "toml, named",
    [
        ("ratio = 1.5\n", "ratio"),
        ("sentences = 'three'\n", "sentences"),
        ("sentence = 3\n", "sentence"),
        ("algorithm = 'nosuch'\n", "nosuch"),
        ("format = 'odt'\n", "odt"),
        ("sentences = [\n", "summit.toml"),
    ],
)
def test_a_bad_config_file_is_a_usage_error_naming_the_file(run, workdir, toml, named):
    (workdir / "summit.toml").write_text(toml)
    result = run("brief", SEED)
    assert result.exit_code == 2
    assert result.stderr.startswith("summit: summit.toml") or str(workdir / "summit.toml") in result.stderr
    assert named in result.stderr and result.stderr.count("\n") == 1 and result.stdout == ""


@pytest.mark.parametrize(
    "name, value",
    [
        ("SUMMIT_SENTENCES", "many"),
        ("SUMMIT_RATIO", "0"),
        ("SUMMIT_EXPLAIN", "perhaps"),
        ("SUMMIT_FORMAT", "yaml"),
    ],
)
def test_a_bad_environment_variable_is_a_usage_error_naming_it(run, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    result = run("brief", SEED)
    assert result.exit_code == 2 and f"{name}={value}" in result.stderr and result.stderr.count("\n") == 1


def test_format_option_beats_output_extension_beats_configured_format(run, workdir, monkeypatch):
    monkeypatch.setenv("SUMMIT_FORMAT", "json")
    assert json.loads(run("brief", SEED).stdout)["schema"] == "summit-brief/1"
    run("brief", SEED, "-o", workdir / "b.md")
    assert (workdir / "b.md").read_text(encoding="utf-8").startswith("# ")
    run("brief", SEED, "-o", workdir / "b.out")
    assert json.loads((workdir / "b.out").read_text(encoding="utf-8"))["schema"] == "summit-brief/1"
    run("brief", SEED, "-o", workdir / "c.json", "-f", "markdown")
    assert (workdir / "c.json").read_text(encoding="utf-8").startswith("# ")


def test_require_and_booleans_from_config(run, workdir, monkeypatch):
    (workdir / "summit.toml").write_text('require = ["weather"]\n')
    result = run("brief", SEED)
    assert result.exit_code == 2 and "weather" in result.stderr
    (workdir / "summit.toml").unlink()
    plain = run("brief", SEED).stdout
    (workdir / "summit.toml").write_text("explain = true\n")
    explained = run("brief", SEED).stdout
    assert explained != plain and len(explained) > len(plain)
    monkeypatch.setenv("SUMMIT_EXPLAIN", "off")
    assert run("brief", SEED).stdout == plain


def test_summit_config_shows_values_and_sources(run, workdir, monkeypatch):
    (workdir / "summit.toml").write_text('algorithm = "lexrank"\nsentences = 3\n')
    monkeypatch.setenv("SUMMIT_LANGUAGE", "german")
    result = run("config")
    assert result.exit_code == 0 and result.stderr == ""
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line and not line.startswith("#")}
    assert '"lexrank"' in lines["algorithm"] and lines["algorithm"].endswith("# summit.toml")
    assert "3" in lines["sentences"] and lines["sentences"].endswith("# summit.toml")
    assert '"german"' in lines["language"] and lines["language"].endswith("# SUMMIT_LANGUAGE")
    assert lines["explain"].endswith("# default")
    assert str(workdir / "summit.toml") in result.stdout

    data = json.loads(run("config", "-f", "json").stdout)
    assert data["settings"]["algorithm"] == {"value": "lexrank", "source": "summit.toml"}
    assert data["settings"]["language"] == {"value": "german", "source": "SUMMIT_LANGUAGE"}
    assert data["settings"]["ratio"]["value"] is None


def test_summit_config_output_is_a_config_file_that_gives_the_same_settings(run, workdir, monkeypatch):
    monkeypatch.setenv("SUMMIT_WORDS", "80")
    monkeypatch.setenv("SUMMIT_REQUIRE", "objectives,concessions")
    shown = run("config").stdout
    monkeypatch.delenv("SUMMIT_WORDS")
    monkeypatch.delenv("SUMMIT_REQUIRE")
    (workdir / "summit.toml").write_text(shown)
    data = json.loads(run("config", "-f", "json").stdout)["settings"]
    assert data["words"] == {"value": 80, "source": "summit.toml"}
    assert data["require"]["value"] == ["objectives", "concessions"]
    assert data["sentences"]["value"] is None  # the words budget replaced the default length


def test_summit_config_in_a_real_process(workdir):
    (workdir / "summit.toml").write_text("max_points = 2\n")
    proc = summit("config", cwd=workdir, env={"SUMMIT_ALGORITHM": "lead"})
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert any(line.startswith("max_points") and line.endswith("# summit.toml") for line in out.splitlines())
    assert any(line.startswith("algorithm") and line.endswith("# SUMMIT_ALGORITHM") for line in out.splitlines())
