#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME keyring (Secret Service),
# with a fresh HOME and XDG_RUNTIME_DIR, so QtKeychain works on a headless machine and touches no real keyring.
set -euo pipefail
if [ -z "${MD_IN_KEYRING_SESSION:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool is missing (apt-get install dbus gnome-keyring)" >&2; exit 1; }
    done
    export MD_IN_KEYRING_SESSION=1
    tmp=$(mktemp -d)
    export HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run
    mkdir -p "$HOME/.local/share/keyrings" "$XDG_RUNTIME_DIR"
    chmod 700 "$HOME" "$XDG_RUNTIME_DIR"
    trap 'rm -rf "$tmp"' EXIT
    dbus-run-session -- bash "$0" "$@"
    exit $?
fi
eval "$(echo -n marketdesk-test | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
