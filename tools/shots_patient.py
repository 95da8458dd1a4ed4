"""Screenshots of every patient screen of the bay tablet (see tools/screenshots.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.domain.errors import StorageError
from kiosk.domain.questionnaire import AnswerValue
from kiosk.domain.records import StaffRecord, Treatment, VisitStatus
from kiosk.services.staff_check import PinResult
from kiosk.views.flow.screens import Screen
from tests.support.test_driver import tap_answer

CALM_ANSWERS: dict[str, AnswerValue] = {
    "overall-feeling": "okay", "nausea": 2, "nausea-trend": "better", "vomiting": False,
    "dizziness": 3, "pain": 1, "disconnected": 2, "clarity": 7, "red-flags": ["none"],
    "wants-nurse": False, "feelings-now": ["calm", "reflective"], "asq-1": "no",
    "asq-2": "no", "asq-3": "no", "asq-4": "no", "escort-confirmed": True,
    "no-driving-ack": True, "integration-interest": "maybe"}


class DemoStaff:
    """Invented staff accounts for the PIN pad pictures (no PIN is accepted)."""

    def active_staff(self) -> list[StaffRecord]:
        """Four invented nurses."""
        names = ("Alex Morgan", "Sam Rivera", "Jordan Lee", "Casey Brooks")
        return [StaffRecord(n + 1, name, "nurse", True, 0, None)
                for n, name in enumerate(names)]

    def verify_pin(self, staff_id: int, pin: str) -> PinResult:
        """Refuse every PIN (the picture shows the failure message)."""
        return PinResult(ok=False, message="That PIN did not match. 4 tries left.")


def _shell(ctx: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("staff", DemoStaff())
    return ctx.shell(**kwargs)


def _walk_to(shell: Any, link_id: str | None, answers: dict[str, AnswerValue] = CALM_ANSWERS,
             begin: bool = True) -> None:
    """From the welcome screen, answer through the real widgets until ``link_id`` shows."""
    flow = shell.flow
    if begin:
        flow.welcome.form.startButton.click()
    page = flow.checkin.page
    for _ in range(40):
        if page.item is None or page.link_id == link_id:
            return
        if flow.card.card is not None:
            flow.card.dismiss()
        if page.item.answerable:
            tap_answer(page, answers[page.link_id])
        else:
            page.form.nextButton.click()
    raise RuntimeError(f"never reached {link_id}")


def _welcome(ctx: Any) -> QWidget:
    return _shell(ctx).window


def _checkin_intro(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    shell.flow.welcome.form.startButton.click()
    return shell.window


def _at(link_id: str, chosen: AnswerValue | None = None) -> Callable[[Any], QWidget]:
    def shot(ctx: Any) -> QWidget:
        shell = _shell(ctx)
        _walk_to(shell, link_id)
        if chosen is not None:
            shell.flow.checkin.page.control.set_value(chosen)
            shell.flow.checkin.page.set_busy(False)
        return shell.window
    return shot


def _alert_message(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    _walk_to(shell, "nausea")
    tap_answer(shell.flow.checkin.page, 8)
    return shell.window


def _call_nurse(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    _walk_to(shell, "dizziness")
    shell.window.call_nurse_button.click()
    return shell.window


def _saving(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    _walk_to(shell, "pain")

    def refuse(*_args: Any) -> Any:
        raise StorageError("database is locked")

    ctx.services.checkins.record_answer = refuse
    tap_answer(shell.flow.checkin.page, 3)
    return shell.window


def _thanks(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    _walk_to(shell, None)
    return shell.window


def _invitation(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    _walk_to(shell, None)
    shell.flow.thanks.form.hubButton.click()
    ctx.clock.advance(minutes=16)
    shell.flow.note_activity()
    ctx.clock.advance(seconds=61)
    shell.flow.tick()
    return shell.window


def _rest(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    _walk_to(shell, "pain")
    shell.flow.enter_rest()
    return shell.window


def _rest_checkin_due(ctx: Any, make: Callable[[Any], Any] = _shell) -> QWidget:
    shell = make(ctx)
    _walk_to(shell, None)
    shell.flow.thanks.form.hubButton.click()
    shell.flow.enter_rest()
    ctx.clock.advance(minutes=16)
    shell.flow.tick()
    return shell.window


def _ready(ctx: Any, link_id: str | None, make: Callable[[Any], Any] = _shell) -> Any:
    shell = make(ctx)
    _walk_to(shell, None)
    shell.flow.thanks.form.hubButton.click()
    ctx.services.checkins.request_ready_to_go(ctx.visit.id)
    shell.flow.tick()
    shell.flow.card.buttons["start"].click()
    _walk_to(shell, link_id, begin=False)
    return shell


def _ready_invitation(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    _walk_to(shell, None)
    shell.flow.thanks.form.hubButton.click()
    ctx.services.checkins.request_ready_to_go(ctx.visit.id)
    shell.flow.tick()
    return shell.window


def _goodbye(ctx: Any) -> QWidget:
    return _ready(ctx, None).window


def _idle(ctx: Any) -> QWidget:
    ctx.services.visits.end(ctx.visit.id, VisitStatus.DISCHARGED, staff_id=None)
    return _shell(ctx).window


def _staff_choose(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    shell.window.staff_button.click()
    return shell.window


def _staff_pin(ctx: Any) -> QWidget:
    shell = _shell(ctx)
    shell.window.staff_button.click()
    shell.pin_page.staff_tiles[1].click()
    shell.pin_page.pad.type_pin("1111")
    for key in "12":
        shell.pin_page.pad.keys[key].click()
    return shell.window


def _staff_no_accounts(ctx: Any) -> QWidget:
    from kiosk.views.shell import NoStaffDirectory

    shell = ctx.shell(staff=NoStaffDirectory())
    shell.window.staff_button.click()
    return shell.window


def _es_shell(ctx: Any) -> Any:
    """A Spanish-speaking patient in Bay 1 (the demo visit there is replaced)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.views.i18n import Translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app, ctx.paths.resources / "i18n")
    ctx.on_cleanup(lambda: translations.use("en"))  # the next shot starts in English
    ctx.visit = ctx.services.visits.start(
        patient_label="Lucía M.", bay="Bay 1", language="es", treatment=Treatment.IV_KETAMINE,
        infusion_end=ctx.clock.now(), baseline_systolic=118, baseline_pulse=72)
    return _shell(ctx, translations=translations)


def _es_at(link_id: str, chosen: AnswerValue | None = None) -> Callable[[Any], QWidget]:
    def shot(ctx: Any) -> QWidget:
        shell = _es_shell(ctx)
        _walk_to(shell, link_id)
        if chosen is not None:
            shell.flow.checkin.page.control.set_value(chosen)
            shell.flow.checkin.page.set_busy(False)
        return shell.window
    return shot


def _es_screen(screen: Screen) -> Callable[[Any], QWidget]:
    def shot(ctx: Any) -> QWidget:
        shell = _es_shell(ctx)
        shell.flow.move_to(screen)
        return shell.window
    return shot


def _es_call_nurse(ctx: Any) -> QWidget:
    shell = _es_shell(ctx)
    _walk_to(shell, "nausea")
    shell.window.call_nurse_button.click()
    return shell.window


def _es_goodbye(ctx: Any) -> QWidget:
    return _ready(ctx, None, _es_shell).window


def _es_staff_pin(ctx: Any) -> QWidget:
    shell = _es_shell(ctx)
    shell.window.staff_button.click()
    shell.pin_page.staff_tiles[1].click()
    return shell.window


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "patient_welcome": _welcome,
    "patient_checkin_intro": _checkin_intro,
    "patient_checkin_choice": _at("overall-feeling", "okay"),
    "patient_checkin_scale": _at("nausea", 2),
    "patient_checkin_yes_no": _at("vomiting"),
    "patient_checkin_long_question": _at("disconnected"),
    "patient_checkin_multi": _at("red-flags", ["headache", "vision"]),
    "patient_alert_message": _alert_message,
    "patient_call_nurse": _call_nurse,
    "patient_saving_problem": _saving,
    "patient_thanks": _thanks,
    "patient_checkin_invitation": _invitation,
    "patient_rest": _rest,
    "patient_rest_checkin_due": _rest_checkin_due,
    "patient_ready_invitation": _ready_invitation,
    "patient_ready_to_go_feelings": lambda ctx: _ready(ctx, "feelings-now").window,
    "patient_ready_to_go_asq": lambda ctx: _ready(ctx, "asq-2").window,
    "patient_ready_to_go_no_driving": lambda ctx: _ready(ctx, "no-driving-ack").window,
    "patient_goodbye": _goodbye,
    "patient_idle": _idle,
    "patient_staff_choose": _staff_choose,
    "patient_staff_pin": _staff_pin,
    "patient_staff_no_accounts": _staff_no_accounts,
    "patient_es_welcome": lambda ctx: _es_shell(ctx).window,
    "patient_es_checkin_intro": _es_at("checkin-intro"),
    "patient_es_checkin_choice": _es_at("overall-feeling", "okay"),
    "patient_es_checkin_scale": _es_at("nausea", 2),
    "patient_es_checkin_yes_no": _es_at("vomiting"),
    "patient_es_checkin_long_question": _es_at("disconnected"),
    "patient_es_checkin_multi": _es_at("red-flags", ["headache", "vision"]),
    "patient_es_call_nurse": _es_call_nurse,
    "patient_es_thanks": _es_at(None),
    "patient_es_hub": _es_screen(Screen.HUB),
    "patient_es_breathing": _es_screen(Screen.BREATHING),
    "patient_es_grounding": _es_screen(Screen.GROUNDING),
    "patient_es_scenes": _es_screen(Screen.SCENES),
    "patient_es_expect": _es_screen(Screen.EXPECT),
    "patient_es_journal": _es_screen(Screen.JOURNAL),
    "patient_es_rest_checkin_due": lambda ctx: _rest_checkin_due(ctx, _es_shell),
    "patient_es_ready_asq": lambda ctx: _ready(ctx, "asq-2", _es_shell).window,
    "patient_es_goodbye": _es_goodbye,
    "patient_es_staff_pin": _es_staff_pin,
}
