"""liangwei:township_stats — the assessment indicators of every township or village.

The indicators themselves are plugin/core/assessment.py; this module places every
case and every house in one zone and hands plain rows to it.

Speed (benchmarks/township_stats.py): a case or a house is placed by a cell grid first
(`ZoneGrid`: cells lying wholly inside one zone, found once by scan-line filling the
zones), from the bounding box alone; only the features touching a cell crossed by a
zone boundary are placed by their largest overlap: those of a project database all at
once by gis.zoning_batch (shapely 2, vectorised) when it is there, else, and for what
it leaves undecided, one by one by gis.zoning.ZoneIndex (the same decisions).  The grid
is built with numpy (all zones at once) when numpy is there, else in plain Python, with
the same cells.  When a layer is a table of a project database (and neither filtered
nor restricted to selected features), it is read with SQLite directly, in one worker
thread while the zones and the cases are handled here (SQLite releases the GIL while it
reads; what it hands over comes as a few long values, not as a Python object per row,
where the main thread is busy at the same time): the bounding boxes from the geometry
blobs' headers.  SQLite sorts the cases in one pass (_case_classes): those that can add
to an indicator other than the open and overdue counts go to the core as rows; those
that can only be open (and overdue) are counted per zone here and handed to the core as
counts; the rest (closed long ago) are left alone.  Only the cases that count and cross
a boundary cell are placed exactly.  Otherwise the layer is read through QGIS with only
the fields needed.
"""

import datetime
import math
import sqlite3
import struct
from array import array
from collections import Counter
from itertools import accumulate
from concurrent.futures import ThreadPoolExecutor

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from .base import LiangweiAlgorithm
from .common import attribute, table_path

# numpy ships with QGIS on every platform; it is imported on first use (_numpy()), not
# when QGIS starts and the provider loads this module (≈40 ms).  The pure-Python paths
# are used without it.
np = None


def _numpy():
    """numpy (imported on first use), None without it."""
    global np
    if np is None:
        try:
            import numpy
        except ImportError:  # pragma: no cover
            return None
        np = numpy
    return np

# Cells across the longer side of the zones' extent: at most (grid_cells()).
GRID_CELLS = 1024
BOUNDARY = -1      # a zone boundary crosses the cell (or two zones claim it)
OUTSIDE = -2       # the cell lies outside every zone
_EPS = 1e-9        # in cell units: a boundary exactly on a cell side touches both cells
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_OTHER = 63        # code of a house category outside its enumeration (read the slow way)
# What a case can add to the indicators of the period (_case_classes)
_NOTHING, _OPEN, _OVERDUE, _FULL = "0", "2", "3", "1"


class _Canceled(Exception):
    pass


# --- the cell grid ---------------------------------------------------------------------


def _rings(geometry):
    """Rings of a (multi)polygon QgsGeometry as lists of (x, y)."""
    if geometry.isMultipart():
        polygons = geometry.asMultiPolygon()
    else:
        polygons = [geometry.asPolygon()]
    return [[(p.x(), p.y()) for p in ring] for polygon in polygons for ring in polygon]


def _ring_arrays(geometry):
    """Rings of a (multi)polygon QgsGeometry as (n, 2) float arrays, decoded from its
    WKB (2D polygons and multipolygons; anything else through _rings)."""
    wkb = bytes(geometry.asWkb())
    if len(wkb) >= 9 and wkb[0] == 1:
        kind = struct.unpack_from("<I", wkb, 1)[0]
        try:
            if kind == 3:
                return _wkb_polygon_rings(wkb, 0)[0]
            if kind == 6:
                count = struct.unpack_from("<I", wkb, 5)[0]
                pos, out = 9, []
                for _ in range(count):
                    if wkb[pos] != 1 or struct.unpack_from("<I", wkb, pos + 1)[0] != 3:
                        raise ValueError
                    rings, pos = _wkb_polygon_rings(wkb, pos)
                    out.extend(rings)
                return out
        except (ValueError, struct.error):
            pass
    return [np.array(r, dtype=float).reshape(-1, 2) for r in _rings(geometry)]


def _wkb_polygon_rings(wkb, pos):
    """(rings, position after) of the little-endian WKB polygon at pos."""
    count = struct.unpack_from("<I", wkb, pos + 5)[0]
    pos += 9
    rings = []
    for _ in range(count):
        n = struct.unpack_from("<I", wkb, pos)[0]
        pos += 4
        if pos + 16 * n > len(wkb):
            raise ValueError
        rings.append(np.frombuffer(wkb, dtype="<f8", count=2 * n, offset=pos).reshape(n, 2))
        pos += 16 * n
    return rings, pos


def grid_cells(features):
    """Cells across the zones' extent for a run placing `features` cases and houses
    (None or negative: unknown): about 2.5 √n, a power of two from 256 to GRID_CELLS.
    The grid costs in proportion to its cells squared, the features it leaves to the
    exact placement (those in cells a boundary crosses) in proportion to n / cells.
    Measured on the demo county: 40,000 features take 0.17 s with 512 cells and 0.26 s
    with 1024; 400,000 take 10 % more CPU with 512 cells than with 1024."""
    if features is None or features < 0:
        return GRID_CELLS
    target = 2.5 * math.sqrt(features)
    cells = 256
    while cells < GRID_CELLS and cells * 1.5 < target:
        cells *= 2
    return cells


def _span_cells(first, after):
    """The cell numbers of the spans [first, after) (numpy arrays), one after another."""
    lengths = np.maximum(after - first, 0)
    ends = np.cumsum(lengths)
    return np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(first - (ends - lengths),
                                                                    lengths)


class ZoneGrid:
    """A regular grid whose cells hold the index of the zone they lie wholly inside,
    BOUNDARY when a zone boundary touches them, OUTSIDE when they lie outside every zone.

    Built by scan-line filling every zone (even–odd rule on the cell centres' rows: holes
    and multipolygons need nothing special), then marking every cell a zone edge touches
    as BOUNDARY.  A cell no edge touches lies wholly on one side of every boundary, so
    its centre tells its zone.  Two zones claiming the same cell (overlapping zones)
    make it BOUNDARY, left to the exact computation."""

    def __init__(self, polygons, frame=None, cells=GRID_CELLS):
        """polygons: [QgsGeometry] (valid polygons), the index in the list being the
        zone's number; frame: (xmin, ymin, xmax, ymax) the grid must cover (default:
        the polygons' extent), so that grids of two levels can share their cells."""
        _numpy()
        if frame is None:
            frame = self.extent(polygons)
        xmin, ymin, xmax, ymax = frame
        size = max(xmax - xmin, ymax - ymin) / float(cells) or 1.0
        self.size = size
        self.x0 = xmin - size
        self.y0 = ymin - size
        self.nx = int(math.ceil((xmax - self.x0) / size)) + 2
        self.ny = int(math.ceil((ymax - self.y0) / size)) + 2
        if np is not None:
            self.cells = self._build_numpy([_ring_arrays(g) for g in polygons])
            return
        rings = [_rings(g) for g in polygons]
        self.cells = array("i", [OUTSIDE]) * (self.nx * self.ny)
        for k, zone in enumerate(rings):
            self._fill(k, zone)
        for zone in rings:
            self._mark_edges(zone)

    @staticmethod
    def extent(polygons):
        """(xmin, ymin, xmax, ymax) of geometries; a unit square for none."""
        boxes = [g.boundingBox() for g in polygons if not g.isEmpty()]
        if not boxes:
            return (0.0, 0.0, 1.0, 1.0)
        return (min(b.xMinimum() for b in boxes), min(b.yMinimum() for b in boxes),
                max(b.xMaximum() for b in boxes), max(b.yMaximum() for b in boxes))

    def _fill(self, k, rings):
        x0, y0, s, nx = self.x0, self.y0, self.size, self.nx
        crossings = {}
        for ring in rings:
            for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                if ay == by:
                    continue
                lo, hi = (ay, by) if ay < by else (by, ay)
                # rows whose centre line y satisfies lo <= y < hi
                j0 = int(math.ceil((lo - y0) / s - 0.5))
                j1 = int(math.ceil((hi - y0) / s - 0.5)) - 1
                for j in range(j0, j1 + 1):
                    yc = y0 + (j + 0.5) * s
                    crossings.setdefault(j, []).append(ax + (yc - ay) * (bx - ax) / (by - ay))
        cells = self.cells
        for j, row in crossings.items():
            row.sort()
            base = j * nx
            for xa, xb in zip(row[0::2], row[1::2]):
                i0 = max(0, int(math.ceil((xa - x0) / s - 0.5)))
                i1 = min(nx - 1, int(math.floor((xb - x0) / s - 0.5)))
                if i1 < i0:
                    continue
                a, b = base + i0, base + i1 + 1
                if cells[a:b].count(OUTSIDE) == b - a:
                    cells[a:b] = array("i", [k]) * (b - a)
                else:
                    for c in range(a, b):
                        cells[c] = k if cells[c] == OUTSIDE else BOUNDARY

    def _mark_edges(self, rings):
        x0, y0, s, nx = self.x0, self.y0, self.size, self.nx
        cells = self.cells
        for ring in rings:
            for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                # in cell units
                ux, uy = (ax - x0) / s, (ay - y0) / s
                vx, vy = (bx - x0) / s, (by - y0) / s
                lo, hi = (uy, vy) if uy < vy else (vy, uy)
                for j in range(int(math.floor(lo - _EPS)), int(math.floor(hi + _EPS)) + 1):
                    # the part of the edge within the row band [j, j + 1]
                    if uy == vy:
                        xlo, xhi = (ux, vx) if ux < vx else (vx, ux)
                    else:
                        t0 = (max(j, lo) - uy) / (vy - uy)
                        t1 = (min(j + 1, hi) - uy) / (vy - uy)
                        xa, xb = ux + t0 * (vx - ux), ux + t1 * (vx - ux)
                        xlo, xhi = (xa, xb) if xa < xb else (xb, xa)
                    i0 = int(math.floor(xlo - _EPS))
                    i1 = int(math.floor(xhi + _EPS))
                    a, b = j * nx + i0, j * nx + i1 + 1
                    cells[a:b] = array("i", [BOUNDARY]) * (b - a)

    def _build_numpy(self, zones):
        """The cells (array "i") by the same rules as _fill and _mark_edges, with numpy
        (the same floating-point expressions, so the same cells), all zones at once: a
        cell covered by exactly one filled span belongs to that span's zone, a cell
        covered by more (overlapping zones) is BOUNDARY, as the zone-by-zone filling
        makes it."""
        rings, owners = [], []
        for k, zone in enumerate(zones):
            for ring in zone:
                if len(ring) > 1:
                    rings.append(ring)
                    owners.append(k)
        if not rings:
            cells = np.full(self.nx * self.ny, OUTSIDE, dtype=np.int32)
        else:
            # Every ring's vertices in one array: edge i goes from vertex i to i + 1,
            # except from a ring's last vertex (`edge` False there).
            lengths = np.fromiter(map(len, rings), dtype=np.int64, count=len(rings))
            points = np.concatenate(rings)
            x, y = np.ascontiguousarray(points[:, 0]), np.ascontiguousarray(points[:, 1])
            edge = np.ones(len(points) - 1, dtype=bool)
            edge[np.cumsum(lengths)[:-1] - 1] = False
            zone = np.repeat(np.array(owners, dtype=np.int64), lengths)[:-1]
            cells = self._fill_numpy(edge, zone, x[:-1], y[:-1], x[1:], y[1:])
            self._mark_edges_numpy(cells, edge, x[:-1], y[:-1], x[1:], y[1:])
        out = array("i")
        out.frombytes(cells.tobytes())
        return out

    def _fill_numpy(self, edge, zone, ax, ay, bx, by):
        """The filled cells (int32 array) of the edges where `edge` is True."""
        x0, y0, s, nx = self.x0, self.y0, self.size, self.nx
        size = nx * self.ny
        lo = np.minimum(ay, by)
        hi = np.maximum(ay, by)
        j0 = np.ceil((lo - y0) / s - 0.5).astype(np.int64)
        count = np.ceil((hi - y0) / s - 0.5).astype(np.int64) - j0
        # only the edges crossing the centre line of a row (few: most are short)
        keep = np.flatnonzero(edge & (count > 0) & (ay != by))
        count = count[keep]
        total = int(count.sum())
        if not total:
            return np.full(size, OUTSIDE, dtype=np.int32)
        ax, ay, bx, by, zone, j0 = ax[keep], ay[keep], bx[keep], by[keep], zone[keep], j0[keep]
        e = np.repeat(np.arange(len(ax)), count)
        start = np.cumsum(count) - count
        j = j0[e] + (np.arange(total) - start[e])
        yc = y0 + (j + 0.5) * s
        x = ax[e] + (yc - ay[e]) * (bx[e] - ax[e]) / (by[e] - ay[e])
        k = zone[e]
        order = np.lexsort((x, j, k))
        j, x, k = j[order], x[order], k[order]
        # rank of each crossing within its zone's row: pairs (0, 1), (2, 3) …
        same = np.r_[(j[1:] == j[:-1]) & (k[1:] == k[:-1]), False]
        first = np.r_[True, ~same[:-1]]
        row_start = np.maximum.accumulate(np.where(first, np.arange(total), 0))
        rank = np.arange(total) - row_start
        pa = np.flatnonzero((rank % 2 == 0) & same)
        jr, xa, xb, kr = j[pa], x[pa], x[pa + 1], k[pa]
        i0 = np.maximum(0, np.ceil((xa - x0) / s - 0.5)).astype(np.int64)
        i1 = np.minimum(nx - 1, np.floor((xb - x0) / s - 0.5)).astype(np.int64)
        ok = i1 >= i0
        if not ok.any():
            return np.full(size, OUTSIDE, dtype=np.int32)
        first_cell, after, kr = jr[ok] * nx + i0[ok], jr[ok] * nx + i1[ok] + 1, kr[ok]
        # the spans in cell order (two spans of one zone in a row never share a cell)
        order = np.argsort(first_cell)
        first_cell, after, kr = first_cell[order], after[order], kr[order]
        reach = np.maximum.accumulate(after)
        overlaps = np.flatnonzero(first_cell[1:] < reach[:-1])
        if not len(overlaps):
            # spans and the gaps between them, one after another: the whole grid
            gaps = first_cell - np.r_[0, after[:-1]]
            values = np.empty(2 * len(kr) + 1, dtype=np.int32)
            values[0:-1:2] = OUTSIDE
            values[1::2] = kr
            values[-1] = OUTSIDE
            runs = np.empty(2 * len(kr) + 1, dtype=np.int64)
            runs[0:-1:2] = gaps
            runs[1::2] = after - first_cell
            runs[-1] = size - after[-1]
            return np.repeat(values, runs)
        # overlapping zones: the cells two spans cover are BOUNDARY
        cells = np.full(size, OUTSIDE, dtype=np.int32)
        cells[_span_cells(first_cell, after)] = np.repeat(kr, after - first_cell)
        for n in overlaps.tolist():
            cells[first_cell[n + 1]:min(after[n + 1], reach[n])] = BOUNDARY
        return cells

    def _mark_edges_numpy(self, cells, edge, ax, ay, bx, by):
        """Mark BOUNDARY the cells the edges where `edge` is True touch."""
        x0, y0, s, nx = self.x0, self.y0, self.size, self.nx
        ux, uy = (ax - x0) / s, (ay - y0) / s
        vx, vy = (bx - x0) / s, (by - y0) / s
        lo = np.minimum(uy, vy)
        hi = np.maximum(uy, vy)
        r0 = np.floor(lo - _EPS).astype(np.int64)
        r1 = np.floor(hi + _EPS).astype(np.int64)
        size = len(cells)
        # Most edges lie in one row band: the part in the band is then the whole
        # edge, from u to u + (v - u) as _mark_edges computes it (its t is 0 and 1),
        # and most of those in one cell, marked at once; the cells of the others as
        # spans [i0, i1] of a row (an edge crossing rows: one span per row).
        one = np.flatnonzero(edge & (r0 == r1))
        j, ux1, vx1 = r0[one], ux[one], vx[one]
        end = np.where(uy[one] == vy[one], vx1, ux1 + (vx1 - ux1))
        i0 = np.floor(np.minimum(ux1, end) - _EPS).astype(np.int64)
        i1 = np.floor(np.maximum(ux1, end) + _EPS).astype(np.int64)
        single = i0 == i1
        c = j[single] * nx + i0[single]
        cells[c[(c >= 0) & (c < size)]] = BOUNDARY
        wide = ~single
        rows, firsts, lasts = [j[wide]], [i0[wide]], [i1[wide]]
        many = np.flatnonzero(edge & (r0 != r1))
        if len(many):
            count = r1[many] - r0[many] + 1
            e = np.repeat(many, count)
            start = np.cumsum(count) - count
            j = r0[e] + (np.arange(int(count.sum())) - np.repeat(start, count))
            ux, uy, vx, vy, lo, hi = ux[e], uy[e], vx[e], vy[e], lo[e], hi[e]
            flat = uy == vy
            with np.errstate(divide="ignore", invalid="ignore"):
                t0 = (np.maximum(j, lo) - uy) / (vy - uy)
                t1 = (np.minimum(j + 1, hi) - uy) / (vy - uy)
                xa = np.where(flat, ux, ux + t0 * (vx - ux))
                xb = np.where(flat, vx, ux + t1 * (vx - ux))
            rows.append(j)
            firsts.append(np.floor(np.minimum(xa, xb) - _EPS).astype(np.int64))
            lasts.append(np.floor(np.maximum(xa, xb) + _EPS).astype(np.int64))
        j, i0, i1 = np.concatenate(rows), np.concatenate(firsts), np.concatenate(lasts)
        cells[_span_cells(np.clip(j * nx + i0, 0, size),
                          np.clip(j * nx + i1 + 1, 0, size))] = BOUNDARY

    def restrict(self, parent_grid, parents):
        """Cells of zone k become BOUNDARY where parent_grid (same geometry) does not say
        parents[k]: a village's cells count only inside its own township."""
        cells, other = self.cells, parent_grid.cells
        if np is not None:
            mine = np.frombuffer(cells, dtype=np.int32).copy()
            theirs = np.frombuffer(other, dtype=np.int32)
            table = np.array(list(parents) + [0], dtype=np.int64)
            zone = mine >= 0
            mine[zone & (theirs != table[np.where(zone, mine, len(parents))])] = BOUNDARY
            self.cells = array("i")
            self.cells.frombytes(mine.tobytes())
            return
        for c, k in enumerate(cells):
            if k >= 0 and other[c] != parents[k]:
                cells[c] = BOUNDARY

    def box(self, xmin, ymin, xmax, ymax):
        """The zone number of a bounding box lying in cells of one zone, OUTSIDE when all
        its cells lie outside every zone, else BOUNDARY (decide exactly)."""
        inv = 1.0 / self.size
        i0 = int((xmin - self.x0) * inv)
        i1 = int((xmax - self.x0) * inv)
        j0 = int((ymin - self.y0) * inv)
        j1 = int((ymax - self.y0) * inv)
        return self.cell_range(i0, i1, j0, j1)

    def cell_range(self, i0, i1, j0, j1):
        nx = self.nx
        if i0 < 0 or j0 < 0 or i1 >= nx or j1 >= self.ny:
            return BOUNDARY
        cells = self.cells
        k = cells[j0 * nx + i0]
        if i0 == i1 and j0 == j1:
            return k
        if k == BOUNDARY:
            return k
        for j in range(j0, j1 + 1):
            row = cells[j * nx + i0: j * nx + i1 + 1]
            if row.count(k) != len(row):
                return BOUNDARY
        return k


    def place_boxes(self, boxes):
        """Zone numbers (list) of bounding boxes [(xmin, ymin, xmax, ymax) or None];
        BOUNDARY for None and for the boxes to decide exactly."""
        if np is None:
            return [BOUNDARY if b is None else self.box(*b) for b in boxes]
        n = len(boxes)
        known = np.array([b is not None for b in boxes], dtype=bool)
        xy = np.array([b if b is not None else (np.nan,) * 4 for b in boxes],
                      dtype=float).reshape(n, 4)
        return self.place_box_arrays(xy[:, 0], xy[:, 1], xy[:, 2], xy[:, 3], known).tolist()

    def place_box_arrays(self, xmin, ymin, xmax, ymax, known):
        """numpy version of box() for arrays of boxes (`known`: which are boxes at all):
        vectorised for boxes spanning at most 2 × 2 cells, box() for larger ones."""
        inv = 1.0 / self.size
        with np.errstate(invalid="ignore"):
            i0 = np.floor((xmin - self.x0) * inv)
            j0 = np.floor((ymin - self.y0) * inv)
            i1 = np.floor((xmax - self.x0) * inv)
            j1 = np.floor((ymax - self.y0) * inv)
            inside = known & (i0 >= 0) & (j0 >= 0) & (i1 < self.nx) & (j1 < self.ny)
        i0 = np.where(inside, i0, 0).astype(np.int64)
        i1 = np.where(inside, i1, 0).astype(np.int64)
        j0 = np.where(inside, j0, 0).astype(np.int64)
        j1 = np.where(inside, j1, 0).astype(np.int64)
        cells = np.frombuffer(self.cells, dtype=np.int32)
        nx = self.nx
        k00 = cells[j0 * nx + i0]
        same = (cells[j0 * nx + i1] == k00) & (cells[j1 * nx + i0] == k00) & \
            (cells[j1 * nx + i1] == k00)
        small = (i1 - i0 <= 1) & (j1 - j0 <= 1)
        out = np.where(inside & small & same, k00, BOUNDARY)
        for i in np.flatnonzero(inside & ~small).tolist():
            out[i] = self.cell_range(int(i0[i]), int(i1[i]), int(j0[i]), int(j1[i]))
        return out

    def place_points(self, points):
        """Zone numbers (list) of points [(x, y) or None] (None: BOUNDARY, decide
        exactly)."""
        if np is None:
            return [BOUNDARY if p is None else self.box(p[0], p[1], p[0], p[1])
                    for p in points]
        n = len(points)
        known = np.array([p is not None for p in points], dtype=bool)
        xy = np.array([p if p is not None else (np.nan, np.nan) for p in points],
                      dtype=float).reshape(n, 2)
        return self.place_xy(xy[:, 0], xy[:, 1], known).tolist()

    def place_xy(self, x, y, known):
        """numpy: zone numbers of points given as arrays."""
        inv = 1.0 / self.size
        with np.errstate(invalid="ignore"):
            i = np.floor((x - self.x0) * inv)
            j = np.floor((y - self.y0) * inv)
            inside = known & (i >= 0) & (j >= 0) & (i < self.nx) & (j < self.ny)
        i = np.where(inside, i, 0).astype(np.int64)
        j = np.where(inside, j, 0).astype(np.int64)
        cells = np.frombuffer(self.cells, dtype=np.int32)
        return np.where(inside, cells[j * self.nx + i], BOUNDARY)


class _Placer:
    """Places features in the zones of one level, in one CRS: the grid first, the
    largest overlap (gis.zoning) for the rest."""

    def __init__(self, zones, zones_crs, crs, level, context, cells=GRID_CELLS):
        """zones: ZoneIndex.from_zones's zones, in zones_crs; crs: the features'."""
        from ...plugin.gis.zoning import ZoneIndex
        self.index = ZoneIndex.from_zones(zones, zones_crs, crs, context.transformContext())
        towns = self.index.townships
        villages = self.index.villages
        self.level = level
        self.exact_count = 0
        self._batch = None          # gis.zoning_batch.BatchZones, made on first use
        if level == "township":
            self.codes = list(towns.codes)
            self.grid = ZoneGrid(towns.geoms, cells=cells)
        else:
            # Both levels on the same cells: a village's cell counts only where the
            # township grid says the village's own township (as ZoneIndex chooses the
            # township first, then a village of it).
            self.codes = list(villages.codes)
            frame = ZoneGrid.extent(towns.geoms + villages.geoms)
            self.grid = ZoneGrid(villages.geoms, frame, cells)
            town_grid = ZoneGrid(towns.geoms, frame, cells)
            number = {code: i for i, code in enumerate(towns.codes)}
            parents = [number.get(p, OUTSIDE - 1) for p in villages.parents]
            self.grid.restrict(town_grid, parents)

    def code(self, k):
        return self.codes[k]

    def exact(self, geom):
        """Zone code of a geometry by the largest overlap; None when outside."""
        self.exact_count += 1
        found = self.index.assign(geom)
        return found.township_code if self.level == "township" else found.village_code

    def exact_blobs(self, blobs, houses=False):
        """Zone codes (None: outside) of GeoPackage geometry blobs by the largest
        overlap (houses: a polygon by its point on surface, as _exact_houses places
        it): all at once through gis.zoning_batch when shapely 2 is there (the same
        decisions as exact(), without Python work per feature), one by one otherwise
        and for what it leaves undecided."""
        from ...plugin.gis import zoning_batch
        geometry = _house_point if houses else blob_geometry
        if not blobs:
            return []
        if not zoning_batch.available():
            return [self.exact(geometry(b)) for b in blobs]
        if self._batch is None:
            self._batch = zoning_batch.BatchZones(self.index)
        level_codes = (self.index.townships if self.level == "township"
                       else self.index.villages).codes
        found = self._batch.assign([blob_wkb(b) for b in blobs], self.level,
                                   points_only=houses).tolist()
        out = []
        for blob, k in zip(blobs, found):
            if k == zoning_batch.UNDECIDED:
                out.append(self.exact(geometry(blob)))      # counts itself
            else:
                self.exact_count += 1
                out.append(level_codes[k] if k >= 0 else None)
        return out

    def place(self, geom):
        if geom is None or geom.isNull() or geom.isEmpty():
            return None
        box = geom.boundingBox()
        k = self.grid.box(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        if k >= 0:
            return self.codes[k]
        if k == OUTSIDE:
            return None
        return self.exact(geom)


def blob_wkb(blob):
    """The WKB of a GeoPackage geometry blob (the blob without its header)."""
    blob = bytes(blob)
    return blob[_header_size(blob[3]):]


def blob_geometry(blob, geom=None):
    """QgsGeometry of a GeoPackage geometry blob; into `geom` when given (refilling one
    geometry costs less than making one per blob)."""
    geom = QgsGeometry() if geom is None else geom
    geom.fromWkb(blob_wkb(blob))
    return geom


def _house_point(blob):
    """The geometry a house is placed by: its point, or a polygon's point on surface."""
    geom = blob_geometry(blob)
    if geom.type() == QgsWkbTypes.PolygonGeometry:
        geom = geom.pointOnSurface()
    return geom


def _header_size(flags):
    return 8 + _ENVELOPE_BYTES.get((flags >> 1) & 0x07, 0)


def blob_boxes(blobs):
    """(xmin, ymin, xmax, ymax) of GeoPackage blobs from their header's envelope, None
    for a blob without one (or empty)."""
    out = []
    for blob in blobs:
        flags = blob[3] if len(blob) > 8 else 0
        if (flags >> 1) & 0x07 == 0 or flags & 0x10:
            out.append(None)
            continue
        minx, maxx, miny, maxy = struct.unpack_from("<4d" if flags & 1 else ">4d", blob, 8)
        out.append((minx, miny, maxx, maxy))
    return out


def blob_points(blobs):
    """(x, y) of GeoPackage point blobs, None for anything else (decided exactly).
    Blobs of one layout (the usual case) are decoded at once with numpy."""
    if _numpy() is not None and blobs:
        first = bytes(blobs[0])
        size = len(first)
        if size > 8:
            h = _header_size(first[3])
            if size == h + 21 and all(len(b) == size for b in blobs):
                a = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), size)
                kind = a[:, h + 1:h + 5].copy().view("<u4").ravel()
                ok = (a[:, 3] == first[3]) & (a[:, h] == 1) & (kind == 1)
                xy = a[:, h + 5:h + 21].copy().view("<f8")
                ok &= np.isfinite(xy).all(axis=1)
                if ok.all():
                    return [tuple(p) for p in xy.tolist()]
    out = []
    for blob in blobs:
        blob = bytes(blob)
        h = _header_size(blob[3]) if len(blob) > 8 else len(blob)
        if len(blob) >= h + 21:
            order = "<" if blob[h] == 1 else ">"
            if struct.unpack_from(order + "I", blob, h + 1)[0] == 1:
                x, y = struct.unpack_from(order + "2d", blob, h + 5)
                if x == x and y == y:
                    out.append((x, y))
                    continue
        out.append(None)
    return out


def _table_crs(srs_id, source):
    """The CRS of a project-database table from its srs id (the source's CRS when the
    table has none): what the features read from it with SQLite are in."""
    return QgsCoordinateReferenceSystem("EPSG:%d" % srs_id) if srs_id else source.sourceCrs()


class _Closing:
    """An iterator that closes a database connection when closed."""

    def __init__(self, iterator, con, placed=None):
        self._it = iter(iterator)
        self._con = con
        self.placed = placed    # cases placed in a zone (also those not handed over)

    def __iter__(self):
        return self._it

    def close(self):
        if self._con is not None:
            self._con.close()


def _iso(value):
    """ISO text of a date attribute (QDate, QDateTime, text), None when empty."""
    if value is None:
        return None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if hasattr(value, "date") and hasattr(value, "isValid"):      # QDateTime
        return value.date().toString("yyyy-MM-dd") if value.isValid() else None
    text = str(value).strip()
    return text[:10] or None


def _number(value):
    if value is None or value == "":
        return None
    return float(value)


# --- the algorithm -----------------------------------------------------------------------


class TownshipStatsAlgorithm(LiangweiAlgorithm):
    VIOLATIONS = "VIOLATIONS"
    HOUSES = "HOUSES"
    ZONES = "ZONES"
    LEVEL = "LEVEL"
    PERIOD_START = "PERIOD_START"
    PERIOD_END = "PERIOD_END"
    CAMPAIGN_START = "CAMPAIGN_START"
    OUTPUT = "OUTPUT"

    group_id = "assessment"

    def name(self):
        return "township_stats"

    def displayName(self):
        return self.tr("Township assessment statistics")

    def shortHelpString(self):
        return self.tr(
            "The assessment indicators of every township (or village) for a period, with "
            "the ranking: one feature per zone, with the zone's polygon.\n\n"
            "Violations: the violations layer of a project database, or a polygon layer "
            "with its fields (stock_class, discovered_on, construction_started_on, "
            "discovery_source, demolished_area_m2, demolished_on, status, deadline, "
            "reward_yuan). Houses: the houses layer (points or polygons with screening, "
            "appraisal_grade, rectification_status). Zones: the zones layer (zone_code, "
            "zone_name, level, parent_code, annual_quota_m2).\n"
            "Level: township (townships, streets and parks) or village (villages and "
            "communities).\n"
            "Period start and end (both days included; default: the first day of the "
            "current month and today); campaign start (default: the database setting "
            "campaign_start).\n\n"
            "A case is counted once, in the zone holding the largest part of it (a case "
            "straddling two zones goes to the one with the larger share); a house in the "
            "zone containing it. Zones with nothing in them appear with zeros. Rates and "
            "targets are the settings of the project database the violations layer "
            "belongs to (the defaults otherwise).\n\n"
            "Indicators: new_count and new_area_m2 (new violations discovered in the "
            "period; ellipsoidal area of the polygons); found_within_24h_share (share of "
            "them discovered within the discovery target, 24 h: at most one day after "
            "construction started; cases without a construction date are not judged; "
            "empty when none is); demolished_area_m2 (demolished in the period); "
            "annual_quota_m2 (the zone's quota, else for a township the minimum township "
            "quota setting); quota_done_share (demolished from 1 January of the period "
            "end's year to the period end ÷ quota); first_three_months_share (demolished "
            "in the first three months from the campaign start, up to the period end, ÷ "
            "quota); stock_cleared_m2 (historical stock demolished in the period); "
            "open_cases (cases discovered by the period end and not closed, by their "
            "current status); overdue_cases (open cases whose deadline is before the "
            "period end); no_violation_eligible (1 when no case is open); houses_total, "
            "houses_screened, houses_serious, houses_some, grade_a to grade_d, "
            "houses_rectified (rectified or closed), houses_closed; report_reward_yuan "
            "(verified public reports discovered in the period: the case's reward, else "
            "the minimum reward setting); demolition_reward_yuan (stock cleared × 40 "
            "yuan/m², seed 001, or the setting demolition_reward_yuan_per_m2); "
            "late_discovery_penalty_yuan (each new violation found late: the penalty "
            "setting, 4,000 yuan, times the next-month factor, 2, when found in a later "
            "month than construction started); rank (1 = best: quota done share, higher "
            "first, then fewer new violations, then a higher found-in-time share; equal "
            "zones share a rank).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VIOLATIONS, self.tr("Violations layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HOUSES, self.tr("Houses layer"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, self.tr("Level"),
            [self.tr("Township (township, street, park)"),
             self.tr("Village (village, community)")], defaultValue=0))
        for name, label in ((self.PERIOD_START, self.tr("Period start (default: first day "
                                                        "of this month)")),
                            (self.PERIOD_END, self.tr("Period end (default: today)")),
                            (self.CAMPAIGN_START, self.tr("Campaign start (default: the "
                                                          "database setting)"))):
            self.addParameter(QgsProcessingParameterDateTime(
                name, label, QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Assessment per zone"), QgsProcessing.TypeVectorPolygon))

    # --- main thread ------------------------------------------------------------------

    def prepare(self, parameters, context, feedback):
        from ...plugin.store import gpkg
        self._settings = {}
        self._direct = {}
        self._readings = {}
        settings_path = None
        for param, table in ((self.VIOLATIONS, "violations"), (self.HOUSES, "houses")):
            layer = self.layer_behind(parameters, param, context)
            path = table_path(layer, table)
            if table == "violations":
                settings_path = path
            value = parameters.get(param)
            selected = isinstance(value, QgsProcessingFeatureSourceDefinition) and \
                value.selectedFeaturesOnly
            if path and not selected and not layer.subsetString() and not (
                    layer.isEditable() and layer.isModified()):
                self._direct[param] = path
        if settings_path:
            try:
                con = gpkg.connect(settings_path)
                try:
                    self._settings = gpkg.read_settings(con)
                finally:
                    con.close()
            except (gpkg.DatabaseError, sqlite3.DatabaseError, ValueError) as e:
                feedback.pushInfo(self.tr("The settings of {} cannot be read ({}); the default "
                                          "rates are used.").format(settings_path, e))
                self._settings = {}

    # --- any thread ---------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.core import assessment
        _numpy()

        sources = {}
        for param in (self.VIOLATIONS, self.HOUSES, self.ZONES):
            source = self.parameterAsSource(parameters, param, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, param))
            if not source.sourceCrs().isValid():
                self.fail(self.tr("The layer “{}” has no coordinate reference system: set its "
                                  "CRS (Layer Properties ▸ Source) and run the algorithm "
                                  "again.").format(source.sourceName()))
            sources[param] = source
        self._check_fields(sources[self.VIOLATIONS], assessment.VIOLATION_INPUT_FIELDS)
        self._check_fields(sources[self.HOUSES], assessment.HOUSE_INPUT_FIELDS)
        self._check_fields(sources[self.ZONES], ("zone_code", "zone_name", "level"))
        level = assessment.LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        period = self._period(parameters, context, assessment)
        feedback.pushInfo(self.tr("Period {} to {}, campaign start {}; level: {}.").format(
            period.start, period.end, period.campaign_start, level))
        # The zones are read once, for the output and for the placement, before the
        # reading thread starts (read beside it, they took twice as long).
        zones, all_zones = self._zones(sources[self.ZONES], level, assessment)
        if not zones:
            self.fail(self.tr("The zones layer “{}” has no zones of the level {}: choose the "
                              "zones table of a project database.")
                      .format(sources[self.ZONES].sourceName(), level))
        # The tables of a project database are read by SQLite in one worker thread
        # while the zones and the cases are handled here (SQLite releases the GIL while
        # it reads), in the order they are needed: the possible new violations (measured
        # here while the houses are read), the houses (placed here while the cases'
        # headers are read), the cases' headers, the rows of the cases that count.  One
        # thread, not one per table: two SQLite reads at once take as long here as one
        # after the other, and three busy threads on two cores slow each other down.
        self._readings = {}
        pool = ThreadPoolExecutor(max_workers=1)
        tasks = []
        path = self._direct.get(self.VIOLATIONS)
        if path:
            tasks.append(("new_cases", lambda: self._read_new_cases(path, period)))
        houses_path = self._direct.get(self.HOUSES)
        if np is not None and houses_path:
            tasks.append(("houses", lambda: self._read_houses_at_once(houses_path)))
        if path:
            tasks.append(("case_headers",
                          lambda: self._read_case_headers(path, period, assessment)))
            tasks.append(("case_rows", lambda: self._read_case_rows(
                path, assessment, self._full(self._readings["case_headers"].result()))))
        for name, task in tasks:
            self._readings[name] = pool.submit(task)
        try:
            return self._process(sources, zones, all_zones, level, period, assessment,
                                 parameters, context, feedback)
        finally:
            for future in self._readings.values():
                future.cancel()
            pool.shutdown(wait=True)
            self._readings = {}

    def _process(self, sources, zones, all_zones, level, period, assessment, parameters,
                 context, feedback):
        zones_crs = sources[self.ZONES].sourceCrs()
        placers = {}
        counts = [sources[p].featureCount() for p in (self.VIOLATIONS, self.HOUSES)]
        cells = grid_cells(sum(counts) if min(counts) >= 0 else None)

        def placer(crs):
            key = crs.authid() or crs.toWkt()
            if key not in placers:
                try:
                    placers[key] = _Placer(all_zones, zones_crs, crs, level, context, cells)
                except QgsCsException as e:
                    self.fail(self.tr("The zones cannot be transformed to {}: {}")
                              .format(crs.authid(), e))
            return placers[key]

        try:
            # the zones in the cases' CRS (the houses' too, usually) while the first
            # reading runs
            placer(sources[self.VIOLATIONS].sourceCrs())
            try:
                areas = self._new_case_areas(sources[self.VIOLATIONS], period, context,
                                             feedback)
            except sqlite3.DatabaseError:
                areas = None        # _cases says why, and reads the layer through QGIS
            houses = self._houses(sources[self.HOUSES], parameters, placer, feedback)
            cases, areas, open_counts = self._cases(sources[self.VIOLATIONS], parameters,
                                                    placer, period, assessment, context,
                                                    feedback, areas)
        except _Canceled:
            feedback.pushInfo(self.tr("Canceled: no statistics were written."))
            return {}
        counted = Counter()

        def counting(pairs):
            for pair in pairs:
                counted[pair[0] is not None] += 1
                yield pair
        placed = getattr(cases, "placed", None)
        try:
            rows = assessment.township_stats(
                zones, cases if placed is not None else counting(cases), houses,
                self._settings, period, level, areas, open_counts)
        finally:
            if hasattr(cases, "close"):
                cases.close()
        exact = sum(p.exact_count for p in placers.values())
        feedback.pushInfo(self.tr("{} cases and {} houses read; {} of them crossed a cell "
                                  "boundary and were placed by their largest overlap.")
                          .format(placed if placed is not None else counted[True],
                                  sum(houses.values()), exact))
        feedback.setProgress(90)
        return self._write(parameters, context, sources[self.ZONES], zones, rows,
                           assessment, feedback)

    # --- steps --------------------------------------------------------------------------

    def _check_fields(self, source, wanted):
        names = source.fields().names()
        missing = [f for f in wanted if f not in names]
        if missing:
            self.fail(self.tr("The layer “{}” has no field {}: choose the layer of a project "
                              "database, or a layer with the same fields.")
                      .format(source.sourceName(), ", ".join(missing)))

    def _period(self, parameters, context, assessment):
        today = datetime.date.today()
        defaults = assessment.default_period(today, self._settings)
        values = []
        for name, default in ((self.PERIOD_START, defaults.start),
                              (self.PERIOD_END, defaults.end),
                              (self.CAMPAIGN_START, defaults.campaign_start)):
            value = parameters.get(name)
            if value is None or value == "":
                values.append(default)
                continue
            stamp = self.parameterAsDateTime(parameters, name, context)
            if not stamp.isValid():
                self.fail(self.tr("“{}” is not a date.").format(value))
            d = stamp.date()
            values.append(datetime.date(d.year(), d.month(), d.day()))
        period = assessment.Period(*values)
        if period.start > period.end:
            self.fail(self.tr("The period starts ({}) after it ends ({}).")
                      .format(period.start, period.end))
        return period

    def _zones(self, source, level, assessment):
        """(rows, zones): the zone rows of `level` (plain dicts, with the feature's
        geometry under _geom) and every zone as ZoneIndex.from_zones takes them."""
        from ...plugin.core.zones import normalise_code
        from ...plugin.gis.zoning import zone_level as level_of
        fields = source.fields()
        # -1 for a field the layer lacks (parent_code, annual_quota_m2): attribute() is None
        index = {n: fields.lookupField(n) for n in
                 ("zone_code", "zone_name", "level", "parent_code", "annual_quota_m2")}
        rows, zones = [], []
        request = QgsFeatureRequest().setSubsetOfAttributes([i for i in index.values() if i >= 0])
        for f in source.getFeatures(request,
                                    QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
            code = normalise_code(attribute(f, index["zone_code"]))
            if code is None:
                continue
            zone_level = level_of(attribute(f, index["level"]), code)
            geom = f.geometry()
            rows.append({"zone_code": code,
                         "zone_name": str(attribute(f, index["zone_name"]) or ""),
                         "level": zone_level,
                         "annual_quota_m2": _number(attribute(f, index["annual_quota_m2"])),
                         "_geom": geom})
            zones.append((code, zone_level, normalise_code(attribute(f, index["parent_code"])),
                          geom))
        return assessment.zones_of_level(rows, level), zones

    def _tick(self, feedback, n, total, start, span):
        if feedback.isCanceled():
            raise _Canceled()
        if total:
            feedback.setProgress(start + span * min(1.0, n / float(total)))

    def _cases(self, source, parameters, placer, period, assessment, context, feedback,
               areas=None):
        """(cases, areas, open_counts) for the core; `areas`: _new_case_areas's answer."""
        from ...plugin.gis.area import AreaCalculator
        from ...plugin.core.settings import BY_KEY
        cutoff = _iso(str(self._settings.get("cutoff_date") or BY_KEY["cutoff_date"].default))
        path = self._direct.get(self.VIOLATIONS)
        if path:
            try:
                return self._cases_sqlite(path, source, placer, period, cutoff, assessment,
                                          context, feedback, areas)
            except sqlite3.DatabaseError as e:
                feedback.pushInfo(self.tr("{} cannot be read directly ({}); reading it through "
                                          "QGIS.").format(path, e))
        crs = source.sourceCrs()
        place = placer(crs)
        area = AreaCalculator(crs, context.transformContext())
        fields = source.fields()
        wanted = assessment.VIOLATION_INPUT_FIELDS
        idx = [fields.lookupField(n) for n in wanted]
        request = QgsFeatureRequest().setSubsetOfAttributes(list(wanted), fields)
        total = source.featureCount() or 0
        cases = []
        for n, f in enumerate(source.getFeatures(
                request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
            if n % 1000 == 0:
                self._tick(feedback, n, total, 45, 40)
            values = [attribute(f, i) for i in idx]
            stock, found, started, source_kind, demolished, demolished_on, status, \
                deadline, reward = values
            found, started = _iso(found), _iso(started)
            geom = f.geometry()
            code = place.place(geom)
            if code is None:
                continue
            m2 = None
            if assessment.is_new_in_period(stock, started, found, period, cutoff):
                m2 = area.area_m2(geom)
            cases.append((code, (stock, found, started,
                                 None if source_kind is None else str(source_kind), m2,
                                 _number(demolished), _iso(demolished_on),
                                 None if status is None else str(status), _iso(deadline),
                                 _number(reward))))
        return cases, None, None

    def _cases_sqlite(self, path, source, placer, period, cutoff, assessment, context,
                      feedback, areas=None):
        """(cases, areas, open_counts) read with SQLite (the _read_* functions, in a
        thread when one was started in process()).  The bounding boxes come from the
        headers of the geometry blobs and are placed by the grid; geometries are read
        only for the cases decided exactly and for the possible new violations of the
        period (their areas, keyed by fid).  The cases of class FULL go to the core as
        rows paired with their zone, the fid standing for the area; those of class OPEN
        and OVERDUE are counted per zone (open_counts); those of class NOTHING need no
        zone (_case_classes)."""
        from ...plugin.store import gpkg
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            srs_id = gpkg.layer_srs_id(con, "violations")
            place = placer(_table_crs(srs_id, source))
            self._tick(feedback, 0, 1, 45, 40)
            read = self._read("case_headers",
                              lambda: self._read_case_headers(path, period, assessment))
            if read["srs_id"] != srs_id:
                raise sqlite3.DatabaseError("the violations table changed while read")
            zones = self._case_zones(con, place.grid, read["n"], read["headers"])
            fids = read["fids"]
            classes = read["classes"]
            if len(classes) != len(zones) or len(fids) != len(zones):
                raise sqlite3.DatabaseError("the violations table changed while read")
            self._tick(feedback, 1, 3, 45, 40)
            codes = place.codes
            zone_codes = [codes[k] if k >= 0 else None for k in zones]
            # The geometries of the cases to decide exactly, fetched 500 at a time; a
            # case that can add to no indicator needs no zone (it is left undecided).
            undecided = [i for i, k in enumerate(zones) if k == BOUNDARY]
            exact = [i for i in undecided if classes[i] != _NOTHING]
            undecided = len(undecided) - len(exact)
            blobs = {}
            for n in range(0, len(exact), 500):
                self._tick(feedback, 1, 3, 45, 40)
                chunk = [fids[i] for i in exact[n:n + 500]]
                blobs.update(con.execute("SELECT fid, geom FROM violations WHERE fid IN (%s)"
                                         % ", ".join("?" * len(chunk)), chunk))
            for i, code in zip(exact, place.exact_blobs([blobs[fids[i]] for i in exact])):
                zone_codes[i] = code
        finally:
            con.close()
        open_counts = {}
        for (code, kind), n in Counter(zip(zone_codes, classes)).items():
            if code is not None and kind in (_OPEN, _OVERDUE):
                counts = open_counts.setdefault(code, [0, 0])
                counts[0] += n
                if kind == _OVERDUE:
                    counts[1] += n
        if areas is None or areas[0] != srs_id:
            areas = self._new_case_areas(source, period, context, feedback)
        areas = areas[1]
        self._tick(feedback, 2, 3, 45, 40)
        zone_of = {fid: code for fid, code, kind in zip(fids, zone_codes, classes)
                   if kind == _FULL}
        # cases read: all but those found outside every zone
        placed = len(zone_codes) - zone_codes.count(None) + undecided
        rows, at = self._read("case_rows", lambda: self._read_case_rows(
            path, assessment, self._full(read)))
        return _Closing(((zone_of[row[at]], row) for row in rows), None, placed), areas, \
            open_counts

    def _new_case_areas(self, source, period, context, feedback):
        """(srs id, {fid: area in m²}) of the cases that may be new violations of the
        period (the core decides exactly which are) when the violations layer is read
        directly, else None.  Raises sqlite3.DatabaseError when SQLite cannot read it."""
        from ...plugin.gis.area import AreaCalculator
        path = self._direct.get(self.VIOLATIONS)
        if not path:
            return None
        srs_id, new_fids, new_blobs = self._read(
            "new_cases", lambda: self._read_new_cases(path, period))
        area = AreaCalculator(_table_crs(srs_id, source), context.transformContext())
        areas = {}
        geom = QgsGeometry()
        for n, (fid, blob) in enumerate(zip(new_fids, new_blobs)):
            if n % 1000 == 0 and feedback.isCanceled():
                raise _Canceled()
            areas[fid] = area.area_m2(blob_geometry(blob, geom))
        return srs_id, areas

    # What _cases_sqlite needs from the violations table, read with SQLite only (no QGIS
    # object: run in a thread, alongside the zones and the exact placements).

    @classmethod
    def _read_case_headers(cls, path, period, assessment):
        """srs_id: the layer's srs id; n: the number of cases with a geometry; headers:
        the first 40 bytes of their geometry blobs (the envelope) as one blob, in fid
        order; fids: in the same order; classes: in the same order, one character per
        case (_case_classes)."""
        from ...plugin.store import gpkg
        kind, args = cls._case_classes(period, assessment)
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, check_same_thread=False)
        try:
            out = {"srs_id": gpkg.layer_srs_id(con, "violations")}
            # one pass over the table
            out["n"], out["headers"], fids, classes = con.execute(
                "SELECT count(*), CAST(group_concat(p, '') AS BLOB), group_concat(fid), "
                "group_concat(k, '') FROM (SELECT fid, substr(geom, 1, 40) AS p, "
                "%s AS k FROM violations WHERE geom IS NOT NULL ORDER BY fid)" % kind,
                args).fetchone()
            out["fids"] = [int(f) for f in fids.split(",")] if fids else []
            out["classes"] = classes or ""
        finally:
            con.close()
        return out

    @staticmethod
    def _read_new_cases(path, period):
        """(srs id, fids, blobs): the layer's srs id and the possible new violations of
        the period (the core decides exactly which are).  SQLite hands them over as one
        text of fids, one of lengths and one blob, so that reading them needs no Python
        object per case (and no GIL) while the main thread works."""
        from ...plugin.store import gpkg
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, check_same_thread=False)
        try:
            srs_id = gpkg.layer_srs_id(con, "violations")
            fids, sizes, joined = con.execute(
                "SELECT group_concat(fid), group_concat(length(geom)), "
                "CAST(group_concat(geom, '') AS BLOB) FROM (SELECT fid, geom FROM violations "
                "WHERE geom IS NOT NULL AND substr(discovered_on, 1, 10) BETWEEN ? AND ? AND "
                "coalesce(stock_class, 'new') <> 'stock' ORDER BY fid)",
                (period.start.isoformat(), period.end.isoformat())).fetchone()
        finally:
            con.close()
        if not fids:
            return srs_id, [], []
        fids = [int(f) for f in fids.split(",")]
        ends = list(accumulate(int(n) for n in sizes.split(",")))
        if len(ends) != len(fids) or ends[-1] != len(joined):
            raise sqlite3.DatabaseError("the violations table changed while read")
        blobs = [joined[a:b] for a, b in zip([0] + ends[:-1], ends)]
        return srs_id, fids, blobs

    @staticmethod
    def _full(headers):
        """The fids of the cases of class FULL, from _read_case_headers's answer."""
        return [fid for fid, kind in zip(headers["fids"], headers["classes"]) if kind == _FULL]

    @staticmethod
    def _read_case_rows(path, assessment, fids):
        """(rows, fid_at): the rows, in the order of CASE_FIELDS with the fid for area_m2
        (at index fid_at), of the cases `fids` (integers; written into the statement,
        which spares SQLite the second evaluation of _case_classes over the table)."""
        names = list(assessment.CASE_FIELDS)
        at = names.index("area_m2")
        names[at] = "fid"
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, check_same_thread=False)
        try:
            return con.execute(
                "SELECT %s FROM violations WHERE fid IN (%s) ORDER BY fid"
                % (", ".join('"%s"' % f for f in names),
                   ", ".join(str(int(f)) for f in fids))).fetchall(), at
        finally:
            con.close()

    def _read(self, name, function):
        """The answer of function(): from the thread started in process() when there is
        one for `name`, else called here."""
        future = self._readings.get(name)
        return future.result() if future is not None else function()

    @staticmethod
    def _case_classes(period, assessment):
        """(SQL expression, arguments): one character per case telling what it can add
        to the indicators of core.assessment.township_stats for `period`, decided the
        way that function decides (dates compared as the first 10 characters of their
        text; an empty text is no date):
          _FULL     it may add to an indicator other than the open and overdue counts:
                    discovered in the period, or demolished in the period, the year to
                    the period end or the campaign's first three months; also any case
                    with a date not stored as text (the core decides);
          _OVERDUE  otherwise open at the period end and past its deadline;
          _OPEN     otherwise open at the period end;
          _NOTHING  otherwise (closed, or discovered after the period)."""
        from ...plugin.core import workflow
        p_start, p_end = period.start.isoformat(), period.end.isoformat()
        windows = [(p_start, p_end), (period.end.replace(month=1, day=1).isoformat(), p_end),
                   assessment.first_three_months(period)]
        closed = sorted(workflow.CLOSED_STATES)

        def not_text(column):
            return "(%s IS NOT NULL AND typeof(%s) <> 'text')" % (column, column)
        demolished = " OR ".join(["substr(demolished_on, 1, 10) BETWEEN ? AND ?"] * len(
            windows))
        full = ("%s OR %s OR %s OR substr(discovered_on, 1, 10) BETWEEN ? AND ? OR (%s)"
                % (not_text("discovered_on"), not_text("demolished_on"), not_text("deadline"),
                   demolished))
        open_ = ("NOT coalesce(status IN (%s), 0) AND coalesce(discovered_on, '') = '' OR "
                 "NOT coalesce(status IN (%s), 0) AND substr(discovered_on, 1, 10) <= ?"
                 % (", ".join("?" * len(closed)), ", ".join("?" * len(closed))))
        overdue = "coalesce(deadline, '') <> '' AND substr(deadline, 1, 10) < ?"
        expression = ("(CASE WHEN %s THEN '%s' WHEN NOT (%s) THEN '%s' WHEN %s THEN '%s' "
                      "ELSE '%s' END)" % (full, _FULL, open_, _NOTHING, overdue, _OVERDUE,
                                          _OPEN))
        args = [p_start, p_end] + [d for w in windows for d in w] + closed + closed + \
            [p_end, p_end]
        return expression, args

    @staticmethod
    def _case_zones(con, grid, n, joined):
        """Zone numbers of the violations with a geometry, in fid order (joined: their
        40-byte headers as one blob, or None)."""
        if np is not None and n:
            if joined is not None and len(joined) == 40 * n:
                a = np.frombuffer(joined, dtype=np.uint8).reshape(n, 40)
                flags = a[:, 3]
                # little endian, an xy envelope, not empty
                known = (flags & 0x01 == 1) & ((flags >> 1) & 0x07 == 1) & (flags & 0x10 == 0)
                env = a[:, 8:40].copy().view("<f8")
                return grid.place_box_arrays(env[:, 0], env[:, 2], env[:, 1], env[:, 3],
                                             known).tolist()
        blobs = (r[0] for r in con.execute(
            "SELECT geom FROM violations WHERE geom IS NOT NULL ORDER BY fid"))
        return grid.place_boxes(blob_boxes(blobs))

    @staticmethod
    def _rtree(con, table):
        name = "rtree_%s_geom" % table
        found = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return name if found else None

    def _houses(self, source, parameters, placer, feedback):
        from ...plugin.core import assessment
        path = self._direct.get(self.HOUSES)
        if path:
            try:
                return self._houses_sqlite(path, source, placer, feedback)
            except sqlite3.DatabaseError as e:
                feedback.pushInfo(self.tr("{} cannot be read directly ({}); reading it through "
                                          "QGIS.").format(path, e))
        place = placer(source.sourceCrs())
        fields = source.fields()
        wanted = assessment.HOUSE_INPUT_FIELDS
        idx = [fields.lookupField(n) for n in wanted]
        request = QgsFeatureRequest().setSubsetOfAttributes(list(wanted), fields)
        total = source.featureCount() or 0
        rows = []
        for n, f in enumerate(source.getFeatures(
                request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
            if n % 1000 == 0:
                self._tick(feedback, n, total, 5, 40)
            geom = f.geometry()
            if geom.type() == QgsWkbTypes.PolygonGeometry:
                geom = geom.pointOnSurface()
            code = place.place(geom)
            if code is None:
                continue
            rows.append((code,) + tuple(None if v is None else str(v)
                                        for v in (attribute(f, i) for i in idx)))
        return assessment.count_houses(rows)

    def _houses_sqlite(self, path, source, placer, feedback):
        """House counts.  When every house is a point blob of the same layout (the usual
        case), SQLite hands over all the points as one blob and the three categories as
        one text of codes, decoded and counted at once with numpy; only the houses in
        cells crossed by a boundary are placed one by one."""
        from ...plugin.store import gpkg
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        try:
            place = placer(_table_crs(gpkg.layer_srs_id(con, "houses"), source))
            self._tick(feedback, 0, 1, 5, 40)
            counts = None
            if np is not None:
                read = self._read("houses", lambda: self._read_houses_at_once(path))
                counts = self._houses_at_once(read, place, feedback)
            if counts is not None:
                return counts
            rows = con.execute("SELECT geom, screening, appraisal_grade, rectification_status "
                               "FROM houses WHERE geom IS NOT NULL").fetchall()
        finally:
            con.close()
        counts = Counter()
        if not rows:
            return counts
        self._tick(feedback, 1, 3, 5, 40)
        blobs, screening, grade, rect = zip(*rows)
        del rows
        zones = place.grid.place_points(blob_points(blobs))
        self._tick(feedback, 2, 3, 5, 40)
        codes = place.codes
        for (k, s, g, r), n in Counter(zip(zones, screening, grade, rect)).items():
            if k >= 0:
                counts[(codes[k], s, g, r)] += n
        self._exact_houses(place, [i for i, k in enumerate(zones) if k == BOUNDARY],
                           lambda i: blobs[i], lambda i: (screening[i], grade[i], rect[i]),
                           counts, feedback)
        return counts

    @staticmethod
    def _read_houses_at_once(path):
        """(n, size, values, blob, text) of the houses table: all the point blobs as one
        blob and the three categories as one text of 7 digits per house, "1sSgGrR" (the
        code of each category in two digits); None when the blobs are not all of one
        size (read the slow way then); (0, …) for no houses.  SQLite only (no QGIS
        object): run in a thread, alongside the cases."""
        # The categories as codes: the values of the enumerations (the database allows
        # no others; a table holding others is read the slow way).  Numbers, not
        # characters: char() costs SQLite a string allocation per house (0.14 s for
        # 300,000 houses, against 0.10 s with the numbers).
        from ...plugin.core.codes import GRADE, RECTIFICATION_STATUS, SCREENING
        columns = ("screening", "appraisal_grade", "rectification_status")
        values, cases, args = [], [], []
        for column, enum in zip(columns, (SCREENING, GRADE, RECTIFICATION_STATUS)):
            known = list(enum.codes)
            values.append([None] + known)
            # NULL: 0, the i-th value: i, anything else: OTHER
            cases.append('CASE WHEN "%s" IS NULL THEN 0 %s ELSE %d END' % (
                column, " ".join('WHEN "%s" = ? THEN %d' % (column, i + 1)
                                 for i in range(len(known))), _OTHER))
            args.extend(known)
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, check_same_thread=False)
        try:
            # one pass over the table
            n, shortest, longest, blob, text = con.execute(
                "SELECT count(*), min(length(geom)), max(length(geom)), "
                "CAST(group_concat(geom, '') AS BLOB), "
                "group_concat(1000000 + 10000 * (%s) + 100 * (%s) + (%s), '') "
                "FROM houses WHERE geom IS NOT NULL" % tuple(cases), args).fetchone()
        finally:
            con.close()
        if not n:
            return (0, 0, None, None, None)
        if shortest != longest or shortest <= 8:
            return None
        return n, shortest, values, blob, text

    def _houses_at_once(self, read, place, feedback):
        """Counter of the houses from _read_houses_at_once's answer, or None (read the
        slow way)."""
        if read is None:
            return None
        n, size, values, blob, text = read
        if not n:
            return Counter()
        if blob is None or len(blob) != n * size or len(text) != 7 * n:
            return None
        digits = np.frombuffer(text.encode("ascii"), dtype=np.uint8).reshape(n, 7) - 48
        cats = digits[:, 1::2].astype(np.int64) * 10 + digits[:, 2::2]
        if (digits[:, 0] != 1).any() or (cats == _OTHER).any():
            return None             # a value outside its enumeration: the slow way
        self._tick(feedback, 1, 3, 5, 40)
        a = np.frombuffer(blob, dtype=np.uint8).reshape(n, size)
        h = _header_size(int(a[0, 3]))
        if size != h + 21:
            return None
        kind = a[:, h + 1:h + 5].copy().view("<u4").ravel()
        ok = (a[:, 3] == a[0, 3]) & (a[:, h] == 1) & (kind == 1) & \
            ((a[:, 3] >> 1) & 0x07 == (int(a[0, 3]) >> 1) & 0x07)
        xy = a[:, h + 5:h + 21].copy().view("<f8")
        ok &= np.isfinite(xy).all(axis=1)
        zones = place.grid.place_xy(xy[:, 0], xy[:, 1], ok)
        key = ((zones.astype(np.int64) * 128 + cats[:, 0]) * 128 + cats[:, 1]) * 128 + cats[:, 2]
        placed = zones >= 0
        keys, tally = np.unique(key[placed], return_counts=True)
        counts = Counter()
        codes = place.codes
        for k, c in zip(keys.tolist(), tally.tolist()):
            r, k = k % 128, k // 128
            g, k = k % 128, k // 128
            s, k = k % 128, k // 128
            counts[(codes[k], values[0][s], values[1][g], values[2][r])] += c
        self._tick(feedback, 2, 3, 5, 40)
        self._exact_houses(place, np.flatnonzero(zones == BOUNDARY).tolist(),
                           lambda i: a[i].tobytes(),
                           lambda i: tuple(values[c][int(cats[i, c])] for c in range(3)),
                           counts, feedback)
        return counts

    @staticmethod
    def _exact_houses(place, indexes, blob, categories, counts, feedback):
        """Count the houses `indexes` (in cells a boundary crosses) in the zone holding
        them (a polygon house: its point on surface), all at once where it can."""
        if feedback.isCanceled():
            raise _Canceled()
        for i, code in zip(indexes, place.exact_blobs([blob(i) for i in indexes],
                                                      houses=True)):
            if code is not None:
                counts[(code,) + categories(i)] += 1

    def _write(self, parameters, context, zones_source, zones, rows, assessment, feedback):
        types = {"text": QVariant.String, "int": QVariant.Int, "real": QVariant.Double}
        fields = QgsFields()
        for name, kind in assessment.OUTPUT_FIELDS:
            fields.append(QgsField(name, types[kind]))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.MultiPolygon, zones_source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        geoms = {z["zone_code"]: z["_geom"] for z in zones}
        for row in rows:
            feature = QgsFeature(fields)
            geom = QgsGeometry(geoms[row["zone_code"]])
            geom.convertToMultiType()
            feature.setGeometry(geom)
            feature.setAttributes([row[name] for name in assessment.OUTPUT_NAMES])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                self.fail(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.pushInfo(self.tr("{} zones written.").format(len(rows)))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
