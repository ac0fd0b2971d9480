"""The reason catalogue as a Qt table: one row per reason, read-only, coloured by demand."""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from balans.core.i18n import QT_TRANSLATE_NOOP, translate
from balans.core.reasons.catalogue import ReasonEntry
from balans.core.words import label, word

OUTCOME_WORDS = {"resolved": QT_TRANSLATE_NOOP("ReasonsModel", "Resolved"),
                 "follow_up": QT_TRANSLATE_NOOP("ReasonsModel", "Follow-up task"),
                 "referred": QT_TRANSLATE_NOOP("ReasonsModel", "Referred")}
HEADERS = (QT_TRANSLATE_NOOP("ReasonsModel", "Reason (customer's words)"),
           QT_TRANSLATE_NOOP("ReasonsModel", "Demand"),
           QT_TRANSLATE_NOOP("ReasonsModel", "Usually"),
           QT_TRANSLATE_NOOP("ReasonsModel", "Agreement"), "")


def outcome_label(outcome: str | None) -> str:
    """"Resolved", "Follow-up task", "Referred" in the user's language; "—" for none."""
    source = OUTCOME_WORDS.get(outcome or "")
    return translate("ReasonsModel", source) if source else label(outcome)
FAILURE_TINT = QColor(232, 163, 61, 40)  # amber, faint: failure demand, not an alarm


class ReasonsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.entries: list[ReasonEntry] = []

    def set_entries(self, entries: Sequence[ReasonEntry]) -> None:
        # A catalogue is a few dozen rows, read whole after every change: a reset is honest here.
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ReasonsModel", HEADERS[section]) if HEADERS[section] else ""
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.label, word("failure" if e.demand == "failure" else "value"),
                    outcome_label(e.usual_outcome),
                    (e.agreement or "—").replace("\n", " "),
                    translate("ReasonsModel", "retired") if e.retired else "")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.agreement or None
        if role == Qt.ItemDataRole.BackgroundRole and e.demand == "failure":
            return FAILURE_TINT
        if role == Qt.ItemDataRole.ForegroundRole and e.retired:
            return QColor(128, 128, 128)
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None
