"""An export written by a child process, so that the app's own process never waits for it.

A year of visits takes the export tens of seconds of Python. On a thread of the
app it holds the GIL, and the GUI thread waits for it between its own events (a
tap answered 100-300 ms late while it ran, bench/README.md); in a process of its
own it runs beside the GUI on the other core and the GUI never waits.

The parent starts ``python -c "...; main()"`` (the app's own code, no PySide6)
and writes the :class:`~kiosk.services.export.ExportJob` to its stdin, pickled:
the database key goes through that pipe, never the command line or the
environment. The child answers on its stdout with pickled messages:

* ``("progress", done, total)`` after each chunk;
* then one verdict: ``("done", ExportResult)``, ``("cancelled",)``,
  ``("storage", message)`` or ``("files", reason)``.

With two cores or more the child starts a second one the same way, for the
later half of the visits (whole chunks): its job names those visits and the
partial folder (``ExportJob.part``); it writes their bundles and headerless CSV
parts there, sends its progress and ends with ``("part", visit ids, left out)``.
The first adds both halves' progress, appends the parts to its CSV files in
order once both are done, and closes the second's stdin when it stops early.

Closing the child's stdin cancels the export (the parent closes it on Cancel,
and the system does when the parent dies): the child removes what it wrote and
answers ``("cancelled",)``. The parent, not the child, records the audit event.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from kiosk.domain.errors import StorageError
from kiosk.domain.questionnaire import Questionnaire
from kiosk.domain.records import CheckinKind, CheckinRecord
from kiosk.services.export import ExportCancelled, ExportJob, Split

_START = "from kiosk.services.export_process import main; main()"


class ExportProcess:
    """The parent's side of one export in a child process.

    Attributes:
        pid: the child's process id.
    """

    def __init__(self, job: ExportJob) -> None:
        self._child = subprocess.Popen(  # our own interpreter and code
            [sys.executable, "-c", _START], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.pid = self._child.pid
        assert self._child.stdin is not None and self._child.stdout is not None
        self._stdin: IO[bytes] = self._child.stdin
        self._stdout: IO[bytes] = self._child.stdout
        self._lock = threading.Lock()
        try:
            pickle.dump(job, self._stdin)
            self._stdin.flush()
        except OSError:  # the child died at once: messages() ends without a verdict
            self.cancel()

    def messages(self) -> Iterator[tuple[Any, ...]]:
        """The child's messages, until it ends."""
        while True:
            try:
                message = pickle.load(self._stdout)
            except (EOFError, pickle.UnpicklingError, OSError):
                return
            yield message

    def cancel(self) -> None:
        """Ask the child to stop (it removes what it wrote); safe from any thread."""
        with self._lock:
            if not self._stdin.closed:
                with suppress(OSError):  # the child already gone
                    self._stdin.close()

    def wait(self) -> int:
        """Wait for the child to end; its exit status."""
        self.cancel()
        self._stdout.close()
        return self._child.wait()


class _Forms:
    """The questionnaires of the job, as the export service asks for them."""

    def __init__(self, questionnaires: dict[CheckinKind, Questionnaire]) -> None:
        self._questionnaires = questionnaires

    def questionnaire(self, kind: CheckinKind) -> Questionnaire:
        return self._questionnaires[kind]

    def questionnaire_for(self, checkin: CheckinRecord) -> Questionnaire:
        return self._questionnaires[checkin.kind]


def run_job(job: ExportJob, send: Any, stop: threading.Event) -> None:
    """Write the job's export, sending progress and one verdict through ``send``."""
    from sqlalchemy.orm import sessionmaker

    from kiosk.services.export import ExportService
    from kiosk.storage.db import Database, make_engine

    engine = make_engine(job.url, key=job.key)
    try:
        db = Database(job.url, engine, sessionmaker(engine, expire_on_commit=False))
        service = ExportService(db, _NoClock(), checkins=_Forms(job.questionnaires),
                                audit=None, exports=job.exports,
                                record_system=job.record_system)
        try:
            if job.part is not None:
                ids, folder = job.part
                written, skipped = service.write_part(
                    list(ids), folder, job.now,
                    progress=lambda done, total: send(("progress", done, total)),
                    cancelled=stop.is_set)
                send(("part", written, skipped))
                return
            result = service.write(job.since, job.until, job.now,
                                   progress=lambda done, total: send(("progress", done, total)),
                                   cancelled=stop.is_set, split=_split(job))
        except ExportCancelled:
            send(("cancelled",))
        except StorageError as exc:
            send(("storage", str(exc)))
        except OSError as exc:
            send(("files", exc.strerror or type(exc).__name__))
        else:
            send(("done", result))
    finally:
        engine.dispose()


_WAIT = 0.05
"""Seconds between looks at Cancel while the first process waits for the second."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _split(job: ExportJob) -> Split | None:
    """With two cores or more, a second process writes the later half of the visits."""
    if _cores() < 2:
        return None

    def start(ids: list[int], folder: Path, progress: Callable[[int, int], None]) -> _Part:
        return _Part(replace(job, part=(tuple(ids), folder)), progress)

    return start


class _Part:
    """The second process of a split export, seen from the first."""

    def __init__(self, job: ExportJob, progress: Callable[[int, int], None]) -> None:
        self._child = ExportProcess(job)
        self._verdict: tuple[Any, ...] | None = None
        self._reader = threading.Thread(target=self._read, args=(progress,),
                                        name="export-part", daemon=True)
        self._reader.start()

    def _read(self, progress: Callable[[int, int], None]) -> None:
        for message in self._child.messages():
            if message[0] == "progress":
                progress(message[1], message[2])
            else:
                self._verdict = message

    def _end(self) -> None:
        self._reader.join()
        self._child.wait()

    def finish(self, cancelled: Callable[[], bool] | None = None) -> tuple[list[int], int]:
        while self._reader.is_alive():
            if cancelled is not None and cancelled():
                raise ExportCancelled  # the caller cancels this part too
            self._reader.join(_WAIT)
        self._end()
        verdict = self._verdict
        if verdict is None:
            raise OSError(0, "the export's second process ended without a word")
        if verdict[0] == "part":
            return list(verdict[1]), int(verdict[2])
        if verdict[0] == "storage":
            raise StorageError(verdict[1])
        if verdict[0] == "files":
            raise OSError(0, verdict[1])
        raise ExportCancelled

    def cancel(self) -> None:
        self._child.cancel()  # closing its stdin stops it
        self._end()


class _NoClock:
    """The child writes as of the job's time; nothing asks it for another."""

    def now(self) -> Any:
        raise AssertionError("the export's time comes with the job")


NICENESS = 5


def _yield_to_the_screen() -> None:
    """Lower this process's priority below the app's (its children inherit it).

    A tap on the station then never waits behind the export for a core. Where
    that is not allowed the export still runs, at the same priority.
    """
    with contextlib.suppress(OSError):
        os.nice(NICENESS)


def main() -> None:
    """The child: read the job from stdin, write the export, answer on stdout."""
    out = os.fdopen(os.dup(1), "wb")
    _yield_to_the_screen()
    os.dup2(2, 1)  # a stray print goes to stderr, not into the messages
    source = sys.stdin.buffer
    job = pickle.load(source)
    stop = threading.Event()

    def watch() -> None:  # stdin closed (Cancel, or the parent gone): stop
        while os.read(source.fileno(), 4096):
            pass
        stop.set()

    threading.Thread(target=watch, name="cancel", daemon=True).start()

    lock = threading.Lock()

    def send(message: tuple[Any, ...]) -> None:
        try:
            with lock:  # a split export reports from two threads
                pickle.dump(message, out)
                out.flush()
        except OSError:  # the parent is gone: stop, leaving nothing behind
            stop.set()

    try:
        run_job(job, send, stop)
    except StorageError as exc:  # the database would not even open
        send(("storage", str(exc)))
    out.close()
