"""Every UI string has an Arabic translation, and the shipped .qm matches the .ts."""

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)

HOW = ("run `python tools/i18n.py`, translate the entries marked unfinished in "
       "resources/i18n/workbench_ar.ts, then run it again")


def test_every_ui_string_is_translated(tmp_path):
    ts = tmp_path / "workbench_ar.ts"
    shutil.copy(i18n.TS, ts)
    i18n.update(ts)
    text = ts.read_text(encoding="utf-8")
    assert text.count("<message") > 50
    assert 'type="unfinished"' not in text, HOW


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    qm = tmp_path / "workbench_ar.qm"
    i18n.release(i18n.TS, qm)
    assert qm.read_bytes() == i18n.QM.read_bytes(), HOW


def test_error_templates_are_up_to_date():
    """Every error message the code can raise is in workbench/ui/error_messages.py."""
    assert i18n.errors_module() == i18n.ERRORS_PY.read_text(encoding="utf-8"), HOW


def test_english_plural_forms_are_complete(tmp_path):
    """Every ``tr(text, "", n)`` has its English singular and plural (no "(s)" in the window)."""
    ts = tmp_path / "workbench_en.ts"
    shutil.copy(i18n.TS_EN, ts)
    i18n.update(ts)
    text = ts.read_text(encoding="utf-8")
    assert text.count('<message numerus="yes">') >= 10
    assert 'type="unfinished"' not in text, HOW
    forms = text.split("<numerusform>")[1:]
    assert not any("(s)" in f.split("</numerusform>")[0] for f in forms)
    qm = tmp_path / "workbench_en.qm"
    i18n.release(i18n.TS_EN, qm)
    assert qm.read_bytes() == i18n.QM_EN.read_bytes(), HOW
