# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discharge_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_DischargePage(object):
    def setupUi(self, DischargePage):
        if not DischargePage.objectName():
            DischargePage.setObjectName(u"DischargePage")
        DischargePage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(DischargePage)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(20, 8, 20, 8)
        self.titleLabel = QLabel(DischargePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.modeStack = QStackedWidget(DischargePage)
        self.modeStack.setObjectName(u"modeStack")
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QHBoxLayout(self.reviewPage)
        self.reviewLayout.setSpacing(16)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewLayout.setContentsMargins(0, 0, 0, 0)
        self.verdictColumn = QVBoxLayout()
        self.verdictColumn.setSpacing(8)
        self.verdictColumn.setObjectName(u"verdictColumn")
        self.verdictLabel = QLabel(self.reviewPage)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setProperty(u"role", u"banner-alert")

        self.verdictColumn.addWidget(self.verdictLabel)

        self.criteriaScroll = QScrollArea(self.reviewPage)
        self.criteriaScroll.setObjectName(u"criteriaScroll")
        self.criteriaScroll.setWidgetResizable(True)
        self.criteriaScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.criteriaHost = QWidget()
        self.criteriaHost.setObjectName(u"criteriaHost")
        self.criteriaLayout = QVBoxLayout(self.criteriaHost)
        self.criteriaLayout.setSpacing(6)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setContentsMargins(0, 0, 8, 0)
        self.criteriaScroll.setWidget(self.criteriaHost)

        self.verdictColumn.addWidget(self.criteriaScroll)

        self.readyToGoButton = QPushButton(self.reviewPage)
        self.readyToGoButton.setObjectName(u"readyToGoButton")

        self.verdictColumn.addWidget(self.readyToGoButton)


        self.reviewLayout.addLayout(self.verdictColumn)

        self.signPanel = QWidget(self.reviewPage)
        self.signPanel.setObjectName(u"signPanel")
        self.signPanel.setMinimumSize(QSize(380, 0))
        self.signPanel.setMaximumSize(QSize(400, 16777215))
        self.signLayout = QVBoxLayout(self.signPanel)
        self.signLayout.setSpacing(8)
        self.signLayout.setObjectName(u"signLayout")
        self.signLayout.setContentsMargins(0, 0, 0, 0)
        self.overrideCaption = QLabel(self.signPanel)
        self.overrideCaption.setObjectName(u"overrideCaption")
        self.overrideCaption.setWordWrap(True)

        self.signLayout.addWidget(self.overrideCaption)

        self.overrideEdit = QPlainTextEdit(self.signPanel)
        self.overrideEdit.setObjectName(u"overrideEdit")
        self.overrideEdit.setMinimumSize(QSize(0, 70))
        self.overrideEdit.setMaximumSize(QSize(16777215, 80))
        self.overrideEdit.setTabChangesFocus(True)

        self.signLayout.addWidget(self.overrideEdit)

        self.signRow = QHBoxLayout()
        self.signRow.setSpacing(8)
        self.signRow.setObjectName(u"signRow")
        self.signCaption = QLabel(self.signPanel)
        self.signCaption.setObjectName(u"signCaption")

        self.signRow.addWidget(self.signCaption)

        self.pinDotsLabel = QLabel(self.signPanel)
        self.pinDotsLabel.setObjectName(u"pinDotsLabel")
        self.pinDotsLabel.setText(u"")
        self.pinDotsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.signRow.addWidget(self.pinDotsLabel)


        self.signLayout.addLayout(self.signRow)

        self.messageLabel = QLabel(self.signPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"banner-alert")

        self.signLayout.addWidget(self.messageLabel)

        self.pinHost = QWidget(self.signPanel)
        self.pinHost.setObjectName(u"pinHost")
        self.pinHostLayout = QVBoxLayout(self.pinHost)
        self.pinHostLayout.setObjectName(u"pinHostLayout")
        self.pinHostLayout.setContentsMargins(0, 0, 0, 0)

        self.signLayout.addWidget(self.pinHost)

        self.signSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signLayout.addItem(self.signSpacer)


        self.reviewLayout.addWidget(self.signPanel)

        self.modeStack.addWidget(self.reviewPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setSpacing(16)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setText(u"")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setProperty(u"role", u"banner-ok")

        self.doneLayout.addWidget(self.doneLabel)

        self.sheetLabel = QLabel(self.donePage)
        self.sheetLabel.setObjectName(u"sheetLabel")
        self.sheetLabel.setText(u"")
        self.sheetLabel.setWordWrap(True)
        self.sheetLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheetLabel.setProperty(u"role", u"hint")

        self.doneLayout.addWidget(self.sheetLabel)

        self.doneButtons = QHBoxLayout()
        self.doneButtons.setSpacing(16)
        self.doneButtons.setObjectName(u"doneButtons")
        self.printButton = QPushButton(self.donePage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.doneButtons.addWidget(self.printButton)

        self.openSheetButton = QPushButton(self.donePage)
        self.openSheetButton.setObjectName(u"openSheetButton")

        self.doneButtons.addWidget(self.openSheetButton)


        self.doneLayout.addLayout(self.doneButtons)

        self.backButton = QPushButton(self.donePage)
        self.backButton.setObjectName(u"backButton")

        self.doneLayout.addWidget(self.backButton)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        self.modeStack.addWidget(self.donePage)

        self.outerLayout.addWidget(self.modeStack)

#if QT_CONFIG(shortcut)
        self.overrideCaption.setBuddy(self.overrideEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DischargePage)

        QMetaObject.connectSlotsByName(DischargePage)
    # setupUi

    def retranslateUi(self, DischargePage):
#if QT_CONFIG(accessibility)
        DischargePage.setAccessibleName(QCoreApplication.translate("DischargePage", u"Discharge", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("DischargePage", u"Discharge", None))
#if QT_CONFIG(accessibility)
        self.reviewPage.setAccessibleName(QCoreApplication.translate("DischargePage", u"Discharge review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criteriaScroll.setAccessibleName(QCoreApplication.translate("DischargePage", u"Readiness criteria", None))
#endif // QT_CONFIG(accessibility)
        self.readyToGoButton.setText(QCoreApplication.translate("DischargePage", u"Send going-home questions", None))
        self.overrideCaption.setText(QCoreApplication.translate("DischargePage", u"Not ready: why discharge now?", None))
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("DischargePage", u"Reason (kept with the visit)", None))
        self.signCaption.setText(QCoreApplication.translate("DischargePage", u"Sign with your PIN", None))
#if QT_CONFIG(accessibility)
        self.donePage.setAccessibleName(QCoreApplication.translate("DischargePage", u"Discharge signed", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DischargePage", u"Print the take-home sheet", None))
        self.openSheetButton.setText(QCoreApplication.translate("DischargePage", u"Open the sheet", None))
        self.backButton.setText(QCoreApplication.translate("DischargePage", u"Back to the board", None))
    # retranslateUi

