"""The check-in's count on screen ("N of M answered") does not jump up mid-run.

A question that an answer opens (the nausea trend after some nausea) was in the
count from the start; an answer that closes one makes the count smaller.
"""

from __future__ import annotations

from tests.support.test_driver import tap_answer


def test_the_question_count_does_not_jump_when_a_question_opens(make_shell, visit,
                                                                answer_until):
    flow = make_shell().flow
    page = flow.checkin.page
    flow.welcome.form.startButton.click()
    answer_until(flow, "nausea")
    before = page.form.progressLabel.text()
    assert before.endswith("of 10 answered"), before  # the trend question may still come
    tap_answer(page, 3)  # some nausea: "is it getting better?" opens
    assert page.link_id == "nausea-trend"
    assert page.form.progressLabel.text().endswith("of 10 answered")
    assert page.form.progressBar.maximum() == 10


def test_the_question_count_shrinks_when_a_question_closes(make_shell, visit, answer_until):
    flow = make_shell().flow
    page = flow.checkin.page
    flow.welcome.form.startButton.click()
    answer_until(flow, "nausea")
    tap_answer(page, 0)  # no nausea: the trend question will not come
    assert page.link_id == "vomiting"
    assert page.form.progressLabel.text() == "2 of 9 answered"
