"""summit config: the effective settings and where each came from."""

from __future__ import annotations

import json
from typing import Optional

import typer
from typing import Annotated

from ..errors import UsageError
from ..options import OUTPUT, Debug


def show(
    format: Annotated[
        Optional[str],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            rich_help_panel=OUTPUT,
            help="toml (a summit.toml you can keep) or json [default: toml].",
        ),
    ] = None,
    debug: Debug = None,
) -> None:
    """Print the effective settings and where each came from.

    \b
    Examples:
      summit config
      SUMMIT_SENTENCES=3 summit config
      summit config -f json | jq -r '.settings.algorithm.source'
    """
    from .. import config

    settings = config.resolve()
    if format in (None, "toml"):
        source = settings.file or "none (defaults, SUMMIT_* variables and options only)"
        typer.echo(
            f"# config file: {source}\n# precedence: default < config file < SUMMIT_* < option\n"
            + config.as_toml(settings),
            nl=False,
        )
    elif format == "json":
        data = {
            "file": settings.file,
            "settings": {
                k: {"value": settings.values.get(k), "source": settings.sources.get(k, config.DEFAULT)}
                for k in config.configurable()
            },
        }
        typer.echo(json.dumps(data, indent=2))
    else:
        raise UsageError(f"unknown format '{format}' for summit config (choose from: toml, json)")
