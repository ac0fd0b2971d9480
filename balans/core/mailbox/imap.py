"""Reading an IMAP folder as a queue: how many mails have no answer yet (no ``\\Answered`` flag,
not deleted) and when the oldest of them arrived (its INTERNALDATE).

The folder is opened read-only (EXAMINE): Balans never changes a flag or a mail. Errors are one
plain sentence and never carry the password."""
from __future__ import annotations

import imaplib
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime

SECURITY = ("ssl", "starttls", "none")
_DATE = re.compile(rb'INTERNALDATE "([^"]+)"')


class MailboxError(Exception):
    """The mailbox could not be read; the message is one plain sentence."""


@dataclass(frozen=True)
class MailboxConfig:
    host: str
    user: str
    folder: str = "INBOX"
    port: int | None = None  # None: 993 with ssl, else 143
    security: str = "ssl"

    @property
    def account(self) -> str:
        """The keyring account: user@host:port (no password in it)."""
        return f"imap:{self.user}@{self.host}:{self.real_port}"

    @property
    def real_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)


@dataclass(frozen=True)
class MailboxState:
    unanswered: int
    oldest: datetime | None  # arrival of the oldest unanswered mail
    checked: datetime

    def oldest_age_s(self, now: datetime) -> float | None:
        return None if self.oldest is None else max(0.0, (now - self.oldest).total_seconds())


def _connect(config: MailboxConfig, timeout: float) -> imaplib.IMAP4:
    if config.security not in SECURITY:
        raise MailboxError(f"security must be one of {', '.join(SECURITY)}")
    try:
        if config.security == "ssl":
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(config.host, config.real_port,
                                                    ssl_context=ssl.create_default_context(),
                                                    timeout=timeout)
        else:
            conn = imaplib.IMAP4(config.host, config.real_port, timeout=timeout)
            if config.security == "starttls":
                conn.starttls(ssl.create_default_context())
    except (OSError, imaplib.IMAP4.error, ssl.SSLError) as exc:
        reason = "the certificate is not trusted" if isinstance(exc, ssl.SSLError) else \
            "it does not answer" if isinstance(exc, (socket.timeout, ConnectionError)) else \
            str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise MailboxError(f"cannot reach the mail server {config.host}:{config.real_port} "
                           f"({reason})") from None
    return conn


def check_mailbox(config: MailboxConfig, password: str, now: datetime,
                  timeout: float = 15.0) -> MailboxState:
    """Log in, examine the folder, count its unanswered mails and find the oldest."""
    conn = _connect(config, timeout)
    try:
        try:
            conn.login(config.user, password)
        except imaplib.IMAP4.error:
            raise MailboxError("the mail server refused the user name or password") from None
        status, _ = conn.select(_quote(config.folder), readonly=True)
        if status != "OK":
            raise MailboxError(f"the mailbox has no folder {config.folder!r}")
        status, data = conn.uid("SEARCH", "UNANSWERED", "UNDELETED")
        if status != "OK":
            raise MailboxError("the mail server would not search the folder")
        uids = (data[0] or b"").split()
        oldest = None
        if uids:
            status, rows = conn.uid("FETCH", b",".join(uids).decode(), "(INTERNALDATE)")
            dates = [datetime.strptime(m.group(1).decode(), "%d-%b-%Y %H:%M:%S %z")
                     for row in rows if row
                     for m in [_DATE.search(row if isinstance(row, bytes) else row[0])] if m]
            oldest = min(dates) if dates else None
        return MailboxState(len(uids), oldest.astimezone(now.tzinfo) if oldest else None, now)
    except (OSError, imaplib.IMAP4.abort) as exc:
        raise MailboxError(f"the connection to the mail server broke off ({exc})") from None
    finally:
        try:
            conn.logout()
        except (OSError, imaplib.IMAP4.error):
            pass


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def as_channel(state: MailboxState, base, at: datetime):  # noqa: ANN001, ANN201
    """The e-mail channel of the live board with the mailbox's figures: open = unanswered mails,
    longest wait = the age of the oldest at ``at``. ``base`` is the journal's e-mail channel
    (its answered-today count is kept), or None."""
    from dataclasses import replace

    from balans.core.live.model import ChannelLive

    if base is None:
        base = ChannelLive("email", 0, None, 0, 0, 0, None, 0, None, False)
    return replace(base, waiting=state.unanswered, longest_wait_s=state.oldest_age_s(at))
