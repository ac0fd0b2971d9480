"""What every command shares: the error type for exit status 1, opening the store, progress."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:  # SQLAlchemy and Alembic load with the first command that opens a database
    from balans.core.storage.store import Store


class CliError(Exception):
    """Bad input or a failed check: printed as one line on stderr, exit status 1."""


@dataclass(frozen=True)
class Frontend:
    """What the command line uses from the Qt side, handed in by ``balans.launch`` (the command
    line itself never imports the desktop). None where it is not available."""

    run_app: Callable[[argparse.Namespace], int] | None = None
    # (summary, path, routine, names, consistency per reason): write the end-of-day report as
    # a PDF; OSError on failure
    summary_pdf: Callable[[Any, str | os.PathLike[str], Any, Mapping[str, str] | None, Any],
                          None] | None = None


def iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if not 1900 <= day.year <= 2999:  # a real date, but no team's: bad input, exit status 1
        raise CliError(f"the date {text} is out of range (years 1900 to 2999)")
    return day


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """--db is accepted after the command too (`balans import --db URL FILE`)."""
    parser.add_argument("--db", default=argparse.SUPPRESS, help="SQLAlchemy database URL")
    parser.add_argument("--tz", default=argparse.SUPPRESS,
                        help="team time zone (default Europe/Amsterdam or $BALANS_TZ)")


def team_zone(args: argparse.Namespace) -> ZoneInfo:
    import os

    name = getattr(args, "tz", None) or os.environ.get("BALANS_TZ") or "Europe/Amsterdam"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError(f"unknown time zone {name!r}") from None


def store_from_args(args: argparse.Namespace) -> Store:
    from balans.core.storage.credentials import password_for_url
    from balans.core.storage.store import StoreError, open_store, resolve_url

    try:
        # --db or $BALANS_DB alike: the password comes from the keyring (or
        # $BALANS_DB_PASSWORD), never from the URL on the command line.
        url = resolve_url(getattr(args, "db", None))
        return open_store(url, password_for_url(url))
    except StoreError as exc:
        raise CliError(str(exc)) from None


class ProgressBar:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, label: str):
        self.label = label
        self.enabled = sys.stderr.isatty()
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = int(100 * done / total)
        if percent == self._last:
            return
        self._last = percent
        filled = percent // 4
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (25 - filled)}] {percent:3d}%")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    def end(self) -> None:
        """End a bar left unfinished (an import refused after a first pass stored some rows),
        so what follows starts on a line of its own."""
        if self.enabled and 0 <= self._last < 100:
            sys.stderr.write("\n")
            sys.stderr.flush()
        self._last = -1
