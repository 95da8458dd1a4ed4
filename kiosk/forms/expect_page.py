# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expect_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ExpectPage(object):
    def setupUi(self, ExpectPage):
        if not ExpectPage.objectName():
            ExpectPage.setObjectName(u"ExpectPage")
        ExpectPage.resize(1280, 680)
        self.outerLayout = QVBoxLayout(ExpectPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 16, 40, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.guideLabel = QLabel(ExpectPage)
        self.guideLabel.setObjectName(u"guideLabel")
        self.guideLabel.setProperty(u"role", u"hint")

        self.headerRow.addWidget(self.guideLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.progressLabel = QLabel(ExpectPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setProperty(u"role", u"hint")

        self.headerRow.addWidget(self.progressLabel)


        self.outerLayout.addLayout(self.headerRow)

        self.sectionTitleLabel = QLabel(ExpectPage)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")
        self.sectionTitleLabel.setText(u"")
        self.sectionTitleLabel.setWordWrap(True)
        self.sectionTitleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.sectionTitleLabel)

        self.scrollArea = QScrollArea(ExpectPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setStyleSheet(u"QScrollArea, QWidget#scrollContents { background: transparent; }")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(0, 0, 16, 0)
        self.bodyLabel = QLabel(self.scrollContents)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setText(u"")
        self.bodyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.bodyLabel.setWordWrap(True)

        self.scrollLayout.addWidget(self.bodyLabel)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(20)
        self.bottomRow.setObjectName(u"bottomRow")
        self.backToChoicesButton = QPushButton(ExpectPage)
        self.backToChoicesButton.setObjectName(u"backToChoicesButton")
        self.backToChoicesButton.setMinimumSize(QSize(400, 80))

        self.bottomRow.addWidget(self.backToChoicesButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.previousButton = QPushButton(ExpectPage)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setMinimumSize(QSize(220, 80))

        self.bottomRow.addWidget(self.previousButton)

        self.nextButton = QPushButton(ExpectPage)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setMinimumSize(QSize(220, 80))
        self.nextButton.setProperty(u"role", u"primary")

        self.bottomRow.addWidget(self.nextButton)


        self.outerLayout.addLayout(self.bottomRow)


        self.retranslateUi(ExpectPage)

        QMetaObject.connectSlotsByName(ExpectPage)
    # setupUi

    def retranslateUi(self, ExpectPage):
#if QT_CONFIG(accessibility)
        ExpectPage.setAccessibleName(QCoreApplication.translate("ExpectPage", u"What to expect", None))
#endif // QT_CONFIG(accessibility)
        self.guideLabel.setText(QCoreApplication.translate("ExpectPage", u"What to expect", None))
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("ExpectPage", u"What to expect, text", None))
#endif // QT_CONFIG(accessibility)
        self.backToChoicesButton.setText(QCoreApplication.translate("ExpectPage", u"Back to calming choices", None))
        self.previousButton.setText(QCoreApplication.translate("ExpectPage", u"Previous", None))
        self.nextButton.setText(QCoreApplication.translate("ExpectPage", u"Next", None))
    # retranslateUi

