"""The reason catalogue: what customers get in touch about, in their words, with the team's
agreement on how to handle it and the usual outcome.

The catalogue is read from the ``reasons`` state table (kept in step with the journal); every
change is a journal event: ``reason.defined`` (a whole definition; defining again replaces it and
brings a retired reason back) and ``reason.retired`` (no longer offered; its history still counts).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

import sqlalchemy as sa

from balans.core.journal.events import Event, make
from balans.core.journal.journal import Journal
from balans.core.journal.operations import OpChanges, _append, new_id
from balans.core.journal.validation import parse_event
from balans.core.storage.tables import ReasonRow


@dataclass(frozen=True)
class ReasonEntry:
    id: str
    label: str
    demand: str  # "value" or "failure"
    agreement: str | None = None  # the team's "how we handle this"
    usual_outcome: str | None = None  # resolved, follow_up or referred
    retired: bool = False

    def definition(self) -> dict[str, str]:
        """The fields of its ``reason.defined`` event."""
        out = {"reason": self.id, "label": self.label, "demand": self.demand}
        if self.agreement:
            out["agreement"] = self.agreement
        if self.usual_outcome:
            out["usual_outcome"] = self.usual_outcome
        return out

    def same_definition(self, other: "ReasonEntry") -> bool:
        return self.definition() == other.definition()


def read_catalogue(journal: Journal, *, include_retired: bool = True) -> list[ReasonEntry]:
    """The catalogue sorted by label (then id)."""
    table = ReasonRow.__table__
    query = sa.select(table).order_by(table.c.label, table.c.id)
    if not include_retired:
        query = query.where(table.c.retired.is_(None))
    with journal.engine.connect() as conn:
        return [ReasonEntry(r.id, r.label, r.demand, r.agreement, r.usual_outcome,
                            r.retired is not None) for r in conn.execute(query)]


def definition_event(entry: ReasonEntry, now: datetime, actor: str | None = None) -> Event:
    """A validated ``reason.defined`` event (ValueError with a plain reason when invalid)."""
    event = make("reason.defined", now, id=new_id("ev"), actor=actor, **entry.definition())
    parse_event(event.to_json())
    return event


def define_reason(journal: Journal, entry: ReasonEntry, now: datetime, *,
                  actor: str | None = None) -> OpChanges:
    """Add a reason or replace its definition."""
    return _append(journal, [definition_event(entry, now, actor)])


def retire_reason(journal: Journal, reason: str, now: datetime, *,
                  actor: str | None = None) -> OpChanges:
    return _append(journal, [make("reason.retired", now, id=new_id("ev"), actor=actor,
                                  reason=reason)])


def catalogue_changes(current: Sequence[ReasonEntry], wanted: Sequence[ReasonEntry],
                      now: datetime, actor: str | None = None) -> list[Event]:
    """The events that turn ``current`` into ``wanted`` for the reasons ``wanted`` names;
    nothing for a reason already as wanted, so importing the same catalogue twice adds nothing.
    Reasons missing from ``wanted`` are left alone (an import never retires by omission)."""
    known = {e.id: e for e in current}
    events: list[Event] = []
    for entry in wanted:
        old = known.get(entry.id)
        redefine = (old is None or not old.same_definition(entry)
                    or (old.retired and not entry.retired))
        if redefine:  # a definition also brings a retired reason back
            events.append(definition_event(entry, now, actor))
        retired_now = False if redefine else old.retired
        if entry.retired and not retired_now:
            events.append(make("reason.retired", now, id=new_id("ev"), actor=actor,
                               reason=entry.id))
    return events


def import_catalogue(journal: Journal, wanted: Sequence[ReasonEntry], now: datetime, *,
                     actor: str | None = None) -> OpChanges:
    """Apply a catalogue file, all or nothing."""
    events = catalogue_changes(read_catalogue(journal), wanted, now, actor)
    return _append(journal, events)
