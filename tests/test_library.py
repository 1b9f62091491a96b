"""The library entry point: an article in a file, in a string, or already read."""

import pytest

from conftest import SEED
from summit_cli import make_brief, render
from summit_cli.errors import InputError


def test_text_gives_the_brief_of_the_same_article_in_a_file():
    from_file = make_brief(SEED, sentences=3)
    from_text = make_brief(text=SEED.read_text(encoding="utf-8"), sentences=3)
    assert from_text.summary == from_file.summary and from_text.key_points == from_file.key_points
    assert from_text.source.name == "text" and from_text.source.sha256 == from_file.source.sha256


def test_text_with_markup_or_input_format_is_read_as_html():
    from ingest_pages import ARTICLE, article_page

    brief = make_brief(text=article_page(), sentences=50)
    assert [s.text for s in brief.summary] == ARTICLE
    assert render.render(brief, "json")


def test_an_article_where_a_file_name_belongs_is_a_short_error_that_does_not_echo_it():
    article = SEED.read_text(encoding="utf-8")
    with pytest.raises(InputError) as caught:
        make_brief(article)
    message = caught.value.message
    assert len(message) < 120 and "text=" in message and article[:40] not in message
    with pytest.raises(InputError, match="no/such/file.txt: no such file"):
        make_brief("no/such/file.txt")


def test_one_article_at_a_time():
    with pytest.raises(TypeError, match="one article"):
        make_brief(SEED, text="Talks resumed.")
    with pytest.raises(TypeError, match="one article"):
        make_brief()
