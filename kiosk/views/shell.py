"""The top-level view object the app shows: the patient kiosk or the nurse station."""

from __future__ import annotations

from kiosk.services.container import Services
from kiosk.views.main_window import KioskWindow
from kiosk.views.patient.welcome_page import WelcomePage


class Shell:
    """Owns the main window for one station.

    Attributes:
        window: the kiosk window.
    """

    def __init__(self, services: Services, *, station: str, nurse_station: bool) -> None:
        self.services = services
        self.station = station
        self.window = KioskWindow(clinic_name=services.settings.clinic.name,
                                  patient_mode=not nurse_station)
        self.welcome = WelcomePage(self.window.stack)
        self.window.stack.addWidget(self.welcome)
        visit = services.visits.active_for_bay(station)
        self.welcome.setup_page(visit.first_name if visit else "",
                                services.settings.clinic.name)

    def show(self, *, windowed: bool) -> None:
        """Show the window (full-screen unless windowed)."""
        self.window.show_kiosk(windowed=windowed)


def build_shell(services: Services, *, station: str, nurse_station: bool) -> Shell:
    """Build the shell for a bay tablet or the nurse station."""
    return Shell(services, station=station, nurse_station=nurse_station)
