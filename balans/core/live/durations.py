"""A wait or an age the way the board says it, in the app's language: 48 s, 3 min, 26 h, 4 d.

Whole units, rounded down: a front desk reads "26 h" at a glance where "26.0 h" or "1:33:20"
makes it count. The cards and the suggestion bar use the same words (context "Cards").
"""
from __future__ import annotations

from balans.core.i18n import fill, translate


def wait_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    s = max(0, int(seconds))
    if s < 120:
        return fill(translate("Cards", "%1 s"), s)
    if s < 3600:
        return fill(translate("Cards", "%1 min"), s // 60)
    if s < 48 * 3600:
        return fill(translate("Cards", "%1 h"), s // 3600)
    return fill(translate("Cards", "%1 d"), s // 86400)
