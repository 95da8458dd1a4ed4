"""The Qt implementation of the services' document renderers.

:class:`QtDocuments` satisfies both :class:`kiosk.services.take_home.SheetRenderer`
and :class:`kiosk.services.rems.RemsRenderer`; the discharge page hands it to
the discharge service, which writes the files.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.rems import RemsRecord
from kiosk.services.take_home import TakeHomeContent
from kiosk.views.documents.pdf import words_for
from kiosk.views.documents.rems_pdf import render_rems
from kiosk.views.documents.take_home_pdf import render_take_home


class QtDocuments:
    """Renders the take-home sheet (visit's language) and the REMS record (English).

    Args:
        i18n_dir: the folder with the compiled ``kiosk_<lang>.qm`` catalogues.
    """

    def __init__(self, i18n_dir: Path) -> None:
        self._i18n = i18n_dir

    def take_home_pdf(self, content: TakeHomeContent) -> bytes:
        """The take-home sheet in ``content.language``.

        Raises:
            LookupError: that language has no compiled catalogue.
        """
        return render_take_home(content, words_for(self._i18n, content.language))

    def rems_pdf(self, record: RemsRecord) -> bytes:
        """The one-page REMS monitoring record (a clinic form, in English)."""
        return render_rems(record)
