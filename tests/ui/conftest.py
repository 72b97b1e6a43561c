import pytest

from workbench.services import open_workbench
from workbench.ui.app import create_window, make_app


@pytest.fixture
def window(qtbot, db_path, tmp_path, monkeypatch):
    """The real main window over a real database holding the sample."""
    # QSettings (UI state only) go to a temporary folder, not the user's.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = make_app()
    from PySide6.QtCore import QSettings
    QSettings().clear()
    wb = open_workbench(db_path, "alice")
    win = create_window(wb, app, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_language("en")  # the application's translators outlive the window: English again
    win.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)  # no worker outlives its test
    # a worker's result is delivered to its panel by a queued signal: let it arrive while the
    # database is still open (a proposals reload after close() errors at teardown)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    wb.close()

