"""A taxonomy's fitted model (group/learned.py): it decides which sentences are key points."""

import json

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


def write(tmp_path, model: dict | None) -> str:
    (tmp_path / "weather.toml").write_text(TAXONOMY, encoding="utf-8")
    if model is not None:
        (tmp_path / "weather").mkdir()
        (tmp_path / "weather" / "model.json").write_text(json.dumps(model), encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return str(tmp_path / "weather.toml")


def key_points(run, tmp_path, model):
    result = run("brief", tmp_path / "a.txt", "-f", "json", "--taxonomy", write(tmp_path, model))
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


def test_the_default_taxonomy_ships_its_model():
    tax = taxonomy.load(None)
    model = learned.model_for(tax)
    assert model is not None and len(model.weights) == 3 and 0 < model.threshold < 1
