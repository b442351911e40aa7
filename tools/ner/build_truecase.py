#!/usr/bin/env python3
"""Builds the truecasing table for all-caps sentences (src/main/resources/org/newsgraph/ner/truecase.tsv.gz).

Headlines and wire slugs come in capitals ("JAPAN GET LUCKY WIN"), and a name finder trained on
normal text reads them badly. `EntityTagger` rewrites such sentences to each word's usual casing
before tagging. This table holds every word seen at least --minCount times in the unlabeled text
(not at a sentence start, not in a sentence in capitals) with its most frequent surface form:
`lower<TAB>Form`, or just `lower` when that form is lower-case, or `lower<TAB>lower<TAB>Form` when
the word is usually lower-case but capitalised in at least --altShare of its occurrences ("new",
"New York"): the tagger then capitalises it next to a name; `lower<TAB>Form<TAB>Form` for a word usually
capitalised but often lower-case (--ambiguous below), which the truecaser reads the same way. A word missing from the table is
probably a name and gets a capital. Then `a b<TAB>A B` lines: word pairs (written next to each other,
not at a sentence start, seen at least --minCount times in that form) whose most frequent casing, held
by more than half of their occurrences, is not the casing word by word ("new haven" -> "New Haven",
"the us" -> "the US", "home office" -> "Home Office"). Session 12: a word usually capitalised but written in
lower case at least --ambiguous of the time ("court", "army", "summit", "member": capitalised mostly inside
names) is read like "new": lower-case, capitalised next to a name; not the words the label prior has as
persons' names ("Brown", "Bill"), which headlines often name alone. Session 16: such a word (three columns) gets a
fourth, the sides of a name on which it takes its capital: "n" when the text capitalises it at least --sideShare of the
time right before a capitalised word ("New York"), "p" right after one, "np", or "-" ("Google headquarters", "downtown
Taipei", "EU farm ministers"); all-caps GUM news dev +0.7, EWT dev +1.0, title case +0.5. The points of the compass are
read that way whatever their share ("IN NORTH ." is the north; "NORTH KOREA" keeps its capitals).

With --capshare=FILE it also writes the name finder's capitalisation table from the same counts
(src/main/ner/clusters/capshare.txt.gz, a `word<TAB>bucket` table the model reads like a word-cluster
table): how often each word is written with a capital inside a sentence, in buckets
0 (<1%), 1 (<10%), 2 (<50%), 3 (<90%), 4 (<99%), 5 (99% or more), or A (mostly all capitals: an acronym).
The model then knows that "Bush" at a sentence start is usually a name and "The" is not, and reads
lower-cased or capitalised text with the casing the word normally has.

  python3 tools/ner/build_truecase.py [--shared=../shared] [--out=...] [--capshare=...]
"""
import argparse, collections, gzip, json, os, re, sys

TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")

# points of the compass: capitalised mostly in names ("North Korea", "South Africa"), but a headline's "IN NORTH" is the
# north of the country (session 16), so they are read like "court" whatever their share in lower case
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    ap.add_argument("--out", default="src/main/resources/org/newsgraph/ner/truecase.tsv.gz")
    ap.add_argument("--minCount", type=int, default=3)
    ap.add_argument("--altShare", type=float, default=0.1)
    ap.add_argument("--ambiguous", type=float, default=0.3,
                    help="a word usually capitalised but written in lower case at least this share of the time is read"
                         " in lower case in headlines, capitalised next to a name (0: off); its usual form stays")
    ap.add_argument("--labelPrior", default="src/main/ner/clusters/labelprior.txt.gz",
                    help="the model's label-prior table: --ambiguous leaves out words it has as persons' names")
    ap.add_argument("--sideShare", type=float, default=0.8,
                    help="a word often capitalised takes its capital before (after) a name in a headline only when the"
                         " text capitalises it at least this share of the time right before (after) a capitalised word;"
                         " 0: on both sides, as before session 16")
    ap.add_argument("--sideCount", type=int, default=10, help="fewer such neighbours than this: no evidence, allowed")
    ap.add_argument("--capshare", help="also write the capitalisation-share table here")
    a = ap.parse_args()
    forms = collections.defaultdict(collections.Counter)
    files = [os.path.join(a.shared, "unlabeled", d, f)
             for d in ("enwiki", "ungdc") for f in sorted(os.listdir(os.path.join(a.shared, "unlabeled", d)))
             if f.endswith(".jsonl.gz")]
    tokens = 0
    for words, _, _ in sentences(files):
        tokens += len(words)
        for w in words[1:]:
            forms[w.lower()][w] += 1
    persons = person_words(a.labelPrior) if a.ambiguous > 0 else set()
    n = 0
    alts = 0
    usual = {}  # each word's most frequent form, for the pairs below
    lines = []  # (low, columns); named words get their sides once the second pass has counted them
    for low in sorted(forms):
        c = forms[low]
        if sum(c.values()) < a.minCount:
            continue
        best = max(sorted(c), key=lambda w: c[w])
        usual[low] = best
        caps = [w for w in sorted(c) if w[:1].isupper()]
        alt = max(caps, key=lambda w: c[w]) if caps else None
        if best != low and a.ambiguous > 0 and best == low[:1].upper() + low[1:] \
                and (c[low] >= a.ambiguous * sum(c.values()) or low in COMPASS) and best not in persons:
            # "court", "army", "summit": capitalised mostly inside names, but common words too ("COURT REJECTS
            # APPEAL"); the truecaser reads it in lower case unless next to a name, like "new". Not persons' names
            # ("Brown", "Bush"), which a headline often names alone. Written `low<TAB>Form<TAB>Form`: the usual form
            # stays the capitalised one, which the tagger's rules and the training data's reading of lower-case
            # words ask of it; the pairs below are found against the lower-case reading
            usual[low] = low
            lines.append((low, [best, best]))
            alts += 1
        elif best != low:
            lines.append((low, [best]))
            n += 1
        elif alt is not None and c[alt] >= a.altShare * sum(c.values()):
            # usually lower-case, but often a name's word ("new" / "New York", "cruise" / "Tom Cruise")
            lines.append((low, [low, alt]))
            alts += 1
        else:
            lines.append((low, []))
    named = {low for low, cols in lines if len(cols) == 2}
    pairs, sides = pair_forms(files, usual, a.minCount, named)
    with gzip.open(a.out, "wt", encoding="utf-8") as out:
        for low, cols in lines:
            if len(cols) == 2 and a.sideShare > 0:
                cols = cols + [side_flags(sides[low], a.sideShare, a.sideCount)]
            out.write("\t".join([low] + cols) + "\n")
        for key in sorted(pairs):
            out.write(f"{key}\t{pairs[key]}\n")
    print(f"{tokens} tokens, {len(forms)} words, {n} not lower-case, {alts} often capitalised, {len(pairs)} pairs", file=sys.stderr)
    if a.capshare:
        write_capshare(forms, a.minCount, a.capshare)

def person_words(path):
    """Words the label prior has mostly in persons' names (PER, in a name at least 30% of the time)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {w for w, c in (line.rstrip("\n").split("\t") for line in f)
                if c.startswith("PER-hi") or c.startswith("PER-mid")}

def sentences(files):
    """(words, match objects, sentence) of each sentence of the unlabeled text not written in capitals."""
    for fn in files:
        with gzip.open(fn, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
                    ms = list(TOKEN.finditer(sent))
                    words = [m.group() for m in ms]
                    if sum(w.isupper() for w in words) * 2 > len(words):
                        continue  # a sentence in capitals says nothing about usual casing
                    yield words, ms, sent

def side_flags(counts, share, min_count):
    """Where a word often capitalised takes its capital in a headline: "n" when it is mostly capitalised right before a
    capitalised word ("New York"), "p" right after one ("UN Security Council"), "np" both, "-" neither ("Google
    headquarters", "downtown Taipei"). A side with fewer than min_count such neighbours is allowed (no evidence)."""
    flags = ""
    for side in "np":
        seen, capital = counts[side], counts[side.upper()]
        if seen < min_count or capital >= share * seen:
            flags += side
    return flags or "-"

def pair_forms(files, usual, min_count, named=frozenset()):
    """Word pairs whose usual casing differs from their words' usual casings (a second pass over the text), and for
    the words in `named`, how often they stand right before ("n") and after ("p") a capitalised word, and how often
    they are capitalised there ("N", "P")."""
    total = collections.Counter()
    other = collections.defaultdict(collections.Counter)
    sides = collections.defaultdict(collections.Counter)
    for words, ms, sent in sentences(files):
        for i in range(1, len(ms) - 1):
            if sent[ms[i].end():ms[i + 1].start()].strip():
                continue  # only words written next to each other
            a, b = words[i], words[i + 1]
            la, lb = a.lower(), b.lower()
            if la in named and b[:1].isupper():
                sides[la]["n"] += 1
                sides[la]["N"] += a[:1].isupper()
            if lb in named and a[:1].isupper():
                sides[lb]["p"] += 1
                sides[lb]["P"] += b[:1].isupper()
            key = la + " " + lb
            total[key] += 1
            if (a, b) != (usual.get(la, la[:1].upper() + la[1:]), usual.get(lb, lb[:1].upper() + lb[1:])):
                other[key][a + " " + b] += 1
    pairs = {}
    for key, c in other.items():
        if key.split(" ")[1] in COMPASS and usual.get(key.split(" ")[0], "").islower():
            continue  # "in North" is "in North Korea", "in North America": the pair says nothing of "IN NORTH ."
        form, k = max(sorted(c.items()), key=lambda x: x[1])
        if k >= min_count and k * 2 > total[key]:
            pairs[key] = form
    return pairs, sides

def capshare_bucket(c):
    n = sum(c.values())
    if sum(k for w, k in c.items() if len(w) > 1 and w.isupper()) * 2 > n:
        return "A"
    share = sum(k for w, k in c.items() if w[:1].isupper()) / n
    for limit, bucket in ((0.01, "0"), (0.1, "1"), (0.5, "2"), (0.9, "3"), (0.99, "4")):
        if share < limit:
            return bucket
    return "5"

def write_capshare(forms, min_count, path):
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for low in sorted(forms):
            if sum(forms[low].values()) >= min_count:
                out.write(f"{low}\t{capshare_bucket(forms[low])}\n")

if __name__ == "__main__":
    main()
