"""What a page offers the flow, stated as Protocols instead of probed for.

The flow never asks a page whether it happens to have a method. Each page it
drives is checked once, when it joins the flow, against the
Protocol of its role; a page that falls short is refused (:func:`refuse`) with
a clear :class:`TypeError` naming what it lacks. Two capabilities are optional and
said so by their own Protocols: a page that shows text in the visit's language
(:class:`SpeaksLanguage`) and a page that keeps something of the visit
(:class:`KeepsVisit`, the journal).
"""

from __future__ import annotations

from typing import NoReturn, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance

__all__ = ["ActivityPage", "ClearablePage", "HubPage", "KeepsVisit", "ShownPage",
           "SpeaksLanguage", "refuse"]


@runtime_checkable
class ShownPage(Protocol):
    """A page that runs only while its screen is the flow's state (animation, sound)."""

    def start(self) -> None:
        """Its state is entered: begin whatever it plays."""

    def stop(self) -> None:
        """Its state is left: stop everything it plays."""


@runtime_checkable
class ClearablePage(Protocol):
    """A page that can forget the patient (the visit ended)."""

    def clear(self) -> None:
        """Drop everything about the patient the page shows or holds."""


@runtime_checkable
class HubPage(ShownPage, ClearablePage, Protocol):
    """The calming hub: the patient picks an activity or asks for a check-in."""

    @property
    def activity_chosen(self) -> SignalInstance:
        """Emits the activity key the patient chose."""

    @property
    def checkin_requested(self) -> SignalInstance:
        """The patient asked for a check-in now."""


@runtime_checkable
class ActivityPage(ShownPage, ClearablePage, Protocol):
    """A calming activity (breathing, grounding, scenes, the guide, the journal)."""

    @property
    def finished(self) -> SignalInstance:
        """The patient is done with the activity."""


@runtime_checkable
class SpeaksLanguage(Protocol):
    """A page whose own text (not just its Qt strings) follows the visit's language."""

    def set_language(self, lang: str) -> None:
        """Show the page's text in ``lang``."""


@runtime_checkable
class KeepsVisit(Protocol):
    """A page that loads what the patient left in it during this visit (the journal)."""

    def load(self, visit_id: int) -> None:
        """Load the visit's own entries."""


def refuse(page: object, role: type, what: str) -> NoReturn:
    """Refuse a page that does not offer its role (after ``isinstance(page, role)`` failed).

    Raises:
        TypeError: always, naming what the page lacks.
    """
    missing = sorted(name for name in _members(role) if not hasattr(page, name))
    raise TypeError(f"{what} ({type(page).__name__}) is not a {role.__name__}: "
                    f"it lacks {', '.join(missing) or 'a member'}")


def _members(role: type) -> set[str]:
    names: set[str] = set()
    for klass in role.__mro__:
        if klass is object or klass is Protocol:
            continue
        names |= {n for n in vars(klass) if not n.startswith("_")}
    return names
