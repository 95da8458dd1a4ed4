"""Screenshots of the calming hub and its activities (see tools/screenshots.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.views.flow.screens import Screen


def _at(screen: Screen, prepare: Callable[[Any], None] | None = None) -> Callable[[Any], QWidget]:
    """A shot of the Bay 1 shell on one calming screen, after ``prepare(page)``."""
    def shot(ctx: Any) -> QWidget:
        shell = ctx.shell()
        flow = shell.flow
        flow.move_to(screen)
        page = flow.pages[screen]
        if prepare is not None:
            prepare(page)
        ctx.on_cleanup(getattr(page, "stop", lambda: None))
        return shell.window
    return shot


def _breathing(seconds: float) -> Callable[[Any], None]:
    def prepare(page: Any) -> None:
        page.begin("4-7-8", 1)
        page.seek(seconds)
    return prepare


def _journal(page: Any) -> None:
    page.form.editor.setPlainText("The colours were so bright. I thought about my "
                                  "grandmother's garden, and it felt kind.")
    page.form.shareButton.click()


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "calming_hub": _at(Screen.HUB),
    "calming_breathing_choices": _at(Screen.BREATHING),
    "calming_breathing_in": _at(Screen.BREATHING, _breathing(2.0)),
    "calming_breathing_hold": _at(Screen.BREATHING, _breathing(6.0)),
    "calming_breathing_out": _at(Screen.BREATHING, _breathing(14.0)),
    "calming_breathing_done": _at(Screen.BREATHING, _breathing(60.0)),
    "calming_grounding_first": _at(Screen.GROUNDING),
    "calming_grounding_touch": _at(Screen.GROUNDING, lambda p: p.next_step()),
    "calming_grounding_closing": _at(Screen.GROUNDING,
                                     lambda p: [p.next_step() for _ in range(5)]),
    "calming_scenes_waves": _at(Screen.SCENES, lambda p: p.form.scene.set_time(12.0)),
    "calming_scenes_rain": _at(Screen.SCENES, lambda p: (p.choose("rain"),
                                                         p.form.scene.set_time(3.0))),
    "calming_expect_first": _at(Screen.EXPECT),
    "calming_expect_help_now": _at(Screen.EXPECT, lambda p: p.show_section(len(p.sections) - 1)),
    "calming_journal": _at(Screen.JOURNAL, _journal),
}
