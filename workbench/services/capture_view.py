"""What the window shows of a capture, read back from its WARC only (never the network).

:func:`capture_view` checks the stored bytes against the capture's SHA-256, then gives the
captured page's main text (trafilatura over the captured HTML, as ``capture text`` prints it)
and the images the capture recorded (2xx ``image/*`` responses), each with its address.
:func:`capture_in_background` is what the window runs on a worker: the capture service with
progress and a cancel flag, on the worker's own connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.evidence import Capture

if TYPE_CHECKING:
    from .session import Change, Workbench

#: Images shown of one capture at most (a capture records at most ~40 resources anyway).
MAX_IMAGES = 40


@dataclass(frozen=True)
class CapturedImage:
    url: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class CaptureView:
    capture: Capture
    text: str
    images: tuple[CapturedImage, ...]

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.splitlines() if p.strip()]


def capture_view(wb: Workbench, capture_id: str) -> CaptureView:
    """The capture's page text and images, from its stored WARC (bytes checked first)."""
    import io

    from warcio.archiveiterator import ArchiveIterator

    from .capture import CaptureError, capture, capture_text

    found = capture(wb, capture_id)
    # raises capture.altered / capture.not_recorded / capture.unreadable / capture.no_page
    text = capture_text(wb, capture_id)
    data = wb.store.capture_data(capture_id) or b""
    images: list[CapturedImage] = []
    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            if rec.rec_type != "response" or rec.http_headers is None or len(images) >= MAX_IMAGES:
                continue
            status = rec.http_headers.get_statuscode() or ""
            ctype = (rec.http_headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
            if status.startswith("2") and ctype.startswith("image/"):
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                images.append(CapturedImage(url, ctype, rec.content_stream().read()))
    except Exception as exc:  # noqa: BLE001 - warcio raises several kinds for bytes it cannot read
        raise CaptureError("capture.unreadable", capture=capture_id, error=type(exc).__name__) from None
    return CaptureView(found, text, tuple(images))


def capture_in_background(wb: Workbench, source_id: str, cancel: threading.Event,
                          progress: Callable[[int, int], None] | None = None) -> Capture:
    """Capture a source's page (on a worker, with its own ``wb``): the capture service, asked
    to stop as soon as ``cancel`` is set. Raises ``CaptureError`` saying why it failed."""
    from .capture import capture_source

    def step(done: int, total: int, _url: str) -> None:
        if progress is not None:
            progress(done, total)

    cap, _taken = capture_source(wb, source_id, progress=step, cancelled=cancel.is_set)
    return cap


def capture_added(wb: Workbench, source_id: str) -> Change:
    """The change a new capture of a source makes (its claim's sources)."""
    from .capture import capture_change

    return capture_change(wb, source_id)
