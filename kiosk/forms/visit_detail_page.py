# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_detail_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_VisitDetailPage(object):
    def setupUi(self, VisitDetailPage):
        if not VisitDetailPage.objectName():
            VisitDetailPage.setObjectName(u"VisitDetailPage")
        VisitDetailPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(VisitDetailPage)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.backButton = QPushButton(VisitDetailPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(0, 64))
        self.backButton.setProperty(u"role", u"quiet")

        self.headerRow.addWidget(self.backButton)

        self.patientLabel = QLabel(VisitDetailPage)
        self.patientLabel.setObjectName(u"patientLabel")
        self.patientLabel.setText(u"")
        self.patientLabel.setProperty(u"role", u"title")

        self.headerRow.addWidget(self.patientLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.verdictLabel = QLabel(VisitDetailPage)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")

        self.headerRow.addWidget(self.verdictLabel)

        self.dischargeButton = QPushButton(VisitDetailPage)
        self.dischargeButton.setObjectName(u"dischargeButton")
        self.dischargeButton.setMinimumSize(QSize(200, 64))
        self.dischargeButton.setProperty(u"role", u"primary")

        self.headerRow.addWidget(self.dischargeButton)


        self.outerLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(VisitDetailPage)
        self.tabs.setObjectName(u"tabs")
        self.readinessTab = QWidget()
        self.readinessTab.setObjectName(u"readinessTab")
        self.readinessLayout = QVBoxLayout(self.readinessTab)
        self.readinessLayout.setSpacing(8)
        self.readinessLayout.setObjectName(u"readinessLayout")
        self.criteriaLabel = QLabel(self.readinessTab)
        self.criteriaLabel.setObjectName(u"criteriaLabel")
        self.criteriaLabel.setText(u"")
        self.criteriaLabel.setWordWrap(True)

        self.readinessLayout.addWidget(self.criteriaLabel)

        self.readinessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.readinessLayout.addItem(self.readinessSpacer)

        self.tabs.addTab(self.readinessTab, "")
        self.checkinsTab = QWidget()
        self.checkinsTab.setObjectName(u"checkinsTab")
        self.checkinsLayout = QVBoxLayout(self.checkinsTab)
        self.checkinsLayout.setSpacing(8)
        self.checkinsLayout.setObjectName(u"checkinsLayout")
        self.chartHost = QWidget(self.checkinsTab)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(0, 240))

        self.checkinsLayout.addWidget(self.chartHost)

        self.checkinTable = QTableWidget(self.checkinsTab)
        self.checkinTable.setObjectName(u"checkinTable")

        self.checkinsLayout.addWidget(self.checkinTable)

        self.checkinNote = QLabel(self.checkinsTab)
        self.checkinNote.setObjectName(u"checkinNote")
        self.checkinNote.setProperty(u"role", u"hint")
        self.checkinNote.setWordWrap(True)

        self.checkinsLayout.addWidget(self.checkinNote)

        self.readyFormLabel = QLabel(self.checkinsTab)
        self.readyFormLabel.setObjectName(u"readyFormLabel")
        self.readyFormLabel.setText(u"")
        self.readyFormLabel.setWordWrap(True)

        self.checkinsLayout.addWidget(self.readyFormLabel)

        self.tabs.addTab(self.checkinsTab, "")
        self.observationsTab = QWidget()
        self.observationsTab.setObjectName(u"observationsTab")
        self.observationsLayout = QHBoxLayout(self.observationsTab)
        self.observationsLayout.setObjectName(u"observationsLayout")
        self.entryColumn = QVBoxLayout()
        self.entryColumn.setSpacing(8)
        self.entryColumn.setObjectName(u"entryColumn")
        self.observationForm = QFormLayout()
        self.observationForm.setObjectName(u"observationForm")
        self.formLabel0 = QLabel(self.observationsTab)
        self.formLabel0.setObjectName(u"formLabel0")

        self.observationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formLabel0)

        self.bpRow = QHBoxLayout()
        self.bpRow.setObjectName(u"bpRow")
        self.systolicSpin = QSpinBox(self.observationsTab)
        self.systolicSpin.setObjectName(u"systolicSpin")
        self.systolicSpin.setMinimum(0)
        self.systolicSpin.setMaximum(300)
        self.systolicSpin.setSpecialValueText(u"\u2013")
        self.systolicSpin.setMinimumSize(QSize(150, 48))

        self.bpRow.addWidget(self.systolicSpin)

        self.bpSlash = QLabel(self.observationsTab)
        self.bpSlash.setObjectName(u"bpSlash")

        self.bpRow.addWidget(self.bpSlash)

        self.diastolicSpin = QSpinBox(self.observationsTab)
        self.diastolicSpin.setObjectName(u"diastolicSpin")
        self.diastolicSpin.setMinimum(0)
        self.diastolicSpin.setMaximum(200)
        self.diastolicSpin.setSpecialValueText(u"\u2013")
        self.diastolicSpin.setMinimumSize(QSize(150, 48))

        self.bpRow.addWidget(self.diastolicSpin)


        self.observationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.bpRow)

        self.formLabel1 = QLabel(self.observationsTab)
        self.formLabel1.setObjectName(u"formLabel1")

        self.observationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formLabel1)

        self.pulseSpin = QSpinBox(self.observationsTab)
        self.pulseSpin.setObjectName(u"pulseSpin")
        self.pulseSpin.setMinimum(0)
        self.pulseSpin.setMaximum(250)
        self.pulseSpin.setSpecialValueText(u"\u2013")
        self.pulseSpin.setMinimumSize(QSize(150, 48))

        self.observationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pulseSpin)

        self.formLabel2 = QLabel(self.observationsTab)
        self.formLabel2.setObjectName(u"formLabel2")

        self.observationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formLabel2)

        self.spo2Row = QHBoxLayout()
        self.spo2Row.setObjectName(u"spo2Row")
        self.spo2Spin = QSpinBox(self.observationsTab)
        self.spo2Spin.setObjectName(u"spo2Spin")
        self.spo2Spin.setMinimum(0)
        self.spo2Spin.setMaximum(100)
        self.spo2Spin.setSpecialValueText(u"\u2013")
        self.spo2Spin.setMinimumSize(QSize(150, 48))

        self.spo2Row.addWidget(self.spo2Spin)

        self.roomAirCheck = QCheckBox(self.observationsTab)
        self.roomAirCheck.setObjectName(u"roomAirCheck")
        self.roomAirCheck.setChecked(True)

        self.spo2Row.addWidget(self.roomAirCheck)


        self.observationForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.spo2Row)

        self.formLabel3 = QLabel(self.observationsTab)
        self.formLabel3.setObjectName(u"formLabel3")

        self.observationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formLabel3)

        self.respSpin = QSpinBox(self.observationsTab)
        self.respSpin.setObjectName(u"respSpin")
        self.respSpin.setMinimum(0)
        self.respSpin.setMaximum(80)
        self.respSpin.setSpecialValueText(u"\u2013")
        self.respSpin.setMinimumSize(QSize(150, 48))

        self.observationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.respSpin)

        self.formLabel4 = QLabel(self.observationsTab)
        self.formLabel4.setObjectName(u"formLabel4")

        self.observationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.formLabel4)

        self.moaasCombo = QComboBox(self.observationsTab)
        self.moaasCombo.setObjectName(u"moaasCombo")
        self.moaasCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.moaasCombo)

        self.formLabel5 = QLabel(self.observationsTab)
        self.formLabel5.setObjectName(u"formLabel5")

        self.observationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formLabel5)

        self.ambulationCombo = QComboBox(self.observationsTab)
        self.ambulationCombo.setObjectName(u"ambulationCombo")
        self.ambulationCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ambulationCombo)

        self.formLabel6 = QLabel(self.observationsTab)
        self.formLabel6.setObjectName(u"formLabel6")

        self.observationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.formLabel6)

        self.nauseaCombo = QComboBox(self.observationsTab)
        self.nauseaCombo.setObjectName(u"nauseaCombo")
        self.nauseaCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nauseaCombo)

        self.formLabel7 = QLabel(self.observationsTab)
        self.formLabel7.setObjectName(u"formLabel7")

        self.observationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.formLabel7)

        self.painSpin = QSpinBox(self.observationsTab)
        self.painSpin.setObjectName(u"painSpin")
        self.painSpin.setMinimum(-1)
        self.painSpin.setMaximum(10)
        self.painSpin.setSpecialValueText(u"\u2013")
        self.painSpin.setMinimumSize(QSize(150, 48))

        self.observationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.painSpin)

        self.formLabel8 = QLabel(self.observationsTab)
        self.formLabel8.setObjectName(u"formLabel8")

        self.observationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.formLabel8)

        self.dissociationCombo = QComboBox(self.observationsTab)
        self.dissociationCombo.setObjectName(u"dissociationCombo")
        self.dissociationCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dissociationCombo)


        self.entryColumn.addLayout(self.observationForm)

        self.saveObservationButton = QPushButton(self.observationsTab)
        self.saveObservationButton.setObjectName(u"saveObservationButton")
        self.saveObservationButton.setMinimumSize(QSize(0, 64))
        self.saveObservationButton.setProperty(u"role", u"primary")

        self.entryColumn.addWidget(self.saveObservationButton)

        self.observationMessage = QLabel(self.observationsTab)
        self.observationMessage.setObjectName(u"observationMessage")
        self.observationMessage.setText(u"")
        self.observationMessage.setWordWrap(True)

        self.entryColumn.addWidget(self.observationMessage)

        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.entryColumn.addItem(self.entrySpacer)


        self.observationsLayout.addLayout(self.entryColumn)

        self.padssColumn = QVBoxLayout()
        self.padssColumn.setSpacing(8)
        self.padssColumn.setObjectName(u"padssColumn")
        self.padssTitle = QLabel(self.observationsTab)
        self.padssTitle.setObjectName(u"padssTitle")
        self.padssTitle.setProperty(u"role", u"subtitle")

        self.padssColumn.addWidget(self.padssTitle)

        self.padssLabel = QLabel(self.observationsTab)
        self.padssLabel.setObjectName(u"padssLabel")
        self.padssLabel.setText(u"")
        self.padssLabel.setWordWrap(True)

        self.padssColumn.addWidget(self.padssLabel)

        self.observationTable = QTableWidget(self.observationsTab)
        self.observationTable.setObjectName(u"observationTable")

        self.padssColumn.addWidget(self.observationTable)


        self.observationsLayout.addLayout(self.padssColumn)

        self.tabs.addTab(self.observationsTab, "")
        self.alertsTab = QWidget()
        self.alertsTab.setObjectName(u"alertsTab")
        self.alertsLayout = QVBoxLayout(self.alertsTab)
        self.alertsLayout.setSpacing(8)
        self.alertsLayout.setObjectName(u"alertsLayout")
        self.alertList = QListWidget(self.alertsTab)
        self.alertList.setObjectName(u"alertList")

        self.alertsLayout.addWidget(self.alertList)

        self.ackRow = QHBoxLayout()
        self.ackRow.setObjectName(u"ackRow")
        self.noteEdit = QLineEdit(self.alertsTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 56))

        self.ackRow.addWidget(self.noteEdit)

        self.acknowledgeButton = QPushButton(self.alertsTab)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")
        self.acknowledgeButton.setMinimumSize(QSize(0, 64))
        self.acknowledgeButton.setProperty(u"role", u"primary")

        self.ackRow.addWidget(self.acknowledgeButton)


        self.alertsLayout.addLayout(self.ackRow)

        self.tabs.addTab(self.alertsTab, "")
        self.journalTab = QWidget()
        self.journalTab.setObjectName(u"journalTab")
        self.journalLayout = QVBoxLayout(self.journalTab)
        self.journalLayout.setSpacing(8)
        self.journalLayout.setObjectName(u"journalLayout")
        self.journalNote = QLabel(self.journalTab)
        self.journalNote.setObjectName(u"journalNote")
        self.journalNote.setProperty(u"role", u"hint")
        self.journalNote.setWordWrap(True)

        self.journalLayout.addWidget(self.journalNote)

        self.journalText = QPlainTextEdit(self.journalTab)
        self.journalText.setObjectName(u"journalText")
        self.journalText.setReadOnly(True)

        self.journalLayout.addWidget(self.journalText)

        self.tabs.addTab(self.journalTab, "")

        self.outerLayout.addWidget(self.tabs)

        self.signOffRow = QHBoxLayout()
        self.signOffRow.setObjectName(u"signOffRow")
        self.safetyButton = QPushButton(VisitDetailPage)
        self.safetyButton.setObjectName(u"safetyButton")
        self.safetyButton.setMinimumSize(QSize(0, 64))

        self.signOffRow.addWidget(self.safetyButton)

        self.escortCheck = QCheckBox(VisitDetailPage)
        self.escortCheck.setObjectName(u"escortCheck")
        self.escortCheck.setMinimumSize(QSize(0, 56))

        self.signOffRow.addWidget(self.escortCheck)

        self.signOffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signOffRow.addItem(self.signOffSpacer)

        self.signOffLabel = QLabel(VisitDetailPage)
        self.signOffLabel.setObjectName(u"signOffLabel")
        self.signOffLabel.setText(u"")
        self.signOffLabel.setProperty(u"role", u"hint")
        self.signOffLabel.setWordWrap(True)

        self.signOffRow.addWidget(self.signOffLabel)


        self.outerLayout.addLayout(self.signOffRow)


        self.retranslateUi(VisitDetailPage)

        QMetaObject.connectSlotsByName(VisitDetailPage)
    # setupUi

    def retranslateUi(self, VisitDetailPage):
#if QT_CONFIG(accessibility)
        VisitDetailPage.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Visit", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("VisitDetailPage", u"Back to board", None))
        self.dischargeButton.setText(QCoreApplication.translate("VisitDetailPage", u"Discharge\u2026", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Visit details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readinessTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Readiness", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.readinessTab), QCoreApplication.translate("VisitDetailPage", u"Readiness", None))
#if QT_CONFIG(accessibility)
        self.checkinsTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Check-ins", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkinTable.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Check-ins so far", None))
#endif // QT_CONFIG(accessibility)
        self.checkinNote.setText(QCoreApplication.translate("VisitDetailPage", u"* Non-validated single item: a trend to talk about, not a score.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checkinsTab), QCoreApplication.translate("VisitDetailPage", u"Check-ins", None))
#if QT_CONFIG(accessibility)
        self.observationsTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Observations", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel0.setText(QCoreApplication.translate("VisitDetailPage", u"Blood pressure", None))
#if QT_CONFIG(accessibility)
        self.systolicSpin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Systolic blood pressure", None))
#endif // QT_CONFIG(accessibility)
        self.systolicSpin.setSuffix(QCoreApplication.translate("VisitDetailPage", u" sys", None))
        self.bpSlash.setText(QCoreApplication.translate("VisitDetailPage", u"/", None))
#if QT_CONFIG(accessibility)
        self.diastolicSpin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Diastolic blood pressure", None))
#endif // QT_CONFIG(accessibility)
        self.diastolicSpin.setSuffix(QCoreApplication.translate("VisitDetailPage", u" dia", None))
        self.formLabel1.setText(QCoreApplication.translate("VisitDetailPage", u"Pulse", None))
#if QT_CONFIG(accessibility)
        self.pulseSpin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Pulse", None))
#endif // QT_CONFIG(accessibility)
        self.pulseSpin.setSuffix(QCoreApplication.translate("VisitDetailPage", u" /min", None))
        self.formLabel2.setText(QCoreApplication.translate("VisitDetailPage", u"SpO2", None))
#if QT_CONFIG(accessibility)
        self.spo2Spin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"SpO2", None))
#endif // QT_CONFIG(accessibility)
        self.spo2Spin.setSuffix(QCoreApplication.translate("VisitDetailPage", u" %", None))
        self.roomAirCheck.setText(QCoreApplication.translate("VisitDetailPage", u"on room air", None))
        self.formLabel3.setText(QCoreApplication.translate("VisitDetailPage", u"Respiratory rate", None))
#if QT_CONFIG(accessibility)
        self.respSpin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Respiratory rate", None))
#endif // QT_CONFIG(accessibility)
        self.respSpin.setSuffix(QCoreApplication.translate("VisitDetailPage", u" /min", None))
        self.formLabel4.setText(QCoreApplication.translate("VisitDetailPage", u"MOAA/S", None))
#if QT_CONFIG(accessibility)
        self.moaasCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"MOAA/S", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel5.setText(QCoreApplication.translate("VisitDetailPage", u"Ambulation", None))
#if QT_CONFIG(accessibility)
        self.ambulationCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Ambulation", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel6.setText(QCoreApplication.translate("VisitDetailPage", u"Nausea / vomiting", None))
#if QT_CONFIG(accessibility)
        self.nauseaCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Nausea or vomiting", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel7.setText(QCoreApplication.translate("VisitDetailPage", u"Pain (0-10)", None))
#if QT_CONFIG(accessibility)
        self.painSpin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Pain, 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel8.setText(QCoreApplication.translate("VisitDetailPage", u"Dissociation", None))
#if QT_CONFIG(accessibility)
        self.dissociationCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Dissociation", None))
#endif // QT_CONFIG(accessibility)
        self.saveObservationButton.setText(QCoreApplication.translate("VisitDetailPage", u"Save observation", None))
        self.padssTitle.setText(QCoreApplication.translate("VisitDetailPage", u"Modified PADSS (live)", None))
#if QT_CONFIG(accessibility)
        self.observationTable.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Observations so far", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.observationsTab), QCoreApplication.translate("VisitDetailPage", u"Observations", None))
#if QT_CONFIG(accessibility)
        self.alertsTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Alerts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.alertList.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Alerts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("VisitDetailPage", u"Note (optional)", None))
        self.acknowledgeButton.setText(QCoreApplication.translate("VisitDetailPage", u"Acknowledge", None))
        self.tabs.setTabText(self.tabs.indexOf(self.alertsTab), QCoreApplication.translate("VisitDetailPage", u"Alerts", None))
#if QT_CONFIG(accessibility)
        self.journalTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Journal", None))
#endif // QT_CONFIG(accessibility)
        self.journalNote.setText(QCoreApplication.translate("VisitDetailPage", u"The patient chose to share this with the care team.", None))
#if QT_CONFIG(accessibility)
        self.journalText.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Shared journal", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.journalTab), QCoreApplication.translate("VisitDetailPage", u"Journal", None))
        self.safetyButton.setText(QCoreApplication.translate("VisitDetailPage", u"Safety assessment recorded", None))
        self.escortCheck.setText(QCoreApplication.translate("VisitDetailPage", u"Escort confirmed", None))
    # retranslateUi

