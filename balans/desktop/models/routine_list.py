"""The daily routine as a Qt model: what is new or changed since the previous working day, each
marked acted upon or not (``balans.core.routine.compute``).

A busy day has a thousand contacts and nearly all of them were served on the spot; like the
terminal text, the list counts those per channel and leaves them out by default
(``RoutineFilter``), so what still needs picking up stands out. Rows are updated by key.
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any, Callable, Mapping, Sequence

from PySide6.QtCore import (QAbstractTableModel, QDate, QLocale, QModelIndex, QObject,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt)

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.routine.model import Routine, RoutineItem
from balans.core.words import word

SortRole = Qt.ItemDataRole.UserRole + 1
ActedRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
RefRole = Qt.ItemDataRole.UserRole + 4
AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("Routine", "When"), QT_TRANSLATE_NOOP("Routine", "New or changed"),
           QT_TRANSLATE_NOOP("Routine", "Acted upon"))
WHEN, WHAT, ACTED = range(3)
ACTION_WORDS = {"answered": QT_TRANSLATE_NOOP("Routine", "answered"),
                "ended": QT_TRANSLATE_NOOP("Routine", "served"),
                "started": QT_TRANSLATE_NOOP("Routine", "started"),
                "paused": QT_TRANSLATE_NOOP("Routine", "started"),
                "finished": QT_TRANSLATE_NOOP("Routine", "finished"),
                "cancelled": QT_TRANSLATE_NOOP("Routine", "cancelled")}
FIELD_WORDS = {"title": QT_TRANSLATE_NOOP("Routine", "title"),
               "due": QT_TRANSLATE_NOOP("Routine", "due date"),
               "kind": QT_TRANSLATE_NOOP("Routine", "kind"),
               "estimate_min": QT_TRANSLATE_NOOP("Routine", "estimate")}


def _said(table: Mapping[str, str], key: str) -> str:
    return translate("Routine", table[key]) if key in table else key


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def item_key(item: RoutineItem) -> tuple:
    return (item.kind, item.ref, item.ts, item.text if item.ref is None else "")


def served_contact(item: RoutineItem) -> bool:
    return item.kind == "contact.arrived" and item.acted_upon is True


class RoutineListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[RoutineItem] = []
        self._names: Mapping[str, str] = {}
        self._day = None

    def set_routine(self, routine: Routine | None, names: Mapping[str, str]) -> None:
        items: Sequence[RoutineItem] = routine.items if routine is not None else ()
        self._names = names
        self._day = routine.date if routine is not None else None
        fresh = {item_key(i): i for i in items}
        for row in range(len(self._items) - 1, -1, -1):
            if item_key(self._items[row]) not in fresh:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
        for row, old in enumerate(self._items):
            new = fresh[item_key(old)]
            if new != old:
                self._items[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        known = {item_key(i) for i in self._items}
        added = [i for i in items if item_key(i) not in known]
        if added:
            start = len(self._items)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._items.extend(added)
            self.endInsertRows()

    def _name(self, employee: str | None) -> str:
        return self._names.get(employee or "", employee or translate("Routine", "someone"))

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return translate("Routine", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items) \
                or not 0 <= index.column() < len(HEADERS):
            return None
        item, col = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._when, self._what, self._acted)[col](item)
        if role == SortRole:
            return item.ts.timestamp()
        if role == ActedRole:
            return item.acted_upon
        if role == KindRole:
            return item.kind
        if role == RefRole:
            return item.ref
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line (a narrow column elides it)
            text = f"{self._what(item)} · {self._acted(item)}"
            return f"{text} ({item.ref})" if item.ref else text
        return None

    def _when(self, item: RoutineItem) -> str:
        if item.ts.date() == self._day:
            return f"{item.ts:%H:%M}"
        return f"{QLocale().toString(_qdate(item.ts), 'ddd')} {item.ts:%H:%M}"

    def _what(self, item: RoutineItem) -> str:
        if item.kind == "obstacle.logged":
            return fill(translate("Routine", "Obstacle from %1: %2"), self._name(item.employee),
                        item.text)
        if item.kind == "contact.arrived" and item.channel:
            text = (fill(translate("Routine", "%1 contact about %2"), word(item.channel),
                         item.subject) if item.subject
                    else fill(translate("Routine", "%1 contact"), word(item.channel)))
            if item.abandoned:
                text += translate("Routine", ", abandoned")
            return _capital(text)
        if item.kind == "task.created" and item.subject is not None:
            return fill(translate("Routine", "New task: %1"), item.subject)
        if item.kind == "task.changed" and item.subject is not None:
            fields = ", ".join(_said(FIELD_WORDS, f) for f in item.fields)
            return fill(translate("Routine", "Task changed (%1): %2"),
                        fields or translate("Routine", "nothing"), item.subject)
        return _capital(item.text)

    def _acted(self, item: RoutineItem) -> str:
        if item.acted_upon is None:
            return translate("Routine", "for the team lead")
        if not item.acted_upon:
            return translate("Routine", "not picked up yet")
        when = f"{item.acted_at:%H:%M}" if item.acted_at else ""
        action = (_said(ACTION_WORDS, item.action) if item.action
                  else translate("Routine", "picked up"))
        return fill(translate("Routine", "✓ %1 by %2 %3"), action, self._name(item.acted_by),
                    when).rstrip()


class RoutineFilter(QSortFilterProxyModel):
    """In time order; served contacts left out unless asked for; optionally only what is open."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self._show_served = False
        self._only_open = False

    def set_show_served(self, show: bool) -> None:
        self._change(lambda: setattr(self, "_show_served", show))

    def set_only_open(self, only: bool) -> None:
        self._change(lambda: setattr(self, "_only_open", only))

    def _change(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        acted = model.data(index, ActedRole)
        if self._only_open:
            return acted is False
        if self._show_served:
            return True
        return not (acted is True and model.data(index, KindRole) == "contact.arrived")


def routine_headline(routine: Routine) -> str:
    """One or two sentences above the list: counts, and what the list leaves out."""
    items = routine.items
    acted = sum(1 for i in items if i.acted_upon)
    open_items = len(routine.not_acted_upon)
    before = (routine.since - timedelta(microseconds=1)).date()
    text = fill(translate("Routine", "Since the end of %1: %2 new or changed, %3 acted upon, "
                                     "%4 not picked up yet."),
                QLocale().toString(_qdate(before), "dddd d MMMM"), len(items), acted, open_items)
    served = Counter(word(i.channel) if i.channel else translate("Routine", "other")
                     for i in items if served_contact(i))
    if served:
        parts = ", ".join(f"{n} {ch}" for ch, n in served.most_common())
        text += " " + fill(translate("Routine", "Served contacts (%1) are counted, not listed."),
                           parts)
    cases = len(routine.open_cases)
    waiting = len(routine.waiting_contacts)
    text += " " + fill(translate("Routine", "Open cases at the end: %1"), cases)
    text += (fill(translate("Routine", "; contacts waiting for an answer: %1."), waiting)
             if waiting else ".")
    if not routine.working_day:
        text = translate("Routine", "Not a working day.") + " " + text
    return text
