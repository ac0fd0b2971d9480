"""What the panels share: the store, the worker, the clock and the settings. Nothing more."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from balans.core.journal import Journal
from balans.core.store import Store
from balans.desktop.settings import Settings
from balans.desktop.worker import Worker


@dataclass
class Clock:
    """Real time, or a fixed offset from it (a demo day replayed, a screenshot of a past day)."""

    tz: ZoneInfo
    offset: timedelta = timedelta(0)
    frozen: datetime | None = None

    def now(self) -> datetime:
        if self.frozen is not None:
            return self.frozen
        return datetime.now(self.tz) + self.offset


@dataclass
class AppContext:
    store: Store
    worker: Worker
    settings: Settings
    clock: Clock
    journal: Journal = field(init=False)

    def __post_init__(self) -> None:
        self.journal = Journal(self.store)

    @property
    def tz(self) -> ZoneInfo:
        return self.clock.tz
