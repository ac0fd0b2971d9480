"""Settings declared once, typed, over QSettings. Window state is kept apart from preferences.

Thresholds and targets are handed *into* core functions; the core never reads QSettings.
Nothing secret is ever stored here: passwords live in the keyring (see core.credentials).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings

from balans.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from balans.core.summary.model import SummarySettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    kind: type
    label: str = ""
    minimum: float | None = None
    maximum: float | None = None

    def shown(self) -> str:
        """The label in the app's language."""
        return QCoreApplication.translate("Settings", self.label)

    def coerce(self, raw: Any) -> T:
        """A stored value of the wrong type or range falls back to the default, never crashes."""
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            else:
                value = self.kind(raw)
        except (TypeError, ValueError):
            return self.default
        if self.minimum is not None and value < self.minimum:
            return self.default
        if self.maximum is not None and value > self.maximum:
            return self.default
        return value  # type: ignore[return-value]


DATABASE_URL = Option("database/url", "", str,
                      QT_TRANSLATE_NOOP("Settings", "Database URL (empty: this PC only)"))
TEAM_TZ = Option("team/timezone", "Europe/Amsterdam", str,
                 QT_TRANSLATE_NOOP("Settings", "Team time zone"))
ME = Option("user/employee", "", str, QT_TRANSLATE_NOOP("Settings", "Who I am"))
LANGUAGE = Option("ui/language", "", str,  # "" = the system's (desktop/i18n.py)
                  QT_TRANSLATE_NOOP("Settings", "Language"))
SWITCH_THRESHOLD = Option("flags/switches_per_hour", 1.0, float,
                          QT_TRANSLATE_NOOP("Settings", "Flag context switching above"),
                          0.0, 60.0)
REALIZED_THRESHOLD = Option("flags/backoffice_realized", 0.7, float,
                            QT_TRANSLATE_NOOP("Settings", "Flag back office realised below"),
                            0.0, 1.0)
REALIZED_MIN_MINUTES = Option(
    "flags/backoffice_min_minutes", 30.0, float,
    QT_TRANSLATE_NOOP("Settings", "Only with planned back office of at least"), 0.0, 1440.0)
# While the day runs, a flag needs a sustained pattern (docs/summary.md, "Flags during the day").
LIVE_MIN_MINUTES = Option(
    "flags/live_min_minutes", 60.0, float,
    QT_TRANSLATE_NOOP("Settings", "During the day: flag switching after at least"), 0.0, 600.0)
LIVE_MIN_SWITCHES = Option("flags/live_min_switches", 3, int,
                           QT_TRANSLATE_NOOP("Settings", "... and at least this many switches"),
                           1, 100)
LIVE_MIN_ASIDE = Option(
    "flags/live_min_aside_minutes", 30.0, float,
    QT_TRANSLATE_NOOP("Settings", "During the day: flag a task put aside for"), 0.0, 600.0)
TARGET_PHONE = Option("targets/phone_s", 20.0, float,
                      QT_TRANSLATE_NOOP("Settings", "Phone: answer within"), 1, 86400)
TARGET_CHAT = Option("targets/chat_s", 60.0, float,
                     QT_TRANSLATE_NOOP("Settings", "Chat: answer within"), 1, 86400)
TARGET_COUNTER = Option("targets/counter_s", 300.0, float,
                        QT_TRANSLATE_NOOP("Settings", "Counter: see within"), 1, 86400)
TARGET_EMAIL = Option("targets/email_s", 172800.0, float,
                      QT_TRANSLATE_NOOP("Settings", "E-mail: answer within"), 1, 30 * 86400)
HOURLY_COST = Option("costs/hourly", 40.0, float,
                     QT_TRANSLATE_NOOP("Settings", "Cost of an hour of work"), 0, 10000)
# Planning and its simulation (docs/planner.md gives the sources of the defaults).
MAX_ABANDON = Option("planning/max_abandon_pct", 5.0, float,  # percent
                     QT_TRANSLATE_NOOP("Settings", "Customers who give up, at most"), 0.0, 50.0)
DAYS_TO_CLEAR = Option("planning/days_to_clear", 5.0, float,
                       QT_TRANSLATE_NOOP("Settings", "Clear the backlog within"), 0.5, 60.0)
SWITCH_COST = Option(
    "simulation/switch_cost_s", 180.0, float,
    QT_TRANSLATE_NOOP("Settings", "Getting back into back office after contact"), 0.0, 3600.0)
INTERRUPTION_COST = Option(
    "simulation/interruption_cost_s", 60.0, float,
    QT_TRANSLATE_NOOP("Settings", "Resuming a task a customer interrupted"), 0.0, 3600.0)

class Settings:
    """Typed access to the user's preferences and the window state."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings("Balans", "Balans")

    def get(self, option: Option[T]) -> T:
        return option.coerce(self.q.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self.q.setValue(option.key, value)

    def summary_settings(self) -> "SummarySettings":
        """The user's thresholds, targets and cost as the core's settings, so the board, my day
        and the end-of-day summary flag the same things."""
        from balans.core.summary.model import SummarySettings

        t = self.targets()
        return SummarySettings(
            switches_per_hour_limit=self.get(SWITCH_THRESHOLD),
            backoffice_realized_limit=self.get(REALIZED_THRESHOLD),
            backoffice_min_planned=self.get(REALIZED_MIN_MINUTES),
            target_phone_s=t["phone"], target_chat_s=t["chat"], target_counter_s=t["counter"],
            target_email_s=t["email"], cost_per_hour=self.get(HOURLY_COST),
            live_min_working_minutes=self.get(LIVE_MIN_MINUTES),
            live_min_switches=self.get(LIVE_MIN_SWITCHES),
            live_min_aside_minutes=self.get(LIVE_MIN_ASIDE))

    def targets(self) -> dict[str, float]:
        return {"phone": self.get(TARGET_PHONE), "chat": self.get(TARGET_CHAT),
                "counter": self.get(TARGET_COUNTER), "email": self.get(TARGET_EMAIL)}

    def switch_cost(self) -> Any:
        """What a switch costs in the planner's simulation (``core.simulation.switching``)."""
        from balans.core.simulation.switching import SwitchCost

        return SwitchCost(self.get(SWITCH_COST), self.get(INTERRUPTION_COST))

    def planning(self) -> dict[str, float]:
        """The planner's demand settings, as ``propose_day`` keywords."""
        return {"max_abandon": self.get(MAX_ABANDON) / 100,
                "days_to_clear": self.get(DAYS_TO_CLEAR)}

    # Window state: geometry and dock/splitter layout, not preferences.
    def window_state(self, name: str) -> Any:
        return self.q.value(f"window/{name}")

    def save_window_state(self, name: str, value: Any) -> None:
        self.q.setValue(f"window/{name}", value)
