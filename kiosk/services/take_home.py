"""The take-home sheet: aftercare in plain words, written as a PDF with Qt's own writer.

The aftercare points are those of CLINICAL.md section 8, in our own words. The
crisis line and the clinic's phone come from the clinic settings (never
hard-coded to one country). The patient's journal is added only when they chose
to share it. The file name carries the visit id and date, never the patient's
name, and the file is readable by its owner only.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kiosk.services.owner_only import write_private

TAKE_HOME_FOLDER = "take-home"
PDF_DPI = 300


def _t(text: str) -> str:
    return QCoreApplication.translate("TakeHome", text)


@dataclass(frozen=True)
class TakeHomeContent:
    """Everything one sheet shows.

    Attributes:
        clinic_name: the clinic's name, at the top and bottom.
        clinic_phone: the number to call with worries.
        crisis_line: the crisis line words for the clinic's country (a setting).
        visit_date: the day of the treatment (local date).
        journal: the patient's journal text, only when they chose to share it.
    """

    clinic_name: str
    clinic_phone: str
    crisis_line: str
    visit_date: date
    journal: str | None = None


def aftercare_sections(phone: str) -> list[tuple[str, list[str]]]:
    """The aftercare advice as (heading, points), in the order the sheet shows them."""
    return [
        (_t("For the rest of today"), [
            _t("Do not drive, ride a bike or use machines until tomorrow, after a "
               "good night's sleep."),
            _t("Go home with a responsible adult, and let them stay close for a while."),
            _t("No alcohol or cannabis for 24 hours."),
            _t("Ask your doctor or the clinic before you take anything that makes you "
               "sleepy (sedatives) or strong pain medicine (opioids)."),
            _t("Leave big decisions and difficult conversations for another day: wait "
               "at least 24 hours."),
            _t("Drink some water, and rest."),
        ]),
        (_t("What you may feel"), [
            _t("You may feel calm and peaceful, or full of new ideas. It can be a good "
               "moment to start a small, healthy habit."),
            _t("You may look inward and have new insights. Some people feel as if they "
               "were outside their body."),
            _t("Old memories or hard truths can come up and leave you feeling tender. "
               "That is okay."),
            _t("You may feel floaty, dizzy or a little sick for a few hours, or "
               "disconnected from your body. All of this is expected and it passes."),
            _t("Writing in a notebook helps you make sense of what came up. Talking it "
               "through with your therapist or an integration coach helps too."),
            _t("If the clinic offers an integration session, book it for one to two "
               "days from now (24 to 48 hours)."),
        ]),
        (_t("When to call"), [
            _t("If you still feel sick to your stomach and it does not go away, call "
               "the clinic at %1. We can give you medicine for it.").replace("%1", phone),
            _t("Get emergency care right away if you have chest pain, trouble "
               "breathing, a severe headache, confusion, or if you faint."),
        ]),
    ]


def build_html(content: TakeHomeContent) -> str:
    """The sheet as simple HTML for :class:`QTextDocument` (all values escaped)."""
    e = html.escape
    welcome = _t("Thank you for resting with us today. Here are a few simple things to "
                 "help the rest of your day go well.")
    parts = [
        f"<h1>{e(_t('Going home after your treatment'))}</h1>",
        f"<p>{e(content.clinic_name)} &middot; {e(content.visit_date.isoformat())}</p>",
        f"<p>{e(welcome)}</p>",
    ]
    for heading, points in aftercare_sections(content.clinic_phone):
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        parts.extend(f"<li>{e(point)}</li>" for point in points)
        parts.append("</ul>")
    parts.append(f"<h2>{e(_t('If you are struggling'))}</h2>")
    parts.append(f"<p><b>{e(content.crisis_line)}</b></p>")
    if content.journal and content.journal.strip():
        parts.append(f"<h2>{e(_t('Your journal from today'))}</h2>")
        parts.extend(f"<p>{e(line)}</p>" for line in content.journal.strip().splitlines()
                     if line.strip())
    parts.append(f"<h2>{e(_t('Questions?'))}</h2>")
    parts.append(f"<p>{e(_t('Call %1 at %2. We are glad to help.'))}</p>"
                 .replace("%1", e(content.clinic_name)).replace("%2", e(content.clinic_phone)))
    return "\n".join(parts)


def render_pdf(content: TakeHomeContent) -> bytes:
    """Lay the sheet out on Letter-sized pages and return the PDF bytes.

    Raises:
        RuntimeError: no Qt GUI application exists (fonts need one).
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("render_pdf needs a QGuiApplication")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(_t("Going home after your treatment"))
    writer.setCreator(content.clinic_name)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 16, 20, 16), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "h1 { font-size: 19pt; } h2 { font-size: 14pt; margin-top: 12px; } "
        "li { margin-bottom: 6px; } p { margin-bottom: 6px; }")
    document.setHtml(build_html(content))
    # With a page size of its own the document keeps the writer's margins only
    # (instead of adding Qt's default 2 cm on top).
    document.setDocumentMargin(0)
    document.setPageSize(writer.pageLayout().paintRectPoints().size().toSizeF())
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def take_home_path(exports: Path, visit_id: int, visit_date: date) -> Path:
    """Where the sheet of a visit goes: visit id and date, never the patient's name."""
    return exports / TAKE_HOME_FOLDER / f"take-home-visit-{visit_id}-{visit_date:%Y-%m-%d}.pdf"


def write_take_home(exports: Path, visit_id: int, content: TakeHomeContent) -> Path:
    """Render the sheet and write it owner-only (0600, folder 0700); return its path."""
    return write_private(take_home_path(exports, visit_id, content.visit_date),
                         render_pdf(content))
