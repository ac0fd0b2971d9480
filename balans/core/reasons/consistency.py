"""Consistency of service per reason, for the team (never per person, and never a ranking of
people): how each reason's contacts ended across the team and across days, how often customers
came back about the same case within N days, which reasons are handled most differently, and what
each reason costs a year — with what removing a failure-demand cause would save.

Pure: a function of plain facts about ended contacts and the catalogue; ``load`` reads them.

Definitions (docs/reasons.md):

- a contact counts for the days it *ended* on (local time), with its reason (the one on
  ``contact.ended``, else the one on ``contact.arrived``); handling time runs from its first answer
  to its end;
- the *reference outcome* of a reason is the catalogue's usual outcome when the team agreed one,
  else the outcome most of its contacts had (ties: resolved, follow_up, referred); ``other_share``
  is the share of its contacts that ended otherwise;
- across days: per day with at least ``min_per_day`` contacts of the reason, the share ending with
  the reference outcome; ``day_range`` is the lowest and highest of those shares;
- a case is the follow-up task of a contact (``task`` on ``contact.ended``, or ``contact`` on
  ``task.created``). A contact *came back* when a later contact on the same case arrived within
  ``repeat_days`` days of its end;
- cost per year = handling hours per observed day x ``working_days_per_year`` x ``cost_per_hour``,
  where observed days are the days of the period on which any contact ended. Removing a
  failure-demand cause saves its reason's cost per year.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Mapping, NamedTuple, Sequence
from zoneinfo import ZoneInfo

from balans.core.timeutil import day_bounds, to_micros
from balans.core.vocabulary import Outcome

OUTCOMES = tuple(map(str, Outcome))

DAY_US = 86_400_000_000


@dataclass(frozen=True)
class ConsistencySettings:
    repeat_days: int = 7
    cost_per_hour: float = 40.0
    working_days_per_year: int = 250
    min_per_day: int = 3  # contacts of a reason on a day before that day's share counts
    min_count: int = 5  # contacts of a reason in the period before it can "vary most"


@dataclass(frozen=True)
class ReasonConsistency:
    reason: str
    label: str
    demand: str | None  # None: never defined (counts as value demand)
    usual_outcome: str | None  # what the team agreed, if it did
    count: int
    outcomes: dict[str, int]
    reference_outcome: str
    other_share: float
    day_range: tuple[float, float] | None
    days: tuple[tuple[date, dict[str, int]], ...]
    mean_handling_minutes: float | None
    handling_cv: float | None  # spread of handling time: standard deviation / mean
    came_back: int
    cost_per_year: float
    saving_per_year: float  # its cost when it is failure demand, else 0

    @property
    def came_back_share(self) -> float:
        return self.came_back / self.count if self.count else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "reason": self.reason, "label": self.label, "demand": self.demand,
            "usual_outcome": self.usual_outcome, "count": self.count,
            "outcomes": dict(self.outcomes), "reference_outcome": self.reference_outcome,
            "other_share": _r(self.other_share),
            "day_range": [_r(v) for v in self.day_range] if self.day_range else None,
            "days": [{"date": d.isoformat(), "outcomes": dict(o)} for d, o in self.days],
            "mean_handling_minutes": _r(self.mean_handling_minutes),
            "handling_cv": _r(self.handling_cv), "came_back": self.came_back,
            "came_back_share": _r(self.came_back_share),
            "cost_per_year": _r(self.cost_per_year), "saving_per_year": _r(self.saving_per_year),
        }


@dataclass(frozen=True)
class ConsistencyReport:
    first: date
    last: date
    days_observed: int
    settings: ConsistencySettings
    reasons: tuple[ReasonConsistency, ...]  # by count, then reason
    varies_most: tuple[str, ...] = field(default=())  # reason ids, most varied first
    repeat_contacts: int = 0  # contacts that came back within the repeat window
    failure_saving_per_year: float = 0.0

    def reason(self, reason_id: str) -> ReasonConsistency | None:
        return next((r for r in self.reasons if r.reason == reason_id), None)

    def to_json(self) -> dict[str, Any]:
        s = self.settings
        return {"first": self.first.isoformat(), "last": self.last.isoformat(),
                "days_observed": self.days_observed, "repeat_days": s.repeat_days,
                "cost_per_hour": s.cost_per_hour,
                "working_days_per_year": s.working_days_per_year,
                "reasons": [r.to_json() for r in self.reasons],
                "varies_most": list(self.varies_most),
                "repeat_contacts": self.repeat_contacts,
                "failure_saving_per_year": _r(self.failure_saving_per_year)}


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


class ContactFact(NamedTuple):
    """An ended contact as the report needs it (times in microseconds since the epoch).
    A named tuple: a four-week report reads tens of thousands of them."""

    id: str
    reason: str | None
    outcome: str
    arrived: int | None
    answered: int | None
    ended: int
    case: str | None = None  # its follow-up task, the case it belongs to

    def end_after(self, t: int) -> bool:
        """``t`` (another contact's arrival on the case) is at or after this one's end."""
        return t >= self.ended and t != self.arrived


@dataclass(frozen=True)
class CatalogueFact:
    label: str
    demand: str
    usual_outcome: str | None = None


def consistency(facts: Sequence[ContactFact], catalogue: Mapping[str, CatalogueFact],
                first: date, last: date, tz: ZoneInfo,
                settings: ConsistencySettings = ConsistencySettings(),
                case_arrivals: Mapping[str, Sequence[int]] | None = None) -> ConsistencyReport:
    """The report over the days ``first`` .. ``last`` (inclusive, local time). ``facts`` may
    hold contacts ending outside those days (they are left out). ``case_arrivals`` gives the
    arrival times of the contacts on each case; by default those of ``facts``."""
    lo, hi = to_micros(day_bounds(first, tz)[0]), to_micros(day_bounds(last, tz)[1])
    ended = [f for f in facts if lo <= f.ended < hi]
    if case_arrivals is None:
        arrivals: dict[str, list[int]] = defaultdict(list)
        for f in facts:
            if f.case and f.arrived is not None:
                arrivals[f.case].append(f.arrived)
        case_arrivals = arrivals
    window = settings.repeat_days * DAY_US
    came_back = {f.id for f in ended if f.case and any(
        f.end_after(t) and t <= f.ended + window for t in case_arrivals.get(f.case, ()))}
    starts, days = _day_starts(first, last, tz)
    day_of = {f.id: days[bisect_right(starts, f.ended) - 1] for f in ended}
    days_observed = len(set(day_of.values()))
    groups: dict[str, list[ContactFact]] = defaultdict(list)
    for f in ended:
        if f.reason is not None:
            groups[f.reason].append(f)
    out = [_one(catalogue.get(reason), reason, items, day_of, came_back, days_observed,
                settings) for reason, items in groups.items()]
    out.sort(key=lambda r: (-r.count, r.reason))
    candidates = [r for r in out if r.count >= settings.min_count and r.other_share > 0]
    candidates.sort(key=lambda r: (-r.other_share, -(r.handling_cv or 0), r.reason))
    return ConsistencyReport(
        first, last, days_observed, settings, tuple(out),
        tuple(r.reason for r in candidates[:5]), len(came_back),
        sum(r.saving_per_year for r in out))


def _one(entry: CatalogueFact | None, reason: str, items: list[ContactFact],
         day_of: Mapping[str, date], came_back: set[str], days_observed: int,
         s: ConsistencySettings) -> ReasonConsistency:
    label, demand = (entry.label, entry.demand) if entry else (reason, None)
    usual = entry.usual_outcome if entry else None
    outcomes = Counter(f.outcome for f in items)
    reference = usual or max(OUTCOMES, key=lambda o: (outcomes[o], -OUTCOMES.index(o)))
    n = len(items)
    per_day: dict[date, Counter] = defaultdict(Counter)
    for f in items:
        per_day[day_of[f.id]][f.outcome] += 1
    shares = [day[reference] / sum(day.values()) for day in per_day.values()
              if sum(day.values()) >= s.min_per_day]
    handled = [(f.ended - f.answered) / 60_000_000 for f in items if f.answered is not None]
    avg = sum(handled) / len(handled) if handled else None
    # population standard deviation over the mean (floats: statistics' exact Fractions are slow)
    cv = ((sum((x - avg) ** 2 for x in handled) / len(handled)) ** 0.5 / avg
          if len(handled) >= 2 and avg else None)
    hours = sum(handled) / 60
    per_year = (hours / days_observed * s.working_days_per_year * s.cost_per_hour
                if days_observed else 0.0)
    return ReasonConsistency(
        reason, label, demand, usual, n,
        {o: outcomes[o] for o in OUTCOMES}, reference, 1 - outcomes[reference] / n,
        (min(shares), max(shares)) if shares else None,
        tuple((d, {o: c[o] for o in OUTCOMES}) for d, c in sorted(per_day.items())),
        avg, cv, sum(f.id in came_back for f in items), per_year,
        per_year if demand == "failure" else 0.0)


def _day_starts(first: date, last: date, tz: ZoneInfo) -> tuple[list[int], list[date]]:
    """The local days' starts in microseconds, for finding a contact's day by bisection."""
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    return [to_micros(day_bounds(d, tz)[0]) for d in days], days


def period_for(day: date, weeks: int = 4) -> tuple[date, date]:
    """The days a report on ``day`` looks at: the ``weeks`` weeks ending with it."""
    return day - timedelta(weeks=weeks) + timedelta(days=1), day
