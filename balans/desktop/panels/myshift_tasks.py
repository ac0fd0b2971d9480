"""The "My tasks | Team backlog" tabs of My shift: two sorted tables over id-updated models."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from balans.core.i18n import fill
from balans.core.live.myshift import MyShiftSnapshot, TaskItem
from balans.desktop.models.tasks import (AGE, DUE, OWNER, STATUS, TITLE, TaskIdRole,
                                         TaskTableModel, sorted_view)


def _table(model: TaskTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(sorted_view(model, view))
    view.setSortingEnabled(True)
    view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)  # what is due first comes first
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    for col in (DUE, AGE, STATUS, OWNER):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 1.9))
    return view


class TaskTabs(QWidget):
    """Tables plus the buttons that act on the selected row of the visible table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mine = TaskTableModel(self)
        self.backlog = TaskTableModel(self)
        self.tabs = QTabWidget()
        self.mine_view = _table(self.mine, self)
        self.backlog_view = _table(self.backlog, self)
        self.mine_view.setColumnHidden(OWNER, True)  # "with" is always me there
        self.tabs.addTab(self.mine_view, self.tr("My tasks"))
        self.tabs.addTab(self.backlog_view, self.tr("Team backlog"))
        self.start = QPushButton(self.tr("Start"))
        self.pause = QPushButton(self.tr("Pause"))
        self.done = QPushButton(self.tr("Done"))
        self.new = QPushButton(self.tr("New task…"))
        row = QHBoxLayout()
        for button in (self.start, self.pause, self.done):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self._me: str | None = None
        self._first = True
        for view in (self.mine_view, self.backlog_view):
            view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.tabs.currentChanged.connect(lambda _i: self.update_buttons())

    def show_snapshot(self, snap: MyShiftSnapshot) -> None:
        self._me = snap.me
        self.mine.set_tasks(snap.my_tasks, snap.now)
        self.backlog.set_tasks(snap.backlog, snap.now)
        self.tabs.setTabText(0, fill(self.tr("My tasks (%1)"), len(snap.my_tasks)))
        self.tabs.setTabText(1, fill(self.tr("Team backlog (%1)"), snap.backlog_total))
        self.new.setEnabled(snap.me is not None)
        if self._first:  # open on the backlog when I hold nothing; later, never jump tabs
            self._first = False
            self.tabs.setCurrentIndex(0 if snap.my_tasks else 1)
        self.update_buttons()

    def selected(self) -> TaskItem | None:
        view = self.tabs.currentWidget()
        assert isinstance(view, QTableView)
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = view.model()
        source = proxy.mapToSource(rows[0])  # type: ignore[attr-defined]
        return proxy.sourceModel().task_at(source.row())  # type: ignore[attr-defined]

    def select_task(self, task_id: str) -> bool:
        """Select a task by id in the visible table (used by tests and after creating one)."""
        view = self.tabs.currentWidget()
        assert isinstance(view, QTableView)
        proxy = view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(TaskIdRole) == task_id:
                view.selectRow(row)
                return True
        return False

    def update_buttons(self) -> None:
        task = self.selected() if self._me else None
        mine_now = task is not None and task.holder == self._me and task.status == "in_progress"
        self.start.setEnabled(task is not None and not mine_now)
        self.pause.setEnabled(mine_now)
        self.done.setEnabled(task is not None)
