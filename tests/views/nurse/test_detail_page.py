"""The visit detail page: observations with live PADSS, acknowledging alerts, sign-offs."""

from __future__ import annotations

from kiosk.domain.records import Severity
from kiosk.views.nurse.visit_detail_page import VisitDetailPage
from tests.support.board_demo import CALM_CHECKIN, admin, checkin, visit


def _page(qtbot, services, visit_id):
    page = VisitDetailPage(services, admin(services))
    qtbot.addWidget(page)
    page.show_visit(visit_id)
    return page


def _choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_entering_observations_shows_padss_and_stores_it(qtbot, services):
    v = visit(services)
    page = _page(qtbot, services, v.id)
    f = page.form
    assert not f.saveObservationButton.isEnabled()
    f.systolicSpin.setValue(150)  # 21 % above 124: vital signs score 1
    f.diastolicSpin.setValue(80)
    f.pulseSpin.setValue(75)
    f.spo2Spin.setValue(97)
    f.painSpin.setValue(2)
    _choose(f.moaasCombo, 5)
    _choose(f.ambulationCombo, 2)
    _choose(f.nauseaCombo, 2)
    _choose(f.dissociationCombo, "resolved")
    assert "9 / 10" in f.padssLabel.text()
    assert "not applicable (2)" in f.padssLabel.text()
    with qtbot.waitSignal(page.visit_changed):
        f.saveObservationButton.click()
    (stored,) = services.observations.history(v.id)
    assert (stored.systolic, stored.padss_total, stored.dissociation) == (150, 9, "resolved")
    assert f.observationTable.rowCount() == 1
    assert f.observationMessage.text() == "Saved."


def test_low_spo2_entry_raises_an_alert_shown_on_the_page(qtbot, services):
    v = visit(services)
    page = _page(qtbot, services, v.id)
    f = page.form
    for spin, value in ((f.systolicSpin, 124), (f.diastolicSpin, 78), (f.pulseSpin, 72),
                        (f.spo2Spin, 89), (f.painSpin, 0)):
        spin.setValue(value)
    for combo, value in ((f.moaasCombo, 5), (f.ambulationCombo, 2), (f.nauseaCombo, 2),
                         (f.dissociationCombo, "resolved")):
        _choose(combo, value)
    f.saveObservationButton.click()
    assert "Alert raised" in f.observationMessage.text()
    assert f.alertList.count() == 1 and f.acknowledgeButton.isEnabled()


def test_acknowledging_an_alert_through_the_page(qtbot, services):
    v = visit(services)
    services.alerts.raise_alert(v.id, "Chest pain", Severity.URGENT)
    page = _page(qtbot, services, v.id)
    f = page.form
    assert f.alertList.item(0).text().startswith("Open urgent")
    assert page.detail.readiness.verdict.value == "needs_attention"
    f.noteEdit.setText("ECG normal")
    f.acknowledgeButton.click()
    (alert,) = services.alerts.for_visit(v.id)
    assert not alert.is_open and alert.note == "ECG normal"
    assert alert.acknowledged_by == "Ada Admin"
    assert f.alertList.item(0).text().startswith("Dealt with")
    assert not f.acknowledgeButton.isEnabled()


def test_chart_table_journal_and_sign_offs(qtbot, services):
    v = visit(services)
    checkin(services, v.id, CALM_CHECKIN)
    services.clock.advance(minutes=15)
    checkin(services, v.id, {**CALM_CHECKIN, "nausea": 5})
    services.journal.save(v.id, "private words", shared=False)
    page = _page(qtbot, services, v.id)
    f = page.form
    assert f.checkinTable.rowCount() == 2
    assert [len(s.points) for s in page.chart.series] == [2, 2, 2, 2]
    assert not f.tabs.isTabVisible(f.tabs.indexOf(f.journalTab))
    assert f.journalText.toPlainText() == ""
    services.journal.save(v.id, "shared words", shared=True)
    f.escortCheck.click()
    assert services.visits.get(v.id).escort_confirmed
    assert f.tabs.isTabVisible(f.tabs.indexOf(f.journalTab))
    assert f.journalText.toPlainText() == "shared words"
    f.safetyButton.click()
    assert services.visits.get(v.id).safety_assessed_at is not None
    assert not f.safetyButton.isEnabled()
    page.grab()  # paints the chart with real data without warnings


def test_an_alert_raised_elsewhere_shows_on_the_open_page_without_polling(qtbot, services,
                                                                          clock):
    from kiosk.services.alerts import AlertService
    from kiosk.storage.db import open_database

    v = visit(services)
    services.start_live()
    assert services.remote is not None and services.remote.ready.wait(5)
    page = _page(qtbot, services, v.id)
    page.show()
    assert page.form.alertList.count() == 0
    other = open_database(services.db.url)  # another device's connection and origin
    try:
        AlertService(other, clock).raise_alert(v.id, "Vomiting", Severity.URGENT)
    finally:
        other.close()
    qtbot.waitUntil(lambda: page.form.alertList.count() == 1, timeout=2000)
    assert "Vomiting" in page.form.alertList.item(0).text()
