"""Records every SQL statement and connection checkout made on the GUI thread.

Hooked on the real SQLAlchemy engine (``before_cursor_execute`` and the pool's
``checkout``): nothing is mocked, so a view that reaches the database on the
GUI thread, by whatever path, is caught with the statement and the stack that
made it. Tests build their data before :meth:`GuiThreadGuard.watching` and
drive the screens inside it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


@dataclass
class Violation:
    """One database access on the GUI thread."""

    what: str
    stack: str

    def __str__(self) -> str:
        return f"{self.what}\n{self.stack}"


@dataclass
class GuiThreadGuard:
    """Watches ``engine``; the thread that builds the guard is the GUI thread.

    Attributes:
        violations: accesses on the GUI thread while watching.
        off_gui: statements run on other threads (the worker) while watching.
    """

    engine: Engine
    violations: list[Violation] = field(default_factory=list)
    off_gui: int = 0
    _gui: int = field(default_factory=threading.get_ident)
    _armed: bool = False

    def __post_init__(self) -> None:
        event.listen(self.engine, "before_cursor_execute", self._statement)
        event.listen(self.engine, "checkout", self._checkout)

    def remove(self) -> None:
        """Stop listening."""
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "checkout", self._checkout)

    @contextmanager
    def watching(self) -> Iterator[GuiThreadGuard]:
        """Record accesses inside the block."""
        self._armed = True
        try:
            yield self
        finally:
            self._armed = False

    def report(self) -> str:
        """The violations, for an assertion message."""
        return "\n\n".join(str(v) for v in self.violations)

    def _note(self, what: str) -> None:
        if not self._armed:
            return
        if threading.get_ident() != self._gui:
            self.off_gui += 1
            return
        # Our own frames only (SQLAlchemy's are many and say nothing about who called).
        frames = [f for f in traceback.extract_stack()[:-2]
                  if "sqlalchemy" not in f.filename and "pluggy" not in f.filename]
        stack = "".join(traceback.format_list(frames[-12:]))
        self.violations.append(Violation(what, stack))

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self._note("SQL " + " ".join(statement.split())[:100])

    def _checkout(self, *_args: Any) -> None:
        self._note("connection checkout")
