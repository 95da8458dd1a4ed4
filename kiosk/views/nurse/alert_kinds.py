"""The look of each kind of alert: a word, a colour and a symbol, never two alike.

The board, the paging banner and the legend all take their look from here,
so an urgent red flag can never be mistaken for an overdue check-in.
Colour pairs are (background, text), each at least 4.5:1 contrast.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from kiosk.domain.records import AlertRecord, Severity
from kiosk.views import domain_text


class AlertKind(StrEnum):
    """What kind of attention a bay needs."""

    URGENT = "urgent"
    REQUEST = "request"
    REVIEW = "review"
    OVERDUE = "overdue"
    TABLET = "tablet"


@dataclass(frozen=True)
class KindLook:
    """How one kind shows.

    Attributes:
        symbol: a glyph that differs in shape from every other kind's.
        background: cell or banner colour.
        text: text colour on it.
    """

    symbol: str
    background: str
    text: str


LOOKS: dict[AlertKind, KindLook] = {
    AlertKind.URGENT: KindLook("\u26a0", "#9b2c1a", "#ffffff"),   # warning sign, deep red
    AlertKind.REQUEST: KindLook("\u260e", "#1f4e8c", "#ffffff"),  # telephone, deep blue
    AlertKind.REVIEW: KindLook("\u25c6", "#fbeccb", "#7a4d00"),   # diamond, amber
    AlertKind.OVERDUE: KindLook("\u25f7", "#e8e2f4", "#4b2a7b"),  # clock face, lilac
    AlertKind.TABLET: KindLook("\u2298", "#3b3f45", "#ffffff"),   # circled slash, slate
}

translate = QCoreApplication.translate


def kind_of(alert: AlertRecord) -> AlertKind:
    """The kind of a stored alert."""
    return {Severity.URGENT: AlertKind.URGENT, Severity.REQUEST: AlertKind.REQUEST,
            Severity.REVIEW: AlertKind.REVIEW}[alert.severity]


def word(kind: AlertKind) -> str:
    """The kind's word, in the station's language."""
    return {
        AlertKind.URGENT: translate("AlertKinds", "Urgent"),
        AlertKind.REQUEST: translate("AlertKinds", "Patient request"),
        AlertKind.REVIEW: translate("AlertKinds", "Nurse review"),
        AlertKind.OVERDUE: translate("AlertKinds", "Check-in overdue"),
        AlertKind.TABLET: translate("AlertKinds", "Tablet not responding"),
    }[kind]


def label(kind: AlertKind) -> str:
    """Symbol and word, e.g. "⚠ Urgent"."""
    return f"{LOOKS[kind].symbol} {word(kind)}"


def cause_text(alert: AlertRecord) -> str:
    """What the alert is about, for staff (a call reads as a call, not a rule name)."""
    if alert.rule_id == "call-nurse":
        return translate("AlertKinds", "called a nurse")
    return domain_text.cause(alert)


def seen_text(alert: AlertRecord) -> str:
    """"Sam on the way" once a nurse acknowledged, else empty."""
    if not alert.is_seen:
        return ""
    name = (alert.seen_by or "").split(" ")[0] or translate("AlertKinds", "A nurse")
    return translate("AlertKinds", "%1 on the way").replace("%1", name)
