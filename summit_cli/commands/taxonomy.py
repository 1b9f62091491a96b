"""`summit taxonomy`: list, show and check the taxonomies that group key points."""

from __future__ import annotations

from typing import Optional

import typer
from typing import Annotated


FORMAT_HELP = """List, show and check taxonomies (the categories key points are grouped into).

A taxonomy is a TOML file: optional name and description; an [actors] table of
actor = [spellings]; then one [[category]] table per category, in order, with id,
label, description, threshold (default 1.0), optional actor and quote_weight, and a
[category.cues] table of "word or phrase" = weight. Words match on their stems
("offer" finds "offered"), word* matches any ending, a negative weight is a
counter-cue. Start from `summit taxonomy show labour` or `summit taxonomy show`.
"""

app = typer.Typer(
    help=FORMAT_HELP,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks of failures.")]


def _fmt(weight: float) -> str:
    return f"{weight:g}"


def describe(tax, source: str) -> str:
    """The taxonomy as a person reads it: categories in order, with labels, descriptions and cues."""
    out = [f"{tax.name}: {tax.description}" if tax.description else tax.name, f"source: {source}", ""]
    if tax.actors:
        out.append("Actors (spellings that name them):")
        for name, spellings in tax.actors.items():
            out.append(f"  {name}: {', '.join(spellings)}")
        out.append("")
    if tax.subject:
        s = tax.subject
        out.append(
            f"Subject{': ' + s.description if s.description else ''} (at least {s.min_sentences} sentences"
            f" naming: {', '.join(s.words + s.actors)})"
        )
        out.append("")
    if tax.carry:
        out.append(
            "Continuation openers (share of the previous sentence's score inherited): "
            + ", ".join(f"{k} {_fmt(v)}" for k, v in tax.carry.items())
        )
        out.append("")
    for n, cat in enumerate(tax.categories, 1):
        out.append(f"{n}. {cat.id} - {cat.label}")
        if cat.description:
            out.append(f"   {cat.description}")
        rule = f"   joins at score >= {_fmt(cat.threshold)}"
        if cat.actor:
            rule += f"; cues count only when '{cat.actor}' is the agent"
            if cat.allies:
                rule += f" (alone or with {', '.join(repr(a) for a in sorted(cat.allies))})"
            if cat.quote_weight:
                rule += f"; quoting '{cat.actor}' adds {_fmt(cat.quote_weight)}"
        out.append(rule)
        cues = sorted(cat.cues.items(), key=lambda kv: (-kv[1], kv[0]))
        out.append(f"   cues ({len(cues)}): " + ", ".join(f"{c} {_fmt(w)}" for c, w in cues))
        if cat.needs_party:
            out.append("   only when a party owns or pursues them: " + ", ".join(sorted(cat.needs_party)))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def warnings(tax, language: str = "english") -> list[str]:
    """Things that load but probably do not do what the author meant."""
    from ..group.classify import compile_cues
    from ..text.tokens import stemmer

    stem = stemmer(language)
    out = []
    for cat in tax.categories:
        compiled = compile_cues(cat, stem)
        if len(compiled) < len(cat.cues):
            by_key: dict[tuple, list[str]] = {}
            for cue in cat.cues:
                parts = tuple((True, w[:-1]) if w.endswith("*") else (False, stem(w)) for w in cue.split())
                by_key.setdefault(parts, []).append(cue)
            for same in by_key.values():
                if len(same) > 1:
                    out.append(
                        f"category '{cat.id}': cues {', '.join(repr(c) for c in same)} match the same words "
                        "(one stem); only the largest weight counts"
                    )
        if max(cat.cues.values()) + cat.quote_weight < cat.threshold and sum(cat.cues.values()) < cat.threshold:
            out.append(
                f"category '{cat.id}': all its cues together stay below its threshold {_fmt(cat.threshold)}; "
                "it can never match"
            )
    return out


@app.command("list")
def list_(debug: Debug = False) -> None:
    """List the built-in taxonomies."""
    from ..group import taxonomy

    for name in taxonomy.builtin_names():
        tax = taxonomy.load(name)
        typer.echo(f"{name:12s} {', '.join(tax.ids())}")


@app.command()
def show(
    name: Annotated[
        Optional[str],
        typer.Argument(help="A built-in taxonomy's name or a TOML file [default: summit].", show_default=False),
    ] = None,
    debug: Debug = False,
) -> None:
    """Print a taxonomy's categories, labels, descriptions and cues.

    Examples:

      summit taxonomy show

      summit taxonomy show my_categories.toml
    """
    from ..group import taxonomy

    data, label = taxonomy.read(name)
    tax = taxonomy.parse(data, label)
    source = "built in" if label in taxonomy.builtin_names() and label == (name or "summit") else label
    typer.echo(describe(tax, source), nl=False)


@app.command()
def check(
    file: Annotated[str, typer.Argument(help="The taxonomy TOML file to check.", show_default=False)],
    debug: Debug = False,
) -> None:
    """Check a taxonomy file: print OK, or the line and the problem (exit 2).

    Warnings (cues that collide, categories that can never match) go to stderr and do
    not fail the check.
    """
    from ..group import taxonomy

    tax = taxonomy.load(file)
    for w in warnings(tax):
        typer.echo(f"summit: warning: taxonomy {file}: {w}", err=True)
    typer.echo(f"{file}: OK ({len(tax.categories)} categories: {', '.join(tax.ids())})")
