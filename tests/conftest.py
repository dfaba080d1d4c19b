"""Shared pytest setup for the liangwei plugin tests.

Sections:
  1. Import path  - make the plugin importable as the package ``liangwei``
                    (runs at import time, before any test module is imported).
  2. Fixtures     - session fixture ``repo_root``; add more below.
"""
from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# ---------------------------------------------------------------------------
# 1. Import path
# ---------------------------------------------------------------------------
# The plugin folder (= repo root) contains a top-level ``processing/`` package
# that would shadow QGIS's own ``processing`` plugin if the repo root were on
# sys.path.  So the repo root must NOT be on sys.path; instead a temporary
# directory holding a symlink ``liangwei -> <repo root>`` is put first, and the
# tests import ``liangwei.plugin...``, ``liangwei.processing...`` etc., exactly
# like QGIS does for an installed plugin.
REPO_ROOT = Path(__file__).resolve().parent.parent
PLUGIN_PACKAGE = "liangwei"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _is_repo_root(entry: str) -> bool:
    try:
        return Path(entry or os.getcwd()).resolve() == REPO_ROOT
    except OSError:
        return False


# Defensive: drop the repo root ('' / '.' when cwd is the repo) from sys.path
# (e.g. if someone ran `python -m pytest` from the repo root).
sys.path[:] = [p for p in sys.path if not _is_repo_root(p)]

_IMPORT_DIR = Path(tempfile.mkdtemp(prefix="liangwei-import-"))
(_IMPORT_DIR / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
sys.path.insert(0, str(_IMPORT_DIR))
atexit.register(shutil.rmtree, _IMPORT_DIR, ignore_errors=True)

_early = sys.modules.get("processing")
if _early is not None and Path(getattr(_early, "__file__", "") or "/").resolve().is_relative_to(REPO_ROOT):
    raise RuntimeError(
        f"`processing` was already imported from the repo ({_early.__file__}); "
        "run the tests with scripts/test.sh or .venv/bin/pytest"
    )


# ---------------------------------------------------------------------------
# 2. Fixtures
# ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def repo_root() -> Path:
    """Absolute path of the plugin folder / git repository root."""
    return REPO_ROOT


@pytest.fixture()
def project():
    """The project, emptied of its layers after the test."""
    from qgis.core import QgsProject
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The liangwei Processing provider, registered for the module's tests."""
    from qgis.core import QgsApplication
    from liangwei.processing.provider import LiangweiProvider
    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("liangwei") is None:
        added = LiangweiProvider()
        registry.addProvider(added)
    yield registry.providerById("liangwei")
    if added is not None:
        registry.removeProvider(added)


@pytest.fixture(scope="session", autouse=True)
def _collect_before_qgis_exits(qgis_app):
    """Collect garbage while QGIS is still alive.  Objects left in reference cycles by
    dialogs and layers (Qt widgets, QGIS layers held by closures and tracebacks) would
    otherwise be freed by pytest's last garbage collection, after pytest-qgis has shut
    QGIS down — a segmentation fault at exit after a green run."""
    yield
    import gc
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
