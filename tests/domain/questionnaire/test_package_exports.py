"""The questionnaire package hands out its names lazily (PEP 562), all of them, and no others."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kiosk.domain.questionnaire as package


def test_every_exported_name_resolves_to_its_module():
    assert set(package.__all__) == set(package._HOME)
    for name in package.__all__:
        value = getattr(package, name)
        assert getattr(sys.modules[f"{package.__name__}.{package._HOME[name]}"], name) is value


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        package.Nope  # noqa: B018


def test_the_start_up_inputs_do_not_load_the_loader():
    # A restart reads the forms cache: the loader and its parsers load only on a cache miss.
    code = ("import sys, kiosk.inputs; "
            "print(sorted(m for m in sys.modules if m.startswith('kiosk.domain.questionnaire.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    loaded = done.stdout
    assert "engine" in loaded
    for parser in ("loader", "parse_items", "parse_features", "fhir_io"):
        assert f"questionnaire.{parser}'" not in loaded, loaded
