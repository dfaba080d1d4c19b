#!/usr/bin/env python3
"""Build a demo county in a new project database (GeoPackage).

    /usr/bin/python3 scripts/demo_county.py OUT.gpkg [--seed 1] [--townships 30]
        [--villages 500] [--violations 2000] [--houses N] [--county-code 330624]
        [--county-name 新城县] [--today 2025-06-30|now] [--planar] [--overwrite]
        [--reference REF.gpkg [--buildings 5000] [--patches 200]]

Runs headless (QT_QPA_PLATFORM=offscreen) with QGIS's Python.  Works from a fresh
clone without PYTHONPATH: the plugin folder is imported as the package `liangwei`
through a temporary symlink (the repo root itself must never be on sys.path, its
processing/ folder would shadow QGIS's).  Violations' areas are ellipsoidal
(gis.area.AreaCalculator) unless --planar is given.  The database is built in a
temporary file beside OUT and only moved into place once complete.

--reference also writes the county's reference data (roads, railways, rivers, hills,
farmland, planning, projects, the 2023 and 2024 building surveys, permits and a batch of
satellite patches; see plugin/core/demo_reference.py) to a separate GeoPackage.
"""

import argparse
import atexit
import datetime
import os
import shutil
import sys
import tempfile
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _import_plugin():
    """Make `import liangwei` work, preferring an existing liangwei on the path."""
    sys.path[:] = [p for p in sys.path
                   if os.path.realpath(p or os.getcwd()) != os.path.realpath(REPO_ROOT)]
    try:
        import liangwei
        if os.path.realpath(list(liangwei.__path__)[0]) == os.path.realpath(REPO_ROOT):
            return
        del sys.modules["liangwei"]
    except ImportError:
        pass
    tmp = tempfile.mkdtemp(prefix="liangwei-import-")
    os.symlink(REPO_ROOT, os.path.join(tmp, "liangwei"))
    sys.path.insert(0, tmp)
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Build a deterministic demo county database.")
    ap.add_argument("output", help="the GeoPackage to write (.gpkg)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--townships", type=int, default=30)
    ap.add_argument("--villages", type=int, default=500)
    ap.add_argument("--violations", type=int, default=2000)
    ap.add_argument("--houses", type=int, default=None, help="default: 3 × violations")
    ap.add_argument("--county-code", default="330624")
    ap.add_argument("--county-name", default=None, help="default: 新城县")
    ap.add_argument("--today", default=None,
                    help="the demo's reference day, YYYY-MM-DD or 'now' (default: a fixed day, "
                         "so that a seed always gives the same database)")
    ap.add_argument("--planar", action="store_true",
                    help="planar areas from the generator instead of QGIS ellipsoidal areas")
    ap.add_argument("--overwrite", action="store_true")
    ap.add_argument("--reference", default=None, metavar="REF.gpkg",
                    help="also write the reference layers (surveys, patches, roads, …) here")
    ap.add_argument("--buildings", type=int, default=None,
                    help="buildings in the 2023 survey of the reference data (default 5000)")
    ap.add_argument("--patches", type=int, default=None,
                    help="satellite patches in the reference data's batch (default 200)")
    args = ap.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _import_plugin()
    from liangwei.plugin.store import demo_writer, gpkg

    out = os.path.abspath(args.output)
    if os.path.exists(out) and not args.overwrite:
        ap.error("%s exists; add --overwrite to replace it" % out)
    reference = os.path.abspath(args.reference) if args.reference else None
    if reference and os.path.exists(reference) and not args.overwrite:
        ap.error("%s exists; add --overwrite to replace it" % reference)
    if reference == out:
        ap.error("the reference data needs its own file, not %s" % out)
    today = None
    if args.today == "now":
        today = datetime.date.today()
    elif args.today:
        today = datetime.date.fromisoformat(args.today)

    app = None
    area = None
    if not args.planar:
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        from liangwei.plugin.gis.area import AreaCalculator
        area = AreaCalculator("EPSG:4490").area_m2

    t0 = time.time()
    ref_summary = None
    folder = os.path.dirname(out)
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".demo-county-", dir=folder)
    os.close(fd)
    os.remove(tmp)
    last = [-10.0]

    def progress(pct):
        if pct - last[0] >= 10 or pct >= 100:
            last[0] = pct
            print("  %3.0f %%  (%.1f s)" % (pct, time.time() - t0), file=sys.stderr, flush=True)

    try:
        gpkg.create(tmp, args.county_code)
        summary = demo_writer.write_demo_county(
            tmp, seed=args.seed, townships=args.townships, villages=args.villages,
            violations=args.violations, houses=args.houses, area_m2=area, progress=progress,
            today=today, county_name=args.county_name)
        if reference:
            from liangwei.plugin.store import demo_reference
            print("reference data…", file=sys.stderr, flush=True)
            last[0] = -10.0
            ref_summary = demo_reference.write_demo_reference(
                tmp, reference, seed=args.seed, patches=args.patches, buildings=args.buildings,
                progress=progress)
        os.replace(tmp, out)
    except Exception as e:
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(tmp + suffix):
                os.remove(tmp + suffix)
        print("error: %s" % gpkg.readable_error(e), file=sys.stderr)
        return 1
    finally:
        if app is not None:
            app.exitQgis()
    elapsed = time.time() - t0
    print("%s  %s %s (seed %s)" % (out, summary["county_code"], summary["county_name"],
                                   summary["seed"]))
    for table, n in summary["tables"].items():
        print("  %-20s %9d" % (table, n))
    print("  straddling violations %7d" % summary["straddling"])
    print("  areas: %s" % ("ellipsoidal (QGIS)" if summary["area_source"] == "callable"
                           else "planar (generator)"))
    if reference:
        print("%s  reference data (%.1f s, %.1f MB)" % (reference, ref_summary["seconds"],
                                                        os.path.getsize(reference) / 1e6))
        for layer, n in ref_summary["layers"].items():
            print("  %-20s %9d" % (layer, n))
        b = ref_summary["buildings"]
        print("  2023→2024: %s" % ", ".join("%s %d" % (k, b[k]) for k in (
            "unchanged", "raised", "expanded", "demolished", "new_at_violations",
            "new_elsewhere")))
        p = ref_summary["patches"]
        print("  patches: duplicates %d, at new buildings %d, elsewhere %d, special %s" % (
            p["duplicates"], p["at_new_buildings"], p["elsewhere"],
            ", ".join("%s %s" % kv for kv in sorted(p["special"].items()))))
    print("elapsed %.1f s, file %.1f MB" % (elapsed, os.path.getsize(out) / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
