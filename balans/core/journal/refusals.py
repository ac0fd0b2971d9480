"""A server that refuses a write, or does not answer in time: one plain sentence each.

The journal turns these database errors into exceptions the desktop, the outbox and the command
line tell apart: :class:`NotAllowed` (refused on purpose: no right, a failed check; never queued),
:class:`ServerBusy` (a lock or statement timeout; nothing stored, try again). Anything else is a
lost connection or a bug, and stays what it was.
"""
from __future__ import annotations

import sqlalchemy as sa


class NotAllowed(PermissionError):
    """The server refused the write for this login (row-level security or grants)."""


class ServerBusy(RuntimeError):
    """The server did not answer in time (the write lock held elsewhere, a statement too slow);
    nothing was stored and trying again may work."""


# SQLSTATEs of a server that refuses a write on purpose: no privilege, a failed check, a raised
# guard (see storage.server_guard), a value the column cannot hold.
REFUSED = frozenset({"42501", "23514", "23502", "23503", "23505", "P0001", "22P02", "22007",
                     "22008", "22001", "22003"})


def refusal(exc: sa.exc.DBAPIError) -> NotAllowed | None:
    """The server's refusal of a write as a NotAllowed with one plain sentence, or None when
    the error is something else (a lost connection, a bug)."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    text = str(orig).splitlines()[0] if str(orig) else ""
    if "row-level security" in text or state == "42501":
        return NotAllowed("this login may only record its own work; planning and "
                          "other people's events need a planner login")
    if state in REFUSED:
        return NotAllowed(f"the server refused the event: {text}")
    return None


def busy(exc: sa.exc.DBAPIError, engine: sa.Engine, lock: int) -> ServerBusy | None:
    """A lock or statement timeout as a ServerBusy saying plainly what happened, or None."""
    state = getattr(exc.orig, "sqlstate", None)
    if state == "55P03":
        holder = _lock_holder(engine, lock)
        who = f" by {holder}" if holder else " by another session"
        return ServerBusy(f"the journal is locked{who}; nothing was stored, try again "
                          "(if it stays locked, the administrator can end that session)")
    if state == "57014":
        return ServerBusy("the server took too long and stopped; nothing was stored, "
                          "try again")
    return None


def _lock_holder(engine: sa.Engine, lock: int) -> str | None:
    """Which login holds the journal's write lock, to say so plainly."""
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(
                "SELECT a.usename FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.objid = :key "
                "LIMIT 1"), {"key": lock}).scalar()
    except sa.exc.DBAPIError:
        return None
