#!/usr/bin/env python3
"""Builds the tagger's table of towns and regions (src/main/resources/org/newsgraph/ner/places.txt.gz).

From GeoNames (CC BY 4.0; ../shared/gazetteers/geonames): the name and ASCII name of every place of cities15000
(towns of more than 15,000 people and capitals) and of admin1CodesASCII (states, provinces, regions). One name per
line, of letters in the Latin script, spaces, hyphens, apostrophes and dots only, up to three words. `PlaceNames`
reads it: an untagged name of it after "in", "near", "from", ... is a place (session 20). Which names are common words
or persons' first names is decided there, with the tagger's own tables.

  python3 tools/ner/build_places.py [--shared=../shared] [--out=src/main/resources/org/newsgraph/ner/places.txt.gz]
      [--states=src/main/resources/org/newsgraph/ner/states.txt]

It also writes the first-level divisions of the federations whose English names them "X State" (Nigeria, Myanmar,
Sudan, South Sudan; session 23): `FederalStates` reads "Kebbi State", "Rakhine State" as places, where "Ohio State",
"Wichita State" (universities) are not in the list.
"""
import argparse, gzip, os, re, unicodedata

# federations whose first-level divisions English names "X State"
FEDERATIONS = {"NG", "MM", "SD", "SS"}
LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]*")


def usable(name):
    return LATIN.fullmatch(name) and len(name) >= 3 and len(name.split()) <= 3 and name[0].isupper()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="src/main/resources/org/newsgraph/ner/places.txt.gz")
    ap.add_argument("--states", default="src/main/resources/org/newsgraph/ner/states.txt")
    a = ap.parse_args()
    geo = os.path.join(a.shared, "gazetteers", "geonames")
    names = set()
    states = set()
    with gzip.open(os.path.join(geo, "cities15000.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            names.update(n for n in (p[1], p[2]) if usable(n))
    with open(os.path.join(geo, "admin1CodesASCII.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            names.update(n for n in (p[1], p[2]) if usable(n))
            if p[0].split(".")[0] in FEDERATIONS:
                states.update(re.sub(r" State$", "", n) for n in (p[1], p[2]) if usable(n) and "Territory" not in n)
    names = sorted(unicodedata.normalize("NFC", n) for n in names)
    # mtime 0: the same input gives the same bytes
    with open(a.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as z:
        z.write(("\n".join(names) + "\n").encode("utf-8"))
    print(len(names), "names ->", a.out)
    with open(a.states, "w", encoding="utf-8") as f:
        f.write("".join(unicodedata.normalize("NFC", n) + "\n" for n in sorted(states)))
    print(len(states), "states ->", a.states)


if __name__ == "__main__":
    main()
