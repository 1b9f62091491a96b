"""Writers: every format is one module with `render(brief, options) -> bytes`.

Adding a format is one module plus one line in FORMATS. No writer recomputes
analysis: they only lay out the Brief they are given.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass

from .. import console
from ..errors import UsageError
from ..model import Brief

# name -> (module, file extensions, binary?)
FORMATS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "markdown": ("markdown", (".md", ".markdown"), False),
    "json": ("json_", (".json",), False),
    "text": ("text", (".txt", ".text"), False),
    "html": ("html", (".html", ".htm"), False),
    "docx": ("docx", (".docx",), True),
    "pdf": ("pdf", (".pdf",), True),
}
# -f takes every extension -o knows (md, txt, htm, ...), so the two never disagree.
ALIASES = {ext[1:]: name for name, (_, exts, _) in FORMATS.items() for ext in exts} | {"plain": "text"}
PAGE_SIZES = ("a4", "letter")


@dataclass(frozen=True)
class RenderOptions:
    explain: bool = False
    page_size: str = "a4"  # DOCX and PDF paper: one of PAGE_SIZES
    generator: str = "summit"

    def __post_init__(self):
        size = (self.page_size or "").lower()
        if size not in PAGE_SIZES:
            raise UsageError(f"unknown page size '{self.page_size}' (choose from: {', '.join(PAGE_SIZES)})")
        object.__setattr__(self, "page_size", size)


def resolve(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output name implies, else Markdown."""
    if fmt:
        name = ALIASES.get(fmt.lower(), fmt.lower())
        if name not in FORMATS:
            raise UsageError(f"unknown format '{fmt}' (choose from: {', '.join(FORMATS)})")
        named = resolve(None, output)
        if output and output != "-" and named != name and os.path.splitext(output)[1].lower() in FORMATS[named][1]:
            # --format wins, as asked; but a file whose name says another format is a
            # likely slip, and it would open in the wrong program.
            console.warn(f"writing {name} to {output}, whose name says {named}")
        return name
    if output and output != "-":
        ext = os.path.splitext(output)[1].lower()
        for name, (_, exts, _) in FORMATS.items():
            if ext in exts:
                return name
    return "markdown"


def is_binary(fmt: str) -> bool:
    return FORMATS[fmt][2]


def extension(fmt: str) -> str:
    return FORMATS[fmt][1][0]


def render(brief: Brief, fmt: str, options: RenderOptions | None = None) -> bytes:
    module = importlib.import_module(f".{FORMATS[fmt][0]}", __name__)
    return module.render(brief, options or RenderOptions())


def render_digest(digest, fmt: str, options: RenderOptions | None = None) -> bytes:
    """A Digest in a format of FORMATS: each format's digest writer is render/digest_<module>.py."""
    module = importlib.import_module(f".digest_{FORMATS[fmt][0].rstrip('_')}", __name__)
    return module.render(digest, options or RenderOptions())
