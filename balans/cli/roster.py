"""`balans roster --week D` prints a week's shifts; `balans roster import FILE.csv` imports a
roster (columns mapped by name, or with --map); `balans roster copy --from D --to D`."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from balans.cli.common import (CliError, ProgressBar, add_db_option, iso_date, store_from_args,
                               team_zone)
from balans.core.journal.journal import Journal, JournalError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("roster", help="print a week's shifts, import a roster CSV, copy a week")
    p.add_argument("--week", type=iso_date, help="print the week (Monday to Sunday) holding "
                                                  "this day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    imp = actions.add_parser("import", help="import shifts from a CSV file (importing the "
                                            "same shifts again stores nothing twice)")
    imp.add_argument("file", help="CSV with a row per shift: employee, date, start, end")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="which column holds a field (employee, date, start, end), e.g. "
                          "--map employee=Naam; by default guessed from the column names")
    imp.add_argument("--skip-errors", action="store_true",
                     help="import the good rows when some rows have errors")
    copy = actions.add_parser("copy", help="plan a week's shifts again in another week")
    copy.add_argument("--from", dest="source", type=iso_date, required=True)
    copy.add_argument("--to", dest="target", type=iso_date, required=True)
    for parser in (p, imp, copy):
        add_db_option(parser)
    p.set_defaults(run=run)


def _mapping(header: tuple[str, ...], given: list[str]) -> dict[str, int | None]:
    from balans.core.roster.csv_import import FIELDS, guess_mapping

    mapping = guess_mapping(header)
    for item in given:
        field, sep, column = item.partition("=")
        if not sep or field not in FIELDS:
            raise CliError(f"--map {item!r}: use FIELD=COLUMN with FIELD one of "
                           f"{', '.join(FIELDS)}")
        if column not in header:
            raise CliError(f"--map {item!r}: the file has no column {column!r} "
                           f"(it has {', '.join(header)})")
        mapping[field] = header.index(column)
    return mapping


def _import(args: argparse.Namespace, journal: Journal, tz) -> int:  # noqa: ANN001
    from balans.core.roster import csv_import as ci
    from balans.core.roster.read import team

    try:
        with open(args.file, "rb") as handle:
            table = ci.read_csv(ci.decode(handle.read()))
        rows = ci.parse_rows(table, _mapping(table.header, args.map), team(journal), tz)
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    except ci.CsvError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    bad = [r for r in rows if not r.ok]
    if bad and not args.skip_errors:
        details = "; ".join(f"line {r.line}: {r.error}" for r in bad[:5])
        more = f" (and {len(bad) - 5} more)" if len(bad) > 5 else ""
        raise CliError(f"{args.file} rejected, nothing stored: {details}{more}; "
                       "fix the rows or use --skip-errors")
    try:
        result = ci.import_rows(journal, rows, datetime.now(tz), actor="cli",
                                progress=ProgressBar("importing"))
    except (ci.CsvError, JournalError) as exc:
        raise CliError(f"{args.file}: {exc}") from None
    print(f"imported {result.stored} shifts, {result.skipped} already stored, "
          f"{result.rejected} rows with errors skipped", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    from balans.core.roster import actions
    from balans.core.roster.read import week
    from balans.core.roster.text import week_json, week_text

    if args.action is None and args.week is None:  # wrong usage: exit status 2
        print("balans roster: give --week D to print a week, or an action (import, copy)",
              file=sys.stderr)
        return 2
    tz = team_zone(args)
    store = store_from_args(args)
    journal = Journal(store)
    try:
        if args.action == "import":
            return _import(args, journal, tz)
        if args.action == "copy":
            try:
                changes = actions.copy_week(journal, args.source, args.target, tz,
                                            datetime.now(tz), actor="cli")
            except (actions.RosterError, JournalError) as exc:
                raise CliError(str(exc)) from None
            print(f"copied {changes.stored} shifts", file=sys.stderr)
            return 0
        shown = week(journal, args.week, tz)
    finally:
        store.dispose()
    if args.json:
        json.dump(week_json(shown), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(week_text(shown))
    return 0
