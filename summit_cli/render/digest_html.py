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
    def tail(item) -> str:
        why = f' <span class="why">{_e(layout.explain(item))}</span>' if options.explain else ""
        return f' <span class="ref">{_e(dl.cite(digest, item))}</span>{why}'

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
    out += [f"<li>{_e(item.text)}{tail(item)}</li>" for item in digest.summary]
    out += ["</ul>", "</section>", '<section id="key-points">', "<h2>Key points</h2>"]
    for cat, points in digest.points():
        out += [f'<section id="cat-{_e(cat.id)}">', f"<h3>{_e(cat.label)}</h3>"]
        if points:
            out.append("<ul>")
            out += [f"<li>{_e(p.text)}{tail(p)}</li>" for p in points]
            out.append("</ul>")
        else:
            out.append(f'<p class="empty">{_e(dl.EMPTY_CATEGORY)}</p>')
        out.append("</section>")
    out.append("</section>")
    if digest.quotes:
        out += ['<section id="quotes">', "<h2>Quotes</h2>"]
        for speaker, items in dl.speakers(digest):
            out.append(f"<h3>{_e(speaker)}</h3>")
            for q in items:
                out += ["<blockquote>", f"<p>“{_e(q.text)}”</p>", f"<footer>{tail(q)}</footer>", "</blockquote>"]
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
