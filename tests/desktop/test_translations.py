"""Dutch and English through Qt's pipeline: every listed string translated, the shipped .qm
compiled from the .ts, plurals right, the language from the setting or the system."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIR = ROOT / "balans" / "resources" / "translations"
NBSP = "\u00a0"


def _sources() -> list[str]:
    """Every module of the app, as scripts/translations.sh hands them to lupdate."""
    files = (ROOT / "balans").rglob("*.py")
    return sorted(str(p.relative_to(ROOT)) for p in files if "migrations" not in p.parts)


def _tool(name: str, *args: str) -> subprocess.CompletedProcess:
    code = (f"import sys, PySide6.scripts.pyside_tool as t; sys.argv[0] = {name!r};"
            f" t.{name}()")
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True)


def _untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or \
                    not all(f and f.strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def test_every_string_of_the_app_has_its_dutch_translation(tmp_path):
    """lupdate on today's code, into a copy of the committed Dutch .ts: a new or changed tr()
    string shows up there as unfinished, and this test names it."""
    ts = tmp_path / "balans_nl.ts"
    shutil.copy(DIR / "balans_nl.ts", ts)
    done = _tool("lupdate", "-no-obsolete", *_sources(), "-target-language", "nl", "-ts", str(ts))
    assert done.returncode == 0, done.stderr
    assert "Found" in done.stdout + done.stderr
    assert _untranslated(ts) == []
    assert len(ET.parse(ts).getroot().findall(".//message")) >= 60


def test_an_untranslated_string_is_caught(tmp_path):
    """The check above is real: a module with one new string fails it."""
    module = tmp_path / "extra.py"
    module.write_text("from PySide6.QtCore import QCoreApplication\n"
                      "QCoreApplication.translate('Extra', 'A sentence nobody translated')\n")
    ts = tmp_path / "balans_nl.ts"
    shutil.copy(DIR / "balans_nl.ts", ts)
    done = _tool("lupdate", *_sources(), str(module), "-target-language", "nl", "-ts", str(ts))
    assert done.returncode == 0, done.stderr
    assert _untranslated(ts) == ["Extra: 'A sentence nobody translated'"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path, language):
    qm = tmp_path / f"balans_{language}.qm"
    done = _tool("lrelease", "-silent", str(DIR / f"balans_{language}.ts"), "-qm", str(qm))
    assert done.returncode == 0, done.stderr
    assert qm.read_bytes() == (DIR / f"balans_{language}.qm").read_bytes(), (
        "run: bash scripts/translations.sh")


def test_plurals_in_dutch_and_english(qapp):
    from balans.desktop import i18n
    from balans.desktop.panels.myshift_text import DayWords

    try:
        assert i18n.install(qapp, "nl")
        assert DayWords().line(1, 0, 2, 0).replace(NBSP, " ") == (
            "Mijn dag: 1 wissel · 2 taken open gebleven · 0 obstakels")
        assert DayWords().line(3, 1, 1, 1).replace(NBSP, " ") == (
            "Mijn dag: 3 wissels · 1 onderbreking · 1 taak open gebleven · 1 obstakel")
    finally:
        assert i18n.install(qapp, "en")
    assert DayWords().line(1, 0, 2, 0).replace(NBSP, " ") == (
        "My day: 1 switch · 2 tasks left open · 0 obstacles")


def test_the_language_comes_from_the_setting_else_the_system():
    from balans.desktop.i18n import choose_language

    assert choose_language("nl", ["en-US"]) == "nl"
    assert choose_language("en", ["nl-NL"]) == "en"
    assert choose_language("", ["nl-BE", "en-GB"]) == "nl"
    assert choose_language("", ["fr-FR", "en-GB", "nl-NL"]) == "en"
    assert choose_language("", ["fr-FR", "de-DE"]) == "en"
    assert choose_language("klingon", ["nl_NL"]) == "nl"


def test_the_window_in_dutch(qtbot, make_ctx, dutch):
    from balans.desktop.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Bee&ld", "&Team", "&Dienst", "&Help"]
    assert window.opening.text() == "De database wordt geopend…"
    assert window.actions_["quit"].text() == "&Afsluiten"
    window.attach(make_ctx())
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:4] == ["Live-overzicht", "Mijn dienst", "Planning", "Einde van de dag"]
    window.watcher.stop()


def test_the_settings_and_member_dialogs_in_dutch(qtbot, qsettings, make_ctx, tmp_path, dutch):
    from PySide6.QtWidgets import QGroupBox, QLabel

    from balans.desktop import settings as s
    from balans.desktop.dialogs import MemberDialog
    from balans.desktop.settings_dialog import SettingsDialog
    from balans.desktop.worker import Worker

    worker = Worker()
    try:
        dialog = SettingsDialog(s.Settings(qsettings), worker)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Instellingen"
        titles = [box.title() for box in dialog.findChildren(QGroupBox)]
        assert titles == ["Waar Balans de gegevens bewaart", "Team, signalen en normen"]
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"Tijdzone van het team", "Telefoon: opnemen binnen", "Poort"} <= labels
        assert dialog.email_unit.itemText(1) == "dagen"
        dialog._show_email_target(2 * 86400)
        assert dialog.email_target_s() == 2 * 86400  # the unit is data, not the shown word
        dialog.tz.setCurrentText("Mars/Olympus")
        assert dialog.validate() == "'Mars/Olympus' is geen tijdzone (bijvoorbeeld Europe/Amsterdam)."
        dialog.grab().save(str(tmp_path / "settings_nl.png"))

        member = MemberDialog(make_ctx(), taken={"anna": "Anna de Vries"})
        qtbot.addWidget(member)
        member.name.setText("Anna Bakker")
        member.ident.setText("anna")
        assert member.validate() == "De korte code 'anna' is al van Anna de Vries; kies een andere."
        assert [box.text() for box in member.channels.values()] == [
            "Telefoon", "Balie", "Chat", "E-mail"]
    finally:
        worker.stop()


def test_the_core_words_follow_the_app_language_and_the_cli_stays_english(qapp):
    from balans.core import i18n as core_i18n
    from balans.core import words
    from balans.core.storage.store import describe_connection_error
    from balans.desktop import i18n

    try:
        assert i18n.install(qapp, "nl")
        assert words.label("backoffice") == "Backoffice"
        assert words.word("counter") == "balie"
        assert describe_connection_error(OSError("disk is full")) == (
            "de schijf is vol; er is niets opgeslagen")
    finally:
        i18n.install(qapp, "en")
    core_i18n.set_translator(None)  # as on the command line: no Qt translator at all
    try:
        assert words.label("backoffice") == "Back office"
        assert describe_connection_error(OSError("disk is full")) == (
            "the disk is full; nothing was stored")
        assert core_i18n.translate("DayWords", "%n switch(es)", None, 1) == "1 switch"
        assert core_i18n.translate("DayWords", "%n switch(es)", None, 3) == "3 switches"
        assert core_i18n.translate("Nowhere", "%n cat(s) left", None, 1) == "1 cat left"
        assert core_i18n.fill("%1 of %2", "%2", 5) == "%2 of 5"
    finally:
        i18n.install(qapp, "en")
