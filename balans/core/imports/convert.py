"""Turning the rows of an export into journal events, row by row, each bad row with its line
number and reason. Event ids come from the source and the call (or the row's content), so
importing the same file again stores nothing new."""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Callable, Mapping, Sequence
from zoneinfo import ZoneInfo

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.imports import values as v
from balans.core.imports.mapping import SourceMapping
from balans.core.journal.events import Event, make
from balans.core.journal.validation import parse_event

MAX_ERRORS = 200


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number in the file, cells)


def delimiter_of(text: str) -> str:
    """The separator of a CSV text: whichever of , ; tab | its header line holds most of
    (spreadsheets in Dutch and German locales write semicolons). csv.Sniffer guesses wrong
    on short files with empty cells."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(text: str) -> CsvTable:
    """The header and the non-blank rows; comma, semicolon, tab or bar separated."""
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter_of(text))
    header = next(reader, None)
    if not header:
        raise ValueError(translate("ImportErrors", "the file is empty"))
    rows = []
    for cells in reader:
        if any(c.strip() for c in cells):
            rows.append((reader.line_num, tuple(cells)))
    return CsvTable(tuple(h.strip() for h in header), tuple(rows))


@dataclass
class Converted:
    events: list[tuple[int, Event]] = field(default_factory=list)  # (line, event)
    errors: list[tuple[int, str]] = field(default_factory=list)
    rows: int = 0
    unknown_reasons: int = 0  # rows whose reason is not in the catalogue (imported without)
    unknown_agents: int = 0  # rows whose agent is not a team member (imported without)

    @property
    def good(self) -> int:
        return len(self.events)


class _Row:
    """One row's cells, read through the mapping (column positions worked out once per file)."""

    __slots__ = ("cells", "places")

    def __init__(self, cells: Sequence[str], places: Mapping[str, tuple[int, ...]]):
        self.cells, self.places = cells, places

    def get(self, name: str) -> str:
        places = self.places.get(name)
        if not places:
            return ""
        cells = self.cells
        if len(places) == 1:
            i = places[0]
            return cells[i].strip() if i < len(cells) else ""
        parts = [cells[i].strip() for i in places if i < len(cells)]
        return " ".join(p for p in parts if p)

    def value(self, name: str, parse: Callable, label: str):  # noqa: ANN201
        """The parsed cell, or None when empty; ``label`` (translated) names it in an error."""
        text = self.get(name)
        if not text:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            raise ValueError(fill(translate("ImportErrors", "%1: %2"), label, exc)) from None


def _places(headers: Sequence[str], columns: Mapping[str, str]) -> dict[str, tuple[int, ...]]:
    index = {h: i for i, h in enumerate(headers)}
    return {name: tuple(index[part] for part in column.split("+") if part in index)
            for name, column in columns.items() if column}


def _key(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def convert(table: CsvTable, mapping: SourceMapping, tz: ZoneInfo, *,
            employees: Mapping[str, str] = {}, reasons: Mapping[str, str] = {}) -> Converted:
    """``employees`` and ``reasons`` map lower-case ids and names/labels to ids."""
    problems = mapping.missing(table.headers)
    if problems:
        raise ValueError("; ".join(problems))
    out = Converted(rows=len(table.rows))
    seen: dict[str, int] = {}
    one = _call if mapping.kind == "calls" else _interval
    places = _places(table.headers, mapping.columns)
    clock = lambda text: v.parse_local_time(text, tz)  # noqa: E731
    for line, cells in table.rows:
        row = _Row(cells, places)
        try:
            event = one(row, mapping, clock, employees, reasons, out)
            parse_event(event.to_json())  # the journal's own checks, per row
        except ValueError as exc:
            if len(out.errors) < MAX_ERRORS:
                out.errors.append((line, str(exc)))
            continue
        if event.id in seen:
            same = (translate("ImportErrors", "the same call as line %1")
                    if mapping.kind == "calls"
                    else translate("ImportErrors", "the same interval as line %1"))
            out.errors.append((line, fill(same, seen[event.id])))
            continue
        seen[event.id] = line
        out.events.append((line, event))
    return out


def _channel(row: _Row, mapping: SourceMapping) -> str:
    return (row.value("channel", v.parse_channel, translate("ImportErrors", "channel"))
            or mapping.channel)


def _call(row: _Row, m: SourceMapping, at: Callable, employees: Mapping[str, str],
          reasons: Mapping[str, str], out: Converted) -> Event:
    arrived = row.value("arrived", at, translate("ImportErrors", "arrival time"))
    if arrived is None:
        raise ValueError(translate("ImportErrors", "the arrival time is empty"))
    answered = row.value("answered", at, translate("ImportErrors", "answer time"))
    wait = row.value("wait_s", v.parse_seconds, translate("ImportErrors", "waiting time"))
    ended = row.value("ended", at, translate("ImportErrors", "end time"))
    talk = row.value("talk_s", v.parse_seconds, translate("ImportErrors", "handling time"))
    gone = row.value("abandoned", v.parse_flag, translate("ImportErrors", "abandoned"))
    if (answered is None and wait is not None and gone is not True
            and (ended is not None or talk is not None or gone is False)):
        answered = v.plus(arrived, wait)  # answered after waiting this long
    fields: dict[str, object] = {}
    if gone or answered is None:
        if ended is not None and not gone:
            raise ValueError(translate("ImportErrors", "it has an end time but no answer time or "
                                       "waiting time"))
        fields["abandoned_at"] = (v.plus(arrived, wait) if wait is not None else arrived
                                  ).isoformat()
    else:
        if ended is None:
            if talk is None:
                raise ValueError(translate("ImportErrors", "it was answered but has no end time "
                                           "or handling time"))
            ended = v.plus(answered, talk)
        fields["answered_at"] = answered.isoformat()
        fields["ended_at"] = ended.isoformat()
        agent = row.get("agent").lower()
        if agent:
            if agent in employees:
                fields["employee"] = employees[agent]
            else:
                out.unknown_agents += 1
    reason = row.get("reason").lower()
    if reason:
        if reason in reasons:
            fields["reason"] = reasons[reason]
        else:
            out.unknown_reasons += 1
    channel = _channel(row, m)
    call = row.get("id") or _key(arrived.isoformat(), channel, row.get("answered"),
                                 row.get("wait_s"), row.get("ended"), row.get("talk_s"),
                                 row.get("agent"))
    contact = f"{m.name}:{call}"
    return make("contact.imported", arrived, id=f"imp:{contact}", contact=contact,
                channel=channel, source=m.name, **fields)


INTERVAL_COUNTS = (("answered", v.parse_count, QT_TRANSLATE_NOOP("ImportErrors", "answered")),
                   ("abandoned", v.parse_count, QT_TRANSLATE_NOOP("ImportErrors", "abandoned")),
                   ("handle_s", v.parse_seconds,
                    QT_TRANSLATE_NOOP("ImportErrors", "handling time")))


def _interval(row: _Row, m: SourceMapping, at: Callable, employees: Mapping[str, str],
              reasons: Mapping[str, str], out: Converted) -> Event:
    start = row.value("start", at, translate("ImportErrors", "interval start"))
    if start is None:
        raise ValueError(translate("ImportErrors", "the interval start is empty"))
    end = (row.value("end", at, translate("ImportErrors", "interval end"))
           or start + timedelta(minutes=m.interval_minutes))
    offered = row.value("offered", v.parse_count, translate("ImportErrors", "offered"))
    if offered is None:
        raise ValueError(translate("ImportErrors", "offered is empty"))
    fields: dict[str, object] = {"offered": offered}
    for name, parse, label in INTERVAL_COUNTS:
        value = row.value(name, parse, translate("ImportErrors", label))
        if value is not None:
            fields[name] = value
    channel = _channel(row, m)
    # The values are part of the id: a corrected export adds the corrected interval (the latest
    # wins), the same export again adds nothing.
    ident = _key(m.name, channel, start.isoformat(), end.isoformat(), sorted(fields.items()))
    return make("queue.interval", start, id=f"imp:{m.name}:{ident}", source=m.name,
                channel=channel, start=start.isoformat(), end=end.isoformat(), **fields)
