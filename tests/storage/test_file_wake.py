"""The SQLite watcher's wake-up: a write in the folder ends the wait, so does a stop."""

from __future__ import annotations

import threading
import time

from kiosk.storage.file_wake import FileWake


def test_a_write_in_the_folder_ends_the_wait_long_before_its_timeout(tmp_path):
    wake = FileWake(tmp_path, fallback_s=0.05)
    try:
        assert wake.notified  # Linux: inotify
        stop = threading.Event()
        writer = threading.Timer(0.1, (tmp_path / "kiosk.sqlite3-wal").write_bytes, [b"x"])
        started = time.monotonic()
        writer.start()
        assert wake.wait(stop, timeout=30.0)
        assert time.monotonic() - started < 5.0  # woken by the write, not the 30 s timeout
        writer.join()
    finally:
        wake.close()


def test_a_quiet_folder_waits_for_the_timeout(tmp_path):
    wake = FileWake(tmp_path, fallback_s=0.05)
    try:
        started = time.monotonic()
        assert wake.wait(threading.Event(), timeout=0.2)
        assert time.monotonic() - started >= 0.19
    finally:
        wake.close()


def test_stop_and_interrupt_end_the_wait_at_once(tmp_path):
    wake = FileWake(tmp_path, fallback_s=0.05)
    stop = threading.Event()
    result: list[bool] = []
    waiter = threading.Thread(target=lambda: result.append(wake.wait(stop, timeout=30.0)))
    started = time.monotonic()
    waiter.start()
    stop.set()
    wake.interrupt()
    waiter.join(5.0)
    try:
        assert result == [False]
        assert time.monotonic() - started < 5.0
    finally:
        wake.close()


def test_without_a_folder_to_watch_it_falls_back_to_the_timed_poll(tmp_path):
    wake = FileWake(tmp_path / "missing", fallback_s=0.05)
    try:
        assert not wake.notified
        stop = threading.Event()
        assert wake.wait(stop, timeout=30.0)  # the 50 ms poll, not the 30 s timeout
        stop.set()
        assert not wake.wait(stop, timeout=30.0)
    finally:
        wake.close()
