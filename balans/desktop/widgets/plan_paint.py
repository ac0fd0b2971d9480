"""Drawing a day's plan: one painter for the screen and for the PDF, so both always agree.

Each role block is filled in its role colour *and* labelled (colour is never the only cue); the
shift is a pale track, so "unplanned" and "not working" look different. Under the grid: contact
staff needed and planned per interval, a shortfall in red (it is a customer-facing breach), and,
once evaluated, the expected service level. Broken plan rules are amber, as flags are elsewhere.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from balans.core.planning.plans import blocks_of
from balans.core.i18n import fill, translate
from balans.core.words import label as role_label
from balans.desktop.theme import AMBER, RED, ROLE_COLORS
from balans.desktop.widgets.plan_layout import (Colors, Layout, Overlay, PlanPaint, PlanView,
                                                coverage_labels)

TEXT_ON = {"contact": "#FFFFFF", "backoffice": "#FFFFFF", "break": "#2B2B2B"}
SHORT = {"contact": "C", "backoffice": "B", "break": "P"}  # the keys that paint them
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
SHORT_FILL = QColor(200, 69, 59, 46)  # RED, light: the cell stays readable under the number
HATCH = QBrush(QColor(0, 0, 0, 50), Qt.BrushStyle.BDiagPattern)


def paint_plan(p: QPainter, view: PlanView, lay: Layout, colors: Colors,
               overlay: Overlay | None = None) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _header(p, view, lay, colors)
    for row, emp in enumerate(view.employees):
        _row(p, view, lay, colors, row, emp)
    _coverage(p, view, lay, colors)
    _now_line(p, view, lay, colors)
    _legend(p, lay, colors)
    if overlay is not None:
        _overlay(p, view, lay, colors, overlay)


def label_for(role: str, width: float, fm: QFontMetricsF) -> str:
    """The role's name when it fits in the block, else its key letter, else nothing."""
    for text in (role_label(role), SHORT[role]):
        if fm.horizontalAdvance(text) + 8 <= width:
            return text
    return ""


def _header(p: QPainter, view: PlanView, lay: Layout, colors: Colors) -> None:
    fm = QFontMetricsF(p.font())
    bottom = lay.cov_y(3 if lay.sl_row else 2)
    for i in range(lay.intervals + 1):
        moment = view.grid.time_of(i)
        x = lay.grid_x + i * lay.cell
        hour = moment.minute == 0
        p.setPen(QPen(colors.line, 1.0 if hour else 0.5))
        if hour or i == lay.intervals:
            p.drawLine(int(x), int(lay.y0 + lay.header_h * 0.55), int(x), int(bottom))
        if hour and x + fm.horizontalAdvance("00:00") <= lay.x0 + lay.width:
            p.setPen(colors.muted)
            p.drawText(QRectF(x + 3, lay.y0, lay.cell * 4, lay.header_h * 0.8), LEFT,
                       f"{moment:%H:%M}")


def _row(p: QPainter, view: PlanView, lay: Layout, colors: Colors, row: int, emp: str) -> None:
    fm = QFontMetricsF(p.font())
    y, h = lay.row_y(row), lay.row_h
    p.setPen(colors.text)
    p.drawText(QRectF(lay.x0 + 4, y, lay.name_w - 8, h), LEFT,
               fm.elidedText(view.names.get(emp, emp), Qt.TextElideMode.ElideRight, lay.name_w - 8))
    start, end = view.grid.shifts[emp]
    if end > start:  # the shift: a pale track, visible where nothing is planned yet
        track = lay.cells(row, start, end - 1)
        p.setPen(QPen(colors.line, 1))
        p.setBrush(colors.track)
        p.drawRoundedRect(track, 3, 3)
    for s, e, role in blocks_of(view.roles.get(emp, [])):
        rect = lay.cells(row, s, e - 1).adjusted(1, 0, -1, 0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(ROLE_COLORS[role]))
        p.drawRoundedRect(rect, 3, 3)
        if role == "break":  # hatched as well, so a break never reads as "empty" in print
            p.setBrush(HATCH)
            p.drawRoundedRect(rect, 3, 3)
        text = label_for(role, rect.width(), fm)
        if text:
            p.setPen(QColor(TEXT_ON[role]))
            p.drawText(rect, CENTRE, text)
    _changed(p, view, lay, colors, row, emp)
    bad = [v for v in view.coverage.violations if v.employee == emp]
    for v in bad:  # an amber underline under the cells that break a rule
        r = lay.cells(row, v.start, v.end - 1)
        p.fillRect(QRectF(r.left() + 1, r.bottom() - 4, r.width() - 2, 4), QColor(AMBER))
    n = view.coverage.switches.get(emp, 0)
    text = PlanPaint().switches(n)
    end_rect = QRectF(lay.grid_x + lay.cell * lay.intervals + 8, y, lay.end_w - 8, h)
    if bad:
        p.setPen(QColor(AMBER))
        p.drawText(end_rect, LEFT, "⚠")
        end_rect.adjust(fm.horizontalAdvance("⚠ "), 0, 0, 0)
    p.setPen(colors.text if n else colors.muted)
    p.drawText(end_rect, LEFT, text)


def _changed(p: QPainter, view: PlanView, lay: Layout, colors: Colors, row: int, emp: str
             ) -> None:
    """Outline each run of cells the proposal changes (the diff before Apply)."""
    marks = [(emp, i) in view.changed for i in range(lay.intervals)]
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(colors.outline, 2.0))
    i = 0
    while i < lay.intervals:
        if not marks[i]:
            i += 1
            continue
        j = i
        while j + 1 < lay.intervals and marks[j + 1]:
            j += 1
        p.drawRect(lay.cells(row, i, j).adjusted(1, 1, -1, -1))
        i = j + 1


def _coverage(p: QPainter, view: PlanView, lay: Layout, colors: Colors) -> None:
    cov = view.coverage
    needed, planned, expected = coverage_labels()
    rows = [(needed, [str(r) for r in view.required], [False] * lay.intervals),
            (planned, [str(n) for n in cov.planned], _short_cells(view))]
    if view.service_level is not None:
        rows.append((expected, ["" if v is None else f"{round(v * 100)}"
                                     for v in view.service_level],
                     [v is not None and v < view.target for v in view.service_level]))
    short = sum(1 for s in cov.shortfall if s > 0)
    ends = [translate("PlanPaint", "contact staff"),
            fill(translate("PlanPaint", "short in %1"), short) if short
            else translate("PlanPaint", "covered"), translate("PlanPaint", "% on time")]
    bold = p.font()
    bold.setBold(True)
    normal = p.font()
    for k, (label, values, breach) in enumerate(rows):
        y = lay.cov_y(k)
        p.setPen(colors.text)
        p.drawText(QRectF(lay.x0 + 4, y, lay.name_w - 8, lay.cov_h), LEFT, label)
        for i, value in enumerate(values[:lay.intervals]):
            cell = QRectF(lay.grid_x + i * lay.cell, y, lay.cell, lay.cov_h)
            if i:  # a hairline between figures, so "10" "11" never read as "1011" in print
                p.setPen(QPen(colors.line, 0.6))
                p.drawLine(cell.topLeft() + QPointF(0, lay.cov_h * 0.2),
                           cell.bottomLeft() - QPointF(0, lay.cov_h * 0.2))
            if breach[i]:
                p.fillRect(cell.adjusted(1, 1, -1, -1), SHORT_FILL)
                p.setFont(bold)
                p.setPen(QColor(RED))
            else:
                p.setPen(colors.muted if k == 0 else colors.text)
            _fitted_text(p, cell, value)
            p.setFont(normal)
        p.setPen(QColor(RED) if k == 1 and short else colors.muted)
        p.drawText(QRectF(lay.grid_x + lay.cell * lay.intervals + 8, y, lay.end_w, lay.cov_h),
                   LEFT, ends[k])


def _short_cells(view: PlanView) -> list[bool]:
    """Quarter-hours short of contact staff; once the plan is evaluated, only those where the
    simulated service level also misses the target, so red never sits above "100"."""
    short = [s > 0 for s in view.coverage.shortfall]
    if view.service_level is None:
        return short
    return [s and (v is None or v < view.target) for s, v in zip(short, view.service_level)]


def _now_line(p: QPainter, view: PlanView, lay: Layout, colors: Colors) -> None:
    """A line at the present moment: cells left of it have begun, changing them rewrites what
    the plan said about time already worked."""
    if view.now is None or not 0 <= view.now <= lay.intervals:
        return
    x = lay.grid_x + view.now * lay.cell
    p.setPen(QPen(colors.highlight, 2.0))
    p.drawLine(QPointF(x, lay.y0 + lay.header_h * 0.55), QPointF(x, lay.cov_y(3 if lay.sl_row else 2)))
    fm = QFontMetricsF(p.font())
    p.setPen(colors.highlight)
    now = translate("PlanPaint", "now")
    p.drawText(QRectF(x + 3, lay.y0 + lay.header_h * 0.5, fm.horizontalAdvance(now) + 4,
                      lay.header_h * 0.5), LEFT, now)


def _fitted_text(p: QPainter, cell: QRectF, text: str) -> None:
    """Centred in the cell; a figure too wide for a narrow column ("100") is condensed rather
    than clipped, so columns can stay narrow enough to fit the day at large font sizes."""
    width = QFontMetricsF(p.font()).horizontalAdvance(text)
    room = cell.width() - max(4.0, cell.width() * 0.2)  # figures keep a margin on each side
    if width > room:
        font = p.font()
        font.setStretch(max(50, int(100 * room / width)))
        p.setFont(font)
    p.drawText(cell, CENTRE, text)


def _legend(p: QPainter, lay: Layout, colors: Colors) -> None:
    """The key: each role's swatch and name, a shortfall cell, a broken-rule underline."""
    fm = QFontMetricsF(p.font())
    h = lay.legend_h * 0.6
    y = lay.cov_y(3 if lay.sl_row else 2) + lay.legend_h * 0.25
    x = lay.grid_x
    items: list[tuple[str, str, QColor]] = [
        (role, fill("%1 (%2)", role_label(role), SHORT[role]), colors.text)
        for role in ("contact", "backoffice", "break")]
    items += [("short", translate("PlanPaint", "short of contact staff"), QColor(RED)),
              ("rule", translate("PlanPaint", "plan rule broken"), colors.text)]
    for kind, label, colour in items:
        swatch = QRectF(x, y + h * 0.2, h * 1.2, h * 0.6)
        p.setPen(Qt.PenStyle.NoPen)
        if kind in ROLE_COLORS:
            p.setBrush(QColor(ROLE_COLORS[kind]))
            p.drawRoundedRect(swatch, 2, 2)
            if kind == "break":
                p.setBrush(HATCH)
                p.drawRoundedRect(swatch, 2, 2)
        elif kind == "short":
            p.fillRect(swatch, SHORT_FILL)
        else:
            p.setPen(colors.line)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(swatch)
            p.fillRect(QRectF(swatch.left(), swatch.bottom() - 3, swatch.width(), 3), QColor(AMBER))
        x += swatch.width() + 6
        p.setPen(colour)
        p.drawText(QRectF(x, y, fm.horizontalAdvance(label) + 4, h), LEFT, label)
        x += fm.horizontalAdvance(label) + 22


def _overlay(p: QPainter, view: PlanView, lay: Layout, colors: Colors, ov: Overlay) -> None:
    if ov.rows is not None and ov.cells is not None:
        lo, hi = ov.cells
        for row in range(ov.rows[0], ov.rows[1] + 1):
            rect = lay.cells(row, lo, hi)
            if ov.role:
                fill = QColor(ROLE_COLORS[ov.role])
                fill.setAlphaF(0.55)
                p.fillRect(rect, fill)
            p.setPen(QPen(colors.highlight, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
    if ov.cursor is not None:
        row, i = ov.cursor
        p.setPen(QPen(colors.highlight, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(lay.cells(row, i, i).adjusted(-1, -1, 1, 1))
