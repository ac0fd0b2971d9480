"""The board's day chart, per 15 minutes since opening.

Above: contacts waiting (left axis) and backlog open (right axis), two lines.
Below: contact staff the forecast needs (dashed step) against people planned on contact (step)
and people actually in contact mode (filled step).

Every plot item is made once; ``set_series`` only calls ``setData`` and sets the ranges. Colours
come from the palette, the two role colours from the theme; legends are Qt labels, so they follow
the application font.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from balans.desktop.livefeed import DaySeries
from balans.desktop.theme import ROLE_COLORS

CONTACT = QColor(ROLE_COLORS["contact"])
BACKOFFICE = QColor(ROLE_COLORS["backoffice"])
AXIS_WIDTH_EM = 3.6  # left and right axes, in font heights, so both plots line up


def nice_step(span: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``span``."""
    power = 10 ** math.floor(math.log10(max(span, 1e-9)))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= span)


def nice_ceiling(value: float) -> float:
    """``value`` rounded up to a round axis end (3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40...)."""
    power = 10 ** math.floor(math.log10(max(value, 1e-9)))
    return next(m * power for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10) if m * power >= value)


class HourAxis(pg.AxisItem):
    """Local hours (8.25) shown as clock times (08:15), a label every hour or two."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803
        span = max(maxVal - minVal, 1e-6)
        major = 1.0 if size / span >= 70 else 2.0 if size / span >= 35 else 4.0
        return [(major, 0), (0.25 if major == 1.0 else 1.0, 0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802, ANN001, ANN201
        out = []
        for v in values:
            minutes = int(round(v * 60))
            out.append(f"{minutes // 60 % 24:02d}:{minutes % 60:02d}")
        return out


def _legend(*items: tuple[str, str]) -> str:
    """Rich text: a coloured mark and its words per item; a narrow chart wraps between items."""
    return " &nbsp; ".join(
        f'<span style="color:{color}; font-weight:700">{mark}</span>&nbsp;'
        f'{text.replace(" ", "&nbsp;")}'
        for mark, color, text in ((i[0][0], i[0][1:], i[1]) for i in items))


BELOW = 0.04  # of a range, shown below its lowest value


class DayChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: DaySeries | None = None
        self._ranges: tuple = ()
        font = QFont(self.font())
        self._axis_font = font
        em = self.fontMetrics().height()

        self.top_legend = QLabel()
        self.bottom_legend = QLabel()
        for label in (self.top_legend, self.bottom_legend):
            label.setWordWrap(True)
        self.top = pg.PlotWidget(axisItems={"bottom": HourAxis("bottom")})
        self.bottom = pg.PlotWidget(axisItems={"bottom": HourAxis("bottom")})
        self.backlog_view = pg.ViewBox()
        top = self.top.getPlotItem()
        top.showAxis("right")
        top.scene().addItem(self.backlog_view)
        top.getAxis("right").linkToView(self.backlog_view)
        self.backlog_view.setXLink(top.vb)
        top.vb.sigResized.connect(self._sync_views)
        self.bottom.getPlotItem().showAxis("right")
        self.bottom.setXLink(self.top)
        for widget in (self.top, self.bottom):
            plot = widget.getPlotItem()
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(y=True, alpha=0.12)
            for side in ("left", "right"):
                plot.getAxis(side).setWidth(int(em * AXIS_WIDTH_EM))
            for side in ("left", "right", "bottom"):
                plot.getAxis(side).setStyle(tickFont=font, tickTextOffset=6)
        self.backlog_view.setMouseEnabled(x=False, y=False)
        self.bottom.getPlotItem().getAxis("right").setStyle(showValues=False)
        self.top.getPlotItem().getAxis("bottom").setStyle(showValues=False)  # shared below

        # Made once; fed with setData.
        self.waiting = pg.PlotDataItem()
        self.backlog = pg.PlotDataItem()
        self.required = pg.PlotDataItem(stepMode="center")
        self.planned = pg.PlotDataItem(stepMode="center")
        self.actual = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.top.addItem(self.waiting)
        self.backlog_view.addItem(self.backlog)
        for item in (self.actual, self.planned, self.required):  # the fill under the lines
            self.bottom.addItem(item)

        self.empty = QLabel(self.tr("Nobody has started yet today: the chart begins at opening."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        plots = QWidget()
        box = QVBoxLayout(plots)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.top_legend)
        box.addWidget(self.top, 1)
        box.addWidget(self.bottom_legend)
        box.addWidget(self.bottom, 1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(plots)
        self.apply_palette()

    # ------------------------------------------------------------------ data
    def set_series(self, series: DaySeries) -> None:
        self.series = series
        if series.empty:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.waiting.setData(series.points, series.waiting)
        self.backlog.setData(series.points, series.backlog)
        self.required.setData(series.edges, series.required)
        self.planned.setData(series.edges, series.planned)
        self.actual.setData(series.edges, series.actual)
        # Ranges move in whole hours and round steps: a range change redraws the axes, the
        # costliest part of a repaint, and a chart that keeps still is calmer to read.
        x0 = float(series.edges[0])
        x1 = max(math.ceil((float(series.points[-1]) + 0.2) * 2) / 2, x0 + 2.0)
        low, high = float(series.backlog.min()), float(series.backlog.max())
        step = nice_step(max(high - low, 10.0) / 3)
        people = max(float(np.max(series.required, initial=0)), float(series.planned.max()),
                     float(series.actual.max()), 2.0)
        waiting_top = nice_ceiling(max(3.0, float(series.waiting.max()) * 1.15))
        backlog_low = max(0.0, math.floor(low / step - 0.5) * step)
        backlog_top = math.ceil(high / step + 0.5) * step
        # A little room below the lowest value on both axes alike (their grid lines stay
        # together): "nobody waiting" is a visible line, not one lost in the axis.
        ranges = ((x0, x1), (-BELOW * waiting_top, waiting_top),
                  (backlog_low - BELOW * (backlog_top - backlog_low), backlog_top),
                  (0.0, nice_ceiling(people * 1.1)))
        if ranges != self._ranges:
            self._ranges = ranges
            (xa, xb), (wa, wb), (ba, bb), (pa, pb) = ranges
            self.top.setXRange(xa, xb, padding=0.01)
            self.top.setYRange(wa, wb, padding=0)
            self.backlog_view.setYRange(ba, bb, padding=0)
            self.bottom.setYRange(pa, pb, padding=0)
            # Whole numbers only, and grid lines at labelled ticks only: fewer lines, calmer.
            for axis, (lo, hi) in ((self.top.getAxis("left"), (wa, wb)),
                                   (self.top.getPlotItem().getAxis("right"), (ba, bb)),
                                   (self.bottom.getAxis("left"), (pa, pb))):
                major = max(1.0, nice_step((hi - lo) / 5))
                axis.setTickSpacing(major, major)

    # ------------------------------------------------------------------ look
    def apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        for widget in (self.top, self.bottom):
            widget.setBackground(base)
            plot = widget.getPlotItem()
            for side in ("left", "right", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(pg.mkPen(quiet))
                axis.setTextPen(pg.mkPen(text))
        self.bottom.getPlotItem().getAxis("right").setPen(pg.mkPen(base))
        contact_line = QColor(CONTACT).darker(135) if base.lightness() > 128 else \
            QColor(CONTACT).lighter(135)
        fill = QColor(CONTACT)
        fill.setAlpha(90)
        self.waiting.setPen(pg.mkPen(CONTACT, width=2.5))
        self.backlog.setPen(pg.mkPen(BACKOFFICE, width=2.5))
        self.required.setPen(pg.mkPen(text, width=2, style=Qt.PenStyle.DashLine))
        self.planned.setPen(pg.mkPen(contact_line, width=2))
        self.actual.setPen(pg.mkPen(None))
        self.actual.setBrush(pg.mkBrush(fill))
        self.top_legend.setText(_legend(
            (f"━{CONTACT.name()}", self.tr("contacts waiting, e-mail too (left)")),
            (f"━{BACKOFFICE.name()}", self.tr("backlog open (right)"))))
        self.bottom_legend.setText(_legend(
            (f"┅{text.name()}", self.tr("required (forecast)")),
            (f"━{contact_line.name()}", self.tr("planned")),
            (f"■{fill.name()}", self.tr("in contact mode"))) + " &nbsp; "
            + self.tr("(contact staff, people)").replace(" ", "&nbsp;"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()

    def _sync_views(self) -> None:
        vb = self.top.getPlotItem().vb
        self.backlog_view.setGeometry(vb.sceneBoundingRect())
        self.backlog_view.linkedViewChanged(vb, self.backlog_view.XAxis)
