# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_BoardPage(object):
    def setupUi(self, BoardPage):
        if not BoardPage.objectName():
            BoardPage.setObjectName(u"BoardPage")
        BoardPage.resize(1000, 760)
        self.outerLayout = QVBoxLayout(BoardPage)
        self.outerLayout.setSpacing(10)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(8, 8, 8, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(BoardPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.summaryLabel = QLabel(BoardPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setProperty(u"role", u"subtitle")

        self.headerRow.addWidget(self.summaryLabel)


        self.outerLayout.addLayout(self.headerRow)

        self.problemLabel = QLabel(BoardPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setProperty(u"role", u"banner-alert")

        self.outerLayout.addWidget(self.problemLabel)

        self.boardTable = QTableView(BoardPage)
        self.boardTable.setObjectName(u"boardTable")
        self.boardTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.boardTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.boardTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.boardTable.setWordWrap(False)

        self.outerLayout.addWidget(self.boardTable)

        self.emptyLabel = QLabel(BoardPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setProperty(u"role", u"subtitle")

        self.outerLayout.addWidget(self.emptyLabel)

        self.hintLabel = QLabel(BoardPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.hintLabel)


        self.retranslateUi(BoardPage)

        QMetaObject.connectSlotsByName(BoardPage)
    # setupUi

    def retranslateUi(self, BoardPage):
#if QT_CONFIG(accessibility)
        BoardPage.setAccessibleName(QCoreApplication.translate("BoardPage", u"Board of patients", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("BoardPage", u"Recovery board", None))
#if QT_CONFIG(accessibility)
        self.boardTable.setAccessibleName(QCoreApplication.translate("BoardPage", u"Patients in recovery", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("BoardPage", u"No one is in recovery right now.", None))
        self.hintLabel.setText(QCoreApplication.translate("BoardPage", u"Tap a patient to open their visit and see why they are or are not ready.", None))
    # retranslateUi

