"""Demo patients for ``--demo`` and screenshots. Invented names only."""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.records import Treatment, VisitRecord
from kiosk.services.container import Services

DEMO_PATIENTS = (
    ("Maya R.", Treatment.IV_KETAMINE, 20),
    ("Jonah T.", Treatment.ESKETAMINE, 75),
    ("Priya K.", Treatment.IV_KETAMINE, 55),
    ("Luis M.", Treatment.ESKETAMINE, 130),
)


def seed_demo(services: Services, *, bay: str) -> list[VisitRecord]:
    """Open demo visits: the first in ``bay``, the rest in other bays, if none are open."""
    if services.visits.active():
        return []
    now = services.clock.now()
    created = []
    bays = [bay] + [f"Bay {n}" for n in range(2, 2 + len(DEMO_PATIENTS))]
    for (label, treatment, minutes_ago), where in zip(DEMO_PATIENTS, bays, strict=False):
        created.append(services.visits.start(
            patient_label=label, bay=where, treatment=treatment,
            infusion_end=now - timedelta(minutes=minutes_ago), baseline_systolic=124,
            baseline_diastolic=78, baseline_pulse=72, record_number=None))
    return created
