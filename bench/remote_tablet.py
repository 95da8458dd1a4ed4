"""``python -m bench.remote_tablet URL``: another device's process, driven line by line.

Used by the cross-process tests and the alert-to-board benchmark: a real
second process commits through the real services on the same database. Reads
commands on stdin, answers each on stdout after the commit, with the wall
clock (``time.time()``) taken the moment the commit is confirmed:

    visit BAY        -> ``visit <id> <t>``   (a visit starts in BAY)
    alert VISIT_ID   -> ``alert <id> <t>``   (an urgent alert is raised)
    quit
"""

from __future__ import annotations

import sys
import time

from sqlalchemy import event

from kiosk.domain.clock import SystemClock
from kiosk.domain.records import Severity, Treatment
from kiosk.services.alerts import AlertService
from kiosk.services.visits import VisitService
from kiosk.storage.db import open_database


def main(url: str) -> int:
    """Serve commands until ``quit`` or end of input."""
    db = open_database(url, station="bench-tablet")
    committed: list[float] = []
    # The clock is read the moment the database confirms the commit (not after
    # the service has also built its record and closed the session).
    event.listen(db.sessions, "after_commit", lambda _s: committed.append(time.time()))
    clock = SystemClock()
    visits, alerts = VisitService(db, clock), AlertService(db, clock)
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "visit":
            visit = visits.start(patient_label="Remote R.", bay=" ".join(words[1:]),
                                 treatment=Treatment.IV_KETAMINE)
            print(f"visit {visit.id} {committed[-1]!r}", flush=True)
        elif words[0] == "alert":
            alert = alerts.raise_alert(int(words[1]), "Trouble breathing", Severity.URGENT)
            print(f"alert {alert.id} {committed[-1]!r}", flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
