"""The calming hub: big, friendly tiles for the activities a patient may try while resting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.forms.calming_hub_page import Ui_CalmingHubPage

ACTIVITIES: tuple[str, ...] = ("breathing", "grounding", "scenes", "expect", "journal")


class CalmingHubPage(QWidget):
    """Offers the calming activities and a way to check in early.

    Attributes:
        form: the Designer form.

    Signals:
        activity_chosen(str): one of :data:`ACTIVITIES` was tapped.
        checkin_requested: the patient wants to answer the check-in now.
    """

    activity_chosen = Signal(str)
    checkin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CalmingHubPage()
        self.form.setupUi(self)
        for key, button in self.tiles().items():
            button.clicked.connect(lambda _checked=False, k=key: self.activity_chosen.emit(k))
        self.form.checkinButton.clicked.connect(self.checkin_requested)

    def tiles(self) -> dict[str, QPushButton]:
        """The tile of each activity, by key."""
        f = self.form
        return {"breathing": f.breathingTile, "grounding": f.groundingTile,
                "scenes": f.scenesTile, "expect": f.expectTile, "journal": f.journalTile}

    def start(self) -> None:
        """The hub is shown; nothing to start."""

    def stop(self) -> None:
        """The hub is hidden; nothing runs."""

    def clear(self) -> None:
        """The hub holds nothing about the patient."""

    def changeEvent(self, event: QEvent) -> None:
        """Re-read every text after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
        super().changeEvent(event)
