"""Jobs on worker threads: every answer arrives, and each job's signal object is deleted on the
GUI thread once its job has ended (never by a worker dropping the last Python reference)."""

import threading

from PySide6.QtCore import QThread

from workbench.ui import workers
from workbench.ui.workers import Job


def test_answers_arrive_and_signal_objects_go_on_the_gui_thread(qapp, qtbot):
    gui = QThread.currentThread()
    answers, threads = [], set()

    def work(n):
        threads.add(threading.get_ident())
        if n % 3 == 0:
            raise ValueError(f"no {n}")
        return n * n

    jobs = [Job(work, n, token=n) for n in range(30)]
    signal_objects = [job.signals for job in jobs]
    assert all(s.thread() is gui for s in signal_objects)
    for job in jobs:
        job.start(lambda token, result: answers.append((token, result)),
                  lambda token, message: answers.append((token, message)))
    del jobs  # as the window does in its slot: the jobs are forgotten once started
    qtbot.waitUntil(lambda: len(answers) == 30, timeout=10000)
    assert sorted(answers)[:4] == [(0, "ValueError: no 0"), (1, 1), (2, 4), (3, "ValueError: no 3")]
    assert threading.get_ident() not in threads  # the work ran on workers
    qtbot.waitUntil(lambda: not any(s in signal_objects for _e, s in workers._RETIRING), timeout=5000)
    qtbot.wait(workers.RETIRE_AFTER_MS + 100)
    import shiboken6

    assert not any(shiboken6.isValid(s) for s in signal_objects)  # deleted, on the GUI thread
