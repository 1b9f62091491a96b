"""A taxonomy's fitted model (group/learned.py): it decides which sentences are key points."""

import json

import pytest

from summit_cli.group import learned, taxonomy

TAXONOMY = """name = "weather"
description = "Storms and what they do"

[[category]]
id = "damage"
label = "Damage"
description = "What the storm broke"
[category.cues]
damage = 1.0

[[category]]
id = "warnings"
label = "Warnings"
description = "What people were told to do"
[category.cues]
warn = 1.0
"""

ARTICLE = (
    "The storm reached the coast on Monday night.\n"
    "Forecasters warned people to stay indoors.\n"
    "Roofs and power lines were damaged across the bay.\n"
)


def write(tmp_path, model: dict | None, article: str = ARTICLE) -> str:
    (tmp_path / "weather.toml").write_text(TAXONOMY, encoding="utf-8")
    if model is not None:
        (tmp_path / "weather").mkdir()
        (tmp_path / "weather" / "model.json").write_text(json.dumps(model), encoding="utf-8")
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    return str(tmp_path / "weather.toml")


def key_points(run, tmp_path, model, article: str = ARTICLE):
    result = run("brief", tmp_path / "a.txt", "-f", "json", "--taxonomy", write(tmp_path, model, article))
    assert result.exit_code == 0, result.stderr
    return {cat: [p["index"] for p in points] for cat, points in json.loads(result.stdout)["key_points"].items()}


def test_without_a_model_the_thresholds_decide(run, tmp_path):
    assert key_points(run, tmp_path, None) == {"damage": [2], "warnings": [1]}


def test_a_model_decides_among_the_sentences_a_cue_found(run, tmp_path):
    # The model turns "damage" down and lets every "warnings" candidate in; a sentence with
    # no cue of the category never joins it, whatever the model says.
    model = {"threshold": 0.5, "categories": {"damage": {"bias": -5.0}, "warnings": {"bias": 5.0}}}
    assert key_points(run, tmp_path, model) == {"damage": [], "warnings": [1]}


def test_a_category_the_model_leaves_to_the_rules_keeps_its_threshold(run, tmp_path):
    model = {"threshold": 0.5, "categories": {"damage": None, "warnings": {"bias": -5.0}}}
    assert key_points(run, tmp_path, model) == {"damage": [2], "warnings": []}


def test_a_model_fitted_for_other_categories_is_not_used(run, tmp_path):
    model = {"threshold": 0.5, "categories": {"pay": {"bias": 5.0}, "offers": {"bias": 5.0}}}
    assert key_points(run, tmp_path, model) == {"damage": [2], "warnings": [1]}


@pytest.mark.parametrize("bias, listed", [(-0.405, []), (0.405, [1])])
def test_a_lone_point_more_likely_wrong_than_right_leaves_its_category_empty(run, tmp_path, bias, listed):
    # bias -0.405: the one candidate is a key point with probability 0.4, over the threshold;
    # listing it is right 40 times in 100 and listing nothing 60, so the category stays
    # empty. At 0.6 (bias 0.405) it is listed.
    model = {"threshold": 0.35, "categories": {"damage": None, "warnings": {"bias": bias}}}
    assert key_points(run, tmp_path, model) == {"damage": [2], "warnings": listed}


def test_several_doubtful_points_together_are_listed(run, tmp_path):
    # Three candidates at 0.4 each: none of them a key point only 22 times in 100, so
    # listing them has the higher expected F1.
    article = ARTICLE + "Officials warned drivers off the coast road.\nSchools warned parents to keep children home.\n"
    doubtful = {"threshold": 0.35, "categories": {"damage": None, "warnings": {"bias": -0.405}}}
    assert key_points(run, tmp_path, doubtful, article) == {"damage": [2], "warnings": [1, 3, 4]}


@pytest.mark.parametrize(
    "model", [None, {"threshold": 0.35, "categories": {"damage": {"bias": 5.0}, "warnings": None}}]
)
def test_a_sentence_printed_twice_is_one_key_point(run, tmp_path, model):
    # A page that repeats its headline in the text: the repeat is not a second point.
    article = "Roofs and power lines were damaged across the bay.\n" + ARTICLE
    assert key_points(run, tmp_path, model, article) == {"damage": [0], "warnings": [2]}


def test_expected_f1_of_listing_none_is_the_chance_that_there_is_none():
    assert abs(learned.expected_f1([], [0.5, 0.5]) - 0.25) < 1e-9
    # one candidate kept at 0.5 beside none left out: right (F1 1) half the time
    assert abs(learned.expected_f1([0.5], []) - 0.5) < 1e-9
    # kept 0.9 and left out 0.9: both positives -> F1 2/3; only the kept -> 1; only the other -> 0
    assert abs(learned.expected_f1([0.9], [0.9]) - (0.81 * 2 / 3 + 0.09 * 1.0)) < 1e-9


def test_the_default_taxonomy_ships_its_model():
    tax = taxonomy.load(None)
    model = learned.model_for(tax)
    assert model is not None and len(model.weights) == 3 and 0 < model.threshold < 1
