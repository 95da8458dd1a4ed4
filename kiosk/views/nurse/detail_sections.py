"""Pure helpers of the visit detail page: choice words, table rows, chart series."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.records import CheckinKind, CheckinStatus
from kiosk.services.board import VisitDetail
from kiosk.views.nurse.trend_chart import Series, Threshold

translate = QCoreApplication.translate  # lupdate reads translate("context", "words")


def moaas_choices() -> list[tuple[int, str]]:
    """MOAA/S 5 down to 0 with its words."""
    return [
        (5, translate("VisitDetailPage", "5 \u2013 responds readily to name in a normal voice")),
        (4, translate("VisitDetailPage", "4 \u2013 slow response to name in a normal voice")),
        (3, translate("VisitDetailPage", "3 \u2013 responds only to a loud or repeated name")),
        (2, translate("VisitDetailPage", "2 \u2013 responds only to mild prodding or shaking")),
        (1, translate("VisitDetailPage", "1 \u2013 responds only to a painful squeeze")),
        (0, translate("VisitDetailPage", "0 \u2013 no response to a painful squeeze")),
    ]


def ambulation_choices() -> list[tuple[int, str]]:
    """PADSS ambulation choices (score first)."""
    return [
        (2, translate("VisitDetailPage", "2 \u2013 steady gait, no dizziness")),
        (1, translate("VisitDetailPage", "1 \u2013 needs help")),
        (0, translate("VisitDetailPage", "0 \u2013 cannot walk, or dizzy")),
    ]


def nausea_choices() -> list[tuple[int, str]]:
    """PADSS nausea/vomiting choices (score first)."""
    return [
        (2, translate("VisitDetailPage", "2 \u2013 minimal, or treated by mouth")),
        (1, translate("VisitDetailPage", "1 \u2013 moderate, needed an injected drug")),
        (0, translate("VisitDetailPage", "0 \u2013 severe, continuing")),
    ]


def dissociation_choices() -> list[tuple[str, str]]:
    """The clinician's call on dissociation."""
    return [
        ("resolved", translate("VisitDetailPage", "Resolved")),
        ("present", translate("VisitDetailPage", "Present")),
    ]


CHECKIN_COLUMNS = [
    ("due", "Time"),
    ("status", "Status"),
    ("overall-feeling", "Feeling"),
    ("nausea", "Nausea"),
    ("vomiting", "Vomited"),
    ("dizziness", "Dizzy *"),
    ("pain", "Pain"),
    ("disconnected", "Disconnected *"),
    ("clarity", "Clarity *"),
    ("red-flags", "Red flags"),
    ("wants-nurse", "Wants nurse"),
]
"""Check-in table columns; a star marks a non-validated single item."""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("VisitDetailPage", "yes") if value else translate("VisitDetailPage", "no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def checkin_rows(detail: VisitDetail) -> list[list[str]]:
    """One row of text per recurring check-in, oldest first."""
    rows = []
    for c in detail.snapshot.checkins:
        if c.kind is not CheckinKind.CHECKIN:
            continue
        answers = detail.snapshot.answers.get(c.id, {})
        when = (c.completed_at or c.due_at).astimezone().strftime("%H:%M")
        status = {
            CheckinStatus.COMPLETED: translate("VisitDetailPage", "done"),
            CheckinStatus.STARTED: translate("VisitDetailPage", "started"),
            CheckinStatus.DUE: translate("VisitDetailPage", "due"),
            CheckinStatus.MISSED: translate("VisitDetailPage", "missed"),
        }[c.status]
        rows.append([when, status] + [_cell(answers.get(key)) for key, _ in CHECKIN_COLUMNS[2:]])
    return rows


def chart_series(detail: VisitDetail) -> list[Series]:
    """Nausea, dizziness, disconnection and clarity over completed check-ins."""
    specs = [
        ("nausea", translate("VisitDetailPage", "Nausea"), "#9b2c1a", "circle"),
        ("dizziness", translate("VisitDetailPage", "Dizziness *"), "#7a4d00", "square"),
        ("disconnected", translate("VisitDetailPage", "Disconnected *"), "#1a4f52", "triangle"),
        ("clarity", translate("VisitDetailPage", "Clarity *"), "#4a4a8a", "diamond"),
    ]
    done = detail.snapshot.completed(CheckinKind.CHECKIN)
    series = []
    for key, name, colour, marker in specs:
        points = tuple(
            (c.completed_at, v)
            for c in done
            if isinstance(v := detail.snapshot.answers.get(c.id, {}).get(key), int)
            and not isinstance(v, bool)
            and c.completed_at is not None
        )
        series.append(Series(name, colour, marker, points))
    return series


def thresholds() -> list[Threshold]:
    """Nausea 4 review and 7 urgent, disconnection 3 readiness limit (CLINICAL.md 5 and 7)."""
    return [
        Threshold(7, translate("VisitDetailPage", "nausea 7: urgent"), "#9b2c1a"),
        Threshold(4, translate("VisitDetailPage", "nausea 4: review"), "#7a4d00"),
        Threshold(3, translate("VisitDetailPage", "disconnected 3: limit"), "#1a4f52"),
    ]
