# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        JournalPage.resize(1280, 680)
        self.outerLayout = QVBoxLayout(JournalPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 12, 40, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(JournalPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"subtitle")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.statusLabel = QLabel(JournalPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setProperty(u"role", u"hint")

        self.headerRow.addWidget(self.statusLabel)


        self.outerLayout.addLayout(self.headerRow)

        self.instructionsLabel = QLabel(JournalPage)
        self.instructionsLabel.setObjectName(u"instructionsLabel")
        self.instructionsLabel.setWordWrap(True)
        self.instructionsLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.instructionsLabel)

        self.editor = QPlainTextEdit(JournalPage)
        self.editor.setObjectName(u"editor")

        self.outerLayout.addWidget(self.editor)

        self.shareRow = QHBoxLayout()
        self.shareRow.setSpacing(20)
        self.shareRow.setObjectName(u"shareRow")
        self.privateButton = QPushButton(JournalPage)
        self.privateButton.setObjectName(u"privateButton")
        self.privateButton.setMinimumSize(QSize(0, 80))
        self.privateButton.setCheckable(True)
        self.privateButton.setChecked(True)
        self.privateButton.setProperty(u"role", u"tile")

        self.shareRow.addWidget(self.privateButton)

        self.shareButton = QPushButton(JournalPage)
        self.shareButton.setObjectName(u"shareButton")
        self.shareButton.setMinimumSize(QSize(0, 80))
        self.shareButton.setCheckable(True)
        self.shareButton.setProperty(u"role", u"tile")

        self.shareRow.addWidget(self.shareButton)


        self.outerLayout.addLayout(self.shareRow)

        self.shareHintLabel = QLabel(JournalPage)
        self.shareHintLabel.setObjectName(u"shareHintLabel")
        self.shareHintLabel.setText(u"")
        self.shareHintLabel.setWordWrap(True)
        self.shareHintLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.shareHintLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.backButton = QPushButton(JournalPage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(400, 80))

        self.bottomRow.addWidget(self.backButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)


        self.outerLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.instructionsLabel.setBuddy(self.editor)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JournalPage)

        QMetaObject.connectSlotsByName(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
#if QT_CONFIG(accessibility)
        JournalPage.setAccessibleName(QCoreApplication.translate("JournalPage", u"Journal", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("JournalPage", u"My journal", None))
        self.instructionsLabel.setText(QCoreApplication.translate("JournalPage", u"Write anything you like: thoughts, feelings, pictures in your mind. Spelling doesn't matter.", None))
#if QT_CONFIG(accessibility)
        self.editor.setAccessibleName(QCoreApplication.translate("JournalPage", u"Your journal entry", None))
#endif // QT_CONFIG(accessibility)
        self.privateButton.setText(QCoreApplication.translate("JournalPage", u"Keep it private", None))
        self.shareButton.setText(QCoreApplication.translate("JournalPage", u"Share with my care team", None))
        self.backButton.setText(QCoreApplication.translate("JournalPage", u"Back to calming choices", None))
    # retranslateUi

