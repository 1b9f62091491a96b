"""summit schema: the JSON Schema of the JSON brief."""
from __future__ import annotations

from ..options import Debug, Quiet


def schema(quiet: Quiet = None, debug: Debug = None) -> None:
    """Print the JSON Schema of the JSON brief (summit-brief/1).

    Every `index` in the JSON brief counts sentences from 0; the other formats
    print the same sentence numbers from 1.

    \b
    Examples:
      summit schema > summit-brief-1.json
      summit brief article.txt -f json | check-jsonschema --schemafile summit-brief-1.json -
    """
    import sys

    from ..render.json_ import schema_text

    sys.stdout.write(schema_text())
