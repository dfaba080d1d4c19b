"""The plugin's algorithms from the command line: qgis_process in a throwaway profile
(scripts/qgis_env.sh links and enables the plugin there)."""

import os
import subprocess

import pytest
from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_ENV = os.path.join(REPO, "scripts", "qgis_env.sh")
QGIS_PROCESS = "/usr/bin/qgis_process.bin"

ogr.UseExceptions()


def _environment():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)   # the plugin is found through the profile, as in QGIS
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    """A function running `qgis_process ARGS` in a fresh profile with the plugin."""
    if not os.path.exists(QGIS_ENV):
        pytest.fail("scripts/qgis_env.sh is missing")
    if not os.access(QGIS_PROCESS, os.X_OK):
        pytest.fail("%s is not installed: run scripts/setup.sh" % QGIS_PROCESS)
    profile = str(tmp_path_factory.mktemp("qgis-profile"))
    prepare = subprocess.run(
        ["bash", "-c", 'source "$1" && lw_qgis_profile "$2"', "qgis_env", QGIS_ENV, profile],
        capture_output=True, text=True, timeout=240, env=_environment())
    assert prepare.returncode == 0, prepare.stdout + prepare.stderr

    def run(*args):
        return subprocess.run(
            ["bash", "-c", 'source "$1" && export QGIS_CUSTOM_CONFIG_PATH="$2" && shift 2 && '
             'lw_qgis_process "$@"', "qgis_env", QGIS_ENV, profile] + list(args),
            capture_output=True, text=True, timeout=240, env=_environment())
    return run


def test_qgis_process_lists_the_algorithms(qgis_process):
    listed = qgis_process("list")
    assert listed.returncode == 0, listed.stderr
    for alg in ("liangwei:create_database", "liangwei:import_zones",
                "liangwei:generate_demo_county"):
        assert alg in listed.stdout


def test_qgis_process_creates_a_database(qgis_process, tmp_path):
    from liangwei.plugin.store import schema
    path = str(tmp_path / "county.gpkg")
    result = qgis_process("run", "liangwei:create_database", "--",
                          "OUTPUT=%s" % path, "COUNTY_CODE=330624")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OUTPUT:\t%s" % path in result.stdout

    ds = ogr.Open(path)
    for t in schema.TABLES:
        layer = ds.GetLayerByName(t.name)
        assert layer is not None, t.name
        defn = layer.GetLayerDefn()
        assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == \
            list(t.field_names), t.name
    settings = {f.GetField("key"): f.GetField("value") for f in ds.GetLayerByName("settings")}
    assert settings["county_code"] == "330624"
    assert ds.GetLayerByName("zones").GetSpatialRef().GetAuthorityCode(None) == "4490"
    ds = None

    # Run again: refused with the reason, the file untouched.
    with open(path, "rb") as fh:
        before = fh.read()
    again = qgis_process("run", "liangwei:create_database", "--",
                         "OUTPUT=%s" % path, "COUNTY_CODE=330624")
    assert again.returncode != 0
    assert "already exists" in again.stdout + again.stderr
    with open(path, "rb") as fh:
        assert fh.read() == before

    bad = qgis_process("run", "liangwei:create_database", "--",
                       "OUTPUT=%s" % str(tmp_path / "bad.gpkg"), "COUNTY_CODE=33062")
    assert bad.returncode != 0
    assert "exactly 6 digits" in bad.stdout + bad.stderr
    assert not os.path.exists(tmp_path / "bad.gpkg")
