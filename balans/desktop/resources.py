"""Files under balans/resources: the app and role icons, and the one stylesheet.

Found next to the package (``balans/resources``), which is also where the frozen build puts
them (build.spec collects ``balans/resources/**``).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ROLE_ICONS = ("contact", "backoffice", "break", "offline")


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons; ``app_icon()`` and ``role_icon()`` name them."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    return icon("balans")


def role_icon(role: str | None) -> QIcon:
    """The icon of a role or mode (contact, backoffice, break, offline); empty for none."""
    return icon(str(role)) if role in ROLE_ICONS else QIcon()


@cache
def toggle_icon(role: str) -> QIcon:
    """A role icon for a checkable button that is filled with the role's colour when checked:
    the white variant then, or the icon would vanish into its own colour."""
    result = QIcon(str(resource("icons", f"{role}.svg")))
    on = resource("icons", f"{role}-on.svg")
    if on.exists():
        result.addFile(str(on), QSize(), QIcon.Mode.Normal, QIcon.State.On)
    return result


def stylesheet() -> str:
    return resource("style", "balans.qss").read_text(encoding="utf-8")


def apply_style(app: QApplication) -> None:
    """The stylesheet and the window icon, once for the whole application."""
    if app.property("balansStyled"):
        return
    app.setProperty("balansStyled", True)
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(app_icon())


def set_state(widget: QWidget, name: str, value: bool) -> None:
    """Set a state the stylesheet selects on (``[breach="true"]``) and re-apply the style; Qt
    does not re-style a widget by itself when one of its properties changes."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
