"""A server desk whose connection is lost mid-session (the real cluster stopped with pg_ctl):
the window says so, keeps what was being typed in the claim panel, and saves it when the server
is back; no acknowledged edit is lost."""

from __future__ import annotations

import pytest

from workbench.services import open_workbench
from workbench.services.review import check


@pytest.fixture
def db_path(pg_db):
    return pg_db


def test_typing_survives_a_lost_server_and_is_saved_when_it_is_back(window, qtbot, pg_cluster, db_path):
    panel = window.claim_panel
    claim_id = window.current_claim_id()
    panel.statement.setPlainText("بيان محفوظ قبل الانقطاع")
    panel.commit_statement()  # acknowledged before the loss
    reader = open_workbench(db_path, "reader")
    assert reader.claim(claim_id).statement == "بيان محفوظ قبل الانقطاع"
    reader.close()

    other_id = window.claims_model.claims()[1].id
    pg_cluster.pause()
    try:
        panel.rationale.setPlainText("سبب كُتب أثناء الانقطاع")
        panel._request_verdict()  # the save fails: the server is gone
        qtbot.waitUntil(lambda: window.connection_is_lost, timeout=5000)
        assert "connection to the desk is lost" in window.statusBar().currentMessage()
        assert panel.rationale.toPlainText() == "سبب كُتب أثناء الانقطاع"  # the typing is kept
        assert window.isVisible()
        # a click on another claim meanwhile (a tester saw the list move and the panel stay):
        # the window stays on the claim whose typing waits, list and panel alike
        window.select_claim(other_id)
        assert window.current_claim_id() == claim_id and panel.claim.id == claim_id
        assert panel.rationale.toPlainText() == "سبب كُتب أثناء الانقطاع"
    finally:
        pg_cluster.resume()
    qtbot.waitUntil(lambda: not window.connection_is_lost, timeout=10_000)
    assert window.statusBar().currentMessage() == "The connection to the desk is back."
    wb = open_workbench(db_path, "reader")
    try:
        stored = wb.claim(claim_id)
        assert stored.rationale == "سبب كُتب أثناء الانقطاع"
        assert stored.statement == "بيان محفوظ قبل الانقطاع"
        assert check(wb).ok
    finally:
        wb.close()
    assert not panel.has_pending()
