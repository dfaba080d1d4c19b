#!/usr/bin/env bash
# Idempotent development/CI environment setup for the liangwei QGIS plugin.
#
#   1. Debian packages (QGIS 3.22 from Debian 12, Xvfb, fonts, Qt tools, ...):
#      installed only if dpkg-query reports one of them missing.
#   2. .venv at the repo root, built on Debian's /usr/bin/python3 with
#      --system-site-packages (so `qgis`, `PyQt5`, `osgeo`, `numpy` come from apt).
#   3. pip install -r requirements-dev.txt -c constraints.txt, skipped when the
#      requirement files are unchanged since the last successful install.
#   4. A smoke import of everything together (always, ~1 s).
#
# Environment knobs:
#   LW_SKIP_APT=1     do not look at / install Debian packages at all
#   LW_FORCE_PIP=1    re-run pip even if the requirement files did not change
#   LW_RECREATE_VENV=1  delete and rebuild .venv
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

SYS_PYTHON=/usr/bin/python3          # QGIS's Python; NOT the python3 first on PATH
VENV="$REPO_ROOT/.venv"
VPY="$VENV/bin/python"
STAMP="$VENV/.liangwei-requirements.sha256"

APT_PACKAGES=(
    qgis python3-qgis qgis-providers
    xvfb xauth fonts-wqy-microhei
    pyqt5-dev-tools qttools5-dev-tools
    poppler-utils imagemagick
    python3-venv sqlite3 gdal-bin zip
    python3-openpyxl qttranslations5-l10n
    postgresql-15 postgresql-client-15 postgresql-15-postgis-3 postgresql-15-postgis-3-scripts
    python3-psycopg2
)

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
t0=$SECONDS

# --------------------------------------------------------------------------
# 1. Debian packages
# --------------------------------------------------------------------------
if [[ "${LW_SKIP_APT:-0}" != 1 ]]; then
    missing=()
    for pkg in "${APT_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == installed ]] || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        if [[ $(id -u) -eq 0 ]]; then
            SUDO=()
        elif command -v sudo >/dev/null; then
            SUDO=(sudo -n)
        else
            die "missing packages (${missing[*]}) and not root and no sudo"
        fi
        log "apt: installing ${missing[*]}"
        "${SUDO[@]}" apt-get update -q
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}"
    else
        log "apt: all ${#APT_PACKAGES[@]} packages already installed"
    fi
fi
[[ -x "$SYS_PYTHON" ]] || die "$SYS_PYTHON not found"

# --------------------------------------------------------------------------
# 2. virtualenv on top of the system Python
# --------------------------------------------------------------------------
venv_ok() {
    [[ -x "$VPY" && -f "$VENV/pyvenv.cfg" ]] || return 1
    grep -Eq '^include-system-site-packages *= *true' "$VENV/pyvenv.cfg" || return 1
    # the venv must be built on /usr/bin/python3 (same interpreter as QGIS)
    [[ "$("$VPY" -c 'import sys; print(sys._base_executable)' 2>/dev/null)" == "$SYS_PYTHON"* ]] || return 1
    "$VPY" -c 'import qgis.core' >/dev/null 2>&1
}
if [[ "${LW_RECREATE_VENV:-0}" == 1 ]] || ! venv_ok; then
    if [[ -e "$VENV" ]]; then log "venv: removing unusable/old $VENV"; rm -rf "$VENV"; fi
    log "venv: $SYS_PYTHON -m venv --system-site-packages .venv"
    "$SYS_PYTHON" -m venv --system-site-packages "$VENV"
    venv_ok || die "fresh venv cannot import qgis.core (is python3-qgis installed?)"
else
    log "venv: $VENV ok"
fi

# --------------------------------------------------------------------------
# 3. pip install (skipped if requirement files are unchanged)
# --------------------------------------------------------------------------
want_hash="$(cat requirements-dev.txt constraints.txt | sha256sum | cut -d' ' -f1)"
have_hash="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "${LW_FORCE_PIP:-0}" == 1 || "$want_hash" != "$have_hash" ]]; then
    log "pip: install -r requirements-dev.txt -c constraints.txt"
    rm -f "$STAMP"
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
        "$VPY" -m pip install -q -r requirements-dev.txt -c constraints.txt
    echo "$want_hash" > "$STAMP"
else
    log "pip: requirements unchanged since last install, skipping"
fi

# --------------------------------------------------------------------------
# 4. smoke test: everything importable together, numpy is the system one
# --------------------------------------------------------------------------
# Run from / so that the repo root (which has a `processing/` package) is not
# on sys.path; QT_QPA_PLATFORM so that nothing tries to open a display.
( cd / && QT_QPA_PLATFORM=offscreen "$VPY" - <<'EOF'
import sys
import qgis.core, osgeo.gdal, geopandas, fiona, pyogrio, openpyxl, shapely
import pytest, pytestqt, pytest_qgis, pytest_timeout  # noqa: F401
from osgeo import gdal_array  # noqa: F401  (numpy ABI of the system GDAL)
import numpy
from importlib.metadata import version
from qgis.core import Qgis
bad = []
if numpy.__version__ != "1.24.2" or not numpy.__file__.startswith("/usr/lib/python3/"):
    bad.append(f"numpy {numpy.__version__} from {numpy.__file__} (want system 1.24.2)")
if int(shapely.__version__.split(".")[0]) < 2:
    bad.append(f"shapely {shapely.__version__} < 2")
print(f"[setup] ok: QGIS {Qgis.QGIS_VERSION}, GDAL {osgeo.gdal.__version__}, "
      f"numpy {numpy.__version__}, geopandas {geopandas.__version__}, "
      f"pyogrio {pyogrio.__version__}, fiona {fiona.__version__}, "
      f"shapely {shapely.__version__}, pytest {pytest.__version__}, "
      f"pytest-qgis {version('pytest-qgis')}")
if bad:
    sys.exit("[setup] ERROR: " + "; ".join(bad))
EOF
)

log "done in $((SECONDS - t0)) s"
