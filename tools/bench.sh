#!/usr/bin/env bash
# Runs a benchmark on a Release build with a private, durable PostgreSQL (fsync on) whose URL is in
# MARKETDESK_BENCH_PG:
#   tools/bench.sh gnbcrawl [--models N]
#   tools/bench.sh feedparser | productsmodel …   (any tests/bench/bench_<name>)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/bench.sh <name> [options]}
shift
tools/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target "bench_$name"
pgdir=$(mktemp -d /tmp/md-benchpg.XXXXXX)
chmod 755 "$pgdir"
trap 'tools/pg-throwaway.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
tools/pg-throwaway.sh start "$pgdir" --durable >/dev/null
MARKETDESK_BENCH_PG="$(cat "$pgdir/url")" "build/release/tests/bench/bench_$name" "$@"
