"""The sentences of My shift. Flags are worded as what the day did, never as a score."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from balans.core.i18n import fill, translate
from balans.core.live.myday import MyDay
from balans.core.live.myshift import Planned, WaitingContact
from balans.core.vocabulary import Flag
from balans.core.words import word
from balans.desktop.i18n import number
from balans.desktop.models.tasks import span_text
from balans.desktop.panels.myshift_widgets import clock_text, role_chip


class MyShiftText(QObject):
    """The context of My shift's sentences for Qt's translator (``MyShiftText.tr(text, "", n)``
    is how lupdate sees a plural outside a Qt class)."""


def planned_text(planned: Planned) -> str:
    """Rich text: "planned now: ■ BACK OFFICE until 12:00"."""
    if planned.role is None:
        return translate("MyShiftText", "no role planned for now")
    if planned.until:
        return fill(translate("MyShiftText", "planned now: %1 until %2"), role_chip(planned.role),
                    clock_text(planned.until))
    return fill(translate("MyShiftText", "planned now: %1"), role_chip(planned.role))


class DayWords(QObject):
    """The day line's words, through Qt's plural-aware ``tr(text, "", n)``: the translation
    (balans_nl, and balans_en for English's own two forms) picks the form for each count."""

    def line(self, switches: int, interruptions: int, unfinished: int, obstacles: int) -> str:
        n = switches
        parts = [self.tr("%n switch(es)", "", n)]
        if interruptions:
            n = interruptions
            parts.append(self.tr("%n interruption(s)", "", n))
        n = unfinished
        parts.append(self.tr("%n task(s) left open", "", n))
        n = obstacles
        parts.append(self.tr("%n obstacle(s)", "", n))
        # Non-breaking spaces keep "3 tasks left open" together when a large font wraps the line.
        return self.tr("My day: %1").replace(
            "%1", " · ".join(part.replace(" ", "\u00a0") for part in parts))


def day_line(day: MyDay) -> str:
    """"My day: 2 switches · 1 task left open · 0 obstacles" (interruptions only when any)."""
    return DayWords().line(day.switches, day.interruptions, day.unfinished, day.obstacles)


def flag_lines(day: MyDay) -> list[str]:
    """One plain sentence per flag, about the day and the plan, not about the person."""
    lines = []
    if Flag.CONTEXT_SWITCHING in day.flags:
        rate = (number(day.switches_per_hour, 1) if day.switches_per_hour is not None
                else translate("MyShiftText", "many"))
        lines.append(fill(translate("MyShiftText",
                                    "⚠ The day pulled you back and forth %1 times an hour "
                                    "between customers and tasks. Worth a word with the "
                                    "planner."), rate))
    if Flag.UNFINISHED_TASKS in day.flags:
        n = day.unfinished
        lines.append(MyShiftText.tr("⚠ %n task(s) put aside today is/are still open: hand over "
                                    "what won't get finished.", "", n))
    if Flag.BACKOFFICE_NOT_REALIZED in day.flags and day.backoffice_realized is not None:
        lost = round((1 - day.backoffice_realized) * 100)
        lines.append(fill(translate("MyShiftText",
                                    "⚠ Contacts took %1% of your planned back-office time."),
                          lost))
    return lines


def wait_text(seconds: float) -> str:
    """A customer's wait: seconds matter in the first minutes, then whole minutes will do."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return fill(translate("MyShiftText", "%1 s"), seconds)
    if seconds < 600:
        return fill(translate("MyShiftText", "%1 min %2 s"), seconds // 60, seconds % 60)
    return span_text(seconds)


def waiting_line(contact: WaitingContact | None, waiting: int, now: datetime
                 ) -> tuple[str, str]:
    """Headline and small print for the next customer in my queues."""
    if contact is None:
        return (translate("MyShiftText", "No one waiting in your queues"),
                translate("MyShiftText", "Register a walk-in or a call with the button."))
    wait = wait_text((now - contact.arrived).total_seconds())
    n = waiting - 1
    small = (MyShiftText.tr("and %n other(s) waiting in your queues", "", n) if n > 0
             else translate("MyShiftText", "the only one waiting in your queues"))
    return fill(translate("MyShiftText", "Next waiting: %1, %2"), word(contact.channel),
                wait), small
