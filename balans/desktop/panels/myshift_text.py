"""The sentences of My shift. Flags are worded as what the day did, never as a score."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from balans.core.vocabulary import Flag
from balans.core.live.myshift import Planned, WaitingContact
from balans.core.live.myday import MyDay
from balans.desktop.models.tasks import span_text
from balans.desktop.panels.myshift_widgets import clock_text, role_chip
from balans.desktop.theme import CHANNEL_LABELS
from balans.core.words import plural


def planned_text(planned: Planned) -> str:
    """Rich text: "planned now: ■ BACK OFFICE until 12:00"."""
    if planned.role is None:
        return "no role planned for now"
    until = f" until {clock_text(planned.until)}" if planned.until else ""
    return f"planned now: {role_chip(planned.role)}{until}"


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
        rate = f"{day.switches_per_hour:.1f}" if day.switches_per_hour is not None else "many"
        lines.append(f"⚠ The day pulled you back and forth {rate} times an hour between "
                     "customers and tasks. Worth a word with the planner.")
    if Flag.UNFINISHED_TASKS in day.flags:
        lines.append(f"⚠ {plural(day.unfinished, 'task', 'tasks')} put aside today "
                     f"{'is' if day.unfinished == 1 else 'are'} still open: hand over what "
                     "won't get finished.")
    if Flag.BACKOFFICE_NOT_REALIZED in day.flags and day.backoffice_realized is not None:
        lost = round((1 - day.backoffice_realized) * 100)
        lines.append(f"⚠ Contacts took {lost}% of your planned back-office time.")
    return lines


def wait_text(seconds: float) -> str:
    """A customer's wait: seconds matter in the first minutes, then whole minutes will do."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 600:
        return f"{seconds // 60} min {seconds % 60} s"
    return span_text(seconds)


def waiting_line(contact: WaitingContact | None, waiting: int, now: datetime
                 ) -> tuple[str, str]:
    """Headline and small print for the next customer in my queues."""
    if contact is None:
        return "No one waiting in your queues", "Register a walk-in or a call with the button."
    channel = CHANNEL_LABELS.get(contact.channel, contact.channel).lower()
    wait = wait_text((now - contact.arrived).total_seconds())
    more = waiting - 1
    small = (f"and {plural(more, 'other', 'others')} waiting in your queues" if more > 0
             else "the only one waiting in your queues")
    return f"Next waiting: {channel}, {wait}", small
