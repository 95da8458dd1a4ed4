"""Our calm theme: qt-material's stylesheet with our colours and overrides.

The full stylesheet is built once by ``make theme`` (:func:`build_stylesheet`)
and shipped as ``resources/theme/kiosk.qss``; start-up only reads that file,
so the Jinja template is never rendered on a patient's tablet.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from string import Template

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

THEME_XML = "recovery_calm.xml"
OVERRIDES = "kiosk.qss.in"
STYLESHEET = "kiosk.qss"
ICONS = "icons"


_COLOR = re.compile(r'<color\s+name="([^"]+)"\s*>\s*([^<\s]+)\s*</color>')


def theme_colors(theme_dir: Path) -> dict[str, str]:
    """The named colours of our theme file (``<color name="...">#rrggbb</color>``).

    Our own small file in qt-material's format, read with a pattern rather than
    an XML parser: importing ``xml.dom`` cost every start about 6 ms.
    """
    text = (theme_dir / THEME_XML).read_text(encoding="utf-8")
    return dict(_COLOR.findall(re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)))


def build_stylesheet(theme_dir: Path) -> str:
    """Render qt-material's template with our colours, add our overrides, save it.

    Also writes qt-material's recoloured icons into ``theme_dir/icons``.
    """
    import qt_material  # only at build time: it renders Jinja and writes icons

    base = qt_material.build_stylesheet(
        theme=str(theme_dir / THEME_XML), parent=str((theme_dir / ICONS).resolve()),
        extra={"font_family": "Roboto", "density_scale": "0"}, export=True)
    if base is None:
        raise RuntimeError(f"qt-material could not read {theme_dir / THEME_XML}")
    # Qt ignores most of text-transform, but qt-material's capitals must never show.
    base = re.sub(r"text-transform:\s*uppercase;", "", base)
    overrides = Template((theme_dir / OVERRIDES).read_text(encoding="utf-8"))
    sheet = base + "\n" + overrides.substitute(theme_colors(theme_dir))
    (theme_dir / STYLESHEET).write_text(sheet, encoding="utf-8")
    return sheet


def _load_fonts() -> None:
    spec = importlib.util.find_spec("qt_material")
    if spec is None or spec.origin is None:
        return
    fonts = Path(spec.origin).parent / "fonts" / "roboto"
    for font in sorted(fonts.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def apply_theme(app: QApplication, theme_dir: Path) -> None:
    """Apply the prebuilt stylesheet, fonts and palette to the application."""
    app.setStyle("Fusion")
    _load_fonts()
    QDir.addSearchPath("icon", str(theme_dir / ICONS))
    colors = theme_colors(theme_dir)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colors["secondaryColor"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colors["primaryTextColor"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(colors["secondaryLightColor"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(colors["primaryTextColor"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(colors["primaryColor"]))
    # Qt's own placeholder grey is 3:1; ours stays readable (AAA) on an input.
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(colors["mutedTextColor"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colors["primaryColor"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(colors["onPrimaryColor"]))
    app.setPalette(palette)
    app.setStyleSheet((theme_dir / STYLESHEET).read_text(encoding="utf-8"))


def relative_luminance(hex_color: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    channels = [int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)),
                  reverse=True)
    return (a + 0.05) / (b + 0.05)
