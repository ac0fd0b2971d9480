"""The end-of-day charts: planned vs actual per person, service level per interval, the backlog
over the day, and contact reasons as a Pareto with failure demand in a second shade.

Each chart is a :class:`ChartBox` (a title, a legend in words and colour, a pyqtgraph plot) whose
plot items are created once; ``show_summary`` only calls ``setData``/``setOpts``. The numbers come
from ``DaySummary`` (core). Charts are calm: no zooming, the mouse wheel scrolls the page. They
follow the OS palette, or black on white when ``printable`` (for the PDF report).
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from balans.core.i18n import fill, translate
from balans.core.summary.model import DaySummary, IntervalFigures
from balans.core.vocabulary import Demand, Role
from balans.core.words import label, word
from balans.desktop.theme import ROLE_COLORS


# Channel lines: colours apart from the role colours, amber and red, and each with its own dash
# and symbol so they stay apart without colour too.
CHANNEL_STYLE = {  # channel: colour, dash, symbol (the label comes from core.words)
    "phone": ("#7E57C2", Qt.PenStyle.SolidLine, "o"),
    "counter": ("#8D6E63", Qt.PenStyle.DashLine, "s"),
    "chat": ("#00838F", Qt.PenStyle.DotLine, "t"),
}
VALUE_SHADE = "#9DB4CC"  # value demand: the pale shade
FAILURE_SHADE = "#3F5F80"  # failure demand: the dark shade of the same blue-grey
SL_GOAL = 80.0


def swatch(color: str, pale: bool = False) -> str:
    """Rich text: a coloured square to put before a label (colour is never alone)."""
    alpha = ' style="opacity:0.45"' if pale else ""
    return f'<span style="color:{color}"{alpha}>■</span>'


class _Plot(pg.PlotWidget):
    """A plot that does not zoom or pan; the wheel goes to the page around it."""

    def __init__(self, parent: QWidget | None = None, **axes: pg.AxisItem):
        super().__init__(parent, enableMenu=False, axisItems=axes or None)
        item = self.getPlotItem()
        item.setMouseEnabled(False, False)
        item.hideButtons()
        item.setMenuEnabled(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        event.ignore()


class ClockAxis(pg.AxisItem):
    """Hours since the day's start, labelled with the local clock time (DST-safe)."""

    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation)
        self.origin: datetime | None = None

    def tickSpacing(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803
        """A label every hour when there is room for it, else every two or four hours."""
        room = size / max(maxVal - minVal, 1e-6)  # pixels per hour
        label = self.fontMetrics().horizontalAdvance("00:00") * 1.6 \
            if hasattr(self, "fontMetrics") else 60
        major = 1.0 if room >= label else 2.0 if room * 2 >= label else 4.0
        return [(major, 0)]  # no minor ticks: a calm grid

    def tickStrings(self, values, scale, spacing):  # noqa: ANN001, N802 - pyqtgraph override
        if self.origin is None:
            return ["" for _ in values]
        return [f"{(self.origin + timedelta(hours=v)).astimezone(self.origin.tzinfo):%H:%M}"
                for v in values]


class ChartBox(QWidget):
    """Title, legend and plot, painted as one (so the PDF can render it whole)."""

    def __init__(self, title: str, printable: bool = False, parent: QWidget | None = None,
                 **axes: pg.AxisItem):
        super().__init__(parent)
        self.printable = printable
        self.plot = plot = _Plot(**axes)
        self.title = QLabel(title)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel()
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(plot, 1)
        if printable:
            palette = QPalette(self.palette())
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                palette.setColor(role, QColor("white"))
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, QColor("black"))
            self.setPalette(palette)
            self.setAutoFillBackground(True)

    def colors(self) -> tuple[QColor, QColor, QColor]:
        """Background, text, and a quiet grid/line colour."""
        if self.printable:
            return QColor("white"), QColor("black"), QColor("#8A8A8A")
        pal = self.palette()
        fg = pal.color(QPalette.ColorRole.WindowText)
        bg = pal.color(QPalette.ColorRole.Base)
        mid = QColor.fromRgbF((fg.redF() + bg.redF()) / 2, (fg.greenF() + bg.greenF()) / 2,
                              (fg.blueF() + bg.blueF()) / 2)
        return bg, fg, mid

    def apply_palette(self) -> None:
        bg, fg, _mid = self.colors()
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.1)
        self.title.setFont(title)
        self.plot.setBackground(bg)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom", "top", "right"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(fg))
            axis.setTextPen(pg.mkPen(fg))
            axis.setTickFont(base)
            if axis.label is not None:
                axis.label.setFont(base)
            axis.labelStyle = {"color": fg.name()}
            axis._updateLabel()  # re-colour the axis title too
        self.restyle(fg)

    def restyle(self, fg: QColor) -> None:
        """Colours that follow the palette, for subclasses."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) \
                and not self.printable:
            self.apply_palette()

    def fit_labels(self, axis: pg.AxisItem, labels: Sequence[str]) -> None:
        """Make a category axis as wide as its longest label (pyqtgraph would widen it only
        after a first paint, too late for a printed page)."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(t) for t in labels), default=0)
        axis.setWidth(widest + metrics.height())

    def fit_height(self, lines: float) -> None:
        """Make the plot ``lines`` font heights tall: it grows with the font, not the window."""
        if self.printable:
            return  # the report decides the size of the page
        self.plot.setFixedHeight(int(self.fontMetrics().height() * lines))

    def say_empty(self, text: str | None) -> None:
        self.empty.setText(text or "")
        self.empty.setVisible(bool(text))
        self.plot.setVisible(not text)

    def show_summary(self, summary: DaySummary, names: Mapping[str, str]) -> None:
        raise NotImplementedError


def _active_range(intervals: Sequence[IntervalFigures], step_h: float) -> tuple[float, float]:
    """The working hours: from the first to the last interval in which anyone was planned or
    worked (e-mails arriving at night do not stretch the chart), in whole hours."""
    busy = [k for k, i in enumerate(intervals) if i.actual.total > 0 or i.planned.total > 0] \
        or [k for k, i in enumerate(intervals) if any(i.offered.values())]
    if not busy:
        return 0.0, len(intervals) * step_h
    return math.floor(busy[0] * step_h), math.ceil((busy[-1] + 1) * step_h)


# -- planned vs actual per person -------------------------------------------------------------

class PlannedActualChart(ChartBox):
    """Per person two stacked bars: planned (upper, pale) and actual (lower, solid) minutes."""

    BAR = 0.36

    def __init__(self, printable: bool = False, parent: QWidget | None = None):
        left = pg.AxisItem("left")
        super().__init__(translate("SummaryCharts", "Planned and actual time per person"),
                         printable, parent, left=left)
        self._left = left
        plot = self.plot
        self.planned = {role: pg.BarGraphItem(x0=[], width=[], y=[], height=[]) for role in Role}
        self.actual = {role: pg.BarGraphItem(x0=[], width=[], y=[], height=[]) for role in Role}
        for role in Role:
            plot.addItem(self.planned[role])
            plot.addItem(self.actual[role])
        plot.getPlotItem().invertY(True)
        plot.setLabel(axis="bottom", text=translate("SummaryCharts", "minutes"))
        self.apply_palette()
        words = "  ".join(f"{swatch(ROLE_COLORS[r])} {label(r)}" for r in Role)
        self.legend.setText(fill(translate(
            "SummaryCharts", "%1  &nbsp;·&nbsp; upper bar: planned (pale), lower bar: actual "
            "(solid)"), words))

    def restyle(self, fg: QColor) -> None:
        for role in Role:
            color = QColor(ROLE_COLORS[role])
            pale = QColor(color)
            pale.setAlpha(90)
            self.planned[role].setOpts(brush=pg.mkBrush(pale), pen=pg.mkPen(color, width=1))
            self.actual[role].setOpts(brush=pg.mkBrush(color), pen=pg.mkPen(None))

    def show_summary(self, summary: DaySummary, names: Mapping[str, str]) -> None:
        people = sorted(summary.employees,
                        key=lambda e: (names.get(e.employee) or e.employee).casefold())
        n = len(people)
        self.say_empty(None if n
                       else translate("SummaryCharts", "Nobody was planned or active this day."))
        y = np.arange(n, dtype=float)
        for bars, offset, which in ((self.planned, -0.2, "planned_minutes"),
                                    (self.actual, 0.2, "actual_minutes")):
            start = np.zeros(n)
            for role in Role:
                width = np.array([getattr(e, which).of(role) for e in people], dtype=float)
                bars[role].setOpts(x0=start.copy(), width=width, y=y + offset,
                                   height=np.full(n, self.BAR))
                start += width
        ticks = [(float(i), names.get(e.employee) or e.employee) for i, e in enumerate(people)]
        self._left.setTicks([ticks])
        self.fit_labels(self._left, [t for _y, t in ticks])
        longest = max((max(e.planned_minutes.total, e.actual_minutes.total) for e in people),
                      default=60.0)
        item = self.plot.getPlotItem()
        item.setXRange(0, max(60.0, longest) * 1.03, padding=0)
        item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.fit_height(2.0 * max(n, 4) + 3)


# -- service level per interval ---------------------------------------------------------------

class ServiceLevelChart(ChartBox):
    def __init__(self, printable: bool = False, parent: QWidget | None = None):
        axis = ClockAxis()
        super().__init__(translate("SummaryCharts", "Service level per 15 minutes"), printable,
                         parent, bottom=axis)
        self.axis = axis
        plot = self.plot
        self.lines = {}
        for channel, (color, dash, symbol) in CHANNEL_STYLE.items():
            line = pg.PlotDataItem([], [], connect="finite", symbol=symbol, symbolSize=7,
                                   antialias=True, name=label(channel))
            # Phone carries the volume; a line through counter or chat (one or two customers
            # a quarter) would only zigzag between 0 and 100%, so those are points.
            line.setPen(pg.mkPen(color, width=2, style=dash) if channel == "phone" else None)
            line.setSymbolBrush(pg.mkBrush(color))
            line.setSymbolPen(pg.mkPen(color))
            plot.addItem(line)
            self.lines[channel] = line
        self.goal = pg.InfiniteLine(pos=SL_GOAL, angle=0, movable=False)
        plot.addItem(self.goal)
        plot.setLabel(axis="left", text=translate("SummaryCharts", "in target (%)"))
        # Room below 0% too: a quarter in which nobody was answered in time shows its whole point.
        plot.getPlotItem().setYRange(-5, 105, padding=0)
        plot.getPlotItem().showGrid(x=True, y=True, alpha=0.15)
        self.apply_palette()
        self.fit_height(17)

    def restyle(self, fg: QColor) -> None:
        self.goal.setPen(pg.mkPen(self.colors()[2], width=1, style=Qt.PenStyle.DashLine))

    def show_summary(self, summary: DaySummary, names: Mapping[str, str]) -> None:
        intervals = summary.extra.intervals if summary.extra else ()
        step_h = (intervals[1].start - intervals[0].start).total_seconds() / 3600 \
            if len(intervals) > 1 else 0.25
        self.title.setText(fill(translate("SummaryCharts", "Service level per %1 minutes"),
                                f"{step_h * 60:.0f}"))
        self.axis.origin = intervals[0].start if intervals else None
        x = np.arange(len(intervals)) * step_h + step_h / 2
        shown = []
        for channel, line in self.lines.items():
            values = [i.service_level.get(channel) for i in intervals]
            if any(v is not None for v in values):
                line.setData(x, np.array([np.nan if v is None else v * 100 for v in values]))
                line.show()
                shown.append(channel)
            else:
                line.setData([], [])
                line.hide()
        self.say_empty(None if shown
                       else translate("SummaryCharts", "No phone, counter or chat contacts this "
                                      "day."))
        words = "  ".join(f"{swatch(CHANNEL_STYLE[c][0])} {label(c)}" for c in shown)
        self.legend.setText(fill(translate(
            "SummaryCharts", "%1  &nbsp;·&nbsp; dashed line: the %2% goal; no point: nobody "
            "arrived on that channel"), words, f"{SL_GOAL:.0f}"))
        lo, hi = _active_range(intervals, step_h)
        self.plot.getPlotItem().setXRange(lo, hi, padding=0.01)


# -- backlog over the day ---------------------------------------------------------------------

class BacklogChart(ChartBox):
    def __init__(self, printable: bool = False, parent: QWidget | None = None):
        axis = ClockAxis()
        super().__init__(translate("SummaryCharts", "Backlog over the day"), printable, parent,
                         bottom=axis)
        self.axis = axis
        plot = self.plot
        # The shaded area and its outline apart: an outline with a fill level would drop to
        # zero at the last quarter, as if the backlog had been cleared at that moment.
        self.fill = pg.PlotDataItem([], [], stepMode="center", fillLevel=0, pen=None)
        self.line = pg.PlotDataItem([], [], stepMode="center", antialias=True)
        plot.addItem(self.fill)
        plot.addItem(self.line)
        plot.setLabel(axis="left", text=translate("SummaryCharts", "tasks open"))
        plot.getPlotItem().showGrid(x=True, y=True, alpha=0.15)
        self.apply_palette()
        self.fit_height(17)

    def restyle(self, fg: QColor) -> None:
        color = QColor(ROLE_COLORS["backoffice"])  # the backlog is back-office work
        fill = QColor(color)
        fill.setAlpha(40)
        self.line.setPen(pg.mkPen(color, width=2))
        self.fill.setBrush(pg.mkBrush(fill))

    def show_summary(self, summary: DaySummary, names: Mapping[str, str]) -> None:
        intervals = summary.extra.intervals if summary.extra else ()
        step_h = (intervals[1].start - intervals[0].start).total_seconds() / 3600 \
            if len(intervals) > 1 else 0.25
        self.axis.origin = intervals[0].start if intervals else None
        b = summary.team.backlog
        self.legend.setText(swatch(ROLE_COLORS["backoffice"]) + " " + fill(translate(
            "SummaryCharts", "tasks open at the end of each %1 minutes &nbsp;·&nbsp; %2 at the "
            "start, "
            "%3 new, %4 finished, %5 at the end"), f"{step_h * 60:.0f}", b.open_start,
            b.created, b.finished, b.open_end))
        self.say_empty(None if intervals
                       else translate("SummaryCharts", "No figures for this day."))
        if not intervals:
            self.line.setData([], [])
            self.fill.setData([], [])
            return
        # stepMode "center": each quarter's count holds across that quarter (edges: n + 1).
        x = np.arange(len(intervals) + 1) * step_h
        y = np.array([i.backlog_open_end for i in intervals], dtype=float)
        self.line.setData(x, y)
        self.fill.setData(x, y)
        lo, hi = _active_range(intervals, step_h)
        item = self.plot.getPlotItem()
        item.setXRange(lo, hi, padding=0.01)
        item.setYRange(0, max(5.0, float(y.max()) * 1.1), padding=0)


# -- contact reasons (Pareto) -----------------------------------------------------------------

class ReasonsChart(ChartBox):
    """Reasons by count, largest first; the cumulative share on the top axis (0-100%)."""

    def __init__(self, printable: bool = False, parent: QWidget | None = None):
        left = pg.AxisItem("left")
        super().__init__(translate("SummaryCharts", "Contact reasons (Pareto)"), printable, parent,
                         left=left)
        self._left = left
        plot = self.plot
        self.value = pg.BarGraphItem(x0=[], width=[], y=[], height=[])
        self.failure = pg.BarGraphItem(x0=[], width=[], y=[], height=[])
        plot.addItem(self.value)
        plot.addItem(self.failure)
        item = plot.getPlotItem()
        item.invertY(True)
        plot.setLabel(axis="bottom", text=translate("SummaryCharts", "contacts"))
        # The cumulative share lives in a second view box sharing the y axis.
        self.share_box = pg.ViewBox(enableMouse=False)
        item.showAxis("top")
        item.scene().addItem(self.share_box)
        item.getAxis("top").linkToView(self.share_box)
        item.getAxis("top").setLabel(translate("SummaryCharts", "cumulative share of contacts (%)"))
        self.share_box.setYLink(item)
        self.share_box.invertY(True)  # inversion is not part of the link
        self.share_box.setXRange(0, 100, padding=0)
        self.cumulative = pg.PlotDataItem([], [], symbol="o", symbolSize=5, antialias=True)
        self.share_box.addItem(self.cumulative)
        item.vb.sigResized.connect(self._sync)
        self.apply_palette()
        self.legend.setText(
            f"{swatch(VALUE_SHADE)} {word(Demand.VALUE)} &nbsp; {swatch(FAILURE_SHADE)} "
            f"{word(Demand.FAILURE)} &nbsp;·&nbsp; "
            + translate("SummaryCharts", "line: cumulative share"))

    def _sync(self) -> None:
        self.share_box.setGeometry(self.plot.getPlotItem().vb.sceneBoundingRect())

    def restyle(self, fg: QColor) -> None:
        self.value.setOpts(brush=pg.mkBrush(VALUE_SHADE), pen=pg.mkPen(None))
        self.failure.setOpts(brush=pg.mkBrush(FAILURE_SHADE), pen=pg.mkPen(None))
        self.cumulative.setPen(pg.mkPen(fg, width=1.5))
        self.cumulative.setSymbolBrush(pg.mkBrush(fg))
        self.cumulative.setSymbolPen(pg.mkPen(fg))

    def show_summary(self, summary: DaySummary, names: Mapping[str, str]) -> None:
        costs = summary.extra.reason_costs if summary.extra else ()
        rows = [(c.label, c.count, c.demand == "failure") for c in costs] or \
            [(r.reason, r.count, False) for r in summary.team.reasons]
        n = len(rows)
        self.say_empty(None if n else translate("SummaryCharts", "No ended contacts with a reason "
                                                "this day."))
        total = sum(count for _l, count, _f in rows) or 1
        for bars, failure in ((self.value, False), (self.failure, True)):
            ys = [i for i, row in enumerate(rows) if row[2] == failure]
            bars.setOpts(x0=np.zeros(len(ys)), width=np.array([rows[i][1] for i in ys], float),
                         y=np.array(ys, float), height=np.full(len(ys), 0.7))
        self._left.setTicks([[(float(i), label) for i, (label, _c, _f) in enumerate(rows)]])
        self.fit_labels(self._left, [label for label, _c, _f in rows])
        self.cumulative.setData(np.cumsum([c for _l, c, _f in rows]) / total * 100,
                                np.arange(n, dtype=float))
        item = self.plot.getPlotItem()
        item.setXRange(0, max((c for _l, c, _f in rows), default=1) * 1.05, padding=0)
        item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.share_box.setXRange(0, 105, padding=0)
        self.fit_height(2.0 * max(n, 4) + 5)
        self._sync()


CHARTS = (PlannedActualChart, ReasonsChart, ServiceLevelChart, BacklogChart)
