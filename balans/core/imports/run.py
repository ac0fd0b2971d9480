"""Importing converted rows: the good rows in one transaction (all of them or none), with
progress, and what the team's catalogue and roster need for matching names."""
from __future__ import annotations

from typing import Callable

import sqlalchemy as sa

from balans.core.imports.convert import Converted
from balans.core.journal.journal import AppendResult, Journal


def lookup_tables(journal: Journal) -> tuple[dict[str, str], dict[str, str]]:
    """Lower-case employee ids and names -> id; lower-case reason ids and labels -> id."""
    employees: dict[str, str] = {}
    reasons: dict[str, str] = {}
    with journal.engine.connect() as conn:
        for ident, name in conn.execute(sa.text("SELECT id, name FROM employees")):
            employees.setdefault(name.lower(), ident)
            employees[ident.lower()] = ident
        for ident, label in conn.execute(sa.text("SELECT id, label FROM reasons")):
            reasons.setdefault(label.lower(), ident)
            reasons[ident.lower()] = ident
    return employees, reasons


def import_converted(journal: Journal, converted: Converted,
                     progress: Callable[[int, int], None] | None = None) -> AppendResult:
    """Store the good rows; rows already imported (same source and call) are skipped."""
    return journal.append(converted.events, progress)
