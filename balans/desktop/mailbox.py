"""The team's e-mail mailbox as the board's e-mail queue: where it is (settings, no password),
its password (the keyring), and a poller that checks it every minute off the GUI thread.

IMAP checks run on their own thread, not the database worker: a slow mail server must not hold
up the journal."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from balans.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from balans.core.mailbox.imap import MailboxConfig, MailboxError, MailboxState, check_mailbox
from balans.desktop.settings import Option, Settings

# Labels marked for translation; shown through translate("Mailbox", option.label).
HOST = Option("mailbox/host", "", str, QT_TRANSLATE_NOOP("Mailbox", "Mail server (IMAP)"))
PORT = Option("mailbox/port", 0, int, QT_TRANSLATE_NOOP("Mailbox", "Port (0: the usual one)"),
              0, 65535)
SECURITY = Option("mailbox/security", "ssl", str, QT_TRANSLATE_NOOP("Mailbox", "Security"))
USER = Option("mailbox/user", "", str, QT_TRANSLATE_NOOP("Mailbox", "User name"))
FOLDER = Option("mailbox/folder", "INBOX", str,
                QT_TRANSLATE_NOOP("Mailbox", "Folder with the customers' mails"))
POLL_MS = 60_000


def mailbox_config(settings: Settings) -> MailboxConfig | None:
    host, user = settings.get(HOST).strip(), settings.get(USER).strip()
    if not host or not user:
        return None
    security = settings.get(SECURITY)
    return MailboxConfig(host, user, settings.get(FOLDER) or "INBOX",
                         settings.get(PORT) or None,
                         security if security in ("ssl", "starttls", "none") else "ssl")


def save_config(settings: Settings, config: MailboxConfig) -> None:
    settings.set(HOST, config.host)
    settings.set(USER, config.user)
    settings.set(FOLDER, config.folder)
    settings.set(PORT, config.port or 0)
    settings.set(SECURITY, config.security)


class MailboxPoller(QObject):
    """``state`` after every successful check, ``failed`` with a plain sentence otherwise."""

    checked = Signal(object)  # MailboxState
    failed = Signal(str)

    def __init__(self, ctx, parent: QObject | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.state: MailboxState | None = None
        self.problem: str | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="balans-imap")
        self._busy = False
        self._timer = QTimer(self, interval=POLL_MS, timeout=self.check)
        self.checked.connect(self._keep)
        self.failed.connect(self._fail)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def check(self) -> None:
        config = mailbox_config(self.ctx.settings)
        if config is None or self._busy:
            if config is None:
                self.state = None
            return
        self._busy = True
        now = self.ctx.clock.now()
        self._pool.submit(self._run, config, now)

    def _run(self, config: MailboxConfig, now) -> None:  # noqa: ANN001 - on the IMAP thread
        from balans.core.mailbox.secret import get_password

        try:
            password = get_password(config)
            if password is None:
                raise MailboxError(translate("Mailbox",
                                             "the mailbox password is not in the keyring yet"))
            self.checked.emit(check_mailbox(config, password, now))
        except MailboxError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # reported, never lost: the board says the mailbox is away
            self.failed.emit(fill(translate("Mailbox", "the mailbox could not be read (%1)"),
                                  type(exc).__name__))

    def _keep(self, state: MailboxState) -> None:
        self._busy = False
        self.state, self.problem = state, None

    def _fail(self, problem: str) -> None:
        # No stale figures: the card falls back to the e-mails registered in the journal and
        # says on hover why the mailbox is not shown.
        self._busy = False
        self.state, self.problem = None, problem
