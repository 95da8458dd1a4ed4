"""The schema revision this code expects (no SQLAlchemy or Alembic needed to read it).

``kiosk.storage.migrate`` compares it with the stored revision to decide whether
to migrate; the quick start-up reader (``kiosk.storage.peek``) uses it to trust
a database file before SQLAlchemy is loaded.
"""

from __future__ import annotations

HEAD_REVISION = "0004"
"""The newest revision in ``migrations/versions``; a test keeps them in step."""
