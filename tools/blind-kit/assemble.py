#!/usr/bin/env python3
"""Check the 15 part files and write blind.yaml (shuffled with the seed in SEED). Run from your writer folder:
python3 assemble.py   -> prints OK and the counts, or every problem found (and writes nothing)."""
import json, os, random, re, sys, unicodedata

TIERS = ['emergency', 'crisis', 'urgent', 'soon', 'none']
LANGS = ['en', 'es', 'spanglish']
COUNTS = {
    'en': {'emergency': 102, 'crisis': 46, 'urgent': 40, 'soon': 23, 'none': 89},
    'es': {'emergency': 68, 'crisis': 31, 'urgent': 26, 'soon': 15, 'none': 60},
    'spanglish': {'emergency': 34, 'crisis': 15, 'urgent': 13, 'soon': 8, 'none': 30},
}
STYLES = ['plain', 'voice_transcript', 'misspelled', 'slang', 'shorthand', 'third_person', 'far_apart', 'buried',
          'question', 'hypothetical', 'negated', 'over', 'joke', 'bien_intensifier', 'spanglish', 'invisible_chars',
          'lookalike_chars', 'other']
INVISIBLE = '\u200b\u200c\u200d\u2060\u00ad\ufeff'
ROW = re.compile(r'^- \[([a-z0-9_]+), ([a-z_]+), (".*")\]\s*$')

def lookalike(ch):
    name = unicodedata.name(ch, '')
    return name.startswith('CYRILLIC') or name.startswith('GREEK') or name.startswith('FULLWIDTH')

def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif 32 <= o < 127: out.append(ch)
        elif o <= 0xffff: out.append('\\u%04X' % o)
        else: out.append('\\U%08X' % o)
    return ''.join(out)

def fold(text):
    t = ''.join(ch for ch in text if ch not in INVISIBLE)
    t = unicodedata.normalize('NFKD', t)
    t = ''.join(ch for ch in t if not unicodedata.combining(ch)).lower()
    return ' '.join(re.sub(r'[^\w]+', ' ', t).split())

def main():
    problems, rows = [], []
    for tier in TIERS:
        for lang in LANGS:
            path = os.path.join('parts', f'{tier}_{lang}.yaml')
            if not os.path.exists(path):
                problems.append(f'{path}: missing'); continue
            n = 0
            for i, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
                if not line.strip() or line.lstrip().startswith('#'): continue
                where = f'{path}:{i}'
                m = ROW.match(line)
                if not m:
                    problems.append(f'{where}: not a row of the form - [sign, style, "text"]'); continue
                sign, style, raw = m.groups()
                try:
                    text = json.loads(raw)
                except Exception as e:
                    problems.append(f'{where}: text is not a valid double-quoted string ({e})'); continue
                n += 1
                if style not in STYLES: problems.append(f'{where}: unknown style {style}')
                if not text.strip(): problems.append(f'{where}: empty text')
                if style == 'voice_transcript' and re.search(r'[.,;:!?¿¡]', text):
                    problems.append(f'{where}: voice_transcript rows carry no punctuation')
                if style == 'bien_intensifier':
                    if lang == 'en': problems.append(f'{where}: bien_intensifier rows are Spanish or Spanglish')
                    if not re.search(r'\bbien\b', fold(text)): problems.append(f'{where}: bien_intensifier row without the word bien')
                if style == 'spanglish' and lang != 'spanglish': problems.append(f'{where}: the spanglish style is only for Spanglish files')
                inv = [k for k, ch in enumerate(text) if ch in INVISIBLE]
                if style == 'invisible_chars':
                    if not inv: problems.append(f'{where}: invisible_chars row without an invisible character')
                    for k in inv:
                        if not (k > 0 and k + 1 < len(text) and text[k - 1].isalpha() and text[k + 1].isalpha()):
                            problems.append(f'{where}: invisible character not between two letters')
                elif inv: problems.append(f'{where}: invisible character outside an invisible_chars row')
                looks = [ch for ch in text if lookalike(ch)]
                if style == 'lookalike_chars':
                    if not looks: problems.append(f'{where}: lookalike_chars row without a Cyrillic, Greek or fullwidth letter')
                elif looks: problems.append(f'{where}: Cyrillic, Greek or fullwidth letter outside a lookalike_chars row')
                rows.append({'text': text, 'lang': lang, 'tier': tier, 'sign': sign, 'style': style, 'where': where})
            want = COUNTS[lang][tier]
            if n != want: problems.append(f'{path}: {n} rows, wants {want}')
    seen = {}
    for r in rows:
        f = fold(r['text'])
        if f in seen: problems.append(f"{r['where']}: duplicate of {seen[f]} once folded")
        else: seen[f] = r['where']
    if problems:
        print('\n'.join(problems)); print(f'{len(problems)} problems; blind.yaml not written'); sys.exit(1)
    seed = int(open('SEED').read().strip())
    random.Random(seed).shuffle(rows)
    out = ['items:']
    for r in rows:
        out.append('  - {text: "%s", lang: %s, tier: %s, sign: %s, style: %s}' % (esc(r['text']), r['lang'], r['tier'], r['sign'], r['style']))
    open('blind.yaml', 'w').write('\n'.join(out) + '\n')
    import yaml
    back = yaml.safe_load(open('blind.yaml'))['items']
    assert [b['text'] for b in back] == [r['text'] for r in rows], 'round trip failed'
    print(f'OK: {len(rows)} rows written to blind.yaml (round trip exact)')

if __name__ == '__main__':
    main()
