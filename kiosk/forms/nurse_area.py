# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nurse_area.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget

class Ui_NurseArea(object):
    def setupUi(self, NurseArea):
        if not NurseArea.objectName():
            NurseArea.setObjectName(u"NurseArea")
        NurseArea.resize(1280, 800)
        self.outerLayout = QHBoxLayout(NurseArea)
        self.outerLayout.setSpacing(16)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(12, 12, 12, 12)
        self.sidePanel = QWidget(NurseArea)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(200, 0))
        self.sidePanel.setMaximumSize(QSize(215, 16777215))
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(12)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.signedInLabel = QLabel(self.sidePanel)
        self.signedInLabel.setObjectName(u"signedInLabel")
        self.signedInLabel.setWordWrap(True)
        self.signedInLabel.setProperty(u"role", u"subtitle")

        self.sideLayout.addWidget(self.signedInLabel)

        self.navList = QListWidget(self.sidePanel)
        self.navList.setObjectName(u"navList")

        self.sideLayout.addWidget(self.navList)

        self.lockButton = QPushButton(self.sidePanel)
        self.lockButton.setObjectName(u"lockButton")
        self.lockButton.setMinimumSize(QSize(200, 88))
        self.lockButton.setProperty(u"role", u"primary")

        self.sideLayout.addWidget(self.lockButton)


        self.outerLayout.addWidget(self.sidePanel)

        self.pageStack = QStackedWidget(NurseArea)
        self.pageStack.setObjectName(u"pageStack")

        self.outerLayout.addWidget(self.pageStack)


        self.retranslateUi(NurseArea)

        QMetaObject.connectSlotsByName(NurseArea)
    # setupUi

    def retranslateUi(self, NurseArea):
#if QT_CONFIG(accessibility)
        NurseArea.setAccessibleName(QCoreApplication.translate("NurseArea", u"Nurse area", None))
#endif // QT_CONFIG(accessibility)
        self.signedInLabel.setText(QCoreApplication.translate("NurseArea", u"Signed in", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("NurseArea", u"Nurse pages", None))
#endif // QT_CONFIG(accessibility)
        self.lockButton.setText(QCoreApplication.translate("NurseArea", u"Lock / back to patient", None))
    # retranslateUi

