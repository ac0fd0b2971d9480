"""Which column of an export holds what: the fields Balans reads, a mapping per source, a guess
from the header, and the mappings saved per source (a JSON file in the user's config folder,
shared by the app and the command line on this PC)."""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate

KINDS = ("calls", "intervals")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # English, marked for translation; ``title`` is the user's language
    required: bool
    hints: tuple[str, ...]  # header words that suggest this field (lower case)

    @property
    def title(self) -> str:
        return translate("ImportFields", self.label)


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "calls": (
        FieldSpec("id", QT_TRANSLATE_NOOP("ImportFields", "Call or ticket id"), False,
                  ("call id", "callid", "id", "ticket", "gesprek id", "contact id", "session")),
        FieldSpec("arrived", QT_TRANSLATE_NOOP("ImportFields", "Arrived (entered the queue)"), True,
                  ("arrived", "arrival", "start", "offered", "queued", "begin", "binnenkomst",
                   "datum tijd", "time", "date")),
        FieldSpec("answered", QT_TRANSLATE_NOOP("ImportFields", "Answered at"), False,
                  ("answered", "answer time", "connected", "aangenomen", "opgenomen")),
        FieldSpec("wait_s",
                  QT_TRANSLATE_NOOP("ImportFields", "Waiting time (seconds or m:ss)"), False,
                  ("wait", "queue time", "wachttijd", "speed of answer", "asa")),
        FieldSpec("ended", QT_TRANSLATE_NOOP("ImportFields", "Ended at"), False,
                  ("ended", "end", "finished", "einde", "stop")),
        FieldSpec("talk_s",
                  QT_TRANSLATE_NOOP("ImportFields", "Handling time (seconds or m:ss)"), False,
                  ("talk", "handling", "handle", "duration", "gespreksduur", "aht")),
        FieldSpec("abandoned",
                  QT_TRANSLATE_NOOP("ImportFields", "Abandoned (yes/no or result)"), False,
                  ("abandoned", "lost", "result", "status", "verloren", "opgehangen")),
        FieldSpec("channel", QT_TRANSLATE_NOOP("ImportFields", "Channel"), False,
                  ("channel", "kanaal", "media", "type")),
        FieldSpec("reason", QT_TRANSLATE_NOOP("ImportFields", "Reason or wrap-up code"), False,
                  ("reason", "wrap", "subject", "onderwerp", "reden", "category")),
        FieldSpec("agent", QT_TRANSLATE_NOOP("ImportFields", "Agent (employee id or name)"), False,
                  ("agent", "employee", "medewerker", "user", "answered by")),
    ),
    "intervals": (
        FieldSpec("start", QT_TRANSLATE_NOOP("ImportFields", "Interval start"), True,
                  ("interval", "start", "begin", "from", "period", "tijdvak", "time", "date")),
        FieldSpec("end", QT_TRANSLATE_NOOP("ImportFields", "Interval end"), False,
                  ("end", "until", "to", "einde", "tot")),
        FieldSpec("offered", QT_TRANSLATE_NOOP("ImportFields", "Offered"), True,
                  ("offered", "calls", "aangeboden", "inbound", "volume", "contacts")),
        FieldSpec("answered", QT_TRANSLATE_NOOP("ImportFields", "Answered"), False,
                  ("answered", "handled", "beantwoord")),
        FieldSpec("abandoned", QT_TRANSLATE_NOOP("ImportFields", "Abandoned"), False,
                  ("abandoned", "lost", "verloren")),
        FieldSpec("handle_s",
                  QT_TRANSLATE_NOOP("ImportFields", "Average handling time (seconds or m:ss)"),
                  False,
                  ("aht", "handling", "handle", "talk", "gespreksduur")),
        FieldSpec("channel", QT_TRANSLATE_NOOP("ImportFields", "Channel"), False,
                  ("channel", "kanaal", "queue", "media")),
    ),
}


@dataclass(frozen=True)
class SourceMapping:
    """How to read one source's export. ``columns`` maps a field to a header; two headers joined
    by ``+`` are read as one value (a date column and a time column)."""

    name: str
    kind: str = "calls"
    columns: Mapping[str, str] = field(default_factory=dict)
    channel: str = "phone"  # when no channel column is mapped
    interval_minutes: int = 15  # interval statistics without an end column

    def missing(self, headers: Sequence[str]) -> list[str]:
        """Plain sentences for what keeps this mapping from reading a file with ``headers``."""
        problems = []
        known = set(headers)
        for spec in FIELDS[self.kind]:
            column = self.columns.get(spec.name)
            if column is None:
                if spec.required:
                    problems.append(fill(translate("ImportFields", "no column chosen for %1"),
                                         spec.title.lower()))
                continue
            absent = [c for c in column.split("+") if c not in known]
            if absent:
                problems.append(fill(translate("ImportFields", "the file has no column %1 "
                                               "(for %2)"),
                                     ", ".join(map(repr, absent)), spec.title.lower()))
        return problems


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def guess_mapping(name: str, kind: str, headers: Sequence[str], channel: str = "phone"
                  ) -> SourceMapping:
    """A first mapping from header names; the user checks it in the mapping dialog."""
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for spec in FIELDS[kind]:
        for hint in spec.hints:
            match = next((h for h in headers if h not in taken
                          and (_words(h) == hint or hint in _words(h).split(" ")
                               or (" " in hint and hint in _words(h)))), None)
            if match is not None:
                columns[spec.name] = match
                taken.add(match)
                break
    return SourceMapping(name, kind, columns, channel)


def sources_path() -> Path:
    base = os.environ.get("BALANS_CONFIG_DIR")
    if not base:
        from platformdirs import user_config_dir

        base = user_config_dir("balans", appauthor=False)
    return Path(base) / "import-sources.json"


def load_sources(path: Path | None = None) -> dict[str, SourceMapping]:
    path = path or sources_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        raise ValueError(fill(translate("ImportFields", "the saved import sources in %1 cannot "
                                        "be read"), path)) from None
    out = {}
    for name, item in data.items():
        if isinstance(item, dict) and item.get("kind") in KINDS:
            out[name] = SourceMapping(name, item["kind"], dict(item.get("columns", {})),
                                      item.get("channel", "phone"),
                                      int(item.get("interval_minutes", 15)))
    return out


def save_source(mapping: SourceMapping, path: Path | None = None) -> None:
    path = path or sources_path()
    sources = load_sources(path)
    sources[mapping.name] = mapping
    data = {name: {k: v for k, v in asdict(m).items() if k != "name"}
            for name, m in sorted(sources.items())}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)  # never a half-written file
