from __future__ import annotations

import pytest

from kiosk.views.patient.grounding_page import CLOSING, GroundingPage


@pytest.fixture
def page(qtbot):
    widget = GroundingPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.start()
    return widget


def test_walks_all_five_senses_then_closes_gently(page):
    seen = []
    for count, sense in ((5, "see"), (4, "touch"), (3, "hear"), (2, "smell"), (1, "taste")):
        assert page.form.countLabel.text() == str(count)
        assert f"{count} thing" in page.form.promptLabel.text()
        assert sense in page.form.promptLabel.text()
        seen.append(page.form.progressLabel.text())
        page.form.nextButton.click()
    assert seen == [f"Step {n} of 5" for n in range(1, 6)]
    assert page.step == CLOSING
    assert page.form.steps.currentWidget() is page.form.closingPage
    assert page.form.closingTitleLabel.text() == "Well done"
    assert not page.form.nextButton.isVisible()


def test_back_goes_one_step_and_never_before_the_first(page):
    assert not page.form.previousButton.isEnabled()
    page.form.nextButton.click()
    page.form.nextButton.click()
    page.form.previousButton.click()
    assert page.step == 1 and page.form.countLabel.text() == "4"
    page.form.previousButton.click()
    assert page.step == 0 and not page.form.previousButton.isEnabled()


def test_start_again_and_back_to_choices(qtbot, page):
    for _ in range(5):
        page.form.nextButton.click()
    page.form.againButton.click()
    assert page.step == 0 and page.form.nextButton.isVisible()
    with qtbot.waitSignal(page.finished):
        page.form.backToChoicesButton.click()


def test_clear_and_start_return_to_the_first_step(page):
    page.form.nextButton.click()
    page.clear()
    assert page.step == 0
    page.form.nextButton.click()
    page.stop()
    page.start()
    assert page.step == 0
