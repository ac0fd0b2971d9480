"""The end-of-day summary per employee as a table model, and the team's figures in words.

Every number comes from the typed ``DaySummary``, rounded as ``balans summary --json`` rounds
it, so the panel, the PDF and the command line show the same values (minutes are shown whole,
with the exact value in the tooltip). Rows are updated by employee id; sorting is a proxy's job (``SortRole``). Flags are
worded as what the day did to someone, never as a score, and there is no rank column.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
                            QSortFilterProxyModel)
from PySide6.QtGui import QColor, QIcon, QPixmap

from balans.core.summary.model import DaySummary, EmployeeDay, r2
from balans.core.summary.text import flag_notes
from balans.core.vocabulary import Flag, Role
from balans.desktop.theme import AMBER, CHANNEL_LABELS, ROLE_COLORS, ROLE_LABELS
from balans.core.words import plural

SortRole = Qt.ItemDataRole.UserRole + 1
EmployeeIdRole = Qt.ItemDataRole.UserRole + 2
FlagsRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex
FLAG_TINT = QColor(AMBER)
FLAG_TINT.setAlpha(60)  # a tint behind palette-coloured text stays readable light and dark


def pct(value: float | None) -> str:
    """A share as a whole percentage, rounded from the 2 decimals the JSON carries."""
    return "—" if value is None else f"{r2(value) * 100:.0f}%"


def whole(value: float) -> str:
    return f"{r2(value):.0f}"


@dataclass(frozen=True)
class EmployeeRow:
    """One employee's day, plus a display name and kind notes."""

    id: str
    name: str
    day: EmployeeDay
    notes: tuple[str, ...]  # short, for the table
    explained: tuple[str, ...]  # the core's full sentences, for the tooltip

    def planned(self, role: str) -> float:
        return r2(self.day.planned_minutes.of(role))

    def actual(self, role: str) -> float:
        return r2(self.day.actual_minutes.of(role))

    @property
    def left_open(self) -> int:
        return len(self.day.unfinished_tasks)


def employee_rows(summary: DaySummary, names: Mapping[str, str]) -> list[EmployeeRow]:
    return [EmployeeRow(person.employee, names.get(person.employee) or person.employee,
                        person, notes_for(person), tuple(flag_notes(person)))
            for person in summary.employees]


def notes_for(day: EmployeeDay) -> tuple[str, ...]:
    """A few plain words per flag: what the plan or the day did to this person."""
    notes = []
    if Flag.CONTEXT_SWITCHING in day.flags:
        pulled = day.switches + day.interruptions
        notes.append(f"pulled into contacts {plural(pulled, 'time', 'times')}")
    if Flag.UNFINISHED_TASKS in day.flags:
        notes.append(f"{plural(len(day.unfinished_tasks), 'task', 'tasks')} left open")
    if Flag.BACKOFFICE_NOT_REALIZED in day.flags and day.backoffice_realized is not None:
        planned = r2(day.planned_minutes.backoffice)
        got = planned * r2(day.backoffice_realized)
        notes.append(f"got {whole(got)} of {whole(planned)} min back office")
    return tuple(notes)


# -- columns ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    header: str
    tip: str
    text: Callable[[EmployeeRow], str]
    sort: Callable[[EmployeeRow], Any]
    role: str | None = None  # a role colour for the header
    left: bool = False


def _role_column(role: str) -> Column:
    return Column(f"{ROLE_LABELS[role]}\nplanned → actual",
                  f"{ROLE_LABELS[role]}: planned minutes → actual minutes",
                  lambda r: f"{whole(r.planned(role))} → {whole(r.actual(role))} min",
                  lambda r: r.actual(role), role=role)


def _realised(r: EmployeeRow) -> str:
    return pct(r.day.backoffice_realized)


COLUMNS: tuple[Column, ...] = (
    Column("Name", "", lambda r: r.name, lambda r: r.name.casefold(), left=True),
    # Right after the name, so the notes stay in view when a large font makes the table scroll.
    Column("Notes", "What the day did to this person (not a score)",
           lambda r: "\n".join(r.notes), lambda r: len(r.notes), left=True),
    *(_role_column(role) for role in Role),
    Column("Contacts\nhandled", "Contacts this person ended",
           lambda r: str(r.day.contacts_handled), lambda r: r.day.contacts_handled),
    Column("Tasks\nfinished", "Tasks this person finished",
           lambda r: str(r.day.tasks_finished), lambda r: r.day.tasks_finished),
    Column("Tasks\nleft open", "Tasks this person started today that are still open",
           lambda r: str(r.left_open), lambda r: r.left_open),
    Column("Switches", "Changes between contact and back office",
           lambda r: str(r.day.switches), lambda r: r.day.switches),
    Column("Contacts\nduring a task", "Contacts answered while a task was in progress",
           lambda r: str(r.day.interruptions), lambda r: r.day.interruptions),
    Column("Back office\nrealised", "Share of the planned back-office minutes spent on back "
           "office without serving a customer", _realised,
           lambda r: -1.0 if r.day.backoffice_realized is None
           else r2(r.day.backoffice_realized)),
)
NAME, NOTES, CONTACT, BACKOFFICE, BREAK, CONTACTS, FINISHED, LEFT_OPEN, SWITCHES, DURING_TASK, \
    REALISED = range(len(COLUMNS))


_ICONS: dict[str, QIcon] = {}


def role_icon(role: str) -> QIcon:
    if role not in _ICONS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(ROLE_COLORS[role]))
        _ICONS[role] = QIcon(pixmap)
    return _ICONS[role]


class SummaryTableModel(QAbstractTableModel):
    """Per-employee rows, updated by id: selection and scroll survive a refresh."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[EmployeeRow] = []

    def set_rows(self, rows: Sequence[EmployeeRow]) -> None:
        fresh = {r.id: r for r in rows}
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id not in fresh:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        for i, old in enumerate(self._rows):
            if fresh[old.id] != old:
                self._rows[i] = fresh[old.id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        known = {r.id for r in self._rows}
        added = [r for r in rows if r.id not in known]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def row_of(self, employee_id: str) -> EmployeeRow | None:
        return next((r for r in self._rows if r.id == employee_id), None)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or None
        if role == Qt.ItemDataRole.DecorationRole and column.role:
            return role_icon(column.role)  # the colour with its label, never alone
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(COLUMNS):
            return None
        row, col = self._rows[index.row()], index.column()
        column = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SortRole:
            return column.sort(row)
        if role == EmployeeIdRole:
            return row.id
        if role == FlagsRole:
            return list(row.day.flags)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column.left else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == NOTES and row.notes:
            return FLAG_TINT
        return None

    @staticmethod
    def _tooltip(row: EmployeeRow, col: int) -> str | None:
        if col in (CONTACT, BACKOFFICE, BREAK):
            role = tuple(Role)[col - CONTACT]
            return (f"{ROLE_LABELS[role]}: planned {row.planned(role):g} min, "
                    f"actual {row.actual(role):g} min")
        if col == NOTES and row.explained:
            return "\n".join(row.explained)
        rate = row.day.context_switches_per_hour
        if col == SWITCHES and rate is not None:
            return (f"{r2(rate):g} switches and contacts during a "
                    "task per working hour")
        return None


def sorted_view(model: SummaryTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """Sorted by name unless the reader clicks another header."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setDynamicSortFilter(True)
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    return proxy


# -- the team in six figures ------------------------------------------------------------------

SL_GOAL = 0.80  # answered within the channel's target wait (BRIEF: 80/20 and alike)
ABANDON_LIMIT = 0.05  # the Tilburg norm
TARGET_WORDS = {"phone": "20\u00a0s", "counter": "5\u00a0min", "chat": "60\u00a0s",
                "email": "2\u00a0days"}


@dataclass(frozen=True)
class Figure:
    """One of the team's big numbers: a caption, the value(s), and small print beneath."""

    key: str
    caption: str
    values: tuple[tuple[str, str, bool], ...]  # (label, value with unit, breach)
    detail: str


def target_words(seconds: float) -> str:
    if seconds >= 86_400 and seconds % 86_400 == 0:
        return plural(int(seconds // 86_400), "day", "days").replace(" ", "\u00a0")
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds / 60:g}\u00a0min"
    return f"{seconds:g}\u00a0s"


def _target(channel: str, targets: Mapping[str, float] | None) -> str:
    if targets and channel in targets:
        return target_words(targets[channel])
    return TARGET_WORDS.get(channel, "")


def team_figures(summary: DaySummary, targets: Mapping[str, float] | None = None
                 ) -> list[Figure]:
    """The six figures of the summary's top line."""
    team = summary.team
    channels = team.channels
    sl = tuple((CHANNEL_LABELS.get(c.channel, c.channel), pct(c.service_level),
                c.service_level is not None and r2(c.service_level) < SL_GOAL)
               for c in channels)
    waits = ", ".join(f"{CHANNEL_LABELS.get(c.channel, c.channel).lower()} "
                      f"{_target(c.channel, targets)}" for c in channels)
    offered = sum(c.offered for c in channels)
    abandoned = sum(c.abandoned for c in channels)
    share = abandoned / offered if offered else None
    extra = summary.extra
    backlog = team.backlog
    failure_cost = ""
    if extra is not None and r2(extra.total_cost):
        failure_cost = (f"; €\u00a0{r2(extra.failure_cost):,.0f} of "
                        f"€\u00a0{r2(extra.total_cost):,.0f} handling cost")
    return [
        Figure("service_level", "Service level", sl or (("", "—", False),),
               f"answered within target ({waits})" if channels else "no contacts arrived"),
        Figure("abandoned", "Abandoned", ((
            "", plural(abandoned, "contact", "contacts"),
            share is not None and share > ABANDON_LIMIT),),
            (f"{share * 100:.1f}% of {offered} offered; target at most 5%" if share is not None
             else "no contacts arrived")),
        Figure("fcr", "First-contact resolution",
               (("", pct(team.first_contact_resolution), False),),
               "of ended contacts resolved on the spot; target 80%"),
        Figure("failure_demand", "Failure demand",
               (("", pct(team.failure_demand_share), False),),
               "of contacts with a reason" + failure_cost),
        Figure("backlog_in", "Backlog in",
               (("", plural(backlog.created, "task", "tasks"), False),),
               f"new today; {backlog.open_start} open at the start"),
        Figure("backlog_out", "Backlog out",
               (("", plural(backlog.finished, "task", "tasks"), False),),
               f"finished, {backlog.cancelled} cancelled; {backlog.open_end} open at the "
               f"end, {backlog.overdue_end} past due"),
    ]
