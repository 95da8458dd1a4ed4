"""A Spanish clinic reads the domain's words in Spanish: criteria, rules, PADSS, alerts, REMS.

The visit page, the board and the discharge page are rendered in Spanish for a
visit with unmet criteria, PADSS points lost and open alerts; every text they
show (labels, buttons, list and tab texts, table cells and tooltips) is checked
against the English rendering of every message the domain gave for that visit,
and against the fixed words of every English template.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QWidget,
)

from kiosk.domain.messages import (
    ENGLISH,
    PLAIN,
    RULE_CAUSE,
    Message,
    cause_message,
    placeholders,
)
from kiosk.domain.records import Treatment
from kiosk.services.discharge import DischargeRefused
from kiosk.services.observations import ObservationEntry, padss_for
from kiosk.views import domain_text
from kiosk.views.i18n import Translations
from kiosk.views.nurse.board_page import BoardPage
from kiosk.views.nurse.discharge_page import DischargePage
from kiosk.views.nurse.visit_detail_page import VisitDetailPage
from tests.support.board_demo import admin, checkin, visit

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"
# Pulse 32 % above 72, SpO2 89 on room air (urgent alert), pain 5, needs help to walk.
POOR_ENTRY = ObservationEntry(systolic=130, diastolic=80, pulse=95, spo2=89, on_room_air=True,
                              moaas=4, ambulation=1, nausea_vomiting=1, pain=5,
                              dissociation="present")
NAUSEA_EN = "Nausea 4+ of 10: nurse review"  # recovery_checkin.json, rule nausea-review
NAUSEA_ES = "Náuseas 4+ de 10: revisión de enfermería"
QUEASY = {"overall-feeling": "okay", "nausea": 5, "vomiting": True, "dizziness": 2, "pain": 5,
          "disconnected": 6, "clarity": 6, "red-flags": ["none"], "wants-nurse": False}


@pytest.fixture
def spanish(qapp):
    switch = Translations(qapp, I18N)
    switch.use("es")
    yield switch
    switch.use("en")


def _english_fragments() -> set[str]:
    """The fixed words of every English template (two words or more), unless Spanish shares them."""
    spanish = set(domain_text.templates().values())
    fragments = set()
    for key, template in ENGLISH.items():
        if key == PLAIN:
            continue
        for part in re.split(r"\{\w+\}", template):
            part = part.strip(" ;:,()")
            if len(re.findall(r"[A-Za-z]{2,}", part)) >= 2 and not any(part in s for s in spanish):
                fragments.add(part)
    return fragments


def _shown_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [widget.toolTip(), widget.accessibleName()]
    return [html.unescape(re.sub(r"<[^>]+>", " ", t)) for t in texts if t]


def _english_of_visit(services, visit_id: int) -> set[str]:
    """The English rendering of every message the domain gives for this visit."""
    readiness = services.readiness.assess(visit_id)
    messages: list[Message] = [m for c in readiness.criteria for m in (c.detail, c.why)]
    snapshot_visit = services.visits.get(visit_id)
    score = padss_for(snapshot_visit, POOR_ENTRY)
    assert score is not None
    messages += [item.reason for item in score.items]
    messages += [cause_message(a.rule_id, a.cause)
                 for a in services.alerts.for_visit(visit_id, open_only=True)]
    messages += services.rems.missing(visit_id) or []
    return {m.english() for m in messages if m.key != PLAIN}


def _assert_spanish(texts: list[str], english: set[str]) -> None:
    joined = "\n".join(texts)
    leftovers = sorted(e for e in english if e in joined)
    leftovers += sorted(f for f in _english_fragments() if f in joined)
    assert not leftovers, leftovers


def _poorly_visit(services, treatment: Treatment) -> int:
    v = visit(services, minutes_ago=20, treatment=treatment)
    checkin(services, v.id, QUEASY)
    services.observations.record(v.id, POOR_ENTRY, staff_id=None)  # raises the SpO2 alert
    services.alerts.call_nurse(v.id)
    return v.id


def _fill_entry(page: VisitDetailPage) -> None:
    f = page.form
    for spin, value in ((f.systolicSpin, POOR_ENTRY.systolic), (f.diastolicSpin, 80),
                        (f.pulseSpin, POOR_ENTRY.pulse), (f.spo2Spin, POOR_ENTRY.spo2),
                        (f.painSpin, POOR_ENTRY.pain)):
        spin.setValue(value)
    for combo, value in ((f.moaasCombo, 4), (f.ambulationCombo, 1), (f.nauseaCombo, 1),
                         (f.dissociationCombo, "present")):
        combo.setCurrentIndex(combo.findData(value))


@pytest.mark.parametrize("treatment", [Treatment.IV_KETAMINE, Treatment.ESKETAMINE])
def test_the_visit_page_board_and_discharge_show_no_english_domain_words(
        qtbot, services, spanish, treatment):
    visit_id = _poorly_visit(services, treatment)
    nurse = admin(services)
    english = _english_of_visit(services, visit_id)
    assert "Observed for 20 of 60 minutes" in english or treatment is Treatment.ESKETAMINE
    assert any("open alerts" in e for e in english)

    page = VisitDetailPage(services, nurse)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_visit(visit_id)
    _fill_entry(page)
    page.form.metToggle.click()
    if treatment is Treatment.ESKETAMINE:
        qtbot.waitUntil(lambda: page.rems_needs.text() != "")
    texts = _shown_texts(page)
    assert any("En observación 20 de" in t for t in texts), texts
    assert any("Camina" in t or "ayuda para caminar" in t for t in texts)  # a PADSS reason
    assert any("SpO2 89 %, por debajo del 92 %" in t for t in texts)  # the alert's cause
    assert any(NAUSEA_ES in t for t in texts), texts  # a questionnaire rule's cause
    _assert_spanish(texts, english)

    board = BoardPage(services)
    qtbot.addWidget(board)
    model = board.model
    cells = [str(model.index(r, c).data(role) or "")
             for r in range(model.rowCount()) for c in range(model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert any("alertas abiertas" in t for t in cells)
    assert any(NAUSEA_ES in t for t in cells), cells
    _assert_spanish(cells + _shown_texts(board), english)

    discharge = DischargePage(services, nurse)
    qtbot.addWidget(discharge)
    discharge.resize(1280, 800)
    discharge.open_visit(visit_id)
    if treatment is Treatment.ESKETAMINE:
        qtbot.waitUntil(lambda: discharge.rems.needs.text() != "")
    texts = _shown_texts(discharge)
    assert any("Regla:" in t or "Norma:" in t for t in texts)
    _assert_spanish(texts, english)


def test_a_refused_discharge_names_its_hard_items_in_spanish(qtbot, services, spanish):
    page = DischargePage(services, admin(services))
    qtbot.addWidget(page)
    refusal = DischargeRefused("hard", "No escort confirmed by a nurse yet",
                               items=(Message("readiness.escort.none"),))
    assert page._refusal(refusal) == (
        "Esto no se puede omitir: Enfermería aún no ha confirmado ningún acompañante")


def test_a_list_of_messages_reads_as_one_sentence(spanish):
    needs = [Message("rems.needs.dose"), Message("rems.needs.sedation"),
             Message("readiness.spo2.room_air", {"spo2": 90})]
    assert domain_text.listed(needs) == (
        "Dosis (mg) sin anotar; observación de sedación (MOAA/S); SpO2 90 % con aire ambiente")
    assert domain_text.listed([]) == ""


def test_the_views_english_is_the_domains_english_word_for_word():
    assert domain_text.templates() == ENGLISH


def test_every_spanish_template_is_translated_and_keeps_its_placeholders(spanish):
    spanish_templates = domain_text.templates()
    same_in_both = {PLAIN, RULE_CAUSE, "sep.comma", "sep.semicolon", "readiness.bp.both",
                    "readiness.alerts.item", "reading.spo2", "reading.moaas"}  # acronyms
    for key, english in ENGLISH.items():
        assert placeholders(spanish_templates[key]) == placeholders(english), key
        if key not in same_in_both:
            assert spanish_templates[key] != english, key


def test_the_settings_page_says_why_a_value_is_refused_in_spanish(qtbot, services, spanish):
    from kiosk.views.nurse.settings_page import SettingsPage

    page = SettingsPage(services, admin(services))
    qtbot.addWidget(page)
    spo2 = page.edits[("readiness", "spo2_min")]
    message = page.messages[("readiness", "spo2_min")]
    spo2.setText("99")
    assert message.text() == "debe estar entre 88 y 97"
    spo2.setText("abc")
    assert message.text() == "escriba un número entero"
    page.edits[("clinic", "country")].setText("U1")
    assert page.messages[("clinic", "country")].text() == (
        "debe ser un código de país de dos letras, como US, o quedar vacío")


def test_a_refused_observation_names_its_reading_in_each_language(qapp, spanish):
    from kiosk.services.observations import ObservationError

    values = dict(systolic=500, diastolic=80, pulse=70, spo2=98, on_room_air=True, moaas=5,
                  ambulation=2, nausea_vomiting=2, pain=0, dissociation="resolved")
    with pytest.raises(ObservationError) as refused:
        ObservationEntry(**values)
    assert str(refused.value) == "Systolic BP: enter a whole number from 40 to 300"
    assert domain_text.text(refused.value.reason) == (
        "PA sistólica: escriba un número entero entre 40 y 300")
    with pytest.raises(ObservationError) as refused:
        ObservationEntry(**{**values, "systolic": 120, "dissociation": "gone"})
    assert domain_text.text(refused.value.reason) == "Disociación: elija presente o resuelta"


def _board_cells(services, qtbot) -> list[str]:
    board = BoardPage(services)
    qtbot.addWidget(board)
    model = board.model
    return [str(model.index(r, c).data(role) or "")
            for r in range(model.rowCount()) for c in range(model.columnCount())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]


def _visit_page_texts(services, qtbot, visit_id: int) -> list[str]:
    page = VisitDetailPage(services, admin(services))
    qtbot.addWidget(page)
    page.show_visit(visit_id)
    return _shown_texts(page)


def test_a_questionnaire_alert_reads_in_english_on_an_english_station(qtbot, services):
    v = visit(services, minutes_ago=20)
    checkin(services, v.id, {**QUEASY, "vomiting": False})
    causes = [a.cause for a in services.alerts.for_visit(v.id, open_only=True)]
    assert causes == [NAUSEA_EN]  # stored (and exported) in the file's English
    for texts in (_board_cells(services, qtbot), _visit_page_texts(services, qtbot, v.id)):
        assert any(NAUSEA_EN in t for t in texts), texts
        assert not any(NAUSEA_ES in t for t in texts)


def test_a_cause_unlike_its_rules_shows_as_stored(qtbot, services, spanish):
    v = visit(services, minutes_ago=20)
    checkin(services, v.id, {**QUEASY, "vomiting": False})
    domain_text.use_forms_of(services)
    assert domain_text.rule_cause("nausea-review", NAUSEA_EN) == NAUSEA_ES
    assert domain_text.rule_cause("nausea-review", "Nausea: older wording") == (
        "Nausea: older wording")
    assert domain_text.rule_cause("no-such-rule", "Typed by hand") == "Typed by hand"
