"""E-mail as a live queue, against a real IMAP server (Dovecot) the tests start."""
from __future__ import annotations

import imaplib
import json
from datetime import datetime, timedelta, timezone

import keyring
import pytest

from balans.cli import main
from balans.core.mailbox.imap import (MailboxConfig, MailboxError, MailboxState, as_channel,
                                      check_mailbox)
from tests.core.builders import TZ
from tests.memory_keyring import MemoryKeyring

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=TZ)


def _deliver(host, port, user, password, folder, mails):
    """Put mails in a folder as a mail server would: (arrival, answered?, deleted?)."""
    conn = imaplib.IMAP4(host, port)
    conn.login(user, password)
    if folder != "INBOX":
        conn.create(folder)
    for arrived, answered, deleted in mails:
        flags = " ".join(f for f, on in (("\\Answered", answered), ("\\Deleted", deleted)) if on)
        body = f"Subject: question {arrived:%H:%M}\r\nFrom: a@b.nl\r\n\r\nHello\r\n".encode()
        conn.append(folder, f"({flags})" if flags else None,
                    imaplib.Time2Internaldate(arrived.timestamp()), body)
    conn.logout()


@pytest.fixture(scope="module")
def mailbox(imap_server):
    host, port, users = imap_server
    user = "desk@example.org"
    _deliver(host, port, user, users[user], "Vragen", [
        (NOW - timedelta(hours=26), False, False),  # the oldest unanswered: 26 h
        (NOW - timedelta(days=3), True, False),  # older but answered
        (NOW - timedelta(days=5), False, True),  # older but deleted
        (NOW - timedelta(minutes=30), False, False),
        (NOW - timedelta(hours=2), False, False),
    ])
    return MailboxConfig(host, user, "Vragen", port, "none"), users[user]


def test_unanswered_mails_and_the_oldest(mailbox):
    config, password = mailbox
    state = check_mailbox(config, password, NOW)
    assert state.unanswered == 3
    assert state.oldest == NOW - timedelta(hours=26)
    assert state.oldest_age_s(NOW) == 26 * 3600
    empty = check_mailbox(MailboxConfig(config.host, config.user, "INBOX", config.port,
                                        "none"), password, NOW)
    assert (empty.unanswered, empty.oldest) == (0, None)
    # read-only: checking did not mark anything seen or answered
    assert check_mailbox(config, password, NOW).unanswered == 3


def test_errors_are_plain_and_keep_the_password_out(mailbox):
    config, password = mailbox
    with pytest.raises(MailboxError, match="refused the user name or password") as err:
        check_mailbox(config, "wrong-secret-9", NOW)
    assert "wrong-secret-9" not in str(err.value)
    with pytest.raises(MailboxError, match="has no folder 'Nope'"):
        check_mailbox(MailboxConfig(config.host, config.user, "Nope", config.port, "none"),
                      password, NOW)
    with pytest.raises(MailboxError, match="cannot reach the mail server"):
        check_mailbox(MailboxConfig("127.0.0.1", config.user, "INBOX", 9, "none"), password,
                      NOW, timeout=2)


def test_the_board_channel_takes_the_mailbox_figures():
    state = MailboxState(4, NOW - timedelta(hours=3), NOW)
    live = as_channel(state, None, NOW + timedelta(minutes=30))
    assert (live.channel, live.waiting, live.longest_wait_s) == ("email", 4, 3.5 * 3600)
    assert as_channel(MailboxState(0, None, NOW), live, NOW).longest_wait_s is None


def test_cli_reads_the_password_from_the_keyring(mailbox, capsys, monkeypatch):
    config, password = mailbox
    backend, previous = MemoryKeyring(), keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("BALANS_IMAP_PASSWORD", raising=False)
    args = ["mailbox", "check", "--host", config.host, "--port", str(config.port),
            "--user", config.user, "--security", "none", "--folder", "Vragen", "--json"]
    try:
        assert main(args) == 1
        assert "no password for this mailbox" in capsys.readouterr().err
        import io
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        assert main(["mailbox", "remember-password", "--host", config.host, "--port",
                     str(config.port), "--user", config.user, "--security", "none"]) == 0
        assert list(backend.items.values()) == [password]
        capsys.readouterr()
        assert main(args) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["unanswered"] == 3 and out["oldest_age_s"] > 26 * 3600
        assert datetime.fromisoformat(out["oldest"]).astimezone(timezone.utc) == \
            (NOW - timedelta(hours=26)).astimezone(timezone.utc)
    finally:
        keyring.set_keyring(previous)
