"""Helpers shared by the algorithm tests (imported as `lwtest`; tests/ is on sys.path)."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback


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

    def pushWarning(self, text):
        self.infos.append(text)

    def reportError(self, text, fatalError=False):
        self.errors.append(text)

    @property
    def log(self):
        return "\n".join(self.infos + self.errors)


def run_algorithm(name, params, feedback=None):
    """(results, feedback) of processing.run("liangwei:<name>")."""
    import processing
    feedback = feedback or Recorder()
    return processing.run("liangwei:" + name, params, feedback=feedback), feedback


def refusal(name, params):
    """The message of liangwei:<name>'s refusal of a run (the test fails without one)."""
    import processing
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:" + name, params, feedback=Recorder())
    return str(info.value)

