"""The JSON Schema of summit-brief/1: shipped in the package, printed by `summit schema`,
and every JSON brief the tool writes follows it."""

import json

import pytest

from conftest import FIXTURES, SEED, ROOT

jsonschema = pytest.importorskip("jsonschema")

ARTICLES = [SEED] + [FIXTURES / f"{n}.txt" for n in ("harbour_talks", "kp_guardian_long", "web_cnn", "web_wire")]


@pytest.fixture(scope="module")
def validator():
    from typer.testing import CliRunner

    from summit_cli.cli import app

    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0 and result.stderr == ""
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_says_which_numbers_count_from_zero(run):
    schema = json.loads(run("schema").stdout)
    assert schema["$id"] == "summit-brief/1"
    assert "from 0" in schema["$defs"]["index"]["description"]
    assert "from 0" in schema["properties"]["quotes"]["items"]["properties"]["index"]["description"]
    assert "from 0" in (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("extra", [(), ("--explain",), ("-n", "2", "--explain"), ("--words", "60")])
def test_every_json_brief_follows_the_schema(run, validator, article, extra):
    result = run("brief", article, "-f", "json", *extra)
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(brief)]
    assert not errors
    for item in brief["summary"]:
        assert ("parts" in item) == ("--explain" in extra)


def test_batch_json_briefs_follow_the_schema(run, validator, tmp_path):
    out = tmp_path / "out"
    result = run("brief", SEED, FIXTURES / "harbour_talks.txt", "-f", "json", "--out-dir", out)
    assert result.exit_code == 0, result.stderr
    written = sorted(out.glob("*.json"))
    assert len(written) == 2
    for path in written:
        assert not list(validator.iter_errors(json.loads(path.read_text("utf-8"))))


def test_the_schema_rejects_a_brief_that_breaks_the_contract(run, validator):
    brief = json.loads(run("brief", SEED, "-f", "json").stdout)
    brief["summary"][0]["index"] = -1
    assert not validator.is_valid(brief)
    brief = json.loads(run("brief", SEED, "-f", "json").stdout)
    del next(iter(brief["key_points"].values()))[0]["in_summary"]
    assert not validator.is_valid(brief)


def test_schema_digest_prints_the_digest_schema(run):
    result = run("schema", "digest")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "summit-digest/1" in json.dumps(schema) and "summit-brief/1" not in json.dumps(schema)


def test_an_unknown_schema_is_a_usage_error(run):
    result = run("schema", "report")
    assert result.exit_code == 2 and "unknown schema 'report'" in result.stderr
