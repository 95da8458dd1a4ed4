"""A calm card over the page: a short message and one or two big buttons.

Used for "a nurse is on the way", the check-in invitation and "saving is
taking a moment". The card covers only the page area (the call-a-nurse button
in the top bar stays reachable) and dims what is behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.views.accessibility import announce, name

CARD_WIDTH = 880
CARD_MARGIN = 56


@dataclass(frozen=True)
class CardButton:
    """One button of a card: the key it reports, its text and its style role."""

    key: str
    text: str
    role: str = "primary"


@dataclass(frozen=True)
class Card:
    """What a card says.

    Attributes:
        key: names the card (``alert``, ``invite``, ``saving``...).
        title: the first, larger line.
        body: the calm explanation.
        buttons: the choices; none for a card the app dismisses itself.
        remake: builds the same card again in the current language (None: keep the words).
    """

    key: str
    title: str
    body: str
    buttons: tuple[CardButton, ...] = ()
    remake: Callable[[], Card] | None = field(default=None, compare=False, repr=False)


class MessageCard(QWidget):
    """An overlay that follows the size of its host and shows one :class:`Card`.

    Attributes:
        card: the card shown, or None while hidden.
        title_label: the title line.
        body_label: the message.
        buttons: key -> button of the card shown.

    Signals:
        chosen(str, str): (card key, button key) when a button is tapped.
    """

    chosen = Signal(str, str)

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self.setObjectName("messageScrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card: Card | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._frame = QFrame(self)
        self._frame.setObjectName("messageCard")
        self._frame.setFixedWidth(CARD_WIDTH)
        self.title_label = QLabel(self._frame)
        self.title_label.setObjectName("messageTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_label = QLabel(self._frame)
        self.body_label.setObjectName("messageBody")
        self.body_label.setWordWrap(True)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(24)
        inner = QVBoxLayout(self._frame)
        inner.setContentsMargins(CARD_MARGIN, 48, CARD_MARGIN, 48)
        inner.setSpacing(28)
        inner.addWidget(self.title_label)
        inner.addWidget(self.body_label)
        inner.addLayout(self._button_row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self._frame, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        host.installEventFilter(self)
        self.hide()

    def show_card(self, card: Card) -> None:
        """Show ``card`` (replacing any card shown)."""
        self._fill(card)
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()
        # Nobody asked for this card: a screen reader says it at once.
        name(self._frame, card.title, card.body)
        announce(self._frame, f"{card.title}. {card.body}")

    def _fill(self, card: Card) -> None:
        self.card = card
        self.title_label.setText(card.title)
        self.body_label.setText(card.body)
        for label in (self.title_label, self.body_label):
            # The theme sets these fonts; wrap with the real font, not the default one.
            label.ensurePolished()
            label.setMinimumHeight(label.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN))
        for button in self.buttons.values():
            self._button_row.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self.buttons = {}
        for spec in card.buttons:
            button = QPushButton(spec.text, self._frame)
            button.setObjectName(f"card_{spec.key}")
            button.setProperty("role", spec.role)
            button.setMinimumSize(280, 88)
            button.clicked.connect(lambda _=False, k=spec.key: self._chose(k))
            self._button_row.addWidget(button)
            self.buttons[spec.key] = button

    def dismiss(self) -> None:
        """Hide the card."""
        self.card = None
        self.hide()

    def clear(self) -> None:
        """Hide the card and forget its text."""
        self.dismiss()
        self.title_label.clear()
        self.body_label.clear()

    def _chose(self, key: str) -> None:
        card = self.card
        if card is not None:
            self.chosen.emit(card.key, key)

    def changeEvent(self, event: QEvent) -> None:
        """On a language switch, say the card shown (or held during rest) in the new words."""
        if event.type() == QEvent.Type.LanguageChange and self.card is not None \
                and self.card.remake is not None:
            self._fill(self.card.remake())
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the host's size."""
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False


def buttons(*specs: tuple[str, str, str]) -> tuple[CardButton, ...]:
    """Build card buttons from ``(key, text, role)`` triples."""
    return tuple(CardButton(k, t, r) for k, t, r in specs)


__all__: Sequence[str] = ("Card", "CardButton", "MessageCard", "buttons")
