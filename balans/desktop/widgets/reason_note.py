"""The team's agreement for the reason chosen in a contact dialog: "how we handle this" and the
usual outcome, shown while the employee registers or ends the contact."""
from __future__ import annotations

from html import escape
from typing import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from balans.core.i18n import QT_TRANSLATE_NOOP, translate

OUTCOME_WORDS = {"resolved": QT_TRANSLATE_NOOP("ReasonNote", "resolved at once"),
                 "follow_up": QT_TRANSLATE_NOOP("ReasonNote", "a follow-up task"),
                 "referred": QT_TRANSLATE_NOOP("ReasonNote", "referred elsewhere")}


class ReasonNote(QLabel):
    """Follows a reason chooser; hidden when the chosen reason has no agreement."""

    def __init__(self, reasons: Sequence, parent: QWidget | None = None):  # Reason-like items
        super().__init__(parent)
        self.reasons = {r.id: r for r in reasons}
        self.setWordWrap(True)
        self.setObjectName("reasonNote")
        self.setMaximumWidth(460)
        self.hide()

    def show_reason(self, reason_id: str | None) -> None:
        reason = self.reasons.get(reason_id) if reason_id else None
        agreement = getattr(reason, "agreement", None)
        usual = getattr(reason, "usual_outcome", None)
        if reason is None or not (agreement or usual):
            self.clear()
            self.hide()
            return
        parts = []
        if agreement:
            parts.append("<b>" + self.tr("How we handle this:") + "</b> " + escape(agreement))
        if usual:
            said = translate("ReasonNote", OUTCOME_WORDS[usual]) if usual in OUTCOME_WORDS \
                else usual
            parts.append("<b>" + self.tr("Usually:") + "</b> " + escape(said))
        if reason.demand == "failure":
            parts.append("<i>" + self.tr("Failure demand: the customer contacts us because "
                                         "something went wrong before.") + "</i>")
        self.setText("<br>".join(parts))
        self.show()
