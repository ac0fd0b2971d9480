"""A week of shifts as a table: a row per team member, a column per day, then their hours.

Shifts can be dragged to another day or person (Ctrl-drag copies). The model never changes
itself on a drop: it says what was asked (``shift_dropped``) and the panel writes it to the
journal; the grid shows the change after the reload, so it never shows what is not stored.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from balans.core.i18n import fill
from balans.core.roster.model import Member, Shift, Week
from balans.desktop.formats import day_text
from balans.desktop.i18n import number

MIME = "application/x-balans-shift"
HOURS = 7  # the column after the seven days
ShiftsRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class WeekModel(QAbstractTableModel):
    shift_dropped = Signal(object, str, object, bool)  # Shift, employee, day, copy

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.week: Week | None = None
        self.today: date | None = None

    def set_week(self, week: Week, today: date) -> None:
        old = self.week
        same_rows = (old is not None and old.monday == week.monday
                     and [m.id for m in old.members] == [m.id for m in week.members])
        if not same_rows:
            self.beginResetModel()
            self.week, self.today = week, today
            self.endResetModel()
            return
        self.week, self.today = week, today
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, HOURS))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, HOURS)

    def member(self, row: int) -> Member | None:
        if self.week is None or not 0 <= row < len(self.week.members):
            return None
        return self.week.members[row]

    def day(self, column: int) -> date | None:
        return self.week.days[column] if self.week is not None and 0 <= column < 7 else None

    def shifts_at(self, index: AnyIndex) -> list[Shift]:
        member, day = self.member(index.row()), self.day(index.column())
        if member is None or day is None or self.week is None:
            return []
        return self.week.shifts_of(member.id, day)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.week is None else len(self.week.members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else HOURS + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        week = self.week
        if week is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            member = self.member(section)
            if role == Qt.ItemDataRole.DisplayRole and member is not None:
                return member.name if member.active else fill(self.tr("%1 (left)"), member.name)
            return None
        day = self.day(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if day is None:
                return self.tr("Hours")
            n = sum(1 for s in week.shifts if s.day == day)
            lines = [day_text(day, "ddd d MMM"), self.tr("%n on shift", "", n)]
            if day == self.today:  # a line of its own: narrow columns never cut it off
                lines.append(self.tr("today"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and day is not None and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member(index.row())
        if member is None or self.week is None:
            return None
        if index.column() == HOURS:
            if role == Qt.ItemDataRole.DisplayRole:
                return fill(self.tr("%1 h"), number(self.week.hours_of(member.id), 1))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        shifts = self.shifts_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(s.label() for s in shifts)
        if role == Qt.ItemDataRole.ToolTipRole and shifts:
            return "\n".join(fill(self.tr("%1: %2 %3 (%4 h)"), member.name,
                                  day_text(s.start, "dddd d MMMM"), s.label(),
                                  number(s.hours, 1))
                             for s in shifts) + "\n" + self.tr("Drag to move · Ctrl-drag to copy")
        if role == Qt.ItemDataRole.BackgroundRole and shifts:
            shade = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            shade.setAlpha(70)
            return shade
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ShiftsRole:
            return shifts
        return None

    # ------------------------------------------------------------------ drag and drop
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() < HOURS:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if self.shifts_at(index):
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            data.setData(MIME, QByteArray(f"{indexes[0].row()},{indexes[0].column()}".encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: AnyIndex) -> bool:
        if not data.hasFormat(MIME) or not parent.isValid() or parent.column() >= HOURS:
            return False
        src_row, src_col = (int(x) for x in bytes(data.data(MIME).data()).decode().split(","))
        shifts = self.shifts_at(self.index(src_row, src_col))
        member, day = self.member(parent.row()), self.day(parent.column())
        if not shifts or member is None or day is None:
            return False
        if (parent.row(), parent.column()) == (src_row, src_col):
            return False
        self.shift_dropped.emit(shifts[0], member.id, day, action == Qt.DropAction.CopyAction)
        return False  # the journal changes, not this model; the reload shows the move
