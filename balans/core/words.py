"""Counting words in English: the one plural helper (Qt's translations take over in the desktop
where they are in place; the command line keeps this)."""
from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """"1 task", "3 tasks", "2 switches" (``many`` defaults to ``one`` + "s")."""
    return f"{count} {one if count == 1 else many or one + 's'}"
