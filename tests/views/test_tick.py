"""The tick a chosen tile or toggle shows sits inside its square, clear of the words."""

from __future__ import annotations

from kiosk.views.widgets.tick import TICK_COLOR, TICK_SIZE, _icons


def test_the_tick_is_drawn_whole_with_a_clear_edge_towards_the_words(qapp):
    tick, _ = _icons(TICK_COLOR)
    image = tick.pixmap(TICK_SIZE, 2.0).toImage()
    width, height = image.width(), image.height()
    inked = [(x, y) for x in range(width) for y in range(height)
             if image.pixelColor(x, y).alpha() > 0]
    assert inked, "the tick draws nothing"
    xs = [x for x, _ in inked]
    ys = [y for _, y in inked]
    margin = width // 14  # 2 px of the 28 at either density
    # Not cut off at any edge, and a clear strip on the right, next to the button's text.
    assert min(xs) >= margin and max(xs) < width - margin
    assert min(ys) >= margin and max(ys) < height - margin
