"""The mailbox password in the operating system's keyring, and nowhere else."""
from __future__ import annotations

from balans.core.mailbox.imap import MailboxConfig
from balans.core.storage.credentials import SERVICE, KeyringUnavailable


def get_password(config: MailboxConfig) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, config.account)
    except KeyringError:
        return None


def set_password(config: MailboxConfig, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, config.account, password)
    except KeyringError:
        raise KeyringUnavailable("this system has no keyring to keep the mailbox password "
                                 "in") from None
