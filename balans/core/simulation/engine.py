"""One simulated working day: a discrete-event simulation that writes journal events.

Contacts arrive per channel as an inhomogeneous Poisson process (thinning against the profile),
wait first-in-first-out, give up after an exponential patience, and are served by whoever is in
contact mode for that channel (longest idle first). People follow their planned blocks, a few
minutes late as people are; the team lead pulls a back-office helper onto the phones when the
queue builds and lets them go when it is empty; some people do admin between customers and answer
the next customer with the task still open (``simulation.people``). Everything is driven by one
``random.Random``, and events are written in the order they happen, so the same seed gives the
same day.
"""
from __future__ import annotations

import heapq
import random
import zlib
from collections import deque
from datetime import date, datetime, time, timedelta
from typing import Any, Callable
from zoneinfo import ZoneInfo

from balans.core.i18n import translate
from balans.core.journal.events import Event, make
from balans.core.simulation.agent import Agent, Contact, Drawn, lognormal, poisson_arrivals
from balans.core.simulation.office import DAILY_ADMIN, OBSTACLES, SURNAMES, Team
from balans.core.simulation.people import LEAD_EVERY_S, RELEASE_AFTER_S, People
from balans.core.simulation.profile import CHANNEL_PARAMS, ChannelParams, add_working_days
from balans.core.simulation.carry import DayStats, SimState, SimTask
from balans.core.simulation.switching import SwitchCost

LIVE = ("phone", "counter", "chat")
STALE_DAYS = 28          # the lead cancels some items this long overdue (customer gave up)
# Failure demand that chases an open case: the customer asks about a case of one of these reasons
# that is still open, and the contact names that case (a repeat contact) instead of a new task.
CHASES = {"permit-status": ("parking-permit", "permit-status", "move"),
          "no-callback": ("no-callback", "permit-status", "tax-amount", "form-unclear"),
          "letter-missing": ("letter-missing", "tax-amount")}


class DayRun(People):
    """The simulation of one day. Use :func:`balans.core.simulation.generate.simulate_day`."""

    def __init__(self, day: date, team: Team, plan: dict[str, list[tuple[float, float, str]]],
                 profile: dict[str, list[float]], rng: random.Random, state: SimState,
                 tz: ZoneInfo, tag: str, params: dict[str, ChannelParams] | None = None,
                 cost: SwitchCost | None = None, customers_seed: object = None) -> None:
        self.day, self.team, self.rng, self.state, self.tz, self.tag = day, team, rng, state, tz, tag
        # The day's customers, obstacles and admin from their own stream when a seed is given,
        # so that plans compared on one seed meet the same customers whatever the people do.
        self.fixed = customers_seed is not None
        self.world = random.Random(f"{customers_seed}:customers") if self.fixed else rng
        self.cost = cost or SwitchCost.none()
        self.params = params or CHANNEL_PARAMS
        self.release_after_s = RELEASE_AFTER_S  # the simulated lead lets a pulled person go
        self.profile = profile
        self.base = datetime.combine(day, time(0), tzinfo=tz)
        self.agents = [Agent(team.by_id[e], i, sorted(b)) for i, (e, b) in
                       enumerate(sorted(plan.items())) if b]
        self.on_shift = {a.id for a in self.agents}
        self.by_channel = {c: [a for a in self.agents if c in a.live] for c in LIVE}
        self.queues: dict[str, deque[Contact]] = {c: deque() for c in LIVE}
        self.waiting = dict.fromkeys(LIVE, 0)
        self.email_q: deque[Contact] = deque()
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
            a.habit = a.m.admin_habit * (1.0 if rng.random() < 0.6 else 0.25)
            self.at(a.blocks[0][0] + rng.uniform(-300, 120), self._shift_start, a)
            for (_, _, before), (start, end, role) in zip(a.blocks, a.blocks[1:]):
                late = rng.expovariate(1 / 150) if before == "contact" else rng.expovariate(1 / 60)
                if role == "break":
                    late = rng.uniform(-120, 180)
                self.at(start + late, self._plan_switch, a, role, end - start)
            self.at(a.blocks[-1][1] + rng.uniform(0, 180), self._shift_end, a)
        for cid, arrived, reason in self.state.emails:
            contact = Contact(cid, "email", (arrived - self.base).total_seconds(),
                               self.reason_of[reason])
            self.email_q.append(contact)
        world = self.world
        for channel in self.params:
            for t in poisson_arrivals(self.profile.get(channel, []), world):
                self.at(t, self._arrive, channel, self._draw(channel) if self.fixed else None)
        self.at(8 * 3600, self._daily_admin)
        t = 8 * 3600
        while t < 17 * 3600:
            self.at(t, self._lead)
            t += LEAD_EVERY_S
        for _ in range(world.choices((0, 1, 2), (0.62, 0.32, 0.06))[0]):
            text, lo, hi, factor = world.choice(OBSTACLES)
            when = world.uniform(lo, hi) * 3600
            there = [a for a in self.agents if a.blocks[0][0] < when < a.blocks[-1][1]]
            if there:
                self.at(when, self._obstacle, rng.choice(there),
                        translate("DemoObstacles", text), factor)

    def _daily_admin(self) -> None:
        """Morning: the lead clears some long-overdue items, and the day's own admin lands."""
        stale = self.day - timedelta(days=STALE_DAYS)
        for task in [t for t in self.state.tasks.values() if t.holder is None and t.due < self.day]:
            u = self.rng.random()
            if task.due < stale and u < 0.3:
                self.emit("task.cancelled", None, task=task.id)
                del self.state.tasks[task.id]
                self.stats.tasks_cancelled += 1
            elif u < 0.1:  # promised again, a little later
                task.due = add_working_days(self.day, 2)
                self.emit("task.changed", None, task=task.id, due=self._due_at(task.due))
        world = self.world
        for title, estimate in world.sample(DAILY_ADMIN, world.randint(2, 4)):
            self._new_task(translate("DemoTasks", title), "admin", estimate,
                           self.day if world.random() < 0.5
                           else add_working_days(self.day, 1), None, None)

    def _due_at(self, due: date) -> str:
        return datetime.combine(due, time(17), tzinfo=self.tz).isoformat()

    def _new_task(self, title: str, kind: str, estimate: float, due: date,
                  contact: str | None, actor: str | None) -> SimTask:
        self.tasks_made += 1
        estimate_min = max(5, int(round(lognormal(self.rng, estimate, 0.5) / 5)) * 5)
        task = SimTask(f"t{self.tag}-{self.tasks_made:04d}", title, kind, due, estimate_min,
                       self.day, estimate_min * 60 * lognormal(self.rng, 1.0, 0.35),
                       order=self.state.next_order)
        self.state.next_order += 1
        self.state.tasks[task.id] = task
        self.stats.tasks_created += 1
        fields = {"task": task.id, "title": title, "kind": kind, "due": self._due_at(due),
                  "estimate_min": estimate_min}
        if contact:
            fields["contact"] = contact
        self.emit("task.created", actor, **fields)
        return task

    # --- contacts ---------------------------------------------------------------------------------

    def _draw(self, channel: str) -> Drawn:
        reasons, weights = self.mix[channel]
        p, world = self.params[channel], self.world
        return Drawn(world.choices(reasons, weights)[0],
                     world.expovariate(1 / p.patience_s) if p.patience_s else None,
                     lognormal(world, 1.0, p.aht_cv), world.random())

    def _arrive(self, channel: str, pre: Drawn | None = None) -> None:
        self.contacts += 1
        reasons, weights = self.mix[channel]
        contact = Contact(f"c{self.tag}-{self.contacts:04d}", channel, self.t,
                          pre.reason if pre else self.rng.choices(reasons, weights)[0], pre)
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
        patience = (pre.patience_s if pre and pre.patience_s is not None
                    else self.rng.expovariate(1 / self.params[channel].patience_s))
        self.at(min(self.t + patience, 86_399.0), self._patience, contact)

    def _patience(self, contact: Contact) -> None:
        if contact.waiting:
            contact.waiting = contact.queued = False
            self.waiting[contact.channel] -= 1
            if contact.channel == "phone":
                self.abandoned.append(self.t)
            self.emit("contact.abandoned", contact=contact.id)

    def _head(self, channel: str) -> Contact | None:
        queue = self.queues[channel]
        while queue and not queue[0].waiting:
            queue.popleft()
        return queue[0] if queue else None

    def _waiting_for(self, a: Agent) -> Contact | None:
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

    def _next_email(self) -> Contact:
        return self.email_q.popleft()

    def _email_ready(self, a: Agent) -> bool:
        if not (a.present and not a.on_break and a.contact is None and a.pending is None
                and a.task is None and self.email_q):
            return False
        if a.mode == "backoffice" and not a.toggled:
            return True
        return a.mode == "contact" and a.email and all(self._head(c) is None for c in a.live)

    def _answer(self, a: Agent, contact: Contact) -> None:
        self._stop_work(a)
        if a.task is not None:  # a task in progress, put aside for a customer
            self.stats.interruptions += 1
            a.lag = max(a.lag, self.cost.after_interruption_s)
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
        duration = max(20.0, contact.pre.handling * p.aht_s * factor if contact.pre
                       else lognormal(self.rng, p.aht_s * factor, p.aht_cv))
        self.at(self.t + duration, self._served, a, contact)

    def _chased_case(self, contact: Contact) -> SimTask | None:
        """The open case this customer comes back about: one of the follow-ups, opened on an
        earlier day and still open, of a reason their question chases — for about one in four
        such contacts. Decided from the contact's id, not the day's random stream, so the rest
        of the day stays as it was."""
        chased = CHASES.get(contact.reason.id)
        pick = zlib.crc32(contact.id.encode())
        if not chased or pick % 4:
            return None
        cases = sorted((t for t in self.state.tasks.values()
                        if t.reason in chased and t.created < self.day), key=lambda t: t.order)
        return cases[(pick // 4) % len(cases)] if cases else None

    def _served(self, a: Agent, contact: Contact) -> None:
        reason = contact.reason
        u = contact.pre.outcome if contact.pre else self.rng.random()
        outcome = ("resolved" if u < reason.resolved else
                   "follow_up" if u < reason.resolved + reason.follow_up else "referred")
        fields: dict[str, Any] = {"contact": contact.id, "employee": a.id, "outcome": outcome,
                                  "reason": reason.id}
        case = self._chased_case(contact)
        if case is not None:
            fields["task"] = case.id
        elif outcome == "follow_up":
            title, kind, estimate = reason.task
            who = self.rng.choice(SURNAMES)
            days = self.rng.randint(1, 2) if kind == "callback" else self.rng.randint(2, 10)
            due = add_working_days(self.day, days)
            task = self._new_task(translate("DemoTasks", title).format(who=who), kind, estimate,
                                  due, contact.id, a.id)
            task.reason = reason.id
            fields["task"] = task.id
        self.emit("contact.ended", a.id, **fields)
        a.contact = None
        a.idle_since = self.t
        self._next(a)
