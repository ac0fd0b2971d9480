"""The moving parts of a simulated day: customers in a queue, people at work, random draws."""
from __future__ import annotations

import math
import random
from typing import NamedTuple

from balans.core.simulation.office import Member, Reason
from balans.core.simulation.profile import INTERVAL_S
from balans.core.simulation.carry import SimTask


class Contact:
    """A customer: waiting while ``waiting``; ``queued`` when they had to join the queue."""

    __slots__ = ("id", "channel", "arrived", "reason", "waiting", "queued", "pre")

    def __init__(self, cid: str, channel: str, arrived: float, reason: Reason,
                 pre: "Drawn | None" = None) -> None:
        self.id, self.channel, self.arrived, self.reason = cid, channel, arrived, reason
        self.waiting = True
        self.queued = False
        self.pre = pre  # the customer's own draws, when fixed in advance


class Drawn(NamedTuple):
    """What a customer brings, drawn in advance so that every plan meets the same customers:
    the reason, patience (s), handling time as a factor of the mean, and the outcome draw."""

    reason: Reason
    patience_s: float | None
    handling: float
    outcome: float


class Agent:
    """An employee during one simulated day."""

    __slots__ = ("m", "idx", "live", "email", "blocks", "mode", "role", "present", "on_break",
                 "pulled", "pulled_at", "contact", "task", "seg", "token", "admin_token",
                 "idle_since", "pending", "toggled", "habit", "lag", "began")

    def __init__(self, member: Member, idx: int, blocks: list[tuple[float, float, str]]) -> None:
        self.m, self.idx, self.blocks = member, idx, blocks
        self.live = tuple(c for c in member.channels if c != "email")
        self.email = "email" in member.channels
        self.mode, self.role = "offline", blocks[0][2]
        self.present = self.on_break = False
        self.pulled = False   # pulled onto the phones by the lead against the plan
        self.toggled = False  # in back-office mode for admin during a planned contact block
        self.pulled_at = self.idle_since = 0.0
        self.contact: Contact | None = None
        self.task: SimTask | None = None
        self.seg: float | None = None  # when the current stretch of task work began
        self.token = self.admin_token = 0  # invalidate scheduled work ends / admin checks
        self.pending: str | None = None  # mode to take once the current contact ends
        self.habit = member.admin_habit  # today's: set per day, people have busy days
        self.lag = 0.0  # seconds of resumption still to go before task work makes progress
        self.began = 0.0  # when the current stretch of task work (lag included) began

    @property
    def id(self) -> str:
        return self.m.id

    def planned_role(self, t: float) -> str:
        """The planned work role at ``t``; during or after a break, the block after it."""
        for start, end, role in self.blocks:
            if end > t and role != "break":
                return role
        return "contact"


def lognormal(rng: random.Random, mean: float, cv: float) -> float:
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
