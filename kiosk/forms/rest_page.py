# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rest_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

class Ui_RestPage(object):
    def setupUi(self, restPage):
        if not restPage.objectName():
            restPage.setObjectName(u"restPage")
        restPage.resize(1280, 700)
        self.outerLayout = QVBoxLayout(restPage)
        self.outerLayout.setSpacing(24)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(120, 24, 120, 40)
        self.glowHost = QWidget(restPage)
        self.glowHost.setObjectName(u"glowHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.glowHost.sizePolicy().hasHeightForWidth())
        self.glowHost.setSizePolicy(sizePolicy)
        self.glowLayout = QVBoxLayout(self.glowHost)
        self.glowLayout.setObjectName(u"glowLayout")
        self.glowLayout.setContentsMargins(0, 0, 0, 0)

        self.outerLayout.addWidget(self.glowHost)

        self.restLabel = QLabel(restPage)
        self.restLabel.setObjectName(u"restLabel")
        self.restLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.restLabel)

        self.wakeLabel = QLabel(restPage)
        self.wakeLabel.setObjectName(u"wakeLabel")
        self.wakeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wakeLabel.setWordWrap(True)
        self.wakeLabel.setProperty(u"role", u"rest-hint")

        self.outerLayout.addWidget(self.wakeLabel)

        self.dueLabel = QLabel(restPage)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dueLabel.setWordWrap(True)
        self.dueLabel.setProperty(u"role", u"rest-due")

        self.outerLayout.addWidget(self.dueLabel)


        self.retranslateUi(restPage)

        QMetaObject.connectSlotsByName(restPage)
    # setupUi

    def retranslateUi(self, restPage):
#if QT_CONFIG(accessibility)
        restPage.setAccessibleName(QCoreApplication.translate("RestPage", u"Resting screen. Touch anywhere to come back.", None))
#endif // QT_CONFIG(accessibility)
        self.restLabel.setText(QCoreApplication.translate("RestPage", u"Resting. Breathe slowly, in and out.", None))
        self.wakeLabel.setText(QCoreApplication.translate("RestPage", u"Touch the screen whenever you like to come back.", None))
        self.dueLabel.setText(QCoreApplication.translate("RestPage", u"It's time for a short check-in. Touch the screen when you are ready.", None))
    # retranslateUi

