"""`balans server init|add-user|password`: set up the shared PostgreSQL server."""
from __future__ import annotations

import argparse
import getpass
import sys

from balans.cli.common import CliError, add_db_option, store_from_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="set up a shared PostgreSQL server for a team")
    actions = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the schema, the roles and their rights")
    add_db_option(init)
    init.set_defaults(run=run_init)
    user = actions.add_parser("add-user", help="create a login for a planner or an employee")
    user.add_argument("--login", required=True, help="the server user name (lower case)")
    user.add_argument("--role", required=True, choices=("planner", "employee"))
    user.add_argument("--employee", help="for an employee login: the employee id")
    user.add_argument("--password-stdin", action="store_true",
                      help="read the new password from standard input instead of asking")
    user.add_argument("--replace", action="store_true",
                      help="change a login that exists already (new password, role, employee)")
    add_db_option(user)
    user.set_defaults(run=run_add_user)
    rebuild = actions.add_parser("rebuild-state",
                                 help="rebuild the current-state tables from the journal")
    add_db_option(rebuild)
    rebuild.set_defaults(run=run_rebuild)
    remember = actions.add_parser("remember-password",
                                  help="keep this PC's password for --db in the keyring")
    add_db_option(remember)
    remember.add_argument("--password-stdin", action="store_true")
    remember.set_defaults(run=run_remember)


def _read_password(from_stdin: bool, prompt: str, confirm: bool = True) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the password; use --password-stdin")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("the two passwords differ")
    return first


def run_init(args: argparse.Namespace) -> int:
    from balans.core.storage.server import ServerError, init_server

    store = store_from_args(args)
    try:
        init_server(store)
    except ServerError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.dispose()
    print("server ready: schema, roles balans_planner and balans_employee, append-only journal",
          file=sys.stderr)
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    from balans.core.storage.server import ServerError, add_user

    password = _read_password(args.password_stdin, f"Password for {args.login}: ")
    store = store_from_args(args)
    try:
        add_user(store, args.login, args.role, password, args.employee, replace=args.replace)
    except ServerError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.dispose()
    print(f"login {args.login} ({args.role}) ready", file=sys.stderr)
    return 0


def run_remember(args: argparse.Namespace) -> int:
    from balans.core.storage.credentials import KeyringUnavailable, account_for, set_password

    url = getattr(args, "db", None)
    if not url or account_for(url) is None:
        raise CliError("give --db postgresql+psycopg://user@host/database")
    password = _read_password(args.password_stdin, "Password: ", confirm=False)
    try:
        set_password(url, password)
    except KeyringUnavailable as exc:
        raise CliError(str(exc)) from None
    print("password kept in the keyring", file=sys.stderr)
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from balans.core.storage.rebuild import rebuild_state

    store = store_from_args(args)
    try:
        result = rebuild_state(store)
    except sa.exc.DBAPIError as exc:
        if "permission denied" in str(exc.orig):
            raise CliError("rebuilding the state needs the database owner's login") from None
        raise
    finally:
        store.dispose()
    rows = ", ".join(f"{n} {name}" for name, n in result.rows.items())
    print(f"state rebuilt from {result.events} events: {rows}", file=sys.stderr)
    for seq, reason in result.refused[:10]:
        print(f"left out event seq {seq}: {reason}", file=sys.stderr)
    if result.refused:
        print(f"{len(result.refused)} event(s) left out of the state; the journal is unchanged",
              file=sys.stderr)
    return 0
