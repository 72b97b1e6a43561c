"""The claim detail panel: statement, verdict and rationale, sources; and the source dialog."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QStyle, QTableView, QVBoxLayout, QWidget,
)

from workbench.core.arabic import first_strong_direction, has_arabic, isolate
from workbench.core.model import Claim
from workbench.core.ratings import RatingScale

from .capture_dialogs import capture_line, capture_tooltip
from .models import SourcesModel
from .text_direction import cells_in_own_direction


W = TypeVar("W", bound=QObject)
#: Sources the claim panel's table shows without scrolling.
SOURCE_ROWS = 3


def _named(widget: W, name: str) -> W:
    """``widget`` with its objectName set (what tests and styles find it by)."""
    widget.setObjectName(name)
    return widget


def display_time(iso: str) -> str:
    """An audit timestamp (UTC, ISO 8601) as local 'YYYY-MM-DD HH:MM'."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def follow_text_direction(edit: QPlainTextEdit) -> None:
    text = edit.toPlainText()
    first = next((ch for ch in text if ch.isalpha()), "")
    direction = Qt.LayoutDirection.RightToLeft if first and has_arabic(first) else (
        Qt.LayoutDirection.LeftToRight if first else QApplication.layoutDirection())
    option = edit.document().defaultTextOption()
    if option.textDirection() != direction:
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
                            else Qt.AlignmentFlag.AlignLeft)
        option.setAlignment(option.alignment() | Qt.AlignmentFlag.AlignAbsolute)
        edit.document().setDefaultTextOption(option)


class SourceDialog(QDialog):
    """Asks for a source's fields and files. ``values()`` gives keyword arguments for services."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.url = QLineEdit(placeholderText="https://")
        self.title_edit = QLineEdit()
        self.publisher = QLineEdit()
        self.published = QLineEdit(placeholderText="YYYY-MM-DD")
        self.accessed = QLineEdit(date.today().isoformat())
        self.excerpt = QPlainTextEdit()
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.textChanged.connect(lambda: follow_text_direction(self.excerpt))
        self.stance = QComboBox()
        for key in ("supports", "refutes", "context"):
            self.stance.addItem("", key)
        self.stance.setCurrentIndex(2)
        self.files = QListWidget()
        self.files.setMaximumHeight(70)
        self.files.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.files, self.remove_selected_file,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.attach = QPushButton()
        self.attach.clicked.connect(self._choose_files)
        self.unattach = QPushButton()
        self.unattach.clicked.connect(self.remove_selected_file)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.attach)
        file_buttons.addWidget(self.unattach)
        file_buttons.addStretch(1)
        for edit in (self.url, self.published, self.accessed):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(8)]
        for label, widget in zip(self.labels, (self.url, self.title_edit, self.publisher, self.published,
                                               self.accessed, self.stance, self.excerpt, self.files)):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.addRow(file_buttons)
        # "Capture the page as evidence": on by default for a web address, until the checker
        # decides otherwise
        self.capture = _named(QCheckBox(), "captureEvidence")
        self._capture_chosen = False
        self._editing = False
        self.capture.clicked.connect(self._capture_clicked)
        self.url.textChanged.connect(self._follow_url)
        self.form.addRow(self.capture)
        # an existing source: every capture of it, oldest first, and a way to read one
        self.captures_label = QLabel()
        self.captures = _named(QListWidget(), "captureList")
        self.captures.setMaximumHeight(90)
        self.view_capture = _named(QPushButton(), "viewCaptureInDialog")
        self.view_capture.clicked.connect(self._view_selected)
        self.captures.itemDoubleClicked.connect(lambda _item: self._view_selected())
        self.form.addRow(self.captures_label, self.captures)
        self.form.addRow(self.view_capture)
        for w in (self.captures_label, self.captures, self.view_capture):
            w.hide()
        self.on_view_capture = None  # callback(capture_id), set by whoever can show one
        self._capture_ids: list[str] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(520, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add source"))
        texts = [self.tr("&URL"), self.tr("&Title"), self.tr("&Publisher"), self.tr("Pu&blished"),
                 self.tr("A&ccessed"), self.tr("&Stance"), self.tr("&Excerpt"), self.tr("&Files")]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.unattach.setText(self.tr("Remove file"))
        for i, text in enumerate((self.tr("Supports"), self.tr("Refutes"), self.tr("Context"))):
            self.stance.setItemText(i, text)
        self.attach.setText(self.tr("Attach files…"))
        self.capture.setText(self.tr("Capture the page as evidence"))
        self.capture.setToolTip(self.tr("Archive the page and its images now (WARC, SHA-256); "
                                        "a failed capture keeps the source and stores nothing as evidence"))
        self.captures_label.setText(self.tr("Captures"))
        self.view_capture.setText(self.tr("View capture"))

    def _follow_url(self, text: str) -> None:
        if not self._capture_chosen:
            self.capture.setChecked(text.strip().lower().startswith(("http://", "https://")))

    def _capture_clicked(self) -> None:
        self._capture_chosen = True

    def wants_capture(self) -> bool:
        """Capture the page once the source is added (a new source with a web address only)."""
        return not self._editing and self.capture.isChecked() \
            and self.url.text().strip().lower().startswith(("http://", "https://"))

    def _view_selected(self) -> None:
        row = self.captures.currentRow()
        if row < 0 and self._capture_ids:
            row = len(self._capture_ids) - 1
        if 0 <= row < len(self._capture_ids) and self.on_view_capture is not None:
            self.on_view_capture(self._capture_ids[row])

    def _choose_files(self) -> None:
        from .file_dialogs import open_file_names  # on first use
        paths = open_file_names(self, self.tr("Attach files"))
        for p in paths:
            self.files.addItem(p)

    def add_file(self, path: str) -> None:
        self.files.addItem(path)

    def remove_selected_file(self) -> None:
        for item in self.files.selectedItems() or ([self.files.currentItem()] if self.files.currentItem() else []):
            self.files.takeItem(self.files.row(item))

    def fill(self, source) -> None:
        """Edit an existing source: its fields, not its files (attached files are evidence)."""
        self.setWindowTitle(self.tr("Edit source"))
        self.url.setText(source.url)
        self.title_edit.setText(source.title)
        self.publisher.setText(source.publisher)
        self.published.setText(source.published)
        self.accessed.setText(source.accessed)
        self.excerpt.setPlainText(source.excerpt)
        self.stance.setCurrentIndex(max(0, self.stance.findData(str(source.stance))))
        for f in source.files:
            self.files.addItem(f"{f.name} — sha256 {f.sha256[:16]}…")
        self.files.setEnabled(False)
        self.attach.hide()
        self.unattach.hide()
        self._editing = True
        self.capture.hide()
        self.capture.setChecked(False)
        self._capture_chosen = True
        self._capture_ids = [c.id for c in source.captures]
        for c in source.captures:
            item = QListWidgetItem(capture_line(c))
            item.setToolTip(capture_tooltip(c))
            self.captures.addItem(item)
        if source.captures:
            self.captures.setCurrentRow(len(source.captures) - 1)
        for w in (self.captures_label, self.captures, self.view_capture):
            w.show()
        self.view_capture.setEnabled(bool(source.captures))
        if not source.captures:
            self.captures.addItem(self.tr("Not captured yet"))

    def values(self) -> dict:
        return {
            "url": self.url.text().strip(), "title": self.title_edit.text(),
            "publisher": self.publisher.text(), "published": self.published.text().strip(),
            "accessed": self.accessed.text().strip(), "excerpt": self.excerpt.toPlainText(),
            "stance": self.stance.currentData(),
            "files": [self.files.item(i).text() for i in range(self.files.count())],
        }


class ClaimPanel(QWidget):
    """Shows one claim. Emits requests; the window turns them into undoable commands."""

    statementEdited = Signal(str, str)          # claim id, new statement
    verdictRequested = Signal(str, object, str)  # claim id, rating key or None, rationale
    addSourceRequested = Signal(str)
    removeSourceRequested = Signal(str)          # source id
    editSourceRequested = Signal(str)            # source id
    saveFileRequested = Signal(str)              # source id: save its attached files
    captureRequested = Signal(str)               # source id: capture its page again
    viewCaptureRequested = Signal(str)           # source id: read its latest capture
    pendingChanged = Signal(bool)                # typed text not saved yet (saved on leaving)

    def __init__(self, scale: RatingScale, parent=None):
        super().__init__(parent)
        self.setObjectName("claimPanel")
        self._scale = scale
        self._claim: Claim | None = None
        self.language = "en"

        self.quote = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setObjectName("quote")
        self.statement = _named(QPlainTextEdit(), "statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(56)  # two lines: the checklist keeps its rows
        self.statement.installEventFilter(self)
        self.rating = _named(QComboBox(), "rating")
        self.rationale = _named(QPlainTextEdit(), "rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.installEventFilter(self)
        self.rating.activated.connect(self._rating_chosen)
        self.save_verdict = _named(QPushButton(), "saveVerdict")
        self.save_verdict.clicked.connect(self._request_verdict)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self._request_verdict,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.changed_by = _named(QLabel(wordWrap=True), "changedBy")
        self._pending = False
        for edit in (self.statement, self.rationale):
            # the box takes the direction of its text's first strong letter: Arabic reads right
            # to left, English left to right, whatever the interface language
            edit.textChanged.connect(lambda e=edit: follow_text_direction(e))
            edit.textChanged.connect(self._check_pending)

        self.sources_model = SourcesModel(self)
        self.sources = _named(QTableView(), "sources")
        self.sources.setModel(self.sources_model)
        cells_in_own_direction(self.sources, 1, 2)  # publisher and title
        self.sources.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.sources.horizontalHeader()  # stance, publisher, title, URL, files
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title takes the room
        for column, width in ((1, 140), (3, 180), (SourcesModel.EVIDENCE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # long titles and addresses are cut in the middle (their start and end both show; the
        # whole text is in the cell's tooltip), and the table has room for three sources
        self.sources.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sources.setWordWrap(False)
        self.sources.setMinimumHeight(self.sources_height(SOURCE_ROWS))
        self.add_source = _named(QPushButton(), "addSource")
        self.add_source.clicked.connect(lambda: self._claim and self.addSourceRequested.emit(self._claim.id))
        self.remove_source = _named(QPushButton(), "removeSource")
        self.remove_source.clicked.connect(self._request_remove_source)
        self.sources.doubleClicked.connect(self._request_edit_source)
        self.save_files = _named(QPushButton(), "saveFiles")
        self.save_files.clicked.connect(self._request_save_files)
        self.capture_again = _named(QPushButton(), "captureSource")
        self.capture_again.clicked.connect(lambda: self._emit_for_source(self.captureRequested))
        self.view_capture = _named(QPushButton(), "viewCapture")
        self.view_capture.clicked.connect(lambda: self._emit_for_source(self.viewCaptureRequested))

        self.claim_box = QGroupBox()
        claim_form = QFormLayout(self.claim_box)
        claim_form.addRow(self.quote)
        self.statement_label = QLabel()
        claim_form.addRow(self.statement_label, self.statement)
        self.verdict_box = QGroupBox()
        verdict_form = QFormLayout(self.verdict_box)
        self.rating_label, self.rationale_label = QLabel(), QLabel()
        verdict_form.addRow(self.rating_label, self.rating)
        verdict_form.addRow(self.rationale_label, self.rationale)
        row = QHBoxLayout()
        row.addWidget(self.changed_by, 1)
        row.addWidget(self.save_verdict)
        verdict_form.addRow(row)
        self.sources_box = QGroupBox()
        sources_layout = QVBoxLayout(self.sources_box)
        sources_layout.addWidget(self.sources)
        buttons = QGridLayout()  # two rows: the panel fits beside the article on a laptop
        buttons.addWidget(self.add_source, 0, 0)
        buttons.addWidget(self.remove_source, 0, 1)
        buttons.addWidget(self.save_files, 1, 0, 1, 2)
        buttons.addWidget(self.capture_again, 2, 0)
        buttons.addWidget(self.view_capture, 2, 1)
        buttons.setColumnStretch(2, 1)
        sources_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.claim_box)
        layout.addWidget(self.verdict_box, 1)
        layout.addWidget(self.sources_box, 1)
        self.retranslate()
        self.show_claim(None)

    def sources_height(self, rows: int) -> int:
        """The table's height showing ``rows`` sources under its header (and a scroll bar)."""
        view = self.sources
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                + 2 * view.frameWidth() + bar)

    # -- language ----------------------------------------------------------------------
    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.claim_box.setTitle(self.tr("Claim"))
        self.statement_label.setText(self.tr("Statement"))
        self.statement.setPlaceholderText(self.tr("The claim in your own words"))
        self.verdict_box.setTitle(self.tr("Verdict"))
        self.rating_label.setText(self.tr("Rating"))
        self.rationale_label.setText(self.tr("Rationale"))
        self.rationale.setPlaceholderText(self.tr("Why this rating: what the sources show"))
        self.save_verdict.setText(self.tr("Save verdict"))
        self.save_verdict.setToolTip(self.tr("Ctrl+Enter"))
        self.sources_box.setTitle(self.tr("Sources"))
        self.add_source.setText(self.tr("Add source…"))
        self.remove_source.setText(self.tr("Remove source"))
        self.save_files.setText(self.tr("Save attached files…"))
        self.sources.setToolTip(self.tr("Double-click a source to edit it"))
        self.capture_again.setText(self.tr("Capture again"))
        self.view_capture.setText(self.tr("View capture"))
        self._fill_ratings()
        self._show_changed_by()

    def _fill_ratings(self) -> None:
        current = self.rating.currentData()
        self.rating.blockSignals(True)
        self.rating.clear()
        self.rating.addItem(self.tr("(no verdict)"), None)
        for i, r in enumerate(self._scale.ratings, start=1):
            self.rating.addItem(f"{r.label(self.language)}  ·  Alt+{i}", r.key)
        self.rating.setCurrentIndex(max(0, self.rating.findData(current)))
        self.rating.blockSignals(False)

    def set_language(self, language: str) -> None:
        self.language = language
        self._fill_ratings()

    # -- content -----------------------------------------------------------------------
    @property
    def claim(self) -> Claim | None:
        return self._claim

    def show_claim(self, claim: Claim | None) -> None:
        """Show ``claim``. Refreshing the same claim keeps any field the checker is editing;
        moving to another claim first saves what was typed for the previous one."""
        old = self._claim
        same = claim is not None and old is not None and claim.id == old.id
        if not same:
            self.commit_pending()
        self._claim = claim
        enabled = claim is not None
        for w in (self.statement, self.rating, self.rationale, self.save_verdict, self.add_source,
                  self.remove_source, self.save_files, self.sources, self.capture_again, self.view_capture):
            w.setEnabled(enabled)
        self.quote.setText(f"«{claim.quote}»" if claim else self.tr("Select a claim in the list or in the text."))
        self._direct_quote(claim.quote if claim else "")
        if old is None or not same or self.statement.toPlainText().strip() == old.statement:
            self.statement.setPlainText(claim.statement if claim else "")
        if old is None or not same or self.rating.currentData() == old.rating:
            self.rating.blockSignals(True)
            self.rating.setCurrentIndex(max(0, self.rating.findData(claim.rating if claim else None)))
            self.rating.blockSignals(False)
        if old is None or not same or self.rationale.toPlainText().strip() == old.rationale:
            self.rationale.setPlainText(claim.rationale if claim else "")
        self.sources_model.set_sources(claim.sources if claim else ())
        self._show_changed_by()
        self._check_pending()

    def _direct_quote(self, quote: str) -> None:
        """The quote reads in the direction of its own first strong letter (an English quote in
        an Arabic article, or the other way round), aligned to its own leading side; with no
        strong letter it follows the interface."""
        found = first_strong_direction(quote)
        if found is None:
            self.quote.unsetLayoutDirection()
        else:
            self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft if found == "rtl"
                                          else Qt.LayoutDirection.LeftToRight)

    def revert(self, claim: Claim | None) -> None:
        """Show ``claim`` as stored, dropping what was chosen or typed for it (a change the
        person cancelled when asked)."""
        self._claim = None
        self.show_claim(claim)

    def _show_changed_by(self) -> None:
        c = self._claim
        self.changed_by.setText(
            self.tr("Last changed by {0} at {1}").format(isolate(c.updated_by), isolate(display_time(c.updated_at)))
            if c else "")

    def choose_rating(self, number: int) -> None:
        """Alt+1…7: pick the n-th rating of the scale."""
        if self._claim is not None and 0 < number < self.rating.count():
            self.rating.setCurrentIndex(number)
            if self._verdict_complete():
                self._request_verdict()
            self.rationale.setFocus()

    def commit_statement(self) -> None:
        c = self._claim
        if c is not None and self.statement.toPlainText().strip() != c.statement:
            self.statementEdited.emit(c.id, self.statement.toPlainText())

    def verdict_dirty(self) -> bool:
        c = self._claim
        return c is not None and (self.rating.currentData() != c.rating
                                  or self.rationale.toPlainText().strip() != c.rationale)

    def chosen_rating_name(self) -> str:
        """The chosen rating's name in the interface's language (the list also shows its key)."""
        key = self.rating.currentData()
        return self._scale.get(key).label(self.language) if key else self.rating.currentText()

    def verdict_incomplete(self) -> bool:
        """A rating chosen and not saved, with no rationale to save it with (the store refuses a
        verdict without one): leaving the claim now would drop the choice."""
        c = self._claim
        return (c is not None and self.rating.currentData() is not None
                and self.rating.currentData() != c.rating and not self.rationale.toPlainText().strip())

    def has_pending(self) -> bool:
        """Typed text not saved yet (it is saved when the field is left)."""
        return self._pending

    def _check_pending(self) -> None:
        c = self._claim
        pending = c is not None and (self.statement.toPlainText().strip() != c.statement
                                     or self.rationale.toPlainText().strip() != c.rationale)
        if pending != self._pending:
            self._pending = pending
            self.pendingChanged.emit(pending)

    def commit_pending(self) -> None:
        """Save whatever was typed and not yet saved: nothing is lost."""
        self.commit_statement()
        if self.verdict_dirty():
            self._request_verdict()

    def box_is_dirty(self, box) -> bool:
        """The statement or rationale box holds typing that is not saved yet."""
        c = self._claim
        if c is None:
            return False
        saved = c.statement if box is self.statement else c.rationale
        return box.toPlainText().strip() != saved

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            # Ctrl+Z is the window's: it undoes this box's typing while there is unsaved typing
            # here, and the desk's last step otherwise (MainWindow.undo), wherever the focus is
            event.ignore()
            return True
        if event.type() == QEvent.Type.FocusOut:
            if obj is self.statement:
                self.commit_statement()
            elif obj is self.rationale and self.verdict_dirty():
                self._request_verdict()
        return super().eventFilter(obj, event)

    def _verdict_complete(self) -> bool:
        """A rating is saved with its rationale (the store refuses one without): until one is
        typed, the chosen rating waits, and is saved with it."""
        return self.rating.currentData() is None or bool(self.rationale.toPlainText().strip())

    def _rating_chosen(self, _index: int) -> None:
        if self.verdict_dirty() and self._verdict_complete():
            self._request_verdict()

    def _request_verdict(self) -> None:
        if self._claim is not None:
            self.verdictRequested.emit(self._claim.id, self.rating.currentData(),
                                       self.rationale.toPlainText())

    def current_source(self):
        return self.sources_model.source_at(self.sources.currentIndex().row())

    def _request_remove_source(self) -> None:
        src = self.current_source()
        if src is not None:
            self.removeSourceRequested.emit(src.id)

    def _request_edit_source(self, index) -> None:
        src = self.sources_model.source_at(index.row())
        if src is not None:
            self.editSourceRequested.emit(src.id)

    def _emit_for_source(self, signal) -> None:
        src = self.current_source()
        if src is None and self.sources_model.rowCount() == 1:
            src = self.sources_model.source_at(0)
        if src is not None:
            signal.emit(src.id)

    def _request_save_files(self) -> None:
        src = self.current_source()
        if src is not None and src.files:
            self.saveFileRequested.emit(src.id)
