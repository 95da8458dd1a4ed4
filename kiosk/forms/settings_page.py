# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(SettingsPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 12, 24, 12)
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SettingsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.introLabel)

        self.fieldsScroll = QScrollArea(SettingsPage)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsHost = QWidget()
        self.fieldsHost.setObjectName(u"fieldsHost")
        self.fieldsGrid = QGridLayout(self.fieldsHost)
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(16)
        self.fieldsGrid.setVerticalSpacing(10)
        self.fieldsGrid.setContentsMargins(0, 0, 12, 0)
        self.fieldsScroll.setWidget(self.fieldsHost)

        self.outerLayout.addWidget(self.fieldsScroll)

        self.saveRow = QHBoxLayout()
        self.saveRow.setSpacing(16)
        self.saveRow.setObjectName(u"saveRow")
        self.messageLabel = QLabel(SettingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.saveRow.addWidget(self.messageLabel)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(260, 0))
        self.saveButton.setProperty(u"role", u"primary")

        self.saveRow.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.saveRow)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
#if QT_CONFIG(accessibility)
        SettingsPage.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Clinic settings", None))
        self.introLabel.setText(QCoreApplication.translate("SettingsPage", u"Each value is checked as you type. Saved values replace those of the settings file and stay after a restart.", None))
#if QT_CONFIG(accessibility)
        self.fieldsScroll.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings fields", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"Save changes", None))
    # retranslateUi

