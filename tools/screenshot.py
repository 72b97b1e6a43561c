"""Regenerate the README screenshots from the real window on the bundled sample:

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py

A temporary database gets a few verdicts and a source so the colours and panels show; the
window is grabbed in English (docs/screenshot.png) and Arabic (docs/screenshot-ar.png), and
at a laptop's 1024×680 with History, Search and Proposed claims open (docs/screenshot-1024.png,
docs/screenshot-1024-ar.png). A second source is a page served on 127.0.0.1 and captured as
evidence, whose archived copy is grabbed too (docs/screenshot-capture.png).
"""

import functools
import http.server
import os
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench.services import open_workbench  # noqa: E402
from workbench.ui.app import create_window, make_app  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent / "docs"
VERDICTS = {
    "أربعة شرطيين": ("mostly-true", "بيان وزارة الداخلية الأذربيجانية في 19 سبتمبر 2023 يذكر الرقم نفسه."),
    "ممرات لإجلاء": ("misleading", "أُعلن عن الممرات، لكن منظمات الإغاثة لم تؤكد فتحها في ذلك اليوم."),
    "يفلاخ": ("true", "الرئاسة الأذربيجانية أعلنت العرض في بيان رسمي."),
    "2020": ("true", "حرب 2020 استمرت 44 يومًا وانتهت باتفاق وقف إطلاق النار."),
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # QSettings of this run only
        wb = open_workbench(Path(tmp) / "shot.sqlite", "layla")
        wb.ensure_sample()
        first = None
        for claim in wb.claims():
            for needle, (rating, why) in VERDICTS.items():
                if needle in claim.quote:
                    wb.set_verdict(claim.id, rating, why)
                    first = first or claim.id
        wb.add_source(first, "https://mia.gov.az/en/news/", "Statement on the mine blasts",
                      "Ministry of Internal Affairs", "2023-09-19", "Four police officers and two civilians...",
                      "supports")
        source_id = _captured_source(wb, first, Path(tmp))
        app = make_app()
        shots = (("en", "screenshot.png", False), ("ar", "screenshot-ar.png", False),
                 ("en", "screenshot-1024.png", True), ("ar", "screenshot-1024-ar.png", True))
        for language, name, laptop in shots:
            window = create_window(wb, app, language=language)
            window.resize(1024, 680) if laptop else window.resize(1280, 800)
            window.show()
            if laptop:
                window.history_dock.show()
                window.show_panel("search")
                window.show_panel("proposals")
                app.processEvents()
                window.resize(1024, 680)
            window.select_claim(first)
            app.processEvents()
            window.article_view.show_claim(first)  # centred in the view at its final size
            app.processEvents()
            window.grab().save(str(DOCS / name))
            if name == "screenshot.png":
                viewer = window.claim_actions.view_capture(source_id)
                viewer.resize(900, 640)
                app.processEvents()
                viewer.grab().save(str(DOCS / "screenshot-capture.png"))
                viewer.close()
                sys.stdout.write(f"wrote {DOCS / 'screenshot-capture.png'}\n")
            window.close()
            sys.stdout.write(f"wrote {DOCS / name}\n")
        wb.close()
    return 0


PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>وزارة الداخلية: مقتل أربعة شرطيين ومدنيين اثنين</title><link rel="stylesheet" href="s.css"></head>
<body><article><h1>وزارة الداخلية: مقتل أربعة شرطيين ومدنيين اثنين في انفجار لغمين</h1>
<p>قالت وزارة الداخلية الأذربيجانية في بيان يوم 19 سبتمبر 2023 إن أربعة من رجال الشرطة ومدنيين اثنين
قتلوا في انفجار لغمين على طريق أحمدبيلي - فضولي - شوشا.</p>
<p>وأضاف البيان أن الانفجارين وقعا في منطقتين مختلفتين خلال ساعة واحدة، وأن التحقيق جار.</p>
</article></body></html>"""


def _captured_source(wb, claim_id: str, folder: Path) -> str:
    """A source whose page is served from 127.0.0.1 and captured (WARC, SHA-256) like any other."""
    from workbench.services.capture import capture_source

    site = folder / "site"
    site.mkdir()
    (site / "statement.html").write_text(PAGE, encoding="utf-8")
    (site / "s.css").write_text("article { max-width: 40em }", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        change = wb.add_source(claim_id, f"http://127.0.0.1:{server.server_port}/statement.html",
                               "بيان وزارة الداخلية", "وزارة الداخلية", "2023-09-19", "", "supports")
        source_id = wb.claim(claim_id).sources[-1].id
        capture_source(wb, source_id)
        del change
        return source_id
    finally:
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
