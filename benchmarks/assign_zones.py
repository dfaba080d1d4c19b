#!/usr/bin/env python3
"""liangwei:assign_zones against geopandas and QGIS's own join, on the same files.

    .venv/bin/python benchmarks/assign_zones.py [--n 100000] [--villages 500] [--seed 1]

1. Generates (deterministically, from --seed) a demo county with --villages villages
   (core/demo.py: zones tiling the county with shared vertices) and --n satellite
   change patches over it, written to two GeoPackage files in --data:
     * zones.gpkg, layer zones: zone_code, zone_name, level, parent_code, EPSG:4490;
     * patches_<n>_<seed>.gpkg, layer patches: JCBH, JCMJ, TBLX, in the CGCS2000
       Gauss–Krüger zone EPSG:4549, as provinces deliver them.  Rotated rectangles and
       L shapes of 30–3000 m² (log-normal, median 160 m²) placed uniformly over the
       villages by area, 5 % multipart (two buildings), and 1 % outside the county.
   The files are kept and reused when they exist (generation is not timed).
2. Times, each in a fresh process of its own (so that its peak memory is its own):
     (a) liangwei:assign_zones through processing.run: reads both files, writes a
         memory layer with township_code, village_code and zone_share;
     (b) geopandas (pyogrio, shapely 2): reads the same files, reprojects the zones,
         sjoin(predicate="intersects") + vectorised intersection areas per (patch, zone)
         pair + largest-overlap selection per patch, for townships and then villages
         restricted to the chosen township (the same rule, ties within 0.01 % of the
         patch going to the lower code);
     (c) QGIS's native:joinattributesbylocation, METHOD=2 (largest overlap), village
         level only (villages and communities of zones.gpkg).
   The time is the wall-clock time of the work itself: reading, computing and
   building the result in memory; interpreter and QGIS start-up are not counted.
   Memory: the peak resident set of each worker process (VmHWM in /proc/self/status;
   resource.getrusage's ru_maxrss is not used because a child process inherits its
   parent's value), and that peak above the worker's resident set just before the
   work started.  tracemalloc is not used: it sees only Python's own allocations, not the
   C/C++ memory of GEOS, GDAL and QGIS where nearly all of it is.
3. Prints the times, the ratios liangwei/geopandas and liangwei/QGIS, the memory, and
   the number of patches where (a) and (b) disagree (township, village, or zone_share
   by more than 0.1 %), and where (a)'s village differs from (c)'s; writes everything
   to benchmarks/results/assign_zones.json.

Target: (a) faster than (b) in the same run.  --check exits 1 when it is not, or when
(a) and (b) disagree on any patch.
"""

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(REPO, "benchmarks", "results", "assign_zones.json")
TOWNSHIP_LEVELS = ("township", "street", "park")
VILLAGE_LEVELS = ("village", "community")
TIE = 1e-4
SHARE_TOLERANCE = 1e-3
# GeoPackage 1.2: the version QGIS 3.22's GDAL reads without a warning.
GPKG_OPTIONS = {"VERSION": "1.2"}


def _import_liangwei():
    """Make the plugin importable as `liangwei` without putting the repo on sys.path
    (its processing/ package would shadow QGIS's)."""
    folder = tempfile.mkdtemp(prefix="liangwei-bench-")
    os.symlink(REPO, os.path.join(folder, "liangwei"))
    sys.path.insert(0, folder)


def _rss_mb():
    """Current resident set of this process, MB (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def _peak_mb():
    """Peak resident set of this process, MB: VmHWM of /proc/self/status (Linux).
    Not getrusage's ru_maxrss, which a child inherits from its parent across
    fork + exec, so that a small worker would report the generator's peak."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# --- 1. data ---------------------------------------------------------------------------

def generate(folder, n, villages, townships, seed):
    """(zones path, patches path), generated when missing."""
    import geopandas as gpd
    import numpy as np
    import shapely

    os.makedirs(folder, exist_ok=True)
    zones_path = os.path.join(folder, "zones_%d_%d.gpkg" % (villages, seed))
    patches_path = os.path.join(folder, "patches_%d_%d_%d.gpkg" % (villages, n, seed))
    if not os.path.exists(zones_path):
        _import_liangwei()
        from liangwei.plugin.core.demo import CRS, DemoCounty
        rows = DemoCounty(seed=seed, townships=townships, villages=villages,
                          violations=0).zones()
        frame = gpd.GeoDataFrame(
            {k: [r[k] for r in rows] for k in ("zone_code", "zone_name", "level", "parent_code")},
            geometry=gpd.GeoSeries.from_wkt([r["geom"] for r in rows]), crs=CRS)
        frame.to_file(zones_path + ".tmp.gpkg", layer="zones", driver="GPKG", engine="pyogrio",
                      dataset_options=GPKG_OPTIONS)
        os.replace(zones_path + ".tmp.gpkg", zones_path)
    if os.path.exists(patches_path):
        return zones_path, patches_path

    rng = np.random.default_rng(seed)
    zones = gpd.read_file(zones_path, engine="pyogrio").to_crs("EPSG:4549")
    county = zones[zones.level == "county"].geometry.iloc[0]
    vills = zones[zones.level.isin(VILLAGE_LEVELS)].reset_index(drop=True)
    geoms = vills.geometry.values
    shapely.prepare(geoms)
    areas = shapely.area(geoms)
    n_out = max(1, n // 100) if n >= 100 else 0
    n_in = n - n_out
    # Centres: a village chosen by area, a uniform point in it.
    owner = rng.choice(len(vills), size=n_in, p=areas / areas.sum())
    cx = np.empty(n_in)
    cy = np.empty(n_in)
    bounds = shapely.bounds(geoms)
    for v in np.unique(owner):
        idx = np.flatnonzero(owner == v)
        x0, y0, x1, y1 = bounds[v]
        todo = idx
        while len(todo):
            x = rng.uniform(x0, x1, len(todo))
            y = rng.uniform(y0, y1, len(todo))
            ok = shapely.contains_xy(geoms[v], x, y)
            cx[todo[ok]] = x[ok]
            cy[todo[ok]] = y[ok]
            todo = todo[~ok]
    # A few outside the county, within 5 km of it.
    ox, oy = [], []
    x0, y0, x1, y1 = county.buffer(5000).bounds
    shapely.prepare(county)
    near = county.buffer(5000)
    shapely.prepare(near)
    while len(ox) < n_out:
        x = rng.uniform(x0, x1, 4 * n_out)
        y = rng.uniform(y0, y1, 4 * n_out)
        ok = shapely.contains_xy(near, x, y) & ~shapely.intersects_xy(county.buffer(100), x, y)
        ox.extend(x[ok][: n_out - len(ox)])
        oy.extend(y[ok][: n_out - len(oy)])
    cx = np.concatenate([cx, ox])
    cy = np.concatenate([cy, oy])
    order = rng.permutation(n)
    cx, cy = cx[order], cy[order]

    area = np.clip(np.exp(rng.normal(np.log(160.0), 0.95, n)), 30.0, 3000.0)
    aspect = 1.0 + 2.5 * rng.random(n)
    angle = np.pi * rng.random(n)
    w = np.sqrt(area * aspect)
    h = area / w
    lshape = rng.random(n) < 0.25
    multi = rng.random(n) < 0.05
    # Unit shapes (centred), scaled by w, h: a rectangle, or an L (3/4 of it).
    rect = np.array([(-.5, -.5), (.5, -.5), (.5, .5), (-.5, .5), (-.5, -.5)])
    ell = np.array([(-.5, -.5), (.5, -.5), (.5, 0), (0, 0), (0, .5), (-.5, .5), (-.5, -.5)])
    cos, sin = np.cos(angle), np.sin(angle)

    def place(shape, sel, dx=0.0):
        px = (shape[:, 0][None, :] + dx) * w[sel][:, None]
        py = shape[:, 1][None, :] * h[sel][:, None]
        x = cx[sel][:, None] + px * cos[sel][:, None] - py * sin[sel][:, None]
        y = cy[sel][:, None] + px * sin[sel][:, None] + py * cos[sel][:, None]
        return shapely.polygons(np.round(np.stack([x, y], axis=-1), 3))

    polys = np.empty(n, dtype=object)
    polys[~lshape] = place(rect, ~lshape)
    polys[lshape] = place(ell, lshape)
    # Multipart: a second building of the same size beside the first.
    second = place(rect, multi, dx=1.6)
    polys[multi] = shapely.multipolygons(
        [[a, b] for a, b in zip(polys[multi], second)])
    patches = gpd.GeoDataFrame({
        "JCBH": ["JC330624%07d" % (i + 1) for i in range(n)],
        "JCMJ": np.round(shapely.area(polys), 2),
        "TBLX": np.where(lshape, "新增建设", "疑似违建"),
    }, geometry=gpd.GeoSeries(polys, crs="EPSG:4549"))
    patches.to_file(patches_path + ".tmp.gpkg", layer="patches", driver="GPKG", engine="pyogrio",
                    dataset_options=GPKG_OPTIONS)
    os.replace(patches_path + ".tmp.gpkg", patches_path)
    return zones_path, patches_path


# --- 2. workers (each runs in a process of its own) -----------------------------------

def _start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    return app


def worker_liangwei(zones_path, patches_path, out_path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _start_qgis()
    _import_liangwei()
    import processing
    from qgis.core import QgsApplication, QgsProcessingFeedback
    from liangwei.processing.provider import LiangweiProvider
    provider = LiangweiProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    feedback = QgsProcessingFeedback()
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    result = processing.run("liangwei:assign_zones", {
        "INPUT": patches_path + "|layername=patches",
        "ZONES": zones_path + "|layername=zones",
        "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    seconds = time.perf_counter() - t0
    peak = _peak_mb()
    layer = result["OUTPUT"]
    rows = [[f["township_code"], f["village_code"], f["zone_share"]] for f in layer.getFeatures()]
    rows = [[None if v is None or v == "" or v != v or str(v) == "NULL" else v for v in r]
            for r in rows]
    _dump(out_path, seconds, peak, rss0, rows)
    del layer, result
    app.exitQgis()


def geopandas_assign(zones_path, patches_path, timings=None, layer="patches"):
    """The geopandas way: [(township, village, share)] per feature of `layer` in file
    order (benchmarks/scale.py passes the violations layer of a project database)."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    t = time.perf_counter()
    feats = gpd.read_file(patches_path, layer=layer, engine="pyogrio")
    zones = gpd.read_file(zones_path, layer="zones", engine="pyogrio").to_crs(feats.crs)
    if timings is not None:
        timings["read"] = time.perf_counter() - t
    feats = feats[["geometry"]].reset_index(drop=True)
    feats["fid"] = np.arange(len(feats))
    totals = shapely.area(feats.geometry.values)
    zones = zones.assign(code=zones.zone_code.astype(str), parent=zones.parent_code.astype(str))

    def pairs(level):
        t = time.perf_counter()
        joined = gpd.sjoin(feats, level[["code", "parent", "geometry"]], predicate="intersects")
        if timings is not None:
            timings["sjoin"] = timings.get("sjoin", 0) + time.perf_counter() - t
        t = time.perf_counter()
        inter = shapely.intersection(feats.geometry.values[joined.index.values],
                                     level.geometry.loc[joined.index_right].values)
        part = shapely.area(inter)
        if timings is not None:
            timings["intersection"] = timings.get("intersection", 0) + time.perf_counter() - t
        return pd.DataFrame({"fid": joined.fid.values, "code": joined.code.values,
                             "parent": joined.parent.values, "part": part,
                             "total": totals[joined.fid.values]})

    def choose(frame):
        frame = frame[frame.part > 0]
        top = frame.groupby("fid").part.transform("max")
        best = frame[frame.part >= top - TIE * frame.total].sort_values(["fid", "code"])
        best = best.drop_duplicates("fid").set_index("fid")
        return best.code, np.minimum(1.0, best.part / best.total)

    towns, tshare = choose(pairs(zones[zones.level.isin(TOWNSHIP_LEVELS)]))
    vp = pairs(zones[zones.level.isin(VILLAGE_LEVELS)])
    t = time.perf_counter()
    vp = vp[vp.parent.values == towns.reindex(vp.fid).values]
    vills, vshare = choose(vp)
    out = pd.DataFrame(index=pd.RangeIndex(len(feats)))
    out["township"] = towns
    out["village"] = vills
    out["share"] = vshare.combine_first(tshare)
    if timings is not None:
        timings["selection"] = time.perf_counter() - t
    return out


def worker_geopandas(zones_path, patches_path, out_path):
    import geopandas  # noqa: F401  (imported before the clock starts, like QGIS above)
    import shapely  # noqa: F401
    rss0 = _rss_mb()
    timings = {}
    t0 = time.perf_counter()
    out = geopandas_assign(zones_path, patches_path, timings)
    seconds = time.perf_counter() - t0
    peak = _peak_mb()
    rows = [[None if v != v else v for v in r] for r in out.itertuples(index=False)]
    _dump(out_path, seconds, peak, rss0, rows, steps=timings)


def worker_qgis(zones_path, patches_path, out_path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback
    feedback = QgsProcessingFeedback()
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    result = processing.run("native:joinattributesbylocation", {
        "INPUT": patches_path + "|layername=patches",
        "JOIN": zones_path + "|layername=zones|subset=\"level\" IN ('village', 'community')",
        "PREDICATE": [0], "JOIN_FIELDS": ["zone_code"], "METHOD": 2,
        "DISCARD_NONMATCHING": False, "PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback)
    seconds = time.perf_counter() - t0
    peak = _peak_mb()
    layer = result["OUTPUT"]
    rows = [[None, f["zone_code"] if f["zone_code"] not in (None, "") and
             str(f["zone_code"]) != "NULL" else None, None] for f in layer.getFeatures()]
    _dump(out_path, seconds, peak, rss0, rows)
    del layer, result
    app.exitQgis()


def _dump(path, seconds, peak, rss0, rows, steps=None):
    with open(path, "w") as fh:
        json.dump({"seconds": seconds, "peak_rss_mb": peak, "rss_before_mb": rss0,
                   "steps": steps or {}, "rows": rows}, fh)


WORKERS = {"liangwei": worker_liangwei, "geopandas": worker_geopandas, "qgis": worker_qgis}


def run_worker(name, zones_path, patches_path, folder):
    out = os.path.join(folder, "%s.json" % name)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", name,
                           zones_path, patches_path, out], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        raise SystemExit("the %s worker failed:\n%s" % (name, proc.stdout))
    with open(out) as fh:
        return json.load(fh)


# --- 3. comparison and report -----------------------------------------------------------

def disagreements(a, b, village_only=False):
    """Indices of the rows where a and b differ."""
    bad = []
    for i, (x, y) in enumerate(zip(a, b)):
        if village_only:
            if x[1] != y[1]:
                bad.append(i)
            continue
        if x[0] != y[0] or x[1] != y[1]:
            bad.append(i)
        elif x[2] is None or y[2] is None:
            if x[2] is not None or y[2] is not None:
                bad.append(i)
        elif abs(x[2] - y[2]) > SHARE_TOLERANCE * max(y[2], 1e-9):
            bad.append(i)
    if len(a) != len(b):
        bad.extend(range(min(len(a), len(b)), max(len(a), len(b))))
    return bad


def machine():
    info = {"nproc": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform()}
    try:
        info["free_h"] = subprocess.run(["free", "-h"], stdout=subprocess.PIPE,
                                        text=True).stdout.strip()
        with open("/proc/cpuinfo") as fh:
            models = [line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")]
        info["cpu"] = models[0] if models else platform.processor()
    except OSError:
        pass
    try:
        from qgis.core import Qgis
        info["qgis"] = Qgis.version()
    except ImportError:
        pass
    import geopandas
    import shapely
    info["geopandas"] = geopandas.__version__
    info["shapely"] = shapely.__version__
    info["geos"] = shapely.geos_version_string
    return info


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100000, help="number of patches")
    parser.add_argument("--villages", type=int, default=500)
    parser.add_argument("--townships", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", default=os.path.join(tempfile.gettempdir(),
                                                       "liangwei-bench-assign-zones"),
                        help="folder of the generated GeoPackage files (kept for reuse)")
    parser.add_argument("--skip-qgis", action="store_true",
                        help="leave out (c), QGIS's join by location")
    parser.add_argument("--out", default=RESULTS, help="results JSON")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 unless liangwei is faster than geopandas and agrees "
                             "with it on every patch")
    parser.add_argument("--worker", nargs=4, metavar=("NAME", "ZONES", "PATCHES", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        name, zones_path, patches_path, out = args.worker
        WORKERS[name](zones_path, patches_path, out)
        return 0

    t = time.perf_counter()
    zones_path, patches_path = generate(args.data, args.n, args.villages, args.townships,
                                        args.seed)
    print("data: %s, %s (%.1f s)" % (zones_path, patches_path, time.perf_counter() - t))
    names = ["liangwei", "geopandas"] + ([] if args.skip_qgis else ["qgis"])
    with tempfile.TemporaryDirectory() as folder:
        runs = {name: run_worker(name, zones_path, patches_path, folder) for name in names}

    a, b = runs["liangwei"]["rows"], runs["geopandas"]["rows"]
    bad = disagreements(a, b)
    outside = sum(1 for r in a if r[0] is None)
    partial = sum(1 for r in a if r[2] is not None and r[2] < 1.0)
    report = {
        "n": len(a), "villages": args.villages, "townships": args.townships, "seed": args.seed,
        "outside_every_zone": outside, "crossing_a_boundary": partial,
        "seconds": {k: round(v["seconds"], 3) for k, v in runs.items()},
        "geopandas_steps": {k: round(v, 3) for k, v in runs["geopandas"]["steps"].items()},
        "peak_rss_mb": {k: round(v["peak_rss_mb"], 1) for k, v in runs.items()},
        "peak_above_start_mb": {k: round(v["peak_rss_mb"] - v["rss_before_mb"], 1)
                                for k, v in runs.items()},
        "memory_measure": "peak resident set (VmHWM) of each worker process; above_start "
                          "= peak minus the resident set just before the work",
        "ratio_liangwei_geopandas": round(runs["liangwei"]["seconds"] /
                                          runs["geopandas"]["seconds"], 3),
        "disagreements_liangwei_geopandas": len(bad),
        "disagreeing_rows": [[i, a[i], b[i]] for i in bad[:20]],
        "machine": machine(),
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    if "qgis" in runs:
        report["ratio_liangwei_qgis"] = round(runs["liangwei"]["seconds"] /
                                              runs["qgis"]["seconds"], 3)
        differ = disagreements(a, runs["qgis"]["rows"], village_only=True)
        report["village_differences_liangwei_qgis"] = len(differ)
        report["village_differing_rows"] = [[i, a[i], b[i][:2], runs["qgis"]["rows"][i][1]]
                                            for i in differ[:20]]

    print("%d patches, %d villages: %d cross a zone boundary, %d outside every zone"
          % (len(a), args.villages, partial, outside))
    print("%-34s %9s %11s %13s" % ("", "seconds", "peak RSS MB", "above start MB"))
    labels = {"liangwei": "(a) liangwei:assign_zones",
              "geopandas": "(b) geopandas sjoin + intersection",
              "qgis": "(c) QGIS join by location (village)"}
    for name in names:
        print("%-34s %9.2f %11.0f %13.0f" % (labels[name], runs[name]["seconds"],
                                             report["peak_rss_mb"][name],
                                             report["peak_above_start_mb"][name]))
    print("geopandas steps: " + ", ".join("%s %.2f s" % kv
                                          for kv in report["geopandas_steps"].items()))
    print("ratio liangwei/geopandas: %.3f" % report["ratio_liangwei_geopandas"])
    if "qgis" in runs:
        print("ratio liangwei/QGIS:      %.3f" % report["ratio_liangwei_qgis"])
        print("village codes differing from QGIS's join (no township restriction): %d"
              % report["village_differences_liangwei_qgis"])
        for row in report["village_differing_rows"]:
            print("  patch %d: liangwei %s, geopandas %s, QGIS %s" % tuple(row))
    print("disagreements liangwei vs geopandas (codes, or share by > 0.1 %%): %d" % len(bad))
    for row in report["disagreeing_rows"]:
        print("  patch %d: liangwei %s, geopandas %s" % tuple(row))
    print("memory: %s" % report["memory_measure"])

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as fh:
        json.dump(report, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("written: %s" % args.out)
    if args.check and (bad or report["ratio_liangwei_geopandas"] >= 1.0):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
