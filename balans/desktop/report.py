"""The end-of-day summary as a printable PDF (A4 landscape, black text, role colours with labels).

Page 1: the team's figures, the channels and the table per employee. Then the charts (the same
chart widgets as the panel, in their printable colours, painted as vectors so their text stays
text), the contact reasons with their cost, the obstacles and the daily routine.

Works without a display: from the command line it sets ``QT_QPA_PLATFORM=offscreen`` when there
is no display and makes the QApplication the chart widgets need.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any, Mapping

from balans.core.i18n import QT_TRANSLATE_NOOP, Counted, fill, translate
from balans.core.reasons.consistency import ConsistencyReport
from balans.core.routine.model import Routine
from balans.core.summary.model import DaySummary
from balans.core.words import label, word
from balans.desktop.consistency_html import consistency_html

Report = Counted("Report")  # plurals; lupdate takes the name as context

# Words go through the core's ``translate``: in the app that is the user's language, from the
# command line (no translator installed) English, with English plurals all the same.


_APP: Any = None  # the application made here, kept alive for the process

PAGE_FONT_PT = 8.0


def _ensure_app() -> Any:
    global _APP
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = app = QApplication(sys.argv[:1] or ["balans"])
        from PySide6.QtCore import QLocale

        # The command line's report is English: its dates and numbers too.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    elif not isinstance(app, QApplication):
        raise RuntimeError("the PDF report needs a QApplication (charts are widgets)")
    return app


def write_summary_pdf(summary: DaySummary, path: str | os.PathLike[str],
                      routine: Routine | None = None,
                      names: Mapping[str, str] | None = None,
                      consistency: ConsistencyReport | None = None) -> None:
    """Write the summary (and the day's routine and the consistency per reason, when given)
    as a multi-page A4 PDF.

    Raises OSError when the file cannot be written."""
    _ensure_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from balans.desktop.charts.summary_charts import (BacklogChart, PlannedActualChart,
                                                      ReasonsChart, ServiceLevelChart)

    target = Path(path)
    with open(target, "wb"):  # a clear OSError (missing folder, no permission) before painting
        pass
    names = dict(names or {})
    writer = QPdfWriter(str(target))
    # Widget (screen) resolution, so the charts measure their text as they do on screen.
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(fill(translate("Report", "Balans — end of day %1"), summary.date.isoformat()))
    writer.setCreator("Balans")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(fill(translate("Report", "cannot write %1"), target))
    try:
        pages = _Pages(writer, painter, fill(translate("Report", "End of day · %1"),
                                             long_date(summary.date)))
        pages.html(first_page_html(summary, names))
        pages.charts([PlannedActualChart], summary, names)
        pages.charts([ServiceLevelChart, BacklogChart], summary, names)
        pages.charts([ReasonsChart], summary, names)
        pages.html(reasons_html(summary, names) + consistency_html(consistency)
                   + routine_html(routine, names))
    finally:
        painter.end()


class _Pages:
    """Lays HTML and charts out on pages, each with a running head and a page number."""

    def __init__(self, writer: Any, painter: Any, head: str):
        from PySide6.QtGui import QFont

        self.writer, self.painter, self.head = writer, painter, head
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = float(rect.width()), float(rect.height())
        self.font = QFont(QFont().family(), 1)
        self.font.setPointSizeF(PAGE_FONT_PT)
        self.number = 0
        self.band = writer.resolution() * 0.22  # head and foot, in device pixels

    def _new_page(self) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor

        if self.number:
            self.writer.newPage()
        self.number += 1
        p = self.painter
        p.setFont(self.font)
        p.setPen(QColor("#444444"))
        p.drawText(QRectF(0, 0, self.width, self.band), Qt.AlignmentFlag.AlignLeft, self.head)
        p.drawText(QRectF(0, self.height - self.band, self.width, self.band),
                   Qt.AlignmentFlag.AlignRight, fill(translate("Report", "page %1"), self.number))

    def body(self) -> tuple[float, float]:
        """Top and height of the area between head and foot."""
        return self.band * 1.3, self.height - self.band * 2.6

    def html(self, html: str) -> None:
        from PySide6.QtCore import QRectF, QSizeF
        from PySide6.QtGui import QTextDocument

        top, height = self.body()
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(self.font)
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(self.width, height))
        doc.setHtml(html)
        for page in range(doc.pageCount()):
            self._new_page()
            self.painter.save()
            self.painter.translate(0, top - page * height)
            doc.drawContents(self.painter, QRectF(0, page * height, self.width, height))
            self.painter.restore()

    def charts(self, kinds: list[type], summary: DaySummary, names: Mapping[str, str]) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        # Showing a widget offscreen makes the platform say it cannot propagate size hints;
        # true, and of no interest to someone writing a PDF from the command line.
        def quiet(kind, context, message):  # noqa: ANN001
            if "propagateSizeHints" in message:
                return
            if previous is not None:
                previous(kind, context, message)
            else:
                sys.stderr.write(message + "\n")

        previous = qInstallMessageHandler(quiet)
        try:
            self._paint_charts(kinds, summary, names)
        finally:
            qInstallMessageHandler(previous)

    def _paint_charts(self, kinds: list[type], summary: DaySummary,
                      names: Mapping[str, str]) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
        from PySide6.QtGui import QRegion
        from PySide6.QtWidgets import QWidget

        self._new_page()
        top, height = self.body()
        slot = height / len(kinds)
        logical_width = 1300  # widget pixels; scaled onto the page as vectors
        for i, kind in enumerate(kinds):
            chart = kind(printable=True)
            chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            chart.show_summary(summary, names)
            chart.resize(logical_width, int(logical_width * (slot * 0.96) / self.width))
            chart.show()
            chart.layout().activate()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            scale = self.width / logical_width
            self.painter.save()
            self.painter.translate(0, top + i * slot)
            self.painter.scale(scale, scale)
            chart.render(self.painter, QPoint(), QRegion(),
                         QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground)
            self.painter.restore()
            chart.close()
            chart.deleteLater()


# -- HTML for the text pages ------------------------------------------------------------------

STATUS_WORDS = {"open": QT_TRANSLATE_NOOP("Report", "open"),
                "in_progress": QT_TRANSLATE_NOOP("Report", "in progress"),
                "paused": QT_TRANSLATE_NOOP("Report", "paused")}
ROLE_HEX = {"contact": "#3B7DD8", "backoffice": "#3FA372", "break": "#C8CCD2"}
_TABLE = ('<table width="100%" cellspacing="0" cellpadding="2" '
          'style="border-collapse: collapse; border: 1px solid #999;">')
# <thead> rows repeat at the top of every page a table runs onto.
_TH = '<th style="background:#EEEEEE; border: 1px solid #999;" align="{a}">{t}</th>'
_TD = '<td style="border: 1px solid #BBB;{s}" align="{a}">{t}</td>'


CHANNEL_HEADS = ((QT_TRANSLATE_NOOP("Report", "Channel"), "left"),
                 (QT_TRANSLATE_NOOP("Report", "Offered"), "right"),
                 (QT_TRANSLATE_NOOP("Report", "Answered"), "right"),
                 (QT_TRANSLATE_NOOP("Report", "Abandoned"), "right"),
                 (QT_TRANSLATE_NOOP("Report", "Service level"), "right"),
                 (QT_TRANSLATE_NOOP("Report", "Average wait"), "right"),
                 (QT_TRANSLATE_NOOP("Report", "Handling time"), "right"))
REASON_HEADS = ((QT_TRANSLATE_NOOP("Report", "Reason"), "left"),
                (QT_TRANSLATE_NOOP("Report", "Demand"), "left"),
                (QT_TRANSLATE_NOOP("Report", "Contacts"), "right"),
                (QT_TRANSLATE_NOOP("Report", "Handling time"), "right"),
                (QT_TRANSLATE_NOOP("Report", "Cost"), "right"))
ITEM_HEADS = ((QT_TRANSLATE_NOOP("Report", "When"), "left"),
              (QT_TRANSLATE_NOOP("Report", "What"), "left"))
WAITING_HEADS = ((QT_TRANSLATE_NOOP("Report", "Contact"), "left"),
                 (QT_TRANSLATE_NOOP("Report", "Channel"), "left"),
                 (QT_TRANSLATE_NOOP("Report", "Since"), "left"),
                 (QT_TRANSLATE_NOOP("Report", "Waiting"), "right"))
CASE_HEADS = ((QT_TRANSLATE_NOOP("Report", "Case"), "left"),
              (QT_TRANSLATE_NOOP("Report", "Title"), "left"),
              (QT_TRANSLATE_NOOP("Report", "Age"), "right"),
              (QT_TRANSLATE_NOOP("Report", "Status"), "left"),
              (QT_TRANSLATE_NOOP("Report", "With"), "left"),
              (QT_TRANSLATE_NOOP("Report", "Due"), "left"))


def _head(cells: tuple[tuple[str, str], ...]) -> str:
    """A table's header row (repeated on every page the table runs onto), translated."""
    return ("<thead><tr>" + "".join(_TH.format(t=translate("Report", t), a=a) for t, a in cells)
            + "</tr></thead>")


def _row(cells: list[tuple[str, str, str]]) -> str:
    return "<tr>" + "".join(_TD.format(t=t, a=a, s=s) for t, a, s in cells) + "</tr>"


def long_date(day: Any) -> str:
    """"Monday 23 November 2026" in the language in use."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_date(day: Any, time: bool = False) -> str:
    """"Mon 23 Nov" (with " 14:05" when ``time``) in the language in use."""
    from PySide6.QtCore import QDate, QLocale

    text = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
    return f"{text} {day:%H:%M}" if time else text


def weekday_time(moment: Any) -> str:
    """"Mon 14:05"."""
    from PySide6.QtCore import QLocale

    name = QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{name} {moment:%H:%M}"


def _days(value: float) -> str:
    from balans.desktop.models.summary_table import decimal

    return fill(translate("Report", "%1 days"), decimal(round(value, 1)))


def first_page_html(summary: DaySummary, names: Mapping[str, str]) -> str:
    from balans.core.summary.model import r2
    from balans.desktop.models.summary_table import (COLUMNS, NOTES, employee_rows, pct,
                                                     team_figures)

    out = ['<h2 style="margin:0">' + escape(fill(translate("Report", "End-of-day summary — %1"),
                                                 long_date(summary.date))) + "</h2>"]
    out.append('<table width="100%" cellspacing="3" cellpadding="4"><tr>')
    for f in team_figures(summary):
        out.append(_figure_cell(f))
    out.append("</tr></table>")
    channels = summary.team.channels
    if channels:
        out.append("<h3>" + translate("Report", "Channels") + "</h3>" + _TABLE
                   + _head(CHANNEL_HEADS))
        for c in channels:
            out.append(_row([(label(c.channel), "left", ""),
                             (str(c.offered), "right", ""), (str(c.answered), "right", ""),
                             (str(c.abandoned), "right", ""),
                             (pct(c.service_level), "right", ""),
                             (_secs(r2(c.avg_wait_s)), "right", ""),
                             (_secs(r2(c.aht_s)), "right", "")]))
        out.append("</table>")
    out.append("<h3>" + translate("Report", "People") + " "
               '<span style="font-weight:normal; font-size:7.5pt; color:#444">'
               + translate("Report", "— by name. Notes say what the day did to someone; they are "
                           "not a score.")
               + "</span></h3>" + _TABLE + "<thead><tr>")
    for col in COLUMNS:
        mark = (f'<span style="color:{ROLE_HEX[col.role]}">■</span> ' if col.role else "")
        out.append(_TH.format(t=mark + escape(col.title()).replace("\n", "<br>"),
                              a="left" if col.left else "right"))
    out.append("</tr></thead>")
    rows = sorted(employee_rows(summary, names), key=lambda r: r.name.casefold())
    for r in rows:
        cells = []
        for i, col in enumerate(COLUMNS):
            text = escape(col.text(r)).replace("\n", "<br>")
            tint = " background:#FBE3BC;" if i == NOTES and r.notes else ""
            cells.append((text or "&nbsp;", "left" if col.left else "right", tint))
        out.append(_row(cells))
    if not rows:
        out.append('<tr><td colspan="11">'
                   + translate("Report", "Nobody was planned or active this day.") + "</td></tr>")
    out.append("</table>")
    return "".join(out)


def _figure_cell(f: Any) -> str:
    """One of the six team figures; the service level as a small table, a column per channel."""
    def big(text: str, breach: bool) -> str:
        red = " color:#B0302A;" if breach else ""
        return f'<span style="font-size:13pt; font-weight:bold;{red}">{escape(text)}</span>'

    if any(label for label, _t, _b in f.values):
        inner = ('<table cellspacing="0" cellpadding="0"><tr>'
                 + "".join(f'<td style="padding-right:10px; font-size:7.5pt">{escape(label)}</td>'
                           for label, _t, _b in f.values) + "</tr><tr>"
                 + "".join(f'<td style="padding-right:10px">{big(text, breach)}</td>'
                           for _l, text, breach in f.values) + "</tr></table>")
    else:
        inner = " ".join(big(text, breach) for _l, text, breach in f.values)
    width = 25 if f.key == "service_level" else 15
    return (f'<td valign="top" width="{width}%" style="border: 1px solid #999;">'
            f'<b style="font-size:7pt; color:#333">{escape(f.caption.upper())}</b>'
            f'{"" if inner.startswith("<table") else "<br>"}{inner}'
            f'{"" if inner.startswith("<table") else "<br>"}'
            f'<span style="font-size:7pt; color:#333">{escape(f.detail)}</span></td>')


def reasons_html(summary: DaySummary, names: Mapping[str, str]) -> str:
    from PySide6.QtCore import QLocale

    from balans.desktop.models.summary_table import decimal, money

    extra = summary.extra
    out = ["<h3>" + translate("Report", "Contact reasons and their cost") + "</h3>"]
    if extra is None or not extra.reason_costs:
        out.append("<p>" + translate("Report", "No ended contacts with a reason this day.")
                   + "</p>")
    else:
        out.append("<p>" + fill(translate("Report", "Cost = handling hours × € %1 per hour. "
                                          "Failure demand: € %2 of € %3."),
                                decimal(extra.cost_per_hour), money(extra.failure_cost),
                                money(extra.total_cost)) + "</p>")
        out.append(_TABLE + _head(REASON_HEADS))
        for c in extra.reason_costs:
            failure = c.demand == "failure"
            out.append(_row([(escape(c.label), "left", ""),
                             (word(c.demand), "left", " font-weight:bold;" if failure else ""),
                             (str(c.count), "right", ""),
                             (f"{c.handling_minutes:.0f} min", "right", ""),
                             ("€ " + QLocale().toString(float(c.cost), "f", 2), "right", "")]))
        out.append("</table>")
        if extra.repeat_contacts:
            out.append("<p>" + fill(translate("Report", "Customers who came back about a case that "
                                              "was still open: %1."),
                                    len(extra.repeat_contacts)) + "</p>")
    out.append("<h3>" + translate("Report", "Obstacles of the day") + "</h3>")
    if not summary.team.obstacles:
        out.append("<p>" + translate("Report", "No obstacles were logged this day.") + "</p>")
    for o in summary.team.obstacles:
        out.append(f"<p><b>{o.ts:%H:%M}</b> {escape(names.get(o.employee, o.employee))}: "
                   f"{escape(o.text)}</p>")
    return "".join(out)


def routine_html(routine: Routine | None, names: Mapping[str, str]) -> str:
    if routine is None:
        return ""
    from balans.desktop.models.routine_list import routine_headline
    open_items = [i for i in routine.not_acted_upon if i.kind != "contact.arrived"]
    contacts = Counter(i.channel or "other" for i in routine.not_acted_upon
                       if i.kind == "contact.arrived")
    out = ["<h3>" + translate("Report", "Routine: new or changed since the previous working "
                              "day") + "</h3>", f"<p>{escape(routine_headline(routine))}</p>"]
    if contacts:
        other = translate("Report", "other")
        counts = ", ".join(f"{n} {word(ch) if ch != 'other' else other}"
                           for ch, n in contacts.most_common())
        out.append("<p>" + fill(translate("Report", "Contacts nobody answered (they left the "
                                          "queue, or wait below): %1."), counts) + "</p>")
    if open_items:
        n = len(open_items)
        out.append("<p><b>" + Report.tr("Tasks and obstacles not picked up yet (%n)", "", n)
                   + "</b></p>" + _TABLE + _head(ITEM_HEADS))
        for item in open_items:
            what = f"{item.ref}: {item.text}" if item.ref else item.text
            if item.kind == "obstacle.logged":
                who = names.get(item.employee or "", item.employee)
                what = fill(translate("Report", "obstacle from %1: %2"), who, item.text)
            out.append(_row([(weekday_time(item.ts), "left", ""), (escape(what), "left", "")]))
        out.append("</table>")
    if routine.waiting_contacts:
        n = len(routine.waiting_contacts)
        out.append("<p><b>" + Report.tr("Waiting for an answer (%n)", "", n) + "</b></p>"
                   + _TABLE + _head(WAITING_HEADS))
        for w in routine.waiting_contacts:
            out.append(_row([(escape(w.contact), "left", ""),
                             (label(w.channel), "left", ""),
                             (short_date(w.arrived, time=True), "left", ""),
                             (_days(w.age_days), "right", "")]))
        out.append("</table>")
    if routine.open_cases:
        n = len(routine.open_cases)
        out.append("<p><b>" + Report.tr("Open cases at the end of the day (%n)", "", n)
                   + "</b></p>" + _TABLE + _head(CASE_HEADS))
        for c in routine.open_cases:
            late = " · " + translate("Report", "past due") if c.overdue else ""
            due = short_date(c.due) + late if c.due else "—"
            status = STATUS_WORDS.get(c.status)
            out.append(_row([(escape(c.task), "left", ""), (escape(c.title or ""), "left", ""),
                             (_days(c.age_days), "right", ""),
                             (translate("Report", status) if status else c.status, "left", ""),
                             (escape(names.get(c.holder or "", c.holder or "—")), "left", ""),
                             (due, "left", "")]))
        out.append("</table>")
    return "".join(out)


def _secs(value: float | None) -> str:
    """A wait or handling time with its unit: 6 s, 4 min 45 s, 2.3 h."""
    if value is None:
        return "—"
    if value < 60:
        return f"{value:.0f} s"
    if value < 3600:
        return f"{int(value // 60)} min {int(value % 60)} s"
    from balans.desktop.models.summary_table import decimal

    return fill(translate("Report", "%1 h"), decimal(round(value / 3600, 1)))
