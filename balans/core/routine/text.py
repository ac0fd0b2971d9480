"""The daily routine as plain text for a terminal.

Tasks and obstacles are listed one by one. Contacts are many on a busy day and nearly all are
served on the spot, so the ones acted upon are counted per channel and only the others listed.
The sentences go through ``balans.core.i18n`` (English on the command line).
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from balans.core.i18n import fill, translate
from balans.core.routine.model import Routine, RoutineItem


def format_routine(r: Routine) -> str:
    head = fill(translate("RoutineText", "Routine for %1"), f"{r.date:%A %d %B %Y}")
    if not r.working_day:
        head += translate("RoutineText", " (not a working day)")
    lines = [head, fill(translate("RoutineText", "New or changed since %1, up to %2"),
                        _when(r.since), _when(r.until)), ""]
    acted = sum(1 for i in r.items if i.acted_upon)
    open_items = r.not_acted_upon
    lines.append(fill(translate("RoutineText",
                                "NEW OR CHANGED: %1 items, %2 acted upon, %3 still to pick up"),
                      len(r.items), acted, len(open_items)))
    served = Counter(i.channel or "other" for i in r.items
                     if i.kind == "contact.arrived" and i.acted_upon)
    if served:
        lines.append("  " + fill(translate("RoutineText", "contacts served: %1"), ", ".join(
            f"{n} {ch}" for ch, n in sorted(served.items()))))
    for item in r.items:
        if item.kind == "contact.arrived" and item.acted_upon:
            continue
        lines.append("  " + _item(item))
    if r.waiting_contacts:
        lines += ["", fill(translate("RoutineText", "WAITING FOR AN ANSWER: %1"),
                           len(r.waiting_contacts))]
        for w in r.waiting_contacts:
            about = fill(translate("RoutineText", " about %1"), w.reason) if w.reason else ""
            lines.append(f"  {w.contact:<10} " + fill(
                translate("RoutineText", "%1%2, since %3 (%4 days)"),
                w.channel, about, _when(w.arrived), f"{w.age_days:.1f}"))
    lines += ["", fill(translate("RoutineText", "OPEN CASES: %1"), len(r.open_cases))]
    for case in r.open_cases:
        due = ""
        if case.due:
            due = fill(translate("RoutineText", ", due %1"), _when(case.due))
            due += translate("RoutineText", " (past due)") if case.overdue else ""
        holder = fill(translate("RoutineText", ", with %1"), case.holder) if case.holder else ""
        lines.append(f"  {case.task:<10} {case.title or '':<32} " + fill(
            translate("RoutineText", "%1 days old, %2%3%4; last activity %5"),
            f"{case.age_days:5.1f}", case.status.replace("_", " "), holder, due,
            _when(case.last_activity)))
    return "\n".join(lines) + "\n"


def _item(item: RoutineItem) -> str:
    mark = {True: "[x]", False: "[ ]", None: "[-]"}[item.acted_upon]
    what = item.text if item.ref is None else f"{item.ref}: {item.text}"
    if item.kind == "obstacle.logged":
        what = fill(translate("RoutineText", "obstacle from %1: %2"), item.employee, item.text)
    tail = ""
    if item.acted_upon:
        tail = " - " + fill(translate("RoutineText", "%1 by %2 %3"), item.action,
                            item.acted_by or translate("RoutineText", "someone"),
                            _when(item.acted_at))
    elif item.acted_upon is False:
        tail = translate("RoutineText", " - not picked up yet")
    return f"{mark} {_when(item.ts)}  {what}{tail}"


def _when(moment: datetime | None) -> str:
    return "-" if moment is None else f"{moment:%a %d %b %H:%M}"
