"""`balans reasons list|add|edit|retire|export|import`: the reason catalogue."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import datetime

from balans.cli.common import CliError, add_db_option, iso_date, store_from_args, team_zone
from balans.core.journal.journal import Journal, JournalError
from balans.core.vocabulary import Demand, Outcome

OUTCOMES = tuple(map(str, Outcome))
DEMANDS = tuple(map(str, Demand))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reasons", help="the reason catalogue: list, add, edit, retire, "
                                       "export, import")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True,
                             parser_class=type(p))
    ls = verbs.add_parser("list", help="the catalogue")
    ls.add_argument("--all", action="store_true", help="include retired reasons")
    ls.add_argument("--json", action="store_true", help="print JSON")
    add = verbs.add_parser("add", help="add a reason")
    add.add_argument("reason", help="a short stable id, e.g. permit-status")
    add.add_argument("--label", required=True, help="in the customer's words")
    add.add_argument("--demand", required=True, choices=DEMANDS)
    edit = verbs.add_parser("edit", help="change a reason (unnamed fields stay as they are)")
    edit.add_argument("reason")
    edit.add_argument("--label")
    edit.add_argument("--demand", choices=DEMANDS)
    for q in (add, edit):
        q.add_argument("--agreement", help='the team\'s "how we handle this" ("" clears it)')
        q.add_argument("--usual-outcome", choices=OUTCOMES + ("",),
                       help="the outcome this reason usually has (\"\" clears it)")
    retire = verbs.add_parser("retire", help="stop offering a reason (its history stays)")
    retire.add_argument("reason")
    export = verbs.add_parser("export", help="write the catalogue as CSV (to FILE or stdout)")
    export.add_argument("file", nargs="?", help="CSV file (default: stdout)")
    imp = verbs.add_parser("import", help="apply a catalogue CSV file (all or nothing)")
    imp.add_argument("file", help="CSV file with reason,label,demand[,agreement,"
                                  "usual_outcome,retired]")
    con = verbs.add_parser("consistency", help="consistency of service per reason for the "
                                               "team, with cost per year")
    con.add_argument("--date", type=iso_date, required=True, help="last day (YYYY-MM-DD)")
    con.add_argument("--weeks", type=int, default=4, help="weeks ending with --date (default 4)")
    con.add_argument("--repeat-days", type=int, default=7,
                     help="a case contacted again within this many days came back (default 7)")
    con.add_argument("--cost-per-hour", type=float, default=40.0, help="default 40")
    con.add_argument("--working-days", type=int, default=250,
                     help="working days per year (default 250)")
    con.add_argument("--json", action="store_true", help="print JSON")
    for q in (p, ls, add, edit, retire, export, imp, con):
        add_db_option(q)
        q.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from balans.core.reasons import catalogue as cat

    now = datetime.now(team_zone(args)).replace(microsecond=0)
    store = store_from_args(args)
    journal = Journal(store)
    try:
        entries = cat.read_catalogue(journal)
        by_id = {e.id: e for e in entries}
        if args.verb == "consistency":
            _consistency(journal, args)
        elif args.verb == "list":
            _print_list([e for e in entries if args.all or not e.retired], args.json)
        elif args.verb == "export":
            _export(entries, args.file)
        elif args.verb == "import":
            changes = cat.import_catalogue(journal, _read_file(args.file), now)
            print(f"catalogue imported: {changes.stored} change(s)", file=sys.stderr)
        elif args.verb == "retire":
            if args.reason not in by_id:
                raise CliError(f"unknown reason {args.reason!r}")
            cat.retire_reason(journal, args.reason, now)
        else:
            old = by_id.get(args.reason)
            if args.verb == "add" and old is not None:
                raise CliError(f"reason {args.reason!r} exists already (use edit)")
            if args.verb == "edit" and old is None:
                raise CliError(f"unknown reason {args.reason!r} (use add)")
            entry = old or cat.ReasonEntry(args.reason, args.label, args.demand)
            changed = {k: v for k, v in (("label", args.label), ("demand", args.demand),
                                         ("agreement", args.agreement),
                                         ("usual_outcome", args.usual_outcome))
                       if v is not None}
            entry = replace(entry, retired=False,
                            **{k: (v or None) for k, v in changed.items()})
            cat.define_reason(journal, entry, now)
    except (ValueError, JournalError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.dispose()
    return 0


def _consistency(journal: Journal, args: argparse.Namespace) -> None:
    from balans.core.reasons.consistency import ConsistencySettings
    from balans.core.reasons.load import load_for_day
    from balans.core.reasons.text import format_consistency

    if (args.weeks < 1 or args.repeat_days < 0 or args.cost_per_hour < 0
            or args.working_days < 1):
        raise CliError("--weeks and --working-days must be 1 or more, the others 0 or more")
    settings = ConsistencySettings(repeat_days=args.repeat_days,
                                   cost_per_hour=args.cost_per_hour,
                                   working_days_per_year=args.working_days)
    report = load_for_day(journal, args.date, team_zone(args), settings, args.weeks)
    if args.json:
        json.dump(report.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_consistency(report))


def _print_list(entries, as_json: bool) -> None:  # noqa: ANN001
    if as_json:
        json.dump([{**e.definition(), "retired": e.retired} for e in entries], sys.stdout,
                  indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for e in entries:
        flag = " (retired)" if e.retired else ""
        usual = f", usually {e.usual_outcome}" if e.usual_outcome else ""
        print(f"{e.id}: {e.label} [{e.demand} demand{usual}]{flag}")
        if e.agreement:
            print(f"    how we handle this: {e.agreement}")


def _export(entries, path: str | None) -> None:  # noqa: ANN001
    from balans.core.reasons.files import catalogue_to_csv

    text = catalogue_to_csv(entries)
    if path is None:
        sys.stdout.write(text)
        return
    try:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None


def _read_file(path: str):  # noqa: ANN201
    from balans.core.reasons.files import CatalogueFileError, parse_catalogue_csv

    try:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CliError(f"{path} is not UTF-8 text") from None
    try:
        return parse_catalogue_csv(text)
    except CatalogueFileError as exc:
        raise CliError(f"{path} rejected, nothing stored: {exc}") from None
