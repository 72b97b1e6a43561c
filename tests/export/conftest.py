"""A sample article with verdicts, sources and some approved claims, set through services."""

from __future__ import annotations

import pytest

from workbench.core.model import ReviewState
from workbench.export.common import ExportOptions

ORG = ExportOptions("مرصد التحقق", "https://factcheck.example", "{base}/{article_slug}/{claim_id}")
#: One of each rating, ordinal and categorical; claim i gets RATINGS[i % len(RATINGS)].
RATINGS = ["false", "true", "missing-context", "misleading", "mostly-true", "unverifiable", "mostly-false"]
APPROVED = {0, 1, 2, 3, 5, 6}  # claim 4 stays a rated draft; claims 7+ are unrated drafts


def approve(wb, claim_id):
    # the review workflow is another issue; until then the state is set on the store directly
    wb.store.update_claim(wb.claim(claim_id).with_(review_state=ReviewState.APPROVED))


@pytest.fixture(autouse=True)
def fresh_export_choices(qapp):
    """The export dialog remembers the last format, states and file: each test starts afresh."""
    from PySide6.QtCore import QSettings

    from workbench.ui.app import make_app

    make_app()  # the application's name, which says where QSettings are kept
    QSettings().remove("export")
    yield
    QSettings().remove("export")


@pytest.fixture
def checked(wb, sample):
    """The sample's claims, the first seven rated with a source each; six of those approved."""
    for key, value in ORG.settings().items():
        wb.set_setting(key, value)
    claims = wb.claims(sample.id)
    for i, claim in enumerate(claims[: len(RATINGS)]):
        wb.set_verdict(claim.id, RATINGS[i], f"التعليل {i}: المصدر الرسمي ينفي ذلك، وفق AFP.")
        wb.add_source(claim.id, f"https://example.org/report/{i}?a=1&b=2", title=f"تقرير {i}",
                      publisher="AFP", published="2023-09-19", excerpt="نص من التقرير",
                      stance="refutes" if i % 2 else "supports")
        if i in APPROVED:
            approve(wb, claim.id)
    return wb.claims(sample.id)
