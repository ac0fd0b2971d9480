"""Team members as a table model, updated by member id (rows that stay keep their selection)."""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from balans.core.i18n import QT_TRANSLATE_NOOP, fill
from balans.core.roster.model import Member
from balans.core.words import label

NAME, IDENT, CHANNELS_ = range(3)
HEADERS = (QT_TRANSLATE_NOOP("TeamModel", "Name"), QT_TRANSLATE_NOOP("TeamModel", "Short id"),
           QT_TRANSLATE_NOOP("TeamModel", "Channels"))
MemberRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class TeamModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Member] = []

    def set_members(self, members: Sequence[Member]) -> None:
        """Remove the rows that left, update the ones that changed, insert the new ones in
        order (the list comes sorted by name)."""
        fresh = {m.id: m for m in members}
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id not in fresh:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, old in enumerate(self._rows):
            if fresh[old.id] != old:
                self._rows[row] = fresh[old.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        have = {m.id for m in self._rows}
        for member in members:
            if member.id in have:
                continue
            row = sum(1 for m in self._rows if (m.name.casefold(), m.id)
                      < (member.name.casefold(), member.id))
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, member)
            self.endInsertRows()

    def member(self, row: int) -> Member | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: str) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), -1)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = m.name if m.active else fill(self.tr("%1 (left the team)"), m.name)
            return (name, m.id, ", ".join(label(c) for c in m.channels))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not m.active:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == MemberRole:
            return m
        return None
