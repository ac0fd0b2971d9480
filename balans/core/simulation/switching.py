"""What a switch costs a person doing back-office work, as the simulator models it.

Two costs, both in seconds of back-office work that produce nothing:

* ``after_switch_s`` — after a spell of contact work, getting back into a back-office task:
  finding where one was, reloading the case into one's head. Laboratory studies of the
  *resumption lag* (Altmann & Trafton 2002; Monk, Trafton & Boehm-Davis 2008) measure seconds
  for interruptions of seconds to a minute, growing with the length and demand of the
  interruption; a contact block of an hour or more is far longer than any of those. Leroy (2009)
  showed that switching away from an unfinished task leaves *attention residue* that lowers
  performance on the next task. Default 180 s: three minutes of lost work per return to the
  backlog, an assumption at the low end of field reports of several minutes of re-orientation.
* ``after_interruption_s`` — a task in progress interrupted by a customer (the person answers a
  contact with the task still open, the pattern the brief describes): on return, the resumption
  lag again. Mark, Gudith & Klocke (2008) found that interrupted people compensate by working
  faster, at the price of more stress and frustration; Mark, Gonzalez & Harris (2005) found an
  interrupted task is resumed on average some 23 minutes later, after two other tasks. That 23
  minutes is time until resumption, not time lost, so it is not used as a cost here. Default
  60 s per interruption.

Both are settings (the Settings dialog); ``SwitchCost.none()`` is the old model, where a
switch costs nothing, to see how much the conclusion depends on these numbers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SwitchCost:
    after_switch_s: float = 180.0
    after_interruption_s: float = 60.0

    def __post_init__(self) -> None:
        if not (0 <= self.after_switch_s <= 3600 and 0 <= self.after_interruption_s <= 3600):
            raise ValueError("a switching cost must be between 0 and 3600 seconds")

    @classmethod
    def none(cls) -> "SwitchCost":
        return cls(0.0, 0.0)
