"""Where panels hear that something changed, and what.

Two kinds of change: the journal's (with the areas it touched, from an action on this desktop
or from the watcher seeing anyone's appends) and the user's settings (thresholds, targets, who
"me" is). Panels listen here and refresh only when a change touches what they show.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from balans.core.journal.operations import OpChanges


class ChangeHub(QObject):
    journal_changed = Signal(int, object)  # last seq, frozenset[Area]
    settings_changed = Signal()

    def announce(self, changes: OpChanges) -> None:
        """An operation of this desktop is stored: tell the panels that show its areas."""
        self.journal_changed.emit(changes.last_seq, changes.areas)
