"""A single self-contained HTML page: no scripts, no external files, prints well.

Colours meet WCAG AA (4.5:1 for the small sentence numbers and explanations) in the
light palette and in the dark one chosen by prefers-color-scheme; long words and URLs
wrap, so a phone never scrolls sideways; printing keeps a quote with its speaker and a
heading with its first point.
"""

from __future__ import annotations

from html import escape

from ..text.language import tag as language_tag
from . import layout

CSS = """
:root { color-scheme: light dark; --bg: #ffffff; --ink: #1d232b; --muted: #4f5968; --accent: #1f3b5c;
        --rule: #d5dbe3; --bar: #9fb3c8; --quote: #3d4754; --tag: #eef2f6; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14181d; --ink: #e4e8ee; --muted: #aab4c0; --accent: #9cc4ec;
          --rule: #38414c; --bar: #56708c; --quote: #cfd6de; --tag: #232a33; }
}
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; background: var(--bg);
       color: var(--ink); max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; overflow-wrap: anywhere; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule);
     color: var(--accent); }
h3 { font-size: 1.05rem; margin: 1.3rem 0 .4rem; color: var(--accent); }
.facts { color: var(--muted); font-size: .9rem; margin: 0; }
ul { padding-left: 1.3rem; } li { margin: .35rem 0; }
.ref { color: var(--muted); font-size: .8rem; white-space: nowrap; }
.tag { color: var(--muted); background: var(--tag); font-size: .78rem; border-radius: .5em; padding: 0 .45em; }
.who { font-weight: 600; }
.why { display: block; color: var(--muted); font-size: .8rem; }
.empty, .also { color: var(--muted); font-size: .9rem; }
.empty { font-style: italic; }
blockquote { margin: 1rem 0; padding: .2rem 0 .2rem 1rem; border-left: 3px solid var(--bar); }
blockquote p { margin: 0; font-style: italic; }
blockquote footer { margin-top: .25rem; color: var(--quote); font-size: .9rem; }
body > footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid var(--rule); color: var(--muted);
                font-size: .8rem; }
@media print {
  :root { --bg: #ffffff; --ink: #000000; --muted: #3d4550; --accent: #1f3b5c; --quote: #2e3742; --tag: #ffffff; }
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  h2 + *, h3 + * { break-before: avoid; page-break-before: avoid; }
  li, blockquote, .also { break-inside: avoid; page-break-inside: avoid; }
}
""".strip()


RTL = ' dir="rtl"'
RTL_LANGUAGES = {"ar"}


def _e(text: str) -> str:
    return escape(layout.clean(text), quote=True)


def _item(brief, bullet, explain: bool, also: bool) -> str:
    out = _e(layout.bullet_text(bullet))
    if bullet.speaker:
        out += f' — <span class="who">{_e(bullet.speaker)}</span>'
    out += f' <span class="ref">{layout.bullet_refs(bullet)}</span>'
    tag = layout.tag(brief, bullet, also)
    if tag:
        out += f' <span class="tag">{_e(tag)}</span>'
    if explain:
        out += f' <span class="why">{_e(layout.bullet_explain(bullet))}</span>'
    return f"<li>{out}</li>"


def render(brief, options) -> bytes:
    shown = brief.shown
    lang = language_tag(brief.language)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"{RTL if lang in RTL_LANGUAGES else ""}>',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
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
    out += [_item(brief, b, options.explain, also=False) for b in shown.bullets]
    out += [
        "</ul>",
        "</section>",
    ]
    sections = layout.key_point_sections(brief)
    if sections:
        out += ['<section id="key-points">', f"<h2>{_e(brief.heading('key_points', 'Key points'))}</h2>"]
    for (cat, points), printed, elsewhere in sections:
        out += [f'<section id="cat-{_e(cat.id)}">', f"<h3>{_e(cat.label)}</h3>"]
        if printed:
            out.append("<ul>")
            out += [_item(brief, b, options.explain, also=True) for b in printed]
            out.append("</ul>")
        if elsewhere:
            out.append(f'<p class="also">{_e(layout.elsewhere_line(brief, elsewhere))}</p>')
        if not points:
            out.append(f'<p class="empty">{_e(brief.heading("empty", layout.EMPTY_CATEGORY))}</p>')
        out.append("</section>")
    if sections:
        out.append("</section>")
    if shown.quotes:
        out += ['<section id="quotes">', f"<h2>{_e(brief.heading('quotes', 'Quotes'))}</h2>"]
        for q in shown.quotes:
            out += [
                "<blockquote>",
                f"<p>{_e(brief.quoted(q.text))}</p>",
                f'<footer>— <cite>{_e(q.speaker)}</cite> <span class="ref">{layout.ref(q.index)}</span></footer>',
                "</blockquote>",
            ]
        out.append("</section>")
    out += [
        "</main>",
        "<footer>",
        f"<p>{_e(layout.provenance(brief))}</p>",
        f"<p>{_e(layout.source_line(brief, options))}</p>",
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out).encode("utf-8")
