"""The daily routine as plain text for a terminal.

Tasks and obstacles are listed one by one. Contacts are many on a busy day and nearly all are
served on the spot, so the ones acted upon are counted per channel and only the others listed.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from balans.core.routine.model import Routine, RoutineItem


def format_routine(r: Routine) -> str:
    lines = [f"Routine for {r.date:%A %d %B %Y}"
             + ("" if r.working_day else " (not a working day)"),
             f"New or changed since {_when(r.since)}, up to {_when(r.until)}", ""]
    acted = sum(1 for i in r.items if i.acted_upon)
    open_items = r.not_acted_upon
    lines.append(f"NEW OR CHANGED: {len(r.items)} items, {acted} acted upon, "
                 f"{len(open_items)} still to pick up")
    served = Counter(i.channel or "other" for i in r.items
                     if i.kind == "contact.arrived" and i.acted_upon)
    if served:
        lines.append("  contacts served: " + ", ".join(f"{n} {ch}" for ch, n in sorted(
            served.items())))
    for item in r.items:
        if item.kind == "contact.arrived" and item.acted_upon:
            continue
        lines.append("  " + _item(item))
    if r.waiting_contacts:
        lines += ["", f"WAITING FOR AN ANSWER: {len(r.waiting_contacts)}"]
        for w in r.waiting_contacts:
            about = f" about {w.reason}" if w.reason else ""
            lines.append(f"  {w.contact:<10} {w.channel}{about}, since {_when(w.arrived)} "
                         f"({w.age_days:.1f} days)")
    lines += ["", f"OPEN CASES: {len(r.open_cases)}"]
    for case in r.open_cases:
        due = f", due {_when(case.due)}" + (" (past due)" if case.overdue else "") \
            if case.due else ""
        holder = f", with {case.holder}" if case.holder else ""
        lines.append(f"  {case.task:<10} {case.title or '':<32} {case.age_days:5.1f} days old, "
                     f"{case.status.replace('_', ' ')}{holder}{due}; "
                     f"last activity {_when(case.last_activity)}")
    return "\n".join(lines) + "\n"


def _item(item: RoutineItem) -> str:
    mark = {True: "[x]", False: "[ ]", None: "[-]"}[item.acted_upon]
    what = item.text if item.ref is None else f"{item.ref}: {item.text}"
    if item.kind == "obstacle.logged":
        what = f"obstacle from {item.employee}: {item.text}"
    tail = ""
    if item.acted_upon:
        tail = f" - {item.action} by {item.acted_by or 'someone'} {_when(item.acted_at)}"
    elif item.acted_upon is False:
        tail = " - not picked up yet"
    return f"{mark} {_when(item.ts)}  {what}{tail}"


def _when(moment: datetime | None) -> str:
    return "-" if moment is None else f"{moment:%a %d %b %H:%M}"
