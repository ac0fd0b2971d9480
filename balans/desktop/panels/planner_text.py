"""The planner's sentences: the day in one line, a proposal against the plan, an evaluation.

Plain words and units always shown. A shortfall is counted in quarter-hours and in staff-hours
(one person missing for 15 minutes is a quarter of a staff-hour), the way a planner fixes it.
"""
from __future__ import annotations

from typing import Any

from balans.core.planning.plans import PlanResult
from balans.desktop.widgets.plan_layout import PlanView
from balans.core.words import plural


def _hours(quarters: int) -> str:
    return f"{quarters / 4:g} staff-hour" + ("" if quarters == 4 else "s")


def shortfall_text(result: PlanResult) -> str:
    short = sum(1 for s in result.shortfall if s > 0)
    if not short:
        return "contact covered all day"
    return (f"short of contact staff in {short} of {len(result.shortfall)} quarter-hours "
            f"({_hours(result.total_shortfall)})")


def summary_line(view: PlanView) -> str:
    """Rich text: who is on, where contact falls short (red), switches, broken rules (amber)."""
    from balans.desktop.theme import AMBER, RED

    cov = view.coverage
    parts = [f"{plural(len(view.employees), 'person', 'people')} on shift"]
    short = shortfall_text(cov)
    parts.append(f'<span style="color:{RED}; font-weight:600">{short}</span>'
                 if cov.total_shortfall else short)
    parts.append(plural(cov.total_switches, "switch", "switches"))
    if cov.violations:
        rows = len({v.employee for v in cov.violations})
        parts.append(f'<span style="color:{AMBER}">⚠</span> plan rules broken in '
                     f"{plural(rows, 'row')} (underlined in amber; hover for why)")
    return " · ".join(parts)


def proposal_line(current: PlanResult, view: PlanView, note: str) -> str:
    cov = view.coverage
    return (f"<b>Proposal</b> ({note}): {plural(len(view.changed), 'cell')} change, outlined "
            f"below · short {current.total_shortfall / 4:g} → {cov.total_shortfall / 4:g} "
            f"staff-hours · switches {current.total_switches} → {cov.total_switches}. "
            "Apply stores it; you can undo it.")


def evaluation_line(comparison: Any) -> str:
    """A Comparison (``balans.core.planning.evaluate``): this plan next to everyone doing
    everything, on the same simulated customers. Switches *planned* are what the grid counts;
    switches *on the day* add the simulated team lead pulling people into contact."""
    rows = (("service level", lambda e: "—" if e.service_level_day is None
             else f"{e.service_level_day:.0%}"),
            ("abandoned", lambda e: f"{e.abandon_rate:.1%}"),
            ("back-office work done", lambda e: f"{e.backoffice_minutes_done / 60:.1f} h"),
            ("backlog left at day end", lambda e: f"{e.backlog_end_hours:.1f} h"),
            ("switches planned / on the day", lambda e: f"{e.planned_switches} / "
             f"{e.switches:.0f}"),
            ("tasks interrupted by customers", lambda e: f"{e.interruptions:.0f}"),
            ("time lost getting back into tasks", lambda e: f"{e.resumption_minutes / 60:.1f} h"))
    names = list(comparison.plans)
    head = "".join(f"<th align=right>&nbsp;{n}&nbsp;</th>" for n in names)
    body = "".join(
        f"<tr><td>{label}</td>" + "".join(
            f"<td align=right>{fmt(comparison.plans[n])}</td>" for n in names) + "</tr>"
        for label, fmt in rows)
    cost = comparison.cost
    return (f"<b>Simulated</b>, mean of {comparison.runs} days on the forecast, the same "
            f"customers for both (a return to back office costs {cost.after_switch_s / 60:g} "
            f"min, an interrupted task {cost.after_interruption_s / 60:g} min; the “Expected "
            f"SL” row is this plan):<table cellspacing=0 cellpadding=1><tr><th></th>{head}</tr>"
            f"{body}</table>")


def tradeoff_text(plan: Any) -> str:
    """The day's back-office demand against the proposal, and the choice when it does not fit."""
    demand = getattr(plan, "backoffice", None)
    if demand is None:
        return ""
    planned = plan.result.backoffice_intervals / 4
    level = plan.service_level
    text = (f"Back office: {planned:g} h planned for {demand.minutes / 60:.1f} h of work today "
            f"(new {demand.inflow_minutes / 60:.1f} h, due or overdue "
            f"{demand.due_minutes / 60:.1f} h, {demand.backlog_minutes / 60:.1f} h more open "
            f"over {demand.days_to_clear:g} days) · expected service level "
            f"{'—' if level is None else format(level, '.0%')}")
    if len(plan.tradeoff) > 1:
        text += ". It does not fit with contact covered; choose:"
    return text
