"""Databases the benchmarks start from: a bay with a patient mid-check-in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bench.common import ROOT
from kiosk.app import Prepared, prepare
from kiosk.domain.clock import Clock
from kiosk.domain.records import Treatment, VisitRecord
from kiosk.inputs import Options
from kiosk.paths import AppPaths

BAY = "Bay 1"
ADMIN_PIN = "482916"


def bay_options(station: str = BAY) -> Options:
    """The command-line options of a bay tablet on the default database."""
    return Options(db_url=None, config=None, windowed=False, demo=False, station=station)


def prepared_at(data_dir: Path, *, clock: Clock | None = None) -> Prepared:
    """Open (creating and migrating) the app's database in ``data_dir``, as the app does.

    The clinic is set up: an admin account exists, so tablets show the patient
    flow rather than the first-run page.
    """
    prepared = prepare(bay_options(), paths=AppPaths(root=ROOT, data_dir=data_dir), clock=clock)
    staff = prepared.services.staff
    if staff.needs_first_run():
        staff.create_first_admin("Bench Admin", ADMIN_PIN)
    return prepared


def patient_mid_checkin(prepared: Prepared, *, bay: str = BAY,
                        answered: int = 2) -> VisitRecord:
    """A recovering patient in ``bay`` with a started check-in, a few items answered.

    This is what a tablet finds when it restarts after a crash.
    """
    services = prepared.services
    now = services.clock.now()
    visit = services.visits.start(patient_label="Maya R.", bay=bay,
                                  treatment=Treatment.IV_KETAMINE,
                                  infusion_end=now - timedelta(minutes=20),
                                  baseline_systolic=124, baseline_diastolic=78,
                                  baseline_pulse=72)
    checkin = services.checkins.start_now(visit.id)
    q = services.checkins.questionnaire_for(checkin)
    answers: dict[str, object] = {}
    item = q.next_item(answers, None)
    while item is not None and len(answers) < answered:
        value = sample_answer(item)
        if value is not None:
            services.checkins.record_answer(checkin.id, item.link_id, value)
            answers[item.link_id] = value
        item = q.next_item(answers, item.link_id)
    return visit


def sample_answer(item: object) -> object:
    """A calm, valid answer to an item (None for display items)."""
    kind = str(getattr(item, "type", "")).lower()
    options = getattr(item, "options", ())
    if "choice" in kind and options:
        codes = [o.code for o in options]
        for calm in ("calm", "better", "none", "no", "yes"):
            if calm in codes:
                return [calm] if getattr(item, "repeats", False) else calm
        return [codes[0]] if getattr(item, "repeats", False) else codes[0]
    if "boolean" in kind:
        return False
    if "integer" in kind:
        return int(getattr(item, "min_value", None) or 0) + 1
    return None
