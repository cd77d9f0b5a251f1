"""The yardstick for start-up: a bare PySide6 window with no app code.

QMainWindow, a QTextEdit and a toolbar. Prints the time of its first paint and of
"ready" (its editor accepts keys from the first paint on), like the app does under
SELLER_COMPOSER_STARTUP_PROBE, then quits.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit


class Probe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.ready)
        return False

    def ready(self) -> None:
        print(f"ready {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTextEdit())
    toolbar = window.addToolBar("Format")
    for name in ("Bold", "Italic", "Underline"):
        toolbar.addAction(name)
    probe = Probe()
    window.installEventFilter(probe)
    window.resize(1180, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
