"""`balans export [--from D] [--to D]`: the journal of those days as JSON Lines on stdout."""
from __future__ import annotations

import argparse
import sys

from balans.cli.common import CliError, add_db_option, iso_date, store_from_args, team_zone
from balans.core.journal.journal import Journal
from balans.core.timeutil import day_bounds, to_micros


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write the journal as JSON Lines to stdout")
    p.add_argument("--from", dest="date_from", type=iso_date, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=iso_date, help="last day (YYYY-MM-DD)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    tz = team_zone(args)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CliError("--to is before --from")
    t_from = to_micros(day_bounds(args.date_from, tz)[0]) if args.date_from else None
    t_to = to_micros(day_bounds(args.date_to, tz)[1]) if args.date_to else None
    store = store_from_args(args)
    try:
        out = sys.stdout
        for line in Journal(store).export_lines(t_from, t_to):
            out.write(line)
            out.write("\n")
        out.flush()
    finally:
        store.dispose()
    return 0
