"""The one place that finds the bundled resources and the per-user data folder.

Works from a source checkout, an installed package and a PyInstaller bundle
(which unpacks next to ``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "RecoveryKiosk"
APP_AUTHOR = "RecoveryKiosk"


def _bundle_root() -> Path:
    """Return the folder holding ``resources/`` and ``ui/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    """Where the app reads its resources and keeps its data.

    Attributes:
        root: folder that holds ``resources/`` and ``ui/``.
        data_dir: per-user folder for the database, backups and exports.
    """

    root: Path
    data_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """Paths for a normal run: bundled resources, the platform data folder."""
        override = os.environ.get("KIOSK_DATA_DIR")
        if override:
            data = Path(override)
        else:
            import platformdirs  # about 10 ms to import: only when it is needed

            data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        return cls(root=_bundle_root(), data_dir=data)

    @property
    def resources(self) -> Path:
        """The ``resources/`` folder."""
        return self.root / "resources"

    @property
    def ui(self) -> Path:
        """The ``ui/`` folder of Qt Designer files."""
        return self.root / "ui"

    @property
    def questionnaires(self) -> Path:
        """FHIR Questionnaire JSON files."""
        return self.resources / "questionnaires"

    @property
    def theme(self) -> Path:
        """Our own theme files."""
        return self.resources / "theme"

    @property
    def sounds(self) -> Path:
        """Ambient sounds for the calming scenes."""
        return self.resources / "sounds"

    @property
    def content(self) -> Path:
        """Patient-facing texts."""
        return self.resources / "content"

    @property
    def default_database(self) -> Path:
        """The embedded SQLite file used when no URL is given."""
        return self.data_dir / "kiosk.sqlite3"

    @property
    def backups(self) -> Path:
        """Where a database copy is kept before each migration."""
        return self.data_dir / "backups"

    @property
    def exports(self) -> Path:
        """Where exported records are written."""
        return self.data_dir / "exports"

    def ensure_data_dir(self) -> Path:
        """Create the data folder (owner-only) if needed and return it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data_dir, 0o700)
        return self.data_dir
