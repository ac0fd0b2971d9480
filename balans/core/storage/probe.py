"""Trying a database before relying on it: the settings dialog tests a team server before it
saves it, and the app checks its database at start so it can offer a way out."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from balans.core.i18n import fill, translate
from balans.core.storage.store import StoreError, describe_connection_error, parse_url


def check_connection(url_text: str, password: str | None = None,
                     timeout_s: int = 5) -> str:
    """Connect once and ask the server a trivial question. Returns a short sentence about what
    answered; raises StoreError with one plain sentence (never the password) when nothing did."""
    url = parse_url(url_text)
    if url.get_backend_name() == "sqlite":
        args: dict = {"timeout": timeout_s}
    else:
        args = {"connect_timeout": timeout_s}
        if password is not None:
            url = url.set(password=password)
    engine = sa.create_engine(url, connect_args=args, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        raise StoreError(describe_connection_error(exc)) from None
    except Exception as exc:  # noqa: BLE001 - a driver may fail in its own way: say it plainly
        raise StoreError(str(exc).splitlines()[0] if str(exc) else translate(
            "Storage", "the server did not answer")) from None
    finally:
        engine.dispose()
    if url.get_backend_name() == "sqlite":
        return translate("Storage", "the file on this PC opens")
    return fill(translate("Storage", "connected to %1 on %2"), url.database, url.host)
