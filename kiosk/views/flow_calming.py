"""The calming hub and its activities, built from the calming-content engineer's pages.

The flow controller depends only on :class:`CalmingPages` and the small
interface below, so it can be tested with stand-ins and keeps working when
an activity is added:

- hub: signals ``activity_chosen(str)`` and ``checkin_requested()``;
- each activity: signal ``finished()``, methods ``start()``, ``stop()``,
  ``clear()``; the journal also ``load(visit_id)``; any page may have
  ``set_language(lang)`` (the guide loads its text in the visit's language).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from kiosk.services.container import Services

ACTIVITY_KEYS = ("breathing", "grounding", "scenes", "expect", "journal")
SELF_PACED = frozenset({"breathing", "scenes"})
"""Activities that play on their own: rest mode waits while one is open."""


@dataclass
class CalmingPages:
    """The hub page and one page per activity key."""

    hub: QWidget
    activities: dict[str, QWidget] = field(default_factory=dict)


def build_calming_pages(services: Services, parent: QWidget | None = None) -> CalmingPages:
    """Build the real hub and activity pages."""
    from kiosk.views.patient.breathing_page import BreathingPage
    from kiosk.views.patient.calming_hub_page import CalmingHubPage
    from kiosk.views.patient.expect_page import ExpectPage
    from kiosk.views.patient.grounding_page import GroundingPage
    from kiosk.views.patient.journal_page import JournalPage
    from kiosk.views.patient.scenes_page import ScenesPage
    from kiosk.views.widgets.sound import SoundBank

    sounds = SoundBank(services.paths.sounds, services.settings.kiosk.sound)
    return CalmingPages(
        hub=CalmingHubPage(parent),
        activities={
            "breathing": BreathingPage(sounds, parent),
            "grounding": GroundingPage(parent),
            "scenes": ScenesPage(sounds, parent),
            "expect": ExpectPage(services.paths.content, parent),
            "journal": JournalPage(services.journal, parent),
        })
