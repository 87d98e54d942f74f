#!/bin/sh
# Builds the kamervragen binary to install: optimised, linked fully statically (the Swift
# runtime, Foundation, glibc, ncurses, zlib, libxml2 and SQLite all inside one executable),
# and hardened as a program that reads untrusted documents should be (issue 9).
#
# Why fully static: the first screen is what a reader waits for, and most of it used to be
# process start-up, not our code. With only the Swift runtime linked in
# (--static-swift-stdlib), glibc's dynamic loader still resolves thousands of symbols and
# applies ~40,000 relocations before `main`; a fully static binary resolves no symbols at
# all (docs/benchmarks.md, "first-screen").
#
# Hardening (checked by scripts/check-hardening.sh, which scripts/test.sh runs on it):
# - static-pie: the program's own code and data are randomised too, not only the stack,
#   heap and mappings (full ASLR). glibc's static start-up relocates the image itself;
#   the relocations are packed (DT_RELR, glibc 2.36+) so that reading them costs a few
#   pages instead of a megabyte of tables. glibc's static-pie start-up refuses a RUNPATH,
#   which SwiftPM adds unless told not to; GNU gold cannot link static-pie, so lld does.
# - full RELRO (-z relro -z now): everything the relocations wrote, the GOT included, is
#   made read-only before `main`.
# - non-executable stack (-z noexecstack), no text relocations (-z text).
# - stack protector: on by default in Swift 6 code; Debian builds glibc, ncurses, zlib,
#   libxml2 and SQLite with -fstack-protector-strong and _FORTIFY_SOURCE=2.
# Start-up of the hardened binary (its first screen is measured against `less`):
# - lld lays out code and data in the order the first screen touches them
#   (scripts/link-order.txt, committed; scripts/make-link-order.sh regenerates it and
#   scripts/check-link-order.sh, run by scripts/test.sh, says when it is stale), and
#   our functions are compiled each into its own section (-function-sections) so that
#   the order can move them one by one: the start-up path sits on fewer pages, and each
#   page first touched is a page fault.
# - concrete generic types are reached through their metadata accessors, not looked up
#   by mangled name at run time (-disable-concrete-type-metadata-mangled-name-accessors):
#   the runtime's lookup demangles the name and checks each generic requirement by
#   scanning all its conformance records, and the first screen made dozens of them.
# Figures: docs/benchmarks.md, "The hardened binary".
# KAMERVRAGEN_PIE=0 builds the earlier position-dependent binary instead, for measuring
# what the hardening costs (docs/benchmarks.md); it is not a build to install.
#
# Usage: scripts/build-release.sh [PRODUCT]   -> prints the path of the binary it built
# PRODUCT is kamervragen unless named: scripts/test.sh builds kamervragen-storm here too,
# with the same flags, so the two share every module compiled for the first.
set -eu
cd "$(dirname "$0")/.."
product=${1:-kamervragen}

# ncurses' static library needs its terminfo half (libtinfo) named explicitly, and so do
# libxml2's (Debian builds it with ICU for encodings and with liblzma; ICU is C++).
set -- -c release --product "$product" --scratch-path .build-static \
    -Xswiftc -static-executable -Xlinker -ltinfo \
    -Xlinker -licuuc -Xlinker -licudata -Xlinker -llzma -Xlinker -lstdc++ -Xlinker -lm
if [ "${KAMERVRAGEN_PIE:-1}" = 1 ]; then
    set -- "$@" --disable-local-rpath -Xswiftc -Xclang-linker -Xswiftc -static-pie -Xswiftc -use-ld=lld \
        -Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now -Xlinker -z -Xlinker noexecstack \
        -Xlinker -z -Xlinker text -Xlinker -z -Xlinker pack-relative-relocs \
        -Xswiftc -Xfrontend -Xswiftc -function-sections \
        -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
        -Xlinker --symbol-ordering-file="$PWD/scripts/link-order.txt" -Xlinker --no-warn-symbol-ordering
fi

# SwiftPM does not know that the order file is an input of the link: when it has changed
# since the binary was linked, the binary goes, so that this build links it again.
if [ "${KAMERVRAGEN_PIE:-1}" = 1 ] && [ scripts/link-order.txt -nt ".build-static/release/$product" ]; then
    rm -f ".build-static/release/$product"
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
echo ".build-static/release/$product"
