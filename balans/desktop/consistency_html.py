"""Consistency per reason as rich text: the same HTML on the end-of-day panel and in the PDF.

For the team, never per person: nothing here names an employee."""
from __future__ import annotations

from html import escape

from balans.core.reasons.consistency import ConsistencyReport

OUTCOME_WORDS = {"resolved": "resolved", "follow_up": "follow-up", "referred": "referred"}
_TABLE = ('<table width="100%" cellspacing="0" cellpadding="3" '
          'style="border-collapse: collapse; border: 1px solid #999;">')
_TH = '<th style="border: 1px solid #999;" align="{a}">{t}</th>'
_TD = '<td style="border: 1px solid #BBB;{s}" align="{a}">{t}</td>'
HEADS = (("Reason", "left"), ("Contacts", "right"), ("Resolved · follow-up · referred", "left"),
         ("The usual way", "right"), ("Day to day", "right"), ("Came back", "right"),
         ("Handling", "right"), ("Cost per year", "right"))


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def consistency_html(report: ConsistencyReport | None) -> str:
    if report is None:
        return ""
    s = report.settings
    out = [f"<h3>Consistency per reason · {report.first:%d %b} – {report.last:%d %b %Y}</h3>",
           f"<p>How the team handled each reason over {report.days_observed} day(s) with "
           f"contacts. <i>The usual way</i> is the outcome the team agreed for the reason "
           f"(marked ✓), else the one most contacts had. <i>Came back</i>: another contact "
           f"about the same case within {s.repeat_days} days.</p>"]
    if not report.reasons:
        return "".join(out + ["<p>No contacts with a reason ended in this period.</p>"])
    out.append(_TABLE + "<thead><tr>" + "".join(_TH.format(t=t, a=a) for t, a in HEADS)
               + "</tr></thead>")
    for r in report.reasons:
        failure = r.demand == "failure"
        label = escape(r.label) + (' <b style="color:#B5651D;">failure demand</b>'
                                   if failure else "")
        mix = " · ".join(str(n) for n in r.outcomes.values())
        usual = (f"{_pct(1 - r.other_share)} {OUTCOME_WORDS[r.reference_outcome]}"
                 + (" ✓" if r.usual_outcome else ""))
        spread = f"{_pct(r.day_range[0])}–{_pct(r.day_range[1])}" if r.day_range else "—"
        handling = (f"{r.mean_handling_minutes:.1f} min" if r.mean_handling_minutes is not None
                    else "—")
        if r.handling_cv is not None:
            handling += f" ±{round(r.handling_cv * 100)}%"
        highlight = " font-weight:bold;" if r.reason in report.varies_most else ""
        cells = [(label, "left", ""), (str(r.count), "right", ""), (mix, "left", ""),
                 (usual, "right", highlight), (spread, "right", ""),
                 (f"{r.came_back} ({_pct(r.came_back_share)})" if r.came_back else "0",
                  "right", ""),
                 (handling, "right", ""), (f"€ {r.cost_per_year:,.0f}", "right", "")]
        out.append("<tr>" + "".join(_TD.format(t=t, a=a, s=st) for t, a, st in cells) + "</tr>")
    out.append("</table>")
    labels = {r.reason: r.label for r in report.reasons}
    if report.varies_most:
        out.append("<p><b>Handled most differently</b> (worth a team talk about the "
                   "agreement, not about people): "
                   + "; ".join(escape(labels[x]) for x in report.varies_most) + ".</p>")
    out.append(f"<p>Repeat contacts about the same case: {report.repeat_contacts}. "
               f"Removing the causes of failure demand would save about "
               f"<b>€ {report.failure_saving_per_year:,.0f} a year</b> (handling hours per "
               f"day × {s.working_days_per_year} working days × € {s.cost_per_hour:g} an "
               f"hour).</p>")
    return "".join(out)
