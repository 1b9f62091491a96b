"""Taxonomy files: loading, one-line errors that name the file and line, show and check."""

import pytest

from conftest import FIXTURES, SEED, summit

from summit_cli.group.taxonomy import read

STRIKE = FIXTURES / "kp_transit_strike.txt"

GOOD = """name = "tiny"
description = "Two categories"

[[category]]
id = "money"
label = "Money"
description = "Prices and costs"
[category.cues]
price = 1.0
"cost of living" = 1.5

[[category]]
id = "people"
[category.cues]
resident = 1.0
"""


def test_show_default_lists_categories_labels_descriptions_and_cues(run):
    result = run("taxonomy", "show")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for text in (
        "1. objectives - Objectives",
        "2. concessions - Concessions",
        "3. ukrainian_reactions - Ukrainian reactions",
        "What a party aims for",
        "compromise 1.2",
        "Zelenskyy",
        "the Ukrainian leader",
    ):
        assert text in out
    assert out.index("1. objectives") < out.index("2. concessions") < out.index("3. ukrainian_reactions")


def test_show_a_file_and_list_builtins(run, tmp_path):
    path = tmp_path / "tiny.toml"
    path.write_text(GOOD, encoding="utf-8")
    out = run("taxonomy", "show", path).stdout
    assert "1. money - Money" in out and "cost of living 1.5" in out and "2. people - People" in out
    listed = run("taxonomy", "list").stdout
    assert "summit " in listed and "labour " in listed


def test_check_ok(run, tmp_path):
    path = tmp_path / "tiny.toml"
    path.write_text(GOOD, encoding="utf-8")
    result = run("taxonomy", "check", path)
    assert result.exit_code == 0 and "OK (2 categories: money, people)" in result.stdout


def test_check_warns_about_cues_that_collide(run, tmp_path):
    path = tmp_path / "dup.toml"
    path.write_text(GOOD.replace("price = 1.0", "price = 1.0\nprices = 0.5"), encoding="utf-8")
    result = run("taxonomy", "check", path)
    assert result.exit_code == 0 and "OK" in result.stdout
    assert "warning" in result.stderr and "'price', 'prices'" in result.stderr


BROKEN = [
    # (what is wrong, edit to GOOD, line named, words in the message)
    ("syntax", lambda s: s.replace("price = 1.0", "price = "), 9, "Invalid value (column 9)"),
    (
        "unknown top-level key",
        lambda s: s.replace('description = "Two categories"', 'description = "Two categories"\nnmae = "x"'),
        3,
        "unknown key 'nmae' (expected: actors,",
    ),
    ("weight", lambda s: s.replace("price = 1.0", 'price = "high"'), 9, "weight"),
    ("zero weight", lambda s: s.replace("price = 1.0", "price = 0"), 9, "weight"),
    ("bad id", lambda s: s.replace('id = "people"', 'id = "People!"'), 13, "'id'"),
    ("duplicate id", lambda s: s.replace('id = "people"', 'id = "money"'), 13, "duplicate id"),
    ("unknown key", lambda s: s.replace('label = "Money"', 'lable = "Money"'), 6, "unknown key 'lable'"),
    ("no cues", lambda s: s.replace("[category.cues]\nresident = 1.0\n", ""), 12, "'cues'"),
    (
        "unknown actor",
        lambda s: s.replace('id = "people"', 'id = "people"\nactor = "residents"'),
        14,
        "actor 'residents'",
    ),
    ("bad cue", lambda s: s.replace("price = 1.0", '"price  of" = 1.0'), 9, "cue"),
    (
        "unknown locals",
        lambda s: s.replace('description = "Two categories"', 'description = "Two"\nlocals = "town"'),
        3,
        "'locals'",
    ),
    (
        "private_voices",
        lambda s: s.replace('id = "people"', 'id = "people"\nprivate_voices = "no"'),
        14,
        "'private_voices'",
    ),
    (
        "allies without an actor",
        lambda s: s.replace('id = "people"', 'id = "people"\nallies = ["town"]'),
        14,
        "'allies' needs an 'actor'",
    ),
    (
        "unknown ally",
        lambda s: (
            s.replace('id = "people"', 'id = "people"\nactor = "residents"\nallies = ["town"]')
            + '\n[actors]\nresidents = ["residents"]\n'
        ),
        15,
        "ally 'town' is not defined in [actors]",
    ),
]


@pytest.mark.parametrize("case,edit,line,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_malformed_taxonomy_is_a_one_line_error_naming_file_and_line(run, tmp_path, case, edit, line, words):
    path = tmp_path / "broken.toml"
    path.write_text(edit(GOOD), encoding="utf-8")
    for args in (("taxonomy", "check", path), ("brief", SEED, "--taxonomy", path)):
        result = run(*args)
        assert result.exit_code == 2, (case, result.stdout)
        err = result.stderr.strip()
        assert err.count("\n") == 0, err
        assert str(path) in err and f"line {line}:" in err and words in err, err
        assert result.stdout == ""


LANGUAGES = [
    # (what is wrong, text after GOOD or an edit of it, words in the message)
    ("not tables", GOOD.replace('categories"', 'categories"\nlanguages = "fr"'), "[languages] must hold"),
    (
        "spellings not a list",
        GOOD + '\n[actors]\nresidents = ["residents"]\n\n[languages.fr]\nactors = { residents = "habitants" }\n',
        "actor 'residents' must be a list of spellings",
    ),
    ("carry share above 1", GOOD + '\n[languages.fr]\ncarry = { "de plus" = 2 }\n', "carry must map opening words"),
    (
        "a cue that is not words",
        GOOD + '\n[languages.fr]\ncues = { money = { "prix{,s}" = 1.0 } }\n',
        "cue 'prix{,s}' must be words separated by single spaces",
    ),
    ("a cue of weight 0", GOOD + "\n[languages.fr]\ncues = { money = { prix = 0 } }\n", "has weight 0; a weight is"),
    (
        "a lower-case spelling that is no actor's",
        GOOD + '\n[actors]\nresidents = ["residents"]\n\n[languages.fr]\nactors = { residents = ["Habitants"] }\n'
        'lower_case = ["Voisins"]\n',
        "lower_case spelling 'Voisins' is not a capitalised spelling",
    ),
    (
        "surname endings of an unknown actor",
        GOOD + '\n[actors]\nresidents = ["residents"]\n\n[languages.fr]\nsurname_endings = { voisins = ["ard"] }\n',
        "actor 'voisins' is not defined in [actors]",
    ),
    (
        "top-level surname endings of an unknown actor",
        GOOD + '\n[actors]\nresidents = ["residents"]\n\n[surname_endings]\nvoisins = ["ard"]\n',
        "actor 'voisins' is not defined in [actors]",
    ),
    (
        "a surname ending that is not letters",
        GOOD + '\n[actors]\nresidents = ["residents"]\n\n[languages.fr]\nsurname_endings = { residents = ["-ard"] }\n',
        "surname_endings of 'residents' must be a list of word endings",
    ),
]


@pytest.mark.parametrize("case,text,words", LANGUAGES, ids=[c[0] for c in LANGUAGES])
def test_a_malformed_languages_table_is_a_one_line_error(run, tmp_path, case, text, words):
    path = tmp_path / "languages.toml"
    path.write_text(text, encoding="utf-8")
    result = run("taxonomy", "check", path)
    assert result.exit_code == 2, (case, result.stdout)
    assert result.stderr.strip().count("\n") == 0 and words in result.stderr, result.stderr


def test_a_languages_table_may_give_its_own_carry_words(run, tmp_path):
    path = tmp_path / "languages.toml"
    path.write_text(GOOD + '\n[languages.fr]\ncarry = { "de plus" = 0.5 }\n', encoding="utf-8")
    result = run("taxonomy", "check", path)
    assert result.exit_code == 0 and "OK (2 categories" in result.stdout, result.stderr


def test_unknown_taxonomy_name_and_missing_file(run, tmp_path):
    result = run("brief", SEED, "--taxonomy", "nosuch")
    assert result.exit_code == 2 and "unknown taxonomy 'nosuch'" in result.stderr
    result = run("taxonomy", "check", tmp_path / "missing.toml")
    assert result.exit_code == 2 and "missing.toml" in result.stderr and "cannot read" in result.stderr
    # the reason in words, the path once: no "[Errno 2] ... '/path/missing.toml'" repeating it
    assert result.stderr.count("missing.toml") == 1 and "Errno" not in result.stderr, result.stderr


def test_not_utf8_is_an_error_not_a_traceback(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("Prices", "Pr\xeeces").encode("latin-1"))
    result = summit("taxonomy", "check", path)
    assert result.returncode == 2 and b"UTF-8" in result.stderr and b"Traceback" not in result.stderr


def test_a_taxonomy_without_a_name_is_named_after_its_file(run_json, tmp_path):
    path = tmp_path / "harbour_topics.toml"
    path.write_text(GOOD.replace('name = "tiny"\n', ""), encoding="utf-8")
    assert run_json(SEED, "--taxonomy", path)["taxonomy"] == "harbour_topics"


@pytest.fixture
def labour_file(tmp_path):
    """The built-in example, as a user's own file."""
    path = tmp_path / "my_labour.toml"
    path.write_bytes(read("labour")[0])
    return path


def test_custom_taxonomy_end_to_end(run_json, labour_file):
    assert (
        run_json(STRIKE, "--taxonomy", "labour")["key_points"]
        == run_json(STRIKE, "--taxonomy", labour_file)["key_points"]
    )
    brief = run_json(STRIKE, "--taxonomy", labour_file)
    assert brief["taxonomy"] == "labour"
    assert list(brief["key_points"]) == ["demands", "offers", "disruption"]
    assert [c["label"] for c in brief["categories"]] == ["Demands", "Offers", "Disruption"]
    demands = " ".join(p["text"] for p in brief["key_points"]["demands"])
    assert "9 percent pay rise" in demands


def test_require_uses_the_custom_categories(run, labour_file):
    result = run("brief", STRIKE, "--taxonomy", labour_file, "--require", "offers", "-f", "json")
    assert result.exit_code == 0
    result = run("brief", STRIKE, "--taxonomy", labour_file, "--require", "concessions")
    assert result.exit_code == 2 and "demands, offers, disruption" in result.stderr
