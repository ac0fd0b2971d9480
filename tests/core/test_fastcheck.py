"""The import's fast checks hold against the definitions they stand in for: a line the compiled
per-type check accepts is one ``parse_event`` accepts, giving the same event; the whole-file
duplicate-key count never says "none" where a line has one; the exact time arithmetic equals
``timestamp()``'s; and decoding a file gives the same events or the same errors as line by line.
"""
from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balans.core.journal import journal
from balans.core.journal.events import SCHEMA, TIME_FIELDS, is_canonical_time, parse_time
from balans.core.journal.fastcheck import CHECKS, event
from balans.core.journal.lines import _KEY, key_marks
from balans.core.journal.minutes import time_micros
from balans.core.journal.validation import parse_event
from balans.core.timeutil import to_micros
from tests.core.test_journal import base_lines

TIMES = ["2026-11-23T08:00:00+01:00", "2026-11-23T17:00:00+01:00", "2026-11-23T08:00:00Z",
         "2026-11-23T08:00:00-00:00", "2026-W48-1T08:00:00+01:00", "2026-11-23 08:00:00+01:00",
         "2026-11-23T08:00:00", "2026-13-23T08:00:00+01:00", "1850-11-23T08:00:00+01:00",
         "2026-11-23T08:00:00.5+01:00", "2026-11-23T08:00+01:00:00", " 026-11-23T08:00:00+01:00",
         "2026-11-23T08:00:00+23:59", "2026-11-23T08:00:00-09:30", "yesterday"]
TEXTS = ["anna", "c1", "Where is my permit?", "", " ", "   ", "a\x00b", "a\nb", "a\u2028b",
         "x" * 200, "x" * 201, "x" * 400, "x" * 401, "x" * 2001, "é", "\u00ad", "a b", "\u3000"]
CHOICES = ["phone", "chat", "counter", "contact", "backoffice", "resolved", "follow_up",
           "failure", "napping", "PHONE"]
VALUES = st.one_of(st.sampled_from(TIMES), st.sampled_from(TEXTS), st.sampled_from(CHOICES),
                   st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=True),
                   st.lists(st.sampled_from(CHOICES), max_size=3), st.just({"a": 1}),
                   st.text(max_size=5))
FIELDS = sorted({n for required, optional in SCHEMA.values() for n in required + optional})


def _valid(kind: str) -> dict:
    """A valid line of ``kind`` (from the journal tests, or put together here)."""
    for text in base_lines():
        obj = json.loads(text)
        if obj["type"] == kind:
            return obj
    required, _ = SCHEMA[kind]
    obj = {"id": "x1", "ts": TIMES[0], "type": str(kind)}
    for name in required:
        obj[name] = {"channel": "phone", "source": "acd", "offered": 3}.get(name, "anna")
    obj.update({n: TIMES[i] for i, n in enumerate(("start", "end")) if n in required})
    if kind == "contact.imported":
        obj.update(answered_at=TIMES[0], ended_at=TIMES[1])
    if kind == "employee.changed":
        obj["name"] = "Anna B."
    if kind == "reason.defined":
        obj.update(label="Where?", demand="failure")
    return obj


def _compare(obj: dict) -> None:
    """Whenever the fast check accepts, parse_event accepts and gives the same event."""
    check = CHECKS.get(obj.get("type")) if isinstance(obj.get("type"), str) else None
    if check is None:
        return
    fast_obj = copy.deepcopy(obj)
    try:
        envelope = check(fast_obj)
    except (ValueError, TypeError):
        envelope = None
    if envelope is None:
        return
    exact = parse_event(copy.deepcopy(obj))  # raises if the fast check accepted a bad line
    fast = event(fast_obj, envelope)
    assert fast == exact and dict(fast.fields) == dict(exact.fields)
    assert list(fast.fields) == list(exact.fields)  # the order the data column keeps
    assert fast.ts_text == exact.ts_text and type(fast.type) is str
    _, t, ts_text, id_, actor, employee, contact, task = envelope
    assert t == to_micros(exact.ts) and ts_text == exact.ts_text
    assert (employee, contact, task) == tuple(exact.get(n) for n in ("employee", "contact", "task"))


@pytest.mark.parametrize("kind", [str(k) for k in SCHEMA])
def test_every_type_has_a_check_that_accepts_its_valid_line(kind):
    obj = _valid(kind)
    assert CHECKS[kind](copy.deepcopy(obj)) is not None
    _compare(obj)


def test_every_edge_value_in_every_field_of_every_type():
    """Each listed value in each field (and the envelope) of each type, one at a time."""
    edge = TIMES + TEXTS + CHOICES + [None, True, 0, 1.5, -1, float("inf"), [], ["phone"],
                                      ["fax"], {"a": 1}]
    for kind in SCHEMA:
        required, optional = SCHEMA[kind]
        for name in required + optional + ("ts", "id", "actor", "extra"):
            for value in edge:
                obj = _valid(kind)
                obj[name] = value
                _compare(obj)
            obj = _valid(kind)
            obj.pop(name, None)
            _compare(obj)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from([str(k) for k in SCHEMA]),
       changes=st.dictionaries(st.sampled_from(FIELDS + ["ts", "id", "actor", "type", "extra"]),
                               VALUES, max_size=3),
       dropped=st.sets(st.sampled_from(FIELDS + ["ts", "id"]), max_size=2))
def test_a_line_the_fast_check_accepts_parse_event_accepts_alike(kind, changes, dropped):
    obj = _valid(kind)
    for name in dropped:
        obj.pop(name, None)
    obj.update(changes)
    _compare(obj)


@given(st.text(alphabet="0123456789-+:TWZ. ", min_size=20, max_size=27))
def test_the_written_out_canonical_time_test_is_is_canonical_time(text):
    obj = {"ts": text, "type": "contact.abandoned", "contact": "c1"}
    try:
        envelope = CHECKS["contact.abandoned"](obj)
    except ValueError:
        envelope = None
    if envelope is not None:
        assert is_canonical_time(text)


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)),
       st.integers(-(24 * 60 - 1), 24 * 60 - 1), st.integers(0, 59))
def test_micros_from_the_calendar_equal_timestamp(moment, minutes, seconds):
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=minutes, seconds=seconds)))
    assert to_micros(aware) == int(aware.timestamp() // 1) * 1_000_000 + aware.microsecond


LINE_PARTS = st.sampled_from(['{"a":1}', '{"a": 1, "a": 2}', '{"a":{"b":1}}', '"', ':', ' ',
                              '{"a" :1, "b"\t: 2}', '{"x":"\\":"}', '{"a":1,"a":1}', '\u3000',
                              '{"a"\r\n :1}', '"\n', '{"a" :1}', '{"a"  :1, "a" :2}', '\t'])


@given(st.lists(st.lists(LINE_PARTS, max_size=3).map("".join), max_size=6))
def test_the_file_wide_key_count_is_never_below_the_line_counts(lines):
    per_line = sum(len(_KEY.findall(text)) for text in lines)
    assert key_marks(lines) >= per_line and key_marks(lines, chunk=2) >= per_line


def _decoded(lines):
    try:
        return [(n, e, e.ts_text) for n, e in journal.decode_lines(lines)]
    except journal.JournalError as exc:
        return exc.errors


def _decoded_each(lines):
    try:
        return [(n, e, e.ts_text) for n, e in journal._decode_each(lines)]
    except journal.JournalError as exc:
        return exc.errors


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    base_lines() + ["", "   ", "not json", "[1]", '{"type": "nope"}',
                    '{"ts": "2026-11-23T08:00:00+01:00", "type": "obstacle.logged", '
                    '"employee": "anna", "employee": "bram", "text": "x"}',
                    '{"ts": "2026-11-23T08:00:00Z", "type": "contact.abandoned", "contact": "c"}',
                    '{"ts":"2026-11-23T08:00:00+01:00","type":"contact.abandoned","contact":"c"}',
                    '{"ts" : "2026-11-23T08:00:00+01:00", "type": "contact.abandoned", '
                    '"contact": "c", "contact" : "d"}']), max_size=8))
def test_decoding_a_file_gives_what_line_by_line_gives(lines):
    assert _decoded(lines) == _decoded_each(lines)


def test_a_line_that_is_json_once_the_file_is_joined_is_still_refused():
    lines = ['{"ts": "2026-11-23T08:00:00+01:00", "type": "contact.abandoned",', '"contact": "c"}']
    assert all(isinstance(e, journal.LineError) for e in _decoded(lines))
    assert orjson.loads("".join(lines))  # the two halves make one object


def test_times_of_every_time_field_go_through_the_exact_check():
    assert set(TIME_FIELDS) <= set(FIELDS)


@pytest.mark.parametrize("ts", [
    "2026-03-29T01:59:59+01:00", "2026-03-29T01:59:00+02:00", "2026-03-29T01:59:59-05:30",
    "2026-03-29T01:59:60+01:00", "2026-03-29T01:60:00+01:00", "2026-03-29T24:00:00+01:00",
    "2026-02-29T10:00:00+01:00", "2026-03-29T01:59:5x+01:00", "2026-03-29T01:59:-1+01:00",
    "2026-03-29T01:59: 1+01:00", "2026-03-29T01:59:٣1+01:00", "2026-03-29T0159:00.+01:00",
    "2026-03-29T01:59:59+24:00", "1900-03-29T01:59:59+01:00", "2026-03-29T01:59:59-00:00",
])
def test_the_remembered_minute_gives_what_parse_event_gives(ts):
    """The minute is parsed once and remembered: a second line of the same minute (another
    second, another offset, a wrong second) is only looked up, and must still agree."""
    for second in ("00", "59", ts[17:19]):
        for text in (ts, ts[:17] + second + ts[19:]):
            obj = {"id": "x", "ts": text, "type": "contact.arrived", "contact": "c1",
                   "channel": "phone"}
            _compare(obj)
            _compare(obj)  # now from the remembered minute
    if ts.startswith("2026-03-29T01:59:") and ts[17:19].isascii() and ts[17:19].isdigit() and int(ts[17:19]) < 60 \
            and ts[19:] in ("+01:00", "+02:00", "-05:30"):
        obj = {"id": "x", "ts": ts, "type": "contact.arrived", "contact": "c1", "channel": "phone"}
        assert CHECKS["contact.arrived"](obj) is not None  # the valid ones are accepted


@pytest.mark.parametrize("ts", [
    None, 5, 5.0, True, ["2026-03-30T09:15:00+02:00"], {"a": 1}, list("2026-03-30T09:15:00+02:00"),
    "2026-03-30T09:15:00+02:0", "2026-03-30T09:15:00+02:000", "2026-03-30T09:15:00.+02:00",
    "2026-03-30T09:15:0+02:00", "2026-03-30T09:15:+02:00", "2026-03-30T09:15+02:00",
    "2026-03-30T09:15:00+02:00 ", " 2026-03-30T09:15:00+02:00", "2026-03-30T09:15:60+02:00",
])
def test_a_remembered_minute_does_not_vouch_for_another_form(ts):
    """The checked form is settled by the look-ups alone once a minute is known: a value of
    another kind or length that shares the minute's text must still not be accepted."""
    valid = {"id": "x", "ts": "2026-03-30T09:15:00+02:00", "type": "contact.arrived",
             "contact": "c1", "channel": "phone"}
    assert CHECKS["contact.arrived"](dict(valid)) is not None  # the minute is remembered
    obj = {**valid, "ts": ts}
    _compare(obj)
    try:
        accepted = CHECKS["contact.arrived"](copy.deepcopy(obj))
    except (ValueError, TypeError):  # not certain, as the importers read it
        accepted = None
    assert accepted is None



@given(st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30)),
       st.integers(-14 * 60, 14 * 60), st.sampled_from(["canonical", "Z", "fraction", "space"]))
def test_time_micros_is_parse_time_new_or_remembered(moment, minutes, form):
    """The state steps' times (plan blocks, due times) through the remembered minute: the same
    microseconds as ``parse_time``, the first time and when the minute is known."""
    moment = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=minutes)))
    text = {"canonical": moment.isoformat(),
            "Z": moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"),
            "fraction": moment.replace(microsecond=250_000).isoformat(),
            "space": " " + moment.isoformat()}[form]
    if form == "canonical" and not is_canonical_time(text):  # -00:00 and the like
        return
    expected = to_micros(parse_time(text))
    assert time_micros(text) == expected
    assert time_micros(text) == expected  # now from the remembered minute, where there is one
