"""What a picture of the plan is made of: the data shown, the colours, and where every cell is.

Shared by the grid widget (which also maps mouse positions back to cells) and the PDF export.
All sizes derive from the font, so the grid grows with the user's font scaling instead of clipping.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from balans.core.i18n import fill, translate
from balans.core.planning.day import DayGrid
from balans.core.planning.plans import PlanResult

Roles = dict[str, list[str | None]]


class PlanPaint(QObject):
    """The plan picture's counted words: pyside6-lupdate sees a plural only in a ``tr()``
    call, so the module functions ask this (context "PlanPaint", like their other words)."""

    def switches(self, n: int) -> str:
        return self.tr("%n switch(es)", "", n)


def coverage_labels() -> tuple[str, str, str]:
    """The names of the rows under the grid: needed, planned, expected service level."""
    return (translate("PlanPaint", "Needed"), translate("PlanPaint", "Planned"),
            translate("PlanPaint", "Expected SL"))


def end_texts() -> tuple[str, ...]:
    """What stands right of the grid, at its widest (the column is sized for these)."""
    return ("⚠ " + PlanPaint().switches(10),
            fill(translate("PlanPaint", "short in %1"), 36), translate("PlanPaint", "covered"),
            translate("PlanPaint", "contact staff"), translate("PlanPaint", "% on time"))


@dataclass(frozen=True)
class PlanView:
    """Everything one picture of the plan needs, as plain data."""

    grid: DayGrid
    employees: list[str]
    names: dict[str, str]
    roles: Roles  # what is shown: the plan, or the proposal while it is previewed
    required: list[int]
    coverage: PlanResult
    changed: frozenset[tuple[str, int]] = frozenset()  # cells a proposal would change
    service_level: list[float | None] | None = None
    target: float = 0.8
    now: float | None = None  # where "now" falls, in intervals from the grid's start (today only)


@dataclass(frozen=True)
class Colors:
    text: QColor
    muted: QColor
    line: QColor
    track: QColor
    outline: QColor
    highlight: QColor

    @classmethod
    def of(cls, palette: QPalette) -> "Colors":
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlphaF(0.6)
        line = QColor(text)
        line.setAlphaF(0.12)
        track = QColor(text)
        track.setAlphaF(0.06)
        return cls(text, muted, line, track, text, palette.color(QPalette.ColorRole.Highlight))

    @classmethod
    def for_print(cls) -> "Colors":
        return cls.of(QPalette(QColor("#FFFFFF")))


@dataclass(frozen=True)
class Overlay:
    """What only the screen shows: the keyboard cursor and a stroke being painted."""

    cursor: tuple[int, int] | None = None  # (row, interval)
    rows: tuple[int, int] | None = None  # a selection: rows and intervals, inclusive
    cells: tuple[int, int] | None = None
    role: str | None = None


@dataclass(frozen=True)
class Layout:
    name_w: float
    cell: float
    end_w: float
    header_h: float
    row_h: float
    cov_h: float
    rows: int
    intervals: int
    sl_row: bool
    legend_h: float
    x0: float = 0.0
    y0: float = 0.0
    min_cell: float = field(default=0.0, compare=False)

    @classmethod
    def fit(cls, width: float, font: QFont, view: PlanView, x0: float = 0.0, y0: float = 0.0
            ) -> "Layout":
        fm = QFontMetricsF(font)
        h = fm.height()
        names = [view.names.get(e, e) for e in view.employees] + list(coverage_labels())
        name_w = max(fm.horizontalAdvance(n) for n in names) + h
        end_w = max(fm.horizontalAdvance(t) for t in end_texts()) + h
        n = max(view.grid.intervals, 1)
        min_cell = fm.horizontalAdvance("88") + 8  # "100" is drawn condensed where needed
        cell = max(min_cell, (width - name_w - end_w) / n)
        return cls(name_w, cell, end_w, h * 1.6, h * 1.85, h * 1.55, len(view.employees), n,
                    view.service_level is not None, h * 2.2, x0, y0, min_cell)

    @property
    def grid_x(self) -> float:
        return self.x0 + self.name_w

    @property
    def width(self) -> float:
        return self.name_w + self.cell * self.intervals + self.end_w

    def row_y(self, row: int) -> float:
        return self.y0 + self.header_h + row * self.row_h

    def cov_y(self, k: int) -> float:
        return self.row_y(self.rows) + self.row_h * 0.4 + k * self.cov_h

    @property
    def height(self) -> float:
        return self.cov_y(3 if self.sl_row else 2) + self.legend_h

    def cells(self, row: int, lo: int, hi: int) -> QRectF:
        """Cells ``lo..hi`` (inclusive) of a row, with a small gap between rows."""
        gap = self.row_h * 0.12
        return QRectF(self.grid_x + lo * self.cell, self.row_y(row) + gap,
                      (hi - lo + 1) * self.cell, self.row_h - 2 * gap)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if not self.grid_x <= x < self.grid_x + self.cell * self.intervals:
            return None
        row = int((y - self.row_y(0)) // self.row_h)
        if not 0 <= row < self.rows:
            return None
        return row, int((x - self.grid_x) // self.cell)
