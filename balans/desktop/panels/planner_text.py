"""The planner's sentences: the day in one line, a proposal against the plan, an evaluation.

Plain words and units always shown. A shortfall is counted in quarter-hours and in staff-hours
(one person missing for 15 minutes is a quarter of a staff-hour), the way a planner fixes it.
Every sentence is in the app's language (context "PlannerText"); figures use its decimal sign.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from balans.core.i18n import QT_TRANSLATE_NOOP, fill
from balans.core.planning.plans import PlanResult
from balans.desktop.formats import figure, percent
from balans.desktop.i18n import number
from balans.desktop.widgets.plan_layout import PlanView

# The names of the plans in a Comparison are its keys (also in the command line's JSON); shown,
# they are translated. "everyone does everything" is balans.core.planning.evaluate.EVERYONE,
# not imported here: that module (the simulation) loads only when a plan is evaluated.
PLAN_NAMES = {"this plan": QT_TRANSLATE_NOOP("PlannerText", "this plan"),
              "everyone does everything": QT_TRANSLATE_NOOP("PlannerText",
                                                            "everyone does everything")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlannerText", text)


class PlannerText(QObject):
    """The counted words of these sentences: pyside6-lupdate sees a plural only in a ``tr()``
    call, so the functions below ask this (the same context as their other words)."""

    def people(self, n: int) -> str:
        return self.tr("%n person(s) on shift", "", n)

    def switches(self, n: int) -> str:
        return self.tr("%n switch(es)", "", n)

    def rows_broken(self, n: int) -> str:
        return self.tr("plan rules broken in %n row(s) (underlined in amber; hover for why)",
                       "", n)

    def proposal(self, n: int) -> str:
        return self.tr("<b>Proposal</b> (%1): %n cell(s) change, outlined below · short %2 → "
                       "%3 staff-hours · switches %4 → %5. Apply stores it; you can undo it.",
                       "", n)

    def simulated(self, n: int) -> str:
        return self.tr("<b>Simulated</b>, mean of %n day(s) on the forecast, the same customers "
                       "for both (a return to back office costs %1 min, an interrupted task %2 "
                       "min; the “Expected SL” row is this plan):", "", n)


def staff_hours(quarters: int) -> str:
    if quarters == 4:
        return QCoreApplication.translate("PlannerText", "1 staff-hour")
    return fill(QCoreApplication.translate("PlannerText", "%1 staff-hours"), figure(quarters / 4))


def shortfall_text(result: PlanResult) -> str:
    short = sum(1 for s in result.shortfall if s > 0)
    if not short:
        return QCoreApplication.translate("PlannerText", "contact covered all day")
    return fill(QCoreApplication.translate(
        "PlannerText", "short of contact staff in %1 of %2 quarter-hours (%3)"),
        short, len(result.shortfall), staff_hours(result.total_shortfall))


def summary_line(view: PlanView) -> str:
    """Rich text: who is on, where contact falls short (red), switches, broken rules (amber)."""
    from balans.desktop.theme import AMBER, RED

    cov, words = view.coverage, PlannerText()
    parts = [words.people(len(view.employees))]
    short = shortfall_text(cov)
    parts.append(f'<span style="color:{RED}; font-weight:600">{short}</span>'
                 if cov.total_shortfall else short)
    parts.append(words.switches(cov.total_switches))
    if cov.violations:
        parts.append(f'<span style="color:{AMBER}">⚠</span> '
                     + words.rows_broken(len({v.employee for v in cov.violations})))
    return " · ".join(parts)


def proposal_line(current: PlanResult, view: PlanView, note: str) -> str:
    cov = view.coverage
    return fill(PlannerText().proposal(len(view.changed)), note, figure(current.total_shortfall / 4), figure(cov.total_shortfall / 4),
                current.total_switches, cov.total_switches)


def plan_name(name: str) -> str:
    source = PLAN_NAMES.get(name)
    return QCoreApplication.translate("PlannerText", source) if source else name


def evaluation_line(comparison: Any) -> str:
    """A Comparison (``balans.core.planning.evaluate``): this plan next to everyone doing
    everything, on the same simulated customers. Switches *planned* are what the grid counts;
    switches *on the day* add the simulated team lead pulling people into contact."""
    hours = QCoreApplication.translate("PlannerText", "%1 h")
    rows = ((QT_TRANSLATE_NOOP("PlannerText", "service level"),
             lambda e: "—" if e.service_level_day is None else percent(e.service_level_day)),
            (QT_TRANSLATE_NOOP("PlannerText", "abandoned"), lambda e: percent(e.abandon_rate, 1)),
            (QT_TRANSLATE_NOOP("PlannerText", "back-office work done"),
             lambda e: fill(hours, number(e.backoffice_minutes_done / 60, 1))),
            (QT_TRANSLATE_NOOP("PlannerText", "backlog left at day end"),
             lambda e: fill(hours, number(e.backlog_end_hours, 1))),
            (QT_TRANSLATE_NOOP("PlannerText", "switches planned / on the day"),
             lambda e: f"{e.planned_switches} / {e.switches:.0f}"),
            (QT_TRANSLATE_NOOP("PlannerText", "tasks interrupted by customers"),
             lambda e: f"{e.interruptions:.0f}"),
            (QT_TRANSLATE_NOOP("PlannerText", "time lost getting back into tasks"),
             lambda e: fill(hours, number(e.resumption_minutes / 60, 1))))
    names = list(comparison.plans)
    head = "".join(f"<th align=right>&nbsp;{plan_name(n)}&nbsp;</th>" for n in names)
    body = "".join(
        f"<tr><td>{_tr(label)}</td>" + "".join(
            f"<td align=right>{fmt(comparison.plans[n])}</td>" for n in names) + "</tr>"
        for label, fmt in rows)
    cost = comparison.cost
    intro = fill(PlannerText().simulated(comparison.runs), figure(cost.after_switch_s / 60),
                 figure(cost.after_interruption_s / 60))
    return (f"{intro}<table cellspacing=0 cellpadding=1><tr><th></th>{head}</tr>"
            f"{body}</table>")


def tradeoff_text(plan: Any) -> str:
    """The day's back-office demand against the proposal, and the choice when it does not fit."""
    demand = getattr(plan, "backoffice", None)
    if demand is None:
        return ""
    level = plan.service_level
    text = fill(QCoreApplication.translate(
        "PlannerText", "Back office: %1 h planned for %2 h of work today (new %3 h, due or "
        "overdue %4 h, %5 h more open over %6 days) · expected service level %7"),
        figure(plan.result.backoffice_intervals / 4), number(demand.minutes / 60, 1),
        number(demand.inflow_minutes / 60, 1), number(demand.due_minutes / 60, 1),
        number(demand.backlog_minutes / 60, 1), figure(demand.days_to_clear),
        "—" if level is None else percent(level))
    if len(plan.tradeoff) > 1:
        text += QCoreApplication.translate("PlannerText",
                                           ". It does not fit with contact covered; choose:")
    return text
