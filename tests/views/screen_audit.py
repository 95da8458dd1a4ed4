"""Walks every screen of ``make screenshots`` and measures what a patient or nurse sees.

Shared by the contrast, accessible-name and larger-text tests. Contrast is read
from rendered pixels (the stylesheet, palette and state really in force): for a
text widget, the most common colour of its area is the background and the most
contrasting colour that covers a real share of it is the text.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kiosk.views.theme import apply_theme, contrast_ratio

ROOT = Path(__file__).resolve().parents[2]
PATIENT_PREFIXES = ("patient_", "calming_")
INSET = 6  # px inside a control's edge: past its border and focus ring


def load_tool(name: str) -> ModuleType:
    """Import ``tools/<name>.py`` (the screenshot framework and its shot modules)."""
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def all_shots() -> dict[str, Callable[[Any], QWidget]]:
    """Every shot of every ``tools/shots_*.py`` module."""
    modules, broken = load_tool("screenshots").shot_modules()
    assert not broken, broken
    return {name: shot for module in modules for name, shot in module.SHOTS.items()}


def is_patient(name: str) -> bool:
    """True for a screen a patient reads (AAA); nurse and admin screens need AA."""
    return name.startswith(PATIENT_PREFIXES)


@contextmanager
def opened(name: str, shot: Callable[[Any], QWidget]) -> Iterator[QWidget]:
    """Build one shot exactly as ``make screenshots`` does, shown at 1280x800."""
    framework = load_tool("screenshots")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, ROOT / "resources" / "theme")
    ctx = framework.ShotContext()
    widget = None
    try:
        widget = shot(ctx)
        widget.resize(framework.WIDTH, framework.HEIGHT)
        widget.show()
        widget.activateWindow()
        ctx.settle(60)
        yield widget
    finally:
        ctx.close()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        ctx.settle(0)


def shown(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that is visible and not covered by another (a card)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() < 4 or widget.height() < 4:
            continue
        if not covered(root, widget):
            found.append(widget)
    return found


def covered(root: QWidget, widget: QWidget) -> bool:
    """True when something else (a message card's scrim) lies over the widget's middle."""
    centre = widget.mapTo(root, widget.rect().center())
    top = root.childAt(centre)
    return top is not None and top is not widget and not widget.isAncestorOf(top) \
        and not top.isAncestorOf(widget)


def region(root: QWidget, widget: QWidget, rect: QRect | None = None) -> QRect:
    """``rect`` of ``widget`` (its whole area by default) in ``root``'s coordinates."""
    rect = (rect if rect is not None else widget.rect()).intersected(
        widget.visibleRegion().boundingRect())  # a scroll area may hide part of it
    return QRect(widget.mapTo(root, rect.topLeft()), rect.size()).intersected(root.rect())


def pixels(root: QWidget, area: QRect) -> Counter[int]:
    """How often each colour (0xRRGGBB) is painted in ``area`` of ``root``."""
    if area.width() <= 0 or area.height() <= 0:
        return Counter()
    image = root.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = memoryview(image.constBits()).cast("I")
    return Counter(value & 0xFFFFFF for value in data)


def hex_color(value: int) -> str:
    """``#rrggbb`` of a 0xRRGGBB colour."""
    return f"#{value:06x}"


@dataclass(frozen=True)
class Reading:
    """The text and background colours found in one area, and their contrast."""

    text: str
    background: str
    ratio: float


def text_contrast(counts: Counter[int], share: float = 0.04) -> Reading | None:
    """Background = most common colour; text = the most contrasting colour covering ``share``.

    Anti-aliased edges blend text into the background, so only colours that
    cover a real share of the non-background pixels count as "the text".
    Returns None when the area holds no text at all.
    """
    if len(counts) < 2:
        return None
    (background, _), *rest = counts.most_common()
    others = sum(n for _, n in rest)
    floor = max(6, share * others)
    candidates = [colour for colour, n in rest if n >= floor]
    if not candidates:
        return None
    bg = hex_color(background)
    best = max(candidates, key=lambda c: contrast_ratio(hex_color(c), bg))
    return Reading(hex_color(best), bg, contrast_ratio(hex_color(best), bg))


def text_areas(root: QWidget, widget: QWidget) -> list[tuple[str, QRect]]:
    """The areas of ``widget`` that show text: (what, rect in ``root``)."""
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return []
        return [("label", region(root, widget))] if widget.text().strip() else []
    if isinstance(widget, QAbstractButton) and not widget.text().strip():
        return []
    if isinstance(widget, QLineEdit) and not (widget.text() or widget.placeholderText()):
        return []
    if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox):
        inner = widget.rect().adjusted(INSET, INSET, -INSET, -INSET)
        return [("control", region(root, widget, inner))]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        view = widget.viewport()
        return [("editor", region(root, view, view.rect().adjusted(2, 2, -2, -2)))]
    if isinstance(widget, QTabBar):
        return [(f"tab {i}", region(root, widget, widget.tabRect(i).adjusted(4, 4, -4, -6)))
                for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        model, view = widget.model(), widget.viewport()
        if model is None:
            return []
        areas = []
        for row in range(12):
            for column in range(10):
                index = model.index(row, column)
                if not index.isValid():
                    break
                rect = widget.visualRect(index)
                if rect.isValid() and view.rect().contains(rect.center()):
                    areas.append((f"cell {row},{column}", region(root, view,
                                                                  rect.adjusted(2, 2, -2, -2))))
        return areas
    return []


def pixel(root: QWidget, point: QPoint) -> str:
    """The colour painted at one point of ``root`` ("" outside it)."""
    if not root.rect().contains(point):
        return ""
    image = root.grab(QRect(point, point + QPoint(0, 0))).toImage()
    return hex_color(image.pixel(0, 0) & 0xFFFFFF)


def edge_contrast(root: QWidget, widget: QWidget) -> tuple[str, str, float] | None:
    """A control's left edge against what lies just outside it (None: borderless)."""
    if widget.x() < 3:
        return None
    mid = widget.height() // 2
    edge = pixel(root, widget.mapTo(root, QPoint(1, mid)))
    outside = pixel(root, widget.mapTo(root, QPoint(-3, mid)))
    inside = pixel(root, widget.mapTo(root, QPoint(INSET + 2, 8)))
    if "" in (edge, outside, inside):
        return None  # scrolled partly out of sight
    beside = root.childAt(widget.mapTo(root, QPoint(-3, mid)))
    if isinstance(beside, QAbstractButton) or edge in (outside, inside):
        return None  # a segmented row, or a filled control with no outline
    return edge, outside, contrast_ratio(edge, outside)


def progress_contrast(root: QWidget, bar: QProgressBar) -> float | None:
    """The filled part of a progress bar against its empty part."""
    if bar.value() <= bar.minimum() or bar.value() >= bar.maximum():
        return None
    mid = bar.height() // 2
    filled = pixel(root, bar.mapTo(root, QPoint(4, mid)))
    empty = pixel(root, bar.mapTo(root, QPoint(bar.width() - 5, mid)))
    if not filled or not empty:
        return None
    return contrast_ratio(filled, empty)
