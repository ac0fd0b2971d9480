"""Database addresses in plain terms, so the desktop never handles SQLAlchemy URL objects."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from balans.core.i18n import fill, translate
from balans.core.storage.store import describe_connection_error


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str


def server_url(host: str, port: int, database: str, user: str) -> str:
    """A team-server URL without a password (that one lives in the keyring)."""
    return URL.create("postgresql+psycopg", username=user, host=host, port=port,
                      database=database).render_as_string(hide_password=False)


def server_address(url: str) -> ServerAddress | None:
    """The parts of a team-server URL; None for the embedded SQLite file."""
    if not url.startswith("postgresql"):
        return None
    parsed = make_url(url)
    return ServerAddress(parsed.host or "", parsed.port or 5432, parsed.database or "",
                         parsed.username or "")


def database_label(url: str | URL) -> str:
    """Where the data lives, in words for the status bar."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return fill(translate("Storage", "This PC only — %1"), parsed.database)
    return fill(translate("Storage", "Team server — %1/%2"),
                parsed.host or parsed.query.get("host", ""), parsed.database)


def listen_params(url: str | URL) -> dict[str, Any]:
    """psycopg connection keywords for a dedicated LISTEN connection to the same server."""
    parsed = make_url(url)
    params = {"host": parsed.query.get("host") or parsed.host,
              "port": parsed.port or parsed.query.get("port"), "dbname": parsed.database,
              "user": parsed.username, "password": parsed.password, "autocommit": True,
              "connect_timeout": 5}
    return {k: v for k, v in params.items() if v is not None}


def describe_error(exc: Exception) -> str:
    """A failed read in one plain sentence: a database error in words, anything else as is."""
    return describe_connection_error(exc) if isinstance(exc, DBAPIError) else str(exc)
