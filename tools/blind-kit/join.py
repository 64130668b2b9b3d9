#!/usr/bin/env python3
"""Join two writers' blind.yaml files into the repo's format: python3 join.py SET ROUND OUT A/blind.yaml B/blind.yaml.
Drops rows of B that fold (accents, case, punctuation and invisible characters dropped) to one of A's, maps the
writers' style and language names to the repo's (voice_transcript -> voice, spanglish -> mix), writes every character
outside ASCII as an escape, checks the round trip and prints only counts and hashes, never a message."""
import hashlib, sys, yaml
from assemble import esc, fold

rows, seen, dropped = [], set(), 0
name, rnd, out_path, *files = sys.argv[1:]
for f in files:
    for it in yaml.safe_load(open(f))['items']:
        k = fold(it['text'])
        if k in seen: dropped += 1; continue
        seen.add(k); rows.append(it)
out = [f'# Blind red-flag triage evaluation set {name} (held out since round {rnd}; written by two writers who never saw rules, corpus or code). See HOW-MADE.md.', 'items:']
for it in rows:
    lang = {'spanglish': 'mix'}.get(it['lang'], it['lang'])
    style = {'voice_transcript': 'voice'}.get(it['style'], it['style'])
    out.append('  - {text: "%s", lang: %s, tier: %s, sign: "%s", style: "%s"}' % (esc(it['text']), lang, it['tier'], it['sign'], style))
text = '\n'.join(out) + '\n'
back = yaml.safe_load(text)['items']
assert [b['text'] for b in back] == [r['text'] for r in rows], 'round trip'
open(out_path, 'w').write(text)
h = hashlib.sha256(b''.join(open(f, 'rb').read() for f in files)).hexdigest()[:16]
print(len(rows), 'rows;', dropped, 'dropped; writers hash', h, '; converted', hashlib.sha256(text.encode()).hexdigest()[:16])
