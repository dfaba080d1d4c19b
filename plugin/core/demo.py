"""A deterministic demo county: zones, violation cases with their workflow, self-built
houses and their inspections (domain.md §1–§3), generated from a seed.

Plain Python (``random.Random`` only; no Qt, QGIS or GDAL): the same seed and the same
parameters always give the same rows.  ``store/demo_writer.py`` writes them into a
project database; tests and benchmarks can also use the rows directly.

Geometry
--------
Everything is built on a grid in a local metric frame and converted to CGCS2000
lon/lat (EPSG:4490) around 120.9°E 29.45°N:

* The county is a set of square *cells* (~24 per village, 150–600 m) inside a
  star-shaped outline of ~1,200 km².  Townships grow from seeds spread over the county
  (multi-source Dijkstra with noisy per-cell costs, so every township is one
  4-connected, irregular region); villages grow the same way inside each township.
  Every zone is a union of cells and nests exactly in its parent.
* A zone ring follows its cells' sides through *every* point of a finer lattice (each
  cell side has ``G`` = 8 steps); corners where the boundary between two zones turns
  are cut by a 45° chamfer through lattice points too, decided per corner for the
  whole county.  Two zones sharing a border therefore share exactly the same vertices
  (no T-junctions): the zones tile the county with neither gaps nor overlaps, and a
  township's area is exactly the sum of its villages' areas.
* Lattice points are moved by a smooth warp (sinusoids of a few wavelengths, small
  enough to stay one-to-one) plus a small per-point jitter, so boundaries look
  surveyed rather than gridded.  A point's coordinates depend on the point only,
  hence are identical in every ring that uses it.
* Violations and houses are placed in their village, near one of its 1–3 hamlets,
  farther from any other village than their own size (allowing for the warp, the
  jitter and the chamfers), so they lie inside the village polygon; except the ~3 % of
  violations deliberately centred on a boundary vertex shared with another village
  (``_straddles``), which cross into it (and, on a township border, into another
  township).

Rows are dicts keyed by database field names; ``geom`` is WKT.  Keys starting with
``_`` are extras that are not columns: ``_coords`` (the flat lon/lat list the WKT was
written from), ``_area_m2`` (planar area, see below), ``_steps`` (the workflow
events), ``_inspections`` / ``_members`` and a few more.

``_area_m2`` of a violation is the shoelace area of its *rounded* lon/lat vertices
scaled by the GRS 1980 meridian and prime-vertical radii of curvature at its centre
latitude (a local equal-area plane).  For polygons of this size it equals the
ellipsoidal area to about 1e-6.
"""

import bisect
import datetime
import heapq
import math
import random

from . import workflow
from .codes import BUILDING_TYPE, BUSINESS_USES, MEMBER_WEIGHT, join_multi

DEFAULT_COUNTY_CODE = "330624"
DEFAULT_COUNTY_NAME = "新城县"
# A fixed reference "today": the demo is deterministic, and every date it writes lies
# on or before this day (the database refuses dates in the future).
DEMO_TODAY = datetime.date(2025, 6, 30)
CENTER_LON = 120.9
CENTER_LAT = 29.45
DEFAULT_AREA_KM2 = 1200.0
HISTORY_DAYS = 3 * 365 + 1
CRS = "EPSG:4490"
COORD_DECIMALS = 9

# GRS 1980 (the CGCS2000 ellipsoid)
_A = 6378137.0
_F = 1 / 298.257222101
_E2 = _F * (2 - _F)
_DEG = math.pi / 180.0


def radii(lat_deg):
    """(meridian radius M, prime-vertical radius N) in metres at a latitude."""
    s = math.sin(lat_deg * _DEG)
    w = 1.0 - _E2 * s * s
    return _A * (1 - _E2) / (w * math.sqrt(w)), _A / math.sqrt(w)


def planar_area_m2(flat, lat_deg=None):
    """Area of a ring given as a flat [lon, lat, lon, lat, …] list (closed or not),
    on the local plane at `lat_deg` (default: the ring's mean latitude)."""
    n = len(flat) // 2
    if lat_deg is None:
        lat_deg = sum(flat[1::2]) / n
    m, nn = radii(lat_deg)
    x0, y0 = flat[0], flat[1]
    s = 0.0
    px, py = 0.0, 0.0
    for k in range(1, n):
        x, y = flat[2 * k] - x0, flat[2 * k + 1] - y0
        s += px * y - x * py
        px, py = x, y
    return abs(s) * 0.5 * _DEG * _DEG * m * nn * math.cos(lat_deg * _DEG)


# --- text helpers -------------------------------------------------------------------

def ring_wkt(flat):
    return ", ".join("%.9f %.9f" % (flat[i], flat[i + 1]) for i in range(0, len(flat), 2))


def multipolygon_wkt(polygons):
    """WKT of a MULTIPOLYGON given as [[flat ring, …], …] (first ring exterior)."""
    return "MULTIPOLYGON (%s)" % ", ".join(
        "(%s)" % ", ".join("(%s)" % ring_wkt(r) for r in rings) for rings in polygons)


def point_wkt(lon, lat):
    return "POINT (%.9f %.9f)" % (lon, lat)


def _iso_date(d):
    return d.isoformat()


def _utc(d, minutes_local):
    """ISO UTC timestamp of local (UTC+8) time `minutes_local` after midnight of day d."""
    minutes = minutes_local - 480
    if not 0 <= minutes < 1440:
        days, minutes = divmod(minutes, 1440)
        d = d + datetime.timedelta(days=days)
    return "%04d-%02d-%02dT%02d:%02d:00.000Z" % (d.year, d.month, d.day, minutes // 60, minutes % 60)


_PATHS = {}


def _path(target, start):
    """workflow.path_to, memoised (it is asked the same few questions millions of times)."""
    key = (target, start)
    path = _PATHS.get(key)
    if path is None:
        path = _PATHS[key] = tuple(workflow.path_to(target, start=start))
    return path


# --- names ---------------------------------------------------------------------------

_SURNAMES = ("王陈张李俞吕梁潘丁黄徐周吴杨赵孙胡朱何郑钱石章袁盛蔡竺金楼应董"
             "魏袁姚蒋梅叶方裘赵卢毛任沈邱柴泮唐")
_GIVEN = "建国伟华明军平林芳英丽红强东海波峰勇杰斌燕霞萍敏春秋荣福德文志永新宏坚庆宝根法林仙娟琴忠良洪涛"
_TOWNSHIP_STEMS = (
    "南岩 七星 羽林 城东 城西 大市聚 梅渚 儒岙 回山 镜岭 沙溪 东茗 双彩 新林 巧英 长诏 "
    "澄潭 小将 石溪 黄泽 桃源 青山 白云 金峰 凤鸣 龙潭 溪口 岭头 横塘 柏树 锦绣 龙山 鹤峰 "
    "梅溪 竹岸 东溪 清风 步云 芦畈 双江 永安 仁和 太平 万石 石门 茶园 灵鹫 安山 下岩 湖山 "
    "天姥 鼓山 彩烟 拔茅 澄溪 沃洲 长潭 王渡 钦寸 棣山 西坑 前良 孟家塘 上溪 儒溪 丰登 "
    "沙地 新坊 南洲 兰亭 平水 稽东 富盛 陶堰 马鞍 孙端 安昌 齐贤").split()
_VILLAGE_PREFIX = list("上下前后东西南北大小新老中里外高长横")
_VILLAGE_STEM = list("王徐张陈李周吴黄梁潘俞何丁岙坑溪塘山岭坞湾桥田畈庄坪宅湖洋岩林竹店埠坂墩园门头")
_VILLAGE_WORDS = ("樟树 石门 黄泥 枫树 竹林 梅园 桂花 柏树 茶坪 水口 岭脚 塘头 桥头 "
                  "溪滩 殿前 庙后 洋头 沙地 花园 杨柳 金沙 银坑 凤凰 青龙 白鹤 梨园 "
                  "桃园 荷塘 长林 棠村").split()
_COMMUNITY_WORDS = ("城南 城北 城中 溪东 溪西 鼓山 人民 解放 文化 江滨 和平 新华 东门 "
                    "西门 南门 北门 梅园 桂花 金沙 锦绣 春晖 清溪 东湖 南湖 平安 幸福 "
                    "繁荣 滨江 望江 翠微 星光 阳光 瑞丰 怡和").split()
_ROAD_NAMES = "人民路 解放路 新华路 环城路 江滨路 鼓山路 沿江路 城东路 学前街 兴业路".split()
_ENTERPRISE = "机械 纺织 轴承 胶囊 茶叶 建材 五金 汽配 电器 食品 包装 服饰".split()
_AGENCIES = ("绍兴市房屋安全鉴定中心", "浙江省建筑科学设计研究院检测中心",
             "{county}建设工程质量检测站", "绍兴市建筑工程质量检测有限公司")


def _person(rng):
    n = 1 if rng.random() < 0.3 else 2
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(n))


# --- deterministic per-point noise ---------------------------------------------------------

_MASK = (1 << 64) - 1


def _hash01(seed, i, j, k):
    """A float in [-1, 1) from four integers (splitmix64)."""
    z = (seed * 0x9E3779B97F4A7C15 + i * 0xBF58476D1CE4E5B9 + j * 0x94D049BB133111EB
         + k * 0x2545F4914F6CDD1D) & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    z ^= z >> 31
    return (z >> 11) / float(1 << 52) - 1.0


def _weighted(rng, table):
    """A key of {key: weight} chosen by weight (deterministic for a given rng state)."""
    total = 0.0
    for w in table.values():
        total += w
    r = rng.random() * total
    for key, w in table.items():
        r -= w
        if r < 0:
            return key
    return key


def _split_length(total, weights, min_len):
    """Integer lengths ≥ min_len summing to `total`, roughly proportional to weights."""
    k = len(weights)
    free = total - k * min_len
    if free < 0:
        raise ValueError("cannot split %d into %d parts of at least %d" % (total, k, min_len))
    s = float(sum(weights))
    raw = [free * w / s for w in weights]
    ints = [int(r) for r in raw]
    order = sorted(range(k), key=lambda i: (raw[i] - ints[i], -i), reverse=True)
    for i in order[:free - sum(ints)]:
        ints[i] += 1
    return [min_len + x for x in ints]


_NEIGHBOURS = ((1, 0), (0, 1), (-1, 0), (0, -1))


def _grow(seeds, speeds, allowed, cost):
    """Multi-source Dijkstra over 4-connected cells → {cell: seed index}.

    A cell goes to the seed that reaches it first (path cost / the seed's speed), and
    only through cells that seed already owns: every region is 4-connected and holds
    its seed."""
    owner = {}
    heap = [(0.0, k, s) for k, s in enumerate(seeds)]
    heapq.heapify(heap)
    while heap:
        d, k, cell = heapq.heappop(heap)
        if cell in owner:
            continue
        owner[cell] = k
        x, y = cell
        for dx, dy in _NEIGHBOURS:
            nb = (x + dx, y + dy)
            if nb in allowed and nb not in owner:
                heapq.heappush(heap, (d + cost[nb] / speeds[k], k, nb))
    return owner


def _farthest(rng, cells, n, first):
    """n distinct seeds among `cells` (a sorted list), spread by farthest-point sampling
    (distances slightly randomised so the pattern is not a lattice)."""
    noise = {c: 0.75 + 0.5 * rng.random() for c in cells}
    seeds = [first]
    best = {c: ((c[0] - first[0]) ** 2 + (c[1] - first[1]) ** 2) * noise[c] for c in cells}
    while len(seeds) < n:
        nxt = max(cells, key=lambda c: (best[c], c))
        seeds.append(nxt)
        for c in cells:
            d = ((c[0] - nxt[0]) ** 2 + (c[1] - nxt[1]) ** 2) * noise[c]
            if d < best[c]:
                best[c] = d
    return seeds


def _regions(owner, n):
    groups = [[] for _ in range(n)]
    for c in sorted(owner):
        groups[owner[c]].append(c)
    return groups


def _centre_cells(groups):
    """For each region, its cell nearest to the region's centroid (Lloyd step)."""
    out = []
    for g in groups:
        cx = sum(c[0] for c in g) / float(len(g))
        cy = sum(c[1] for c in g) / float(len(g))
        out.append(min(g, key=lambda c: ((c[0] - cx) ** 2 + (c[1] - cy) ** 2, c)))
    return out


def _trace(cells):
    """The boundary of a set of grid cells as polygons [[shell, hole, …], …]; each ring
    is a closed list of cell corners, shells counter-clockwise and holes clockwise.

    Every cell side between the set and the rest is one directed edge (set on its
    left).  Where the set touches itself diagonally a corner has two ways on: when the
    two diagonal cells are connected through the set the ring turns right (keeping the
    hole that the connection encloses a ring of its own), otherwise left (keeping the
    two parts apart).  Rings are then simple and meet only at such corners: valid OGC
    polygons."""
    comp = {}
    for c in sorted(cells):
        if c not in comp:
            for member in _component(c, cells):
                comp[member] = c
    out = {}
    for (x, y) in cells:
        if (x, y - 1) not in cells:
            out.setdefault((x, y), []).append((x + 1, y))
        if (x + 1, y) not in cells:
            out.setdefault((x + 1, y), []).append((x + 1, y + 1))
        if (x, y + 1) not in cells:
            out.setdefault((x + 1, y + 1), []).append((x, y + 1))
        if (x - 1, y) not in cells:
            out.setdefault((x, y + 1), []).append((x, y))
    used = set()
    shells, holes = [], []
    for start in sorted(out):
        for first in sorted(out[start]):
            if (start, first) in used:
                continue
            ring = [start]
            p, c = start, first
            while True:
                used.add((p, c))
                ring.append(c)
                options = out[c]
                if len(options) == 1:
                    nxt = options[0]
                else:
                    dx, dy = c[0] - p[0], c[1] - p[1]
                    right = (c[0] + dy, c[1] - dx)
                    left = (c[0] - dy, c[1] + dx)
                    joined = comp[_left_cell(p, dx, dy)] == comp[_left_cell(c, dy, -dx)]
                    nxt = right if joined else left
                p, c = c, nxt
                if (p, c) in used:
                    break
            # ring ends where it started: ring[-1] == start
            area2 = 0
            for k in range(len(ring) - 1):
                area2 += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1]
            (shells if area2 > 0 else holes).append((area2, ring))
    polygons = [[ring] for _, ring in sorted(shells, key=lambda s: -s[0])]
    for _, hole in holes:
        if len(polygons) == 1:
            polygons[0].append(hole)
            continue
        (ax, ay), (bx, by) = hole[0], hole[1]
        px, py = (ax + bx) / 2.0, (ay + by) / 2.0
        for poly in polygons:
            if _inside(px, py, poly[0]):
                poly.append(hole)
                break
    return polygons


def _left_cell(p, dx, dy):
    """The cell on the left of the unit edge leaving corner p in direction (dx, dy)."""
    if dx == 1:
        return p
    if dy == 1:
        return (p[0] - 1, p[1])
    if dx == -1:
        return (p[0] - 1, p[1] - 1)
    return (p[0], p[1] - 1)


def _inside(px, py, ring):
    inside = False
    for k in range(len(ring) - 1):
        (x1, y1), (x2, y2) = ring[k], ring[k + 1]
        if (y1 > py) != (y2 > py) and px < x1 + (py - y1) * (x2 - x1) / float(y2 - y1):
            inside = not inside
    return inside


def _component(start, cells):
    seen = {start}
    stack = [start]
    while stack:
        x, y = stack.pop()
        for dx, dy in _NEIGHBOURS:
            nb = (x + dx, y + dy)
            if nb in cells and nb not in seen:
                seen.add(nb)
                stack.append(nb)
    return seen


def _largest_component(cells):
    left = set(cells)
    best = set()
    for c in sorted(cells):
        if c in left:
            comp = _component(c, left)
            left -= comp
            if len(comp) > len(best):
                best = comp
    return best


def _fill_holes(cells, nx, ny):
    """`cells` plus every cell of the nx × ny grid not reachable from outside it."""
    outside = set((x, y) for x in range(-1, nx + 1) for y in range(-1, ny + 1)) - set(cells)
    reach = _component((-1, -1), outside)
    return set(cells) | (outside - reach)


class _Zone(object):
    __slots__ = ("code", "name", "level", "parent", "cells", "weight", "hamlets", "kind",
                 "officers", "grid_member", "township", "villages", "nv_intent",
                 "quota", "responsible")


class DemoCounty(object):
    """The demo county for one seed and size.

    ``zones()`` is a list (small); ``violations()`` and ``houses()`` are generators that
    can be iterated any number of times and always give the same rows.
    """

    def __init__(self, seed=1, townships=30, villages=500, violations=2000, houses=None,
                 county_code=DEFAULT_COUNTY_CODE, county_name=None, today=None,
                 area_km2=None):
        if townships < 1:
            raise ValueError("at least one township is needed")
        if villages < townships:
            raise ValueError("every township needs at least one village: %d villages for %d "
                             "townships" % (villages, townships))
        if townships > 199 or villages > townships * 700:
            raise ValueError("too many zones for 3-digit division codes")
        if violations < 0 or (houses is not None and houses < 0):
            raise ValueError("counts cannot be negative")
        county_code = str(county_code)
        if len(county_code) != 6 or not county_code.isdigit():
            raise ValueError("the county code must have 6 digits: %r" % county_code)
        self.seed = seed
        self.n_townships = townships
        self.n_villages = villages
        self.n_violations = violations
        self.n_houses = 3 * violations if houses is None else houses
        self.county_code = county_code
        self.county_name = county_name or DEFAULT_COUNTY_NAME
        self.short_name = self.county_name[:-1] if self.county_name.endswith(("县", "市", "区")) \
            else self.county_name
        self.today = today or DEMO_TODAY
        self.start = self.today - datetime.timedelta(days=HISTORY_DAYS - 1)
        # At least ~0.6 km² per village so that villages hold their buildings.
        self.area_km2 = max(area_km2 or DEFAULT_AREA_KM2, 0.6 * villages)
        self._build_geometry()
        self._build_zones()
        self._build_calendar()

    # --- cells, lattice and warp -----------------------------------------------------------

    def _build_geometry(self):
        rng = random.Random("%s:geometry" % self.seed)
        area = self.area_km2 * 1e6
        # Cells: the atoms zones are made of, ~24 per village; each cell side is split
        # into G lattice steps, the vertices of the zone boundaries.
        self.cell = min(600.0, max(150.0, math.sqrt(area / (self.n_villages * 24.0))))
        self.G = 8
        self.step = self.cell / self.G
        self.jitter = 0.12 * self.step
        self._noise_seed = rng.randrange(1 << 30)
        # County outline: a star-shaped blob, wider than high, its radius modulated by
        # a few harmonics; scaled until it holds the wanted number of cells.
        target = int(round(area / (self.cell * self.cell)))
        aspect = 1.2 + 0.25 * rng.random()
        harmonics = [(k, (0.03 + 0.06 * rng.random()) * (3.0 / k), rng.random() * 2 * math.pi)
                     for k in range(2, 7)]
        r0 = math.sqrt(target / (math.pi * aspect))
        half_x = int(r0 * aspect * 1.6) + 3
        half_y = int(r0 * 1.6) + 3

        def shape(x, y):   # ≤ 1 inside
            xn, yn = x / aspect, y
            r = math.hypot(xn, yn)
            th = math.atan2(yn, xn)
            f = 1.0
            for k, a, ph in harmonics:
                f += a * math.cos(k * th + ph)
            return r / f

        values = sorted((shape(x + 0.5, y + 0.5), (x + half_x, y + half_y))
                        for x in range(-half_x, half_x) for y in range(-half_y, half_y))
        inside = set(c for _, c in values[:target])
        inside = _largest_component(inside)
        inside = _fill_holes(inside, 2 * half_x, 2 * half_y)
        self.cells = inside
        self.nx, self.ny = 2 * half_x, 2 * half_y
        self.width = self.nx * self.cell
        self.height = self.ny * self.cell
        # Smooth warp: x += Σ a sin(k·p + φ), y likewise; Σ a·|k| ≤ 0.315 per coordinate,
        # so ‖J − I‖ ≤ 0.445 and the Jacobian's smallest singular value is ≥ 0.55: the
        # warp is one-to-one and shrinks no distance below 0.55 of its parameter length.
        self.SIGMA_MIN = 0.55
        self._warp = []
        scale = math.sqrt(area / 1.2e9)
        for comp in range(2):
            terms = []
            for wavelength, amp in ((36000, 800), (14000, 250), (6000, 60)):
                lam = wavelength * scale
                theta = rng.random() * 2 * math.pi
                k = 2 * math.pi / lam
                terms.append((amp * scale, k * math.cos(theta), k * math.sin(theta),
                              rng.random() * 2 * math.pi))
            self._warp.append(terms)
        m0, _ = radii(CENTER_LAT)
        self._m0 = m0
        self._point_cache = {}
        # per-cell travel cost for growing regions
        self._cost = {c: 1.0 + 1.5 * (0.5 + 0.5 * _hash01(self._noise_seed, c[0], c[1], 3))
                      for c in inside}

    def _to_metric(self, p, q):
        """Warped metric (x, y), from the county centre, of a parameter point (metres from
        the south-west corner of the cell grid)."""
        x = p - self.width / 2
        y = q - self.height / 2
        dx = 0.0
        for a, kx, ky, ph in self._warp[0]:
            dx += a * math.sin(kx * x + ky * y + ph)
        dy = 0.0
        for a, kx, ky, ph in self._warp[1]:
            dy += a * math.sin(kx * x + ky * y + ph)
        return x + dx, y + dy

    def _to_lonlat(self, x, y):
        lat = CENTER_LAT + y / self._m0 / _DEG
        _, n = radii(lat)
        lon = CENTER_LON + x / (n * math.cos(lat * _DEG)) / _DEG
        return lon, lat

    def lattice_point(self, i, j):
        """Rounded (lon, lat) of lattice point (i, j): the one definition of a zone vertex."""
        key = (i, j)
        pt = self._point_cache.get(key)
        if pt is None:
            jx = self.jitter * _hash01(self._noise_seed, i, j, 1)
            jy = self.jitter * _hash01(self._noise_seed, i, j, 2)
            x, y = self._to_metric(i * self.step + jx, j * self.step + jy)
            lon, lat = self._to_lonlat(x, y)
            pt = (round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS))
            self._point_cache[key] = pt
        return pt

    def param_lonlat(self, p, q):
        """(lon, lat) of a parameter point, unrounded."""
        return self._to_lonlat(*self._to_metric(p, q))

    def _cut(self, corner):
        """Whether a cell corner is chamfered: the boundary turns there between exactly
        two zones of the finest level (villages, or a village and the outside), three
        cells on one side and one on the other.  Decided per corner for the whole
        county, so every ring through the corner agrees."""
        x, y = corner
        lab = self._label
        a, b, c, d = (lab.get((x - 1, y - 1)), lab.get((x, y - 1)), lab.get((x - 1, y)),
                      lab.get((x, y)))
        vals = (a, b, c, d)
        first = vals.count(a)
        if first == 3 or first == 1:
            other = next(v for v in vals if v != a)
            return vals.count(other) == 4 - first
        return False

    def _polygons(self, cells):
        """[[flat ring, …], …] lon/lat polygons of a set of cells.

        Rings follow the cell sides through every lattice point; a corner where the
        boundary turns is cut by a 45° chamfer of half a cell (through lattice points
        too), so staircases become diagonal lines."""
        G, K = self.G, self.G // 2
        out = []
        for rings in _trace(cells):
            poly = []
            for ring in rings:
                corners = ring[:-1]
                m = len(corners)
                cut = []
                for k in range(m):
                    p, c, n = corners[k - 1], corners[k], corners[(k + 1) % m]
                    d1 = (c[0] - p[0], c[1] - p[1])
                    d2 = (n[0] - c[0], n[1] - c[1])
                    cut.append(d1 != d2 and self._cut(c))
                pts = []
                for k in range(m):
                    c, n = corners[k], corners[(k + 1) % m]
                    d = (n[0] - c[0], n[1] - c[1])
                    if cut[k]:
                        p = corners[k - 1]
                        d1 = (c[0] - p[0], c[1] - p[1])
                        for i in range(K):
                            pts.append((c[0] * G - (K - i) * d1[0] + i * d[0],
                                        c[1] * G - (K - i) * d1[1] + i * d[1]))
                        start = K
                    else:
                        start = 0
                    end = G - K if cut[(k + 1) % m] else G
                    for t in range(start, end):
                        pts.append((c[0] * G + t * d[0], c[1] * G + t * d[1]))
                flat = []
                for i, j in pts:
                    flat.extend(self.lattice_point(i, j))
                flat.extend(flat[:2])
                poly.append(flat)
            out.append(poly)
        return out

    # --- zones -----------------------------------------------------------------------------------

    def _build_zones(self):
        rng = random.Random("%s:zones" % self.seed)
        T, V = self.n_townships, self.n_villages
        cells = sorted(self.cells)
        if len(cells) < 3 * V:
            raise ValueError("the county is too small for %d villages" % V)
        cx = sum(c[0] for c in cells) / float(len(cells))
        cy = sum(c[1] for c in cells) / float(len(cells))
        centre = min(cells, key=lambda c: ((c[0] - cx) ** 2 + (c[1] - cy) ** 2, c))
        # Townships: seeds spread over the county (the first at the county seat), grown
        # at a speed by kind: small streets in the middle, large 乡 at the edge.
        seeds = _farthest(rng, cells, T, centre)
        order = sorted(range(T), key=lambda t: ((seeds[t][0] - cx) ** 2 + (seeds[t][1] - cy) ** 2, t))
        n_park = 1 if T >= 4 else 0
        n_street = max(1, int(round(0.13 * T))) if T >= 3 else 0
        n_xiang = int(round(0.3 * T)) if T >= 5 else 0
        levels = {}
        for rank, t in enumerate(order):
            if rank < n_street:
                levels[t] = "street"
            elif rank < n_street + n_park:
                levels[t] = "park"
            elif rank >= T - n_xiang:
                levels[t] = "xiang"
            else:
                levels[t] = "town"
        speed = {"street": 0.55, "park": 0.8, "town": 1.0, "xiang": 1.2}
        speeds = [speed[levels[t]] * (0.85 + 0.3 * rng.random()) for t in range(T)]
        allowed = self.cells
        owner = _grow(seeds, speeds, allowed, self._cost)
        seeds = _centre_cells(_regions(owner, T))
        owner = _grow(seeds, speeds, allowed, self._cost)
        tcells = _regions(owner, T)
        # Names, unique over the whole county.
        stems = list(_TOWNSHIP_STEMS)
        rng.shuffle(stems)
        used = set()
        names = {}
        for rank, t in enumerate(order):
            lv = levels[t]
            if lv == "park":
                names[t] = "%s高新技术产业园区" % self.short_name
                continue
            if lv == "town" and "城关" not in used:
                stem = "城关"      # the town nearest the county seat
            else:
                stem = stems.pop() if stems else "新%s" % _ordinal(rank)
                while stem in used:
                    stem = stems.pop() if stems else "新%s" % _ordinal(rank + len(used))
            used.add(stem)
            names[t] = stem + {"street": "街道", "town": "镇", "xiang": "乡"}[lv]
        # Codes: 街道 001…, 镇 100…, 乡 200…, 园区 400 (national division code ranges).
        counters = {"street": 1, "town": 100, "xiang": 200, "park": 400}
        rank_of = {t: rank for rank, t in enumerate(order)}
        kinds = ["street", "town", "xiang", "park"]
        town_zones = []
        for t in sorted(range(T), key=lambda t: (kinds.index(levels[t]), rank_of[t])):
            z = _Zone()
            lv = levels[t]
            z.code = "%s%03d" % (self.county_code, counters[lv])
            counters[lv] += 1
            z.name = names[t]
            z.level = {"street": "street", "town": "township", "xiang": "township",
                       "park": "park"}[lv]
            z.parent = self.county_code
            z.cells = tcells[t]
            z.officers = [_person(rng) for _ in range(4)]
            z.responsible = _person(rng)
            z.villages = []
            z.weight = {"street": 1.8, "park": 1.4, "town": 1.0, "xiang": 0.7}[lv] * (
                0.6 + 0.8 * rng.random())
            z.kind = lv
            z.township = None
            town_zones.append(z)
        if counters["town"] > 200 or counters["xiang"] > 300 or counters["street"] > 100:
            raise ValueError("too many townships of one kind for the division code ranges")
        # Villages per township: by area and kind (dense streets), at least one each.
        shares = [len(z.cells) * {"street": 2.2, "park": 0.7, "town": 1.0, "xiang": 0.8}[z.kind]
                  * (0.85 + 0.3 * rng.random()) for z in town_zones]
        counts = _split_length(V, shares, 1)
        for _ in range(V):   # never more villages than a third of the township's cells
            over = [k for k, z in enumerate(town_zones) if counts[k] > max(1, len(z.cells) // 3)]
            if not over:
                break
            k = over[0]
            counts[k] -= 1
            room = max(range(T), key=lambda j: (len(town_zones[j].cells) / (counts[j] + 1.0), -j))
            counts[room] += 1
        vnames = self._village_name_pool(rng)
        vused = set(names.values()) | set(n[:-2] if n.endswith("街道") else n[:-1]
                                          for n in names.values())
        all_villages = []
        for z, nvil in zip(town_zones, counts):
            zc = z.cells
            zset = set(zc)
            zx = sum(c[0] for c in zc) / float(len(zc))
            zy = sum(c[1] for c in zc) / float(len(zc))
            first = zc[int(rng.random() * len(zc))]
            vseeds = _farthest(rng, zc, nvil, first)
            vspeeds = [0.8 + 0.45 * rng.random() for _ in range(nvil)]
            vowner = _grow(vseeds, vspeeds, zset, self._cost)
            for _ in range(2):
                vseeds = _centre_cells(_regions(vowner, nvil))
                vowner = _grow(vseeds, vspeeds, zset, self._cost)
            vcells = _regions(vowner, nvil)
            vorder = sorted(range(nvil), key=lambda k: (
                (vseeds[k][0] - zx) ** 2 + (vseeds[k][1] - zy) ** 2, k))
            share = {"street": 0.8, "park": 0.3, "town": 0.12, "xiang": 0.0}[z.kind]
            n_comm = min(199, int(round(nvil * share)))
            if z.kind == "street" or (z.kind == "town" and nvil > 1):
                n_comm = max(1, n_comm)
            if nvil - n_comm > 799:
                raise ValueError("too many villages in one township for 3-digit codes")
            c_no, v_no = 1, 201
            for rank, k in enumerate(vorder):
                v = _Zone()
                community = rank < n_comm
                if community:
                    v.code = "%s%03d" % (z.code, c_no)
                    c_no += 1
                    v.level = "community"
                else:
                    v.code = "%s%03d" % (z.code, v_no)
                    v_no += 1
                    v.level = "village"
                base = self._next_name(vnames, vused, rng, community)
                v.name = base + ("社区" if community else "村")
                v.parent = z.code
                v.cells = vcells[k]
                v.township = z
                v.kind = z.kind
                v.grid_member = _person(rng)
                v.responsible = _person(rng)
                v.weight = z.weight * (1.5 if community else 1.0) * (0.3 + 1.4 * rng.random())
                v.nv_intent = _weighted(rng, {"none": 0.35, "creating": 0.35, "passed": 0.3})
                v.hamlets = [v.cells[int(rng.random() * len(v.cells))]
                             for _ in range(1 + int(rng.random() * 3))]
                z.villages.append(v)
                all_villages.append(v)
            z.villages.sort(key=lambda v: v.code)
        self.townships = town_zones
        self.villages = sorted(all_villages, key=lambda v: v.code)
        self._village_of = {}
        self._label = {}
        for k, v in enumerate(self.villages):
            for c in v.cells:
                self._village_of[c] = v
                self._label[c] = k
        # Indexes for weighted choice.
        self._village_cum = []
        total = 0.0
        for v in self.villages:
            total += v.weight
            self._village_cum.append(total)
        self._house_cum = []
        total = 0.0
        for v in self.villages:
            total += (v.weight ** 0.5) * len(v.cells) ** 0.5
            self._house_cum.append(total)
        # Annual quotas (m²): ~ expected yearly demolition, townships ≥ 2000 m².
        yearly = max(20000.0, self.n_violations / 3.0 * 0.55 * 330.0)
        self.county_quota = float(int(round(yearly * 1.1, -3)))
        wsum = sum(z.weight * len(z.villages) for z in town_zones)
        for z in town_zones:
            z.quota = float(max(2000, int(round(self.county_quota * z.weight * len(z.villages)
                                                / wsum, -2))))
        self.county_responsible = _person(rng)

    def _village_name_pool(self, rng):
        pool = []
        for p in _VILLAGE_PREFIX:
            for s in _VILLAGE_STEM:
                if p != s:
                    pool.append(p + s)
        for s in _VILLAGE_STEM:
            for p in "东西南北":
                pool.append(s + p)
        for w in _VILLAGE_WORDS:
            pool.append(w)
            for p in _VILLAGE_PREFIX[:8]:
                pool.append(p + w)
        rng.shuffle(pool)
        comm = list(_COMMUNITY_WORDS)
        rng.shuffle(comm)
        return {"village": pool, "community": comm}

    def _next_name(self, pools, used, rng, community):
        for key in (("community", "village") if community else ("village",)):
            pool = pools[key]
            while pool:
                name = pool.pop()
                if name not in used:
                    used.add(name)
                    return name
        k = 1
        while True:
            name = "%s%s" % (rng.choice(_VILLAGE_WORDS), _ordinal(k))
            if name not in used:
                used.add(name)
                return name
            k += 1

    def zones(self):
        """Zone rows: the county, its townships (街道/镇/乡/园区) and villages (村/社区)."""
        created = _utc(self.start - datetime.timedelta(days=30), 9 * 60)
        rows = []
        polys = self._polygons(self.cells)
        rows.append({
            "zone_code": self.county_code, "zone_name": self.county_name, "level": "county",
            "parent_code": None, "annual_quota_m2": self.county_quota,
            "no_violation_status": "creating", "responsible": self.county_responsible,
            "geom": multipolygon_wkt(polys), "_coords": polys,
            "created_at": created, "updated_by": "demo",
        })
        for z in self.townships:
            polys = self._polygons(set(z.cells))
            rows.append({
                "zone_code": z.code, "zone_name": z.name, "level": z.level,
                "parent_code": z.parent, "annual_quota_m2": z.quota,
                "no_violation_status": "none", "responsible": z.responsible,
                "geom": multipolygon_wkt(polys), "_coords": polys,
                "created_at": created, "updated_by": "demo",
            })
        for v in self.villages:
            polys = self._polygons(set(v.cells))
            rows.append({
                "zone_code": v.code, "zone_name": v.name, "level": v.level,
                "parent_code": v.parent, "annual_quota_m2": None,
                "no_violation_status": v.nv_intent, "responsible": v.responsible,
                "geom": multipolygon_wkt(polys), "_coords": polys,
                "created_at": created, "updated_by": "demo",
                "_nv_intent": v.nv_intent,
            })
        return rows

    def settings(self):
        """Settings values (key → Python value) that describe the demo county."""
        year = self.today.year
        return {
            "county_name": self.county_name,
            "issuing_unit": "%s综合行政执法局" % self.county_name,
            "campaign_start": datetime.date(year, 1, 1),
            "campaign_end": datetime.date(year, 9, 30),
            "county_annual_quota_m2": self.county_quota,
        }

    # --- calendar ----------------------------------------------------------------------------

    def _build_calendar(self):
        """Cumulative discovery intensity per day: construction season, a spring campaign
        every year, fewer finds around the Spring Festival, a slight upward trend."""
        cum = []
        total = 0.0
        for k in range(HISTORY_DAYS):
            d = self.start + datetime.timedelta(days=k)
            w = 1.0 + 0.25 * k / HISTORY_DAYS
            if 3 <= d.month <= 9:
                w *= 1.35
            if d.month == 2 or (d.month == 1 and d.day > 20):
                w *= 0.45
            if d.weekday() >= 5:
                w *= 0.6
            total += w
            cum.append(total)
        self._day_cum = [c / total for c in cum]

    def _day_for(self, u):
        return self.start + datetime.timedelta(days=min(HISTORY_DAYS - 1,
                                                        bisect.bisect_left(self._day_cum, u)))

    # --- violations -------------------------------------------------------------------------------

    def _pick_village(self, rng, cum):
        return self.villages[min(len(self.villages) - 1,
                                 bisect.bisect_left(cum, rng.random() * cum[-1]))]

    def _clearance(self, v, p, q):
        """Parameter distance from (p, q) to the nearest cell not in village v (looking
        two cells around; at most two cells)."""
        b = self.cell
        cx, cy = int(p // b), int(q // b)
        best = 2.0 * b
        for i in range(cx - 2, cx + 3):
            for j in range(cy - 2, cy + 3):
                if self._village_of.get((i, j)) is v:
                    continue
                dx = max(i * b - p, 0.0, p - (i + 1) * b)
                dy = max(j * b - q, 0.0, q - (j + 1) * b)
                d = math.hypot(dx, dy)
                if d < best:
                    best = d
        return best

    def _place(self, rng, v, radius):
        """A parameter point in village v, near one of its hamlets, whose surroundings of
        `radius` metres (after the warp) lie inside the village; None when v has no room."""
        b = self.cell
        # chamfered corners bring a neighbour up to a quarter cell into a cell
        need = (radius + 2.0 * self.jitter + 1.0) / self.SIGMA_MIN + 0.25 * b
        hx, hy = v.hamlets[int(rng.random() * len(v.hamlets))]
        spread = 0.3 + 0.25 * math.sqrt(len(v.cells))
        for attempt in range(12):
            if attempt < 8:
                c = (hx + int(round(rng.gauss(0, spread))), hy + int(round(rng.gauss(0, spread))))
                if self._village_of.get(c) is not v:
                    continue
            else:
                c = v.cells[int(rng.random() * len(v.cells))]
            p = (c[0] + rng.random()) * b
            q = (c[1] + rng.random()) * b
            if self._clearance(v, p, q) >= need:
                return p, q
        # a narrow village: the cell centre with the most room, if enough
        best = max(((self._clearance(v, (c[0] + 0.5) * b, (c[1] + 0.5) * b), c) for c in v.cells))
        if best[0] >= need:
            return (best[1][0] + 0.5) * b, (best[1][1] + 0.5) * b
        return None

    def _room(self, v):
        """The largest radius (metres) an object centred in a cell of v may have."""
        b = self.cell
        best = max(self._clearance(v, (c[0] + 0.5) * b, (c[1] + 0.5) * b) for c in v.cells)
        return max(0.0, (best - 0.25 * b) * self.SIGMA_MIN - 2.0 * self.jitter - 1.0)

    def _boundary_anchor(self, rng, v):
        """Lattice point (i, j) in the middle of a cell side that v shares with another
        village (not the county border); None when v has none."""
        sides = []
        for (x, y) in v.cells:
            for dx, dy in _NEIGHBOURS:
                other = self._village_of.get((x + dx, y + dy))
                if other is not None and other is not v:
                    sides.append(((x, y), (dx, dy)))
        if not sides:
            return None
        (x, y), (dx, dy) = sides[int(rng.random() * len(sides))]
        G = self.G
        t = G // 2      # a side's midpoint is a boundary vertex, chamfers or not
        if dx:   # vertical side at x + (1 if dx > 0)
            return ((x + (1 if dx > 0 else 0)) * G, y * G + t)
        return (x * G + t, (y + (1 if dy > 0 else 0)) * G)

    def violations(self):
        """Violation rows in discovery order, each with its workflow steps (``_steps``)."""
        rng = random.Random("%s:violations" % self.seed)
        n = self.n_violations
        forced = {}
        if n:
            states = [s for s in _STATE_SPREAD]
            for idx, st in zip(rng.sample(range(n), min(n, len(states))), states):
                forced[idx] = st
        decision_serial = {}
        patch_serial = {}
        for idx in range(n):
            yield self._violation(rng, idx, n, forced.get(idx), decision_serial, patch_serial)

    def _violation(self, rng, idx, n, forced_state, decision_serial, patch_serial):
        day = self._day_for((idx + rng.random()) / n)
        v = self._pick_village(rng, self._village_cum)
        z = v.township
        lv = z.kind
        # Who and what
        party_type = _weighted(rng, _PARTY_TYPES)
        building_type = _weighted(rng, _BUILDING_BY_LEVEL[lv])
        land_class = _weighted(rng, _LAND_BY_LEVEL[lv])
        ownership = "state" if rng.random() < {"street": 0.6, "park": 0.7}.get(lv, 0.12) else "collective"
        source = _weighted(rng, _SOURCES)
        # Size: log-normal footprint, 30–3000 m².
        area = math.exp(rng.gauss(math.log(160.0), 0.95))
        if building_type in ("factory", "tin_shed"):
            area *= 2.2
        elif building_type in ("billboard", "wall"):
            area *= 0.35
        area = min(3000.0, max(30.0, area))
        straddles = rng.random() < 0.03
        shape = "rect" if (straddles or rng.random() < 0.72) else "L"
        aspect = 1.0 + rng.random() * (2.5 if building_type != "wall" else 5.0)
        angle = rng.random() * math.pi
        local = _shape(shape, area, aspect, angle, rng)
        radius = max(math.hypot(x, y) for x, y in local)
        anchor = self._boundary_anchor(rng, v) if straddles else None
        if anchor is not None:
            lon_c, lat_c = self.lattice_point(*anchor)
        else:
            straddles = False
            pos = self._place(rng, v, radius)
            for _ in range(8):      # no room: another village of the same township
                if pos is not None:
                    break
                v = z.villages[int(rng.random() * len(z.villages))]
                pos = self._place(rng, v, radius)
            if pos is None:         # still none: shrink the structure to fit
                fit = self._room(v) / radius
                local = [(x * fit, y * fit) for x, y in local]
                radius *= fit
                pos = self._place(rng, v, radius * 0.999)
            lon_c, lat_c = self.param_lonlat(*pos)
        m, nn = radii(lat_c)
        kx = 1.0 / (nn * math.cos(lat_c * _DEG) * _DEG)
        ky = 1.0 / (m * _DEG)
        flat = []
        for x, y in local:
            flat.append(round(lon_c + x * kx, COORD_DECIMALS))
            flat.append(round(lat_c + y * ky, COORD_DECIMALS))
        flat.append(flat[0])
        flat.append(flat[1])
        area_m2 = planar_area_m2(flat, lat_c)
        if building_type in ("wall", "billboard"):
            floors = 0
        elif building_type in ("tin_shed", "temporary"):
            floors = 1
        elif building_type == "storey_addition":
            floors = 1 + (rng.random() < 0.3)
        elif building_type == "factory":
            floors = 1 + int(rng.random() * 3)
        else:
            floors = _weighted(rng, {1: 0.25, 2: 0.3, 3: 0.25, 4: 0.12, 5: 0.06, 6: 0.02})
        building_area = round(area_m2 * max(1, floors), 1)
        # When: discovery day and construction start.
        stock = rng.random() < 0.12
        if stock:
            started = datetime.date(1995 + int(rng.random() * 19), 1 + int(rng.random() * 12),
                                    1 + int(rng.random() * 28))
            if source == "report":
                source = "patrol"
        else:
            lag = _weighted(rng, {0: 0.34, 1: 0.26, "week": 0.2, "long": 0.2})
            if source == "satellite":
                lag = "long"
            if lag == "week":
                lag = 2 + int(rng.random() * 6)
            elif lag == "long":
                lag = 8 + int(rng.random() * 53)
            started = day - datetime.timedelta(days=lag)
        minute = 8 * 60 + 30 + int(rng.random() * 9 * 60)
        created = _utc(day, minute)
        town, vil = z, v
        officer = town.officers[int(rng.random() * len(town.officers))]
        if source == "patrol":
            registrar = vil.grid_member
        else:
            registrar = officer
        name = _party_name(rng, party_type, vil, building_type, self.short_name)
        address = _address(rng, town, vil)
        flags = {"flag_cadre": int(party_type == "cadre"), "flag_four_sides": 0,
                 "flag_obstructs": 0, "flag_unsafe": 0,
                 "flag_typical": int(rng.random() < 0.02 or (party_type == "cadre" and rng.random() < 0.3)),
                 "flag_farmland": int(land_class in ("cultivated", "basic_farmland"))}
        patch_no = batch = None
        if source == "satellite":
            quarter = (day.month - 1) // 3 + 1
            key = (day.year, quarter)
            patch_serial[key] = patch_serial.get(key, 0) + 1
            patch_no = "JC%s%dQ%d%05d" % (self.county_code, day.year, quarter, patch_serial[key])
            batch = "%d年第%d季度卫片" % (day.year, quarter)
        elif source == "drone":
            batch = "%d年%d月无人机巡查" % (day.year, day.month)
        reporter = None
        if source in ("report", "hotline"):
            reporter = "匿名" if rng.random() < 0.25 else _person(rng)
        remarks = None
        if flags["flag_typical"]:
            remarks = rng.choice(("屡拆屡建", "群众反映强烈", "媒体曝光", "顶风违建"))
        elif party_type == "cadre":
            remarks = "当事人系%s" % rng.choice(("村干部", "党员", "公职人员"))
        row = {
            "patch_no": patch_no, "batch": batch,
            "township_code": z.code, "village_code": v.code, "address": address,
            "party_name": name, "party_type": party_type, "land_ownership": ownership,
            "land_class": land_class, "building_type": building_type, "floors": floors,
            "area_m2": round(area_m2, 2), "building_area_m2": building_area,
            "discovered_on": _iso_date(day), "construction_started_on": _iso_date(started),
            "discovery_source": source, "reporter": reporter, "remarks": remarks,
            "created_at": created, "updated_by": registrar,
        }
        row.update(flags)
        row["geom"] = multipolygon_wkt([[flat]])
        row["_coords"] = [[flat]]
        row["_area_m2"] = area_m2
        row["_straddles"] = straddles
        row["_stock"] = stock
        # Workflow
        age = (self.today - day).days
        final = forced_state or _weighted(rng, _status_table(age))
        route = _route(rng, final, building_type)
        row["_final_status"] = route[-1] if route else workflow.INITIAL
        row["_steps"] = self._steps(rng, row, day, minute, route, town, vil, decision_serial,
                                    land_class, party_type)
        return row

    def _steps(self, rng, row, day, minute, route, town, vil, decision_serial, land_class,
               party_type):
        path = []
        prev = workflow.INITIAL
        for waypoint in route:
            path.extend(_path(waypoint, prev))
            prev = waypoint
        if not path:
            return []
        # Day offsets, then squeezed into the time left before "today".
        offsets = []
        decided_at = None
        deadline_gap = 7 + int(rng.random() * 24)
        prev = workflow.INITIAL
        for st in path:
            lo, hi = _STEP_DAYS.get((prev, st), _STEP_DAYS.get(st, (1, 10)))
            if st == "reminded":
                lo, hi = deadline_gap + 1, deadline_gap + 7
            elif st == "self_demolished" and prev == "decided":
                lo, hi = 2, deadline_gap
            offsets.append(lo + int(rng.random() * (hi - lo + 1)))
            prev = st
        available = (self.today - day).days
        total = sum(offsets)
        if total > available:
            f = available / float(total)
            acc, cum = 0.0, []
            for o in offsets:
                acc += o * f
                cum.append(int(acc))
        else:
            cum, acc = [], 0
            for o in offsets:
                acc += o
                cum.append(acc)
        steps = []
        prev = workflow.INITIAL
        last_day, last_min = day, minute
        officers = town.officers
        lead = officers[int(rng.random() * len(officers))]
        verified_ok = "not_filed" not in path
        for st, off in zip(path, cum):
            d = day + datetime.timedelta(days=off)
            if d == last_day:
                mins = last_min + 20 + int(rng.random() * 70)
                if mins > 23 * 60 + 50:
                    mins = last_min + 1
            else:
                mins = 8 * 60 + 30 + int(rng.random() * 9 * 60)
            last_day, last_min = d, mins
            actor = lead if rng.random() < 0.7 else officers[int(rng.random() * len(officers))]
            fields = {}
            note = None
            if st == "verified":
                note = rng.choice(("现场核查属实，拍照取证", "经现场核查，确认违法建设事实",
                                   "会同村两委现场核实，已测量面积"))
                if row["reporter"] and verified_ok:
                    a = row["area_m2"]
                    reward = 200 if a < 100 else 300 if a < 300 else 400 if a < 1000 else 500
                    if party_type == "cadre" or land_class in ("cultivated", "basic_farmland"):
                        reward = min(500, reward + 100)
                    fields["reward_yuan"] = float(reward)
            elif st == "not_filed":
                note = rng.choice(("经核查已取得规划许可，不予立案", "经核查不属于违法建设，不予立案",
                                   "线索重复，已并入原案件", "经核查系合法临时设施，不予立案"))
            elif st == "filed":
                note = "经审批同意立案查处"
            elif st == "investigating":
                note = rng.choice(("调查询问当事人，制作询问笔录", "现场勘验、测绘，调取土地规划资料"))
            elif st == "notified":
                note = "送达行政处罚事先告知书，告知陈述、申辩权利"
            elif st == "decided":
                dtype, disposal = _decision_for(path, rng)
                year = d.year
                decision_serial[year] = decision_serial.get(year, 0) + 1
                fields["decision_no"] = "%s执罚决字〔%d〕第%03d号" % (
                    self.short_name, year, decision_serial[year])
                fields["decision_type"] = dtype
                fields["deadline"] = _iso_date(d + datetime.timedelta(days=deadline_gap))
                if disposal:
                    fields["disposal"] = disposal
                decided_at = d
                note = "作出%s决定，决定书%s" % (_DECISION_ZH[dtype], fields["decision_no"])
            elif st == "reminded":
                note = "限期届满未履行，送达履行催告书"
            elif st == "announced":
                note = "在现场及村务公开栏张贴强制拆除公告"
            elif st in ("self_demolished", "forced_demolished"):
                share = 1.0 if rng.random() < 0.8 else 0.6 + 0.4 * rng.random()
                fields["demolished_area_m2"] = round(row["building_area_m2"] * share, 1)
                fields["demolished_on"] = _iso_date(d)
                fields["demolition_mode"] = "self" if st == "self_demolished" else "forced"
                if st == "self_demolished":
                    note = "当事人自行拆除，拆除面积%.1fm²" % fields["demolished_area_m2"]
                else:
                    note = "组织强制拆除，拆除面积%.1fm²" % fields["demolished_area_m2"]
            elif st == "reused":
                post = _weighted(rng, _POST_USE_BY_LAND.get(land_class, _POST_USE_DEFAULT))
                fields["post_use"] = post
                note = "拆后土地%s" % _POST_USE_ZH[post]
            elif st == "legalised":
                note = "当事人缴纳罚款并补办规划许可手续"
            elif st == "kept_temporary":
                fields["deadline"] = _iso_date(d + datetime.timedelta(days=365 + int(rng.random() * 730)))
                note = "经批准保留临时使用，期满自行拆除"
            elif st == "closed":
                note = rng.choice(("验收合格，结案销号", "执行完毕，结案销号", "复核无误，予以销号"))
                if prev == "decided":
                    note = "罚没款已缴清，结案销号"
                elif prev == "kept_temporary":
                    note = "临时使用期满，经复核予以销号"
            if fields:
                fields["updated_by"] = actor
            steps.append({"from_status": prev, "to_status": st, "at": _utc(d, mins),
                          "actor": actor, "note": note, "set": fields})
            prev = st
        return steps

    # --- houses -------------------------------------------------------------------------------------

    def houses(self):
        """House rows; each with its inspections (``_inspections``, each with ``_members``)."""
        rng = random.Random("%s:houses" % self.seed)
        serials = {}
        for idx in range(self.n_houses):
            yield self._house(rng, idx, serials)

    def _house(self, rng, idx, serials):
        v = self._pick_village(rng, self._house_cum)
        z = v.township
        lv = z.kind
        serials[z.code] = serials.get(z.code, 0) + 1
        house_id = "YH%s%s%06d" % (self.county_code, z.code[6:], serials[z.code])
        pos = self._place(rng, v, 3.0)
        for other in z.villages:    # no room in v (never seen): another village
            if pos is not None:
                break
            v = other
            pos = self._place(rng, v, 3.0)
        if pos is None:
            c = v.cells[0]
            pos = ((c[0] + 0.5) * self.cell, (c[1] + 0.5) * self.cell)
        lon, lat = self.param_lonlat(*pos)
        lon, lat = round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)
        storeys = _weighted(rng, _STOREYS_BY_LEVEL[lv])
        basement = 1 if rng.random() < (0.08 if storeys >= 3 else 0.02) else 0
        built = _built_year(rng, self.today.year)
        structure = _structure_for(rng, built, storeys)
        footprint = 60 + rng.random() * 140
        use = _weighted(rng, _USE_BY_LEVEL[lv])
        business = []
        if use in ("business", "own_business"):
            business = sorted(set(_weighted(rng, _BUSINESS) for _ in range(1 + (rng.random() < 0.25))),
                              key=_BUSINESS_ORDER.index)
        elif use == "production":
            business = ["workshop"]
        elif use == "rental" and rng.random() < 0.2:
            business = ["lodging"]
        if use == "own":
            occupants = 1 + int(rng.random() * 7)
        elif use == "rental":
            occupants = 4 + int(rng.random() * 26)
        else:
            occupants = 3 + int(rng.random() * (20 + 15 * storeys))
        alt = {
            "alt_add_storey": int(storeys >= 3 and rng.random() < 0.08),
            "alt_extension": int(rng.random() < 0.06),
            "alt_structure": int(rng.random() < 0.03),
            "alt_use_change": int(use != "own" and rng.random() < 0.15),
            "alt_basement": int(basement and rng.random() < 0.5),
        }
        modern = built >= 2000 and structure in ("frame", "brick_concrete", "steel")
        design = int(rng.random() < (0.55 if modern else 0.12))
        construction = int(design or rng.random() < (0.35 if modern else 0.08))
        legality = _weighted(rng, {"legal": 0.8, "no_permit": 0.12, "illegal_construction": 0.06,
                                   "illegal_approval": 0.02})
        area_type = _weighted(rng, _AREA_BY_LEVEL[lv])
        # Hazard: a latent score from age, structure, alterations and use.
        age = self.today.year - built
        risk = (age / 40.0 + {"earth_wood": 1.2, "brick_wood": 0.7, "stone": 0.6}.get(structure, 0.0)
                + 0.6 * (alt["alt_add_storey"] + alt["alt_structure"] + alt["alt_basement"])
                - 0.4 * design + rng.gauss(0, 0.5))
        survey_day = self.start + datetime.timedelta(days=int(rng.random() * (HISTORY_DAYS - 200)))
        screening = None
        if rng.random() < 0.92:
            if risk > 2.5:
                screening = "serious"
            elif risk > 1.65:
                screening = "some"
            else:
                screening = "none"
        business_house = use in BUSINESS_USES
        appraisal_status = grade = agency = appraised_on = None
        if screening == "serious":
            appraisal_status = _weighted(rng, {"done": 0.8, "in_progress": 0.1, "pending": 0.1})
        elif screening == "some":
            appraisal_status = _weighted(rng, {"done": 0.5, "in_progress": 0.15, "pending": 0.35})
        elif screening == "none" and business_house and storeys >= 3 and rng.random() < 0.3:
            appraisal_status = "done"
        inspections = []
        last_check = survey_day
        collapse = screening == "serious" and rng.random() < 0.4
        if screening and (screening != "none" or rng.random() < 0.25):
            inspections.append(self._screening_inspection(rng, survey_day, screening, collapse, z, v))
        measures = []
        if collapse:
            measures += ["stop_use", "evacuate", "cordon"]
        if appraisal_status == "done":
            grade = _weighted(rng, {"serious": {"D": 0.45, "C": 0.45, "B": 0.1},
                                    "some": {"C": 0.35, "B": 0.5, "A": 0.15}}.get(
                                        screening, {"A": 0.7, "B": 0.3}))
            appraised = survey_day + datetime.timedelta(days=10 + int(rng.random() * 120))
            if appraised > self.today:
                appraised = self.today
            appraised_on = _iso_date(appraised)
            agency = rng.choice(_AGENCIES).format(county=self.county_name)
            if grade == "D":
                measures += ["stop_use", "evacuate", "cordon"]
                measures.append("rebuild" if rng.random() < 0.6 else "repair")
                if business_house:
                    measures.append("stop_business")
            elif grade == "C":
                measures.append("stop_business" if business_house and rng.random() < 0.5
                                else "restrict_use")
                measures.append("repair")
            elif grade == "B" and rng.random() < 0.3:
                measures.append("repair")
            measures = [m for m in _MEASURE_ORDER if m in set(measures)]
            inspections.append(self._appraisal_inspection(
                rng, appraised, grade, storeys, basement, structure, agency, measures, z))
            last_check = appraised
        elif measures:
            measures = [m for m in _MEASURE_ORDER if m in set(measures)]
        rect_status = None
        if grade in ("C", "D") or screening == "serious" or measures:
            rect_status = _weighted(rng, {"pending": 0.15, "in_progress": 0.25, "done": 0.3,
                                          "closed": 0.3})
            if not measures:
                measures = ["stop_use", "cordon"]
            if rect_status in ("done", "closed"):
                recheck = last_check + datetime.timedelta(days=30 + int(rng.random() * 300))
                if recheck <= self.today:
                    inspections.append({
                        "inspected_on": _iso_date(recheck), "inspector": rng.choice(z.officers),
                        "kind": "recheck",
                        "findings": "整治措施已落实，复查合格" + ("，予以销号" if rect_status == "closed" else ""),
                        "screening": None, "collapse_risk": 0, "appraisal_grade": None,
                        "appraisal_agency": None, "measures_taken": join_multi(measures),
                        "_members": [], "_ground": None,
                    })
                    last_check = recheck
                else:
                    rect_status = "in_progress"
        plan = None
        if rect_status:
            plan = "一栋一策：%s；责任人%s，%s前完成" % (
                "、".join(_MEASURE_ZH[m] for m in measures), z.responsible,
                _iso_date(last_check + datetime.timedelta(days=90)))
        if business_house:
            for k in range(int(rng.random() * 3)):
                pd = self.today - datetime.timedelta(days=int(rng.random() * 28) + 30 * k)
                inspections.append({
                    "inspected_on": _iso_date(pd), "inspector": v.grid_member, "kind": "patrol",
                    "findings": rng.choice(("日常巡查未发现异常", "经营场所消防通道畅通",
                                            "提醒业主不得擅自改变结构")),
                    "screening": None, "collapse_risk": 0, "appraisal_grade": None,
                    "appraisal_agency": None, "measures_taken": None, "_members": [],
                    "_ground": None,
                })
                if pd > last_check:
                    last_check = pd
        hazardous = grade in ("C", "D") or screening in ("serious", "some")
        months = (1 if business_house else 12 if (age > 30 or hazardous) else 36 if age > 20 else 60)
        due = _add_months(last_check, months)
        inspections.sort(key=lambda r: r["inspected_on"])
        row = {
            "house_id": house_id, "address": _address(rng, z, v), "owner": _person(rng),
            "township_code": z.code, "village_code": v.code, "storeys": storeys,
            "basement_storeys": basement, "floor_area_m2": round(footprint * (storeys + basement), 1),
            "structure": structure, "built_year": built,
            "land_ownership": "state" if rng.random() < {"street": 0.5, "park": 0.6}.get(lv, 0.08)
            else "collective",
            "area_type": area_type, "use": use, "business_types": join_multi(business),
            "occupants": occupants, "professional_design": design,
            "professional_construction": construction, "legality": legality,
            "screening": screening, "appraisal_status": appraisal_status,
            "appraisal_grade": grade, "appraisal_agency": agency, "appraised_on": appraised_on,
            "rectification_status": rect_status, "measures": join_multi(measures), "plan": plan,
            "next_inspection_due": _iso_date(due), "remarks": None,
            "created_at": _utc(survey_day, 9 * 60 + int(rng.random() * 480)),
            "updated_by": v.grid_member,
            "geom": point_wkt(lon, lat), "_coords": (lon, lat), "_inspections": inspections,
        }
        row.update(alt)
        return row

    def _screening_inspection(self, rng, day, screening, collapse, z, v):
        findings = {"serious": "墙体开裂、构件明显变形，存在严重安全隐患",
                    "some": "局部墙体裂缝、屋面渗漏，存在一定安全隐患",
                    "none": "未发现明显安全隐患"}[screening]
        if collapse:
            findings += "，存在倒塌风险，已责令停止使用并撤离人员"
        return {
            "inspected_on": _iso_date(day), "inspector": v.grid_member, "kind": "screening",
            "findings": findings, "screening": screening, "collapse_risk": int(collapse),
            "appraisal_grade": None, "appraisal_agency": None,
            "measures_taken": join_multi(["stop_use", "cordon", "evacuate"] if collapse else []),
            "_members": [], "_ground": None,
        }

    def _appraisal_inspection(self, rng, day, grade, storeys, basement, structure, agency,
                              measures, z):
        ground_d = grade == "D" and rng.random() < 0.35
        members = member_counts(rng, grade, storeys, basement, structure, ground_dangerous=ground_d)
        ground = _ground(rng, ground_d, storeys)
        row = {
            "inspected_on": _iso_date(day), "inspector": _person(rng), "kind": "appraisal",
            "findings": "依据JGJ 125-2016鉴定为%s级%s" % (
                grade, {"A": "", "B": "", "C": "（局部危房）", "D": "（整幢危房）"}[grade]),
            "screening": None, "collapse_risk": int(grade == "D" and rng.random() < 0.3),
            "appraisal_grade": grade, "appraisal_agency": agency,
            "measures_taken": join_multi(measures) if grade in ("C", "D") else None,
            "_members": members, "_ground": ground,
        }
        row.update(ground)
        return row

    # --- patrol reports (零报告) ---------------------------------------------------------------

    def patrol_days(self):
        """The days with patrol reports: the last PATROL_DAYS days up to today."""
        return [self.today - datetime.timedelta(days=k) for k in range(PATROL_DAYS - 1, -1, -1)]

    def patrol_missing(self):
        """The (village code, ISO day) pairs that did not report: PATROL_MISSING_SHARE of
        all pairs (rounded), drawn by the seed."""
        pairs = [(v.code, d.isoformat()) for d in self.patrol_days() for v in self.villages]
        rng = random.Random("%s:patrol-missing" % self.seed)
        return set(rng.sample(pairs, int(round(PATROL_MISSING_SHARE * len(pairs)))))

    def patrol_reports(self, found=None):
        """patrol_reports rows: every village and community, every day of patrol_days(),
        except the pairs of patrol_missing().

        found: {(village code, ISO day): [finding text, …]} of the cases discovered on
        that day in that village (patrol_finding() of each violation row); None reads
        them from violations() (the writer collects them while it writes the cases).
        found_count is the number of those cases; summary lists them, empty when none.
        Reports come in by 17:00 local time, a few of them late."""
        if found is None:
            found = patrol_findings(self.violations(), self.patrol_days())
        missing = self.patrol_missing()
        rng = random.Random("%s:patrol" % self.seed)
        rows = []
        for d in self.patrol_days():
            day = d.isoformat()
            for v in self.villages:
                late = rng.random() < 0.08
                minute = (17 * 60 + 5 + int(rng.random() * 150) if late
                          else 15 * 60 + int(rng.random() * 120))
                if (v.code, day) in missing:
                    continue
                items = found.get((v.code, day), [])
                summary = None
                if items:
                    summary = "发现违法建设%d处：%s" % (len(items), "；".join(items))
                at = _utc(d, minute)
                rows.append({
                    "zone_code": v.code, "report_date": day, "reported_at": at,
                    "found_count": len(items), "summary": summary,
                    "reporter": v.grid_member, "note": "逾时上报" if late else None,
                    "created_at": at, "updated_by": v.grid_member,
                })
        return rows


# --- tables and helpers for the rows ------------------------------------------------------------

# Patrol reports: the last two weeks of the timeline; 5 % of village-days unreported.
PATROL_DAYS = 14
PATROL_MISSING_SHARE = 0.05


def patrol_finding(violation):
    """The line a patrol report gives a case it found: address, building type, area."""
    return "%s%s约%d平方米" % (violation["address"] or "",
                            BUILDING_TYPE.label(violation["building_type"], "zh"),
                            int(round(violation["area_m2"] or 0)))


def patrol_findings(violations, days):
    """{(village code, ISO day): [patrol_finding, …]} of the violation rows discovered on
    one of `days`, in their order."""
    wanted = {d.isoformat() for d in days}
    found = {}
    for row in violations:
        if row["discovered_on"] in wanted and row["village_code"]:
            found.setdefault((row["village_code"], row["discovered_on"]), []).append(
                patrol_finding(row))
    return found


# One violation per state at least (at random positions), so every state is present.
_STATE_SPREAD = ("clue", "verified", "filed", "not_filed", "investigating", "notified", "decided",
                 "reminded", "announced", "self_demolished", "forced_demolished", "reused",
                 "legalised", "kept_temporary", "closed")

_PARTY_TYPES = {"individual": 0.72, "enterprise": 0.1, "cadre": 0.04, "collective": 0.06,
                "unknown": 0.08}
_SOURCES = {"patrol": 0.45, "report": 0.14, "satellite": 0.2, "drone": 0.08, "platform": 0.06,
            "hotline": 0.05, "other": 0.02}
_BUILDING_BY_LEVEL = {
    "street": {"house": 0.12, "rental": 0.2, "shop": 0.15, "storey_addition": 0.18,
               "tin_shed": 0.12, "temporary": 0.08, "billboard": 0.08, "wall": 0.03, "other": 0.04},
    "park": {"factory": 0.35, "tin_shed": 0.3, "temporary": 0.15, "billboard": 0.05, "wall": 0.05,
             "shop": 0.03, "other": 0.07},
    "town": {"house": 0.35, "rental": 0.08, "factory": 0.08, "shop": 0.05, "tin_shed": 0.14,
             "temporary": 0.1, "storey_addition": 0.07, "wall": 0.06, "billboard": 0.02, "other": 0.05},
    "xiang": {"house": 0.45, "factory": 0.04, "tin_shed": 0.14, "temporary": 0.14,
              "storey_addition": 0.05, "wall": 0.08, "other": 0.1},
}
_LAND_BY_LEVEL = {
    "street": {"construction": 0.75, "cultivated": 0.06, "garden": 0.04, "unused": 0.08, "other": 0.07},
    "park": {"construction": 0.7, "cultivated": 0.1, "basic_farmland": 0.03, "unused": 0.12,
             "other": 0.05},
    "town": {"construction": 0.35, "cultivated": 0.25, "basic_farmland": 0.08, "garden": 0.08,
             "forest": 0.1, "water": 0.02, "unused": 0.05, "other": 0.07},
    "xiang": {"construction": 0.25, "cultivated": 0.25, "basic_farmland": 0.1, "garden": 0.1,
              "forest": 0.18, "water": 0.03, "unused": 0.04, "other": 0.05},
}
_POST_USE_BY_LAND = {
    "cultivated": {"farmland": 0.8, "green": 0.15, "other": 0.05},
    "basic_farmland": {"farmland": 0.95, "green": 0.05},
    "garden": {"farmland": 0.5, "green": 0.4, "other": 0.1},
    "forest": {"green": 0.85, "landscape": 0.1, "other": 0.05},
    "construction": {"construction": 0.35, "road": 0.2, "green": 0.25, "landscape": 0.1, "other": 0.1},
}
_POST_USE_DEFAULT = {"green": 0.5, "landscape": 0.2, "road": 0.1, "other": 0.2}
_POST_USE_ZH = {"farmland": "已复耕", "green": "已绿化", "construction": "用于项目建设",
                "road": "用于道路建设", "landscape": "建成景观节点", "other": "另作他用"}
_DECISION_ZH = {"stop_construction": "责令停止建设", "demolish": "限期拆除", "fine": "罚款",
                "confiscate": "没收", "legalise": "责令限期改正、补办手续"}
_MEASURE_ORDER = ("stop_use", "stop_business", "cordon", "evacuate", "restrict_use", "repair",
                  "rebuild")
_MEASURE_ZH = {"stop_use": "停止使用", "stop_business": "停止经营", "cordon": "封控警示",
               "evacuate": "人员撤离", "restrict_use": "限制用途", "repair": "维修加固",
               "rebuild": "拆除重建"}
# Days from the previous step (inclusive range); keyed by (from, to) or by to.
_STEP_DAYS = {
    "verified": (0, 3), "not_filed": (1, 10), "filed": (1, 7), "investigating": (1, 5),
    "notified": (3, 20), "decided": (3, 15), "announced": (3, 10),
    ("reminded", "self_demolished"): (1, 10), ("announced", "self_demolished"): (1, 10),
    ("kept_temporary", "self_demolished"): (60, 400), "forced_demolished": (10, 30),
    "reused": (7, 90), "closed": (2, 30), ("decided", "closed"): (15, 60),
    ("kept_temporary", "closed"): (300, 700), "legalised": (20, 120), "kept_temporary": (3, 20),
}

_AGE_TABLES = (
    (7, {"clue": 0.3, "verified": 0.3, "filed": 0.1, "not_filed": 0.06, "investigating": 0.08,
         "decided": 0.04, "self_demolished": 0.08, "closed": 0.04}),
    (60, {"clue": 0.04, "verified": 0.1, "filed": 0.12, "investigating": 0.14, "notified": 0.12,
          "decided": 0.14, "not_filed": 0.06, "self_demolished": 0.1, "closed": 0.12,
          "reminded": 0.04, "kept_temporary": 0.01, "legalised": 0.01}),
    (365, {"clue": 0.01, "verified": 0.02, "filed": 0.03, "investigating": 0.05, "notified": 0.05,
           "decided": 0.1, "reminded": 0.06, "announced": 0.04, "not_filed": 0.06,
           "self_demolished": 0.08, "forced_demolished": 0.03, "reused": 0.04, "legalised": 0.02,
           "kept_temporary": 0.03, "closed": 0.38}),
    (None, {"clue": 0.005, "verified": 0.005, "filed": 0.01, "investigating": 0.01,
            "notified": 0.01, "decided": 0.04, "reminded": 0.02, "announced": 0.02,
            "not_filed": 0.07, "self_demolished": 0.03, "forced_demolished": 0.015, "reused": 0.04,
            "legalised": 0.02, "kept_temporary": 0.04, "closed": 0.66}),
)


def _status_table(age_days):
    for limit, table in _AGE_TABLES:
        if limit is None or age_days < limit:
            return table


# How a case reaches its final state: waypoints joined with workflow.path_to.
_CLOSED_ROUTES = {
    ("self_demolished", "closed"): 0.30,
    ("self_demolished", "reused", "closed"): 0.18,
    ("reminded", "self_demolished", "closed"): 0.10,
    ("forced_demolished", "closed"): 0.08,
    ("forced_demolished", "reused", "closed"): 0.07,
    ("legalised", "closed"): 0.10,
    ("kept_temporary", "closed"): 0.04,
    ("kept_temporary", "self_demolished", "closed"): 0.03,
    ("decided", "closed"): 0.10,
}


def _route(rng, final, building_type):
    if final == workflow.INITIAL:
        return []
    if final == "not_filed":
        return ["not_filed"] if rng.random() < 0.3 else ["verified", "not_filed"]
    if final == "closed":
        return list(_weighted(rng, _CLOSED_ROUTES))
    if final == "self_demolished":
        return _weighted(rng, {("self_demolished",): 0.6, ("reminded", "self_demolished"): 0.25,
                               ("announced", "self_demolished"): 0.15})
    if final == "reused":
        return _weighted(rng, {("self_demolished", "reused"): 0.7,
                               ("forced_demolished", "reused"): 0.3})
    return [final]


def _decision_for(path, rng):
    """(decision type, disposal) fitting the rest of the case's path."""
    if "legalised" in path:
        return "legalise", None
    if "kept_temporary" in path:
        return rng.choice(("stop_construction", "fine")), None
    if any(s in path for s in ("self_demolished", "forced_demolished", "reminded", "announced")):
        return "demolish", "demolish"
    if "closed" in path:   # decided → closed: the fine or confiscation was executed
        return ("confiscate", "confiscate") if rng.random() < 0.3 else ("fine", None)
    return _weighted(rng, {("demolish", "demolish"): 0.7, ("stop_construction", None): 0.15,
                           ("fine", None): 0.1, ("confiscate", "confiscate"): 0.05})


def _shape(kind, area, aspect, angle, rng):
    """Vertices (metres, counter-clockwise, centred on the bounding box) of a rectangle
    or an L-shape with the given area."""
    if kind == "rect":
        w = math.sqrt(area * aspect)
        h = area / w
        pts = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    else:
        fx = 0.3 + 0.4 * rng.random()
        fy = 0.3 + 0.4 * rng.random()
        # W×H box minus a (fx·W)×(fy·H) corner: area = W·H·(1 − fx·fy)
        w = math.sqrt(area * aspect / (1 - fx * fy))
        h = w / aspect
        cw, ch = fx * w, fy * h
        x0, y0, x1, y1 = -w / 2, -h / 2, w / 2, h / 2
        pts = [(x0, y0), (x1, y0), (x1, y1 - ch), (x1 - cw, y1 - ch), (x1 - cw, y1), (x0, y1)]
    c, s = math.cos(angle), math.sin(angle)
    return [(x * c - y * s, x * s + y * c) for x, y in pts]


def _ordinal(k):
    digits = "零一二三四五六七八九"
    if k < 10:
        return digits[k]
    return str(k)


def _party_name(rng, party_type, vil, building_type, short):
    if party_type == "enterprise":
        return "%s%s%s有限公司" % (short, rng.choice(_VILLAGE_WORDS + _COMMUNITY_WORDS),
                                 rng.choice(_ENTERPRISE))
    if party_type == "collective":
        return "%s股份经济合作社" % vil.name
    if party_type == "unknown":
        return None
    return _person(rng)


def _address(rng, town, vil):
    if vil.level == "community":
        return "%s%s%s%d号" % (town.name, vil.name, rng.choice(_ROAD_NAMES), 1 + int(rng.random() * 300))
    return "%s%s%d组%d号" % (town.name, vil.name, 1 + int(rng.random() * 12), 1 + int(rng.random() * 80))


def _add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    day = min(d.day, [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30,
                      31, 31, 30, 31, 30, 31][m - 1])
    return datetime.date(y, m, day)


_STOREYS_BY_LEVEL = {
    "street": {1: 0.05, 2: 0.2, 3: 0.3, 4: 0.25, 5: 0.12, 6: 0.05, 7: 0.03},
    "park": {1: 0.2, 2: 0.3, 3: 0.3, 4: 0.15, 5: 0.05},
    "town": {1: 0.1, 2: 0.32, 3: 0.33, 4: 0.17, 5: 0.06, 6: 0.02},
    "xiang": {1: 0.18, 2: 0.4, 3: 0.3, 4: 0.1, 5: 0.02},
}
_USE_BY_LEVEL = {
    "street": {"own": 0.5, "own_business": 0.16, "rental": 0.2, "business": 0.12, "production": 0.02},
    "park": {"own": 0.4, "rental": 0.25, "business": 0.1, "production": 0.2, "own_business": 0.05},
    "town": {"own": 0.72, "own_business": 0.1, "rental": 0.09, "business": 0.05, "production": 0.04},
    "xiang": {"own": 0.85, "own_business": 0.07, "rental": 0.03, "business": 0.02, "production": 0.03},
}
_AREA_BY_LEVEL = {
    "street": {"urban_village": 0.35, "urban_rural_fringe": 0.2, "school": 0.08, "hospital": 0.05,
               "market": 0.07, "resettlement": 0.1, "town": 0.15},
    "park": {"industrial": 0.7, "urban_rural_fringe": 0.2, "resettlement": 0.1},
    "town": {"town": 0.3, "rural": 0.5, "school": 0.04, "market": 0.04, "resettlement": 0.06,
             "industrial": 0.04, "other": 0.02},
    "xiang": {"rural": 0.9, "town": 0.06, "school": 0.02, "other": 0.02},
}
_BUSINESS = {"catering": 0.25, "lodging": 0.15, "retail": 0.3, "training": 0.06,
             "elderly_care": 0.04, "medical": 0.04, "entertainment": 0.06, "workshop": 0.06,
             "other": 0.04}
_BUSINESS_ORDER = ["catering", "lodging", "training", "elderly_care", "medical", "entertainment",
                   "retail", "workshop", "other"]


def _built_year(rng, this_year):
    y = int(rng.triangular(1960, this_year - 1, 2002))
    return max(1950, min(this_year - 1, y))


def _structure_for(rng, built, storeys):
    if built < 1980:
        table = {"earth_wood": 0.25, "brick_wood": 0.4, "stone": 0.1, "brick_concrete": 0.25}
    elif built < 2000:
        table = {"brick_wood": 0.15, "brick_concrete": 0.7, "stone": 0.03, "frame": 0.08,
                 "other": 0.04}
    else:
        table = {"brick_concrete": 0.55, "frame": 0.35, "steel": 0.05, "other": 0.05}
    if storeys >= 4:
        table = {k: w for k, w in table.items() if k in ("brick_concrete", "frame", "steel", "other")} \
            or {"brick_concrete": 1.0}
    return _weighted(rng, table)


# --- JGJ 125-2016 member counts -------------------------------------------------------------------

def _layer_types(rng, structure, storey, top):
    """{member type: total} for one storey (storey ≠ 0)."""
    r = lambda a, b: a + int(rng.random() * (b - a + 1))  # noqa: E731
    if structure in ("frame", "steel"):
        t = {"corner_column": 4, "side_column": r(4, 10), "middle_column": r(0, 6),
             "middle_beam": r(2, 8), "side_beam": r(4, 10), "secondary_beam": r(2, 10),
             "slab": r(4, 16), "enclosure": r(4, 12)}
        if structure == "steel" and top:
            t["roof_truss"] = r(3, 8)
            t.pop("slab")
    elif structure in ("brick_wood", "earth_wood", "stone"):
        t = {"wall": r(6, 16), "secondary_beam": r(4, 12), "enclosure": r(2, 6)}
        if top:
            t["roof_truss"] = r(3, 8)
    else:
        t = {"wall": r(8, 24), "slab": r(4, 14), "enclosure": r(2, 8)}
        if rng.random() < 0.5:
            t["secondary_beam"] = r(2, 6)
        if top and rng.random() < 0.3:
            t["roof_truss"] = r(3, 6)
    if storey < 0:
        t.pop("enclosure", None)
        t.pop("roof_truss", None)
        t.setdefault("slab", r(4, 10))
    return {k: v for k, v in t.items() if v > 0}


def grade_from_members(layers, storeys, basements, ground_dangerous=False):
    """JGJ 125-2016 grade (domain.md §3) of {storey: {member type: (total, dangerous)}};
    storey 0 holds the foundation members.  Returns (grade, {storey: layer grade})."""
    num = den = 0.0
    layer_grades = {}
    for storey, types in layers.items():
        ln = ld = 0.0
        for mtype, (total, dangerous) in types.items():
            w = 1.0 if storey == 0 else MEMBER_WEIGHT[mtype]
            ln += w * dangerous
            ld += w * total
            num += MEMBER_WEIGHT[mtype] * dangerous
            den += MEMBER_WEIGHT[mtype] * total
        r = ln / ld if ld else 0.0
        layer_grades[storey] = "Au" if r == 0 else "Bu" if r < 0.05 else "Cu" if r < 0.25 else "Du"
    if ground_dangerous:
        return "D", layer_grades
    r = num / den if den else 0.0
    n_du = sum(1 for g in layer_grades.values() if g == "Du")
    if r == 0:
        return "A", layer_grades
    if r < 0.05:
        return ("C" if n_du else "B"), layer_grades
    if r < 0.25:
        return ("C" if n_du <= (storeys + basements + 1) / 3.0 else "D"), layer_grades
    return "D", layer_grades


def member_counts(rng, grade, storeys, basements, structure, ground_dangerous=False):
    """[(storey, member type, total, dangerous)] whose JGJ 125 grade is `grade`."""
    totals = {0: {"foundation": 6 + int(rng.random() * 19)}}
    for s in range(1, storeys + 1):
        totals[s] = _layer_types(rng, structure, s, s == storeys)
    for s in range(1, basements + 1):
        totals[-s] = _layer_types(rng, structure, -s, False)
    cells = [(s, t) for s in sorted(totals) for t in sorted(totals[s])]
    for _attempt in range(60):
        dang = {c: 0 for c in cells}
        if grade == "A" or (ground_dangerous and rng.random() < 0.5):
            pass
        elif grade == "B" or (ground_dangerous and grade == "D"):
            big = [c for c in cells if totals[c[0]][c[1]] >= 6]
            for _ in range(1 + int(rng.random() * 2)):
                c = rng.choice(big or cells)
                dang[c] += 1
        elif grade == "C" and rng.random() < 0.3:
            # one storey partly dangerous (Du), little elsewhere
            s = rng.choice([s for s in totals if s != 0] or [0])
            for t in totals[s]:
                dang[(s, t)] = int(math.ceil(totals[s][t] * (0.3 + 0.2 * rng.random())))
        else:
            lo, hi = {"C": (0.07, 0.2), "D": (0.3, 0.6)}[grade]
            r = lo + (hi - lo) * rng.random()
            for c in cells:
                dang[c] = int(round(totals[c[0]][c[1]] * r * (0.5 + rng.random())))
        for c in cells:
            dang[c] = min(dang[c], totals[c[0]][c[1]])
        layers = {}
        for (s, t) in cells:
            layers.setdefault(s, {})[t] = (totals[s][t], dang[(s, t)])
        g, _ = grade_from_members(layers, storeys, basements, ground_dangerous)
        if g == grade:
            return [(s, t, totals[s][t], dang[(s, t)]) for (s, t) in cells]
    # Should not happen; an honest fallback: add dangerous members one by one.
    dang = {c: 0 for c in cells}
    order = list(cells)
    rng.shuffle(order)
    k = 0
    while True:
        layers = {}
        for (s, t) in cells:
            layers.setdefault(s, {})[t] = (totals[s][t], dang[(s, t)])
        if grade_from_members(layers, storeys, basements, ground_dangerous)[0] >= grade:
            break
        c = order[k % len(order)]
        if dang[c] < totals[c[0]][c[1]]:
            dang[c] += 1
        k += 1
    return [(s, t, totals[s][t], dang[(s, t)]) for (s, t) in cells]


def ground_is_dangerous(ind, storeys):
    """JGJ 125-2016 stage 1 (domain.md §3) on an inspection's ground indicators."""
    g = lambda k: ind.get(k) or 0  # noqa: E731
    if g("settlement_mm_month") > 4 and g("settlement_months") >= 2 and g("settlement_ongoing"):
        return True
    if (g("crack_max_mm") > 10 or g("cracks_over_5mm") >= 2) and g("tilt_pct") > 1:
        return True
    if g("tilt_pct") > (3 if storeys <= 2 else 2):
        return True
    if g("sliding_mm") > 10 and g("sliding_ongoing"):
        return True
    return False


def _ground(rng, dangerous, storeys):
    ind = {
        "settlement_mm_month": round(rng.random() * 2, 1), "settlement_months": int(rng.random() * 3),
        "settlement_ongoing": 0, "crack_max_mm": round(rng.random() * 4, 1), "cracks_over_5mm": 0,
        "tilt_pct": round(rng.random() * 0.7, 2), "sliding_mm": round(rng.random() * 3, 1),
        "sliding_ongoing": 0,
    }
    if dangerous:
        if rng.random() < 0.5:
            ind["tilt_pct"] = round((3.2 if storeys <= 2 else 2.2) + rng.random() * 2, 2)
        else:
            ind.update(settlement_mm_month=round(4.5 + rng.random() * 4, 1),
                       settlement_months=2 + int(rng.random() * 5), settlement_ongoing=1)
    return ind
