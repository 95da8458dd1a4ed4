# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CheckinPage(object):
    def setupUi(self, CheckinPage):
        if not CheckinPage.objectName():
            CheckinPage.setObjectName(u"CheckinPage")
        CheckinPage.resize(1280, 700)
        self.outerLayout = QVBoxLayout(CheckinPage)
        self.outerLayout.setSpacing(18)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 8, 40, 16)
        self.progressRow = QHBoxLayout()
        self.progressRow.setSpacing(24)
        self.progressRow.setObjectName(u"progressRow")
        self.sectionLabel = QLabel(CheckinPage)
        self.sectionLabel.setObjectName(u"sectionLabel")
        self.sectionLabel.setText(u"")
        self.sectionLabel.setProperty(u"role", u"hint")

        self.progressRow.addWidget(self.sectionLabel)

        self.progressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressRow.addItem(self.progressSpacer)

        self.progressLabel = QLabel(CheckinPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setProperty(u"role", u"hint")

        self.progressRow.addWidget(self.progressLabel)


        self.outerLayout.addLayout(self.progressRow)

        self.progressBar = QProgressBar(CheckinPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(16777215, 10))
        self.progressBar.setTextVisible(False)
        self.progressBar.setValue(0)

        self.outerLayout.addWidget(self.progressBar)

        self.questionLabel = QLabel(CheckinPage)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setText(u"")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setProperty(u"role", u"question")

        self.outerLayout.addWidget(self.questionLabel)

        self.answerHost = QWidget(CheckinPage)
        self.answerHost.setObjectName(u"answerHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.answerHost.sizePolicy().hasHeightForWidth())
        self.answerHost.setSizePolicy(sizePolicy)
        self.answerLayout = QVBoxLayout(self.answerHost)
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerLayout.setContentsMargins(0, 0, 0, 0)

        self.outerLayout.addWidget(self.answerHost)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(24)
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(CheckinPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(200, 88))

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.skipButton = QPushButton(CheckinPage)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setMinimumSize(QSize(240, 88))
        self.skipButton.setProperty(u"role", u"quiet")

        self.buttonRow.addWidget(self.skipButton)

        self.nextButton = QPushButton(CheckinPage)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setMinimumSize(QSize(320, 88))
        self.nextButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.nextButton)


        self.outerLayout.addLayout(self.buttonRow)


        self.retranslateUi(CheckinPage)

        QMetaObject.connectSlotsByName(CheckinPage)
    # setupUi

    def retranslateUi(self, CheckinPage):
#if QT_CONFIG(accessibility)
        CheckinPage.setAccessibleName(QCoreApplication.translate("CheckinPage", u"Check-in question", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("CheckinPage", u"Back", None))
        self.skipButton.setText(QCoreApplication.translate("CheckinPage", u"Skip this one", None))
        self.nextButton.setText(QCoreApplication.translate("CheckinPage", u"Next", None))
    # retranslateUi

