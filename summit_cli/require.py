"""--require: categories a brief must fill (CI gates)."""

from __future__ import annotations

from .errors import RequirementError, UsageError
from .model import Brief


def check_known(categories: list[str], known: list[str]) -> None:
    """A category the taxonomy does not have is a usage error, found before any work."""
    for cat in categories:
        if cat not in known:
            raise UsageError(f"--require {cat}: the taxonomy has no such category (it has: {', '.join(known)})")


def missing(brief: Brief, categories: list[str]) -> list[str]:
    return [c.id for c, points in brief.points() if c.id in categories and not points]


def enforce(brief: Brief, categories: list[str], name: str) -> None:
    empty = missing(brief, categories)
    if empty:
        noun = "category" if len(empty) == 1 else "categories"
        raise RequirementError(f"{name}: no key point in required {noun} {', '.join(empty)}")
