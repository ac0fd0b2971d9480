"""The summary as CSV for spreadsheets: one table per file (people, channels, contact reasons),
with names and plain words — no ids, no flag codes, no score column — and the separator a
spreadsheet in the user's language expects (``;`` where the decimal sign is a comma)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from balans.core.summary.model import DaySummary, EmployeeDay
from balans.core.vocabulary import Flag

CHANNEL_WORDS = {"phone": "Phone", "counter": "Counter", "chat": "Chat", "email": "E-mail"}
DEMAND_WORDS = {"value": "value demand", "failure": "failure demand"}


@dataclass(frozen=True)
class Table:
    name: str  # a word for the file name: people, channels, reasons
    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def summary_tables(summary: DaySummary, names: Mapping[str, str] | None = None
                   ) -> tuple[Table, ...]:
    """The day's tables; people by name (sorted by name, never by a figure)."""
    names = names or {}
    people = sorted(summary.employees,
                    key=lambda e: (names.get(e.employee, e.employee).casefold(), e.employee))
    header = ("Name", "Contact planned (min)", "Contact actual (min)",
              "Back office planned (min)", "Back office actual (min)", "Break planned (min)",
              "Break actual (min)", "Contacts handled", "Tasks finished", "Tasks left open",
              "Switches between contact and back office", "Contacts during a task",
              "Back office realised (%)", "Notes")
    rows = tuple((names.get(e.employee, e.employee),
                  e.planned_minutes.contact, e.actual_minutes.contact,
                  e.planned_minutes.backoffice, e.actual_minutes.backoffice,
                  e.planned_minutes.break_, e.actual_minutes.break_,
                  e.contacts_handled, e.tasks_finished, len(e.unfinished_tasks),
                  e.switches, e.interruptions, _pct(e.backoffice_realized),
                  "; ".join(notes(e))) for e in people)
    tables = [Table("people", header, rows)]
    tables.append(Table("channels", (
        "Channel", "Offered", "Answered", "Abandoned", "Answered within target (%)",
        "Average wait (s)", "Handling time (s)"), tuple(
        (CHANNEL_WORDS.get(c.channel, c.channel), c.offered, c.answered, c.abandoned,
         _pct(c.service_level), c.avg_wait_s, c.aht_s) for c in summary.team.channels)))
    costs = {c.reason: c for c in summary.extra.reason_costs} if summary.extra else {}
    tables.append(Table("reasons", (
        "Contact reason", "Kind of demand", "Contacts", "Handling (min)", "Cost (EUR)"), tuple(
        (costs[r.reason].label if r.reason in costs else r.reason,
         DEMAND_WORDS.get(costs[r.reason].demand or "", "") if r.reason in costs else "",
         r.count, r.handling_minutes,
         Money(costs[r.reason].cost) if r.reason in costs else None)
        for r in summary.team.reasons)))
    return tuple(tables)


def notes(e: EmployeeDay) -> list[str]:
    """The flags as short sentences about the day (no codes, no task ids)."""
    out = []
    if Flag.CONTEXT_SWITCHING in e.flags:
        out.append(f"pulled into contacts {e.switches + e.interruptions} times")
    if Flag.UNFINISHED_TASKS in e.flags:
        n = len(e.unfinished_tasks)
        out.append(f"{n} task{'s' if n != 1 else ''} left open")
    if Flag.BACKOFFICE_NOT_REALIZED in e.flags and e.backoffice_realized is not None:
        planned = e.planned_minutes.backoffice
        out.append(f"got {planned * e.backoffice_realized:.0f} of {planned:.0f} planned "
                   "back-office minutes")
    return out


def table_csv(table: Table, decimal: str = ".") -> str:
    """One table as CSV text; with a decimal comma the separator is ``;`` (what a spreadsheet
    in such a locale reads), and numbers carry that comma."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if decimal == "," else ",")
    writer.writerow(table.header)
    for row in table.rows:
        writer.writerow([_cell(v, decimal) for v in row])
    return out.getvalue()


def table_paths(path: str | Path, tables: Sequence[Table]) -> list[Path]:
    """Where each table goes: next to ``path``, its name added (day.csv -> day-people.csv)."""
    base = Path(path)
    stem = base.stem if base.suffix.lower() == ".csv" else base.name
    return [base.with_name(f"{stem}-{t.name}.csv") for t in tables]


def write_tables(path: str | Path, summary: DaySummary, names: Mapping[str, str] | None = None,
                 decimal: str = ".") -> list[Path]:
    """Write every table to its own file; returns the paths written."""
    tables = summary_tables(summary, names)
    paths = table_paths(path, tables)
    for table, target in zip(tables, paths):
        target.write_text(table_csv(table, decimal), encoding="utf-8-sig", newline="")
    return paths


class Money(float):
    """An amount in euros: always two decimals (3.30, not 3.3)."""


def _pct(value: float | None) -> float | None:
    return None if value is None else value * 100


def _cell(value: object, decimal: str) -> object:
    if value is None:
        return ""
    if isinstance(value, Money):
        return f"{value:.2f}".replace(".", decimal)
    if isinstance(value, float):
        text = f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
        return text.replace(".", decimal)
    return value
