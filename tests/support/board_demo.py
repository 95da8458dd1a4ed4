"""Nurse-side sample data built through the real services (tests, screenshots, demo).

Invented names only. ``cheap_staff`` swaps in cheap scrypt parameters: for tests
and screenshots, never for a real clinic.
"""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.records import CheckinKind, StaffRecord, Treatment, VisitRecord
from kiosk.services.container import Services
from kiosk.services.observations import ObservationEntry
from kiosk.services.pin_hash import TEST_PARAMS
from kiosk.services.staff import StaffService

GOOD_ENTRY = ObservationEntry(systolic=124, diastolic=78, pulse=72, spo2=98, on_room_air=True,
                              moaas=5, ambulation=2, nausea_vomiting=2, pain=1,
                              dissociation="resolved", resp_rate=14)


def cheap_staff(services: Services) -> StaffService:
    """Swap in a staff service with cheap scrypt parameters and return it."""
    services.staff = StaffService(services.db, services.clock, TEST_PARAMS)
    return services.staff


def admin(services: Services, name: str = "Ada Admin") -> StaffRecord:
    """Create the first admin (cheap hashes)."""
    return cheap_staff(services).create_first_admin(name, "246810")


def admin_and_nurse(services: Services, nurse_pin: str,
                    name: str = "Nia Nurse") -> tuple[StaffRecord, StaffRecord]:
    """The first admin (:func:`admin`) and a nurse she adds with ``nurse_pin`` (cheap hashes)."""
    boss = admin(services)
    return boss, services.staff.add_staff(name, nurse_pin, by_id=boss.id)


def visit(services: Services, label: str = "Maya R.", bay: str = "Bay 1", *,
          minutes_ago: float = 30, treatment: Treatment = Treatment.IV_KETAMINE) -> VisitRecord:
    """Open a visit whose dosing ended ``minutes_ago``."""
    return services.visits.start(
        patient_label=label, bay=bay, treatment=treatment,
        infusion_end=services.clock.now() - timedelta(minutes=minutes_ago),
        baseline_systolic=124, baseline_diastolic=78, baseline_pulse=72)


def checkin(services: Services, visit_id: int, answers: dict,
            kind: CheckinKind = CheckinKind.CHECKIN, *, complete: bool = True) -> int:
    """Answer a check-in now and (by default) complete it; return its id."""
    record = services.checkins.start_now(visit_id, kind)
    for link_id, value in answers.items():
        services.checkins.record_answer(record.id, link_id, value)
    if complete:
        services.checkins.complete(record.id)
    return record.id


READY_ANSWERS = {"asq-1": "no", "asq-2": "no", "asq-3": "no", "asq-4": "no",
                 "escort-confirmed": True, "no-driving-ack": True}
CALM_CHECKIN = {"overall-feeling": "calm", "nausea": 1, "vomiting": False, "dizziness": 1,
                "pain": 1, "disconnected": 1, "clarity": 8, "red-flags": ["none"],
                "wants-nurse": False}


def make_ready(services: Services, visit_id: int) -> None:
    """Two good observations 20 min apart, a calm check-in, a ready-to-go form, the escort.

    The nurse confirms the escort: the patient's own "yes" is not a confirmation.
    """
    services.observations.record(visit_id, GOOD_ENTRY, staff_id=None)
    services.clock.advance(minutes=20)  # type: ignore[attr-defined]
    services.observations.record(visit_id, GOOD_ENTRY, staff_id=None)
    checkin(services, visit_id, CALM_CHECKIN)
    checkin(services, visit_id, READY_ANSWERS, CheckinKind.READY_TO_GO)
    services.observations.set_escort(visit_id, True, staff_id=None)
