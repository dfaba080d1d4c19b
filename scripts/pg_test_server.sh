#!/usr/bin/env bash
# A private PostgreSQL 15 + PostGIS 3 server on the loopback interface, for tests and
# for trying the county database by hand.  Idempotent.
#
#   bash scripts/pg_test_server.sh start [DIR]   install if needed, create/start a cluster
#                                                 in DIR, print its connection on stdout:
#                                                   LW_PG_DIR=…
#                                                   LW_PG_CONNINFO='host=127.0.0.1 port=… …'
#                                                 (eval "$(… start)" exports nothing by
#                                                 itself: the lines are NAME=VALUE, use
#                                                 `export $(…)` or parse them)
#   bash scripts/pg_test_server.sh stop  DIR     stop it and delete DIR (only a directory
#                                                 this script made: it has a marker file)
#   bash scripts/pg_test_server.sh status DIR    exit 0 when it is running
#
# DIR defaults to $LW_PG_DIR, else <repo>/.pgdata.  The server listens on 127.0.0.1
# only, on a free port, without a Unix socket; every login needs its password
# (scram-sha-256); the superuser is `postgres` with a random password kept in
# DIR/lw-conninfo.  As root, the server runs as the `postgres` OS user (PostgreSQL
# refuses to run as root), so DIR must be reachable by that user (/tmp is).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_VERSION=15
PG_BIN="/usr/lib/postgresql/$PG_VERSION/bin"
# The Debian packages the county database needs (scripts/setup.sh installs the same).
APT_PACKAGES=(postgresql-15 postgresql-client-15 postgresql-15-postgis-3
              postgresql-15-postgis-3-scripts python3-psycopg2)
MARKER=".lw-test-cluster"

log() { printf '[pg_test_server] %s\n' "$*" >&2; }
die() { printf '[pg_test_server] ERROR: %s\n' "$*" >&2; exit 1; }

install_packages() {
    local missing=() pkg status
    for pkg in "${APT_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == installed ]] || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    log "Debian packages needed: ${APT_PACKAGES[*]}"
    log "installing the missing ones: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "missing packages (${missing[*]}), not root and no sudo"
        sudo=(sudo -n)
    fi
    # Debian's postgresql-common would create and start a system cluster on port 5432;
    # this script never uses it, so do not let the install create one.
    if [[ ! -e /etc/postgresql-common/createcluster.conf ]] || \
       ! grep -q '^create_main_cluster *= *false' /etc/postgresql-common/createcluster.conf; then
        "${sudo[@]}" mkdir -p /etc/postgresql-common
        echo "create_main_cluster = false" | "${sudo[@]}" tee -a /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    "${sudo[@]}" apt-get update -q >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# Run a PostgreSQL program as the cluster's owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    /usr/bin/python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

running() {
    local dir="$1"
    [[ -f "$dir/PG_VERSION" ]] && as_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

print_connection() {
    local dir="$1"
    printf 'LW_PG_DIR=%s\n' "$dir"
    printf "LW_PG_CONNINFO='%s'\n" "$(cat "$dir/lw-conninfo")"
}

start() {
    local dir="$1"
    install_packages
    [[ -x "$PG_BIN/initdb" ]] || die "$PG_BIN/initdb not found after installing ${APT_PACKAGES[*]}"
    [[ -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ]] || \
        die "PostGIS is not installed for PostgreSQL $PG_VERSION (postgresql-15-postgis-3)"
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root needs the OS user postgres (postgresql-common creates it)"
        chown postgres: "$dir"
        runuser -u postgres -- test -w "$dir" || \
            die "$dir is not reachable by the OS user postgres; choose a directory under /tmp"
    fi
    chmod 700 "$dir"
    if running "$dir"; then
        log "already running in $dir"
        print_connection "$dir"
        return 0
    fi
    if [[ ! -f "$dir/PG_VERSION" ]]; then
        [[ -z "$(ls -A "$dir")" ]] || die "$dir is neither empty nor a cluster made by this script"
        local password pwfile
        password="$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))')"
        pwfile="$(mktemp)"
        printf '%s\n' "$password" >"$pwfile"
        [[ $(id -u) -eq 0 ]] && chown postgres: "$pwfile"
        log "initdb $dir"
        as_owner "$PG_BIN/initdb" -D "$dir" -U postgres --pwfile="$pwfile" \
            --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
        rm -f "$pwfile"
        as_owner touch "$dir/$MARKER"
        # Loopback only: no other host may connect, whatever the password.
        as_owner sh -c "cat > '$dir/pg_hba.conf'" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
host    all       all   127.0.0.1/32  scram-sha-256
EOF
        as_owner sh -c "printf '%s\n' '$password' > '$dir/lw-password'"
    fi
    local port password
    port="$(free_port)"
    password="$(cat "$dir/lw-password")"
    as_owner sh -c "cat > '$dir/lw-server.conf'" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 100
shared_buffers = 64MB
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
EOF
    grep -q "^include 'lw-server.conf'" "$dir/postgresql.conf" || \
        as_owner sh -c "echo \"include 'lw-server.conf'\" >> '$dir/postgresql.conf'"
    as_owner sh -c "printf '%s' 'host=127.0.0.1 port=$port user=postgres password=$password dbname=postgres' > '$dir/lw-conninfo'"
    log "starting PostgreSQL $PG_VERSION on 127.0.0.1:$port ($dir)"
    as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >&2 || {
        tail -n 30 "$dir/server.log" >&2 || true
        die "the server did not start (log above: $dir/server.log)"
    }
    print_connection "$dir"
}

stop() {
    local dir="$1"
    [[ -d "$dir" ]] || { log "nothing in $dir"; return 0; }
    [[ -f "$dir/$MARKER" ]] || die "$dir was not made by this script; not touching it"
    if running "$dir"; then
        as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w -t 60 stop >&2
    fi
    rm -rf "$dir"
    log "stopped and removed $dir"
}

cmd="${1:-}"
dir="${2:-${LW_PG_DIR:-$REPO_ROOT/.pgdata}}"
case "$cmd" in
    start) start "$(realpath -m "$dir")" ;;
    stop) stop "$(realpath -m "$dir")" ;;
    status) running "$(realpath -m "$dir")" && print_connection "$(realpath -m "$dir")" ;;
    packages) echo "${APT_PACKAGES[*]}" ;;
    *) die "usage: $0 start|stop|status [DIR] | packages" ;;
esac
