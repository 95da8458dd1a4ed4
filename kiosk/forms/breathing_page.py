# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breathing_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

from kiosk.views.widgets.breathing_circle import BreathingCircle

class Ui_BreathingPage(object):
    def setupUi(self, BreathingPage):
        if not BreathingPage.objectName():
            BreathingPage.setObjectName(u"BreathingPage")
        BreathingPage.resize(1280, 680)
        self.outerLayout = QVBoxLayout(BreathingPage)
        self.outerLayout.setSpacing(16)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 16, 40, 16)
        self.steps = QStackedWidget(BreathingPage)
        self.steps.setObjectName(u"steps")
        self.setupPage = QWidget()
        self.setupPage.setObjectName(u"setupPage")
        self.setupLayout = QVBoxLayout(self.setupPage)
        self.setupLayout.setSpacing(14)
        self.setupLayout.setObjectName(u"setupLayout")
        self.titleLabel = QLabel(self.setupPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"title")

        self.setupLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.setupPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.introLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.introLabel)

        self.patternLabel = QLabel(self.setupPage)
        self.patternLabel.setObjectName(u"patternLabel")
        self.patternLabel.setProperty(u"role", u"hint")

        self.setupLayout.addWidget(self.patternLabel)

        self.patternRow = QHBoxLayout()
        self.patternRow.setSpacing(20)
        self.patternRow.setObjectName(u"patternRow")
        self.boxButton = QPushButton(self.setupPage)
        self.boxButton.setObjectName(u"boxButton")
        self.boxButton.setMinimumSize(QSize(0, 100))
        self.boxButton.setCheckable(True)
        self.boxButton.setChecked(True)
        self.boxButton.setProperty(u"role", u"tile")

        self.patternRow.addWidget(self.boxButton)

        self.fourSevenEightButton = QPushButton(self.setupPage)
        self.fourSevenEightButton.setObjectName(u"fourSevenEightButton")
        self.fourSevenEightButton.setMinimumSize(QSize(0, 100))
        self.fourSevenEightButton.setCheckable(True)
        self.fourSevenEightButton.setProperty(u"role", u"tile")

        self.patternRow.addWidget(self.fourSevenEightButton)


        self.setupLayout.addLayout(self.patternRow)

        self.durationLabel = QLabel(self.setupPage)
        self.durationLabel.setObjectName(u"durationLabel")
        self.durationLabel.setProperty(u"role", u"hint")

        self.setupLayout.addWidget(self.durationLabel)

        self.durationRow = QHBoxLayout()
        self.durationRow.setSpacing(20)
        self.durationRow.setObjectName(u"durationRow")
        self.oneMinuteButton = QPushButton(self.setupPage)
        self.oneMinuteButton.setObjectName(u"oneMinuteButton")
        self.oneMinuteButton.setCheckable(True)
        self.oneMinuteButton.setProperty(u"role", u"tile")

        self.durationRow.addWidget(self.oneMinuteButton)

        self.threeMinutesButton = QPushButton(self.setupPage)
        self.threeMinutesButton.setObjectName(u"threeMinutesButton")
        self.threeMinutesButton.setCheckable(True)
        self.threeMinutesButton.setChecked(True)
        self.threeMinutesButton.setProperty(u"role", u"tile")

        self.durationRow.addWidget(self.threeMinutesButton)

        self.fiveMinutesButton = QPushButton(self.setupPage)
        self.fiveMinutesButton.setObjectName(u"fiveMinutesButton")
        self.fiveMinutesButton.setCheckable(True)
        self.fiveMinutesButton.setProperty(u"role", u"tile")

        self.durationRow.addWidget(self.fiveMinutesButton)


        self.setupLayout.addLayout(self.durationRow)

        self.setupSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setupLayout.addItem(self.setupSpacer)

        self.steps.addWidget(self.setupPage)
        self.runPage = QWidget()
        self.runPage.setObjectName(u"runPage")
        self.runLayout = QVBoxLayout(self.runPage)
        self.runLayout.setSpacing(8)
        self.runLayout.setObjectName(u"runLayout")
        self.circle = BreathingCircle(self.runPage)
        self.circle.setObjectName(u"circle")

        self.runLayout.addWidget(self.circle)

        self.phaseLabel = QLabel(self.runPage)
        self.phaseLabel.setObjectName(u"phaseLabel")
        self.phaseLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phaseLabel.setProperty(u"role", u"title")

        self.runLayout.addWidget(self.phaseLabel)

        self.guideLabel = QLabel(self.runPage)
        self.guideLabel.setObjectName(u"guideLabel")
        self.guideLabel.setText(u"")
        self.guideLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guideLabel.setProperty(u"role", u"subtitle")

        self.runLayout.addWidget(self.guideLabel)

        self.steps.addWidget(self.runPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setSpacing(24)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneTopSpacer)

        self.doneTitleLabel = QLabel(self.donePage)
        self.doneTitleLabel.setObjectName(u"doneTitleLabel")
        self.doneTitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.doneTitleLabel.setProperty(u"role", u"title")

        self.doneLayout.addWidget(self.doneTitleLabel)

        self.doneTextLabel = QLabel(self.donePage)
        self.doneTextLabel.setObjectName(u"doneTextLabel")
        self.doneTextLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.doneTextLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.doneTextLabel)

        self.againRow = QHBoxLayout()
        self.againRow.setObjectName(u"againRow")
        self.againLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.againRow.addItem(self.againLeftSpacer)

        self.againButton = QPushButton(self.donePage)
        self.againButton.setObjectName(u"againButton")
        self.againButton.setMinimumSize(QSize(360, 80))

        self.againRow.addWidget(self.againButton)

        self.againRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.againRow.addItem(self.againRightSpacer)


        self.doneLayout.addLayout(self.againRow)

        self.doneBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneBottomSpacer)

        self.steps.addWidget(self.donePage)

        self.outerLayout.addWidget(self.steps)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(20)
        self.bottomRow.setObjectName(u"bottomRow")
        self.backButton = QPushButton(BreathingPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(400, 80))

        self.bottomRow.addWidget(self.backButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.stopButton = QPushButton(BreathingPage)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setMinimumSize(QSize(240, 80))

        self.bottomRow.addWidget(self.stopButton)

        self.toneButton = QPushButton(BreathingPage)
        self.toneButton.setObjectName(u"toneButton")
        self.toneButton.setMinimumSize(QSize(260, 80))
        self.toneButton.setCheckable(True)

        self.bottomRow.addWidget(self.toneButton)

        self.beginButton = QPushButton(BreathingPage)
        self.beginButton.setObjectName(u"beginButton")
        self.beginButton.setMinimumSize(QSize(320, 80))
        self.beginButton.setProperty(u"role", u"primary")

        self.bottomRow.addWidget(self.beginButton)


        self.outerLayout.addLayout(self.bottomRow)


        self.retranslateUi(BreathingPage)

        self.steps.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(BreathingPage)
    # setupUi

    def retranslateUi(self, BreathingPage):
#if QT_CONFIG(accessibility)
        BreathingPage.setAccessibleName(QCoreApplication.translate("BreathingPage", u"Breathing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.setupPage.setAccessibleName(QCoreApplication.translate("BreathingPage", u"Choose a breathing pattern", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("BreathingPage", u"Slow breathing", None))
        self.introLabel.setText(QCoreApplication.translate("BreathingPage", u"Breathe along with a soft circle: in as it grows, out as it shrinks.", None))
        self.patternLabel.setText(QCoreApplication.translate("BreathingPage", u"Choose a rhythm", None))
        self.boxButton.setText(QCoreApplication.translate("BreathingPage", u"Box breathing\n"
"In 4, hold 4, out 4, hold 4", None))
        self.fourSevenEightButton.setText(QCoreApplication.translate("BreathingPage", u"4-7-8 breathing\n"
"In 4, hold 7, out 8", None))
        self.durationLabel.setText(QCoreApplication.translate("BreathingPage", u"For how long?", None))
        self.oneMinuteButton.setText(QCoreApplication.translate("BreathingPage", u"1 minute", None))
        self.threeMinutesButton.setText(QCoreApplication.translate("BreathingPage", u"3 minutes", None))
        self.fiveMinutesButton.setText(QCoreApplication.translate("BreathingPage", u"5 minutes", None))
#if QT_CONFIG(accessibility)
        self.runPage.setAccessibleName(QCoreApplication.translate("BreathingPage", u"Breathing together", None))
#endif // QT_CONFIG(accessibility)
        self.phaseLabel.setText(QCoreApplication.translate("BreathingPage", u"Breathe in", None))
#if QT_CONFIG(accessibility)
        self.donePage.setAccessibleName(QCoreApplication.translate("BreathingPage", u"Breathing finished", None))
#endif // QT_CONFIG(accessibility)
        self.doneTitleLabel.setText(QCoreApplication.translate("BreathingPage", u"Nicely done", None))
        self.doneTextLabel.setText(QCoreApplication.translate("BreathingPage", u"Take a moment to notice how you feel now. You can breathe along again, or simply rest.", None))
        self.againButton.setText(QCoreApplication.translate("BreathingPage", u"Breathe again", None))
        self.backButton.setText(QCoreApplication.translate("BreathingPage", u"Back to calming choices", None))
        self.stopButton.setText(QCoreApplication.translate("BreathingPage", u"Stop", None))
        self.toneButton.setText(QCoreApplication.translate("BreathingPage", u"Soft chime: off", None))
        self.beginButton.setText(QCoreApplication.translate("BreathingPage", u"Start breathing", None))
    # retranslateUi

