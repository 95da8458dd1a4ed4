# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'thanks_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ThanksPage(object):
    def setupUi(self, ThanksPage):
        if not ThanksPage.objectName():
            ThanksPage.setObjectName(u"ThanksPage")
        ThanksPage.resize(1280, 700)
        self.outerLayout = QVBoxLayout(ThanksPage)
        self.outerLayout.setSpacing(32)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(140, 40, 140, 40)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(ThanksPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.bodyLabel = QLabel(ThanksPage)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bodyLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.bodyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.leftSpacer)

        self.hubButton = QPushButton(ThanksPage)
        self.hubButton.setObjectName(u"hubButton")
        self.hubButton.setMinimumSize(QSize(480, 96))
        self.hubButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.hubButton)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ThanksPage)

        QMetaObject.connectSlotsByName(ThanksPage)
    # setupUi

    def retranslateUi(self, ThanksPage):
#if QT_CONFIG(accessibility)
        ThanksPage.setAccessibleName(QCoreApplication.translate("ThanksPage", u"Thank you", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ThanksPage", u"Thank you", None))
        self.bodyLabel.setText(QCoreApplication.translate("ThanksPage", u"Your answers are saved, and your nurse can see them. Now you can rest, or try something calming. We will check in again in a little while.", None))
        self.hubButton.setText(QCoreApplication.translate("ThanksPage", u"Something calming", None))
    # retranslateUi

