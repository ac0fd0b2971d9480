"""What the journal gained since a sequence number, as the areas it touched.

The desktop's own actions report their areas in ``OpChanges``; events appended by anyone else
(another desktop, ``balans import``) are seen by the watcher, which asks this for the same areas,
so either way a panel refreshes only when something it shows has changed.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.vocabulary import ALL_AREAS, Area, areas_of

# Past this many new events (a big import) reading their types costs more than refreshing all.
MAX_EVENTS_READ = 10_000


@dataclass(frozen=True)
class JournalChanges:
    last_seq: int
    areas: frozenset[Area]


def changes_after(journal: Journal, after: int) -> JournalChanges:
    """The highest sequence number now, and the areas of the events after ``after``."""
    with journal.engine.connect() as conn:
        last = conn.execute(sa.text("SELECT MAX(seq) FROM events")).scalar() or 0
        if last <= after:
            return JournalChanges(last, frozenset())
        if after <= 0 or last - after > MAX_EVENTS_READ:
            return JournalChanges(last, ALL_AREAS)
        types = conn.execute(sa.text("SELECT DISTINCT type FROM events "
                                     "WHERE seq > :after AND seq <= :last"),
                             {"after": after, "last": last}).scalars()
        return JournalChanges(last, areas_of(types))
