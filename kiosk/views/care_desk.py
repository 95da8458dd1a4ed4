"""The care loop's part of the shell: paging, the glance board, heartbeats.

The station pages always and shows the glance board whenever nobody is signed
in; a bay tablet pages only while a nurse is signed in on it, and reports a
heartbeat every :data:`~kiosk.services.tablets.HEARTBEAT_EVERY` so the station
notices when it goes quiet. "I'm on my way" needs to know who: with nobody
signed in it asks for the PIN first, then records it.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.domain.records import StaffRecord
from kiosk.services.container import Services
from kiosk.services.tablets import HEARTBEAT_EVERY
from kiosk.views.main_window import KioskWindow
from kiosk.views.nurse.pager import Pager
from kiosk.views.nurse.paging_banner import PagingBanner
from kiosk.views.operations import CollectionOp, QueryOp

log = logging.getLogger(__name__)


class ShellLike(Protocol):
    """What the desk needs of the shell."""

    services: Services
    window: KioskWindow
    station: str
    nurse_station: bool
    nurse_area: QWidget | None

    def open_pin_pad(self) -> None:
        """Ask for a staff PIN."""

    def visit_id(self) -> int | None:
        """The visit this bay shows, if any."""


class CareDesk(QObject):
    """Pager, banner, glance board and heartbeat for one shell.

    Attributes:
        pager: decides what to announce.
        banner: shows it over every page.
        glance: the station's always-on board (None on a bay tablet).

    Signals:
        acknowledged(int): this station recorded "on the way" for an alert.
    """

    acknowledged = Signal(int)

    def __init__(self, shell: ShellLike) -> None:
        super().__init__(shell.window)
        self.shell = shell
        services = shell.services
        self.pager = Pager(services, supervise=shell.nurse_station, parent=self)
        self.banner = PagingBanner(self.pager, shell.window.central)
        layout = shell.window.central.layout()
        if isinstance(layout, QBoxLayout):  # right under the top bar, over every page
            layout.insertWidget(1, self.banner)
        self.banner.acknowledge_requested.connect(self.acknowledge)
        self._pending: tuple[str, int] | None = None
        self.glance: Any = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_EVERY.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self.beat)
        if shell.nurse_station:
            from kiosk.views.nurse.glance_page import GlancePage

            # No patient buttons at the station: its top bar need not keep their height,
            # and the banner gets the room.
            shell.window.top_bar.setMinimumHeight(0)
            self.glance = GlancePage(services, shell.window.stack)
            shell.window.stack.addWidget(self.glance)
            self.glance.sign_in_requested.connect(shell.open_pin_pad)
            self.glance.visit_requested.connect(self.open_visit)
            reason = self.pager.sound_off_reason
            if reason:
                log.info("station sound is off: %s", reason)
            self.glance.set_sound_off(bool(reason))
            self.pager.start()
        else:
            self._heartbeat.start()
            self.beat()

    def stop(self) -> None:
        """Stop paging, heartbeats and refreshing (shutdown, tests)."""
        self._heartbeat.stop()
        self.pager.close()
        if self.glance is not None:
            self.glance.board.timer.stop()

    def beat(self) -> None:
        """Report that this bay's tablet is alive (on the worker).

        Never retried: the next beat is as good, and a stuck one must not queue up
        behind a locked database.
        """
        station, visit_id = self.shell.station, self.shell.visit_id()
        QueryOp(self, self.shell.services, lambda s: s.tablets.beat(station, visit_id)).failure(
            lambda _e: log.warning("heartbeat not stored; the station may show this tablet "
                                   "as quiet")).run()

    def show_glance(self) -> None:
        """The station's board, with nobody signed in."""
        if self.glance is not None:
            self.glance.board.refresh()
            self.shell.window.stack.setCurrentWidget(self.glance)

    def nurse_signed_in(self, staff: StaffRecord) -> None:
        """Page on this tablet too, and finish what the sign-in was for."""
        self.pager.start()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        action, target = pending
        if action == "ack":
            self._see(target, staff)
        else:
            self._open_in_area(target)

    def nurse_signed_out(self) -> None:
        """Back to patient mode on a tablet: stop paging there."""
        self._pending = None
        if not self.shell.nurse_station:
            self.pager.stop()

    def sign_in_cancelled(self) -> None:
        """The PIN pad was left: nothing waits for a sign-in any more."""
        self._pending = None

    def acknowledge(self, alert_id: int) -> None:
        """"I'm on my way" from the banner or a board row (asks for the PIN if needed)."""
        staff = self._staff()
        if staff is None:
            self._pending = ("ack", alert_id)
            self.shell.open_pin_pad()
            return
        self._see(alert_id, staff)

    def open_visit(self, visit_id: int) -> None:
        """A board row tapped at the station: sign in, then open that visit."""
        if self._staff() is None:
            self._pending = ("open", visit_id)
            self.shell.open_pin_pad()
        else:
            self._open_in_area(visit_id)

    def _staff(self) -> StaffRecord | None:
        area = self.shell.nurse_area
        staff = getattr(area, "staff", None) if area is not None else None
        return staff if isinstance(staff, StaffRecord) else None

    def _see(self, alert_id: int, staff: StaffRecord) -> None:
        CollectionOp(self, self.shell.services,
                     lambda s: s.alerts.see(alert_id, staff_id=staff.id)).success(
            lambda _alert: self._seen(alert_id)).failure(
            lambda _e: log.warning("acknowledgement not stored")).run()

    def _seen(self, alert_id: int) -> None:
        self.pager.refresh()
        self.acknowledged.emit(alert_id)

    def _open_in_area(self, visit_id: int) -> None:
        area: Any = self.shell.nurse_area
        if area is None or not getattr(area, "has_page", lambda _k: False)("visit"):
            return
        area.page("visit").show_visit(visit_id)
        area.show_page("visit")
