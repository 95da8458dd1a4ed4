from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.views.patient.expect_page import ExpectPage

CONTENT = Path(__file__).resolve().parents[3] / "resources" / "content"

# CLINICAL.md section 2, point by point, plus when to call a nurse at once. Each entry:
# the section that must carry it and words (lower case) that must appear there.
REQUIRED = {
    "calm": ["calm", "peace", "inspired", "habit"],
    "insight": ["insight", "download", "outside their body", "close to death", "higher dose"],
    "tender": ["memories", "hard truths", "therapist", "integration coach", "notebook"],
    "body": ["sick to your stomach", "dizzy", "your body", "dose", "floaty", "hours",
             "call the clinic", "medicine"],
    "all-normal": ["cut off from your body", "confused", "sick", "happy", "calm", "relaxed",
                   "normal"],
    "why": ["ketamine", "thoughts of suicide", "quickly", "other treatments have not worked",
            "medical treatment", "professional"],
    "help-now": ["call a nurse", "chest", "trouble breathing", "headache", "how you see",
                 "confusion", "very upset", "not safe"],
}


@pytest.fixture
def page(qtbot):
    widget = ExpectPage(CONTENT)
    qtbot.addWidget(widget)
    widget.resize(1280, 680)
    widget.show()
    widget.start()
    return widget


def walk(page):
    shown = {}
    while True:
        text = page.form.sectionTitleLabel.text() + "\n" + page.form.bodyLabel.text()
        shown[page.current_section_id] = text.lower()
        if page.form.nextButton.isHidden():
            return shown
        page.form.nextButton.click()


def test_every_clinical_point_is_shown_on_screen(page):
    shown = walk(page)
    assert list(shown) == list(REQUIRED)
    for section, words in REQUIRED.items():
        missing = [w for w in words if w not in shown[section]]
        assert not missing, f"{section} lacks {missing}"


def test_previous_next_and_progress(page):
    assert page.form.progressLabel.text() == "1 of 7"
    assert not page.form.previousButton.isEnabled()
    page.form.nextButton.click()
    page.form.nextButton.click()
    assert page.current_section_id == "tender" and page.form.progressLabel.text() == "3 of 7"
    page.form.previousButton.click()
    assert page.current_section_id == "insight"
    page.clear()
    assert page.index == 0


def test_the_guide_ends_on_the_way_back_not_on_a_dead_next(qtbot, page):
    """Like grounding and breathing: the last screen's main button leads back to the hub."""
    back = page.form.backToChoicesButton
    assert page.form.nextButton.isVisible() and back.property("role") != "primary"
    page.show_section(len(page.sections) - 1)
    assert page.form.nextButton.isHidden()
    assert back.isVisible() and back.isEnabled() and back.property("role") == "primary"
    assert "whole guide" in page.form.bodyLabel.text()
    page.form.previousButton.click()
    assert page.form.nextButton.isVisible() and back.property("role") != "primary"
    page.show_section(len(page.sections) - 1)
    with qtbot.waitSignal(page.finished):
        back.click()


def test_back_to_choices(qtbot, page):
    with qtbot.waitSignal(page.finished):
        page.form.backToChoicesButton.click()


def test_text_is_plain_and_never_shouts():
    data = json.loads((CONTENT / "what_to_expect.json").read_text())
    for section in data["sections"]:
        for paragraph in section["paragraphs"]:
            words = [w for w in paragraph.split() if len(w) > 3 and w.isalpha()]
            assert not any(w.isupper() for w in words), paragraph
            flat = paragraph.replace("!", ".").replace("\n", ".")
            sentences = [s for s in flat.split(".") if s.strip()]
            assert all(len(s.split()) <= 25 for s in sentences), paragraph


def test_a_missing_guide_shows_a_calm_note(qtbot, tmp_path):
    page = ExpectPage(tmp_path)
    qtbot.addWidget(page)
    page.start()
    assert page.sections == [] and page.current_section_id is None
    assert "nurse" in page.form.bodyLabel.text()
    assert page.form.nextButton.isHidden()  # nothing to page through: only the way back
    assert page.form.backToChoicesButton.property("role") == "primary"
