"""The reason catalogue as a CSV file a team lead can edit in a spreadsheet, and back.

Columns: ``reason, label, demand, agreement, usual_outcome, retired``; the first three are
required, ``retired`` is yes/no (empty means no). A file is checked whole: every bad row is
reported with its line number and nothing is applied.
"""
from __future__ import annotations

import csv
import io
from typing import Iterable

from balans.core.i18n import fill, translate
from balans.core.imports.convert import delimiter_of
from balans.core.journal.validation import parse_event
from balans.core.reasons.catalogue import ReasonEntry
from balans.core.vocabulary import Demand, Outcome

OUTCOMES = tuple(map(str, Outcome))
DEMANDS = tuple(map(str, Demand))

COLUMNS = ("reason", "label", "demand", "agreement", "usual_outcome", "retired")
REQUIRED = ("reason", "label", "demand")
_YES = {"yes", "y", "true", "1", "ja", "j"}
_NO = {"", "no", "n", "false", "0", "nee"}


class CatalogueFileError(ValueError):
    """A catalogue file was rejected; ``errors`` are (line, reason) pairs."""

    def __init__(self, errors: list[tuple[int, str]]):
        self.errors = errors
        shown = "; ".join(fill(translate("ReasonFile", "line %1: %2"), n, why)
                          for n, why in errors[:3])
        more = (fill(translate("ReasonFile", "; %1 more"), len(errors) - 3)
                if len(errors) > 3 else "")
        super().__init__(shown + more)


def catalogue_to_csv(entries: Iterable[ReasonEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow([e.id, e.label, e.demand, e.agreement or "", e.usual_outcome or "",
                         "yes" if e.retired else "no"])
    return out.getvalue()


def parse_catalogue_csv(text: str) -> list[ReasonEntry]:
    """The entries of a catalogue file, or CatalogueFileError naming every bad line."""
    text = text.lstrip("\ufeff")  # spreadsheets like to write a byte-order mark
    reader = csv.reader(io.StringIO(text), delimiter=delimiter_of(text))
    header = next(reader, None)
    if header is None:
        raise CatalogueFileError([(1, translate("ReasonFile", "the file is empty"))])
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise CatalogueFileError([(1, fill(translate("ReasonFile", "the header has no column %1 "
                                                     "(expected %2)"),
                                           ", ".join(missing), ", ".join(COLUMNS)))])
    entries: list[ReasonEntry] = []
    errors: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(names)}
        try:
            entry = _entry(cells)
        except ValueError as exc:
            errors.append((line, str(exc)))
            continue
        if entry.id in seen:
            errors.append((line, fill(translate("ReasonFile", "reason %1 is already on line %2"),
                                      repr(entry.id), seen[entry.id])))
            continue
        seen[entry.id] = line
        entries.append(entry)
    if errors:
        raise CatalogueFileError(errors)
    return entries


def _entry(cells: dict[str, str]) -> ReasonEntry:
    for name in REQUIRED:
        if not cells.get(name):
            raise ValueError(fill(translate("ReasonFile", "%1 is empty"), name))
    demand = cells["demand"].lower()
    if demand not in DEMANDS:
        raise ValueError(fill(translate("ReasonFile", "demand %1 is not one of %2"),
                              repr(cells["demand"]), ", ".join(DEMANDS)))
    outcome = cells.get("usual_outcome", "").lower() or None
    if outcome is not None and outcome not in OUTCOMES:
        raise ValueError(fill(translate("ReasonFile", "usual_outcome %1 is not one of %2"),
                              repr(outcome), ", ".join(OUTCOMES)))
    retired_text = cells.get("retired", "").lower()
    if retired_text not in _YES | _NO:
        raise ValueError(fill(translate("ReasonFile", "retired %1 is not yes or no"),
                              repr(cells["retired"])))
    entry = ReasonEntry(cells["reason"], cells["label"], demand,
                        cells.get("agreement") or None, outcome, retired_text in _YES)
    # The journal's own checks (lengths, empty texts) so the import cannot fail half-way.
    parse_event({"ts": "2026-01-01T00:00:00+00:00", "type": "reason.defined",
                 **entry.definition()})
    return entry
