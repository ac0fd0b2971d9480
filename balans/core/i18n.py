"""Words in the user's language, without Qt in the core.

The core words a few things itself: role, channel and outcome labels, flag sentences, the
CSV export's headers, import row errors. It marks them the way Qt's ``pyside6-lupdate``
recognises: ``translate("Context", "text")`` for a string used at once and
``QT_TRANSLATE_NOOP("Context", "text")`` for one stored in a table and translated where it is
shown. A count goes through Qt's plural forms with ``Counted`` (below):
``Report = Counted("Report")``, then ``Report.tr("%n day(s)", "", n)`` (``pyside6-lupdate`` sees
a plural only in a ``.tr(text, "", n)`` call, never in ``translate(...)`` with a count).

The desktop installs Qt's translator here at start-up (``balans.desktop.i18n.install``), so
the same strings appear in the language chosen in the app. Without it (the command line) the
text stays English; the English plural forms come from ``balans_en.ts``, the file Qt compiles
for the app, so both say "1 task" and "2 tasks" alike.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

Translator = Callable[[str, str, "str | None", int], str]
ENGLISH_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "balans_en.ts"
_translator: list[Translator] = []
_PLACEHOLDER = re.compile(r"%(\d)")
_GUESS = re.compile(r"\((e?s)\)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context``; translate it where it is shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; ``%n`` becomes ``n`` with the right plural form."""
    if _translator:
        return _translator[0](context, text, disambiguation, n)
    return english(context, text, disambiguation, n)


class Counted:
    """The plural messages of one context, for code without a QObject (the core, and desktop
    text the command line prints too): ``Report = Counted("Report")`` then
    ``Report.tr("%n day(s)", "", n)``. pyside6-lupdate marks only a ``.tr(text, "", n)`` call
    as a plural (numerus) message, taking the name before the dot as its context, so the
    instance's name must be its context."""

    def __init__(self, context: str):
        self.context = context

    def tr(self, text: str, disambiguation: str | None = "", n: int = -1) -> str:
        return translate(self.context, text, disambiguation or None, n)


def set_translator(translator: Translator | None) -> None:
    """Use ``translator`` (Qt's, from the desktop) for every later ``translate``; None resets."""
    _translator.clear()
    if translator is not None:
        _translator.append(translator)


def fill(text: str, *values: object) -> str:
    """Put ``values`` in for ``%1``, ``%2``, ... in one pass (a value containing "%2" stays)."""
    def one(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)
    return _PLACEHOLDER.sub(one, text)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source text, with its plural form from ``balans_en.ts`` when counted."""
    if n < 0:
        return text
    forms = _english_plurals().get((context, text, disambiguation or ""))
    if forms:
        chosen = forms[0] if n == 1 else forms[-1]
    else:  # not compiled yet: "task(s)" -> "task" / "tasks"
        chosen = _GUESS.sub("" if n == 1 else r"\1", text)
    return chosen.replace("%n", str(n))


@cache
def _english_plurals() -> dict[tuple[str, str, str], tuple[str, ...]]:
    try:
        root = ET.parse(ENGLISH_TS).getroot()
    except (OSError, ET.ParseError):
        return {}
    out: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = tuple(f.text or "" for f in message.iter("numerusform"))
            if forms and all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                out[key] = forms
    return out
