"""1,000 highlighted claims over a 200,000-character Arabic text, in a process of its own that
must exit 0 (PySide6 6.12.0 aborts at exit after many ExtraSelection cursors; we never use them)."""

import subprocess
import sys

SCRIPT = r"""
import os, sys
from workbench.core.model import Claim
from workbench.ui.app import make_app
from workbench.ui.article_view import ArticleView

app = make_app()
para = "قتل أربعة شرطيين ومدنيَّين بانفجار لغمَين في كاراباخ، وفق ما أعلنت باكو اليوم. "
text = (para * (200_000 // len(para) + 1))[:200_000]
claims = []
step = len(text) // 1000
for i in range(1000):
    s = i * step + 4
    claims.append(Claim(f"c{i}", "a", s, s + 12, text[s:s + 12], rating=["true", "false", None][i % 3]))
view = ArticleView({"true": "#7fc97f", "false": "#e66a6a"})
view.resize(800, 600)
view.set_article(text, "ar", claims)
view.show()
app.processEvents()
for i in range(0, 1000, 50):
    view.show_claim(f"c{i}")
app.processEvents()
block = view.document().findBlock(claims[500].start)
assert any(r.length for r in block.layout().formats()), "no highlight formats"
print("highlighted", len(claims))
"""


def test_thousand_highlights_exit_cleanly():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "highlighted 1000" in result.stdout
