"""The labels of Balans's vocabulary, in the user's language (``balans.core.i18n``).

Two forms of each: a *label* that starts a line or heads a column ("Back office") and a *word*
used inside a sentence ("an hour of back office"). Each is its own string, so a translation
need not lower-case a label (Dutch: "Backoffice" / "backoffice", "Balie" / "balie").
"""
from __future__ import annotations

from balans.core.i18n import QT_TRANSLATE_NOOP, translate
from balans.core.vocabulary import Channel, Demand, Flag, Mode, Outcome

_LABELS: dict[str, str] = {
    Mode.CONTACT: QT_TRANSLATE_NOOP("Words", "Contact"),
    Mode.BACKOFFICE: QT_TRANSLATE_NOOP("Words", "Back office"),
    Mode.BREAK: QT_TRANSLATE_NOOP("Words", "Break"),
    Mode.OFFLINE: QT_TRANSLATE_NOOP("Words", "Offline"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Words", "Phone"),
    Channel.COUNTER: QT_TRANSLATE_NOOP("Words", "Counter"),
    Channel.CHAT: QT_TRANSLATE_NOOP("Words", "Chat"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Words", "E-mail"),
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("Words", "Resolved"),
    Outcome.FOLLOW_UP: QT_TRANSLATE_NOOP("Words", "Follow-up"),
    Outcome.REFERRED: QT_TRANSLATE_NOOP("Words", "Referred"),
    Demand.VALUE: QT_TRANSLATE_NOOP("Words", "Value demand"),
    Demand.FAILURE: QT_TRANSLATE_NOOP("Words", "Failure demand"),
    Flag.CONTEXT_SWITCHING: QT_TRANSLATE_NOOP("Words", "Context switching"),
    Flag.UNFINISHED_TASKS: QT_TRANSLATE_NOOP("Words", "Unfinished tasks"),
    Flag.BACKOFFICE_NOT_REALIZED: QT_TRANSLATE_NOOP("Words", "Back office not realised"),
}
_WORDS: dict[str, str] = {
    Mode.CONTACT: QT_TRANSLATE_NOOP("Words", "contact"),
    Mode.BACKOFFICE: QT_TRANSLATE_NOOP("Words", "back office"),
    Mode.BREAK: QT_TRANSLATE_NOOP("Words", "break"),
    Mode.OFFLINE: QT_TRANSLATE_NOOP("Words", "offline"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Words", "phone"),
    Channel.COUNTER: QT_TRANSLATE_NOOP("Words", "counter"),
    Channel.CHAT: QT_TRANSLATE_NOOP("Words", "chat"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Words", "e-mail"),
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("Words", "resolved"),
    Outcome.FOLLOW_UP: QT_TRANSLATE_NOOP("Words", "follow-up"),
    Outcome.REFERRED: QT_TRANSLATE_NOOP("Words", "referred"),
    Demand.VALUE: QT_TRANSLATE_NOOP("Words", "value demand"),
    Demand.FAILURE: QT_TRANSLATE_NOOP("Words", "failure demand"),
}


def label(value: str | None) -> str:
    """"Back office", "Phone", "Resolved", ... ("—" for none; an unknown value as it is)."""
    if not value:
        return "—"
    source = _LABELS.get(value)
    return translate("Words", source) if source else str(value)


def word(value: str | None) -> str:
    """"back office", "phone", "resolved", ... for use inside a sentence."""
    if not value:
        return "—"
    source = _WORDS.get(value)
    return translate("Words", source) if source else str(value)


def plural(count: int, one: str, many: str | None = None) -> str:
    """English only, for the command line's own sentences: "1 task", "3 tasks". Text a user of
    the app reads goes through ``self.tr("%n task(s)", "", n)`` in a Qt class, or
    ``balans.core.i18n.Counted`` in the core."""
    return f"{count} {one if count == 1 else many or one + 's'}"

