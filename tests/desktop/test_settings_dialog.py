"""The settings dialog speaks the user's units: shares as %, the e-mail target in hours or days,
and the live-day flag minimums are editable and reach the core's settings."""
from __future__ import annotations

import pytest


@pytest.fixture
def dialog(settings_dialog):
    return settings_dialog


def test_shares_are_percentages_and_email_waits_days(dialog, qsettings):
    from balans.desktop import settings as s

    assert dialog.realized.value() == 70 and dialog.realized.suffix() == " %"
    assert (dialog.email_value.value(), dialog.email_unit.currentText()) == (2, "days")
    dialog.realized.setValue(60)
    dialog.email_unit.setCurrentText("hours")
    dialog.email_value.setValue(8)
    dialog._save()
    st = s.Settings(qsettings)
    assert st.get(s.REALIZED_THRESHOLD) == pytest.approx(0.6)
    assert st.get(s.TARGET_EMAIL) == 8 * 3600


def test_live_flag_minimums_are_settings(dialog, qsettings):
    from balans.desktop import settings as s

    assert dialog.live_minutes.value() == 60 and dialog.live_switches.value() == 3
    assert dialog.live_aside.value() == 30
    dialog.live_minutes.setValue(90)
    dialog.live_switches.setValue(5)
    dialog.live_aside.setValue(45)
    dialog._save()
    core = s.Settings(qsettings).summary_settings()
    assert (core.live_min_working_minutes, core.live_min_switches,
            core.live_min_aside_minutes) == (90, 5, 45)
