#!/usr/bin/env bash
# Counts what issue 8 asks to see about the product code (Sources/, not tests):
#   - files that touch pointers or C memory functions (Unsafe…, withUTF8, memchr, memcmp…),
#   - functions (and initialisers) longer than 80 lines,
#   - public API that hands out an unsafe pointer.
#   scripts/code-counts.sh [--list]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import os, re, sys
listing = '--list' in sys.argv
files = []
for d, _, names in os.walk('Sources'):
    files += [os.path.join(d, n) for n in names if n.endswith('.swift')]
files.sort()
POINTER = re.compile(r'\bUnsafe\w*|\bwithUTF8\b|\bwithUnsafe\w*|\bbaseAddress\b|\bmem(chr|cmp|cpy|move|set)\b|\bloadUnaligned\b|\bOpaquePointer\b')
touching = [f for f in files if POINTER.search(open(f, encoding='utf-8').read())]
print(f'product files touching pointers: {len(touching)} of {len(files)}')
if listing:
    for f in touching: print('  ' + f)
FUNC = re.compile(r'^(\s*)(?:@[\w()]+\s+)*(?:(?:public|package|private|fileprivate|internal|static|mutating|override|final|nonisolated|@inline\(__always\))\s+)*(func\s+[^\s(<]+|init[?!]?|subscript|deinit)\b')
long = []
for f in files:
    lines = open(f, encoding='utf-8').read().split('\n')
    for i, line in enumerate(lines):
        m = FUNC.match(line)
        if not m: continue
        depth, started, j = 0, False, i
        while j < len(lines):
            code = re.sub(r'"(?:\\.|[^"\\])*"', '""', lines[j]).split('//')[0]
            for ch in code:
                if ch == '{': depth += 1; started = True
                elif ch == '}': depth -= 1
            if started and depth <= 0: break
            if not started and j > i and code.strip() == '' : pass
            j += 1
        if started and j - i + 1 > 80:
            long.append((j - i + 1, f, i + 1, m.group(2)))
print(f'functions over 80 lines: {len(long)}')
for n, f, l, name in sorted(long, reverse=True):
    print(f'  {n:4} {f}:{l} {name}')
PUBLIC_PTR = re.compile(r'^\s*public\s+(?:static\s+)?func\s+\w+[^\n]*Unsafe\w*Pointer', re.M)
hits = []
for f in files:
    for m in PUBLIC_PTR.finditer(open(f, encoding='utf-8').read()):
        hits.append((f, m.group(0).strip()[:100]))
print(f'public functions handing out an unsafe pointer: {len(hits)}')
for f, h in hits: print(f'  {f}: {h}')
PY
