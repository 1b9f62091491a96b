"""summit schema: the JSON Schema of the JSON brief or digest."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..errors import UsageError
from ..options import Debug, Quiet

SCHEMAS = {"brief": "summit-brief-1.json", "digest": "summit-digest-1.json"}

Kind = Annotated[
    Optional[str],
    typer.Argument(
        help="Which JSON output: brief (summit-brief/1, the default) or digest (summit-digest/1).", show_default=False
    ),
]


def schema(kind: Kind = None, quiet: Quiet = None, debug: Debug = None) -> None:
    """Print the JSON Schema of the JSON brief (summit-brief/1) or digest (summit-digest/1).

    Every `index` in the JSON counts sentences from 0, and so does a digest's `source`
    number; the other formats print the same sentence numbers from 1.

    \b
    Examples:
      summit schema > summit-brief-1.json
      summit schema digest > summit-digest-1.json
      summit brief article.txt -f json | check-jsonschema --schemafile summit-brief-1.json -
    """
    import sys
    from importlib import resources

    name = SCHEMAS.get((kind or "brief").lower())
    if name is None:
        raise UsageError(f"unknown schema '{kind}' (choose from: {', '.join(SCHEMAS)})")
    sys.stdout.write((resources.files("summit_cli") / "schemas" / name).read_text("utf-8"))
