"""Printed documents laid out with Qt: the take-home sheet and the REMS record.

:class:`kiosk.views.documents.renderer.QtDocuments` implements the renderer
protocols the services call (``SheetRenderer``, ``RemsRenderer``), so the
services themselves never import Qt.
"""
