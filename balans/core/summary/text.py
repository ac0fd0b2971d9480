"""The end-of-day summary as plain text for a terminal: team first, then a small table per
employee. Flags are worded as what the day did to someone, never as a score."""
from __future__ import annotations

from typing import Callable

from balans.core.i18n import Counted, fill, translate
from balans.core.summary.model import DaySummary, EmployeeDay, TeamDay
from balans.core.vocabulary import Flag, Role
from balans.core.words import plural

FlagNotes = Counted("FlagNotes")  # plurals; lupdate takes the name as context


def format_summary(summary: DaySummary) -> str:
    lines = [f"Summary of {summary.date:%A %d %B %Y}", ""]
    lines += _team(summary.team, summary)
    lines += ["", "PEOPLE"]
    if not summary.employees:
        lines.append("  nobody was planned or active this day")
    for person in summary.employees:
        lines += [""] + _person(person)
    return "\n".join(lines) + "\n"


def _team(team: TeamDay, summary: DaySummary) -> list[str]:
    out = ["TEAM"]
    if team.channels:
        out.append(f"  {'channel':<9}{'offered':>8}{'answered':>10}{'abandoned':>11}"
                   f"{'in target':>11}{'avg wait':>10}{'handling':>10}")
        for c in team.channels:
            out.append(f"  {c.channel:<9}{c.offered:>8}{c.answered:>10}{c.abandoned:>11}"
                       f"{_pct(c.service_level):>11}{duration_text(c.avg_wait_s):>10}"
                       f"{duration_text(c.aht_s):>10}")
    else:
        out.append("  no contacts arrived")
    out.append(f"  First-contact resolution  {_pct(team.first_contact_resolution)}")
    out.append(f"  Failure demand            {_pct(team.failure_demand_share)}"
               " of contacts with a reason")
    b = team.backlog
    out.append(f"  Backlog                   {b.open_start} open at the start, {b.created} new, "
               f"{b.finished} finished, {b.cancelled} cancelled")
    out.append(f"                            {b.open_end} open at the end, "
               f"{b.overdue_end} of them past due")
    if team.reasons:
        costs = {c.reason: c for c in summary.extra.reason_costs} if summary.extra else {}
        out.append("  Contact reasons")
        for r in team.reasons:
            cost = costs.get(r.reason)
            extra = ""
            if cost is not None:
                extra = f"  EUR {cost.cost:8.2f}" + ("  failure demand" if cost.demand == "failure"
                                                    else "")
            name = cost.label if cost is not None else r.reason
            out.append(f"    {name[:30]:<30}{r.count:>5}  {_num(r.handling_minutes):>8} min{extra}")
    if summary.extra and summary.extra.repeat_contacts:
        out.append(f"  Customers coming back about an open case: "
                   f"{len(summary.extra.repeat_contacts)}")
    if team.obstacles:
        out.append("  Obstacles to remove")
        for o in team.obstacles:
            out.append(f"    {o.ts:%H:%M}  {o.employee}: {o.text}")
    return out


def _person(e: EmployeeDay) -> list[str]:
    out = [f"  {e.employee}", f"    {'':<12}{'planned':>11}{'actual':>12}"]
    for role in Role:
        planned, actual = e.planned_minutes.of(role), e.actual_minutes.of(role)
        label = "back office" if role == Role.BACKOFFICE else str(role)
        out.append(f"    {label:<12}{_num(planned):>7} min{_num(actual):>8} min")
    if e.adherence is None:
        out.append("    no role plan for this day")
    else:
        realised = "" if e.backoffice_realized is None else \
            f"; back office realised {_pct(e.backoffice_realized)}"
        out.append(f"    in line with the plan {_pct(e.adherence)}{realised}")
    rate = "" if e.context_switches_per_hour is None else \
        f" ({e.context_switches_per_hour:.1f} per working hour)"
    out.append(f"    {plural(e.switches, 'switch', 'switches')} between contact and back office, "
               f"{plural(e.interruptions, 'contact', 'contacts')} during a task{rate}")
    out.append(f"    {plural(e.contacts_handled, 'contact', 'contacts')} handled, "
               f"{plural(e.tasks_finished, 'task', 'tasks')} finished")
    for note in flag_notes(e):
        out.append(f"    ! {note}")
    return out


def flag_notes(e: EmployeeDay, num: Callable[[float], str] | None = None) -> list[str]:
    """A short, kind sentence per flag: what the plan or the day did to this person, in the
    user's language (``num`` writes a number with the app's decimal sign; English by default)."""
    num = num or _num
    notes = []
    if Flag.CONTEXT_SWITCHING in e.flags:
        n = e.switches + e.interruptions
        notes.append(FlagNotes.tr("pulled into contacts %n time(s) - long blocks in "
                               "the plan would help", "", n))
    if Flag.UNFINISHED_TASKS in e.flags:
        n = len(e.unfinished_tasks)
        notes.append(fill(FlagNotes.tr("%n task(s) left open (%1) - worth a handover", "", n),
                          ", ".join(e.unfinished_tasks)))
    if Flag.BACKOFFICE_NOT_REALIZED in e.flags and e.backoffice_realized is not None:
        planned = e.planned_minutes.backoffice
        notes.append(fill(translate("FlagNotes", "got %1 of %2 planned back-office minutes - "
                                    "the day needed them elsewhere"),
                          num(planned * e.backoffice_realized), num(planned)))
    return notes


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _num(value: float) -> str:
    return f"{round(value, 1):g}"


def duration_text(seconds: float | None) -> str:
    """A wait or handling time the way people say it: 40 s, 4:52, 26.0 h."""
    if seconds is None:
        return "-"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{int(seconds // 60)}:{int(seconds % 60):02d}"
    return f"{seconds / 3600:.1f} h"
