"""Per-type accept checks for big imports: the common, valid line without the general loop.

``validation.parse_event`` is the definition of a valid line and the one that words the errors.
This module compiles, once per event type, a straight-line function that answers only "this
line is certainly valid" (or ``None``, or a ``ValueError``: not sure). It takes the envelope out
of the decoded object, leaving the fields, and returns what a journal row needs besides them.
The importer falls back to ``parse_event`` for the whole file as soon as any line is not
certain, so a refused file gets exactly the errors it always got.

A generated check accepts a line only if ``parse_event`` accepts it and builds the same event:
its keys are the envelope's and a subset of the type's fields, every required field is given,
every non-null value passes its field's check (the common ones written out inline with the
same conditions, the others through ``validation``'s own checks), the type's cross-field checks
run (``validation.check_together``), and the time is the canonical ``YYYY-MM-DDTHH:MM:SS+HH:MM``
text. ``tests/core/test_fastcheck.py`` holds the two against each other.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Callable

from balans.core.journal import validation as v
from balans.core.journal.events import SCHEMA, TIME_FIELDS, Event, stored_event
from balans.core.journal.minutes import FORM, MINUTES, SECONDS, minute_base


# What a check returns (a plain tuple: a named one costs a Python-level call per line):
# type, microseconds since the epoch, time as written, id, actor, and the three fields the
# journal row has columns for (employee, contact, task). The object keeps the fields. No
# ``datetime``: the first import never needs one (``event`` makes it when wanted).
Envelope = tuple[str, int, str, "str | None", "str | None", "str | None", "str | None",
                 "str | None"]


Check = Callable[[dict[str, Any]], "Envelope | None"]

# Inline conditions equal to the checks in ``validation`` (``x`` is a non-null value).
def _id(x: str) -> str:
    return (f"(type({x}) is str and 0 < len({x}) <= {v.MAX_ID} and {x}.isprintable() "
            f"and not {x}.isspace())")


_ID = _id("x")
_TEXT = ("(type(x) is str and 0 < len(x) <= {limit} and not x.isspace() "
         "and '\\x00' not in x)")
_CHOICE = "(type(x) is str and x in CHOICE_{name})"
_COLUMNS = ("employee", "contact", "task")


def _condition(name: str) -> str | None:
    check = v.CHECKS[name]
    if check is v.check_id:
        return _ID
    if check is v.check_text:
        return _TEXT.format(limit=v.text_limit(name))
    if check is v.check_choice:
        return _CHOICE.format(name=name)
    return None  # rarer fields: validation's own check, which raises when the value is wrong


def _source(kind: str) -> str:
    required, optional = SCHEMA[kind]
    kind = str(kind)  # the plain text, not the vocabulary's enum member
    lines = [
        "def check(obj):",
        "    ts_text = obj.pop('ts', None)",  # obj is the importer's own fresh object
        # The minute (date, hour, minute, offset) parsed once, then only the seconds. A minute
        # is remembered only from a time checked whole below, and only a text of that length
        # makes a key of its length (any other value raises TypeError: not certain), so a
        # found minute and valid seconds settle the form as well.
        "    base = MINUTES.get(ts_text[:16] + ts_text[19:])",
        "    second = SECONDS.get(ts_text[16:19])",
        "    if base is None or second is None:",
        f"        if not {FORM.format(t='ts_text')}:",
        "            return None  # not what is_canonical_time accepts",
        "        base = minute_base(ts_text)",
        "        if base is None or second is None:",
        "            return None",
        "    del obj['type']",
    ]
    lines += ["    id = obj.pop('id', None)",
              f"    if id is not None and not {_id('id')}:",
              "        return None",
              "    actor = obj.pop('actor', None) if 'actor' in obj else None",  # rarely given
              f"    if actor is not None and not {_id('actor')}:",
              "        return None"]
    if optional:
        lines.append(f"    given = {len(required)}")  # the keys known to be fields
    for name in required + optional:
        condition = _condition(name)
        lines.append(f"    x = obj.get({name!r})")
        if name in required:
            lines += ["    if x is None:", "        return None"]
            indent = "    "
        else:
            lines += ["    if x is not None:", "        given += 1"]
            indent = "        "
        if condition is None and name in TIME_FIELDS:  # a remembered minute vouches for it
            lines += [f"{indent}if MINUTES.get(x[:16] + x[19:]) is None or "
                      "SECONDS.get(x[16:19]) is None:",
                      f"{indent}    CHECKS[{name!r}]({name!r}, x)"]
        elif condition is None:
            lines.append(f"{indent}CHECKS[{name!r}]({name!r}, x)")
        else:
            lines += [f"{indent}if not {condition}:", f"{indent}    return None"]
        if name in _COLUMNS:
            lines.append(f"    {name} = x")
    # No other keys: every key counted is a field, so when the counts agree there is none; an
    # optional field given as null is the one case left to the full test.
    count = "given" if optional else str(len(required))
    lines += [f"    if len(obj) != {count} and not obj.keys() <= FIELDS:",
              "        return None"]
    if kind in v.CHECKED_TOGETHER or {"start", "end"} <= set(required + optional):
        lines.append(f"    check_together({kind!r}, obj, ts_text)")
    columns = ", ".join(c if c in required + optional else "None" for c in _COLUMNS)
    lines.append(f"    return {kind!r}, base + second, ts_text, id, actor, {columns}")
    return "\n".join(lines)


def _compile(kind: str) -> Check:
    required, optional = SCHEMA[kind]
    scope: dict[str, Any] = {
        "FIELDS": frozenset(required + optional),
        **{f"CHOICE_{n}": frozenset(map(str, c)) for n, c in v.CHOICES.items()},
        "CHECKS": v.CHECKS, "MINUTES": MINUTES, "SECONDS": SECONDS,
        "minute_base": minute_base, "check_together": v.check_together,
    }
    exec(compile(_source(kind), f"<fastcheck {kind}>", "exec"), scope)  # noqa: S102
    return scope["check"]


# Keyed by the plain type text, as it comes out of a decoded line.
CHECKS: dict[str, Check] = {str(kind): _compile(kind) for kind in SCHEMA}


def event(obj: dict[str, Any], envelope: Envelope) -> Event:
    """The event ``parse_event`` makes of the line a check accepted."""
    kind, _, ts_text, id_, actor = envelope[:5]
    return stored_event(kind, datetime.fromisoformat(ts_text), obj, id_, actor, None, ts_text)
