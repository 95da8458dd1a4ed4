"""The domain's words as message keys with parameters, and their English rendering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.messages import (
    ENGLISH,
    PLAIN,
    RULE_CAUSE,
    Joined,
    Message,
    cause_message,
    parse,
    placeholders,
    render,
)
from kiosk.domain.readiness import (
    Assessment,
    Dissociation,
    OpenAlert,
    PatientReport,
    ReadinessInput,
    Treatment,
    assess,
)
from kiosk.domain.rems import RemsRecord
from kiosk.domain.scoring import Ambulation, NauseaVomiting, PadssInput, padss

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _input(**changes) -> ReadinessInput:
    base = dict(treatment=Treatment.IV_KETAMINE, dosing_ended_at=NOW - timedelta(minutes=20),
                now=NOW, baseline_systolic=120, baseline_diastolic=80, baseline_pulse=70)
    base.update(changes)
    return ReadinessInput(**base)


def _keys(message: Message) -> set[str]:
    """The key of a message and of every message inside its parameters."""
    found = {message.key}
    for value in message.params.values():
        items = value.items if isinstance(value, Joined) else (value,)
        for item in items:
            if isinstance(item, Message):
                found |= _keys(item)
    return found


def test_a_message_renders_its_template_with_nested_parts_in_english():
    inner = Message("vital.pulse")
    message = Message("readiness.vital.above",
                      {"name": inner, "value": 90, "percent": "28.6", "baseline": 70})
    assert message.english() == "Pulse 90: 28.6 % above the pre-treatment 70"
    assert str(message) == message.english()
    scores = Message("readiness.padss.last_many",
                     {"scores": Joined((10, 8), "sep.then"), "count": 2})
    assert scores.english() == "PADSS 10, then 8 on the last 2 assessments"


def test_render_takes_its_templates_from_the_caller():
    table = {"readiness.time.short": "{elapsed}/{minutes}"}
    message = Message("readiness.time.short", {"elapsed": 20, "minutes": 60})
    assert render(message, table.__getitem__) == "20/60"


def test_plain_text_is_data_and_shows_as_written():
    assert Message.plain("Chest pain").english() == "Chest pain"
    assert Message.plain("Chest pain").key == PLAIN


def test_the_observation_time_is_a_key_with_its_minutes_not_a_sentence():
    criterion = assess(_input()).criterion("observation_time")
    assert criterion.detail == Message("readiness.time.short", {"elapsed": 20, "minutes": 60})
    assert criterion.why == Message("readiness.time.rule.iv", {"minutes": 60})
    assert criterion.label == "Observed for 20 of 60 minutes"


def test_every_criterion_uses_known_keys_with_the_parameters_its_template_needs():
    assessment = Assessment(taken_at=NOW - timedelta(minutes=5), padss_total=8, spo2=91,
                            on_room_air=False, systolic=150, diastolic=None, pulse=70,
                            moaas=4, dissociation=Dissociation.PRESENT)
    inp = _input(assessments=[assessment],
                 latest_checkin=PatientReport(nausea=5, vomiting=True, disconnection=None),
                 open_alerts=[OpenAlert("SpO2 89 % is below 92 %", "urgent", "obs-spo2-low"),
                              OpenAlert("Chest pain", "urgent")])
    for criterion in assess(inp).criteria:
        for message in (criterion.detail, criterion.why):
            for key in _keys(message):
                assert key in ENGLISH, key
            assert placeholders(ENGLISH[message.key]) == set(message.params), message.key
            assert "{" not in message.english(), message


def test_an_open_alert_of_the_kiosk_is_read_back_into_its_key():
    inp = _input(open_alerts=[OpenAlert("SpO2 89 % is below 92 %", "urgent", "obs-spo2-low")])
    detail = assess(inp).criterion("alerts").detail
    assert detail.key == "readiness.alerts.one"
    (item,) = detail.params["alerts"].items
    assert item.params["cause"] == Message("cause.spo2_low", {"spo2": "89", "minimum": "92"})
    assert item.params["severity"] == Message("severity.urgent")
    assert detail.english() == "1 open alert: SpO2 89 % is below 92 % (urgent)"


@pytest.mark.parametrize(("rule_id", "cause", "key"), [
    ("call-nurse", "Patient pressed 'call a nurse'", "cause.call_nurse"),
    ("call-nurse", "Call a nurse from a bay with no visit open", "cause.bay_call"),
    ("obs-bp-rising", "Systolic BP rising after the 40-minute check (130 -> 145)",
     "cause.bp_rising"),
    ("obs-moaas-late", "MOAA/S 4 at 95 minutes (sedation not resolved)", "cause.moaas_late"),
    ("rems-bp-due", "BP due: the ~40-minute blood pressure is not in (esketamine REMS)",
     "cause.bp_due"),
])
def test_causes_the_kiosk_writes_round_trip(rule_id, cause, key):
    message = cause_message(rule_id, cause)
    assert message.key == key
    assert message.english() == cause


def test_a_questionnaire_cause_names_its_rule_and_reads_as_stored():
    message = cause_message("nausea-urgent", "Nausea 7+ of 10: go now")
    assert message == Message(RULE_CAUSE, {"rule": "nausea-urgent",
                                           "text": "Nausea 7+ of 10: go now"})
    assert message.english() == "Nausea 7+ of 10: go now"


def test_an_unreadable_cause_or_one_without_a_rule_stays_as_written():
    assert cause_message("obs-spo2-low", "an older wording") == Message.plain("an older wording")
    assert cause_message(None, "Chest pain") == Message.plain("Chest pain")
    assert parse("cause.spo2_low", "nothing like it") is None


def test_padss_reasons_are_keys():
    result = padss(PadssInput(systolic=150, pulse=70, baseline_systolic=120, baseline_pulse=70,
                              ambulation=Ambulation.NEEDS_HELP,
                              nausea_vomiting=NauseaVomiting.MINIMAL_OR_ORAL, pain=5))
    reasons = {item.key: item.reason for item in result.items}
    assert reasons["ambulation"] == Message("padss.ambulation.needs_help")
    assert reasons["pain"] == Message("padss.pain.middle", {"pain": 5})
    assert reasons["vital_signs"].key == "padss.vital.some"
    assert reasons["bleeding"] == Message("padss.bleeding.not_applicable")
    assert result.items[3].explanation == "Pain 5 of 10 (4-6 scores 1)"


def test_what_the_rems_record_still_needs_is_keys():
    record = RemsRecord(visit_id=1, patient_label="Maya R.", record_number=None, dose_mg=None,
                        dosed_at=NOW, bp_pre=None, bp_40=None, bp_end=None, observations=(),
                        respiratory_depression=None, ready_at=None, nurse_name=None,
                        adverse_events=())
    needs = record.missing(NOW)
    assert [m.key for m in needs] == [
        "rems.needs.dose", "rems.needs.bp_pre", "rems.needs.bp_end", "rems.needs.sedation",
        "rems.needs.dissociation", "rems.needs.respiratory"]
    assert needs[0].english() == "Dose (mg) not entered"
