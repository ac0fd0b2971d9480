"""Failures the command line turns into one plain line (exit status 1) instead of a traceback.

Bad input and refused checks raise CliError where they are found; these are the failures that can
come from anywhere below: a date past what the calendar arithmetic can hold, a full disk, a
damaged database file, the server refusing or timing out.
"""
from __future__ import annotations

import errno


def plain_failure(exc: BaseException) -> str | None:
    """One sentence for a known kind of failure, or None for a bug (which keeps its traceback)."""
    from balans.core.journal.refusals import NotAllowed, ServerBusy

    if isinstance(exc, (NotAllowed, ServerBusy)):
        return str(exc)
    if isinstance(exc, OverflowError):
        return "a date is out of range (use dates between the years 1900 and 2999)"
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "the disk is full; the output is incomplete"
        if exc.strerror:
            where = f" ({exc.filename})" if exc.filename else ""
            return f"{exc.strerror.lower()}{where}"
        return None
    import sqlalchemy as sa

    if isinstance(exc, sa.exc.DBAPIError):
        from balans.core.storage.store import describe_connection_error

        return describe_connection_error(exc)
    return None
