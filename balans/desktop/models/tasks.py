"""Backlog tasks as a table model, updated by task id.

Each refresh hands over the whole list, but the model only removes the rows that left, emits
``dataChanged`` for rows whose content changed and appends the new ones; selection and scroll
position survive the journal ticking along. Sorting is a proxy's job (``SortRole``).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QObject, Qt
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QColor

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.live.myshift import TaskItem
from balans.desktop.theme import AMBER

TITLE, DUE, AGE, STATUS, OWNER = range(5)
HEADERS = (QT_TRANSLATE_NOOP("Tasks", "Task"), QT_TRANSLATE_NOOP("Tasks", "Due"),
           QT_TRANSLATE_NOOP("Tasks", "Age"), QT_TRANSLATE_NOOP("Tasks", "Status"),
           QT_TRANSLATE_NOOP("Tasks", "With"))
STATUS_LABELS = {"open": QT_TRANSLATE_NOOP("Tasks", "Open"),
                 "in_progress": QT_TRANSLATE_NOOP("Tasks", "In progress"),
                 "paused": QT_TRANSLATE_NOOP("Tasks", "Paused"),
                 "finished": QT_TRANSLATE_NOOP("Tasks", "Done"),
                 "cancelled": QT_TRANSLATE_NOOP("Tasks", "Cancelled")}
SortRole = Qt.ItemDataRole.UserRole + 1
TaskIdRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex


def span_text(seconds: float) -> str:
    """A duration the way people say it: 40 s, 12 min, 3 h, 4 d."""
    seconds = max(0.0, seconds)
    if seconds < 120:
        return fill(translate("Tasks", "%1 s"), int(seconds))
    if seconds < 120 * 60:
        return fill(translate("Tasks", "%1 min"), int(seconds // 60))
    if seconds < 48 * 3600:
        return fill(translate("Tasks", "%1 h"), int(seconds // 3600))
    return fill(translate("Tasks", "%1 d"), int(seconds // 86400))


def status_text(status: str) -> str:
    """"Open", "In progress", ... in the user's language."""
    source = STATUS_LABELS.get(status)
    return translate("Tasks", source) if source else status


def local_day(moment: datetime) -> str:
    """A day in the user's own language and order ("Mon 23 Nov", "ma 23 nov")."""
    from PySide6.QtCore import QDate, QLocale

    day = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(day, "ddd d MMM")


def due_text(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "—"
    local = due.astimezone(now.tzinfo)
    label = (fill(translate("Tasks", "today %1"), f"{local:%H:%M}") if local.date() == now.date()
             else local_day(local))
    # Overdue is said in words as well as in amber: colour never carries meaning alone.
    return fill(translate("Tasks", "%1 · overdue"), label) if due < now else label


class TaskTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[TaskItem] = []
        self._now: datetime | None = None

    # ------------------------------------------------------------------ updating
    def set_tasks(self, tasks: Sequence[TaskItem], now: datetime) -> None:
        fresh = {t.id: t for t in tasks}
        # Remove rows that left, bottom up, one contiguous run at a time.
        row = len(self._rows) - 1
        while row >= 0:
            if self._rows[row].id in fresh:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self._rows[row - 1].id not in fresh:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self._rows[row:last + 1]
            self.endRemoveRows()
            row -= 1
        time_moved = now != self._now
        self._now = now
        for i, old in enumerate(self._rows):
            new = fresh[old.id]
            if new != old:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
        if time_moved and self._rows:  # ages and overdue marks follow the clock
            self.dataChanged.emit(self.index(0, DUE), self.index(len(self._rows) - 1, AGE))
        known = {t.id for t in self._rows}
        added = [t for t in tasks if t.id not in known]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def task_at(self, row: int) -> TaskItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return translate("Tasks", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task, col = self._rows[index.row()], index.column()
        now = self._now or task.created
        overdue = task.due is not None and task.due < now
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, col, now)
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return task.title
        if role == SortRole:
            return self._sort_key(task, col, now)
        if role == TaskIdRole:
            return task.id
        if role == OverdueRole:
            return overdue
        if col == DUE and overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(AMBER)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#2B2B2B")  # dark on amber reads in light and dark palettes
        return None

    def _display(self, task: TaskItem, col: int, now: datetime) -> str:
        if col == TITLE:
            return task.title
        if col == DUE:
            return due_text(task.due, now)
        if col == AGE:
            return span_text((now - task.created).total_seconds())
        if col == STATUS:
            return status_text(task.status)
        return task.holder_name or "—"

    @staticmethod
    def _sort_key(task: TaskItem, col: int, now: datetime) -> Any:
        if col == TITLE:
            return task.title.casefold()
        if col == DUE:  # tasks without a due date sort after every dated one
            return task.due.timestamp() if task.due else float("inf")
        if col == AGE:
            return (now - task.created).total_seconds()
        if col == STATUS:
            return status_text(task.status)
        return (task.holder_name or "").casefold()


def sorted_view(model: TaskTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts on the model's sort keys (dates as times, ages as seconds)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setDynamicSortFilter(True)
    return proxy
