"""Generate kiosk/forms/*.py from ui/*.ui with pyside6-uic, importing only what each uses.

pyside6-uic writes the same long import list into every form (QLocale, QGradient,
QDate, ...). Importing a Qt class makes PySide6 build its Python enums, some with
hundreds of members (QLocale.Language, QGradient.Preset), which costs a restarting
tablet tens of milliseconds for nothing. The imports are cut down to the names
the form's code uses. ``make forms`` runs this; a test checks the shipped forms
equal a fresh run.

Run: ``python tools/make_forms.py [UI_DIR OUT_DIR]``
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def uic_path() -> Path:
    """The pyside6-uic next to this interpreter."""
    return Path(sys.executable).parent / "pyside6-uic"


def trim_imports(source: str) -> str:
    """Keep only the names each ``from PySide6... import (...)`` brings in that are used."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines()
    out: list[str] = []
    position = 0
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        start, end = node.lineno - 1, (node.end_lineno or node.lineno)
        out.extend(lines[position:start])
        names = [alias.name for alias in node.names if alias.name in used]
        if names:
            out.append(f"from {node.module} import {', '.join(names)}")
        position = end
    out.extend(lines[position:])
    return "\n".join(out) + "\n"


def generate(ui: Path) -> str:
    """The Python source of one form."""
    done = subprocess.run([str(uic_path()), str(ui)], check=True, capture_output=True,
                          text=True)
    return trim_imports(done.stdout)


def main(argv: list[str]) -> int:
    """Write every form."""
    ui_dir = Path(argv[0]) if argv else ROOT / "ui"
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "kiosk" / "forms"
    for ui in sorted(ui_dir.glob("*.ui")):
        (out_dir / f"{ui.stem}.py").write_text(generate(ui), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
