"""The nurse area: navigation between nurse pages, who is signed in, and the lock button.

Other engineers add their pages with :meth:`NurseArea.add_page`; the shell
builds the area through :func:`build_nurse_area`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidgetItem, QScrollArea, QWidget

from kiosk.domain.records import StaffRecord
from kiosk.forms.nurse_area import Ui_NurseArea
from kiosk.services.container import Services

_KEY_ROLE = Qt.ItemDataRole.UserRole
ADMIN_ROLE = "admin"
BOARD, VISIT, STAFF = "board", "visit", "staff"


class NurseArea(QWidget):
    """Container of nurse pages with a side navigation.

    Attributes:
        services: the app services.
        staff: who is signed in.
        station: the bay of the tablet showing this area (None at the nurse station).
        form: the generated form (``navList``, ``pageStack``, ``lockButton``...).

    Signals:
        logout_requested: the nurse tapped "Lock / back to patient".
        page_changed(str): the key of the page now shown.
    """

    logout_requested = Signal()
    page_changed = Signal(str)

    def __init__(self, services: Services, staff: StaffRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.staff = staff
        self.station: str | None = None
        self.rems_watch: QObject | None = None  # raises esketamine "BP due" alerts
        self.form = Ui_NurseArea()
        self.form.setupUi(self)
        self._pages: dict[str, QWidget] = {}
        self._nav_keys: list[str] = []
        self._holders: dict[str, QScrollArea] = {}
        role = self.tr("admin") if staff.role == ADMIN_ROLE else self.tr("nurse")
        self.form.signedInLabel.setText(
            self.tr("Signed in: %1 (%2)").replace("%1", staff.name).replace("%2", role))
        self.form.navList.setMinimumHeight(200)
        self.form.navList.currentRowChanged.connect(self._row_chosen)
        self.form.navList.itemClicked.connect(
            lambda item: self.show_page(str(item.data(_KEY_ROLE))))
        self.form.lockButton.setText(self.tr("Lock /\nback to patient"))
        # Sized so every entry shows on a bay tablet, under the patient header (640 px).
        self.form.lockButton.setMinimumHeight(88)
        # A long entry ("Avisos de formularios") wraps onto a second line instead of
        # being cut with "…"; each entry is at least 56 px tall (44 + padding: a touch target).
        self.form.navList.setWordWrap(True)
        self.form.navList.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.form.navList.setStyleSheet(
            "QListWidget { font-size: 17pt; }"
            " QListWidget::item { min-height: 44px; padding-top: 6px; padding-bottom: 6px; }")
        self.form.signedInLabel.setStyleSheet("font-size: 17pt;")
        # Local size only: the theme's button font is sized for patients' big tiles.
        self.form.lockButton.setStyleSheet("font-size: 16pt;")
        self.form.lockButton.clicked.connect(self.logout_requested)

    @property
    def is_admin(self) -> bool:
        """True when the signed-in account is an admin."""
        return self.staff.role == ADMIN_ROLE

    def add_page(self, key: str, title: str, widget: QWidget, *,
                 admin_only: bool = False, in_nav: bool = True) -> bool:
        """Add a page under ``key`` with a navigation entry.

        Admin-only pages are not added for a nurse account (the widget is
        deleted). Pages with ``in_nav=False`` (the visit detail) are reached
        only through :meth:`show_page`. Returns True when the page was added.

        Raises:
            ValueError: a page with this key already exists.
        """
        if key in self._pages:
            raise ValueError(f"nurse page {key!r} already added")
        if admin_only and not self.is_admin:
            widget.deleteLater()
            return False
        self._pages[key] = widget
        # A scroll area per page: no page's minimum size can push the window
        # past the screen (1280x800 tablets).
        holder = QScrollArea(self.form.pageStack)
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(widget)
        holder.setAccessibleName(title or widget.accessibleName())
        self._holders[key] = holder
        self.form.pageStack.addWidget(holder)
        if len(self._pages) == 1:
            self.show_page(key)
        if not in_nav:
            return True
        self._nav_keys.append(key)
        item = QListWidgetItem(title)
        item.setData(_KEY_ROLE, key)
        self.form.navList.addItem(item)
        if self.current_key() == key:
            self._select_nav(key)
        return True

    def has_page(self, key: str) -> bool:
        """True when a page with this key was added."""
        return key in self._pages

    def page(self, key: str) -> QWidget:
        """The widget of page ``key``."""
        return self._pages[key]

    def page_keys(self) -> list[str]:
        """Keys of the pages in navigation order."""
        return list(self._pages)

    def current_key(self) -> str | None:
        """The key of the page shown, or None before any page is added."""
        holder = self.form.pageStack.currentWidget()
        return next((k for k, h in self._holders.items() if h is holder), None)

    def show_page(self, key: str) -> None:
        """Show page ``key`` and select it in the navigation.

        Raises:
            KeyError: no page with this key.
        """
        holder = self._holders[key]
        changed = self.form.pageStack.currentWidget() is not holder
        self.form.pageStack.setCurrentWidget(holder)
        self._select_nav(key)
        if changed:
            self.page_changed.emit(key)

    def _select_nav(self, key: str) -> None:
        # A page outside the navigation (visit detail) keeps the entry it came from
        # highlighted; clearing it would let a focus-in select row 0 and jump away.
        if key not in self._nav_keys:
            return
        row = self._nav_keys.index(key)
        if self.form.navList.currentRow() != row:
            self.form.navList.blockSignals(True)
            self.form.navList.setCurrentRow(row)
            self.form.navList.blockSignals(False)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self._nav_keys):
            self.show_page(self._nav_keys[row])


def build_nurse_area(services: Services, staff: StaffRecord,
                     parent: QWidget | None = None, *, station: str | None = None) -> NurseArea:
    """Build the nurse area with the board, staff pages and the admin pages.

    Args:
        services: the app services.
        staff: who signed in.
        parent: the parent widget.
        station: this tablet's bay (the default bay of a new visit), or None.
    """
    from kiosk.views.nurse import admin_pages

    area = NurseArea(services, staff, parent)
    area.station = station
    _add_own_pages(area, services)
    admin_pages.register(area, services)
    return area


def _add_own_pages(area: NurseArea, services: Services) -> None:
    from kiosk.views.nurse.board_page import BoardPage
    from kiosk.views.nurse.staff_page import StaffPage
    from kiosk.views.nurse.visit_detail_page import VisitDetailPage

    board = BoardPage(services, area)
    detail = VisitDetailPage(services, area.staff, area)
    area.add_page(BOARD, QCoreApplication.translate("NurseArea", "Board"), board)
    area.add_page(VISIT, QCoreApplication.translate("NurseArea", "Visit"), detail, in_nav=False)
    area.add_page(STAFF, QCoreApplication.translate("NurseArea", "Staff accounts"),
                  StaffPage(services, area.staff, area), admin_only=True)

    def open_visit(visit_id: int) -> None:
        detail.show_visit(visit_id)
        area.show_page(VISIT)

    board.visit_requested.connect(open_visit)
    detail.back_requested.connect(lambda: area.show_page(BOARD))
    detail.visit_changed.connect(lambda _id: board.refresh())
    from kiosk.views.nurse.rems_watch import RemsWatch

    watch = RemsWatch(services, area)
    watch.raised.connect(lambda _n: board.refresh())
    area.rems_watch = watch
