"""Fixtures for whole-visit tests: the production shell on the temporary database."""

from __future__ import annotations

import pytest

from kiosk.domain.records import Treatment


@pytest.fixture
def visit(services):
    """Maya R. in Bay 1, infusion just ended."""
    return services.visits.start(patient_label="Maya R.", bay="Bay 1",
                                 treatment=Treatment.IV_KETAMINE, baseline_systolic=122,
                                 baseline_diastolic=78, baseline_pulse=70)
