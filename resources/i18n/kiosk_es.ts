<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../kiosk/views/accessibility.py" line="+40"/>
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
        <location filename="../../kiosk/views/nurse/audit_page.py" line="+51"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The &apos;To&apos; date must be on or after &apos;From&apos;.</source>
        <translation>La fecha «Hasta» debe ser igual o posterior a «Desde».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be read. Please try again.</source>
        <translation>No se pudo leer el registro. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>BoardModel</name>
    <message>
        <location filename="../../kiosk/views/nurse/board_model.py" line="+44"/>
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
        <location line="+62"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+3"/>
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
        <location filename="../../kiosk/views/nurse/board_page.py" line="+117"/>
        <source>The board cannot reach the database just now. It will keep trying.</source>
        <translation>El tablero no puede conectar con la base de datos ahora. Seguirá intentándolo.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n in recovery</source>
        <translation>
            <numerusform>%n en recuperación</numerusform>
            <numerusform>%n en recuperación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need a nurse</source>
        <translation>
            <numerusform>%n necesita enfermería</numerusform>
            <numerusform>%n necesitan enfermería</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/board_page.ui" line="+5"/>
        <source>Board of patients</source>
        <translation>Tablero de pacientes</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../../ui/breathing_page.ui" line="-200"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a breathing pattern</source>
        <translation>Elige una forma de respirar</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+16"/>
        <source>Breathing together</source>
        <translation>Respiramos juntos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Breathing finished</source>
        <translation>Respiración terminada</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>CalmingHubPage</name>
    <message>
        <location filename="../../ui/calming_hub_page.ui" line="+5"/>
        <source>Things to help you feel calm</source>
        <translation>Cosas que te ayudan a sentir calma</translation>
    </message>
    <message>
        <location line="+12"/>
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
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../kiosk/views/patient/checkin_page.py" line="+75"/>
        <location line="+41"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
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
        <location filename="../../ui/checkin_page.ui" line="-83"/>
        <source>Check-in question</source>
        <translation>Pregunta del control</translation>
    </message>
    <message>
        <location line="+65"/>
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
    <name>DischargePage</name>
    <message>
        <location filename="../../kiosk/views/nurse/discharge_page.py" line="+93"/>
        <source>The visit could not be loaded. Please try again.</source>
        <translation>No se pudo cargar la visita. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discharge %1 · %2</source>
        <translation>Alta de %1 · %2</translation>
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
        <location line="+9"/>
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
        <location line="+10"/>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The request could not be saved. Please try again.</source>
        <translation>No se pudo guardar la petición. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent. The going-home questions are on the tablet in %1.</source>
        <translation>Enviado. Las preguntas para ir a casa están en la tableta de %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The discharge could not be saved. Nothing was changed; please try again.</source>
        <translation>No se pudo guardar el alta. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is discharged. The tablet in %2 will clear itself.</source>
        <translation>%1 tiene el alta. La tableta de %2 se vaciará sola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take-home sheet: %1</source>
        <translation>Hoja para casa: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No PDF viewer here. The sheet is at %1</source>
        <translation>No hay visor de PDF aquí. La hoja está en %1</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_page.ui" line="+7"/>
        <source>Discharge review</source>
        <translation>Revisión del alta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Readiness criteria</source>
        <translation>Criterios de alta</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+6"/>
        <source>Sign with your PIN</source>
        <translation>Firme con su PIN</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Discharge signed</source>
        <translation>Alta firmada</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../../ui/expect_page.ui" line="+5"/>
        <location line="+14"/>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What to expect, text</source>
        <translation>Qué esperar, texto</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../kiosk/views/nurse/export_page.py" line="+62"/>
        <source>The &apos;To&apos; date must be on or after the &apos;From&apos; date.</source>
        <translation>La fecha «Hasta» debe ser igual o posterior a la fecha «Desde».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export could not be written. Please try again.</source>
        <translation>No se pudo escribir la exportación. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 visits exported to %2 (%3 files).</source>
        <translation>%1 visitas exportadas a %2 (%3 archivos).</translation>
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
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/first_run_page.py" line="+45"/>
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
        <location line="+10"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_page.ui" line="+9"/>
        <source>Set up the first admin</source>
        <translation>Configurar el primer administrador</translation>
    </message>
    <message>
        <location line="+20"/>
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
</context>
<context>
    <name>FlowCards</name>
    <message>
        <location filename="../../kiosk/views/flow_cards.py" line="+31"/>
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
        <location line="+7"/>
        <source>A nurse has been asked to come</source>
        <translation>Hemos avisado a enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They will be with you soon. You can stay where you are and breathe slowly.</source>
        <translation>Alguien vendrá a verle pronto. Puede quedarse donde está y respirar despacio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tablet could not send your call</source>
        <translation>La tableta no pudo enviar su llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wave or call out, and a nurse will come to you.</source>
        <translation>Por favor, levante la mano o llame en voz alta, y una enfermera o un enfermero vendrá.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Your answer is still here and the tablet keeps trying. If this message does not go away, please tell a nurse.</source>
        <translation>Su respuesta sigue aquí y la tableta lo sigue intentando. Si este mensaje no desaparece, avise a enfermería.</translation>
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
        <location filename="../../ui/goodbye_page.ui" line="-17"/>
        <source>Goodbye</source>
        <translation>Hasta pronto</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../../ui/grounding_page.ui" line="+5"/>
        <source>Grounding</source>
        <translation>Volver al presente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notice your senses</source>
        <translation>Sus cinco sentidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grounding step</source>
        <translation>Paso para volver al presente</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Grounding finished</source>
        <translation>Ejercicio terminado</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Previous step</source>
        <translation>Paso anterior</translation>
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
        <location filename="../../ui/idle_page.ui" line="+5"/>
        <source>Waiting for the next patient</source>
        <translation>Esperando al siguiente paciente</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../../kiosk/views/patient/journal_page.py" line="+136"/>
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
        <location line="+14"/>
        <source>Hide keyboard</source>
        <translation>Ocultar teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show keyboard</source>
        <translation>Mostrar teclado</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.ui" line="+5"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your journal entry</source>
        <translation>Lo que escribes en tu diario</translation>
    </message>
    <message>
        <location line="-8"/>
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
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/views/main_window.py" line="+116"/>
        <source>Recovery Kiosk</source>
        <translation>Quiosco de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call a nurse</source>
        <translation>Llamar a enfermería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Equipo clínico</translation>
    </message>
</context>
<context>
    <name>NoStaffDirectory</name>
    <message>
        <location filename="../../kiosk/views/shell.py" line="+42"/>
        <source>No staff accounts exist yet.</source>
        <translation>Todavía no hay cuentas del personal.</translation>
    </message>
</context>
<context>
    <name>NurseArea</name>
    <message>
        <location filename="../../kiosk/views/nurse/nurse_area.py" line="+49"/>
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
        <location line="+124"/>
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
        <location filename="../../ui/nurse_area.ui" line="+5"/>
        <source>Nurse area</source>
        <translation>Área de enfermería</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../../kiosk/views/nurse/admin_pages.py" line="+35"/>
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
        <location filename="../../kiosk/views/patient/pin_pad_page.py" line="+45"/>
        <location line="+87"/>
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
        <location line="+7"/>
        <source>That PIN did not work. Please try again.</source>
        <translation>Ese PIN no funcionó. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../ui/pin_pad_page.ui" line="-28"/>
        <source>Staff sign-in</source>
        <translation>Acceso del equipo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No staff accounts exist yet. An administrator can add them in the staff settings.</source>
        <translation>Todavía no hay cuentas del personal. Un administrador puede añadirlas en la configuración del personal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the patient screen</source>
        <translation>Volver a la pantalla del paciente</translation>
    </message>
</context>
<context>
    <name>RestPage</name>
    <message>
        <location filename="../../ui/rest_page.ui" line="+5"/>
        <source>Resting screen. Touch anywhere to come back.</source>
        <translation>Pantalla en reposo. Toca en cualquier sitio para volver.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../../ui/scenes_page.ui" line="-45"/>
        <source>Calm scenes</source>
        <translation>Escenas tranquilas</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../kiosk/views/nurse/settings_page.py" line="+80"/>
        <location line="+39"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The settings could not be saved. Please try again.</source>
        <translation>No se pudo guardar la configuración. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 changes.</source>
        <translation>Se guardaron %1 cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="+5"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clinic settings</source>
        <translation>Configuración de la clínica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each value is checked as you type. Saved values replace those of the settings file and stay after a restart.</source>
        <translation>Cada valor se comprueba mientras escribe. Los valores guardados sustituyen a los del archivo de configuración y se mantienen al reiniciar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings fields</source>
        <translation>Campos de configuración</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/staff_page.py" line="+43"/>
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
        <location line="+22"/>
        <source>The two PINs are different.</source>
        <translation>Los dos PIN son distintos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+16"/>
        <source>Staff accounts list</source>
        <translation>Lista de cuentas del equipo</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+12"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the new nurse</source>
        <translation>Nombre de la persona nueva</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admin (can manage staff and settings)</source>
        <translation>Administrador (gestiona el equipo y la configuración)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN (6 digits or more)</source>
        <translation>PIN (6 dígitos o más)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
</context>
<context>
    <name>StartVisitPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/start_visit_page.py" line="+113"/>
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
        <location filename="../../ui/start_visit_page.ui" line="+145"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: enter a number from %2 to %3.</source>
        <translation>%1: escriba un número de %2 a %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blood pressure: enter both numbers, or neither.</source>
        <translation>Presión arterial: escriba los dos números o ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood pressure: the first number must be the larger one.</source>
        <translation>Presión arterial: el primer número debe ser el mayor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient: enter a first name and last initial.</source>
        <translation>Paciente: escriba el nombre y la inicial del apellido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment: choose IV ketamine or esketamine.</source>
        <translation>Tratamiento: elija ketamina IV o esketamina.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The visit could not be saved. Please try again.</source>
        <translation>No se pudo guardar la visita. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit_page.ui" line="-140"/>
        <location line="+10"/>
        <source>Start a visit</source>
        <translation>Iniciar una visita</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name and last initial</source>
        <translation>Nombre e inicial del apellido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record no.</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+9"/>
        <source>Infusion ended</source>
        <translation>Fin de la infusión</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+13"/>
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
        <location line="+14"/>
        <source>per min</source>
        <translation>por min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline pulse</source>
        <translation>Pulso basal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bay</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start the visit</source>
        <translation>Iniciar la visita</translation>
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
    <name>TrendChart</name>
    <message>
        <location filename="../../kiosk/views/nurse/trend_chart.py" line="+87"/>
        <source>No check-ins yet</source>
        <translation>Aún no hay controles</translation>
    </message>
</context>
<context>
    <name>VisitDetailPage</name>
    <message>
        <location filename="../../kiosk/views/nurse/visit_detail_page.py" line="+76"/>
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
        <location filename="../../ui/visit_detail_page.ui" line="+246"/>
        <location line="+6"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/visit_detail_page.ui" line="+24"/>
        <location line="+8"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/visit_detail_page.ui" line="+66"/>
        <location line="+6"/>
        <source>MOAA/S</source>
        <translation>MOAA/S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PADSS</source>
        <translation>PADSS</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database is busy. Please try again.</source>
        <translation>La base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready to go</source>
        <translation>Listo para irse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Safety assessment recorded at %1</source>
        <translation>Evaluación de seguridad registrada a las %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open %1 · %2 · %3</source>
        <translation>Abierta %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealt with %1 · %2 · %3</source>
        <translation>Atendida %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../ui/visit_detail_page.ui" line="+162"/>
        <location line="+2"/>
        <location line="+8"/>
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
        <location line="+28"/>
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
        <location filename="../../ui/visit_detail_page.ui" line="-160"/>
        <location line="+6"/>
        <source>Ambulation</source>
        <translation>Deambulación</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+17"/>
        <location line="+32"/>
        <source>Not saved: the database is busy. Please try again.</source>
        <translation>No se guardó: la base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert raised: %1</source>
        <translation>Alerta creada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_detail_page.ui" line="-365"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back to board</source>
        <translation>Volver al tablero</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Discharge…</source>
        <translation>Alta…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Visit details</source>
        <translation>Detalles de la visita</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Readiness</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Check-ins</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check-ins so far</source>
        <translation>Controles hasta ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* Non-validated single item: a trend to talk about, not a score.</source>
        <translation>* Pregunta única no validada: una tendencia para comentar, no una puntuación.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Systolic blood pressure</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> sys</source>
        <translation> sis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diastolic blood pressure</source>
        <translation>Presión diastólica</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> dia</source>
        <translation> dia</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+74"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location line="-42"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on room air</source>
        <translation>con aire ambiente</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nausea / vomiting</source>
        <translation>Náuseas / vómitos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nausea or vomiting</source>
        <translation>Náuseas o vómitos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain, 0 to 10</source>
        <translation>Dolor, de 0 a 10</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Dissociation</source>
        <translation>Disociación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save observation</source>
        <translation>Guardar observación</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Modified PADSS (live)</source>
        <translation>PADSS modificado (en vivo)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Observations so far</source>
        <translation>Observaciones hasta ahora</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient chose to share this with the care team.</source>
        <translation>El paciente eligió compartir esto con el equipo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared journal</source>
        <translation>Diario compartido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Safety assessment recorded</source>
        <translation>Evaluación de seguridad registrada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escort confirmed</source>
        <translation>Acompañante confirmado</translation>
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
</TS>
