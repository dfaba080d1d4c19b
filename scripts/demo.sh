#!/usr/bin/env bash
# The main job, end to end on the GeoPackage default:
#   installs everything (apt packages, .venv) and then, through the plugin's own
#   Processing algorithms run by qgis_process, builds a demo county in a new project
#   database with its reference layers, imports a satellite batch, turns the building
#   survey comparison into cases with their 六先拆 priorities, checks planning, grades
#   the houses, ranks the townships, validates the database, exports the monthly
#   bulletin (PDF, from the print layout) and the case ledger (spreadsheet), and writes
#   a QGIS project with the styled layers plus a map of it.
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
# The county is Chinese: its reports (the bulletin's texts) in Chinese.
ini="$LW_QGIS_PROFILE_DIR/profiles/default/QGIS/QGIS3.ini"
if ! grep -q '^userLocale=' "$ini" 2>/dev/null; then
    printf '\n[locale]\nuserLocale=zh-Hans\noverrideFlag=true\n' >> "$ini"
fi

REF="$OUT/demo_reference.gpkg"
run() {  # run an algorithm, show its log's last lines and its results
    local log="$OUT/log-${1#*:}.txt"
    if ! lw_qgis_process run "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "FAILED: $1 (log: $log)" >&2
        exit 1
    fi
    sed -n '/^Results/,$p' "$log" | grep -v '^-*$' | sed 's/^/    /'
}

echo "== liangwei:generate_demo_county → $DB, $REF"
run liangwei:generate_demo_county -- \
    OUTPUT="$DB" REFERENCE="$REF" COUNTY_CODE=330624 SEED=1 TOWNSHIPS=30 VILLAGES=500 \
    VIOLATIONS=2000 OVERWRITE=true

echo "== liangwei:import_patches: the province's satellite batch → new cases"
run liangwei:import_patches -- \
    INPUT="$REF|layername=patches" TARGET="$DB|layername=violations" \
    ZONES="$DB|layername=zones" BATCH=卫片2025Q2 \
    DUPLICATES="$OUT/patches_duplicates.gpkg" REJECTED="$OUT/patches_rejected.gpkg"

echo "== liangwei:quarterly_patches: 2023 vs 2024 building survey → cases, 六先拆 priorities"
run liangwei:quarterly_patches -- \
    BEFORE="$REF|layername=buildings_2023" AFTER="$REF|layername=buildings_2024" \
    PERMITS="$REF|layername=permits" VIOLATIONS="$DB|layername=violations" \
    ZONES="$DB|layername=zones" ROADS="$REF|layername=roads" \
    RAILWAYS="$REF|layername=railways" RIVERS="$REF|layername=rivers" \
    FARMLAND="$REF|layername=farmland" BATCH=2024年度普查 MIN_AREA=20 \
    detect_changes:CHANGES="$OUT/building_changes.gpkg"

echo "== liangwei:check_planning: cases in prohibited planning zones"
run liangwei:check_planning -- \
    INPUT="$DB|layername=violations" PLANNING="$REF|layername=planning" \
    CLASS_FIELD=zone_class OUTPUT="$OUT/planning_conflicts.csv"

echo "== liangwei:grade_houses: screening, JGJ 125 grades, measures, next inspection (written back)"
run liangwei:grade_houses -- \
    INPUT="$DB|layername=houses" FOCUS_POIS="$REF|layername=projects" UPDATE_INPUT=true \
    AS_OF=2025-06-30 OUTPUT="$OUT/graded_houses.gpkg"

echo "== liangwei:township_stats: indicators and ranking of the 30 townships, first half of 2025"
run liangwei:township_stats -- \
    VIOLATIONS="$DB|layername=violations" HOUSES="$DB|layername=houses" \
    ZONES="$DB|layername=zones" LEVEL=0 PERIOD_START=2025-01-01 PERIOD_END=2025-06-30 \
    CAMPAIGN_START=2025-01-01 OUTPUT="$OUT/township_stats.gpkg"
"$LW_VENV_PYTHON" - "$OUT/township_stats.gpkg" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
table = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
print("    rank  township            new  demolished m²  quota done  open")
for row in con.execute('SELECT rank, zone_name, new_count, demolished_area_m2, quota_done_share, '
                       'open_cases FROM "%s" ORDER BY rank LIMIT 5' % table):
    print("    %4d  %-16s %5d %14.0f %10.0f%% %5d" % (row[0], row[1], row[2], row[3] or 0,
                                                    100 * (row[4] or 0), row[5]))
PY

echo "== liangwei:validate_database"
run liangwei:validate_database -- \
    VIOLATIONS="$DB|layername=violations" HOUSES="$DB|layername=houses" \
    ZONES="$DB|layername=zones" OUTPUT="$OUT/problems.gpkg"

echo "== liangwei:export_report: the monthly bulletin (月通报, PDF) of June 2025"
run liangwei:export_report -- \
    REPORT=0 VIOLATIONS="$DB|layername=violations" HOUSES="$DB|layername=houses" \
    ZONES="$DB|layername=zones" PERIOD_START=2025-06-01 PERIOD_END=2025-06-30 \
    OUTPUT="$OUT/monthly_bulletin_2025-06.pdf"

echo "== liangwei:export_report: the case ledger (违建台账, spreadsheet), first half of 2025"
run liangwei:export_report -- \
    REPORT=3 VIOLATIONS="$DB|layername=violations" HOUSES="$DB|layername=houses" \
    ZONES="$DB|layername=zones" PERIOD_START=2025-01-01 PERIOD_END=2025-06-30 \
    OUTPUT="$OUT/case_ledger_2025H1.xlsx"

echo "== QGIS project and map"
"$LW_VENV_PYTHON" scripts/demo_project.py "$DB" "$OUT/demo_county.qgz" "$OUT/demo_map.png"

echo
echo "Done. Open $OUT/demo_county.qgz in QGIS (with the plugin installed), or look at"
echo "$OUT/demo_map.png, $OUT/monthly_bulletin_2025-06.pdf and $OUT/case_ledger_2025H1.xlsx."
