"""The loader finds every problem in a broken file and names the file and linkId."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.domain.questionnaire import (
    Problem,
    QuestionnaireError,
    load_directory,
    load_questionnaire,
)


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def _problems(path: Path) -> list[Problem]:
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire(path)
    assert str(info.value) == "\n".join(str(p) for p in info.value.problems)
    return info.value.problems


def _only(problems: list[Problem], link_id: str | None, fragment: str) -> Problem:
    matching = [p for p in problems if p.link_id == link_id and fragment in p.message]
    assert matching, f"no problem for {link_id!r} with {fragment!r} in {problems}"
    return matching[0]


def test_problem_reads_like_file_item_message():
    problem = Problem("check_in.json", "nausea", "minValue 5 is greater than maxValue 3")
    assert str(problem) == "check_in.json: item 'nausea': minValue 5 is greater than maxValue 3"
    assert str(Problem("a.json", None, "url is missing")) == "a.json: url is missing"


def test_not_json_reports_line_and_column(tmp_path):
    path = _write(tmp_path, "broken.json", '{\n  "resourceType": "Questionnaire",\n  "url" 1\n}')
    [problem] = _problems(path)
    assert problem.file == "broken.json" and problem.link_id is None
    assert "not valid JSON at line 3, column 9" in str(problem)


def test_missing_file_is_a_problem_not_a_crash(tmp_path):
    [problem] = _problems(tmp_path / "gone.json")
    assert problem.file == "gone.json" and "cannot read file" in problem.message


def test_json_that_is_not_an_object(tmp_path):
    [problem] = _problems(_write(tmp_path, "list.json", [1, 2]))
    assert problem.message == "the file must hold a JSON object"


def test_resource_level_problems_are_all_reported(tmp_path, qb):
    data = qb.resource(qb.boolean("b"), resourceType="Patient", status="final")
    data["url"] = ""
    problems = _problems(_write(tmp_path, "res.json", data))
    _only(problems, None, "resourceType is 'Patient'")
    _only(problems, None, "url must be a non-empty string")
    _only(problems, None, "status 'final' is not valid")
    assert all(p.file == "res.json" for p in problems)


def _bad_alert(qb, **kwargs):
    defaults = {"rule_id": "r", "operator": "=", "values": [{"valueBoolean": True}]}
    return qb.rule(**{**defaults, **kwargs})


CASES = [
    ("missing linkId (top level)",
     lambda qb: [{"type": "boolean", "text": "x"}], None, "top-level item 1 has no linkId"),
    ("missing linkId (in group)",
     lambda qb: [qb.group("grp", qb.boolean("a"), {"type": "boolean", "text": "x"})],
     "grp", "item 2 in this group has no linkId"),
    ("duplicate linkId",
     lambda qb: [qb.boolean("a"), qb.group("g", qb.boolean("a"))], "a", "used more than once"),
    ("unsupported item type",
     lambda qb: [{"linkId": "d", "type": "url", "text": "Site?"}], "d",
     "the kiosk does not support url items"),
    ("unknown item type",
     lambda qb: [{"linkId": "d", "type": "dial", "text": "Dial?"}], "d", "unknown item type"),
    ("choice without answerOption",
     lambda qb: [{"linkId": "c", "type": "choice", "text": "Pick"}], "c", "needs at least one"),
    ("answerOption without code",
     lambda qb: [{**qb.choice("c", ["x"]), "answerOption": [{"valueCoding": {"display": "X"}}]}],
     "c", "answerOption 1: valueCoding has no code"),
    ("answerOption without a value",
     lambda qb: [{**qb.choice("c", ["x"]), "answerOption": [{"display": "x"}]}],
     "c", "answerOption 1 needs exactly one value[x]"),
    ("enableWhen unknown question",
     lambda qb: [qb.boolean("b", enableWhen=[qb.when("ghost", "exists", answerBoolean=True)])],
     "b", "unknown question 'ghost'"),
    ("enableWhen bad operator",
     lambda qb: [qb.integer("n"), qb.boolean("b", enableWhen=[qb.when("n", "~", answerInteger=1)])],
     "b", "operator '~' is not valid"),
    ("enableWhen answer type mismatch",
     lambda qb: [qb.integer("n"),
                 qb.boolean("b", enableWhen=[qb.when("n", "=", answerBoolean=True)])],
     "b", "Boolean value does not match the integer question 'n'"),
    ("enableWhen unknown code",
     lambda qb: [qb.choice("c", ["x"]),
                 qb.boolean("b", enableWhen=[qb.when("c", "=", answerCoding={"code": "q"})])],
     "b", "code 'q' is not an option of 'c'"),
    ("enableWhen ordering on a choice",
     lambda qb: [qb.choice("c", ["x"]),
                 qb.boolean("b", enableWhen=[qb.when("c", ">", answerCoding={"code": "x"})])],
     "b", "the kiosk does not support operator '>' on a choice question"),
    ("enableWhen unsupported answer type",
     lambda qb: [qb.integer("n"),
                 qb.boolean("b", enableWhen=[qb.when("n", "=", answerAttachment={})])],
     "b", "the kiosk does not support answerAttachment"),
    ("enableWhen on itself",
     lambda qb: [qb.boolean("b", enableWhen=[qb.when("b", "exists", answerBoolean=True)])],
     "b", "refers to the item itself"),
    ("enableWhen cycle through a later item",
     lambda qb: [qb.boolean("a", enableWhen=[qb.when("b", "=", answerBoolean=True)]),
                 qb.boolean("b", enableWhen=[qb.when("a", "=", answerBoolean=True)])],
     "a", "'b', which comes later"),
    ("enableWhen on own group child",
     lambda qb: [qb.group("g", qb.boolean("in"),
                          enableWhen=[qb.when("in", "exists", answerBoolean=True)])],
     "g", "'in', which comes later"),
    ("enableWhen on a group",
     lambda qb: [qb.group("g", qb.boolean("in")),
                 qb.boolean("b", enableWhen=[qb.when("g", "exists", answerBoolean=True)])],
     "b", "a group item without an answer"),
    ("minValue above maxValue",
     lambda qb: [qb.integer("nausea", 5, 3)], "nausea", "minValue 5 is greater than maxValue 3"),
    ("slider without limits",
     lambda qb: [qb.integer("s", None, 10, slider=True)], "s", "needs both minValue and maxValue"),
    ("required on display",
     lambda qb: [qb.display("d", required=True), qb.boolean("b")], "d",
     "the kiosk does not support required on a display item"),
    ("group with no items",
     lambda qb: [qb.group("g"), qb.boolean("b")], "g", "a group needs at least one item"),
    ("ordinalValue not a number",
     lambda qb: [{**qb.choice("c", ["x"]), "answerOption": [{
         "valueCoding": {"code": "x", "display": "X"},
         "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue",
                        "valueDecimal": "high"}]}]}],
     "c", "option 'x': ordinalValue must be a number"),
    ("alert rule unknown severity",
     lambda qb: [qb.boolean("b", extension=[_bad_alert(qb, severity="panic")])],
     "b", "alert rule 'r': severity 'panic' is not valid (use urgent, request, review)"),
    ("alert rule missing severity",
     lambda qb: [qb.boolean("b", extension=[_bad_alert(qb, severity=None)])],
     "b", "alert rule 'r': 'severity' is missing"),
    ("alert rule unknown operator",
     lambda qb: [qb.boolean("b", extension=[_bad_alert(qb, operator="~")])],
     "b", "alert rule 'r': operator '~' is not valid (use exists, =, !=, >, <, >=, <=, any-of)"),
    ("alert rule missing operator",
     lambda qb: [qb.boolean("b", extension=[_bad_alert(qb, operator=None)])],
     "b", "alert rule 'r': 'operator' is missing"),
    ("alert rule missing value",
     lambda qb: [qb.boolean("b", extension=[_bad_alert(qb, values=[])])],
     "b", "'value' is missing"),
    ("alert rule missing id",
     lambda qb: [qb.boolean("b", extension=[_bad_alert(qb, rule_id=None)])],
     "b", "has no 'id'"),
    ("alert rule missing cause",
     lambda qb: [qb.boolean("b", extension=[_bad_alert(qb, cause=None)])],
     "b", "'cause' is missing"),
    ("alert rule duplicate id",
     lambda qb: [qb.boolean("a", extension=[_bad_alert(qb)]),
                 qb.boolean("b", extension=[_bad_alert(qb)])],
     "b", "alert rule id 'r' is used more than once"),
    ("alert rule value type mismatch",
     lambda qb: [qb.integer("n", extension=[_bad_alert(qb)])],
     "n", "Boolean value does not match the integer question"),
    ("alert rule several values without any-of",
     lambda qb: [qb.choice("c", ["x", "y"], extension=[_bad_alert(
         qb, values=[{"valueCoding": {"code": "x"}}, {"valueCoding": {"code": "y"}}])])],
     "c", "several values need the operator 'any-of'"),
    ("alert rule on a group",
     lambda qb: [qb.group("g", qb.boolean("b"), extension=[_bad_alert(qb)])],
     "g", "the kiosk does not support alert rules on a group item"),
    ("translation without lang",
     lambda qb: [qb.boolean("b", _text=qb.translated(None, "Hola"))],
     "b", "a translation of 'text' has no 'lang'"),
    ("translation without content",
     lambda qb: [qb.boolean("b", _text=qb.translated("es", None))],
     "b", "the 'es' translation of 'text' has no 'content'"),
    ("question without text",
     lambda qb: [{"linkId": "b", "type": "boolean"}], "b", "has no text"),
    ("reserved linkId",
     lambda qb: [qb.boolean("total")], "total", "reserves the linkId 'total'"),
]


@pytest.mark.parametrize(("items", "link_id", "fragment"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_broken_file_problem_names_file_and_item(tmp_path, qb, items, link_id, fragment):
    path = _write(tmp_path, "check_in.json", qb.resource(*items(qb)))
    problem = _only(_problems(path), link_id, fragment)
    assert problem.file == "check_in.json"
    assert str(problem).startswith("check_in.json: ")
    if link_id is not None:
        assert f"item '{link_id}'" in str(problem)


def test_all_problems_are_collected_not_just_the_first(tmp_path, qb):
    items = [
        qb.integer("a", 9, 1),
        qb.group("empty"),
        {"linkId": "c", "type": "choice", "text": "c"},
        qb.boolean("d", enableWhen=[qb.when("zzz", "exists", answerBoolean=True)]),
    ]
    problems = _problems(_write(tmp_path, "many.json", qb.resource(*items)))
    assert {p.link_id for p in problems} == {"a", "empty", "c", "d"}


def test_load_directory_keeps_good_files_and_lists_problems(tmp_path, qb):
    _write(tmp_path, "a_good.json", qb.resource(qb.boolean("b")))
    _write(tmp_path, "b_bad.json", "{")
    _write(tmp_path, "c_same_url.json", qb.resource(qb.boolean("b")))
    other = qb.resource(qb.boolean("b"), url="https://test.example/Questionnaire/other")
    _write(tmp_path, "d_other.json", other)
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    result = load_directory(tmp_path)
    assert sorted(result.questionnaires) == [
        "https://test.example/Questionnaire/other", "https://test.example/Questionnaire/t",
    ]
    assert result.questionnaires["https://test.example/Questionnaire/t"].source == "a_good.json"
    assert [p.file for p in result.problems] == ["b_bad.json", "c_same_url.json"]
    assert "already used by a_good.json" in result.problems[1].message


def test_load_directory_missing_folder(tmp_path):
    result = load_directory(tmp_path / "nowhere")
    assert result.questionnaires == {}
    assert [str(p) for p in result.problems] == ["nowhere: folder not found"]
