"""A soft, slowly swelling glow for the dark rest screen (the one custom-painted widget)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

CYCLE_MS = 10_000  # one slow breath: about six a minute
FRAME_MS = 200  # 5 frames a second is smooth enough for a glow this slow and dim
REST_BACKGROUND = "#10161c"  # restBackgroundColor in resources/theme/recovery_calm.xml


class CalmGlow(QWidget):
    """A dim radial glow that grows and shrinks over ten seconds.

    Attributes:
        phase: where in the cycle the glow is (0 to 1).
    """

    def __init__(self, color: str = "#3d5a66", parent: QWidget | None = None, *,
                 background: str = REST_BACKGROUND) -> None:
        super().__init__(parent)
        # Painting our own background lets Qt skip repainting the styled widgets
        # underneath on every frame: that, not the gradient, was most of rest
        # mode's CPU (bench/README.md).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._background = QColor(background)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self._color = QColor(color)
        self.phase = 0.25
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        """Start the slow animation."""
        self._timer.start()

    def stop(self) -> None:
        """Stop animating (the glow stays still)."""
        self._timer.stop()

    @property
    def running(self) -> bool:
        """True while animating."""
        return self._timer.isActive()

    def _step(self) -> None:
        before = _swell(self.phase)
        self.phase = (self.phase + FRAME_MS / CYCLE_MS) % 1.0
        # Only the square the glow covered or now covers: at its smallest that is
        # about 40 % of its largest, and filling pixels is most of rest mode's CPU.
        self.update(self._glow_rect(max(before, _swell(self.phase))))

    def _glow_rect(self, swell: float) -> QRect:
        radius = min(self.width(), self.height()) * (0.28 + 0.16 * swell)
        centre = QPointF(self.width() / 2, self.height() / 2)
        return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                      2 * radius).toAlignedRect().adjusted(-2, -2, 2, 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the glow at its current size."""
        swell = _swell(self.phase)
        radius = min(self.width(), self.height()) * (0.28 + 0.16 * swell)
        centre = QPointF(self.width() / 2, self.height() / 2)
        gradient = QRadialGradient(centre, radius)
        core = QColor(self._color)
        core.setAlpha(int(150 + 60 * swell))
        edge = QColor(self._color)
        edge.setAlpha(0)
        gradient.setColorAt(0.0, core)
        gradient.setColorAt(1.0, edge)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._background)
        # No antialiasing: the gradient already fades to nothing at the rim.
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(gradient)
        painter.drawEllipse(centre, radius, radius)


def _swell(phase: float) -> float:
    """How far the glow has grown at ``phase``: 0 (smallest) to 1 (largest)."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * phase)
