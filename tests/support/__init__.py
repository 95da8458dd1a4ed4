"""Helpers for tests and screenshots: the scripted test driver and nurse-side sample data.

Not part of the app: a running kiosk loads :mod:`tests.support.test_driver` only
through its plug-in point (``KIOSK_PLUGIN``, see :mod:`kiosk.plugin`).
"""
