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


def evaluation_line(evaluation: Any) -> str:
    """A PlanEvaluation (``balans.core.planning.evaluate``) in one sentence."""
    level = evaluation.service_level_day
    level_text = "no live contacts expected" if level is None else f"service level {level:.0%}"
    return (f"<b>Expected with this plan</b> (simulated on the forecast): {level_text} "
            f"(per quarter-hour in the “Expected SL” row) · abandoned "
            f"{evaluation.abandon_rate:.1%} · back-office work done "
            f"{evaluation.backoffice_minutes_done / 60:.1f} h · "
            f"{plural(evaluation.switches, 'switch', 'switches')}")
