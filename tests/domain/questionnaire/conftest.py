"""Fixtures for questionnaire engine tests: small JSON builders and the default files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.questionnaire import Questionnaire, load_questionnaire, parse_questionnaire

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "questionnaires"
SLIDER = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
MIN = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX = "http://hl7.org/fhir/StructureDefinition/maxValue"
ALERT = "https://recovery-kiosk.example/fhir/StructureDefinition/alert-rule"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"


class Builders:
    """Makes item JSON for tests."""

    @staticmethod
    def boolean(link_id: str, **extra: Any) -> dict[str, Any]:
        return {"linkId": link_id, "type": "boolean", "text": link_id, **extra}

    @staticmethod
    def integer(
        link_id: str, low: int | None = 0, high: int | None = 10, *, slider: bool = False,
        **extra: Any,
    ) -> dict[str, Any]:
        ext: list[dict[str, Any]] = list(extra.pop("extension", []))
        if low is not None:
            ext.append({"url": MIN, "valueInteger": low})
        if high is not None:
            ext.append({"url": MAX, "valueInteger": high})
        if slider:
            ext.append(
                {"url": SLIDER, "valueCodeableConcept": {"coding": [{"code": "slider"}]}}
            )
        return {"linkId": link_id, "type": "integer", "text": link_id, "extension": ext, **extra}

    @staticmethod
    def choice(
        link_id: str, codes: list[str], *, repeats: bool = False, **extra: Any
    ) -> dict[str, Any]:
        options = [{"valueCoding": {"code": c, "display": c.title()}} for c in codes]
        return {
            "linkId": link_id, "type": "choice", "text": link_id, "repeats": repeats,
            "answerOption": options, **extra,
        }

    @staticmethod
    def string(link_id: str, kind: str = "string", **extra: Any) -> dict[str, Any]:
        return {"linkId": link_id, "type": kind, "text": link_id, **extra}

    @staticmethod
    def group(link_id: str, *items: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {"linkId": link_id, "type": "group", "text": link_id, "item": list(items), **extra}

    @staticmethod
    def display(link_id: str, **extra: Any) -> dict[str, Any]:
        return {"linkId": link_id, "type": "display", "text": link_id, **extra}

    @staticmethod
    def when(question: str, operator: str, **answer: Any) -> dict[str, Any]:
        return {"question": question, "operator": operator, **answer}

    @staticmethod
    def rule(rule_id: str | None, operator: str | None, values: list[dict[str, Any]],
             severity: str | None = "urgent", cause: str | None = "Cause") -> dict[str, Any]:
        parts: list[dict[str, Any]] = []
        if rule_id is not None:
            parts.append({"url": "id", "valueId": rule_id})
        if operator is not None:
            parts.append({"url": "operator", "valueCode": operator})
        parts += [{"url": "value", **v} for v in values]
        if severity is not None:
            parts.append({"url": "severity", "valueCode": severity})
        if cause is not None:
            parts.append({"url": "cause", "valueString": cause})
        return {"url": ALERT, "extension": parts}

    @staticmethod
    def translated(lang: str | None, content: str | None) -> dict[str, Any]:
        parts = []
        if lang is not None:
            parts.append({"url": "lang", "valueCode": lang})
        if content is not None:
            parts.append({"url": "content", "valueString": content})
        return {"extension": [{"url": TRANSLATION, "extension": parts}]}

    @staticmethod
    def resource(*items: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {
            "resourceType": "Questionnaire",
            "url": "https://test.example/Questionnaire/t",
            "version": "2.0",
            "status": "active",
            "item": list(items),
            **extra,
        }

    def make(self, *items: dict[str, Any], **extra: Any) -> Questionnaire:
        return parse_questionnaire(self.resource(*items, **extra), "test.json")


@pytest.fixture
def qb() -> Builders:
    return Builders()


@pytest.fixture(scope="session")
def resources_dir() -> Path:
    return RESOURCES


@pytest.fixture(scope="session")
def checkin() -> Questionnaire:
    return load_questionnaire(RESOURCES / "recovery_checkin.json")


@pytest.fixture(scope="session")
def ready() -> Questionnaire:
    return load_questionnaire(RESOURCES / "ready_to_go.json")
