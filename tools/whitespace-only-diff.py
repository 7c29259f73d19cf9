#!/usr/bin/env python3
"""Checks that a change to Java files alters only whitespace and the order of import lines.

For every changed .java file it compares, between the two revisions: the multiset of import lines; the text with
import lines removed and every whitespace character dropped; and the sequence of string and character literals and
text blocks taken from the raw text (so whitespace inside a literal cannot change unnoticed)."""
import re, subprocess, sys
if len(sys.argv) != 3:
    sys.exit("usage: tools/whitespace-only-diff.py BASE HEAD  (two git revisions)")
base, head = sys.argv[1], sys.argv[2]
files = subprocess.run(['git', 'diff', '--name-only', base, head, '--', '*.java'], capture_output=True, text=True).stdout.split()
lit = re.compile(r'"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
def show(rev, f):
    return subprocess.run(['git', 'show', f'{rev}:{f}'], capture_output=True, text=True).stdout
def parts(text):
    imports = sorted(' '.join(l.split()) for l in text.split('\n') if l.strip().startswith('import '))
    rest = '\n'.join(l for l in text.split('\n') if not l.strip().startswith('import '))
    # comments can hold quotes; literals are taken from code and comments alike, identically on both sides
    return imports, re.sub(r'\s+', '', rest), lit.findall(rest)
bad = 0
for f in files:
    a, b = parts(show(base, f)), parts(show(head, f))
    for name, x, y in zip(('imports', 'tokens', 'literals'), a, b):
        if x != y:
            bad += 1
            print(f'{f}: {name} differ')
print(f'{len(files)} files compared, {bad} differences')
sys.exit(1 if bad else 0)
