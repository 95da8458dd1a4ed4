# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calming_hub_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_CalmingHubPage(object):
    def setupUi(self, CalmingHubPage):
        if not CalmingHubPage.objectName():
            CalmingHubPage.setObjectName(u"CalmingHubPage")
        CalmingHubPage.resize(1280, 680)
        self.outerLayout = QVBoxLayout(CalmingHubPage)
        self.outerLayout.setSpacing(20)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 16, 40, 16)
        self.titleLabel = QLabel(CalmingHubPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.invitationLabel = QLabel(CalmingHubPage)
        self.invitationLabel.setObjectName(u"invitationLabel")
        self.invitationLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.invitationLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.invitationLabel)

        self.tileGrid = QGridLayout()
        self.tileGrid.setObjectName(u"tileGrid")
        self.tileGrid.setHorizontalSpacing(24)
        self.tileGrid.setVerticalSpacing(20)
        self.breathingBox = QVBoxLayout()
        self.breathingBox.setSpacing(6)
        self.breathingBox.setObjectName(u"breathingBox")
        self.breathingTile = QPushButton(CalmingHubPage)
        self.breathingTile.setObjectName(u"breathingTile")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.breathingTile.sizePolicy().hasHeightForWidth())
        self.breathingTile.setSizePolicy(sizePolicy)
        self.breathingTile.setMinimumSize(QSize(300, 120))
        self.breathingTile.setProperty(u"role", u"tile")

        self.breathingBox.addWidget(self.breathingTile)

        self.breathingHintLabel = QLabel(CalmingHubPage)
        self.breathingHintLabel.setObjectName(u"breathingHintLabel")
        self.breathingHintLabel.setWordWrap(True)
        self.breathingHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breathingHintLabel.setProperty(u"role", u"hint")

        self.breathingBox.addWidget(self.breathingHintLabel)


        self.tileGrid.addLayout(self.breathingBox, 0, 0, 1, 1)

        self.groundingBox = QVBoxLayout()
        self.groundingBox.setSpacing(6)
        self.groundingBox.setObjectName(u"groundingBox")
        self.groundingTile = QPushButton(CalmingHubPage)
        self.groundingTile.setObjectName(u"groundingTile")
        sizePolicy.setHeightForWidth(self.groundingTile.sizePolicy().hasHeightForWidth())
        self.groundingTile.setSizePolicy(sizePolicy)
        self.groundingTile.setMinimumSize(QSize(300, 120))
        self.groundingTile.setProperty(u"role", u"tile")

        self.groundingBox.addWidget(self.groundingTile)

        self.groundingHintLabel = QLabel(CalmingHubPage)
        self.groundingHintLabel.setObjectName(u"groundingHintLabel")
        self.groundingHintLabel.setWordWrap(True)
        self.groundingHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.groundingHintLabel.setProperty(u"role", u"hint")

        self.groundingBox.addWidget(self.groundingHintLabel)


        self.tileGrid.addLayout(self.groundingBox, 0, 1, 1, 1)

        self.scenesBox = QVBoxLayout()
        self.scenesBox.setSpacing(6)
        self.scenesBox.setObjectName(u"scenesBox")
        self.scenesTile = QPushButton(CalmingHubPage)
        self.scenesTile.setObjectName(u"scenesTile")
        sizePolicy.setHeightForWidth(self.scenesTile.sizePolicy().hasHeightForWidth())
        self.scenesTile.setSizePolicy(sizePolicy)
        self.scenesTile.setMinimumSize(QSize(300, 120))
        self.scenesTile.setProperty(u"role", u"tile")

        self.scenesBox.addWidget(self.scenesTile)

        self.scenesHintLabel = QLabel(CalmingHubPage)
        self.scenesHintLabel.setObjectName(u"scenesHintLabel")
        self.scenesHintLabel.setWordWrap(True)
        self.scenesHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scenesHintLabel.setProperty(u"role", u"hint")

        self.scenesBox.addWidget(self.scenesHintLabel)


        self.tileGrid.addLayout(self.scenesBox, 0, 2, 1, 1)

        self.expectBox = QVBoxLayout()
        self.expectBox.setSpacing(6)
        self.expectBox.setObjectName(u"expectBox")
        self.expectTile = QPushButton(CalmingHubPage)
        self.expectTile.setObjectName(u"expectTile")
        sizePolicy.setHeightForWidth(self.expectTile.sizePolicy().hasHeightForWidth())
        self.expectTile.setSizePolicy(sizePolicy)
        self.expectTile.setMinimumSize(QSize(300, 120))
        self.expectTile.setProperty(u"role", u"tile")

        self.expectBox.addWidget(self.expectTile)

        self.expectHintLabel = QLabel(CalmingHubPage)
        self.expectHintLabel.setObjectName(u"expectHintLabel")
        self.expectHintLabel.setWordWrap(True)
        self.expectHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.expectHintLabel.setProperty(u"role", u"hint")

        self.expectBox.addWidget(self.expectHintLabel)


        self.tileGrid.addLayout(self.expectBox, 1, 0, 1, 1)

        self.journalBox = QVBoxLayout()
        self.journalBox.setSpacing(6)
        self.journalBox.setObjectName(u"journalBox")
        self.journalTile = QPushButton(CalmingHubPage)
        self.journalTile.setObjectName(u"journalTile")
        sizePolicy.setHeightForWidth(self.journalTile.sizePolicy().hasHeightForWidth())
        self.journalTile.setSizePolicy(sizePolicy)
        self.journalTile.setMinimumSize(QSize(300, 120))
        self.journalTile.setProperty(u"role", u"tile")

        self.journalBox.addWidget(self.journalTile)

        self.journalHintLabel = QLabel(CalmingHubPage)
        self.journalHintLabel.setObjectName(u"journalHintLabel")
        self.journalHintLabel.setWordWrap(True)
        self.journalHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.journalHintLabel.setProperty(u"role", u"hint")

        self.journalBox.addWidget(self.journalHintLabel)


        self.tileGrid.addLayout(self.journalBox, 1, 1, 1, 1)

        self.checkinBox = QVBoxLayout()
        self.checkinBox.setSpacing(6)
        self.checkinBox.setObjectName(u"checkinBox")
        self.checkinSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checkinBox.addItem(self.checkinSpacer)

        self.checkinButton = QPushButton(CalmingHubPage)
        self.checkinButton.setObjectName(u"checkinButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.checkinButton.sizePolicy().hasHeightForWidth())
        self.checkinButton.setSizePolicy(sizePolicy1)
        self.checkinButton.setMinimumSize(QSize(300, 80))

        self.checkinBox.addWidget(self.checkinButton)

        self.checkinHintLabel = QLabel(CalmingHubPage)
        self.checkinHintLabel.setObjectName(u"checkinHintLabel")
        self.checkinHintLabel.setWordWrap(True)
        self.checkinHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checkinHintLabel.setProperty(u"role", u"hint")

        self.checkinBox.addWidget(self.checkinHintLabel)


        self.tileGrid.addLayout(self.checkinBox, 1, 2, 1, 1)


        self.outerLayout.addLayout(self.tileGrid)


        self.retranslateUi(CalmingHubPage)

        QMetaObject.connectSlotsByName(CalmingHubPage)
    # setupUi

    def retranslateUi(self, CalmingHubPage):
#if QT_CONFIG(accessibility)
        CalmingHubPage.setAccessibleName(QCoreApplication.translate("CalmingHubPage", u"Things to help you feel calm", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("CalmingHubPage", u"Time to rest", None))
        self.invitationLabel.setText(QCoreApplication.translate("CalmingHubPage", u"While you rest, you can try one of these. Or just sit quietly \u2014 that's fine too.", None))
        self.breathingTile.setText(QCoreApplication.translate("CalmingHubPage", u"Slow breathing", None))
        self.breathingHintLabel.setText(QCoreApplication.translate("CalmingHubPage", u"Breathe along with a soft circle", None))
        self.groundingTile.setText(QCoreApplication.translate("CalmingHubPage", u"Notice your senses", None))
        self.groundingHintLabel.setText(QCoreApplication.translate("CalmingHubPage", u"A gentle 5-4-3-2-1 exercise", None))
        self.scenesTile.setText(QCoreApplication.translate("CalmingHubPage", u"Calming scenes", None))
        self.scenesHintLabel.setText(QCoreApplication.translate("CalmingHubPage", u"Soft pictures and sounds", None))
        self.expectTile.setText(QCoreApplication.translate("CalmingHubPage", u"What to expect", None))
        self.expectHintLabel.setText(QCoreApplication.translate("CalmingHubPage", u"Feelings that are normal today", None))
        self.journalTile.setText(QCoreApplication.translate("CalmingHubPage", u"My journal", None))
        self.journalHintLabel.setText(QCoreApplication.translate("CalmingHubPage", u"Write down your thoughts", None))
        self.checkinButton.setText(QCoreApplication.translate("CalmingHubPage", u"Check in now", None))
        self.checkinHintLabel.setText(QCoreApplication.translate("CalmingHubPage", u"Tell us how you feel", None))
    # retranslateUi

