"""Every window-level action in one registry: text, shortcut, icon, handler."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""


SPECS = (  # QT_TRANSLATE_NOOP: lupdate collects the texts; the registry translates them
    ActionSpec("show_board", QT_TRANSLATE_NOOP("Actions", "&Live board"), "Ctrl+1",
               QT_TRANSLATE_NOOP("Actions", "Queues, backlog and who does what now")),
    ActionSpec("show_myshift", QT_TRANSLATE_NOOP("Actions", "&My shift"), "Ctrl+2",
               QT_TRANSLATE_NOOP("Actions", "Your mode, your contacts and your tasks")),
    ActionSpec("show_planner", QT_TRANSLATE_NOOP("Actions", "&Planner"), "Ctrl+3",
               QT_TRANSLATE_NOOP("Actions", "Plan roles for a day")),
    ActionSpec("show_summary", QT_TRANSLATE_NOOP("Actions", "&End of day"), "Ctrl+4",
               QT_TRANSLATE_NOOP("Actions", "The summary of a day")),
    ActionSpec("show_roster", QT_TRANSLATE_NOOP("Actions", "R&oster"), "Ctrl+5",
               QT_TRANSLATE_NOOP("Actions", "The week's shifts per team member")),
    ActionSpec("team", QT_TRANSLATE_NOOP("Actions", "Team &members…"), "Ctrl+T",
               QT_TRANSLATE_NOOP("Actions", "Add, change or deactivate team members")),
    ActionSpec("import_roster", QT_TRANSLATE_NOOP("Actions", "&Import a roster (CSV)…"), None,
               QT_TRANSLATE_NOOP("Actions", "Shifts from a spreadsheet or scheduling tool")),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("Actions", "&Refresh"), "Ctrl+R",
               QT_TRANSLATE_NOOP("Actions", "Reload from the database")),
    ActionSpec("settings", QT_TRANSLATE_NOOP("Actions", "&Settings…"),
               QKeySequence.StandardKey.Preferences,
               QT_TRANSLATE_NOOP("Actions", "Database, time zone, thresholds, targets")),
    ActionSpec("reasons", QT_TRANSLATE_NOOP("Actions", "Contact &reasons…"), None,
               QT_TRANSLATE_NOOP("Actions",
                                 "The reason catalogue and the team's agreement per reason")),
    ActionSpec("import_contacts", QT_TRANSLATE_NOOP("Actions", "Import &contacts…"), None,
               QT_TRANSLATE_NOOP("Actions",
                                 "Contacts from a telephony/ACD or queue-ticket export")),
    ActionSpec("mailbox", QT_TRANSLATE_NOOP("Actions", "E-&mail mailbox…"), None,
               QT_TRANSLATE_NOOP("Actions", "The IMAP folder the board shows as the e-mail queue")),
    ActionSpec("load_demo", QT_TRANSLATE_NOOP("Actions", "Load &demo data…"), None,
               QT_TRANSLATE_NOOP("Actions", "Fill this database with a simulated team")),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Balans"), None,
               QT_TRANSLATE_NOOP("Actions", "Version, the database in use, where the log is")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit,
               QT_TRANSLATE_NOOP("Actions", "Close Balans")),
    # My shift, from every tab (and the same from the tray): one key, no hunting for a button.
    ActionSpec("mode_contact", QT_TRANSLATE_NOOP("Actions", "&Contact"), "F5",
               QT_TRANSLATE_NOOP("Actions", "Switch my mode to contact")),
    ActionSpec("mode_backoffice", QT_TRANSLATE_NOOP("Actions", "&Back office"), "F6",
               QT_TRANSLATE_NOOP("Actions", "Switch my mode to back office")),
    ActionSpec("mode_break", QT_TRANSLATE_NOOP("Actions", "B&reak"), "F7",
               QT_TRANSLATE_NOOP("Actions", "Switch my mode to break")),
    ActionSpec("mode_offline", QT_TRANSLATE_NOOP("Actions", "&Offline"), "F8",
               QT_TRANSLATE_NOOP("Actions", "Switch my mode to offline")),
    ActionSpec("answer", QT_TRANSLATE_NOOP("Actions", "&Answer the next contact"), "F9",
               QT_TRANSLATE_NOOP("Actions", "Answer the next waiting contact")),
    ActionSpec("end_contact", QT_TRANSLATE_NOOP("Actions", "&End the contact…"), "F10",
               QT_TRANSLATE_NOOP("Actions", "End the contact I am serving")),
    ActionSpec("register", QT_TRANSLATE_NOOP("Actions", "Re&gister a contact…"), "F11",
               QT_TRANSLATE_NOOP("Actions", "Register a walk-in or a call")),
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
            action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
            tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else ""
            action.setStatusTip(tip)
            action.setToolTip(tip)
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
