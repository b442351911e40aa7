#!/usr/bin/env python3
"""Builds the name finder's gazetteer (src/main/ner/gazetteer.tsv.gz): `name<TAB>label` lines.

Labels are features, not answers: the model learns from the training corpora how much each one
means. Sources (all under ../shared, never shipped themselves):
  LOC      GeoNames cities > 15,000 people (name, ASCII name), countries, first-level regions (CC BY 4.0)
  PER      Wikidata heads of state/government, foreign ministers, international office holders (CC0)
  ACT_*    the project's actor dictionary (src/main/resources/org/newsgraph/actors/actors.jsonl) by type
  wk:HEAD  English Wikipedia titles (../shared/unlabeled/enwiki), labelled with the head noun of the
           article's definition sentence ("X is an American basketball player ..." -> wk:player),
           after Kazama & Torisawa (2007); only heads seen on at least --minHead titles, else wk:other.

  python3 tools/ner/build_gazetteer.py [--shared=../shared] [--out=src/main/ner/gazetteer.tsv.gz]
"""
import argparse, collections, csv, gzip, json, os, re, sys

def words(name):
    # tokens as the name finder sees them: split on spaces, punctuation split off like the corpora do
    return re.findall(r"\w+(?:[-'.]\w+)*\.?|[^\w\s]", name)

def proper(name):
    ws = words(name)
    return bool(ws) and len(ws) <= 8 and ws[0][:1].isupper()

DEF = re.compile(r"\b(?:is|was|are|were)\s+(?:a|an|the|one of the)\s+(.{0,120})")
STOP = re.compile(r"\s(?:of|in|for|from|by|on|at|that|which|who|whose|with|to|and|or|as|based|located|situated|founded|born|since|between|near|where|directed|written|released|produced|developed|known|performed|recorded|published|composed|created|designed|starring|owned|operated|played|held|named)\b|[,.;:(]")

def head_noun(text):
    first = text.split("\n", 1)[0]
    first = re.sub(r"\([^)]*\)", "", first)
    m = DEF.search(first)
    if not m:
        return None
    np = STOP.split(m.group(1), 1)[0].strip()
    ws = re.findall(r"[A-Za-z]+", np)
    if not ws:
        return None
    h = ws[-1].lower()
    return h if h.isalpha() and len(h) > 2 else None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    ap.add_argument("--actors", default="src/main/resources/org/newsgraph/actors/actors.jsonl")
    ap.add_argument("--out", default="src/main/ner/gazetteer.tsv.gz")
    ap.add_argument("--minHead", type=int, default=20)
    a = ap.parse_args()
    entries = collections.defaultdict(set)
    def add(name, label):
        name = " ".join(words(name.strip()))
        if proper(name):
            entries[name].add(label)

    geo = os.path.join(a.shared, "gazetteers/geonames")
    with gzip.open(os.path.join(geo, "cities15000.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            add(c[1], "LOC"); add(c[2], "LOC")
    for line in open(os.path.join(geo, "countryInfo.txt"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(c) > 5:
            add(c[4], "LOC"); add(c[5], "LOC")
    for line in open(os.path.join(geo, "admin1CodesASCII.txt"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        add(c[1], "LOC"); add(c[2], "LOC")

    wd = os.path.join(a.shared, "gazetteers/wikidata-leaders")
    for fn, col in [("heads_of_state_and_government_2021_2022.wikidata.csv", "officeholderLabel"),
                    ("foreign_ministers_2023-01.wikidata.csv", "name"),
                    ("intl_org_officeholders_since2000.wikidata.csv", "person")]:
        with open(os.path.join(wd, fn), encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for r in rows:
            if r.get(col) and not re.match(r"^Q\d+$", r[col]):
                add(r[col], "PER")

    kinds = {"PERSON": "ACT_PER", "ORGANIZATION": "ACT_ORG", "LOCATION": "ACT_LOC"}
    for line in open(a.actors, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            lab = kinds.get(d.get("type"))
            if lab:
                for n in [d["name"]] + d.get("aliases", []):
                    add(n, lab)

    titles = []
    with gzip.open(os.path.join(a.shared, "unlabeled/enwiki/enwiki_wikitasks.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t = re.sub(r"\s*\([^)]*\)$", "", d["title"])
            if t.startswith(("List of", "Lists of")):
                continue
            h = head_noun(d["text"])
            if h:
                titles.append((t, h))
    heads = collections.Counter(h for _, h in titles)
    for t, h in titles:
        add(t, "wk:" + (h if heads[h] >= a.minHead else "other"))

    with gzip.open(a.out, "wt", encoding="utf-8") as out:
        for name in sorted(entries):
            for lab in sorted(entries[name]):
                out.write(f"{name}\t{lab}\n")
    labs = collections.Counter(l.split(":")[0] if l.startswith("wk:") else l for s in entries.values() for l in s)
    print(f"{len(entries)} names; labels {dict(labs)}; {sum(1 for h in heads if heads[h] >= a.minHead)} wiki heads",
          file=sys.stderr)
    print("top heads:", heads.most_common(40), file=sys.stderr)

if __name__ == "__main__":
    main()
