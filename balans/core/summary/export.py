"""The summary as CSV for spreadsheets: one table per file (people, channels, contact reasons),
with names and plain words — no ids, no flag codes, no score column — and the separator a
spreadsheet in the user's language expects (``;`` where the decimal sign is a comma).

Headers and words are in the app's language when the app writes the file (its translator is
installed in ``balans.core.i18n``), and English from the command line."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from balans.core.i18n import Counted, fill, translate
from balans.core.summary.model import DaySummary, EmployeeDay
from balans.core.vocabulary import Flag, Role
from balans.core.words import label, word

SummaryCsv = Counted("SummaryCsv")  # plurals; lupdate takes the name as context


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
    planned = translate("SummaryCsv", "%1 planned (min)")
    actual = translate("SummaryCsv", "%1 actual (min)")
    header = (translate("SummaryCsv", "Name"),
              *(fill(text, label(role)) for role in Role for text in (planned, actual)),
              translate("SummaryCsv", "Contacts handled"),
              translate("SummaryCsv", "Tasks finished"),
              translate("SummaryCsv", "Tasks left open"),
              translate("SummaryCsv", "Switches between contact and back office"),
              translate("SummaryCsv", "Contacts during a task"),
              translate("SummaryCsv", "Back office realised (%)"),
              translate("SummaryCsv", "Notes"))
    rows = tuple((names.get(e.employee, e.employee),
                  e.planned_minutes.contact, e.actual_minutes.contact,
                  e.planned_minutes.backoffice, e.actual_minutes.backoffice,
                  e.planned_minutes.break_, e.actual_minutes.break_,
                  e.contacts_handled, e.tasks_finished, len(e.unfinished_tasks),
                  e.switches, e.interruptions, _pct(e.backoffice_realized),
                  "; ".join(notes(e))) for e in people)
    tables = [Table("people", header, rows)]
    tables.append(Table("channels", (
        translate("SummaryCsv", "Channel"), translate("SummaryCsv", "Offered"),
        translate("SummaryCsv", "Answered"), translate("SummaryCsv", "Abandoned"),
        translate("SummaryCsv", "Answered within target (%)"),
        translate("SummaryCsv", "Average wait (s)"), translate("SummaryCsv", "Handling time (s)")),
        tuple((label(c.channel), c.offered, c.answered, c.abandoned,
               _pct(c.service_level), c.avg_wait_s, c.aht_s) for c in summary.team.channels)))
    costs = {c.reason: c for c in summary.extra.reason_costs} if summary.extra else {}
    tables.append(Table("reasons", (
        translate("SummaryCsv", "Contact reason"), translate("SummaryCsv", "Kind of demand"),
        translate("SummaryCsv", "Contacts"), translate("SummaryCsv", "Handling (min)"),
        translate("SummaryCsv", "Cost (EUR)")), tuple(
        (costs[r.reason].label if r.reason in costs else r.reason,
         _demand(costs[r.reason].demand) if r.reason in costs else "",
         r.count, r.handling_minutes,
         Money(costs[r.reason].cost) if r.reason in costs else None)
        for r in summary.team.reasons)))
    return tuple(tables)


def _demand(demand: str | None) -> str:
    return word(demand) if demand else ""


def notes(e: EmployeeDay) -> list[str]:
    """The flags as short sentences about the day (no codes, no task ids)."""
    out = []
    if Flag.CONTEXT_SWITCHING in e.flags:
        n = e.switches + e.interruptions
        out.append(SummaryCsv.tr("pulled into contacts %n time(s)", "", n))
    if Flag.UNFINISHED_TASKS in e.flags:
        n = len(e.unfinished_tasks)
        out.append(SummaryCsv.tr("%n task(s) left open", "", n))
    if Flag.BACKOFFICE_NOT_REALIZED in e.flags and e.backoffice_realized is not None:
        planned = e.planned_minutes.backoffice
        out.append(fill(translate("SummaryCsv", "got %1 of %2 planned back-office minutes"),
                        f"{planned * e.backoffice_realized:.0f}", f"{planned:.0f}"))
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
