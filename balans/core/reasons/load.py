"""Reading what the consistency report needs from the current-state tables (index-backed:
contacts by when they closed and arrived, tasks by when they were created), not from history."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.reasons.consistency import (DAY_US, CatalogueFact, ConsistencyReport,
                                             ConsistencySettings, ContactFact, consistency,
                                             period_for)
from balans.core.timeutil import day_bounds, to_micros


def load_consistency(journal: Journal, first: date, last: date, tz: ZoneInfo,
                     settings: ConsistencySettings = ConsistencySettings(),
                     until: datetime | None = None) -> ConsistencyReport:
    """``until``: leave out what happened from then on (today: the day so far, like the rest of
    the summary); a contact still being served at that moment has not ended yet."""
    lo, hi = to_micros(day_bounds(first, tz)[0]), to_micros(day_bounds(last, tz)[1])
    cut = hi if until is None else min(hi, to_micros(until))
    params = {"lo": lo, "hi": cut, "early": lo - DAY_US}
    with journal.engine.connect() as conn:
        catalogue = {r.id: CatalogueFact(r.label, r.demand, r.usual_outcome) for r in
                     conn.execute(sa.text("SELECT id, label, demand, usual_outcome FROM reasons"))}
        links = dict(conn.execute(sa.text(  # the case a contact opened with a follow-up task
            "SELECT contact, id FROM tasks WHERE created >= :early AND created < :hi "
            "AND contact IS NOT NULL"), params).all())
        # Through the index on closed; an outcome means ended in Balans (abandoned and
        # imported contacts have none, and say nothing about how a reason was handled).
        rows = conn.execute(sa.text(
            "SELECT id, reason, outcome, arrived, answered, closed, task FROM contacts "
            "WHERE closed >= :lo AND closed < :hi"), params).all()
        arrivals: dict[str, list[int]] = defaultdict(list)
        for task, arrived in conn.execute(sa.text(
                "SELECT task, arrived FROM contacts WHERE arrived >= :lo AND arrived < :hi "
                "AND task IS NOT NULL" + (" AND closed < :hi" if until is not None else "")),
                params):
            arrivals[task].append(arrived)
    facts = [ContactFact(cid, reason, outcome, arrived, answered, closed,
                         task or links.get(cid))
             for cid, reason, outcome, arrived, answered, closed, task in rows if outcome]
    return consistency(facts, catalogue, first, last, tz, settings, arrivals)


def load_for_day(journal: Journal, day: date, tz: ZoneInfo,
                 settings: ConsistencySettings = ConsistencySettings(),
                 weeks: int = 4, until: datetime | None = None) -> ConsistencyReport:
    """The report the end-of-day summary shows: the ``weeks`` weeks ending with ``day``
    (up to ``until`` when given)."""
    first, last = period_for(day, weeks)
    return load_consistency(journal, first, last, tz, settings, until)
