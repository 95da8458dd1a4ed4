"""The app's one plug-in point loads only what KIOSK_PLUGIN names, and only its hooks."""

from __future__ import annotations

import sys
import types

import pytest

from kiosk.plugin import PLUGIN_ENV, load_plugin, notify


class Recorder:
    def __init__(self):
        self.calls = []

    def shell_ready(self, shell):
        self.calls.append(("shell_ready", shell))


@pytest.fixture
def plugin_module(monkeypatch):
    module = types.ModuleType("kiosk_test_plugin")
    module.Recorder = Recorder
    monkeypatch.setitem(sys.modules, "kiosk_test_plugin", module)
    return module


def test_unset_means_no_plugin(monkeypatch):
    monkeypatch.delenv(PLUGIN_ENV, raising=False)
    assert load_plugin() is None
    notify(None, "shell_ready", object())  # nothing to call, nothing fails


def test_the_named_factory_is_made_and_only_its_hooks_are_called(monkeypatch, plugin_module):
    monkeypatch.setenv(PLUGIN_ENV, "kiosk_test_plugin:Recorder")
    plugin = load_plugin()
    assert isinstance(plugin, Recorder)
    notify(plugin, "window_shown", "app", "window")  # a hook it does not define
    notify(plugin, "shell_ready", "the shell")
    assert plugin.calls == [("shell_ready", "the shell")]


def test_a_plugin_that_cannot_load_is_a_loud_failure(monkeypatch, plugin_module):
    monkeypatch.setenv(PLUGIN_ENV, "kiosk_test_plugin:Missing")
    with pytest.raises(AttributeError):
        load_plugin()
    monkeypatch.setenv(PLUGIN_ENV, "no_such_module_anywhere:Factory")
    with pytest.raises(ImportError):
        load_plugin()
