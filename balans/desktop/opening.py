"""The page the window shows while the database opens (and its schema is brought up to date).

It is on screen before anything else loads, so it keeps to the few Qt classes an empty window
needs: centring is done with stretches and HTML, not ``Qt.AlignmentFlag`` (importing the ``Qt``
namespace alone takes 30-130 ms, a quarter of an empty window's start-up).
"""
from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget


class OpeningPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("opening")
        self.title = QLabel("<p align='center' style='font-size:xx-large; font-weight:600'>"
                            "Balans</p>")
        self.title.setObjectName("openingTitle")
        self.status = QLabel()
        self.status.setObjectName("openingStatus")
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known end: a moving bar says it is working
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(240)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addStretch(3)
        self.show_status(self.tr("Opening the database…"))

    def text(self) -> str:
        return self._text

    def show_status(self, text: str) -> None:
        self._text = text
        self.status.setText(f"<p align='center'>{html.escape(text)}</p>")

    def show_failure(self, text: str) -> None:
        self.busy.hide()
        self.show_status(text)
