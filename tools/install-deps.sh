#!/usr/bin/env bash
# Installs what MarketDesk needs to build, run and test on Debian 12 (idempotent; quick when all is there).
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qtkeychain-qt6-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins libgl-dev
    libpq-dev libssl-dev libcrypt-dev
    postgresql postgresql-client
    gnome-keyring dbus-x11 xvfb xauth
    fonts-nanum # Korean glyphs: the UI ships in Korean, and Debian's default fonts have none
    dpkg-dev file
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a cluster of its own; tests use private throwaway servers instead.
if command -v pg_lsclusters >/dev/null && [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; then
    "${sudo[@]}" service postgresql stop >/dev/null 2>&1 || true
fi
