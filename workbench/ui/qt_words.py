"""Qt's own words that its shipped Arabic lacks, answered by our translator.

Qt 6.11's file dialog asks for "&Look in:" and "Files of &type:" (with their mnemonics) and
its file icon provider for "Folder" and "Drive" (context ``QAbstractFileIconProvider``), but
PySide6's qtbase_ar.qm only holds the older "Look in:", "Files of type:" and a
``QFileDialog`` "Folder": the dialog showed them in English inside Arabic. Our translator is
installed after qtbase's (``app.Translations``), so it is asked first; every other word of
Qt's dialogs still comes from qtbase_ar.qm. lupdate collects these calls from this module
(``python tools/i18n.py``); tests/ui/test_window_tester_fixes.py checks each is Arabic.
"""

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    """Each word in the interface's language, asked exactly as Qt asks for it (context,
    source and disambiguation)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]
