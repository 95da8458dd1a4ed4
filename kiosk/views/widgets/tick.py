"""The tick a chosen tile shows, so a choice never rests on colour alone (WCAG 1.4.1)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractButton

TICK_SIZE = QSize(28, 28)
TICK_COLOR = "#1a4f52"  # the theme's primaryColor: 7.2:1 on a chosen tile


@lru_cache(maxsize=4)
def _tick(color: str) -> QIcon:
    """The tick, drawn the first time a tile is chosen."""
    # Not before a restart's first paint (widgets/by_name.py): Qt's enums, the painter.
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPainter, QPainterPath, QPen

    ratio = 2  # drawn at twice the size: crisp on high-density tablets
    tick = QPixmap(TICK_SIZE * ratio)
    tick.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tick)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(color), 7 * ratio / 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    # Inside the 28 px square with the pen's half-width to spare: the stroke used to run
    # past the right and bottom edges (cut off, and touching the button's words).
    path = QPainterPath(QPointF(4 * ratio, 15 * ratio))
    path.lineTo(QPointF(11 * ratio, 22 * ratio))
    path.lineTo(QPointF(24 * ratio, 7 * ratio))
    painter.drawPath(path)
    painter.end()
    tick.setDevicePixelRatio(ratio)
    return QIcon(tick)


@lru_cache(maxsize=1)
def _blank() -> QIcon:
    """A clear icon the tick's size, so a tile's text never jumps when chosen."""
    blank = QPixmap(TICK_SIZE)
    blank.fill(QColor(0, 0, 0, 0))  # not Qt.GlobalColor: see widgets/by_name.py
    return QIcon(blank)


def show_tick(button: QAbstractButton, checked: bool, *, keep_space: bool = True) -> None:
    """Show the tick on ``button`` while it is checked.

    Unchecked, a tile keeps a blank space the size of the tick (``keep_space``),
    so tiles in a grid line up; a lone toggle shows no icon at all, so its
    words sit in the middle with no empty gap beside them.
    """
    button.setIconSize(TICK_SIZE)
    if checked:
        button.setIcon(_tick(TICK_COLOR))
    else:
        button.setIcon(_blank() if keep_space else QIcon())


def follow_checked(button: QAbstractButton, *, keep_space: bool = True) -> None:
    """Keep the tick in step with the button's checked state from now on."""
    show_tick(button, button.isChecked(), keep_space=keep_space)
    button.toggled.connect(lambda on, b=button: show_tick(b, on, keep_space=keep_space))
