"""Web captures in the window: the line a capture is shown by, the progress of a capture
running on a worker (with Cancel), and "View capture": the archived copy's main text and
images, read back from its WARC, under a banner saying it is an archived copy.

Nothing here reaches the network or runs anything of the page: the viewer shows plain text
(one block per paragraph, each in its own direction) and images decoded from the WARC bytes.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QPixmap, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.arabic import first_strong_direction, left_to_right
from workbench.core.evidence import Capture

from .screen import fit_to_screen


def _locale() -> QLocale:
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def utc_time(iso: str | None) -> str:
    """An ISO 8601 time as '30 Nov 2026 14:02 UTC' (in the interface's language)."""
    if not iso:
        return "?"
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    when = when.astimezone(timezone.utc)
    qt = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.utc())
    return _locale().toString(qt, "d MMM yyyy HH:mm") + " UTC"


def size_text(n: int) -> str:
    """'312 KB': whole units, as the sources table has room for."""
    units = (
        QCoreApplication.translate("Captures", "bytes"),
        QCoreApplication.translate("Captures", "KB"),
        QCoreApplication.translate("Captures", "MB"),
        QCoreApplication.translate("Captures", "GB"),
    )
    for unit in units[:-1]:
        if n < 1024:
            return f"{n} {unit}"
        n //= 1024
    return f"{n} {units[-1]}"


def trust_text(capture: Capture) -> str:
    if not capture.timestamped:
        return QCoreApplication.translate("Captures", "no trusted time")
    return QCoreApplication.translate("Captures", "trusted time {0}").format(utc_time(capture.ts_time))


def capture_line(capture: Capture) -> str:
    """'captured 30 Nov 2026 14:02 UTC · 312 KB · sha256 3f2a… · no trusted time'."""
    return " · ".join(
        (
            QCoreApplication.translate("Captures", "captured {0}").format(utc_time(capture.taken_at)),
            size_text(capture.size),
            left_to_right(f"sha256 {capture.sha256[:4]}…"),
            trust_text(capture),
        )
    )


def capture_short(capture: Capture) -> str:
    """'✓ 30 Nov 2026 14:02 UTC · TSA' (trusted time) or '✓ 30 Nov 2026 14:02 UTC · no TSA'."""
    trust = (QCoreApplication.translate("Captures", "TSA") if capture.timestamped
             else QCoreApplication.translate("Captures", "no TSA"))
    return f"✓ {utc_time(capture.taken_at)} · {trust}"


def capture_tooltip(capture: Capture) -> str:
    lines = [capture_line(capture), left_to_right(capture.final_url), f"sha256 {capture.sha256}"]
    if capture.timestamped:
        lines.append(
            QCoreApplication.translate("Captures", "Time-stamping authority: {0}").format(left_to_right(capture.tsa_url or "?"))
        )
    return "\n".join(lines)


class CaptureProgress(QDialog):
    """A capture running on a worker: what it fetches, how far it is, and Cancel. It stays
    open after a failure to say why (the source itself is kept)."""

    def __init__(self, url: str, cancel, parent=None):
        super().__init__(parent)
        self.setObjectName("captureProgress")
        self.setWindowTitle(QCoreApplication.translate("Captures", "Capturing the page"))
        self.setModal(False)
        self._cancel = cancel
        self.url = url
        self.label = QLabel(
            QCoreApplication.translate("Captures", "Capturing {0} as evidence…").format(left_to_right(url)), wordWrap=True
        )
        self.label.setObjectName("captureStatus")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.button = QPushButton(QCoreApplication.translate("Captures", "Cancel"))
        self.button.setObjectName("cancelCapture")
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.finished_ = False
        self.resize(460, 130)

    def set_progress(self, done: int, total: int) -> None:
        """Busy (no percentage) until the page is in and the count of what it embeds known."""
        if done == 0 and total <= 1:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _clicked(self) -> None:
        if self.finished_:
            self.close()
            return
        self._cancel.set()
        self.button.setEnabled(False)
        self.label.setText(
            QCoreApplication.translate("Captures", "Cancelling the capture of {0}…").format(left_to_right(self.url))
        )

    def show_failure(self, message: str) -> None:
        """Say why the capture failed, and that nothing was kept as evidence."""
        self.finished_ = True
        self.bar.hide()
        self.label.setText(
            QCoreApplication.translate("Captures", "Not captured: {0}").format(message)
            + "\n"
            + QCoreApplication.translate("Captures", "The source is kept; nothing was stored as evidence.")
        )
        self.button.setText(QCoreApplication.translate("Captures", "Close"))
        self.button.setEnabled(True)
        # the reason can be long (a URL, the server's own words): the dialog grows to wrap it
        # whole instead of clipping it
        self.label.setMinimumHeight(self.label.heightForWidth(self.label.width()))
        self.adjustSize()


class CaptureViewer(QDialog):
    """An archived copy, read offline: banner, main text, images from the capture."""

    def __init__(self, capture: Capture, paragraphs: list[str], images, problem: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("captureView")
        self.setWindowTitle(QCoreApplication.translate("Captures", "Archived copy"))
        self.capture = capture
        banner = QCoreApplication.translate("Captures", "Archived copy, not the live page: {0} as captured on {1}.").format(
            left_to_right(capture.final_url), utc_time(capture.taken_at)
        )
        if capture.final_url != capture.url:
            banner += "\n" + QCoreApplication.translate("Captures", "Asked for {0} (redirected).").format(
                left_to_right(capture.url)
            )
        if capture.timestamped:
            banner += "\n" + QCoreApplication.translate("Captures", "Trusted time {0} from {1}.").format(
                utc_time(capture.ts_time), left_to_right(capture.tsa_url or "?")
            )
        else:
            banner += "\n" + QCoreApplication.translate("Captures", "No trusted time: the capture time is this computer's clock.")
        self.banner = QLabel(banner, wordWrap=True)
        self.banner.setObjectName("captureBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 8px; border: 1px solid #e0c060; }")
        self.text = QTextEdit()
        self.text.setObjectName("captureText")
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        from PySide6.QtGui import QFont

        from .layout import ARTICLE_FONT

        self.text.setFont(QFont(ARTICLE_FONT, 14))  # the reader's shaped Arabic, as the article
        self._fill(paragraphs, problem)
        self.images = QWidget()
        self.images.setObjectName("captureImages")
        row = QHBoxLayout(self.images)
        self.image_labels: list[QLabel] = []
        for img in images:
            label = QLabel()
            label.setObjectName("captureImage")
            label.setToolTip(img.url)
            pixmap = QPixmap()
            if pixmap.loadFromData(img.data) and not pixmap.isNull():
                if pixmap.height() > 160:
                    pixmap = pixmap.scaledToHeight(160, Qt.TransformationMode.SmoothTransformation)
                label.setPixmap(pixmap)
                self.image_labels.append(label)
            else:
                label.setText(
                    QCoreApplication.translate("Captures", "(an image that cannot be shown: {0})").format(left_to_right(img.url))
                )
            row.addWidget(label)
        row.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.images)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(200)
        scroll.setVisible(bool(images))
        self.images_caption = QLabel(
            QCoreApplication.translate("Captures", "Images recorded in the capture: {0}").format(len(images))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.images_caption)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 640)

    def _fill(self, paragraphs: list[str], problem: str) -> None:
        doc = self.text.document()
        doc.clear()
        cursor = QTextCursor(doc)
        blocks = paragraphs if not problem else [problem]
        for i, para in enumerate(blocks):
            fmt = QTextBlockFormat()
            rtl = first_strong_direction(para) == "rtl"
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            fmt.setAlignment(
                (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
            )
            fmt.setBottomMargin(8)
            if i == 0:
                cursor.setBlockFormat(fmt)
            else:
                cursor.insertBlock(fmt)
            cursor.insertText(para)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def paragraph_directions(self) -> list[Qt.LayoutDirection]:
        doc, out = self.text.document(), []
        block = doc.begin()
        while block.isValid():
            out.append(block.blockFormat().layoutDirection())
            block = block.next()
        return out
