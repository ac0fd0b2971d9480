"""The app's log: a rotating file in the user's log folder, with no personal data or secrets.

Front-office logs get mailed to whoever helps, so what goes in is chosen, not hoped for:

- exception *messages* are dropped, only their type and the traceback's file:line:function are
  kept (a message such as "unknown employee 'Anna de Vries'" or a driver's "password
  authentication failed for user ..." would carry names or accounts);
- passwords in URLs are masked, and any secret the app handles (the database password) is
  registered with ``forget()`` and replaced wherever it would appear;
- the home folder (it holds the login name) is written as ``~``;
- the database is logged by its kind (sqlite / postgresql), never its path or host.
"""
from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 3
_URL_PASSWORD = re.compile(r"(\w[\w+.-]*://[^:/@\s]*):[^@\s]*@")
_secrets: set[str] = set()


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("balans", appauthor=False))


def log_file() -> Path:
    return log_folder() / "balans.log"


def forget(secret: str | None) -> None:
    """Never write this value (a password) to the log."""
    if secret:
        _secrets.add(secret)


def scrub(text: str) -> str:
    text = _URL_PASSWORD.sub(r"\1:***@", text)
    for secret in _secrets:
        text = text.replace(secret, "***")
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


class _Redacting(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)  # other handlers see the original
        record.exc_text = None  # another handler's full traceback (with its message) is cached
        record.stack_info = None
        if isinstance(record.args, tuple):
            record.args = tuple(_plain(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _plain(v) for k, v in record.args.items()}
        if isinstance(record.msg, BaseException):
            record.msg = _plain(record.msg)
        return scrub(super().format(record))

    def formatException(self, ei) -> str:  # noqa: ANN001, N802 - logging's override
        """The traceback's frames and the exception's type; never its message."""
        _, exc, tb = ei
        lines = ["Traceback (most recent call last):"]
        for frame in traceback.extract_tb(tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        lines.append(_plain(exc))
        return "\n".join(lines)


def _plain(value: object) -> object:
    if isinstance(value, BaseException):
        return f"{type(value).__module__}.{type(value).__qualname__}"
    return value


def start_log(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``balans`` loggers (and warnings from libraries) to ``balans.log``; return its path."""
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "balans.log"
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "balans_log", False)]:
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                   backupCount=BACKUPS, encoding="utf-8")
    handler.balans_log = True  # type: ignore[attr-defined]
    handler.setFormatter(_Redacting("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("balans").setLevel(level)
    logging.captureWarnings(True)
    return path


def log_uncaught(exc_type, exc, tb) -> None:  # noqa: ANN001 - sys.excepthook's signature
    """An exception nobody caught (in a slot, say) goes to the log, not only to a console that a
    windowed app does not have."""
    logging.getLogger("balans").error("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)
