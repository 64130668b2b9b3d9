#!/usr/bin/env python3
"""Print tier x lang and tier x style tables (markdown) for a blind.yaml: python3 count_tables.py [blind.yaml]"""
import sys, yaml
items = yaml.safe_load(open(sys.argv[1] if len(sys.argv) > 1 else 'blind.yaml'))['items']
TIERS = ['emergency', 'crisis', 'urgent', 'soon', 'none']
def table(key):
    groups = sorted({i[key] for i in items})
    print(f'| {key} | ' + ' | '.join(TIERS) + ' | total |'); print('|' + '---|' * (len(TIERS) + 2))
    for g in groups:
        c = [sum(1 for i in items if i[key] == g and i['tier'] == t) for t in TIERS]
        print(f'| {g} | ' + ' | '.join(map(str, c)) + f' | {sum(c)} |')
    c = [sum(1 for i in items if i['tier'] == t) for t in TIERS]
    print('| total | ' + ' | '.join(map(str, c)) + f' | {sum(c)} |'); print()
print('### tier x lang\n'); table('lang'); print('### tier x style\n'); table('style')
