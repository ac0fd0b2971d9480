"""`balans team list|add|edit|deactivate`: the team members and the channels they serve."""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime

from balans.cli.common import CliError, add_db_option, store_from_args, team_zone
from balans.core.vocabulary import Channel
from balans.core.journal.journal import Journal, JournalError

CHANNELS = tuple(Channel)
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


def _channels(text: str) -> list[str]:
    channels = [c.strip() for c in text.split(",") if c.strip()]
    bad = [c for c in channels if c not in CHANNELS]
    if bad or not channels:
        raise argparse.ArgumentTypeError(f"channels are a comma-separated list of "
                                         f"{', '.join(CHANNELS)}")
    return channels


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("team", help="list, add, edit or deactivate team members")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True,
                               parser_class=type(p))
    ls = actions.add_parser("list", help="the team (former members with --all)")
    ls.add_argument("--all", action="store_true", help="include former members")
    ls.add_argument("--json", action="store_true", help="print JSON")
    add = actions.add_parser("add", help="add a member (or bring a former one back)")
    add.add_argument("employee", help="short stable id, e.g. anna")
    add.add_argument("name", help="full name")
    add.add_argument("--channels", type=_channels, default=list(CHANNELS),
                     help="channels they serve, e.g. phone,counter (default: all)")
    edit = actions.add_parser("edit", help="change a member's name or channels")
    edit.add_argument("employee")
    edit.add_argument("--name")
    edit.add_argument("--channels", type=_channels)
    gone = actions.add_parser("deactivate", help="a member leaves the team; their shifts that "
                                                 "have not begun are cancelled")
    gone.add_argument("employee")
    for parser in (p, ls, add, edit, gone):
        add_db_option(parser)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from balans.core.roster import actions
    from balans.core.roster.read import team
    from balans.core.roster.text import member_json, team_text

    tz = team_zone(args)
    store = store_from_args(args)
    journal = Journal(store)
    now = datetime.now(tz)
    try:
        if args.action == "list":
            members = team(journal, include_former=args.all)
            if args.json:
                json.dump([member_json(m) for m in members], sys.stdout, indent=2,
                          ensure_ascii=False)
                sys.stdout.write("\n")
            else:
                sys.stdout.write(team_text(members))
            return 0
        known = {m.id: m for m in team(journal)}
        if args.action == "add":
            if not _ID.match(args.employee):
                raise CliError("the id is lower-case letters and digits, like 'anna'")
            actions.add_member(journal, args.employee, args.name, args.channels, now,
                               actor="cli")
            print(f"{args.name} ({args.employee}) is on the team", file=sys.stderr)
        elif args.employee not in known:
            raise CliError(f"unknown team member {args.employee!r}")
        elif args.action == "edit":
            actions.edit_member(journal, args.employee, now, name=args.name,
                                channels=args.channels, actor="cli")
            print(f"{args.employee} changed", file=sys.stderr)
        else:
            changes = actions.deactivate_member(journal, args.employee, now, tz, actor="cli")
            print(f"{known[args.employee].name} has left the team; "
                  f"{changes.stored - 1} future shift(s) cancelled", file=sys.stderr)
    except (actions.RosterError, JournalError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.dispose()
    return 0
