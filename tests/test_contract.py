"""The contract scripts rely on: exit codes, streams, -o, help, completion, the library entry point.

Everything goes through the real entry point: the CliRunner fixture `run` (in process,
so a failure can be injected) or a child process (`summit`), as CI would run it.
"""

import errno
import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES, SEED, summit

HARBOUR = FIXTURES / "harbour_talks.txt"
ESC = "\x1b["


@pytest.fixture(autouse=True)
def clean_env(tmp_path, monkeypatch):
    """No config file or SUMMIT_* variable of the developer's may change what is tested."""
    for key in list(os.environ):
        if key.startswith("SUMMIT_") or key == "NO_COLOR":
            monkeypatch.delenv(key)
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)


def one_line_error(result, *names):
    """stderr is exactly one 'summit: ...' line naming each of `names`; stdout is empty."""
    err = result.stderr
    assert err.startswith("summit: ") and err.endswith("\n") and err.count("\n") == 1, err
    for name in names:
        assert str(name) in err, (name, err)
    assert result.stdout == ""
    return err


def never_tmp(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".summit-")]


# --- exit codes -------------------------------------------------------------------------


def test_success_is_0_with_the_brief_on_stdout_and_nothing_on_stderr(run):
    result = run("brief", SEED, "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout)["schema"] == "summit-brief/1"


@pytest.mark.parametrize(
    "args, named",
    [
        (["--bogus"], "--bogus"),
        (["-f", "odt"], "odt"),
        (["--format", "yaml"], "yaml"),
        (["-a", "nosuch"], "nosuch"),
        (["-n", "3", "--words", "50"], "--words"),
        (["--ratio", "0.5", "-n", "2"], "--ratio"),
        (["--ratio", "0"], "--ratio"),
        (["--ratio", "1.5"], "--ratio"),
        (["--ratio", "-0.2"], "--ratio"),
        (["--ratio", "nan"], "--ratio"),
        (["-n", "0"], "--sentences"),
        (["-n", "three"], "--sentences"),
        (["--words", "0"], "--words"),
        (["--max-points", "0"], "--max-points"),
        (["--require", "weather"], "weather"),
        (["--taxonomy", "nosuch"], "nosuch"),
    ],
)
def test_usage_errors_exit_2_with_one_line_naming_the_culprit(run, args, named):
    result = run("brief", SEED, *args)
    assert result.exit_code == 2, result.stderr
    one_line_error(result, named)


def test_ratio_of_exactly_1_is_the_whole_article(run_json):
    brief = run_json(HARBOUR, "--ratio", "1")
    assert brief["stats"]["summary_sentences"] == brief["stats"]["sentences"]


def test_unknown_command_and_no_command(run):
    result = run("summarise", SEED)
    assert result.exit_code == 2
    one_line_error(result, "summarise")
    bare = run()
    assert bare.exit_code == 2 and "Usage: summit" in bare.stderr and bare.stdout == ""


def test_input_errors_exit_3_naming_the_input(run, tmp_path):
    missing = tmp_path / "nope.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n")
    for path, reason in (
        (missing, "no such file"),
        (empty, "empty input"),
        (blank, "empty input"),
        (tmp_path, "is a directory"),
    ):
        result = run("brief", path)
        assert result.exit_code == 3, (path, result.stderr)
        one_line_error(result, f"{path}: {reason}")


def test_output_into_a_missing_folder_exits_4(run, tmp_path):
    target = tmp_path / "no" / "such" / "brief.md"
    result = run("brief", SEED, "-o", target)
    assert result.exit_code == 4
    one_line_error(result, target)
    assert not (tmp_path / "no").exists()


def test_output_onto_a_folder_exits_4(run, tmp_path):
    result = run("brief", SEED, "-o", tmp_path)
    assert result.exit_code == 4
    one_line_error(result, tmp_path)


def test_network_errors_exit_5(run, monkeypatch):
    from summit_cli import ingest
    from summit_cli.errors import NetworkError

    def unreachable(source, *args, **kwargs):
        raise NetworkError(f"{source}: cannot connect (connection refused)")

    monkeypatch.setattr(ingest, "read", unreachable)
    result = run("brief", "https://example.invalid/a")
    assert result.exit_code == 5
    one_line_error(result, "https://example.invalid/a")


def _taxonomy_with_an_unreachable_category(tmp_path):
    path = tmp_path / "tax.toml"
    path.write_text(
        'name = "t"\n'
        '[[category]]\nid = "talks"\nlabel = "Talks"\ncues = { talk = 1.0, negoti = 1.0, disput = 1.0, boat = 1.0, channel = 1.0 }\n'
        '[[category]]\nid = "zoology"\nlabel = "Zoology"\ncues = { zebra = 1.0, okapi = 1.0 }\n',
        encoding="utf-8",
    )
    return path


def test_require_an_empty_category_exits_6_after_writing_the_brief(run, tmp_path):
    tax = _taxonomy_with_an_unreachable_category(tmp_path)
    ok = run("brief", HARBOUR, "--taxonomy", tax, "--require", "talks", "-f", "json")
    assert ok.exit_code == 0, ok.stderr
    assert json.loads(ok.stdout)["key_points"]["talks"]

    gate = run("brief", HARBOUR, "--taxonomy", tax, "--require", "talks", "--require", "zoology", "-f", "json")
    assert gate.exit_code == 6
    assert gate.stderr.count("\n") == 1 and "zoology" in gate.stderr and "harbour_talks.txt" in gate.stderr
    assert "talks," not in gate.stderr  # only the empty one is named
    assert json.loads(gate.stdout)["key_points"]["zoology"] == []  # the brief is still there to inspect

    target = tmp_path / "brief.md"
    written = run("brief", HARBOUR, "--taxonomy", tax, "--require", "zoology", "-o", target)
    assert written.exit_code == 6 and target.read_text(encoding="utf-8").startswith("# ")


def test_an_unexpected_failure_exits_1_says_it_is_a_bug_and_debug_shows_the_traceback(run, monkeypatch):
    from summit_cli import pipeline

    def broken(*args, **kwargs):
        raise ZeroDivisionError("simulated defect")

    monkeypatch.setattr(pipeline, "build_brief", broken)
    result = run("brief", SEED)
    assert result.exit_code == 1
    err = one_line_error(result, "ZeroDivisionError", "simulated defect")
    assert "bug" in err and "--debug" in err and "Traceback" not in err

    debug = run("brief", SEED, "--debug")
    assert debug.exit_code == 1
    assert "Traceback (most recent call last)" in debug.stderr and "ZeroDivisionError" in debug.stderr
    assert debug.stderr.rstrip("\n").splitlines()[-1].startswith("summit: internal error")


def test_debug_keeps_the_exit_code_of_an_expected_failure(run, tmp_path):
    result = run("brief", tmp_path / "gone.txt", "--debug")
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and result.stderr.rstrip("\n").splitlines()[-1].startswith("summit: ")


def test_exit_codes_from_a_real_process(tmp_path):
    assert summit("brief", SEED).returncode == 0
    for args, code, reason in (
        (["-f", "nope"], 2, "unknown format 'nope'"),
        ([tmp_path / "missing.txt"], 3, "missing.txt: no such file"),
        (["-o", tmp_path / "missing" / "b.md"], 4, "does not exist"),
    ):
        proc = summit("brief", *([SEED] if code != 3 else []), *args)
        assert proc.returncode == code, proc.stderr
        assert proc.stdout == b"" and b"Traceback" not in proc.stderr and proc.stderr.count(b"\n") == 1
        assert reason.encode() in proc.stderr, proc.stderr


# --- streams and colour -------------------------------------------------------------------


def _stderr_on_a_terminal(args, env=None):
    """Run with stderr on a pseudo-terminal (as a person at a shell); return what it showed."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update({"TERM": "xterm-256color", **(env or {})})
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "summit_cli", *map(str, args)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=slave,
            env=full_env,
            timeout=120,
        )
    finally:
        os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return proc, shown.decode("utf-8", "replace")


def test_colour_only_for_a_terminal_without_no_color_or_quiet(tmp_path):
    missing = tmp_path / "missing.txt"
    proc, shown = _stderr_on_a_terminal(["brief", missing])
    assert proc.returncode == 3 and ESC in shown and str(missing) in shown  # the control: a person sees colour
    for extra, env in (([], {"NO_COLOR": "1"}), (["--quiet"], {})):
        proc, shown = _stderr_on_a_terminal(["brief", missing, *extra], env)
        assert proc.returncode == 3 and ESC not in shown and "summit: " in shown and str(missing) in shown
    piped = summit("brief", missing)
    assert piped.returncode == 3 and b"\x1b" not in piped.stderr


def test_help_has_no_colour_even_on_a_terminal():
    proc, _ = _stderr_on_a_terminal(["brief", "--help"])
    assert proc.returncode == 0 and b"\x1b" not in proc.stdout and b"Usage: summit brief" in proc.stdout


def test_quiet_silences_warnings_but_not_errors(run, tmp_path):
    articles, refs = tmp_path / "a", tmp_path / "s"
    articles.mkdir()
    refs.mkdir()
    (articles / "one.txt").write_text(HARBOUR.read_text(encoding="utf-8"), encoding="utf-8")
    (refs / "one.txt").write_text("Negotiators from the two port cities met in Valport on Monday.\n")
    (articles / "lonely.txt").write_text("An article with no reference summary at all.\n")
    pytest.importorskip("rouge_score")
    loud = run("eval", articles, refs, "-a", "lead", "-f", "json")
    assert loud.exit_code == 0 and "lonely.txt" in loud.stderr and loud.stderr.count("\n") == 1
    hushed = run("eval", articles, refs, "-a", "lead", "-f", "json", "-q")
    assert hushed.exit_code == 0 and hushed.stderr == "" and hushed.stdout == loud.stdout
    failing = run("brief", tmp_path / "missing.txt", "-q")
    assert failing.exit_code == 3 and "missing.txt" in failing.stderr


# --- -o FILE ----------------------------------------------------------------------------


def test_output_file_prints_nothing_and_gets_ordinary_permissions(run, tmp_path):
    target = tmp_path / "brief.md"
    old = os.umask(0o022)
    try:
        result = run("brief", SEED, "-o", target)
    finally:
        os.umask(old)
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)
    assert never_tmp(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(run, tmp_path, monkeypatch):
    target = tmp_path / "brief.json"
    target.write_text("the previous brief\n")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = run("brief", SEED, "-o", target)
    assert result.exit_code == 4
    one_line_error(result, target, "No space left on device")
    assert target.read_text() == "the previous brief\n"
    assert never_tmp(tmp_path) == []


def test_a_file_size_limit_leaves_the_old_file_and_no_temp_file(tmp_path):
    resource = pytest.importorskip("resource")
    target = tmp_path / "brief.json"
    target.write_text("the previous brief\n")

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    proc = subprocess.run(
        [sys.executable, "-m", "summit_cli", "brief", str(SEED), "-o", str(target)],
        capture_output=True,
        preexec_fn=limit,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert proc.returncode == 4, proc.stderr
    assert proc.stdout == b"" and proc.stderr.count(b"\n") == 1 and str(target).encode() in proc.stderr
    assert target.read_text() == "the previous brief\n"
    assert never_tmp(tmp_path) == []


def test_a_successful_run_replaces_the_old_file(run, tmp_path):
    target = tmp_path / "brief.json"
    target.write_text("the previous brief\n")
    assert run("brief", SEED, "-o", target).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "summit-brief/1"


def test_dash_output_is_stdout(run):
    result = run("brief", SEED, "-o", "-", "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"] == "summit-brief/1"


# --- help and completion ----------------------------------------------------------------


@pytest.mark.parametrize("command", ["brief", "algorithms", "config", "eval"])
def test_every_command_help_has_a_purpose_groups_and_examples(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and ESC not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Usage: summit {command}")
    purpose = lines[2].strip()
    assert purpose.endswith(".") and len(purpose) < 80
    examples = result.stdout.split("Examples:")[1].split("\n\n")[0].strip().splitlines()
    assert 2 <= len(examples) <= 3 and all(e.strip().startswith(("summit ", "SUMMIT_")) for e in examples)
    assert "General:" in result.stdout and "--help" in result.stdout.split("General:")[1]


def test_brief_help_groups_its_options_and_shows_a_jq_pipeline_and_a_ci_gate(run):
    text = run("brief", "--help").stdout
    for panel in ("Arguments:", "Output:", "Summary:", "Key points:", "General:"):
        assert panel in text
    assert text.index("--sentences") > text.index("Summary:") > text.index("--output")
    assert "| jq " in text and "--require" in text.split("Examples:")[1].split("Arguments:")[0]
    assert "Exit codes:" in text and "6  a --require'd category" in text


def test_top_level_help_lists_commands_and_exit_codes(run):
    text = run("--help").stdout
    for command in ("brief", "algorithms", "config", "eval"):
        assert f"  {command} " in text
    for code in range(7):
        assert f"  {code}  " in text


def test_shell_completion_script_and_algorithm_names():
    # --show-completion finds the shell from the process tree, which a loaded machine can fail
    # to read; the instruction the installed script itself uses names the shell.
    script = summit(env={"_SUMMIT_COMPLETE": "source_bash"})
    assert script.returncode == 0 and b"_SUMMIT_COMPLETE" in script.stdout
    done = summit(
        env={"_SUMMIT_COMPLETE": "complete_bash", "COMP_WORDS": "summit brief --algorithm le", "COMP_CWORD": "3"}
    )
    assert done.returncode == 0 and set(done.stdout.split()) == {b"lead", b"lexrank"}


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("summit 0.")


# --- the library entry point --------------------------------------------------------------


@pytest.mark.parametrize(
    "options, args",
    [
        ({}, []),
        ({"sentences": 3, "algorithm": "lexrank"}, ["-n", "3", "-a", "lexrank"]),
        (
            {"ratio": 0.25, "max_points": 2, "title": "A title"},
            ["--ratio", "0.25", "--max-points", "2", "--title", "A title"],
        ),
    ],
)
def test_make_brief_gives_the_brief_the_cli_renders(run, options, args):
    from summit_cli import make_brief, render

    brief = make_brief(SEED, **options)
    result = run("brief", SEED, "-f", "json", *args)
    assert result.exit_code == 0
    assert render.render(brief, "json") == result.stdout_bytes
    assert render.render(brief, "markdown") == run("brief", SEED, *args).stdout_bytes


def test_make_brief_checks_options_as_the_cli_does():
    from summit_cli import make_brief
    from summit_cli.errors import InputError, UsageError

    with pytest.raises(UsageError, match="ratio"):
        make_brief(SEED, ratio=1.5)
    with pytest.raises(UsageError, match="mutually exclusive"):
        make_brief(SEED, sentences=2, words=30)
    with pytest.raises(TypeError, match="sentence"):
        make_brief(SEED, sentence=2)
    with pytest.raises(InputError):
        make_brief("no/such/file.txt")
