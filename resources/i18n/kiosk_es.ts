<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertKinds</name>
    <message>
        <location filename="../../kiosk/views/nurse/alert_kinds.py" line="+63"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablet not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>called a nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../kiosk/views/nurse/audit_model.py" line="+27"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(system or patient)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/audit_page.py" line="+52"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The &apos;To&apos; date must be on or after &apos;From&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be read. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the newest %1; narrow the dates to see older ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.ui" line="+14"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardLegend</name>
    <message>
        <location filename="../../kiosk/views/nurse/board_legend.py" line="+49"/>
        <source>Minutes: time since the end of dosing / the minimum stay (green once it is reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrows compare with the check-in before: ↑ higher, ↓ lower, → the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../kiosk/views/nurse/board_model.py" line="+47"/>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation type="unfinished">Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizzy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first one due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/board_page.py" line="+166"/>
        <source>The board cannot reach the database just now. It will keep trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/board_page.ui" line="+18"/>
        <source>Recovery board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Patients in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one is in recovery right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap a patient to open their visit and see why they are or are not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/board_page.py" line="+19"/>
        <source>The tablet in %1 has a fault and cannot save answers (since %2): please go to the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 needs a nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need a nurse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPage</name>
    <message>
        <location filename="../../kiosk/views/patient/breathing_page.py" line="+169"/>
        <location filename="../../ui/breathing_page.ui" line="+113"/>
        <source>Breathe in</source>
        <translation>Inhale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slowly, through your nose</source>
        <translation>despacio, por la nariz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe out</source>
        <translation>Exhale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slowly, let it all go</source>
        <translation>despacio, suelte todo el aire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Mantenga el aire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gently, no need to strain</source>
        <translation>con suavidad, sin forzar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stay empty for a moment</source>
        <translation>espere un momento antes de tomar aire</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Soft chime: on</source>
        <translation>Campanita suave: sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/breathing_page.ui" line="+88"/>
        <source>Soft chime: off</source>
        <translation>Campanita suave: no</translation>
    </message>
    <message>
        <location filename="../../ui/breathing_page.ui" line="-179"/>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Breathe along with a soft circle: in as it grows, out as it shrinks.</source>
        <translation>Respire al ritmo de un círculo suave: tome aire cuando crece y suéltelo cuando se achica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a rhythm</source>
        <translation>Elija un ritmo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Box breathing
In 4, hold 4, out 4, hold 4</source>
        <translation>Respiración cuadrada
Inhale 4, pausa 4, exhale 4, pausa 4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>4-7-8 breathing
In 4, hold 7, out 8</source>
        <translation>Respiración 4-7-8
Inhale 4, pausa 7, exhale 8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For how long?</source>
        <translation>¿Por cuánto tiempo?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3 minutes</source>
        <translation>3 minutos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nicely done</source>
        <translation>Muy bien hecho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take a moment to notice how you feel now. You can breathe along again, or simply rest.</source>
        <translation>Tómese un momento para notar cómo se siente ahora. Puede respirar con el círculo otra vez, o simplemente descansar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breathe again</source>
        <translation>Respirar otra vez</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back to calming choices</source>
        <translation>Volver a las actividades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start breathing</source>
        <translation>Empezar a respirar</translation>
    </message>
</context>
<context>
    <name>CallCards</name>
    <message>
        <location filename="../../kiosk/views/call_cards.py" line="+28"/>
        <source>Okay</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calling a nurse</source>
        <translation>Llamando a enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your call is on its way to the nurses&apos; station.</source>
        <translation>Su llamada va de camino al puesto de enfermería.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your nurse already knows you called and will come soon. If you feel worse, wave or call out.</source>
        <translation>En enfermería ya saben que ha llamado y vendrán pronto. Si se siente peor, haga señas con la mano o llame en voz alta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A nurse will come to you soon. You can stay where you are and breathe slowly.</source>
        <translation>Alguien de enfermería vendrá pronto. Puede quedarse donde está y respirar despacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your call was sent</source>
        <translation>Su llamada se ha enviado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is on the way</source>
        <translation>%1 ya viene a verle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A nurse is on the way</source>
        <translation>Alguien de enfermería ya viene a verle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They will be with you in a moment.</source>
        <translation>Estará con usted en un momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please wave or call out</source>
        <translation>Por favor, haga señas con la mano o llame en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tablet is still sending your call. Wave or call out, and someone nearby will come to you.</source>
        <translation>La tableta sigue enviando su llamada. Haga señas con la mano o llame en voz alta, y alguien que esté cerca vendrá a atenderle.</translation>
    </message>
</context>
<context>
    <name>CalmingHubPage</name>
    <message>
        <location filename="../../ui/calming_hub_page.ui" line="+16"/>
        <source>Time to rest</source>
        <translation>Hora de descansar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While you rest, you can try one of these. Or just sit quietly — that&apos;s fine too.</source>
        <translation>Mientras descansa, puede probar alguna de estas actividades. O solo quedarse en calma — eso también está bien.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breathe along with a soft circle</source>
        <translation>Respire con un círculo suave</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notice your senses</source>
        <translation>Sus cinco sentidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gentle 5-4-3-2-1 exercise</source>
        <translation>Un ejercicio suave de 5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calming scenes</source>
        <translation>Escenas tranquilas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Soft pictures and sounds</source>
        <translation>Imágenes y sonidos suaves</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feelings that are normal today</source>
        <translation>Lo que es normal sentir hoy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down your thoughts</source>
        <translation>Escriba lo que piensa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check in now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell us how you feel</source>
        <translation>Cuéntenos cómo se siente</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../kiosk/views/patient/checkin_page.py" line="+75"/>
        <location line="+48"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/checkin_page.ui" line="+87"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_page.ui" line="-18"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip this one</source>
        <translation>Saltar esta pregunta</translation>
    </message>
</context>
<context>
    <name>CountryStep</name>
    <message>
        <location filename="../../kiosk/views/nurse/country_step.py" line="+98"/>
        <source>Where is the clinic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every take-home sheet prints the crisis line of the clinic&apos;s country, so a patient knows whom to call tonight. Choose the country; check the words below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country code (two letters, e.g. MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crisis line to print, in your words (numbers from an official source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this line and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another country: type its crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No line chosen yet: the kiosk never prints another country&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The take-home sheet will print (in the visit&apos;s language; English shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database is busy. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/views/widgets/date_time_pickers.py" line="+63"/>
        <source>Choose a day</source>
        <translation>Elija un día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar: tap a day</source>
        <translation>Calendario: toque un día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
</context>
<context>
    <name>DischargePage</name>
    <message>
        <location filename="../../kiosk/views/nurse/discharge_page.py" line="+122"/>
        <source>The visit could not be loaded. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discharge %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No crisis line is set for the clinic&apos;s country, so the take-home sheet will only ask the patient to call the clinic. An admin can set the country (or type the line) in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/discharge_page.ui" line="+14"/>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a patient on the board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ready to go home: every item is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention first (%1 items not met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet: %1 items not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot discharge yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not met, cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The request could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent. The going-home questions are on the tablet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The discharge could not be saved. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is discharged. The tablet in %2 will clear itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take-home sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REMS record: %1 (and a row in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This visit is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient is not marked ready. Write why you are discharging now (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The esketamine REMS record needs an answer first: was there respiratory depression (yes or no)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/discharge_page.ui" line="+40"/>
        <source>Send going-home questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not ready: why discharge now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason (kept with the visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Print the take-home sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/discharge_page.py" line="+14"/>
        <source>The sheet cannot be shown. It is at %1</source>
        <translation>No se puede mostrar la hoja. Está en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database is busy: this was not logged. Please tell the admin.</source>
        <translation>La base de datos está ocupada: esto no quedó registrado. Avise a la administración, por favor.</translation>
    </message>
</context>
<context>
    <name>ExpectPage</name>
    <message>
        <location filename="../../kiosk/views/patient/expect_page.py" line="+150"/>
        <source>This guide is resting</source>
        <translation>Esta guía no está disponible ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We can&apos;t show this guide just now. Your nurse is happy to tell you what to expect.</source>
        <translation>No podemos mostrar esta guía en este momento. Su enfermera o enfermero con gusto le explicará qué puede esperar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/expect_page.ui" line="+18"/>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Back to calming choices</source>
        <translation>Volver a las actividades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/export_page.py" line="+88"/>
        <source>The &apos;To&apos; date must be on or after the &apos;From&apos; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The export could not be written. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 visits exported to %2 (%3 files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 check-ins no longer match their questionnaire and are only in the CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_page.ui" line="+14"/>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visits opened between these dates, with their check-ins and answers, observations and alerts: one CSV file per table, and one FHIR bundle of questionnaire responses per visit. The files hold patient data and only this computer account can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/export_page.py" line="-73"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 of %2 visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The export was cancelled. No files were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/first_run_page.py" line="+65"/>
        <source>Choose a PIN of %1 digits or more, then tap Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the same PIN again, then tap Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs were different. Please choose your PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database is busy. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run_page.ui" line="+28"/>
        <source>Welcome! Let&apos;s set up the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account can add nurses and change settings. Use a PIN of 6 digits or more that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/first_run_page.py" line="-47"/>
        <source>I have written it down</source>
        <translation>Ya lo he anotado</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your account is ready.</source>
        <translation>Su cuenta está lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clinic&apos;s recovery code is &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;Write it down and keep it locked away. If every account is ever locked, it lets an admin back in. It works once, and it is not shown again.</source>
        <translation>El código de recuperación de la clínica es &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;Anótelo y guárdelo bajo llave. Si algún día todas las cuentas quedan bloqueadas, permite volver a entrar a una cuenta de administración. Sirve una sola vez y no se vuelve a mostrar.</translation>
    </message>
</context>
<context>
    <name>FlowCards</name>
    <message>
        <location filename="../../kiosk/views/flow_cards.py" line="+29"/>
        <source>Okay</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A nurse has been asked to come and see you</source>
        <translation>Hemos avisado a enfermería para que alguien venga a verle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can keep going, or just rest.</source>
        <translation>Puede seguir respondiendo, o simplemente descansar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for telling us</source>
        <translation>Gracias por contárnoslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have let your nurse know, and they will come by to see how you are. You can keep going, or just rest.</source>
        <translation>Ya le avisamos a su enfermera o enfermero, y pasará a ver cómo está. Puede seguir respondiendo, o simplemente descansar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A few last questions before you go home</source>
        <translation>Unas últimas preguntas antes de irse a casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nurse would like you to answer them when you are ready.</source>
        <translation>Su enfermera o enfermero le pide que las responda cuando esté listo o lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It&apos;s time for a short check-in</source>
        <translation>Es hora de un control rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few quick questions about how you feel. There is no rush.</source>
        <translation>Unas preguntas rápidas sobre cómo se siente. No hay prisa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a few minutes</source>
        <translation>En unos minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving is taking a moment</source>
        <translation>Guardar su respuesta está tardando un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer is still here and the tablet keeps trying. Please tell a nurse if this stays.</source>
        <translation>Su respuesta sigue aquí y la tableta lo sigue intentando. Si esto no cambia, avise a una enfermera o un enfermero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/flow_fault.py" line="+27"/>
        <source>Please call a nurse</source>
        <translation>Por favor, llame a enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tablet needs a nurse to look at it. Please wave or call out, and a nurse will come to you. Your answers are still here on the screen.</source>
        <translation>Una enfermera o un enfermero tiene que revisar esta tableta. Por favor, levante la mano o llame en voz alta, y vendrán a atenderle. Sus respuestas siguen aquí, en la pantalla.</translation>
    </message>
</context>
<context>
    <name>FormWarningsPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/form_warnings_page.py" line="+67"/>
        <source>Form warnings</source>
        <translation>Avisos de los formularios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item (linkId)</source>
        <translation>Pregunta (linkId)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the kiosk did</source>
        <translation>Qué hizo el quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire load warnings</source>
        <translation>Avisos al cargar los cuestionarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lenient loading: an item with a problem is skipped and listed here.</source>
        <translation>Carga flexible: una pregunta con un problema se omite y aparece en esta lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict loading: a file with a problem is not used at all.</source>
        <translation>Carga estricta: un archivo con un problema no se usa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to report: every form loaded as written.</source>
        <translation>Nada que avisar: todos los formularios se cargaron tal como están escritos.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s) from the questionnaire files.</source>
        <translation>
            <numerusform>%n aviso de los archivos de cuestionarios.</numerusform>
            <numerusform>%n avisos de los archivos de cuestionarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlancePage</name>
    <message>
        <location filename="../../kiosk/views/nurse/glance_page.py" line="+65"/>
        <source>Anyone can look. Sign in to act: open a visit, acknowledge, enter vitals, discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound is off on this station: alerts show on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodbyePage</name>
    <message>
        <location filename="../../kiosk/views/patient/goodbye_page.py" line="+28"/>
        <source>Take good care, %1</source>
        <translation>Cuídese mucho, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/goodbye_page.ui" line="+21"/>
        <source>Take good care</source>
        <translation>Cuídese mucho</translation>
    </message>
    <message>
        <location filename="../../ui/goodbye_page.ui" line="+8"/>
        <source>Thank you for answering. Your nurse will come to go over the last details and say goodbye. Please stay seated until then.</source>
        <translation>Gracias por responder. Su enfermera o enfermero vendrá a repasar los últimos detalles y a despedirse. Por favor, quédese sentado o sentada hasta entonces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today: no driving, rest, drink water, and be gentle with yourself.</source>
        <translation>Hoy: no maneje, descanse, tome agua y trátese con cariño.</translation>
    </message>
</context>
<context>
    <name>GroundingPage</name>
    <message>
        <location filename="../../kiosk/views/patient/grounding_page.py" line="+66"/>
        <source>Look around you. Find 5 things you can see.</source>
        <translation>Mire a su alrededor. Busque 5 cosas que pueda ver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maybe a colour, a light, or the shape of something nearby.</source>
        <translation>Tal vez un color, una luz o la forma de algo cercano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find 4 things you can touch.</source>
        <translation>Busque 4 cosas que pueda tocar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your hands on the blanket, your feet, the chair under you.</source>
        <translation>Sus manos sobre la manta, sus pies, la silla debajo de usted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen. Find 3 things you can hear.</source>
        <translation>Escuche. Busque 3 cosas que pueda oír.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft voices, a hum, your own breathing. Any sound is fine.</source>
        <translation>Voces suaves, un zumbido, su propia respiración. Cualquier sonido sirve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find 2 things you can smell.</source>
        <translation>Busque 2 cosas que pueda oler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The air, your clothes, your skin. If you notice nothing, that&apos;s fine too.</source>
        <translation>El aire, su ropa, su piel. Si no nota nada, también está bien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find 1 thing you can taste.</source>
        <translation>Busque 1 cosa que pueda saborear.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maybe water, or just the taste in your mouth right now.</source>
        <translation>Tal vez agua, o solo el sabor que tiene en la boca ahora.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take your time.</source>
        <translation>Tómese su tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/grounding_page.ui" line="+16"/>
        <source>Notice your senses</source>
        <translation>Sus cinco sentidos</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You took a quiet moment to notice the world around you. You are here, resting, and people nearby are looking after you. Stay with this calm feeling as long as you like.</source>
        <translation>Se tomó un momento tranquilo para notar el mundo a su alrededor. Usted está aquí, descansando, y hay personas cerca que le cuidan. Quédese con esta sensación de calma todo el tiempo que quiera.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back to calming choices</source>
        <translation>Volver a las actividades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <location filename="../../ui/idle_page.ui" line="+28"/>
        <source>This tablet is ready for the next patient</source>
        <translation>Esta tableta está lista para el próximo paciente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A nurse will set it up for you.</source>
        <translation>Una enfermera o un enfermero la preparará para usted.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../kiosk/views/patient/journal_page.py" line="+125"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Couldn&apos;t open your journal just now, will try again</source>
        <translation>No se pudo abrir su diario en este momento; lo intentaremos de nuevo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Couldn&apos;t save just now, will try again</source>
        <translation>No se pudo guardar en este momento; lo intentaremos de nuevo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shared: your nurse and care team can read what you write here, to help look after you. You can change this at any time.</source>
        <translation>Compartido: su enfermera o enfermero y su equipo de atención pueden leer lo que escriba aquí, para ayudar a cuidarle. Puede cambiar esto cuando quiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private: this is just for you. Your care team will not read it.</source>
        <translation>Privado: esto es solo para usted. Su equipo de atención no lo leerá.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.ui" line="+18"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write anything you like: thoughts, feelings, pictures in your mind. Spelling doesn&apos;t matter.</source>
        <translation>Escriba lo que quiera: ideas, sentimientos, imágenes que tenga en mente. La ortografía no importa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep it private</source>
        <translation>Mantenerlo privado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share with my care team</source>
        <translation>Compartir con mi equipo de atención</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back to calming choices</source>
        <translation>Volver a las actividades</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/patient/journal_page.py" line="-58"/>
        <source>Saved. One symbol could not be kept and shows as �</source>
        <translation>Guardado. Un símbolo no se pudo conservar y aparece como �</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/views/main_window.py" line="+120"/>
        <source>Recovery Kiosk</source>
        <translation>Quiosco de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call a nurse</source>
        <translation>Llamar a enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nurse called</source>
        <translation>Enfermería avisada</translation>
    </message>
</context>
<context>
    <name>NoStaffDirectory</name>
    <message>
        <location filename="../../kiosk/views/shell.py" line="+46"/>
        <source>No staff accounts exist yet.</source>
        <translation>Todavía no hay cuentas del personal.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../../kiosk/views/widgets/number_pad.py" line="+60"/>
        <source>Number entered</source>
        <translation>Número escrito</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal point</source>
        <translation>Punto decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number pad</source>
        <translation>Teclado de números</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any number</source>
        <translation>Cualquier número</translation>
    </message>
</context>
<context>
    <name>NurseArea</name>
    <message>
        <location filename="../../kiosk/views/nurse/nurse_area.py" line="+50"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock /
back to patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/nurse_area.ui" line="+26"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nurse pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock / back to patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingBanner</name>
    <message>
        <location filename="../../kiosk/views/nurse/paging_banner.py" line="+91"/>
        <source>Waiting too long – </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;ll check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m on my way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound is off on this station: watch this banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No patient in this bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – the bay&apos;s tablet has stopped reporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/views/widgets/pin_pad.py" line="+36"/>
        <location line="+19"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <location filename="../../kiosk/views/patient/pin_pad_page.py" line="+55"/>
        <location line="+147"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The staff list cannot be read just now. Please try again in a moment.</source>
        <translation>No se puede leer la lista del personal en este momento. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The PIN cannot be checked just now. Please try again.</source>
        <translation>No se puede comprobar el PIN en este momento. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That PIN did not work. Please try again.</source>
        <translation>Ese PIN no funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap your PIN</source>
        <translation>Marque su PIN con los números</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, enter your PIN</source>
        <translation>%1, escriba su PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pin_pad_page.ui" line="+16"/>
        <source>Who is signing in?</source>
        <translation>¿Quién va a entrar?</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad_page.ui" line="+19"/>
        <source>No staff accounts exist yet. An administrator can add them in the staff settings.</source>
        <translation>Todavía no hay cuentas del personal. Un administrador puede añadirlas en la configuración del personal.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the patient screen</source>
        <translation>Volver a la pantalla del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/patient/pin_pad_page.py" line="-100"/>
        <source>Locked out? Use the recovery code</source>
        <translation>¿Sin acceso? Use el código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use code</source>
        <translation>Usar el código</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code cannot be checked just now. Please try again.</source>
        <translation>Ahora no se puede comprobar el código. Inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That recovery code did not work.</source>
        <translation>Ese código de recuperación no ha funcionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin accounts unlocked: sign in with your own PIN. The next recovery code is %1. Write it down now; it is not shown again.</source>
        <translation>Cuentas de administración desbloqueadas: entre con su propio PIN. El próximo código de recuperación es %1. Anótelo ahora; no se vuelve a mostrar.</translation>
    </message>
</context>
<context>
    <name>RemsNeeds</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_extras.py" line="+98"/>
        <source>The REMS record could not be checked just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REMS record still needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REMS record: everything so far is in. The nurse reviews it when signing the discharge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemsReview</name>
    <message>
        <location filename="../../kiosk/views/nurse/rems_review.py" line="+104"/>
        <source>Esketamine REMS monitoring record: review before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory depression during monitoring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The REMS record could not be loaded. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete: the PDF and CSV row are written when you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (before the dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose given at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BP before / ~40 min / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sedation and dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>when you sign (total time from the dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestPage</name>
    <message>
        <location filename="../../ui/rest_page.ui" line="+29"/>
        <source>Resting. Breathe slowly, in and out.</source>
        <translation>Descansando. Respire despacio, tome aire y suéltelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Touch the screen whenever you like to come back.</source>
        <translation>Toque la pantalla cuando quiera volver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It&apos;s time for a short check-in. Touch the screen when you are ready.</source>
        <translation>Es hora de un control rápido. Toque la pantalla cuando esté listo o lista.</translation>
    </message>
</context>
<context>
    <name>SafetyRecords</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_extras.py" line="-51"/>
        <source>Record brief safety assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record full safety evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brief safety assessment recorded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full safety evaluation recorded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is busy. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenesPage</name>
    <message>
        <location filename="../../kiosk/views/patient/scenes_page.py" line="+82"/>
        <source>Sound: on</source>
        <translation>Sonido: sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/scenes_page.ui" line="+49"/>
        <source>Sound: off</source>
        <translation>Sonido: no</translation>
    </message>
    <message>
        <location filename="../../ui/scenes_page.ui" line="-33"/>
        <source>Watch the slow movement, and let your breathing slow down with it.</source>
        <translation>Mire el movimiento lento y deje que su respiración se calme con él.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waves</source>
        <translation>Olas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rain</source>
        <translation>Lluvia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back to calming choices</source>
        <translation>Volver a las actividades</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/settings_page.py" line="+68"/>
        <location line="+41"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The settings could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="+14"/>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each value is checked as you type. Saved values replace those of the settings file and stay after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetViewer</name>
    <message>
        <location filename="../../kiosk/views/nurse/sheet_printer.py" line="+65"/>
        <source>Take-home sheet</source>
        <translation>Hoja para llevar a casa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the sheet</source>
        <translation>Cerrar la hoja</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/staff_page.py" line="+54"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two PINs are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database is busy. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_page.ui" line="+28"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add a nurse, or type a new PIN to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name of the new nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admin (can manage staff and settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PIN (6 digits or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/staff_page.py" line="-87"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Account unlocked.</source>
        <translation>Cuenta desbloqueada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New recovery code: %1. Write it down and keep it locked away; the old code no longer works.</source>
        <translation>Nuevo código de recuperación: %1. Anótelo y guárdelo bajo llave; el código anterior ya no sirve.</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <location filename="../../kiosk/services/pin_rules.py" line="+31"/>
        <source>The PIN must be digits only.</source>
        <translation>El PIN solo puede tener números.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN needs at least %1 digits.</source>
        <translation>El PIN necesita al menos %1 números.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a PIN that is not one digit repeated.</source>
        <translation>Elija un PIN que no repita un solo número.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a PIN that is not a run of digits like 123456.</source>
        <translation>Elija un PIN que no sea una serie seguida como 123456.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a PIN that is not a repeated pattern like 121212.</source>
        <translation>Elija un PIN que no repita un patrón como 121212.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/staff.py" line="+77"/>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>El nombre es demasiado largo.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The first admin has already been set up.</source>
        <translation>La primera cuenta de administración ya está creada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown role.</source>
        <translation>Función desconocida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone with this name already has an account.</source>
        <translation>Ya hay una cuenta con este nombre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No such account.</source>
        <translation>Esa cuenta no existe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>This account cannot sign in.</source>
        <translation>Esta cuenta no puede entrar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>PIN incorrecto. Quedan %1 intentos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo después de las %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an admin can change staff accounts.</source>
        <translation>Solo una cuenta de administración puede cambiar las cuentas del personal.</translation>
    </message>
</context>
<context>
    <name>StartVisitPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/start_visit_page.py" line="+107"/>
        <source>Dose given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esketamine dose in milligrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Systolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diastolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/start_visit_page.ui" line="+144"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blood pressure: enter both numbers, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure: the first number must be the larger one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Patient: enter a first name and last initial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment: choose IV ketamine or esketamine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The visit could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dose: enter the esketamine dose in mg (for example 56 or 84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_visit_page.ui" line="-130"/>
        <source>Start a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name and last initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IV ketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esketamine (nasal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/start_visit_page.py" line="-122"/>
        <location filename="../../ui/start_visit_page.ui" line="+9"/>
        <source>Infusion ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_visit_page.ui" line="+9"/>
        <source>− 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes earlier</source>
        <translation type="unfinished">Cinco minutos más temprano</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>+ 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes later</source>
        <translation type="unfinished">Cinco minutos más tarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Baseline BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline diastolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>per min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/start_visit_page.py" line="+98"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../../kiosk/views/documents/take_home_pdf.py" line="+24"/>
        <source>For the rest of today</source>
        <translation>Para el resto del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not drive, ride a bike or use machines until tomorrow, after a good night&apos;s sleep.</source>
        <translation>No maneje, no ande en bicicleta ni use máquinas hasta mañana, después de dormir bien toda la noche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go home with a responsible adult, and let them stay close for a while.</source>
        <translation>Vuelva a casa con un adulto responsable, y pídale que se quede cerca de usted un rato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alcohol or cannabis for 24 hours.</source>
        <translation>Nada de alcohol ni cannabis durante 24 horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your doctor or the clinic before you take anything that makes you sleepy (sedatives) or strong pain medicine (opioids).</source>
        <translation>Pregunte a su médico o a la clínica antes de tomar algo que le dé sueño (sedantes) o un medicamento fuerte para el dolor (opioides).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave big decisions and difficult conversations for another day: wait at least 24 hours.</source>
        <translation>Deje las decisiones importantes y las conversaciones difíciles para otro día: espere al menos 24 horas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drink some water, and rest.</source>
        <translation>Tome un poco de agua y descanse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you may feel</source>
        <translation>Lo que puede sentir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may feel calm and peaceful, or full of new ideas. It can be a good moment to start a small, healthy habit.</source>
        <translation>Puede sentirse en calma y en paz, o lleno o llena de ideas nuevas. Puede ser un buen momento para empezar un hábito pequeño y sano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may look inward and have new insights. Some people feel as if they were outside their body.</source>
        <translation>Puede mirar hacia dentro de sí y entender cosas nuevas. Algunas personas sienten como si estuvieran fuera de su cuerpo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old memories or hard truths can come up and leave you feeling tender. That is okay.</source>
        <translation>Pueden aparecer recuerdos antiguos o verdades difíciles que le dejen sensible. Eso está bien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may feel floaty, dizzy or a little sick for a few hours, or disconnected from your body. All of this is expected and it passes.</source>
        <translation>Puede sentirse como flotando, mareado o mareada, con un poco de náuseas durante unas horas, o desconectado o desconectada de su cuerpo. Todo esto es esperable y se pasa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing in a notebook helps you make sense of what came up. Talking it through with your therapist or an integration coach helps too.</source>
        <translation>Escribir en un cuaderno le ayuda a entender lo que surgió. Hablarlo con su terapeuta o con un acompañante de integración también ayuda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the clinic offers an integration session, book it for one to two days from now (24 to 48 hours).</source>
        <translation>Si la clínica ofrece una sesión de integración, resérvela para dentro de uno o dos días (de 24 a 48 horas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you still feel sick to your stomach and it does not go away, call the clinic at %1. We can give you medicine for it.</source>
        <translation>Si sigue con náuseas y no se le pasan, llame a la clínica al %1. Podemos darle un medicamento para eso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get emergency care right away if you have chest pain, trouble breathing, a severe headache, confusion, or if you faint.</source>
        <translation>Busque atención de urgencia enseguida si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza muy fuerte, confusión, o si se desmaya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions or worries: call %1 at %2.</source>
        <translation>Preguntas o preocupaciones: llame a %1 al %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the clinic for the crisis line where you live. The clinic&apos;s number is above.</source>
        <translation>Pida a la clínica la línea de crisis del lugar donde vive. El número de la clínica está arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you are struggling or thinking of harming yourself:</source>
        <translation>Si lo está pasando mal o piensa en hacerse daño:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thank you for resting with us today. Here are a few simple things to help the rest of your day go well.</source>
        <translation>Gracias por descansar hoy con nosotros. Aquí tiene algunas cosas sencillas para que el resto del día le vaya bien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Going home after your treatment</source>
        <translation>De vuelta a casa después de su tratamiento</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Your journal from today</source>
        <translation>Su diario de hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call %1 at %2. We are glad to help.</source>
        <translation>Llame a %1 al %2. Con gusto le ayudamos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions?</source>
        <translation>¿Preguntas?</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../ui/thanks_page.ui" line="+21"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answers are saved, and your nurse can see them. Now you can rest, or try something calming. We will check in again in a little while.</source>
        <translation>Sus respuestas están guardadas y su enfermera o enfermero puede verlas. Ahora puede descansar o probar algo para relajarse. Volveremos a preguntarle en un rato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something calming</source>
        <translation>Algo para relajarse</translation>
    </message>
</context>
<context>
    <name>TimePicker</name>
    <message>
        <location filename="../../kiosk/views/widgets/date_time_pickers.py" line="+70"/>
        <source>Time separator</source>
        <translation>Separador de la hora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a time</source>
        <translation>Elija una hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One hour later</source>
        <translation>Una hora más tarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One hour earlier</source>
        <translation>Una hora más temprano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes later</source>
        <translation>Cinco minutos más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes earlier</source>
        <translation>Cinco minutos más temprano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../kiosk/views/nurse/trend_chart.py" line="+87"/>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDetailPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="+82"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/visit_detail_page.ui" line="+237"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/visit_detail_page.ui" line="+29"/>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/visit_detail_page.ui" line="+72"/>
        <source>MOAA/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PADSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The database is busy. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ready to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealt with %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alerts (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/visit_detail_page.ui" line="+162"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready-to-go form: not asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-go form (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in every reading to see the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pre-treatment BP or pulse: PADSS cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/visit_detail_page.ui" line="-145"/>
        <source>Ambulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea/vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: the database is busy. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_detail_page.ui" line="-325"/>
        <source>Back to board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Discharge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>* Non-validated single item: a trend to talk about, not a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source> sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source> dia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+72"/>
        <source> /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on room air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nausea / vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pain (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Modified PADSS (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient chose to share this with the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Safety assessment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escort confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="-15"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>The database is busy: this was not logged. Please tell the admin.</source>
        <translation>La base de datos está ocupada: esto no quedó registrado. Avise a la administración, por favor.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source> · %1 on the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/views/patient/welcome_page.py" line="+41"/>
        <source>Welcome, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/welcome_page.ui" line="+22"/>
        <source>Welcome</source>
        <translation>Hola</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.ui" line="+8"/>
        <source>Recovery Clinic</source>
        <translation>Clínica de recuperación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your treatment is done. Now you can rest here while it wears off. Every so often this screen will ask you a few short questions about how you feel. There is no rush, and there are no wrong answers.</source>
        <translation>Su tratamiento terminó. Ahora puede descansar aquí mientras pasa el efecto. De vez en cuando, esta pantalla le hará unas preguntas cortas sobre cómo se siente. No hay prisa, y no hay respuestas incorrectas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I&apos;m ready to begin</source>
        <translation>Quiero empezar</translation>
    </message>
</context>
<context>
    <name>_ShownValue</name>
    <message>
        <location filename="../../kiosk/views/patient/typed_answers.py" line="+80"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <location filename="../../kiosk/views/nurse/admin_pages.py" line="+35"/>
        <source>Start a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/nurse_area.py" line="+123"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/admin_pages.py" line="+2"/>
        <source>Form warnings</source>
        <translation>Avisos de los formularios</translation>
    </message>
</context>
</TS>
