"""The labelled news set the proposals bench measures (bench/news-labels.json) is well formed:
enough sentences, each article with its source, spans in order, both labels present."""

import json
import re
from pathlib import Path

LABELS = Path(__file__).resolve().parents[2] / "bench" / "news-labels.json"


def test_news_labels_are_well_formed():
    spec = json.loads(LABELS.read_text(encoding="utf-8"))
    sentences = [s for a in spec["articles"].values() for s in a["sentences"]]
    assert len(sentences) >= 40
    assert {s["label"] for s in sentences} == {0, 1}
    for key, art in spec["articles"].items():
        assert art["language"] in {"ar", "en"} and art["publisher"] and art["date"], key
        src = art["source"]
        assert src["from"] in {"debian", "pypi-sdist"} and src["path"] and src["licence"], key
        assert "karabakh" not in src["path"].lower(), "the sample is not part of the news set"
        last = 0
        for s in art["sentences"]:
            assert last <= s["start"] < s["end"], (key, s)
            assert re.fullmatch(r"[0-9a-f]{64}", s["sha256"]) and s["why"], (key, s)
            last = s["end"]
