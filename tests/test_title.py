"""The headline of a page saved as text, wherever the page's furniture puts it.

Each case is a page head written for this test: the furniture kind it protects
against is its name. The brief's title must be the headline, and the furniture above
it must not reach the brief.
"""

from __future__ import annotations

import json

import pytest

from conftest import brief_of_text

BODY = (
    "Dock workers in the harbour town voted on Tuesday to strike over pay, the union said after a "
    "meeting that ran late into the night.\n"
    "The strike would close the ferry terminal for three days next week, officials said.\n"
)
HEADLINE = "Harbour dock workers vote to strike over pay"


def title_of(run, tmp_path, page_text):
    return brief_of_text(run, tmp_path, page_text)["title"]


CASES = {
    "site name and menu": f"Coastline Daily News\nHome • Local • Sport • Weather\n{HEADLINE}\n{BODY}",
    "byline name before the headline": f"Mara Lindqvist\n{HEADLINE}\n{BODY}",
    "logo letters": f"CD\n{HEADLINE}\n{BODY}",
    "print and back links run together": f"Coastline.com« Back to articlePrint this article\n{HEADLINE}\n{BODY}",
    "date and time lines": f"Tuesday, 4 March 2025\n10:42 GMT\n{HEADLINE}\nBy Mara Lindqvist\n{BODY}",
    "section label": f"Local\n{HEADLINE}\n{BODY}",
    "breadcrumb ending with the headline": f"Home Local {HEADLINE}\n{HEADLINE}\n{BODY}",
    "advertisement line": f"Cheap Flights and Hotel Deals Today\n{HEADLINE}\n{BODY}",
    "photo credit": f"Photo: Coastline staff\n{HEADLINE}\n{BODY}",
    "caption with its credit above the headline": f"Union leaders at the gate / © Coastline Photo Agency\n{HEADLINE}\n{BODY}",
    "stamp glued to the headline": f" date 2025-03-04 {HEADLINE}\n{BODY}",
    "standfirst after the headline": f"{HEADLINE}\nThe vote follows months of talks that failed to settle pay.\n{BODY}",
    "icons": f"☰ Menu\n🔍\n{HEADLINE}\n{BODY}",
    "photo caption sentence first": f"Strikers gather at the harbour gate on Monday morning. Image via Coastline.\nLocal\n{HEADLINE}\n{BODY}",
    "truncated breadcrumb": f"HomeLocalHarbour dock workers vote to strike over...\n{HEADLINE}\n{BODY}",
    "page title with the site's name": f"{HEADLINE} - Coastline Daily News\nBreaking\n{HEADLINE}\n{BODY}",
    "short label sharing a word": f"Harbour Town\n{HEADLINE}\n{BODY}",
    "browser notice": (
        "You are using an outdated browser. Please upgrade to a modern browser to get the most "
        f"out of this website and its many features.\nOpen menu\n{HEADLINE}\n{BODY}"
    ),
    "headline repeated with a caption": f"{HEADLINE}\n{HEADLINE} Photo: strikers at the gate\n{BODY}",
    "dateline with the site's name": f"Coastline News – Harbour Town\n{HEADLINE}\n{BODY}",
    "breadcrumb glued to the headline": f" date 2025-03-04 Home LOCAL {HEADLINE}\n{BODY}",
    "kicker above the headline": f"Dock strike\n{HEADLINE}\n{BODY}",
    "long notice about the page's scripts": (
        "JavaScript is disabled in your web browser or your browser is too old to run it. Almost every page "
        "of this site uses scripts to show its stories, pictures and videos. Without them some of what "
        "follows may be missing or may not work as it should, so please enable JavaScript or upgrade your "
        f"browser to a newer version.\nTuesday, 4 March 2025\n{HEADLINE}\n{BODY}"
    ),
    "headline listed as an item": f"Go to Main Content\nLocal News\n  • {HEADLINE}\n{BODY}",
    "a cut copy below the headline": f"Local\n{HEADLINE}\n4 March 2025, 10:42\nHarbour dock workers vote to\n{BODY}",
    "many lines of furniture": "\n".join(
        ["Logo", "Harbour Town", "21°C 14°C", "Exchange rates", "$100 = 5,820"] * 3 + [HEADLINE, BODY]
    ),
    "long promotion above the headline": (
        "Our seasonal letter brings the best reading of the season to your door every Friday morning, together "
        "with puzzles, recipes, gardening tips and invitations to concerts and lectures in the region.\n"
        f"{HEADLINE}\n{BODY}"
    ),
    "page title with a long site suffix": (
        f"{HEADLINE} - Coastline 7 News Harbour Town, Weather, Sport, Traffic\n{HEADLINE}\n{BODY}"
    ),
}

EDGE_HEADLINES = {
    "ends with an abbreviation": "Ferry strike spreads to every port in the U.S.",
    "starts with a number": "300 dock workers vote to strike over pay in harbour town",
    "cut short with an ellipsis": "Dock workers vote to strike over pay as ferry talks stall...",
    "ends on someone's words": "Dock union says the strike vote was ‘a last resort, and we will talk again.’",
    "five words": "Dock workers vote to strike",
}


@pytest.mark.parametrize("case", EDGE_HEADLINES, ids=list(EDGE_HEADLINES))
def test_headlines_of_unusual_shape(run, tmp_path, case):
    assert title_of(run, tmp_path, f"Tuesday, 4 March 2025\n{EDGE_HEADLINES[case]}\n{BODY}") == EDGE_HEADLINES[case]


def test_a_short_line_that_shares_no_word_with_the_story_is_not_its_headline(run, tmp_path):
    assert title_of(run, tmp_path, f"Morning Briefing\n{BODY}").startswith("Dock workers in the harbour")


def test_a_page_title_holding_a_three_word_headline_is_not_the_title(run, tmp_path):
    assert (
        title_of(run, tmp_path, f"Dock strike spreads - Coastline Daily News\nDock strike spreads\n{BODY}")
        == "Dock strike spreads"
    )


@pytest.mark.parametrize("section", ["NEWS", "World"])
def test_a_breadcrumb_before_a_four_word_headline_goes(run, tmp_path, section):
    assert title_of(run, tmp_path, f"Home {section} Dock workers strike again\n{BODY}") == "Dock workers strike again"


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_headline_is_the_title(run, tmp_path, case):
    brief = brief_of_text(run, tmp_path, CASES[case])
    assert brief["title"] == HEADLINE
    texts = [s["text"] for s in brief["summary"]] + [q["text"] for q in brief["quotes"]]
    assert all(HEADLINE not in t for t in texts)


def test_a_question_headline_above_the_body(run, tmp_path):
    assert (
        title_of(run, tmp_path, f"Coastline Daily News\nWill the ferry strike end this week?\n{BODY}")
        == "Will the ferry strike end this week?"
    )


def test_furniture_without_a_headline_is_not_the_title(run, tmp_path):
    brief = brief_of_text(run, tmp_path, f"Coastline Daily News\nLocal\nPhoto: Coastline staff\n{BODY}")
    assert brief["title"].startswith("Dock workers in the harbour town voted")
    assert "Coastline" not in brief["title"]


# What a page puts before its story, in lines of their own or glued to the first paragraph.
OPENINGS = {
    "caption with a credit after a stamp": " date 2025-03-04 Union leader Mara Lindqvist / © Coastline Photo Agency\n\n",
    "caption with a credit, Cyrillic": "Дмитрий Песков / © Associated Press\n\n",
    "caption of a sentence and a credit": "Strikers at the harbour gate on Monday. Photo © Coastline\n\n",
    "caption with a credit in brackets": "Рустем Умеров (Фото: Coastline Photo Agency)\n\n",
    "caption with an illustrative photo": "Union leader Mara Lindqvist (Illustrative photo from 2018: Coastline)\n\n",
    "photographer's credit": "Photographer: Jane Roe/Coastline via Getty Images\n\n",
    "caption with a photographer and agency in brackets": "Union leaders at the gate on Monday. (Jane Roe / Reuters)\n\n",
    "caption with an agency photo credit": "Union leaders at the gate on Monday. (AP Photo/Jane Roe)\n\n",
    "caption with a credit 'by' a photographer": "Union leaders at the gate. (Photo by JANE ROE / AFP)\n\n",
    "dateline after a stamp": " date 2025-08-19 HARBOUR TOWN: ",
    "dateline of two places": "HARBOUR TOWN/PORT ELLEN — ",
    "dateline with a wire": "HARBOUR TOWN, COASTLINE | Wire Agency | ",
    "Russian wire's dateline": "ГАВАНЬ, 21 ноя - Вестник Побережья. ",
    "Ukrainian wire's dateline with a year": "ГАВАНЬ, 5 травня 2025 — Вісник. ",
    "a name alone": "Harbour Town\n\n",
    "a label in capitals": "DOCK WORKERS\n\n",
    "list marks": "- ✓ ",
    "bullet": "• ",
}


@pytest.mark.parametrize("opening", OPENINGS, ids=list(OPENINGS))
def test_what_opens_a_page_before_its_story_is_not_the_title(run, tmp_path, opening):
    brief = brief_of_text(run, tmp_path, OPENINGS[opening] + BODY)
    assert brief["title"].startswith("Dock workers in the harbour town voted")
    assert brief["stats"]["sentences"] == 2  # a caption is no sentence of the story


@pytest.mark.parametrize("stamp", ["21.11.2025, 17:57", "34 21.11.2025, 17:57", "17.08.2025, 4:55"])
def test_a_date_and_time_glued_after_the_headline_are_not_part_of_the_title(run, tmp_path, stamp):
    assert title_of(run, tmp_path, f"{HEADLINE} {stamp}\n{BODY}") == HEADLINE


def test_a_headline_in_markdown_bold_is_the_title_without_its_marks(run, tmp_path):
    assert title_of(run, tmp_path, f"**{HEADLINE}**\n{BODY}") == HEADLINE


def test_a_labelled_number_is_not_the_title(run, tmp_path):
    brief = brief_of_text(run, tmp_path, f"Newsroom tips hotline: 010-85061466\nLocal\n{BODY}")
    assert brief["title"].startswith("Dock workers in the harbour town voted")


def test_the_headline_reaches_pdf_metadata(run, tmp_path):
    from pypdf import PdfReader

    page, pdf = tmp_path / "page.txt", tmp_path / "brief.pdf"
    page.write_text(CASES["byline name before the headline"], encoding="utf-8")
    run("brief", str(page), "-o", str(pdf))
    assert PdfReader(str(pdf)).metadata.title == HEADLINE


def test_a_section_heading_below_the_lead_is_not_the_title(run, tmp_path):
    lead = (
        "Dock workers in the harbour town voted on Tuesday to strike over pay after months of talks with "
        "the port authority broke down, the union said, and the ferry terminal will close for three days "
        "next week unless a new offer arrives."
    )
    page = tmp_path / "page.txt"
    page.write_text(
        f"Contents\n{lead}\nWhat the port authority says\nThe port authority said its offer "
        "to the dock workers was fair and that talks could resume.\n",
        encoding="utf-8",
    )
    brief = json.loads(run("brief", str(page), "-f", "json", "-n", "2").stdout)
    assert brief["title"] != "What the port authority says"
    assert lead in [s["text"] for s in brief["summary"]]  # the lead is kept, not dropped as furniture


@pytest.mark.parametrize("stamp", [" date 2025-03-04 ", "Tuesday, 4 March 2025 "])
def test_a_paragraph_with_a_date_glued_on_opens_the_story(run, tmp_path, stamp):
    """A scraper glues the page's date to the first line of its text: a paragraph there
    is the story's opening, even one that shares no word with what follows."""
    opening = "The two sides agreed to meet again in Geneva next week. Officials confirmed it on Friday."
    page = tmp_path / "page.txt"
    page.write_text(
        f"{stamp}{opening}\nWhat the envoy said about the plan\nThe envoy called the talks useful and said "
        "both delegations would keep working on a framework.\nHe added that a summit was possible.\n",
        encoding="utf-8",
    )
    brief = json.loads(run("brief", str(page), "-f", "json", "-n", "4").stdout)
    assert brief["title"] != "What the envoy said about the plan"
    assert "The two sides agreed to meet again in Geneva next week." in [s["text"] for s in brief["summary"]]


def test_a_page_that_opens_with_its_story_takes_no_headline_from_further_down(run, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Dock workers in the harbour town voted on Tuesday to strike over pay, the union said.\n"
        "It was a cold and windy evening at the old stone hall by the water.\n"
        "Ferry strike dates set\n"
        "The dock workers strike will close the ferry terminal for three days next week, officials said.\n",
        encoding="utf-8",
    )
    title = json.loads(run("brief", str(page), "-f", "json").stdout)["title"]
    assert title.startswith("Dock workers in the harbour town voted"), title


def test_two_sentences_ending_in_junk_are_prose_not_a_headline(run, tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(
        b"Dock workers met on Monday. They voted to strike.\n"
        b"The union said the vote was close. Talks go on \xff\n" + BODY.encode()
    )
    brief = json.loads(run("brief", str(page), "-f", "json", "-n", "9").stdout)
    assert "Dock workers met on Monday." in [s["text"] for s in brief["summary"]]
    assert not brief["title"].startswith("The union said")


def test_a_site_notice_is_dropped_but_news_about_browsers_is_not(run, tmp_path):
    page = tmp_path / "page.txt"
    news = "The browser maker said on Monday that cookies from advertisers would be blocked by default next year."
    page.write_text(
        f"This site uses cookies. Please accept cookies or upgrade your browser to read on.\n{HEADLINE}\n{BODY}{news}\n",
        encoding="utf-8",
    )
    brief = json.loads(run("brief", str(page), "-f", "json", "-n", "9").stdout)
    texts = [s["text"] for s in brief["summary"]]
    assert news in texts and not any("Please accept" in t for t in texts)


def test_a_lead_sharing_two_words_with_what_follows_has_begun_the_story(run, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "The harbour council met on Tuesday evening and voted to repair the old pier before summer.\n"
        "Members of the public were invited to speak at the start of the meeting in the town hall.\n"
        "Stone pier repairs begin in May\n"
        "The stone pier has stood since 1850 and is used by the ferry every day of the week.\n"
        "Engineers found cracks in two of its arches last winter after storms hit the coast.\n",
        encoding="utf-8",
    )
    brief = json.loads(run("brief", str(page), "-f", "json").stdout)
    assert brief["title"].startswith("The harbour council met on Tuesday")  # not the subheading below it


def test_a_headline_sharing_no_word_with_its_story_is_still_the_headline(run, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(f"Harbour Town Gazette\nCouncil approves new budget for schools\n{BODY}", encoding="utf-8")
    assert (
        json.loads(run("brief", str(page), "-f", "json").stdout)["title"] == "Council approves new budget for schools"
    )


def test_the_last_line_of_a_page_is_never_its_headline(run, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Dock workers met.\nThey voted.\nHarbour dock workers vote to strike over pay\n", encoding="utf-8")
    result = run("brief", str(page), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "Dock workers met." in [s["text"] for s in json.loads(result.stdout)["summary"]]


@pytest.mark.parametrize(
    "headline",
    [
        "Глава делегации прибыл в порт для «разблокировки» переговоров",
        "«Мы готовы ждать»: докеры гавани объявили забастовку",
    ],
)
def test_a_headline_quoting_in_guillemets_is_the_title(run, tmp_path, headline):
    page = tmp_path / "page.txt"
    body = (
        "Глава делегации докеров прибыл в порт во вторник для переговоров о разблокировке работы гавани. "
        "Докеры гавани заявили, что готовы ждать ответа до пятницы.\n"
        "Переговоры продолжатся в среду, сообщили в профсоюзе.\n"
    )
    page.write_text(f"{headline}\nДокеры у ворот порта. Фото © Портовое агентство\n{body}", encoding="utf-8")
    assert json.loads(run("brief", str(page), "-f", "json").stdout)["title"] == headline


def test_a_breadcrumb_of_guillemets_is_not_the_title(run, tmp_path):
    assert title_of(run, tmp_path, f"Главная » Новости » Общество\n{HEADLINE}\n{BODY}") == HEADLINE


def test_the_story_opening_above_a_quoted_line_is_kept_in_russian(run, tmp_path):
    # The opening paragraph shares its words with the story only in their inflected forms
    # ("Казахстана" / "Казахстан"): it is the story, and the quoted line after it is no headline.
    brief = brief_of_text(
        run,
        tmp_path,
        "В Москве прокомментировали инициативу Казахстана стать посредником в переговорах. "
        "Кремль, по словам его представителя Дмитрия Лункова, знает о предложении Астаны.\n"
        "«Нам это известно. Мы высоко ценим такую готовность наших друзей», — заявил Лунков\n"
        "Заявление последовало после слов президента: Казахстан готов предоставить площадку для переговоров.\n"
        "Лунков также сообщил, что предложение Астаны обсуждается в Кремле.\n",
    )
    assert not brief["title"].startswith("«Нам это известно")
    assert any(q["text"].startswith("Нам это известно") for q in brief["quotes"])


def test_a_headline_of_a_name_and_quoted_sentences_is_the_title(run, tmp_path):
    # The quotation holds three sentences; the standfirst under it, cut short by the page's
    # furniture, ends without a full stop.
    headline = 'Union chief: "We will strike next week. A deal? Not likely."'
    standfirst = "The dock workers' union has rejected the port's pay offer and set a date for the strike(Share)"
    assert title_of(run, tmp_path, f"{headline}\n{standfirst}\n{BODY}") == headline
