"""Journal times to microseconds through a remembered minute.

A journal holds many events a minute. The date, hour, minute and offset of a time written the
canonical way (``YYYY-MM-DDTHH:MM:SS+HH:MM``) are parsed once by ``fromisoformat`` and kept
with the microseconds of that minute; a later time of the same minute only looks up the minute
and its ``:SS`` and adds them. A minute is remembered only from a time checked whole (its form,
its clock, its year), and only a text of that length makes a key of its length, so a found
minute with valid seconds vouches for the whole text. The import's checks (``fastcheck``) and
the state steps (plan blocks, due times) both read times this way.
"""
from __future__ import annotations

from datetime import datetime

from balans.core.journal.events import parse_time
from balans.core.journal.validation import YEARS
from balans.core.timeutil import to_micros

# ":SS" (00 to 59, what ``fromisoformat`` accepts) to its microseconds.
SECONDS = {f":{s:02d}": s * 1_000_000 for s in range(60)}
# ``YYYY-MM-DDTHH:MM`` + ``+HH:MM`` of a valid time within the years accepted, to the
# microseconds of its minute.
MINUTES: dict[str, int] = {}
KEPT = 100_000  # about a year of distinct minutes at most; then it starts over

# What ``events.is_canonical_time`` asks of the marks, written out (``t``: the text).
FORM = ("(type({t}) is str and len({t}) == 25 and {t}[10] == 'T' and {t}[19] in '+-' "
        "and {t}[22] == ':' and {t}[19:] != '-00:00')")
_canonical_marks = eval(f"lambda t: {FORM.format(t='t')}")  # noqa: S307 - the same condition


def minute_base(text: str) -> int | None:
    """The microseconds of the minute of ``text`` (a time of the canonical length and marks),
    remembered; ``None`` when the time is not certainly valid (``fromisoformat`` may raise)."""
    if text[13] != ":" or text[16] != ":":  # HH:MM:SS only: no other form of the clock
        return None
    moment = datetime.fromisoformat(text)
    if not YEARS[0] <= moment.year <= YEARS[1]:
        return None
    base = to_micros(moment) - moment.second * 1_000_000  # no fraction: HH:MM:SS only
    if len(MINUTES) >= KEPT:
        MINUTES.clear()
    MINUTES[text[:16] + text[19:]] = base
    return base


def time_micros(text: str) -> int:
    """``to_micros(parse_time(text))`` for a time already found valid, through the remembered
    minute when it is written the canonical way."""
    base = MINUTES.get(text[:16] + text[19:])
    second = SECONDS.get(text[16:19])
    if base is None or second is None:
        base = None
        try:
            if second is not None and _canonical_marks(text):
                base = minute_base(text)
        except ValueError:
            base = None
        if base is None:
            return to_micros(parse_time(text))
    return base + second
