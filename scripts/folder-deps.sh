#!/usr/bin/env bash
# Counts the references between the folders of each source module, and the cycles among
# them: a folder "references" another when one of its files names a type, a free function
# or an extension member declared there. Comments and string literals are left out.
#
#   scripts/folder-deps.sh [MODULE…]     (default: every module under Sources/)
#
# Prints, per module, each folder-to-folder edge with how many references make it, then
# the cycles (strongly connected groups of more than one folder). Exits 1 when a module
# has a cycle, so it can guard the layering.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import os, re, sys

def strip(src):
    """The source without comments and string literals (interpolations dropped too)."""
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith('//', i):
            j = src.find('\n', i)
            i = n if j < 0 else j
        elif src.startswith('/*', i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith('/*', i): depth += 1; i += 2
                elif src.startswith('*/', i): depth -= 1; i += 2
                else: i += 1
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3)
            i = n if j < 0 else j + 3
            out.append('""')
        elif src[i] == '"':
            j = i + 1
            while j < n and src[j] != '"' and src[j] != '\n':
                j += 2 if src[j] == '\\' else 1
            i = j + 1
            out.append('""')
        else:
            out.append(src[i]); i += 1
    return ''.join(out)

DECL = re.compile(r'^(?:\s*)(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|final|indirect|static|mutating|nonisolated)\s+)*'
                  r'(class|struct|enum|protocol|typealias|actor|func|extension)\s+([A-Za-z_][A-Za-z0-9_]*)', re.M)
MEMBER = re.compile(r'^\s+(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|static|mutating|nonisolated)\s+)*(?:func|var|let)\s+([A-Za-z_][A-Za-z0-9_]*)', re.M)

def module_report(module):
    root = os.path.join('Sources', module)
    files = {}
    for d, _, names in os.walk(root):
        for name in names:
            if name.endswith('.swift'):
                path = os.path.join(d, name)
                rel = os.path.relpath(path, root)
                folder = rel.split(os.sep)[0] if os.sep in rel else '.'
                files[path] = (folder, strip(open(path, encoding='utf-8').read()))
    declared = {}      # name -> folder (types and free functions)
    members = {}       # extension member name -> folder (extensions of types from elsewhere)
    for path, (folder, src) in files.items():
        for m in DECL.finditer(src):
            kind, name = m.group(1), m.group(2)
            indent = len(m.group(0)) - len(m.group(0).lstrip('\n'))
            indent = len(m.group(0).lstrip('\n')) - len(m.group(0).lstrip())
            # Top-level declarations only: nested types are named through their outer type.
            if kind == 'extension' or indent > 0:
                continue
            # A private declaration is named in its own file only (a local variable elsewhere
            # that happens to share its name is no reference).
            if re.search(r'\b(private|fileprivate)\s', m.group(0)):
                continue
            declared.setdefault(name, folder)
    for path, (folder, src) in files.items():
        # Members of extensions on types this module does not declare (String, Array…).
        for m in re.finditer(r'^extension\s+([A-Za-z_][A-Za-z0-9_.]*)[^{]*\{', src, re.M):
            if m.group(1).split('.')[0] in declared:
                continue
            depth, j = 1, m.end()
            while j < len(src) and depth:
                depth += {'{': 1, '}': -1}.get(src[j], 0); j += 1
            # Only the extension's own members: blank out what nested braces hold.
            body, depth, kept = src[m.end():j - 1], 0, []
            for ch in body:
                if ch == '{': depth += 1
                kept.append(ch if depth == 0 or ch == '\n' else ' ')
                if ch == '}': depth -= 1
            for mm in MEMBER.finditer(''.join(kept)):
                members.setdefault(mm.group(1), folder)
    edges = {}
    for path, (folder, src) in files.items():
        # A bare name (not `x.name`, which is a member of something else).
        for word in set(re.findall(r'(?<![.\w])(?<!func )([A-Za-z_][A-Za-z0-9_]*)', src)):
            target = declared.get(word)
            if target and target != folder:
                edges.setdefault((folder, target), set()).add((path, word))
        for word in set(re.findall(r'\.([A-Za-z_][A-Za-z0-9_]*)', src)):
            target = members.get(word)
            if target and target != folder and word not in declared:
                edges.setdefault((folder, target), set()).add((path, '.' + word))
    folders = sorted({f for f, _ in files.values()})
    graph = {f: sorted({b for (a, b) in edges if a == f}) for f in folders}
    # Tarjan's strongly connected components.
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1
        stack.append(v); on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: sccs.append(sorted(comp))
    for f in folders:
        if f not in index: visit(f)
    total = sum(len(v) for v in edges.values())
    print(f'{module}: {len(folders)} folders, {len(edges)} folder edges, {total} cross-folder references, {len(sccs)} cycles')
    for (a, b) in sorted(edges):
        names = sorted({w for _, w in edges[(a, b)]})
        shown = ', '.join(names[:8]) + (' …' if len(names) > 8 else '')
        print(f'  {a} -> {b}: {len(edges[(a, b)])} ({shown})')
    for comp in sccs:
        print('  CYCLE: ' + ' <-> '.join(comp))
    return len(sccs)

modules = sys.argv[1:] or sorted(d for d in os.listdir('Sources') if os.path.isdir(os.path.join('Sources', d)))
cycles = sum(module_report(m) for m in modules)
sys.exit(1 if cycles else 0)
PY
