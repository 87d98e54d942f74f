#!/usr/bin/env bash
# Checks that scripts/link-order.txt is not stale: of the functions BINARY (default: the
# release build) runs to show the sample's first screen, at least 90 % must be listed in
# it. A function the file does not name is laid out wherever lld puts it, far from the
# rest of the start-up path, and costs its own page faults; when code on that path has
# been renamed or added, this fails and scripts/make-link-order.sh regenerates the file.
# The functions run are counted by valgrind's callgrind on a pseudo-terminal, as
# scripts/make-link-order.sh does (a `q` typed in advance quits after the first screen).
# Usage: scripts/check-link-order.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build-static/release/kamervragen}
sample=seeds/000_f87e6a70ce0f162b.txt
[ -x "$binary" ] || { echo "check-link-order.sh: no such program: $binary" >&2; exit 66; }
profile=$(mktemp)
trap 'rm -f "$profile"' EXIT
printf q | TERM=xterm-256color LANG=C.UTF-8 script -qfec \
    "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$profile $binary $sample" /dev/null >/dev/null
python3 - "$binary" "$profile" scripts/link-order.txt <<'PY'
import re, subprocess, sys
binary, profile, order = sys.argv[1:4]
functions = set()
for line in subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split(maxsplit=2)
    if len(parts) == 3 and parts[1] in "tTwW":
        functions.add(parts[2])
run = set()
with open(profile) as f:
    for line in f:
        m = re.match(r"c?fn=\(\d+\) (\S+)", line)
        if m and m.group(1) in functions:
            run.add(m.group(1))
listed = set(open(order).read().split("\n"))
missing = sorted(run - listed)
share = 1 - len(missing) / max(len(run), 1)
print(f"check-link-order.sh: {len(run) - len(missing)} of the {len(run)} functions the first screen runs are in {order} ({share:.0%})")
if len(run) < 100 or share < 0.9:
    for name in missing[:20]:
        print(f"check-link-order.sh: not listed: {name}", file=sys.stderr)
    sys.exit(f"check-link-order.sh: {order} is stale; regenerate it with scripts/make-link-order.sh")
PY
