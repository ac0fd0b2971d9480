"""Roster CSV import: columns mapped to fields, every row checked on its own, shifts stored once.

A roster exported from a spreadsheet or a scheduling tool has a row per shift: who, which day,
from, until. Column names vary (Dutch or English, any order), so the columns are *mapped*:
:func:`guess_mapping` proposes a mapping from the header and the user may change it. Each row is
read into a :class:`RosterRow` that either holds a shift or says in plain words what is wrong
with it. A shift's event id is derived from who, start and end, so importing the same file again
stores nothing twice.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Callable, Mapping, Sequence
from zoneinfo import ZoneInfo

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.journal.events import Event, make
from balans.core.journal.journal import Journal
from balans.core.journal.operations import OpChanges
from balans.core.roster.model import Member

FIELDS = ("employee", "date", "start", "end")
REQUIRED = ("employee", "start", "end")  # the date may be part of start and end
MAX_SHIFT = timedelta(hours=16)
_SYNONYMS = {
    "employee": ("employee", "medewerker", "name", "naam", "person", "persoon", "id", "who"),
    "date": ("date", "datum", "day", "dag"),
    "start": ("start", "begin", "from", "van", "starttijd", "aanvang", "start time"),
    "end": ("end", "eind", "einde", "to", "tot", "until", "eindtijd", "end time"),
}
# The fields as a row error names them ("no employee"); English on the command line.
_FIELD_WORDS = {"employee": QT_TRANSLATE_NOOP("RosterCsv", "employee"),
                "date": QT_TRANSLATE_NOOP("RosterCsv", "date"),
                "start": QT_TRANSLATE_NOOP("RosterCsv", "start"),
                "end": QT_TRANSLATE_NOOP("RosterCsv", "end")}
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")
_TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})(?::(\d{2}))?$")

Mapping_ = dict[str, int | None]  # field -> column index


class CsvError(ValueError):
    """The file cannot be read as a roster at all; one plain sentence."""


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number in the file, cells)


@dataclass(frozen=True)
class RosterRow:
    line: int
    cells: tuple[str, ...]
    employee: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM spreadsheets write), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(text: str) -> CsvTable:
    """The header and the non-empty rows; the delimiter (comma, semicolon, tab) is detected."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise CsvError(translate("RosterCsv", "the file is empty or its first line (the column "
                                 "names) is blank"))
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = tuple(h.strip() for h in next(reader))
    rows = []
    for cells in reader:
        if any(c.strip() for c in cells):
            rows.append((reader.line_num, tuple(c.strip() for c in cells)))
    return CsvTable(header, tuple(rows))


def guess_mapping(header: Sequence[str]) -> Mapping_:
    """Each field mapped to the first column whose name says it, else None."""
    names = [h.strip().casefold() for h in header]
    mapping: Mapping_ = {}
    for name in FIELDS:
        found = [i for i, h in enumerate(names) if h in _SYNONYMS[name]
                 and i not in mapping.values()]
        mapping[name] = found[0] if found else None
    return mapping


@functools.lru_cache(maxsize=1024)  # a roster repeats the same few dates many times
def _date(text: str) -> date:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(fill(translate("RosterCsv", "%1 is not a date (like 2026-11-30 or "
                                    "30-11-2026)"), repr(text)))


def _moment(text: str, day: date | None, tz: ZoneInfo, what: str) -> datetime:
    """'08:30' on ``day``, or a date and time in one cell ('2026-11-30 08:30')."""
    parts = text.replace("T", " ").split()
    if len(parts) == 2:
        day, text = _date(parts[0]), parts[1]
    match = _TIME.match(text)
    if not match or int(match[1]) > 24 or int(match[2]) > 59:
        raise ValueError(fill(translate("RosterCsv", "start %1 is not a time (like 08:30)")
                              if what == "start" else
                              translate("RosterCsv", "end %1 is not a time (like 08:30)"),
                              repr(text)))
    if day is None:
        raise ValueError(translate("RosterCsv", "no date: map a date column, or give date and "
                                   "time in one cell"))
    hour, minute = int(match[1]), int(match[2])
    extra = timedelta(days=1) if hour == 24 else timedelta(0)
    return datetime.combine(day + extra, time(hour % 24, minute), tzinfo=tz)


def _who(text: str, by_id: Mapping[str, Member], by_name: Mapping[str, Member]) -> str:
    """A member by id, by full name, or by a first name nobody else on the team has."""
    member = by_id.get(text) or by_name.get(text.casefold())
    if member is None:
        raise ValueError(fill(translate("RosterCsv", "%1 is not on the team (add them first)"),
                              repr(text)))
    if not member.active:
        raise ValueError(fill(translate("RosterCsv", "%1 has left the team"), member.name))
    return member.id


def parse_rows(table: CsvTable, mapping: Mapping_, members: Sequence[Member], tz: ZoneInfo
               ) -> list[RosterRow]:
    """Every row as a shift or with the reason it is not one."""
    missing = [f for f in REQUIRED if mapping.get(f) is None]
    if missing:
        raise CsvError(fill(translate("RosterCsv", "choose the column that holds %1"),
                            translate("RosterCsv", _FIELD_WORDS[missing[0]])))
    by_id = {m.id: m for m in members}
    by_name = {m.name.casefold(): m for m in members}
    firsts: dict[str, list[Member]] = {}
    for m in members:
        firsts.setdefault(m.name.split()[0].casefold(), []).append(m)
    for first, found in firsts.items():  # "Anna" for Anna de Vries, unless there are two
        if len(found) == 1:
            by_name.setdefault(first, found[0])
    out = []
    for line, cells in table.rows:
        def cell(name: str) -> str:
            index = mapping.get(name)
            return cells[index] if index is not None and index < len(cells) else ""

        try:
            for name in REQUIRED:
                if not cell(name):
                    raise ValueError(fill(translate("RosterCsv", "no %1"),
                                          translate("RosterCsv", _FIELD_WORDS[name])))
            who = _who(cell("employee"), by_id, by_name)
            day = _date(cell("date")) if cell("date") else None
            start = _moment(cell("start"), day, tz, "start")
            end = _moment(cell("end"), day if day else start.date(), tz, "end")
            if end <= start:
                raise ValueError(translate("RosterCsv", "the shift ends before it starts"))
            if end - start > MAX_SHIFT:
                raise ValueError(translate("RosterCsv", "a shift is at most 16 hours"))
        except ValueError as exc:
            out.append(RosterRow(line, cells, error=str(exc)))
        else:
            out.append(RosterRow(line, cells, who, start, end))
    return out


def shift_id(employee: str, start: datetime | str, end: datetime | str) -> str:
    """The same shift gets the same id, so a second import of it is skipped."""
    start, end = (t.isoformat() if isinstance(t, datetime) else t for t in (start, end))
    key = f"{employee}|{start}|{end}".encode()
    return "roster-" + hashlib.sha256(key).hexdigest()[:20]


def roster_events(rows: Sequence[RosterRow], now: datetime, actor: str | None = None
                  ) -> list[Event]:
    events = []
    for r in rows:
        if r.ok and r.employee and r.start and r.end:
            start, end = r.start.isoformat(), r.end.isoformat()  # slow with zoneinfo: once
            events.append(make("shift.planned", now, id=shift_id(r.employee, start, end),
                               actor=actor, employee=r.employee, start=start, end=end))
    return events


@dataclass(frozen=True)
class ImportResult:
    stored: int
    skipped: int  # already stored by an earlier import
    rejected: int  # rows with an error, not imported
    changes: OpChanges | None = None  # what the desktop announces to its panels


def import_rows(journal: Journal, rows: Sequence[RosterRow], now: datetime, *,
                actor: str | None = None, progress: Callable[[int, int], None] | None = None
                ) -> ImportResult:
    """Store the good rows' shifts in one transaction (the rows with errors are left out)."""
    events = roster_events(rows, now, actor)
    if not events:
        raise CsvError(translate("RosterCsv", "no row holds a shift that can be imported"))
    result = journal.append(events, progress)
    skipped = len(events) - result.stored
    return ImportResult(result.stored, skipped, sum(1 for r in rows if not r.ok),
                        OpChanges.of(events, result))
