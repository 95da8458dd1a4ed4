"""A visit id that names no visit is refused, not guessed at, by every nurse-side use case."""

from __future__ import annotations

import pytest

from kiosk.services.observations import ObservationEntry

MISSING = 999

ENTRY = ObservationEntry(systolic=120, diastolic=80, pulse=72, spo2=98, on_room_air=True,
                         moaas=5, ambulation=2, nausea_vomiting=2, pain=1,
                         dissociation="resolved")


@pytest.mark.parametrize("use", [
    lambda services: services.observations.record(MISSING, ENTRY, staff_id=None),
    lambda services: services.readiness.assess(MISSING),
    lambda services: services.rems.record(MISSING),
], ids=["observation", "readiness", "rems"])
def test_a_missing_visit_is_a_lookup_error(services, use):
    with pytest.raises(LookupError, match=f"^visit {MISSING} does not exist$"):
        use(services)
    with services.db.engine.connect() as c:  # nothing was written on its behalf
        assert c.exec_driver_sql("SELECT count(*) FROM observation").scalar() == 0
