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


def build_parser(frontend: Frontend = Frontend(),
                 commands: tuple[str, ...] = COMMANDS) -> argparse.ArgumentParser:
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
    for name in commands:
        importlib.import_module(f"balans.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None, frontend: Frontend = Frontend()) -> int:
    """The command line; ``frontend`` brings the desktop app and the PDF report (see
    ``balans.launch``, the program's entry point)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(frontend, _named_command(argv))
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
