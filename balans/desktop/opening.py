"""The page the window shows while the database opens (and its schema is brought up to date)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class OpeningPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("opening")
        self.title = QLabel("Balans")
        self.title.setObjectName("openingTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel("Opening the database…")
        self.status.setObjectName("openingStatus")
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known end: a moving bar says it is working
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(240)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.title, self.status, self.busy):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_failure(self, text: str) -> None:
        self.busy.hide()
        self.status.setText(text)
