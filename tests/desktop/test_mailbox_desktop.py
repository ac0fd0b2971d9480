"""The mailbox dialog and the board's e-mail card from a real IMAP server (Dovecot)."""
from __future__ import annotations

import imaplib
from datetime import datetime, timedelta

import keyring
import pytest

from tests.memory_keyring import MemoryKeyring
from tests.desktop.conftest import TZ

T0 = datetime(2026, 11, 23, 11, 0, tzinfo=TZ)


@pytest.fixture
def memory_keyring():
    backend, previous = MemoryKeyring(), keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def desk_folder(imap_server):
    """Two unanswered mails (the oldest 5 h old at T0) and one answered, in 'Balie'."""
    host, port, users = imap_server
    user = "other@example.org"
    conn = imaplib.IMAP4(host, port)
    conn.login(user, users[user])
    conn.create("Balie")
    for hours, flags in ((5, None), (1, None), (30, "(\\Answered)")):
        stamp = (T0 - timedelta(hours=hours)).timestamp()
        conn.append("Balie", flags, imaplib.Time2Internaldate(stamp),
                    b"Subject: vraag\r\n\r\nHallo\r\n")
    conn.logout()
    return host, port, user, users[user]


def test_dialog_keeps_the_password_in_the_keyring_only(qtbot, make_ctx, desk_folder,
                                                       memory_keyring, qsettings):
    from balans.desktop.mailbox import mailbox_config
    from balans.desktop.mailbox_dialog import MailboxDialog

    host, port, user, password = desk_folder
    ctx = make_ctx(now=T0)
    dialog = MailboxDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "Fill in the mail server" in dialog.result_label.text()
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.user.setText(user)
    dialog.folder.setText("Balie")
    dialog.password.setText("wrong-password-1")
    dialog.test()
    qtbot.waitUntil(lambda: "refused" in dialog.result_label.text(), timeout=15_000)
    dialog.password.setText(password)
    dialog.test()
    qtbot.waitUntil(lambda: "Connected" in dialog.result_label.text(), timeout=15_000)
    assert "2 unanswered mails in Balie, the oldest 5.0 h old" in dialog.result_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert list(memory_keyring.items.values()) == [password]
    config = mailbox_config(ctx.settings)
    assert (config.host, config.port, config.user, config.folder) == (host, port, user, "Balie")
    qsettings.sync()
    stored = {k: qsettings.value(k) for k in qsettings.allKeys()}
    assert password not in repr(stored)


def test_board_email_card_shows_the_mailbox(qtbot, make_ctx, desk_folder, memory_keyring):
    from balans.core.mailbox.imap import MailboxConfig
    from balans.core.mailbox.secret import set_password
    from balans.desktop.mailbox import save_config
    from balans.desktop.panels.board import BoardPanel

    host, port, user, password = desk_folder
    ctx = make_ctx(now=T0)
    config = MailboxConfig(host, user, "Balie", port, "none")
    save_config(ctx.settings, config)
    set_password(config, password)
    panel = BoardPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1366, 820)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    qtbot.waitUntil(lambda: panel.mailbox.state is not None, timeout=15_000)
    qtbot.waitUntil(lambda: panel.cards["email"].text.figure == "2", timeout=5_000)
    card = panel.cards["email"].text
    assert card.unit == "open" and card.line1.startswith("oldest 5")
    panel.mailbox.stop()
