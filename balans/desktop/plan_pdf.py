"""The day's plan on one landscape A4 page, for the wall by the counter or the team meeting.

Drawn by the same painter as the screen (``widgets.plan_paint``), in print colours (black on
white whatever the screen's theme), scaled down as a whole when a large team would not fit.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from balans.core.i18n import fill, translate
from balans.desktop.formats import day_text
from balans.desktop.panels.planner_text import shortfall_text
from balans.desktop.widgets.plan_layout import Colors, Layout, PlanView
from balans.desktop.widgets.plan_paint import paint_plan

DPI = 96  # the screen's logical resolution, so font metrics measured for the layout hold
BODY_SIZES = (11.0, 10.0, 9.0, 8.0)  # points, largest first
TITLE_PT = 14.0
MAX_ROW_GROWTH = 1.6


class PlanPdf(QObject):
    """The page's counted words (pyside6-lupdate sees a plural only in a ``tr()`` call)."""

    def on_shift(self, n: int) -> str:
        return self.tr("%n on shift", "", n)

    def switches(self, n: int) -> str:
        return self.tr("%n switch(es) in total", "", n)


def write_plan_pdf(path: str, view: PlanView, base_font: QFont,
                   printed: datetime | None = None) -> None:
    writer = QPdfWriter(path)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(fill(translate("PlanPdf", "Plan %1"), view.grid.day.isoformat()))
    writer.setCreator("Balans")
    page = writer.pageLayout().paintRectPixels(DPI)
    p = QPainter(writer)
    try:
        _paint_page(p, view, base_font, QRectF(0, 0, page.width(), page.height()), printed)
    finally:
        p.end()


def _paint_page(p: QPainter, view: PlanView, base_font: QFont, area: QRectF,
                printed: datetime | None) -> None:
    title = QFont(base_font)
    title.setPointSizeF(TITLE_PT)
    title.setBold(True)
    body = QFont(base_font)
    body.setPointSizeF(BODY_SIZES[-1])
    p.setPen(QColor("#000000"))
    p.setFont(title)
    heading = fill(translate("PlanPdf", "Plan for %1"),
                   day_text(view.grid.day, "dddd d MMMM yyyy"))
    title_h = p.fontMetrics().height() * 1.3
    p.drawText(QRectF(area.left(), area.top(), area.width(), title_h),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
    p.setFont(body)
    cov = view.coverage
    words = PlanPdf()
    line = " · ".join((words.on_shift(len(view.employees)), shortfall_text(cov),
                       words.switches(cov.total_switches)))
    if printed is not None:
        line += " · " + fill(translate("PlanPdf", "printed %1"),
                             day_text(printed, "d MMM yyyy HH:mm"))
    sub_h = p.fontMetrics().height() * 1.6
    p.drawText(QRectF(area.left(), area.top() + title_h, area.width(), sub_h),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
    top = area.top() + title_h + sub_h
    width, height = area.width(), area.bottom() - top
    lay = _largest_fitting(p, view, body, width, height, area.left())
    scale = min(1.0, width / lay.width, height / lay.height)
    scale = 1.0 if scale > 0.999 else scale  # float noise is not a reason to re-lay the page
    if scale < 1.0:  # too wide or tall even in small type: lay out in the scaled-down space
        lay = Layout.fit(width / scale, p.font(), view, x0=area.left() / scale, y0=0)
    p.translate(0, top)
    p.scale(scale, scale)
    paint_plan(p, view, _grown(lay, height / scale), Colors.for_print())


def _largest_fitting(p: QPainter, view: PlanView, body: QFont, width: float, height: float,
                     left: float) -> Layout:
    """The largest type (down to the body size) at which the whole grid fits the page."""
    font = QFont(body)
    for points in BODY_SIZES:
        font.setPointSizeF(points)
        lay = Layout.fit(width, font, view, x0=left, y0=0)
        if lay.height <= height and lay.width <= width + 0.5:
            break
    p.setFont(font)
    return lay


def _grown(lay: Layout, height: float) -> Layout:
    """Rows stretched into the height left over, so a small team's bars read from a step away."""
    spare = height - lay.height
    if spare <= 0 or not lay.rows:
        return lay
    grow = min(MAX_ROW_GROWTH, 1 + spare / (lay.rows * lay.row_h + 3 * lay.cov_h))
    return replace(lay, row_h=lay.row_h * grow, cov_h=lay.cov_h * grow)
