"""The live board's cards: one per channel, one for the backlog, and the suggestion bar.

A card shows one big figure (tabular digits, so a ticking number does not jiggle) with its unit,
then a line or two in medium print and a line of small print. Sizes follow the application font;
colours follow the palette, except red, which marks only a customer-facing breach (a queue
waiting beyond its target) and always comes with words.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from balans.core.i18n import fill, translate
from balans.core.live.durations import wait_text
from balans.core.live.model import BacklogLive, ChannelLive
from balans.core.words import label
from balans.desktop.i18n import number
from balans.desktop.resources import set_state

BIG = 2.6  # the figure that matters, relative to the application font
MEDIUM = 1.15
SMALL = 0.9


class Cards(QObject):
    """The context of this module's sentences for Qt's translator: ``Cards.tr(text, "", n)``
    is how lupdate sees a plural outside a Qt class."""


def scaled(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    if weight is not None:
        font.setWeight(weight)
    try:  # tabular figures: all digits equally wide
        font.setFeature(QFont.Tag("tnum"), 1)
    except (AttributeError, TypeError):  # pragma: no cover - Qt before 6.7
        pass
    return font


NBSP = "\u00a0"  # keeps a number with its unit when a line wraps


def duration_text(seconds: float | None) -> str:
    """A wait or an age, with its unit, kept on one line: 48 s, 3 min, 26 h, 4 d."""
    return keep(wait_text(seconds))


def keep(text: str) -> str:
    """A phrase that should not break across lines."""
    return text.replace(" ", NBSP)


def target_text(seconds: float) -> str:
    if seconds >= 86400 and seconds % 86400 == 0:
        n = int(seconds // 86400)
        return keep(Cards.tr("%n day(s)", "", n))
    if seconds >= 3600 and seconds % 3600 == 0:
        return keep(fill(translate("Cards", "%1 h"), int(seconds // 3600)))
    if seconds >= 120 and seconds % 60 == 0:
        return keep(fill(translate("Cards", "%1 min"), int(seconds // 60)))
    return keep(fill(translate("Cards", "%1 s"), f"{seconds:g}"))


def percent(value: float | None) -> str:
    return "—" if value is None else fill(translate("Cards", "%1%"), round(value * 100))


@dataclass(frozen=True)
class CardText:
    """What a card says; ``breach`` turns its wait line red (and says so in words)."""

    figure: str
    unit: str
    line1: str
    line2: str
    small: str
    breach: bool = False


def channel_text(c: ChannelLive, target_s: float, sl_target: float,
                 elapsed_s: float = 0.0) -> CardText:
    """A channel at the snapshot's moment plus ``elapsed_s`` (the wait ticks without a reload)."""
    longest = None if c.longest_wait_s is None else c.longest_wait_s + max(0.0, elapsed_s)
    breach = longest is not None and longest > target_s
    over = " — " + keep(translate("Cards", "over target")) if breach else ""
    if c.channel == "email":
        return CardText(str(c.waiting), translate("Cards", "open"),
                        fill(translate("Cards", "oldest %1"), duration_text(longest)) + over,
                        fill(translate("Cards", "%1 answered today"), c.answered),
                        fill(translate("Cards", "target: answered within %1"),
                             target_text(target_s)), breach)
    sl = percent(c.service_level)
    if c.service_level is not None and c.service_level < sl_target:
        sl += " ▼"
    return CardText(str(c.waiting), translate("Cards", "waiting"),
                    fill(translate("Cards", "longest %1"), duration_text(longest)) + over,
                    fill(translate("Cards", "SL %1"), sl),
                    keep(fill(translate("Cards", "%1 offered"), c.offered)) + " · "
                    + keep(fill(translate("Cards", "target %1 in %2"), percent(sl_target),
                                target_text(target_s))),
                    breach)


def backlog_text(b: BacklogLive) -> tuple[str, str, str, str, str]:
    """(open, overdue, line1, line2, small) for the backlog card."""
    clear = "—" if b.days_to_clear is None else number(b.days_to_clear, 1)
    return (str(b.open), str(b.overdue),
            keep(fill(translate("Cards", "oldest %1"), duration_text(b.oldest_age_s))) + " · "
            + keep(fill(translate("Cards", "days to clear %1"), clear)),
            fill(translate("Cards", "due today %1"), b.due_today),
            fill(translate("Cards", "%1 in progress now"), b.in_progress))


class Card(QFrame):
    """Title, big figure with unit, two medium lines, one small line."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Equal shares of the strip (stretch), however long a line is: lines wrap instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        base = self.font()
        self.title = QLabel(title.upper())
        title_font = scaled(base, SMALL, QFont.Weight.DemiBold)
        title_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.title.setFont(title_font)
        self.figure = QLabel()
        self.figure.setTextFormat(Qt.TextFormat.RichText)
        self.figure.setFont(scaled(base, MEDIUM))
        self._big_pt = scaled(base, BIG).pointSizeF()
        self.line1 = QLabel()
        self.line1.setObjectName("cardLine1")
        self.line1.setFont(scaled(base, MEDIUM))
        self.line2 = QLabel()
        self.line2.setFont(scaled(base, MEDIUM))
        self.small = QLabel()
        self.small.setFont(scaled(base, SMALL))
        self.small.setWordWrap(True)
        self.small.setEnabled(False)  # the palette's quieter text colour, light and dark alike
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 10)
        box.setSpacing(2)
        for label in (self.title, self.figure, self.line1, self.line2, self.small):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setWordWrap(True)
            box.addWidget(label)
        box.addStretch(1)
        self._breach = False
        self._apply_style()

    def figure_html(self, *pairs: tuple[str, str]) -> str:
        """Big numbers with their units at medium size: "<b>4</b> waiting"."""
        parts = [f'<span style="font-size:{self._big_pt:.1f}pt; font-weight:600">{n}</span>'
                 f'&nbsp;{u}' for n, u in pairs]
        return "&nbsp; ".join(parts)  # a narrow card wraps between the pairs

    def set_breach(self, breach: bool) -> None:
        if breach != self._breach:
            self._breach = breach
            self._apply_style()

    @property
    def breach(self) -> bool:
        return self._breach

    def _apply_style(self) -> None:
        # The red edge and line: QFrame#card[breach="true"] in resources/style/balans.qss.
        set_state(self, "breach", self._breach)
        set_state(self.line1, "breach", self._breach)


class ChannelCard(Card):
    def __init__(self, channel: str, parent: QWidget | None = None):
        super().__init__(label(channel), parent)
        self.channel = channel
        self.text: CardText | None = None

    def show_channel(self, c: ChannelLive | None, target_s: float, sl_target: float,
                     elapsed_s: float = 0.0) -> None:
        if c is None:
            text = CardText("—", "", "", "", self.tr("no contacts"))
        else:
            text = channel_text(c, target_s, sl_target, elapsed_s)
        if text == self.text:
            return
        self.text = text
        self.figure.setText(self.figure_html((text.figure, text.unit)))
        self.line1.setText(text.line1)
        self.line2.setText(text.line2)
        self.small.setText(text.small)
        self.set_breach(text.breach)
        self.setAccessibleName(fill(self.tr("%1: %2 %3, %4"), self.title.text(), text.figure,
                                    text.unit, text.line1))


class BacklogCard(Card):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("BacklogCard", "Backlog"), parent)
        self.values: tuple[str, ...] = ()

    def show_backlog(self, b: BacklogLive) -> None:
        values = backlog_text(b)
        if values == self.values:
            return
        self.values = values
        open_n, overdue, line1, line2, small = values
        self.figure.setText(self.figure_html((open_n, self.tr("open")),
                                             (overdue, self.tr("overdue"))))
        self.line1.setText(line1)
        self.line2.setText(line2)
        self.small.setText(small)
        self.setAccessibleName(fill(self.tr("Backlog: %1 open, %2 overdue, %3"), open_n,
                                    overdue, line1))


class SuggestionBar(QFrame):
    """One suggestion at a time: what is happening, whom to ask, what it costs; two buttons."""

    accepted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suggestion")
        base = self.font()
        self.headline = QLabel()
        self.headline.setFont(scaled(base, MEDIUM, QFont.Weight.DemiBold))
        self.detail = QLabel()
        self.detail.setFont(scaled(base, MEDIUM))
        self.small = QLabel()  # what it costs: small, but in the normal text colour
        self.small.setFont(scaled(base, SMALL))
        for label in (self.headline, self.detail, self.small):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.accept_button = QPushButton(self.tr("Notify…"))
        self.accept_button.setFont(scaled(base, 1.05, QFont.Weight.DemiBold))
        self.later_button = QPushButton(self.tr("Not now"))
        for button in (self.accept_button, self.later_button):
            button.setMinimumHeight(int(button.fontMetrics().height() * 2.0))
        self.accept_button.clicked.connect(lambda _=False: self.accepted.emit())
        self.later_button.clicked.connect(lambda _=False: self.dismissed.emit())
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (self.headline, self.detail, self.small):
            text.addWidget(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(10)
        row.addLayout(text, 1)
        row.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_text(self, headline: str, detail: str, small: str, accept: str) -> None:
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.small.setText(small)
        self.small.setVisible(bool(small))
        self.accept_button.setText(accept)
