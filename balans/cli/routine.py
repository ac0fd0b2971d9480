"""`balans routine --date D [--json]`: what is new or changed since the previous working day."""
from __future__ import annotations

import argparse
import json
import sys

from balans.cli.common import add_db_option, iso_date, store_from_args, team_zone
from balans.core.journal.journal import Journal


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("routine", help="the daily routine: new or changed since the previous "
                                       "working day, and whether each was acted upon")
    p.add_argument("--date", type=iso_date, required=True, help="the day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(run=run)


def load_routine(journal: Journal, day, tz):  # noqa: ANN001
    from balans.core.holidays import previous_working_day
    from balans.core.storage.queries import history_window_events
    from balans.core.routine.compute import routine
    from balans.core.timeutil import day_bounds

    _, since = day_bounds(previous_working_day(day), tz)
    _, end = day_bounds(day, tz)
    return routine(history_window_events(journal, since, end), day, tz)


def run(args: argparse.Namespace) -> int:
    from balans.core.routine.compute import format_routine

    tz = team_zone(args)
    store = store_from_args(args)
    try:
        result = load_routine(Journal(store), args.date, tz)
    finally:
        store.dispose()
    if args.json:
        json.dump(result.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        text = format_routine(result)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
