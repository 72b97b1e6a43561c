"""File ▸ Export: choose a format, see which claims go out, write the file off the GUI thread.

The export itself is :mod:`workbench.export`; this dialog only gathers the choice, reads the
claims through services on the GUI thread, and hands core records to a worker thread that
renders and writes them (a PDF of thousands of claims takes a while).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout,
)

from workbench.core.arabic import left_to_right
from workbench.core.errors import InvalidInput, WorkbenchError
from workbench.core.filenames import is_one_of
from workbench.export.common import FORMATS, ExportOptions, NothingToExport, Selection, export, select_from

from .settings import SETTINGS
from .errors import error_text
from .models import REVIEW_LABELS
from .workers import Job


# The formats' names as the window shows them (the command line uses the keys).
FORMAT_LABELS = {
    "claimreview": QT_TRANSLATE_NOOP("ExportDialog", "ClaimReview JSON-LD (for search engines)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (spreadsheet)"),
    "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown report"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML report"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF report"),
    "wacz": QT_TRANSLATE_NOOP("ExportDialog", "WACZ evidence pack (captures and files behind the verdicts)"),
}


class ExportDialog(QDialog):
    # The file written and how many claims it holds.
    exported = Signal(str, int)
    # A one-line reason the export failed (nothing was written).
    failed = Signal(str)

    def __init__(self, parent, workbench, article_id: str | None):
        super().__init__(parent)
        self.wb = workbench
        self.article_id = article_id
        self.selection: Selection | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Export verdicts"))
        self.setMinimumWidth(560)

        self.format = QComboBox()
        for key in FORMATS:
            self.format.addItem(QCoreApplication.translate("ExportDialog", str(FORMAT_LABELS[key])), key)
        self.format.setCurrentIndex(max(0, self.format.findData(SETTINGS.export_format.get())))
        self.all_states = QCheckBox(self.tr("Include claims not yet approved (their state is marked)"))
        self.all_states.setChecked(bool(SETTINGS.export_all_states.get()))

        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("Verdict"), self.tr("State"), self.tr("Quote")])
        self.preview.setRootIsDecorated(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.setMinimumHeight(200)
        self.summary = QLabel()

        options = ExportOptions.from_settings(workbench.setting)
        self.org_name = QLineEdit(options.org_name)
        self.org_url = QLineEdit(options.org_url)
        self.org_url.setPlaceholderText("https://factcheck.example")
        self.url_pattern = QLineEdit(options.url_pattern)
        self.url_pattern.setToolTip(self.tr(
            "Address of each fact-check: {base} is the organisation's URL; "
            "{article_slug}, {article_id} and {claim_id} are filled in"))
        for edit in (self.org_url, self.url_pattern):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # the desk's time-stamping authority, read-only (workbench export-settings --tsa-url)
        from workbench.services.timestamp import tsa_settings

        tsa_url = tsa_settings(workbench).url
        self.tsa_label = QLabel(left_to_right(tsa_url) if tsa_url else self.tr(
            "none: evidence carries no trusted time (workbench export-settings --tsa-url URL)"))
        self.tsa_label.setObjectName("exportTsa")
        self.tsa_label.setWordWrap(True)
        self.tsa_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # what the ClaimReview cannot say (claimreview.missing, as the command line's notes)
        self.gaps = QLabel()
        self.gaps.setObjectName("claimReviewGaps")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps.hide()
        self.org_box = QGroupBox(self.tr("Publishing organisation (ClaimReview)"))
        org_form = QFormLayout(self.org_box)
        org_form.addRow(self.tr("Name"), self.org_name)
        org_form.addRow(self.tr("Web site"), self.org_url)
        org_form.addRow(self.tr("Fact-check URL"), self.url_pattern)

        self.path = QLineEdit()
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        last = SETTINGS.export_path.get()
        if last:  # the last file's folder and name, with this format's suffix
            self.path.setText(str(Path(str(last)).with_suffix(FORMATS[self.format_key].suffix)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        # after a successful export: the file opened, or its folder shown (the system's apps)
        self.exported_path: str | None = None
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("exportOpen")
        self.open_button.clicked.connect(lambda: self.open_url(self.file_url()))
        self.folder_button = self.buttons.addButton(self.tr("Show in folder"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setObjectName("exportShowFolder")
        self.folder_button.clicked.connect(lambda: self.open_url(self.folder_url()))
        for button in (self.open_button, self.folder_button):
            button.hide()
            button.setEnabled(False)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.all_states)
        form.addRow(self.tr("Time-stamping authority"), self.tsa_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Claims included")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.org_box)
        layout.addWidget(self.gaps)
        file_label = QLabel(self.tr("Save to"))
        layout.addWidget(file_label)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.all_states.toggled.connect(self.refresh)
        self.path.textChanged.connect(self._update_button)
        self._format_changed()

    # -- state -----------------------------------------------------------------------------
    @property
    def format_key(self) -> str:
        return self.format.currentData()

    def options(self) -> ExportOptions:
        return ExportOptions(self.org_name.text().strip(), self.org_url.text().strip(),
                             self.url_pattern.text().strip())

    def _format_changed(self) -> None:
        fmt = FORMATS[self.format_key]
        self.org_box.setVisible(fmt.key == "claimreview")
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(fmt.suffix)))
        self.refresh()

    def refresh(self) -> None:
        """Fill the preview with the claims this export will hold."""
        self.preview.clear()
        self.selection = None
        try:
            selection = FORMATS[self.format_key].restrict(
                select_from(self.wb, self.article_id, self.all_states.isChecked()))
        except NothingToExport as exc:
            self.summary.setText(self.tr(
                "Nothing to export yet: no claim here is approved. Tick “Include claims not yet "
                "approved” to export drafts and claims in review too.") if exc.some_unapproved
                else self.tr("Nothing to export yet: there are no claims here."))
        except WorkbenchError as exc:
            self.summary.setText(error_text(exc))
        else:
            self.selection = selection
            shown_in = "ar" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"
            for article, claim in selection.claims():
                rating = self.wb.scale.get(claim.rating) if claim.rating else None
                # the verdict in the window's language, like the checklist; the file carries
                # the article's (its tooltip says so when the two differ)
                verdict = rating.label(shown_in) if rating else self.tr("no verdict")
                state = QCoreApplication.translate("ClaimsModel", str(REVIEW_LABELS.get(str(claim.review_state), "")))
                item = QTreeWidgetItem([verdict, state or str(claim.review_state), " ".join(claim.quote.split())])
                item.setData(0, Qt.ItemDataRole.UserRole, claim.id)
                if rating and rating.label(article.language) != verdict:
                    item.setToolTip(0, self.tr("In the exported file: {0}").format(rating.label(article.language)))
                item.setToolTip(2, claim.statement or claim.quote)
                self.preview.addTopLevelItem(item)
            self.preview.resizeColumnToContents(0)
            self.preview.resizeColumnToContents(1)
            self.summary.setText(self.tr("Claims to export: %1").replace("%1", str(selection.claim_count)))
        self._show_gaps()
        self._update_button()

    def gap_lines(self) -> list[str]:
        """What the ClaimReview about to be (or just) written lacks, one line per article."""
        if self.format_key != "claimreview" or self.selection is None:
            return []
        from workbench.export.claimreview import missing

        templates = {
            (True, True): self.tr("The ClaimReview for “%1” has no author of the claim (itemReviewed.author: "
                                  "the article has no publisher) and no address of the article "
                                  "(appearance.url)."),
            (True, False): self.tr("The ClaimReview for “%1” has no author of the claim (itemReviewed.author: "
                                   "the article has no publisher)."),
            (False, True): self.tr("The ClaimReview for “%1” has no address of the article (appearance.url)."),
        }
        return [templates[gap.no_author, gap.no_url].replace("%1", gap.title)
                for gap in missing(self.selection)]

    def _show_gaps(self) -> None:
        lines = self.gap_lines()
        self.gaps.setText("\n".join(lines))
        self.gaps.setVisible(bool(lines))

    def included_claim_ids(self) -> list[str]:
        items = (self.preview.topLevelItem(i) for i in range(self.preview.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def _update_button(self) -> None:
        running = self._job is not None
        self.export_button.setEnabled(bool(self.selection and self.path.text().strip()) and not running)

    def choose_file(self) -> None:
        fmt = FORMATS[self.format_key]
        from .file_dialogs import save_file_name  # on first use
        name = save_file_name(
            self, self.tr("Export to"), self.path.text() or f"verdicts{fmt.suffix}",
            f"{QCoreApplication.translate('ExportDialog', str(FORMAT_LABELS[fmt.key]))} (*{fmt.suffix})")
        if name:
            self.path.setText(name)

    # -- the file written ------------------------------------------------------------------
    def file_url(self) -> QUrl:
        """What "Open" opens: the file last exported (an empty URL before any)."""
        return QUrl.fromLocalFile(str(Path(self.exported_path).resolve())) if self.exported_path else QUrl()

    def folder_url(self) -> QUrl:
        """What "Show in folder" opens: the folder holding the file last exported."""
        return QUrl.fromLocalFile(str(Path(self.exported_path).resolve().parent)) if self.exported_path else QUrl()

    def open_url(self, url: QUrl) -> bool:
        """Hand ``url`` to the system (its default program, its file manager)."""
        return url.isValid() and QDesktopServices.openUrl(url)

    def _show_file_buttons(self, shown: bool) -> None:
        for button in (self.open_button, self.folder_button):
            button.setVisible(shown)
            button.setEnabled(shown)

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._job is not None or self.selection is None:
            return
        self.exported_path = None
        self._show_file_buttons(False)
        target = Path(self.path.text().strip())
        if is_one_of(target, self.wb.local_files()):  # replacing it would lose the desk
            self._failed(error_text(InvalidInput("output.is_the_desk", path=target)))
            return
        if target.exists() and QMessageBox.question(
                self, self.tr("Export verdicts"),
                self.tr("{0} already exists. Replace it?").format(left_to_right(str(target))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return  # the field is filled with the last file: never replaced without asking
        options = self.options()
        try:
            if self.format_key == "claimreview":
                options.check()
                for key, value in options.settings().items():
                    self.wb.set_setting(key, value)
        except WorkbenchError as exc:
            self._failed(error_text(exc))
            return
        selection = self.selection
        # the evidence's bytes are read (and checked) here, on the database's thread; the
        # worker only renders: an altered capture is refused and nothing is exported
        from workbench.services.evidence_pack import for_export

        try:
            selection = for_export(self.wb, FORMATS[self.format_key], selection)
        except WorkbenchError as exc:
            self._failed(error_text(exc))
            return
        # rendering and writing touch no database and no widget: a worker does them
        self._job = Job(export, self.path.text().strip(), self.format_key, selection,
                        self.wb.scale, options, with_progress=True)
        self.progress.setRange(0, max(self.selection.claim_count, 1))
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self._update_button()
        self._job.start(self._done, self._job_failed, self._progress)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(int, object)
    def _done(self, _token: int, count: int) -> None:
        assert self._job is not None  # _done comes from the running job
        path = self._job.args[0]
        self._job = None
        self.progress.setValue(self.progress.maximum())
        done = self.tr("Exported %n claim(s) to %1", "", count).replace(
            "%1", left_to_right(path))  # a path reads left to right inside Arabic
        self.status.setText("\n".join([done, *self.gap_lines()]))
        SETTINGS.export_format.set(self.format_key)
        SETTINGS.export_all_states.set(self.all_states.isChecked())
        SETTINGS.export_path.set(path)
        self.exported_path = path
        self._show_file_buttons(True)
        self._update_button()
        self.exported.emit(path, count)

    @Slot(int, str)
    def _job_failed(self, _token: int, message: str) -> None:
        self._failed(message)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._job = None
        self.progress.setValue(0)
        self.status.setText(message)
        self._update_button()
        self.failed.emit(message)

    def reject(self) -> None:
        if self._job is None:  # a running export finishes first: it is never left half-written
            super().reject()
