"""Dates and percentages as the app's language writes them ("maandag 23 november", "2,5%").

Python's ``strftime`` speaks the C locale (English day and month names whatever the app's
language); ``QLocale()`` is the locale ``balans.desktop.i18n.install`` set as the default.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def day_text(value: date | datetime, fmt: str) -> str:
    """``value`` in a Qt date format: "dddd d MMMM yyyy" gives "Monday 23 November 2026" or
    "maandag 23 november 2026"; "ddd d MMM" the short names."""
    if isinstance(value, datetime):
        return QLocale().toString(QDateTime(value.replace(tzinfo=None)), fmt)
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def percent(fraction: float, decimals: int = 0) -> str:
    """0.025 as "2.5%" in English and "2,5%" in Dutch."""
    return QLocale().toString(float(fraction) * 100, "f", decimals) + "%"


def figure(value: float) -> str:
    """A figure without needless decimals, as ``f"{value:g}"`` ("2.5", "3"), with the locale's
    decimal sign ("2,5")."""
    return f"{value:g}".replace(".", QLocale().decimalPoint())
