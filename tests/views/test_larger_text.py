"""Every patient screen fits 1280x800 at 22 pt and at the larger 28 pt: nothing clipped.

Walks every patient screen of ``make screenshots``, once as built and once with
"Larger text" on, and fails on a label whose words need more room than it has,
a button too small for its text, or a widget past the window's edge.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget
from screen_audit import all_shots, is_patient, opened, shown

from kiosk.views.widgets.patient_tools import PatientTools

SHOTS = {name: shot for name, shot in all_shots().items()
         if is_patient(name) and "_large_" not in name}  # those are the 28pt runs
SLACK = 2  # px of rounding


def scrolled(widget: QWidget) -> bool:
    """Inside a scroll area: it may be taller than the screen and scroll."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(widget: QWidget) -> str | None:
    """Why ``widget`` cannot show all of its text, or None."""
    if isinstance(widget, QLabel):
        if not widget.text().strip() or (widget.pixmap() is not None
                                         and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"needs {need} px height, has {widget.height()}"
            return None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    elif isinstance(widget, QAbstractButton) and widget.text().strip():
        # Width from the style's own size hint; height from the lines of text, since
        # a chosen tile's thicker border grows the hint without hiding any words.
        lines = widget.text().count("\n") + 1
        need = widget.fontMetrics().lineSpacing() * lines
        if widget.sizeHint().width() > widget.width() + SLACK or need > widget.height() - 8:
            return (f"needs {widget.sizeHint().width()} px width and {need} px of text "
                    f"height, has {widget.width()}x{widget.height()}")
    return None


def problems(root: QWidget) -> list[str]:
    found = []
    if (root.width(), root.height()) != (1280, 800):
        found.append(f"window is {root.width()}x{root.height()}")
    for widget in shown(root):
        label = f"{type(widget).__name__} {widget.objectName()!r}"
        text = getattr(widget, "text", None)
        words = str(text())[:40] if callable(text) else ""
        if not scrolled(widget):
            top_left = widget.mapTo(root, widget.rect().topLeft())
            bottom_right = widget.mapTo(root, widget.rect().bottomRight())
            if top_left.x() < -SLACK or top_left.y() < -SLACK \
                    or bottom_right.x() > root.width() + SLACK \
                    or bottom_right.y() > root.height() + SLACK:
                found.append(f"{label} {words!r} goes past the window edge")
        why = clipped(widget)
        if why is not None:
            found.append(f"{label} {words!r} is clipped: {why}")
    return found


@pytest.mark.parametrize("larger", [False, True], ids=["22pt", "28pt"])
@pytest.mark.parametrize("name", sorted(SHOTS))
def test_every_patient_screen_fits_at_either_text_size(qapp, name, larger):
    with opened(name, SHOTS[name]) as root:
        tools = root.findChild(PatientTools)
        if larger:
            if tools is None:
                pytest.skip("no patient tools on this screen's window")
            tools.set_larger(True)
            root.layout().activate() if root.layout() else None
            from PySide6.QtCore import QCoreApplication
            QCoreApplication.processEvents()
        found = problems(root)
    assert not found, "\n".join(found)


def test_larger_text_really_makes_the_words_larger(qapp):
    name = "patient_checkin_scale"
    with opened(name, SHOTS[name]) as root:
        question = root.findChild(QLabel, "questionLabel")
        before = question.font().pointSize()
        tools = root.findChild(PatientTools)
        tools.set_larger(True)
        question.ensurePolished()
        assert question.font().pointSize() >= before * 1.2
        assert tools.larger_button.isChecked()
        tools.reset()
        assert question.font().pointSize() == before


def test_the_larger_text_toggle_has_no_empty_icon_gap_and_a_tick_when_on(qapp):
    name = "patient_welcome"
    with opened(name, SHOTS[name]) as root:
        button = root.findChild(PatientTools).larger_button
        assert button.icon().isNull()  # off: words centred, no blank space beside them
        off_width = button.sizeHint().width()
        button.click()
        assert button.isChecked() and not button.icon().isNull()  # on: a tick, not colour alone
        assert button.sizeHint().width() > off_width
        button.click()
        assert button.icon().isNull()


TABLET_PAGES = {  # nurse page on a bay tablet -> the button that must be in full view
    f"nurse{language}_tablet_{page}": button
    for language in ("", "_es")
    for page, button in (("start_visit", "startButton"), ("visit", "dischargeButton"),
                         ("visit_observation", "saveObservationButton"), ("board", None),
                         ("discharge", "pinKey_enter"))
}


@pytest.mark.parametrize("name", sorted(TABLET_PAGES))
def test_nurse_pages_on_a_bay_tablet_fit_under_the_patient_header(qapp, name):
    """The header with Call a nurse stays (issue 10), and the page fits below it unscrolled."""
    from PySide6.QtWidgets import QScrollArea

    with opened(name, all_shots()[name]) as root:
        assert root.top_bar.isVisible() and root.call_nurse_button.isVisible()
        call = root.call_nurse_button
        assert call.mapTo(root, call.rect().bottomRight()).y() <= root.height()
        holder = next(sa for sa in root.findChildren(QScrollArea)  # the nurse area's, per page
                      if sa.isVisible() and type(sa.widget()).__name__.endswith("Page"))
        assert holder.verticalScrollBar().maximum() == 0, (
            f"{type(holder.widget()).__name__} needs "
            f"{holder.widget().minimumSizeHint().height()} px, has {holder.viewport().height()}")
        nav = next(w for w in root.findChildren(QAbstractScrollArea, "navList") if w.isVisible())
        assert nav.verticalScrollBar().maximum() == 0, "a navigation entry is out of sight"
        button_name = TABLET_PAGES[name]
        if button_name is not None:
            button = next(b for b in root.findChildren(QAbstractButton, button_name)
                          if b.isVisible())
            bottom = button.mapTo(root, button.rect().bottomLeft()).y()
            assert bottom <= root.height()
            assert button.visibleRegion().boundingRect() == button.rect(), "partly hidden"


def test_the_observation_entry_fits_1280x800_with_save_in_view(qapp):
    """At the station: every field of the entry and Save are in view, nothing clipped."""
    name = "nurse_visit_observation"
    with opened(name, all_shots()[name]) as root:
        page = root.page("visit")
        f = page.form
        fields = [f.systolicSpin, f.diastolicSpin, f.pulseSpin, f.spo2Spin, f.respSpin,
                  f.painSpin, f.moaasCombo, f.ambulationCombo, f.nauseaCombo,
                  f.dissociationCombo, f.roomAirCheck, f.saveObservationButton]
        for widget in fields:
            assert widget.visibleRegion().boundingRect() == widget.rect(), widget.objectName()
            bottom_right = widget.mapTo(root, widget.rect().bottomRight())
            assert bottom_right.y() <= root.height() and bottom_right.x() <= root.width()
        assert f.observationsScroll.horizontalScrollBar().maximum() == 0
        combo = f.moaasCombo
        words = combo.currentText() or combo.itemText(0)
        assert combo.fontMetrics().horizontalAdvance(words) < combo.width() - 40, "cut off"


def test_nurse_visit_text_is_16pt_or_more_and_tabs_48px(qapp):
    from PySide6.QtWidgets import QTabBar

    name = "nurse_visit_detail"
    with opened(name, all_shots()[name]) as root:
        page = root.page("visit")
        small = [f"{type(w).__name__} {w.objectName()!r} {w.font().pointSizeF()}pt"
                 for w in shown(page)
                 if ((isinstance(w, QLabel | QAbstractButton) and w.text().strip())
                     or isinstance(w, QTabBar)) and w.font().pointSizeF() < 16]
        assert not small, small
        bar = page.form.tabs.tabBar()
        heights = [bar.tabRect(i).height() for i in range(bar.count()) if bar.isTabVisible(i)]
        assert heights and min(heights) >= 48, heights


DISCHARGE_SCREENS = ("admin_discharge_not_ready", "admin_es_discharge_not_ready",
                     "admin_discharge_done", "nurse_discharge_rems",
                     "nurse_tablet_discharge", "nurse_es_tablet_discharge")


@pytest.mark.parametrize("name", DISCHARGE_SCREENS)
def test_the_discharge_page_has_nurse_text_and_its_pin_pad_in_full_view(qapp, name):
    """16 pt or more, buttons 48 px or more, every PIN key unscrolled in view."""
    with opened(name, all_shots()[name]) as root:
        page = next(p for p in root.findChildren(QWidget, "DischargePage") if p.isVisible())
        small = [f"{type(w).__name__} {w.objectName()!r} {w.font().pointSizeF()}pt"
                 for w in shown(page)
                 if isinstance(w, QLabel | QAbstractButton) and w.text().strip()
                 and w.font().pointSizeF() < 16]
        assert not small, small
        low = [f"{b.objectName()} {b.height()}px" for b in shown(page)
               if isinstance(b, QAbstractButton) and b.height() < 48]
        assert not low, low
        if page.form.modeStack.currentWidget() is page.form.reviewPage:
            for key in page.pin_pad.keys.values():
                assert key.visibleRegion().boundingRect() == key.rect(), key.objectName()
                assert key.mapTo(root, key.rect().bottomRight()).y() <= root.height()


@pytest.mark.parametrize("name", ["nurse_tablet_discharge", "nurse_es_tablet_discharge"])
def test_the_discharge_page_fits_a_tablet_with_the_reason_and_a_refusal_showing(qapp, qtbot,
                                                                               name):
    """The fullest sign-off column: reason box, a three-line refusal, the pad, unscrolled."""
    from PySide6.QtWidgets import QScrollArea

    from kiosk.services.discharge import DischargeRefused

    with opened(name, all_shots()[name]) as root:
        page = next(p for p in root.findChildren(QWidget, "DischargePage") if p.isVisible())
        page.form.overrideCaption.show()
        page.form.overrideEdit.show()
        page._show_message(page._refusal(DischargeRefused("reason", "10")))
        holder = next(sa for sa in root.findChildren(QScrollArea)
                      if sa.isVisible() and sa.widget() is page)
        # Wrapped labels settle over a few layout passes; then nothing may scroll.
        qtbot.waitUntil(lambda: holder.verticalScrollBar().maximum() == 0, timeout=3000)
        widgets = (page.form.overrideEdit, page.form.messageLabel, *page.pin_pad.keys.values())

        def cut() -> list[str]:
            return [w.objectName() for w in widgets
                    if w.visibleRegion().boundingRect() != w.rect()]

        # The refusal replaces a longer message (the unmet items): its label shrinks
        # over a few layout passes too.
        qtbot.waitUntil(lambda: not cut(), timeout=3000)
