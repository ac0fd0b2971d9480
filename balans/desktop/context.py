"""What the panels share: the store, the workers, the clock, the settings and where changes are
announced. Nothing more."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from balans.core.journal.journal import Journal
from balans.core.storage.store import Store
from balans.desktop.changes import ChangeHub
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
    changes: ChangeHub = field(init=False)
    slow: Worker = field(init=False)  # the optimiser, evaluations, the demo fill

    def __post_init__(self) -> None:
        self.journal = Journal(self.store)
        self.changes = ChangeHub()
        self.slow = Worker(name="balans-slow")
        if self.store.dialect == "postgresql":
            # On a team server, actions made while it is away wait in a local outbox.
            import hashlib

            from platformdirs import user_data_dir

            from balans.core.storage.outbox import Outbox, OutboxJournal

            key = hashlib.sha256(self.store.url.encode()).hexdigest()[:12]
            path = Path(user_data_dir("balans", appauthor=False)) / f"outbox-{key}.db"
            self.journal = OutboxJournal(self.journal, Outbox(path))  # type: ignore[assignment]

    @property
    def tz(self) -> ZoneInfo:
        return self.clock.tz

    def stop_workers(self) -> None:
        self.slow.stop()
        self.worker.stop()
