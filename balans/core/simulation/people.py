"""How the people of the simulated office behave: modes, breaks, backlog work, the team lead.

Mixed into :class:`balans.core.simulation.engine.DayRun`, which owns the clock, the queues and the journal
being written (``at``, ``emit``, ``_answer``, ``_waiting_for``, ``_email_ready``).
"""
from __future__ import annotations

import random
from collections import deque
from typing import Callable

from balans.core.simulation.agent import Agent, Contact
from balans.core.simulation.carry import DayStats, SimState
from balans.core.simulation.switching import SwitchCost

CANCEL_RATE = 0.03       # a picked task turns out to be no longer needed
LEAD_EVERY_S = 300       # the team lead glances at the phone queue
PULL_QUEUE, PULL_WAIT_S, PULL_ABANDONED = 2, 30, 3  # queue, longest wait, lost in 10 min
RELEASE_AFTER_S = 900


class People:
    """Behaviour of the employees and the team lead during a simulated day."""

    rng: random.Random
    t: float
    state: SimState
    stats: DayStats
    agents: list[Agent]
    on_shift: set[str]
    waiting: dict[str, int]
    abandoned: deque[float]
    aht_factor: float
    cost: SwitchCost
    at: Callable[..., None]
    emit: Callable[..., None]
    _answer: Callable[[Agent, Contact], None]
    _waiting_for: Callable[[Agent], Contact | None]
    _email_ready: Callable[[Agent], bool]
    _next_email: Callable[[], Contact]
    _head: Callable[[str], Contact | None]

    # --- people -----------------------------------------------------------------------------------

    def _mode(self, a: Agent, mode: str) -> None:
        a.toggled = False
        if mode == a.mode:
            return
        if a.mode == "backoffice" and mode == "contact" and a.task is not None:
            if self.rng.random() < a.m.pause_rate:  # else it stays open: attention residue
                self._stop_work(a)
                self.emit("task.paused", a.id, task=a.task.id, employee=a.id)
                a.task.holder = None
                a.task = None
        if a.mode == "contact" and mode == "backoffice":  # back to the backlog: resumption
            a.lag = max(a.lag, self.cost.after_switch_s)
        a.mode = mode
        self.emit("mode.changed", a.id, employee=a.id, mode=mode)

    def _want(self, a: Agent, mode: str) -> None:
        if a.contact is not None:
            if a.pending != "offline":
                a.pending = mode
            return
        self._mode(a, mode)
        self._next(a)

    def _shift_start(self, a: Agent) -> None:
        a.present = True
        a.idle_since = self.t
        a.role = a.planned_role(self.t)
        self._mode(a, a.role)
        if a.role == "contact":  # yesterday's task still open: most put it aside properly
            for task in [t for t in self.state.tasks.values() if t.holder == a.id]:
                if self.rng.random() < 0.85:
                    self.emit("task.paused", a.id, task=task.id, employee=a.id)
                    task.holder = None
        self._next(a)

    def _plan_switch(self, a: Agent, role: str, length: float) -> None:
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

    def _break(self, a: Agent, length: float = 1800) -> None:
        self._stop_work(a)
        self._mode(a, "break")
        a.on_break = True
        self.at(self.t + length + self.rng.expovariate(1 / 120), self._break_end, a)

    def _break_end(self, a: Agent) -> None:
        a.on_break = a.pulled = False
        if a.present:
            self._mode(a, a.planned_role(self.t))
            self._next(a)

    def _shift_end(self, a: Agent) -> None:
        if not a.present:
            return
        if a.contact is not None:
            a.pending = "offline"
            return
        self._offline(a)

    def _offline(self, a: Agent) -> None:
        self._stop_work(a)
        if a.task is not None:
            if self.rng.random() < a.m.pause_rate:
                self.emit("task.paused", a.id, task=a.task.id, employee=a.id)
                a.task.holder = None
            a.task = None
        self._mode(a, "offline")
        a.present = a.on_break = a.pulled = False

    def _next(self, a: Agent) -> None:
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
                if a.m.toggles and not a.toggled and self.rng.random() < 0.3:
                    self._mode(a, "backoffice")
                    a.toggled = True
                self._start_work(a)
            elif a.toggled:
                self._mode(a, "contact")
                self._next(a)
            elif self._email_ready(a):
                self._answer(a, self._next_email())
            elif a.habit > 0:  # a quiet moment: will they start some admin?
                a.admin_token += 1
                self.at(self.t + self.rng.expovariate(1 / 150), self._admin, a, a.admin_token)
        elif a.mode == "backoffice":
            if a.task is None and self._email_ready(a):
                self._answer(a, self._next_email())
                return
            if a.task is None:
                self._pick_task(a, small=False)
            if a.task is not None:
                self._start_work(a)

    def _admin(self, a: Agent, token: int) -> None:
        """A quiet moment at the desk: some people start admin between customers."""
        if (token != a.admin_token or not a.present or a.on_break or a.contact is not None
                or a.mode != "contact" or a.task is not None):
            return
        if self.rng.random() < a.habit and self._pick_task(a, small=True, toggle=True):
            self._start_work(a)
        else:
            a.admin_token += 1
            self.at(self.t + self.rng.expovariate(1 / 600), self._admin, a, a.admin_token)

    # --- backlog work -----------------------------------------------------------------------------

    def _pick_task(self, a: Agent, small: bool, toggle: bool = False) -> bool:
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
            u = self.rng.random()
            if u < 0.25:  # by due date, as it should be ...
                task = min(free, key=lambda t: (t.due, t.order))
            elif u < 0.7:  # ... but quick ones are tempting, and so is what just came in,
                task = min(free, key=lambda t: (t.estimate_min, -t.order))
            else:  # so big and old items age
                task = max(free, key=lambda t: t.order)
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

    def _start_work(self, a: Agent) -> None:
        """Work on the task from now; the first ``a.lag`` seconds go into getting back into it."""
        if a.seg is None and a.task is not None:
            a.began, a.seg, a.lag = self.t, self.t + a.lag, 0.0
            a.token += 1
            self.at(a.seg + max(a.task.remaining_s, 1.0), self._work_done, a, a.token)

    def _stop_work(self, a: Agent) -> None:
        if a.seg is not None:
            done = max(0.0, self.t - a.seg)
            a.lag = max(0.0, a.seg - self.t)  # a resumption cut short is still owed
            self.stats.resumption_s += min(self.t, a.seg) - a.began
            a.task.remaining_s -= done
            self.stats.backlog_work_s += done
            a.seg = None
            a.token += 1

    def _work_done(self, a: Agent, token: int) -> None:
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
                    self.stats.pulls += 1
                    self._mode(a, "contact")
                    self._next(a)
        elif waiting == 0:
            for a in self.agents:
                if (a.pulled and self.t - a.pulled_at >= self.release_after_s
                        and self.rng.random() < 0.5):
                    a.pulled = False
                    self._want(a, a.planned_role(self.t))

    def _obstacle(self, a: Agent, text: str, factor: float) -> None:
        self.emit("obstacle.logged", a.id, employee=a.id, text=text)
        self.aht_factor = max(self.aht_factor, factor)
