"""The paging banner: over whatever page is open, the alert waiting longest for a nurse.

It shows the most urgent item the :class:`~kiosk.views.nurse.pager.Pager`
holds, in that kind's word, colour and symbol, with a one-tap "I'm on my way".
It stays until a nurse acknowledges (UL 1069: a call's visual stays until
reset). Where the station cannot play sound it says so, and shows all the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.views.nurse import alert_kinds as kinds
from kiosk.views.nurse.alert_kinds import LOOKS, AlertKind
from kiosk.views.nurse.pager import BannerItem, Pager

BUTTON_HEIGHT = 56


class PagingBanner(QFrame):
    """The banner above the pages.

    Attributes:
        pager: where the items come from.
        item: the item shown, or None (then the banner is hidden).
        title, detail, more: the banner's labels.
        on_way_button: the one-tap acknowledgement.
        sound_label: "sound is off" where no chime can play.

    Signals:
        acknowledge_requested(int): "I'm on my way" for this alert id.
        tablet_taken(str): a nurse will check this bay's quiet tablet.
    """

    acknowledge_requested = Signal(int)
    tablet_taken = Signal(str)

    def __init__(self, pager: Pager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagingBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.pager = pager
        self.item: BannerItem | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 4, 10, 4)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("pagingTitle")
        self.detail = QLabel(self)
        self.detail.setObjectName("pagingDetail")
        self.sound_label = QLabel(self)
        self.sound_label.setObjectName("pagingSoundOff")
        for label in (self.title, self.detail, self.sound_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            texts.addWidget(label)
        row.addLayout(texts, 1)
        self.more = QLabel(self)
        row.addWidget(self.more)
        self.on_way_button = QPushButton(self)
        self.on_way_button.setObjectName("onMyWayButton")
        self.on_way_button.setMinimumSize(260, BUTTON_HEIGHT)
        row.addWidget(self.on_way_button)
        self.on_way_button.clicked.connect(self._tapped)
        pager.items_changed.connect(self.update_banner)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Word the banner in the current language."""
        self.update_banner()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_banner(self) -> None:
        """Show the first waiting item, or hide when nothing waits."""
        items = self.pager.items
        self.item = items[0] if items else None
        if self.item is None:
            for label in (self.title, self.detail, self.more, self.sound_label):
                label.clear()  # no patient's name lingers in a hidden banner
            self.hide()
            return
        item = self.item
        look = LOOKS[item.kind]
        overdue = self.tr("Waiting too long \u2013 ") if item.escalated else ""
        self.title.setText(f"{overdue}{kinds.label(item.kind)} \u00b7 {item.bay}")
        self.detail.setText(self._detail(item))
        self.more.setText(self.tr("+%1 more").replace("%1", str(len(items) - 1))
                          if len(items) > 1 else "")
        self.on_way_button.setText(self.tr("I'll check it") if item.kind is AlertKind.TABLET
                                   else self.tr("I'm on my way"))
        reason = self.pager.sound_off_reason
        self.sound_label.setText(self.tr("Sound is off on this station: watch this banner.")
                                 if reason else "")
        self.sound_label.setVisible(bool(reason))
        border = "#ffffff" if item.escalated else look.background
        self.setStyleSheet(
            f"QFrame#pagingBanner {{ background: {look.background}; border: 4px solid {border};"
            f" border-radius: 10px; }}"
            f" QLabel {{ color: {look.text}; background: transparent; }}"
            " QLabel#pagingTitle { font-size: 17pt; font-weight: bold; }"
            " QLabel#pagingDetail { font-size: 16pt; }"
            " QLabel#pagingSoundOff { font-size: 16pt; font-style: italic; }"
            # The one action, unmistakable on every kind's colour.
            " QPushButton#onMyWayButton { background: #ffffff; color: #1d2a33;"
            " border: 2px solid #ffffff; border-radius: 8px; font-size: 16pt;"
            " font-weight: bold; padding: 6px 18px; }")
        self.show()
        self.raise_()

    def _detail(self, item: BannerItem) -> str:
        who = item.patient_label or self.tr("No patient in this bay")
        if item.alert is None:
            return self.tr("%1 \u2013 the bay's tablet has stopped reporting").replace("%1", who)
        since = item.alert.raised_at.astimezone().strftime("%H:%M")
        return f"{who} \u2013 {kinds.cause_text(item.alert)} ({since})"

    def _tapped(self) -> None:
        item = self.item
        if item is None:
            return
        if item.alert is None:
            self.tablet_taken.emit(item.bay)
            self.pager.mute(item.key)
        else:
            self.acknowledge_requested.emit(item.alert.id)
