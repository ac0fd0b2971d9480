"""Database passwords in the operating system's keyring, behind a small interface.

Nothing secret goes into QSettings, the database, a log or an error message. Where the system has
no keyring backend, callers are told so (``KeyringUnavailable``) and ask for the password instead.
"""
from __future__ import annotations

from balans.core.i18n import translate

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

SERVICE = "balans"


class KeyringUnavailable(Exception):
    """The system offers no keyring; the password must be asked for each time."""


def account_for(url_text: str) -> str | None:
    """The keyring account for a server URL: user@host:port/database (no password in it)."""
    try:
        url = make_url(url_text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None
    if url.get_backend_name() != "postgresql" or not url.username:
        return None
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    port = url.port or url.query.get("port") or 5432
    if isinstance(port, tuple):
        port = port[0]
    return f"{url.username}@{host}:{port}/{url.database}"


def _keyring():
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def available() -> bool:
    keyring, _ = _keyring()
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def get_password(url_text: str) -> str | None:
    account = account_for(url_text)
    if account is None:
        return None
    keyring, KeyringError = _keyring()
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError:
        return None


def set_password(url_text: str, password: str) -> None:
    account = account_for(url_text)
    if account is None:
        raise ValueError("only a team-server URL with a user name has a password")
    keyring, KeyringError = _keyring()
    try:
        keyring.set_password(SERVICE, account, password)
    except KeyringError:
        raise KeyringUnavailable(translate(
            "Storage", "this system has no keyring to keep the password in; "
            "Balans will ask for it at every start")) from None


def delete_password(url_text: str) -> None:
    account = account_for(url_text)
    if account is None:
        return
    keyring, KeyringError = _keyring()
    try:
        keyring.delete_password(SERVICE, account)
    except KeyringError:
        pass


def password_for_url(url_text: str | None) -> str | None:
    """The password to use for ``url_text``: none for SQLite or a URL that carries one."""
    if not url_text:
        return None
    try:
        url = make_url(url_text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None
    if url.get_backend_name() != "postgresql" or url.password:
        return None
    import os

    return os.environ.get("BALANS_DB_PASSWORD") or get_password(url_text)
