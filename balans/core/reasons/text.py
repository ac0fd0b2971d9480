"""The consistency report as plain text for the terminal."""
from __future__ import annotations

from balans.core.reasons.consistency import ConsistencyReport

OUTCOME_SHORT = {"resolved": "resolved", "follow_up": "follow-up", "referred": "referred"}


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def _money(value: float) -> str:
    return f"EUR {value:,.0f}"


def format_consistency(report: ConsistencyReport) -> str:
    s = report.settings
    lines = [f"Consistency per reason, {report.first} to {report.last} "
             f"({report.days_observed} day(s) with contacts; the team, not per person)", ""]
    if not report.reasons:
        return "\n".join(lines + ["No contacts with a reason ended in this period."]) + "\n"
    for r in report.reasons:
        mix = ", ".join(f"{OUTCOME_SHORT[o]} {n}" for o, n in r.outcomes.items() if n)
        basis = "agreed" if r.usual_outcome else "most common"
        demand = " [failure demand]" if r.demand == "failure" else ""
        lines.append(f"{r.label}{demand}: {r.count} contact(s) — {mix}")
        detail = (f"    {_pct(1 - r.other_share)} ended {OUTCOME_SHORT[r.reference_outcome]} "
                  f"({basis})")
        if r.day_range:
            detail += f", day to day {_pct(r.day_range[0])}–{_pct(r.day_range[1])}"
        if r.mean_handling_minutes is not None:
            detail += f"; handling {r.mean_handling_minutes:.1f} min on average"
        lines.append(detail)
        lines.append(f"    came back within {s.repeat_days} days: {r.came_back} "
                     f"({_pct(r.came_back_share)}); cost per year {_money(r.cost_per_year)}")
    if report.varies_most:
        labels = {r.reason: r.label for r in report.reasons}
        lines += ["", "Handled most differently: "
                  + "; ".join(labels[x] for x in report.varies_most)]
    lines += ["", f"Repeat contacts about the same case: {report.repeat_contacts}",
              f"Removing the causes of failure demand would save about "
              f"{_money(report.failure_saving_per_year)} a year "
              f"(at EUR {s.cost_per_hour:g} an hour, {s.working_days_per_year} working days)"]
    return "\n".join(lines) + "\n"
