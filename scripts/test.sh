#!/usr/bin/env bash
# Installs what the tests need when it is missing, builds, and runs every test.
# This is the README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -e /usr/include/ncursesw/ncurses.h ] || missing+=(libncurses-dev)
# The Word reader: zlib and libxml2 (found through pkg-config), and for the static
# release build the libraries Debian's libxml2.a was built against (ICU, liblzma).
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -e /usr/include/libxml2/libxml/parser.h ] || missing+=(libxml2-dev)
[ -e /usr/include/unicode/ucnv.h ] || missing+=(libicu-dev)
[ -e /usr/include/lzma.h ] || missing+=(liblzma-dev)
# The library's index: SQLite with FTS5 (its static library links the release build).
[ -e /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
# The release build's link order is checked against what its first screen runs.
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
command -v script >/dev/null 2>&1 || missing+=(bsdutils)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test.sh: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The sample inside the binary must be the one in seeds/.
scripts/embed-sample.sh --check

swift build
swift build --product kamervragen-bench
export KAMERVRAGEN_BIN="$PWD/.build/debug/kamervragen"
export SWIFT_BACKTRACE=interactive=no
# The storms of the real binary (20,000 keys on each of three documents) run once, below,
# against the release binary: the debug build takes minutes longer over the same keys.
swift test --skip TmuxStormTests

# The binary to install (scripts/build-release.sh, fully static): it must build here and
# behave as the debug build does. Its export of the sample must be byte for byte the same,
# and every end-to-end test runs again against it but one: the crash test also checks
# Swift's own crash report, whose helper program is found next to the toolchain's shared
# runtime, which a static binary does not use (it ran above against the debug build; the
# terminal is restored by our handler either way).
release="$PWD/$(scripts/build-release.sh)"
# Shipped hardened: static-pie, full RELRO, no executable stack (docs/reliability.md).
scripts/check-hardening.sh "$release"
# Its code and data laid out in the order the first screen touches them (the file is
# committed: regenerate it with scripts/make-link-order.sh when this says it is stale).
scripts/check-link-order.sh "$release"
seed=seeds/000_f87e6a70ce0f162b.txt
"$release" --version
cmp <("$release" export "$seed") <(.build/debug/kamervragen export "$seed")
KAMERVRAGEN_BIN="$release" swift test --filter EndToEndTests --skip crashSignalRestoresTheTerminal

# Every libFuzzer target briefly (scripts/fuzz.sh: address sanitizer, its own build): the
# seeds made from the fixtures and the input of every past finding first, then 15 s of
# new inputs each (five targets: about 75 s and the build). A crash, hang, broken check or
# runaway memory fails the suite. The whole suite under the address and undefined-
# behaviour sanitizers (scripts/sanitize.sh) is not run here: it takes too long for CI
# (docs/reliability.md, "Sanitizers").
scripts/fuzz.sh all 15

# Storms of the pure core (issue 9, docs/reliability.md): a million steps of random keys
# and resizes on random documents, every rule of Browser.invariantViolations checked after
# every step, each case in a child process so that a trap is caught and shrunk too. Built
# optimised, beside the binary above: a debug build takes more than ten times as long
# (`swift test` runs a short storm of its own in the debug build).
storm="$PWD/$(scripts/build-release.sh kamervragen-storm)"
"$storm" --steps 1000000
