"""Helpers shared by the algorithm tests (imported as `lwtest`; tests/ is on sys.path)."""

from qgis.core import QgsProcessingFeedback


class Recorder(QgsProcessingFeedback):
    """Keeps what an algorithm told the user; cancels once progress reaches
    `cancel_at` percent."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.errors = [], []
        if cancel_at is not None:
            self.progressChanged.connect(lambda p: p >= cancel_at and self.cancel())

    def pushInfo(self, text):
        self.infos.append(text)

    def reportError(self, text, fatalError=False):
        self.errors.append(text)

    @property
    def log(self):
        return "\n".join(self.infos + self.errors)
