"""The ``balans`` command line. Each command lives in its own module with ``register(sub)``."""
from __future__ import annotations

import argparse
import importlib
import sys

from balans.cli.common import CliError, Frontend

# Command modules, in the order they appear in --help.
COMMANDS = ("demo", "import_", "export", "summary", "routine", "reasons", "contacts",
            "mailbox", "staffing", "plan", "team", "roster", "server", "diagnose")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # wrong usage: exit status 2
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(frontend: Frontend = Frontend()) -> argparse.ArgumentParser:
    parser = _Parser(prog="balans", description="Front-desk workload balancer.")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: $BALANS_DB, else the "
                        "embedded SQLite file in the user's data folder)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render the app offscreen to a PNG and exit")
    parser.add_argument("--panel", choices=("board", "myshift", "planner", "summary", "roster"),
                        default="board", help="panel for --screenshot")
    parser.add_argument("--date", help="date for --screenshot (YYYY-MM-DD)")
    parser.set_defaults(frontend=frontend)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"balans.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None, frontend: Frontend = Frontend()) -> int:
    """The command line; ``frontend`` brings the desktop app and the PDF report (see
    ``balans.launch``, the program's entry point)."""
    parser = build_parser(frontend)
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            if frontend.run_app is None:
                raise CliError("the desktop app is not part of this program; give a command")
            return frontend.run_app(args)
        return int(args.run(args) or 0)
    except CliError as exc:
        print(f"balans: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("balans: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - known failures become one line, the rest raise
        from balans.cli.failures import plain_failure

        message = plain_failure(exc)
        if message is None:
            raise
        print(f"balans: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
