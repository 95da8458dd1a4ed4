# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_visit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_StartVisitPage(object):
    def setupUi(self, StartVisitPage):
        if not StartVisitPage.objectName():
            StartVisitPage.setObjectName(u"StartVisitPage")
        StartVisitPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(StartVisitPage)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 8, 24, 8)
        self.titleLabel = QLabel(StartVisitPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.fieldGrid = QGridLayout()
        self.fieldGrid.setObjectName(u"fieldGrid")
        self.fieldGrid.setHorizontalSpacing(16)
        self.fieldGrid.setVerticalSpacing(8)
        self.patientCaption = QLabel(StartVisitPage)
        self.patientCaption.setObjectName(u"patientCaption")
        self.patientCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.patientCaption, 0, 0, 1, 1)

        self.patientEdit = QLineEdit(StartVisitPage)
        self.patientEdit.setObjectName(u"patientEdit")
        self.patientEdit.setMaxLength(40)

        self.fieldGrid.addWidget(self.patientEdit, 0, 1, 1, 1)

        self.recordCaption = QLabel(StartVisitPage)
        self.recordCaption.setObjectName(u"recordCaption")
        self.recordCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.recordCaption, 0, 2, 1, 1)

        self.recordEdit = QLineEdit(StartVisitPage)
        self.recordEdit.setObjectName(u"recordEdit")
        self.recordEdit.setMaxLength(40)

        self.fieldGrid.addWidget(self.recordEdit, 0, 3, 1, 1)

        self.treatmentCaption = QLabel(StartVisitPage)
        self.treatmentCaption.setObjectName(u"treatmentCaption")
        self.treatmentCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.treatmentCaption, 1, 0, 1, 1)

        self.treatmentRow = QHBoxLayout()
        self.treatmentRow.setSpacing(16)
        self.treatmentRow.setObjectName(u"treatmentRow")
        self.ivKetamineButton = QPushButton(StartVisitPage)
        self.ivKetamineButton.setObjectName(u"ivKetamineButton")
        self.ivKetamineButton.setCheckable(True)
        self.ivKetamineButton.setProperty(u"role", u"tile")

        self.treatmentRow.addWidget(self.ivKetamineButton)

        self.esketamineButton = QPushButton(StartVisitPage)
        self.esketamineButton.setObjectName(u"esketamineButton")
        self.esketamineButton.setCheckable(True)
        self.esketamineButton.setProperty(u"role", u"tile")

        self.treatmentRow.addWidget(self.esketamineButton)


        self.fieldGrid.addLayout(self.treatmentRow, 1, 1, 1, 3)

        self.endCaption = QLabel(StartVisitPage)
        self.endCaption.setObjectName(u"endCaption")
        self.endCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.endCaption, 2, 0, 1, 1)

        self.endRow = QHBoxLayout()
        self.endRow.setSpacing(16)
        self.endRow.setObjectName(u"endRow")
        self.earlierButton = QPushButton(StartVisitPage)
        self.earlierButton.setObjectName(u"earlierButton")
        self.earlierButton.setMinimumSize(QSize(150, 72))

        self.endRow.addWidget(self.earlierButton)

        self.endTimeLabel = QLabel(StartVisitPage)
        self.endTimeLabel.setObjectName(u"endTimeLabel")
        self.endTimeLabel.setMinimumSize(QSize(220, 0))
        self.endTimeLabel.setText(u"09:00")
        self.endTimeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.endTimeLabel.setProperty(u"role", u"subtitle")

        self.endRow.addWidget(self.endTimeLabel)

        self.laterButton = QPushButton(StartVisitPage)
        self.laterButton.setObjectName(u"laterButton")
        self.laterButton.setMinimumSize(QSize(150, 72))

        self.endRow.addWidget(self.laterButton)

        self.nowButton = QPushButton(StartVisitPage)
        self.nowButton.setObjectName(u"nowButton")
        self.nowButton.setProperty(u"role", u"quiet")

        self.endRow.addWidget(self.nowButton)

        self.endSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endRow.addItem(self.endSpacer)


        self.fieldGrid.addLayout(self.endRow, 2, 1, 1, 3)

        self.bpCaption = QLabel(StartVisitPage)
        self.bpCaption.setObjectName(u"bpCaption")
        self.bpCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.bpCaption, 3, 0, 1, 1)

        self.bpRow = QHBoxLayout()
        self.bpRow.setObjectName(u"bpRow")
        self.systolicEdit = QLineEdit(StartVisitPage)
        self.systolicEdit.setObjectName(u"systolicEdit")
        self.systolicEdit.setMaxLength(3)

        self.bpRow.addWidget(self.systolicEdit)

        self.slashLabel = QLabel(StartVisitPage)
        self.slashLabel.setObjectName(u"slashLabel")
        self.slashLabel.setText(u"/")

        self.bpRow.addWidget(self.slashLabel)

        self.diastolicEdit = QLineEdit(StartVisitPage)
        self.diastolicEdit.setObjectName(u"diastolicEdit")
        self.diastolicEdit.setMaxLength(3)

        self.bpRow.addWidget(self.diastolicEdit)


        self.fieldGrid.addLayout(self.bpRow, 3, 1, 1, 1)

        self.pulseCaption = QLabel(StartVisitPage)
        self.pulseCaption.setObjectName(u"pulseCaption")
        self.pulseCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.pulseCaption, 3, 2, 1, 1)

        self.pulseEdit = QLineEdit(StartVisitPage)
        self.pulseEdit.setObjectName(u"pulseEdit")
        self.pulseEdit.setMaxLength(3)

        self.fieldGrid.addWidget(self.pulseEdit, 3, 3, 1, 1)

        self.languageCaption = QLabel(StartVisitPage)
        self.languageCaption.setObjectName(u"languageCaption")
        self.languageCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.languageCaption, 4, 0, 1, 1)

        self.languageRow = QHBoxLayout()
        self.languageRow.setObjectName(u"languageRow")
        self.englishButton = QPushButton(StartVisitPage)
        self.englishButton.setObjectName(u"englishButton")
        self.englishButton.setText(u"English")
        self.englishButton.setCheckable(True)
        self.englishButton.setChecked(True)
        self.englishButton.setProperty(u"role", u"tile")

        self.languageRow.addWidget(self.englishButton)

        self.spanishButton = QPushButton(StartVisitPage)
        self.spanishButton.setObjectName(u"spanishButton")
        self.spanishButton.setText(u"Espa\u00f1ol")
        self.spanishButton.setCheckable(True)
        self.spanishButton.setProperty(u"role", u"tile")

        self.languageRow.addWidget(self.spanishButton)


        self.fieldGrid.addLayout(self.languageRow, 4, 1, 1, 1)

        self.bayCaption = QLabel(StartVisitPage)
        self.bayCaption.setObjectName(u"bayCaption")
        self.bayCaption.setWordWrap(True)

        self.fieldGrid.addWidget(self.bayCaption, 4, 2, 1, 1)

        self.bayEdit = QLineEdit(StartVisitPage)
        self.bayEdit.setObjectName(u"bayEdit")
        self.bayEdit.setMaxLength(40)

        self.fieldGrid.addWidget(self.bayEdit, 4, 3, 1, 1)


        self.outerLayout.addLayout(self.fieldGrid)

        self.messageLabel = QLabel(StartVisitPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"banner-alert")

        self.outerLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.startButton = QPushButton(StartVisitPage)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setMinimumSize(QSize(0, 76))
        self.startButton.setProperty(u"role", u"primary")

        self.outerLayout.addWidget(self.startButton)

#if QT_CONFIG(shortcut)
        self.patientCaption.setBuddy(self.patientEdit)
        self.recordCaption.setBuddy(self.recordEdit)
        self.bpCaption.setBuddy(self.systolicEdit)
        self.pulseCaption.setBuddy(self.pulseEdit)
        self.bayCaption.setBuddy(self.bayEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartVisitPage)

        QMetaObject.connectSlotsByName(StartVisitPage)
    # setupUi

    def retranslateUi(self, StartVisitPage):
#if QT_CONFIG(accessibility)
        StartVisitPage.setAccessibleName(QCoreApplication.translate("StartVisitPage", u"Start a visit", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("StartVisitPage", u"Start a visit", None))
        self.patientCaption.setText(QCoreApplication.translate("StartVisitPage", u"Patient", None))
        self.patientEdit.setPlaceholderText(QCoreApplication.translate("StartVisitPage", u"First name and last initial", None))
        self.recordCaption.setText(QCoreApplication.translate("StartVisitPage", u"Record no.", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("StartVisitPage", u"Optional", None))
        self.treatmentCaption.setText(QCoreApplication.translate("StartVisitPage", u"Treatment", None))
        self.ivKetamineButton.setText(QCoreApplication.translate("StartVisitPage", u"IV ketamine", None))
        self.esketamineButton.setText(QCoreApplication.translate("StartVisitPage", u"Esketamine (nasal)", None))
        self.endCaption.setText(QCoreApplication.translate("StartVisitPage", u"Infusion ended", None))
        self.earlierButton.setText(QCoreApplication.translate("StartVisitPage", u"\u2212 5 min", None))
#if QT_CONFIG(accessibility)
        self.earlierButton.setAccessibleName(QCoreApplication.translate("StartVisitPage", u"Five minutes earlier", None))
#endif // QT_CONFIG(accessibility)
        self.laterButton.setText(QCoreApplication.translate("StartVisitPage", u"+ 5 min", None))
#if QT_CONFIG(accessibility)
        self.laterButton.setAccessibleName(QCoreApplication.translate("StartVisitPage", u"Five minutes later", None))
#endif // QT_CONFIG(accessibility)
        self.nowButton.setText(QCoreApplication.translate("StartVisitPage", u"Now", None))
        self.bpCaption.setText(QCoreApplication.translate("StartVisitPage", u"Baseline BP", None))
        self.systolicEdit.setPlaceholderText(QCoreApplication.translate("StartVisitPage", u"Sys", None))
#if QT_CONFIG(accessibility)
        self.systolicEdit.setAccessibleName(QCoreApplication.translate("StartVisitPage", u"Baseline systolic blood pressure", None))
#endif // QT_CONFIG(accessibility)
        self.diastolicEdit.setPlaceholderText(QCoreApplication.translate("StartVisitPage", u"Dia", None))
#if QT_CONFIG(accessibility)
        self.diastolicEdit.setAccessibleName(QCoreApplication.translate("StartVisitPage", u"Baseline diastolic blood pressure", None))
#endif // QT_CONFIG(accessibility)
        self.pulseCaption.setText(QCoreApplication.translate("StartVisitPage", u"Pulse", None))
        self.pulseEdit.setPlaceholderText(QCoreApplication.translate("StartVisitPage", u"per min", None))
#if QT_CONFIG(accessibility)
        self.pulseEdit.setAccessibleName(QCoreApplication.translate("StartVisitPage", u"Baseline pulse", None))
#endif // QT_CONFIG(accessibility)
        self.languageCaption.setText(QCoreApplication.translate("StartVisitPage", u"Language", None))
        self.bayCaption.setText(QCoreApplication.translate("StartVisitPage", u"Bay", None))
        self.startButton.setText(QCoreApplication.translate("StartVisitPage", u"Start the visit", None))
    # retranslateUi

