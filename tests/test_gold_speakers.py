"""The one rule by which the benchmarks judge a quote's speaker (summit_cli.gold.same_speaker)."""

import pytest

from summit_cli.gold import not_quotes_listed, same_speaker, speaker_hits, speaker_misses


@pytest.mark.parametrize(
    "ours, label, right",
    [
        # a name: the surname decides; titles, first names and a leading country are no part of it
        ("Zelensky", "Volodymyr Zelensky", True),
        ("Volodymyr Zelensky", "Zelensky", True),
        ("Ukraine Serhiy Kyslytsya", "Serhiy Kyslytsya", True),
        ("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", True),
        ("Olha Petrenko", "Olha Petrenko, a retired teacher", True),
        ("Joseph R. Biden Jr", "Biden", True),
        ("Volodymyr", "Volodymyr Zelensky", False),
        ("Trump's envoy", "Trump", False),
        ("Marco Rubio", "Steve Witkoff", False),
        # Latin transliterations of one name are one name; other names are not
        ("Zelenskyy", "Zelensky", True),
        ("Volodymyr Zelenskiy", "Zelenskyy", True),
        ("Andriy Yermak", "Andrii Yermak", True),
        ("Steve Witkov", "Witkoff", True),
        ("Zelenska", "Zelensky", False),
        # whole words, case-folded: a prefix is not the name
        ("ZELENSKY", "Zelensky", True),
        ("Putin", "Putina", False),
        # Ukrainian and Russian: the nominative, letter for letter
        ("Зеленський", "Зеленський", True),
        ("Володимир Зеленський", "Зеленський", True),
        ("Зеленського", "Зеленський", False),
        ("Ушакова", "Ушаков", False),
        ("Дмитрий Песков", "пресс-секретарь Кремля Дмитрий Песков", True),
        ("Пётр Толстой", "Петр Толстой", True),
        # a surname that looks like a place's adjective is still the surname after a first name
        ("Берлінська", "Марія Берлінська", True),
        ("Марія Берлінська", "Марія Берлінська", True),
        ("Київ", "Марія Берлінська", False),
        # a label that opens on an office is a description, whatever its capital letter
        ("міністр оборони", "Міністр оборони", True),
        ("Міністр оборони", "міністр оборони", True),
        ("Пєсков", "Міністр оборони", False),
        # a Cyrillic description capitalised as a sentence opens is a description still
        ("високопоставлений чиновник Білого дому", "Високопоставлений чиновник Білого дому", True),
        ("Українська делегація", "Українська делегація", True),
        ("Білий дім", "Високопоставлений чиновник Білого дому", False),
        # a description: its head noun
        ("a woman in Kyiv", "a woman in Kyiv", True),
        ("woman", "a woman in Kyiv", True),
        ("one woman", "a woman in Kyiv", True),
        ("a US official", "a senior US official", True),
        ("the foreign ministry", "Ukraine's foreign ministry", True),
        ("житель Києва", "житель Києва", True),
        ("неназваний представник Білого дому", "представник Білого дому", True),
        ("жителька Києва", "житель Києва", False),
        # a place, a country or its adjective alone is never the speaker
        ("Kyiv", "a woman in Kyiv", False),
        ("US", "Ukraine's ambassador to the US", False),
        ("the US", "Ukraine's ambassador to the US", False),
        ("Ukrainian", "the Ukrainian leader", False),
        ("Київ", "Зеленський", False),
        # ...unless the label is that place speaking as a body, named the same way
        ("the Kremlin", "Kremlin", True),
        ("Кремль", "Кремль", True),
        ("Кремля", "Кремль", False),
        ("Kremlin spokesman", "the Kremlin", False),
        # the same words, capitalised otherwise
        ("Офіс президента", "Офіс Президента", True),
        (None, "Zelensky", False),
        ("", "a woman", False),
    ],
)
def test_same_speaker(ours, label, right):
    assert same_speaker(ours, label) is right


def test_speaker_hits_counts_labelled_quotes_with_a_speaker():
    gold = {
        "quotes": [
            {"match": "not too much progress", "speaker": "Olga Stefanishyna"},
            {"match": "need to wait for promises", "speaker": "Ukraine's ambassador to the US"},
            {"match": "nobody said this", "speaker": None},
        ]
    }
    brief = {
        "quotes": [
            {"text": "There was “not too much progress”,", "speaker": "Stefanishyna"},
            {"text": "need to wait for promises from Russia", "speaker": "the US"},
        ]
    }
    hits, total, misses = speaker_hits(brief, gold)
    assert (hits, total) == (1, 2)
    assert len(misses) == 1 and "ambassador" in misses[0]


def test_speaker_misses_say_what_became_of_each_missed_quote():
    gold = {
        "quotes": [
            {"match": "not too much progress", "speaker": "Olga Stefanishyna"},
            {"match": "need to wait for promises", "speaker": "Ukraine's ambassador to the US"},
            {"match": "we will study it", "speaker": "Rustem Umerov"},
            {"match": "a careful first step", "speaker": "Lars Holm"},
            {"match": "nobody said this", "speaker": None},
        ],
        "not_quotes": ["Coalition of the Willing", "peace plan"],
    }
    brief = {
        "quotes": [
            {"text": "There was “not too much progress”,", "speaker": "Stefanishyna"},
            {"text": "need to wait for promises from Russia", "speaker": "the US"},
            {"text": "we will study it before commenting", "speaker": None},
            {"text": "the Coalition of the Willing", "speaker": None},
        ]
    }
    assert speaker_misses(brief, gold) == {"wrong": 1, "none": 1, "not found": 1}
    assert not_quotes_listed(brief, gold) == 1


def test_a_headlines_quotes_count_as_the_briefs():
    gold = {"quotes": [{"match": "Нельзя сказать, что бурлит", "speaker": "Дмитрий Песков"}]}
    brief = {"quotes": [], "title_quotes": [{"text": "Нельзя сказать, что бурлит", "speaker": "Песков"}]}
    assert speaker_hits(brief, gold)[:2] == (1, 1)
