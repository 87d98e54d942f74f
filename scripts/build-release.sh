#!/bin/sh
# Builds the kamervragen binary to install: optimised, and linked fully statically (the
# Swift runtime, Foundation, glibc and ncurses all inside one executable).
#
# Why fully static: the first screen is what a reader waits for, and most of it used to be
# process start-up, not our code. With only the Swift runtime linked in
# (--static-swift-stdlib), glibc's dynamic loader still resolves thousands of symbols and
# applies ~40,000 relocations before `main`; a fully static, position-dependent binary
# does neither. Measured (docs/benchmarks.md, "first-screen"): about 2.9 ms -> 1.9 ms to the
# first screen of the sample, and 2.1 -> 0.9 ms for a run that only starts and exits.
#
# The trade-off: the program's own code and data sit at fixed addresses (stack, heap and
# mapped memory are still randomised), as in Go's default Linux builds. KAMERVRAGEN_PIE=1
# builds a static-pie instead, randomised in full, which costs ~0.3 ms at every start.
#
# Usage: scripts/build-release.sh      -> prints the path of the binary it built
set -eu
cd "$(dirname "$0")/.."

# ncurses' static library needs its terminfo half (libtinfo) named explicitly, and so do
# libxml2's (Debian builds it with ICU for encodings and with liblzma; ICU is C++).
set -- -c release --product kamervragen --scratch-path .build-static \
    -Xswiftc -static-executable -Xlinker -ltinfo \
    -Xlinker -licuuc -Xlinker -licudata -Xlinker -llzma -Xlinker -lstdc++ -Xlinker -lm
if [ "${KAMERVRAGEN_PIE:-0}" = 1 ]; then
    # glibc's static-pie start-up refuses a RUNPATH, which SwiftPM adds unless told not to;
    # GNU gold cannot link static-pie, so lld does.
    set -- "$@" --disable-local-rpath -Xswiftc -Xclang-linker -Xswiftc -static-pie -Xswiftc -use-ld=lld
fi

# The linker warns about functions inside the toolchain's own static libraries (getpwnam
# and dlopen need glibc's shared libraries at run time, mktemp is "dangerous"); they come
# with Foundation and the Swift runtime and kamervragen never calls them. libxml2's and
# ICU's archives draw the same warnings (gethostbyname and getaddrinfo in libxml2's HTTP
# and FTP loaders, dlopen in ICU's data loader): never reached either, because the Word
# reader hands libxml2 bytes in memory with XML_PARSE_NONET and no DTD is ever loaded
# (docs/word.md). SQLite's static library warns about dlopen, which only its extension
# loading uses, and kamervragen never enables that. Those warnings are filtered out; any
# other warning is shown, and on failure the whole log.
log=$(mktemp)
if ! swift build "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 1
fi
grep -e "warning:" "$log" | grep -v -e "swift_static/linux/lib[A-Za-z_]*\.a(.*: warning: " \
    -e "/libxml2\.a(nano\(http\|ftp\)\.o):.*: warning: Using '\(gethostbyname\|getaddrinfo\)'" \
    -e "/libicuuc\.a(putil\.ao):.*: warning: Using 'dlopen'" \
    -e "libsqlite3\.a(.*: warning: Using 'dlopen'" >&2 || true
rm -f "$log"
echo ".build-static/release/kamervragen"
