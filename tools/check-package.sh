#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a build tree with cpack and checks that both hold the GUI and the CLI.
#   tools/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/*.deb)
tgz=$(ls "$out"/*.tar.gz)
debFiles=$(dpkg-deb -c "$deb")
tgzFiles=$(tar -tzf "$tgz")
status=0
for bin in marketdesk marketdesk-cli; do
    grep -q "/usr/bin/$bin\$" <<<"$debFiles" || { echo "missing /usr/bin/$bin in $deb" >&2; status=1; }
    grep -q "/bin/$bin\$" <<<"$tgzFiles" || { echo "missing bin/$bin in $tgz" >&2; status=1; }
done
grep -q "applications/io.marketdesk.MarketDesk.desktop" <<<"$debFiles" || { echo "no .desktop file" >&2; status=1; }
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite" || { echo "Depends lacks the SQLite driver" >&2; status=1; }
[ $status = 0 ] && echo "packages ok: $(basename "$deb") $(basename "$tgz")"
exit $status
