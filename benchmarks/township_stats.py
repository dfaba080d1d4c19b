#!/usr/bin/env python3
"""liangwei:township_stats (every indicator) against geopandas sjoin + groupby (only the
violation count and the demolished area), on the same files, in the same run.

    .venv/bin/python benchmarks/township_stats.py [--violations 100000] [--houses N]
        [--villages 500] [--townships 30] [--seed 1] [--repeat 5] [--rounds 3]
        [--check]

1. Data: the demo county (plugin/core/demo.py through scripts/demo_county.py --planar)
   with --townships townships, --villages villages, --violations violation cases (with
   their whole workflow history) and --houses houses (default 3 × violations), in one
   project database under benchmarks/results/tmp/ (git-ignored), generated once and
   reused (100,000 violations take about 2 minutes; not timed).
2. Timed, each in a fresh worker process (so that its peak memory is its own), wall
   clock of the work only (not the interpreter's or QGIS's start-up), --repeat times
   in the same process, and the four workers in turn --rounds times (so that the
   machine's drift, which is large on a shared virtual machine, hits both sides
   alike); the figure is the median of all runs (the median first run of a worker,
   which also pays one-time set-ups such as PROJ's database on the liangwei side and
   the file cache on both, is printed beside it: a user's QGIS session is past it
   after its first run):
     (a) processing.run("liangwei:township_stats") from the database's three layers
         to a memory layer, LEVEL township, period 2025-01-01 … 2025-06-30;
     (a') the same at LEVEL village;
     (b) geopandas 1.x (pyogrio): read the violations (demolished_area_m2 only) and the
         township-level zones, sjoin(predicate="intersects"), groupby zone: count and
         sum of the demolished area;
     (b') the same against the village-level zones.
   Memory: the peak resident set of each worker (VmHWM of /proc/self/status), and that
   peak above the worker's resident set just before the work.
3. Prints the times, the ratios liangwei / geopandas per level and the memory; writes
   benchmarks/results/township_stats.json.  --check exits 1 unless (a) is faster than
   (b) and (a') faster than (b').
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(REPO, "benchmarks", "results", "township_stats.json")
DATA = os.path.join(REPO, "benchmarks", "results", "tmp")
TOWNSHIP_LEVELS = ("township", "street", "park")
VILLAGE_LEVELS = ("village", "community")
PERIOD = ("2025-01-01", "2025-06-30")


def _import_liangwei():
    folder = tempfile.mkdtemp(prefix="liangwei-bench-")
    os.symlink(REPO, os.path.join(folder, "liangwei"))
    sys.path.insert(0, folder)


def _rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def _peak_mb():
    """VmHWM of /proc/self/status (not getrusage's ru_maxrss, which a child process
    inherits from its parent across fork + exec)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def generate(args):
    os.makedirs(DATA, exist_ok=True)
    houses = args.houses if args.houses is not None else 3 * args.violations
    path = os.path.join(DATA, "county_%d_%d_%d_%d_%d.gpkg" % (
        args.townships, args.villages, args.violations, houses, args.seed))
    if not os.path.exists(path):
        subprocess.run(["/usr/bin/python3", os.path.join(REPO, "scripts", "demo_county.py"),
                        path, "--seed", str(args.seed), "--townships", str(args.townships),
                        "--villages", str(args.villages), "--violations",
                        str(args.violations), "--houses", str(houses), "--planar"],
                       check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return path


# --- workers ----------------------------------------------------------------------------

def timed(function, repeat):
    """(median seconds, first seconds, every run, last answer) of function()."""
    times, answer = [], None
    for _ in range(repeat):
        answer = None
        t0 = time.perf_counter()
        answer = function()
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2], times[0], times, answer


def worker_liangwei(db, level, out, repeat):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    _import_liangwei()
    import processing
    from liangwei.processing.provider import LiangweiProvider
    provider = LiangweiProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    feedbacks = []

    def run():
        # a plain C++ feedback, as in QGIS's dialog and qgis_process
        feedbacks[:] = [QgsProcessingFeedback()]
        return processing.run("liangwei:township_stats", {
            "VIOLATIONS": db + "|layername=violations", "HOUSES": db + "|layername=houses",
            "ZONES": db + "|layername=zones", "LEVEL": 0 if level == "township" else 1,
            "PERIOD_START": PERIOD[0], "PERIOD_END": PERIOD[1], "CAMPAIGN_START": PERIOD[0],
            "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedbacks[0])

    rss0 = _rss_mb()
    seconds, first, runs, result = timed(run, repeat)
    peak = _peak_mb()
    layer = result["OUTPUT"]
    zones = layer.featureCount()
    total_open = sum(f["open_cases"] for f in layer.getFeatures())
    infos = [line for line in feedbacks[0].textLog().splitlines() if line.strip()]
    _dump(out, {"seconds": seconds, "first_seconds": first, "runs": runs,
                "peak_rss_mb": peak, "rss_before_mb": rss0,
                "zones": zones, "open_cases": total_open, "log": infos})
    del layer, result
    app.exitQgis()


def worker_geopandas(db, level, out, repeat):
    import geopandas as gpd
    steps = {}

    def run():
        t0 = time.perf_counter()
        v = gpd.read_file(db, layer="violations", columns=["demolished_area_m2"],
                          engine="pyogrio")
        z = gpd.read_file(db, layer="zones", columns=["zone_code", "level"], engine="pyogrio")
        z = z[z.level.isin(TOWNSHIP_LEVELS if level == "township" else VILLAGE_LEVELS)]
        t_read = time.perf_counter() - t0
        joined = gpd.sjoin(v, z[["zone_code", "geometry"]], predicate="intersects")
        stats = joined.groupby("zone_code").agg(
            violations=("demolished_area_m2", "size"),
            demolished_m2=("demolished_area_m2", "sum"))
        steps.setdefault("read", []).append(t_read)
        steps.setdefault("sjoin_groupby", []).append(time.perf_counter() - t0 - t_read)
        return stats

    rss0 = _rss_mb()
    seconds, first, runs, stats = timed(run, repeat)
    peak = _peak_mb()
    _dump(out, {"seconds": seconds, "first_seconds": first, "runs": runs,
                "peak_rss_mb": peak, "rss_before_mb": rss0,
                "steps": {k: sorted(v)[len(v) // 2] for k, v in steps.items()},
                "zones": len(stats), "pairs": int(stats.violations.sum())})


def _dump(path, data):
    with open(path, "w") as fh:
        json.dump(data, fh)


WORKERS = {"liangwei": worker_liangwei, "geopandas": worker_geopandas}


def run_worker(name, db, level, folder, repeat):
    out = os.path.join(folder, "%s_%s.json" % (name, level))
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", name, db,
                           level, out, "--repeat", str(repeat)], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        raise SystemExit("the %s worker failed:\n%s" % (name, proc.stdout))
    with open(out) as fh:
        return json.load(fh)


def _median(values):
    values = sorted(values)
    return values[len(values) // 2]


def merged(answers):
    """One record of the workers of one kind: medians over all their runs, the
    largest peak memory."""
    out = dict(answers[-1])
    out["runs"] = [t for a in answers for t in a["runs"]]
    out["seconds"] = _median(out["runs"])
    out["first_seconds"] = _median([a["first_seconds"] for a in answers])
    out["peak_rss_mb"] = max(a["peak_rss_mb"] for a in answers)
    out["rss_before_mb"] = min(a["rss_before_mb"] for a in answers)
    if "steps" in out:
        out["steps"] = {k: _median([a["steps"][k] for a in answers
                                    if k in a.get("steps", {})]) for k in out["steps"]}
    return out


def machine():
    info = {"nproc": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform()}
    try:
        with open("/proc/cpuinfo") as fh:
            models = [line.split(":", 1)[1].strip() for line in fh
                      if line.startswith("model name")]
        info["cpu"] = models[0] if models else platform.processor()
        info["loadavg"] = os.getloadavg()
    except OSError:
        pass
    import geopandas
    import shapely
    info.update(geopandas=geopandas.__version__, shapely=shapely.__version__,
                geos=shapely.geos_version_string)
    return info


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--violations", type=int, default=100000)
    parser.add_argument("--houses", type=int, default=None, help="default: 3 × violations")
    parser.add_argument("--villages", type=int, default=500)
    parser.add_argument("--townships", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs per worker; the median counts (default 5)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="the four workers in turn this many times (default 3)")
    parser.add_argument("--out", default=RESULTS)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 unless liangwei is faster than geopandas at both levels")
    parser.add_argument("--worker", nargs=4, metavar=("NAME", "DB", "LEVEL", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        name, db, level, out = args.worker
        WORKERS[name](db, level, out, max(1, args.repeat))
        return 0

    t = time.perf_counter()
    db = generate(args)
    print("data: %s (%.1f s)" % (db, time.perf_counter() - t))
    workers = {}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(max(1, args.rounds)):
            for level in ("township", "village"):
                for name in ("liangwei", "geopandas"):
                    workers.setdefault("%s_%s" % (name, level), []).append(
                        run_worker(name, db, level, folder, max(1, args.repeat)))
    runs = {key: merged(answers) for key, answers in workers.items()}
    ok = True
    print("\n%-24s %9s %9s %9s %12s %12s" % ("", "median s", "first s", "min s",
                                             "peak RSS MB", "above start"))
    for key, r in runs.items():
        print("%-24s %9.2f %9.2f %9.2f %12.0f %12.0f" % (
            key, r["seconds"], r["first_seconds"], min(r["runs"]), r["peak_rss_mb"],
            r["peak_rss_mb"] - r["rss_before_mb"]))
    ratios = {}
    for level in ("township", "village"):
        a, b = runs["liangwei_" + level], runs["geopandas_" + level]
        ratios[level] = a["seconds"] / b["seconds"]
        ok &= ratios[level] < 1.0
        print("ratio liangwei / geopandas, %s level: %.2f  (zones: %d vs %d; geopandas "
              "(case, zone) pairs: %d)" % (level, ratios[level], a["zones"], b["zones"],
                                            b["pairs"]))
        for line in a["log"]:
            if "placed by their largest overlap" in line:
                print("  liangwei: " + line)
    result = {"violations": args.violations,
              "houses": args.houses if args.houses is not None else 3 * args.violations,
              "villages": args.villages, "townships": args.townships, "seed": args.seed,
              "period": PERIOD, "repeat": args.repeat, "rounds": args.rounds, "machine": machine(), "runs": runs,
              "ratios": ratios,
              "target_met": bool(ok)}
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as fh:
        json.dump(result, fh, indent=1, ensure_ascii=False)
    print("written: %s" % args.out)
    if args.check and not ok:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
