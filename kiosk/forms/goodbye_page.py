# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goodbye_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_GoodbyePage(object):
    def setupUi(self, GoodbyePage):
        if not GoodbyePage.objectName():
            GoodbyePage.setObjectName(u"GoodbyePage")
        GoodbyePage.resize(1280, 700)
        self.outerLayout = QVBoxLayout(GoodbyePage)
        self.outerLayout.setSpacing(28)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(140, 40, 140, 40)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(GoodbyePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.bodyLabel = QLabel(GoodbyePage)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bodyLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.bodyLabel)

        self.reminderLabel = QLabel(GoodbyePage)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reminderLabel.setWordWrap(True)
        self.reminderLabel.setProperty(u"role", u"subtitle")

        self.outerLayout.addWidget(self.reminderLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(GoodbyePage)

        QMetaObject.connectSlotsByName(GoodbyePage)
    # setupUi

    def retranslateUi(self, GoodbyePage):
#if QT_CONFIG(accessibility)
        GoodbyePage.setAccessibleName(QCoreApplication.translate("GoodbyePage", u"Goodbye", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("GoodbyePage", u"Take good care", None))
        self.bodyLabel.setText(QCoreApplication.translate("GoodbyePage", u"Thank you for answering. Your nurse will come to go over the last details and say goodbye. Please stay seated until then.", None))
        self.reminderLabel.setText(QCoreApplication.translate("GoodbyePage", u"Today: no driving, rest, drink water, and be gentle with yourself.", None))
    # retranslateUi

