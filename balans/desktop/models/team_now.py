"""TEAM NOW: who is planned for what, what they are doing, what the day did to them so far.

Sorted by name, never by a figure: this is not a ranking. Rows are kept by employee id; an update
inserts and removes rows and emits ``dataChanged`` only for rows that changed, so a selection or
a scroll position survives the refresh every few seconds.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.live.model import EmployeeLive
from balans.core.vocabulary import Flag
from balans.core.words import word
from balans.desktop.i18n import number
from balans.desktop.models.tasks import local_day
from balans.desktop.resources import role_icon
from balans.desktop.theme import AMBER

COLUMNS = (QT_TRANSLATE_NOOP("TeamNow", "Name"), QT_TRANSLATE_NOOP("TeamNow", "Planned"),
           QT_TRANSLATE_NOOP("TeamNow", "Next"), QT_TRANSLATE_NOOP("TeamNow", "Actual"),
           QT_TRANSLATE_NOOP("TeamNow", "Doing"), QT_TRANSLATE_NOOP("TeamNow", "Today"))
NAME, PLANNED, NEXT, ACTUAL, DOING, TODAY = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the employee id of a row
ROLE_ROLE = Qt.ItemDataRole.UserRole + 2  # "contact", "backoffice", ... in Planned and Actual
WARN_ROLE = Qt.ItemDataRole.UserRole + 3  # True where the cell carries an amber ⚠
_Index = QModelIndex | QPersistentModelIndex


class TeamNow(QObject):
    """The context of this module's sentences for Qt's translator: ``TeamNow.tr(text, "", n)``
    is how lupdate sees a plural outside a Qt class."""


def role_text(role: str | None) -> str:
    """"back office", "contact", ... inside a sentence or a cell ("—" for none)."""
    return word(role)


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    on_shift: bool  # on shift or at work anyway: not greyed out
    planned: str | None
    next: str
    actual: str | None
    differs: bool
    doing: str
    doing_tip: str
    today: str
    today_warn: bool
    today_tip: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.name.casefold(), self.id)


def doing_text(e: EmployeeLive, now: datetime) -> tuple[str, str]:
    """("phone, 3 min" or the task in hand, tooltip)."""
    if e.serving_channel is not None and e.serving_since is not None:
        minutes = int(max(0.0, (now - e.serving_since).total_seconds()) // 60)
        channel = word(e.serving_channel)
        spent = (translate("TeamNow", "<1 min") if minutes < 1
                 else fill(translate("TeamNow", "%1 min"), minutes))
        return (f"{channel}, {spent}",
                fill(translate("TeamNow", "Serving a %1 contact since %2"), channel,
                     f"{e.serving_since:%H:%M}"))
    if e.tasks_in_progress:
        task = e.tasks_in_progress[-1]
        title = task.title or task.task
        more = len(e.tasks_in_progress) - 1
        text = title if len(title) <= 42 else title[:40].rstrip() + "…"
        if more:
            text += f" (+{more})"
        tips = [fill(translate("TeamNow", "%1 — since %2"), t.title or t.task, f"{t.since:%H:%M}")
                + (fill(translate("TeamNow", ", due %1"), local_day(t.due)) if t.due else "")
                for t in e.tasks_in_progress]
        return text, "\n".join(tips)
    return "—", ""


def today_text(e: EmployeeLive) -> tuple[str, bool, str]:
    """Switches in small words; a flag as a short amber sentence about the day, not the person."""
    parts = []
    n = e.switches
    if n:
        parts.append(TeamNow.tr("%n switch(es)", "", n))
    warn = False
    if Flag.CONTEXT_SWITCHING in e.flags:
        parts = [fill(translate("TeamNow", "⚠ back and forth %1x"), e.switches + e.interruptions)]
        warn = True
    if Flag.BACKOFFICE_NOT_REALIZED in e.flags:
        parts.append(translate("TeamNow", "⚠ back office lost to contacts"))
        warn = True
    tip = TeamNow.tr("%n switch(es) between contact and back office", "", n)
    n = e.interruptions
    tip += ", " + TeamNow.tr("%n contact(s) during a task", "", n)
    if e.context_switches_per_hour is not None:
        tip += fill(translate("TeamNow", " (%1 an hour)"), number(e.context_switches_per_hour, 1))
    return (" · ".join(parts) or "—"), warn, tip


def next_text(e: EmployeeLive) -> str:
    """The next planned block: "back office 12:00" (or "—")."""
    if e.next_role is None or e.next_start is None:
        return "—"
    return f"{role_text(e.next_role)} {e.next_start:%H:%M}"


def row_of(e: EmployeeLive, now: datetime) -> Row:
    # Someone serving or working outside their planned shift is at work: not "off shift".
    present = e.present
    doing, doing_tip = doing_text(e, now) if present else (translate("TeamNow", "off shift"), "")
    if present and not e.on_shift:
        doing_tip = ((doing_tip + "\n" if doing_tip else "")
                     + translate("TeamNow", "Outside the planned shift"))
    today, warn, tip = today_text(e)
    differs = (e.on_shift and e.planned_role is not None and e.mode is not None
               and e.mode != e.planned_role)
    return Row(e.employee, e.name, present, e.planned_role if e.on_shift else None,
               next_text(e), e.mode, differs, doing, doing_tip, today, warn, tip)


_D, _TIP, _DECO, _BG = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                         Qt.ItemDataRole.DecorationRole,
                                         Qt.ItemDataRole.BackgroundRole))
_FG = int(Qt.ItemDataRole.ForegroundRole)


def display(row: Row, col: int) -> str:
    if col == NAME:
        return row.name
    if col == PLANNED:
        return role_text(row.planned) if row.planned else "—"
    if col == NEXT:
        return row.next
    if col == ACTUAL:
        return role_text(row.actual) + ("  ⚠" if row.differs else "")
    if col == DOING:
        return row.doing
    return row.today


def warns(row: Row, col: int) -> bool:
    return (col == ACTUAL and row.differs) or (col == TODAY and row.today_warn)


def cells(row: Row) -> tuple[dict[int, Any], ...]:
    """Every role of every cell of a row, computed once when the row changes."""
    tint = QColor(AMBER)
    tint.setAlpha(70)
    out = []
    for col in range(len(COLUMNS)):
        cell: dict[int, Any] = {_D: display(row, col), int(ID_ROLE): row.id,
                                int(WARN_ROLE): warns(row, col)}
        tip = {DOING: row.doing_tip, TODAY: row.today_tip}.get(col)
        if tip:
            cell[_TIP] = tip
        if col in (PLANNED, ACTUAL):
            role = row.planned if col == PLANNED else row.actual
            cell[int(ROLE_ROLE)] = role
            if role is not None:
                cell[_DECO] = role_icon(role)  # the colour, and a shape for who cannot see it
        if cell[int(WARN_ROLE)]:
            cell[_BG] = tint
        out.append(cell)
    return tuple(out)


class TeamNowModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cells: list[tuple[dict[int, Any], ...]] = []
        self._people: tuple[EmployeeLive, ...] = ()
        # Did the last update change rows or the text of a column that fits its contents?
        # (The view refits those columns only then: measuring them asks every row.)
        self.widths_changed = False

    # ------------------------------------------------------------------ updating
    def set_employees(self, employees: Iterable[EmployeeLive], now: datetime) -> None:
        self._people = tuple(employees)
        self._apply(sorted((row_of(e, now) for e in self._people), key=lambda r: r.key))

    def tick(self, now: datetime) -> None:
        """The minutes in Doing move on with the clock; nothing else changes."""
        self.set_employees(self._people, now)

    def _apply(self, rows: list[Row]) -> None:
        self.widths_changed = False
        wanted = {r.id: r.key for r in rows}
        # Gone, or renamed (its place in the order moves): remove; what stays keeps its order.
        for i in reversed(range(len(self._rows))):
            if wanted.get(self._rows[i].id) != self._rows[i].key:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                del self._cells[i]
                self.endRemoveRows()
                self.widths_changed = True
        last = len(COLUMNS) - 1
        for i, row in enumerate(rows):
            if i < len(self._rows) and self._rows[i].id == row.id:
                old = self._rows[i]
                if old != row:
                    self._rows[i], self._cells[i] = row, cells(row)
                    self.widths_changed |= any(
                        display(old, c) != display(row, c)
                        for c in range(len(COLUMNS)) if c != DOING)
                    self.dataChanged.emit(self.index(i, 0), self.index(i, last))
            else:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, row)
                self._cells.insert(i, cells(row))
                self.endInsertRows()
                self.widths_changed = True

    def column_texts(self, col: int) -> list[str]:
        return [c[col][_D] for c in self._cells]

    def row_for(self, employee: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == employee), -1)

    # ------------------------------------------------------------------ reading
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("TeamNow", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = index.row()
        if not index.isValid() or not (0 <= r < len(self._rows)):
            return None
        value = self._cells[r][index.column()].get(role)
        if value is None and role == _FG and not self._rows[r].on_shift:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return value
