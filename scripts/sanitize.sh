#!/usr/bin/env bash
# Runs the whole test suite (KamervragenKit, BrowserCore and the end-to-end tests, which
# drive the binary in tmux) with everything built under the address and undefined-
# behaviour sanitizers, the binary the end-to-end tests run included. Fails when a test
# fails or when any process, the binary in a tmux pane included, wrote a sanitizer report.
#
# Usage: scripts/sanitize.sh [swift test arguments, e.g. --filter BrowserCoreTests]
#
# Address sanitizer: all Swift and C code the build compiles, and the C libraries' calls
# through its interceptors (memcpy, strlen, ...). Undefined-behaviour sanitizer: swiftc has
# no -sanitize=undefined on Linux (Swift code checks overflow, bounds and exclusivity
# itself, and the debug build keeps every check), so it instruments the C that is compiled
# into the program: the shims' inline functions (-Xcc -fsanitize=undefined).
#
# Its own scratch path (.build-sanitize), so the normal build is untouched. Not part of
# scripts/test.sh because it is slow (35 minutes from nothing on the shared 2-vCPU machine
# under load, most of it the build and the end-to-end tests under ASan); docs/reliability.md,
# "Sanitizers".
set -euo pipefail
cd "$(dirname "$0")/.."

# One block, read whole before it runs: editing this file during a run changes nothing.
{

scratch=.build-sanitize
reports="$PWD/$scratch/reports"
flags=(--scratch-path "$scratch" --sanitize address -Xcc -fsanitize=undefined)

swift build "${flags[@]}"
rm -rf "$reports"
mkdir -p "$reports"

# Reports go to files (one per process) rather than to standard error, where a binary in
# a tmux pane would paint them on a screen nobody reads. XCTest and swift-testing keep
# memory until exit, so leak checking is off (the fuzz targets check leaks per input).
# The binary's own crash handling is tested (a crash must restore the terminal and leave
# Swift's report), so SIGSEGV, SIGILL and SIGABRT stay with it; the sanitizers still stop
# at the first error they detect themselves.
#
# One test is left out: crashSignalRestoresTheTerminal, which crashes the binary on purpose
# and checks Swift's crash report. That reporter (libswiftCore, not instrumented) copies
# the crashed process's memory a page at a time, probing unmapped addresses and reading
# across redzones by design, and the address sanitizer stops it at its first page
# ("negative-size-param", "stack-buffer-underflow" in memserver_read). The test runs in
# scripts/test.sh against the normal debug build; the terminal-restoring handler it also
# checks runs there, and under the sanitizers in the SIGINT/SIGTERM/SIGHUP tests.
export ASAN_OPTIONS="detect_leaks=0:handle_segv=0:handle_sigill=0:handle_abort=0:log_path=$reports/sanitizer"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/sanitizer"
export KAMERVRAGEN_BIN="$PWD/$scratch/debug/kamervragen"
export SWIFT_BACKTRACE=interactive=no

status=0
swift test "${flags[@]}" --skip crashSignalRestoresTheTerminal "$@" || status=$?

if compgen -G "$reports/*" >/dev/null; then
    for report in "$reports"/*; do
        echo "== $report" >&2
        head -80 "$report" >&2
    done
    echo "sanitize.sh: sanitizer reports above ($reports)" >&2
    exit 1
fi
if [ $status -ne 0 ]; then
    echo "sanitize.sh: tests failed under the sanitizers (exit $status)" >&2
    exit $status
fi
echo "sanitize.sh: every test passed under the address and undefined-behaviour sanitizers, no reports"
exit 0
}
