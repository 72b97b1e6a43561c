"""The window on a PostgreSQL desk (the real throwaway cluster): another client's changes show
within about two seconds in the claims list, the claim panel, the review queue and the status
line."""

from __future__ import annotations

import pytest

from workbench.services import open_workbench
from workbench.services.review import Review

pytestmark = pytest.mark.usefixtures("pg_cluster")

SOON_MS = 3000


@pytest.fixture
def db_path(pg_db):
    return pg_db


def _row_claim(window, claim_id):
    return window.claims_model.claim_at(window.claims_model.row_of(claim_id))


def test_the_window_on_the_server_follows_another_client(window, qtbot, db_path):
    omar = open_workbench(db_path, "omar")
    try:
        Review(omar).add_user("omar", "editor")
        current = window.current_claim_id()
        other = next(c for c in omar.claims(window.article_id) if c.id != current)
        omar.set_verdict(other.id, "false", "من عمر")
        qtbot.waitUntil(lambda: _row_claim(window, other.id).rating == "false", timeout=SOON_MS)
        number = window.claims_model.row_of(other.id) + 1
        assert window.statusBar().currentMessage() == f"omar set the verdict of claim {number}"
        sara = open_workbench(db_path, "sara")
        try:
            sara.set_verdict(current, "true", "سبب من سارة")
            qtbot.waitUntil(lambda: window.claim_panel.rationale.toPlainText() == "سبب من سارة",
                            timeout=SOON_MS)
            Review(sara).submit(current)
        finally:
            sara.close()
        qtbot.waitUntil(lambda: str(window.claim_panel.claim.review_state) == "in_review", timeout=SOON_MS)
        Review(omar).approve(current)
        qtbot.waitUntil(lambda: str(_row_claim(window, current).review_state) == "approved", timeout=SOON_MS)
        number = window.claims_model.row_of(current) + 1
        assert window.statusBar().currentMessage() == f"omar approved claim {number}"
    finally:
        omar.close()


def test_the_server_wakes_the_window_without_waiting_for_its_poll(window, qtbot, db_path):
    """LISTEN/NOTIFY: with the once-a-second look turned off, the change still shows at once."""
    assert window.desk._waiter is not None and window.desk._waiter.is_alive()
    window.desk.timer.stop()
    omar = open_workbench(db_path, "omar")
    try:
        other = next(c for c in omar.claims(window.article_id) if c.id != window.current_claim_id())
        omar.set_verdict(other.id, "misleading", "من عمر")
        qtbot.waitUntil(lambda: _row_claim(window, other.id).rating == "misleading", timeout=2000)
    finally:
        omar.close()
    window.desk.stop()
    assert window.desk._waiter is None
