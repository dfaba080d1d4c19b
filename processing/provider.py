"""The Processing provider `liangwei`."""

from qgis.core import QgsProcessingProvider

from ..plugin.i18n import tr
from .algorithms.base import plugin_icon
from .algorithms.create_database import CreateDatabaseAlgorithm
from .algorithms.generate_demo_county import GenerateDemoCountyAlgorithm
from .algorithms.import_zones import ImportZonesAlgorithm

ALGORITHMS = (CreateDatabaseAlgorithm, ImportZonesAlgorithm, GenerateDemoCountyAlgorithm)


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
        for cls in ALGORITHMS:
            self.addAlgorithm(cls())
