"""Areas in square metres whatever the CRS: ellipsoidal, on the CRS's own ellipsoid.

CGCS2000 (EPSG:4490 and its Gauss–Krüger zones), WGS 84 and any projected CRS give
the true ground area, so a polygon has the same area_m2 in every CRS it arrives in.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsGeometry, QgsProject, QgsUnitTypes


class AreaCalculator:
    """Reusable ellipsoidal area calculator for one source CRS."""

    def __init__(self, crs, transform_context=None):
        if isinstance(crs, str):
            crs = QgsCoordinateReferenceSystem(crs)
        if not crs.isValid():
            raise ValueError("invalid or missing CRS: areas cannot be computed")
        self.crs = crs
        self._da = QgsDistanceArea()
        self._da.setSourceCrs(crs, transform_context or QgsProject.instance().transformContext())
        ellipsoid = crs.ellipsoidAcronym() or "EPSG:7019"
        if not self._da.setEllipsoid(ellipsoid):
            self._da.setEllipsoid("EPSG:7019")  # GRS 1980, the CGCS2000 ellipsoid
        self._factor = QgsUnitTypes.fromUnitToUnitFactor(self._da.areaUnits(),
                                                          QgsUnitTypes.AreaSquareMeters)

    def area_m2(self, geometry):
        if isinstance(geometry, str):
            geometry = QgsGeometry.fromWkt(geometry)
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return 0.0
        return self._da.measureArea(geometry) * self._factor


def area_m2(geometry, crs):
    return AreaCalculator(crs).area_m2(geometry)
