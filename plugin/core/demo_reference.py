"""Reference data of the demo county: what a county keeps beside its project database.

Plain Python (``random.Random`` only; no Qt, QGIS or GDAL).  ``store/demo_reference.py``
writes it to its own GeoPackage; tests and benchmarks can use the rows directly.

The geometry frame is the demo county itself (``core/demo.py``), rebuilt from the same
seed: its cells, its lattice and its warp.  The violations are those of the project
database (passed in), so that buildings and satellite patches can sit exactly on the
cases that are really there.  The same seed, county and violations always give the same
rows.

Layers (all EPSG:4490, every vertex inside the county polygon)
------------------------------------------------------------------
* ``roads`` (lines; road_class 国道/省道/县道/乡道, name): national and provincial roads
  across the county through the county seat, a county road from every township seat
  towards the county seat (a tree), township roads to villages.
* ``railways`` (lines; name).
* ``rivers`` (polygons; name, width_m): a main river and tributaries, 20–80 m wide,
  built by offsetting a meandering centre line in metres.
* ``river_lines`` (lines; name, width_m): those centre lines, one per river polygon (the
  river network as line data, as a county's 1:10,000 topographic data also has it).
* ``hills`` (polygons; name): a few smooth blobs of 0.5–1.5 km radius.
* ``farmland`` (polygons; land_class 耕地/永久基本农田): blocks of whole cells in the
  rural townships (their vertices are lattice points, shared with the zone borders
  where they run along them).
* ``planning`` (polygons; zone_class, plan_system).  Two planning systems, each valid on
  its own, overlapping each other as real plans do:
  - plan_system 三区: every village is 禁止建设区, 限制建设区 or 适宜建设区; the polygons
    are unions of whole villages, so together they cover the county exactly;
  - plan_system 三区三线: 城镇开发边界 (the street and park townships and the
    communities), 永久基本农田 (the farmland blocks of that class) and 生态保护红线
    (the hills).
* ``projects`` (polygons; name, project_no): planned projects, half of them over an
  open violation case (so that 妨碍建设 has something to find).
* ``buildings_2023`` and ``buildings_2024`` (polygons; bldg_id, storeys): the 2024 survey
  is the 2023 one with exactly ``changes[kind]`` buildings of each kind (the counts and
  the bldg_ids are in ``summary()["buildings"]``):
  - ``demolished``: in 2023, not in 2024;
  - ``raised``: same footprint, storeys + 1 or + 2;
  - ``expanded``: a rectangle extended on one side by ≥ 30 m² (it contains the old one);
  - ``new_at_violations``: the footprint of an open case of the project database (no
    2023 building there);
  - ``new_elsewhere``: a new footprint away from every other building and case;
  - ``unchanged``: the same footprint and storeys.
  No two footprints of a survey overlap or touch; a new, expanded or permitted footprint
  keeps clear of every other building, case and permit.
* ``permits`` (polygons; permit_no, holder, approved_on): a rectangle fully covering
  ``permits_full`` of the new buildings (elsewhere), and exactly one half of one more new
  building (``half_permitted``, a rectangle): detect_changes must find permitted_share
  1 and 0.5 there and 0 everywhere else.
* ``patches``: a quarterly batch of satellite change polygons in a provincial field
  layout (see PATCH_FIELDS).  JCMJ is the reported area, rounded to the m² and 0.5–1.5 %
  off the true area; ``_area_m2`` holds the true one.  Kinds (summary()["patches"]):
  ``duplicates`` over open cases of the project database (each covering its case),
  ``at_new_buildings`` over new buildings of the 2024 survey, ``elsewhere`` (land
  changes away from every case and other patch), and three special ones: a bow-tie
  (self-crossing, cannot be repaired within 1 %), a ring that touches itself at one
  vertex (repairs with no change of area) and a two-part multipolygon.

Rows are dicts keyed by field names plus ``_geom``: ``("line", flat)`` for a line given
as [lon, lat, lon, lat, …], or ``("multipolygon", [[flat ring, …], …])`` (first ring
exterior, rings closed).
"""

import bisect
import datetime
import math
import random

from .demo import (
    CENTER_LAT, CENTER_LON, COORD_DECIMALS, _DEG, _SURNAMES, _GIVEN, _trace, planar_area_m2,
    radii,
)

DEFAULT_BUILDINGS = 5000
DEFAULT_PATCHES = 200
MIN_BUILDINGS = 30
MIN_PATCHES = 5
# What the default county (~1,200 km²) holds beside its cases, with room left for the
# new buildings, permits and patches (its hamlets are full from ~850,000 buildings).
MAX_BUILDINGS = 800000
MAX_PATCHES = 1000000

CLOSED_STATES = ("closed", "not_filed")

TEXT, INTEGER, REAL = "text", "integer", "real"
LINE, POLYGON = "line", "multipolygon"

PATCH_FIELDS = (
    ("JCBH", TEXT),      # 监测编号: <county>-<year>Q<quarter>-<serial>
    ("XZQDM", TEXT),     # 行政区代码: the 9-digit township code
    ("XZQMC", TEXT),     # 行政区名称
    ("QSX", TEXT),       # 前时相: date of the earlier image, YYYYMMDD
    ("HSX", TEXT),       # 后时相: date of the later image, YYYYMMDD
    ("JCMJ", REAL),      # 监测面积 m², rounded, as reported
    ("TBLX", TEXT),      # 图斑类型 / 变化类型
    ("JCGDMJ", REAL),    # 耕地面积 m² (the patch's, when its centre is on farmland)
    ("YJJBNTMJ", REAL),  # 永久基本农田面积 m² (likewise)
    ("ZXHZB", REAL),     # 中心横坐标 (longitude)
    ("ZXZZB", REAL),     # 中心纵坐标 (latitude)
    ("PDLX", TEXT),      # 判定类型: the province's preliminary verdict
    ("BZ", TEXT),        # 备注
)

# (layer, geometry kind, fields)
LAYERS = (
    ("roads", LINE, (("road_class", TEXT), ("name", TEXT))),
    ("railways", LINE, (("name", TEXT),)),
    ("rivers", POLYGON, (("name", TEXT), ("width_m", REAL))),
    ("river_lines", LINE, (("name", TEXT), ("width_m", REAL))),
    ("hills", POLYGON, (("name", TEXT),)),
    ("farmland", POLYGON, (("land_class", TEXT),)),
    ("planning", POLYGON, (("zone_class", TEXT), ("plan_system", TEXT))),
    ("projects", POLYGON, (("name", TEXT), ("project_no", TEXT))),
    ("buildings_2023", POLYGON, (("bldg_id", TEXT), ("storeys", INTEGER))),
    ("buildings_2024", POLYGON, (("bldg_id", TEXT), ("storeys", INTEGER))),
    ("permits", POLYGON, (("permit_no", TEXT), ("holder", TEXT), ("approved_on", TEXT))),
    ("patches", POLYGON, PATCH_FIELDS),
)
LAYER_NAMES = tuple(name for name, _, _ in LAYERS)

ROAD_CLASSES = ("国道", "省道", "县道", "乡道")
LAND_CLASSES = ("耕地", "永久基本农田")
SANQU = ("禁止建设区", "限制建设区", "适宜建设区")
SANXIAN = ("城镇开发边界", "永久基本农田", "生态保护红线")
ZONE_CLASSES = SANQU + SANXIAN
CHANGE_KINDS = ("unchanged", "raised", "expanded", "demolished", "new_at_violations",
                "new_elsewhere")
PATCH_TYPES = {"新增建设用地": 0.62, "新增构筑物": 0.12, "推土区": 0.14, "其他变化": 0.12}

_NATIONAL = ("G104", "G235", "G527")
_PROVINCIAL = ("S210", "S312", "S215", "S26", "S313")
_RAILWAYS = ("杭温铁路", "金甬铁路")
_RIVERS = ("新昌江", "澄潭江", "黄泽江", "长诏溪", "左于江", "王渡溪", "梅渚溪")
_HILLS = ("大尖山", "天姥山", "穿岩山", "沃洲山", "南岩山", "王罕岭", "菩提山", "鼓山", "東岇山",
          "孟家塘山", "安山", "彩烟山")
_PROJECTS = ("城东工业园区二期", "县人民医院迁建工程", "城南安置小区", "高铁站前广场",
             "第二实验小学扩建工程", "滨江公园", "物流园区一期", "污水处理厂提标改造",
             "文体中心", "农贸市场改造")
_STOREYS = {1: 0.15, 2: 0.35, 3: 0.3, 4: 0.13, 5: 0.05, 6: 0.02}

_GAP = 1.0          # metres kept between two footprints
_PERMIT_MARGIN = 4.0  # a full permit extends up to this far beyond its building
_BUCKET = 50.0      # metres: cell size of the spatial hash


def _weighted(rng, table):
    total = sum(table.values())
    r = rng.random() * total
    for key, w in table.items():
        r -= w
        if r < 0:
            return key
    return key


def _person(rng):
    n = 1 if rng.random() < 0.3 else 2
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(n))


def _rect(x0, x1, y0, y1, angle):
    c, s = math.cos(angle), math.sin(angle)
    return [(x * c - y * s, x * s + y * c) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]


def _rotate(pts, angle):
    c, s = math.cos(angle), math.sin(angle)
    return [(x * c - y * s, x * s + y * c) for x, y in pts]


def _radius(pts):
    return max(math.hypot(x, y) for x, y in pts)


def ring_area_m2(polygons):
    """Area (m², local plane) of [[flat ring, …], …]: exteriors minus holes."""
    total = 0.0
    for rings in polygons:
        lat = sum(rings[0][1::2]) / (len(rings[0]) // 2)
        total += planar_area_m2(rings[0], lat)
        for hole in rings[1:]:
            total -= planar_area_m2(hole, lat)
    return total


class _Hash(object):
    """Discs (x, y, r) in metres, bucketed: is a new disc clear of all of them?"""

    def __init__(self):
        self.buckets = {}

    def _keys(self, x, y, r):
        b = _BUCKET
        for i in range(int(math.floor((x - r) / b)), int(math.floor((x + r) / b)) + 1):
            for j in range(int(math.floor((y - r) / b)), int(math.floor((y + r) / b)) + 1):
                yield i, j

    def free(self, x, y, r):
        get = self.buckets.get
        for key in self._keys(x, y, r):
            for (a, b, s) in get(key, ()):
                dx, dy, rr = a - x, b - y, r + s
                if dx * dx + dy * dy < rr * rr:
                    return False
        return True

    def add(self, x, y, r):
        item = (x, y, r)
        for key in self._keys(x, y, r):
            self.buckets.setdefault(key, []).append(item)


class DemoReference(object):
    """The reference layers of a demo county.

    county: the DemoCounty of the project database (same seed, townships, villages and
      county code; its violations are not used).
    violations: the project database's cases, dicts with ``case_id``, ``status``,
      ``township_code``, ``floors`` and ``polygons`` ([[flat ring, …], …], EPSG:4490).
    buildings: buildings in the 2023 survey; patches: satellite patches in the batch.
    """

    def __init__(self, county, violations=(), seed=1, buildings=None, patches=None):
        self.county = county
        self.seed = seed
        self.n_buildings = DEFAULT_BUILDINGS if buildings is None else int(buildings)
        self.n_patches = DEFAULT_PATCHES if patches is None else int(patches)
        if not MIN_BUILDINGS <= self.n_buildings <= MAX_BUILDINGS:
            raise ValueError("the building survey needs %d to %d buildings, not %d"
                             % (MIN_BUILDINGS, MAX_BUILDINGS, self.n_buildings))
        if not MIN_PATCHES <= self.n_patches <= MAX_PATCHES:
            raise ValueError("the patch batch needs %d to %d patches, not %d"
                             % (MIN_PATCHES, MAX_PATCHES, self.n_patches))
        self.code = county.county_code
        self.today = county.today
        self._m0, self._n0 = radii(CENTER_LAT)
        self._kx0 = self._n0 * math.cos(CENTER_LAT * _DEG) * _DEG   # metres per degree lon
        self._ky0 = self._m0 * _DEG
        cells = county.cells
        self.interior = set(c for c in cells
                            if all((c[0] + dx, c[1] + dy) in cells
                                   for dx in (-1, 0, 1) for dy in (-1, 0, 1)))
        self.violations = [self._violation(v) for v in violations]
        self._town_by_code = {z.code: z for z in county.townships}
        self._village_cum = []
        total = 0
        for v in county.villages:
            total += len(v.cells)
            self._village_cum.append(total)
        self._seat = self._centre_cell(county.townships[0].cells)
        self._others = {}
        self._crowded = False
        self._hills = None
        self._farmland = None
        self._surveys = None
        self._patch_summary = None

    # --- frames and helpers ---------------------------------------------------------

    def _rng(self, part):
        return random.Random("%s:reference:%s" % (self.seed, part))

    def _metric(self, lon, lat):
        """Metres east/north of the county centre on one plane (for spacing only)."""
        return (lon - CENTER_LON) * self._kx0, (lat - CENTER_LAT) * self._ky0

    @staticmethod
    def _frame(lat):
        m, n = radii(lat)
        return 1.0 / (n * math.cos(lat * _DEG) * _DEG), 1.0 / (m * _DEG)

    def _local(self, lon, lat, pts):
        """A closed flat lon/lat ring of local metric points around (lon, lat)."""
        kx, ky = self._frame(lat)
        flat = []
        for x, y in pts:
            flat.append(round(lon + x * kx, COORD_DECIMALS))
            flat.append(round(lat + y * ky, COORD_DECIMALS))
        flat.append(flat[0])
        flat.append(flat[1])
        return flat

    def _lonlat(self, p, q):
        lon, lat = self.county.param_lonlat(p, q)
        return round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)

    def to_param(self, lon, lat):
        """The parameter point (metres in the county's cell grid) of a lon/lat: the
        inverse of DemoCounty.param_lonlat (the warp is a contraction away from the
        identity, so a fixed-point iteration converges)."""
        c = self.county
        m0 = c._m0
        y = (lat - CENTER_LAT) * _DEG * m0
        _, n = radii(lat)
        x = (lon - CENTER_LON) * _DEG * n * math.cos(lat * _DEG)
        u, v = x, y
        for _ in range(40):
            dx = sum(a * math.sin(kx * u + ky * v + ph) for a, kx, ky, ph in c._warp[0])
            dy = sum(a * math.sin(kx * u + ky * v + ph) for a, kx, ky, ph in c._warp[1])
            nu, nv = x - dx, y - dy
            if abs(nu - u) < 1e-7 and abs(nv - v) < 1e-7:
                u, v = nu, nv
                break
            u, v = nu, nv
        return u + c.width / 2, v + c.height / 2

    def _cell(self, p, q):
        b = self.county.cell
        return int(math.floor(p / b)), int(math.floor(q / b))

    def inside(self, p, q):
        """Whether a parameter point is in an interior cell (one whose eight neighbours
        are in the county too): such points are ≥ one cell from the county border."""
        return self._cell(p, q) in self.interior

    def _centre_cell(self, cells):
        cx = sum(c[0] for c in cells) / float(len(cells))
        cy = sum(c[1] for c in cells) / float(len(cells))
        pool = [c for c in cells if c in self.interior] or list(cells)
        c = min(pool, key=lambda c: ((c[0] - cx) ** 2 + (c[1] - cy) ** 2, c))
        b = self.county.cell
        return (c[0] + 0.5) * b, (c[1] + 0.5) * b

    def _violation(self, v):
        pts = [(r[i], r[i + 1]) for rings in v["polygons"] for r in rings[:1]
               for i in range(0, len(r) - 2, 2)]
        lon = sum(p[0] for p in pts) / len(pts)
        lat = sum(p[1] for p in pts) / len(pts)
        x, y = self._metric(lon, lat)
        r = max(math.hypot(*(a - b for a, b in zip(self._metric(*p), (x, y)))) for p in pts)
        out = dict(v)
        out.update(_lon=lon, _lat=lat, _x=x, _y=y, _r=r,
                   _open=v.get("status") not in CLOSED_STATES)
        return out

    # --- lines -------------------------------------------------------------------------

    def _polyline(self, rng, a, b, wiggle, step):
        (pa, qa), (pb, qb) = a, b
        length = math.hypot(pb - pa, qb - qa)
        if length == 0:
            return [a]
        ux, uy = (pb - pa) / length, (qb - qa) / length
        nx, ny = -uy, ux
        amps = [(wiggle * length * (2 * rng.random() - 1) / k, k) for k in (1, 2, 3)]
        n = max(2, int(length / step) + 1)
        pts = []
        for i in range(n + 1):
            t = i / float(n)
            off = sum(amp * math.sin(math.pi * k * t) for amp, k in amps)
            pts.append((pa + (pb - pa) * t + nx * off, qa + (qb - qa) * t + ny * off))
        return pts

    def _runs(self, pts, min_points=3):
        """The stretches of a parameter polyline inside the county's interior cells."""
        runs, cur = [], []
        for p in pts:
            if self.inside(*p):
                cur.append(p)
            else:
                if len(cur) >= min_points:
                    runs.append(cur)
                cur = []
        if len(cur) >= min_points:
            runs.append(cur)
        return runs

    def _line_row(self, run, **fields):
        flat = []
        for p, q in run:
            flat.extend(self._lonlat(p, q))
        row = dict(fields)
        row["_geom"] = (LINE, flat)
        return row

    def _through(self, rng, centre, spread):
        """Ends far outside the county of a line through (near) `centre`."""
        c = self.county
        far = 1.2 * max(c.width, c.height)
        th = rng.random() * math.pi
        cx = centre[0] + spread * (2 * rng.random() - 1)
        cy = centre[1] + spread * (2 * rng.random() - 1)
        return ((cx - far * math.cos(th), cy - far * math.sin(th)),
                (cx + far * math.cos(th), cy + far * math.sin(th)))

    def roads(self):
        rng = self._rng("roads")
        c = self.county
        step = c.cell / 4.0
        rows = []
        for name in _NATIONAL[:2]:
            a, b = self._through(rng, self._seat, c.cell)
            for run in self._runs(self._polyline(rng, a, b, 0.02, step)):
                rows.append(self._line_row(run, road_class="国道", name=name))
        centres = [self._centre_cell(z.cells) for z in c.townships]
        for name in _PROVINCIAL[:3]:
            a, b = self._through(rng, centres[int(rng.random() * len(centres))], 2 * c.cell)
            for run in self._runs(self._polyline(rng, a, b, 0.03, step)):
                rows.append(self._line_row(run, road_class="省道", name=name))
        # county roads: every township seat to the nearest seat already connected
        connected = [0]
        order = sorted(range(1, len(centres)), key=lambda k: (
            math.hypot(centres[k][0] - centres[0][0], centres[k][1] - centres[0][1]), k))
        for serial, k in enumerate(order, 1):
            j = min(connected, key=lambda j: (math.hypot(centres[k][0] - centres[j][0],
                                                         centres[k][1] - centres[j][1]), j))
            connected.append(k)
            name = "X%03d%s—%s线" % (300 + serial, c.townships[j].name[:2], c.townships[k].name[:2])
            for run in self._runs(self._polyline(rng, centres[j], centres[k], 0.06, step)):
                rows.append(self._line_row(run, road_class="县道", name=name))
        # township roads: from each township seat to two or three of its villages
        serial = 0
        b = c.cell
        for z, centre in zip(c.townships, centres):
            villages = list(z.villages)
            rng.shuffle(villages)
            for v in villages[:2 + int(rng.random() * 2)]:
                h = v.hamlets[0]
                target = ((h[0] + 0.5) * b, (h[1] + 0.5) * b)
                if math.hypot(target[0] - centre[0], target[1] - centre[1]) < b:
                    continue
                serial += 1
                for run in self._runs(self._polyline(rng, centre, target, 0.08, step)):
                    rows.append(self._line_row(run, road_class="乡道",
                                               name="Y%03d%s" % (serial, v.name)))
        return rows

    def railways(self):
        rng = self._rng("railways")
        c = self.county
        rows = []
        for name in _RAILWAYS:
            a, b = self._through(rng, self._seat, 6 * c.cell)
            for run in self._runs(self._polyline(rng, a, b, 0.01, c.cell / 4.0)):
                rows.append(self._line_row(run, name=name))
        return rows

    def _river_polygon(self, run, widths):
        """The polygon of a river of the given widths (metres) along a parameter run."""
        c = self.county
        xy = [c._to_metric(p, q) for p, q in run]
        left, right = [], []
        n = len(xy)
        for i in range(n):
            x0, y0 = xy[max(0, i - 1)]
            x1, y1 = xy[min(n - 1, i + 1)]
            d = math.hypot(x1 - x0, y1 - y0)
            nx, ny = -(y1 - y0) / d, (x1 - x0) / d
            h = widths[i] / 2.0
            x, y = xy[i]
            left.append((x + nx * h, y + ny * h))
            right.append((x - nx * h, y - ny * h))
        flat = []
        for x, y in left + right[::-1]:
            lon, lat = c._to_lonlat(x, y)
            flat.append(round(lon, COORD_DECIMALS))
            flat.append(round(lat, COORD_DECIMALS))
        flat.extend(flat[:2])
        return flat

    def _river_runs(self):
        """[(name, parameter run, widths in metres)] of the rivers, one per stretch."""
        rng = self._rng("rivers")
        c = self.county
        step = 40.0
        names = list(_RIVERS)
        rng.shuffle(names)
        rows = []
        a, b = self._through(rng, self._seat, 4 * c.cell)
        main = self._polyline(rng, a, b, 0.03, step)
        lines = [(names[0], main, 60.0, 80.0)]
        inner = [p for p in main if self.inside(*p)]
        cells = sorted(self.interior)
        for k in range(3):
            if not inner:
                break
            end = inner[int(rng.random() * len(inner))]
            for _ in range(50):
                cell = cells[int(rng.random() * len(cells))]
                start = ((cell[0] + 0.5) * c.cell, (cell[1] + 0.5) * c.cell)
                if 12 * c.cell < math.hypot(start[0] - end[0], start[1] - end[1]) < 40 * c.cell:
                    break
            lines.append((names[k + 1], self._polyline(rng, start, end, 0.05, step), 20.0, 40.0))
        for name, line, lo, hi in lines:
            w0 = lo + (hi - lo) * rng.random()
            ph = rng.random() * 2 * math.pi
            for run in self._runs(line, min_points=10):
                widths = [max(lo, min(hi, w0 + 0.25 * (hi - lo) * math.sin(ph + i / 40.0)))
                          for i in range(len(run))]
                rows.append((name, run, widths))
        return rows

    def rivers(self):
        rows = []
        for name, run, widths in self._river_runs():
            row = {"name": name, "width_m": round(sum(widths) / len(widths), 1)}
            row["_geom"] = (POLYGON, [[self._river_polygon(run, widths)]])
            rows.append(row)
        return rows

    def river_lines(self):
        """The centre line of every river polygon (same name and mean width)."""
        return [self._line_row(run, name=name, width_m=round(sum(widths) / len(widths), 1))
                for name, run, widths in self._river_runs()]

    # --- polygons ----------------------------------------------------------------------

    def _hill_shapes(self):
        if self._hills is not None:
            return self._hills
        rng = self._rng("hills")
        c = self.county
        n = max(3, int(round(c.area_km2 / 200.0)))
        pool = sorted(cell for cell in self.interior
                      if c._village_of[cell].kind in ("xiang", "town"))
        hills = []
        names = list(_HILLS)
        rng.shuffle(names)
        for k in range(n):
            for attempt in range(200):
                cell = pool[int(rng.random() * len(pool))]
                cp, cq = (cell[0] + rng.random()) * c.cell, (cell[1] + rng.random()) * c.cell
                r0 = (500.0 + 1000.0 * rng.random()) * (0.985 ** attempt)
                if any(math.hypot(cp - h[0], cq - h[1]) < r0 + h[2] + c.cell for h in hills):
                    continue
                harm = [(k2, (0.05 + 0.05 * rng.random()), rng.random() * 2 * math.pi)
                        for k2 in (2, 3, 5)]
                pts = []
                for i in range(48):
                    th = 2 * math.pi * i / 48.0
                    r = r0 * (1 + sum(a * math.cos(k2 * th + ph) for k2, a, ph in harm))
                    pts.append((cp + r * math.cos(th), cq + r * math.sin(th)))
                if all(self.inside(*p) for p in pts):
                    hills.append((cp, cq, r0 * 1.35, pts, names[k % len(names)]))
                    break
        self._hills = hills
        return hills

    def _param_ring(self, pts):
        flat = []
        for p, q in pts:
            flat.extend(self._lonlat(p, q))
        flat.extend(flat[:2])
        return flat

    def hills(self):
        return [{"name": name, "_geom": (POLYGON, [[self._param_ring(pts)]])}
                for _, _, _, pts, name in self._hill_shapes()]

    def _cells_polygons(self, cells):
        """[[flat ring, …], …] of a set of interior cells along its cell sides (no
        chamfers), through every lattice point: valid, and inside the county."""
        G = self.county.G
        point = self.county.lattice_point
        out = []
        for rings in _trace(cells):
            poly = []
            for ring in rings:
                flat = []
                for k in range(len(ring) - 1):
                    (cx, cy), (nx, ny) = ring[k], ring[k + 1]
                    dx, dy = nx - cx, ny - cy
                    for t in range(G):
                        flat.extend(point(cx * G + t * dx, cy * G + t * dy))
                flat.extend(flat[:2])
                poly.append(flat)
            out.append(poly)
        return out

    def _farmland_blocks(self):
        if self._farmland is not None:
            return self._farmland
        rng = self._rng("farmland")
        c = self.county
        b = c.cell
        hill_cells = set()
        for cp, cq, r, _, _ in self._hill_shapes():
            for cell in self.interior:
                if math.hypot((cell[0] + 0.5) * b - cp, (cell[1] + 0.5) * b - cq) < r + b:
                    hill_cells.add(cell)
        eligible = sorted(cell for cell in self.interior
                          if c._village_of[cell].kind in ("town", "xiang")
                          and cell not in hill_cells)
        used = set()
        blocks = []
        n_blocks = max(4, int(round(len(c.cells) / 60.0)))
        for _ in range(n_blocks):
            for _attempt in range(20):
                seed_cell = eligible[int(rng.random() * len(eligible))]
                if seed_cell not in used:
                    break
            else:
                break
            size = 3 + int(rng.random() * 12)
            block = {seed_cell}
            frontier = [seed_cell]
            while frontier and len(block) < size:
                x, y = frontier[int(rng.random() * len(frontier))]
                options = [(x + dx, y + dy) for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1))
                           if (x + dx, y + dy) in self.interior
                           and (x + dx, y + dy) not in used and (x + dx, y + dy) not in block
                           and (x + dx, y + dy) not in hill_cells]
                if not options:
                    frontier.remove((x, y))
                    continue
                nb = options[int(rng.random() * len(options))]
                block.add(nb)
                frontier.append(nb)
            used |= block
            cls = "永久基本农田" if rng.random() < 0.45 else "耕地"
            blocks.append((cls, block))
        self._farmland = blocks
        self._farm_class = {}
        for cls, block in blocks:
            for cell in block:
                self._farm_class[cell] = cls
        return blocks

    def farmland(self):
        rows = []
        for cls, block in self._farmland_blocks():
            for poly in self._cells_polygons(block):
                rows.append({"land_class": cls, "_geom": (POLYGON, [poly])})
        return rows

    def planning(self):
        rng = self._rng("planning")
        c = self.county
        classes = {}
        urban = set()
        for v in c.villages:
            kind = v.kind
            if kind in ("street", "park") or v.level == "community":
                cls = "适宜建设区"
                urban.add(v)
            elif kind == "town":
                cls = _weighted(rng, {"适宜建设区": 0.3, "限制建设区": 0.6, "禁止建设区": 0.1})
            else:
                cls = _weighted(rng, {"适宜建设区": 0.1, "限制建设区": 0.6, "禁止建设区": 0.3})
            classes.setdefault(cls, set()).update(v.cells)
        rows = []
        for cls in SANQU:
            if cls in classes:
                for poly in c._polygons(classes[cls]):
                    rows.append({"zone_class": cls, "plan_system": "三区",
                                 "_geom": (POLYGON, [poly])})
        if urban:
            cells = set()
            for v in urban:
                cells.update(v.cells)
            for poly in c._polygons(cells):
                rows.append({"zone_class": "城镇开发边界", "plan_system": "三区三线",
                             "_geom": (POLYGON, [poly])})
        for cls, block in self._farmland_blocks():
            if cls == "永久基本农田":
                for poly in self._cells_polygons(block):
                    rows.append({"zone_class": "永久基本农田", "plan_system": "三区三线",
                                 "_geom": (POLYGON, [poly])})
        for _, _, _, pts, _ in self._hill_shapes():
            rows.append({"zone_class": "生态保护红线", "plan_system": "三区三线",
                         "_geom": (POLYGON, [[self._param_ring(pts)]])})
        return rows

    def _ring_inside(self, flat, step=20.0):
        """Whether a lon/lat ring, densified every ~step metres, stays in interior cells."""
        for i in range(0, len(flat) - 2, 2):
            a = (flat[i], flat[i + 1])
            b = (flat[i + 2], flat[i + 3])
            ax, ay = self._metric(*a)
            bx, by = self._metric(*b)
            n = max(1, int(math.hypot(bx - ax, by - ay) / step))
            for k in range(n):
                t = k / float(n)
                if not self.inside(*self.to_param(a[0] + (b[0] - a[0]) * t,
                                                  a[1] + (b[1] - a[1]) * t)):
                    return False
        return True

    def projects(self):
        rng = self._rng("projects")
        c = self.county
        names = list(_PROJECTS)
        rng.shuffle(names)
        n = 6
        open_cases = sorted((v for v in self.violations if v["_open"]),
                            key=lambda v: str(v.get("case_id")))
        rows = []
        year = self.today.year
        for k in range(n):
            for _attempt in range(100):
                w = 120.0 + 180.0 * rng.random()
                h = 80.0 + 120.0 * rng.random()
                angle = rng.random() * math.pi
                if k < n // 2 and open_cases:
                    v = open_cases[int(rng.random() * len(open_cases))]
                    lon, lat = v["_lon"], v["_lat"]
                    ox = (w / 2 - v["_r"]) * 0.6 * (2 * rng.random() - 1)
                    oy = (h / 2 - v["_r"]) * 0.6 * (2 * rng.random() - 1)
                    if v["_r"] * 2.2 > min(w, h):
                        continue
                else:
                    z = c.townships[int(rng.random() * len(c.townships))]
                    p, q = self._centre_cell(z.cells)
                    lon, lat = self._lonlat(p + c.cell * (2 * rng.random() - 1),
                                            q + c.cell * (2 * rng.random() - 1))
                    ox = oy = 0.0
                pts = _rect(-w / 2 - ox, w / 2 - ox, -h / 2 - oy, h / 2 - oy, angle)
                flat = self._local(lon, lat, pts)
                if self._ring_inside(flat):
                    rows.append({"name": names[k % len(names)],
                                 "project_no": "%s-%d-XM%03d" % (self.code, year, k + 1),
                                 "_geom": (POLYGON, [[flat]])})
                    break
        return rows

    # --- building surveys ----------------------------------------------------------------

    def _counts(self):
        n = self.n_buildings
        open_cases = [v for v in self.violations if v["_open"] and (v.get("floors") or 0) > 0]
        counts = {
            "demolished": max(1, int(round(0.015 * n))),
            "raised": max(1, int(round(0.02 * n))),
            "expanded": max(1, int(round(0.02 * n))),
            "new_at_violations": min(len(open_cases), max(1, int(round(0.01 * n)))),
            "new_elsewhere": max(3, int(round(0.03 * n))),
        }
        counts["unchanged"] = n - counts["demolished"] - counts["raised"] - counts["expanded"]
        return counts

    def _clear(self, v, p, q, need):
        """Whether the parameter point (p, q) of a cell of village v is at least `need`
        from every cell of another village (DemoCounty._clearance, looking only at the
        eight neighbours when `need` is under a cell)."""
        c = self.county
        b = c.cell
        if need > b:
            return c._clearance(v, p, q) >= need
        cx, cy = int(p // b), int(q // b)
        others = self._others.get((cx, cy))
        if others is None:
            vof = c._village_of
            others = self._others[(cx, cy)] = tuple(
                (cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                if vof.get((cx + dx, cy + dy)) is not v)
        n2 = need * need
        for i, j in others:
            dx = max(i * b - p, 0.0, p - (i + 1) * b)
            dy = max(j * b - q, 0.0, q - (j + 1) * b)
            if dx * dx + dy * dy < n2:
                return False
        return True

    def _place_near_hamlet(self, rng, v, radius):
        """A parameter point in village v near one of its hamlets whose surroundings of
        `radius` metres lie in the village (as DemoCounty._place); None after 12 tries."""
        c = self.county
        b = c.cell
        need = (radius + 2.0 * c.jitter + 1.0) / c.SIGMA_MIN + 0.25 * b
        hx, hy = v.hamlets[int(rng.random() * len(v.hamlets))]
        spread = 0.3 + 0.25 * math.sqrt(len(v.cells))
        vof = c._village_of
        for attempt in range(12):
            if attempt < 8:
                cell = (hx + int(round(rng.gauss(0, spread))), hy + int(round(rng.gauss(0, spread))))
                if vof.get(cell) is not v:
                    continue
            else:
                cell = v.cells[int(rng.random() * len(v.cells))]
            p = (cell[0] + rng.random()) * b
            q = (cell[1] + rng.random()) * b
            if self._clear(v, p, q, need):
                return p, q
        return None

    def _place_building(self, rng, hash_, radius):
        """(lon, lat, x, y, village) of a new footprint of `radius` clear of everything in
        the hash and inside its village: near a hamlet, or, once the hamlets are full
        (from ~850,000 buildings), anywhere in a village."""
        c = self.county
        for _attempt in range(8 if self._crowded else 400):
            v = c._pick_village(rng, c._house_cum)
            for _ in range(4):
                pos = self._place_near_hamlet(rng, v, radius)
                if pos is None:
                    break
                lon, lat = c.param_lonlat(*pos)
                x, y = self._metric(lon, lat)
                if hash_.free(x, y, radius):
                    return round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS), x, y, v
        # Only reached in a crowded county (the rest of the survey then tries the hamlets
        # briefly): the same seed still gives the same buildings.
        self._crowded = True
        b = c.cell
        need = (radius + 2.0 * c.jitter + 1.0) / c.SIGMA_MIN + 0.25 * b
        for _attempt in range(20000):
            k = bisect.bisect_right(self._village_cum, rng.random() * self._village_cum[-1])
            v = c.villages[min(k, len(c.villages) - 1)]
            cell = v.cells[int(rng.random() * len(v.cells))]
            p, q = (cell[0] + rng.random()) * b, (cell[1] + rng.random()) * b
            if not self._clear(v, p, q, need):
                continue
            lon, lat = c.param_lonlat(p, q)
            x, y = self._metric(lon, lat)
            if hash_.free(x, y, radius):
                return round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS), x, y, v
        raise ValueError("the county is too crowded for %d buildings" % self.n_buildings)

    def _bldg_id(self, serial):
        return "JZ%s%07d" % (self.code, serial)

    def _footprint(self, rng, rect_only=False, min_area=40.0):
        area = min(400.0, max(min_area, math.exp(rng.gauss(math.log(110.0), 0.45))))
        aspect = 1.0 + 1.2 * rng.random()
        angle = rng.random() * math.pi
        rect = rect_only or rng.random() < 0.85
        if rect:
            w = math.sqrt(area * aspect)
            h = area / w
            return ("rect", w, h, angle), _rect(-w / 2, w / 2, -h / 2, h / 2, angle)
        fx, fy = 0.3 + 0.4 * rng.random(), 0.3 + 0.4 * rng.random()
        w = math.sqrt(area * aspect / (1 - fx * fy))
        h = w / aspect
        cw, ch = fx * w, fy * h
        x0, y0, x1, y1 = -w / 2, -h / 2, w / 2, h / 2
        pts = [(x0, y0), (x1, y0), (x1, y1 - ch), (x1 - cw, y1 - ch), (x1 - cw, y1), (x0, y1)]
        return ("L", w, h, angle), _rotate(pts, angle)

    def surveys(self):
        """(layer, row) pairs of buildings_2023 and buildings_2024 in writing order;
        afterwards summary()["buildings"] holds the counts and ids of each change."""
        rng = self._rng("buildings")
        self._crowded = False
        counts = self._counts()
        n = self.n_buildings
        fates = (["demolished"] * counts["demolished"] + ["raised"] * counts["raised"]
                 + ["expanded"] * counts["expanded"] + ["unchanged"] * counts["unchanged"])
        rng.shuffle(fates)
        hash_ = _Hash()
        for v in self.violations:
            # room for a patch drawn around the case too (patches(): ≤ 8 % larger)
            hash_.add(v["_x"], v["_y"], 1.1 * v["_r"] + _GAP)
        ids = {k: [] for k in CHANGE_KINDS}
        for i, fate in enumerate(fates):
            bid = self._bldg_id(i + 1)
            (kind, w, h, angle), pts = self._footprint(rng, rect_only=fate == "expanded",
                                                       min_area=75.0 if fate == "expanded" else 40.0)
            after = pts
            if fate == "expanded":
                extra = max(30.0, w * h * (0.25 + 0.25 * rng.random()))
                # the old corners stay vertices of the new ring: it covers the old one
                # exactly, also after rounding
                e = w / 2 + extra / h
                after = _rotate([(-w / 2, -h / 2), (w / 2, -h / 2), (e, -h / 2), (e, h / 2),
                                 (w / 2, h / 2), (-w / 2, h / 2)], angle)
            radius = _radius(after) + _GAP
            lon, lat, x, y, _ = self._place_building(rng, hash_, radius)
            hash_.add(x, y, radius)
            storeys = _weighted(rng, _STOREYS)
            ring = self._local(lon, lat, pts)
            yield "buildings_2023", {"bldg_id": bid, "storeys": storeys, "_geom": (POLYGON, [[ring]])}
            ids[fate].append(bid)
            if fate == "demolished":
                continue
            if fate == "raised":
                storeys += 1 if rng.random() < 0.7 else 2
            elif fate == "expanded":
                ring = self._local(lon, lat, after)
            yield "buildings_2024", {"bldg_id": bid, "storeys": storeys, "_geom": (POLYGON, [[ring]])}
        serial = n
        new = []
        # new buildings on open cases of the project database
        pool = sorted((v for v in self.violations if v["_open"] and (v.get("floors") or 0) > 0),
                      key=lambda v: str(v.get("case_id")))
        rng.shuffle(pool)
        taken = _Hash()
        for v in pool:
            if len(ids["new_at_violations"]) >= counts["new_at_violations"]:
                break
            if not taken.free(v["_x"], v["_y"], v["_r"]):
                continue
            taken.add(v["_x"], v["_y"], v["_r"])
            serial += 1
            bid = self._bldg_id(serial)
            ids["new_at_violations"].append(bid)
            storeys = int(v.get("floors") or 1)
            yield "buildings_2024", {"bldg_id": bid, "storeys": max(1, storeys),
                                     "_geom": (POLYGON, [[list(r) for r in rings]
                                                         for rings in v["polygons"]]),
                                     "_case_id": v.get("case_id")}
        counts["new_at_violations"] = len(ids["new_at_violations"])
        # new buildings elsewhere, keeping room for a permit or a patch around them
        for k in range(counts["new_elsewhere"]):
            serial += 1
            bid = self._bldg_id(serial)
            (kind, w, h, angle), pts = self._footprint(rng, rect_only=(k == 0))
            xs = [p[0] * math.cos(-angle) - p[1] * math.sin(-angle) for p in pts]
            ys = [p[0] * math.sin(-angle) + p[1] * math.cos(-angle) for p in pts]
            box = (min(xs), max(xs), min(ys), max(ys))
            radius = math.hypot((box[1] - box[0]) / 2 + _PERMIT_MARGIN,
                                (box[3] - box[2]) / 2 + _PERMIT_MARGIN) + _GAP
            lon, lat, x, y, vil = self._place_building(rng, hash_, radius)
            hash_.add(x, y, radius)
            storeys = _weighted(rng, _STOREYS)
            ids["new_elsewhere"].append(bid)
            new.append({"bldg_id": bid, "lon": lon, "lat": lat, "x": x, "y": y, "r": radius,
                        "kind": kind, "w": w, "h": h, "angle": angle, "box": box,
                        "village": vil})
            yield "buildings_2024", {"bldg_id": bid, "storeys": storeys,
                                     "_geom": (POLYGON, [[self._local(lon, lat, pts)]])}
        self._surveys = {"counts": counts, "ids": ids, "new": new, "hash": hash_}

    def _ensure_surveys(self):
        if self._surveys is None:
            for _ in self.surveys():
                pass
        return self._surveys

    def permits(self):
        """Permits for new buildings elsewhere: the first one (a rectangle) half covered,
        then about 40 % of the others fully covered."""
        s = self._ensure_surveys()
        rng = self._rng("permits")
        new = s["new"]
        rows = []
        full_ids = []
        half = new[0]
        w, h = half["w"], half["h"]
        m = _PERMIT_MARGIN / 2
        pts = _rect(-w / 2 - m, 0.0, -h / 2 - m, h / 2 + m, half["angle"])
        chosen = [half]
        others = new[1:]
        n_full = max(1, int(round(0.4 * len(others))))
        picked = sorted(rng.sample(range(len(others)), n_full))
        chosen += [others[k] for k in picked]
        for k, b in enumerate(chosen):
            if k == 0:
                ring = self._local(b["lon"], b["lat"], pts)
            else:
                m1 = 1.0 + (_PERMIT_MARGIN - 1.0) * rng.random()
                x0, x1, y0, y1 = b["box"]
                ring = self._local(b["lon"], b["lat"],
                                   _rect(x0 - m1, x1 + m1, y0 - m1, y1 + m1, b["angle"]))
                full_ids.append(b["bldg_id"])
            day = self.today - datetime.timedelta(days=30 + int(rng.random() * 300))
            rows.append({"permit_no": "建字第%s%d%04d号" % (self.code, day.year, k + 1),
                         "holder": _person(rng), "approved_on": day.isoformat(),
                         "_geom": (POLYGON, [[ring]])})
        s["permits"] = {"full": full_ids, "half": half["bldg_id"]}
        return rows

    # --- satellite patches --------------------------------------------------------------

    def _batch(self):
        d = self.today
        q = (d.month - 1) // 3 + 1
        start = datetime.date(d.year, 3 * (q - 1) + 1, 1)
        prev_start = datetime.date(d.year - (q == 1), 3 * ((q - 2) % 4) + 1, 1)
        return d.year, q, prev_start, start

    def _patch_shape(self, rng):
        area = min(5000.0, max(150.0, math.exp(rng.gauss(math.log(600.0), 0.7))))
        aspect = 1.0 + 1.5 * rng.random()
        w = math.sqrt(area * aspect)
        h = area / w
        j = 0.08
        pts = [(-w / 2 * (1 + j * (2 * rng.random() - 1)), -h / 2 * (1 + j * (2 * rng.random() - 1))),
               (w / 2 * (1 + j * (2 * rng.random() - 1)), -h / 2 * (1 + j * (2 * rng.random() - 1))),
               (w / 2 * (1 + j * (2 * rng.random() - 1)), h / 2 * (1 + j * (2 * rng.random() - 1))),
               (-w / 2 * (1 + j * (2 * rng.random() - 1)), h / 2 * (1 + j * (2 * rng.random() - 1)))]
        return w, h, _rotate(pts, rng.random() * math.pi)

    def _place_patch(self, rng, hash_, radius):
        """(lon, lat, x, y, village, parameter point) anywhere in the county (uniform by
        area), clear of the hash.  The whole patch lies in interior cells' reach (inside
        the county); its centre is at least a quarter cell (plus jitter) from any other
        village, so it lies in the polygon of the village (and township) of its cell."""
        c = self.county
        deep = (radius + 2.0 * c.jitter + 1.0) / c.SIGMA_MIN <= c.cell
        centre_need = 0.3 * c.cell + 2.0 * c.jitter + 1.0
        need = max(centre_need, (radius + 2.0 * c.jitter + 1.0) / c.SIGMA_MIN + 0.25 * c.cell)
        for _attempt in range(5000):
            k = bisect.bisect_right(self._village_cum, rng.random() * self._village_cum[-1])
            v = c.villages[min(k, len(c.villages) - 1)]
            cell = v.cells[int(rng.random() * len(v.cells))]
            p, q = (cell[0] + rng.random()) * c.cell, (cell[1] + rng.random()) * c.cell
            if not self._clear(v, p, q, centre_need if deep and cell in self.interior
                               else need):
                continue
            lon, lat = c.param_lonlat(p, q)
            x, y = self._metric(lon, lat)
            if hash_.free(x, y, radius):
                return round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS), x, y, v, (p, q)
        raise ValueError("the county is too crowded for %d patches" % self.n_patches)

    def _on_farmland(self, lon, lat, param=None):
        """The farmland class under a point (None off farmland)."""
        self._farmland_blocks()
        return self._farm_class.get(self._cell(*(param or self.to_param(lon, lat))))

    def patches(self):
        """The satellite patch rows (see the module help); afterwards
        summary()["patches"] holds the counts and the JCBH of the special cases."""
        s = self._ensure_surveys()
        if "permits" not in s:
            self.permits()
        rng = self._rng("patches")
        n = self.n_patches
        year, quarter, prev_start, start = self._batch()
        hash_ = _Hash()
        for v in self.violations:
            hash_.add(v["_x"], v["_y"], v["_r"] + _GAP)
        for b in s["new"]:
            hash_.add(b["x"], b["y"], b["r"])
        items = []   # (kind, polygons, township, centre lon, lat, extra)
        open_cases = sorted((v for v in self.violations if v["_open"]),
                            key=lambda v: str(v.get("case_id")))
        n_dup = min(len(open_cases), max(1, int(round(0.08 * n))))
        n_new = min(len(s["new"]), max(1, int(round(0.1 * n))), n - n_dup - 3)
        n_special = 3
        n_else = n - n_dup - n_new - n_special
        if n_else < 0:
            n_dup += n_else
            n_else = 0
        dup_cases = [open_cases[k] for k in sorted(rng.sample(range(len(open_cases)), n_dup))]
        for v in dup_cases:
            # the case's outline, 4–8 % larger around its centre: it covers the case
            f = 1.04 + 0.04 * rng.random()
            polys = []
            for rings in v["polygons"]:
                r = rings[0]
                ring = []
                for i in range(0, len(r), 2):
                    ring.append(round(v["_lon"] + (r[i] - v["_lon"]) * f, COORD_DECIMALS))
                    ring.append(round(v["_lat"] + (r[i + 1] - v["_lat"]) * f, COORD_DECIMALS))
                polys.append([ring])
            hash_.add(v["_x"], v["_y"], v["_r"] * f + _GAP)
            town = self._town_by_code.get(v.get("township_code")) or \
                self._township_at(v["_lon"], v["_lat"])
            items.append(["duplicate", polys, town, v["_lon"], v["_lat"], v.get("case_id")])
        permitted = set(s["permits"]["full"])
        new_pick = sorted(rng.sample(range(len(s["new"])), n_new))
        for k in new_pick:
            b = s["new"][k]
            m = 1.5 + 2.5 * rng.random()
            x0, x1, y0, y1 = b["box"]
            ring = self._local(b["lon"], b["lat"], _rect(x0 - m, x1 + m, y0 - m, y1 + m, b["angle"]))
            items.append(["at_new_building", [[ring]], b["village"].township, b["lon"], b["lat"],
                          b["bldg_id"] in permitted])
        for k in range(n_else + n_special):
            special = None if k < n_else else ("bowtie", "self_touching", "multipart")[k - n_else]
            w, h, pts = self._patch_shape(rng)
            radius = _radius(pts) + _GAP
            if special == "multipart":
                radius = math.hypot(w / 2 + 7.5, h / 2) + _GAP
            lon, lat, x, y, vil, param = self._place_patch(rng, hash_, radius)
            hash_.add(x, y, radius)
            angle = rng.random() * math.pi
            if special == "bowtie":
                polys = [[self._local(lon, lat, _rotate(
                    [(-w / 2, -h / 2), (w / 2, h / 2), (w / 2, -h / 2), (-w / 2, h / 2)], angle))]]
            elif special == "self_touching":
                # a notch whose tip (0, h/2) the ring passes twice: an inverted hole
                a, d = 0.15 * w, 0.3 * h
                polys = [[self._local(lon, lat, _rotate(
                    [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (0.0, h / 2),
                     (a, h / 2 - d), (-a, h / 2 - d), (0.0, h / 2), (-w / 2, h / 2)], angle))]]
            elif special == "multipart":
                # two halves of the shape 15 m apart
                gap = 15.0
                polys = [[self._local(lon, lat, _rect(-gap / 2 - w / 2, -gap / 2,
                                                      -h / 2, h / 2, angle))],
                         [self._local(lon, lat, _rect(gap / 2, gap / 2 + w / 2,
                                                      -h / 2, h / 2, angle))]]
            else:
                polys = [[self._local(lon, lat, pts)]]
            items.append([special or "elsewhere", polys, vil.township, lon, lat, param])
        order = list(range(len(items)))
        rng.shuffle(order)
        special_ids = {}
        counts = {"duplicates": 0, "at_new_buildings": 0, "elsewhere": 0}
        dup_cases_ids = []
        rows = []
        span_before = (start - prev_start).days
        span_after = max(1, (self.today - start).days + 1)
        for serial, idx in enumerate(order, 1):
            kind, polys, town, lon, lat, extra = items[idx]
            jcbh = "%s-%dQ%d-%05d" % (self.code, year, quarter, serial)
            if kind == "duplicate":
                counts["duplicates"] += 1
                dup_cases_ids.append((jcbh, extra))
            elif kind == "at_new_building":
                counts["at_new_buildings"] += 1
            elif kind == "elsewhere":
                counts["elsewhere"] += 1
            else:
                special_ids[kind] = jcbh
            if kind == "bowtie":
                # as drawn: two triangles of w·h/4 each
                area = self._bowtie_area(polys[0][0])
            else:
                area = ring_area_m2(polys)
            off = (0.005 + 0.01 * rng.random()) * (1 if rng.random() < 0.5 else -1)
            jcmj = float(round(area * (1 + off)))
            farm = self._on_farmland(lon, lat, extra if kind not in (
                "duplicate", "at_new_building") else None)
            if kind in ("duplicate", "at_new_building"):
                tblx = "新增建设用地" if rng.random() < 0.8 else "新增构筑物"
            else:
                tblx = _weighted(rng, PATCH_TYPES)
            if kind == "at_new_building" and extra:
                pdlx = "疑似合法"
            else:
                pdlx = _weighted(rng, {"疑似违法": 0.75, "待核实": 0.25})
            before = prev_start + datetime.timedelta(days=int(rng.random() * span_before))
            after = start + datetime.timedelta(days=int(rng.random() * span_after))
            rows.append({
                "JCBH": jcbh, "XZQDM": town.code if town else None,
                "XZQMC": town.name if town else None,
                "QSX": before.strftime("%Y%m%d"), "HSX": after.strftime("%Y%m%d"),
                "JCMJ": jcmj, "TBLX": tblx,
                "JCGDMJ": jcmj if farm else 0.0,
                "YJJBNTMJ": jcmj if farm == "永久基本农田" else 0.0,
                "ZXHZB": round(lon, 6), "ZXZZB": round(lat, 6), "PDLX": pdlx,
                "BZ": "多部件图斑" if kind == "multipart" else None,
                "_geom": (POLYGON, polys), "_area_m2": area, "_kind": kind,
            })
        self._patch_summary = dict(counts, total=len(rows), special=special_ids,
                                   duplicate_of=dict(dup_cases_ids),
                                   batch="%dQ%d" % (year, quarter))
        return rows

    @staticmethod
    def _bowtie_area(flat):
        """Area of a bow-tie ring as drawn (both lobes counted positive): the lobes meet
        where the diagonals of its four corners cross, at their common midpoint."""
        (a, b, c, d) = [(flat[i], flat[i + 1]) for i in range(0, 8, 2)]
        mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        lobe1 = [a[0], a[1], mid[0], mid[1], d[0], d[1], a[0], a[1]]
        lobe2 = [mid[0], mid[1], b[0], b[1], c[0], c[1], mid[0], mid[1]]
        return planar_area_m2(lobe1, mid[1]) + planar_area_m2(lobe2, mid[1])

    def _township_at(self, lon, lat):
        v = self.county._village_of.get(self._cell(*self.to_param(lon, lat)))
        return v.township if v is not None else None

    # --- everything -----------------------------------------------------------------------

    def summary(self):
        s = self._ensure_surveys()
        counts = dict(s["counts"])
        counts["new"] = counts["new_at_violations"] + counts["new_elsewhere"]
        counts["buildings_2023"] = self.n_buildings
        counts["buildings_2024"] = self.n_buildings - counts["demolished"] + counts["new"]
        out = {"buildings": dict(counts, ids={k: list(v) for k, v in s["ids"].items()})}
        if "permits" in s:
            out["permits"] = {"full": len(s["permits"]["full"]), "half": 1,
                              "full_ids": list(s["permits"]["full"]),
                              "half_id": s["permits"]["half"]}
        if self._patch_summary is not None:
            out["patches"] = dict(self._patch_summary)
        return out
