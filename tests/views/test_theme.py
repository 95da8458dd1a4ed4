from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kiosk.views.theme import apply_theme, contrast_ratio, theme_colors

ROOT = Path(__file__).resolve().parents[2]
THEME = ROOT / "resources" / "theme"


def pairs():
    for line in (THEME / "contrast_pairs.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            fg, bg, *where = line.split()
            yield fg, bg, " ".join(where)


@pytest.mark.parametrize(("fg", "bg", "where"), list(pairs()))
def test_theme_colours_meet_aaa_and_non_text_contrast(fg, bg, where):
    colors = theme_colors(THEME)
    need = {"3:1": 3.0, "4.5:1": 4.5}.get(where.split()[0], 7.0)
    assert contrast_ratio(colors[fg], colors[bg]) >= need, where


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_stock_qt_material_theme_would_fail():
    # The reason we ship our own: light_teal's accent on its background is too faint.
    assert contrast_ratio("#1de9b6", "#f5f5f5") < 4.5


def test_built_stylesheet_has_our_overrides_and_no_capitals():
    sheet = (THEME / "kiosk.qss").read_text()
    assert "text-transform: uppercase" not in sheet
    assert 'QPushButton[role="call-nurse"]' in sheet
    assert "$" not in sheet.split("Recovery Kiosk overrides")[1]


def test_stylesheet_is_up_to_date_with_its_sources():
    sheet = (THEME / "kiosk.qss").read_text()
    for name, value in theme_colors(THEME).items():
        template = (THEME / "kiosk.qss.in").read_text()
        if f"${name}" in template:
            assert value in sheet, f"{name} changed; run make theme"


def test_theme_applies_with_large_body_text(qapp):
    apply_theme(qapp, THEME)
    body = re.search(r"QWidget \{[^}]*font-size: (\d+)pt", qapp.styleSheet())
    assert int(body.group(1)) >= 22


def test_generated_forms_match_their_ui_files():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from make_forms import generate
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        fresh = [ln for ln in generate(ui).splitlines() if not ln.startswith("##")]
        shipped = (ROOT / "kiosk" / "forms" / f"{ui.stem}.py").read_text().splitlines()
        assert fresh == [ln for ln in shipped if not ln.startswith("##")], \
            f"kiosk/forms/{ui.stem}.py is stale; run make forms"


def test_forms_import_only_the_qt_names_they_use():
    # Importing a Qt class builds its enums (QLocale's hundreds of languages...):
    # a form that imports what it never uses slows every start.
    for form in sorted((ROOT / "kiosk" / "forms").glob("*.py")):
        text = form.read_text()
        assert "QLocale" not in text and "QGradient" not in text, form.name
