"""One shift: who, which day(s), from, until. A new shift may be planned on several days of the
week at once; an existing one can be changed (moved) or deleted."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QPushButton, QTimeEdit,
                               QVBoxLayout, QWidget)

from balans.core.roster.model import Member, Shift
from balans.desktop.formats import day_text

DEFAULT_HOURS = (time(8, 0), time(16, 30))


class ShiftDialog(QDialog):
    """``shift`` given: change or delete it (``deleted`` is True after Delete). Otherwise a new
    shift for ``employee`` on the checked days of the week of ``days``."""

    def __init__(self, members: Sequence[Member], tz: ZoneInfo, *, days: Sequence[date] = (),
                 day: date | None = None, employee: str | None = None,
                 shift: Shift | None = None, hours: tuple[time, time] = DEFAULT_HOURS,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.tz, self.shift, self.deleted = tz, shift, False
        self.setWindowTitle(self.tr("Change a shift") if shift else self.tr("Add a shift"))
        self.person = QComboBox()
        for m in members:
            self.person.addItem(m.name, m.id)
        who = shift.employee if shift else employee
        if who is not None and self.person.findData(who) >= 0:
            self.person.setCurrentIndex(self.person.findData(who))
        start = shift.start.time() if shift else hours[0]
        end = shift.end.time() if shift else hours[1]
        self.start = QTimeEdit(QTime(start.hour, start.minute), displayFormat="HH:mm")
        self.end = QTimeEdit(QTime(end.hour, end.minute), displayFormat="HH:mm")
        for edit in (self.start, self.end):
            edit.setCurrentSection(QTimeEdit.Section.HourSection)
        self.overnight = QCheckBox(self.tr("ends the next day"))
        self.overnight.setChecked(bool(shift and shift.end.date() > shift.start.date()))
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.person)
        self.date_edit: QDateEdit | None = None
        self.day_boxes: dict[date, QCheckBox] = {}
        if shift is not None:
            d = shift.day
            self.date_edit = QDateEdit(QDate(d.year, d.month, d.day), calendarPopup=True,
                                       displayFormat="ddd d MMM yyyy")
            form.addRow(self.tr("Day"), self.date_edit)
        else:
            row = QHBoxLayout()
            for d in days:
                box = QCheckBox(day_text(d, "ddd d"))
                box.setChecked(d == day)
                self.day_boxes[d] = box
                row.addWidget(box)
            weekdays = QPushButton(self.tr("Mon–Fri"))
            weekdays.setToolTip(self.tr("Check Monday to Friday"))
            weekdays.clicked.connect(self.check_weekdays)
            row.addWidget(weekdays)
            form.addRow(self.tr("Days"), row)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("until")))
        times.addWidget(self.end)
        times.addWidget(self.overnight)
        times.addStretch(1)
        form.addRow(self.tr("From"), times)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")  # styled in resources/style/balans.qss
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        if shift is not None:
            delete = buttons.addButton(self.tr("Delete shift"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._delete)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def check_weekdays(self) -> None:
        for d, box in self.day_boxes.items():
            box.setChecked(d.weekday() < 5)

    def employee(self) -> str:
        return self.person.currentData()

    def spans(self) -> list[tuple[str, datetime, datetime]]:
        """(employee, start, end) for each chosen day."""
        chosen = ([self.date_edit.date().toPython()] if self.date_edit is not None
                  else [d for d, box in self.day_boxes.items() if box.isChecked()])
        start, end = self.start.time().toPython(), self.end.time().toPython()
        later = timedelta(days=1 if self.overnight.isChecked() else 0)
        return [(self.employee(), datetime.combine(d, start, tzinfo=self.tz),
                 datetime.combine(d + later, end, tzinfo=self.tz)) for d in chosen]

    def validate(self) -> str | None:
        if self.person.count() == 0:
            return self.tr("Add the team first.")
        spans = self.spans()
        if not spans:
            return self.tr("Check at least one day.")
        _who, start, end = spans[0]
        if end <= start:
            return self.tr("The shift ends before it starts (check 'ends the next day' for a "
                           "night).")
        if end - start > timedelta(hours=16):
            return self.tr("A shift is at most 16 hours.")
        return None

    def _accept(self) -> None:
        problem = self.validate()
        if problem:
            self.problem.setText(problem)
            return
        self.accept()

    def _delete(self) -> None:
        self.deleted = True
        self.accept()
