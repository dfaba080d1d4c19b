#!/usr/bin/env bash
# The main job, end to end on the GeoPackage default:
#   installs everything (apt packages, .venv) and then, through the plugin's own
#   Processing algorithms run by qgis_process, builds a demo county in a new project
#   database, and writes a QGIS project with the styled layers plus a map of it.
#
#   bash scripts/demo.sh [OUTPUT_FOLDER]        (default: out/demo)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
# shellcheck source=scripts/qgis_env.sh
source scripts/qgis_env.sh

OUT="${1:-out/demo}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
DB="$OUT/demo_county.gpkg"

echo "== QGIS profile with the plugin enabled: $OUT/qgis-profile"
lw_qgis_profile "$OUT/qgis-profile"

echo "== liangwei:generate_demo_county → $DB"
lw_qgis_process run liangwei:generate_demo_county -- \
    OUTPUT="$DB" COUNTY_CODE=330624 SEED=1 TOWNSHIPS=30 VILLAGES=500 VIOLATIONS=2000 \
    OVERWRITE=true

echo "== QGIS project and map"
"$LW_VENV_PYTHON" scripts/demo_project.py "$DB" "$OUT/demo_county.qgz" "$OUT/demo_map.png"

echo
echo "Done. Open $OUT/demo_county.qgz in QGIS (with the plugin installed) or look at $OUT/demo_map.png."
