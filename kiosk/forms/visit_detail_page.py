# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_detail_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_VisitDetailPage(object):
    def setupUi(self, VisitDetailPage):
        if not VisitDetailPage.objectName():
            VisitDetailPage.setObjectName(u"VisitDetailPage")
        VisitDetailPage.resize(1000, 640)
        self.outerLayout = QVBoxLayout(VisitDetailPage)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(4, 4, 4, 4)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.backButton = QPushButton(VisitDetailPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(0, 56))
        self.backButton.setProperty(u"role", u"quiet")

        self.headerRow.addWidget(self.backButton)

        self.patientLabel = QLabel(VisitDetailPage)
        self.patientLabel.setObjectName(u"patientLabel")
        self.patientLabel.setText(u"")
        self.patientLabel.setProperty(u"role", u"title")

        self.headerRow.addWidget(self.patientLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.dischargeButton = QPushButton(VisitDetailPage)
        self.dischargeButton.setObjectName(u"dischargeButton")
        self.dischargeButton.setMinimumSize(QSize(200, 56))
        self.dischargeButton.setProperty(u"role", u"primary")

        self.headerRow.addWidget(self.dischargeButton)


        self.outerLayout.addLayout(self.headerRow)

        self.summaryStrip = QFrame(VisitDetailPage)
        self.summaryStrip.setObjectName(u"summaryStrip")
        self.summaryStrip.setFrameShape(QFrame.Shape.StyledPanel)
        self.summaryLayout = QVBoxLayout(self.summaryStrip)
        self.summaryLayout.setSpacing(6)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(8, 8, 8, 8)
        self.verdictRow = QHBoxLayout()
        self.verdictRow.setSpacing(16)
        self.verdictRow.setObjectName(u"verdictRow")
        self.verdictLabel = QLabel(self.summaryStrip)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")

        self.verdictRow.addWidget(self.verdictLabel)

        self.nextLabel = QLabel(self.summaryStrip)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setText(u"")
        self.nextLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nextLabel.sizePolicy().hasHeightForWidth())
        self.nextLabel.setSizePolicy(sizePolicy)

        self.verdictRow.addWidget(self.nextLabel)


        self.summaryLayout.addLayout(self.verdictRow)

        self.summaryAlerts = QVBoxLayout()
        self.summaryAlerts.setSpacing(6)
        self.summaryAlerts.setObjectName(u"summaryAlerts")

        self.summaryLayout.addLayout(self.summaryAlerts)


        self.outerLayout.addWidget(self.summaryStrip)

        self.tabs = QTabWidget(VisitDetailPage)
        self.tabs.setObjectName(u"tabs")
        self.readinessTab = QWidget()
        self.readinessTab.setObjectName(u"readinessTab")
        self.readinessTabLayout = QVBoxLayout(self.readinessTab)
        self.readinessTabLayout.setSpacing(8)
        self.readinessTabLayout.setObjectName(u"readinessTabLayout")
        self.readinessTabLayout.setContentsMargins(0, 0, 0, 0)
        self.readinessScroll = QScrollArea(self.readinessTab)
        self.readinessScroll.setObjectName(u"readinessScroll")
        self.readinessScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.readinessScroll.setWidgetResizable(True)
        self.readinessContent = QWidget()
        self.readinessContent.setObjectName(u"readinessContent")
        self.readinessLayout = QVBoxLayout(self.readinessContent)
        self.readinessLayout.setSpacing(8)
        self.readinessLayout.setObjectName(u"readinessLayout")
        self.unmetLabel = QLabel(self.readinessContent)
        self.unmetLabel.setObjectName(u"unmetLabel")
        self.unmetLabel.setText(u"")
        self.unmetLabel.setWordWrap(True)
        self.unmetLabel.setTextFormat(Qt.TextFormat.RichText)

        self.readinessLayout.addWidget(self.unmetLabel)

        self.signOffRow = QHBoxLayout()
        self.signOffRow.setSpacing(8)
        self.signOffRow.setObjectName(u"signOffRow")
        self.safetyButton = QPushButton(self.readinessContent)
        self.safetyButton.setObjectName(u"safetyButton")
        self.safetyButton.setMinimumSize(QSize(0, 52))

        self.signOffRow.addWidget(self.safetyButton)

        self.signOffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signOffRow.addItem(self.signOffSpacer)


        self.readinessLayout.addLayout(self.signOffRow)

        self.escortCheck = QCheckBox(self.readinessContent)
        self.escortCheck.setObjectName(u"escortCheck")
        self.escortCheck.setMinimumSize(QSize(0, 48))

        self.readinessLayout.addWidget(self.escortCheck)

        self.signOffLabel = QLabel(self.readinessContent)
        self.signOffLabel.setObjectName(u"signOffLabel")
        self.signOffLabel.setText(u"")
        self.signOffLabel.setProperty(u"role", u"hint")
        self.signOffLabel.setWordWrap(True)

        self.readinessLayout.addWidget(self.signOffLabel)

        self.metToggle = QPushButton(self.readinessContent)
        self.metToggle.setObjectName(u"metToggle")
        self.metToggle.setText(u"")
        self.metToggle.setMinimumSize(QSize(0, 48))
        self.metToggle.setProperty(u"role", u"quiet")
        self.metToggle.setCheckable(True)

        self.readinessLayout.addWidget(self.metToggle)

        self.criteriaLabel = QLabel(self.readinessContent)
        self.criteriaLabel.setObjectName(u"criteriaLabel")
        self.criteriaLabel.setText(u"")
        self.criteriaLabel.setWordWrap(True)
        self.criteriaLabel.setTextFormat(Qt.TextFormat.RichText)

        self.readinessLayout.addWidget(self.criteriaLabel)

        self.readinessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.readinessLayout.addItem(self.readinessSpacer)

        self.readinessScroll.setWidget(self.readinessContent)

        self.readinessTabLayout.addWidget(self.readinessScroll)

        self.tabs.addTab(self.readinessTab, "")
        self.checkinsTab = QWidget()
        self.checkinsTab.setObjectName(u"checkinsTab")
        self.checkinsTabLayout = QVBoxLayout(self.checkinsTab)
        self.checkinsTabLayout.setSpacing(8)
        self.checkinsTabLayout.setObjectName(u"checkinsTabLayout")
        self.checkinsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.checkinsScroll = QScrollArea(self.checkinsTab)
        self.checkinsScroll.setObjectName(u"checkinsScroll")
        self.checkinsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checkinsScroll.setWidgetResizable(True)
        self.checkinsContent = QWidget()
        self.checkinsContent.setObjectName(u"checkinsContent")
        self.checkinsLayout = QVBoxLayout(self.checkinsContent)
        self.checkinsLayout.setSpacing(8)
        self.checkinsLayout.setObjectName(u"checkinsLayout")
        self.chartHost = QWidget(self.checkinsContent)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(0, 240))

        self.checkinsLayout.addWidget(self.chartHost)

        self.checkinTable = QTableWidget(self.checkinsContent)
        self.checkinTable.setObjectName(u"checkinTable")
        self.checkinTable.setMinimumSize(QSize(0, 220))

        self.checkinsLayout.addWidget(self.checkinTable)

        self.checkinNote = QLabel(self.checkinsContent)
        self.checkinNote.setObjectName(u"checkinNote")
        self.checkinNote.setProperty(u"role", u"hint")
        self.checkinNote.setWordWrap(True)

        self.checkinsLayout.addWidget(self.checkinNote)

        self.readyFormLabel = QLabel(self.checkinsContent)
        self.readyFormLabel.setObjectName(u"readyFormLabel")
        self.readyFormLabel.setText(u"")
        self.readyFormLabel.setWordWrap(True)

        self.checkinsLayout.addWidget(self.readyFormLabel)

        self.checkinsScroll.setWidget(self.checkinsContent)

        self.checkinsTabLayout.addWidget(self.checkinsScroll)

        self.tabs.addTab(self.checkinsTab, "")
        self.observationsTab = QWidget()
        self.observationsTab.setObjectName(u"observationsTab")
        self.observationsOuter = QVBoxLayout(self.observationsTab)
        self.observationsOuter.setSpacing(8)
        self.observationsOuter.setObjectName(u"observationsOuter")
        self.observationsOuter.setContentsMargins(0, 0, 0, 0)
        self.observationsScroll = QScrollArea(self.observationsTab)
        self.observationsScroll.setObjectName(u"observationsScroll")
        self.observationsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.observationsScroll.setWidgetResizable(True)
        self.observationsContent = QWidget()
        self.observationsContent.setObjectName(u"observationsContent")
        self.observationsLayout = QHBoxLayout(self.observationsContent)
        self.observationsLayout.setSpacing(16)
        self.observationsLayout.setObjectName(u"observationsLayout")
        self.entryColumn = QVBoxLayout()
        self.entryColumn.setSpacing(8)
        self.entryColumn.setObjectName(u"entryColumn")
        self.observationForm = QGridLayout()
        self.observationForm.setObjectName(u"observationForm")
        self.observationForm.setHorizontalSpacing(10)
        self.observationForm.setVerticalSpacing(6)
        self.formLabel0 = QLabel(self.observationsContent)
        self.formLabel0.setObjectName(u"formLabel0")

        self.observationForm.addWidget(self.formLabel0, 0, 0, 1, 1)

        self.bpRow = QHBoxLayout()
        self.bpRow.setSpacing(8)
        self.bpRow.setObjectName(u"bpRow")
        self.systolicSpin = QSpinBox(self.observationsContent)
        self.systolicSpin.setObjectName(u"systolicSpin")
        self.systolicSpin.setMinimum(0)
        self.systolicSpin.setMaximum(300)
        self.systolicSpin.setSpecialValueText(u"\u2013")
        self.systolicSpin.setMinimumSize(QSize(118, 48))

        self.bpRow.addWidget(self.systolicSpin)

        self.bpSlash = QLabel(self.observationsContent)
        self.bpSlash.setObjectName(u"bpSlash")

        self.bpRow.addWidget(self.bpSlash)

        self.diastolicSpin = QSpinBox(self.observationsContent)
        self.diastolicSpin.setObjectName(u"diastolicSpin")
        self.diastolicSpin.setMinimum(0)
        self.diastolicSpin.setMaximum(200)
        self.diastolicSpin.setSpecialValueText(u"\u2013")
        self.diastolicSpin.setMinimumSize(QSize(118, 48))

        self.bpRow.addWidget(self.diastolicSpin)


        self.observationForm.addLayout(self.bpRow, 0, 1, 1, 1)

        self.formLabel1 = QLabel(self.observationsContent)
        self.formLabel1.setObjectName(u"formLabel1")

        self.observationForm.addWidget(self.formLabel1, 0, 2, 1, 1)

        self.pulseSpin = QSpinBox(self.observationsContent)
        self.pulseSpin.setObjectName(u"pulseSpin")
        self.pulseSpin.setMinimum(0)
        self.pulseSpin.setMaximum(250)
        self.pulseSpin.setSpecialValueText(u"\u2013")
        self.pulseSpin.setMinimumSize(QSize(118, 48))

        self.observationForm.addWidget(self.pulseSpin, 0, 3, 1, 1)

        self.formLabel2 = QLabel(self.observationsContent)
        self.formLabel2.setObjectName(u"formLabel2")

        self.observationForm.addWidget(self.formLabel2, 1, 0, 1, 1)

        self.spo2Spin = QSpinBox(self.observationsContent)
        self.spo2Spin.setObjectName(u"spo2Spin")
        self.spo2Spin.setMinimum(0)
        self.spo2Spin.setMaximum(100)
        self.spo2Spin.setSpecialValueText(u"\u2013")
        self.spo2Spin.setMinimumSize(QSize(118, 48))

        self.observationForm.addWidget(self.spo2Spin, 1, 1, 1, 1)

        self.roomAirCheck = QCheckBox(self.observationsContent)
        self.roomAirCheck.setObjectName(u"roomAirCheck")
        self.roomAirCheck.setChecked(True)

        self.observationForm.addWidget(self.roomAirCheck, 1, 2, 1, 2)

        self.formLabel4 = QLabel(self.observationsContent)
        self.formLabel4.setObjectName(u"formLabel4")

        self.observationForm.addWidget(self.formLabel4, 2, 0, 1, 1)

        self.moaasCombo = QComboBox(self.observationsContent)
        self.moaasCombo.setObjectName(u"moaasCombo")
        self.moaasCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.addWidget(self.moaasCombo, 2, 1, 1, 3)

        self.formLabel5 = QLabel(self.observationsContent)
        self.formLabel5.setObjectName(u"formLabel5")

        self.observationForm.addWidget(self.formLabel5, 3, 0, 1, 1)

        self.ambulationCombo = QComboBox(self.observationsContent)
        self.ambulationCombo.setObjectName(u"ambulationCombo")
        self.ambulationCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.addWidget(self.ambulationCombo, 3, 1, 1, 3)

        self.formLabel6 = QLabel(self.observationsContent)
        self.formLabel6.setObjectName(u"formLabel6")

        self.observationForm.addWidget(self.formLabel6, 4, 0, 1, 1)

        self.nauseaCombo = QComboBox(self.observationsContent)
        self.nauseaCombo.setObjectName(u"nauseaCombo")
        self.nauseaCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.addWidget(self.nauseaCombo, 4, 1, 1, 3)

        self.formLabel8 = QLabel(self.observationsContent)
        self.formLabel8.setObjectName(u"formLabel8")

        self.observationForm.addWidget(self.formLabel8, 5, 0, 1, 1)

        self.dissociationCombo = QComboBox(self.observationsContent)
        self.dissociationCombo.setObjectName(u"dissociationCombo")
        self.dissociationCombo.setMinimumSize(QSize(0, 48))

        self.observationForm.addWidget(self.dissociationCombo, 5, 1, 1, 3)

        self.formLabel7 = QLabel(self.observationsContent)
        self.formLabel7.setObjectName(u"formLabel7")

        self.observationForm.addWidget(self.formLabel7, 6, 0, 1, 1)

        self.painSpin = QSpinBox(self.observationsContent)
        self.painSpin.setObjectName(u"painSpin")
        self.painSpin.setMinimum(-1)
        self.painSpin.setMaximum(10)
        self.painSpin.setSpecialValueText(u"\u2013")
        self.painSpin.setMinimumSize(QSize(118, 48))

        self.observationForm.addWidget(self.painSpin, 6, 1, 1, 1)

        self.formLabel3 = QLabel(self.observationsContent)
        self.formLabel3.setObjectName(u"formLabel3")

        self.observationForm.addWidget(self.formLabel3, 6, 2, 1, 1)

        self.respSpin = QSpinBox(self.observationsContent)
        self.respSpin.setObjectName(u"respSpin")
        self.respSpin.setMinimum(0)
        self.respSpin.setMaximum(80)
        self.respSpin.setSpecialValueText(u"\u2013")
        self.respSpin.setMinimumSize(QSize(118, 48))

        self.observationForm.addWidget(self.respSpin, 6, 3, 1, 1)


        self.entryColumn.addLayout(self.observationForm)

        self.observationTable = QTableWidget(self.observationsContent)
        self.observationTable.setObjectName(u"observationTable")
        self.observationTable.setMinimumSize(QSize(0, 120))

        self.entryColumn.addWidget(self.observationTable)


        self.observationsLayout.addLayout(self.entryColumn)

        self.padssColumn = QVBoxLayout()
        self.padssColumn.setSpacing(8)
        self.padssColumn.setObjectName(u"padssColumn")
        self.padssTitle = QLabel(self.observationsContent)
        self.padssTitle.setObjectName(u"padssTitle")
        self.padssTitle.setProperty(u"role", u"subtitle")
        self.padssTitle.setWordWrap(True)

        self.padssColumn.addWidget(self.padssTitle)

        self.padssLabel = QLabel(self.observationsContent)
        self.padssLabel.setObjectName(u"padssLabel")
        self.padssLabel.setText(u"")
        self.padssLabel.setWordWrap(True)

        self.padssColumn.addWidget(self.padssLabel)

        self.padssSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.padssColumn.addItem(self.padssSpacer)


        self.observationsLayout.addLayout(self.padssColumn)

        self.observationsScroll.setWidget(self.observationsContent)

        self.observationsOuter.addWidget(self.observationsScroll)

        self.saveRow = QHBoxLayout()
        self.saveRow.setSpacing(16)
        self.saveRow.setObjectName(u"saveRow")
        self.saveObservationButton = QPushButton(self.observationsTab)
        self.saveObservationButton.setObjectName(u"saveObservationButton")
        self.saveObservationButton.setMinimumSize(QSize(280, 56))
        self.saveObservationButton.setProperty(u"role", u"primary")

        self.saveRow.addWidget(self.saveObservationButton)

        self.observationMessage = QLabel(self.observationsTab)
        self.observationMessage.setObjectName(u"observationMessage")
        self.observationMessage.setText(u"")
        self.observationMessage.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.observationMessage.sizePolicy().hasHeightForWidth())
        self.observationMessage.setSizePolicy(sizePolicy)

        self.saveRow.addWidget(self.observationMessage)


        self.observationsOuter.addLayout(self.saveRow)

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
        self.ackRow.setSpacing(8)
        self.ackRow.setObjectName(u"ackRow")
        self.noteEdit = QLineEdit(self.alertsTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 48))

        self.ackRow.addWidget(self.noteEdit)

        self.acknowledgeButton = QPushButton(self.alertsTab)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")
        self.acknowledgeButton.setMinimumSize(QSize(0, 56))
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
        self.summaryStrip.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Visit details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readinessTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Readiness", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readinessScroll.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Readiness criteria", None))
#endif // QT_CONFIG(accessibility)
        self.safetyButton.setText(QCoreApplication.translate("VisitDetailPage", u"Safety assessment recorded", None))
        self.escortCheck.setText(QCoreApplication.translate("VisitDetailPage", u"Escort confirmed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.readinessTab), QCoreApplication.translate("VisitDetailPage", u"Readiness", None))
#if QT_CONFIG(accessibility)
        self.checkinsTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Check-ins", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkinsScroll.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Check-ins", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkinTable.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Check-ins so far", None))
#endif // QT_CONFIG(accessibility)
        self.checkinNote.setText(QCoreApplication.translate("VisitDetailPage", u"* Non-validated single item: a trend to talk about, not a score.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checkinsTab), QCoreApplication.translate("VisitDetailPage", u"Check-ins", None))
#if QT_CONFIG(accessibility)
        self.observationsTab.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Observations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.observationsScroll.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Observation entry", None))
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
        self.formLabel4.setText(QCoreApplication.translate("VisitDetailPage", u"MOAA/S", None))
#if QT_CONFIG(accessibility)
        self.moaasCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"MOAA/S", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel5.setText(QCoreApplication.translate("VisitDetailPage", u"Ambulation", None))
#if QT_CONFIG(accessibility)
        self.ambulationCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Ambulation", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel6.setText(QCoreApplication.translate("VisitDetailPage", u"Nausea/vomiting", None))
#if QT_CONFIG(accessibility)
        self.nauseaCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Nausea or vomiting", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel8.setText(QCoreApplication.translate("VisitDetailPage", u"Dissociation", None))
#if QT_CONFIG(accessibility)
        self.dissociationCombo.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Dissociation", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel7.setText(QCoreApplication.translate("VisitDetailPage", u"Pain (0-10)", None))
#if QT_CONFIG(accessibility)
        self.painSpin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Pain, 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel3.setText(QCoreApplication.translate("VisitDetailPage", u"Resp. rate", None))
#if QT_CONFIG(accessibility)
        self.respSpin.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Respiratory rate", None))
#endif // QT_CONFIG(accessibility)
        self.respSpin.setSuffix(QCoreApplication.translate("VisitDetailPage", u" /min", None))
#if QT_CONFIG(accessibility)
        self.observationTable.setAccessibleName(QCoreApplication.translate("VisitDetailPage", u"Observations so far", None))
#endif // QT_CONFIG(accessibility)
        self.padssTitle.setText(QCoreApplication.translate("VisitDetailPage", u"Modified PADSS (live)", None))
        self.saveObservationButton.setText(QCoreApplication.translate("VisitDetailPage", u"Save observation", None))
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
    # retranslateUi

