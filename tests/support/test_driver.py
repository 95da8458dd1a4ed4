"""Tapping through a check-in with the real widgets, in a test or inside a running app.

:func:`tap_answer`, :func:`answer_until` and :func:`widget_texts` serve the Qt
tests. :class:`TestDriver` is a plug-in (:mod:`kiosk.plugin`): a subprocess test
starts ``main.py`` with ``KIOSK_PLUGIN=tests.support.test_driver:TestDriver``
and ``KIOSK_TEST_SCRIPT`` naming a JSON file, because a test cannot click
inside another process. The file looks like::

    {"answers": [["overall-feeling", "okay"], ["nausea", 2]]}

Each step taps the same buttons a patient would (welcome, "Continue" on
information screens, the answer tiles or scale number, "Next") and, once the
answer is committed, prints ``answered <linkId>`` on stderr. No answer value
and nothing about the patient is printed. After the last answer it prints
``script done`` and stays idle until the process ends.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.domain.questionnaire import AnswerValue
from kiosk.views.patient.checkin_page import CheckinPage

STEP_MS = 40
PLUGIN = "tests.support.test_driver:TestDriver"
SCRIPT_ENV = "KIOSK_TEST_SCRIPT"


def tap_answer(page: CheckinPage, value: AnswerValue) -> None:
    """Choose ``value`` on the page's real controls and tap Next.

    Raises:
        ValueError: the page shows no control that can take ``value``.
    """
    control = page.control
    if control is None:
        raise ValueError("no answer control on this page")
    if control.scale is not None and isinstance(value, int) and not isinstance(value, bool):
        control.scale.button_for(value).click()
    elif control.tiles is not None:
        if isinstance(value, bool):
            codes = ["yes" if value else "no"]
        elif isinstance(value, str):
            codes = [value]
        else:
            codes = list(value)  # type: ignore[arg-type]
        control.tiles.set_selected([])
        for code in codes:
            control.tiles.tiles[code].click()
    else:
        raise ValueError("this page's control does not take that value")
    page.form.nextButton.click()


def answer_until(flow: Any, stop_at: str | None,
                 answers: dict[str, AnswerValue]) -> list[str]:
    """Tap through the check-in on screen until ``stop_at`` shows (None: to the end).

    Information screens get "Continue", questions the value in ``answers``
    (through :func:`tap_answer`), and an "OK" card is tapped away first.
    Returns the linkIds shown on the way, ``stop_at`` excluded.

    Raises:
        AssertionError: ``stop_at`` never showed.
    """
    page = flow.checkin.page
    seen: list[str] = []
    for _ in range(100):
        if page.item is None or flow.screen not in ("checkin", "ready_to_go"):
            if stop_at is None:
                return seen
            break
        if page.link_id == stop_at:
            return seen
        seen.append(page.link_id)
        if flow.card.card is not None and "ok" in flow.card.buttons:
            flow.card.buttons["ok"].click()
        if page.item.answerable:
            tap_answer(page, answers[page.link_id])
        else:
            page.form.nextButton.click()
    raise AssertionError(f"never reached {stop_at}; saw {seen}")


def widget_texts(root: QWidget) -> list[str]:
    """Every text held by ``root`` and its children, shown or hidden."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        texts.extend((widget.toolTip(), widget.accessibleName(), widget.windowTitle()))
    return [t for t in texts if t]


class TestDriver(QObject):
    """Feeds scripted answers (``KIOSK_TEST_SCRIPT``) through the widgets of a running shell."""

    __test__ = False  # not a pytest class

    def __init__(self, script: str | Path | None = None) -> None:
        super().__init__()
        path = Path(script if script is not None else os.environ[SCRIPT_ENV])
        data = json.loads(path.read_text(encoding="utf-8"))
        self._answers: list[tuple[str, AnswerValue]] = [(k, v) for k, v in data["answers"]]
        self._shell: Any = None
        self._waiting: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(STEP_MS)
        self._timer.timeout.connect(self._step)

    def shell_ready(self, shell: Any) -> None:
        """The plug-in hook: the app is up, start tapping."""
        self._shell = shell
        shell.flow.checkin.answer_saved.connect(self._saved)
        self._timer.start()

    @staticmethod
    def _say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def _saved(self, link_id: str) -> None:
        if link_id == self._waiting:
            self._waiting = None
            self._say(f"answered {link_id}")

    def _step(self) -> None:
        flow = self._shell.flow
        if self._waiting is not None:
            return
        if not self._answers:
            self._timer.stop()
            self._say("script done")
            return
        card = flow.card
        if card.card is not None and "ok" in card.buttons:
            card.buttons["ok"].click()
            return
        if flow.screen == "welcome":
            flow.welcome.form.startButton.click()
            return
        page = flow.checkin.page
        if flow.screen not in ("checkin", "ready_to_go") or page.item is None:
            return
        if not page.item.answerable:
            page.form.nextButton.click()
            return
        link_id, value = self._answers[0]
        if page.link_id != link_id:
            self._timer.stop()
            self._say(f"unexpected item {page.link_id}")
            return
        self._answers.pop(0)
        self._waiting = link_id
        tap_answer(page, value)
