"""A small painted chart of the patient's 0-10 answers over time, with alert thresholds.

Custom painting keeps it free of QtCharts (and its offscreen warnings). Each
series has its own colour *and* marker shape, and the legend names them, so
colour is never the only cue. The legend runs along the top and the threshold
labels down the right, nudged apart so close thresholds (3 and 4) never overlap;
all text is 16 pt, like the rest of the nurse's pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Series:
    """One line: a name, a colour, a marker ("circle", "square", "triangle", "diamond")."""

    name: str
    colour: str
    marker: str
    points: tuple[tuple[datetime, int], ...]


@dataclass(frozen=True)
class Threshold:
    """A dashed horizontal line with its label."""

    value: int
    label: str
    colour: str


class TrendChart(QWidget):
    """Draws series on a 0-10 scale against time.

    Attributes:
        series: the lines drawn.
        thresholds: the dashed lines drawn.
    """

    MARGIN_LEFT, MARGIN_RIGHT = 44, 250
    POINT_SIZE = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.thresholds: list[Threshold] = []
        self.setMinimumHeight(240)
        font = QFont(self.font())
        font.setPointSize(self.POINT_SIZE)
        self.setFont(font)
        self.setStyleSheet(f"font-size: {self.POINT_SIZE}pt;")

    @property
    def line(self) -> int:
        """The height of one line of the chart's text."""
        return self.fontMetrics().height()

    def set_data(self, series: list[Series], thresholds: list[Threshold]) -> None:
        """Replace what is drawn."""
        self.series, self.thresholds = series, thresholds
        self.update()

    def _plot_rect(self) -> QRectF:
        top = self.line + 16 + self.line // 2  # the legend row, then room for the "10"
        bottom = self.line + 8  # the times
        return QRectF(self.MARGIN_LEFT, top,
                      max(10, self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT),
                      max(10, self.height() - top - bottom))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Axes, thresholds, lines with markers, and the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        painter.fillRect(self.rect(), QColor("#fffdf8"))
        painter.setPen(QPen(QColor("#b9c9c6"), 1))
        for v in range(0, 11, 2):
            y = plot.bottom() - plot.height() * v / 10
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#3b4850"))
            painter.drawText(QRectF(0, y - self.line / 2, self.MARGIN_LEFT - 8, self.line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(v))
            painter.setPen(QPen(QColor("#b9c9c6"), 1))
        times = [t for s in self.series for t, _ in s.points]
        placed = self._label_rows([plot.bottom() - plot.height() * t.value / 10
                                   for t in self.thresholds])
        for threshold, label_y in zip(self.thresholds, placed, strict=True):
            y = plot.bottom() - plot.height() * threshold.value / 10
            painter.setPen(QPen(QColor(threshold.colour), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QRectF(plot.right() + 8, label_y - self.line / 2,
                                    self.MARGIN_RIGHT - 8, self.line),
                             Qt.AlignmentFlag.AlignVCenter, threshold.label)
        if not times:
            painter.setPen(QColor("#3b4850"))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No check-ins yet"))
            painter.end()
            return
        first, last = min(times), max(times)
        span = max((last - first).total_seconds(), 60.0)

        def point(t: datetime, v: int) -> QPointF:
            x = plot.left() + plot.width() * (t - first).total_seconds() / span
            return QPointF(x, plot.bottom() - plot.height() * v / 10)

        painter.setPen(QColor("#3b4850"))
        for moment in (first, last):
            x = point(moment, 0).x()
            painter.drawText(QRectF(x - 40, plot.bottom() + 4, 80, self.line),
                             Qt.AlignmentFlag.AlignCenter, moment.astimezone().strftime("%H:%M"))
        for s in self.series:
            pts = [point(t, v) for t, v in s.points]
            painter.setPen(QPen(QColor(s.colour), 3))
            for a, b in pairwise(pts):
                painter.drawLine(a, b)
            painter.setBrush(QColor(s.colour))
            for p in pts:
                self._marker(painter, p, s.marker)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        self._legend(painter, plot)
        painter.end()

    def _label_rows(self, wanted: list[float]) -> list[float]:
        """Each label's middle, as near its line as it can be without touching another."""
        order = sorted(range(len(wanted)), key=lambda i: wanted[i])
        placed = list(wanted)
        previous: float | None = None
        for i in order:
            if previous is not None and placed[i] < previous + self.line:
                placed[i] = previous + self.line
            previous = placed[i]
        return placed

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        """One row along the top: marker and name of each series."""
        x, y = plot.left(), 8.0
        for s in self.series:
            painter.setPen(QPen(QColor(s.colour), 3))
            painter.setBrush(QColor(s.colour))
            self._marker(painter, QPointF(x + 6, y + self.line / 2), s.marker)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor("#1e2a30"))
            width = self.fontMetrics().horizontalAdvance(s.name)
            painter.drawText(QRectF(x + 18, y, width + 4, self.line),
                             Qt.AlignmentFlag.AlignVCenter, s.name)
            x += 18 + width + 28

    @staticmethod
    def _marker(painter: QPainter, p: QPointF, marker: str) -> None:
        r = 5.0
        if marker == "square":
            painter.drawRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r))
        elif marker == "triangle":
            painter.drawPolygon([QPointF(p.x(), p.y() - r), QPointF(p.x() - r, p.y() + r),
                                 QPointF(p.x() + r, p.y() + r)])
        elif marker == "diamond":
            painter.drawPolygon([QPointF(p.x(), p.y() - r), QPointF(p.x() - r, p.y()),
                                 QPointF(p.x(), p.y() + r), QPointF(p.x() + r, p.y())])
        else:
            painter.drawEllipse(p, r, r)
