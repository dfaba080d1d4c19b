#!/usr/bin/env bash
# Build the installable plugin zip:  bash scripts/package.sh [OUTPUT_DIR]
#
#   dist/liangwei-<version>.zip      (version = [general] version in metadata.txt)
#   └── liangwei/
#       ├── metadata.txt, __init__.py, <icon from metadata.txt>, LICENSE*, README*
#       ├── plugin/ processing/ ui/ resources/
#       └── i18n/*.qm                (compiled from i18n/*.ts with lrelease first)
#
# Files are taken from `git ls-files --cached --others --exclude-standard`
# (tracked + untracked-but-not-ignored; deleted files skipped) when run in a git
# work tree, else from a directory walk. Never packaged: tests/, benchmarks/,
# scripts/, docs/, .ci/, .venv/, dist/, __pycache__/, *.pyc, *.ts, .git*.
# Every packaged .py file is syntax-checked (compiled in memory) first.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
OUT_DIR="${1:-$REPO_ROOT/dist}"
PY=/usr/bin/python3
[[ -x "$PY" ]] || PY=python3

die() { printf '[package] ERROR: %s\n' "$*" >&2; exit 1; }

[[ -f metadata.txt ]] || die "metadata.txt not found in $REPO_ROOT - cannot determine the plugin version (the plugin code is not there yet?)"
[[ -f __init__.py ]] || die "__init__.py not found in $REPO_ROOT - not a QGIS plugin folder yet"

# ---- 1. compile translations ------------------------------------------------
shopt -s nullglob
ts_files=(i18n/*.ts)
shopt -u nullglob
if ((${#ts_files[@]})); then
    if [[ -x /usr/lib/qt5/bin/lrelease ]]; then
        LRELEASE=(/usr/lib/qt5/bin/lrelease)
    elif command -v lrelease >/dev/null; then
        LRELEASE=(env QT_SELECT=qt5 lrelease)
    else
        die "i18n/*.ts present but lrelease not found (apt-get install qttools5-dev-tools)"
    fi
    echo "[package] lrelease ${ts_files[*]}"
    "${LRELEASE[@]}" -silent "${ts_files[@]}" || die "lrelease failed"
fi

# ---- 2. collect files ---------------------------------------------------------
if command -v git >/dev/null && git rev-parse --is-inside-work-tree >/dev/null 2>&1 \
        && [[ "$(git rev-parse --show-toplevel)" == "$(pwd -P)" ]]; then
    LIST_CMD=(git ls-files -z --cached --others --exclude-standard)
else
    LIST_CMD=(find . -path ./.git -prune -o \( -type f -o -type l \) -printf '%P\0')
fi

FILE_LIST="$(mktemp)"
trap 'rm -f "$FILE_LIST"' EXIT
"${LIST_CMD[@]}" > "$FILE_LIST"

# ---- 3. filter, check and zip (python) --------------------------------------
"$PY" - "$OUT_DIR" "$FILE_LIST" <<'EOF'
import configparser, sys, zipfile
from pathlib import Path, PurePosixPath

PKG = "liangwei"
out_dir = Path(sys.argv[1])
root = Path.cwd()

md = configparser.ConfigParser(interpolation=None, strict=False)
md.optionxform = str
md.read(root / "metadata.txt", encoding="utf-8")
if not md.has_section("general"):
    sys.exit("[package] ERROR: metadata.txt has no [general] section")
gen = md["general"]
missing = [k for k in ("name", "qgisMinimumVersion", "description", "version",
                       "author", "email", "about", "repository") if not gen.get(k, "").strip()]
if missing:
    print(f"[package] WARNING: metadata.txt lacks {', '.join(missing)} "
          "(required by plugins.qgis.org)", file=sys.stderr)
version = gen.get("version", "").strip()
if not version:
    sys.exit("[package] ERROR: metadata.txt has no [general] version")

TOP_DIRS = {"plugin", "processing", "ui", "resources"}
TOP_FILES = {"metadata.txt", "__init__.py"}
icon = gen.get("icon", "").strip()
if icon:
    TOP_FILES.add(PurePosixPath(icon).as_posix())
EXCLUDED_PARTS = {"__pycache__", ".git", ".pytest_cache", ".qgis-settings"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro", ".orig", ".rej", ".swp"}

def wanted(rel: PurePosixPath) -> bool:
    if EXCLUDED_PARTS.intersection(rel.parts) or rel.suffix in EXCLUDED_SUFFIXES:
        return False
    if rel.name in (".DS_Store",) or rel.name.endswith("~"):
        return False
    top = rel.parts[0]
    if len(rel.parts) == 1:
        return (rel.as_posix() in TOP_FILES
                or top.upper().startswith(("LICENSE", "LICENCE", "README", "CHANGELOG")))
    if top in TOP_DIRS:
        return True
    if top == "i18n":
        return rel.suffix == ".qm"
    return rel.as_posix() in TOP_FILES  # e.g. icon=resources/... handled above

names = {n for n in Path(sys.argv[2]).read_bytes().decode("utf-8").split("\0") if n}
names |= {p.relative_to(root).as_posix() for p in root.glob("i18n/*.qm")}
files, skipped_top = [], set()
for n in sorted(names):
    rel = PurePosixPath(n)
    if not (root / n).is_file():
        continue  # deleted in the work tree
    if wanted(rel):
        files.append(rel)
    elif rel.parts[0] not in TOP_DIRS | {"i18n"}:
        skipped_top.add(rel.parts[0] + ("/" if len(rel.parts) > 1 else ""))

for required in ("metadata.txt", "__init__.py"):
    if PurePosixPath(required) not in files:
        sys.exit(f"[package] ERROR: {required} would not be packaged")
if icon and PurePosixPath(icon) not in files:
    print(f"[package] WARNING: icon '{icon}' from metadata.txt not found", file=sys.stderr)

errors = []
for rel in files:
    if rel.suffix == ".py":
        src = (root / rel).read_bytes()
        try:
            compile(src, f"{PKG}/{rel}", "exec", dont_inherit=True)
        except SyntaxError as e:
            errors.append(f"{e.filename}:{e.lineno}: {e.msg}")
if errors:
    sys.exit("[package] ERROR: syntax errors:\n  " + "\n  ".join(errors))

out_dir.mkdir(parents=True, exist_ok=True)
zpath = out_dir / f"{PKG}-{version}.zip"
tmp = zpath.with_suffix(".zip.tmp")
dirs = sorted({p.as_posix() for rel in files for p in rel.parents if p.as_posix() != "."})
def dir_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o40755 << 16) | 0x10  # unix drwxr-xr-x + MS-DOS dir flag
    return info

with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(dir_entry(f"{PKG}/"), "")
    for d in dirs:
        zf.writestr(dir_entry(f"{PKG}/{d}/"), "")
    for rel in files:
        zf.write(root / rel, f"{PKG}/{rel.as_posix()}")
tmp.replace(zpath)

print(f"[package] {zpath} ({len(files)} files, {zpath.stat().st_size // 1024} KiB), version {version}")
if skipped_top:
    print("[package] not packaged (by design): " + " ".join(sorted(skipped_top)))
EOF
