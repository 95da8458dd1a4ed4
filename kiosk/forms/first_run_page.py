# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_FirstRunPage(object):
    def setupUi(self, FirstRunPage):
        if not FirstRunPage.objectName():
            FirstRunPage.setObjectName(u"FirstRunPage")
        FirstRunPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(FirstRunPage)
        self.outerLayout.setSpacing(16)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(FirstRunPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")
        self.titleLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"hint")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.nameLabel = QLabel(FirstRunPage)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty(u"role", u"subtitle")

        self.leftColumn.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(FirstRunPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(0, 64))

        self.leftColumn.addWidget(self.nameEdit)

        self.stepLabel = QLabel(FirstRunPage)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")
        self.stepLabel.setProperty(u"role", u"subtitle")
        self.stepLabel.setWordWrap(True)

        self.leftColumn.addWidget(self.stepLabel)

        self.dotsLabel = QLabel(FirstRunPage)
        self.dotsLabel.setObjectName(u"dotsLabel")
        self.dotsLabel.setText(u"")
        self.dotsLabel.setProperty(u"role", u"title")

        self.leftColumn.addWidget(self.dotsLabel)

        self.messageLabel = QLabel(FirstRunPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setProperty(u"role", u"banner-alert")
        self.messageLabel.setWordWrap(True)

        self.leftColumn.addWidget(self.messageLabel)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.bodyRow.addLayout(self.leftColumn)

        self.padHost = QWidget(FirstRunPage)
        self.padHost.setObjectName(u"padHost")
        self.padHost.setMinimumSize(QSize(480, 0))

        self.bodyRow.addWidget(self.padHost)


        self.outerLayout.addLayout(self.bodyRow)


        self.retranslateUi(FirstRunPage)

        QMetaObject.connectSlotsByName(FirstRunPage)
    # setupUi

    def retranslateUi(self, FirstRunPage):
#if QT_CONFIG(accessibility)
        FirstRunPage.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Set up the first admin", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("FirstRunPage", u"Welcome! Let's set up the first admin", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunPage", u"This account can add nurses and change settings. Use a PIN of 6 digits or more that only you know.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunPage", u"Your name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunPage", u"First and last name", None))
    # retranslateUi

