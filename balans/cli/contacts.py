"""`balans contacts import FILE.csv --source NAME`: contacts from a telephony/ACD or
queue-ticket export (call-level rows, or interval statistics), through a column mapping saved
per source. `balans contacts sources` lists the saved mappings."""
from __future__ import annotations

import argparse
import sys

from balans.cli.common import CliError, ProgressBar, add_db_option, store_from_args, team_zone
from balans.core.journal.journal import Journal, JournalError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("contacts", help="import contacts from a telephony/ACD or ticket export")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    imp = verbs.add_parser("import", help="import a call-level or interval-statistics CSV")
    imp.add_argument("file", help="the export, CSV (comma, semicolon or tab separated)")
    imp.add_argument("--source", required=True,
                     help="name of the system it comes from; its column mapping is saved")
    imp.add_argument("--kind", choices=("calls", "intervals"),
                     help="one row per call/ticket, or per interval (default: as saved, "
                          "else calls)")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="which column holds a field (repeatable); saved for the source")
    imp.add_argument("--channel", choices=("phone", "counter", "chat", "email"),
                     help="channel when no column says it (default: as saved, else phone)")
    imp.add_argument("--interval-minutes", type=int,
                     help="interval length when there is no end column (default 15)")
    imp.add_argument("--skip-bad", action="store_true",
                     help="import the good rows even when some rows are bad")
    imp.add_argument("--dry-run", action="store_true", help="check the file, store nothing")
    src = verbs.add_parser("sources", help="the saved column mappings")
    for q in (p, imp, src):
        add_db_option(q)
        q.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from balans.core.imports.mapping import FIELDS, load_sources

    try:
        sources = load_sources()
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if args.verb == "sources":
        for name, m in sorted(sources.items()):
            cols = ", ".join(f"{k}={v}" for k, v in m.columns.items())
            print(f"{name} ({m.kind}, channel {m.channel}): {cols}")
        if not sources:
            print("no saved sources yet", file=sys.stderr)
        return 0
    table = _read(args.file)
    mapping = _mapping(args, sources.get(args.source), table.headers, FIELDS)
    return _import(args, table, mapping)


def _read(path: str):  # noqa: ANN202
    from balans.core.imports.convert import read_csv

    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return read_csv(handle.read())
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CliError(f"{path} is not UTF-8 text") from None
    except ValueError as exc:
        raise CliError(f"{path}: {exc}") from None


def _mapping(args: argparse.Namespace, saved, headers, fields):  # noqa: ANN001, ANN202
    from dataclasses import replace

    from balans.core.imports.mapping import guess_mapping

    kind = args.kind or (saved.kind if saved else "calls")
    if saved is None or saved.kind != kind:
        mapping = guess_mapping(args.source, kind, headers)
    else:
        mapping = saved
    columns = dict(mapping.columns)
    names = {f.name for f in fields[kind]}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or field.strip() not in names:
            raise CliError(f"--map {item!r}: use FIELD=COLUMN with FIELD one of "
                           f"{', '.join(sorted(names))}")
        if column:
            columns[field.strip()] = column
        else:
            columns.pop(field.strip(), None)
    mapping = replace(mapping, kind=kind, columns=columns,
                      channel=args.channel or mapping.channel,
                      interval_minutes=args.interval_minutes or mapping.interval_minutes)
    problems = mapping.missing(headers)
    if problems:
        raise CliError(f"{args.file}: {'; '.join(problems)}; the file's columns are "
                       f"{', '.join(map(repr, headers))} (use --map FIELD=COLUMN)")
    return mapping


def _import(args: argparse.Namespace, table, mapping) -> int:  # noqa: ANN001
    from balans.core.imports.convert import convert
    from balans.core.imports.mapping import save_source
    from balans.core.imports.run import import_converted, lookup_tables

    store = store_from_args(args)
    try:
        journal = Journal(store)
        employees, reasons = lookup_tables(journal)
        try:
            converted = convert(table, mapping, team_zone(args), employees=employees,
                                reasons=reasons)
        except ValueError as exc:
            raise CliError(f"{args.file}: {exc}") from None
        bad = "; ".join(f"line {n}: {why}" for n, why in converted.errors[:10])
        if converted.errors and not args.skip_bad:
            raise CliError(f"{args.file} rejected, nothing stored: {len(converted.errors)} bad "
                           f"row(s): {bad} (--skip-bad imports the good rows)")
        if converted.errors:
            print(f"skipped {len(converted.errors)} bad row(s): {bad}", file=sys.stderr)
        if args.dry_run:
            print(f"{converted.good} row(s) would be imported", file=sys.stderr)
            return 0
        try:
            result = import_converted(journal, converted, ProgressBar("importing"))
        except JournalError as exc:
            raise CliError(f"{args.file} rejected, nothing stored: {exc}") from None
        save_source(mapping)
    finally:
        store.dispose()
    notes = [f"{result.skipped} already imported"] if result.skipped else []
    if converted.unknown_reasons:
        notes.append(f"{converted.unknown_reasons} with a reason not in the catalogue "
                     "(imported without)")
    if converted.unknown_agents:
        notes.append(f"{converted.unknown_agents} with an agent who is not a team member "
                     "(imported without)")
    print(f"imported {result.stored} row(s) from {args.source}"
          + (f" ({'; '.join(notes)})" if notes else ""), file=sys.stderr)
    return 0
