import pytest

from workbench.core import audit, bundled
from workbench.core.arabic import for_terminal, has_bidi_controls, reveal_bidi_controls
from workbench.core.errors import InvalidInput
from workbench.core.ratings import RatingScale


def test_bundled_scale_has_the_seven_keys_with_both_languages():
    scale = RatingScale.from_dict(bundled.read_json("ratings.json"))
    assert scale.keys == ["true", "mostly-true", "misleading", "missing-context",
                          "mostly-false", "false", "unverifiable"]
    assert scale.get("false").value == 1 and scale.get("true").value == 5
    assert scale.get("missing-context").value is None
    assert scale.get("false").label("ar") == "خاطئ"
    with pytest.raises(InvalidInput, match="unknown rating"):
        scale.get("pants-on-fire")


def test_scale_rejects_duplicates_and_out_of_range():
    with pytest.raises(InvalidInput):
        RatingScale.from_dict({"ratings": [{"key": "a", "label_en": "A", "label_ar": "أ"}] * 2})
    with pytest.raises(InvalidInput):
        RatingScale.from_dict({"ratings": [{"key": "a", "label_en": "A", "label_ar": "أ", "value": 9}]})


def test_terminal_display_reverses_arabic_and_reveals_overrides():
    shown = for_terminal("قال \u202eabc")
    assert "U+202E" in shown and "\u202e" not in shown
    assert has_bidi_controls("a\u2067b") and not has_bidi_controls(reveal_bidi_controls("a\u2067b"))
    # display order puts the first logical Arabic letter at the right end
    assert for_terminal("سلام").endswith("ﺳ")


def test_terminal_lays_each_line_out_in_its_own_direction():
    """An English paragraph inside an Arabic article keeps its order; an Arabic sentence in an
    English line goes right to left with its number and brackets in place (not ``)2015(``)."""
    import arabic_reshaper

    mixed = "Mixed: the ministry said ٢٠ civilians 😢 left via the Lachin corridor."
    arabic = "قالت الوزارة إن ٢٠ مدنيًا غادروا (2015)."
    shown = for_terminal(f"{arabic}\n{mixed}").split("\n")
    assert shown[1] == mixed  # left to right, as written
    words = arabic_reshaper.reshape(arabic[:-8]).split()  # the Arabic words, shaped
    assert shown[0] == ".(2015) " + " ".join(w if w.isdigit() else w[::-1] for w in reversed(words))
    english = for_terminal("Census data confirms this. التعداد السكاني يؤكد ذلك (2015).")
    reshaped = arabic_reshaper.reshape("التعداد السكاني يؤكد ذلك").split()
    assert english == "Census data confirms this. (2015) " + " ".join(w[::-1] for w in reversed(reshaped)) + "."
    # a line with no strong letter keeps its order; an English one with an Arabic word in it too
    assert for_terminal("(1) 2") == "(1) 2"
    assert for_terminal("Hello (عالم) world").startswith("Hello (")

def test_hash_chain_detects_edit_and_gap():
    from workbench.core.model import Event

    events, prev = [], audit.GENESIS
    for seq in range(1, 4):
        h = audit.event_hash(id=str(seq), at="t", user="u", action="a", entity="e", entity_id="x",
                             scope_id="x", before=None, after={"n": seq}, prev_hash=prev)
        events.append(Event(seq, str(seq), "t", "u", "a", "e", "x", "x", None, {"n": seq}, prev, h))
        prev = h
    assert audit.first_broken(events) is None
    tampered = list(events)
    tampered[1] = Event(2, "2", "t", "mallory", "a", "e", "x", "x", None, {"n": 2}, events[0].hash, events[1].hash)
    assert audit.first_broken(tampered)[0] == 2
    assert audit.first_broken([events[0], events[2]])[0] == 3
