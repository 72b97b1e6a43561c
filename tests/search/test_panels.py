"""The search, proposals and "checked before" panels over the real database (offscreen Qt,
queries on worker threads with their own connections)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from workbench.core.spans import locate
from workbench.services import proposals as props
from workbench.ui.checked_before import CheckedBeforePanel
from workbench.ui.proposals_panel import ProposalsPanel
from workbench.ui.search_panel import MARKS_ROLE, SNIPPET, SearchPanel, marked_document

#: The SQLite and the PostgreSQL store alike (tests/conftest.py ``backend``).
pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def search_panel(qtbot, wb):
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.set_workbench(wb)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _type(qtbot, panel, text):
    """Types ``text`` a character at a time (QTest.keyClicks knows ASCII only)."""
    with qtbot.waitSignal(panel.searchFinished, timeout=10000) as blocker:
        for ch in text:
            panel.box.insert(ch)
    assert blocker.args == [panel.model.rowCount()]
    assert not panel.is_busy()


def _row(panel, pred):
    for row in range(panel.model.rowCount()):
        if pred(panel.model.hit_at(row)):
            return row
    raise AssertionError("no such hit")


def test_typing_shows_hits_with_the_match_marked(qtbot, search_panel, sample):
    _type(qtbot, search_panel, "مدنيين")
    model = search_panel.model
    assert model.rowCount() >= 3
    kinds = {model.hit_at(r).kind for r in range(model.rowCount())}
    assert {"article", "claim"} <= kinds
    row = _row(search_panel, lambda h: h.kind == "claim" and "شرطيين" in h.snippet)
    assert model.index(row, 0).data() == "Claim"
    assert model.index(row, 1).data() == sample.title
    assert "⟪مدنيَّين⟫" in model.index(row, SNIPPET).data()
    # The delegate paints exactly the matched characters bold on the highlight.
    text, marks = model.index(row, SNIPPET).data(MARKS_ROLE)
    doc = marked_document(text, marks, QFont())
    bold = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().fontWeight() == QFont.Weight.Bold:
                bold.append(frag.text())
            it += 1
        block = block.next()
    assert bold == ["مدنيَّين"]
    assert doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_search_as_you_type_drops_stale_answers_and_clears(qtbot, search_panel):
    search_panel.box.setText("كاراباخ")
    search_panel.run_query()  # an answer for this query is on its way…
    with qtbot.waitSignal(search_panel.searchFinished, timeout=10000) as blocker:
        search_panel.box.setText("يفلاخ")  # …but the checker typed on
    assert not search_panel.is_busy()
    qtbot.wait(100)  # the first answer, if it comes late, is not shown
    hits = [search_panel.model.hit_at(r) for r in range(search_panel.model.rowCount())]
    assert blocker.args == [len(hits)] and hits
    assert all("⟪يفلاخ⟫" in h.snippet_marked for h in hits)
    search_panel.box.clear()
    assert search_panel.model.rowCount() == 0


def test_kind_filter_and_nothing_found(qtbot, search_panel):
    search_panel.kind.setCurrentIndex(2)  # claims
    _type(qtbot, search_panel, "لغمين")
    model = search_panel.model
    assert model.rowCount() >= 1
    assert {model.hit_at(r).kind for r in range(model.rowCount())} == {"claim"}
    search_panel.box.clear()
    _type(qtbot, search_panel, "كلمةغيرموجودةابدا")
    assert search_panel.model.rowCount() == 0
    assert "كلمةغيرموجودةابدا" in search_panel.status.text()


def test_activating_a_claim_hit_opens_its_span(qtbot, search_panel, wb, sample):
    _type(qtbot, search_panel, "مدنيين")
    row = _row(search_panel, lambda h: h.kind == "claim" and "شرطيين" in h.snippet)
    hit = search_panel.model.hit_at(row)
    search_panel.view.setFocus()
    search_panel.view.setCurrentIndex(search_panel.model.index(row, SNIPPET))
    with qtbot.waitSignal(search_panel.openHit) as blocker:
        qtbot.keyClick(search_panel.view, Qt.Key.Key_Return)
    article_id, start, end, claim_id = blocker.args
    claim = wb.claim(claim_id)
    assert claim_id == hit.claim_id and article_id == sample.id
    assert (start, end) == (claim.start, claim.end)
    assert sample.text[start:end] == claim.quote


def test_double_clicking_an_article_hit_opens_the_match(qtbot, search_panel, sample):
    _type(qtbot, search_panel, "يفلاخ")
    row = _row(search_panel, lambda h: h.kind == "article")
    rect = search_panel.view.visualRect(search_panel.model.index(row, 0))
    # A real double-click is a press, release, then the double-click event.
    qtbot.mouseClick(search_panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(search_panel.openHit) as blocker:
        qtbot.mouseDClick(search_panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    article_id, start, end, claim_id = blocker.args
    assert (article_id, claim_id) == (sample.id, "")
    assert sample.text[start:end] == "يفلاخ"


# -- proposals ------------------------------------------------------------------------------
@pytest.fixture
def proposals_panel(qtbot, wb, unclaimed):
    panel = ProposalsPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.set_article(wb, unclaimed.id)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _propose(qtbot, panel):
    with qtbot.waitSignal(panel.proposalsChanged, timeout=20000):
        qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    assert not panel.is_busy()


def test_proposing_lists_proposals_with_scores_and_reasons(qtbot, proposals_panel, wb, unclaimed):
    assert proposals_panel.model.rowCount() == 0  # nothing is scored until asked
    _propose(qtbot, proposals_panel)
    model = proposals_panel.model
    stored = props.proposals(wb, unclaimed.id)
    assert [p.id for p in model.rows()] == [p.id for p in stored] and stored
    scores = [float(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0.5
    casualty = next(r for r in range(model.rowCount()) if "شرطيين" in model.row_at(r).quote)
    reasons = model.index(casualty, 2).data()
    assert "dual form" in reasons or "dual" in reasons.lower()
    assert "لغمَين" in reasons
    assert unclaimed.text[model.row_at(casualty).start:model.row_at(casualty).end] == model.row_at(casualty).quote
    # Selecting a proposal shows its span and all of its reasons with their weights.
    with qtbot.waitSignal(proposals_panel.showSpan) as blocker:
        proposals_panel.view.setCurrentIndex(model.index(casualty, 1))
    p = model.row_at(casualty)
    assert blocker.args == [p.start, p.end]
    detail = proposals_panel.reasons.text()
    assert f"{p.score:.2f}" in detail and all(r["label"] in detail for r in p.reasons)
    proposals_panel.set_language("ar")
    assert "مثنى" in model.index(casualty, 2).data() or any(
        r["label_ar"] in model.index(casualty, 2).data() for r in p.reasons if r["weight"] > 0)


def test_a_proposal_that_is_already_a_claim_is_greyed_and_cannot_be_accepted(qtbot, wb, sample):
    panel = ProposalsPanel()
    qtbot.addWidget(panel)
    panel.set_article(wb, sample.id)  # the sample: its claims are in the checklist already
    _propose(qtbot, panel)
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).covered_by)
    panel.view.setCurrentIndex(model.index(row, 1))
    assert model.index(row, 2).data() == "Already a claim"
    assert model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not panel.accept_button.isEnabled() and panel.dismiss_button.isEnabled()
    assert "Already a claim" in panel.reasons.text()


def test_accept_makes_a_claim_with_the_same_span(qtbot, proposals_panel, wb, unclaimed):
    _propose(qtbot, proposals_panel)
    model = proposals_panel.model
    claimed = {(c.start, c.end) for c in wb.claims(unclaimed.id)}
    row = next(r for r in range(model.rowCount())
               if (model.row_at(r).start, model.row_at(r).end) not in claimed)
    p = model.row_at(row)
    proposals_panel.view.setFocus()
    proposals_panel.view.setCurrentIndex(model.index(row, 1))
    with qtbot.waitSignal(proposals_panel.accepted) as blocker:
        qtbot.keyClick(proposals_panel.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    change = blocker.args[0]
    claim = wb.claim(change.claim.id)
    assert (claim.start, claim.end, claim.quote) == (p.start, p.end, p.quote)
    assert wb.store.proposal(p.id).decision == "accepted"
    assert wb.store.proposal(p.id).claim_id == claim.id
    assert p.id not in [x.id for x in model.rows()]


def test_accepting_a_span_that_is_already_a_claim_says_so(qtbot, proposals_panel, wb, unclaimed):
    _propose(qtbot, proposals_panel)
    p = proposals_panel.model.row_at(0)
    wb.add_claim(unclaimed.id, p.start, p.end)  # someone made it a claim meanwhile
    proposals_panel.view.setCurrentIndex(proposals_panel.model.index(0, 1))
    with qtbot.assertNotEmitted(proposals_panel.accepted):
        qtbot.mouseClick(proposals_panel.accept_button, Qt.MouseButton.LeftButton)
    assert "already claim" in proposals_panel.status.text()
    assert wb.store.proposal(p.id).decision is None


def test_dismiss_persists_and_is_not_proposed_again(qtbot, proposals_panel, wb, unclaimed):
    _propose(qtbot, proposals_panel)
    model = proposals_panel.model
    p = model.row_at(1)
    proposals_panel.view.setFocus()
    proposals_panel.view.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(proposals_panel.view, Qt.Key.Key_Delete)
    assert wb.store.proposal(p.id).decision == "dismissed"
    assert wb.store.proposal(p.id).decided_by == "alice"
    assert p.id not in [x.id for x in model.rows()]
    # A fresh panel on the same article, and proposing again: the span stays dismissed.
    other = ProposalsPanel()
    qtbot.addWidget(other)
    other.set_article(wb, unclaimed.id)
    assert model.rowCount() == other.model.rowCount() > 0
    _propose(qtbot, other)
    assert (p.start, p.end) not in {(x.start, x.end) for x in other.model.rows()}


# -- checked before -------------------------------------------------------------------------
def test_checked_before_lists_a_claim_from_another_article_with_its_verdict(qtbot, wb, sample):
    from workbench.services import importing

    text = "خبر سابق\n\nأعلنت باكو أن أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمين في كاراباخ الشهر الماضي."
    other = importing.import_text(wb, text, "خبر سابق").article_id
    s, e = locate(wb.article(other).text, "أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمين في كاراباخ")
    earlier = wb.add_claim(other, s, e).claim
    wb.set_verdict(earlier.id, "mostly-false", "الصور قديمة")
    importing.import_text(wb, "بعيد\n\nارتفعت أسعار القمح في الأسواق العالمية.", "بعيد")
    target = next(c for c in wb.claims(sample.id) if "شرطيين" in c.quote)

    panel = CheckedBeforePanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.similarChanged, timeout=10000) as blocker:
        panel.set_claim(wb, target.id)
    assert blocker.args[0] >= 1 and not panel.is_busy()
    model = panel.model
    first = model.row_at(0)
    assert (first.claim_id, first.article_id) == (earlier.id, other)
    assert model.index(0, 1).data() == wb.scale.get("mostly-false").label("en")
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() == \
        wb.scale.get("mostly-false").color.lower()
    assert model.index(0, 3).data() == "خبر سابق"
    assert model.index(0, 0).data().endswith("%")
    assert all(s.article_id != sample.id for s in model.rows())
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Review state"
    assert model.index(0, 4).data() == "Draft"  # the matched claim's review state
    # as in the window, which loads the English plural forms (workbench_en.qm) at start
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import translations_of

    translations_of(QApplication.instance()).set_language("en")
    panel.set_claim(wb, target.id)
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=10000)
    n = len({r.article_id for r in model.rows()})
    assert panel.status.text() == (f"Checked before in {n} other article" if n == 1
                                   else f"Checked before in {n} other articles")
    panel.set_language("ar")
    assert model.index(0, 1).data() == wb.scale.get("mostly-false").label("ar")
    with qtbot.waitSignal(panel.openClaim) as opened:
        panel.open_index(model.index(0, 2))
    assert opened.args == [other, earlier.id]
    # No claim selected: nothing listed.
    panel.set_claim(wb, None)
    assert model.rowCount() == 0


def test_checked_before_says_when_nothing_is_alike(qtbot, wb, sample):
    target = next(c for c in wb.claims(sample.id) if "شرطيين" in c.quote)
    panel = CheckedBeforePanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.similarChanged, timeout=10000) as blocker:
        panel.set_claim(wb, target.id)
    assert blocker.args == [0] and panel.model.rowCount() == 0
    assert panel.status.text() == "No similar claim in other articles."
