"""Township and village of a feature by the largest overlap, with a spatial index.

The township is the zone of township level (乡镇/街道/园区) holding the largest part of
the feature; the village is then chosen the same way among that township's villages
and communities, so the two codes always agree.  Shares are planar ratios in the CRS
the features come in (the zones are transformed once into it), which for features of
a few hundred metres is exact to far better than the 0.1 % areas are checked to.
"""

from typing import NamedTuple, Optional

from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject,
                       QgsRectangle, QgsSpatialIndex)

from ..core.codes import TOWNSHIP_LEVELS, VILLAGE_LEVELS


class Assignment(NamedTuple):
    township_code: Optional[str]
    village_code: Optional[str]
    zone_share: Optional[float]      # share of the feature inside its chosen zone


NOWHERE = Assignment(None, None, None)


class _Level:
    """Zones of one level: index, geometries with prepared engines."""

    def __init__(self):
        self.index = QgsSpatialIndex()
        self.codes = []
        self.parents = []
        self.geoms = []
        self.engines = []

    def add(self, code, parent, geom):
        i = len(self.codes)
        self.codes.append(code)
        self.parents.append(parent)
        self.geoms.append(geom)
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        self.engines.append(engine)
        self.index.addFeature(i, geom.boundingBox())

    def best(self, geom, area, allowed=None):
        """(code, share) of the zone holding most of `geom`; ties go to the lower code."""
        box = geom.boundingBox()
        candidates = [i for i in self.index.intersects(box)
                      if allowed is None or self.parents[i] == allowed]
        if not candidates:
            return None, None
        const = geom.constGet()
        best_code, best_area = None, 0.0
        for i in sorted(candidates, key=lambda k: self.codes[k]):
            engine = self.engines[i]
            if engine.contains(const):
                return self.codes[i], 1.0
            if not engine.intersects(const):
                continue
            if area <= 0:       # a point on a boundary: the first zone touching it
                return self.codes[i], 1.0
            part = self.geoms[i].intersection(geom).area()
            if part > best_area:
                best_code, best_area = self.codes[i], part
        if best_code is None:
            return None, None
        return best_code, (min(1.0, best_area / area) if area > 0 else 1.0)


class ZoneIndex:
    """Assign features to townships and villages (see the module docstring)."""

    def __init__(self):
        self.townships = _Level()
        self.villages = _Level()

    @classmethod
    def from_layer(cls, zones_layer, target_crs, transform_context=None, feedback=None):
        """Index the township- and village-level zones of a zones layer (fields
        zone_code, level, parent_code), transformed into `target_crs`."""
        names = zones_layer.fields().names()
        missing = {"zone_code", "level"} - set(names)
        if missing:
            raise ValueError("the zones layer has no field %s" % ", ".join(sorted(missing)))
        context = transform_context or QgsProject.instance().transformContext()
        transform = None
        if zones_layer.crs() != target_crs:
            transform = QgsCoordinateTransform(zones_layer.crs(), target_crs, context)
        index = cls()
        has_parent = "parent_code" in names
        request = QgsFeatureRequest().setFilterExpression(
            '"level" IN (%s)' % ", ".join("'%s'" % lv for lv in TOWNSHIP_LEVELS + VILLAGE_LEVELS))
        for f in zones_layer.getFeatures(request):
            if feedback is not None and feedback.isCanceled():
                break
            geom = QgsGeometry(f.geometry())
            if geom.isNull() or geom.isEmpty():
                continue
            if not geom.isGeosValid():
                geom = geom.makeValid()
            if transform is not None:
                geom.transform(transform)
            code = str(f["zone_code"])
            parent = f["parent_code"] if has_parent else None
            parent = None if parent in (None, "") or parent != parent else str(parent)
            if f["level"] in TOWNSHIP_LEVELS:
                index.townships.add(code, parent, geom)
            else:
                index.villages.add(code, parent or code[:9], geom)
        return index

    def __len__(self):
        return len(self.townships.codes) + len(self.villages.codes)

    def assign(self, geom):
        """Assignment of one geometry (in the index's CRS)."""
        if geom is None or geom.isNull() or geom.isEmpty():
            return NOWHERE
        if geom.type() == 0:   # points: the zone containing them
            area = 0.0
        else:
            area = geom.area()
        township, share = self.townships.best(geom, area)
        if township is not None:
            village, vshare = self.villages.best(geom, area, allowed=township)
            if village is not None:
                return Assignment(township, village, vshare)
            return Assignment(township, None, share)
        # No township zones loaded (or none touched): villages alone decide.
        village, vshare = self.villages.best(geom, area)
        if village is not None:
            return Assignment(village[:9], village, vshare)
        return NOWHERE

    def extent(self):
        box = QgsRectangle()
        for level in (self.townships, self.villages):
            for g in level.geoms:
                box.combineExtentWith(g.boundingBox())
        return box
