"""One pass over the contacts: the team's channel figures, first-contact resolution, failure
demand and reasons, and per employee the contacts handled, the answers (for interruptions) and
the time spent serving (for back office realised)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from balans.core.vocabulary import Channel
from balans.core.summary.ledger import ContactRec, Key, Ledger
from balans.core.summary.model import ChannelDay, ReasonCount, SummarySettings
from balans.core.summary.window import Window
from balans.core.summary.timeline import Span


@dataclass
class _ChannelAcc:
    offered: int = 0
    answered: int = 0
    abandoned: int = 0
    within: int = 0
    wait_us: int = 0
    waits: int = 0
    handle_us: int = 0
    handled: int = 0

    def result(self, channel: str) -> ChannelDay:
        return ChannelDay(
            channel=channel, offered=self.offered, answered=self.answered,
            abandoned=self.abandoned,
            service_level=self.within / self.offered if self.offered else None,
            avg_wait_s=self.wait_us / self.waits / 1e6 if self.waits else None,
            aht_s=self.handle_us / self.handled / 1e6 if self.handled else None)


@dataclass
class ContactPass:
    """What the contacts contribute; filled by :func:`scan_contacts`."""

    channels: tuple[ChannelDay, ...] = ()  # those with arrivals that day (the contract's)
    touched: dict[str, ChannelDay] = field(default_factory=dict)  # every channel in play
    within_target: dict[str, int] = field(default_factory=dict)  # offered and answered in time
    first_contact_resolution: float | None = None
    failure_demand_share: float | None = None
    reasons: tuple[ReasonCount, ...] = ()
    serving: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))
    answers: dict[str, list[Key]] = field(default_factory=lambda: defaultdict(list))
    handled: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # for the extras and the live board
    arrivals: list[tuple[int, str, bool]] = field(default_factory=list)  # (us, channel, in target)
    waiting: list[Span] = field(default_factory=list)  # arrival -> answer/abandon/end (or FAR)
    ended_today: list[tuple[ContactRec, int]] = field(default_factory=list)  # (rec, handling us)


def scan_contacts(ledger: Ledger, win: Window, settings: SummarySettings,
                  far: int) -> ContactPass:
    out = ContactPass()
    acc: dict[str, _ChannelAcc] = defaultdict(_ChannelAcc)
    targets = {ch: int(settings.target_s(ch) * 1_000_000) for ch in Channel}
    start, cutoff, horizon = win.start, win.cutoff, win.horizon
    ended_n = resolved = with_reason = failure = 0
    by_reason: dict[str, list[int]] = {}

    for c in ledger.contacts.values():
        arrived = c.arrived[0] if c.arrived is not None and c.arrived[0] < cutoff else None
        answers = sorted(a for a in c.answers if a[0] < cutoff) if c.answers else []
        ended = c.ended if c.ended is not None and c.ended[0] < cutoff else None
        gone = c.abandoned[0] if c.abandoned is not None and c.abandoned[0] < cutoff else None
        stops = [t for t in (ended[0] if ended else None, gone) if t is not None]
        stop = min(stops) if stops else far
        if stop < start and (arrived is None or arrived < start):
            continue  # over before the day began
        if arrived is None and not answers and ended is None and gone is None:
            continue  # not there yet
        first = answers[0][0] if answers else None
        channel = c.channel if arrived is not None else None
        ch = acc[channel] if channel is not None else None

        if arrived is not None:
            out.waiting.append((arrived, min(stop, first) if first is not None else stop))
            if arrived >= start and ch is not None:
                ch.offered += 1
                within = first is not None and first - arrived <= targets.get(channel, 0)
                ch.within += within
                out.arrivals.append((arrived, channel, within))

        for k, (t, n, employee) in enumerate(answers):
            until = answers[k + 1][0] if k + 1 < len(answers) else stop
            lo, hi = max(t, start), min(until, horizon)
            if lo < hi:
                out.serving[employee].append((lo, hi))
            if t >= start:
                out.answers[employee].append((t, n))
        if first is not None and first >= start and ch is not None:
            ch.answered += 1
            if arrived is not None:
                ch.wait_us += first - arrived
                ch.waits += 1
        if gone is not None and gone >= start and ch is not None:
            ch.abandoned += 1

        if ended is None or ended[0] < start:
            continue
        end_us, _n, employee, outcome, end_reason, _task = ended
        handling = end_us - first if first is not None else 0
        if ch is not None and first is not None:
            ch.handle_us += handling
            ch.handled += 1
        if outcome is None:
            continue  # ended in another system (imported): no outcome, no reason, no person
        out.handled[employee] += 1
        out.ended_today.append((c, handling))
        ended_n += 1
        resolved += outcome == "resolved"
        reason = end_reason or c.reason
        if reason is not None:
            with_reason += 1
            failure += ledger.reason_demand(reason) == "failure"
            entry = by_reason.setdefault(reason, [0, 0])
            entry[0] += 1
            entry[1] += handling

    out.touched = {ch: acc[ch].result(ch) for ch in _channel_order(acc)}
    out.within_target = {ch: acc[ch].within for ch in out.touched}
    out.channels = tuple(day for day in out.touched.values() if day.offered)
    out.first_contact_resolution = resolved / ended_n if ended_n else None
    out.failure_demand_share = failure / with_reason if with_reason else None
    out.reasons = tuple(ReasonCount(reason, n, us / 60_000_000)
                        for reason, (n, us) in sorted(by_reason.items(),
                                                      key=lambda kv: (-kv[1][0], kv[0])))
    return out


def _channel_order(acc: dict[str, _ChannelAcc]) -> list[str]:
    known = [ch for ch in Channel if ch in acc]
    return known + sorted(ch for ch in acc if ch not in tuple(Channel))
