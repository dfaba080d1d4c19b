"""Township and village of a feature by the largest overlap, with a spatial index.

The township is the zone of township level (乡镇/街道/园区) holding the largest part of
the feature; the village is then chosen the same way among that township's villages
and communities, so the two codes always agree.  "Part" is the area of a polygon, the
length of a line and the number of points of a (multi)point.  Shares are planar ratios
in the CRS the features come in (the zones are transformed once into it), which for
features of a few hundred metres is exact to far better than the 0.1 % areas are
checked to.

Ties: overlaps within TIE (0.01 % of the feature) of the largest count as equal and
the lowest code wins, so a feature split evenly by a boundary gets the same zone in
every CRS it arrives in (map projections change shares by far less than that).

Speed: zones are indexed by bounding box and their GEOS engines prepared once, on the
first assignment (township_stats places most features without them); a feature lying
wholly inside a zone (the usual case) costs one prepared "contains" test per level and
no intersection.  Intersections are computed only for the few features crossing a
boundary.
"""

from typing import NamedTuple, Optional

from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject,
                       QgsRectangle, QgsSpatialIndex, QgsWkbTypes)

from ..core.codes import TOWNSHIP_LEVELS, VILLAGE_LEVELS, ZONE_LEVEL
from ..core.zones import level_from_code, normalise_code

# Overlaps within this share of the feature are a tie (the lower code wins).
TIE = 1e-4


class Assignment(NamedTuple):
    township_code: Optional[str]
    village_code: Optional[str]
    zone_share: Optional[float]      # share of the feature inside its chosen zone


NOWHERE = Assignment(None, None, None)


def largest(parts, total):
    """(code, share) of the largest of `parts` [(code, measure)]: the lowest code among
    the parts within TIE × `total` of the largest; (None, None) when nothing overlaps."""
    top = max((part for _, part in parts), default=0.0)
    if top <= 0:
        return None, None
    code, part = min((c, p) for c, p in parts if p >= top - TIE * total)
    return code, min(1.0, part / total) if total > 0 else 1.0


def _measure(geom, dim):
    """Area, length or number of points of `geom`, by its dimension."""
    if dim == 2:
        return geom.area()
    if dim == 1:
        return geom.length()
    if geom.isNull() or geom.isEmpty():
        return 0.0
    return float(max(1, geom.constGet().partCount()))


class _Level:
    """Zones of one level, in code order: geometries, and their index and prepared
    engines, made on first use (a caller placing most features otherwise, as
    township_stats does with its grid, may never need them)."""

    def __init__(self):
        self.codes = []
        self.parents = []
        self.geoms = []
        self._index = None
        self._engines = None

    def add(self, code, parent, geom):
        """Add a zone; zones must be added in code order (ids then sort like codes)."""
        self.codes.append(code)
        self.parents.append(parent)
        self.geoms.append(geom)
        self._index = self._engines = None

    @property
    def index(self):
        if self._index is None:
            index = QgsSpatialIndex()
            for i, geom in enumerate(self.geoms):
                index.addFeature(i, geom.boundingBox())
            self._index = index
        return self._index

    @property
    def engines(self):
        if self._engines is None:
            engines = []
            for geom in self.geoms:
                engine = QgsGeometry.createGeometryEngine(geom.constGet())
                engine.prepareGeometry()
                engines.append(engine)
            self._engines = engines
        return self._engines

    def candidates(self, box, allowed=None):
        found = self.index.intersects(box)
        if allowed is not None:
            parents = self.parents
            found = [i for i in found if parents[i] == allowed]
        if len(found) > 1:
            found.sort()
        return found

    def best(self, geom, const, dim, total, candidates):
        """(code, share) of the candidate zone holding most of `geom`."""
        engines = self.engines
        for i in candidates:                       # fast path: wholly inside
            if engines[i].contains(const):
                return self.codes[i], 1.0
        parts = []
        for i in candidates:
            if not engines[i].intersects(const):
                continue
            if dim == 0 and total <= 1:            # a point on a boundary
                return self.codes[i], 1.0
            part = _measure(self.geoms[i].intersection(geom), dim)
            parts.append((self.codes[i], part))
        if dim == 0 and not parts:
            return None, None
        return largest(parts, total)


def read_zones(zones_layer, feedback=None):
    """[(code, level, parent code or None, QgsGeometry)] of a zones layer or feature
    source (fields zone_code, level, parent_code), as ZoneIndex.from_zones takes them.

    Codes may be stored as numbers (330624100.0); levels as codes or labels in English
    or Chinese (乡镇, 村 …), an empty level following from the code's length.  Without
    parent_code, a village's township is the first 9 digits of its code.  Raises
    ValueError without zone_code or level."""
    fields = zones_layer.fields()
    names = fields.names()
    missing = {"zone_code", "level"} - set(names)
    if missing:
        raise ValueError("the zones layer has no field %s" % ", ".join(sorted(missing)))
    has_parent = "parent_code" in names
    wanted = ["zone_code", "level"] + (["parent_code"] if has_parent else [])
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, fields)
    zones = []
    for f in zones_layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        code = normalise_code(f["zone_code"])
        if code is None:
            continue
        zones.append((code, zone_level(f["level"], code),
                      normalise_code(f["parent_code"]) if has_parent else None,
                      f.geometry()))
    return zones


def zone_level(text, code):
    """The level code of a zone from its level field (a code or a label in English or
    Chinese), from its code's length when that is empty."""
    if isinstance(text, str) and text.strip():
        return ZONE_LEVEL.code_for_label(text)
    return level_from_code(code)


class ZoneIndex:
    """Assign features to townships and villages (see the module docstring)."""

    def __init__(self):
        self.townships = _Level()
        self.villages = _Level()

    @classmethod
    def from_layer(cls, zones_layer, target_crs, transform_context=None, feedback=None):
        """Index the township- and village-level zones of a zones layer or feature
        source (fields zone_code, level, parent_code), transformed into `target_crs`
        (read_zones, then from_zones).  Raises ValueError without zone_code or level;
        QgsCsException when a zone cannot be transformed."""
        return cls.from_zones(read_zones(zones_layer, feedback), zones_layer.sourceCrs(),
                              target_crs, transform_context)

    @classmethod
    def from_zones(cls, zones, zones_crs, target_crs, transform_context=None):
        """Index zones already read: [(code, level, parent code or None, QgsGeometry)]
        with codes normalised and levels as codes (from_layer's reading); zones of
        other levels and empty geometries are left out, invalid ones repaired, all
        transformed from `zones_crs` into `target_crs` (the geometries given are not
        changed).  Raises QgsCsException when a zone cannot be transformed."""
        context = transform_context or QgsProject.instance().transformContext()
        transform = None
        if zones_crs != target_crs:
            transform = QgsCoordinateTransform(zones_crs, target_crs, context)
        townships, villages = [], []
        for code, level, parent, geom in zones:
            if level not in TOWNSHIP_LEVELS and level not in VILLAGE_LEVELS:
                continue
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            geom = QgsGeometry(geom)
            if not geom.isGeosValid():
                geom = geom.makeValid()
            if transform is not None:
                geom.transform(transform)
            if level in TOWNSHIP_LEVELS:
                townships.append((code, None, geom))
            else:
                villages.append((code, parent or code[:9], geom))
        index = cls()
        for level, found in ((index.townships, townships), (index.villages, villages)):
            for code, parent, geom in sorted(found, key=lambda z: z[0]):
                level.add(code, parent, geom)
        return index

    def __len__(self):
        return len(self.townships.codes) + len(self.villages.codes)

    def assign(self, geom):
        """Assignment of one geometry (in the index's CRS)."""
        if geom is None or geom.isNull() or geom.isEmpty():
            return NOWHERE
        dim = QgsWkbTypes.geometryType(geom.wkbType())
        if dim not in (0, 1, 2):
            return NOWHERE
        box = geom.boundingBox()
        const = geom.constGet()
        towns = self.townships
        villages = self.villages
        total = None
        found = towns.candidates(box)
        # Fast path: inside a township and one of its villages.
        for i in found:
            if towns.engines[i].contains(const):
                township = towns.codes[i]
                vfound = villages.candidates(box, township)
                for j in vfound:
                    if villages.engines[j].contains(const):
                        return Assignment(township, villages.codes[j], 1.0)
                geom, const, total = self._measurable(geom, dim)
                village, vshare = villages.best(geom, const, dim, total, vfound)
                if village is not None:
                    return Assignment(township, village, vshare)
                return Assignment(township, None, 1.0)
        geom, const, total = self._measurable(geom, dim)
        if total <= 0:
            return NOWHERE
        township, share = towns.best(geom, const, dim, total, found)
        if township is not None:
            village, vshare = villages.best(geom, const, dim, total,
                                            villages.candidates(box, township))
            if village is not None:
                return Assignment(township, village, vshare)
            return Assignment(township, None, share)
        # Outside every township (or no township zones loaded): villages alone decide.
        village, vshare = villages.best(geom, const, dim, total, villages.candidates(box))
        if village is not None:
            return Assignment(villages.parents[villages.codes.index(village)], village, vshare)
        return NOWHERE

    @staticmethod
    def _measurable(geom, dim):
        """(geometry, its GEOS geometry, its measure), repaired when invalid so that
        areas and intersections mean something (a self-crossing ring, say)."""
        if dim == 2 and not geom.isGeosValid():
            fixed = geom.makeValid()
            if not fixed.isNull() and not fixed.isEmpty():
                parts = [p for p in (fixed.asGeometryCollection() if fixed.isMultipart()
                                     else [fixed]) if p.type() == 2]
                if parts:
                    geom = QgsGeometry.collectGeometry(parts) if len(parts) > 1 else parts[0]
        return geom, geom.constGet(), _measure(geom, dim)

    def extent(self):
        box = QgsRectangle()
        for level in (self.townships, self.villages):
            for g in level.geoms:
                box.combineExtentWith(g.boundingBox())
        return box
