from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.views.widgets.message_card import Card, MessageCard, buttons
from kiosk.views.widgets.pin_pad import PinPad
from kiosk.views.widgets.scale import ScaleWidget
from kiosk.views.widgets.tiles import TileGroup


def test_scale_has_eleven_big_buttons_and_words_at_both_ends(qtbot):
    scale = ScaleWidget(0, 10, lower="0 – not at all", upper="10 – very")
    qtbot.addWidget(scale)
    assert [b.text() for b in scale.buttons] == [str(n) for n in range(11)]
    assert all(b.minimumHeight() >= 64 and b.minimumWidth() >= 64 for b in scale.buttons)
    with qtbot.waitSignal(scale.chosen) as got:
        scale.button_for(7).click()
    assert got.args == [7]
    scale.button_for(2).click()
    assert scale.value() == 2
    scale.set_value(None)
    assert scale.value() is None


def test_multi_tiles_keep_none_of_these_exclusive(qtbot):
    tiles = TileGroup([("a", "Chest pain"), ("b", "Headache"), ("none", "None of these")],
                      multi=True, exclusive_codes=["none"])
    qtbot.addWidget(tiles)
    tiles.tiles["a"].click()
    tiles.tiles["b"].click()
    assert tiles.selected() == ["a", "b"]
    tiles.tiles["none"].click()
    assert tiles.selected() == ["none"]
    tiles.tiles["b"].click()
    assert tiles.selected() == ["b"]
    assert all(t.minimumHeight() >= 64 for t in tiles.tiles.values())


def test_single_tiles_choose_one(qtbot):
    tiles = TileGroup([("yes", "Yes"), ("no", "No")])
    qtbot.addWidget(tiles)
    tiles.tiles["yes"].click()
    tiles.tiles["no"].click()
    assert tiles.selected() == ["no"]


def test_pin_pad_hands_over_digits_and_forgets_them(qtbot):
    pad = PinPad()
    qtbot.addWidget(pad)
    with qtbot.waitSignal(pad.submitted) as got:
        pad.type_pin("0427")
    assert got.args == ["0427"]
    pad.keys["1"].click()
    pad.keys["clear"].click()
    with qtbot.assertNotEmitted(pad.submitted):
        pad.keys["enter"].click()


def test_message_card_covers_its_host_and_reports_choice(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(800, 600)
    card = MessageCard(host)
    card.show_card(Card("invite", "Title", "Body", buttons(("start", "Start now", "primary"),
                                                          ("later", "Later", ""))))
    host.show()
    assert card.geometry() == host.rect()
    with qtbot.waitSignal(card.chosen) as got:
        card.buttons["later"].click()
    assert got.args == ["invite", "later"]
    card.clear()
    assert card.isHidden() and card.title_label.text() == ""
