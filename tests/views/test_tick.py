"""A chosen tile shows a tick as well as its colour (WCAG 1.4.1), inside its square and clear of
the words; an unchosen one a clear space."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.views.widgets.tick import TICK_COLOR, TICK_SIZE, _tick, follow_checked


def _tick_pixels(button: QPushButton) -> tuple[int, set[str]]:
    """How many pixels of the button's icon are drawn, and in which colours."""
    image = button.icon().pixmap(TICK_SIZE).toImage()
    drawn = [image.pixelColor(x, y) for x in range(image.width())
             for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
    return len(drawn), {colour.name() for colour in drawn}


def test_a_chosen_tile_shows_the_tick_and_an_unchosen_one_a_clear_space(qtbot):
    button = QPushButton("Yes")
    qtbot.addWidget(button)
    button.setCheckable(True)
    follow_checked(button)
    assert button.iconSize() == TICK_SIZE
    assert _tick_pixels(button) == (0, set())  # the space is kept: the text never jumps
    button.setChecked(True)
    count, colours = _tick_pixels(button)
    assert count > 40  # a stroke 3.5 px wide over two legs, not a dot
    assert TICK_COLOR in colours
    button.setChecked(False)
    assert _tick_pixels(button) == (0, set())


def test_the_tick_is_drawn_whole_with_a_clear_edge_towards_the_words(qapp):
    tick = _tick(TICK_COLOR)
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
