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
