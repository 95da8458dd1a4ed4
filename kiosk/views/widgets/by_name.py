"""Qt settings made by name, for the screens a restart paints first.

PySide6 builds every enum of the ``Qt`` namespace (93 of them, about 1,200
members, some 20 ms of a tablet's CPU) the first time the namespace is touched:
``from PySide6.QtCore import Qt`` does it, and so does a call to an overloaded
function whose overloads take one of its enums (``QPainter.setPen``,
``QStyle.polish``, the ``QPen`` constructors). The quick restart
(:mod:`kiosk.quick_start`) paints the patient's question before that cost is
paid: the modules it paints with set alignment, shortcut context and window
flags through Qt's property system, which takes the enum keys as text.
tests/views/patient/test_quick_restart_qt_enums.py fails when a change brings the
namespace back before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


def set_by_name(target: QObject, prop: str, keys: str) -> None:
    """Set the enum or flags property ``prop`` from its key names, e.g. ``"AlignLeft|AlignTop"``.

    Raises ValueError on a name Qt does not know (Qt itself would ignore it silently).
    """
    if not target.setProperty(prop, keys):
        raise ValueError(f"{type(target).__name__}.{prop} has no value {keys!r}")


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after one of ``widget``'s properties changed.

    The usual ``style().unpolish(w); style().polish(w)`` touches the ``Qt``
    namespace (an overload of ``polish`` takes a palette, which can be made from
    a ``Qt.GlobalColor``). Setting and clearing a sheet of its own re-polishes it
    in C++; only for widgets that have no sheet of their own.
    """
    widget.setStyleSheet("/* restyle */")
    widget.setStyleSheet("")
