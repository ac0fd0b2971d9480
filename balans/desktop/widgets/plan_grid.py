"""The plan as a paintable grid: employees × 15-minute intervals.

Drag across the cells of one row to paint them with the selected role; hold Shift while dragging
to paint a rectangle over several rows. From the keyboard: arrows move the cursor, Shift+arrows
extend the selection, C / B / P choose contact / back office / break and paint the selection,
Space paints it with the current role. The grid only *asks* for a paint (``paint_requested``):
the panel turns it into an edit and a write, so the widget holds no plan logic.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from balans.core.i18n import fill, translate
from balans.core.words import label
from balans.desktop.widgets.plan_layout import Colors, Layout, Overlay, PlanView
from balans.desktop.widgets.plan_paint import paint_plan

ROLE_KEYS = {Qt.Key.Key_C: "contact", Qt.Key.Key_B: "backoffice", Qt.Key.Key_P: "break"}
MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
         Qt.Key.Key_Down: (1, 0)}


class PlanGrid(QWidget):
    paint_requested = Signal(list, int, int, str)  # employees, first and last interval, role
    role_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: PlanView | None = None
        self.role = "contact"
        self.editable = True
        self.cursor_cell = (0, 0)
        self._anchor: tuple[int, int] | None = None  # where a stroke or selection began
        self._extent: tuple[int, int] | None = None  # where it reaches now
        self._rows_mode = False  # Shift held: the stroke spans rows
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Plan grid"))
        self.setAccessibleDescription(self.tr("Employees by quarter hour. Arrows move, "
                                              "Shift+arrows select, C, B, P paint contact, "
                                              "back office, break."))

    # ---------------------------------------------------------------- data and geometry
    def set_view(self, view: PlanView | None) -> None:
        self.view = view
        if view is not None:
            row, i = self.cursor_cell
            self.cursor_cell = (min(row, max(len(view.employees) - 1, 0)),
                                min(i, max(view.grid.intervals - 1, 0)))
        self.updateGeometry()
        self.setMinimumHeight(int(self.layout_for(self.width()).height) + 4 if view else 0)
        self.update()

    def layout_for(self, width: float) -> Layout:
        assert self.view is not None
        return Layout.fit(width, self.font(), self.view, x0=0, y0=2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.view is None:
            return QSize(600, 200)
        lay = self.layout_for(0)  # the narrowest layout: every column at its minimum
        return QSize(int(lay.width), int(lay.height) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if self.view is not None:
            self.setMinimumHeight(int(self.layout_for(self.width()).height) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.view is None:
            return
        p = QPainter(self)
        paint_plan(p, self.view, self.layout_for(self.width()), Colors.of(self.palette()),
                   self._overlay())
        p.end()

    def _overlay(self) -> Overlay:
        cursor = self.cursor_cell if self.hasFocus() else None
        if self._anchor is None or self._extent is None:
            return Overlay(cursor=cursor)
        (r0, i0), (r1, i1) = self._anchor, self._extent
        return Overlay(cursor, (min(r0, r1), max(r0, r1)), (min(i0, i1), max(i0, i1)),
                       self.role if self.editable else None)

    # ---------------------------------------------------------------- the paint API
    def paint_range(self, rows: range | list[int], lo: int, hi: int, role: str | None = None
                    ) -> None:
        """Ask for rows × intervals ``lo..hi`` to be painted: what the mouse and keys call."""
        if self.view is None or not self.editable:
            return
        employees = [self.view.employees[r] for r in rows if 0 <= r < len(self.view.employees)]
        if employees:
            self.paint_requested.emit(employees, min(lo, hi), max(lo, hi), role or self.role)

    def _paint_selection(self) -> None:
        (r0, i0) = self._anchor or self.cursor_cell
        (r1, i1) = self._extent or self.cursor_cell
        self.paint_range(range(min(r0, r1), max(r0, r1) + 1), i0, i1)

    def _cell(self, pos: QPoint, clamp: bool = False) -> tuple[int, int] | None:
        if self.view is None or not self.view.employees:
            return None
        lay = self.layout_for(self.width())
        if not clamp:
            return lay.cell_at(pos.x(), pos.y())
        row = int((pos.y() - lay.row_y(0)) // lay.row_h)
        i = int((pos.x() - lay.grid_x) // lay.cell)
        return (max(0, min(row, lay.rows - 1)), max(0, min(i, lay.intervals - 1)))

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self._cell(event.position().toPoint())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.cursor_cell = cell
        self._rows_mode = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._anchor = self._extent = cell
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._anchor is None:
            return super().mouseMoveEvent(event)
        row, i = self._cell(event.position().toPoint(), clamp=True) or self._anchor
        self._extent = (row if self._rows_mode else self._anchor[0], i)
        self.cursor_cell = self._extent
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._anchor is None:
            return super().mouseReleaseEvent(event)
        self._paint_selection()
        self._anchor = self._extent = None
        self.update()

    # ---------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        if self.view is None or not self.view.employees:
            return super().keyPressEvent(event)
        if key in MOVES:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._move(*MOVES[key], extend=shift)
        elif key in ROLE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.role = ROLE_KEYS[key]
            self.role_chosen.emit(self.role)
            self._paint_selection()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._paint_selection()
        elif key == Qt.Key.Key_Escape:
            self._anchor = self._extent = None
        else:
            return super().keyPressEvent(event)
        self.update()

    def _move(self, d_row: int, d_col: int, extend: bool) -> None:
        assert self.view is not None
        row, i = self.cursor_cell
        row = max(0, min(row + d_row, len(self.view.employees) - 1))
        i = max(0, min(i + d_col, self.view.grid.intervals - 1))
        if extend:
            self._anchor = self._anchor or self.cursor_cell
            self._extent = (row, i)
        else:
            self._anchor = self._extent = None
        self.cursor_cell = (row, i)

    # ---------------------------------------------------------------- tooltips
    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt override
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPoint) -> str:
        cell = self._cell(pos)
        if self.view is not None and cell is None:
            return self._coverage_tip(pos)
        if cell is None or self.view is None:
            return ""
        view, (row, i) = self.view, cell
        emp = view.employees[row]
        start, end = view.grid.time_of(i), view.grid.time_of(i + 1)
        role = view.roles[emp][i]
        s, e = view.grid.shifts[emp]
        what = (label(role) if role else
                self.tr("not planned yet") if s <= i < e else self.tr("off shift"))
        lines = [f"{view.names.get(emp, emp)} · {start:%H:%M}–{end:%H:%M} · {what}"]
        lines += [rule_text(v.kind, view.roles[emp][v.start], v.end - v.start)
                  for v in view.coverage.violations if v.employee == emp and v.start <= i < v.end]
        return "\n".join(lines)


    def _coverage_tip(self, pos: QPoint) -> str:
        """Under the grid: the interval's contact staff needed and planned, in a sentence."""
        assert self.view is not None
        view, lay = self.view, self.layout_for(self.width())
        i = int((pos.x() - lay.grid_x) // lay.cell)
        if not (0 <= i < lay.intervals and lay.cov_y(0) <= pos.y() < lay.cov_y(2)):
            return ""
        need, have = view.required[i], view.coverage.planned[i]
        when = f"{view.grid.time_of(i):%H:%M}–{view.grid.time_of(i + 1):%H:%M}"
        if have < need:
            return fill(self.tr("%1: %2 needed in contact, %3 planned, %4 short"),
                        when, need, have, need - have)
        return fill(self.tr("%1: %2 needed in contact, %3 planned"), when, need, have)


def rule_text(kind: str, role: str | None, length: int) -> str:
    """A broken plan rule in the planner's words (the core speaks in interval indices)."""
    if kind == "short-block":
        return fill(translate("PlanGrid", "⚠ %1 block of %2 min: shorter than the minimum "
                              "block, so it costs a switch that buys little"),
                    label(role), length * 15)
    if kind == "break":
        return translate("PlanGrid", "⚠ This shift needs one 30-minute break near its middle")
    return translate("PlanGrid", "⚠ A role outside the shift")
