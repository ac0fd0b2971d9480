"""Building blocks of "My shift": the big mode toggle, cards, and the text that goes in them.

Sizes follow the application font (nothing fixed in pixels except a floor), so the panel stays
unclipped at 125% and 150% font scaling; colours come from the palette except the role colours.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from balans.core.i18n import fill
from balans.core.vocabulary import Mode
from balans.core.words import label
from balans.desktop.actions import MODE_ACTIONS, shortcut_text
from balans.desktop.resources import ROLE_ICONS, resource, toggle_icon

# The keys live in the window's action registry (they work from every tab); shown here.
SHORTCUTS = {mode: shortcut_text(name) for mode, name in MODE_ACTIONS.items()}


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def role_word(role: str | None) -> str:
    return label(role).upper()


def role_chip(role: str | None, size: int = 18) -> str:
    """Rich text: the role's icon followed by its name (colour never alone)."""
    if role not in ROLE_ICONS:
        return f"<b>{role_word(role)}</b>"
    path = resource("icons", f"{role}.svg").as_posix()
    return (f'<img src="{path}" width="{size}" height="{size}" align="middle"> '
            f"<b>{role_word(role)}</b>")


def clock_text(moment: datetime | None) -> str:
    return f"{moment:%H:%M}" if moment else "—"


class ModeToggle(QWidget):
    """Four big segmented buttons. A click only *requests* a mode; the panel decides (it may ask
    about a task in progress first) and then shows the mode the journal actually holds."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        font = scaled_font(self.font(), 1.35, bold=True)
        for mode in Mode:
            button = QPushButton(role_word(mode))
            button.setObjectName(f"mode_{mode}")
            button.setCheckable(True)
            button.setFont(font)
            button.setToolTip(f"{label(mode)} ({SHORTCUTS[mode]})")
            button.setAccessibleName(fill(self.tr("Mode %1"), label(mode)))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(max(56, int(button.fontMetrics().height() * 2.6)))
            button.setIcon(toggle_icon(mode))  # colours: resources/style/balans.qss
            side = int(button.fontMetrics().height() * 1.3)
            button.setIconSize(QSize(side, side))
            button.clicked.connect(lambda _=False, m=mode: self.requested.emit(m))
            self.group.addButton(button)
            self.buttons[mode] = button
            row.addWidget(button)
        self._mode: str | None = None

    def set_mode(self, mode: str | None) -> None:
        """Show ``mode`` as chosen without emitting ``requested``; the chosen one is also marked
        in words (● ) for anyone who cannot tell the colours apart."""
        self._mode = mode
        for name, button in self.buttons.items():
            button.setChecked(name == mode)
            button.setText(("● " if name == mode else "") + role_word(name))

    def mode(self) -> str | None:
        return self._mode


class Card(QFrame):
    """A framed row: a big headline with small print beneath, and buttons at the right."""

    def __init__(self, parent: QWidget | None = None, headline_factor: float = 1.45):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel()
        self.headline.setFont(scaled_font(self.font(), headline_factor, bold=True))
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.small = QLabel()
        self.small.setWordWrap(True)
        self.text_box = text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.headline)
        text.addWidget(self.small)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addLayout(text, 1)
        row.addLayout(self.buttons)

    def add_button(self, text: str, slot, *, primary: bool = False) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setMinimumHeight(max(40, int(button.fontMetrics().height() * 2.0)))
        if primary:
            button.setFont(scaled_font(button.font(), 1.15, bold=True))
            button.setDefault(False)
        button.clicked.connect(lambda _=False: slot())
        self.buttons.addWidget(button)
        return button

    def set_text(self, headline: str, small: str = "") -> None:
        self.headline.setText(headline)
        self.small.setText(small)
        self.small.setVisible(bool(small))
