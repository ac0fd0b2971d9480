"""The daily routine of a front office, read from the journal.

Every working day: check everything that is new or changed since the end of the previous working
day and act on it; walk through all open cases and move them on. :func:`routine` gives that list
for a day, each item marked acted upon or not, with the audit evidence (who, when).

Interpretation notes:

- The window runs from the end of the previous working day (``holidays.previous_working_day``) to
  the end of ``day`` (or ``now``, when given, for a routine viewed during the day).
- Items: contacts arrived, tasks created, tasks changed, obstacles logged, in time order.
- Acted upon: a later event by an employee about the same contact (answered, ended) or task
  (started, paused, finished, cancelled), before the window's end. An edit (task.changed) is not
  acting on a task. Obstacles have no follow-up in the journal: ``acted_upon`` is None.
- Also listed: contacts still unanswered at the window's end (an e-mail left waiting is open
  work too), oldest first.
- Open cases: tasks created before the window's end and neither finished nor cancelled, oldest
  first; age in days up to the window's end; last activity is the latest event about the task
  (including a contact.ended naming it).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from balans.core.journal.events import Event
from balans.core.holidays import previous_working_day, working_day
from balans.core.routine.model import OpenCase, Routine, RoutineItem, WaitingContact
from balans.core.routine.text import format_routine
from balans.core.summary.ledger import ContactRec, Ledger, TaskRec
from balans.core.summary.window import Window, local_time
from balans.core.timeutil import day_bounds, to_micros

__all__ = ["OpenCase", "Routine", "RoutineItem", "WaitingContact", "format_routine",
           "previous_working_day", "routine", "working_day"]

MICROS_PER_DAY = 86_400_000_000


def routine(events: Iterable[Event], day: date, tz: ZoneInfo,
            now: datetime | None = None) -> Routine:
    ledger = Ledger()
    ledger.extend(events)
    _, since = day_bounds(previous_working_day(day), tz)
    _, end = day_bounds(day, tz)
    lo = to_micros(since)
    hi = to_micros(end) if now is None else max(lo, min(to_micros(end), to_micros(now)))
    # Events at ``now`` count (cutoff just after it); ages run until ``now``.
    win = Window(day, tz, lo, to_micros(end), hi + (now is not None), hi)

    items: list[tuple[tuple[int, int], RoutineItem]] = []
    task_touch: dict[str, int] = {}
    for c in ledger.contacts.values():
        if c.arrived is not None and win.today(c.arrived[0]):
            items.append((c.arrived, _contact_item(c, win)))
        if c.ended is not None and c.ended[5] and c.ended[0] < win.cutoff:
            task_touch[c.ended[5]] = max(task_touch.get(c.ended[5], 0), c.ended[0])
    for t in ledger.tasks.values():
        if t.created is not None and win.today(t.created[0]):
            items.append((t.created, _task_item(t, t.created, "task.created", win)))
        for us, n, fields in t.changes:
            if win.today(us):
                items.append(((us, n), _task_item(t, (us, n), "task.changed", win, fields)))
    for us, n, employee, text in ledger.obstacles:
        if win.today(us):
            items.append(((us, n), RoutineItem(local_time(us, tz), "obstacle.logged", None, text,
                                               employee, None, None, None, None, None)))
    items.sort(key=lambda pair: pair[0])

    cases = [case for t in ledger.tasks.values()
             if (case := _open_case(t, win, task_touch.get(t.id, 0))) is not None]
    cases.sort(key=lambda c: (c.created, c.task))
    waiting = sorted((w for c in ledger.contacts.values()
                      if (w := _waiting(c, win)) is not None), key=lambda w: (w.arrived, w.contact))
    return Routine(day, working_day(day), since, local_time(hi, tz),
                   tuple(item for _key, item in items), tuple(cases), tuple(waiting))


def _contact_item(c: ContactRec, win: Window) -> RoutineItem:
    after = c.arrived
    acts = [(us, n, "answered", emp) for us, n, emp in c.answers]
    if c.ended is not None:
        acts.append((c.ended[0], c.ended[1], "ended", c.ended[2]))
    text = f"{c.channel} contact" + (f" about {c.reason}" if c.reason else "")
    if c.abandoned is not None and c.abandoned[0] < win.cutoff:
        text += ", abandoned"
    return _acted(win, "contact.arrived", c.id, text, after, acts, c.channel, c.reason,
                  abandoned=c.abandoned is not None and c.abandoned[0] < win.cutoff)


def _waiting(c: ContactRec, win: Window) -> WaitingContact | None:
    if c.arrived is None or c.arrived[0] >= win.cutoff:
        return None
    if any(a[0] < win.cutoff for a in c.answers) or any(
            rec is not None and rec[0] < win.cutoff for rec in (c.ended, c.abandoned)):
        return None
    return WaitingContact(c.id, c.channel, c.reason, win.local(c.arrived[0]),
                          (win.horizon - c.arrived[0]) / MICROS_PER_DAY)


def _task_item(t: TaskRec, after: tuple[int, int], kind: str, win: Window,
               fields: dict[str, Any] | None = None) -> RoutineItem:
    title = t.field_at("title", after[0] + 1) or t.id
    if fields is None:
        text = f"new task: {title}"
    else:
        text = f"task changed ({', '.join(sorted(fields)) or 'nothing'}): {title}"
    return _acted(win, kind, t.id, text, after, t.life, subject=title,
                  fields=tuple(sorted(fields or ())))


def _acted(win: Window, kind: str, ref: str, text: str, after: tuple[int, int],
           acts: Iterable[tuple[int, int, str, str | None]],
           channel: str | None = None, subject: str | None = None, *,
           fields: tuple[str, ...] = (), abandoned: bool = False) -> RoutineItem:
    later = sorted(a for a in acts if a[:2] > after and a[0] < win.cutoff)
    first = later[0] if later else None
    return RoutineItem(
        ts=win.local(after[0]), kind=kind, ref=ref, text=text, employee=None, channel=channel,
        acted_upon=first is not None,
        acted_at=win.local(first[0]) if first else None,
        acted_by=first[3] if first else None,
        action=first[2] if first else None,
        subject=subject, fields=fields, abandoned=abandoned)


def _open_case(t: TaskRec, win: Window, touched: int) -> OpenCase | None:
    cutoff = win.cutoff
    if t.created is None or t.created[0] >= cutoff or t.closed_at(cutoff) is not None:
        return None
    life = t.lifecycle(cutoff)
    changes = [us for us, _n, _f in t.changes if us < cutoff]
    last = max([t.created[0], touched] + [entry[0] for entry in life] + changes)
    status = {"started": "in_progress", "paused": "paused"}.get(life[-1][2], "open") \
        if life else "open"
    due = t.field_at("due", cutoff)
    return OpenCase(
        task=t.id, title=t.field_at("title", cutoff), kind=t.field_at("kind", cutoff),
        status=status, holder=life[-1][3] if life else None,
        created=win.local(t.created[0]),
        age_days=(win.horizon - t.created[0]) / MICROS_PER_DAY,
        due=win.local(due) if due is not None else None,
        overdue=due is not None and due < win.horizon,
        last_activity=win.local(last))
