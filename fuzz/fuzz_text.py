"""Fuzz target: arbitrary bytes through the text pipeline and every registered writer.

A finding is any exception other than a clean InputError (the "refuse" outcome), a
warning (it would reach stderr), a brief that breaks the JSON contract (NaN included),
or an input that takes longer than libFuzzer's -timeout. Run it by hand (see fuzz/README.md):

    python fuzz/fuzz_text.py -max_total_time=600 fuzz/corpus
    python fuzz/fuzz_text.py CRASH_FILE            # replay one input

Without atheris it falls back to hypothesis' fuzz_one_input on random bytes
(`python fuzz/fuzz_text.py --hypothesis SECONDS`).
"""

from __future__ import annotations

import json
import os
import sys
import time


def _setup():
    import importlib
    import pkgutil

    import summit_cli

    # Import every module now, so atheris instruments the lazily imported ones too.
    for mod in pkgutil.walk_packages(summit_cli.__path__, "summit_cli."):
        if not mod.name.endswith("__main__"):
            importlib.import_module(mod.name)
    from summit_cli import ingest, pipeline, render
    from summit_cli.errors import InputError
    from summit_cli.ingest import text as text_reader
    from summit_cli.rank import ALGORITHMS

    return ingest, pipeline, render, InputError, text_reader, list(ALGORITHMS)


def _not_json(name):
    raise AssertionError(f"{name} in the JSON brief")


def check(brief, render) -> None:
    """The contract every brief keeps, whatever the input."""
    from summit_cli.render.json_ import to_dict

    from summit_cli.quotes import MAX_SENTENCES

    data = to_dict(brief)
    n = data["stats"]["sentences"]
    idx = [s["index"] for s in data["summary"]]
    assert n > 0 and idx == sorted(set(idx)) and all(0 <= i < n for i in idx), (n, idx)
    texts = {s.index: s.text for s in brief.sentences}
    for points in data["key_points"].values():
        for p in points:
            assert texts.get(p["index"]) == p["text"], p
    for s in data["summary"]:
        assert texts.get(s["index"]) == s["text"], s
    for q in data["quotes"]:
        # A quote may run over MAX_SENTENCES sentences, starting at its index.
        span = " ".join(texts[i] for i in range(q["index"], q["index"] + MAX_SENTENCES) if i in texts)
        assert q["text"] in span, q
    for fmt in render.FORMATS:
        out = render.render(brief, fmt, render.RenderOptions(explain=True))
        assert isinstance(out, bytes) and out, fmt
        if fmt == "json":
            json.loads(out, parse_constant=_not_json)


def make_one_input():
    import warnings

    ingest, pipeline, render, InputError, text_reader, algorithms = _setup()
    # A warning would reach the user's stderr on a successful run: a finding.
    warnings.simplefilter("error")

    def one_input(data: bytes) -> None:
        # The first byte picks the summarizer so all of them meet hostile text.
        algorithm = algorithms[data[0] % len(algorithms)] if data else "default"
        try:
            article = text_reader.read(data[1:], "fuzz")
            brief = pipeline.build_brief(article, pipeline.Options(algorithm=algorithm))
        except InputError as exc:
            assert "\n" not in exc.message and "\r" not in exc.message, exc.message
            return
        check(brief, render)

    return one_input


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["summit_cli"]):
        one_input = make_one_input()
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(seconds: float) -> None:
    from hypothesis import HealthCheck, given, settings, strategies as st

    one_input = make_one_input()

    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        st.one_of(st.binary(max_size=20000), st.text(max_size=5000).map(lambda t: t.encode("utf-8", "surrogatepass")))
    )
    def target(data):
        one_input(data)

    end, runs = time.monotonic() + seconds, 0
    start = time.monotonic()
    while time.monotonic() < end:
        buf = os.urandom(8192)
        target.hypothesis.fuzz_one_input(buf)
        runs += 1
    print(f"hypothesis fuzz: {runs} executions in {time.monotonic() - start:.0f} s, no finding")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--hypothesis":
        run_hypothesis(float(sys.argv[2]) if len(sys.argv) > 2 else 60)
    else:
        run_atheris(sys.argv)
