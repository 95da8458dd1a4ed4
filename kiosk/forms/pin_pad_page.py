# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pin_pad_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_PinPadPage(object):
    def setupUi(self, PinPadPage):
        if not PinPadPage.objectName():
            PinPadPage.setObjectName(u"PinPadPage")
        PinPadPage.resize(1280, 700)
        self.outerLayout = QVBoxLayout(PinPadPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(80, 8, 80, 16)
        self.titleLabel = QLabel(PinPadPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(PinPadPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"banner-alert")

        self.outerLayout.addWidget(self.messageLabel)

        self.steps = QStackedWidget(PinPadPage)
        self.steps.setObjectName(u"steps")
        self.staffStep = QWidget()
        self.staffStep.setObjectName(u"staffStep")
        self.staffLayout = QVBoxLayout(self.staffStep)
        self.staffLayout.setObjectName(u"staffLayout")
        self.noStaffLabel = QLabel(self.staffStep)
        self.noStaffLabel.setObjectName(u"noStaffLabel")
        self.noStaffLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noStaffLabel.setWordWrap(True)

        self.staffLayout.addWidget(self.noStaffLabel)

        self.staffHost = QWidget(self.staffStep)
        self.staffHost.setObjectName(u"staffHost")
        self.staffGrid = QGridLayout(self.staffHost)
        self.staffGrid.setObjectName(u"staffGrid")
        self.staffGrid.setHorizontalSpacing(20)
        self.staffGrid.setVerticalSpacing(16)

        self.staffLayout.addWidget(self.staffHost)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.staffLayout.addItem(self.staffSpacer)

        self.steps.addWidget(self.staffStep)
        self.pinStep = QWidget()
        self.pinStep.setObjectName(u"pinStep")
        self.pinLayout = QVBoxLayout(self.pinStep)
        self.pinLayout.setObjectName(u"pinLayout")
        self.pinLayout.setContentsMargins(0, 0, 0, 0)
        self.dotsLabel = QLabel(self.pinStep)
        self.dotsLabel.setObjectName(u"dotsLabel")
        self.dotsLabel.setText(u"")
        self.dotsLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dotsLabel.setProperty(u"role", u"pin-dots")

        self.pinLayout.addWidget(self.dotsLabel)

        self.padHost = QWidget(self.pinStep)
        self.padHost.setObjectName(u"padHost")
        self.padLayout = QHBoxLayout(self.padHost)
        self.padLayout.setObjectName(u"padLayout")
        self.padLayout.setContentsMargins(0, 0, 0, 0)

        self.pinLayout.addWidget(self.padHost)

        self.steps.addWidget(self.pinStep)

        self.outerLayout.addWidget(self.steps)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.otherStaffButton = QPushButton(PinPadPage)
        self.otherStaffButton.setObjectName(u"otherStaffButton")
        self.otherStaffButton.setMinimumSize(QSize(260, 72))

        self.buttonRow.addWidget(self.otherStaffButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PinPadPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setMinimumSize(QSize(320, 72))

        self.buttonRow.addWidget(self.cancelButton)


        self.outerLayout.addLayout(self.buttonRow)


        self.retranslateUi(PinPadPage)

        QMetaObject.connectSlotsByName(PinPadPage)
    # setupUi

    def retranslateUi(self, PinPadPage):
#if QT_CONFIG(accessibility)
        PinPadPage.setAccessibleName(QCoreApplication.translate("PinPadPage", u"Staff sign-in", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("PinPadPage", u"Who is signing in?", None))
#if QT_CONFIG(accessibility)
        self.staffStep.setAccessibleName(QCoreApplication.translate("PinPadPage", u"Who is signing in?", None))
#endif // QT_CONFIG(accessibility)
        self.noStaffLabel.setText(QCoreApplication.translate("PinPadPage", u"No staff accounts exist yet. An administrator can add them in the staff settings.", None))
#if QT_CONFIG(accessibility)
        self.pinStep.setAccessibleName(QCoreApplication.translate("PinPadPage", u"Enter your PIN", None))
#endif // QT_CONFIG(accessibility)
        self.otherStaffButton.setText(QCoreApplication.translate("PinPadPage", u"Someone else", None))
        self.cancelButton.setText(QCoreApplication.translate("PinPadPage", u"Back to the patient screen", None))
    # retranslateUi

