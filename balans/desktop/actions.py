"""Every window-level action in one registry: text, shortcut, icon, handler."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""


SPECS = (
    ActionSpec("show_board", "&Live board", "Ctrl+1", "Queues, backlog and who does what now"),
    ActionSpec("show_myshift", "&My shift", "Ctrl+2", "Your mode, your contacts and your tasks"),
    ActionSpec("show_planner", "&Planner", "Ctrl+3", "Plan roles for a day"),
    ActionSpec("show_summary", "&End of day", "Ctrl+4", "The summary of a day"),
    ActionSpec("show_roster", "R&oster", "Ctrl+5", "The week's shifts per team member"),
    ActionSpec("team", "Team &members…", "Ctrl+T", "Add, change or deactivate team members"),
    ActionSpec("import_roster", "&Import a roster (CSV)…", None,
               "Shifts from a spreadsheet or scheduling tool"),
    ActionSpec("refresh", "&Refresh", "Ctrl+R", "Reload from the database"),
    ActionSpec("settings", "&Settings…", QKeySequence.StandardKey.Preferences,
               "Database, time zone, thresholds, targets"),
    ActionSpec("reasons", "Contact &reasons…", None,
               "The reason catalogue and the team's agreement per reason"),
    ActionSpec("import_contacts", "Import &contacts…", None,
               "Contacts from a telephony/ACD or queue-ticket export"),
    ActionSpec("mailbox", "E-&mail mailbox…", None,
               "The IMAP folder the board shows as the e-mail queue"),
    ActionSpec("load_demo", "Load &demo data…", None, "Fill this database with a simulated team"),
    ActionSpec("about", "&About Balans", None, "Version, the database in use, where the log is"),
    ActionSpec("quit", "&Quit", QKeySequence.StandardKey.Quit, "Close Balans"),
    # My shift, from every tab (and the same from the tray): one key, no hunting for a button.
    ActionSpec("mode_contact", "&Contact", "F5", "Switch my mode to contact"),
    ActionSpec("mode_backoffice", "&Back office", "F6", "Switch my mode to back office"),
    ActionSpec("mode_break", "B&reak", "F7", "Switch my mode to break"),
    ActionSpec("mode_offline", "&Offline", "F8", "Switch my mode to offline"),
    ActionSpec("answer", "&Answer the next contact", "F9", "Answer the next waiting contact"),
    ActionSpec("end_contact", "&End the contact…", "F10", "End the contact I am serving"),
    ActionSpec("register", "Re&gister a contact…", "F11", "Register a walk-in or a call"),
)

MODE_ACTIONS = {"contact": "mode_contact", "backoffice": "mode_backoffice",
                "break": "mode_break", "offline": "mode_offline"}


def shortcut_text(name: str) -> str:
    """The key of an action as shown to people ("F9")."""
    spec = next(s for s in SPECS if s.name == name)
    if isinstance(spec.shortcut, str):  # no QKeySequence needed (they are costly at start-up)
        return spec.shortcut
    return QKeySequence(spec.shortcut).toString() if spec.shortcut is not None else ""


class ActionRegistry:
    def __init__(self, parent: QObject):
        self.actions: dict[str, QAction] = {}
        self._shortcuts_set = False
        for spec in SPECS:
            action = QAction(spec.text, parent)
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
            self.actions[spec.name] = action

    def set_shortcuts(self) -> None:
        """Give the actions their shortcuts (once). Separate from __init__ because the first
        shortcut makes PySide6 build Qt's key enumerations, ~90 ms: the main window does this
        just after its first paint (see app.py on start-up)."""
        if self._shortcuts_set:
            return
        self._shortcuts_set = True
        for spec in SPECS:
            if spec.shortcut is not None:
                self.actions[spec.name].setShortcut(QKeySequence(spec.shortcut))

    def bind(self, name: str, handler: Callable[[], object]) -> None:
        self.actions[name].triggered.connect(lambda _checked=False: handler())

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]
