# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ExportPage(object):
    def setupUi(self, ExportPage):
        if not ExportPage.objectName():
            ExportPage.setObjectName(u"ExportPage")
        ExportPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(ExportPage)
        self.outerLayout.setSpacing(16)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 12, 24, 12)
        self.titleLabel = QLabel(ExportPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ExportPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.introLabel)

        self.rangeRow = QHBoxLayout()
        self.rangeRow.setSpacing(16)
        self.rangeRow.setObjectName(u"rangeRow")
        self.fromCaption = QLabel(ExportPage)
        self.fromCaption.setObjectName(u"fromCaption")

        self.rangeRow.addWidget(self.fromCaption)

        self.fromDate = QDateEdit(ExportPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")
        self.fromDate.setMinimumSize(QSize(240, 0))

        self.rangeRow.addWidget(self.fromDate)

        self.toCaption = QLabel(ExportPage)
        self.toCaption.setObjectName(u"toCaption")

        self.rangeRow.addWidget(self.toCaption)

        self.toDate = QDateEdit(ExportPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")
        self.toDate.setMinimumSize(QSize(240, 0))

        self.rangeRow.addWidget(self.toDate)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeRow.addItem(self.rangeSpacer)


        self.outerLayout.addLayout(self.rangeRow)

        self.exportButton = QPushButton(ExportPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setProperty(u"role", u"primary")

        self.outerLayout.addWidget(self.exportButton)

        self.resultLabel = QLabel(ExportPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultLabel.setProperty(u"role", u"banner-ok")

        self.outerLayout.addWidget(self.resultLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.fromCaption.setBuddy(self.fromDate)
        self.toCaption.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportPage)

        QMetaObject.connectSlotsByName(ExportPage)
    # setupUi

    def retranslateUi(self, ExportPage):
#if QT_CONFIG(accessibility)
        ExportPage.setAccessibleName(QCoreApplication.translate("ExportPage", u"Export", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ExportPage", u"Export records", None))
        self.introLabel.setText(QCoreApplication.translate("ExportPage", u"Visits opened between these dates, with their check-ins and answers, observations and alerts: one CSV file per table, and one FHIR bundle of questionnaire responses per visit. The files hold patient data and only this computer account can read them.", None))
        self.fromCaption.setText(QCoreApplication.translate("ExportPage", u"From", None))
        self.toCaption.setText(QCoreApplication.translate("ExportPage", u"To (included)", None))
        self.exportButton.setText(QCoreApplication.translate("ExportPage", u"Export", None))
    # retranslateUi

