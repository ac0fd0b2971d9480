"""Help › About: the version, the database in use (never its password), where the log is."""
from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout,
                               QWidget)

from balans.core.storage.store import parse_url
from balans.desktop.resources import app_icon


def database_line(url: str) -> str:
    """The database as the user set it up, password masked; a local file by its path."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return QCoreApplication.translate("AboutDialog", "This PC only — %1").replace(
            "%1", parsed.database or "")
    return QCoreApplication.translate("AboutDialog", "Team server — %1").replace(
        "%1", parsed.render_as_string(hide_password=True))


def about_rows(url: str, log_path: str) -> list[tuple[str, str]]:
    from balans.version import version

    return [
        (QCoreApplication.translate("AboutDialog", "Version"), version()),
        (QCoreApplication.translate("AboutDialog", "Database"), database_line(url)),
        (QCoreApplication.translate("AboutDialog", "Log"), log_path),
        (QCoreApplication.translate("AboutDialog", "Built with"),
         f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"),
        (QCoreApplication.translate("AboutDialog", "Licence"),
         QCoreApplication.translate("AboutDialog", "MIT — © The Balans authors")),
    ]


class AboutDialog(QDialog):
    def __init__(self, url: str, log_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Balans"))
        rows = "".join(f"<tr><td style='padding-right:12px; font-weight:600'>{html.escape(k)}"
                       f"</td><td>{html.escape(v)}</td></tr>" for k, v in about_rows(url, log_path))
        self.text = QLabel(
            "<h2>Balans</h2><p>" + html.escape(self.tr(
                "Protected back-office time, visible context switching and unfinished work, "
                "for front offices.")) + f"</p><table>{rows}</table>")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
