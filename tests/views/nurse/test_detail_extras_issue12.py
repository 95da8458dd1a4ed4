"""Visit detail: the two ASQ clinician records and what the esketamine REMS still needs."""

from __future__ import annotations

from kiosk.domain.records import CheckinKind, Treatment
from kiosk.views.nurse.visit_detail_page import VisitDetailPage
from tests.support.board_demo import GOOD_ENTRY, admin, checkin, visit

ACUTE = {"asq-1": "yes", "asq-2": "no", "asq-3": "no", "asq-4": "no", "asq-5": "yes"}


def _page(qtbot, services, visit_id):
    boss = services.staff.active_staff()[0] if not services.staff.needs_first_run() \
        else admin(services)
    page = VisitDetailPage(services, boss)
    qtbot.addWidget(page)
    page.show_visit(visit_id)
    return page


def test_brief_and_full_records_are_two_buttons_each_clearing_its_own(qtbot, services):
    v = visit(services, minutes_ago=130)
    checkin(services, v.id, ACUTE, CheckinKind.READY_TO_GO)
    page = _page(qtbot, services, v.id)
    brief, full = page.safety.brief_button, page.safety.full_button
    assert brief.text() == "Record brief safety assessment"
    assert full.text() == "Record full safety evaluation"
    with qtbot.waitSignal(page.visit_changed):
        brief.click()
    assert not brief.isEnabled() and full.isEnabled()
    assert not services.readiness.assess(v.id).criterion("asq").met  # acute: brief is not enough
    with qtbot.waitSignal(page.visit_changed):
        full.click()
    assert not full.isEnabled()
    assert services.readiness.assess(v.id).criterion("asq").met
    assert "Full safety evaluation recorded at" in page.form.signOffLabel.text()


def test_rems_needs_shown_for_esketamine_only(qtbot, services):
    iv = visit(services, "Ivy I.", "Bay 2", minutes_ago=50)
    page = _page(qtbot, services, iv.id)
    assert page.rems_needs.isHidden()
    es = services.visits.start(patient_label="Esme E.", bay="Bay 3",
                               treatment=Treatment.ESKETAMINE, dose_mg=84,
                               infusion_end=services.clock.now(),
                               baseline_systolic=124, baseline_diastolic=78, baseline_pulse=72)
    services.clock.advance(minutes=50)
    page = _page(qtbot, services, es.id)
    assert not page.rems_needs.isHidden()
    text = page.rems_needs.text()
    assert "Blood pressure at about 40 minutes" in text
    assert "; respiratory depression: yes or no" in text  # one sentence, later clauses lower
    assert "Dose" not in text  # entered at the start
    services.observations.record(es.id, GOOD_ENTRY, staff_id=None)
    page.refresh()
    assert "about 40 minutes" not in page.rems_needs.text()
    assert "end of monitoring" in page.rems_needs.text()
