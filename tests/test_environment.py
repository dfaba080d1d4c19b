"""Sanity checks of the test environment itself (import paths, libraries).

These guard against the two classic traps of this repo:
  * the repo root on sys.path -> its ``processing/`` shadows QGIS's processing;
  * geopandas & co. pulling numpy 2 into the venv -> GDAL/QGIS numpy ABI breaks.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

QGIS_PLUGINS_DIR = Path("/usr/share/qgis/python/plugins")


def test_repo_root_not_on_sys_path(repo_root: Path) -> None:
    offending = [p for p in sys.path if Path(p or os.getcwd()).resolve() == repo_root]
    assert not offending, f"repo root must not be on sys.path: {offending}"


def test_processing_is_qgis_processing_plugin(qgis_processing, repo_root: Path) -> None:
    import processing

    path = Path(processing.__file__).resolve()
    assert path.is_relative_to(QGIS_PLUGINS_DIR.resolve()), path
    assert path.parent.name == "processing"
    assert not path.is_relative_to(repo_root)
    assert callable(processing.run)  # the real QGIS processing API


def test_liangwei_resolves_to_repo(repo_root: Path) -> None:
    spec = importlib.util.find_spec("liangwei")
    assert spec is not None, "package liangwei not importable (tests/conftest.py)"
    locations = [Path(p).resolve() for p in spec.submodule_search_locations or []]
    assert locations == [repo_root], locations
    if (repo_root / "__init__.py").exists():
        assert Path(spec.origin).resolve() == repo_root / "__init__.py"
    if (repo_root / "processing").is_dir():
        sub = importlib.util.find_spec("liangwei.processing")
        assert sub is not None
        assert Path(sub.submodule_search_locations[0]).resolve() == repo_root / "processing"


def test_geo_stack_imports_together() -> None:
    import fiona  # noqa: F401
    import geopandas  # noqa: F401
    import numpy
    import openpyxl  # noqa: F401
    import pyogrio  # noqa: F401
    import shapely
    from osgeo import gdal, gdal_array
    from qgis.core import Qgis

    assert Qgis.QGIS_VERSION_INT >= 32200
    # numpy must be Debian's (what GDAL/QGIS were built against), not a wheel.
    assert numpy.__version__ == "1.24.2", numpy.__version__
    assert numpy.__file__.startswith("/usr/lib/python3/"), numpy.__file__
    assert int(shapely.__version__.split(".")[0]) >= 2
    arr = gdal_array.OpenArray(numpy.arange(6, dtype="uint8").reshape(2, 3))
    assert arr is not None and arr.RasterXSize == 3
    assert gdal.VersionInfo()


def test_qgis_profile_is_throwaway() -> None:
    from qgis.core import QgsApplication

    settings_dir = Path(QgsApplication.qgisSettingsDirPath()).resolve()
    home_profiles = Path("~/.local/share/QGIS").expanduser().resolve()
    assert not settings_dir.is_relative_to(home_profiles), settings_dir
