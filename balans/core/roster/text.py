"""The roster as text and JSON for the command line (the text through ``translate``: English
there, the app's language wherever a translator is installed; the JSON never changes)."""
from __future__ import annotations

from typing import Any, Sequence

from balans.core.i18n import fill, translate
from balans.core.roster.model import Member, Week


def week_text(week: Week) -> str:
    """A table: one row per member, one column per day, hours per member at the end."""
    days = week.days
    sunday = days[-1]
    head = [fill(translate("RosterText", "Week of %1 – %2"), f"{week.monday:%a %d %b}",
                 f"{sunday:%a %d %b %Y}"), ""]
    if not week.members:
        return "\n".join(head + [translate("RosterText",
                                            "Nobody is on the team yet (balans team add)."), ""])
    name_w = max(12, *(len(m.name) for m in week.members))
    cells = {(m.id, d): ", ".join(s.label() for s in week.shifts_of(m.id, d))
             for m in week.members for d in days}
    col_w = max(11, *(len(c) for c in cells.values()))
    lines = head + [" " * name_w + "  " + "  ".join(f"{d:%a %d}".ljust(col_w) for d in days)
                    + "  " + translate("RosterText", "hours")]
    for m in week.members:
        row = [cells[(m.id, d)] or "·" for d in days]
        name = m.name if m.active else fill(translate("RosterText", "%1 (left)"), m.name)
        lines.append(name.ljust(name_w) + "  " + "  ".join(c.ljust(col_w) for c in row)
                     + f"  {week.hours_of(m.id):5.1f}")
    per_day = [sum(1 for s in week.shifts if s.day == d) for d in days]
    lines.append(translate("RosterText", "on shift").ljust(name_w) + "  "
                 + "  ".join(str(n).ljust(col_w) for n in per_day)
                 + f"  {sum(s.hours for s in week.shifts):5.1f}")
    return "\n".join(lines) + "\n"


def week_json(week: Week) -> dict[str, Any]:
    return {
        "week": week.monday.isoformat(),
        "days": [d.isoformat() for d in week.days],
        "members": [member_json(m) for m in week.members],
        "shifts": [{"employee": s.employee, "start": s.start.isoformat(),
                    "end": s.end.isoformat()} for s in week.shifts],
        "hours": {m.id: round(week.hours_of(m.id), 2) for m in week.members},
    }


def member_json(m: Member) -> dict[str, Any]:
    return {"employee": m.id, "name": m.name, "channels": list(m.channels), "active": m.active}


def team_text(members: Sequence[Member]) -> str:
    if not members:
        return translate("RosterText", "Nobody is on the team yet.") + "\n"
    id_w = max(8, *(len(m.id) for m in members))
    name_w = max(12, *(len(m.name) for m in members))
    ident, name = translate("RosterText", "id"), translate("RosterText", "name")
    lines = [f"{ident.ljust(id_w)}  {name.ljust(name_w)}  " + translate("RosterText", "channels")]
    for m in members:
        note = "" if m.active else "  " + translate("RosterText", "(left the team)")
        lines.append(f"{m.id.ljust(id_w)}  {m.name.ljust(name_w)}  {', '.join(m.channels)}{note}")
    return "\n".join(lines) + "\n"


