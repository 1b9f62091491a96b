from conftest import brief_of_text

from summit_cli.model import Block
from summit_cli.text.clean import clean_blocks, is_furniture, looks_like_heading


def test_furniture_lines_are_recognised():
    for line in [
        "READ ALSO: Talks stall again",
        "Read more: the background",
        "Related: Ukraine talks",
        "Advertisement",
        "Share this article",
        "Scroll down for video",
        "By Jane Example",
        "PUBLISHED: 10:02 GMT, 3 March 2025 | UPDATED: 11:15 GMT, 3 March 2025",
        "Sign up for our free newsletter",
        "Image caption: a boat in the harbour",
    ]:
        assert is_furniture(line), line


def test_prose_is_not_furniture():
    for line in [
        "By Friday, the two sides had agreed on a truce that few expected to hold.",
        "Related talks in Geneva made no progress.",
        "Advertisements for the summit filled the city.",
    ]:
        assert not is_furniture(line), line


def test_short_unpunctuated_line_is_a_heading():
    assert looks_like_heading("Offer")
    assert looks_like_heading("What comes next")
    assert not looks_like_heading("The talks ended.")
    assert not looks_like_heading("“We will see,” he said")
    # A single quotation closing the line ends it; a possessive's mark does not.
    assert not looks_like_heading("Trump says US will give Ukraine ‘very good protection’")
    assert looks_like_heading("In the soldiers’ words")


def test_clean_blocks_drops_furniture_and_sets_sections():
    blocks = (
        Block("(CNN) -- The talks began."),
        Block("READ ALSO: Other news"),
        Block("Offer"),
        Block("Both sides made an offer."),
    )
    paragraphs, headings = clean_blocks(blocks)
    assert [p.text for p in paragraphs] == ["The talks began.", "Both sides made an offer."]
    assert paragraphs[1].section == "Offer" and headings == ["Offer"]


def _sentences(path):
    from summit_cli.ingest import text as reader
    from summit_cli.pipeline import sentences_of

    return [s.text for s in sentences_of(reader.read(path.read_bytes(), path.name))]


def test_archive_joined_daily_mail_style_text_is_cleaned():
    from conftest import FIXTURES

    texts = _sentences(FIXTURES / "web_mail_oneline.txt")
    joined = " ".join(texts)
    for junk in ("By ", "Tessa Quill", "PUBLISHED", "EST", "Scroll down", "Last updated", "Saved:", "Hard work:"):
        assert junk not in joined, junk
    assert texts[0].startswith("A lighthouse keeper's cottage")
    # The quote of two sentences stays one sentence with its attribution.
    assert any(
        t.startswith("Local historian Martin Ebbs said: 'We could not") and t.endswith("who we are.'") for t in texts
    )
    assert texts[-1].startswith("The volunteers now plan")


def test_cnn_style_dateline_byline_and_credits_are_cleaned():
    from conftest import FIXTURES

    texts = _sentences(FIXTURES / "web_cnn.txt")
    assert texts[0].startswith("Fruit growers across the northern valleys")
    joined = " ".join(texts)
    for junk in ("(CNN)", "Dana Vell", "Updated 1:31", "Photo:", "READ MORE", "contributed to this report"):
        assert junk not in joined, junk
    assert len(texts) == 6


def test_wire_dateline_captions_and_social_lines_are_cleaned():
    from conftest import FIXTURES

    texts = _sentences(FIXTURES / "web_wire.txt")
    assert texts[0].startswith("A ferry operator said on Tuesday")
    joined = " ".join(texts)
    for junk in ("Reuters", "Advertisement", "Pictured:", "Follow Jon", "Getty"):
        assert junk not in joined, junk
    assert len(texts) == 5


def test_stamps_and_joined_lines():
    for line in [
        "07:03 EST, 2 March 2013",
        "Last updated at 9:41 AM on 2nd March 2019",
        "|",
        "Updated 1:31 PM ET, Fri April 12, 2024",
        "CNN's Paul Ostrow contributed to this report.",
    ]:
        assert is_furniture(line), line
    for line in ["The vote is on 2 March 2013.", "Updated figures show the debt rose by 4%."]:
        assert not is_furniture(line), line


def test_prose_with_a_colon_is_not_a_caption():
    from summit_cli.text.clean import is_caption

    assert is_caption("Devastated: the family at the harbour on Sunday")
    assert not is_caption("Warning: officials said the storm would reach the coast by night.")
    assert not is_caption("He said: “We will see.”")


def test_a_paragraph_cut_short_after_a_dateline_is_prose_not_a_caption():
    # A page saved or pasted with its last sentence cut off, under a "City: ..." dateline.
    text = (
        "Lisbon: For the port, the strike was more than a dispute over pay. "
        "It carried consequences for every ship due this month. "
        "The day began with pickets at the main gate before dawn. "
        "By noon the harbour master had closed two of the"
    )
    paragraphs, _ = clean_blocks((Block(text),))
    assert [p.text for p in paragraphs] == [text]


def test_credit_lines_go_but_prose_about_a_report_stays():
    assert is_furniture("CNN's Paul Ostrow and Ana Lee contributed to this report.")
    assert not is_furniture("Several ministries contributed to the report.")


def test_a_caption_that_repeats_the_body_is_dropped():
    blocks = (
        Block("The ferry sank off the northern cape on Monday night with 40 people aboard."),
        Block("The ferry sank off the northern cape on Monday night"),
        Block("Rescuers pulled 38 people from the water."),
        Block("A lighthouse at dusk on the northern cape near the wreck"),
    )
    paragraphs, _ = clean_blocks(blocks)
    assert [p.text for p in paragraphs] == [blocks[0].text, blocks[2].text, blocks[3].text]


def test_photo_captions_are_captions_and_prose_about_a_pictured_person_is_not():
    from summit_cli.text.clean import is_caption

    for line in [
        "Tom Reyes, 34 (left) was reading a message when his van hit the bicycle of Ana Cole, 29 (right)",
        "Ana Cole (right) with her sister at a charity ride last summer.",
        "He was sentenced at Northfield Crown Court (pictured)",
        "The family home in Mill Lane (pictured above)",
        "The forum opened on Friday at 1 p.m. (pictured)",
        "(From L to R) Mayor Ana Cole, Councillor Tom Reyes and Judge Ruth Amos pose for a photo in the hall, Monday.",
        "The harbour board (L-R) Ana Cole, Tom Reyes and Ruth Amos at the opening of the new quay",
    ]:
        assert is_caption(line), line
    for line in [
        "Ruth Amos (pictured) was cleared of all charges on Monday.",
        "The court heard the van left the road. Ana Cole (right) was thrown from her bicycle.",
    ]:
        assert not is_caption(line), line


def test_picture_lines_and_prompts_are_furniture_wherever_they_sit():
    for line in [
        "IMAGE: The junction on Mill Lane",
        "Photo: flowers at the junction",
        "Pictured: the memorial ride",
        "IMAGES from the county cup matches played on Tuesday.",
        "No comments:",
        "Be the first to comment",
        "No comments have so far been submitted.",
        "Share or comment on this article",
        "Why not be the first to send us your thoughts, or debate this issue live on our message boards.",
        "Share your views in the comments below.",
        "Follow @@HarbourNews",
        "Email your story tips to tips@example.org.",
        "Watch The Evening Show weekdays at 7pm ET.",
        "The views expressed in this column are solely those of the author.",
        "Harbour News's Ana Lee reported from Valport, and Tom Reyes wrote from London.",
        "Harbour News's Ana Lee and journalist Tom Reyes contributed to this report.",
        "Additional reporting by Ana Lee",
        "Reporting by Tom Reyes; Editing by Ana Lee",
    ]:
        assert is_furniture(line), line
    for line in [
        "Images from the scene showed the van on its side.",
        "No comment came from the firm.",
        "No comments were made by the minister on the plan.",
        "Catch-up talks resumed at 9 a.m. on Monday.",
        "The views expressed by the minister angered farmers.",
        "Harbour News's Ana Lee said the talks had failed.",
        "Reporting by the weekly revealed the scheme.",
    ]:
        assert not is_furniture(line), line


def test_a_credit_glued_to_the_first_word_is_not_part_of_the_lead():
    paragraphs, _ = clean_blocks((Block("(Harbour Weekly)Ferries will run all winter, the operator said."),))
    assert [p.text for p in paragraphs] == ["Ferries will run all winter, the operator said."]


def test_captions_and_prompts_go_from_a_joined_archive_and_from_a_page_of_lines():
    from conftest import FIXTURES

    story = [
        "A van driver who killed a cyclist",
        "Miss Cole died in hospital",
        "Phone records showed",
        "Judge Helen Marsh told him",
        "Reyes was also banned",
    ]
    for name in ("web_mail_captions.txt", "web_mail_captions_lines.txt"):
        texts = _sentences(FIXTURES / name)
        joined = " ".join(texts)
        for junk in (
            "(left)",
            "(right)",
            "(pictured)",
            "IMAGE",
            "Photo:",
            "Pictured",
            "comment",
            "Scroll",
            "PUBLISHED",
            "Published",
            "Harbour Desk",
        ):
            assert junk not in joined, (name, junk)
        assert texts[0].startswith(story[0]), name
        for start in story:
            assert any(t.startswith(start) for t in texts), (name, start)


def test_a_labelled_caption_that_repeats_the_body_goes_even_with_a_full_stop():
    blocks = (
        Block("Crews worked for four hours to free the horse from the mud on the river bank."),
        Block("Rescue: crews worked for four hours to free the horse from the mud."),
        Block("Warning: officials said the river would rise again by night."),
        Block("The horse was checked by a vet and is now back in its field."),
    )
    paragraphs, _ = clean_blocks(blocks)
    assert [p.text for p in paragraphs] == [blocks[0].text, blocks[2].text, blocks[3].text]


def test_a_scrapers_date_stamp_glued_to_the_first_sentence_is_dropped(run, tmp_path):
    brief = brief_of_text(
        run,
        tmp_path,
        " date 2025-03-04 Olena Marchuk waited all night in Poltava for news of the peace talks.\n\n"
        "The delegations of Ukraine and Russia met in Geneva for four hours.\n\n"
        "Kyiv said the talks would go on next week.\n",
    )
    assert brief["title"].startswith("Olena Marchuk waited"), brief["title"]
    texts = [s["text"] for s in brief["summary"]] + [p["text"] for v in brief["key_points"].values() for p in v]
    assert texts and not any("2025-03-04" in t for t in texts), texts


def test_normalizing_caps_stacked_marks_and_keeps_every_letter_of_a_long_non_ascii_run():
    from summit_cli.text.normalize import MAX_COMBINING_MARKS, normalize

    line = "港口谈判周一恢复双方同意在下周继续讨论渔业配额问题并承诺不再封锁航道以保障渔民生计。"
    assert len(line) > MAX_COMBINING_MARKS and normalize(line) == line
    assert normalize("a" + "\u0316" * (MAX_COMBINING_MARKS + 10)) == "a" + "\u0316" * MAX_COMBINING_MARKS


def test_a_dateline_after_the_standfirst_goes_and_a_transcripts_speaker_labels_stay():
    # A standfirst above the story: the dateline opens the story's first paragraph, not the page's.
    paragraphs, _ = clean_blocks(
        (
            Block("The harbour deal keeps the ferry running through the winter, for now."),
            Block("NORTHFIELD: The mayor on Monday said the ferry would run until March."),
            Block("HARBOUR TOWN, Northshire – The council will vote on the fares next week."),
        )
    )
    assert [p.text for p in paragraphs][1:] == [
        "The mayor on Monday said the ferry would run until March.",
        "The council will vote on the fares next week.",
    ]
    # A transcript: the same label opens several lines, and each names who speaks.
    lines = ["HOLM: So what did the council decide?", "REYES: Well, the ferry stays.", "HOLM: Until when?"]
    paragraphs, _ = clean_blocks((Block("The council met on Monday to vote on the ferry."), *map(Block, lines)))
    assert [p.text for p in paragraphs][1:] == lines
    # ... the first line's label too, when the transcript opens the text
    assert [p.text for p in clean_blocks(tuple(map(Block, lines)))[0]] == lines


def test_a_stray_space_before_a_paragraphs_last_stop_keeps_the_paragraph(run, tmp_path):
    # Some sites print "… the mayor said ." at the end of a paragraph of a page: no archive's
    # " . " between lines, so the paragraph is prose and its quote is someone's.
    paragraphs, _ = clean_blocks(
        (Block("The council met on Monday."), Block("“We will rebuild the bridge by spring”, the mayor said ."))
    )
    assert [p.text for p in paragraphs] == [
        "The council met on Monday.",
        "“We will rebuild the bridge by spring”, the mayor said.",
    ]
    # An archive's article is one line, and there " ." marks a last line that had no stop.
    archived, _ = clean_blocks((Block("The council met on Monday. Follow our reporter at www.example.com ."),))
    assert [p.text for p in archived] == ["The council met on Monday."]

    quotes = brief_of_text(
        run,
        tmp_path,
        "Council agrees bridge plan\n\nThe council met on Monday to approve the plan for the river crossing.\n\n"
        "Work on the site will start next month, officials said.\n\n"
        "“We will rebuild the bridge by spring”, said mayor Anna Koval .\n",
    )["quotes"]
    assert [(q["speaker"], q["text"]) for q in quotes] == [("Anna Koval", "We will rebuild the bridge by spring")]


def test_a_credit_glued_to_the_next_sentence_is_cut_off_and_dropped():
    paragraphs, _ = clean_blocks(
        (
            Block("Talks on the plant stalled again this week."),
            Block("Jane Roe/ReutersThe ministry said it would wait."),
        )
    )
    assert [p.text for p in paragraphs] == [
        "Talks on the plant stalled again this week.",
        "The ministry said it would wait.",
    ]
