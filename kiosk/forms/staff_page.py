# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_StaffPage(object):
    def setupUi(self, StaffPage):
        if not StaffPage.objectName():
            StaffPage.setObjectName(u"StaffPage")
        StaffPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(StaffPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(StaffPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.listColumn = QVBoxLayout()
        self.listColumn.setSpacing(10)
        self.listColumn.setObjectName(u"listColumn")
        self.staffList = QListWidget(StaffPage)
        self.staffList.setObjectName(u"staffList")

        self.listColumn.addWidget(self.staffList)

        self.listButtons = QGridLayout()
        self.listButtons.setSpacing(10)
        self.listButtons.setObjectName(u"listButtons")
        self.deactivateButton = QPushButton(StaffPage)
        self.deactivateButton.setObjectName(u"deactivateButton")
        self.deactivateButton.setMinimumSize(QSize(0, 64))

        self.listButtons.addWidget(self.deactivateButton, 0, 0, 1, 1)

        self.resetButton = QPushButton(StaffPage)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setMinimumSize(QSize(0, 64))

        self.listButtons.addWidget(self.resetButton, 0, 1, 1, 1)


        self.listColumn.addLayout(self.listButtons)


        self.bodyRow.addLayout(self.listColumn)

        self.formColumn = QVBoxLayout()
        self.formColumn.setSpacing(6)
        self.formColumn.setObjectName(u"formColumn")
        self.formTitle = QLabel(StaffPage)
        self.formTitle.setObjectName(u"formTitle")
        self.formTitle.setProperty(u"role", u"subtitle")
        self.formTitle.setWordWrap(True)

        self.formColumn.addWidget(self.formTitle)

        self.nameEdit = QLineEdit(StaffPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(0, 56))

        self.formColumn.addWidget(self.nameEdit)

        self.adminCheck = QCheckBox(StaffPage)
        self.adminCheck.setObjectName(u"adminCheck")
        self.adminCheck.setMinimumSize(QSize(0, 48))

        self.formColumn.addWidget(self.adminCheck)

        self.pinEdit = QLineEdit(StaffPage)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMinimumSize(QSize(0, 56))
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

        self.formColumn.addWidget(self.pinEdit)

        self.pinRepeatEdit = QLineEdit(StaffPage)
        self.pinRepeatEdit.setObjectName(u"pinRepeatEdit")
        self.pinRepeatEdit.setMinimumSize(QSize(0, 56))
        self.pinRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinRepeatEdit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

        self.formColumn.addWidget(self.pinRepeatEdit)

        self.addButton = QPushButton(StaffPage)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setMinimumSize(QSize(0, 64))
        self.addButton.setProperty(u"role", u"primary")

        self.formColumn.addWidget(self.addButton)

        self.messageLabel = QLabel(StaffPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.formColumn.addWidget(self.messageLabel)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formColumn.addItem(self.formSpacer)


        self.bodyRow.addLayout(self.formColumn)


        self.outerLayout.addLayout(self.bodyRow)


        self.retranslateUi(StaffPage)

        QMetaObject.connectSlotsByName(StaffPage)
    # setupUi

    def retranslateUi(self, StaffPage):
#if QT_CONFIG(accessibility)
        StaffPage.setAccessibleName(QCoreApplication.translate("StaffPage", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("StaffPage", u"Staff accounts", None))
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleName(QCoreApplication.translate("StaffPage", u"Staff accounts list", None))
#endif // QT_CONFIG(accessibility)
        self.deactivateButton.setText(QCoreApplication.translate("StaffPage", u"Deactivate", None))
        self.resetButton.setText(QCoreApplication.translate("StaffPage", u"Reset PIN", None))
        self.formTitle.setText(QCoreApplication.translate("StaffPage", u"Add a nurse, or type a new PIN to reset", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("StaffPage", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("StaffPage", u"Name of the new nurse", None))
        self.adminCheck.setText(QCoreApplication.translate("StaffPage", u"Admin (can manage staff and settings)", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("StaffPage", u"New PIN", None))
#endif // QT_CONFIG(accessibility)
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("StaffPage", u"PIN (6 digits or more)", None))
#if QT_CONFIG(accessibility)
        self.pinRepeatEdit.setAccessibleName(QCoreApplication.translate("StaffPage", u"New PIN again", None))
#endif // QT_CONFIG(accessibility)
        self.pinRepeatEdit.setPlaceholderText(QCoreApplication.translate("StaffPage", u"The same PIN again", None))
        self.addButton.setText(QCoreApplication.translate("StaffPage", u"Add account", None))
    # retranslateUi

