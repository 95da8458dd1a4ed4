<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../kiosk/views/accessibility.py" line="+52"/>
        <source>%1 of %2, %3</source>
        <translation>%1 de %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No digits entered yet</source>
        <translation>Todavía no hay dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 digits entered</source>
        <translation>%1 dígitos escritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 digits entered</source>
        <translation>%1 de %2 dígitos escritos</translation>
    </message>
</context>
<context>
    <name>AlertKinds</name>
    <message>
        <location filename="../../kiosk/views/nurse/alert_kinds.py" line="+64"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient request</source>
        <translation>Petición del paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse review</source>
        <translation>Revisión de enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in overdue</source>
        <translation>Control atrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablet not responding</source>
        <translation>La tableta no responde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>called a nurse</source>
        <translation>llamó a una enfermera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A nurse</source>
        <translation>Una enfermera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the way</source>
        <translation>%1 va en camino</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../kiosk/views/nurse/audit_model.py" line="+27"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(system or patient)</source>
        <translation>(sistema o paciente)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/audit_page.py" line="+52"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The &apos;To&apos; date must be on or after &apos;From&apos;.</source>
        <translation>La fecha «Hasta» debe ser igual o posterior a «Desde».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be read. Please try again.</source>
        <translation>No se pudo leer el registro. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the newest %1; narrow the dates to see older ones)</source>
        <translation>(los %1 más recientes; acote las fechas para ver los anteriores)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.ui" line="+5"/>
        <location line="+10"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
</context>
<context>
    <name>BoardLegend</name>
    <message>
        <location filename="../../kiosk/views/nurse/board_legend.py" line="+119"/>
        <source>Minutes: time since the end of dosing / the minimum stay (green once it is reached).</source>
        <translation>Minutos: tiempo desde el fin de la dosis / estancia mínima (en verde al alcanzarla).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrows compare with the check-in before: ↑ higher, ↓ lower, → the same.</source>
        <translation>Las flechas comparan con el control anterior: ↑ más alto, ↓ más bajo, → igual.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../kiosk/views/nurse/board_model.py" line="+48"/>
        <source>Bay</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>Control</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizzy</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconn.</source>
        <translation>Desconex.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readiness</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Ready</source>
        <translation>Lista/o</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – due</source>
        <translation> – toca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – overdue</source>
        <translation> – atrasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first one due</source>
        <translation>toca el primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/board_page.py" line="+240"/>
        <source>The board cannot reach the database just now. It will keep trying.</source>
        <translation>El tablero no puede conectar con la base de datos ahora. Seguirá intentándolo.</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.ui" line="+19"/>
        <source>Recovery board</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Patients in recovery</source>
        <translation>Pacientes en recuperación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one is in recovery right now.</source>
        <translation>No hay nadie en recuperación ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap a patient to open their visit and see why they are or are not ready.</source>
        <translation>Toque un paciente para ver su visita y si está listo para el alta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/board_page.py" line="+23"/>
        <source>The tablet in %1 has a fault and cannot save answers (since %2): please go to the patient.</source>
        <translation>La tableta de %1 tiene una falla y no puede guardar respuestas (desde las %2): vaya con el paciente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 in recovery</source>
        <translation>1 en recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in recovery</source>
        <translation>%1 en recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 needs a nurse</source>
        <translation>1 necesita enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need a nurse</source>
        <translation>%1 necesitan enfermería</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.ui" line="-56"/>
        <source>Board of patients</source>
        <translation>Tablero de pacientes</translation>
    </message>
</context>
<context>
    <name>BreathingPage</name>
    <message>
        <location filename="../../kiosk/views/patient/breathing_page.py" line="+169"/>
        <location filename="../../ui/breathing_page.ui" line="+116"/>
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
        <translation>Con campanita suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/breathing_page.ui" line="+89"/>
        <source>Soft chime: off</source>
        <translation>Sin campanita</translation>
    </message>
    <message>
        <location filename="../../ui/breathing_page.ui" line="-181"/>
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
        <location line="+49"/>
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
    <message>
        <location line="-207"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a breathing pattern</source>
        <translation>Elige una forma de respirar</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Breathing together</source>
        <translation>Respiramos juntos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Breathing finished</source>
        <translation>Respiración terminada</translation>
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
        <location filename="../../ui/calming_hub_page.ui" line="+17"/>
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
        <location line="+7"/>
        <source>Breathe along with a soft circle</source>
        <translation>Respire con un círculo suave</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notice your senses</source>
        <translation>Sus cinco sentidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A gentle 5-4-3-2-1 exercise</source>
        <translation>Un ejercicio suave de 5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calming scenes</source>
        <translation>Escenas tranquilas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Soft pictures and sounds</source>
        <translation>Imágenes y sonidos suaves</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feelings that are normal today</source>
        <translation>Lo que es normal sentir hoy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write down your thoughts</source>
        <translation>Escriba lo que piensa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check in now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell us how you feel</source>
        <translation>Cuéntenos cómo se siente</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Things to help you feel calm</source>
        <translation>Cosas que te ayudan a sentir calma</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../kiosk/views/patient/checkin_page.py" line="+74"/>
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
        <location filename="../../ui/checkin_page.ui" line="+88"/>
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
    <message>
        <location line="-76"/>
        <source>Check-in question</source>
        <translation>Pregunta del control</translation>
    </message>
</context>
<context>
    <name>CountryStep</name>
    <message>
        <location filename="../../kiosk/views/nurse/country_step.py" line="+100"/>
        <source>Where is the clinic?</source>
        <translation>¿Dónde está la clínica?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every take-home sheet prints the crisis line of the clinic&apos;s country, so a patient knows whom to call tonight. Choose the country; check the words below.</source>
        <translation>Cada hoja para casa imprime la línea de crisis del país de la clínica, para que el paciente sepa a quién llamar esta noche. Elija el país y revise el texto de abajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country code (two letters, e.g. MX)</source>
        <translation>Código de país (dos letras, p. ej. MX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crisis line to print, in your words (numbers from an official source)</source>
        <translation>La línea de crisis que se imprimirá, con sus palabras (números de una fuente oficial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this line and continue</source>
        <translation>Usar esta línea y continuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the country…</source>
        <translation>Elija el país…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another country: type its crisis line</source>
        <translation>Otro país: escriba su línea de crisis</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No line chosen yet: the kiosk never prints another country&apos;s numbers.</source>
        <translation>Aún no hay línea elegida: el quiosco nunca imprime los números de otro país.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The take-home sheet will print (in the visit&apos;s language; English shown):</source>
        <translation>La hoja para casa imprimirá (en el idioma de la visita; se muestra en inglés):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/views/widgets/date_time_pickers.py" line="+46"/>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../kiosk/views/nurse/discharge_page.py" line="+69"/>
        <source>%1 in the folder %2</source>
        <translation>%1 en la carpeta %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Esketamine REMS monitoring record</source>
        <translation>Registro de vigilancia REMS de esketamina</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The visit could not be loaded. Please try again.</source>
        <translation>No se pudo cargar la visita. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discharge %1 · %2</source>
        <translation>Alta de %1 · %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No crisis line is set for the clinic&apos;s country, so the take-home sheet will only ask the patient to call the clinic. An admin can set the country (or type the line) in Settings.</source>
        <translation>No hay línea de crisis para el país de la clínica, así que la hoja para casa solo pedirá al paciente que llame a la clínica. Un administrador puede fijar el país (o escribir la línea) en Ajustes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/discharge_page.ui" line="+5"/>
        <location line="+10"/>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a patient on the board first.</source>
        <translation>Primero elija un paciente en el tablero.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready to go home: every item is met.</source>
        <translation>Listo para ir a casa: se cumplen todos los puntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention first (%1 items not met).</source>
        <translation>Requiere atención antes (%1 puntos sin cumplir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet: %1 items not met.</source>
        <translation>Aún no: %1 puntos sin cumplir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot discharge yet: %1</source>
        <translation>Todavía no se puede dar el alta: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Met</source>
        <translation>✓ Cumplido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not met, cannot be overridden</source>
        <translation>✗ Sin cumplir, no se puede omitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Not met</source>
        <translation>✗ Sin cumplir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The request could not be saved. Please try again.</source>
        <translation>No se pudo guardar la petición. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent. The going-home questions are on the tablet in %1.</source>
        <translation>Enviado. Las preguntas para ir a casa están en la tableta de %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The discharge could not be saved. Nothing was changed; please try again.</source>
        <translation>No se pudo guardar el alta. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is discharged. The tablet in %2 will clear itself.</source>
        <translation>%1 tiene el alta. La tableta de %2 se vaciará sola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take-home sheet saved: %1</source>
        <translation>Hoja para casa guardada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REMS record saved: %1, and a row added to %2</source>
        <translation>Registro REMS guardado: %1, y una fila añadida a %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The sheet cannot be shown here. It is saved as %1.</source>
        <translation>La hoja no se puede mostrar aquí. Está guardada como %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This visit is already closed.</source>
        <translation>Esta visita ya está cerrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be overridden: %1</source>
        <translation>Esto no se puede omitir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient is not marked ready. Write why you are discharging now (at least %1 characters).</source>
        <translation>El paciente no está marcado como listo. Escriba por qué da el alta ahora (al menos %1 caracteres).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The esketamine REMS record needs an answer first: was there respiratory depression (yes or no)?</source>
        <translation>El registro REMS de esketamina necesita primero una respuesta: ¿hubo depresión respiratoria (sí o no)?</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_page.ui" line="+42"/>
        <source>Send going-home questions</source>
        <translation>Enviar preguntas para ir a casa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not ready: why discharge now?</source>
        <translation>No está listo: ¿por qué dar el alta ahora?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason (kept with the visit)</source>
        <translation>Motivo (se guarda con la visita)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign with your PIN</source>
        <translation>Firme con su PIN</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Print the take-home sheet</source>
        <translation>Imprimir la hoja para casa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the sheet</source>
        <translation>Abrir la hoja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the board</source>
        <translation>Volver al tablero</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/discharge_page.py" line="+25"/>
        <source>The database is busy: this was not logged. Please tell the admin.</source>
        <translation>La base de datos está ocupada: esto no quedó registrado. Avise a la administración, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_page.ui" line="-145"/>
        <source>Discharge review</source>
        <translation>Revisión del alta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Readiness criteria</source>
        <translation>Criterios de alta</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Discharge signed</source>
        <translation>Alta firmada</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../kiosk/views/domain_text.py" line="+54"/>
        <source>en</source>
        <comment>language tag of this translation (BCP-47)</comment>
        <translation>es</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, then </source>
        <translation>, luego </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed for {elapsed} minutes ({minutes} needed)</source>
        <translation>En observación {elapsed} minutos (se necesitan {minutes})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observed for {elapsed} of {minutes} minutes</source>
        <translation>En observación {elapsed} de {minutes} minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esketamine: at least 2 hours after the dose (Spravato REMS)</source>
        <translation>Esketamina: al menos 2 horas después de la dosis (REMS de Spravato)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Esketamine: at least {minutes} minutes after the dose (clinic setting; never under 2 hours, Spravato REMS)</source>
        <translation>Esketamina: al menos {minutes} minutos después de la dosis (ajuste de la clínica; nunca menos de 2 horas, REMS de Spravato)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IV ketamine: at least {minutes} minutes after the infusion ends (clinic setting)</source>
        <translation>Ketamina IV: al menos {minutes} minutos tras el fin de la infusión (ajuste de la clínica)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MOAA/S {moaas} (5: responds readily to name, normal voice)</source>
        <translation>MOAA/S {moaas} (5: responde enseguida a su nombre en tono normal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MOAA/S {moaas} (5: responds readily to name, normal voice); esketamine: sedation must have resolved (Spravato REMS)</source>
        <translation>MOAA/S {moaas} (5: responde enseguida a su nombre en tono normal); esketamina: la sedación debe haberse resuelto (REMS de Spravato)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modified PADSS {minimum} or more on the last {count} nurse assessments</source>
        <translation>PADSS modificado de {minimum} o más en las últimas {count} valoraciones de enfermería</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SpO2 above {minimum} % on room air</source>
        <translation>SpO2 por encima del {minimum} % con aire ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic and diastolic BP each within {percent} % of the pre-treatment values</source>
        <translation>PA sistólica y diastólica, cada una dentro del {percent} % de los valores previos al tratamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulse within {percent} % of the pre-treatment value</source>
        <translation>Pulso dentro del {percent} % del valor previo al tratamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A clinician records dissociation as resolved</source>
        <translation>Un clínico registra la disociación como resuelta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No nurse assessment recorded since dosing ended</source>
        <translation>Ninguna valoración de enfermería registrada desde el fin de la dosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No nurse assessment recorded yet</source>
        <translation>Aún no hay ninguna valoración de enfermería registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 {spo2} % on room air</source>
        <translation>SpO2 {spo2} % con aire ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 {spo2} % on oxygen; a room-air reading is needed</source>
        <translation>SpO2 {spo2} % con oxígeno; se necesita una lectura con aire ambiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MOAA/S {moaas} of 5</source>
        <translation>MOAA/S {moaas} de 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No PADSS recorded yet</source>
        <translation>Aún no hay ningún PADSS registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {count} PADSS recorded so far ({scores}); {needed} needed</source>
        <translation>Solo {count} PADSS registrados hasta ahora ({scores}); se necesitan {needed}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PADSS {scores} on the last assessment</source>
        <translation>PADSS {scores} en la última valoración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PADSS {scores} on the last {count} assessments</source>
        <translation>PADSS {scores} en las últimas {count} valoraciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number from {lo} to {hi}</source>
        <translation>debe ser un número entero entre {lo} y {hi}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from {lo} to {hi}</source>
        <translation>debe estar entre {lo} y {hi}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {lo}</source>
        <translation>debe ser como mínimo {lo}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most {hi}</source>
        <translation>debe ser como máximo {hi}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text in quotes</source>
        <translation>debe ser un texto entre comillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>no puede quedar vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text is longer than 500 characters</source>
        <translation>el texto tiene más de 500 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a two-letter country code such as US, or empty</source>
        <translation>debe ser un código de país de dos letras, como US, o quedar vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter a whole number</source>
        <translation>escriba un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reading}: enter a whole number from {lo} to {hi}</source>
        <translation>{reading}: escriba un número entero entre {lo} y {hi}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissociation: choose present or resolved</source>
        <translation>Disociación: elija presente o resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Systolic BP</source>
        <translation>PA sistólica</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Diastolic BP</source>
        <translation>PA diastólica</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MOAA/S</source>
        <translation>MOAA/S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulation</source>
        <translation>Deambulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea/vomiting</source>
        <translation>Náuseas/vómitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} {value}: no pre-treatment value recorded to compare with</source>
        <translation>{name} {value}: no hay valor previo al tratamiento con el que comparar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} {value}, same as before treatment</source>
        <translation>{name} {value}, igual que antes del tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} {value}: {percent} % above the pre-treatment {baseline}</source>
        <translation>{name} {value}: {percent} % por encima del valor previo ({baseline})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} {value}: {percent} % below the pre-treatment {baseline}</source>
        <translation>{name} {value}: {percent} % por debajo del valor previo ({baseline})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{systolic}; diastolic BP not recorded at the last assessment</source>
        <translation>{systolic}; PA diastólica no registrada en la última valoración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{systolic}; {diastolic}</source>
        <translation>{systolic}; {diastolic}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissociation not yet recorded by a clinician</source>
        <translation>Ningún clínico ha registrado aún la disociación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinician recorded dissociation as resolved</source>
        <translation>Un clínico registró la disociación como resuelta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dissociation still present at the last clinician record</source>
        <translation>Disociación aún presente en el último registro clínico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest patient check-in: nausea below {below} of 10 and no vomiting</source>
        <translation>Último control del paciente: náuseas por debajo de {below} de 10 y sin vómitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest patient check-in: feeling disconnected {maximum} or less</source>
        <translation>Último control del paciente: sensación de desconexión de {maximum} o menos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No patient check-in yet</source>
        <translation>Aún no hay ningún control del paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea not answered in the latest check-in; vomiting reported</source>
        <translation>Náuseas sin responder en el último control; refiere vómitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nausea not answered in the latest check-in; no vomiting</source>
        <translation>Náuseas sin responder en el último control; sin vómitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nausea {nausea} of 10; vomiting reported</source>
        <translation>Náuseas {nausea} de 10; refiere vómitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nausea {nausea} of 10; no vomiting</source>
        <translation>Náuseas {nausea} de 10; sin vómitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnection not answered in the latest check-in</source>
        <translation>Desconexión sin responder en el último control</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling disconnected {value} of 10</source>
        <translation>Sensación de desconexión {value} de 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open alerts</source>
        <translation>Ninguna alerta abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 open alert: {alerts}</source>
        <translation>1 alerta abierta: {alerts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} open alerts: {alerts}</source>
        <translation>{count} alertas abiertas: {alerts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cause} ({severity})</source>
        <translation>{cause} ({severity})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open (unacknowledged) alert</source>
        <translation>Ninguna alerta abierta (sin atender)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request</source>
        <translation>petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suicide-risk screen (ASQ) not asked in recovery</source>
        <translation>Cribado de riesgo de suicidio (ASQ) no realizado en recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suicide-risk screen (ASQ) not asked in recovery; the clinic requires it</source>
        <translation>Cribado de riesgo de suicidio (ASQ) no realizado en recuperación; la clínica lo exige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suicide-risk screen (ASQ) negative</source>
        <translation>Cribado de riesgo de suicidio (ASQ) negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASQ positive (not acute): brief suicide safety assessment recorded</source>
        <translation>ASQ positivo (no agudo): evaluación breve de seguridad frente al suicidio registrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ASQ positive (not acute): a clinician&apos;s brief safety assessment is needed</source>
        <translation>ASQ positivo (no agudo): se necesita la evaluación breve de seguridad de un clínico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ASQ acute positive: full safety evaluation recorded</source>
        <translation>ASQ positivo agudo: evaluación completa de seguridad registrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ASQ acute positive: a full safety evaluation must be recorded</source>
        <translation>ASQ positivo agudo: debe registrarse una evaluación completa de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A non-acute positive ASQ needs a brief suicide safety assessment; an acute positive needs a full safety evaluation; each clears only its own (NIMH ASQ)</source>
        <translation>Un ASQ positivo no agudo requiere una evaluación breve de seguridad frente al suicidio; uno positivo agudo, una evaluación completa de seguridad; cada una resuelve solo el suyo (ASQ del NIMH)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No driving acknowledged</source>
        <translation>Prohibición de conducir aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient has not yet acknowledged no driving</source>
        <translation>El paciente aún no ha aceptado que no conducirá</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The patient acknowledges no driving until tomorrow after a night&apos;s sleep</source>
        <translation>El paciente acepta no conducir hasta mañana, después de una noche de sueño</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escort confirmed by the nurse</source>
        <translation>Acompañante confirmado por enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient says an escort is coming; a nurse has not confirmed it yet</source>
        <translation>El paciente dice que viene un acompañante; enfermería aún no lo ha confirmado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No escort confirmed by a nurse yet</source>
        <translation>Enfermería aún no ha confirmado ningún acompañante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A nurse confirms a responsible adult escort; esketamine: required, no driving until the next day (Spravato REMS)</source>
        <translation>Enfermería confirma un adulto responsable como acompañante; esketamina: obligatorio, sin conducir hasta el día siguiente (REMS de Spravato)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A nurse confirms a responsible adult escort (clinic setting: required)</source>
        <translation>Enfermería confirma un adulto responsable como acompañante (ajuste de la clínica: obligatorio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A nurse confirms a responsible adult escort (clinic setting: may be overridden)</source>
        <translation>Enfermería confirma un adulto responsable como acompañante (ajuste de la clínica: se puede omitir con motivo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Systolic BP {bp} % and pulse {pulse} % from pre-treatment: both within 20 %</source>
        <translation>PA sistólica {bp} % y pulso {pulse} % respecto a antes del tratamiento: ambos dentro del 20 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Systolic BP {bp} % and pulse {pulse} % from pre-treatment: the worse is 20-40 % off</source>
        <translation>PA sistólica {bp} % y pulso {pulse} % respecto a antes del tratamiento: el peor se desvía un 20-40 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Systolic BP {bp} % and pulse {pulse} % from pre-treatment: more than 40 % off</source>
        <translation>PA sistólica {bp} % y pulso {pulse} % respecto a antes del tratamiento: desviación de más del 40 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walks steadily, no dizziness</source>
        <translation>Camina con paso firme, sin mareo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs help to walk</source>
        <translation>Necesita ayuda para caminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot walk, or dizzy when walking</source>
        <translation>No puede caminar, o se marea al caminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimal nausea, or treated by mouth</source>
        <translation>Náuseas mínimas, o tratadas por vía oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate nausea, needed an injected medicine</source>
        <translation>Náuseas moderadas; necesitó un medicamento inyectado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe nausea or vomiting that continues</source>
        <translation>Náuseas o vómitos intensos que continúan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain {pain} of 10 (0-3 scores 2)</source>
        <translation>Dolor {pain} de 10 (0-3 puntúa 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain {pain} of 10 (4-6 scores 1)</source>
        <translation>Dolor {pain} de 10 (4-6 puntúa 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain {pain} of 10 (7-10 scores 0)</source>
        <translation>Dolor {pain} de 10 (7-10 puntúa 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No surgical wound (infusion): not applicable, scored 2</source>
        <translation>Sin herida quirúrgica (infusión): no aplicable, puntúa 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moderate bleeding</source>
        <translation>Sangrado moderado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe bleeding</source>
        <translation>Sangrado intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient pressed &apos;call a nurse&apos;</source>
        <translation>El paciente pulsó «llamar a enfermería»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call a nurse from a bay with no visit open</source>
        <translation>Llamada a enfermería desde un box sin visita abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 {spo2} % is below {minimum} %</source>
        <translation>SpO2 {spo2} %, por debajo del {minimum} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP rising after the 40-minute check ({before} -&gt; {after})</source>
        <translation>PA sistólica en aumento después del control de los 40 minutos ({before} -&gt; {after})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MOAA/S {moaas} at {minutes} minutes (sedation not resolved)</source>
        <translation>MOAA/S {moaas} a los {minutes} minutos (sedación no resuelta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BP due: the ~40-minute blood pressure is not in (esketamine REMS)</source>
        <translation>PA pendiente: falta la presión arterial de los ~40 minutos (REMS de esketamina)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose (mg) not entered</source>
        <translation>Dosis (mg) sin anotar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure before the dose not entered</source>
        <translation>Presión arterial antes de la dosis sin anotar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure at about 40 minutes (35-60 min after the dose)</source>
        <translation>Presión arterial a los 40 minutos aprox. (35-60 min tras la dosis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blood pressure at the end of monitoring</source>
        <translation>Presión arterial al final de la vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedation (MOAA/S) observation</source>
        <translation>Observación de sedación (MOAA/S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissociation observation</source>
        <translation>Observación de disociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory depression: yes or no</source>
        <translation>Depresión respiratoria: sí o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse note ({name}): {note}</source>
        <translation>Nota de enfermería ({name}): {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse note: {note}</source>
        <translation>Nota de enfermería: {note}</translation>
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
        <location line="+12"/>
        <source>That&apos;s the whole guide. When you&apos;re ready, go back to the calming choices.</source>
        <translation>Esa es toda la guía. Cuando quiera, puede volver a las actividades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/expect_page.ui" line="+5"/>
        <location line="+14"/>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <location line="+55"/>
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
    <message>
        <location line="-46"/>
        <source>What to expect, text</source>
        <translation>Qué esperar, texto</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/export_page.py" line="+88"/>
        <source>The &apos;To&apos; date must be on or after the &apos;From&apos; date.</source>
        <translation>La fecha «Hasta» debe ser igual o posterior a la fecha «Desde».</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The export could not be written. Please try again.</source>
        <translation>No se pudo escribir la exportación. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 visits exported: %2 files in the folder %3 in the exports folder.</source>
        <translation>%1 visitas exportadas: %2 archivos en la carpeta %3 dentro de la carpeta de exportaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 check-ins no longer match their questionnaire and are only in the CSV files.</source>
        <translation>%1 controles ya no coinciden con su cuestionario y solo están en los archivos CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/export_page.ui" line="+15"/>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visits opened between these dates, with their check-ins and answers, observations and alerts: one CSV file per table, and one FHIR bundle of questionnaire responses per visit. The files hold patient data and only this computer account can read them.</source>
        <translation>Las visitas abiertas entre estas fechas, con sus controles y respuestas, observaciones y alertas: un archivo CSV por tabla y un paquete FHIR de respuestas por visita. Los archivos contienen datos de pacientes y solo esta cuenta del ordenador puede leerlos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To (included)</source>
        <translation>Hasta (incluido)</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+59"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/export_page.py" line="-74"/>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 of %2 visits</source>
        <translation>%1 de %2 visitas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The export was cancelled. No files were kept.</source>
        <translation>La exportación se canceló. No se guardó ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/first_run_page.py" line="+76"/>
        <source>Choose a PIN of %1 digits or more, then tap Done</source>
        <translation>Elija un PIN de %1 dígitos o más y toque Listo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the same PIN again, then tap Done</source>
        <translation>Escriba el mismo PIN otra vez y toque Listo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs were different. Please choose your PIN again.</source>
        <translation>Los dos PIN eran distintos. Elija su PIN otra vez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_page.ui" line="+29"/>
        <source>Welcome! Let&apos;s set up the first admin</source>
        <translation>¡Bienvenido! Configuremos el primer administrador</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account can add nurses and change settings. Use a PIN of 6 digits or more that only you know.</source>
        <translation>Esta cuenta puede añadir personal de enfermería y cambiar la configuración. Use un PIN de 6 dígitos o más que solo usted conozca.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/first_run_page.py" line="-51"/>
        <source>I have written it down</source>
        <translation>Ya lo he anotado</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The account could not be made. Please try again.</source>
        <translation>No se pudo crear la cuenta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your account is ready.</source>
        <translation>Su cuenta está lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clinic&apos;s recovery code is &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;Write it down and keep it locked away. If every account is ever locked, it lets an admin back in. It works once, and it is not shown again.</source>
        <translation>El código de recuperación de la clínica es &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;Anótelo y guárdelo bajo llave. Si algún día todas las cuentas quedan bloqueadas, permite volver a entrar a una cuenta de administración. Sirve una sola vez y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_page.ui" line="-64"/>
        <source>Set up the first admin</source>
        <translation>Configurar el primer administrador</translation>
    </message>
</context>
<context>
    <name>FlowCards</name>
    <message>
        <location filename="../../kiosk/views/flow/cards.py" line="+29"/>
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
        <location filename="../../kiosk/views/flow/fault.py" line="+35"/>
        <source>Please call a nurse</source>
        <translation>Por favor, llame a enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tablet needs a nurse to look at it. Please wave or call out, and a nurse will come to you. Your answers are still here on the screen.</source>
        <translation>Una enfermera o un enfermero tiene que revisar esta tableta. Por favor, levante la mano o llame en voz alta, y vendrán a atenderle. Sus respuestas siguen aquí, en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/flow/cards.py" line="+1"/>
        <source>Your answer is still here and the tablet keeps trying. If this message does not go away, please tell a nurse.</source>
        <translation>Su respuesta sigue aquí y la tableta lo sigue intentando. Si este mensaje no desaparece, avise a enfermería.</translation>
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
        <location filename="../../kiosk/views/nurse/glance_page.py" line="+66"/>
        <source>Anyone can look. Sign in to act: open a visit, acknowledge, enter vitals, discharge.</source>
        <translation>Cualquiera puede mirar. Inicie sesión para actuar: abrir una visita, atender, anotar signos vitales, dar el alta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound is off on this station: alerts show on screen only.</source>
        <translation>El sonido está apagado en esta estación: las alertas solo se ven en pantalla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff sign-in</source>
        <translation>Acceso del equipo clínico</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Station board</source>
        <translation>Tablero de la estación</translation>
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
        <location filename="../../ui/goodbye_page.ui" line="+22"/>
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
    <message>
        <location line="-32"/>
        <source>Goodbye</source>
        <translation>Hasta pronto</translation>
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
        <location filename="../../ui/grounding_page.ui" line="+17"/>
        <source>Notice your senses</source>
        <translation>Sus cinco sentidos</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="+17"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Grounding</source>
        <translation>Volver al presente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Grounding step</source>
        <translation>Paso para volver al presente</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Grounding finished</source>
        <translation>Ejercicio terminado</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <location filename="../../ui/idle_page.ui" line="+29"/>
        <source>This tablet is ready for the next patient</source>
        <translation>Esta tableta está lista para el próximo paciente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A nurse will set it up for you.</source>
        <translation>Una enfermera o un enfermero la preparará para usted.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Waiting for the next patient</source>
        <translation>Esperando al siguiente paciente</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../kiosk/views/patient/journal_page.py" line="+199"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Couldn&apos;t open your journal just now, will try again</source>
        <translation>No se pudo abrir su diario en este momento; lo intentaremos de nuevo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Couldn&apos;t save just now, will try again</source>
        <translation>No se pudo guardar en este momento; lo intentaremos de nuevo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shared: your nurse and care team can read what you write here, to help look after you. You can change this at any time.</source>
        <translation>Compartido: su enfermera o enfermero y su equipo de atención pueden leer lo que escriba aquí, para ayudar a cuidarle. Puede cambiar esto cuando quiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private: this is just for you. Your care team will not read it.</source>
        <translation>Privado: esto es solo para usted. Su equipo de atención no lo leerá.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.ui" line="+19"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write anything you like: thoughts, feelings, pictures in your mind. Spelling doesn&apos;t matter.</source>
        <translation>Escriba lo que quiera: ideas, sentimientos, imágenes que tenga en mente. La ortografía no importa.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../kiosk/views/patient/journal_page.py" line="-95"/>
        <source>Saved. One symbol could not be kept and shows as �</source>
        <translation>Guardado. Un símbolo no se pudo conservar y aparece como �</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Hide keyboard</source>
        <translation>Ocultar teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show keyboard</source>
        <translation>Mostrar teclado</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.ui" line="-78"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your journal entry</source>
        <translation>Lo que escribes en tu diario</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/views/main_window.py" line="+126"/>
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
        <translation>Equipo clínico</translation>
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
    <name>NumberKeys</name>
    <message>
        <location filename="../../kiosk/views/widgets/form_keys.py" line="+49"/>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
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
        <translation>administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nurse</source>
        <translation>enfermería</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock /
back to patient</source>
        <translation>Bloquear /
al paciente</translation>
    </message>
    <message>
        <location filename="../../ui/nurse_area.ui" line="+27"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nurse pages</source>
        <translation>Páginas de enfermería</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock / back to patient</source>
        <translation>Bloquear / volver al paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/nurse_area.py" line="+130"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff accounts</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/nurse_area.ui" line="-35"/>
        <source>Nurse area</source>
        <translation>Área de enfermería</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/admin_pages.py" line="+37"/>
        <source>Start a visit</source>
        <translation>Iniciar una visita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form warnings</source>
        <translation>Avisos de formularios</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/views/widgets/onscreen_keyboard.py" line="+80"/>
        <source>Capital letter</source>
        <translation>Letra mayúscula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
</context>
<context>
    <name>PagingBanner</name>
    <message>
        <location filename="../../kiosk/views/nurse/paging_banner.py" line="+91"/>
        <source>Waiting too long – </source>
        <translation>Espera demasiado larga – </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;ll check it</source>
        <translation>Lo reviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m on my way</source>
        <translation>Voy en camino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound is off on this station: watch this banner.</source>
        <translation>El sonido está apagado en esta estación: vigile este aviso.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No patient in this bay</source>
        <translation>No hay paciente en este box</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – the bay&apos;s tablet has stopped reporting</source>
        <translation>%1 – la tableta del box dejó de reportar</translation>
    </message>
</context>
<context>
    <name>PatientTools</name>
    <message>
        <location filename="../../kiosk/views/widgets/patient_tools.py" line="+66"/>
        <location line="+2"/>
        <source>Read to me</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reads the words on this screen aloud</source>
        <translation>Lee en voz alta lo que dice esta pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes the words on the screen bigger</source>
        <translation>Hace más grande la letra de la pantalla</translation>
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
        <location filename="../../kiosk/views/patient/pin_pad_page.py" line="+63"/>
        <location line="+183"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The staff list cannot be read just now. Please try again in a moment.</source>
        <translation>No se puede leer la lista del personal en este momento. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The PIN cannot be checked just now. Please try again.</source>
        <translation>No se puede comprobar el PIN en este momento. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That PIN did not work. Please try again.</source>
        <translation>Ese PIN no funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tap your PIN</source>
        <translation>Marque su PIN con los números</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, enter your PIN</source>
        <translation>%1, escriba su PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pin_pad_page.ui" line="+17"/>
        <location line="+16"/>
        <source>Who is signing in?</source>
        <translation>¿Quién va a entrar?</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad_page.ui" line="+4"/>
        <source>No staff accounts exist yet. An administrator can add them in the staff settings.</source>
        <translation>Todavía no hay cuentas del personal. Un administrador puede añadirlas en la configuración del personal.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the patient screen</source>
        <translation>Volver a la pantalla del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/patient/pin_pad_page.py" line="-136"/>
        <source>Locked out? Use the recovery code</source>
        <translation>¿Sin acceso? Use el código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use code</source>
        <translation>Usar el código</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The code cannot be checked just now. Please try again.</source>
        <translation>Ahora no se puede comprobar el código. Inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That recovery code did not work.</source>
        <translation>Ese código de recuperación no ha funcionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin accounts unlocked: sign in with your own PIN. The next recovery code is %1. Write it down now; it is not shown again.</source>
        <translation>Cuentas de administración desbloqueadas: entre con su propio PIN. El próximo código de recuperación es %1. Anótelo ahora; no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad_page.ui" line="-96"/>
        <source>Staff sign-in</source>
        <translation>Acceso del equipo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
</context>
<context>
    <name>RemsNeeds</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_extras.py" line="+120"/>
        <source>The REMS record could not be checked just now.</source>
        <translation>No se pudo revisar el registro REMS en este momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REMS record still needs: %1</source>
        <translation>Al registro REMS aún le falta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REMS record: everything so far is in. The nurse reviews it when signing the discharge.</source>
        <translation>Registro REMS: todo lo necesario hasta ahora está anotado. La enfermera lo revisa al firmar el alta.</translation>
    </message>
</context>
<context>
    <name>RemsReview</name>
    <message>
        <location filename="../../kiosk/views/nurse/rems_review.py" line="+117"/>
        <source>Esketamine REMS monitoring record: review before signing</source>
        <translation>Registro de vigilancia REMS de esketamina: revisar antes de firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory depression during monitoring?</source>
        <translation>¿Depresión respiratoria durante la vigilancia?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the REMS record…</source>
        <translation>Cargando el registro REMS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The REMS record could not be loaded. Please try again.</source>
        <translation>No se pudo cargar el registro REMS. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Still needed: %1</source>
        <translation>Aún falta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete: the PDF and CSV row are written when you sign.</source>
        <translation>Completo: el PDF y la fila CSV se escriben al firmar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (before the dose)</source>
        <translation>%1 (antes de la dosis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dissociation present</source>
        <translation>disociación presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissociation resolved</source>
        <translation>disociación resuelta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not entered</source>
        <translation>no anotada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose given at</source>
        <translation>Dosis administrada a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BP before / ~40 min / end</source>
        <translation>PA antes / ~40 min / final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sedation and dissociation</source>
        <translation>Sedación y disociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to leave</source>
        <translation>Listo para irse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>when you sign (total time from the dose)</source>
        <translation>al firmar (tiempo total desde la dosis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse</source>
        <translation>Enfermera</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The answer could not be saved. Please try again.</source>
        <translation>No se pudo guardar la respuesta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>RestPage</name>
    <message>
        <location filename="../../ui/rest_page.ui" line="+30"/>
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
    <message>
        <location line="-40"/>
        <source>Resting screen. Touch anywhere to come back.</source>
        <translation>Pantalla en reposo. Toca en cualquier sitio para volver.</translation>
    </message>
</context>
<context>
    <name>SafetyRecords</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_extras.py" line="-72"/>
        <source>Record brief safety assessment</source>
        <translation>Registrar evaluación breve de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record full safety evaluation</source>
        <translation>Registrar evaluación completa de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brief safety assessment recorded at %1</source>
        <translation>Evaluación breve de seguridad registrada a las %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full safety evaluation recorded at %1</source>
        <translation>Evaluación completa de seguridad registrada a las %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ScenesPage</name>
    <message>
        <location filename="../../kiosk/views/patient/scenes_page.py" line="+82"/>
        <source>Sound: on</source>
        <translation>Con sonido</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/scenes_page.ui" line="+50"/>
        <source>Sound: off</source>
        <translation>Sin sonido</translation>
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
    <message>
        <location line="-57"/>
        <source>Calm scenes</source>
        <translation>Escenas tranquilas</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/settings_page.py" line="+71"/>
        <location line="+42"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The settings could not be saved. Please try again.</source>
        <translation>No se pudo guardar la configuración. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved %1 changes.</source>
        <translation>Se guardaron %1 cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="+15"/>
        <source>Clinic settings</source>
        <translation>Configuración de la clínica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each value is checked as you type. Saved values replace those of the settings file and stay after a restart.</source>
        <translation>Cada valor se comprueba mientras escribe. Los valores guardados sustituyen a los del archivo de configuración y se mantienen al reiniciar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings fields</source>
        <translation>Campos de configuración</translation>
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
        <location filename="../../kiosk/views/nurse/staff_page.py" line="+82"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nurse</source>
        <translation>enfermería</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The two PINs are different.</source>
        <translation>Los dos PIN son distintos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translation>No funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account added.</source>
        <translation>Cuenta añadida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account deactivated.</source>
        <translation>Cuenta desactivada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN reset.</source>
        <translation>PIN restablecido.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_page.ui" line="+9"/>
        <location line="+20"/>
        <source>Staff accounts</source>
        <translation>Cuentas del equipo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reset PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add a nurse, or type a new PIN to reset</source>
        <translation>Añada a alguien de enfermería o escriba un PIN nuevo para restablecerlo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name of the new nurse</source>
        <translation>Nombre de la persona nueva</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admin (can manage staff and settings)</source>
        <translation>Administrador (equipo y configuración)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PIN (6 digits or more)</source>
        <translation>PIN (6 dígitos o más)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/staff_page.py" line="-119"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The staff list cannot be read just now. Please try again.</source>
        <translation>No se puede leer la lista del personal ahora. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Account unlocked.</source>
        <translation>Cuenta desbloqueada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New recovery code: %1. Write it down and keep it locked away; the old code no longer works.</source>
        <translation>Nuevo código de recuperación: %1. Anótelo y guárdelo bajo llave; el código anterior ya no sirve.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_page.ui" line="-126"/>
        <source>Staff accounts list</source>
        <translation>Lista de cuentas del equipo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
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
        <translation>Dosis administrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment ended</source>
        <translation>Tratamiento terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 56</source>
        <translation>p. ej. 56</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esketamine dose in milligrams</source>
        <translation>Dosis de esketamina en miligramos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Systolic BP</source>
        <translation>PA sistólica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diastolic BP</source>
        <translation>PA diastólica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/start_visit_page.ui" line="+151"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter a number from %2 to %3.</source>
        <translation>%1: escriba un número de %2 a %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blood pressure: enter both numbers, or neither.</source>
        <translation>Presión arterial: escriba los dos números o ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure: the first number must be the larger one.</source>
        <translation>Presión arterial: el primer número debe ser el mayor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Patient: enter a first name and last initial.</source>
        <translation>Paciente: escriba el nombre y la inicial del apellido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment: choose IV ketamine or esketamine.</source>
        <translation>Tratamiento: elija ketamina IV o esketamina.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The visit could not be saved. Please try again.</source>
        <translation>No se pudo guardar la visita. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dose: enter the esketamine dose in mg (for example 56 or 84).</source>
        <translation>Dosis: escriba la dosis de esketamina en mg (por ejemplo 56 u 84).</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit_page.ui" line="-146"/>
        <location line="+10"/>
        <source>Start a visit</source>
        <translation>Iniciar una visita</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name and last initial</source>
        <translation>Nombre e inicial del apellido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record no.</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IV ketamine</source>
        <translation>Ketamina IV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esketamine (nasal)</source>
        <translation>Esketamina (nasal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/start_visit_page.py" line="-122"/>
        <location filename="../../ui/start_visit_page.ui" line="+10"/>
        <source>Infusion ended</source>
        <translation>Fin de la infusión</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit_page.ui" line="+9"/>
        <source>− 5 min</source>
        <translation>− 5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes earlier</source>
        <translation>Cinco minutos antes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>+ 5 min</source>
        <translation>+ 5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five minutes later</source>
        <translation>Cinco minutos después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Baseline BP</source>
        <translation>PA basal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sys</source>
        <translation>Sis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline systolic blood pressure</source>
        <translation>Presión sistólica basal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dia</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline diastolic blood pressure</source>
        <translation>Presión diastólica basal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>per min</source>
        <translation>por min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline pulse</source>
        <translation>Pulso basal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bay</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start the visit</source>
        <translation>Iniciar la visita</translation>
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
        <location filename="../../ui/thanks_page.ui" line="+5"/>
        <location line="+17"/>
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
        <location filename="../../kiosk/views/nurse/trend_chart.py" line="+104"/>
        <source>No check-ins yet</source>
        <translation>Aún no hay controles</translation>
    </message>
</context>
<context>
    <name>VisitDetailPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="+119"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BP</source>
        <translation>PA</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/visit_detail_page.ui" line="+524"/>
        <location line="+7"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/visit_detail_page.ui" line="+25"/>
        <location line="+7"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/visit_detail_page.ui" line="+35"/>
        <location line="+7"/>
        <source>MOAA/S</source>
        <translation>MOAA/S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PADSS</source>
        <translation>PADSS</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Open %1 · %2 · %3</source>
        <translation>Abierta %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealt with %1 · %2 · %3</source>
        <translation>Atendida %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · by %1</source>
        <translation> · por %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alerts (%1 open)</source>
        <translation>Alertas (%1 abiertas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/visit_detail_page.ui" line="+232"/>
        <location line="+3"/>
        <location line="+9"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready-to-go form: not asked yet.</source>
        <translation>Formulario para ir a casa: aún no se ha pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-go form (%1): %2</source>
        <translation>Formulario para ir a casa (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fill in every reading to see the score.</source>
        <translation>Complete todas las medidas para ver la puntuación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pre-treatment BP or pulse: PADSS cannot be scored.</source>
        <translation>Sin PA ni pulso previos al tratamiento: no se puede puntuar el PADSS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs</source>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/visit_detail_page.ui" line="-231"/>
        <location line="+7"/>
        <source>Ambulation</source>
        <translation>Deambulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/visit_detail_page.ui" line="+13"/>
        <source>Nausea/vomiting</source>
        <translation>Náuseas/vómitos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleeding</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable (2)</source>
        <translation>no aplica (2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: the database is busy. Please try again.</source>
        <translation>No se guardó: la base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert raised: %1</source>
        <translation>Alerta creada: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not resolved: the database is busy. Please try again.</source>
        <translation>No se resolvió: la base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_detail_page.ui" line="-598"/>
        <source>Back to board</source>
        <translation>Volver al tablero</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Discharge…</source>
        <translation>Alta…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+3"/>
        <source>Readiness</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Readiness criteria</source>
        <translation>Criterios para el alta</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>Check-ins</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>* Non-validated single item: a trend to talk about, not a score.</source>
        <translation>* Pregunta única no validada: una tendencia para comentar, no una puntuación.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Observation entry</source>
        <translation>Registro de observación</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> sys</source>
        <translation> sis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> dia</source>
        <translation> dia</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+183"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location line="-151"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on room air</source>
        <translation>con aire ambiente</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Resp. rate</source>
        <translation>Frec. resp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+7"/>
        <source>Dissociation</source>
        <translation>Disociación</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Save observation</source>
        <translation>Guardar observación</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Modified PADSS (live)</source>
        <translation>PADSS modificado (en vivo)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient chose to share this with the care team.</source>
        <translation>El paciente eligió compartir esto con el equipo.</translation>
    </message>
    <message>
        <location line="-691"/>
        <source>Safety assessment recorded</source>
        <translation>Evaluación de seguridad registrada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Escort confirmed</source>
        <translation>Acompañante confirmado</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="-53"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>The database is busy: this was not logged. Please tell the admin.</source>
        <translation>La base de datos está ocupada: esto no quedó registrado. Avise a la administración, por favor.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+121"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve: %1</source>
        <translation>Resolver: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 more open: see the Alerts tab.</source>
        <translation>%1 más abiertas: vea la pestaña Alertas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> · %1 on the way</source>
        <translation> · %1 va en camino</translation>
    </message>
    <message>
        <location filename="../../ui/visit_detail_page.ui" line="-233"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Visit details</source>
        <translation>Detalles de la visita</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Check-ins so far</source>
        <translation>Controles hasta ahora</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Systolic blood pressure</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Diastolic blood pressure</source>
        <translation>Presión diastólica</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Nausea or vomiting</source>
        <translation>Náuseas o vómitos</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pain, 0 to 10</source>
        <translation>Dolor, de 0 a 10</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Observations so far</source>
        <translation>Observaciones hasta ahora</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Shared journal</source>
        <translation>Diario compartido</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/nurse/detail_sections.py" line="+17"/>
        <source>5 – responds readily to name in a normal voice</source>
        <translation>5 – responde enseguida a su nombre en voz normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – slow response to name in a normal voice</source>
        <translation>4 – responde con lentitud a su nombre en voz normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – responds only to a loud or repeated name</source>
        <translation>3 – responde solo a su nombre en voz alta o repetido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – responds only to mild prodding or shaking</source>
        <translation>2 – responde solo a un toque o sacudida leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – responds only to a painful squeeze</source>
        <translation>1 – responde solo a un pellizco doloroso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 – no response to a painful squeeze</source>
        <translation>0 – no responde a un pellizco doloroso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2 – steady gait, no dizziness</source>
        <translation>2 – marcha estable, sin mareo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – needs help</source>
        <translation>1 – necesita ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 – cannot walk, or dizzy</source>
        <translation>0 – no puede caminar, o mareo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2 – minimal, or treated by mouth</source>
        <translation>2 – mínimas, o tratadas por vía oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – moderate, needed an injected drug</source>
        <translation>1 – moderadas, necesitó un fármaco inyectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 – severe, continuing</source>
        <translation>0 – intensas, continúan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="+30"/>
        <source>started</source>
        <translation>empezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="+0"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="+1"/>
        <source>missed</source>
        <translation>no hecho</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizziness *</source>
        <translation>Mareo *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected *</source>
        <translation>Desconexión *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clarity *</source>
        <translation>Claridad *</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nausea 7: urgent</source>
        <translation>náuseas 7: urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nausea 4: review</source>
        <translation>náuseas 4: revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected 3: limit</source>
        <translation>desconexión 3: límite</translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_summary.py" line="+43"/>
        <source>Observation time</source>
        <translation>Tiempo de observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PADSS</source>
        <translation>PADSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedation (MOAA/S)</source>
        <translation>Sedación (MOAA/S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissociation</source>
        <translation>Disociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnection</source>
        <translation>Desconexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suicide-risk screen</source>
        <translation>Cribado de riesgo de suicidio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escort</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No driving</source>
        <translation>No conducir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready to go</source>
        <translation>Lista para irse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not met yet (%1)</source>
        <translation>Aún no se cumplen (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hide met criteria (%1)</source>
        <translation>Ocultar criterios cumplidos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show met criteria (%1)</source>
        <translation>Mostrar criterios cumplidos (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: see to the open alert below, then resolve it.</source>
        <translation>Siguiente: atienda la alerta abierta de abajo y luego resuélvala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: every criterion is met. Check the patient and sign the discharge.</source>
        <translation>Siguiente: se cumplen todos los criterios. Valore al paciente y firme el alta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: record an observation (Observations tab). %1</source>
        <translation>Siguiente: registre una observación (pestaña Observaciones). %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: record the safety assessment (Readiness tab). %1</source>
        <translation>Siguiente: registre la evaluación de seguridad (pestaña Alta). %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: confirm the escort (Readiness tab). %1</source>
        <translation>Siguiente: confirme el acompañante (pestaña Alta). %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: the patient acknowledges no driving. %1</source>
        <translation>Siguiente: el paciente confirma que no conducirá. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: wait for the patient&apos;s next check-in. %1</source>
        <translation>Siguiente: espere el próximo control del paciente. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: wait. The observation time is met at %1.</source>
        <translation>Siguiente: esperar. El tiempo de observación se cumple a las %1.</translation>
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
        <location filename="../../ui/welcome_page.ui" line="+5"/>
        <location line="+18"/>
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
        <location filename="../../kiosk/views/patient/typed_answers.py" line="+81"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
