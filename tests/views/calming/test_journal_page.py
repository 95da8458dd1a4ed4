from __future__ import annotations

import threading

import pytest

from kiosk.domain.errors import StorageError
from kiosk.domain.records import Treatment
from kiosk.services.container import build_services
from kiosk.services.journal import JournalService
from kiosk.services.worker import DatabaseWorker
from kiosk.views.patient import journal_page
from kiosk.views.patient.journal_page import JournalPage


@pytest.fixture
def visit(services):
    return services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                 treatment=Treatment.IV_KETAMINE)


@pytest.fixture
def page(qtbot, services, visit, monkeypatch):
    monkeypatch.setattr(journal_page, "SAVE_DELAY_MS", 50)
    monkeypatch.setattr(journal_page, "RETRY_MS", 50)
    widget = JournalPage(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(visit.id)
    widget.start()
    return widget


class FlakyJournal:
    """Refuses to save until told otherwise."""

    def __init__(self, real):
        self.real = real
        self.failing = True

    def load(self, visit_id):
        return self.real.load(visit_id)

    def save(self, visit_id, text, shared):
        if self.failing:
            raise StorageError("database is locked")
        return self.real.save(visit_id, text, shared)

    needs_repair = staticmethod(JournalService.needs_repair)


def test_typing_is_saved_after_a_pause(qtbot, page, services, visit):
    page.form.editor.setPlainText("The music felt like colours.")
    assert services.journal.load(visit.id) is None  # not at once: after the pause
    with qtbot.waitSignal(page.saved, timeout=2000):
        pass
    record = services.journal.load(visit.id)
    assert record.text == "The music felt like colours." and record.shared is False
    assert page.form.statusLabel.text() == "Saved"


def test_stop_saves_at_once(page, services, visit):
    page.form.editor.setPlainText("Before the pause")
    page.stop()
    assert services.journal.load(visit.id).text == "Before the pause"


def test_hiding_and_leaving_save(qtbot, page, services, visit):
    page.form.editor.setPlainText("one")
    page.hide()
    assert services.journal.load(visit.id).text == "one"
    page.show()
    page.form.editor.setPlainText("two")
    with qtbot.waitSignal(page.finished):
        page.form.backButton.click()
    assert services.journal.load(visit.id).text == "two"


def test_sharing_choice_is_stored_and_explained(page, services, visit):
    assert page.form.privateButton.isChecked() and "not read" in page.form.shareHintLabel.text()
    page.form.editor.setPlainText("For my nurse")
    page.form.shareButton.click()
    assert not page.form.privateButton.isChecked()
    assert "care team can read" in page.form.shareHintLabel.text()
    assert services.journal.load(visit.id).shared is True
    page.form.privateButton.click()
    assert services.journal.load(visit.id).shared is False


def test_loading_shows_what_was_written_before(qtbot, services, visit):
    services.journal.save(visit.id, "Earlier words", True)
    page = JournalPage(services)
    qtbot.addWidget(page)
    page.load(visit.id)
    assert page.form.editor.toPlainText() == "Earlier words" and page.shared
    with qtbot.assertNotEmitted(page.saved):
        page.stop()  # nothing changed, nothing written


def test_clear_leaves_no_text_and_forgets_the_visit(page, services, visit):
    page.form.editor.setPlainText("Private thought")
    page.form.shareButton.click()
    page.clear()
    assert page.form.editor.toPlainText() == "" and page.visit_id is None
    assert page.form.privateButton.isChecked()
    assert services.journal.load(visit.id).text == "Private thought"  # saved before forgetting
    page.form.editor.setPlainText("typed with no visit")
    page.stop()  # no visit: nothing is written anywhere
    assert services.journal.load(visit.id).text == "Private thought"


def test_a_storage_error_keeps_the_text_and_retries(qtbot, services, visit, monkeypatch):
    monkeypatch.setattr(journal_page, "SAVE_DELAY_MS", 20)
    monkeypatch.setattr(journal_page, "RETRY_MS", 50)
    flaky = FlakyJournal(services.journal)
    services.journal = flaky
    page = JournalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.load(visit.id)
    page.form.editor.setPlainText("Please keep this")
    assert page.flush() is False
    assert page.form.statusLabel.text() == "Couldn't save just now, will try again"
    assert page.form.editor.toPlainText() == "Please keep this"
    flaky.failing = False
    with qtbot.waitSignal(page.saved, timeout=2000):
        pass
    assert services.journal.load(visit.id).text == "Please keep this"


def test_lone_surrogate_is_repaired_and_said_plainly(page, services, visit, monkeypatch):
    typed = "I felt \ud83d calm"  # half an emoji, as a broken on-screen keyboard sends it
    monkeypatch.setattr(page.form.editor, "toPlainText", lambda: typed)
    page._dirty = True
    assert page.flush()
    assert services.journal.load(visit.id).text == "I felt \ufffd calm"
    assert "could not be kept" in page.form.statusLabel.text()


def test_lone_surrogate_anywhere_else_is_a_storage_error_not_a_crash(services, visit):
    with pytest.raises(StorageError, match="cannot be stored"), services.db.unit() as s:
        from sqlalchemy import text

        s.execute(text("UPDATE visit SET patient_label = :x"), {"x": "A\udc00"})


def test_a_journal_entry_written_with_on_screen_keys_only(qtbot, services, visit, page):
    page.resize(1280, 680)
    page.set_language("es")
    assert page.keyboard.isVisible() and "ñ" in page.keyboard.keys
    page.keyboard.type_text("Me siento mejor, gracias")
    page.keyboard.keys["ñ"].click()
    page.keyboard.keys["backspace"].click()
    page.keyboard.keys["enter"].click()
    page.keyboard.type_text("Todo bien?")
    qtbot.waitUntil(lambda: (services.journal.load(visit.id) or None) is not None
                    and services.journal.load(visit.id).text
                    == "Me siento mejor, gracias\nTodo bien?")
    page.show_keyboard(False)
    assert not page.keyboard.isVisible() and page.form.instructionsLabel.isVisible()
    page.set_language("en")
    assert "ñ" not in page.keyboard.keys and "'" in page.keyboard.keys


# -- with the real database worker: nothing waits on the GUI thread ----------------------


class HeldJournal:
    """The real journal service, whose calls wait on the worker until released."""

    def __init__(self, real):
        self.real = real
        self.gate = threading.Event()
        self.gate.set()
        self.saved: list[str] = []
        self.fail_next = False

    def load(self, visit_id):
        self.gate.wait(10)
        return self.real.load(visit_id)

    def save(self, visit_id, text, shared):
        self.gate.wait(10)
        if self.fail_next:
            self.fail_next = False
            raise StorageError("the journal could not be stored")
        self.saved.append(text)
        return self.real.save(visit_id, text, shared)

    needs_repair = staticmethod(JournalService.needs_repair)


@pytest.fixture
def held(settings, clock, paths, db, questionnaires, monkeypatch):
    monkeypatch.setattr(journal_page, "SAVE_DELAY_MS", 20)
    monkeypatch.setattr(journal_page, "RETRY_MS", 50)
    built = build_services(settings=settings, clock=clock, paths=paths, db=db,
                           questionnaires=questionnaires, worker=DatabaseWorker(), live=False)
    journal = HeldJournal(built.journal)
    built.journal = journal
    yield built, journal
    journal.gate.set()
    built.worker.close(5)


def _threaded_page(qtbot, services, visit_id):
    page = JournalPage(services)
    qtbot.addWidget(page)
    page.show()
    page.load(visit_id)
    return page


def test_typing_while_a_save_is_on_its_way_writes_only_the_latest_text(qtbot, held, visit):
    services, journal = held
    page = _threaded_page(qtbot, services, visit.id)
    qtbot.waitUntil(lambda: page.loaded)
    journal.gate.clear()  # the database is slow
    page.form.editor.setPlainText("a")
    page.stop()  # on its way, held
    for text in ("ab", "abc", "abcd"):
        page.form.editor.setPlainText(text)
        page.stop()
    qtbot.waitUntil(lambda: page.form.statusLabel.text() == "Saving…")  # slow: said so
    assert page.form.editor.toPlainText() == "abcd"
    with qtbot.waitSignal(page.saved, timeout=5000):
        journal.gate.set()
    assert journal.saved == ["a", "abcd"]  # the burst in between was never written
    assert services.journal.load(visit.id).text == "abcd"
    assert page.form.statusLabel.text() == "Saved"


def test_a_quick_save_shows_no_saving_hint(qtbot, held, visit):
    services, _journal = held
    page = _threaded_page(qtbot, services, visit.id)
    qtbot.waitUntil(lambda: page.loaded)
    shown: list[str] = []
    page._show_saving = lambda _session: shown.append("hint")
    page.form.editor.setPlainText("quick")
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.stop()
    assert shown == [] and page.form.statusLabel.text() == "Saved"


def test_words_typed_before_the_stored_journal_arrives_are_kept(qtbot, held, visit):
    services, journal = held
    services.journal.real.save(visit.id, "Earlier words", True)
    journal.gate.clear()  # the stored text is slow to come back
    page = _threaded_page(qtbot, services, visit.id)
    page.form.editor.setPlainText("Typed meanwhile")
    page.stop()  # nothing is written over the stored text before it is read
    assert journal.saved == []
    with qtbot.waitSignal(page.saved, timeout=5000):
        journal.gate.set()
    assert page.form.editor.toPlainText() == "Earlier words\n\nTyped meanwhile"
    assert journal.saved == ["Earlier words\n\nTyped meanwhile"]
    assert not page.shared  # the choice on screen while typing (private) wins, as before


def test_leaving_the_visit_before_the_journal_arrives_keeps_both_texts(qtbot, held, visit):
    services, journal = held
    services.journal.real.save(visit.id, "Earlier words", False)
    journal.gate.clear()
    page = _threaded_page(qtbot, services, visit.id)
    page.form.editor.setPlainText("Last words")
    page.clear()  # the visit ends: the screen forgets at once, the worker keeps both
    assert page.form.editor.toPlainText() == "" and page.visit_id is None
    journal.gate.set()
    qtbot.waitUntil(lambda: services.worker.wait_idle(0), timeout=5000)
    assert services.journal.real.load(visit.id).text == "Earlier words\n\nLast words"


def test_a_refused_save_on_the_worker_keeps_the_text_and_retries(qtbot, held, visit):
    services, journal = held
    page = _threaded_page(qtbot, services, visit.id)
    qtbot.waitUntil(lambda: page.loaded)
    journal.fail_next = True
    page.form.editor.setPlainText("Please keep this")
    page.stop()
    qtbot.waitUntil(lambda: page.form.statusLabel.text()
                    == "Couldn't save just now, will try again")
    assert page.form.editor.toPlainText() == "Please keep this"
    with qtbot.waitSignal(page.saved, timeout=5000):
        pass  # the retry timer
    assert services.journal.real.load(visit.id).text == "Please keep this"
