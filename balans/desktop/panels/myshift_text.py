"""The sentences of My shift. Flags are worded as what the day did, never as a score."""
from __future__ import annotations

from datetime import datetime

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


def day_line(day: MyDay) -> str:
    """"My day: 2 switches · 1 task left open · 0 obstacles" (interruptions only when any)."""
    parts = [plural(day.switches, "switch", "switches")]
    if day.interruptions:
        parts.append(plural(day.interruptions, "interruption", "interruptions"))
    parts.append(plural(day.unfinished, "task left open", "tasks left open"))
    parts.append(plural(day.obstacles, "obstacle", "obstacles"))
    # Non-breaking spaces keep "3 tasks left open" together when a large font wraps the line.
    return "My day: " + " · ".join(part.replace(" ", "\u00a0") for part in parts)


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
