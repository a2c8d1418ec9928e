#!/usr/bin/env bash
# The README's first command: installs dependencies, builds (preset "release") and starts MarketDesk on the
# embedded SQLite database. On first start an empty database is filled with the bundled demo feed.
# Extra arguments go to the application (e.g. --db postgresql://user@host:5432/marketdesk).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target marketdesk marketdesk-cli
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting MarketDesk inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/app/gui/marketdesk "$@"
fi
exec build/release/app/gui/marketdesk "$@"
