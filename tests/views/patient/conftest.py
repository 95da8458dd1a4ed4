"""Fixtures for the patient views: a shell on the temporary database with fake staff."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.records import StaffRecord, Treatment
from kiosk.services.staff_check import PinResult
from kiosk.views.flow.calming import ACTIVITY_KEYS, CalmingPages
from kiosk.views.shell import Shell, build_shell

TEST_PIN = "2468"
CALM = {
    "overall-feeling": "calm", "nausea": 0, "nausea-trend": "better", "vomiting": False,
    "dizziness": 1, "pain": 0, "disconnected": 2, "clarity": 8, "red-flags": ["none"],
    "wants-nurse": False, "feelings-now": ["calm"], "asq-1": "no", "asq-2": "no",
    "asq-3": "no", "asq-4": "no", "escort-confirmed": True, "no-driving-ack": True,
    "integration-interest": "no"}  # lives in the tests only; the app never holds a PIN


class FakeStaff:
    """A staff directory for tests: two accounts, one accepted PIN."""

    def __init__(self) -> None:
        self.accounts = [StaffRecord(1, "Ana Nurse", "nurse", True, 0, None),
                         StaffRecord(2, "Ben Admin", "admin", True, 0, None)]
        self.tries: list[tuple[int, str]] = []

    def active_staff(self) -> list[StaffRecord]:
        return list(self.accounts)

    def verify_pin(self, staff_id: int, pin: str) -> PinResult:
        self.tries.append((staff_id, pin))
        account = next(a for a in self.accounts if a.id == staff_id)
        if pin == TEST_PIN:
            return PinResult(ok=True, staff=account)
        return PinResult(ok=False, message="That PIN is not right. 4 tries left.")


class FakeNurseArea(QWidget):
    logout_requested = Signal()

    def __init__(self, staff: StaffRecord) -> None:
        super().__init__()
        self.staff = staff
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Nurse area for {staff.name}"))
        self.lock = QPushButton("Lock", self)
        self.lock.clicked.connect(self.logout_requested)
        layout.addWidget(self.lock)


class FakeHub(QWidget):
    activity_chosen = Signal(str)
    checkin_requested = Signal()

    def start(self) -> None:
        """Nothing plays on the hub."""

    def stop(self) -> None:
        """Nothing plays on the hub."""

    def clear(self) -> None:
        """The hub holds nothing about the patient."""


class FakeActivity(QWidget):
    finished = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.started = 0
        self.stopped = 0
        self.loaded: int | None = None

    def start(self) -> None:
        self.started += 1

    def stop(self) -> None:
        self.stopped += 1

    def clear(self) -> None:
        self.loaded = None

    def load(self, visit_id: int) -> None:
        self.loaded = visit_id


@pytest.fixture
def fake_calming() -> CalmingPages:
    return CalmingPages(FakeHub(), {k: FakeActivity(k) for k in ACTIVITY_KEYS})


@pytest.fixture
def test_pin() -> str:
    """The one PIN the fake staff directory accepts."""
    return TEST_PIN


@pytest.fixture
def staff() -> FakeStaff:
    return FakeStaff()


@pytest.fixture
def visit(services):
    return services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                 treatment=Treatment.IV_KETAMINE, baseline_systolic=120,
                                 baseline_pulse=70)


@pytest.fixture
def make_shell(services, qtbot, staff, fake_calming) -> Iterator[Callable[..., Shell]]:
    shells: list[Shell] = []

    def make(*, nurse_station: bool = False, calming: CalmingPages | None = None,
             **kwargs) -> Shell:
        kwargs.setdefault("staff", staff)
        shell = build_shell(services, station="Bay 1", nurse_station=nurse_station,
                            nurse_area_factory=FakeNurseArea,
                            calming=calming or fake_calming, **kwargs)
        qtbot.addWidget(shell.window)
        shell.window.resize(1280, 800)
        shell.window.show()
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.stop()
        shell.window.patient_mode = False


@pytest.fixture
def answer_until():
    """Tap through a check-in with calm answers (``extra`` overrides some)."""
    from tests.support.test_driver import answer_until as drive

    def run(flow, stop_at, extra=None):
        return drive(flow, stop_at, {**CALM, **(extra or {})})

    return run
