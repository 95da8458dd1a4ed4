"""Problems found while loading a questionnaire, and errors raised for bad answers."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.limits import short


def excerpt_text(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` characters."""
    return text if len(text) <= limit else f"{text[:limit]}…"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a questionnaire file.

    Attributes:
        file: The file name the problem was found in.
        link_id: The linkId of the item concerned, or None for the whole file.
        message: What is wrong, in words a clinic admin understands.
    """

    file: str
    link_id: str | None
    message: str

    def __str__(self) -> str:
        # Values are echoed in messages: keep the line short whatever the file holds.
        if self.link_id is None:
            return short(f"{self.file}: {self.message}")
        return short(f"{self.file}: item '{excerpt_text(self.link_id)}': {self.message}")


class QuestionnaireError(Exception):
    """Raised when a questionnaire cannot be used; carries every problem found.

    Attributes:
        problems: All problems found, in the order they were found.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class AnswerError(ValueError):
    """Raised when an answer does not fit its item (wrong type, out of range, unknown code).

    Attributes:
        link_id: The linkId of the item the answer was meant for.
    """

    def __init__(self, link_id: str, message: str) -> None:
        self.link_id = link_id
        super().__init__(f"item '{link_id}': {message}")


@dataclass
class ProblemLog:
    """Collects problems for one file while it is being checked.

    Attributes:
        file: The file name every problem is reported against.
        problems: The problems collected so far (the file or item cannot be used).
        warnings: Things the kiosk does its own documented way, or ignores.
    """

    file: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def add(self, link_id: str | None, message: str) -> None:
        """Records a problem.

        Args:
            link_id: The item concerned, or None for the file as a whole.
            message: What is wrong.
        """
        problem = Problem(self.file, link_id, message)
        if problem not in self.problems:  # a repeated cause is said once
            self.problems.append(problem)

    def warn(self, link_id: str | None, message: str) -> None:
        """Records a warning (the file still loads).

        Args:
            link_id: The item concerned, or None for the file as a whole.
            message: What the kiosk does instead.
        """
        problem = Problem(self.file, link_id, message)
        if problem not in self.warnings:
            self.warnings.append(problem)
