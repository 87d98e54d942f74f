#!/usr/bin/env bash
# Checks that BINARY (default: the one scripts/build-release.sh builds) is hardened as
# the installed binary must be, the way checksec reads an ELF file, with readelf:
#   static      no program interpreter (PT_INTERP) and no shared library needed
#   PIE         ELF type DYN: the image is loaded at a random address (static-pie)
#   RELRO       a PT_GNU_RELRO segment, and BIND_NOW so that all of it is read-only
#               before main (full RELRO)
#   NX stack    PT_GNU_STACK without execute permission
#   no TEXTREL  no relocation writes into code
#   no RPATH    no RPATH or RUNPATH (glibc's static-pie start-up refuses one anyway)
#   canary      the stack protector's failure routine is linked in (__stack_chk_fail)
#   FORTIFY     the C libraries call glibc's checked functions (__memcpy_chk, ...)
# and then at run time: two runs load at different addresses, and RELRO is read-only.
# Prints one line a check and exits 1 when any fails. Usage: scripts/check-hardening.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build-static/release/kamervragen}
[ -f "$binary" ] || { echo "check-hardening.sh: no such file: $binary" >&2; exit 66; }

header=$(readelf -hW "$binary")
segments=$(readelf -lW "$binary")
dynamic=$(readelf -dW "$binary")
failed=0
check() {
    local name=$1 ok=$2 detail=$3
    if [ "$ok" = yes ]; then echo "check-hardening.sh: $name: yes ($detail)"; else echo "check-hardening.sh: $name: NO ($detail)" >&2; failed=1; fi
}
has() { grep -qE "$2" <<<"$1" && echo yes || echo no; }
hasnt() { grep -qE "$2" <<<"$1" && echo no || echo yes; }

check static "$( [ "$(hasnt "$segments" '^ *INTERP ')" = yes ] && [ "$(hasnt "$dynamic" '\(NEEDED\)')" = yes ] && echo yes || echo no)" \
    "no program interpreter, no shared libraries"
check PIE "$(has "$header" 'Type: +DYN ')" "$(sed -n 's/^ *Type: *//p' <<<"$header")"
check "full RELRO" "$( [ "$(has "$segments" '^ *GNU_RELRO ')" = yes ] && [ "$(has "$dynamic" '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW')" = yes ] && echo yes || echo no)" \
    "PT_GNU_RELRO and BIND_NOW"
check "NX stack" "$(has "$segments" '^ *GNU_STACK +(0x[0-9a-f]+ +){5}RW +')" "$(grep -E '^ *GNU_STACK' <<<"$segments" | awk '{print "GNU_STACK " $7}')"
check "no TEXTREL" "$(hasnt "$dynamic" '\(TEXTREL\)|\(FLAGS\).*TEXTREL')" "no relocation in code"
check "no RPATH" "$(hasnt "$dynamic" '\((RPATH|RUNPATH)\)')" "no RPATH or RUNPATH"
symbols=$(readelf -sW "$binary")
check canary "$(has "$symbols" ' __stack_chk_fail(@.*)?$')" "__stack_chk_fail linked in"
fortified=$(grep -cE ' __[a-z_]+_chk(@.*)?$' <<<"$symbols" || true)
check FORTIFY "$( [ "$fortified" -gt 0 ] && echo yes || echo no)" "$fortified fortified libc functions linked in (__memcpy_chk, ...)"

# And at run time, as the kernel and glibc's start-up actually load it: two runs, each
# stopped in main (opening a FIFO that no one writes yet), must sit at different addresses,
# and the page that starts the RELRO segment must be read-only by then.
path=$(readlink -f "$binary")
relro=$(awk '$1 == "GNU_RELRO" { print $3 }' <<<"$segments")
loaded() {
    local fifo pid nr maps
    fifo=$(mktemp -u "${TMPDIR:-/tmp}/check-hardening.XXXXXX")
    mkfifo "$fifo"
    "$binary" outline "$fifo" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 500); do
        read -r nr _ <"/proc/$pid/syscall" 2>/dev/null || true
        [ "${nr:-}" = 257 ] && grep -qF "$path" "/proc/$pid/maps" 2>/dev/null && break
        sleep 0.01
    done
    maps=$(grep -F "$path" "/proc/$pid/maps" || true)
    : >"$fifo"
    wait $pid || true
    rm -f "$fifo"
    printf '%s\n' "$maps"
}
first=$(loaded) second=$(loaded)
base() { sed -n '1s/-.*//p' <<<"$1"; }
check "randomised at run time" "$( [ -n "$(base "$first")" ] && [ "$(base "$first")" != "$(base "$second")" ] && echo yes || echo no)" \
    "loaded at 0x$(base "$first") and 0x$(base "$second")"
relro_perms=""
if [ -n "$(base "$first")" ] && [ -n "$relro" ]; then
    at=$(( 16#$(base "$first") + relro ))
    at=$(( at - at % 4096 ))
    while read -r range perms _; do
        low=$(( 16#${range%-*} )) high=$(( 16#${range#*-} ))
        if [ "$low" -le "$at" ] && [ "$at" -lt "$high" ]; then relro_perms=$perms; fi
    done <<<"$first"
fi
check "RELRO read-only at run time" "$( [ "${relro_perms:0:3}" = "r--" ] && echo yes || echo no)" "RELRO page mapped ${relro_perms:-not found}"
[ $failed -eq 0 ] || { echo "check-hardening.sh: $binary is not hardened as it must be" >&2; exit 1; }
