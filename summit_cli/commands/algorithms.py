"""summit algorithms: the summarizers --algorithm accepts."""

from __future__ import annotations

import typer

from ..options import Debug, Quiet


def algorithms(quiet: Quiet = None, debug: Debug = None) -> None:
    """List the summarizers that --algorithm accepts, with what each does.

    \b
    Examples:
      summit algorithms
      summit eval articles/ summaries/ -a "$(summit algorithms | cut -d' ' -f1 | paste -sd,)"
    """
    from ..rank import ALGORITHMS

    for name, (_, desc) in ALGORITHMS.items():
        typer.echo(f"{name:10s} {desc}")
