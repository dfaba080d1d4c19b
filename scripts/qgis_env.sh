# shellcheck shell=bash
# Source me (do not execute):   source scripts/qgis_env.sh
#
# Headless QGIS environment for scripts, demos and tests of the liangwei plugin.
# Exports:
#   LW_REPO_ROOT      absolute path of this plugin folder (the git repo root)
#   LW_VENV_PYTHON    $LW_REPO_ROOT/.venv/bin/python (created by scripts/setup.sh)
#   QT_QPA_PLATFORM   offscreen (unless already set) - no X server needed
#   QGIS_PROCESS      /usr/bin/qgis_process.bin. Debian's /usr/bin/qgis_process
#                     wrapper adds --noversioncheck (from /etc/default/qgis),
#                     which QGIS 3.22's qgis_process rejects.
#   XDG_RUNTIME_DIR   a private 0700 dir if unset (silences a Qt warning)
# Functions:
#   lw_qgis_profile [DIR [PLUGIN_SRC]]
#       Make DIR (default: a new mktemp dir) a throwaway QGIS config root:
#         DIR/profiles/default/python/plugins/liangwei -> PLUGIN_SRC (default: repo)
#       export QGIS_CUSTOM_CONFIG_PATH=DIR (QGIS 3.22 honours this env var in
#       both the desktop app and qgis_process: the profile used is
#       DIR/profiles/default; ~/.local/share/QGIS is never touched), then
#       enable the plugin with `qgis_process.bin plugins enable liangwei`.
#       Sets LW_QGIS_PROFILE_DIR=DIR. Returns non-zero if the plugin is
#       missing or raised while loading (qgis_process itself exits 0 then).
#       LW_QGIS_ENABLE=0 skips the (1-2 s) enable step; the profile is still
#       prepared and the plugin marked enabled in QGIS3.ini directly.
#   lw_qgis_process ARGS...   run "$QGIS_PROCESS" ARGS... (needs a profile)

LW_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LW_REPO_ROOT
export LW_VENV_PYTHON="$LW_REPO_ROOT/.venv/bin/python"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QGIS_PROCESS="${QGIS_PROCESS:-/usr/bin/qgis_process.bin}"
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/runtime-$(id -u)"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi

lw_qgis_profile() {
    local dir="${1:-}" src="${2:-$LW_REPO_ROOT}" name=liangwei
    local plugins out rc
    if [[ -z "$dir" ]]; then
        dir="$(mktemp -d "${TMPDIR:-/tmp}/liangwei-qgis.XXXXXX")" || return 1
    fi
    mkdir -p "$dir" || return 1
    dir="$(cd "$dir" && pwd)"
    src="$(cd "$src" && pwd)" || return 1
    plugins="$dir/profiles/default/python/plugins"
    mkdir -p "$plugins" "$dir/profiles/default/QGIS" || return 1
    ln -sfn "$src" "$plugins/$name" || return 1
    export QGIS_CUSTOM_CONFIG_PATH="$dir"
    export LW_QGIS_PROFILE_DIR="$dir"

    if [[ ! -f "$src/metadata.txt" ]]; then
        echo "[qgis_env] WARNING: $src/metadata.txt missing; profile $dir prepared, plugin not enabled" >&2
        return 1
    fi
    if [[ "${LW_QGIS_ENABLE:-1}" == 0 ]]; then
        local ini="$dir/profiles/default/QGIS/QGIS3.ini"
        if ! grep -qx "$name=true" "$ini" 2>/dev/null; then
            printf '[PythonPlugins]\n%s=true\n' "$name" >> "$ini"
        fi
        return 0
    fi
    out="$("$QGIS_PROCESS" plugins enable "$name" 2>&1)"
    rc=$?
    if ((rc != 0)) || grep -q '^Traceback' <<<"$out"; then
        echo "[qgis_env] ERROR: '$QGIS_PROCESS plugins enable $name' failed (rc=$rc):" >&2
        echo "$out" >&2
        return 1
    fi
    return 0
}

lw_qgis_process() {
    if [[ -z "${QGIS_CUSTOM_CONFIG_PATH:-}" ]]; then
        echo "[qgis_env] refusing to run qgis_process without QGIS_CUSTOM_CONFIG_PATH (call lw_qgis_profile first)" >&2
        return 2
    fi
    "$QGIS_PROCESS" "$@"
}
