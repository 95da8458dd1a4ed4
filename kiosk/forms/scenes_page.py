# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scenes_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from kiosk.views.widgets.scene_view import SceneView

class Ui_ScenesPage(object):
    def setupUi(self, ScenesPage):
        if not ScenesPage.objectName():
            ScenesPage.setObjectName(u"ScenesPage")
        ScenesPage.resize(1280, 680)
        self.outerLayout = QVBoxLayout(ScenesPage)
        self.outerLayout.setSpacing(14)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 16, 40, 16)
        self.invitationLabel = QLabel(ScenesPage)
        self.invitationLabel.setObjectName(u"invitationLabel")
        self.invitationLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.invitationLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.invitationLabel)

        self.scene = SceneView(ScenesPage)
        self.scene.setObjectName(u"scene")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.scene.sizePolicy().hasHeightForWidth())
        self.scene.setSizePolicy(sizePolicy)

        self.outerLayout.addWidget(self.scene)

        self.choiceRow = QHBoxLayout()
        self.choiceRow.setSpacing(20)
        self.choiceRow.setObjectName(u"choiceRow")
        self.wavesButton = QPushButton(ScenesPage)
        self.wavesButton.setObjectName(u"wavesButton")
        self.wavesButton.setMinimumSize(QSize(0, 88))
        self.wavesButton.setCheckable(True)
        self.wavesButton.setChecked(True)
        self.wavesButton.setProperty(u"role", u"tile")

        self.choiceRow.addWidget(self.wavesButton)

        self.rainButton = QPushButton(ScenesPage)
        self.rainButton.setObjectName(u"rainButton")
        self.rainButton.setMinimumSize(QSize(0, 88))
        self.rainButton.setCheckable(True)
        self.rainButton.setProperty(u"role", u"tile")

        self.choiceRow.addWidget(self.rainButton)

        self.soundButton = QPushButton(ScenesPage)
        self.soundButton.setObjectName(u"soundButton")
        self.soundButton.setMinimumSize(QSize(0, 88))
        self.soundButton.setCheckable(True)
        self.soundButton.setProperty(u"role", u"tile")

        self.choiceRow.addWidget(self.soundButton)


        self.outerLayout.addLayout(self.choiceRow)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.backButton = QPushButton(ScenesPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(400, 80))

        self.bottomRow.addWidget(self.backButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)


        self.outerLayout.addLayout(self.bottomRow)


        self.retranslateUi(ScenesPage)

        QMetaObject.connectSlotsByName(ScenesPage)
    # setupUi

    def retranslateUi(self, ScenesPage):
#if QT_CONFIG(accessibility)
        ScenesPage.setAccessibleName(QCoreApplication.translate("ScenesPage", u"Calm scenes", None))
#endif // QT_CONFIG(accessibility)
        self.invitationLabel.setText(QCoreApplication.translate("ScenesPage", u"Watch the slow movement, and let your breathing slow down with it.", None))
        self.wavesButton.setText(QCoreApplication.translate("ScenesPage", u"Waves", None))
        self.rainButton.setText(QCoreApplication.translate("ScenesPage", u"Rain", None))
        self.soundButton.setText(QCoreApplication.translate("ScenesPage", u"Sound: off", None))
        self.backButton.setText(QCoreApplication.translate("ScenesPage", u"Back to calming choices", None))
    # retranslateUi

