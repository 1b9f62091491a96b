"""Start-up: a command imports only what its path needs.

Each case runs the real CLI in a fresh interpreter and records sys.modules at exit,
so a heavy library pulled in at import time anywhere on the path shows up here.
"""

import json
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

UK_ARTICLE = ROOT / "tests" / "articles_lang" / "uk_talks.txt"
RU_ARTICLE = ROOT / "tests" / "articles_lang" / "ru_talks.txt"

# Runs summit's main() with the given arguments; at exit, writes the loaded modules' names.
PROBE = """
import atexit, json, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write(json.dumps(sorted(sys.modules))))
sys.argv[0] = "summit"
from summit_cli.cli import main
main()
"""

# Heavy or optional libraries none of these commands needs: NLTK and sumy's summarizers
# (which import NLTK), the binary writers, the HTML extractor and what they drag in.
# The bare `sumy` package is allowed: its __init__ is two lines, and its stop-word
# files are read through it.
NEVER = {
    "nltk",
    "sumy.nlp",
    "sumy.summarizers",
    "sumy.utils",
    "sumy.parsers",
    "reportlab",
    "docx",
    "trafilatura",
    "lxml",
    "pysbd",
    "PIL",
    "requests",
    "rich",
    "pydantic",
}  # typer 0.29 converts options with pydantic; summit_cli.command does it without
# A brief of one article with the default ranker needs no array library: importing
# numpy costs more than ranking the article (the sumy-based and graph rankers use it).
BRIEF = NEVER | {"numpy", "scipy"}
# --help and --version do no analysis at all.
NO_ANALYSIS = BRIEF | {"snowballstemmer"}


def loaded(tmp_path, *args):
    out = tmp_path / "modules.json"
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip(), "the command printed nothing"
    return json.loads(out.read_text())


def heavy(modules, banned):
    """The banned packages (or subpackages) among the loaded modules."""
    return sorted({b for b in banned for m in modules if m == b or m.startswith(b + ".")})


@pytest.mark.parametrize(
    "args, banned",
    [
        (["--help"], NO_ANALYSIS),
        (["--version"], NO_ANALYSIS),
        (["brief", "--help"], NO_ANALYSIS),
        (["brief", SEED], BRIEF),
        (["brief", SEED, "--format", "json"], BRIEF),
        (["digest", "--help"], NO_ANALYSIS),
        (["digest", SEED, SEED], BRIEF),  # the alignment is plain Python: no numpy for a digest either
        (["brief", SEED, "-n", "3", "--require", "objectives", "--explain", "-q"], BRIEF),
        (["taxonomy", "list"], NO_ANALYSIS),
        # a detected language costs no more imports than English
        (["brief", UK_ARTICLE], BRIEF),
        (["brief", RU_ARTICLE, "--format", "json"], BRIEF),
    ],
)
def test_command_does_not_import_what_it_does_not_need(tmp_path, args, banned):
    assert heavy(loaded(tmp_path, *args), banned) == []


def test_probe_records_the_modules_the_command_loaded(tmp_path):
    # The list is taken at exit, after the brief was made: otherwise the tests above prove nothing.
    modules = loaded(tmp_path, "brief", SEED)
    assert {"summit_cli.pipeline", "summit_cli.render.markdown"} <= set(modules)
