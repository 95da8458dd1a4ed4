# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(1280, 720)
        self.outerLayout = QVBoxLayout(WelcomePage)
        self.outerLayout.setSpacing(28)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(120, 60, 120, 60)
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.greetingLabel = QLabel(WelcomePage)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.greetingLabel.setWordWrap(True)
        self.greetingLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.greetingLabel)

        self.clinicLabel = QLabel(WelcomePage)
        self.clinicLabel.setObjectName(u"clinicLabel")
        self.clinicLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clinicLabel.setProperty(u"role", u"subtitle")

        self.outerLayout.addWidget(self.clinicLabel)

        self.bodyLabel = QLabel(WelcomePage)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bodyLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.bodyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.leftSpacer)

        self.startButton = QPushButton(WelcomePage)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setMinimumSize(QSize(420, 96))
        self.startButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.startButton)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
#if QT_CONFIG(accessibility)
        WelcomePage.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Welcome", None))
#endif // QT_CONFIG(accessibility)
        self.greetingLabel.setText(QCoreApplication.translate("WelcomePage", u"Welcome", None))
        self.clinicLabel.setText(QCoreApplication.translate("WelcomePage", u"Recovery Clinic", None))
        self.bodyLabel.setText(QCoreApplication.translate("WelcomePage", u"Your treatment is done. Now you can rest here while it wears off. Every so often this screen will ask you a few short questions about how you feel. There is no rush, and there are no wrong answers.", None))
        self.startButton.setText(QCoreApplication.translate("WelcomePage", u"I'm ready to begin", None))
    # retranslateUi

