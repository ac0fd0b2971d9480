"""When the database does not open at start. Balans does not just exit: it offers the settings
(to correct the team server) or to work on this PC only for now."""
from __future__ import annotations

from typing import Callable

from balans.core.i18n import fill, translate
from balans.desktop.settings import DATABASE_URL, Settings

SETTINGS, LOCAL, QUIT = "settings", "local", "quit"


def ask_what_now(url: str, problem: str, parent=None) -> str:  # noqa: ANN001 - a QWidget
    """The question, as a message box with three answers."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Balans")
    box.setText(fill(translate("Startup", "Balans cannot open its database: %1."), problem))
    box.setInformativeText(translate(
        "Startup", "Check the server in the settings, or work on this PC only for now (the "
        "server setting is kept for the next start)."))
    settings = box.addButton(translate("Startup", "Settings…"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(translate("Startup", "This PC only"),
                          QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(settings)
    box.exec()
    clicked = box.clickedButton()
    return SETTINGS if clicked is settings else LOCAL if clicked is local else QUIT


def after_failure(url: str, problem: str, settings: Settings, local_url: str, *,
                  ask: Callable[[str, str], str] = ask_what_now,
                  edit_settings: Callable[[], bool] = lambda: False) -> str | None:
    """What to open next after ``url`` failed: the URL saved in the settings (after the user
    edited them; the same one again if they cancelled), ``local_url`` for this session, or None
    to quit. The file on this PC failing itself leaves nothing to offer."""
    if url == local_url:
        return None
    choice = ask(url, problem)
    if choice == LOCAL:
        return local_url
    if choice == SETTINGS:
        return (settings.get(DATABASE_URL) or local_url) if edit_settings() else url
    return None
