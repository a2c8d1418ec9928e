#!/usr/bin/env bash
# Starts or stops a private PostgreSQL server for tests and benchmarks:
#   tools/pg-throwaway.sh start DIR [--durable]   -> writes the server's URL to DIR/url
#   tools/pg-throwaway.sh stop DIR
# initdb refuses to run as root, so as root the server runs as the 'postgres' user. It listens on
# 127.0.0.1 only, on a free port. Without --durable it trades crash safety for speed (fsync off).
# When MARKETDESK_TEST_PG is set, no server is started and that URL is used instead.
set -euo pipefail
cmd=${1:?usage: pg-throwaway.sh start|stop DIR [--durable]}
dir=${2:?usage: pg-throwaway.sh start|stop DIR [--durable]}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }

run=()
if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi

case "$cmd" in
start)
    mkdir -p "$dir"
    if [ -n "${MARKETDESK_TEST_PG:-}" ]; then
        echo "$MARKETDESK_TEST_PG" >"$dir/url"
        exit 0
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true; fi
    rm -rf "$dir/data" "$dir/url"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    "${run[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    port=
    for p in $(shuf -i 20000-60000 -n 100); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
    done
    [ -n "$port" ] || { echo "no free port found" >&2; exit 1; }
    opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB"
    if [ "${3:-}" != "--durable" ]; then
        opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
    echo "PostgreSQL for tests on 127.0.0.1:$port ($dir)"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null
    fi
    ;;
*)
    echo "usage: pg-throwaway.sh start|stop DIR [--durable]" >&2
    exit 2
    ;;
esac
