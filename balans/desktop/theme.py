"""The look: Fusion following the OS light/dark palette, role colours shared by every panel."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

# One colour per role, everywhere; chosen to stay apart for common colour-vision deficiencies
# (blue vs green differ in lightness too), and always paired with a text label.
ROLE_COLORS = {
    "contact": "#3B7DD8",     # calm blue
    "backoffice": "#3FA372",  # green
    "break": "#C8CCD2",       # light grey
    "offline": None,          # no fill
}
ROLE_LABELS = {"contact": "Contact", "backoffice": "Back office", "break": "Break",
               "offline": "Offline", None: "—"}
AMBER = "#E8A33D"
RED = "#C8453B"
CHANNEL_LABELS = {"phone": "Phone", "counter": "Counter", "chat": "Chat", "email": "E-mail"}


def role_color(role: str | None) -> QColor | None:
    value = ROLE_COLORS.get(role or "")
    return QColor(value) if value else None


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
