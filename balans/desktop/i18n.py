"""The app's language: Dutch or English through Qt's own pipeline.

Strings in the desktop go through ``tr()`` / ``QCoreApplication.translate``; ``pyside6-lupdate``
collects them into ``resources/translations/balans_nl.ts``, a translator fills in the Dutch, and
``pyside6-lrelease`` compiles that to ``balans_nl.qm``, which ships with the app
(``scripts/translations.sh`` does both steps; docs/translations.md).

The language is the user's setting (Settings › Language), else the first of the operating
system's UI languages that Balans has, else English. Qt's own strings (the OK and Cancel of
standard dialogs) come from Qt's translations when Qt ships them.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from balans.core import i18n as core_i18n

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = {"en": "English", "nl": "Nederlands"}  # English is the source language
_installed: list[QTranslator] = []


def choose_language(setting: str, ui_languages: Sequence[str] | None = None) -> str:
    """The setting when it names a language Balans has; else the first of the system's UI
    languages ("nl-NL", "nl", "en-GB", ...) that it has; else English."""
    if setting in LANGUAGES:
        return setting
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Load the translations of ``language``; True when loaded. English has one too: the source
    texts are English, but a plural such as "%n switch(es)" needs its two English forms."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if not ours.load(str(TRANSLATIONS / f"balans_{language}.qm")):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    core_i18n.set_translator(_qt_translate)  # the core's labels and sentences follow
    if language == "en":
        return True
    qt = QTranslator(app)  # Qt's own dialogs' buttons; absent in some builds, which is fine
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return True


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the app language's decimal sign ("1,5" in Dutch, "1.5" in English)."""
    return QLocale().toString(float(value), "f", decimals)
