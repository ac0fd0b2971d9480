"""Which column of a CSV file holds which field: one chooser per field, "—" for none.

Generic (fields are anything with ``name``, ``label`` and ``required``, and a translated
``title`` when they have one), so every CSV import in the app can use it."""
from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

NONE = "—"


class ColumnMappingWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.choosers: dict[str, QComboBox] = {}

    def set_fields(self, fields: Sequence, headers: Sequence[str],
                   mapping: Mapping[str, str]) -> None:
        """Rebuild the choosers for ``fields`` over ``headers``, preset from ``mapping``."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.choosers = {}
        for spec in fields:
            box = QComboBox()
            box.addItem(NONE, None)
            for header in headers:
                box.addItem(header, header)
            wanted = mapping.get(spec.name)
            if wanted and box.findData(wanted) < 0:  # a joined "Date+Time" or a lost column
                box.addItem(wanted, wanted)
            box.setCurrentIndex(max(0, box.findData(wanted)) if wanted else 0)
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.choosers[spec.name] = box
            shown = getattr(spec, "title", spec.label)  # in the user's language
            self.form.addRow(shown + (" *" if spec.required else ""), box)

    def mapping(self) -> dict[str, str]:
        return {name: box.currentData() for name, box in self.choosers.items()
                if box.currentData()}

    def choose(self, field: str, column: str | None) -> None:
        box = self.choosers[field]
        index = box.findData(column) if column else 0
        if index < 0:
            box.addItem(column, column)
            index = box.count() - 1
        box.setCurrentIndex(index)
