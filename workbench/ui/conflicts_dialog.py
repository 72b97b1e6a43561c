"""Claims changed on both desks, settled in the window: for each, keep this desk's version,
take the bundle's, or leave it for later (it stays a conflict until someone decides)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from workbench.core.arabic import mask_bidi_controls

from .screen import fit_to_screen

# What a row can say, and what the bundle import is told for it ("" = not yet).
CHOICES = ("", "ours", "theirs")


class ConflictsDialog(QDialog):
    def __init__(self, parent, conflicts):
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Claims changed on both desks"))
        self.conflicts = list(conflicts)
        intro = QLabel(self.tr(
            "Both this desk and the bundle changed these claims since they last met. Choose, for "
            "each, which version stays; the other side's steps are kept in the history either way."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.conflicts), 4, self, objectName="conflicts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Claim"), self.tr("Changed here"), self.tr("Changed in the bundle"), self.tr("Keep")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        labels = {"": self.tr("Decide later"), "ours": self.tr("This desk's version"),
                  "theirs": self.tr("The bundle's version")}
        self.choices: list[QComboBox] = []
        for row, c in enumerate(self.conflicts):
            for col, text in enumerate((c.quote, "\n".join(c.ours), "\n".join(c.theirs))):
                self.table.setItem(row, col, QTableWidgetItem(mask_bidi_controls(text)))
            box = QComboBox(objectName=f"keep-{c.claim_id}")
            for key in CHOICES:
                box.addItem(labels[key], key)
            self.table.setCellWidget(row, 3, box)
            self.choices.append(box)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Settle"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 360)

    def choose(self, claim_id: str, side: str) -> None:
        """Set a row's choice (``ours``, ``theirs`` or ``""``), as a click would."""
        row = next(i for i, c in enumerate(self.conflicts) if c.claim_id == claim_id)
        self.choices[row].setCurrentIndex(CHOICES.index(side))

    def resolutions(self) -> dict[str, str]:
        """claim id → "ours" / "theirs", for the rows decided now."""
        return {c.claim_id: box.currentData() for c, box in zip(self.conflicts, self.choices)
                if box.currentData()}
