"""The lazy table models (ids in memory, rows read in batches into a small cache, as Anki's
browser table) under Qt's own model checker, over the real database and services: filled,
changed (claims added, edited, deleted) and reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from workbench.core.spans import snap_span
from workbench.services import importing, open_workbench
from workbench.services.review import Review
from workbench.services.search import search, search_refs
from workbench.ui.library_view import PROGRESS, TITLE, LibraryModel
from workbench.ui.models import ClaimsModel
from workbench.ui.review_queue import ReviewQueueModel
from workbench.ui.search_panel import HIT_ROLE, SearchModel

WARNING = QAbstractItemModelTester.FailureReportingMode.Warning


def _checked(model):
    """Qt's model checker on ``model``, reporting to ``checker_warnings``."""
    return QAbstractItemModelTester(model, WARNING, model)


@pytest.fixture(autouse=True)
def checker_warnings():
    """What Qt's model checker reports in Warning mode (the checklist's "#" column is the row
    number: the checker's one rule it breaks by design is that a row's neighbour keeps its
    column-0 value across an insertion or removal)."""
    seen = []

    def handler(_mode, _context, message):
        seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)
    assert _real_failures(seen) == [], seen


def _real_failures(messages):
    """The checker's failures, but for a row number moving in column 0 after an insertion
    (``index(end + 1, 0``) or a removal (``index(start, 0``) by exactly the rows inserted or removed."""
    fails = [m for m in messages if m.startswith("FAIL!")]
    return [m for m in fails if not (("index(end + 1, 0" in m or "index(start, 0" in m)
                                     and "QVariant(int," in m)]


def _all_rows(model, column=1):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _view(qtbot, model, rows_shown=20):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, view.verticalHeader().defaultSectionSize() * rows_shown)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def long_article(wb):
    """An article with 1,000 claims, made through the services."""
    para = "Officials said four police officers and two civilians were killed by two mines.\n"
    text = para * 1000
    article_id = wb.add_article("long", text, "en").article_id
    step = len(text) // 1000
    with wb.store.transaction():
        for i in range(1000):
            start, end = snap_span(text, i * step, i * step + 10)
            wb.add_claim(article_id, start, end, f"statement {i}")
    return article_id


# -- the checklist ----------------------------------------------------------------------------
def test_claims_model_filled_changed_and_reset(qtbot, wb, sample, checker_warnings):
    model = ClaimsModel(wb.scale)
    _checked(model)
    model.set_article(wb, sample.id)
    claims = wb.claims(sample.id)
    assert model.count() == model.rowCount() == len(claims) == 11
    assert [model.claim_at(r).id for r in range(11)] == [c.id for c in claims]
    assert [model.index(r, 0).data(ClaimsModel.IdRole) for r in range(11)] == [c.id for c in claims]
    assert model.rated_count() == 0
    _view(qtbot, model)

    # edited: the row shows the verdict, the count follows, nothing else moves
    change = wb.set_verdict(claims[3].id, "false", "wrong")
    model.apply(claims[3].id, change.claim)
    assert model.index(3, 2).data() == wb.scale.get("false").label("en")
    assert model.rated_count() == 1 and model.row_of(claims[3].id) == 3

    # added: lands in text order
    text = sample.text
    start, end = snap_span(text, claims[5].end + 1, claims[5].end + 8)
    added = wb.add_claim(sample.id, start, end).claim
    model.apply(added.id, added)
    assert model.count() == 12
    assert [model.claim_at(r).id for r in range(12)] == [c.id for c in wb.claims(sample.id)]

    # deleted
    wb.delete_claim(claims[0].id)
    model.apply(claims[0].id, None)
    assert model.row_of(claims[0].id) == -1 and model.count() == 11
    assert model.claim_at(0).id == claims[1].id

    # reset (another article, then this one again through set_claims)
    other = wb.add_article("other", "One claim here.", "en").article_id
    wb.add_claim(other, 0, 3)
    model.set_article(wb, other)
    assert model.count() == 1 and model.claim_at(0).article_id == other
    model.set_claims(wb.claims(sample.id))
    assert [c.id for c in model.claims()] == [c.id for c in wb.claims(sample.id)]
    assert any(m.startswith("FAIL!") for m in checker_warnings)  # it did check: the numbers moved


def test_claims_model_without_a_workbench_shows_the_claims_given(wb, sample):
    model = ClaimsModel(wb.scale)
    _checked(model)
    claims = wb.claims(sample.id)
    model.set_claims(list(reversed(claims)))
    assert [model.claim_at(r).id for r in range(model.rowCount())] == [c.id for c in claims]
    model.apply(claims[2].id, None)
    assert model.count() == 10 and model.row_of(claims[3].id) == 2


def test_claims_model_is_lazy_over_a_thousand_claims(qtbot, wb, long_article):
    model = ClaimsModel(wb.scale)
    model.set_article(wb, long_article)
    # checked from here: the checker calls fetchMore() from its own modelReset handler, before
    # it notes the reset as finished, and then reports the rows that fetch adds as inserted
    # during the reset
    _checked(model)
    view = _view(qtbot, model)
    assert model.count() == 1000
    shown = model.cached_count()
    assert 0 < shown <= model.FETCH + 20 < model.count() // 10  # the rows on screen and a batch

    ids = wb.claim_ids(long_article)
    last = ids[-1]
    assert model.row_of(last) == 999  # an id never read
    assert model.cached_count() == shown
    model.ensure_loaded(999)
    view.scrollTo(model.index(999, 0))
    qtbot.wait(10)
    assert model.claim_at(999).statement == "statement 999"
    assert model.cached_count() <= model.CACHE < model.count()

    # every row read once (scrolled through): the cache stays bounded
    for row in range(0, 1000, 7):
        model.index(row, 1).data()
    assert model.cached_count() <= model.CACHE

    # a change far from the screen: an O(1) lookup, the row read again when next shown
    change = wb.set_verdict(ids[500], "true", "checked")
    model.apply(ids[500], change.claim)
    assert model.rated_count() == 1
    assert model.index(500, 2).data() == wb.scale.get("true").label("en")


def test_claims_model_in_the_window_reads_only_what_it_shows(qtbot, db_path, long_article):
    """The checklist of the real window, fed the way it feeds it, with the rows read lazily."""
    from workbench.ui.app import create_window, make_app

    wb = open_workbench(db_path, "alice")
    try:
        win = create_window(wb, make_app(), language="en")
        qtbot.addWidget(win)
        win.claims_model.set_workbench(wb)
        win.show()
        win.open_article(long_article)
        qtbot.wait(50)
        model = win.claims_model
        assert model.count() == 1000
        assert model.cached_count() <= model.CACHE < model.count()
        assert model.row_of(wb.claim_ids(long_article)[-1]) == 999
    finally:
        wb.close()


# -- the library ------------------------------------------------------------------------------
def test_library_model_filled_changed_sorted_filtered_and_reset(qtbot, wb, sample):
    model = LibraryModel(None, wb)
    _checked(model)
    model.refresh()
    assert model.count() == model.total() == 1
    _view(qtbot, model)
    baku = importing.import_text(wb, "Ministers met in Baku on Monday.", title="Baku meeting").article_id
    model.refresh()
    assert model.count() == 2 and model.row_of(baku) == 0  # newest first
    wb.set_verdict(wb.claims(sample.id)[0].id, "false", "checked")
    model.refresh()
    assert model.index(model.row_of(sample.id), PROGRESS).data() == "1/11"
    model.sort(PROGRESS, Qt.SortOrder.DescendingOrder)
    assert model.row_of(sample.id) == 0
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, TITLE).data() == "Baku meeting"
    model.set_filter("BAKU")
    assert _all_rows(model, TITLE) == ["Baku meeting"] and model.total() == 2
    model.set_filter("1/11")
    assert model.ids() == [sample.id]
    model.set_filter("")
    assert model.count() == 2
    assert [r.id for r in importing.library_rows(wb, model.ids())] == model.ids()


# -- search results ---------------------------------------------------------------------------
def test_search_model_filled_changed_and_reset(qtbot, wb, sample, long_article):
    model = SearchModel()
    _checked(model)
    refs = search_refs(wb, "statement", 500, ("claim",))
    assert len(refs) == 500
    model.set_results(wb, "statement", refs, SearchModel.read_rows(wb, "statement", refs[:5]))
    _view(qtbot, model)
    assert model.rowCount() == 500 and model.cached_count() < 100
    hit = model.index(499, 0).data(HIT_ROLE)
    assert hit.kind == "claim" and wb.claim(hit.claim_id).statement.startswith("statement")
    # the same hits as the eager search, in the same order
    eager = search(wb, "police", 20, ())
    refs = search_refs(wb, "police", 20, ())
    model.set_results(wb, "police", refs)
    assert [model.hit_at(r).claim_id for r in range(model.rowCount())] == [h.claim_id for h in eager]
    # a claim edited so it no longer matches: its row stays, without a hit
    refs = search_refs(wb, "statement 99", 500, ("claim",))
    model.set_results(wb, "statement 99", refs)
    first = model.hit_at(0)
    wb.edit_statement(first.claim_id, "changed")
    model.invalidate(refs[0])
    assert model.hit_at(0) is None and model.index(0, 1).data() == "long"
    assert model.index(0, 2).data() is None and model.hit_at(1).claim_id == refs[1].claim_id
    model.set_hits([], {})
    assert model.rowCount() == 0


# -- the review queue -------------------------------------------------------------------------
def test_review_queue_model_filled_changed_and_reset(qtbot, db_path):
    alice_wb = open_workbench(db_path, "alice")
    erin_wb = open_workbench(db_path, "erin")
    try:
        erin = Review(erin_wb)
        erin.add_user("erin", "editor")
        alice = Review(alice_wb)
        claims = alice_wb.claims()
        for c in claims[:3]:
            alice_wb.set_verdict(c.id, "false", "why")
            alice.submit(c.id)
        model = ReviewQueueModel(erin_wb.scale)
        _checked(model)
        model.set_review(erin)
        assert model.ids() == [c.id for c in claims[:3]] == [i.claim.id for i in erin.queue()]
        _view(qtbot, model)
        # added to the queue
        alice_wb.set_verdict(claims[5].id, "true", "checked")
        alice.submit(claims[5].id)
        model.refresh([claims[5].id])
        assert model.ids()[-1] == claims[5].id and model.rowCount() == 4
        # decided: leaves the queue
        erin.approve(claims[1].id)
        model.refresh([claims[1].id])
        assert model.row_of(claims[1].id) == -1 and model.rowCount() == 3
        # edited: back to draft, leaves the queue
        alice_wb.edit_statement(claims[0].id, "new words")
        model.refresh([claims[0].id])
        assert model.ids() == [claims[2].id, claims[5].id]
        assert model.item_at(0).claim.id == claims[2].id and model.index(1, 2).data() == claims[5].quote
        # deleted
        alice_wb.delete_claim(claims[2].id)
        model.refresh()
        assert model.ids() == [claims[5].id]
        model.set_items([])
        assert model.rowCount() == 0
    finally:
        alice_wb.close()
        erin_wb.close()
