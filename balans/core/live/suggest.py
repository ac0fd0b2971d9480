"""Suggestions for the live board: whom to pull into contact when a queue builds, and whom to
release to back office when the queues are calm. Each says why, and what it costs.

Rules (thresholds are settings):

- A live queue (phone, counter, chat) *builds* when someone waits and either more wait than there
  are people in contact mode for it, or the longest wait is over the channel's target, or fewer
  people are in contact mode than the recent arrivals need (Erlang C from ``staffing``, at the
  day's handling time so far). E-mail builds only when its oldest waits beyond its target.
- Pull in, per building channel (longest wait against target first), one person in back-office
  mode who is on shift, not serving and able to take the channel; preferring no task in progress,
  then not in a *planned* back-office block, then the fewest switches today.
- Release when no live queue has anyone waiting and nobody has waited beyond target for
  ``calm_minutes``, and more people are in contact mode than planned (or than the busiest queue
  needs now): those planned
  for back office now but in contact mode, not serving first, most planned back office left first.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from balans.core.i18n import Counted, fill, translate
from balans.core.summary import timeline as tl
from balans.core.live.durations import wait_text
from balans.core.live.model import (BacklogLive, ChannelLive, EmployeeLive, LiveSettings,
                                         Suggestion, TaskInHand)
from balans.core.summary.people import EmployeeTimeline
from balans.core.summary.window import Window
from balans.core.timeutil import to_micros
from balans.core.words import word

Suggest = Counted("Suggest")  # the plurals' context (see Counted)


@dataclass
class Board:
    """What the live reading collects at one moment, before it becomes a LiveState."""

    win: Window
    settings: LiveSettings
    skills: dict[str, tuple[str, ...] | None] = field(default_factory=dict)
    waiting: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    oldest_arrival: dict[str, int] = field(default_factory=dict)
    undecided: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    recent_arrivals: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    last_over_target: dict[str, int] = field(default_factory=dict)
    serving: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    tasks_in_hand: dict[str, list[TaskInHand]] = field(default_factory=lambda: defaultdict(list))
    backlog: BacklogLive | None = None

    @property
    def targets(self) -> dict[str, int]:
        s = self.settings.summary
        return {ch: int(s.target_s(ch) * 1_000_000) for ch in ("phone", "counter", "chat", "email")}

    def can_serve(self, employee: str, channel: str) -> bool:
        skills = self.skills.get(employee)
        return skills is None or channel in skills


def suggest(board: Board, channels: tuple[ChannelLive, ...], employees: tuple[EmployeeLive, ...],
            lines: dict[str, EmployeeTimeline]) -> tuple[Suggestion, ...]:
    present = [e for e in employees if e.on_shift or not lines[e.employee].shifts]
    out = _pull_in(board, channels, present)
    if not out:
        out = _release(board, channels, present)
    return tuple(out)


def _pull_in(board: Board, channels: tuple[ChannelLive, ...],
             present: list[EmployeeLive]) -> list[Suggestion]:
    target = board.settings.summary.target_s
    building = sorted((c for c in channels if c.building),
                      key=lambda c: (-(c.longest_wait_s or 0) / target(c.channel), c.channel))
    taken: set[str] = set()
    out = []
    for channel in building:
        candidates = [e for e in present
                      if e.mode == "backoffice" and e.serving is None
                      and e.employee not in taken and board.can_serve(e.employee, channel.channel)]
        if not candidates:
            continue
        best = min(candidates, key=lambda e: (bool(e.tasks_in_progress),
                                              e.planned_role == "backoffice", e.switches,
                                              e.employee))
        taken.add(best.employee)
        out.append(Suggestion("pull_in", best.employee, channel.channel,
                              _queue_reason(channel, target(channel.channel)),
                              _pull_cost(best, board)))
    return out


def _release(board: Board, channels: tuple[ChannelLive, ...],
             present: list[EmployeeLive]) -> list[Suggestion]:
    settings, now = board.settings, board.win.horizon
    queues = [c for c in channels if c.channel in settings.queue_channels]
    calm_us = int(settings.calm_minutes * tl.MICROS_PER_MINUTE)
    last_over = max((board.last_over_target.get(c.channel, board.win.start) for c in queues),
                    default=board.win.start)
    if any(c.waiting for c in queues) or now - last_over < calm_us:
        return []
    in_contact = [e for e in present if e.mode == "contact"]
    planned = sum(1 for e in present if e.planned_role == "contact")
    # The plan covers the forecast; after a calm spell the queues themselves are the evidence.
    # Keep at least what the busiest queue alone needs now (people take several channels, so
    # the channels' needs do not add up).
    needed = max((c.required or 0 for c in queues), default=0)
    excess = len(in_contact) - max(planned, needed)
    candidates = sorted((e for e in in_contact if e.planned_role == "backoffice"),
                        key=lambda e: (e.serving is not None, -_left_s(e, now), e.employee))
    reason = fill(translate("Suggest", "queues calm for %1 min; %2 in contact mode, %3 planned"),
                  f"{settings.calm_minutes:g}", len(in_contact), planned)
    out = []
    staying = len(in_contact)
    for e in candidates[:max(excess, 0)]:
        staying -= 1
        cost = fill(translate("Suggest", "back to %1 min of planned back office"),
                    _left_min(e, now))
        if e.planned_until is not None:
            cost += fill(translate("Suggest", " (until %1)"), f"{e.planned_until:%H:%M}")
        if e.serving is not None:
            cost += translate("Suggest", ", after the current contact")
        n = staying
        cost += Suggest.tr("; %n stay(s) in contact mode", "", n)
        out.append(Suggestion("release", e.employee, e.serving_channel, reason, cost))
    return out


def _queue_reason(channel: ChannelLive, target_s: float) -> str:
    text = fill(translate("Suggest", "%1 queue building: %2 waiting"), word(channel.channel),
                channel.waiting)
    if channel.longest_wait_s is not None:
        text += fill(translate("Suggest", ", longest %1"), wait_text(channel.longest_wait_s))
        if channel.longest_wait_s > target_s:
            text += fill(translate("Suggest", " (target %1)"), wait_text(target_s))
    text += fill(translate("Suggest", "; %1 in contact mode"), channel.in_contact)
    if channel.required:
        text += fill(translate("Suggest", ", %1 needed"), channel.required)
    return text


def _pull_cost(e: EmployeeLive, board: Board) -> str:
    now = board.win.horizon
    parts = []
    if e.planned_role == "backoffice":
        until = (fill(translate("Suggest", " (until %1)"), f"{e.planned_until:%H:%M}")
                 if e.planned_until else "")
        parts.append(fill(translate("Suggest", "takes %1 out of planned back office: %2 min "
                                               "left in the block%3"),
                          e.name, _left_min(e, now), until))
    else:
        parts.append(fill(translate("Suggest", "%1 is not in a planned back-office block"),
                          e.name))
    if e.tasks_in_progress:
        now_at, end = board.win.local(now), board.win.local(board.win.end)
        for task in e.tasks_in_progress:
            due = "" if task.due is None else translate("Suggest", " (past due)") \
                if task.due < now_at else \
                translate("Suggest", " (due today)") if task.due < end else ""
            parts.append(fill(translate("Suggest", "puts %1 on hold%2"),
                              task.title or task.task, due))
    else:
        parts.append(translate("Suggest", "no task in progress"))
    n = e.switches
    parts.append(Suggest.tr("%n switch(es) today", "", n))
    return "; ".join(parts)


def _left_s(e: EmployeeLive, now: int) -> float:
    if e.planned_until is None:
        return 0.0
    return max(0, to_micros(e.planned_until) - now) / 1e6


def _left_min(e: EmployeeLive, now: int) -> int:
    return round(_left_s(e, now) / 60)
