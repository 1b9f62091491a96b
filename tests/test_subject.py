"""Articles that are not about the taxonomy's subject get no key points, and the brief says so once."""

import json

import pytest

# Written for these tests: a match report, full of cue words in their everyday sense.
MATCH_REPORT = """United cruise past City in the cup

United scored three goals in the first half and never looked back.
The manager said his aim was to win every home game this season.
He wants the squad to keep its focus after the winter break.
The club offered fans free tickets for the next round.
Demand for shirts has doubled since the striker signed in the summer.
"I hope we can build on this," the captain told reporters.
The visitors had hoped to cede nothing and hold out for a draw.
Their coach thanked the supporters for their patience.
"""

TALKS = """Envoys meet again in Geneva

Ukrainian and Russian delegations met in Geneva on Tuesday for a second round of talks.
Kyiv wants a ceasefire before any discussion of territory, its negotiators said.
Moscow offered to pause strikes on energy sites for thirty days.
The Kremlin said it would not withdraw troops from the occupied regions.
Zelensky said Ukraine would never recognise the annexation.
Diplomats expect another meeting next month.
"""


def write(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_off_topic_article_has_no_key_points_and_says_so(run, tmp_path):
    result = run("brief", write(tmp_path, MATCH_REPORT), "-f", "json")
    assert result.exit_code == 0
    brief = json.loads(result.stdout)
    assert all(points == [] for points in brief["key_points"].values())
    assert brief["off_topic"].startswith("Not about ")
    assert brief["summary"]  # the summary is still made
    assert result.stderr.count("Not about ") == 1


@pytest.mark.parametrize("fmt", ["md", "text", "html"])
def test_the_note_is_one_line_of_the_readable_brief_and_no_empty_category_follows(run, tmp_path, fmt):
    out = run("brief", write(tmp_path, MATCH_REPORT), "-f", fmt).stdout
    assert out.count("Not about ") == 1
    assert "Key points" not in out and "Nothing in this article" not in out


def test_an_article_on_the_subject_keeps_its_key_points(run, tmp_path):
    result = run("brief", write(tmp_path, TALKS), "-f", "json")
    brief = json.loads(result.stdout)
    assert brief["off_topic"] is None and "Not about" not in result.stderr
    assert brief["key_points"]["concessions"] and brief["key_points"]["objectives"]


def test_a_taxonomy_without_a_subject_takes_every_article(run, tmp_path):
    taxonomy = tmp_path / "sport.toml"
    taxonomy.write_text('[[category]]\nid = "aims"\n[category.cues]\naim = 1.0\n', encoding="utf-8")
    brief = json.loads(run("brief", write(tmp_path, MATCH_REPORT), "-f", "json", "--taxonomy", taxonomy).stdout)
    assert brief["off_topic"] is None and brief["key_points"]["aims"]


@pytest.mark.parametrize(
    "table, problem",
    [
        ("[subject]\nwords = []\n", "'words' must be a non-empty list"),
        ('[subject]\nwords = ["goal"]\nactors = ["nobody"]\n', "'actors' must list actors defined"),
        ('[subject]\nwords = ["goal"]\nmin_sentences = 0\n', "'min_sentences' must be a whole number"),
        ('[subject]\nwords = ["goal"]\nshape = 1\n', "unknown key 'shape'"),
    ],
)
def test_a_bad_subject_table_is_one_line_naming_the_problem(run, tmp_path, table, problem):
    taxonomy = tmp_path / "bad.toml"
    taxonomy.write_text(table + '[[category]]\nid = "aims"\n[category.cues]\naim = 1.0\n', encoding="utf-8")
    result = run("taxonomy", "check", taxonomy)
    assert result.exit_code == 2 and problem in result.stderr


def test_needs_party_must_name_the_categorys_own_cues(run, tmp_path):
    taxonomy = tmp_path / "bad.toml"
    taxonomy.write_text(
        '[actors]\nclub = ["United"]\n[[category]]\nid = "aims"\nneeds_party = ["goal"]\n[category.cues]\naim = 1.0\n',
        encoding="utf-8",
    )
    result = run("taxonomy", "check", taxonomy)
    assert result.exit_code == 2 and "'needs_party' names 'goal'" in result.stderr


def test_needs_party_cues_count_only_for_a_party(run, tmp_path):
    taxonomy = tmp_path / "clubs.toml"
    taxonomy.write_text(
        '[actors]\nclub = ["United"]\n[[category]]\nid = "aims"\nneeds_party = ["goal"]\n[category.cues]\ngoal = 1.0\n',
        encoding="utf-8",
    )
    text = "United's goal is a place in the final.\nThe keeper let in a late goal.\n"
    brief = json.loads(run("brief", write(tmp_path, text), "-f", "json", "--taxonomy", taxonomy).stdout)
    assert [p["index"] for p in brief["key_points"]["aims"]] == [0]


# Written for this test: talks reported in Russian and Ukrainian, where few sentences name a
# party but most name the talks.
TALKS_IN = {
    "russian": """Переговоры в Женеве продолжатся

Делегации провели второй раунд переговоров во вторник.
Стороны обсуждали перемирие и обмен пленными.
Дипломаты предложили продлить перемирие на тридцать дней.
По словам участников, переговоры шли трудно, но без срывов.
Следующая встреча делегаций намечена на следующий месяц.
Наблюдатели ждут от саммита конкретных решений.
""",
    "ukrainian": """Переговори в Женеві тривають

Делегації провели другий раунд переговорів у вівторок.
Сторони обговорювали перемир'я та обмін полоненими.
Дипломати запропонували продовжити перемир'я на тридцять днів.
За словами учасників, переговори йшли важко, але без зривів.
Наступну зустріч делегацій призначено на наступний місяць.
Спостерігачі чекають від саміту конкретних рішень.
""",
}


@pytest.mark.parametrize("language", sorted(TALKS_IN))
def test_an_article_on_the_subject_in_its_own_words_is_on_the_subject(run, tmp_path, language):
    result = run("brief", write(tmp_path, TALKS_IN[language]), "-f", "json")
    brief = json.loads(result.stdout)
    assert brief["language"] == language
    assert brief["off_topic"] is None and "Not about" not in result.stderr
