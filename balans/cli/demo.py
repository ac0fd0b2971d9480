"""`balans demo`: fill the database with a simulated team; `--live` keeps feeding it."""
from __future__ import annotations

import argparse
import sys
from datetime import datetime

from balans.cli.common import (CliError, ProgressBar, add_db_option, iso_date, store_from_args,
                               team_zone)
from balans.core.journal.journal import Journal, JournalError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="fill the database with a simulated front office")
    p.add_argument("--date", type=iso_date, help="last day (default: today)")
    p.add_argument("--days", type=int, default=20, help="working days to simulate (default 20)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--live", action="store_true",
                   help="keep writing simulated events in (accelerated) real time")
    p.add_argument("--speed", type=float, default=1.0,
                   help="with --live: how many times faster than real time (default 1)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.days < 0 or args.days > 5000:
        raise CliError("--days must be between 0 and 5000")
    if args.speed <= 0:
        raise CliError("--speed must be greater than 0")
    tz = team_zone(args)
    store = store_from_args(args)
    journal = Journal(store)
    try:
        if args.live:
            return _live(journal, args, tz)
        from balans.core.simulation.demo import fill_demo

        end = args.date or datetime.now(tz).date()
        stored = fill_demo(journal, end, args.days, args.seed, tz, ProgressBar("simulating"))
        print(f"stored {stored} events for {args.days} working days ending {end}",
              file=sys.stderr)
        return 0
    except JournalError as exc:
        raise CliError(f"demo data could not be stored: {exc}") from None
    finally:
        store.dispose()


def _live(journal: Journal, args: argparse.Namespace, tz) -> int:  # noqa: ANN001
    from balans.core.simulation.demo import run_live

    now = datetime.now(tz)
    if args.date and args.date != now.date():
        raise CliError("--live simulates today; leave out --date")
    from balans.core.simulation.demo import live_start
    from balans.core.storage.queries import day_events

    if any(e.type == "mode.changed" for e in day_events(journal, now.date(), tz, until=now)):
        print("note: today already holds people's modes (an earlier demo or live run); the "
              "live day comes on top of them", file=sys.stderr)

    day = ("a simulated office day starting now" if live_start(now)
           else "today's simulated office day")
    soon = 20 * 60 / args.speed  # seconds until the burst of calls
    when = f"{soon / 60:.0f} min" if soon >= 90 else f"{soon:.0f} s"
    print(f"feeding {day} from {now:%H:%M} ({tz.key}) at {args.speed:g}x; a queue builds in "
          f"about {when}; Ctrl+C stops", file=sys.stderr)
    try:
        stored = run_live(journal, now, args.seed, args.speed, tz=tz)
    except KeyboardInterrupt:
        stored = None
    print(f"live feed stopped{'' if stored is None else f' after {stored} events'}",
          file=sys.stderr)
    return 0
