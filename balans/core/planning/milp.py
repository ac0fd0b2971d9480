"""A small builder for sparse integer programmes, solved by HiGHS (``scipy.optimize.milp``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy.optimize import OptimizeResult


@dataclass
class Programme:
    """Integer columns in ``[0, upper]`` with costs, and rows ``lower <= terms <= upper``."""

    cost: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    entries: list[tuple[int, int, float]] = field(default_factory=list)
    row_lower: list[float] = field(default_factory=list)
    row_upper: list[float] = field(default_factory=list)

    def var(self, upper: float, cost: float = 0.0) -> int:
        self.cost.append(cost)
        self.upper.append(upper)
        return len(self.cost) - 1

    def row(self, terms: list[tuple[int, float]], lower: float, upper: float) -> None:
        index = len(self.row_lower)
        self.entries.extend((index, col, val) for col, val in terms)
        self.row_lower.append(lower)
        self.row_upper.append(upper)

    def solve(self, time_limit_s: float) -> OptimizeResult:
        """Minimise the cost, to proven optimality (no gap) unless the time limit comes first."""
        rows, cols, vals = zip(*self.entries) if self.entries else ((), (), ())
        # SciPy's optimiser and sparse matrices take ~0.5 s and ~40 MiB to import: only a plan
        # proposal needs them, not the live board that shares this package (app start-up).
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import coo_array

        matrix = coo_array((vals, (rows, cols)), shape=(len(self.row_lower), len(self.cost)))
        return milp(
            c=np.array(self.cost),
            integrality=np.ones(len(self.cost)),
            bounds=Bounds(np.zeros(len(self.cost)), np.array(self.upper)),
            constraints=LinearConstraint(matrix.tocsr(), np.array(self.row_lower),
                                         np.array(self.row_upper)),
            options={"time_limit": max(time_limit_s, 0.01), "mip_rel_gap": 0.0},
        )
