"""One pass over the tasks: the backlog figures, and per employee the tasks finished, the tasks
left unfinished and the spells in which a task was in progress with them (for interruptions)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from balans.core.summary.ledger import Key, Ledger
from balans.core.summary.model import Backlog
from balans.core.summary.window import Window


@dataclass
class TaskPass:
    backlog: Backlog = Backlog(0, 0, 0, 0, 0, 0)
    finished: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unfinished: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # of those, the ones not in progress now: task id -> since when it was put aside
    aside: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    # (started key, next lifecycle key): a task in progress with the employee in between
    in_progress: dict[str, list[tuple[Key, Key]]] = field(default_factory=lambda: defaultdict(list))
    created_times: list[int] = field(default_factory=list)  # of tasks created before the cutoff
    closed_times: list[int] = field(default_factory=list)  # ... and closed before it


def scan_tasks(ledger: Ledger, win: Window, far: int) -> TaskPass:
    out = TaskPass()
    start, cutoff = win.start, win.cutoff
    open_start = created = finished = cancelled = open_end = overdue_end = 0
    never: Key = (far, 0)

    for task in ledger.tasks.values():
        life = task.lifecycle(cutoff)
        closed = next((us for us, _n, verb, _e in life if verb in ("finished", "cancelled")), None)
        if closed is not None and closed < start:
            continue  # done before the day began: plays no part in it
        made = task.created[0] if task.created is not None and task.created[0] < cutoff else None
        if made is not None:
            out.created_times.append(made)
            if closed is not None:
                out.closed_times.append(closed)
            if made < start:
                open_start += 1
            else:
                created += 1
            if closed is None:
                open_end += 1
                due = task.field_at("due", cutoff)
                overdue_end += due is not None and due < win.end

        last_start = None
        for k, (us, n, verb, employee) in enumerate(life):
            if verb == "started":
                last_start = (us, employee)
                until = life[k + 1][:2] if k + 1 < len(life) else never
                if until[0] >= start and employee is not None:
                    out.in_progress[employee].append(((us, n), until))
            elif us >= start:
                if verb == "finished":
                    finished += 1
                    if employee is not None:
                        out.finished[employee] += 1
                elif verb == "cancelled":
                    cancelled += 1
        if closed is None and last_start is not None and last_start[0] >= start \
                and last_start[1] is not None:
            out.unfinished[last_start[1]].append(task.id)
            if life[-1][2] != "started":  # paused (or taken over and paused): put aside
                out.aside[last_start[1]][task.id] = life[-1][0]

    out.backlog = Backlog(open_start=open_start, created=created, finished=finished,
                          cancelled=cancelled, open_end=open_end, overdue_end=overdue_end)
    return out


def count_interrupted(answers: list[Key], spells: list[tuple[Key, Key]]) -> int:
    """Answers that fall strictly inside a spell of some task in progress."""
    if not answers or not spells:
        return 0
    merged: list[list[Key]] = []
    for lo, hi in sorted(spells):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    count = j = 0
    for key in sorted(answers):
        while j < len(merged) and merged[j][1] <= key:
            j += 1
        if j < len(merged) and merged[j][0] < key < merged[j][1]:
            count += 1
    return count
