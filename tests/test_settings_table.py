"""One table of settings (config.SETTINGS): every layer takes its options, checks and help from it."""

import json
from dataclasses import fields

import pytest

from conftest import SEED
from summit_cli import config, pipeline, render
from summit_cli.commands.brief import BRIEF_OPTIONS

pytestmark = pytest.mark.usefixtures("workdir")


def test_every_setting_of_brief_is_an_option_with_the_tables_help(run):
    shown = " ".join(run("brief", "--help").stdout.split())
    for key in BRIEF_OPTIONS:
        setting = config.SETTINGS[key]
        assert config.option_name(key) in shown, key
        assert " ".join(setting.help.split()) in shown, key
        if setting.short:
            assert f"{setting.short}, {config.option_name(key)}" in shown, key


def test_pipeline_and_render_options_are_exactly_the_tables():
    assert {f.name for f in fields(pipeline.Options)} == {
        k for k, s in config.SETTINGS.items() if s.goes_to == config.PIPELINE
    }
    assert {f.name for f in fields(render.RenderOptions)} - {"generator"} == {
        k for k, s in config.SETTINGS.items() if s.goes_to == config.RENDER
    }


def test_config_lists_exactly_the_configurable_settings(run):
    listed = json.loads(run("config", "-f", "json").stdout)["settings"]
    assert list(listed) == [k for k, s in config.SETTINGS.items() if s.configurable]
    assert "output" not in listed and "title" not in listed


@pytest.mark.parametrize("key", [k for k, s in config.SETTINGS.items() if s.configurable and s.check])
def test_a_bad_value_is_refused_the_same_way_in_every_layer(run, workdir, monkeypatch, key):
    bad = {int: "0", float: "2.5", str: "no-such-thing"}[config.SETTINGS[key].kind]
    as_toml = bad if config.SETTINGS[key].kind is not str else f'"{bad}"'
    option = run("brief", SEED, config.option_name(key), bad)
    assert option.exit_code == 2 and config.option_name(key) in option.stderr
    monkeypatch.setenv(config.env_name(key), bad)
    env = run("brief", SEED)
    assert env.exit_code == 2 and config.env_name(key) in env.stderr
    monkeypatch.delenv(config.env_name(key))
    (workdir / "summit.toml").write_text(f"{key} = {as_toml}\n")
    file = run("brief", SEED)
    assert file.exit_code == 2 and "summit.toml" in file.stderr and key in file.stderr
    # the same reason, wherever the value came from
    reasons = {r.stderr.rsplit(": ", 1)[-1] for r in (option, env, file)}
    assert len(reasons) == 1, reasons


@pytest.mark.parametrize("name,ext", [(name, ext) for name, (_, exts, _) in render.FORMATS.items() for ext in exts])
def test_format_takes_every_extension_output_does(run, tmp_path, workdir, monkeypatch, name, ext):
    by_name = tmp_path / ("brief" + ext)
    assert run("brief", SEED, "-o", by_name).exit_code == 0
    by_option = run("brief", SEED, "-f", ext.lstrip("."), "-o", tmp_path / "brief.out")
    assert by_option.exit_code == 0, by_option.stderr
    assert (tmp_path / "brief.out").read_bytes() == by_name.read_bytes()
    monkeypatch.setenv("SUMMIT_FORMAT", ext.lstrip("."))
    assert run("brief", SEED, "-o", tmp_path / "brief.env").exit_code == 0
    assert (tmp_path / "brief.env").read_bytes() == by_name.read_bytes()


def test_non_configurable_settings_are_not_read_from_files_or_the_environment(run, workdir, monkeypatch):
    (workdir / "summit.toml").write_text('output = "brief.md"\n')
    result = run("brief", SEED)
    assert result.exit_code == 2 and "unknown setting 'output'" in result.stderr
    (workdir / "summit.toml").unlink()
    monkeypatch.setenv("SUMMIT_OUTPUT", "brief.md")
    assert run("brief", SEED).stdout.startswith("# ") and not (workdir / "brief.md").exists()


@pytest.mark.parametrize(
    "args,reason",
    [
        (["-n", "x"], "'x' is not a valid integer"),
        (["--ratio", "half"], "'half' is not a valid float"),
        (["--jobs", "2.5"], "'2.5' is not a valid integer"),
    ],
)
def test_values_of_the_wrong_type_are_usage_errors_naming_the_option(run, args, reason):
    result = run("brief", SEED, *args)
    assert result.exit_code == 2 and reason in result.stderr and args[0] in result.stderr
    assert result.stderr.count("\n") == 1
