"""The first rows of an export as they will be imported, or why a row cannot be."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from balans.core.i18n import QT_TRANSLATE_NOOP
from balans.core.imports.convert import Converted
from balans.core.words import word

PREVIEW_ROWS = 50
AMBER = QColor("#B5651D")
_LINE = QT_TRANSLATE_NOOP("ImportPreviewModel", "Line")
_CHANNEL = QT_TRANSLATE_NOOP("ImportPreviewModel", "Channel")
_ANSWERED = QT_TRANSLATE_NOOP("ImportPreviewModel", "Answered")
_ABANDONED = QT_TRANSLATE_NOOP("ImportPreviewModel", "Abandoned")
COLUMNS = {  # (header, translated where shown; the event's field)
    "calls": ((_LINE, None), (QT_TRANSLATE_NOOP("ImportPreviewModel", "Arrived"), "ts"),
              (_CHANNEL, "channel"), (_ANSWERED, "answered_at"),
              (QT_TRANSLATE_NOOP("ImportPreviewModel", "Ended"), "ended_at"),
              (_ABANDONED, "abandoned_at"),
              (QT_TRANSLATE_NOOP("ImportPreviewModel", "Employee"), "employee"),
              (QT_TRANSLATE_NOOP("ImportPreviewModel", "Reason"), "reason")),
    "intervals": ((_LINE, None), (QT_TRANSLATE_NOOP("ImportPreviewModel", "Start"), "start"),
                  (QT_TRANSLATE_NOOP("ImportPreviewModel", "End"), "end"), (_CHANNEL, "channel"),
                  (QT_TRANSLATE_NOOP("ImportPreviewModel", "Offered"), "offered"),
                  (_ANSWERED, "answered"), (_ABANDONED, "abandoned"),
                  (QT_TRANSLATE_NOOP("ImportPreviewModel", "Handling s"), "handle_s")),
}


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.kind = "calls"
        self.rows: list[tuple[int, dict[str, Any] | None, str | None]] = []

    def set_converted(self, kind: str, converted: Converted | None) -> None:
        """A new preview replaces the old one whole (another file or mapping): a reset."""
        self.beginResetModel()
        self.kind = kind
        rows: list[tuple[int, dict[str, Any] | None, str | None]] = []
        if converted is not None:
            rows += [(line, e.to_json(), None) for line, e in converted.events[:PREVIEW_ROWS]]
            rows += [(line, None, why) for line, why in converted.errors[:PREVIEW_ROWS]]
        self.rows = sorted(rows, key=lambda r: r[0])[:PREVIEW_ROWS]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS[self.kind])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[self.kind][section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, event, error = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return AMBER
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error  # the whole reason, when a narrow preview cuts it off
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return str(line)
        if error is not None:
            return error if index.column() == 1 else ""
        field = COLUMNS[self.kind][index.column()][1]
        value = event.get(field)
        if field == "channel" and value:
            return word(value)  # "phone", "telefoon": the user's word for the stored value
        if isinstance(value, str) and len(value) == 25 and value[10] == "T":
            return value[:16].replace("T", " ")  # local time as the export had it
        return "" if value is None else str(value)
