#!/usr/bin/env bash
# Installs what the tests need when it is missing, builds, and runs every test.
# This is the README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -e /usr/include/ncursesw/ncurses.h ] || missing+=(libncurses-dev)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test.sh: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

swift build
swift build --product kamervragen-bench
export KAMERVRAGEN_BIN="$PWD/.build/debug/kamervragen"
export SWIFT_BACKTRACE=interactive=no
swift test
