"""`balans summary --date D [--json] [--csv FILE] [--pdf FILE]`: the end-of-day summary."""
from __future__ import annotations

import argparse
import json
import sys

from balans.cli.common import CliError, add_db_option, iso_date, store_from_args, team_zone
from balans.core.journal.journal import Journal


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help="the end-of-day summary of a day")
    p.add_argument("--date", type=iso_date, required=True, help="the day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print the contract's JSON")
    p.add_argument("--csv", metavar="FILE", help="also write the tables as CSV, one per file: "
                   "FILE-people.csv, FILE-channels.csv, FILE-reasons.csv")
    p.add_argument("--pdf", metavar="FILE", help="also write a printable PDF report with charts")
    p.add_argument("--switches-per-hour", type=float, default=1.0,
                   help="CONTEXT_SWITCHING above this rate (default 1.0)")
    p.add_argument("--realized-below", type=float, default=0.7,
                   help="BACKOFFICE_NOT_REALIZED below this share (default 0.7)")
    p.add_argument("--cost-per-hour", type=float, default=40.0,
                   help="cost of an hour of handling, for contact reasons (default 40)")
    add_db_option(p)
    p.set_defaults(run=run)


def load_summary(journal: Journal, day, tz, settings):  # noqa: ANN001
    from balans.core.storage.queries import day_events
    from balans.core.summary.compute import summarize

    return summarize(day_events(journal, day, tz), day, tz, settings)


def run(args: argparse.Namespace) -> int:
    from balans.core.summary.compute import SummarySettings, format_summary

    if args.switches_per_hour < 0 or not 0 <= args.realized_below <= 1 or args.cost_per_hour < 0:
        raise CliError("thresholds must be 0 or more, and --realized-below between 0 and 1")
    settings = SummarySettings(switches_per_hour_limit=args.switches_per_hour,
                               backoffice_realized_limit=args.realized_below,
                               cost_per_hour=args.cost_per_hour)
    tz = team_zone(args)
    store = store_from_args(args)
    routine = names = per_reason = None
    try:
        journal = Journal(store)
        summary = load_summary(journal, args.date, tz, settings)
        if args.pdf or args.csv:  # the report and the tables name people
            names = {e.fields["employee"]: e.fields["name"] for e in journal.events(
                "type IN ('employee.added', 'employee.changed')") if e.get("name")}
        if args.pdf:  # the printed report also carries the routine
            from balans.cli.routine import load_routine

            from balans.core.reasons.consistency import ConsistencySettings
            from balans.core.reasons.load import load_for_day

            routine = load_routine(journal, args.date, tz)
            per_reason = load_for_day(journal, args.date, tz,
                                      ConsistencySettings(cost_per_hour=args.cost_per_hour))
    finally:
        store.dispose()
    if args.csv:
        from balans.core.summary.export import write_tables

        try:
            for path in write_tables(args.csv, summary, names, _decimal_sign()):
                print(f"wrote {path}", file=sys.stderr)
        except OSError as exc:
            raise CliError(f"cannot write {args.csv}: {exc.strerror or exc}") from None
    if args.pdf:
        if args.frontend.summary_pdf is None:
            raise CliError("PDF export needs the desktop part of Balans (Qt)")
        try:
            args.frontend.summary_pdf(summary, args.pdf, routine, names, per_reason)
        except OSError as exc:
            raise CliError(f"cannot write {args.pdf}: {exc.strerror or exc}") from None
    if args.json:
        json.dump(summary.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    elif not (args.csv or args.pdf):
        text = format_summary(summary)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _decimal_sign() -> str:
    """The decimal sign of the user's locale (LC_NUMERIC from the environment)."""
    import locale

    try:
        locale.setlocale(locale.LC_NUMERIC, "")
        return locale.localeconv()["decimal_point"] or "."
    except locale.Error:
        return "."
    finally:
        locale.setlocale(locale.LC_NUMERIC, "C")
