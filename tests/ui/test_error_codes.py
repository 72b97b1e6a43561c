"""Errors are shown in the interface's language from their code and values (no message is
parsed back): real errors from real calls, through error_text, under the Arabic translator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from workbench.core.errors import Forbidden, InvalidInput, NotFound, WorkbenchError
from workbench.core.messages import MESSAGES, TERMS, fields
from workbench.services.importing import prepare_path
from workbench.services.review import Review
from workbench.ui.app import Translations
from workbench.ui.errors import FSI, PDI, error_text


@pytest.fixture
def arabic(qtbot):
    translations = Translations(QApplication.instance())
    translations.set_language("ar")
    yield translations
    translations.set_language("en")


def _raised(call, *args) -> WorkbenchError:
    with pytest.raises(WorkbenchError) as caught:
        call(*args)
    return caught.value


def test_errors_of_real_calls_are_shown_in_arabic_with_their_values_isolated(arabic, wb, sample, tmp_path):
    exc = _raised(wb.claim, "no-such-claim")
    assert isinstance(exc, NotFound)
    assert error_text(exc) == f"لا يوجد ادعاء بالمعرّف {FSI}'no-such-claim'{PDI}"

    exc = _raised(wb.add_claim, sample.id, 10, 5, "backwards")
    assert isinstance(exc, InvalidInput)
    assert error_text(exc) == f"بداية المقطع {FSI}10{PDI} تقع بعد نهايته {FSI}5{PDI}"

    missing = tmp_path / "no such folder" / "notes.txt"
    exc = _raised(prepare_path, str(missing))
    assert exc.code == "file.missing" and exc.params == {"path": str(missing)}
    assert error_text(exc) == f"{FSI}{missing}{PDI} غير موجود"

    claim = wb.claims()[0]
    exc = _raised(Review(wb).approve, claim.id)  # still a draft: the state is translated too
    text = error_text(exc)
    assert text.startswith("لا يمكن اعتماد الادعاء") and "«مسودة»" in text
    assert f"{FSI}{claim.id}{PDI}" in text and "draft" not in text

    wb.set_verdict(claim.id, "false", "no record of it")
    Review(wb).submit(claim.id)
    exc = _raised(Review(wb).approve, claim.id)
    assert isinstance(exc, Forbidden)
    assert error_text(exc) == f"لا يستطيع اعتماد ادعاء إلا محرر؛ و{FSI}alice{PDI} دوره «مدقق»"


def test_format_specs_and_terms_are_applied_to_the_values(arabic):
    exc = WorkbenchError("fetch.truncated", url="https://example.org/a", got=1234567)
    assert error_text(exc) == f"توقف {FSI}https://example.org/a{PDI} بعد {FSI}1,234,567{PDI} بايت؛ الصفحة ناقصة ولم تُحفظ"
    assert str(exc) == "https://example.org/a stopped after 1,234,567 bytes; the page is incomplete and was not kept"
    from workbench.core.messages import term
    exc = InvalidInput("import.empty", name=term("the pasted text"))
    assert error_text(exc).startswith("النص الملصق ")


def test_the_english_interface_shows_the_english_message(qtbot, wb):
    exc = _raised(wb.claim, "no-such-claim")
    assert error_text(exc) == str(exc) == "no claim with id 'no-such-claim'"


def test_every_translation_keeps_the_fields_of_its_template(arabic):
    for code, template in MESSAGES.items():
        translated = QCoreApplication.translate("errors", template)
        assert translated != template, f"{code} is not translated"
        assert sorted(fields(translated)) == sorted(fields(template)), f"{code}: {translated}"
    for word in TERMS:
        assert QCoreApplication.translate("errors", word), word
