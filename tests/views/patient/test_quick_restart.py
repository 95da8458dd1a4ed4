"""Quick restart: the patient's screen painted before the services exist, then handed over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.domain.questionnaire.model import Severity
from kiosk.domain.records import CheckinKind, Treatment, VisitStatus
from kiosk.inputs import Options
from kiosk.quick_start import QUICK_START_ENV, quick_plan
from kiosk.views.flow.quick_screen import QuickScreen

BAY = "Bay 1"
ROOT = Path(__file__).resolve().parents[3]


def options(**changes) -> Options:
    values = {"db_url": None, "config": None, "windowed": True, "demo": False, "station": BAY}
    return Options(**{**values, **changes})


@pytest.fixture
def clinic(services):
    services.staff.create_first_admin("Ana Admin", "482916")
    return services


@pytest.fixture
def mid_checkin(clinic):
    """Maya answered two items of her check-in, then the tablet crashed."""
    visit = clinic.visits.start(patient_label="Maya R.", bay=BAY,
                                treatment=Treatment.IV_KETAMINE)
    checkin = clinic.checkins.start_now(visit.id)
    clinic.checkins.record_answer(checkin.id, "overall-feeling", "uneasy")
    clinic.checkins.record_answer(checkin.id, "nausea", 3)
    return checkin


@pytest.fixture
def make_quick(paths, qtbot):
    def make(finish=lambda: None) -> QuickScreen:
        plan = quick_plan(options(), paths)
        assert plan is not None
        screen = QuickScreen(plan.peek.screen, clinic_name=plan.settings.clinic.name,
                             first_name=plan.peek.first_name,
                             questionnaire=plan.questionnaire, answers=plan.peek.answers,
                             lang=plan.peek.language, finish=finish)
        qtbot.addWidget(screen.window)
        screen.window.resize(1280, 800)
        screen.window.show()
        return screen
    return make


@pytest.fixture
def adopt(make_shell):
    """The shell built as the quick restart builds it, around the painted screen."""
    def build(screen: QuickScreen):
        shell = make_shell(quick=screen)
        screen.hand_over()
        return shell
    return build


def test_paints_the_item_a_full_start_resumes_at(mid_checkin, make_quick, make_shell):
    screen = make_quick()
    full = make_shell()
    assert screen.page.item.link_id == full.flow.checkin.page.item.link_id == "nausea-trend"
    assert screen.page.form.progressLabel.text() == full.flow.checkin.page.form.progressLabel.text()
    assert screen.page.form.backButton.isVisible()
    assert screen.window.call_nurse_button.isVisible()


def test_the_shell_takes_over_the_very_page_with_the_patients_choice(
        mid_checkin, make_quick, adopt, clinic):
    screen = make_quick()
    screen.page.control.tiles.tiles["better"].click()  # chosen while the app was loading
    shell = adopt(screen)
    assert shell.window is screen.window
    assert shell.flow.checkin.page is screen.page
    stack = shell.window.stack
    assert [stack.widget(i) for i in range(stack.count())].count(screen.page) == 1
    assert shell.flow.screen == "checkin"
    assert screen.page.value() == "better"
    screen.page.form.nextButton.click()
    assert clinic.checkins.answers(mid_checkin.id)["nausea-trend"] == "better"
    assert screen.page.item.link_id == "vomiting"


def test_next_before_the_services_exist_finishes_the_start_then_saves(
        mid_checkin, make_quick, adopt, clinic):
    holder: dict = {}
    screen = make_quick(finish=lambda: holder.setdefault("shell", adopt(holder["screen"])))
    holder["screen"] = screen
    screen.page.control.tiles.tiles["worse"].click()
    screen.page.form.nextButton.click()
    assert screen.handed_over
    assert clinic.checkins.answers(mid_checkin.id)["nausea-trend"] == "worse"
    assert screen.page.item.link_id == "vomiting"


def test_call_a_nurse_before_the_services_exist_is_not_lost(mid_checkin, make_quick, adopt,
                                                            clinic):
    holder: dict = {}
    screen = make_quick(finish=lambda: holder.setdefault("shell", adopt(holder["screen"])))
    holder["screen"] = screen
    screen.window.call_nurse_button.click()
    alerts = clinic.alerts.for_visit(mid_checkin.visit_id, open_only=True)
    assert [a.severity for a in alerts] == [Severity.REQUEST]
    assert holder["shell"].flow.card.card is not None


def test_speaks_the_visits_language(clinic, paths, make_quick, qapp):
    from kiosk.views.i18n import Translations

    visit = clinic.visits.start(patient_label="Lucía P.", bay=BAY, language="es",
                                treatment=Treatment.IV_KETAMINE)
    clinic.checkins.start_now(visit.id)
    translations = Translations(qapp, paths.resources / "i18n")
    translations.use("es")
    try:
        screen = make_quick()
        item = screen.page.item
        assert screen.page.form.nextButton.text() == "Continuar"  # an information screen
        assert screen.page.form.questionLabel.text() == item.text_for("es") \
            != item.text_for("en")
        assert screen.window.call_nurse_button.text() != "Call a nurse"
    finally:
        translations.use("en")


@pytest.mark.parametrize("change", [
    {"station": "nurse"}, {"demo": True}, {"db_url": "postgresql://kiosk@server/kiosk"},
    {"station": "Bay 2"},
])
def test_other_starts_are_left_to_the_full_start(mid_checkin, paths, change):
    assert quick_plan(options(), paths) is not None
    assert quick_plan(options(**change), paths) is None


def test_can_be_turned_off(mid_checkin, paths, monkeypatch):
    monkeypatch.setenv(QUICK_START_ENV, "0")
    assert quick_plan(options(), paths) is None


def test_a_broken_settings_file_is_left_for_the_full_start_to_name(mid_checkin, paths,
                                                                    tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[checkin]\ninterval_minutes = 'soon'\n")
    assert quick_plan(options(config=bad), paths) is None


def test_stored_settings_choose_the_form_as_the_services_do(clinic, paths):
    clinic.settings_store.save(clinic.settings, "clinic", "name", "Harbor Clinic", staff_id=1)
    visit = clinic.visits.start(patient_label="Maya R.", bay=BAY,
                                treatment=Treatment.IV_KETAMINE)
    checkin = clinic.checkins.start_now(visit.id, CheckinKind.READY_TO_GO)
    plan = quick_plan(options(), paths)
    assert plan is not None
    assert plan.settings.clinic.name == "Harbor Clinic"
    assert plan.questionnaire == clinic.checkins.questionnaire_for(checkin)


BROKEN_START = """
import sys
from kiosk.inputs import Inputs, Options
from kiosk.paths import AppPaths
from kiosk.quick_start import QuickPlan, quick_plan, run_quick

options = Options(db_url=None, config=None, windowed=True, demo=False, station="Bay 1")
paths = AppPaths.default()
plan = quick_plan(options, paths)
assert plan is not None
# The questionnaire on screen loads, but the ready-to-go form has gone missing.
inputs = Inputs(plan.inputs.settings, {plan.questionnaire.url: plan.questionnaire}, None)
sys.exit(run_quick(QuickPlan(inputs, plan.settings, plan.questionnaire, plan.peek),
                   options, paths))
"""


def test_a_start_that_fails_behind_the_painted_page_exits_with_the_reason(mid_checkin, paths):
    # In its own process: the failing start ends that process's event loop.
    env = {**os.environ, "KIOSK_DATA_DIR": str(paths.data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", BROKEN_START], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert "recovery-kiosk: " in done.stderr
    assert "no questionnaire with url" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_checkin_closed_while_loading_leaves_nothing_on_the_page(mid_checkin, make_quick,
                                                                   adopt, clinic):
    screen = make_quick()
    clinic.visits.end(mid_checkin.visit_id, VisitStatus.CANCELLED, staff_id=1)
    shell = adopt(screen)
    assert shell.flow.screen == "idle"
    assert screen.page.item is None
    assert shell.window.stack.currentWidget() is shell.flow.idle


def test_the_hand_over_keeps_the_visits_language_throughout(clinic, paths, qapp, make_quick,
                                                            make_shell):
    from kiosk.views.i18n import Translations

    visit = clinic.visits.start(patient_label="Lucía P.", bay=BAY, language="es",
                                treatment=Treatment.IV_KETAMINE)
    clinic.checkins.start_now(visit.id)
    translations = Translations(qapp, paths.resources / "i18n")
    translations.use("es")
    switches = []
    use = translations.use
    translations.use = lambda lang: (switches.append(lang), use(lang))  # type: ignore[method-assign]
    try:
        screen = make_quick()
        shell = make_shell(quick=screen, translations=translations)
        screen.hand_over()
        assert set(switches) == {"es"}  # never through English and back
        assert shell.flow.checkin.page is screen.page
        assert screen.page.form.nextButton.text() == "Continuar"
    finally:
        use("en")


def between_checkins(clinic, where: str):
    """Maya is in the bay with no check-in open; her last one put her ``where``."""
    visit = clinic.visits.start(patient_label="Maya R.", bay=BAY,
                                treatment=Treatment.IV_KETAMINE)
    kinds = {"welcome": [], "hub": [CheckinKind.CHECKIN],
             "goodbye": [CheckinKind.CHECKIN, CheckinKind.READY_TO_GO]}[where]
    for kind in kinds:
        clinic.checkins.complete(clinic.checkins.start_now(visit.id, kind).id)
    return visit


@pytest.mark.parametrize("where", ["welcome", "hub", "goodbye"])
def test_between_checkins_the_flow_takes_over_the_page_it_would_show(clinic, make_quick,
                                                                     qtbot, staff, where):
    from kiosk.views.shell import build_shell

    between_checkins(clinic, where)
    screen = make_quick()
    assert screen.screen == where
    if where != "hub":
        assert "Maya" in " ".join(label.text() for label in screen.page.findChildren(QLabel))
    shell = build_shell(clinic, station=BAY, nurse_station=False, staff=staff,
                        nurse_area_factory=lambda _staff: QWidget(), quick=screen)
    screen.hand_over()
    try:
        assert shell.flow.screen == where  # the flow's own restart rule agrees
        assert shell.flow.page(shell.flow.screen) is screen.page
        assert shell.window.stack.currentWidget() is screen.page
        stack = shell.window.stack
        assert [stack.widget(i) for i in range(stack.count())].count(screen.page) == 1
    finally:
        shell.stop()
        shell.window.patient_mode = False


def test_begin_on_the_welcome_before_the_services_exist_opens_the_checkin(
        clinic, make_quick, adopt):
    between_checkins(clinic, "welcome")
    holder: dict = {}
    screen = make_quick(finish=lambda: holder.setdefault("shell", adopt(holder["screen"])))
    holder["screen"] = screen
    screen.page.form.startButton.click()
    assert screen.handed_over
    assert holder["shell"].flow.screen == "checkin"


def test_an_activity_chosen_on_the_hub_before_the_services_exist_opens(
        clinic, make_quick, make_shell, fake_calming):
    from kiosk.views.flow.calming import CalmingPages

    between_checkins(clinic, "hub")
    holder: dict = {}

    def finish():
        screen = holder["screen"]
        calming = CalmingPages(hub=screen.page, activities=fake_calming.activities)
        holder["shell"] = make_shell(quick=screen, calming=calming)
        screen.hand_over()

    screen = make_quick(finish=finish)
    holder["screen"] = screen
    screen.page.form.groundingTile.click()
    assert holder["shell"].flow.screen == "grounding"


def test_paints_before_pyside_builds_the_qt_namespace(mid_checkin, paths):
    # kiosk/views/widgets/by_name.py: building Qt's ~90 enums costs a restart ~20 ms.
    env = {**os.environ, "KIOSK_DATA_DIR": str(paths.data_dir), "QT_QPA_PLATFORM": "offscreen",
           "KIOSK_PLUGIN": "tests.support.qt_enum_probe:QtEnumProbe"}
    env.pop(QUICK_START_ENV, None)
    done = subprocess.run([sys.executable, "main.py", "--station", BAY], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    painted = [line for line in done.stdout.splitlines() if line.startswith("painted ")]
    assert painted == ["painted CheckinPage qt-namespace=no before-show=no"], done.stdout
    assert "loaded gc=on" in done.stdout.splitlines()  # main.py's start-up pause is over
