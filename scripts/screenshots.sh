#!/usr/bin/env bash
# Screenshots of the real QGIS desktop for the README (docs/screenshots/):
# runs the demo if needed, starts Xvfb at 1366x768 and QGIS with the plugin enabled
# in a throwaway profile, opens the demo project and lets scripts/screenshot_qgis.py
# take the pictures.   bash scripts/screenshots.sh [DEMO_FOLDER]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DEMO="${1:-out/demo}"
[[ -f "$DEMO/demo_county.qgz" ]] || bash scripts/demo.sh "$DEMO"
DEMO="$(cd "$DEMO" && pwd)"
# shellcheck source=scripts/qgis_env.sh
source scripts/qgis_env.sh
lw_qgis_profile "$(mktemp -d /tmp/liangwei-shots.XXXXXX)"
unset QT_QPA_PLATFORM
# Chinese UI, no tips or welcome page
cat >> "$LW_QGIS_PROFILE_DIR/profiles/default/QGIS/QGIS3.ini" <<'INI'
[locale]
userLocale=zh-Hans
overrideFlag=true
[qgis]
showTips322=false
checkVersion=false
INI
display=:77
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 2
village="$(sqlite3 "$DEMO/demo_county.gpkg" "SELECT village_code FROM violations WHERE village_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")"
mkdir -p docs/screenshots
DISPLAY="$display" LW_SHOT_DIR="$PWD/docs/screenshots" LW_SHOT_VILLAGE="$village" \
    timeout 240 qgis --noversioncheck --nologo --code scripts/screenshot_qgis.py \
    "$DEMO/demo_county.qgz" >/dev/null 2>&1 || true
ls -l docs/screenshots
