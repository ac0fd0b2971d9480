"""The end-of-day summary per employee as a table model, and the team's figures in words.

Every number comes from the typed ``DaySummary``, rounded as ``balans summary --json`` rounds
it, so the panel, the PDF and the command line show the same values (minutes are shown whole,
with the exact value in the tooltip). Rows are updated by employee id; sorting is a proxy's job (``SortRole``). Flags are
worded as what the day did to someone, never as a score, and there is no rank column.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from PySide6.QtCore import (QAbstractTableModel, QLocale, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, QSortFilterProxyModel)
from PySide6.QtGui import QColor, QIcon, QPixmap

from balans.core.i18n import QT_TRANSLATE_NOOP, Counted, fill, translate
from balans.core.summary.model import DaySummary, EmployeeDay, r2
from balans.core.summary.text import flag_notes
from balans.core.vocabulary import Flag, Role
from balans.core.words import label, word
from balans.desktop.theme import AMBER, ROLE_COLORS

SummaryTable = Counted("SummaryTable")  # plurals; lupdate takes the name as context


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


def decimal(value: float) -> str:
    """A number as short as it goes (37.5, 40), with the language's decimal sign."""
    return f"{value:g}".replace(".", QLocale().decimalPoint())


def money(value: float) -> str:
    """Whole euros with the language's thousands separator (1,234 / 1.234)."""
    return QLocale().toString(float(round(value)), "f", 0)


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
                        person, notes_for(person),
                        tuple(flag_notes(person, lambda x: decimal(round(x, 1)))))
            for person in summary.employees]


def notes_for(day: EmployeeDay) -> tuple[str, ...]:
    """A few plain words per flag: what the plan or the day did to this person."""
    notes = []
    if Flag.CONTEXT_SWITCHING in day.flags:
        notes.append(pulled_note(day.switches + day.interruptions))
    if Flag.UNFINISHED_TASKS in day.flags:
        n = len(day.unfinished_tasks)
        notes.append(SummaryTable.tr("%n task(s) left open", "", n))
    if Flag.BACKOFFICE_NOT_REALIZED in day.flags and day.backoffice_realized is not None:
        planned = r2(day.planned_minutes.backoffice)
        got = planned * r2(day.backoffice_realized)
        notes.append(fill(translate("SummaryTable", "got %1 of %2 min back office"), whole(got),
                          whole(planned)))
    return tuple(notes)


def pulled_note(n: int) -> str:
    """"pulled into contacts 3 times"."""
    return SummaryTable.tr("pulled into contacts %n time(s)", "", n)


# -- columns ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    header: str  # marked with QT_TRANSLATE_NOOP; %1 is the role's label
    tip: str
    text: Callable[[EmployeeRow], str]
    sort: Callable[[EmployeeRow], Any]
    role: str | None = None  # a role colour for the header
    left: bool = False

    def title(self) -> str:
        """The header in the user's language."""
        return fill(translate("SummaryTable", self.header), label(self.role))

    def tooltip(self) -> str:
        return fill(translate("SummaryTable", self.tip), label(self.role)) if self.tip else ""


def _role_column(role: str) -> Column:
    return Column(QT_TRANSLATE_NOOP("SummaryTable", "%1\nplanned → actual"),
                  QT_TRANSLATE_NOOP("SummaryTable", "%1: planned minutes → actual minutes"),
                  lambda r: f"{whole(r.planned(role))} → {whole(r.actual(role))} min",
                  lambda r: r.actual(role), role=role)


def _realised(r: EmployeeRow) -> str:
    return pct(r.day.backoffice_realized)


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Name"), "", lambda r: r.name,
           lambda r: r.name.casefold(), left=True),
    # Right after the name, so the notes stay in view when a large font makes the table scroll.
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Notes"),
           QT_TRANSLATE_NOOP("SummaryTable", "What the day did to this person (not a score)"),
           lambda r: "\n".join(r.notes), lambda r: len(r.notes), left=True),
    *(_role_column(role) for role in Role),
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Contacts\nhandled"),
           QT_TRANSLATE_NOOP("SummaryTable", "Contacts this person ended"),
           lambda r: str(r.day.contacts_handled), lambda r: r.day.contacts_handled),
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Tasks\nfinished"),
           QT_TRANSLATE_NOOP("SummaryTable", "Tasks this person finished"),
           lambda r: str(r.day.tasks_finished), lambda r: r.day.tasks_finished),
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Tasks\nleft open"),
           QT_TRANSLATE_NOOP("SummaryTable", "Tasks this person started today that are still "
                             "open"),
           lambda r: str(r.left_open), lambda r: r.left_open),
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Switches"),
           QT_TRANSLATE_NOOP("SummaryTable", "Changes between contact and back office"),
           lambda r: str(r.day.switches), lambda r: r.day.switches),
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Contacts\nduring a task"),
           QT_TRANSLATE_NOOP("SummaryTable", "Contacts answered while a task was in progress"),
           lambda r: str(r.day.interruptions), lambda r: r.day.interruptions),
    Column(QT_TRANSLATE_NOOP("SummaryTable", "Back office\nrealised"),
           QT_TRANSLATE_NOOP("SummaryTable", "Share of the planned back-office minutes spent "
                             "on back office without serving a customer"), _realised,
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
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip() or None
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
            return fill(translate("SummaryTable", "%1: planned %2 min, actual %3 min"), label(role),
                        decimal(row.planned(role)), decimal(row.actual(role)))
        if col == NOTES and row.explained:
            return "\n".join(row.explained)
        rate = row.day.context_switches_per_hour
        if col == SWITCHES and rate is not None:
            return fill(translate("SummaryTable", "%1 switches and contacts during a task per "
                                  "working hour"), decimal(r2(rate)))
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
TARGET_SECONDS = {"phone": 20.0, "counter": 300.0, "chat": 60.0, "email": 172_800.0}


@dataclass(frozen=True)
class Figure:
    """One of the team's big numbers: a caption, the value(s), and small print beneath."""

    key: str
    caption: str
    values: tuple[tuple[str, str, bool], ...]  # (label, value with unit, breach)
    detail: str


def target_words(seconds: float) -> str:
    if seconds >= 86_400 and seconds % 86_400 == 0:
        n = int(seconds // 86_400)
        return SummaryTable.tr("%n day(s)", "", n).replace(" ", "\u00a0")
    if seconds >= 120 and seconds % 60 == 0:
        return f"{decimal(seconds / 60)}\u00a0min"
    return f"{decimal(seconds)}\u00a0s"


def _target(channel: str, targets: Mapping[str, float] | None) -> str:
    if targets and channel in targets:
        return target_words(targets[channel])
    return target_words(TARGET_SECONDS[channel]) if channel in TARGET_SECONDS else ""


def team_figures(summary: DaySummary, targets: Mapping[str, float] | None = None
                 ) -> list[Figure]:
    """The six figures of the summary's top line."""
    team = summary.team
    channels = team.channels
    sl = tuple((label(c.channel), pct(c.service_level),
                c.service_level is not None and r2(c.service_level) < SL_GOAL)
               for c in channels)
    waits = ", ".join(f"{word(c.channel)} {_target(c.channel, targets)}" for c in channels)
    offered = sum(c.offered for c in channels)
    abandoned = sum(c.abandoned for c in channels)
    share = abandoned / offered if offered else None
    extra = summary.extra
    backlog = team.backlog
    failure_cost = ""
    if extra is not None and r2(extra.total_cost):
        failure_cost = fill(translate("SummaryTable", "; € %1 of € %2 handling cost"),
                            money(r2(extra.failure_cost)), money(r2(extra.total_cost))
                            ).replace("€ ", "€\u00a0")
    nobody = translate("SummaryTable", "no contacts arrived")
    n = abandoned
    lost = SummaryTable.tr("%n contact(s)", "", n)
    n = backlog.created
    created = SummaryTable.tr("%n task(s)", "", n)
    n = backlog.finished
    finished = SummaryTable.tr("%n task(s)", "", n)
    return [
        Figure("service_level", translate("SummaryTable", "Service level"),
               sl or (("", "—", False),),
               fill(translate("SummaryTable", "answered within target (%1)"), waits) if channels
               else nobody),
        Figure("abandoned", translate("SummaryTable", "Abandoned"), ((
            "", lost, share is not None and share > ABANDON_LIMIT),),
            fill(translate("SummaryTable", "%1% of %2 offered; target at most 5%"),
                 QLocale().toString(share * 100, "f", 1), offered)
            if share is not None else nobody),
        Figure("fcr", translate("SummaryTable", "First-contact resolution"),
               (("", pct(team.first_contact_resolution), False),),
               translate("SummaryTable", "of ended contacts resolved on the spot; target 80%")),
        Figure("failure_demand", translate("SummaryTable", "Failure demand"),
               (("", pct(team.failure_demand_share), False),),
               translate("SummaryTable", "of contacts with a reason") + failure_cost),
        Figure("backlog_in", translate("SummaryTable", "Backlog in"), (("", created, False),),
               fill(translate("SummaryTable", "new today; %1 open at the start"),
                    backlog.open_start)),
        Figure("backlog_out", translate("SummaryTable", "Backlog out"), (("", finished, False),),
               fill(translate("SummaryTable", "finished, %1 cancelled; %2 open at the end, %3 "
                              "past due"),
                    backlog.cancelled, backlog.open_end, backlog.overdue_end)),
    ]
