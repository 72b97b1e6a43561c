"""Search, proposed claims and "checked before" docks in the main window."""

from PySide6.QtCore import Qt


def test_search_dock_jumps_to_a_claim(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.panel("search")
    assert window._panels["search"].isVisible() and panel.box.hasFocus()
    target = next(c for c in window.claims_model.claims() if "يفلاخ" in c.quote)
    window.open_hit(target.article_id, target.start, target.end, target.id)
    assert window.claim_panel.claim.id == target.id
    assert window.article_view.textCursor().selectedText() == target.quote


def test_search_hit_in_another_article_opens_it(window, qtbot):
    from workbench.services import importing

    other = importing.import_text(window.wb, "مقال آخر\n\nأعلنت الوزارة فتح ممرات إنسانية.", "مقال آخر")
    text = window.wb.article(other.article_id).text
    start = text.index("ممرات")
    window.open_hit(other.article_id, start, start + 5, "")
    assert window.article_id == other.article_id
    assert window.article_view.textCursor().selectedText() == "ممرات"


def test_panels_sit_beside_the_claims_in_both_directions(window, qtbot):
    window.show_panel("search")
    dock = window._panels["search"]
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    window.act_arabic.trigger()  # the article moves right: the panels go left, by the claims
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    window.act_english.trigger()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_shortcuts_list_has_every_shortcut(window):
    keys = {k for _, k in window.shortcut_rows()}
    for expected in ("Ctrl+I", "Ctrl+R", "Ctrl+H", "Ctrl+E", "Ctrl+Shift+F", "Ctrl+Shift+P",
                     "Ctrl+Shift+K", "Ctrl+Shift+M", "Ctrl+Shift+V", "Ctrl+N", "F8"):
        assert expected in keys, expected
    assert all(what for what, _ in window.shortcut_rows())


def test_a_claim_made_by_hand_greys_the_proposal_it_covers(window, qtbot):
    from workbench.services import proposals

    window.show_panel("proposals")
    proposals.propose(window.wb, window.article_id)
    panel = window.panel("proposals")
    panel.set_article(window.wb, window.article_id)
    free = next(p for p in panel.model.rows() if not p.covered_by)
    window.article_view.select_span(free.start, free.end)
    window.new_claim_from_selection()  # the checker marks the sentence, not the proposal
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).id == free.id)
    assert panel.model.row_at(row).covered_by  # the panel knows without being asked again
    window.undo_stack.undo()  # and back
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).id == free.id)
    assert not panel.model.row_at(row).covered_by


def test_a_search_hit_or_a_proposal_centres_its_span_in_the_article(window, qtbot):
    window.resize(1024, 680)
    qtbot.waitUntil(lambda: window.article_view.viewport().height() > 0)
    view, bar = window.article_view, window.article_view.verticalScrollBar()
    centred = 0
    for claim in sorted(window.claims_model.claims(), key=lambda c: c.start):
        window.article_view.select_span(0, 1)  # from the top, as a fresh article opens
        bar.setValue(0)
        window.open_hit(claim.article_id, claim.start, claim.end, claim.id)
        if not 0 < bar.value() < bar.maximum():
            continue  # at the very start or end of the article: it cannot be centred
        cursor = view.textCursor()
        first, last = type(cursor)(cursor), type(cursor)(cursor)
        first.setPosition(cursor.selectionStart())
        last.setPosition(cursor.selectionEnd())
        middle = (view.cursorRect(first).top() + view.cursorRect(last).bottom()) / 2
        assert abs(middle - view.viewport().height() / 2) <= view.cursorRect(first).height(), claim.quote
        centred += 1
    assert centred >= 2
    # a proposal's span (the proposals panel's showSpan) is centred the same way
    claim = sorted(window.claims_model.claims(), key=lambda c: c.start)[len(window.claims_model.claims()) // 2]
    bar.setValue(0)
    window.panel("proposals").showSpan.emit(claim.start, claim.end)
    assert view.textCursor().selectedText() == claim.quote
    assert 0 < bar.value()


def test_proposed_claims_are_scored_when_first_opened(window, qtbot):
    window.show_panel("proposals")  # nobody asked for this article's proposals yet
    panel = window.panel("proposals")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel.is_busy(), timeout=60_000)
    fresh = sum(1 for p in panel.model.rows() if not p.covered_by)
    n = panel.model.rowCount()
    assert n > 1  # the sample gives several: English plural form (workbench_en.qm)
    assert f"{n} proposed claims, {fresh} of them not claims yet" == panel.status.text()
