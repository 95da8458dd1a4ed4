"""SDC FHIRPath expressions through `fhirpathpy`: syntax check, variables, evaluation.

Expressions run against a QuestionnaireResponse built from the current answers
(`%resource`), with `%questionnaire`, the questionnaire's and the item's variables
(each variable sees those defined before it), and the SDC function `weight()`
(also `ordinal()`, its older name), which gives the ordinalValue / itemWeight of a
chosen option, as LHC-Forms does.

fhirpathpy and its ANTLR parser (about 50 ms to import) are loaded on first
use: the shipped questionnaires have no expressions, and the quick restart
(kiosk/quick_start.py) paints before anything needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def _raise_listener() -> Any:
    from antlr4.error.ErrorListener import ErrorListener  # type: ignore[import-untyped]

    class _Raise(ErrorListener):  # type: ignore[misc]
        def syntaxError(self, recognizer: Any, symbol: Any, line: int, column: int,
                        msg: str, e: Any) -> None:
            raise ValueError(f"column {column + 1}: {msg}")

    return _Raise()


def syntax_error(expression: str) -> str | None:
    """Why `expression` is not valid FHIRPath, or None if it parses."""
    from antlr4 import CommonTokenStream, InputStream  # type: ignore[import-untyped]
    from fhirpathpy.parser.generated.FHIRPathLexer import FHIRPathLexer
    from fhirpathpy.parser.generated.FHIRPathParser import FHIRPathParser

    listener = _raise_listener()
    lexer = FHIRPathLexer(InputStream(expression))
    lexer.removeErrorListeners()
    lexer.addErrorListener(listener)
    parser = FHIRPathParser(CommonTokenStream(lexer))
    parser.removeErrorListeners()
    parser.addErrorListener(listener)
    try:
        parser.expression()
        if parser.getCurrentToken().type != FHIRPathParser.EOF:
            return "unexpected text after the end of the expression"
    except ValueError as exc:
        return str(exc)
    return None


def _weight_function(weights: Mapping[tuple[str | None, str], float]) -> dict[str, Any]:
    def weight(inputs: list[Any]) -> list[Any]:
        out = []
        for node in inputs:
            if isinstance(node, dict) and "code" in node:
                found = weights.get((node.get("system"), str(node["code"])),
                                    weights.get((None, str(node["code"]))))
                if found is not None:
                    out.append(int(found) if float(found).is_integer() else found)
        return out

    entry = {"fn": weight, "arity": {0: []}}
    return {"weight": entry, "ordinal": entry}


class Evaluator:
    """Evaluates one questionnaire's expressions; build once per questionnaire."""

    def __init__(self, questionnaire_json: Mapping[str, Any],
                 weights: Mapping[tuple[str | None, str], float]) -> None:
        """Prepares the evaluator.

        Args:
            questionnaire_json: The questionnaire (``%questionnaire``).
            weights: Scores of the options by (system, code), and by (None, code):
                what ``weight()`` returns for a chosen coding. The loader has read
                them from answerOption and from answerValueSet ValueSets alike.
        """
        self._questionnaire = dict(questionnaire_json)
        self._options = {"userInvocationTable": _weight_function(weights)}
        self._compiled: dict[str, Callable[..., list[Any]]] = {}

    def _run(self, expression: str, resource: Mapping[str, Any],
             env: Mapping[str, Any]) -> list[Any]:
        fn = self._compiled.get(expression)
        if fn is None:
            import fhirpathpy
            from fhirpathpy.models import models

            fn = fhirpathpy.compile(expression, models["r4"], self._options)
            self._compiled[expression] = fn
        return list(fn(dict(resource), dict(env)))

    def environment(self, resource: Mapping[str, Any],
                    variables: tuple[tuple[str, str], ...],
                    base: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The %-variables: resource, questionnaire, then each variable in order."""
        env: dict[str, Any] = dict(base) if base else {
            "resource": dict(resource), "questionnaire": self._questionnaire,
            "context": dict(resource)}
        for name, expression in variables:
            env[name] = self.evaluate(expression, resource, env)
        return env

    def evaluate(self, expression: str, resource: Mapping[str, Any],
                 env: Mapping[str, Any]) -> list[Any]:
        """The result collection, or [] when the expression fails at run time.

        A failure (a function fhirpathpy lacks, a type clash) counts as "no value", as
        an empty collection does in FHIRPath; the loader has checked the syntax.
        """
        try:
            return self._run(expression, resource, env)
        except Exception:  # fhirpathpy raises plain Exception for many run-time faults
            return []
