"""The export's fast path writes what the questionnaire engine's path writes, byte for byte.

The export builds responses from the stored answers with a per-questionnaire
:class:`ResponseTemplate` (enabled items kept per combination of the answers
that enableWhen names, checks kept per value, texts and answer lists per
language). These tests export real visits of every kind both ways and compare
every file: the engine's way is the template told it is not static, which then
calls ``Questionnaire.clean``, ``Questionnaire.values`` and
``to_questionnaire_response`` for every response, as the export did before.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.domain.questionnaire import links as L
from kiosk.domain.questionnaire.response_template import ResponseTemplate
from kiosk.domain.records import CheckinKind, CheckinStatus, Treatment
from kiosk.services import export as export_module
from kiosk.services import fhir_bundle
from kiosk.storage import models as m
from tests.services.test_export_scale import fill

_UUID = re.compile(rb"urn:uuid:[0-9a-f-]{36}")
_STAMP = re.compile(rb'"timestamp":"[^"]*"')


def _engine_template(q):
    template = ResponseTemplate(q)
    template.static = False  # every call goes to the questionnaire engine
    return template


def _files(folder: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".json":  # random references and the export's time aside
                data = _STAMP.sub(b"", _UUID.sub(b"urn:uuid:x", data))
            out[str(path.relative_to(folder))] = data
    return out


def _answer_all(services, checkin, answers):
    for link_id, value in answers.items():
        services.checkins.record_answer(checkin.id, link_id, value)


def _visits(services) -> None:
    """Visits of every kind, entered through the services as the app enters them."""
    start = services.visits.start
    # English: nausea high enough to ask for its trend; the ready-to-go screen
    # answered yes, which asks the acute question (an enableWhen of another form).
    one = start(patient_label="Ana B.", bay="Bay 1", treatment=Treatment.ESKETAMINE,
                record_number="MRN-1")
    checkin = services.checkins.start_now(one.id)
    _answer_all(services, checkin, {
        L.OVERALL_FEELING: "uneasy", L.NAUSEA: 7, L.NAUSEA_TREND: "worse",
        L.VOMITING: False, L.DIZZINESS: 3, L.PAIN: 2, L.DISCONNECTED: 4, L.CLARITY: 6,
        L.RED_FLAGS: ["none"], L.WANTS_NURSE: True})
    services.checkins.complete(checkin.id)
    ready = services.checkins.start_now(one.id, CheckinKind.READY_TO_GO)
    _answer_all(services, ready, {
        L.FEELINGS_NOW: ["calm", "floaty"], "asq-1": "yes", "asq-2": "no", "asq-3": "no",
        "asq-4": "no", "asq-5": "no", L.ESCORT_CONFIRMED: True, L.NO_DRIVING_ACK: True})
    services.checkins.complete(ready.id)
    # Spanish, entered by a nurse: a trend given and then nausea lowered, so the trend
    # no longer counts (it stays stored while the check-in is still open).
    two = start(patient_label="Luis C.", bay="Bay 2", treatment=Treatment.IV_KETAMINE,
                language="es")
    open_one = services.checkins.start_now(two.id, entered_by="nurse")
    _answer_all(services, open_one, {L.NAUSEA: 6, L.NAUSEA_TREND: "better"})
    services.checkins.record_answer(open_one.id, L.NAUSEA, 0)
    _answer_all(services, open_one, {L.OVERALL_FEELING: "calm", L.VOMITING: False})
    # Skipped questions, then missed: two answers, the rest never given.
    missed = services.checkins.start_now(two.id)
    _answer_all(services, missed, {L.OVERALL_FEELING: "okay", L.PAIN: 0})
    ready_es = services.checkins.start_now(two.id, CheckinKind.READY_TO_GO)
    _answer_all(services, ready_es, {L.FEELINGS_NOW: ["calm", "floaty"], "asq-1": "no",
                                     "asq-2": "no", "asq-3": "no", "asq-4": "no"})
    services.checkins.complete(ready_es.id)
    with services.db.unit() as s:  # as refresh_schedule marks one when a newer falls due
        s.execute(update(m.CheckIn).where(m.CheckIn.id == missed.id)
                  .values(status=CheckinStatus.MISSED.value))
    # A stored answer that no longer fits its item (out of range): left out both ways.
    three = start(patient_label="Eve D.", bay="Bay 3", treatment=Treatment.ESKETAMINE)
    odd = services.checkins.start_now(three.id)
    _answer_all(services, odd, {L.OVERALL_FEELING: "calm", L.NAUSEA: 2})
    with services.db.unit() as s:
        s.execute(update(m.Answer).where(m.Answer.checkin_id == odd.id,
                                         m.Answer.link_id == L.NAUSEA)
                  .values(value_json="42"))
    services.checkins.complete(odd.id)


@pytest.fixture
def both_ways(services, monkeypatch):
    since, until = fill(services.db, 40)  # the benchmark's generated year, in small
    services.clock.advance(minutes=1)
    _visits(services)
    now = services.clock.now()
    until = max(until, now + timedelta(days=1))
    fast = services.export.export(since, until, staff_id=None)
    services.clock.advance(seconds=2)  # another folder name
    monkeypatch.setattr(fhir_bundle, "template_of", _engine_template)
    monkeypatch.setattr(export_module, "template_of", _engine_template)
    slow = services.export.export(since, until, staff_id=None)
    return fast, slow


def test_fast_and_engine_paths_write_the_same_files(both_ways):
    fast, slow = both_ways
    assert fast.visit_count == slow.visit_count == 43
    assert fast.skipped_responses == slow.skipped_responses == 1  # the out-of-range answer
    fast_files, slow_files = _files(fast.folder), _files(slow.folder)
    assert fast_files.keys() == slow_files.keys()
    for name, data in fast_files.items():
        assert data == slow_files[name], name


def test_the_compared_export_holds_every_kind_of_response(both_ways):
    fast, _ = both_ways
    files = _files(fast.folder)
    everything = b"".join(files.values())
    assert b'"language":"es"' in everything and b'"language":"en"' in everything
    assert b'"linkId":"nausea-trend"' in everything  # a conditional item, enabled
    assert b'"linkId":"asq-5"' in everything
    assert b'"status":"in-progress"' in everything  # open and missed check-ins
    rows = [line.split(",") for line in files["answers.csv"].decode().splitlines()[1:]]
    trends = {int(r[0]) for r in rows if r[2] == L.NAUSEA_TREND}
    assert 41 in trends  # the first visit of _visits (40 generated before it)
    assert 42 not in trends  # the stale answer of the second counts nowhere
    assert L.NAUSEA_TREND.encode() not in files["fhir/visit-42.json"]


def test_a_split_export_writes_the_same_files_as_one_process(services):
    """Two processes, each half the visits, merge to the files one process writes."""
    from kiosk.services.export_process import ExportProcess

    since, until = fill(services.db, export_module.CHUNK * 2 + 37)
    one = services.export.export(since, until, staff_id=None)  # in this process, unsplit
    services.clock.advance(seconds=2)
    child = ExportProcess(services.export.job(since, until))
    messages = list(child.messages())
    assert child.wait() == 0
    verdict, split = messages[-1]
    assert verdict == "done"
    done = [m[1] for m in messages if m[0] == "progress"]
    assert done == sorted(done) and done[-1] == split.visit_count == one.visit_count
    assert not list(split.folder.glob("*.part"))
    assert _files(split.folder) == _files(one.folder)
    assert [f.name for f in split.files] == [f.name for f in one.files]
