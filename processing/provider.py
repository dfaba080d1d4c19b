"""The Processing provider `liangwei`."""

import importlib
import inspect
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider

from ..plugin.i18n import tr
from .algorithms.base import LiangweiAlgorithm, plugin_icon

_ALGORITHM_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "algorithms")
_NOT_ALGORITHMS = ("__init__", "base", "common")
MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "resources", "models")


def algorithm_classes():
    """Every algorithm class: one module per algorithm in processing/algorithms/."""
    classes = []
    for filename in sorted(os.listdir(_ALGORITHM_DIR)):
        module_name, ext = os.path.splitext(filename)
        if ext != ".py" or module_name in _NOT_ALGORITHMS:
            continue
        module = importlib.import_module(".algorithms.%s" % module_name, __package__)
        classes.extend(cls for _, cls in inspect.getmembers(module, inspect.isclass)
                       if issubclass(cls, LiangweiAlgorithm) and cls is not LiangweiAlgorithm
                       and cls.__module__ == module.__name__)
    return classes


class LiangweiProvider(QgsProcessingProvider):

    def id(self):
        return "liangwei"

    def name(self):
        return tr("Liangwei 两违治理")

    def longName(self):
        return self.name()

    def icon(self):
        return plugin_icon()

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        # The shipped models (resources/models, built by scripts/build_models.py) are
        # algorithms of this provider too: liangwei:<model name>.
        for filename in sorted(os.listdir(MODELS_DIR)) if os.path.isdir(MODELS_DIR) else ():
            if filename.endswith(".model3"):
                model = QgsProcessingModelAlgorithm()
                if model.fromFile(os.path.join(MODELS_DIR, filename)):
                    self.addAlgorithm(model)
