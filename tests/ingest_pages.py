"""Inputs the reader tests build on the fly: a web page with site furniture, a Word file, a PDF.

The article text is our own (written for these tests); the furniture is the kind
every news site wraps around its articles.
"""

from __future__ import annotations

import html
import io

TITLE = "Harbour councils agree to share the northern channel"
SITE = "Valport Evening Post"
AUTHOR = "Mira Castell"
DATE = "2025-03-04"
URL = "https://news.example.org/valport/harbour-deal"

ARTICLE = [
    "The councils of Valport and Eastmere agreed on Tuesday to share the northern channel, ending a dispute "
    "that had kept more than two hundred fishing boats in port for six weeks.",
    "Under the deal, boats from each town will use the channel on alternate days until a new survey of the "
    "sandbanks is finished in the autumn.",
    "Mayor Ana Ruiz said the town's main goal had always been to get the fleet back to sea before the spring season.",
    "“We did not get everything we asked for, but our boats sail on Thursday,” Ruiz told reporters outside the town hall.",
    "Eastmere gave up its demand for exclusive use of the channel at night, a concession its council leader "
    "described as painful but necessary.",
    "Fishermen on the quay greeted the news with relief, though several said the alternate-day rule would cut their catch.",
    "The harbour authority will pay for the new survey, which is expected to cost about 1.2 million euros.",
    "Both councils said they would meet again in October to review how the arrangement has worked.",
]
SECTION = "What happens next"

# Phrases that only occur in the site furniture: none may reach a brief.
FURNITURE = [
    "cookies",
    "Accept all",
    "newsletter",
    "inbox",
    "Most read",
    "floating restaurant",
    "Heatwave warning",
    "Lottery winner",
    "All rights reserved",
    "Privacy policy",
    "Terms of use",
    "Home",
    "Weather",
    "must never run",
    "Injected",
]


def article_page(
    title: str = TITLE, paragraphs: list[str] | None = None, section: str | None = SECTION, charset: str = "utf-8"
) -> str:
    """A news page: nav, cookie banner, the article (with a sub-heading), newsletter box, most-read list, footer."""
    paragraphs = ARTICLE if paragraphs is None else paragraphs
    body = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    if section:
        body.insert(len(body) - 2, f"<h2>{html.escape(section)}</h2>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>{html.escape(title)} | {SITE}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{SITE}">
<meta name="author" content="{AUTHOR}">
<meta property="article:published_time" content="{DATE}T09:30:00Z">
<link rel="canonical" href="{URL}">
<script>document.write('<p>Injected by a script: must never run</p>');</script>
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience on our site.
By continuing to browse you accept our use of cookies.</p><button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
<p class="byline">By <span class="author">{AUTHOR}</span>, <time datetime="{DATE}">{DATE}</time></p>
{chr(10).join(body)}
</article>
<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get the day's
top headlines delivered to your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></aside>
<aside class="most-read"><h3>Most read</h3><ol>
<li><a href="/a">Celebrity chef opens floating restaurant on the river</a></li>
<li><a href="/b">Heatwave warning issued as temperatures set to soar this weekend</a></li>
<li><a href="/c">Lottery winner reveals plans to buy an island</a></li></ol></aside>
</main>
<footer><p>Copyright 2025 {SITE}. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>"""


def docx_bytes(title: str = TITLE, paragraphs: list[str] | None = None, section: str | None = SECTION) -> bytes:
    import docx

    paragraphs = ARTICLE if paragraphs is None else paragraphs
    document = docx.Document()
    document.core_properties.author = AUTHOR
    document.add_heading(title, level=0)  # level 0 is Word's "Title" style
    for i, text in enumerate(paragraphs):
        if section and i == len(paragraphs) - 2:
            document.add_heading(section, level=1)
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def long_report(n: int = 60) -> list[str]:
    """Many distinct paragraphs, enough for several PDF pages."""
    towns = ["Valport", "Eastmere", "Northwick", "Lowhaven", "Marby", "Kestrel Bay", "Dunmore"]
    boats = ["trawlers", "crabbers", "ferries", "tugs", "dredgers"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
    ]
    extra = ["", "after a long delay ", "despite the storm warnings ", "with help from volunteers "]
    return [
        f"Council officers in {towns[i % 7]} counted the {boats[i % 5]} moored at the main quays "
        f"{extra[i % 4]}on {days[i % 5]}, and reported that harbour fees collected this season "
        f"came to {1000 + 37 * i} euros, a figure the {towns[(i + 3) % 7]} port committee will "
        f"review in {months[i % 11]} {extra[(i + 1) % 4]}before it sets next year's charges."
        for i in range(n)
    ]


def pdf_bytes(
    title: str = TITLE, paragraphs: list[str] | None = None, password: str | None = None, running: str | None = None
) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    paragraphs = ARTICLE if paragraphs is None else paragraphs
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    kwargs = {}
    if password:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(password, ownerPassword=password + "-owner")
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=AUTHOR, **kwargs)
    story = [Paragraph(escape(title), styles["Title"])]
    story += [Paragraph(escape(p), styles["BodyText"]) for p in paragraphs]

    def furniture(canvas, document):
        if running:  # a running head and a "Page N" footer on every page
            canvas.setFont("Helvetica", 8)
            canvas.drawString(72, A4[1] - 40, running)
            canvas.drawString(A4[0] / 2, 30, f"Page {document.page}")

    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A 'scan': a page with shapes drawn on it and no text layer."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(20):
        c.rect(50 + i * 5, 300 + i * 10, 400, 8, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()
