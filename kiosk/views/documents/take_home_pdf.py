"""The take-home sheet's words (CLINICAL.md section 8) in the visit's language, as a PDF.

Page 1 opens with the two numbers a patient may need tonight, the clinic's
phone and the crisis line of the clinic's country, before the advice, so they
are on the first page whatever the length of the rest. Every aftercare point
of section 8 follows, in our own plain words. The words are looked up in the
visit's language (:class:`kiosk.views.documents.pdf.Words`), not the screen's.
"""

from __future__ import annotations

import html

from kiosk.services.take_home import TakeHomeContent
from kiosk.views.documents.pdf import Words, heading, html_to_pdf

STYLE = "li { margin-bottom: 4px; } p { margin-bottom: 4px; } td { padding: 6px; }"
TITLE_PT, HEADING_PT = 18, 14.5


def aftercare_sections(w: Words, phone: str) -> list[tuple[str, list[str]]]:
    """The aftercare advice as (heading, points), in the order the sheet shows them."""
    return [
        (w.translate("TakeHome", "For the rest of today"), [
            w.translate("TakeHome", "Do not drive, ride a bike or use machines until "
                        "tomorrow, after a good night's sleep."),
            w.translate("TakeHome", "Go home with a responsible adult, and let them stay "
                        "close for a while."),
            w.translate("TakeHome", "No alcohol or cannabis for 24 hours."),
            w.translate("TakeHome", "Ask your doctor or the clinic before you take anything "
                        "that makes you sleepy (sedatives) or strong pain medicine "
                        "(opioids)."),
            w.translate("TakeHome", "Leave big decisions and difficult conversations for "
                        "another day: wait at least 24 hours."),
            w.translate("TakeHome", "Drink some water, and rest."),
        ]),
        (w.translate("TakeHome", "What you may feel"), [
            w.translate("TakeHome", "You may feel calm and peaceful, or full of new ideas. "
                        "It can be a good moment to start a small, healthy habit."),
            w.translate("TakeHome", "You may look inward and have new insights. Some people "
                        "feel as if they were outside their body."),
            w.translate("TakeHome", "Old memories or hard truths can come up and leave you "
                        "feeling tender. That is okay."),
            w.translate("TakeHome", "You may feel floaty, dizzy or a little sick for a few "
                        "hours, or disconnected from your body. All of this is expected "
                        "and it passes."),
            w.translate("TakeHome", "Writing in a notebook helps you make sense of what came "
                        "up. Talking it through with your therapist or an integration "
                        "coach helps too."),
            w.translate("TakeHome", "If the clinic offers an integration session, book it "
                        "for one to two days from now (24 to 48 hours)."),
        ]),
        (w.translate("TakeHome", "When to call"), [
            w.translate("TakeHome", "If you still feel sick to your stomach and it does not "
                        "go away, call the clinic at %1. We can give you medicine for "
                        "it.").replace("%1", phone),
            w.translate("TakeHome", "Get emergency care right away if you have chest pain, "
                        "trouble breathing, a severe headache, confusion, or if you "
                        "faint."),
        ]),
    ]


def _numbers_box(w: Words, content: TakeHomeContent) -> str:
    """The clinic's phone and the crisis line, boxed, at the top of page 1."""
    e = html.escape
    call = w.translate("TakeHome", "Questions or worries: call %1 at %2.")
    call = call.replace("%1", e(content.clinic_name)).replace(
        "%2", f"<b>{e(content.clinic_phone)}</b>")
    if content.crisis_lines:
        crisis = "<br>".join(f"<b>{e(line)}</b>" for line in content.crisis_lines)
    else:
        # The clinic set no line for its country: say so, never print another country's.
        crisis = e(w.translate("TakeHome", "Ask the clinic for the crisis line where you "
                               "live. The clinic's number is above."))
    struggling = e(w.translate("TakeHome", "If you are struggling or thinking of harming "
                               "yourself:"))
    return ("<table width='100%' cellspacing='0' border='2' style='border-color:#24663a'>"
            f"<tr><td><p>{call}</p><p>{struggling}<br>{crisis}</p></td></tr></table>")


def build_html(content: TakeHomeContent, w: Words) -> str:
    """The sheet as simple HTML for :class:`QTextDocument` (all values escaped)."""
    e = html.escape
    welcome = w.translate("TakeHome", "Thank you for resting with us today. Here are a few "
                          "simple things to help the rest of your day go well.")
    parts = [
        heading(e(w.translate("TakeHome", "Going home after your treatment")), TITLE_PT, top=0),
        f"<p>{e(content.clinic_name)} &middot; {e(content.visit_date.isoformat())}</p>",
        _numbers_box(w, content),
        f"<p>{e(welcome)}</p>",
    ]
    for title, points in aftercare_sections(w, content.clinic_phone):
        parts.append(heading(e(title), HEADING_PT) + "<ul>")
        parts.extend(f"<li>{e(point)}</li>" for point in points)
        parts.append("</ul>")
    if content.journal and content.journal.strip():
        parts.append(heading(e(w.translate("TakeHome", "Your journal from today")), HEADING_PT))
        parts.extend(f"<p>{e(line)}</p>" for line in content.journal.strip().splitlines()
                     if line.strip())
    thanks = w.translate("TakeHome", "Call %1 at %2. We are glad to help.")
    parts.append(heading(e(w.translate("TakeHome", "Questions?")), HEADING_PT))
    parts.append(f"<p>{e(thanks)}</p>".replace("%1", e(content.clinic_name))
                 .replace("%2", e(content.clinic_phone)))
    return "\n".join(parts)


def render_take_home(content: TakeHomeContent, w: Words) -> bytes:
    """The sheet as PDF bytes, in the language of ``w``."""
    return html_to_pdf(build_html(content, w),
                       title=w.translate("TakeHome", "Going home after your treatment"),
                       creator=content.clinic_name, stylesheet=STYLE)
