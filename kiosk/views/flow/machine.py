"""The flow's state machine: a move runs the old state's clean-up, then the new state's entry.

In the spirit of Anki's ``AnkiQt.moveToState`` (aqt/main.py), where moving
calls ``_<old>Cleanup(new)`` and then ``_<new>State(old)``; here the steps sit
in an explicit table (screen -> :class:`State`) rather than being found by
method name, and a move the table does not allow is refused with
:class:`IllegalMove` before anything is cleaned up.

A move to the state already current runs no step: the page is only shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kiosk.views.flow.screens import Screen

__all__ = ["IllegalMove", "ScreenMachine", "State"]


class IllegalMove(ValueError):
    """A move the flow refuses: not one of its screens, or a screen not open from here."""


def _nothing(_other: Screen) -> None:
    """A step with nothing to do."""


def _always() -> str | None:
    return None


@dataclass(frozen=True)
class State:
    """One screen state's steps.

    Attributes:
        enter: runs on arriving, given the state the flow came from.
        cleanup: runs on leaving, given the state the flow is going to.
        refusal: why the state cannot be entered now (None: it can).
    """

    enter: Callable[[Screen], None] = _nothing
    cleanup: Callable[[Screen], None] = _nothing
    refusal: Callable[[], str | None] = _always


Moved = Callable[[Screen, Screen], None]


class ScreenMachine:
    """Holds the current screen state and moves between the states of its table.

    Args:
        states: every state the machine may be in, with its steps.
        initial: the state it starts in (no entry step runs for it).
        show: makes a state's page current on screen, after every move.
        moved: told (old, new) after a move to another state.
    """

    def __init__(self, states: Mapping[Screen, State], initial: Screen, *,
                 show: Callable[[Screen], None], moved: Moved) -> None:
        if initial not in states:
            raise IllegalMove(f"no state {initial!r} to start in")
        self._states = dict(states)
        self._current = initial
        self._show = show
        self._moved = moved
        self._moving: tuple[Screen, Screen] | None = None

    @property
    def current(self) -> Screen:
        """The state the flow is in."""
        return self._current

    def steps(self, state: Screen) -> State:
        """The steps of ``state`` (a state's clean-up may end a state it covered)."""
        return self._states[state]

    def move_to(self, target: Screen) -> None:
        """Leave the current state (its clean-up) and enter ``target`` (its entry).

        Raises:
            IllegalMove: ``target`` is not a state of this machine, cannot be entered
                now, or a step tried to move again in the middle of a move. Nothing
                has changed when it is raised.
        """
        state = self._states.get(target) if isinstance(target, Screen) else None
        if state is None:
            raise IllegalMove(f"the flow has no screen {target!r}")
        old = self._current
        if target is old:
            self._show(target)
            return
        if self._moving is not None:
            raise IllegalMove(f"move to {target.value!r} asked for while moving "
                              f"{self._moving[0].value!r} -> {self._moving[1].value!r}")
        reason = state.refusal()
        if reason is not None:
            raise IllegalMove(f"cannot move from {old.value!r} to {target.value!r}: {reason}")
        self._moving = (old, target)
        try:
            self._states[old].cleanup(target)
            self._current = target
            state.enter(old)
        finally:
            self._moving = None
        self._show(target)
        self._moved(old, target)
