# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'idle_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_IdlePage(object):
    def setupUi(self, IdlePage):
        if not IdlePage.objectName():
            IdlePage.setObjectName(u"IdlePage")
        IdlePage.resize(1280, 700)
        self.outerLayout = QVBoxLayout(IdlePage)
        self.outerLayout.setSpacing(28)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(140, 40, 140, 40)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.clinicLabel = QLabel(IdlePage)
        self.clinicLabel.setObjectName(u"clinicLabel")
        self.clinicLabel.setText(u"")
        self.clinicLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clinicLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.clinicLabel)

        self.readyLabel = QLabel(IdlePage)
        self.readyLabel.setObjectName(u"readyLabel")
        self.readyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.readyLabel.setWordWrap(True)
        self.readyLabel.setProperty(u"role", u"subtitle")

        self.outerLayout.addWidget(self.readyLabel)

        self.hintLabel = QLabel(IdlePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(IdlePage)

        QMetaObject.connectSlotsByName(IdlePage)
    # setupUi

    def retranslateUi(self, IdlePage):
#if QT_CONFIG(accessibility)
        IdlePage.setAccessibleName(QCoreApplication.translate("IdlePage", u"Waiting for the next patient", None))
#endif // QT_CONFIG(accessibility)
        self.readyLabel.setText(QCoreApplication.translate("IdlePage", u"This tablet is ready for the next patient", None))
        self.hintLabel.setText(QCoreApplication.translate("IdlePage", u"A nurse will set it up for you.", None))
    # retranslateUi

