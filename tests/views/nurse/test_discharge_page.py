"""Discharge page: every criterion with its rule, override reason, PIN pad, the sheet."""

from __future__ import annotations

import stat
from datetime import UTC, datetime

import pytest

from kiosk.domain.messages import Message
from kiosk.domain.readiness import Criterion, Readiness, Verdict
from kiosk.domain.records import CheckinKind, Treatment, VisitStatus
from kiosk.services.discharge import DischargeService
from kiosk.views.nurse.discharge_page import DischargePage
from tests.support.board_demo import admin_and_nurse

PIN = "135790"


@pytest.fixture
def nurse(services):
    return admin_and_nurse(services, PIN)[1]


@pytest.fixture
def visit(services):
    return services.visits.start(patient_label="Maya R.", bay="Bay 2",
                                 treatment=Treatment.IV_KETAMINE)


def _verdict(services, verdict, *, hard_unmet=False):
    criteria = (
        Criterion("padss", verdict is Verdict.READY, Message.plain("PADSS 10 then 9"),
                  Message.plain("PADSS 9 or more twice"),
                  hard=False),
        Criterion("alerts", not hard_unmet, Message.plain("An alert is open"),
                  Message.plain("No open alert"), hard=True),
    )
    services.discharge = DischargeService(
        visits=services.visits, checkins=services.checkins, journal=services.journal,
        audit=services.audit, staff=services.staff,
        readiness=lambda _id: Readiness(verdict, criteria,
                                        datetime(2026, 1, 5, 10, tzinfo=UTC)),
        settings=services.settings, exports=services.paths.exports, clock=services.clock,
        rems=services.rems, resources=services.paths.resources)


@pytest.fixture
def page(qtbot, services, nurse):
    widget = DischargePage(services, nurse)
    qtbot.addWidget(widget)
    return widget


def _rows(page):
    host = page.form.criteriaHost
    return {w.objectName(): w for w in host.findChildren(type(host))
            if w.objectName().startswith("criterion_")}


def test_real_readiness_shows_every_criterion_and_its_rule(page, services, visit):
    page.open_visit(visit.id)
    readiness = services.readiness.assess(visit.id)
    rows = _rows(page)
    assert set(rows) == {f"criterion_{c.key}" for c in readiness.criteria}
    for c in readiness.criteria:
        text = rows[f"criterion_{c.key}"].findChild(type(page.form.titleLabel), "rule").text()
        assert c.rule in text
    assert "Not yet" in page.form.verdictLabel.text() or "attention" in \
        page.form.verdictLabel.text()
    assert "Maya R." in page.form.titleLabel.text()


def test_override_needs_a_reason_then_the_pin(page, services, visit, qtbot):
    _verdict(services, Verdict.NOT_YET)
    page.open_visit(visit.id)
    assert page.form.overrideEdit.isVisibleTo(page)
    with qtbot.assertNotEmitted(page.discharged):
        page.pin_pad.type_pin(PIN)
    assert "at least 10 characters" in page.form.messageLabel.text()
    page.form.overrideEdit.setPlainText("Doctor reviewed; escort here.")
    with qtbot.assertNotEmitted(page.discharged):
        page.pin_pad.type_pin("000001")
    assert "Wrong PIN" in page.form.messageLabel.text()
    assert services.visits.get(visit.id).status is VisitStatus.RECOVERING
    with qtbot.waitSignal(page.discharged) as blocker:
        page.pin_pad.type_pin(PIN)
    assert blocker.args == [visit.id]
    closed = services.visits.get(visit.id)
    assert closed.status is VisitStatus.DISCHARGED
    assert closed.override_reason == "Doctor reviewed; escort here."
    assert page.form.modeStack.currentWidget() is page.form.donePage
    assert stat.S_IMODE(page.sheet.stat().st_mode) == 0o600
    assert "Maya" not in page.sheet.name
    assert page.form.sheetLabel.text() == (
        f"Take-home sheet saved: {page.sheet.name} in the folder {page.sheet.parent.name}")


def test_ready_patient_needs_only_the_pin(page, services, visit, qtbot):
    _verdict(services, Verdict.READY)
    page.open_visit(visit.id)
    assert not page.form.overrideEdit.isVisibleTo(page)
    assert "Ready to go home" in page.form.verdictLabel.text()
    with qtbot.waitSignal(page.discharged):
        page.pin_pad.type_pin(PIN)
    assert services.visits.get(visit.id).override_reason is None
    actions = [e.action for e in services.audit.events()]
    assert "visit_discharged" in actions and "discharge_override" not in actions


def test_a_blocking_criterion_disables_the_pad(page, services, visit):
    _verdict(services, Verdict.NEEDS_ATTENTION, hard_unmet=True)
    page.open_visit(visit.id)
    assert not page.pin_pad.isEnabled()
    assert "Cannot discharge yet: An alert is open" in page.form.messageLabel.text()
    first = next(iter(_rows(page)))
    assert first == "criterion_alerts"  # the blocking item is listed first


def test_going_home_questions_are_sent_to_the_tablet(page, services, visit, qtbot):
    page.open_visit(visit.id)
    with qtbot.waitSignal(page.ready_to_go_requested):
        page.form.readyToGoButton.click()
    assert [c.kind for c in services.checkins.history(visit.id)] == [CheckinKind.READY_TO_GO]
    assert "Bay 2" in page.form.messageLabel.text()


def test_unmet_items_come_first_with_their_rule_and_met_ones_take_one_line(page, services,
                                                                          visit):
    _verdict(services, Verdict.NOT_YET)  # PADSS unmet, no open alert met
    page.open_visit(visit.id)
    page.show()
    rows = _rows(page)
    order = [page.form.criteriaLayout.itemAt(i).widget().objectName()
             for i in range(page.form.criteriaLayout.count())
             if page.form.criteriaLayout.itemAt(i).widget() is not None]
    assert order == ["criterion_padss", "criterion_alerts"]
    unmet, met = rows["criterion_padss"], rows["criterion_alerts"]
    assert unmet.findChild(type(page.form.titleLabel), "rule").isVisible()
    assert not met.findChild(type(page.form.titleLabel), "rule").isVisible()
    assert "No open alert" in met.toolTip()  # the rule is still one hover away


def test_without_a_visit_nothing_can_be_signed(page):
    assert not page.form.signPanel.isEnabled()
    assert not page.form.overrideEdit.isVisibleTo(page)  # no reason to write yet
    page.open_visit(9999)
    assert not page.form.signPanel.isEnabled()


def test_esketamine_rems_is_reviewed_and_answered_before_signing(page, services, qtbot):
    dosed = services.clock.now()
    visit = services.visits.start(patient_label="Rosa T.", bay="Bay 6",
                                  treatment=Treatment.ESKETAMINE, dose_mg=56,
                                  infusion_end=dosed, baseline_systolic=130,
                                  baseline_diastolic=80, baseline_pulse=70)
    services.clock.advance(minutes=125)
    _verdict(services, Verdict.READY)
    page.open_visit(visit.id)
    assert page.rems_scroll.isVisibleTo(page)
    fields = page.rems.fields.text()
    assert "56 mg" in fields and "130/80 (before the dose)" in fields
    assert "respiratory depression" in page.rems.needs.text()
    with qtbot.assertNotEmitted(page.discharged):
        page.pin_pad.type_pin(PIN)
    assert "respiratory depression (yes or no)" in page.form.messageLabel.text()
    assert services.visits.get(visit.id).status is VisitStatus.RECOVERING
    with qtbot.waitSignal(page.rems.changed):
        page.rems.no_button.click()
    assert services.visits.get(visit.id).respiratory_depression is False
    assert "respiratory depression" not in page.rems.needs.text().lower()
    with qtbot.waitSignal(page.discharged):
        page.pin_pad.type_pin(PIN)
    (pdf,) = (services.paths.exports / "rems").glob("rems-visit-*.pdf")
    shown = page.form.sheetLabel.text()
    # The nurse reads file and folder names, never a long path.
    assert f"REMS record saved: {pdf.name} in the folder rems" in shown
    assert str(services.paths.exports) not in shown and "/" not in shown
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert "rems_record_written" in [e.action for e in services.audit.events()]


def test_an_iv_visit_has_no_rems_review(page, visit):
    page.open_visit(visit.id)
    assert not page.rems_scroll.isVisibleTo(page)
