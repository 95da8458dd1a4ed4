"""Recovery Kiosk entry point: ``python main.py --help``."""

import gc
import sys

# No garbage collection while the start-up imports and builds: it makes many
# long-lived objects and few cycles, and the collector's passes over them cost a
# restart about 15 ms. kiosk.cli.main turns it back on once the app is up (at once
# for --check and --restore).
gc.disable()

from kiosk.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
