#!/usr/bin/env bash
# Run the liangwei test-suite headless:  bash scripts/test.sh [pytest args...]
#   - runs scripts/setup.sh first (fast when nothing changed; LW_SKIP_SETUP=1 skips it)
#   - QT_QPA_PLATFORM=offscreen (no X server / xvfb-run needed)
#   - a throwaway QGIS config dir (QGIS_CUSTOM_CONFIG_PATH), so neither QGIS
#     nor qgis_process started by the tests touch ~/.local/share/QGIS
#     (pytest-qgis additionally uses its own temporary profile in-process)
#   - .venv/bin/pytest, never `python -m pytest` (see pytest.ini)
# Exit code: pytest's; "no tests collected" (5) is a failure as well.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

if [[ "${LW_SKIP_SETUP:-0}" != 1 ]]; then
    bash scripts/setup.sh
fi

# shellcheck source=scripts/qgis_env.sh
source scripts/qgis_env.sh

# Keep the repo root off sys.path even if the caller's PYTHONPATH has it.
if [[ -n "${PYTHONPATH:-}" ]]; then
    clean=()
    IFS=: read -r -a parts <<<"$PYTHONPATH"
    for p in "${parts[@]}"; do
        if [[ -z "$p" || "$(cd "$p" 2>/dev/null && pwd -P)" == "$(pwd -P)" ]]; then
            echo "[test] dropping '${p:-<empty>}' from PYTHONPATH (repo root)" >&2
            continue
        fi
        clean+=("$p")
    done
    if ((${#clean[@]})); then
        PYTHONPATH="$(IFS=:; echo "${clean[*]}")"; export PYTHONPATH
    else
        unset PYTHONPATH
    fi
fi

LW_TEST_TMP="$(mktemp -d "${TMPDIR:-/tmp}/liangwei-test.XXXXXX")"
export LW_TEST_TMP
trap 'rm -rf "$LW_TEST_TMP"' EXIT
export QGIS_CUSTOM_CONFIG_PATH="$LW_TEST_TMP/qgis-config"
mkdir -p "$QGIS_CUSTOM_CONFIG_PATH"

rc=0
.venv/bin/pytest "$@" || rc=$?
if ((rc == 5)); then
    echo "[test] FAILED: pytest collected no tests (exit code 5)" >&2
fi
exit "$rc"
