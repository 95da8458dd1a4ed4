"""The one-page Spravato REMS patient monitoring record, for the clinic to file.

A clinic form, not patient text: it is printed in English, the language of
the REMS programme it is filed with, at 10 pt so that a long session still
fits one page. Anything the record still lacks is listed at the bottom, so a
half-filled form never looks complete.
"""

from __future__ import annotations

import html
from datetime import datetime

from kiosk.domain.rems import BpReading, RemsRecord
from kiosk.views.documents.pdf import heading, html_to_pdf

TITLE = "Spravato (esketamine) REMS: patient monitoring record"
STYLE = "td, th { padding: 2px 6px; } th { text-align: left; background: #e0efe3; }"
REMS_BODY_PT = 10.0


def _time(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _clock(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


def _bp(reading: BpReading | None, record: RemsRecord) -> str:
    if reading is None:
        return "not recorded"
    if reading.taken_at is None:
        return f"{reading.text} mmHg (entered at the start of the visit)"
    minutes = int((reading.taken_at - record.dosed_at).total_seconds() // 60)
    return f"{reading.text} mmHg at {_clock(reading.taken_at)} ({minutes} min after the dose)"


def _rows(pairs: list[tuple[str, str]]) -> str:
    e = html.escape
    return "".join(f"<tr><th width='34%'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in pairs)


def build_rems_html(record: RemsRecord) -> str:
    """The record as HTML (all values escaped)."""
    e = html.escape
    yes_no = {None: "not recorded", True: "yes", False: "no"}
    minutes = record.monitoring_minutes
    parts = [heading(e(TITLE), 14, top=0), "<table width='100%' cellspacing='0' border='1'>",
             _rows([
                 ("Patient", record.patient_label),
                 ("Record number", record.record_number or "not entered"),
                 ("Visit", str(record.visit_id)),
                 ("Dose", f"{record.dose_mg} mg" if record.dose_mg else "not entered"),
                 ("Dosing time", _time(record.dosed_at)),
                 ("BP before the dose", _bp(record.bp_pre, record)),
                 ("BP at about 40 minutes", _bp(record.bp_40, record)),
                 ("BP at the end of monitoring", _bp(record.bp_end, record)),
                 ("Respiratory depression", yes_no[record.respiratory_depression]),
                 ("Ready to leave at", _time(record.ready_at) or "at the discharge signature"),
                 ("Total monitoring time",
                  f"{minutes} minutes" if minutes is not None else "at the discharge signature"),
                 ("Nurse", record.nurse_name or "not signed"),
             ]), "</table>",
             heading("Sedation (MOAA/S) and dissociation observations", 11)]
    if record.observations:
        parts.append("<table width='100%' cellspacing='0' border='1'><tr><th>Time</th>"
                     "<th>Minutes after the dose</th><th>MOAA/S (0-5)</th>"
                     "<th>Dissociation</th></tr>")
        parts.extend(f"<tr><td>{_clock(o.taken_at)}</td><td>{o.minutes}</td>"
                     f"<td>{'' if o.moaas is None else o.moaas}</td>"
                     f"<td>{e(o.dissociation or '')}</td></tr>" for o in record.observations)
        parts.append("</table>")
    else:
        parts.append("<p>No observation recorded.</p>")
    parts.append(heading("Adverse events (alerts and nurses' notes)", 11))
    if record.adverse_events:
        parts.append("<ul>")
        parts.extend(f"<li>{_clock(a.at)} {e(a.text)}"
                     f"{f' ({e(a.severity)})' if a.severity else ''}</li>"
                     for a in record.adverse_events)
        parts.append("</ul>")
    else:
        parts.append("<p>None recorded.</p>")
    missing = record.missing()
    if missing:
        parts.append(heading("Still needed before filing", 11) + "<ul>")
        parts.extend(f"<li>{e(m.english())}</li>" for m in missing)
        parts.append("</ul>")
    parts.append("<p><br>Signature: ______________________________ &nbsp; Date: "
                 "______________</p>")
    return "\n".join(parts)


def render_rems(record: RemsRecord) -> bytes:
    """The record as a one-page PDF."""
    return html_to_pdf(build_rems_html(record), title=TITLE, creator="Recovery Kiosk",
                       stylesheet=STYLE, body_pt=REMS_BODY_PT)
