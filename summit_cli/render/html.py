"""A single self-contained HTML page: no scripts, no external files, prints well."""
from __future__ import annotations

from html import escape

from ..text.language import tag
from . import layout

CSS = """
:root { color-scheme: light; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
       color: #1d232b; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #d5dbe3; color: #1f3b5c; }
h3 { font-size: 1.05rem; margin: 1.3rem 0 .4rem; color: #1f3b5c; }
.facts { color: #5b6573; font-size: .9rem; margin: 0; }
ul { padding-left: 1.3rem; } li { margin: .35rem 0; }
.ref, .why { color: #7a8491; font-size: .8rem; white-space: nowrap; }
.why { white-space: normal; }
.empty { color: #5b6573; font-style: italic; }
blockquote { margin: 1rem 0; padding: .2rem 0 .2rem 1rem; border-left: 3px solid #9fb3c8; }
blockquote p { margin: 0; font-style: italic; }
blockquote footer { margin-top: .25rem; color: #3d4754; font-size: .9rem; }
body > footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid #d5dbe3; color: #5b6573; font-size: .8rem; }
""".strip()


def _e(text: str) -> str:
    return escape(layout.clean(text), quote=True)


def render(brief, options) -> bytes:
    def why(item) -> str:
        return f' <span class="why">{_e(layout.explain(item))}</span>' if options.explain else ""

    def ref(index: int) -> str:
        return f' <span class="ref">{layout.ref(index)}</span>'

    out = [
        "<!DOCTYPE html>",
        f'<html lang="{tag(brief.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(brief.title)}</title>",
        f'<meta name="description" content="{_e(layout.subject(brief))}">',
        f'<meta name="keywords" content="{_e(", ".join(layout.keywords(brief)))}">',
        f'<meta name="generator" content="{_e(layout.generator(options))}">',
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(brief.title)}</h1>",
        f'<p class="facts">{_e(layout.facts_line(brief))}</p>',
        "</header>",
        "<main>",
        '<section id="summary">',
        f"<h2>{_e(brief.heading('summary', 'Summary'))}</h2>",
        "<ul>",
    ]
    out += [f"<li>{_e(s.text)}{why(s)}</li>" for s in brief.summary]
    out += ["</ul>", "</section>", '<section id="key-points">', f"<h2>{_e(brief.heading('key_points', 'Key points'))}</h2>"]
    for cat, points in brief.points():
        out += [f'<section id="cat-{_e(cat.id)}">', f"<h3>{_e(cat.label)}</h3>"]
        if points:
            out.append("<ul>")
            out += [f"<li>{_e(p.text)}{ref(p.index)}{why(p)}</li>" for p in points]
            out.append("</ul>")
        else:
            out.append('<p class="empty">' + _e(brief.heading('empty', layout.EMPTY_CATEGORY)) + '</p>')
        out.append("</section>")
    out.append("</section>")
    if brief.quotes:
        out += ['<section id="quotes">', f"<h2>{_e(brief.heading('quotes', 'Quotes'))}</h2>"]
        for q in brief.quotes:
            who = f"— <cite>{_e(q.speaker)}</cite>" if q.speaker else ""
            out += ["<blockquote>", f"<p>{_e(brief.quoted(q.text))}</p>", f"<footer>{who}{ref(q.index)}</footer>", "</blockquote>"]
        out.append("</section>")
    out += [
        "</main>",
        "<footer>",
        f"<p>{_e(layout.PROVENANCE)}</p>",
        f"<p>{_e(layout.source_line(brief, options))}</p>",
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out).encode("utf-8")
