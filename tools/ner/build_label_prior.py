#!/usr/bin/env python3
"""Builds the name finder's label-prior table (src/main/ner/clusters/labelprior.txt.gz).

A word seen once in a sentence says little about itself ("Mertens scored"), but the same word in the
23M tokens of unlabeled text (enwiki + UN General Debates) is tagged many times, in many contexts. This
tool tags that text with a name-finder model (`java -jar target/newsgraph.jar tag`, two processes, one per
core) and writes, for each word seen at least --minCount times, how the tagger labelled it there:

  word<TAB>O                       inside a name in fewer than 5% of its occurrences
  word<TAB>TYPE-SHARE-POSITION     TYPE = PER / ORG / LOC when 70% or more of its name occurrences have that
                                   type, else MIX; SHARE = lo (< 30% of occurrences in a name), mid (< 70%),
                                   hi; POSITION = B (mostly a name's first word) or I

Words are kept as written ("Bush" and "bush" apart); a lower-cased form that is never written so gets the
counts of all its forms, for text in lower case. The model reads the table like a word-cluster table
(feature `lp=CLASS`): corpus-wide consistency, as document consistency is article-wide.

The tagger's rules after the model (EntityTagger) shape the tags too, so the table depends on the jar as well
as on the model. The table shipped was built with the jar of commit c5f3aed (check it out and `mvn package`)
and the model shipped before it (commit ed364fc):
  git show ed364fc:src/main/resources/org/newsgraph/ner/en-ner.bin > /tmp/ner-ed364fc.bin
  python3 tools/ner/build_label_prior.py --model=/tmp/ner-ed364fc.bin
(about 5 minutes on 2 cores; needs `mvn package` first and ../shared/unlabeled).
"""
import argparse, collections, gzip, json, os, re, subprocess, sys, tempfile

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
SENTENCE_END = re.compile(r'(?<=[.!?])["”’]?\s+(?=["“‘(]?[A-Z])')
POSSESSIVE = re.compile(r"(.+?)(['’]s)$")
# abbreviations that keep their full stop
ABBREVIATIONS = {"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Gen.", "Col.",
                 "Lt.", "Sen.", "Rep.", "Gov.", "Prof.", "No.", "vs."}
TYPES = {"PER": 1, "ORG": 2, "LOC": 3}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    ap.add_argument("--jar", default="target/newsgraph.jar")
    ap.add_argument("--model", help="name-finder model to tag with (default: the one in the jar)")
    ap.add_argument("--out", default="src/main/ner/clusters/labelprior.txt.gz")
    ap.add_argument("--minCount", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    files = [os.path.join(a.shared, "unlabeled", d, f)
             for d in ("enwiki", "ungdc") for f in sorted(os.listdir(os.path.join(a.shared, "unlabeled", d)))
             if f.endswith(".jsonl.gz")]
    with tempfile.TemporaryDirectory() as tmp:
        parts = write_conll(files, tmp, a.workers)
        procs = []
        for i, part in enumerate(parts):
            cmd = ["java", "-Xmx3g", "-jar", a.jar, "tag", "--format=conll", f"--input={part}",
                   f"--output={part}.tags", "--stats"]
            if a.model:
                cmd.append(f"--model={a.model}")
            procs.append(subprocess.Popen(cmd))
        for p in procs:
            if p.wait() != 0:
                sys.exit("tagging failed: " + " ".join(p.args))
        counts = count([p + ".tags" for p in parts])
    write_table(counts, a.minCount, a.out)


def write_conll(files, tmp, workers):
    """The unlabeled documents as CoNLL tokens, split in `workers` files (documents dealt in turn)."""
    paths = [os.path.join(tmp, f"part{i}.conll") for i in range(workers)]
    outs = [open(p, "w", encoding="utf-8") for p in paths]
    n = 0
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                out = outs[n % workers]
                n += 1
                out.write("-DOCSTART-\n\n")
                for para in json.loads(line)["text"].split("\n"):
                    for s in SENTENCE_END.split(para.strip()):
                        words = tokens(s)
                        if words:
                            out.write("\n".join(words) + "\n\n")
    for o in outs:
        o.close()
    return paths


def tokens(sentence):
    out = []
    for t in TOKEN.findall(sentence):
        m = POSSESSIVE.match(t)
        if m:
            out += [m.group(1), m.group(2)]
        elif t.endswith(".") and len(t) > 2 and not re.search(r"\.\w", t) and t not in ABBREVIATIONS:
            out += [t[:-1], "."]  # a sentence's full stop, not an abbreviation's ("U.S.", "J.")
        else:
            out.append(t)
    return out


def count(tagged):
    """word -> [occurrences, as PER, as ORG, as LOC, as a name's first word, as a later word]."""
    c = collections.defaultdict(lambda: [0] * 6)
    for path in tagged:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if "\t" not in line:
                    continue
                word, tag = line.split("\t")
                if word == "-DOCSTART-":
                    continue
                v = c[word]
                v[0] += 1
                if tag != "O":
                    v[TYPES[tag[2:]]] += 1
                    v[4 if tag[0] == "B" else 5] += 1
    return c


def label_class(v):
    names = v[1] + v[2] + v[3]
    share = names / v[0]
    if share < 0.05:
        return "O"
    top = max((1, 2, 3), key=lambda i: v[i])
    kind = ("", "PER", "ORG", "LOC")[top] if v[top] >= 0.7 * names else "MIX"
    level = "lo" if share < 0.3 else "mid" if share < 0.7 else "hi"
    return f"{kind}-{level}-{'B' if v[4] >= v[5] else 'I'}"


def write_table(counts, min_count, path):
    lower = collections.defaultdict(lambda: [0] * 6)
    for w, v in counts.items():
        if w.lower() != w:
            lv = lower[w.lower()]
            for i in range(6):
                lv[i] += v[i]
    classes = collections.Counter()
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for table, skip in ((counts, lambda w: False), (lower, lambda w: w in counts)):
            for w in sorted(table):
                v = table[w]
                if v[0] >= min_count and not skip(w):
                    c = label_class(v)
                    out.write(f"{w}\t{c}\n")
                    classes[c] += 1
    print(f"{sum(classes.values())} words: " + ", ".join(f"{k} {n}" for k, n in classes.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
