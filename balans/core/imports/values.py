"""Reading the cells of an export: times in the team's zone, durations, flags, channels."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from balans.core.i18n import fill, translate

_FORMATS = ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M",
            "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M",
            "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p")
_YES = {"1", "yes", "y", "true", "ja", "j", "x", "abandoned", "abandon", "lost", "verloren",
        "opgehangen", "hung up", "not answered", "unanswered", "niet beantwoord"}
_NO = {"", "0", "no", "n", "false", "nee", "answered", "beantwoord", "handled", "ok"}
CHANNEL_WORDS = {
    "phone": ("phone", "telephone", "telefoon", "tel", "voice", "call", "calls", "inbound"),
    "counter": ("counter", "balie", "walk-in", "walkin", "desk", "loket", "ticket", "visit"),
    "chat": ("chat", "webchat", "whatsapp", "messaging"),
    "email": ("email", "e-mail", "mail"),
}
_CHANNEL_OF = {word: channel for channel, words in CHANNEL_WORDS.items() for word in words}


def parse_local_time(text: str, tz: ZoneInfo) -> datetime:
    """A time as exports write it; without a UTC offset it is local time in ``tz``."""
    value = text.strip()
    if not value:
        raise ValueError(translate("ImportErrors", "is empty"))
    moment = _numeric(value)
    if moment is not None:
        return moment.replace(tzinfo=tz).astimezone(tz)
    try:
        moment = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        for fmt in _FORMATS:
            try:
                moment = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if moment is None:
        raise ValueError(_not_a_time(value))
    if moment.tzinfo is None:
        # fold=0: in the repeated autumn hour an export without offsets is ambiguous anyway.
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz).replace(microsecond=0)


_NUMERIC = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")


def _numeric(value: str) -> datetime | None:
    """Day-first or year-first numeric date and 24-hour time, without an offset — what most
    exports write — read without strptime (ten times faster on a big file)."""
    m = _NUMERIC.fullmatch(value)
    if m is None:
        return None
    a, b, c, hh, mm, ss = m.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4:
        year, month, day = int(c), int(b), int(a)
    else:
        return None
    try:
        return datetime(year, month, day, int(hh), int(mm), int(ss or 0))
    except ValueError:
        raise ValueError(_not_a_time(value)) from None


def _not_a_time(value: str) -> str:
    return fill(translate("ImportErrors", "%1 is not a date and time"), repr(value))


def parse_seconds(text: str) -> float:
    """A duration: seconds ("290", "290,5"), m:ss ("4:50") or h:mm:ss ("0:04:50")."""
    value = text.strip().replace(",", ".")
    if not value:
        raise ValueError(translate("ImportErrors", "is empty"))
    try:
        if ":" in value:
            parts = [float(p) for p in value.split(":")]
            if len(parts) > 3 or any(p < 0 for p in parts):
                raise ValueError
            seconds = 0.0
            for part in parts:
                seconds = seconds * 60 + part
        else:
            seconds = float(value)
    except ValueError:
        raise ValueError(fill(translate("ImportErrors", "%1 is not a duration (seconds, m:ss or "
                                        "h:mm:ss)"), repr(text.strip()))) from None
    if seconds < 0 or seconds != seconds:
        raise ValueError(fill(translate("ImportErrors", "%1 is not a duration"),
                              repr(text.strip())))
    return seconds


def parse_count(text: str) -> int:
    value = text.strip()
    try:
        number = float(value.replace(",", ".")) if value else 0.0
    except ValueError:
        raise ValueError(fill(translate("ImportErrors", "%1 is not a number"),
                              repr(value))) from None
    if number < 0 or number != int(number):
        raise ValueError(fill(translate("ImportErrors", "%1 is not a whole number of 0 or more"),
                              repr(value)))
    return int(number)


def parse_flag(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(fill(translate("ImportErrors", "%1 is neither yes nor no"),
                          repr(text.strip())))


def parse_channel(text: str) -> str:
    value = text.strip().lower()
    if value in _CHANNEL_OF:
        return _CHANNEL_OF[value]
    raise ValueError(fill(translate("ImportErrors", "channel %1 is not phone, counter, chat or "
                                    "e-mail"), repr(text.strip())))


def plus(moment: datetime, seconds: float) -> datetime:
    return (moment + timedelta(seconds=round(seconds))).replace(microsecond=0)
