#!/usr/bin/env bash
# The README's test command: installs dependencies, builds (preset "dev"), and runs every test with ctest.
# ctest starts its own throwaway PostgreSQL (fixture postgres_start) and keychain sessions where needed;
# the whole run happens inside a virtual X display so GUI tests can take real screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --preset dev "$@"
