"""`balans mailbox check|remember-password`: e-mail as a live queue from an IMAP folder."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime

from balans.cli.common import CliError, add_db_option, team_zone


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mailbox", help="e-mail as a live queue: unanswered mails in an IMAP "
                                       "folder")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    check = verbs.add_parser("check", help="count the unanswered mails and the oldest one's age")
    remember = verbs.add_parser("remember-password",
                                help="keep the mailbox password in the system keyring")
    for q in (check, remember):
        q.add_argument("--host", required=True)
        q.add_argument("--user", required=True)
        q.add_argument("--port", type=int, help="default 993 with ssl, else 143")
        q.add_argument("--security", choices=("ssl", "starttls", "none"), default="ssl")
    check.add_argument("--folder", default="INBOX")
    check.add_argument("--json", action="store_true", help="print JSON")
    for q in (p, check, remember):
        add_db_option(q)
        q.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from balans.core.mailbox.imap import MailboxConfig, MailboxError, check_mailbox
    from balans.core.mailbox.secret import get_password, set_password
    from balans.core.storage.credentials import KeyringUnavailable

    config = MailboxConfig(args.host, args.user, getattr(args, "folder", "INBOX"), args.port,
                           args.security)
    if args.verb == "remember-password":
        password = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else \
            getpass.getpass(f"Password for {args.user} on {args.host}: ")
        if not password:
            raise CliError("no password given")
        try:
            set_password(config, password)
        except KeyringUnavailable as exc:
            raise CliError(str(exc)) from None
        print("the password is in the keyring", file=sys.stderr)
        return 0
    password = os.environ.get("BALANS_IMAP_PASSWORD") or get_password(config)
    if password is None:
        raise CliError("no password for this mailbox: run `balans mailbox remember-password` "
                       "or set BALANS_IMAP_PASSWORD")
    now = datetime.now(team_zone(args)).replace(microsecond=0)
    try:
        state = check_mailbox(config, password, now)
    except MailboxError as exc:
        raise CliError(str(exc)) from None
    age = state.oldest_age_s(now)
    if args.json:
        json.dump({"folder": config.folder, "unanswered": state.unanswered,
                   "oldest": state.oldest.isoformat() if state.oldest else None,
                   "oldest_age_s": age, "checked": state.checked.isoformat()},
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        oldest = "—" if age is None else f"{age / 3600:.1f} h"
        print(f"{config.folder}: {state.unanswered} unanswered, oldest {oldest}")
    return 0
