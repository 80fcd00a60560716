"""Helpers shared by CLI commands."""

from __future__ import annotations

import click

from ..models.catalog import CATALOG
from ..models.pull import pull
from ..models.store import ModelStore


def ensure_installed(store: ModelStore, name: str) -> None:
    """Pull a catalog model on first use, with a progress bar; other names must be installed."""
    if store.is_installed(name) or name not in CATALOG:
        return
    click.echo(f"pulling {name} (first use)…", err=True)
    pull(store, name, progress=True)
