"""Largest overlap for many polygons (or points) at once: ZoneIndex.assign's rules,
vectorised.

ZoneIndex.assign (gis/zoning.py) places one feature at a time through QGIS; for the
thousands of cases straddling zone boundaries that township_stats must decide, the
Python work around each GEOS call costs as much as the call.  Here the same decisions
are taken for a whole batch with shapely 2 (GEOS, vectorised, without holding the GIL):
the zones containing a polygon, else the areas of its intersections with the zones it
meets, the largest share with ZoneIndex's tie rule (within TIE of the largest, the
lowest code), the township first and then a village of that township.

Points are decided too, by ZoneIndex's rule for them: the first zone in code order
that contains or touches the point.  Only valid polygons, multipolygons and points are
decided here; anything else (an invalid or empty polygon, which ZoneIndex repairs
first, a multipoint, a line, an undecodable blob) is returned as undecided for
ZoneIndex, and so are, at the township level, features outside every township that
meet a village.  Without shapely 2, `available()` is False and callers use
ZoneIndex alone: the answers are the same.
"""

try:
    import numpy as np
    import shapely
    _SHAPELY = int(shapely.__version__.split(".")[0]) >= 2
except ImportError:  # pragma: no cover - shapely 2 comes with geopandas
    _SHAPELY = False

from .zoning import TIE

NONE = -1           # no zone
UNDECIDED = -2      # for ZoneIndex


def available():
    """True when shapely 2 (and numpy) can be imported."""
    return _SHAPELY


class _Zones:
    """The zones of one level of a ZoneIndex as shapely geometries (same order)."""

    def __init__(self, level, parent_numbers=None):
        self.codes = level.codes
        self.geoms = shapely.from_wkb([bytes(g.asWkb()) for g in level.geoms])
        shapely.prepare(self.geoms)
        self.tree = shapely.STRtree(self.geoms)
        # for villages: the number of each one's township (NONE when unknown)
        self.parents = None if parent_numbers is None else np.array(
            [parent_numbers.get(p, NONE) for p in level.parents], dtype=np.int64)

    def meeting(self, polygons):
        """(polygon numbers, zone numbers) of the pairs that intersect, sorted by
        polygon, then zone (= code order)."""
        if not len(polygons) or not len(self.geoms):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        pi, zi = self.tree.query(polygons, predicate="intersects")
        order = np.lexsort((zi, pi))
        return pi[order].astype(np.int64), zi[order].astype(np.int64)


class BatchZones:
    """ZoneIndex.assign for many polygons at once (module docstring)."""

    def __init__(self, index):
        self.towns = _Zones(index.townships)
        number = {code: i for i, code in enumerate(index.townships.codes)}
        self.villages = _Zones(index.villages, number)

    def assign(self, wkbs, level, points_only=False):
        """Zone numbers (of `level`, "township" or "village": indexes into the
        ZoneIndex level's codes) of the polygons or points given as WKB: NONE when
        outside every zone, UNDECIDED for those left to ZoneIndex (with points_only,
        every polygon too)."""
        n = len(wkbs)
        out = np.full(n, UNDECIDED, dtype=np.int64)
        if not n:
            return out
        polygons = shapely.from_wkb(list(wkbs), on_invalid="ignore")
        kind = shapely.get_type_id(polygons)
        point = kind == 0               # GEOS type ids: 0 point, 3 polygon, 6 multipolygon
        ok = (point if points_only else (kind == 3) | (kind == 6) | point) & \
            ~shapely.is_empty(polygons)
        ok[ok] = shapely.is_valid(polygons[ok])
        ok[ok & ~point] = shapely.area(polygons[ok & ~point]) > 0
        rows = np.flatnonzero(ok)
        polygons = polygons[rows]
        point = point[rows]
        # a point's "part" in a zone it meets is the point itself: 1 of 1
        totals = np.where(point, 1.0, shapely.area(polygons))
        town = self._best(self.towns, polygons, totals, point, None)
        if level == "township":
            # Outside every township, ZoneIndex names the township of the village it
            # finds there, a code that may not be a zone: left to ZoneIndex (rare).
            outside = np.flatnonzero(town == NONE)
            if len(outside):
                met = self.villages.meeting(polygons[outside])[0]
                town[outside[np.unique(met)]] = UNDECIDED
            out[rows] = town
            return out
        out[rows] = self._best(self.villages, polygons, totals, point, town)
        return out

    @staticmethod
    def _best(zones, polygons, totals, point, town):
        """Zone number per polygon: the first zone (in code order) containing it, else
        the largest overlap (ties: the lowest code), NONE when it meets none.  With
        `town` (villages): only the villages of the polygon's township count, all of
        them where it has none."""
        best = np.full(len(polygons), NONE, dtype=np.int64)
        pi, zi = zones.meeting(polygons)
        if town is not None and len(pi):
            wanted = town[pi]
            keep = (wanted == NONE) | (zones.parents[zi] == wanted)
            pi, zi = pi[keep], zi[keep]
        if not len(pi):
            return best
        inside = shapely.contains(zones.geoms[zi], polygons[pi])
        # the first containing zone: pairs are sorted by polygon then zone, so the
        # first pair of each polygon among the containing ones
        cp, cz = pi[inside], zi[inside]
        if len(cp):
            first = np.r_[True, cp[1:] != cp[:-1]]
            best[cp[first]] = cz[first]
        # the others: the largest intersection, within TIE of it the lowest code
        rest = best[pi] == NONE
        pi, zi = pi[rest], zi[rest]
        if not len(pi):
            return best
        parts = np.ones(len(pi))
        areal = ~point[pi]
        parts[areal] = shapely.area(shapely.intersection(zones.geoms[zi[areal]],
                                                          polygons[pi[areal]]))
        starts = np.flatnonzero(np.r_[True, pi[1:] != pi[:-1]])
        top = np.maximum.reduceat(parts, starts)
        owner = pi[starts]
        top_of = np.repeat(top, np.diff(np.r_[starts, len(pi)]))
        eligible = parts >= top_of - TIE * totals[pi]
        big = np.iinfo(np.int64).max
        lowest = np.minimum.reduceat(np.where(eligible, zi, big), starts)
        found = top > 0
        best[owner[found]] = lowest[found]
        return best
