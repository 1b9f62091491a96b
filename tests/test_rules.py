"""Every rule of the classifier and the quote finder, one written case each (tests/data/classify_cases.toml)."""

import json
import tomllib
from pathlib import Path

import pytest

CASES = tomllib.loads((Path(__file__).parent / "data" / "classify_cases.toml").read_text(encoding="utf-8"))


def brief(run, tmp_path, text: str, *args) -> dict:
    path = tmp_path / "case.txt"
    path.write_text(text + "\n", encoding="utf-8")
    result = run("brief", path, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("case", CASES["sentence"], ids=[c["rule"] for c in CASES["sentence"]])
def test_sentence_rule(run, tmp_path, case, rules_taxonomy):
    got = brief(run, tmp_path, case["text"], "--taxonomy", rules_taxonomy)
    lines = len(case["text"].strip().splitlines())
    line = case.get("sentence", lines - 1)  # the last line unless named
    assert 0 <= line < lines, "the case names a line its text does not have"
    categories = {cat for cat, points in got["key_points"].items() for p in points if p["index"] == line}
    assert set(case.get("expect", [])) <= categories, categories
    assert not set(case.get("reject", [])) & categories, categories


@pytest.mark.parametrize("case", CASES["quote"], ids=[c["rule"] for c in CASES["quote"]])
def test_quote_rule(run, tmp_path, case):
    got = brief(run, tmp_path, case["text"])
    # (a headline's quote the article does not quote again is one of its title quotes)
    quotes = [q for q in got["quotes"] + got["title_quotes"] if case["quote"] in q["text"]]
    if case.get("not_quote"):
        assert quotes == []
    else:
        assert [q["speaker"] or "" for q in quotes] == [case["speaker"]]


def test_every_rule_has_a_name_and_a_check():
    for case in CASES["sentence"]:
        assert case["rule"] and case["text"] and (case.get("expect") or case.get("reject"))
    for case in CASES["quote"]:
        assert case["rule"] and case["text"] and case["quote"] and ("speaker" in case or case.get("not_quote"))
