from summit_cli.model import Block
from summit_cli.text.clean import clean_blocks, is_furniture, looks_like_heading


def test_furniture_lines_are_recognised():
    for line in ["READ ALSO: Talks stall again", "Read more: the background", "Related: Ukraine talks",
                 "Advertisement", "Share this article", "Scroll down for video", "By Jane Example",
                 "PUBLISHED: 10:02 GMT, 3 March 2025 | UPDATED: 11:15 GMT, 3 March 2025",
                 "Sign up for our free newsletter", "Image caption: a boat in the harbour"]:
        assert is_furniture(line), line


def test_prose_is_not_furniture():
    for line in ["By Friday, the two sides had agreed on a truce that few expected to hold.",
                 "Related talks in Geneva made no progress.",
                 "Advertisements for the summit filled the city."]:
        assert not is_furniture(line), line


def test_short_unpunctuated_line_is_a_heading():
    assert looks_like_heading("Offer")
    assert looks_like_heading("What comes next")
    assert not looks_like_heading("The talks ended.")
    assert not looks_like_heading("“We will see,” he said")


def test_clean_blocks_drops_furniture_and_sets_sections():
    blocks = (Block("(CNN) -- The talks began."), Block("READ ALSO: Other news"), Block("Offer"),
              Block("Both sides made an offer."))
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
    assert any(t.startswith("Local historian Martin Ebbs said: 'We could not") and t.endswith("who we are.'")
               for t in texts)
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
    for line in ["07:03 EST, 2 March 2013", "Last updated at 9:41 AM on 2nd March 2019", "|",
                 "Updated 1:31 PM ET, Fri April 12, 2024", "CNN's Paul Ostrow contributed to this report."]:
        assert is_furniture(line), line
    for line in ["The vote is on 2 March 2013.", "Updated figures show the debt rose by 4%."]:
        assert not is_furniture(line), line


def test_prose_with_a_colon_is_not_a_caption():
    from summit_cli.text.clean import is_caption

    assert is_caption("Devastated: the family at the harbour on Sunday")
    assert not is_caption("Warning: officials said the storm would reach the coast by night.")
    assert not is_caption("He said: “We will see.”")


def test_credit_lines_go_but_prose_about_a_report_stays():
    assert is_furniture("CNN's Paul Ostrow and Ana Lee contributed to this report.")
    assert not is_furniture("Several ministries contributed to the report.")


def test_a_caption_that_repeats_the_body_is_dropped():
    blocks = (Block("The ferry sank off the northern cape on Monday night with 40 people aboard."),
              Block("The ferry sank off the northern cape on Monday night"),
              Block("Rescuers pulled 38 people from the water."),
              Block("A lighthouse at dusk on the northern cape near the wreck"))
    paragraphs, _ = clean_blocks(blocks)
    assert [p.text for p in paragraphs] == [blocks[0].text, blocks[2].text, blocks[3].text]
