"""The consistency report as plain text for the terminal (English there: the command line
installs no translator; the words go through ``balans.core.i18n`` all the same)."""
from __future__ import annotations

from balans.core.i18n import Counted, fill, translate
from balans.core.reasons.consistency import ConsistencyReport
from balans.core.words import word

ConsistencyText = Counted("ConsistencyText")  # plurals; lupdate takes the name as context


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def _money(value: float) -> str:
    return f"EUR {value:,.0f}"


def format_consistency(report: ConsistencyReport) -> str:
    s = report.settings
    n = report.days_observed
    lines = [fill(ConsistencyText.tr("Consistency per reason, %1 to %2 (%n day(s) with "
                            "contacts; the team, not per person)", "", n),
                  report.first, report.last), ""]
    if not report.reasons:
        return "\n".join(lines + [translate("ConsistencyText", "No contacts with a reason ended "
                                            "in this period.")]) + "\n"
    for r in report.reasons:
        mix = ", ".join(f"{word(o)} {count}" for o, count in r.outcomes.items() if count)
        basis = (translate("ConsistencyText", "agreed") if r.usual_outcome
                 else translate("ConsistencyText", "most common"))
        demand = (" [" + translate("ConsistencyText", "failure demand") + "]"
                  if r.demand == "failure" else "")
        n = r.count
        lines.append(fill(ConsistencyText.tr("%1%2: %n contact(s) — %3", "", n),
                          r.label, demand, mix))
        detail = "    " + fill(translate("ConsistencyText", "%1 ended %2 (%3)"),
                               _pct(1 - r.other_share), word(r.reference_outcome), basis)
        if r.day_range:
            detail += fill(translate("ConsistencyText", ", day to day %1–%2"),
                           _pct(r.day_range[0]), _pct(r.day_range[1]))
        if r.mean_handling_minutes is not None:
            detail += fill(translate("ConsistencyText", "; handling %1 min on average"),
                           f"{r.mean_handling_minutes:.1f}")
        lines.append(detail)
        lines.append("    " + fill(translate("ConsistencyText", "came back within %1 days: %2 "
                                             "(%3); cost per year %4"),
                                   s.repeat_days, r.came_back, _pct(r.came_back_share),
                                   _money(r.cost_per_year)))
    if report.varies_most:
        labels = {r.reason: r.label for r in report.reasons}
        lines += ["", fill(translate("ConsistencyText", "Handled most differently: %1"),
                           "; ".join(labels[x] for x in report.varies_most))]
    lines += ["", fill(translate("ConsistencyText", "Repeat contacts about the same case: %1"),
                       report.repeat_contacts),
              fill(translate("ConsistencyText", "Removing the causes of failure demand would "
                             "save about %1 a year (at EUR %2 an hour, %3 working days)"),
                   _money(report.failure_saving_per_year), f"{s.cost_per_hour:g}",
                   s.working_days_per_year)]
    return "\n".join(lines) + "\n"
