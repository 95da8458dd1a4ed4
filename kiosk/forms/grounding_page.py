# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grounding_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_GroundingPage(object):
    def setupUi(self, GroundingPage):
        if not GroundingPage.objectName():
            GroundingPage.setObjectName(u"GroundingPage")
        GroundingPage.resize(1280, 680)
        self.outerLayout = QVBoxLayout(GroundingPage)
        self.outerLayout.setSpacing(16)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 16, 40, 16)
        self.titleLabel = QLabel(GroundingPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"subtitle")

        self.outerLayout.addWidget(self.titleLabel)

        self.steps = QStackedWidget(GroundingPage)
        self.steps.setObjectName(u"steps")
        self.stepPage = QWidget()
        self.stepPage.setObjectName(u"stepPage")
        self.stepLayout = QVBoxLayout(self.stepPage)
        self.stepLayout.setSpacing(10)
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stepLayout.addItem(self.stepTopSpacer)

        self.countLabel = QLabel(self.stepPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"font-size: 72pt; font-weight: 500; color: #1a4f52;")
        self.countLabel.setText(u"5")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stepLayout.addWidget(self.countLabel)

        self.promptLabel = QLabel(self.stepPage)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setProperty(u"role", u"title")

        self.stepLayout.addWidget(self.promptLabel)

        self.helpLabel = QLabel(self.stepPage)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setText(u"")
        self.helpLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.helpLabel.setWordWrap(True)

        self.stepLayout.addWidget(self.helpLabel)

        self.progressLabel = QLabel(self.stepPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progressLabel.setProperty(u"role", u"hint")

        self.stepLayout.addWidget(self.progressLabel)

        self.stepBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stepLayout.addItem(self.stepBottomSpacer)

        self.steps.addWidget(self.stepPage)
        self.closingPage = QWidget()
        self.closingPage.setObjectName(u"closingPage")
        self.closingLayout = QVBoxLayout(self.closingPage)
        self.closingLayout.setSpacing(24)
        self.closingLayout.setObjectName(u"closingLayout")
        self.closingTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closingLayout.addItem(self.closingTopSpacer)

        self.closingTitleLabel = QLabel(self.closingPage)
        self.closingTitleLabel.setObjectName(u"closingTitleLabel")
        self.closingTitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closingTitleLabel.setProperty(u"role", u"title")

        self.closingLayout.addWidget(self.closingTitleLabel)

        self.closingTextLabel = QLabel(self.closingPage)
        self.closingTextLabel.setObjectName(u"closingTextLabel")
        self.closingTextLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closingTextLabel.setWordWrap(True)

        self.closingLayout.addWidget(self.closingTextLabel)

        self.againRow = QHBoxLayout()
        self.againRow.setObjectName(u"againRow")
        self.againLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.againRow.addItem(self.againLeftSpacer)

        self.againButton = QPushButton(self.closingPage)
        self.againButton.setObjectName(u"againButton")
        self.againButton.setMinimumSize(QSize(320, 80))

        self.againRow.addWidget(self.againButton)

        self.againRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.againRow.addItem(self.againRightSpacer)


        self.closingLayout.addLayout(self.againRow)

        self.closingBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closingLayout.addItem(self.closingBottomSpacer)

        self.steps.addWidget(self.closingPage)

        self.outerLayout.addWidget(self.steps)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(20)
        self.bottomRow.setObjectName(u"bottomRow")
        self.backToChoicesButton = QPushButton(GroundingPage)
        self.backToChoicesButton.setObjectName(u"backToChoicesButton")
        self.backToChoicesButton.setMinimumSize(QSize(400, 80))

        self.bottomRow.addWidget(self.backToChoicesButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.previousButton = QPushButton(GroundingPage)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setMinimumSize(QSize(200, 80))

        self.bottomRow.addWidget(self.previousButton)

        self.nextButton = QPushButton(GroundingPage)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setMinimumSize(QSize(260, 80))
        self.nextButton.setProperty(u"role", u"primary")

        self.bottomRow.addWidget(self.nextButton)


        self.outerLayout.addLayout(self.bottomRow)


        self.retranslateUi(GroundingPage)

        self.steps.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GroundingPage)
    # setupUi

    def retranslateUi(self, GroundingPage):
#if QT_CONFIG(accessibility)
        GroundingPage.setAccessibleName(QCoreApplication.translate("GroundingPage", u"Grounding", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("GroundingPage", u"Notice your senses", None))
#if QT_CONFIG(accessibility)
        self.stepPage.setAccessibleName(QCoreApplication.translate("GroundingPage", u"Grounding step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closingPage.setAccessibleName(QCoreApplication.translate("GroundingPage", u"Grounding finished", None))
#endif // QT_CONFIG(accessibility)
        self.closingTitleLabel.setText(QCoreApplication.translate("GroundingPage", u"Well done", None))
        self.closingTextLabel.setText(QCoreApplication.translate("GroundingPage", u"You took a quiet moment to notice the world around you. You are here, resting, and people nearby are looking after you. Stay with this calm feeling as long as you like.", None))
        self.againButton.setText(QCoreApplication.translate("GroundingPage", u"Start again", None))
        self.backToChoicesButton.setText(QCoreApplication.translate("GroundingPage", u"Back to calming choices", None))
        self.previousButton.setText(QCoreApplication.translate("GroundingPage", u"Previous step", None))
        self.nextButton.setText(QCoreApplication.translate("GroundingPage", u"Next", None))
    # retranslateUi

