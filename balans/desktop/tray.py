"""A tray icon for switching my mode without bringing the window forward.

The main window may create one ``ModeTray(ctx, panel)`` next to the My shift panel. The menu
asks the panel for a mode change, so the question about a task in progress and every write stay
in one place. The icon is only shown where the desktop has a system tray.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from balans.core.i18n import fill
from balans.core.vocabulary import Mode
from balans.core.words import label, word
from balans.desktop.actions import shortcut_text
from balans.desktop.context import AppContext
from balans.desktop.panels.myshift import MyShiftPanel
from balans.desktop.panels.myshift_widgets import SHORTCUTS
from balans.desktop.resources import role_icon
from balans.desktop.theme import ROLE_COLORS

LETTERS = {"contact": "C", "backoffice": "B", "break": "P", "offline": "–"}


def mode_icon(mode: str | None, size: int = 64) -> QIcon:
    """A round badge in the role's colour with a letter, so the tray says it without colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = ROLE_COLORS.get(mode or "")
    rect = QRectF(3, 3, size - 6, size - 6)
    if color:
        painter.setBrush(QColor(color))
        painter.setPen(Qt.PenStyle.NoPen)
        text = QColor("#1E1E1E" if mode == "break" else "#FFFFFF")
    else:  # offline (or unknown): no fill, an outline
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#7A7F87"), size / 12))
        text = QColor("#7A7F87")
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.55))
    painter.setFont(font)
    painter.setPen(text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, LETTERS.get(mode or "", "?"))
    painter.end()
    return QIcon(pixmap)


class ModeTray(QObject):
    show_requested = Signal()  # the window may raise itself and show My shift

    def __init__(self, ctx: AppContext, panel: MyShiftPanel, parent: QObject | None = None):
        super().__init__(parent or panel)
        self.ctx = ctx
        self.panel = panel
        self.menu = QMenu()
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for mode in Mode:
            action = QAction(f"{label(mode)}\t{SHORTCUTS[mode]}", self.menu)
            action.setCheckable(True)
            action.setIcon(role_icon(mode))
            action.triggered.connect(
                lambda _=False, m=mode: self.panel.when_fresh(lambda: self.panel.request_mode(m)))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[mode] = action
        self.menu.addSeparator()
        self.answer = self.menu.addAction(
            self.tr("Answer the next contact") + "\t" + shortcut_text("answer"),
            lambda: panel.when_fresh(panel.answer_next))
        self.register = self.menu.addAction(
            self.tr("Register a contact…") + "\t" + shortcut_text("register"),
            lambda: panel.when_fresh(panel.open_register_dialog))
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Show My shift"), self.show_requested.emit)
        # The panel may be hidden (another tab) and stale: read the current state before the
        # menu opens, so the question about a task in progress is asked about the right task.
        self.menu.aboutToShow.connect(panel.refresh)
        panel.loaded.connect(self.sync)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(mode_icon(None), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        if panel.snapshot is None:
            panel.refresh()
        self.sync()

    def sync(self) -> None:
        """Mirror the panel: the checked mode, the icon and its tooltip."""
        snap = self.panel.snapshot
        me = snap.person(snap.me) if snap else None
        mode = snap.mode if snap and me else None
        for action in [*self.actions.values(), self.answer, self.register]:
            action.setEnabled(me is not None)
        for name, action in self.actions.items():
            action.setChecked(name == mode)
        tip = (fill(self.tr("Balans — %1: %2"), me.name, word(mode)) if me and mode
               else self.tr("Balans — choose who you are in My shift"))
        if self.icon is not None:
            self.icon.setIcon(mode_icon(mode))
            self.icon.setToolTip(tip)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()
