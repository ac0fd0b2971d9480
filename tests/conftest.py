"""Shared fixtures. Qt must be told to render offscreen before anything imports it."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BALANS_TZ", "Europe/Amsterdam")

import itertools  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.pgcluster import PgCluster, find_pg_bin  # noqa: E402

_db_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory):
    """A throwaway PostgreSQL cluster for the whole test session."""
    bindir = find_pg_bin()
    if bindir is None:
        if os.environ.get("BALANS_REQUIRE_PG"):
            pytest.fail("PostgreSQL server binaries not found but BALANS_REQUIRE_PG is set")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not installed")
    # Not under pytest's root-only temp folder: the server runs as the postgres user.
    base = Path(tempfile.mkdtemp(prefix="balans-pg-"))
    cluster = PgCluster(bindir, base)
    cluster.start()
    yield cluster
    cluster.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """A URL of a new, empty database on the throwaway cluster."""
    name = f"balans_test_{os.getpid()}_{next(_db_counter)}"
    pg_cluster.create_database(name)
    return pg_cluster.url(name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'balans.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str:
    """The same test on the embedded SQLite file and on a PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url):
    from balans.core.storage.store import open_store

    opened = open_store(db_url)
    yield opened
    opened.dispose()


@pytest.fixture(scope="session")
def imap_server():
    """A throwaway Dovecot IMAP server with two users; yields (host, port, users)."""
    from tests.mailserver import Dovecot, find_dovecot

    binary = find_dovecot()
    if binary is None:
        if os.environ.get("BALANS_REQUIRE_IMAP"):
            pytest.fail("dovecot is not installed but BALANS_REQUIRE_IMAP is set")
        pytest.skip("dovecot (Debian package dovecot-imapd) is not installed")
    base = Path(tempfile.mkdtemp(prefix="balans-imap-"))
    users = {"desk@example.org": "desk-secret-1", "other@example.org": "other-secret-1"}
    server = Dovecot(binary, base)
    server.start(users)
    yield "127.0.0.1", server.port, users
    server.stop()
    shutil.rmtree(base, ignore_errors=True)
