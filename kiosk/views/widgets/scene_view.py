"""Slow, gentle moving pictures: soft drifting waves or falling rain.

Painted by hand at a low frame rate (15 fps) with solid colours over a cached
gradient, and only between :meth:`SceneView.start` and :meth:`SceneView.stop`.
Time comes from an elapsed timer, so the motion speed does not depend on the
frame rate; :meth:`SceneView.set_time` freezes a moment for tests and screenshots.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QElapsedTimer, QLineF, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

FRAME_MS = 66
SCENES = ("waves", "rain")
_SKY = {"waves": ("#cfe3e6", "#f3efe6"), "rain": ("#8fa3ad", "#c9d3d6")}
_WAVE_COLORS = ("#a8cdd0", "#7fb3b7", "#5a9599")
_RAIN_COLOR = "#eef3f4"
_DROPS = 70


class SceneView(QWidget):
    """A calm, slowly moving scene.

    Attributes:
        frames_painted: how many frames were painted (for tests and benchmarks).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.frames_painted = 0
        self._scene = SCENES[0]
        self._time = 0.0
        self._offset = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._background: QPixmap | None = None
        rng = random.Random(7)  # the same gentle rain every time
        self._drops = [(rng.random(), rng.random(), rng.uniform(0.6, 1.0)) for _ in range(_DROPS)]

    def sizeHint(self) -> QSize:
        """A wide picture."""
        return QSize(960, 420)

    @property
    def scene(self) -> str:
        """The scene shown: "waves" or "rain"."""
        return self._scene

    @property
    def running(self) -> bool:
        """The scene is moving."""
        return self._timer.isActive()

    def set_scene(self, scene: str) -> None:
        """Show another scene."""
        if scene not in SCENES:
            raise ValueError(f"unknown scene {scene!r}")
        self._scene = scene
        self._background = None
        self.update()

    def start(self) -> None:
        """Start moving."""
        self._offset = self._time
        self._clock.restart()
        self._timer.start()

    def stop(self) -> None:
        """Stop moving (the picture stays)."""
        self._timer.stop()

    def set_time(self, seconds: float) -> None:
        """Show the scene as it looks ``seconds`` into its motion."""
        self._time = seconds
        self._offset = seconds
        self._clock.restart()
        self.update()

    def _tick(self) -> None:
        self._time = self._offset + self._clock.elapsed() / 1000
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The cached gradient has the widget's size."""
        self._background = None
        super().resizeEvent(event)

    def _sky(self) -> QPixmap:
        if self._background is None or self._background.size() != self.size():
            pixmap = QPixmap(self.size())
            top, bottom = _SKY[self._scene]
            gradient = QLinearGradient(0, 0, 0, self.height())
            gradient.setColorAt(0, QColor(top))
            gradient.setColorAt(1, QColor(bottom))
            painter = QPainter(pixmap)
            painter.fillRect(pixmap.rect(), gradient)
            painter.end()
            self._background = pixmap
        return self._background

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint one frame of the current scene."""
        del event
        self.frames_painted += 1
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._sky())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._scene == "waves":
            self._paint_waves(painter)
        else:
            self._paint_rain(painter)
        painter.end()

    def _paint_waves(self, painter: QPainter) -> None:
        # One polygon per layer and one painter call each: few Python-to-Qt crossings a frame.
        w, h = self.width(), self.height()
        painter.setPen(Qt.PenStyle.NoPen)
        for layer, color in enumerate(_WAVE_COLORS):
            base = h * (0.45 + 0.17 * layer)
            amplitude = h * (0.05 - 0.01 * layer)
            speed = 0.10 + 0.06 * layer  # radians a second: a slow drift
            length = w / (1.3 + 0.4 * layer)
            shift = self._time * speed + layer * 1.7
            points = [QPointF(0, h)]
            points += [QPointF(x, base + amplitude * math.sin(x / length * 2 * math.pi + shift))
                       for x in (w * step / 40 for step in range(41))]
            points.append(QPointF(w, h))
            painter.setBrush(QColor(color))
            painter.drawPolygon(QPolygonF(points))

    def _paint_rain(self, painter: QPainter) -> None:
        w, h = self.width(), self.height()
        pen = QPen(QColor(_RAIN_COLOR), 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        length = h * 0.06
        lines = []
        for x_share, start, speed in self._drops:
            fall = (start + self._time * 0.18 * speed) % 1.0
            y = fall * (h + length) - length
            x = x_share * w + y * 0.08
            lines.append(QLineF(x, y, x - length * 0.08, y + length))
        painter.drawLines(lines)
