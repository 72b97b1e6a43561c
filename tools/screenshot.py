"""Regenerate the README screenshots from the real window on the bundled sample:

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py

A temporary database gets a few verdicts and a source so the colours and panels show; the
window is grabbed in English (docs/screenshot.png) and Arabic (docs/screenshot-ar.png), and
at a laptop's 1024×680 with History, Search and Proposed claims open (docs/screenshot-1024.png,
docs/screenshot-1024-ar.png).
"""

import os
import sys
import tempfile
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
            window.close()
            sys.stdout.write(f"wrote {DOCS / name}\n")
        wb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
