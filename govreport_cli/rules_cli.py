"""The `rules` commands (list, show, check) and `explain`."""
from __future__ import annotations

import typer


def register(rules_app: typer.Typer, app: typer.Typer) -> None:
    """Add `rules list|show|check` to rules_app and `explain` to app."""
