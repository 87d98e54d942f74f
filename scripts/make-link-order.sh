#!/usr/bin/env bash
# Regenerates scripts/link-order.txt, the order in which scripts/build-release.sh has lld
# lay out code and data (--symbol-ordering-file): every function and data symbol the first
# screen of the sample touches, in the order it first touches them, so that they sit on
# as few pages as possible. A page of the binary costs a page fault the first time it is
# touched (code and read-only data 16 pages at a time, by the kernel's fault-around), and
# lld's own order spreads the start-up path over several times more pages than it fills
# (docs/benchmarks.md, "The hardened binary").
#
# How: the release binary shows the sample on a pseudo-terminal under valgrind's lackey,
# which logs every instruction and data address; a `q` typed in advance quits it once the
# first screen is drawn. Addresses are mapped to symbols with nm. What glibc's start-up
# writes while it relocates the image is left out: it touches every page of pointers
# whatever the order, and would put all of them first.
#
# Run it after changes on the start path (scripts/check-link-order.sh, which
# scripts/test.sh runs, says when the file no longer covers what the first screen runs),
# then rebuild with scripts/build-release.sh. Needs valgrind, script (util-linux), python3.
# Usage: scripts/make-link-order.sh [BINARY]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build-static/release/kamervragen}
sample=seeds/000_f87e6a70ce0f162b.txt
[ -x "$binary" ] || { echo "make-link-order.sh: no such program: $binary" >&2; exit 66; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf q | TERM=xterm-256color LANG=C.UTF-8 script -qfec \
    "valgrind --tool=lackey --trace-mem=yes --log-file=$log $binary $sample" /dev/null >/dev/null
python3 - "$binary" "$log" >scripts/link-order.txt <<'PY'
import bisect, subprocess, sys
binary, log = sys.argv[1:3]
def run(*command):
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
# Thread-local symbols' values are offsets in the thread's block, not addresses in the image.
thread_local = {line.split()[-1] for line in run("readelf", "-sW", binary) if " TLS " in line}
symbols = []
for line in run("nm", "-n", "--defined-only", binary):
    parts = line.split(maxsplit=2)
    if len(parts) == 3 and parts[1] in "tTdDbBrRvVwWiI" and parts[2] not in thread_local:
        symbols.append((int(parts[0], 16), parts[2]))
symbols.sort()
addresses = [a for a, _ in symbols]
named = {n: a for a, n in symbols}
start, relocate = named["_start"], named["_dl_relocate_static_pie"]
relocate_end = addresses[bisect.bisect_right(addresses, relocate)]
# The image ends where its last loaded segment (with its zero-filled part) ends.
end = max(int(p[2], 16) + int(p[5], 16) for p in (line.split() for line in run("readelf", "-lW", binary)) if p and p[0] == "LOAD")
base, relocating, seen, order = None, False, set(), []
with open(log) as f:
    for line in f:
        kind = line[:2].strip()
        if kind not in ("I", "L", "S", "M"):
            continue
        address = int(line[3:].split(",")[0], 16)
        if base is None:
            if kind != "I":
                continue
            base = address - start  # the first instruction is the entry point
        offset = address - base
        if kind == "I":
            relocating = relocate <= offset < relocate_end
        elif relocating:
            continue
        if not 0 <= offset < end:
            continue
        i = bisect.bisect_right(addresses, offset) - 1
        if i >= 0 and i not in seen:
            seen.add(i)
            order.append(symbols[i][1])
if len(order) < 100:
    sys.exit(f"make-link-order.sh: only {len(order)} symbols touched: did the first screen appear?")
print("\n".join(order))
PY
echo "make-link-order.sh: $(wc -l <scripts/link-order.txt) symbols in scripts/link-order.txt"
