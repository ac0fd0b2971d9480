"""One simulated working day: a discrete-event simulation that writes journal events.

Contacts arrive per channel as an inhomogeneous Poisson process (thinning against the profile),
wait first-in-first-out, give up after an exponential patience, and are served by whoever is in
contact mode for that channel (longest idle first). People follow their planned blocks, a few
minutes late as people are; the team lead pulls a back-office helper onto the phones when the
queue builds and lets them go when it is empty; some people do admin between customers and answer
the next customer with the task still open. Everything is driven by one ``random.Random`` so the
same seed gives the same day.
"""
from __future__ import annotations

import heapq
import math
import random
from collections import deque
from datetime import date, datetime, time, timedelta
from typing import Any, Callable
from zoneinfo import ZoneInfo

from balans.core.events import Event, make
from balans.core.sim_model import DAILY_ADMIN, OBSTACLES, SURNAMES, Member, Reason, Team
from balans.core.sim_profile import CHANNEL_PARAMS, INTERVAL_S, ChannelParams, add_working_days
from balans.core.sim_state import DayStats, SimState, SimTask

LIVE = ("phone", "counter", "chat")
CANCEL_RATE = 0.03       # a picked task turns out to be no longer needed
LEAD_EVERY_S = 300       # the team lead glances at the phone queue
PULL_QUEUE, PULL_WAIT_S, PULL_ABANDONED = 2, 30, 3  # queue, longest wait, lost in 10 min
RELEASE_AFTER_S = 900


class _Contact:
    __slots__ = ("id", "channel", "arrived", "reason", "waiting", "queued")

    def __init__(self, cid: str, channel: str, arrived: float, reason: Reason) -> None:
        self.id, self.channel, self.arrived, self.reason = cid, channel, arrived, reason
        self.waiting = True
        self.queued = False


class _Agent:
    __slots__ = ("m", "idx", "live", "email", "blocks", "mode", "role", "present", "on_break",
                 "pulled", "pulled_at", "contact", "task", "seg", "token", "admin_token",
                 "idle_since", "pending", "toggled")

    def __init__(self, member: Member, idx: int, blocks: list[tuple[float, float, str]]) -> None:
        self.m, self.idx, self.blocks = member, idx, blocks
        self.live = tuple(c for c in member.channels if c != "email")
        self.email = "email" in member.channels
        self.mode, self.role = "offline", blocks[0][2]
        self.present = self.on_break = self.pulled = self.toggled = False
        self.pulled_at = self.idle_since = 0.0
        self.contact: _Contact | None = None
        self.task: SimTask | None = None
        self.seg: float | None = None  # when the current stretch of task work began
        self.token = self.admin_token = 0
        self.pending: str | None = None  # mode to take once the current contact ends

    @property
    def id(self) -> str:
        return self.m.id

    def planned_role(self, t: float) -> str:
        """The planned work role at ``t``; during or after a break, the block after it."""
        for start, end, role in self.blocks:
            if end > t and role != "break":
                return role
        return "contact"


def _lognormal(rng: random.Random, mean: float, cv: float) -> float:
    sigma2 = math.log(1 + cv * cv)
    return rng.lognormvariate(math.log(mean) - sigma2 / 2, math.sqrt(sigma2))


def poisson_arrivals(rates: list[float], rng: random.Random) -> list[float]:
    """Arrival times (s) of an inhomogeneous Poisson process, by thinning.

    ``rates`` are expected arrivals per 15-minute interval; candidates come at the peak rate and
    each is kept with probability rate(t) / peak.
    """
    peak = max(rates, default=0.0)
    if peak <= 0:
        return []
    horizon = len(rates) * INTERVAL_S
    t, out = 0.0, []
    while True:
        t += rng.expovariate(peak / INTERVAL_S)
        if t >= horizon:
            return out
        if rng.random() * peak < rates[int(t // INTERVAL_S)]:
            out.append(t)


class DayRun:
    """The simulation of one day. Use :func:`balans.core.simulation.simulate_day`."""

    def __init__(self, day: date, team: Team, plan: dict[str, list[tuple[float, float, str]]],
                 profile: dict[str, list[float]], rng: random.Random, state: SimState,
                 tz: ZoneInfo, tag: str, params: dict[str, ChannelParams] | None = None) -> None:
        self.day, self.team, self.rng, self.state, self.tz, self.tag = day, team, rng, state, tz, tag
        self.params = params or CHANNEL_PARAMS
        self.profile = profile
        self.base = datetime.combine(day, time(0), tzinfo=tz)
        self.agents = [_Agent(team.by_id[e], i, sorted(b)) for i, (e, b) in
                       enumerate(sorted(plan.items())) if b]
        self.on_shift = {a.id for a in self.agents}
        self.by_channel = {c: [a for a in self.agents if c in a.live] for c in LIVE}
        self.queues: dict[str, deque[_Contact]] = {c: deque() for c in LIVE}
        self.waiting = dict.fromkeys(LIVE, 0)
        self.email_q: deque[_Contact] = deque()
        self.abandoned: deque[float] = deque()  # times of recent phone abandons, for the lead
        self.heap: list[tuple[float, int, Callable[..., None], tuple[Any, ...]]] = []
        self.seq = 0
        self.t = 0.0
        self.out: list[tuple[float, int, str, dict[str, Any], str | None]] = []
        self.contacts = self.tasks_made = 0
        self.aht_factor = 1.0
        self.stats = DayStats()
        self.reason_of = {r.id: r for r in team.reasons}
        self.mix = {c: ([r for r in team.reasons if r.weights.get(c)],
                        [r.weights[c] for r in team.reasons if r.weights.get(c)])
                    for c in self.params}

    # --- plumbing -----------------------------------------------------------------------------

    def at(self, t: float, fn: Callable[..., None], *args: Any) -> None:
        self.seq += 1
        heapq.heappush(self.heap, (t, self.seq, fn, args))

    def emit(self, etype: str, actor: str | None = None, /, **fields: Any) -> None:
        self.out.append((self.t, len(self.out), etype, fields, actor))

    def emit_at(self, t: float, etype: str, /, **fields: Any) -> None:
        self.out.append((t, len(self.out), etype, fields, None))

    def iso(self, t: float) -> str:
        return (self.base + timedelta(seconds=round(t))).isoformat()

    def run(self) -> tuple[list[Event], SimState]:
        self._setup()
        while self.heap:
            t, _, fn, args = heapq.heappop(self.heap)
            self.t = t
            fn(*args)
        return self._events(), self._carry()

    def _events(self) -> list[Event]:
        self.out.sort(key=lambda e: (int(e[0]), e[1]))
        events, base = [], self.base
        for n, (t, _, kind, fields, actor) in enumerate(self.out, 1):
            ts = base + timedelta(seconds=int(t))
            events.append(make(kind, ts, id=f"d{self.tag}-{n:06d}", actor=actor, **fields))
        return events

    def _carry(self) -> SimState:
        emails = [(c.id, self.base + timedelta(seconds=c.arrived), c.reason.id)
                  for c in self.email_q if c.waiting]
        self.state.emails = emails
        self.state.last_day = self.stats
        return self.state

    # --- the day's set-up -----------------------------------------------------------------------

    def _setup(self) -> None:
        rng = self.rng
        plan_t = min((a.blocks[0][0] for a in self.agents), default=8 * 3600) - 1800
        for a in self.agents:
            start, end = a.blocks[0][0], a.blocks[-1][1]
            self.emit_at(plan_t, "shift.planned", employee=a.id, start=self.iso(start),
                         end=self.iso(end))
            for b_start, b_end, role in a.blocks:
                self.emit_at(plan_t, "role.planned", employee=a.id, start=self.iso(b_start),
                             end=self.iso(b_end), role=role)
        for a in self.agents:
            self.at(a.blocks[0][0] + rng.uniform(-300, 120), self._shift_start, a)
            for (_, _, before), (start, end, role) in zip(a.blocks, a.blocks[1:]):
                late = rng.expovariate(1 / 150) if before == "contact" else rng.expovariate(1 / 60)
                if role == "break":
                    late = rng.uniform(-120, 180)
                self.at(start + late, self._plan_switch, a, role, end - start)
            self.at(a.blocks[-1][1] + rng.uniform(0, 180), self._shift_end, a)
        for cid, arrived, reason in self.state.emails:
            contact = _Contact(cid, "email", (arrived - self.base).total_seconds(),
                               self.reason_of[reason])
            self.email_q.append(contact)
        for channel in self.params:
            for t in poisson_arrivals(self.profile.get(channel, []), rng):
                self.at(t, self._arrive, channel)
        self.at(8 * 3600, self._daily_admin)
        t = 8 * 3600
        while t < 17 * 3600:
            self.at(t, self._lead)
            t += LEAD_EVERY_S
        for _ in range(rng.choices((0, 1, 2), (0.62, 0.32, 0.06))[0]):
            text, lo, hi, factor = rng.choice(OBSTACLES)
            when = rng.uniform(lo, hi) * 3600
            there = [a for a in self.agents if a.blocks[0][0] < when < a.blocks[-1][1]]
            if there:
                self.at(when, self._obstacle, rng.choice(there), text, factor)

    def _daily_admin(self) -> None:
        for title, estimate in self.rng.sample(DAILY_ADMIN, self.rng.randint(2, 4)):
            self._new_task(title, "admin", estimate, self.day if self.rng.random() < 0.5
                           else add_working_days(self.day, 1), None, None)

    def _new_task(self, title: str, kind: str, estimate: float, due: date,
                  contact: str | None, actor: str | None) -> SimTask:
        self.tasks_made += 1
        estimate_min = max(5, int(round(_lognormal(self.rng, estimate, 0.5) / 5)) * 5)
        task = SimTask(f"t{self.tag}-{self.tasks_made:04d}", title, kind, due, estimate_min,
                       self.day, estimate_min * 60 * _lognormal(self.rng, 1.0, 0.35),
                       order=self.state.next_order)
        self.state.next_order += 1
        self.state.tasks[task.id] = task
        self.stats.tasks_created += 1
        due_at = datetime.combine(due, time(17), tzinfo=self.tz).isoformat()
        fields = {"task": task.id, "title": title, "kind": kind, "due": due_at,
                  "estimate_min": estimate_min}
        if contact:
            fields["contact"] = contact
        self.emit("task.created", actor, **fields)
        return task

    # --- contacts ---------------------------------------------------------------------------------

    def _arrive(self, channel: str) -> None:
        self.contacts += 1
        reasons, weights = self.mix[channel]
        contact = _Contact(f"c{self.tag}-{self.contacts:04d}", channel, self.t,
                           self.rng.choices(reasons, weights)[0])
        fields: dict[str, Any] = {"contact": contact.id, "channel": channel}
        if channel in ("counter", "chat"):  # the ticket machine and the chat menu ask
            fields["reason"] = contact.reason.id
        self.emit("contact.arrived", **fields)
        if channel == "email":
            self.email_q.append(contact)
            for a in self.agents:
                if self._email_ready(a):
                    self._answer(a, self._next_email())
                    return
            return
        free = [a for a in self.by_channel[channel] if a.present and not a.on_break
                and a.contact is None and a.pending is None and (a.mode == "contact" or a.toggled)]
        if free:
            self._answer(min(free, key=lambda a: (a.idle_since, a.idx)), contact)
            return
        self.queues[channel].append(contact)
        contact.queued = True
        self.waiting[channel] += 1
        patience = self.rng.expovariate(1 / self.params[channel].patience_s)
        self.at(min(self.t + patience, 86_399.0), self._patience, contact)

    def _patience(self, contact: _Contact) -> None:
        if contact.waiting:
            contact.waiting = contact.queued = False
            self.waiting[contact.channel] -= 1
            if contact.channel == "phone":
                self.abandoned.append(self.t)
            self.emit("contact.abandoned", contact=contact.id)

    def _head(self, channel: str) -> _Contact | None:
        queue = self.queues[channel]
        while queue and not queue[0].waiting:
            queue.popleft()
        return queue[0] if queue else None

    def _waiting_for(self, a: _Agent) -> _Contact | None:
        """The next customer for ``a``: their home desk (counter, chat) first, else the most
        overdue queue relative to its target."""
        best, score = None, -1.0
        for channel in a.live:
            head = self._head(channel)
            if head is None:
                continue
            if channel == a.m.home != "phone":
                return head
            s = (self.t - head.arrived) / self.params[channel].target_s
            if s > score:
                best, score = head, s
        return best

    def _next_email(self) -> _Contact:
        return self.email_q.popleft()

    def _email_ready(self, a: _Agent) -> bool:
        if not (a.present and not a.on_break and a.contact is None and a.pending is None
                and a.task is None and self.email_q):
            return False
        if a.mode == "backoffice" and not a.toggled:
            return True
        return a.mode == "contact" and a.email and all(self._head(c) is None for c in a.live)

    def _answer(self, a: _Agent, contact: _Contact) -> None:
        self._stop_work(a)
        if a.toggled:
            self._mode(a, "contact")
        if contact.queued:
            self.waiting[contact.channel] -= 1
        contact.waiting = contact.queued = False
        a.contact = contact
        a.admin_token += 1
        self.emit("contact.answered", a.id, contact=contact.id, employee=a.id)
        p = self.params[contact.channel]
        factor = self.aht_factor if contact.channel in ("phone", "counter") else 1.0
        duration = max(20.0, _lognormal(self.rng, p.aht_s * factor, p.aht_cv))
        self.at(self.t + duration, self._served, a, contact)

    def _served(self, a: _Agent, contact: _Contact) -> None:
        reason, u = contact.reason, self.rng.random()
        outcome = ("resolved" if u < reason.resolved else
                   "follow_up" if u < reason.resolved + reason.follow_up else "referred")
        fields: dict[str, Any] = {"contact": contact.id, "employee": a.id, "outcome": outcome,
                                  "reason": reason.id}
        if outcome == "follow_up":
            title, kind, estimate = reason.task
            who = self.rng.choice(SURNAMES)
            due = add_working_days(self.day, self.rng.randint(1, 10))
            task = self._new_task(title.format(who=who), kind, estimate, due, contact.id, a.id)
            fields["task"] = task.id
        self.emit("contact.ended", a.id, **fields)
        a.contact = None
        a.idle_since = self.t
        self._next(a)

    # --- people -----------------------------------------------------------------------------------

    def _mode(self, a: _Agent, mode: str) -> None:
        a.toggled = False
        if mode == a.mode:
            return
        if a.mode == "backoffice" and mode == "contact" and a.task is not None:
            if self.rng.random() < a.m.pause_rate:  # else it stays open: attention residue
                self._stop_work(a)
                self.emit("task.paused", a.id, task=a.task.id, employee=a.id)
                a.task.holder = None
                a.task = None
        a.mode = mode
        self.emit("mode.changed", a.id, employee=a.id, mode=mode)

    def _want(self, a: _Agent, mode: str) -> None:
        if a.contact is not None:
            if a.pending != "offline":
                a.pending = mode
            return
        self._mode(a, mode)
        self._next(a)

    def _shift_start(self, a: _Agent) -> None:
        a.present = True
        a.idle_since = self.t
        a.role = a.planned_role(self.t)
        self._mode(a, a.role)
        self._next(a)

    def _plan_switch(self, a: _Agent, role: str, length: float) -> None:
        a.role = role
        if not a.present or a.on_break:
            return
        if role == "break":
            if a.contact is not None:
                if a.pending != "offline":
                    a.pending = "break"
            else:
                self._break(a, length)
            return
        if a.pulled:
            if role == "contact":
                a.pulled = False
            return
        self._want(a, role)

    def _break(self, a: _Agent, length: float = 1800) -> None:
        self._stop_work(a)
        self._mode(a, "break")
        a.on_break = True
        self.at(self.t + length + self.rng.expovariate(1 / 120), self._break_end, a)

    def _break_end(self, a: _Agent) -> None:
        a.on_break = a.pulled = False
        if a.present:
            self._mode(a, a.planned_role(self.t))
            self._next(a)

    def _shift_end(self, a: _Agent) -> None:
        if not a.present:
            return
        if a.contact is not None:
            a.pending = "offline"
            return
        self._offline(a)

    def _offline(self, a: _Agent) -> None:
        self._stop_work(a)
        if a.task is not None:
            if self.rng.random() < a.m.pause_rate:
                self.emit("task.paused", a.id, task=a.task.id, employee=a.id)
                a.task.holder = None
            a.task = None
        self._mode(a, "offline")
        a.present = a.on_break = a.pulled = False

    def _next(self, a: _Agent) -> None:
        """``a`` is free: take the next customer, go on with a task, or pick one up."""
        if not a.present or a.on_break or a.contact is not None:
            return
        if a.pending is not None:
            mode, a.pending = a.pending, None
            if mode == "offline":
                self._offline(a)
                return
            if mode == "break":
                self._break(a)
                return
            self._mode(a, mode)
        if a.mode == "contact" or a.toggled:
            contact = self._waiting_for(a)
            if contact is not None:
                self._answer(a, contact)
            elif a.task is not None:
                if a.m.toggles and not a.toggled and self.rng.random() < 0.5:
                    self._mode(a, "backoffice")
                    a.toggled = True
                self._start_work(a)
            elif a.toggled:
                self._mode(a, "contact")
                self._next(a)
            elif self._email_ready(a):
                self._answer(a, self._next_email())
            elif a.m.admin_habit > 0:
                a.admin_token += 1
                self.at(self.t + self.rng.expovariate(1 / 60), self._admin, a, a.admin_token)
        elif a.mode == "backoffice":
            if a.task is None and self._email_ready(a):
                self._answer(a, self._next_email())
                return
            if a.task is None:
                self._pick_task(a, small=False)
            if a.task is not None:
                self._start_work(a)

    def _admin(self, a: _Agent, token: int) -> None:
        """A quiet moment at the desk: some people start admin between customers."""
        if (token != a.admin_token or not a.present or a.on_break or a.contact is not None
                or a.mode != "contact" or a.task is not None):
            return
        if self.rng.random() < a.m.admin_habit and self._pick_task(a, small=True, toggle=True):
            self._start_work(a)
        else:
            a.admin_token += 1
            self.at(self.t + self.rng.expovariate(1 / 600), self._admin, a, a.admin_token)

    # --- backlog work -----------------------------------------------------------------------------

    def _pick_task(self, a: _Agent, small: bool, toggle: bool = False) -> bool:
        tasks = self.state.tasks
        own = [t for t in tasks.values() if t.holder == a.id]
        if own:
            task = min(own, key=lambda t: t.order)
        else:
            free = [t for t in tasks.values() if t.holder is None or t.holder not in self.on_shift]
            if small:
                free = [t for t in free if t.estimate_min <= 15] or free
            if not free:
                return False
            if self.rng.random() < 0.35:  # the new and easy-looking first: old work ages
                task = self.rng.choice(free)
            else:
                task = min(free, key=lambda t: (t.due, t.order))
            if task.holder is None and self.rng.random() < CANCEL_RATE:
                self.emit("task.cancelled", a.id, task=task.id)
                del tasks[task.id]
                self.stats.tasks_cancelled += 1
                return self._pick_task(a, small, toggle)
        if toggle and a.m.toggles:
            self._mode(a, "backoffice")
            a.toggled = True
        task.holder = a.id
        a.task = task
        self.emit("task.started", a.id, task=task.id, employee=a.id)
        return True

    def _start_work(self, a: _Agent) -> None:
        if a.seg is None and a.task is not None:
            a.seg = self.t
            a.token += 1
            self.at(self.t + max(a.task.remaining_s, 1.0), self._work_done, a, a.token)

    def _stop_work(self, a: _Agent) -> None:
        if a.seg is not None:
            done = self.t - a.seg
            a.task.remaining_s -= done
            self.stats.backlog_work_s += done
            a.seg = None
            a.token += 1

    def _work_done(self, a: _Agent, token: int) -> None:
        if token != a.token:
            return
        self._stop_work(a)
        task = a.task
        a.task = None
        del self.state.tasks[task.id]
        self.stats.tasks_finished += 1
        self.emit("task.finished", a.id, task=task.id, employee=a.id)
        if a.toggled:
            self._mode(a, "contact")
        self._next(a)

    # --- the team lead and the day's hindrances ---------------------------------------------------

    def _lead(self) -> None:
        head = self._head("phone")
        waiting = self.waiting["phone"]
        lost = self.abandoned
        while lost and lost[0] < self.t - 600:
            lost.popleft()
        if (head is not None and (waiting >= PULL_QUEUE or self.t - head.arrived >= PULL_WAIT_S)
                or len(lost) >= PULL_ABANDONED):
            if self.rng.random() < 0.7:
                spare = [a for a in self.agents if a.present and not a.on_break and not a.pulled
                         and a.mode == "backoffice" and not a.toggled and a.contact is None
                         and "phone" in a.live]
                if spare:
                    idle = [a for a in spare if a.task is None]  # the suggestion: no task open
                    a = idle[0] if idle and self.rng.random() < 0.7 else self.rng.choice(spare)
                    a.pulled, a.pulled_at = True, self.t
                    self._mode(a, "contact")
                    self._next(a)
        elif waiting == 0:
            for a in self.agents:
                if (a.pulled and self.t - a.pulled_at >= RELEASE_AFTER_S
                        and self.rng.random() < 0.5):
                    a.pulled = False
                    self._want(a, a.planned_role(self.t))

    def _obstacle(self, a: _Agent, text: str, factor: float) -> None:
        self.emit("obstacle.logged", a.id, employee=a.id, text=text)
        self.aht_factor = max(self.aht_factor, factor)
