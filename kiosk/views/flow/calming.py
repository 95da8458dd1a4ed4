"""The calming hub and its activities, built from the calming-content engineer's pages.

The flow controller depends only on :class:`CalmingPages` and the Protocols of
:mod:`kiosk.views.flow.pages`, so it can be tested with stand-ins and keeps
working when an activity is added:

- the hub is a :class:`~kiosk.views.flow.pages.HubPage` (``activity_chosen(str)``,
  ``checkin_requested()``, ``start()``, ``stop()``, ``clear()``);
- each activity is an :class:`~kiosk.views.flow.pages.ActivityPage` (``finished()``,
  ``start()``, ``stop()``, ``clear()``); a page that keeps the visit's entries (the
  journal) is also a ``KeepsVisit``, and one with its own text in the visit's
  language (the guide) a ``SpeaksLanguage``.

The real activity pages are built (and their modules imported) the first time
they are asked for, not at start: a restarting tablet shows its patient's
screen sooner (bench/README.md). ``activities`` is a mapping either way;
:meth:`CalmingPages.built` gives the pages that exist so far and
:meth:`CalmingPages.when_built` tells the flow about each one as it is made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from kiosk.services.container import Services

ACTIVITY_KEYS = ("breathing", "grounding", "scenes", "expect", "journal")
SELF_PACED = frozenset({"breathing", "scenes"})
"""Activities that play on their own: rest mode waits while one is open."""

PageFactory = Callable[[], QWidget]
BuiltListener = Callable[[str, QWidget], None]
_K = TypeVar("_K", bound=str)


class LazyPages(Mapping[str, QWidget]):
    """Activity key -> page, each page built by its factory when first looked up.

    Membership, iteration and length never build anything; ``pages[key]`` (and
    ``get``, ``values``, ``items``) build what is asked for.
    """

    def __init__(self, factories: Mapping[str, PageFactory]) -> None:
        self._factories = dict(factories)
        self._built: dict[str, QWidget] = {}
        self._listeners: list[BuiltListener] = []

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key]()
            self._built[key] = page
            for listener in list(self._listeners):
                listener(key, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def built(self) -> dict[str, QWidget]:
        """The pages made so far, by key."""
        return dict(self._built)

    def when_built(self, listener: BuiltListener) -> None:
        """Call ``listener(key, page)`` for each page made so far and each one made later."""
        self._listeners.append(listener)
        for key, page in list(self._built.items()):
            listener(key, page)


@dataclass
class CalmingPages:
    """The hub page and one page per activity key (a plain dict, or built on first use)."""

    hub: QWidget
    activities: Mapping[str, QWidget] = field(default_factory=dict)

    def built(self) -> dict[str, QWidget]:
        """The activity pages that exist now (every one of a plain dict)."""
        if isinstance(self.activities, LazyPages):
            return self.activities.built()
        return dict(self.activities)

    def when_built(self, listener: BuiltListener) -> None:
        """Call ``listener(key, page)`` for every activity page, now or once it is built."""
        if isinstance(self.activities, LazyPages):
            self.activities.when_built(listener)
        else:
            for key, page in self.activities.items():
                listener(key, page)


class ScreenPages(dict[_K, QWidget]):
    """Screen -> page for the flow; a calming activity's page is built when first looked up.

    ``in`` and iteration see only pages that exist; ``pages[screen]`` builds an
    activity's page through :attr:`CalmingPages.activities` (whose listener, the
    flow's, files it here).
    """

    def __init__(self, calming: CalmingPages) -> None:
        super().__init__()
        self._calming = calming

    def __missing__(self, screen: _K) -> QWidget:
        if str(screen) not in self._calming.activities:
            raise KeyError(screen)
        return self._calming.activities[str(screen)]


def build_calming_pages(services: Services, parent: QWidget | None = None, *,
                        hub: QWidget | None = None) -> CalmingPages:
    """Build the real hub now (or take one already built); each activity page when needed."""
    from kiosk.views.patient.calming_hub_page import CalmingHubPage
    from kiosk.views.widgets.sound import SoundBank

    sounds = SoundBank(services.paths.sounds, services.settings.kiosk.sound)

    def breathing() -> QWidget:
        from kiosk.views.patient.breathing_page import BreathingPage

        return BreathingPage(sounds, parent)

    def grounding() -> QWidget:
        from kiosk.views.patient.grounding_page import GroundingPage

        return GroundingPage(parent)

    def scenes() -> QWidget:
        from kiosk.views.patient.scenes_page import ScenesPage

        return ScenesPage(sounds, parent)

    def expect() -> QWidget:
        from kiosk.views.patient.expect_page import ExpectPage

        return ExpectPage(services.paths.content, parent)

    def journal() -> QWidget:
        from kiosk.views.patient.journal_page import JournalPage

        return JournalPage(services, parent)

    return CalmingPages(hub=hub or CalmingHubPage(parent), activities=LazyPages({
        "breathing": breathing, "grounding": grounding, "scenes": scenes,
        "expect": expect, "journal": journal}))
