"""The digest as one self-contained HTML page, styled as the brief's page."""

from __future__ import annotations

from html import escape

from . import digest_layout as dl
from . import layout
from .html import CSS

DIGEST_CSS = ".sources li { margin: .2rem 0; } .label { font-weight: 600; } li .ref { white-space: normal; }"


def _e(text: str) -> str:
    return escape(layout.clean(text), quote=True)


def render(digest, options) -> bytes:
    shown = digest.shown

    def tail(item, speaker=None, tag: str = "") -> str:
        """What follows an item's words: its speaker, citations, categories and, under --explain, why."""
        out = f' — <span class="who">{_e(speaker)}</span>' if speaker else ""
        out += f' <span class="ref">{_e(dl.cite(digest, item))}</span>'
        if tag:
            out += f' <span class="tag">{_e(tag)}</span>'
        if options.explain:
            out += f' <span class="why">{_e(layout.explain(item))}</span>'
        return out

    out = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(digest.title)}</title>",
        f'<meta name="description" content="{_e(dl.subject(digest))}">',
        f'<meta name="keywords" content="{_e(", ".join(dl.keywords(digest)))}">',
        f'<meta name="generator" content="{_e(layout.generator(options))}">',
        f"<style>\n{CSS}\n{DIGEST_CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(digest.title)}</h1>",
        f'<p class="facts">{_e(dl.facts_line(digest))}</p>',
        "</header>",
        "<main>",
        '<section id="summary">',
        "<h2>Summary</h2>",
        "<ul>",
    ]
    out += [f"<li>{_e(e.item.text)}{tail(e.item, e.speaker, layout.tag(digest, e, False))}</li>" for e in shown.summary]
    out += ["</ul>", "</section>", '<section id="key-points">', "<h2>Key points</h2>"]
    for (cat, points), printed, elsewhere in zip(digest.points(), shown.points, shown.elsewhere):
        out += [f'<section id="cat-{_e(cat.id)}">', f"<h3>{_e(cat.label)}</h3>"]
        if printed:
            out.append("<ul>")
            out += [f"<li>{_e(e.item.text)}{tail(e.item, tag=layout.tag(digest, e, True))}</li>" for e in printed]
            out.append("</ul>")
        if elsewhere:
            out.append(f'<p class="also">{_e(dl.elsewhere_line(digest, elsewhere))}</p>')
        if not points:
            out.append(f'<p class="empty">{_e(dl.EMPTY_CATEGORY)}</p>')
        out.append("</section>")
    out.append("</section>")
    if shown.quotes:
        out += ['<section id="quotes">', "<h2>Quotes</h2>"]
        for q in shown.quotes:
            footer = f'— <cite>{_e(q.speaker)}</cite> <span class="ref">{_e(dl.cite(digest, q))}</span>'
            if options.explain:
                footer += f' <span class="why">{_e(layout.explain(q))}</span>'
            out += ["<blockquote>", f"<p>“{_e(q.text)}”</p>", f"<footer>{footer}</footer>", "</blockquote>"]
        out.append("</section>")
    out += ['<section id="sources">', "<h2>Sources</h2>", '<ol class="sources">']
    out += [f'<li><span class="label">{_e(s.label)}</span>: {_e(dl.source_entry(s))}</li>' for s in digest.sources]
    out += [
        "</ol>",
        "</section>",
        "</main>",
        "<footer>",
        f"<p>{_e(dl.PROVENANCE)}</p>",
        f"<p>{_e(dl.made_by(digest, options))}</p>",
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out).encode("utf-8")
