"""A message for the person at the screen, kept untranslated until a view shows it.

Services import no Qt, so they cannot translate. They hand out a :class:`Notice`
(the English source text, its translation context and the values for ``%1``,
``%2``...); a view translates it with ``QCoreApplication.translate`` and fills in
the values. Source texts are marked with :func:`QT_TRANSLATE_NOOP`, which
``pyside6-lupdate`` collects into the translation file like a ``tr()`` call.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (the name lupdate knows); returns it."""
    del context
    return text


def fill(text: str, args: tuple[str, ...]) -> str:
    """Replace ``%1``, ``%2``... in ``text`` by ``args`` (highest number first)."""
    for n in range(len(args), 0, -1):
        text = text.replace(f"%{n}", args[n - 1])
    return text


@dataclass(frozen=True)
class Notice:
    """One message: translation context, English source text and its values.

    Attributes:
        context: the translation context (``StaffService``...).
        text: the English source text, with ``%1``... placeholders.
        args: the values for the placeholders, already formatted.
    """

    context: str
    text: str
    args: tuple[str, ...] = ()

    def __str__(self) -> str:
        """The English text with its values (logs, tests, a missing translation)."""
        return fill(self.text, self.args)
