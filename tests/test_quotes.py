"""Direct quotes and their speakers: unit cases on invented sentences, then through the CLI."""

import json

import pytest

from summit_cli.model import Sentence
from summit_cli.quote_spans import MAX_SENTENCES
from summit_cli.quotes import extract, find


def sents(*texts):
    return [Sentence(i, t, i) for i, t in enumerate(texts)]


def speakers(*texts):
    return [(q.text, q.speaker) for q in extract(sents(*texts))]


def test_curly_quote_with_speaker_after():
    assert speakers("“This will be a good first meeting, but not the last,” Trump stated.") == [
        ("This will be a good first meeting, but not the last", "Trump")
    ]


def test_straight_quote_with_inverted_attribution_and_description():
    got = speakers('"Nothing good will happen there, war is war," said Tetiana Harkavenko, a 65-year-old cleaner.')
    assert got == [("Nothing good will happen there, war is war", "Tetiana Harkavenko")]


def test_speaker_before_a_colon_and_titles_dropped():
    got = speakers("Foreign Minister Andrii Sybiha said: “We will not trade land for promises.”")
    assert got == [("We will not trade land for promises.", "Andrii Sybiha")]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("“The talks are going well,” said US Army Lieutenant Colonel Jeff Tolbert, a spokesperson.", "Jeff Tolbert"),
        ("“The plan is better,” said Ukrainian First Deputy Foreign Minister Sergiy Kyslytsya.", "Sergiy Kyslytsya"),
        ("“Sanctions will follow,” Treasury Secretary Scott Bessent said.", "Scott Bessent"),
        ("“We will not stop,” said The UK’s Prime Minister Sir Keir Starmer.", "Keir Starmer"),
        ("“The ferry will sail,” said Harbour Lines CEO Ana Maria Lopes.", "Ana Maria Lopes"),
        ("“No arrest is imminent,” Port Town County Police Chief Jon Ellery said.", "Jon Ellery"),
    ],
)
def test_a_long_office_before_a_name_is_dropped(sentence, speaker):
    assert speakers(sentence)[0][1] == speaker


def test_a_verbs_helper_is_no_part_of_a_description():
    got = speakers(
        "The union has been calling a strike since February, as harbour master Ana Lopes and other top "
        "officials in Porto have accused the union of promoting “false” rumours."
    )
    assert got[0][1] and got[0][1].split()[-1] not in {"have", "has", "had"}


def test_description_before_the_name_after_the_quote():
    got = speakers("“Rewarding aggression only invites more of it,” Ukraine’s foreign minister Andrii Sybiha said.")
    assert got[0][1] == "Andrii Sybiha"


def test_name_wins_over_its_description_and_asides():
    assert (
        speakers(
            "Andriy Yermak, head of the presidential office, said Kyiv would “never agree to a deal without Ukraine”."
        )[0][1]
        == "Andriy Yermak"
    )
    assert (
        speakers("Nataliya, a 52-year-old accountant in Kyiv, said: “They talk about our land as if it were theirs.”")[
            0
        ][1]
        == "Nataliya"
    )


def test_coordinated_and_participle_verbs_keep_the_subject():
    assert (
        speakers(
            "Andrii Sybiha welcomed the proposals and thanked partners for “standing with Ukraine "
            "at a decisive moment”."
        )[0][1]
        == "Andrii Sybiha"
    )
    assert (
        speakers(
            "Zelenskyy thanked the envoy and called the talks useful, adding that guarantees would be "
            "“decided within a week or two”."
        )[0][1]
        == "Zelenskyy"
    )


def test_institution_as_speaker():
    assert (
        speakers("Ukraine’s foreign ministry called the attack proof that the promises “are worth nothing at all”.")[0][
            1
        ]
        == "Ukraine’s foreign ministry"
    )


def test_pronoun_prefers_the_subject_who_spoke():
    got = speakers(
        "Mr Zelenskyy, standing next to Friedrich Merz, said Vladimir Putin was bluffing.",
        "“Putin wants to occupy all of Ukraine,” he said.",
    )
    assert got[0][1] == "Zelenskyy"


def test_a_group_named_by_where_it_is_from_speaks_without_an_article():
    assert speakers(
        "British and Polish diplomats said on Monday that the meeting in Rome had been “calm and useful,” but set no date."
    ) == [("calm and useful", "British and Polish diplomats")]
    assert speakers("“We expect a reply within a week,” Western officials said.")[0][1] == "Western officials"
    # A person's name before the noun is no place: no group, and no person called "officials".
    assert speakers("Trump officials said the deal was “nearly done and dusted” already.")[0][1] is None


def test_according_to_a_group_or_its_papers():
    assert speakers("According to Polish officials, the new draft is “shorter and clearer” than the last.") == [
        ("shorter and clearer", "Polish officials")
    ]
    assert speakers("According to EU briefings, the text was “cut to the bone” overnight.")[0][1] == "EU briefings"


def test_a_subject_and_what_it_is_of_speak_together():
    assert speakers("The head of the Moldovan delegation said the offer was “not serious at all.”") == [
        ("not serious at all.", "The head of the Moldovan delegation")
    ]
    assert speakers(
        "Later, a Polish summary of the three days of talks reported that “both sides agreed to meet again.”"
    ) == [("both sides agreed to meet again.", "a Polish summary of the three days of talks")]
    # A name right before the verb is the speaker, whatever its description is of.
    assert speakers("Putin's adviser for foreign policy Yuri Ushakov said the offer was “not serious at all.”") == [
        ("not serious at all.", "Yuri Ushakov")
    ]


def test_a_pronoun_that_speaks_hands_he_on_to_the_sentence_before():
    got = speakers(
        "Despite the rain, Oleh Marchenko stated that the bridge was open.",
        "He added that no talks between Anna Lysenko and Petro Bondar were planned.",
        "“We will repair it by spring,” he said.",
    )
    assert got == [("We will repair it by spring", "Oleh Marchenko")]


def test_it_after_an_opening_phrase_is_the_body_the_sentence_before_opens_with():
    got = speakers(
        "At the summit in Vienna, the Moldovan delegation turned to delay and denial.",
        'In short, it said that the border dispute was "a matter for another decade".',
    )
    assert got == [("a matter for another decade", "the Moldovan delegation")]


def test_description_as_speaker():
    assert (
        speakers("“We are not going to give up our land,” the Ukrainian leader said.")[0][1] == "the Ukrainian leader"
    )


def test_single_quotes_but_not_apostrophes():
    got = speakers(
        "'My son is in a camp and this swap is good news,' said Iryna Bondar.",
        "Ukraine’s envoy didn't comment on Russia's offer.",
    )
    assert got == [("My son is in a camp and this swap is good news", "Iryna Bondar")]


def test_an_apostrophe_inside_a_word_opens_no_quote():
    """A possessive s and a plural possessive (workers') are apostrophes, not a single-quoted passage."""
    assert speakers("The port's owners and the dock workers' union said the terms were fair.") == []
    assert speakers("The port‘s owners and the dock workers’ union said the terms were fair.") == []


def test_a_quote_left_open_for_more_than_max_sentences_is_no_quote():
    middle = [f"Boat number {n} sails at dawn." for n in range(MAX_SENTENCES + 1)]
    closed = ['The mayor said "we will stay.', *middle[: MAX_SENTENCES - 2], 'Fishing resumes" on Monday.']
    assert [len(q.text.split(".")) for q in find(sents(*closed))] == [MAX_SENTENCES]
    unclosed = ['The mayor said "we will stay.', *middle[: MAX_SENTENCES - 1], 'Fishing resumes" on Monday.']
    assert find(sents(*unclosed)) == []


def test_a_quote_standing_alone_after_a_sentence_of_speech_is_that_speakers():
    got = speakers("Olga Bondar, a nurse, predicted a long war.", "“Nothing will change for us here.”")
    assert got == [("Nothing will change for us here.", "Olga Bondar")]


def test_a_document_is_not_the_official_whose_title_shares_its_first_letters():
    """ "the statement said": no role, so not the Secretary of State the article names."""
    got = speakers(
        "US Secretary of State Marco Rubio arrived in Geneva on Sunday.",
        "“We will not sign this deal,” the statement said.",
    )
    assert got == [("We will not sign this deal", "the statement")]


def test_a_speech_verb_introduces_a_quote_up_to_max_verb_distance_words_away():
    from summit_cli.quotes import MAX_VERB_DISTANCE

    def spoken(gap):
        filler = " ".join(["very"] * (gap - 4))  # "on a ... long day": gap words
        return speakers(f"Anna Ruiz said on a {filler} long day “we will keep the channel open”.")[0][1]

    assert spoken(MAX_VERB_DISTANCE) == "Anna Ruiz"
    assert spoken(MAX_VERB_DISTANCE + 1) is None


def test_a_described_official_is_named_only_by_a_holder_of_that_office():
    got = speakers(
        "Russian President Vladimir Putin met the envoys in Geneva.",
        "“We will not trade land for promises,” the German chancellor said.",
    )
    assert got == [("We will not trade land for promises", "the German chancellor")]


def test_a_title_case_name_in_quotation_marks_is_not_speech():
    assert speakers("Leaders of the “Coalition of the Willing” met in Paris on Thursday.") == []


def test_an_opening_phrase_before_the_subject_is_not_part_of_the_speaker():
    got = speakers(
        "Speaking at a press conference in Anchorage, Putin struck a measured tone, warning that "
        "“the talks will take a long time”."
    )
    assert got == [("the talks will take a long time", "Putin")]


def test_pronoun_resolves_to_the_only_person_named_before():
    got = speakers(
        "President Volodymyr Zelenskiy accused Moscow of stalling.",
        "“They want a pause in talks, not in the war,” he wrote on Telegram.",
    )
    assert got == [("They want a pause in talks, not in the war", "Volodymyr Zelenskiy")]


def test_pronoun_takes_the_subject_of_the_sentence_before():
    got = speakers("Donald Trump spoke with Vladimir Putin for two hours.", "“It was a very productive call,” he said.")
    assert got == [("It was a very productive call", "Donald Trump")]


def test_pronoun_stays_unknown_when_two_people_were_named_and_neither_is_the_subject():
    got = speakers(
        "The call between Donald Trump and Vladimir Putin lasted two hours.",
        "“It was a very productive call,” he said.",
    )
    assert got == [("It was a very productive call", None)]


def test_unattributed_quote_continues_the_previous_speaker():
    got = speakers(
        "“We will not trade our people for a pause,” Zelensky said.",
        "“A ceasefire must be the beginning of a real peace.”",
    )
    assert [s for _, s in got] == ["Zelensky", "Zelensky"]


def test_quote_spanning_two_sentences_is_one_quote_with_its_speaker():
    found = find(sents("“Nothing good will happen there.", "We will give nothing to anyone,” said Olena Marchuk."))
    assert len(found) == 1
    q = found[0]
    assert (q.first, q.last) == (0, 1)
    assert q.text == "Nothing good will happen there. We will give nothing to anyone"
    assert q.speaker == "Olena Marchuk"


def test_a_quote_left_unclosed_before_the_next_one_ends_with_its_sentence():
    got = speakers(
        "Mayor Ivan Petruk added, “The bridge will not open before the spring thaw.",
        "Governor Olha Lys replied, “We will find the money for it.”",
    )
    assert got == [
        ("The bridge will not open before the spring thaw.", "Ivan Petruk"),
        ("We will find the money for it.", "Olha Lys"),
    ]
    # A mark no speaker introduces is a name left open, not speech.
    assert speakers(
        "The plan, called “Safe Harbour, was signed in May.", "Governor Olha Lys replied, “We will find the money.”"
    ) == [("We will find the money.", "Olha Lys")]


def test_short_scare_quotes_are_not_quotes():
    assert speakers("The White House has given “multiple versions” of the purpose.") == []


def test_quotes_in_json_and_markdown(run):
    text = (
        "Leaders met in Paris on Thursday.\n"
        "“This is the first serious concrete step in a long time,” Zelenskyy said.\n"
        "He added: “We will keep talking to our partners in the spring.”\n"
    )
    result = run("brief", "-", "-f", "json", input=text)
    assert result.exit_code == 0, result.stderr
    quotes = json.loads(result.stdout)["quotes"]
    assert [(q["index"], q["speaker"]) for q in quotes] == [(1, "Zelenskyy"), (2, "Zelenskyy")]
    assert quotes[0]["text"] == "This is the first serious concrete step in a long time"
    md = run("brief", "-", input=text).stdout
    assert "## Quotes" in md and "— Zelenskyy" in md


from hypothesis import example, given, settings, strategies as st  # noqa: E402

from summit_cli.group import classify, taxonomy  # noqa: E402

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        ",",
        ".",
        " ",
        "said",
        "he",
        "Zelensky",
        "Kyiv",
        "Putin",
        "offer",
        "rejected",
        "the",
        "Ukrainian",
        "leader",
        "a",
        "who",
        "in",
        "of",
        "Another",
        "don't",
        "Ukraine’s",
        "—",
        ":",
        "aims",
        "ceasefire",
    ]
)
_SENTENCE = st.lists(_PIECES, min_size=1, max_size=25).map(lambda ws: " ".join(ws))


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8))
@example(texts=["Ukrainian offer", "Another ."])
def test_any_text_gives_well_formed_quotes_and_key_points(texts):
    ss = sents(*texts)
    for f in find(ss):
        assert 0 <= f.first <= f.last < len(ss) and f.last - f.first < MAX_SENTENCES
        assert len(f.text.split()) >= 3 or f.speaker or f.pronoun
        for k, a, b in f.spans:
            assert f.first <= k <= f.last and 0 <= a < b <= len(ss[k].text)
    tax = taxonomy.load(None)
    points = classify.classify(ss, tax)
    assert len(points) == len(tax.categories)
    for cat in points:
        # The fitted model decides, so a key point need not reach the category's threshold
        # ("Ukrainian offer" then "Another .": 0.75 carried over); it always has a cue.
        assert all(0 <= p.index < len(ss) and p.score > 0 and p.cues for p in cat)


# Shapes of attribution in real reports, each in sentences written for this test: the speaker
# a reader names for every quote, in order.
@pytest.mark.parametrize(
    "texts, expected",
    [
        # a quote opened with a curly mark and closed with a straight one keeps the next quote apart
        (
            (
                'On X, Chancellor Olaf Scholz added, “We welcome the proposals. Now it is up to Moscow."',
                'Secretary of State Marco Rubio said, "The ball is now in their court."',
            ),
            ["Olaf Scholz", "Marco Rubio"],
        ),
        # the attribution that ends a sentence is that of every quote in it without one of its own
        (
            (
                'Tuesday\'s "friendly but vague" meetings mostly "dealt with what guarantees the allies '
                'would give," The Daily Courier said.',
            ),
            ["The Daily Courier", "The Daily Courier"],
        ),
        # words that qualify a name after the verb
        (
            ("“The allies fear a repeat of that scene,” said retired Polish General Jan Kowalczyk.",),
            ["Jan Kowalczyk"],
        ),
        # a group is no speaker; the one person the sentence names is
        (
            ("Residents of Lviv, such as 70-year-old Maria Koval, voiced doubt, stating, “Nothing will come of it.”",),
            ["Maria Koval"],
        ),
        # a clause after "and" has its own subject: Merz speaks the second quote, not the first
        (
            ("At the briefing, Macron alluded to an “arrangement” and Merz spoke of “real movement,” briefly.",),
            ["Macron", "Merz"],
        ),
        # a document's words are its author's
        (
            (
                "Russian Foreign Minister Sergei Lavrov wrote to the mediators.",
                '"We are ready to send the delegation on Monday," his statement on the ministry\'s website said.',
            ),
            ["Sergei Lavrov"],
        ),
        # a description with an adverb after it resolves to the one person named with that office
        (
            (
                "Ukrainian President Volodymyr Zelensky met Trump in Washington.",
                "Ukraine’s president also called the pledge “a big step forward for all of us.”",
            ),
            ["Volodymyr Zelensky"],
        ),
        # a speech verb is no word of a description ("the Russians demanded ... and promised"); a
        # people in the plural is a speaker, a country is not
        (
            ("According to the envoy, the Russians demanded two regions and promised to “demand more tomorrow”.",),
            ["the Russians"],
        ),
        (
            ("Ukrainians reacted with anger to the summit, calling it a “useless” meeting.",),
            ["Ukrainians"],
        ),
        # a capital that opens the sentence and speaks stands for its government, as the
        # Kremlin does; a place inside a description ("one woman in Kyiv") never speaks
        (("Kyiv called the plan “a surrender on the installment plan”.",), ["Kyiv"]),
        # "it" speaks for the body the sentence before opens with, not for the speaker before it
        (
            (
                "“The talks must be acceptable to all sides,” Marco Rubio said.",
                "The Russian foreign ministry, meanwhile, held firm.",
                "It rejected the offer, stating that “a simple refusal is not enough for Russia.”",
            ),
            ["Marco Rubio", "The Russian foreign ministry"],
        ),
        # the Kremlin speaks as a body; a name in apposition speaks, not the outlet it told
        (("The Kremlin said on Monday that the plan “could be a basis” for talks.",), ["The Kremlin"]),
        (
            ("“We need guarantees,” Ukraine’s ambassador to the US, Olga Stefanishyna, told CNN.",),
            ["Olga Stefanishyna"],
        ),
        # "according to" with the office in lower case before the name
        (
            (
                "“We will not give in,” Maria Zakharova said.",
                "According to Kremlin aide Yuri Ushakov, Moscow sees “no grounds for optimism”.",
            ),
            ["Maria Zakharova", "Yuri Ushakov"],
        ),
        (
            ("The deal must be “acceptable to all sides,” according to a State Department statement.",),
            ["the State Department"],
        ),
        # a document speaks for whoever issued it, named before it or after "from"; "the
        # statement" is the last one named
        (
            (
                "The Foreign Office readout said both sides “want the shelling to stop”.",
                "Prisoner swaps “will go on every week,” the readout added.",
            ),
            ["the Foreign Office", "the Foreign Office"],
        ),
        (("“The door stays open,” a statement from the Defence Ministry said.",), ["the Defence Ministry"]),
        (("Markov’s letter said he “will not sign any paper that cedes land”.",), ["Markov"]),
        # a short sentence of its own continues the statement before it
        (
            ("“I have heard this many times,” said Natalia Koval, a pharmacist.", "“Nothing changes.”"),
            ["Natalia Koval"] * 2,
        ),
        # a name before a colon (a headline, a transcript); a label before one is no speaker
        (("Volodymyr Zelensky spoke in Kyiv.", "Zelensky: “We will not surrender our land.”"), ["Volodymyr Zelensky"]),
        (("Update: “the talks have been moved to Geneva.”",), [None]),
        # two asides between a name and its verb
        (("Olena, 45, who lost her home in Kharkiv, said: “I just want the shelling to stop.”",), ["Olena"]),
        # a description ends where its sentence's verb begins
        (
            ("Trump's administration tempered expectations, calling the meeting a “listening exercise”.",),
            ["Trump's administration"],
        ),
        # verbs of scorn attribute the word they scorn
        (
            ("Dmitry Medvedev, deputy chairman of the Security Council, mocked the proposals as “nonsense”.",),
            ["Dmitry Medvedev"],
        ),
        # a text that ends inside a quote (a page cut short) still quotes its speaker
        (
            ("Olena Marchuk, 36, said she was not surprised.", "“It ended with nothing.", "We will keep living here,"),
            ["Olena Marchuk"],
        ),
        # an office's "of" is part of the title before a name, a place's is not
        (("“We left the offer on the table,” said US Secretary of State Marco Rubio.",), ["Marco Rubio"]),
        (
            ("Minister of Foreign Affairs Jan Novak spoke first.", "“The door stays open,” he said."),
            ["Jan Novak"],
        ),
        # an opening word is no subject before an aside
        (
            ("Meanwhile, Ivan Petrenko, head of the country's Security Council, said they had “a shared view”.",),
            ["Ivan Petrenko"],
        ),
        # an aside whose closing comma is missing still describes the name before it, and a
        # quote standing alone after that sentence is the same speaker's
        (
            (
                "“The front will hold,” Petro Savchuk, a former adviser to President Olena Hrytsenko said on Monday.",
                "“Talks are better than silence.”",
            ),
            ["Petro Savchuk", "Petro Savchuk"],
        ),
        # the name after a lower-case title, not the body before it; the name after a
        # description in apposition, not the outlet in an aside
        (
            ("Kremlin spokesperson Ivan Sokolov declined to comment, stating he had “nothing to add” today.",),
            ["Ivan Sokolov"],
        ),
        (
            ("The president's envoy, Mark Feld, speaking on Channel Nine, described the plan as “a first draft.”",),
            ["Mark Feld"],
        ),
        # "he" after a connective is the subject of his sentence, not the last speaker
        (
            (
                "President Ivan Petrenko flew home.",
                "“We have put forward a proposal,” Foreign Minister Oleg Danko said.",
                "Meanwhile, Petrenko thanked Danko for what he described as “constructive discussions” in Jeddah.",
                "In a video message, he remarked, “Russia must either stop the war or say it wants to go on with it.”",
            ),
            ["Oleg Danko", "Ivan Petrenko", "Ivan Petrenko"],
        ),
        # "he" is the subject who spoke in the sentence before, past an aside
        (
            (
                "“This is a big step forward,” Chancellor Karl Brandt added.",
                "Petrenko also, for the first time, suggested a solution could be in sight.",
                "“Before we take any steps on the battlefield, we need to see the guarantees,” he said.",
            ),
            ["Karl Brandt", "Petrenko"],
        ),
        # a call sign is the name a soldier goes by
        (
            (
                '"Let them take it," a Ukrainian soldier, with a call sign of Grom, told the BBC.',
                '"There is practically no one left in the villages."',
                "“The other side will defend its old demands,” the officer with the call-sign ‘Banker’ said.",
            ),
            ["Grom", "Grom", "Banker"],
        ),
        # titles before a name are no part of it
        (("“The talks were useful,” Presidential Aide Yuri Orlov told reporters.",), ["Yuri Orlov"]),
        # an aside may end inside a quotation; a verb right after a quote speaks for the
        # subject before it
        (
            (
                "Secretary of State Mark Rowan, pleased with the progress toward “a forthcoming peace,” declared"
                " that “the ball is now in the other court” and flew home.",
            ),
            ["Mark Rowan", "Mark Rowan"],
        ),
        # a participle that introduces a quote with a colon
        (
            ("In the east, a soldier Taras reacted to the plan saying: “Nobody here will ever support it”.",),
            ["a soldier Taras"],
        ),
        # "the woman", "the soldier": the person just named, as a pronoun would be
        # an opening connective is no part of the name; a long aside after a name; a name in
        # apposition after a description
        (
            (
                'But Petrenko said "we will not sign anything this week" after the call.',
                "“Nothing has changed,” Olha Bondar, the deputy chair of the regional council’s budget committee,"
                " told reporters.",
                "Later, the minister’s chief adviser, Ivan Sokol, spoke briefly, calling the meeting “useful”.",
            ),
            ["Petrenko", "Olha Bondar", "Ivan Sokol"],
        ),
        # a document reads its words; a description ends before "after"; "it" after a
        # document's words is the document
        (
            (
                "“The talks were useful,” the communique read.",
                "“Both sides will meet again,” according to a joint statement after the meeting.",
                "“Prisoners will be exchanged,” it added.",
            ),
            ["the communique", "a joint statement", "a joint statement"],
        ),
        # lower-case words that end in a title before the name after "according to"
        (
            ("According to Kremlin economic adviser Pavel Orlov, the talks were “useful in every respect”.",),
            ["Pavel Orlov"],
        ),
        (
            (
                "“The queues have gone,” said Hanna Moroz, who runs a bakery.",
                "“We can breathe again,” the woman adds.",
            ),
            ["Hanna Moroz", "Hanna Moroz"],
        ),
        # a definite description of a person the article has just named is that person ...
        (
            (
                "Marta Koval left Odesa in 2023.",
                "Now 41, she runs a shelter for families.",
                "“Nobody asked us what we want,” says the shelter organiser.",
            ),
            ["Marta Koval"],
        ),
        # ... unless the article brought them in as "a shelter organiser": someone unnamed
        (
            (
                "Marta Koval spoke first.",
                "A shelter organiser in Odesa was blunt.",
                "“Nobody asked us what we want,” says the shelter organiser.",
            ),
            ["the shelter organiser"],
        ),
        # the attribution that ends a sentence, before an apposition or a day
        (
            ("The plan was a “clear gift” to Moscow, said Marta Lis, a fellow at the Baltic Institute.",),
            ["Marta Lis"],
        ),
        (
            ("The plan was a “clear gift” to Moscow, Marta Lis said on Monday.",),
            ["Marta Lis"],
        ),
        # a place is no speaker: the verb before reports its words
        (
            ("Delegation head Pavel Orlov said Kyiv had also suggested a “short truce along the whole front”.",),
            ["Pavel Orlov"],
        ),
        # questioning is saying
        (
            ("Zelensky spoke first.", "The German official questioned the plan: “Who will guarantee the border?”"),
            ["The German official"],
        ),
        # people in the plural, placed by a body
        (
            ("“We are ready for a second round,” said negotiators of the Ukrainian delegation.",),
            ["negotiators of the Ukrainian delegation"],
        ),
        # a day between the subject and its verb
        (
            ("Finnish President Anna Lis on Monday praised the “open and serious” talks in Geneva.",),
            ["Anna Lis"],
        ),
        # "by stating that": a participle of saying, the sentence's subject's
        (
            ("Foreign Minister Anna Lis closed the meeting by stating that talks would resume “within a week”.",),
            ["Anna Lis"],
        ),
        # "clarified", "underlined", "revealed": verbs of saying
        (
            ("Later the envoy, Pavel Orlov, clarified that the ceasefire would cover “every port on the coast”.",),
            ["Pavel Orlov"],
        ),
        # a described source placed by a body's name and its noun
        (
            ("“The first day went badly,” a source close to the Ukrainian delegation told reporters.",),
            ["a source close to the Ukrainian delegation"],
        ),
        # a long description between a name and its verb
        (
            (
                "Olena Hrytsenko, Ukraine’s deputy negotiator and the head of the parliament’s committee on "
                "security policy, said on Friday that the talks had been “useful but slow”.",
            ),
            ["Olena Hrytsenko"],
        ),
        # a headline that quotes the article's own quote is the same speaker's
        (
            (
                "‘We will not trade our land’: voices from Kharkiv",
                "“We will not trade our land, not a metre of it,” said Ivan Hrytsenko, a teacher.",
            ),
            ["Ivan Hrytsenko", "Ivan Hrytsenko"],
        ),
        # a paragraph of speech left open because the next paragraph opens the same speech again
        (
            (
                "“We lost the house, we lost the orchard,” said Olena Marchuk.",
                "“It hurts. We cannot sleep.",
                "“But we will go back one day,” she said.",
            ),
            ["Olena Marchuk", "Olena Marchuk", "Olena Marchuk"],
        ),
        # a statement issued by a titled person speaks for them: the issuer after the title's
        # abbreviation, not "The" of "The statement" read as a name
        (
            (
                "The statement, issued by Sen. Ann Carver, D-Ore., and two other senators, was published on Sunday.",
                "The statement said:",
                "“We will not achieve a lasting peace by offering concession after concession.”",
            ),
            ["Ann Carver"],
        ),
        # a description of someone "she" owns is not whom "she" stands for
        (
            (
                "Olena Bondar, 41, came to the rally with her children.",
                "Life was especially difficult for her father, a pensioner, she said, partly because "
                "“everything is very expensive” in the country.",
            ),
            ["Olena Bondar"],
        ),
        # a participle in an opening clause is that clause's subject's: the main clause's subject
        # comes after the quote
        (
            (
                "President Donald Trump spoke to reporters after the talks.",
                "While he remained cautiously optimistic, saying, “we have a very good chance of getting there,” "
                "the statement did not confirm any progress.",
            ),
            ["Donald Trump"],
        ),
        # "decried" attributes like "said"
        (
            (
                "“We will keep coming back every week,” said organiser Anna Dovzhenko.",
                "“The guilty are all supposed to be forgiven,” decried protester Ivan Moroz, capturing the mood.",
            ),
            ["Anna Dovzhenko", "Ivan Moroz"],
        ),
        # a date between the subject and the verb, as a day's name stands there
        (
            (
                "The envoys met in Doha on Thursday.",
                "Foreign minister Karel Dvorak, the delegation's head, on Nov. 12 said the two sides had "
                "reached an understanding that made the meeting “deeply useful”.",
            ),
            ["Karel Dvorak"],
        ),
        # when, between a participle of speech and the comma before it
        (
            (
                "Mayor Lena Kraus pressed for a quick agreement, at one point calling Friday a “hard deadline” "
                "for the council.",
            ),
            ["Lena Kraus"],
        ),
        # "the Prime Minister" is one person, as "the president" is: the one just spoken of
        (
            (
                "Aid to Kyiv must continue, Jonas Lindqvist has said, after talks in Oslo.",
                "The Norwegian Prime Minister, who will travel to Washington next week, said the visit had made "
                "him “more certain than ever”.",
            ),
            ["Jonas Lindqvist"],
        ),
        # the agent of a naming verb between the verb and "as"
        (
            (
                "The meeting, described by finance minister Petra Holm as “open and useful,” ended late.",
                "That session, described by the ministry as “a working contact,” produced no text.",
            ),
            ["Petra Holm", "the ministry"],
        ),
        # "he" after a sentence that names people, none its subject: the one of them who spoke last
        (
            (
                "Aid must go on, Sir Tom Hale has said, calling the winter “the hardest test yet”.",
                "The trip is a test of Sir Tom's leadership after Mr Vance's aides met officials in Riga.",
                "Speaking in Leeds on Sunday, he said: “Nobody wants this war to go on.”",
            ),
            ["Tom Hale", "Tom Hale"],
        ),
        # an owner and what is theirs are no one name ("Channel News’ Sunrise & Co": the owner's show)
        (
            (
                "Governor Mara Lind has ruled out new taxes this year.",
                "Speaking on Channel News’ Sunrise & Co on Tuesday, she suggested a smaller budget, saying: "
                "“We can do more with what we already have.”",
            ),
            ["Mara Lind"],
        ),
        # a report relays whom it says spoke
        (
            (
                "Talks resumed on Friday.",
                "The Harbour Gazette reported that Mara Lind said the plan “could lay the foundation for a "
                "settlement,” although others disagreed.",
            ),
            ["Mara Lind"],
        ),
        # the attribution between two quotes, then a participle: both are the first one's
        (
            (
                "Talks resumed on Friday.",
                "Governor Mara Lind agreed to “work on the plan in good faith”, a city official said, adding: "
                "“The governor set out the principles that matter to our people.”",
            ),
            ["a city official", "a city official"],
        ),
        # a description in apposition to a name, then "who": the name
        (
            (
                "Talks resumed on Friday.",
                "Mara Lind, Harbour's governor, who said the talks were “the best chance in years”, has taken "
                "a similar approach.",
            ),
            ["Mara Lind"],
        ),
        # a body "of" a place is no person; a long office of a body, named again, is its holder
        (
            (
                "Talks began on Monday, said head of the Harbour Council of Ukraine, Mara Lind.",
                "“We handed over the list today,” she wrote on Telegram.",
                "“The return of the children is the first test of good faith,” the head of the Harbour "
                "Council of Ukraine emphasized.",
            ),
            ["Mara Lind", "Mara Lind"],
        ),
        # a site's label before a quotation ("Quote:") is no speaker; the sentence before is
        (
            (
                "Talks lasted five hours.",
                "Details: Mara Lind added that the two sides had swapped their papers.",
                "Quote: “I handed our document to the head of the other delegation, and they received it.”",
            ),
            ["Mara Lind"],
        ),
    ],
)
def test_attribution_shapes(texts, expected):
    assert [s for _, s in speakers(*texts)] == expected


def test_a_straight_mark_typed_between_two_words_opens_or_closes_by_the_marks_before_it():
    found = speakers(
        '"It is time," Mara Lind said,"to act on the plan."',
        'On the talks, she added that"it must stay on the table."',
        'Lind said that"the first task is the exchange"and nothing else.',
    )
    assert found == [
        ("It is time", "Mara Lind"),
        ("to act on the plan.", "Mara Lind"),
        ("it must stay on the table.", "Mara Lind"),
        ("the first task is the exchange", "Mara Lind"),
    ]


@pytest.mark.parametrize(
    "sentence,language,quote,speaker",
    [
        (
            '"We said "no" to the plan and we meant every word of it," said Pavel Orlov.',
            "english",
            'We said "no" to the plan and we meant every word of it',
            "Pavel Orlov",
        ),
        (
            "«Ми сказали «ні» цьому плану і відповідаємо за кожне слово», — заявив Сибіга.",
            "ukrainian",
            "Ми сказали «ні» цьому плану і відповідаємо за кожне слово",
            "Сибіга",
        ),
    ],
)
def test_a_quotation_inside_a_quotation_in_the_same_marks_stays_inside(sentence, language, quote, speaker):
    found = [(q.text, q.speaker) for q in extract(sents(sentence), language=language)]
    assert found == [(quote, speaker)]


@pytest.mark.parametrize(
    "sentence,language,quote,speaker",
    [
        (
            '" Ми продовжимо переговори наступного тижня ", - наголосив Олег Соколов.',
            "ukrainian",
            "Ми продовжимо переговори наступного тижня",
            "Олег Соколов",
        ),
        (
            '" We will go on with the talks next week ", said Oleg Sokolov.',
            "english",
            "We will go on with the talks next week",
            "Oleg Sokolov",
        ),
    ],
)
def test_a_straight_mark_with_a_space_inside_it_still_closes_before_punctuation(sentence, language, quote, speaker):
    # (a site's spaces just inside the marks: the mark before the comma closes; it opens nothing)
    assert [(q.text, q.speaker) for q in extract(sents(sentence), language=language)] == [(quote, speaker)]


def test_according_to_a_titled_name_is_that_name_not_someone_named_before():
    got = speakers(
        "US President Donald Trump met Vladimir Putin.",
        "He was “ready for more talks”, according to Kremlin aide Yuri Ushakov.",
    )
    assert got == [("ready for more talks", "Yuri Ushakov")]


def test_a_pronoun_two_sentences_after_its_speaker_keeps_the_speaker():
    got = speakers(
        "“We are ready,” Peskov said.",
        "The Kremlin wants a deal soon.",
        "He added that talks must go on, saying “it is time”.",
    )
    assert got == [("We are ready", "Peskov"), ("it is time", "Peskov")]


def test_a_described_office_is_the_one_person_the_taxonomy_places_there(run):
    """The default taxonomy knows Zelensky is Ukraine's and Merz is not: "the Ukrainian
    president" after a paragraph about Merz is Zelensky, named once in passing."""
    text = (
        "At a press conference with Volodymyr Zelensky in Berlin, Chancellor Friedrich Merz praised the talks.\n"
        "Merz said he hoped for further progress at dinner with European leaders.\n"
        "“We are constantly working for peace, every day,” the Ukrainian president said.\n"
    )
    result = run("brief", "-", "-f", "json", input=text)
    assert [q["speaker"] for q in json.loads(result.stdout)["quotes"]] == ["Volodymyr Zelensky"]


def test_a_described_office_is_never_a_person_placed_elsewhere(run):
    text = (
        "Donald Trump met envoys from Kyiv and Moscow at the White House on Monday.\n"
        "Trump said the meeting went well and that more talks would follow soon.\n"
        "“There are very difficult issues, especially territory,” the Ukrainian leader said.\n"
    )
    result = run("brief", "-", "-f", "json", input=text)
    assert "Trump" not in str([q["speaker"] for q in json.loads(result.stdout)["quotes"]])


def test_a_quote_may_open_on_an_ellipsis():
    assert speakers('"... The envoy was received this morning," the aide told reporters in the capital.') == [
        ("... The envoy was received this morning", "the aide")
    ]


def test_a_body_whose_verb_is_hedged_speaks_as_the_body():
    got = speakers("The White House appeared to accept the terms, saying they “will help restore access to markets.”")
    assert got == [("will help restore access to markets.", "The White House")]


def test_a_person_described_by_age_is_the_one_just_named():
    got = speakers(
        "“The plan is a surrender,” said Mykola Koval, a sergeant near the front.",
        "The 44-year-old officer added, “I object to giving up the land we still hold.”",
    )
    assert got == [
        ("The plan is a surrender", "Mykola Koval"),
        ("I object to giving up the land we still hold.", "Mykola Koval"),
    ]


def test_he_looks_back_past_sentences_spoken_by_he():
    got = speakers(
        "Mykola Koval, a teacher before the war, said the front had ruined his health.",
        "If there is peace, he said, he would rest with his sons.",
        "But he said he wanted an explanation from the commanders first.",
        "“Without an explanation, it will not be carried out,” he said.",
    )
    assert got == [("Without an explanation, it will not be carried out", "Mykola Koval")]


def test_a_curly_opening_mark_typed_as_the_closing_one_still_closes():
    got = speakers(
        "“We expected nothing from this meeting,“ said Marta Koval, a 41-year-old nurse.",
        "“Nothing has changed for us,“ she said.",
    )
    assert got == [
        ("We expected nothing from this meeting", "Marta Koval"),
        ("Nothing has changed for us", "Marta Koval"),
    ]


def test_he_is_the_one_who_speaks_in_his_sentence_among_the_people_it_names():
    got = speakers(
        "Foreign policy aide Ivan Dorov said on Monday that the talks with envoy Paul Grant and adviser"
        " Tom Reyes ended without a deal, though he called them “useful and frank.”"
    )
    assert got == [("useful and frank.", "Ivan Dorov")]


def test_it_and_the_statement_speak_for_whoever_said_it_in_a_statement():
    got = speakers(
        "Kyiv has received the draft, the president's office said in a statement after the meeting.",
        "The sides agreed “to work on every point of the draft together,” it said.",
        "The president expects to discuss “the next steps toward a lasting peace,” according to the statement.",
    )
    assert [s for _, s in got] == ["the president's office", "the president's office"]


def test_a_colon_hands_the_quote_to_the_subject_of_its_clause_not_to_a_label():
    got = speakers(
        "Details: the delegations met for two hours.",
        "Quote: “We will meet again next week in the same place.”",
        "Envoy Pavel Gromov was said to have leaked the list.",
        "Gromov challenged the recording with a one-word post on social media: “Fake.”",
        "Quote from Gromov: “Nothing was agreed on the territorial question today.”",
    )
    assert got == [
        ("We will meet again next week in the same place.", None),
        ("Fake.", "Pavel Gromov"),
        ("Nothing was agreed on the territorial question today.", "Pavel Gromov"),
    ]


def test_a_quote_standing_alone_belongs_to_the_person_just_introduced_or_cited():
    got = speakers(
        "Taras Melnyk, a 20-year-old barman from Poltava, has left his job to join the army.",
        "“Young people should defend the country and take back our land.”",
        "According to Melnyk, his friends feel the same.",
        "“Nobody here wants to give the land away for a promise.”",
    )
    assert [s for _, s in got] == ["Taras Melnyk", "Taras Melnyk"]


def test_the_person_a_sentence_opens_on_speaks_not_the_description_beside_them():
    got = speakers('Marta Hnatiuk, a florist, revealed her exhaustion, saying "I am tired of the cold and the dark."')
    assert got == [("I am tired of the cold and the dark.", "Marta Hnatiuk")]


def test_an_attribution_on_a_line_of_its_own_after_a_dash():
    got = speakers(
        "President Ostap Verbytsky presented the plan to journalists.",
        '"The front line at the time of signing becomes the line of contact,"',
        "— the president explained.",
        '"The working group will meet to settle the rest of the details,"',
        "— emphasized Verbytsky, adding that talks go on.",
    )
    assert [s for _, s in got] == ["Ostap Verbytsky", "Ostap Verbytsky"]


def test_an_adverb_between_he_and_his_verb():
    got = speakers(
        "Kremlin aide Yury Orlov spoke after the talks.",
        "He further insisted that involving the Europeans was “entirely unnecessary.”",
    )
    assert got == [("entirely unnecessary.", "Yury Orlov")]


HEADLINED = {
    "ru": (
        "«Спешить с выводами пока не стоит»: Песков о переговорах в Женеве\n\n"
        "Пресс-секретарь президента России Дмитрий Песков в четверг прокомментировал ход консультаций "
        "с американской делегацией в Женеве.\n\n"
        "«Работа идет, но говорить о договоренностях рано», — сказал Песков журналистам.\n"
    ),
    "en": (
        "'We are closer than ever', says Witkoff after talks with Ukrainian delegation in Miami\n\n"
        "The US special envoy Steve Witkoff met the Ukrainian delegation led by Rustem Umerov on Sunday.\n\n"
        'He told reporters that "a few hard questions remain, mostly about the territory in the east."\n'
    ),
}


@pytest.mark.parametrize(
    "language, words, speaker",
    [("ru", "Спешить с выводами пока не стоит", "Дмитрий Песков"), ("en", "We are closer than ever", "Steve Witkoff")],
)
def test_a_quote_in_the_headline_is_listed_with_its_speaker_apart_from_the_sentences_quotes(
    run_json, tmp_path, language, words, speaker
):
    article = tmp_path / "a.txt"
    article.write_text(HEADLINED[language], encoding="utf-8")
    brief = run_json(article)
    assert brief["title_quotes"] == [{"text": words, "speaker": speaker}]
    assert words not in [q["text"] for q in brief["quotes"]]
    assert [q["index"] for q in brief["quotes"]] == [1]  # the sentences keep their numbers


def test_a_headline_quote_the_article_repeats_is_listed_once_at_its_sentence(run_json, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Зеленський про мирний план: «Ми не віддамо жодного метра нашої землі»\n\n"
        "Президент України Володимир Зеленський у вечірньому зверненні розповів про підсумки переговорів.\n\n"
        "«Ми не віддамо жодного метра нашої землі», — наголосив глава держави.\n",
        encoding="utf-8",
    )
    brief = run_json(article)
    assert brief["title_quotes"] == []
    assert [(q["index"], q["speaker"]) for q in brief["quotes"]] == [(1, "Володимир Зеленський")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Почему «новый мирный план» выглядит как ультиматум Киеву", "russian"),
        ("Чому «новий план миру» виглядає як ультиматум Києву", "ukrainian"),
        ("Why the “new peace plan” reads as an ultimatum to Kyiv", "english"),
    ],
)
def test_a_documents_name_of_three_words_that_no_one_is_said_to_speak_is_no_quote(sentence, language):
    assert extract(sents(sentence), language=language) == ()


def test_speech_quoted_within_a_quote_is_its_own_speakers():
    found = speakers(
        "Tom Berg said the talks were hard.",
        "“Most people took the reports of a truce very cautiously. Lind says: ‘By their deeds you will know "
        "them,’ and people trust deeds, not papers.”",
        "“The press has labelled us as the ‘hardest talkers in Europe,’ ” Berg said.",
    )
    assert ("By their deeds you will know them", "Lind") in found
    assert len(found) == 3  # the outer two and the speech within; a name the press gives is no speech


def test_a_senators_party_and_state_is_never_the_speaker():
    # "Ann Cole, D-Del., and Mark Fry, I-Maine, voiced": the tags after the names are no one.
    text = (
        "The letter, sent by Sen. Mary Hale, D-Ore., chair of the panel, together with Senators Tom Reed, "
        "R-Utah, Paul Stone, D-Vt, Ann Cole, D-Del., and Mark Fry, I-Maine, voiced “deep concern over the "
        "details of the plan”."
    )
    (found,) = find([Sentence(0, "Senators react", 0), Sentence(1, text, 1)])
    assert found.speaker and not found.speaker.startswith(("D-", "R-", "I-"))
