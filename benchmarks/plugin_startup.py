#!/usr/bin/env python3
"""What the Liangwei plugin adds to QGIS start-up: import + classFactory + initGui
(initGui registers the Processing provider through initProcessing).

    .venv/bin/python benchmarks/plugin_startup.py [-n 15] [--check]

Every measurement runs in a fresh process, as a real start-up does (nothing of the
plugin is imported or cached yet), with a real QgsApplication (GUI enabled, offscreen),
the Processing framework initialised (QGIS loads it before other plugins) and a
QGIS interface: pytest-qgis's QgisInterface on a real QMainWindow and map canvas
(qgis.testing's mocked iface when pytest-qgis is not installed).

In the same run and the same way it measures two baselines:
  * qgis_init: QgsApplication() + initQgis() + Processing.initialize() — what QGIS
    itself spends before plugins start;
  * empty_plugin: a minimal plugin package (one action in the Plugins menu and the
    plugins toolbar), i.e. the cost any plugin has.
It prints the medians, the plugin's share of the QGIS start, and its cost above the
empty plugin.  Target: liangwei < 100 ms.  With --check, exits 1 when the median of
the plugin misses the target.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_MS = 100.0

EMPTY_PLUGIN = '''
from qgis.PyQt.QtWidgets import QAction


class EmptyPlugin:
    def __init__(self, iface):
        self.iface = iface

    def initGui(self):
        self.action = QAction("Empty", self.iface.mainWindow())
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu("Empty", self.action)


def classFactory(iface):
    return EmptyPlugin(iface)
'''


def _iface_class():
    """pytest-qgis's QgisInterface, imported before the QgsApplication exists (its
    slot signatures cannot be registered afterwards), or None."""
    try:
        from pytest_qgis.mock_qgis_classes import MockMessageBar
        from pytest_qgis.qgis_interface import QgisInterface
    except ImportError:
        return None
    return lambda canvas, window: QgisInterface(canvas, MockMessageBar(), window)


def _iface(factory):
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QMainWindow
    if factory is None:
        from qgis.testing.mocked import get_iface
        return get_iface(), "qgis.testing.mocked"
    window = QMainWindow()
    canvas = QgsMapCanvas(window)
    iface = factory(canvas, window)
    iface._keep = (window, canvas)
    return iface, "pytest_qgis.QgisInterface"


def child(mode, import_dir):
    """One start-up; prints a JSON line of timings in ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, import_dir)
    factory = _iface_class()
    t0 = time.perf_counter()
    from qgis.core import QgsApplication
    app = QgsApplication([], True)
    app.initQgis()
    plugins = os.path.join(app.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing
    Processing.initialize()
    t1 = time.perf_counter()
    iface, iface_kind = _iface(factory)
    app.processEvents()

    t2 = time.perf_counter()
    if mode == "liangwei":
        import liangwei as package
    else:
        import emptyplugin as package
    plugin = package.classFactory(iface)
    t3 = time.perf_counter()
    plugin.initGui()
    t4 = time.perf_counter()

    if mode == "liangwei":
        registry = QgsApplication.processingRegistry()
        assert registry.providerById("liangwei") is not None
        assert len(registry.providerById("liangwei").algorithms()) >= 3
    print(json.dumps({
        "qgis_init": 1000 * (t1 - t0),
        "class_factory": 1000 * (t3 - t2),
        "init_gui": 1000 * (t4 - t3),
        "plugin": 1000 * (t4 - t2),
        "iface": iface_kind,
    }))
    sys.stdout.flush()
    os._exit(0)  # skip QGIS's slow exit: not part of start-up


def _run_child(mode, import_dir):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", mode,
                          "--import-dir", import_dir],
                         capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(),
                         timeout=300)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit("start-up run (%s) failed:\n%s\n%s" % (mode, out.stdout, out.stderr))
    return json.loads(lines[-1])


def _stats(values):
    return statistics.median(values), min(values), max(values)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=15, help="runs of each kind (default 15)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the plugin's median misses the %g ms target" % TARGET_MS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--import-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.import_dir)
        return 0

    import_dir = tempfile.mkdtemp(prefix="liangwei-bench-")
    os.symlink(REPO, os.path.join(import_dir, "liangwei"))
    os.mkdir(os.path.join(import_dir, "emptyplugin"))
    with open(os.path.join(import_dir, "emptyplugin", "__init__.py"), "w") as fh:
        fh.write(EMPTY_PLUGIN)

    runs = {"empty": [], "liangwei": []}
    _run_child("liangwei", import_dir)  # warm the OS file cache once, not counted
    for _ in range(args.n):
        for mode in ("empty", "liangwei"):   # interleaved: drifts hit both alike
            runs[mode].append(_run_child(mode, import_dir))

    qgis_init = [r["qgis_init"] for m in runs for r in runs[m]]
    empty = [r["plugin"] for r in runs["empty"]]
    ours = [r["plugin"] for r in runs["liangwei"]]
    factory = [r["class_factory"] for r in runs["liangwei"]]
    gui = [r["init_gui"] for r in runs["liangwei"]]
    q_med = _stats(qgis_init)[0]
    o_med = _stats(ours)[0]
    e_med = _stats(empty)[0]

    print("QGIS %s, Python %s, iface: %s, %d fresh processes per kind" % (
        _qgis_version(), sys.version.split()[0], runs["liangwei"][0]["iface"], args.n))
    print("%-50s %9s %9s %9s" % ("", "median", "min", "max"))
    for label, values in (
            ("baseline: QgsApplication + initQgis + Processing", qgis_init),
            ("baseline: empty plugin (import+factory+initGui)", empty),
            ("liangwei: import + classFactory", factory),
            ("liangwei: initGui (incl. initProcessing)", gui),
            ("liangwei: total", ours)):
        med, lo, hi = _stats(values)
        print("%-50s %6.1f ms %6.1f ms %6.1f ms" % (label, med, lo, hi))
    print("liangwei / QGIS start-up baseline: %.1f %%" % (100.0 * o_med / q_med))
    print("liangwei / empty plugin:           %.1fx (+%.1f ms)" % (o_med / e_med, o_med - e_med))
    ok = o_med < TARGET_MS
    print("target: liangwei total < %g ms: %s" % (TARGET_MS, "met" if ok else "MISSED"))
    return 0 if ok or not args.check else 1


def _qgis_version():
    try:
        from qgis.core import Qgis
        return Qgis.QGIS_VERSION
    except ImportError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
