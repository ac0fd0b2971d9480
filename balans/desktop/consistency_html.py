"""Consistency per reason as rich text: the same HTML on the end-of-day panel and in the PDF.

For the team, never per person: nothing here names an employee."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QLocale

from balans.core.i18n import QT_TRANSLATE_NOOP, Counted, fill, translate
from balans.core.reasons.consistency import ConsistencyReport
from balans.core.words import word

Consistency = Counted("Consistency")  # plurals; lupdate takes the name as context

# The core's ``translate``: the command line's PDF has this table too (English there).
_TABLE = ('<table width="100%" cellspacing="0" cellpadding="3" '
          'style="border-collapse: collapse; border: 1px solid #999;">')
_TH = '<th style="border: 1px solid #999;" align="{a}">{t}</th>'
_TD = '<td style="border: 1px solid #BBB;{s}" align="{a}">{t}</td>'
HEADS = ((QT_TRANSLATE_NOOP("Consistency", "Reason"), "left"),
         (QT_TRANSLATE_NOOP("Consistency", "Contacts"), "right"),
         (QT_TRANSLATE_NOOP("Consistency", "Resolved · follow-up · referred"), "left"),
         (QT_TRANSLATE_NOOP("Consistency", "The usual way"), "right"),
         (QT_TRANSLATE_NOOP("Consistency", "Day to day"), "right"),
         (QT_TRANSLATE_NOOP("Consistency", "Came back"), "right"),
         (QT_TRANSLATE_NOOP("Consistency", "Handling"), "right"),
         (QT_TRANSLATE_NOOP("Consistency", "Cost per year"), "right"))


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def _date(day, form: str) -> str:  # noqa: ANN001 - a date
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def _money(value: float) -> str:
    return QLocale().toString(float(round(value)), "f", 0)


def consistency_html(report: ConsistencyReport | None) -> str:
    if report is None:
        return ""
    s = report.settings
    n = report.days_observed
    out = ["<h3>" + fill(translate("Consistency", "Consistency per reason · %1 – %2"),
                         _date(report.first, "d MMM"), _date(report.last, "d MMM yyyy"))
           + "</h3>",
           "<p>" + fill(Consistency.tr("How the team handled each reason over %n "
                                  "day(s) with contacts. <i>The usual way</i> is the outcome "
                                  "the team agreed for the reason (marked ✓), else the one "
                                  "most contacts had. <i>Came back</i>: another contact about "
                                  "the same case within %1 days.", "", n), s.repeat_days)
           + "</p>"]
    if not report.reasons:
        return "".join(out + ["<p>" + translate("Consistency", "No contacts with a reason ended "
                                                "in this period.") + "</p>"])
    out.append(_TABLE + "<thead><tr>" + "".join(
        _TH.format(t=translate("Consistency", t), a=a) for t, a in HEADS) + "</tr></thead>")
    failure_words = translate("Consistency", "failure demand")
    for r in report.reasons:
        failure = r.demand == "failure"
        label = escape(r.label) + (f' <b style="color:#B5651D;">{failure_words}</b>'
                                   if failure else "")
        mix = " · ".join(str(n) for n in r.outcomes.values())
        usual = (f"{_pct(1 - r.other_share)} {word(r.reference_outcome)}"
                 + (" ✓" if r.usual_outcome else ""))
        spread = f"{_pct(r.day_range[0])}–{_pct(r.day_range[1])}" if r.day_range else "—"
        handling = (QLocale().toString(r.mean_handling_minutes, "f", 1) + " min"
                    if r.mean_handling_minutes is not None else "—")
        if r.handling_cv is not None:
            handling += f" ±{round(r.handling_cv * 100)}%"
        highlight = " font-weight:bold;" if r.reason in report.varies_most else ""
        cells = [(label, "left", ""), (str(r.count), "right", ""), (mix, "left", ""),
                 (usual, "right", highlight), (spread, "right", ""),
                 (f"{r.came_back} ({_pct(r.came_back_share)})" if r.came_back else "0",
                  "right", ""),
                 (handling, "right", ""), ("€ " + _money(r.cost_per_year), "right", "")]
        out.append("<tr>" + "".join(_TD.format(t=t, a=a, s=st) for t, a, st in cells) + "</tr>")
    out.append("</table>")
    labels = {r.reason: r.label for r in report.reasons}
    if report.varies_most:
        out.append("<p>" + fill(translate("Consistency", "<b>Handled most differently</b> "
                                          "(worth a team talk about the agreement, not about "
                                          "people): %1."),
                                "; ".join(escape(labels[x]) for x in report.varies_most))
                   + "</p>")
    out.append("<p>" + fill(translate("Consistency", "Repeat contacts about the same case: %1. "
                                      "Removing the causes of failure demand would save about "
                                      "<b>€ %2 a year</b> (handling hours per day × %3 working "
                                      "days × € %4 an hour)."),
                            report.repeat_contacts, _money(report.failure_saving_per_year),
                            s.working_days_per_year,
                            f"{s.cost_per_hour:g}".replace(".", QLocale().decimalPoint()))
               + "</p>")
    return "".join(out)
