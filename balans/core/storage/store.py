"""Opening a Balans database: URL resolution, engine setup, schema migrations.

SQLite is the embedded default (WAL, foreign keys on, a busy timeout so that several processes can
share one file). PostgreSQL is the shared team server. Schema versions are Alembic revisions,
applied when a database is opened; a database newer than this program is refused.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from balans.core.i18n import fill, translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# A team server: how long a statement may wait for a lock (another desktop's append, or a login
# holding the journal's write lock on purpose) and how long it may run, before it is stopped and
# the user told so plainly, instead of waiting for ever.
LOCK_TIMEOUT_MS = 10_000
STATEMENT_TIMEOUT_MS = 300_000


class StoreError(Exception):
    """The database cannot be opened or used; the message is one plain sentence."""


def default_sqlite_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("balans", appauthor=False)) / "balans.db"


def resolve_url(explicit: str | None = None) -> str:
    """--db, else $BALANS_DB, else the embedded SQLite file in the user's data folder."""
    if explicit:
        return explicit
    env = os.environ.get("BALANS_DB")
    if env:
        return env
    path = default_sqlite_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def parse_url(text: str) -> URL:
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise StoreError(fill(translate(
            "Storage", "%1 is not a database URL (is the port a number?)"),
            repr(_no_secret(text)))) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(fill(translate(
            "Storage", "unsupported database %1: use sqlite or postgresql"),
            repr(url.get_backend_name())))
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    port = url.port or url.query.get("port")
    if port is not None:
        port = port[0] if isinstance(port, tuple) else port
        if not str(port).isdigit() or not 1 <= int(port) <= 65535:
            raise StoreError(fill(translate(
                "Storage", "the port %1 in the database URL is not a number from 1 to 65535"),
                repr(port)))
    return url


def _no_secret(text: str) -> str:
    """The URL as the user may see it: a password in it replaced by ***."""
    import re

    return re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", text)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        folder = Path(database).expanduser().parent
        if not folder.is_dir():
            # A mistyped --db must not quietly start a new, empty journal somewhere else.
            raise StoreError(fill(translate("Storage", "the folder %1 does not exist"),
                                  repr(str(folder))))
    engine = sa.create_engine(url, connect_args={"timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001 - DBAPI objects
        # Let SQLAlchemy, not the driver, decide when transactions begin (pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA cache_size=-131072")  # 128 MiB: index pages of big imports
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # Writers take the write lock up front so their validation reads cannot go stale.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def create_engine(url_text: str, password: str | None = None) -> Engine:
    url = parse_url(url_text)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if password is not None:
        url = url.set(password=password)
    options = f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS}"
    return sa.create_engine(url, pool_pre_ping=True, connect_args={"options": options})


def _alembic_config(connection: sa.Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*["']([^"']+)["']""", re.M)
_DOWN = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.M)


def heads_from_files() -> set[str]:
    """The head revision(s) read from the version scripts' ``revision`` and ``down_revision``
    lines, without Alembic; empty when a script does not have them in that plain form."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        if path.name == "__init__.py":
            continue
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            return set()
        revisions.add(revision.group(1))
        downs.update(re.findall(r"""["']([^"']+)["']""", down.group(1).split("#")[0]))
    return revisions - downs


def _at_head(conn: sa.Connection) -> bool:
    """Already up to date? Most starts find it so, and then need not import Alembic (0.6 s,
    a third of the desktop app's time to open its database)."""
    heads = heads_from_files()
    if not heads or not sa.inspect(conn).has_table("alembic_version"):
        return False
    current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return set(current) == heads


def migrate(engine: Engine) -> None:
    """Bring the schema to this program's head revision; refuse a newer one."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Two desktops opening a fresh server at once must not both create the schema.
            # A migration may wait for another desktop's and take its time on a big journal.
            conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
            conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
        if _at_head(conn):
            return
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = _alembic_config(conn)
        script = ScriptDirectory.from_config(config)
        current = MigrationContext.configure(conn).get_current_revision()
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise StoreError(fill(translate(
                "Storage", "this database has schema version %1, newer than this program "
                "knows (up to %2); please update Balans"), current, script.get_current_head()))
        if current != script.get_current_head():
            command.upgrade(config, "head")


def describe_connection_error(exc: Exception) -> str:
    """One plain sentence for a failed connection, never a traceback or a secret."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return translate("Storage", "the server refused the user name or password")
    if "does not exist" in text and "database" in text:
        return translate("Storage", "the database does not exist on that server")
    if "role" in text and "does not exist" in text:
        return translate("Storage", "that user does not exist on the server")
    if "statement timeout" in text:
        return translate("Storage",
                         "the server took too long and stopped; nothing was stored, try again")
    if "lock timeout" in text or "database is locked" in text:
        return translate(
            "Storage", "the journal is locked by another session or program; nothing was stored, "
            "try again")
    if ("connection refused" in text or "could not connect" in text or "timeout" in text
            or "no such file or directory" in text or "name or service not known" in text):
        return translate("Storage", "the database server is not reachable")
    if "must be owner" in text:
        return translate(
            "Storage", "the database on the server needs updating by its owner: run 'balans server "
            "init' with the owner's login")
    if "unable to open database file" in text:
        return translate("Storage", "the database file cannot be opened")
    if "file is not a database" in text or "malformed" in text:
        return translate("Storage",
                         "that file is not a Balans (SQLite) database, or it is damaged")
    if "disk is full" in text or "no space left" in text:
        return translate("Storage", "the disk is full; nothing was stored")
    if "readonly database" in text or "read-only" in text:
        return translate("Storage", "the database file is read-only")
    return fill(translate("Storage", "the database could not be opened: %1"),
                str(getattr(exc, "orig", exc)).splitlines()[0])


@dataclass
class Store:
    """An opened, migrated database."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url_text: str | None = None, password: str | None = None,
               *, migrate_schema: bool = True) -> Store:
    url = resolve_url(url_text)
    engine = create_engine(url, password)
    try:
        if migrate_schema:
            migrate(engine)
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(describe_connection_error(exc)) from None
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        raise StoreError(describe_connection_error(exc)) from None
    return Store(engine=engine, url=url)
