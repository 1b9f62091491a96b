import pytest

from summit_cli.text.split import MAX_QUOTED_WORDS, MAX_SENTENCE_WORDS, split_sentences


def test_plain_sentences_split():
    assert split_sentences("The talks began. They ended late! Was it worth it? Nobody knows.") == [
        "The talks began.",
        "They ended late!",
        "Was it worth it?",
        "Nobody knows.",
    ]


def test_abbreviations_and_times_do_not_split():
    text = "The talks began at 3:30 p.m. ET on Monday. Dr. Brandt and Mr. Ruiz met the U.S. envoy."
    assert split_sentences(text) == [
        "The talks began at 3:30 p.m. ET on Monday.",
        "Dr. Brandt and Mr. Ruiz met the U.S. envoy.",
    ]
    plural = "Warrants were issued for two lawmakers, Reps. Dana Holt and Lee Marsh, and Sens. Ray Poole and Ann Ide."
    assert split_sentences(plural + " They left.") == [plural, "They left."]


def test_abbreviation_can_end_a_sentence_before_a_common_opener():
    assert split_sentences("They left at 5 p.m. The vote follows.") == ["They left at 5 p.m.", "The vote follows."]


def test_initials_and_decimals_do_not_split():
    text = "J. K. Rowling gave 2.5 million to the fund. It was announced today."
    assert split_sentences(text) == ["J. K. Rowling gave 2.5 million to the fund.", "It was announced today."]


def test_two_sentence_quote_stays_with_its_attribution():
    text = "“War is war, it will not end. We will give nothing,” said a cleaner. Prices rose."
    assert split_sentences(text) == [
        "“War is war, it will not end. We will give nothing,” said a cleaner.",
        "Prices rose.",
    ]


def test_sentence_ends_after_closing_quote():
    text = "He said Ukraine is “counting on America.” The meeting ended."
    assert split_sentences(text) == ["He said Ukraine is “counting on America.”", "The meeting ended."]


def test_long_quote_is_split_rather_than_glued():
    sentence = "This is one sentence of a long speech about the harbour and the boats."
    quote = "“" + " ".join([sentence] * (MAX_QUOTED_WORDS // 10 + 2)) + "” he said."
    parts = split_sentences(quote)
    assert len(parts) > 1
    assert all(len(p.split()) <= MAX_QUOTED_WORDS + 15 for p in parts)


def test_runaway_sentence_is_capped():
    parts = split_sentences(" ".join(["word"] * (MAX_SENTENCE_WORDS * 3)))
    assert len(parts) == 3 and all(len(p.split()) == MAX_SENTENCE_WORDS for p in parts)


def test_lowercase_after_period_is_not_a_boundary():
    assert split_sentences("Sales rose 3 pct. in March, analysts said.") == [
        "Sales rose 3 pct. in March, analysts said."
    ]


def test_acronym_can_end_a_sentence():
    assert split_sentences("The deal is under review by the SEC. The company declined to comment.") == [
        "The deal is under review by the SEC.",
        "The company declined to comment.",
    ]


def test_single_quoted_two_sentence_quote_stays_whole():
    text = "The mayor said: 'We will not give up. The boats go back to sea.' Talks resume on Monday."
    assert split_sentences(text) == [
        "The mayor said: 'We will not give up. The boats go back to sea.'",
        "Talks resume on Monday.",
    ]


def test_apostrophes_do_not_open_quotes():
    text = "The keeper's cottage was saved. The farmers' union paid for it."
    assert split_sentences(text) == ["The keeper's cottage was saved.", "The farmers' union paid for it."]


def test_quote_left_open_at_a_paragraph_end_does_not_swallow_the_next_quote():
    # News leaves a quote open when the next paragraph continues it; joined archives
    # put both on one line.
    text = '"Sexism limits what women can achieve. "It is simply wrong to assume otherwise," she said.'
    assert split_sentences(text) == [
        '"Sexism limits what women can achieve.',
        '"It is simply wrong to assume otherwise," she said.',
    ]


def test_a_letter_ending_a_name_can_end_a_sentence():
    text = "He was diagnosed with hepatitis A. The diocese says he caught it in Italy. J. K. Rowling agreed."
    assert split_sentences(text) == [
        "He was diagnosed with hepatitis A.",
        "The diocese says he caught it in Italy.",
        "J. K. Rowling agreed.",
    ]
    assert split_sentences("J. A. Smith and I. M. Pei came. I left.") == ["J. A. Smith and I. M. Pei came.", "I left."]


def test_initials_run_together_stay_with_the_name():
    text = "The trailer comes courtesy of J.J. Okafor and his studio. It opens in May."
    assert split_sentences(text) == ["The trailer comes courtesy of J.J. Okafor and his studio.", "It opens in May."]
    # Before a word that opens sentences, such initials can still end one.
    assert split_sentences("The prize went to A.R. The judges agreed.") == [
        "The prize went to A.R.",
        "The judges agreed.",
    ]


def test_a_caption_without_a_full_stop_ends_at_its_photo_mark():
    text = "He was sentenced at Northfield Crown Court (pictured) He added: 'The harm was done.'"
    assert split_sentences(text) == [
        "He was sentenced at Northfield Crown Court (pictured)",
        "He added: 'The harm was done.'",
    ]
    # In prose the mark follows a name and a verb follows it: no boundary there.
    assert split_sentences("Ruth Amos (pictured) was cleared. Nurse Ana Cole, 29 (right) died.") == [
        "Ruth Amos (pictured) was cleared.",
        "Nurse Ana Cole, 29 (right) died.",
    ]


def test_a_closed_straight_quote_does_not_hold_the_next_sentence():
    text = 'The envoy said "yes" to the plan on Monday. The talks ended late.'
    assert split_sentences(text) == ['The envoy said "yes" to the plan on Monday.', "The talks ended late."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended on Friday.The envoy left.", ["The talks ended on Friday.", "The envoy left."]),
        ("Об этом сообщает ТАСС.Ранее издание писало иное.", ["Об этом сообщает ТАСС.", "Ранее издание писало иное."]),
        ("What now?The talks stalled.", ["What now?", "The talks stalled."]),
        # not two sentences: initials, titles, domains, paths
        ("He served in the U.S.Army for years.", ["He served in the U.S.Army for years."]),
        ("Mrs.Smith said so.", ["Mrs.Smith said so."]),
        ("Read it at www.Harbour.Com today.", ["Read it at www.Harbour.Com today."]),
        ("See harbour.com/News.Today for more.", ["See harbour.com/News.Today for more."]),
    ],
)
def test_sentences_run_together_without_a_space_are_two(text, expected):
    assert split_sentences(text) == expected
