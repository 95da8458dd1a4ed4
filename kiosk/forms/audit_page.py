# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(AuditPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 12, 24, 12)
        self.titleLabel = QLabel(AuditPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(12)
        self.filterRow.setObjectName(u"filterRow")
        self.fromCaption = QLabel(AuditPage)
        self.fromCaption.setObjectName(u"fromCaption")

        self.filterRow.addWidget(self.fromCaption)

        self.fromDate = QDateEdit(AuditPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.fromDate)

        self.toCaption = QLabel(AuditPage)
        self.toCaption.setObjectName(u"toCaption")

        self.filterRow.addWidget(self.toCaption)

        self.toDate = QDateEdit(AuditPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.toDate)

        self.personCombo = QComboBox(AuditPage)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setMinimumSize(QSize(220, 0))

        self.filterRow.addWidget(self.personCombo)

        self.showButton = QPushButton(AuditPage)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setProperty(u"role", u"primary")

        self.filterRow.addWidget(self.showButton)


        self.outerLayout.addLayout(self.filterRow)

        self.eventTable = QTableView(AuditPage)
        self.eventTable.setObjectName(u"eventTable")
        self.eventTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventTable.setAlternatingRowColors(True)
        self.eventTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventTable.setWordWrap(False)

        self.outerLayout.addWidget(self.eventTable)

        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.fromCaption.setBuddy(self.fromDate)
        self.toCaption.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
#if QT_CONFIG(accessibility)
        AuditPage.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit log", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AuditPage", u"Audit log", None))
        self.fromCaption.setText(QCoreApplication.translate("AuditPage", u"From", None))
        self.toCaption.setText(QCoreApplication.translate("AuditPage", u"To", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(QCoreApplication.translate("AuditPage", u"Show", None))
#if QT_CONFIG(accessibility)
        self.eventTable.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit events", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

