"""Opening the database at start. When the team server does not answer, Balans does not just
exit: it offers the settings (to correct the server) or to work on this PC only for now."""
from __future__ import annotations

from typing import Callable

from balans.core.storage.store import Store, StoreError, open_store
from balans.desktop.settings import DATABASE_URL, Settings

SETTINGS, LOCAL, QUIT = "settings", "local", "quit"


def ask_what_now(url: str, problem: str) -> str:
    """The question, as a message box with three answers."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Balans")
    box.setText(f"Balans cannot open its database: {problem}.")
    box.setInformativeText("Check the server in the settings, or work on this PC only for now "
                           "(the server setting is kept for the next start).")
    settings = box.addButton("Settings…", QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton("This PC only", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(settings)
    box.exec()
    clicked = box.clickedButton()
    return SETTINGS if clicked is settings else LOCAL if clicked is local else QUIT


def open_database(url: str, settings: Settings, local_url: str, *,
                  password_for: Callable[[str], str | None],
                  ask: Callable[[str, str], str] = ask_what_now,
                  edit_settings: Callable[[], bool] = lambda: False) -> Store | None:
    """The store for ``url``; when it cannot be opened, ask: the settings (then try the saved
    URL again), this PC only (``local_url``, for this session), or quit (None)."""
    while True:
        try:
            return open_store(url, password_for(url))
        except StoreError as exc:
            if url == local_url:
                raise  # the file on this PC itself fails: nothing else to offer
            choice = ask(url, str(exc))
        if choice == LOCAL:
            url = local_url
        elif choice == SETTINGS and edit_settings():
            url = settings.get(DATABASE_URL) or local_url
        elif choice != SETTINGS:
            return None
