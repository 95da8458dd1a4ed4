from __future__ import annotations

from kiosk.domain.questionnaire import AsqOutcome, asq_outcome
from kiosk.domain.questionnaire.links import READY_TO_GO_URL
from kiosk.domain.questionnaire.variants import asq_item5_only, without_items


def _ids(q):
    return [i.link_id for i in q.answerable_items()]


def test_item5_only_drops_screening_items_and_always_asks_item5(questionnaires):
    full = questionnaires[READY_TO_GO_URL]
    short = asq_item5_only(full)
    assert "asq-1" in _ids(full) and "asq-1" not in _ids(short)
    assert short.is_enabled("asq-5", {})
    assert not full.is_enabled("asq-5", {"asq-1": "no", "asq-2": "no", "asq-3": "no",
                                          "asq-4": "no"})
    assert asq_outcome({"asq-5": "no"}) is AsqOutcome.NEGATIVE
    assert asq_outcome({"asq-5": "yes"}) is AsqOutcome.ACUTE_POSITIVE
    assert [h.rule_id for h in short.alerts({"asq-5": "yes"})] == ["asq-acute"]


def test_without_items_leaves_the_original_alone(questionnaires):
    full = questionnaires[READY_TO_GO_URL]
    smaller = without_items(full, ["integration-interest"])
    assert "integration-interest" in _ids(full)
    assert "integration-interest" not in _ids(smaller)


def test_container_uses_item5_only_when_the_clinic_says_so(settings, clock, paths, db,
                                                           questionnaires):
    from kiosk.domain.records import CheckinKind
    from kiosk.services.container import build_services

    services = build_services(settings=settings.with_value("checkin", "asq_mode", "item5_only"),
                              clock=clock, paths=paths, db=db, questionnaires=questionnaires)
    q = services.checkins.questionnaire(CheckinKind.READY_TO_GO)
    assert "asq-1" not in _ids(q)
