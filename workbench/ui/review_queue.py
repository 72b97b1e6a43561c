"""The editor's review queue: every claim in review, across articles, oldest submission first,
with the claim, its sources and its verdict side by side, what changed since the last review,
and Approve / Request changes (Ctrl+Return, Ctrl+Shift+Return)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPlainTextEdit,
    QPushButton,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from workbench.core.arabic import isolate
from workbench.core.errors import Forbidden, WorkbenchError
from workbench.services.review import QueueItem, Review

from .claim_panel import _named, display_time
from .screen import fit_to_screen
from .errors import error_text
from .models import STANCE_LABELS, LazyRowsModel
from .text_direction import cells_in_own_direction

APPROVE_KEYS = QKeySequence("Ctrl+Return")
REQUEST_KEYS = QKeySequence("Ctrl+Shift+Return")


def _when(iso: str) -> str:
    """An audit time as local ``2026-11-29 07:23``, isolated so an Arabic sentence cannot
    reorder its parts."""
    return isolate(display_time(iso))


class ReviewQueueModel(LazyRowsModel):
    """The queue's claim ids, oldest submission first (``Review.queue_ids``); the rows are read
    a batch at a time as they are shown (``Review.queue_items``)."""

    COLUMNS = (QT_TRANSLATE_NOOP("ReviewQueueModel", "Submitted"),
               QT_TRANSLATE_NOOP("ReviewQueueModel", "By"),
               QT_TRANSLATE_NOOP("ReviewQueueModel", "Claim"),
               QT_TRANSLATE_NOOP("ReviewQueueModel", "Verdict"),
               QT_TRANSLATE_NOOP("ReviewQueueModel", "Article"))
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, scale, parent=None):
        super().__init__(parent)
        self._scale = scale
        self._review: Review | None = None
        self._pinned: dict[str, QueueItem] | None = None
        #: claim id -> the desk's seq its row was read at: a decision carries it (``opened``),
        #: so one made on a version someone changed since is refused, not applied unseen
        self.read_at: dict[str, int] = {}
        # verdict labels in the interface's language
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.language = "ar" if rtl else "en"

    def set_review(self, review: Review) -> None:
        """The queue of ``review``'s database, read again from the start."""
        self._review, self._pinned = review, None
        self._reset_ids(review.queue_ids())

    def refresh(self, changed=None) -> None:
        """Follow the queue after claims were decided, submitted or edited (``changed``: their
        ids; ``None``: any row may have changed)."""
        if self._review is not None:
            self.sync_ids(self._review.queue_ids(), stale=changed)

    def set_items(self, items: list[QueueItem]) -> None:
        """The rows given (no review to read them from)."""
        self._review, self._pinned = None, {i.claim.id: i for i in items}
        self._reset_ids([i.claim.id for i in items], self._pinned)

    def _fetch_rows(self, ids):
        if self._pinned is not None:
            return {k: self._pinned[k] for k in ids if k in self._pinned}
        if self._review is None:
            return {}
        head = self._review.wb.desk_head()  # read before the rows: never newer than them
        rows = {i.claim.id: i for i in self._review.queue_items(ids)}
        self.read_at.update((k, head) for k in rows)
        return rows

    def item_at(self, row: int) -> QueueItem | None:
        return self._row_object(row)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ReviewQueueModel", self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        item = self.item_at(index.row()) if role == Qt.ItemDataRole.DisplayRole else None
        if item is not None:
            c = item.claim
            return (item.submitted_at.replace("T", " ")[:16], item.submitted_by, c.quote,
                    self._scale.get(c.rating).label(self.language) if c.rating else "—",
                    item.article.title)[index.column()]
        return None


def _paragraphs(text: str, before: str = "", after: str = "") -> str:
    """Each line of ``text`` its own ``<p dir='auto'>``, so each takes the direction of its own
    first strong letter (an English paragraph inside an Arabic quote reads left to right);
    ``before`` and ``after`` (already HTML) open the first and close the last."""
    lines = [ln for ln in text.split("\n") if ln.strip()] or [""]
    last = len(lines) - 1
    return "".join(f"<p dir='auto'>{before if i == 0 else ''}{escape(ln)}{after if i == last else ''}</p>"
                   for i, ln in enumerate(lines))


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}"


class ReviewQueueDialog(QDialog):
    # A claim was approved or sent back: (claim id, action), so views refresh it.
    decided = Signal(str, str)
    #: Writes a source's attached files into a folder through the window's Ops (set by
    #: ReviewActions: ClaimActions.save_attached_files); returns how many were written.
    save_source_files: Callable[[str, str], int] | None = None

    def __init__(self, parent, workbench):
        super().__init__(parent)
        self.wb = workbench
        self.review = Review(workbench)
        #: (action, claim id, comment, opened) -> the Change, or None if refused (set by the window)
        self.decide: Callable[[str, str, str, int | None], Any] | None = None
        self.setWindowTitle(self.tr("Review queue"))
        fit_to_screen(self, 1100, 680)  # never wider than a laptop screen

        self.model = ReviewQueueModel(workbench.scale, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        cells_in_own_direction(self.table, 2, 4)  # the claim and the article's title
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.claim_view = QTextBrowser()
        self.sources_view = QTextBrowser()
        # a source's page opens in the browser; its archived copy (the evidence) here
        self.sources_view.setOpenLinks(False)
        self.sources_view.anchorClicked.connect(self._open_link)
        #: source id -> shows its latest capture (set by the window; None: no viewer)
        self.view_capture: Callable[[str], Any] | None = None
        self.verdict_view = QTextBrowser()
        self.diff_view = QTextBrowser()
        side = QSplitter(Qt.Orientation.Horizontal)
        for title, view in ((self.tr("Claim"), self.claim_view), (self.tr("Sources"), self.sources_view),
                            (self.tr("Verdict"), self.verdict_view)):
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(f"<b>{escape(title)}</b>"))
            lay.addWidget(view)
            side.addWidget(box)

        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("Comment (required to request changes)"))
        self.comment_edit.setMaximumHeight(80)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setToolTip(self.tr("Approve this verdict (%1)").replace(
            "%1", APPROVE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)))
        self.request_button = QPushButton(self.tr("Request changes"))
        self.request_button.setToolTip(self.tr("Send it back with your comment (%1)").replace(
            "%1", REQUEST_KEYS.toString(QKeySequence.SequenceFormat.NativeText)))
        self.approve_tip = self.approve_button.toolTip()
        self.request_tip = self.request_button.toolTip()
        self.approve_button.setObjectName("approveButton")
        self.request_button.setObjectName("requestButton")
        self.save_files_button = _named(QPushButton(self.tr("Save attached files…")), "queueSaveFiles")
        self.save_files_button.setToolTip(self.tr("Save the evidence attached to this claim's sources to a folder"))
        self.save_files_button.clicked.connect(lambda: self.save_files())
        self.approve_button.clicked.connect(self.approve_current)
        self.request_button.clicked.connect(self.request_changes_current)
        QShortcut(APPROVE_KEYS, self, self.approve_current)
        QShortcut(REQUEST_KEYS, self, self.request_changes_current)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setOpenExternalLinks(True)  # the folder files were saved to
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_files_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.request_button)
        buttons.addWidget(close)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(side, 3)
        dl.addWidget(QLabel("<b>" + escape(self.tr("Changed since the last review")) + "</b>"))
        dl.addWidget(self.diff_view, 2)
        dl.addWidget(self.comment_edit)
        dl.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([220, 460])
        layout = QVBoxLayout(self)
        self.empty_label = QLabel(self.tr("Nothing is waiting for review."))
        layout.addWidget(self.empty_label)
        layout.addWidget(split)
        self.model.set_review(self.review)
        self._select(0)

    # -- data ----------------------------------------------------------------------------
    def reload(self, select_row: int = 0) -> None:
        self.model.refresh()
        self._select(select_row)

    def _select(self, select_row: int) -> None:
        count = self.model.rowCount()
        self.empty_label.setVisible(count == 0)
        if count:
            self.table.selectRow(min(select_row, count - 1))
        self._show_current()

    def current_item(self) -> QueueItem | None:
        return self.model.item_at(self.table.currentIndex().row())

    def _show_current(self) -> None:
        item = self.current_item()
        self.comment_edit.setEnabled(item is not None)
        self.save_files_button.setEnabled(item is not None and any(s.files for s in item.claim.sources))
        self._allow_decisions(item)
        if item is None:
            for view in (self.claim_view, self.sources_view, self.verdict_view, self.diff_view):
                view.clear()
            return
        c = item.claim
        self.claim_view.setHtml(
            _paragraphs(c.quote, "«", "»")
            + (_paragraphs(c.statement, "→ ") if c.statement else "")
            + f"<p><small>{escape(item.article.title)}</small></p>")
        files_label = self.tr("Files: %1")
        view_label = self.tr("View the archived copy (evidence)")
        if c.sources:
            rows = "".join(
                f"<li dir='auto'>[{escape(QCoreApplication.translate('SourcesModel', str(STANCE_LABELS[str(s.stance)])))}] "
                f"<a href='{escape(s.url)}'>{escape(s.title or s.url)}</a>"
                + (f" — {escape(s.publisher)}" if s.publisher else "")
                # upright, never italic (Arabic has no italics: a slanted Arabic reads poorly);
                # the excerpt is set apart by its colour and its own direction
                + (f"<br><span dir='auto' style='color:#555'>“{escape(s.excerpt)}”</span>"
                   if s.excerpt else "")
                + (f"<br><small>{escape(files_label.replace('%1', str(len(s.files))))}</small>"
                   if s.files else "")
                + (f"<br><small><a href='capture:{escape(s.id)}'>{escape(view_label)}</a></small>"
                   if s.captures else "")
                + "</li>" for s in c.sources)
            self.sources_view.setHtml(f"<ul>{rows}</ul>")
        else:
            none = self.tr("No sources")
            self.sources_view.setHtml(f"<p>{escape(none)}</p>")
        label = self.wb.scale.get(c.rating).label(self.model.language) if c.rating else "—"
        by = self.tr("Submitted by %1 at %2").replace("%1", isolate(item.submitted_by)).replace(
            "%2", _when(item.submitted_at))
        self.verdict_view.setHtml(f"<p><b>{escape(label)}</b></p>{_paragraphs(c.rationale)}"
                                  f"<p><small>{escape(by)}</small></p>")
        self._show_diff(c.id)
        comments = self.review.comments(c.id)
        if comments:
            self.diff_view.append("<hr>" + _section(self.tr("Comments"), "".join(
                f"<p dir='auto'>{'↳ ' if x.parent_id else ''}<b>{escape(x.author)}</b> "
                f"<small>{escape(_when(x.at))}</small>: {escape(x.text)}</p>" for x in comments)))

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == "capture":
            viewer = self.view_capture(url.path()) if self.view_capture is not None else None
            if viewer is not None:  # over the queue (a modal dialog), so it can be used
                viewer.setParent(self, viewer.windowFlags())
                viewer.show()
            return
        QDesktopServices.openUrl(url)

    def _allow_decisions(self, item: QueueItem | None) -> None:
        """Approve and Request changes only for someone who may take them (an editor, not the
        writer of the verdict): otherwise greyed, the reason in their tooltip and below."""
        reasons = []
        for button, action, tip in ((self.approve_button, "review.approve", self.approve_tip),
                                    (self.request_button, "review.request_changes", self.request_tip)):
            why = self._why_not(item, action) if item is not None else None
            button.setEnabled(item is not None and why is None)
            button.setToolTip(why or tip)
            if why and why not in reasons:
                reasons.append(why)
        self.status.setText("<br>".join(escape(r) for r in reasons))  # one reason a line

    def _why_not(self, item: QueueItem, action: str) -> str | None:
        """What refuses this person ``action`` on the item whatever they write (their role,
        four eyes), translated; None when only the comment or the claim's state could."""
        try:
            self.review.check_decision(item.claim.id, action, "·")  # any comment will do here
        except Forbidden as exc:
            return error_text(exc)
        except WorkbenchError:
            return None
        return None

    def save_files(self, folder: str | None = None) -> int:
        """Write every file attached to the current claim's sources into a folder (asked for
        when not given): checked against its SHA-256, never overwriting (services/files.py)."""
        item = self.current_item()
        sources = [s for s in item.claim.sources if s.files] if item is not None else []
        if not sources or self.save_source_files is None:
            return 0
        from .file_dialogs import existing_directory  # on first use
        folder = folder or existing_directory(self, self.tr("Save attached files to"))
        if not folder:
            return 0
        saved = sum(self.save_source_files(s.id, folder) for s in sources)
        if saved:
            link = f"<a href='{escape(QUrl.fromLocalFile(folder).toString())}'>{escape(isolate(folder))}</a>"
            self.status.setText(escape(self.tr("Saved %n file(s) to %1", "", saved)).replace("%1", link))
        return saved

    def _show_diff(self, claim_id: str) -> None:
        diff = self.review.diff(claim_id)
        names = {"statement": self.tr("Statement"), "rating": self.tr("Verdict"),
                 "rationale": self.tr("Rationale"), "source": self.tr("Source")}
        if diff.last_review is None:
            head = self.tr("First review: everything below is new.")
        else:
            head = self.tr("Since %1 by %2 at %3").replace(
                "%1", self._decision_label(diff.last_review.action)).replace(
                "%2", isolate(diff.last_review.user)).replace("%3", _when(diff.last_review.at))
        rows = []
        for ch in diff.changes:
            old, new = ch.before, ch.after
            if ch.field == "rating":  # the scale's words, not its keys
                old, new = (self.wb.scale.get(k).label(self.model.language) if k in self.wb.scale else k
                            for k in (old, new))
            before = f"<s style='color:#a00'>{escape(old)}</s>" if old else ""
            after = f"<span style='color:#070'>{escape(new)}</span>" if new else ""
            rows.append(f"<p dir='auto'><b>{escape(names[ch.field])}:</b> {before} {after}</p>")
        if not rows:
            nothing = self.tr("Nothing changed.")
            rows.append(f"<p>{escape(nothing)}</p>")
        self.diff_view.setHtml(f"<p dir='auto' style='color:#555'>{escape(head)}</p>" + "".join(rows))

    def _decision_label(self, action: str) -> str:
        return self.tr("approval") if action == "review.approve" else self.tr("request for changes")

    # -- actions -------------------------------------------------------------------------
    def _decide(self, action: str) -> bool:
        item = self.current_item()
        if item is None:
            return False
        row = self.table.currentIndex().row()
        text = self.comment_edit.toPlainText()
        try:
            self.review.check_decision(item.claim.id, action, text)
        except WorkbenchError as exc:
            self.status.setText(f"<span style='color:#a00'>{escape(error_text(exc))}</span>")
            return False
        if not self._confirm(action):
            return False
        opened = self.model.read_at.get(item.claim.id)
        if self.decide is not None:  # in the window: one step through its Ops
            if self.decide(action, item.claim.id, text, opened) is None:
                self._reread(item.claim.id, row)  # refused: show the claim as it is now
                return False
        else:
            try:
                self._decide_here(action, item.claim.id, text, opened)
            except WorkbenchError as exc:
                self.status.setText(f"<span style='color:#a00'>{escape(error_text(exc))}</span>")
                self._reread(item.claim.id, row)
                return False
        self.status.setText(escape(self.tr("Approved") if action == "review.approve"
                                   else self.tr("Sent back for changes")))
        self.comment_edit.clear()
        self.decided.emit(item.claim.id, action)
        self.reload(row)
        return True

    def _decide_here(self, action: str, claim_id: str, text: str, opened: int | None = None):
        """Standing alone (no window around it): the service itself."""
        if action == "review.approve":
            return self.review.approve(claim_id, text, opened=opened)
        return self.review.request_changes(claim_id, text, opened=opened)

    def _reread(self, claim_id: str, row: int) -> None:
        """The claim's row read again (a decision refused on a version changed since): what
        the editor decides on next is what is stored now; the comment typed stays."""
        self.model.refresh({claim_id})
        self._select(min(row, max(self.model.rowCount() - 1, 0)))

    def _confirm(self, action: str) -> bool:
        """A decision is not undone with Ctrl+Z: asked first, the safe answer the default."""
        if action == "review.approve":
            title, text = self.tr("Approve this verdict?"), self.tr(
                "The verdict is published with the approved claims. An approval is not undone with "
                "Ctrl+Z; a later change to the claim sends it back for review.")
            label = self.tr("Approve")
        else:
            title, text = self.tr("Send the claim back for changes?"), self.tr(
                "The checker sees your comment and the claim leaves the queue until it is submitted again.")
            label = self.tr("Request changes")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDecision")
        go = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def approve_current(self) -> bool:
        return self._decide("review.approve")

    def request_changes_current(self) -> bool:
        return self._decide("review.request_changes")
