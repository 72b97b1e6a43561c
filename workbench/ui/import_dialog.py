"""File ▸ Import: a file, a URL or pasted text. Emits ``imported(article_id)``.

Reading, fetching and extracting (``importing.prepare_*``: seconds for a slow site) run on a
QThreadPool worker that touches no database and no widget; the dialog shows a busy bar and
stays responsive. The short write (``importing.save``: one transaction) happens back on the GUI
thread, which owns the database connection. Errors are shown in the dialog; nothing is saved.
Files and links dropped on the dialog fill in the right tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from workbench.core.errors import WorkbenchError

from .errors import error_text
from .workers import Job

FILE_TAB, URL_TAB, TEXT_TAB = range(3)


class ImportDialog(QDialog):
    # The new article's id, once it is saved.
    imported = Signal(str)

    def __init__(self, parent, workbench):
        super().__init__(parent)
        self.wb = workbench
        self._job: Job | None = None
        self.same_as: str | None = None  # after an import: an earlier article with the same content
        self.encoding = ""  # after an import: how its bytes were read ("Windows-1256"), shown
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import article"))
        self.setMinimumWidth(560)
        self.setAcceptDrops(True)

        self.tabs = QTabWidget(objectName="importTabs")
        file_tab = QWidget()
        self.path = QLineEdit(objectName="importPath")
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path.setPlaceholderText(self.tr("A text, Markdown or saved web page (.txt, .md, .html)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout(file_tab)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.tabs.addTab(file_tab, self.tr("File"))

        url_tab = QWidget()
        self.url = QLineEdit(objectName="importUrl")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url.setPlaceholderText("https://")
        url_form = QFormLayout(url_tab)
        url_form.addRow(self.tr("Address"), self.url)
        url_form.addRow("", QLabel(self.tr("The page is fetched and its raw HTML kept as evidence.")))
        self.tabs.addTab(url_tab, self.tr("Web address"))

        text_tab = QWidget()
        self.title = QLineEdit(objectName="importTitle")
        self.title.setPlaceholderText(self.tr("Optional: the first line is used otherwise"))
        self.text = QPlainTextEdit(objectName="importText")
        text_form = QFormLayout(text_tab)
        text_form.addRow(self.tr("Title"), self.title)
        text_form.addRow(self.tr("Text"), self.text)
        self.tabs.addTab(text_tab, self.tr("Paste text"))

        self.busy = QProgressBar(objectName="importBusy")
        self.busy.setRange(0, 0)  # indeterminate: "working"
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(objectName="importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- input -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        from .file_dialogs import open_file_name  # on first use
        path = open_file_name(
            self, self.tr("Import article"), "",
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"))
        if path:
            self.path.setText(path)

    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 - Qt API
        self.fill(event.mimeData())
        event.acceptProposedAction()

    def fill(self, mime) -> bool:
        """Put a dropped or pasted file, link or text in the right tab; False if nothing fits."""
        urls = mime.urls() if mime.hasUrls() else []
        if urls and urls[0].isLocalFile():
            self.path.setText(urls[0].toLocalFile())
            self.tabs.setCurrentIndex(FILE_TAB)
        elif urls and urls[0].scheme() in ("http", "https"):
            self.url.setText(urls[0].toString())
            self.tabs.setCurrentIndex(URL_TAB)
        elif mime.hasText() and mime.text().strip():
            self.text.setPlainText(mime.text())
            self.tabs.setCurrentIndex(TEXT_TAB)
        else:
            return False
        return True

    # -- work ------------------------------------------------------------------------------
    def _request(self):
        from workbench.services import importing

        tab = self.tabs.currentIndex()
        if tab == FILE_TAB:
            if not self.path.text().strip():
                return None, self.tr("Choose a file to import.")
            return (importing.prepare_path, self.path.text().strip(), self.wb.local_files()), ""
        if tab == URL_TAB:
            if not self.url.text().strip():
                return None, self.tr("Type or paste the page's address.")
            return (importing.prepare_url, self.url.text().strip()), ""
        if not self.text.toPlainText().strip():
            return None, self.tr("Paste the article's text.")
        return (importing.prepare_text, self.text.toPlainText(), self.title.text()), ""

    def start(self) -> None:
        if self._job is not None:
            return
        request, problem = self._request()
        if request is None:
            self._show_error(problem)
            return
        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Fetching…") if self.tabs.currentIndex() == URL_TAB
                            else self.tr("Reading…"))
        self._job = Job(*request).start(self._save, self._job_failed)

    def _save(self, _token: int, prepared) -> None:
        from workbench.core.textio import encoding_label
        from workbench.services import importing

        self._job = None
        # pasted text was never bytes: only a file's or a page's encoding was found out
        self.encoding = "" if prepared.evidence.kind == "text" else encoding_label(prepared.evidence.encoding)
        if self.encoding:
            self.status.setText(self.tr("Read as {0}; saving…").format(self.encoding))
        try:
            change = importing.save(self.wb, prepared)
        except WorkbenchError as exc:
            self._failed(error_text(exc))
            return
        self._set_busy(False)
        self.same_as = change.same_as
        self.status.setText(self.status_text())
        self.imported.emit(change.article_id)
        self.accept()

    def status_text(self) -> str:
        """What the import found: the encoding it read the bytes as, and an earlier copy."""
        parts = []
        if self.encoding:
            parts.append(self.tr("Read as {0}.").format(self.encoding))
        if self.same_as:
            from workbench.core.arabic import mask_bidi_controls

            title = mask_bidi_controls(self.wb.article(self.same_as).title)
            parts.append(self.tr("The same text was imported before (“{0}”); both copies are kept.").format(title))
        return " ".join(parts)

    def _job_failed(self, _token: int, message: str) -> None:
        self._failed(message)

    def _failed(self, message: str) -> None:
        self._job = None
        self._set_busy(False)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color:#b02a37")
        self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.import_button.setEnabled(not busy)
        self.tabs.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._job is not None
