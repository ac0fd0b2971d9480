"""The small dialogs of "My shift": they collect and validate input, and write nothing.

The panel turns their values into one operation on the worker. Each dialog has ``validate()``
(a plain sentence or None) and ``values()``, so tests can fill and check one without exec().
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.live.myshift import Person, Reason, TaskItem
from balans.core.vocabulary import Channel
from balans.core.words import label
from balans.desktop.widgets.reason_note import ReasonNote


class ShiftDialogs(QObject):
    """The context of these dialogs' words for Qt's translator (``ShiftDialogs.tr``)."""


OUTCOME_LABELS = {"resolved": QT_TRANSLATE_NOOP("ShiftDialogs", "Resolved"),
                  "follow_up": QT_TRANSLATE_NOOP("ShiftDialogs", "Needs a follow-up task"),
                  "referred": QT_TRANSLATE_NOOP("ShiftDialogs", "Referred elsewhere")}
DUE_HOUR = time(17, 0)  # a due *date* means "by the end of that working day"


@dataclass(frozen=True)
class ContactInput:
    channel: str | None  # None when ending a contact whose channel is known
    minutes: int
    reason: str | None
    outcome: str
    follow_up_title: str | None
    follow_up_due: datetime | None
    case: str | None = None  # an open task the customer came back about
    follow_up_for: str | None = None  # a colleague the follow-up is handed to (None: mine)


@dataclass(frozen=True)
class TaskChoice:
    """The answer to "pause it or hand it over?": action is "pause" or "hand_over"."""

    action: str
    colleague: str | None = None
    note: str | None = None


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")  # styled in resources/style/balans.qss
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def validate(self) -> str | None:
        return None

    def _accept(self) -> None:
        problem = self.validate()
        self.problem.setText(problem or "")
        if problem is None:
            self.accept()

    def recheck_on(self, *signals) -> None:  # noqa: ANN002 - Qt signals
        """A shown problem goes away (or changes) as soon as the input that caused it does."""
        for signal in signals:
            signal.connect(self._recheck)

    def _recheck(self, *_args: object) -> None:
        if self.problem.text():
            self.problem.setText(self.validate() or "")

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        first = self.first_field()
        if first is not None:  # type straight away, no click needed
            first.setFocus()

    def first_field(self) -> QWidget | None:
        return None


def local_date_format() -> str:
    """The user's own short date format (23-11-2026, 11/23/26, ...), with a 4-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def fit_placeholder(edit: QLineEdit) -> None:
    """Wide enough for its example (in any language): a cut-off example explains nothing."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                         + 3 * edit.fontMetrics().averageCharWidth())


def _due_row(today: date) -> tuple[QCheckBox, QDateEdit, QHBoxLayout]:
    check = QCheckBox(ShiftDialogs.tr("Due by"))
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setDisplayFormat(local_date_format())
    edit.setCalendarPopup(True)
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    row = QHBoxLayout()
    row.addWidget(check)
    row.addWidget(edit, 1)
    return check, edit, row


class ContactDialog(_Form):
    """Register a contact start to end (``channel`` chooser shown) or end the one being served.

    Any channel can be registered (a walk-in at the counter is the default). The contact may be
    about a case that is already open (it then counts as a repeat contact); a follow-up task is
    the employee's own unless handed to a colleague here."""

    def __init__(self, reasons: Sequence[Reason], today: date, tz: ZoneInfo, *,
                 register: bool, channels: Sequence[str] = tuple(Channel),
                 cases: Sequence[TaskItem] = (), colleagues: Sequence[Person] = (),
                 parent: QWidget | None = None):
        super().__init__(ShiftDialogs.tr("Register a contact") if register
                         else ShiftDialogs.tr("End the contact"), parent)
        self.tz, self.today, self.register = tz, today, register
        self.channel = QComboBox()
        for channel in Channel:  # any channel: people also take what is not "theirs"
            self.channel.addItem(label(channel), channel)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setValue(5)
        self.minutes.setSuffix(ShiftDialogs.tr(" min"))
        if register:
            index = self.channel.findData("counter")  # the usual unqueued contact: a walk-in
            self.channel.setCurrentIndex(max(index, 0))
            self.form.addRow(ShiftDialogs.tr("Channel"), self.channel)
            self.form.addRow(ShiftDialogs.tr("It took about"), self.minutes)
        self.reason = QComboBox()
        self.reason.addItem(ShiftDialogs.tr("— choose a reason —"), None)
        for reason in reasons:
            self.reason.addItem(reason.label, reason.id)
        self.case = QComboBox()
        self.case.addItem(ShiftDialogs.tr("— no, a new question —"), None)
        for task in cases:
            self.case.addItem(task.title if len(task.title) <= 60 else task.title[:58] + "…",
                              task.id)
        self.outcome = QComboBox()
        for key, source in OUTCOME_LABELS.items():
            self.outcome.addItem(translate("ShiftDialogs", source), key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            ShiftDialogs.tr("Follow-up task, e.g. 'Call back about permit 2026-118'"))
        fit_placeholder(self.title)
        self.owner = QComboBox()
        self.owner.addItem(ShiftDialogs.tr("me"), None)
        for person in colleagues:
            self.owner.addItem(person.name, person.id)
        self.due_check, self.due, due_row = _due_row(today)
        self.form.addRow(ShiftDialogs.tr("Reason"), self.reason)
        self.reason_note = ReasonNote(reasons)  # the team's agreement for the chosen reason
        self.reason.currentIndexChanged.connect(
            lambda _i: self.reason_note.show_reason(self.reason.currentData()))
        self.form.addRow("", self.reason_note)
        if cases:
            self.form.addRow(ShiftDialogs.tr("About an open case?"), self.case)
        self.form.addRow(ShiftDialogs.tr("Outcome"), self.outcome)
        self.form.addRow(ShiftDialogs.tr("Follow-up"), self.title)
        self.form.addRow("", due_row)
        self.form.addRow(ShiftDialogs.tr("Follow-up for"), self.owner)
        self.case.currentIndexChanged.connect(self._case_changed)
        self.recheck_on(self.reason.currentIndexChanged, self.outcome.currentIndexChanged,
                        self.title.textChanged, self.due_check.toggled, self.due.dateChanged)

    def first_field(self) -> QWidget:
        return self.channel if self.register else self.reason

    def _case_changed(self) -> None:
        """About an open case: that case goes on; no new follow-up task."""
        new_question = self.case.currentData() is None
        for widget in (self.title, self.due_check, self.owner):
            widget.setEnabled(new_question)
        self.due.setEnabled(new_question and self.due_check.isChecked())

    def validate(self) -> str | None:
        if self.reason.count() > 1 and self.reason.currentData() is None:
            return ShiftDialogs.tr("Choose the reason the customer got in touch.")
        if self.case.currentData() is not None:
            return None
        if self.outcome.currentData() == "follow_up" and not self.title.text().strip():
            return ShiftDialogs.tr("Give the follow-up task a short title.")
        if self.due_check.isChecked() and self.due.date().toPython() < self.today:
            return ShiftDialogs.tr("The due date is in the past.")
        return None

    def values(self) -> ContactInput:
        case = self.case.currentData()
        title = None if case else (self.title.text().strip() or None)
        due = (datetime.combine(self.due.date().toPython(), DUE_HOUR, tzinfo=self.tz)
               if title and self.due_check.isChecked() else None)
        return ContactInput(self.channel.currentData() if self.register else None,
                            self.minutes.value(), self.reason.currentData(),
                            self.outcome.currentData(), title, due, case,
                            self.owner.currentData() if title else None)


class TaskDialog(_Form):
    def __init__(self, today: date, tz: ZoneInfo, parent: QWidget | None = None):
        super().__init__(ShiftDialogs.tr("New task"), parent)
        self.tz, self.today = tz, today
        self.title = QLineEdit()
        self.title.setPlaceholderText(ShiftDialogs.tr("e.g. 'Check permit file 2026-118'"))
        fit_placeholder(self.title)
        self.due_check, self.due, due_row = _due_row(today)
        self.start_now = QCheckBox(ShiftDialogs.tr("Start it now"))
        self.form.addRow(ShiftDialogs.tr("Title"), self.title)
        self.form.addRow("", due_row)
        self.form.addRow("", self.start_now)
        self.recheck_on(self.title.textChanged, self.due_check.toggled, self.due.dateChanged)

    def first_field(self) -> QWidget:
        return self.title

    def validate(self) -> str | None:
        if not self.title.text().strip():
            return ShiftDialogs.tr("Give the task a short title.")
        if self.due_check.isChecked() and self.due.date().toPython() < self.today:
            return ShiftDialogs.tr("The due date is in the past.")
        return None

    def values(self) -> tuple[str, datetime | None, bool]:
        due = (datetime.combine(self.due.date().toPython(), DUE_HOUR, tzinfo=self.tz)
               if self.due_check.isChecked() else None)
        return self.title.text().strip(), due, self.start_now.isChecked()


class ObstacleDialog(_Form):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(ShiftDialogs.tr("Log an obstacle"), parent)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(ShiftDialogs.tr("What got in the way? Your team lead sees "
                                                     "this in the end-of-day summary."))
        self.form.addRow(self.text)
        self.recheck_on(self.text.textChanged)

    def first_field(self) -> QWidget:
        return self.text

    def validate(self) -> str | None:
        return (None if self.text.toPlainText().strip()
                else ShiftDialogs.tr("Describe it in a few words."))

    def values(self) -> str:
        return self.text.toPlainText().strip()


AVAILABILITY = {"backoffice": (0, QT_TRANSLATE_NOOP("ShiftDialogs", "in back office now")),
                "contact": (1, QT_TRANSLATE_NOOP("ShiftDialogs", "in contact now")),
                "break": (2, QT_TRANSLATE_NOOP("ShiftDialogs", "on a break")),
                "offline": (3, QT_TRANSLATE_NOOP("ShiftDialogs", "offline"))}


def availability(person: Person) -> tuple[int, str]:
    """How free a colleague is right now, for ordering and in words."""
    if person.mode in AVAILABILITY:
        order, source = AVAILABILITY[person.mode]
        return order, translate("ShiftDialogs", source)
    return 4, person.mode or ShiftDialogs.tr("not started")


class HandOverDialog(_Form):
    """Whom to hand a task to — who is available now first, said in words — and a note."""

    def __init__(self, colleagues: Sequence[Person], title: str,
                 parent: QWidget | None = None):
        super().__init__(ShiftDialogs.tr("Hand over"), parent)
        self.people = sorted(colleagues, key=lambda p: (availability(p)[0], p.name))
        self.who = QComboBox()
        for person in self.people:
            self.who.addItem(f"{person.name} — {availability(person)[1]}", person.id)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            ShiftDialogs.tr("Where it stands, e.g. 'waiting for the scan from Mr Bos'"))
        fit_placeholder(self.note)
        self.form.addRow(QLabel(fill(ShiftDialogs.tr("Who takes over “%1”?"), title)))
        self.form.addRow(ShiftDialogs.tr("Colleague"), self.who)
        self.form.addRow(ShiftDialogs.tr("Note"), self.note)

    def first_field(self) -> QWidget:
        return self.who

    def validate(self) -> str | None:
        return (None if self.who.currentData()
                else ShiftDialogs.tr("There is no colleague to hand it to."))

    def values(self) -> HandOver:
        return HandOver(self.who.currentData(), self.note.text().strip() or None)


@dataclass(frozen=True)
class HandOver:
    colleague: str
    note: str | None = None


def choose_colleague(parent: QWidget | None, colleagues: Sequence[Person],
                     title: str) -> HandOver | None:
    """Ask who takes the task over, with a note; None when cancelled or nobody is there."""
    if not colleagues:
        QMessageBox.information(parent, ShiftDialogs.tr("Hand over"),
                                ShiftDialogs.tr("There is no colleague to hand it to."))
        return None
    dialog = HandOverDialog(colleagues, title, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_task_action(parent: QWidget | None, title: str,
                    colleagues: Sequence[Person]) -> TaskChoice | None:
    """Asked once when leaving back office with a task in progress; None means stay as I am."""
    box = QMessageBox(parent)
    box.setWindowTitle(ShiftDialogs.tr("Your task in progress"))
    box.setText(fill(ShiftDialogs.tr("Pause “%1” or hand it over?"), title))
    box.setInformativeText(ShiftDialogs.tr("A paused task stays yours, so you can pick it up "
                                           "later."))
    pause = box.addButton(ShiftDialogs.tr("Pause"), QMessageBox.ButtonRole.AcceptRole)
    hand = box.addButton(ShiftDialogs.tr("Hand over to…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(pause)
    box.exec()
    if box.clickedButton() is pause:
        return TaskChoice("pause")
    if box.clickedButton() is hand:
        chosen = choose_colleague(parent, colleagues, title)
        return TaskChoice("hand_over", chosen.colleague, chosen.note) if chosen else None
    return None
