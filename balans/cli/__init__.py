"""The ``balans`` command line. Each command lives in its own module with ``register(sub)``."""
from __future__ import annotations

import argparse
import importlib
import sys

from balans.cli.common import CliError

# Command modules, in the order they appear in --help.
COMMANDS = ("demo", "import_", "export", "summary", "routine", "staffing", "plan", "server",
            "diagnose")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # wrong usage: exit status 2
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


# Options of `balans` itself that take a value (so that value is not taken for a command).
_VALUE_OPTIONS = ("--db", "--screenshot", "--panel", "--date")


def _named_command(argv: list[str]) -> tuple[str, ...]:
    """The command modules to import for these arguments: only the one named, or none for the
    desktop app. Each command module brings its own libraries (the database layer, SciPy, ...),
    so importing all of them would cost the app's start-up a second or more. Help, or a word
    that is no command, imports all of them (for the list, or for argparse's error message)."""
    if "-h" in argv or "--help" in argv:
        return COMMANDS
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUE_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            module = word if word in COMMANDS else word + "_"  # `import` lives in import_.py
            return (module,) if module in COMMANDS else COMMANDS
    return ()


def build_parser(commands: tuple[str, ...] = COMMANDS) -> argparse.ArgumentParser:
    parser = _Parser(prog="balans", description="Front-desk workload balancer.")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: $BALANS_DB, else the "
                        "embedded SQLite file in the user's data folder)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render the app offscreen to a PNG and exit")
    parser.add_argument("--panel", choices=("board", "myshift", "planner", "summary"),
                        default="board", help="panel for --screenshot")
    parser.add_argument("--date", help="date for --screenshot (YYYY-MM-DD)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in commands:
        try:
            module = importlib.import_module(f"balans.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"balans.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_named_command(argv))
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from balans.desktop.app import run_app

            return run_app(args)
        return int(args.run(args) or 0)
    except CliError as exc:
        print(f"balans: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("balans: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
