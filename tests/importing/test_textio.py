"""core/textio.py: encodings, bad input, bidi controls, Markdown."""

import unicodedata

import pytest

from workbench.core import arabic, textio
from workbench.core.errors import InvalidInput

ARABIC = ("قال مسؤولون إن أربعة مدنيين قتلوا في قصف على بلدة يفلاخ، "
          "وأكدت الوزارة أن الممرات الإنسانية ستفتح غداً.\n")
SHORT_ARABIC = "مرحبا بالعالم\n"
ENGLISH = "The ministry said four civilians were killed in Yevlakh, café naïve.\n"
FRENCH = "Le ministère a déclaré que quatre civils ont été tués à Yevlakh. Señor, año.\n"
GERMAN = "Größe Übermäßig Straße\n"


@pytest.mark.parametrize("text,encoding", [
    (ARABIC, "utf-8"), (ARABIC, "utf-8-sig"), (ARABIC, "utf-16"), (ARABIC, "utf-16-le"),
    (ARABIC, "utf-16-be"), (ARABIC, "utf-32"), (ARABIC, "cp1256"), (ARABIC, "iso-8859-6"),
    (SHORT_ARABIC, "cp1256"), (SHORT_ARABIC, "iso-8859-6"),
    (ENGLISH, "latin-1"), (ENGLISH, "cp1252"), (FRENCH, "latin-1"), (FRENCH, "cp1252"),
    (GERMAN, "latin-1"), (FRENCH, "utf-8"),
])
def test_decodes_common_encodings(text, encoding):
    got = textio.decode(text.encode(encoding), "f.txt")
    assert got.text == text


def test_charset_normalizer_alone_gets_short_iso_arabic_wrong_and_the_ranking_fixes_it():
    from charset_normalizer import from_bytes

    data = SHORT_ARABIC.encode("iso-8859-6")
    assert str(from_bytes(data).best()) != SHORT_ARABIC  # why DESK_ENCODINGS are ranked too
    assert textio.decode(data).encoding == "iso8859-6"


def test_declared_charset_wins_when_it_decodes_and_is_ignored_when_it_does_not():
    data = ARABIC.encode("cp1256")
    assert textio.decode(data, encoding="windows-1256").encoding == "cp1256"
    assert textio.decode(ARABIC.encode("utf-8"), encoding="ascii").text == ARABIC  # wrong label
    assert textio.decode(data, encoding="no-such-charset").text == ARABIC


def test_text_is_stored_as_nfc_with_unix_line_ends():
    decomposed = unicodedata.normalize("NFD", "café آمن\r\nسطر")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    got = textio.decode(decomposed.encode("utf-8")).text
    assert got == unicodedata.normalize("NFC", "café آمن\nسطر")


@pytest.mark.parametrize("data,needle", [
    (b"", "empty"),
    (b"  \n\t \n", "only white space"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (bytes(range(256)) * 4, "binary"),
    (b"text\x01\x02\x03\x04\x05\x06 more\x07\x08\x0e\x0f", "control characters"),
    ("قال مسؤولون إن أربعة مدنيين قتلوا في قصف".encode() + b"\xff\xfe\xfd tail", "damaged"),
])
def test_bad_input_gets_one_clear_message(data, needle):
    with pytest.raises(InvalidInput) as err:
        textio.decode(data, "upload.txt")
    assert needle in str(err.value) and "upload.txt" in str(err.value)
    assert "\n" not in str(err.value)


def test_size_is_checked_before_reading():
    textio.check_size(textio.MAX_IMPORT_BYTES, "ok.txt")
    # one byte over: the sizes are given in bytes, not as "10.0 MB … 10.0 MB"
    with pytest.raises(InvalidInput, match="big.txt is 10,485,761 bytes; the largest file "
                                           "workbench imports is 10,485,760 bytes"):
        textio.check_size(textio.MAX_IMPORT_BYTES + 1, "big.txt")
    with pytest.raises(InvalidInput, match="is 100.0 MB; the largest file workbench imports is 10.0 MB"):
        textio.check_size(100 * 1024 * 1024, "big.txt")
    with pytest.raises(InvalidInput, match="empty"):
        textio.check_size(0, "e.txt")


def test_bidi_controls_are_kept_but_masked_for_display():
    # "RLO" would show "gnp.exe" as "exe.png" style; here it would flip the number's digits.
    text = "قتل \u202e0051\u202c مدنياً \u2067x\u2069"
    masked = arabic.mask_bidi_controls(text)
    assert len(masked) == len(text)
    assert len(masked.encode("utf-16-le")) == len(text.encode("utf-16-le"))
    assert not any(c in masked for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert masked == "قتل ◆0051◆ مدنياً ◆x◆"
    assert [name for _, name in arabic.bidi_controls(text)] == [
        "RIGHT-TO-LEFT OVERRIDE", "POP DIRECTIONAL FORMATTING", "RIGHT-TO-LEFT ISOLATE",
        "POP DIRECTIONAL ISOLATE"]
    assert arabic.bidi_controls(text)[0][0] == text.index("\u202e")
    assert textio.decode(text.encode("utf-8")).text == text  # stored as published


def test_markdown_to_text_keeps_words_drops_markup():
    md = ("# عنوان الخبر\n\nقال **الوزير** إن _الأرقام_ [صحيحة](https://x.example/a) و`٧٪`.\n\n"
          "- البند الأول\n* البند الثاني\n\n> اقتباس من البيان\n\n| المدينة | القتلى |\n"
          "|---|---:|\n| يفلاخ | 4 |\n\n![صورة الخريطة](map.png)\n\n---\n\nنهاية\n")
    text = textio.markdown_to_text(md)
    assert text.splitlines()[0] == "عنوان الخبر"
    assert "قال الوزير إن الأرقام صحيحة (https://x.example/a) و٧٪." in text  # the link's address kept
    assert "• البند الأول" in text and "• البند الثاني" in text
    assert "اقتباس من البيان" in text and ">" not in text
    assert "يفلاخ\t4" in text and "---" not in text
    assert "صورة الخريطة" in text and "map.png" not in text
    assert not any(ch in text for ch in "*_`#[]|")


def test_guess_language():
    assert textio.guess_language(ARABIC) == "ar"
    assert textio.guess_language(ENGLISH) == "en"
    assert textio.guess_language("قال Biden إن the economy is strong today") == "en"
