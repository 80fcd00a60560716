"""The `kogata` command: a thin shell over the library. Each subcommand lives in a module here."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from ..config import Settings, load_settings
from ..errors import KogataError, disk_full


class KogataGroup(click.Group):
    """Turns a user's mistake (KogataError) or a full disk into one clear line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KogataError as e:
            click.echo(f"error: {e.message}", err=True)
            sys.exit(1)
        except (OSError, sqlite3.OperationalError) as e:
            full = disk_full(e, getattr(e, "filename", None) or getattr(ctx.obj, "home", None))
            if full is None:
                raise
            click.echo(f"error: {full.message}", err=True)
            sys.exit(1)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            click.echo(f"error: invalid setting {where}: {first['msg']}", err=True)
            sys.exit(2)


@click.group(cls=KogataGroup)
@click.version_option(package_name="kogata")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
              help="TOML settings file  [default: KOGATA_HOME/config.toml if it exists]")
@click.pass_context
def main(ctx: click.Context, config: Path | None) -> None:
    """kogata: small language models on your own CPUs."""
    ctx.obj = load_settings(config)


def settings(ctx: click.Context) -> Settings:
    return ctx.find_root().obj


from . import (batch, chat, classify, db, export, extract, kb, keys, learning, models, privacy, report, respond, route, serve,  # noqa: E402,F401  (each module adds its commands to `main`)
               tune_lora)
