"""`balans import FILE.jsonl`: append a journal file, all or nothing."""
from __future__ import annotations

import argparse
import sys

from balans.cli.common import CliError, ProgressBar, add_db_option, store_from_args
from balans.core.journal.journal import Journal, JournalError
from balans.core.journal.lines import split_lines


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="append a JSON Lines journal file (all or nothing)")
    p.add_argument("file", help="JSON Lines file, or - for standard input")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.file == "-":
            lines = split_lines(sys.stdin.read())
        else:
            with open(args.file, encoding="utf-8") as handle:
                lines = split_lines(handle.read())
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CliError(f"{args.file} is not UTF-8 text") from None
    store = store_from_args(args)
    bar = ProgressBar("importing")
    try:
        result = Journal(store).import_lines(lines, bar)
    except JournalError as exc:
        bar.end()
        shown = exc.errors[:10]
        details = "; ".join(str(e) for e in shown)
        raise CliError(f"{args.file} rejected, nothing stored: {details}") from None
    finally:
        store.dispose()
    note = f", {result.skipped} already stored" if result.skipped else ""
    print(f"imported {result.stored} events{note}", file=sys.stderr)
    return 0
