#!/usr/bin/env python3
"""GUM news scored with two of GUM's conventions that differ from CoNLL's set aside: a diagnostic for the issue's
modern-news goal, never a development score (session 25).

GUM marks names inside a named event ("FIFA" in "FIFA World Cup", "Canada" in "Fan Expo Canada", "World" in "World
Cup") and national teams named by their country as organisations ("Sweden defeated South Korea"); CoNLL-2003 and the
team's sets (src/main/ner/dev/README.md) tag the first no name and the second a place. Don't-care regions: the tokens
of a GUM `event` entity whose head is a proper noun or that has a Wikipedia identity (at most 10 tokens), and the gold
organisations whose text is a country's name (GeoNames countryInfo, plus England, Scotland, Wales, Korea ...). Gold and
predicted spans overlapping a region are not counted; everything else is conlleval's exact span and type. The regions
come from GUM's own annotation, chosen without looking at the test half's errors.

  java -jar target/newsgraph.jar eval --config=src/main/ner/train-config.properties --set=gum-news-test --export=G.conll
  java -jar target/newsgraph.jar tag --format=conll --input=G.conll --output=P.tsv
  python3 tools/ner/gum_conventions.py test G.conll P.tsv [--shared=../shared] [--list]
"""

import argparse, glob, os, re, sys
ap = argparse.ArgumentParser()
ap.add_argument('half', choices=['dev', 'test'])
ap.add_argument('gold')
ap.add_argument('predicted')
ap.add_argument('--shared', default='../shared')
ap.add_argument('--list', action='store_true', help='print the names set aside')
a = ap.parse_args()
goldf, predf = a.gold, a.predicted
files = sorted(glob.glob(os.path.join(a.shared, 'corpora/gum/sources/GUM_news_*.conllu')))[0 if a.half == 'dev' else 1::2]
OTHER = {'event'}
countries = set()
for l in open(os.path.join(a.shared, 'gazetteers/geonames/countryInfo.txt'), encoding='utf-8'):
    if l.startswith('#'): continue
    c = l.split('\t')
    if len(c) > 4: countries.add(c[4])
countries |= {'England', 'Scotland', 'Wales', 'Northern Ireland', 'Korea', 'South Korea', 'Korea Republic', 'US', 'USA',
              'U.S.', 'United States', 'Russia', 'Iran', 'Britain', 'Great Britain'}
toks, mask = [], []
for f in files:
    sent = []
    def flush():
        n = len(sent); m = [False] * n
        heads = [int(r[6]) - 1 if r[6] != '_' else -1 for r in sent]
        opened = {}; ents = []
        for i, r in enumerate(sent):
            ent = None
            for kv in r[9].split('|'):
                if kv.startswith('Entity='): ent = kv[7:]
            if not ent: continue
            for mo in re.finditer(r'\(([^()]*)\)?|([^()]+)\)', ent):
                if mo.group(1) is not None:
                    parts = mo.group(1).split('-')
                    e = [i, None, parts[1] if len(parts) > 1 else '', len(parts) >= 8 and parts[7] != '']
                    if mo.group(0).endswith(')'): e[1] = i + 1; ents.append(e)
                    else: opened.setdefault(parts[0], []).append(e)
                else:
                    st = opened.get(mo.group(2).strip())
                    if st: e = st.pop(); e[1] = i + 1; ents.append(e)
        for s, e, typ, ident in ents:
            if typ not in OTHER or e is None: continue
            h = [k for k in range(s, e) if not (s <= heads[k] < e)]
            named = ident or any(sent[k][3] == 'PROPN' for k in h)
            if named and e - s <= 10:
                for k in range(s, e): m[k] = True
        toks.extend(r[1] for r in sent); mask.extend(m); sent.clear()
    for l in open(f, encoding='utf-8'):
        l = l.rstrip('\n')
        if not l:
            if sent: flush()
            continue
        if l.startswith('#'): continue
        c = l.split('\t')
        if len(c) < 10 or '-' in c[0] or '.' in c[0]: continue
        sent.append(c)
    if sent: flush()
def read(fn):
    t, g = [], []
    for l in open(fn, encoding='utf-8'):
        l = l.rstrip('\n')
        if not l or l.startswith('-DOCSTART-'): continue
        p = l.split('\t') if '\t' in l else l.split()
        t.append(p[0]); g.append(p[-1])
    return t, g
def spans(tags):
    out = set(); cur = None
    for i, t in enumerate(tags + ['O']):
        if cur and not t.startswith('I-'): out.add((cur[0], i, cur[1])); cur = None
        if t.startswith('B-') or (t.startswith('I-') and cur is None): cur = (i, t[2:])
    return out
gt, gg = read(goldf); pt, pg = read(predf)
assert gt == toks == pt, (len(gt), len(toks), len(pt))
G, P = spans(gg), spans(pg)
m = list(mask)
for s, e, t in G:
    if t == 'ORG' and ' '.join(toks[s:e]) in countries:
        for k in range(s, e): m[k] = True
care = lambda sp: not any(m[sp[0]:sp[1]])
G2 = {s for s in G if care(s)}; P2 = {s for s in P if care(s)}
def f1(G, P, typ=None):
    if typ: G = {s for s in G if s[2] == typ}; P = {s for s in P if s[2] == typ}
    c = len(G & P); p = c / len(P) if P else 0; r = c / len(G) if G else 0
    return 2 * p * r / (p + r) if p + r else 0
print('raw     F1 %.4f (gold %d)  neutral F1 %.4f (gold %d, %d set aside)  PER %.3f ORG %.3f LOC %.3f' % (
    f1(G, P), len(G), f1(G2, P2), len(G2), len(G) - len(G2), f1(G2, P2, 'PER'), f1(G2, P2, 'ORG'), f1(G2, P2, 'LOC')))
if a.list:
    from collections import Counter
    c = Counter(' '.join(toks[s:e]) + '/' + t for s, e, t in G - G2)
    print(c.most_common())
