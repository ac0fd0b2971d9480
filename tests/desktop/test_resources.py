"""balans/resources: icons that load, one stylesheet loaded once, no inline styles left."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[2] / "balans" / "desktop"


@pytest.mark.parametrize("name", ["balans", "contact", "backoffice", "break", "offline",
                                  "contact-on", "backoffice-on"])
def test_every_icon_renders(qtbot, name):
    from balans.desktop.resources import icon

    image = icon(name).pixmap(32, 32).toImage()
    assert not image.isNull()
    # Something was drawn: not every pixel is transparent.
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))


def test_role_icons_for_every_mode_and_none_for_no_role(qtbot):
    from balans.core.vocabulary import Mode
    from balans.desktop.resources import role_icon

    for mode in Mode:
        assert not role_icon(mode).isNull(), mode
    assert role_icon(None).isNull()


def test_the_stylesheet_and_window_icon_are_set_once(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from balans.desktop import resources

    app = QApplication.instance()
    app.setProperty("balansStyled", None)
    reads = []
    real = resources.stylesheet
    monkeypatch.setattr(resources, "stylesheet", lambda: reads.append(1) or real())
    resources.apply_style(app)
    resources.apply_style(app)
    assert reads == [1]
    assert "QFrame#card[breach=\"true\"]" in app.styleSheet()
    assert not app.windowIcon().isNull()
    app.setStyleSheet("")
    app.setProperty("balansStyled", None)


def test_no_inline_stylesheets_in_the_desktop():
    """Looks live in resources/style/balans.qss; widgets carry object names and states."""
    offenders = [f"{p.relative_to(DESKTOP)}:{n}"
                 for p in DESKTOP.rglob("*.py") if p.name != "resources.py"
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\.setStyleSheet\(", line)]
    assert offenders == []


def test_a_breach_turns_the_card_red_through_the_stylesheet(qtbot):
    from PySide6.QtWidgets import QApplication

    from balans.desktop.resources import apply_style
    from balans.desktop.widgets.cards import ChannelCard

    app = QApplication.instance()
    apply_style(app)
    try:
        card = ChannelCard("phone")
        qtbot.addWidget(card)
        card.show()
        normal = card.line1.palette().color(card.line1.foregroundRole()).name()
        card.set_breach(True)
        assert card.property("breach") is True
        assert card.line1.palette().color(card.line1.foregroundRole()).name() == "#c8453b"
        card.set_breach(False)
        assert card.line1.palette().color(card.line1.foregroundRole()).name() == normal
    finally:
        app.setStyleSheet("")
        app.setProperty("balansStyled", None)
