"""Four devices starting together on an empty PostgreSQL database all reach head."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.storage import migrate
from kiosk.storage.db import make_engine

SERVER = os.environ.get("KIOSK_TEST_POSTGRES_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not SERVER, reason="KIOSK_TEST_POSTGRES_URL not set"),
]
ROOT = Path(__file__).resolve().parents[2]
# Each device imports everything, says so, then waits for the common start signal.
DEVICE = ("import sys\nfrom kiosk.storage.db import open_database\n"
          "print('ready', flush=True)\nsys.stdin.readline()\n"
          "open_database(sys.argv[1]).close()\nprint('at head', flush=True)\n")


@pytest.mark.parametrize("trial", range(2))
def test_four_devices_start_together_on_an_empty_database(trial, pg_empty_url):
    # An empty database (pg_empty_url, not pg_db): the four devices migrate it.
    url = pg_empty_url
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    devices = [subprocess.Popen([sys.executable, "-c", DEVICE, url], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env, cwd=ROOT) for _ in range(4)]
    try:
        for device in devices:
            assert device.stdout is not None and device.stdout.readline().strip() == "ready"
        for device in devices:  # as close to together as four processes get
            assert device.stdin is not None
            device.stdin.write("go\n")
            device.stdin.flush()
        results = [device.communicate(timeout=120) for device in devices]
        assert [d.returncode for d in devices] == [0] * 4, [err for _, err in results]
        assert all(out.strip() == "at head" for out, _ in results)
        engine = make_engine(url)
        with engine.connect() as c:
            assert migrate.current_revision(c) == migrate.HEAD_REVISION
        engine.dispose()
    finally:
        for device in devices:
            if device.poll() is None:
                device.kill()
                device.communicate()
