#!/usr/bin/env python3
"""Build the newsgraph actor dictionary (actors.jsonl).

Inputs
  --gazetteers DIR   GeoNames + Wikidata snapshot files (default ../shared/gazetteers from the repo root)
  tools/actors/curated.jsonl   hand-curated entries and overrides (merged by id; curated wins/extends)
Output
  src/main/resources/org/newsgraph/actors/actors.jsonl   one JSON object per line, sorted by id

  python3 tools/actors/build_actors.py            # rebuild
  python3 tools/actors/build_actors.py --check    # validate the committed file only (no gazetteers needed)

Stdlib only. See docs/actors.md.
"""
import argparse
import csv
import datetime
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict, OrderedDict

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CURATED = os.path.join(REPO, "tools", "actors", "curated.jsonl")
OUT = os.path.join(REPO, "src", "main", "resources", "org", "newsgraph", "actors", "actors.jsonl")

TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
KEYS = ("id", "type", "name", "aliases", "adjectives", "country", "roles")
ROLE_KEYS = ("role", "of", "from", "to")
ID_RE = re.compile(r"^(Q[1-9][0-9]*|geonames:[0-9]+|ng:[a-z0-9][a-z0-9-]*)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# lower-case-initial aliases allowed (proper names written lower-case); all others are rejected
LOWER_OK = {"dpa"}
ROLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")

# Snapshot dates of the Wikidata files: roles still open in a snapshot are closed at the snapshot
# date unless hand curation (which is current) says otherwise -- we do not know what happened later.
HEADS_SNAPSHOT = "2022-10-10"
FM_SNAPSHOT = "2022-12-11"
ORGS_SNAPSHOT = "2023-01-10"

# Snapshot "countries" that are the same actor as a dictionary country.
COUNTRY_SAME = {"Q159583": "Q237",   # Holy See -> Vatican
                "Q29999": "Q55",     # Kingdom of the Netherlands -> Netherlands
                "Q756617": "Q35"}    # Kingdom of Denmark -> Denmark

# Cities: capitals (PPLC) + population >= this + the NEWS_PLACES list below.
CITY_MIN_POP = 1_000_000
# Places that make international news although under 1M people (name as in GeoNames, ISO country).
NEWS_PLACES = [
    # Russia-Ukraine war
    ("Kharkiv", "UA"), ("Odesa", "UA"), ("Dnipro", "UA"), ("Lviv", "UA"), ("Zaporizhzhia", "UA"),
    ("Mariupol", "UA"), ("Kherson", "UA"), ("Mykolaiv", "UA"), ("Donetsk", "UA"), ("Luhansk", "UA"),
    ("Bakhmut", "UA"), ("Avdiivka", "UA"), ("Kramatorsk", "UA"), ("Sloviansk", "UA"), ("Pokrovsk", "UA"),
    ("Sumy", "UA"), ("Chernihiv", "UA"), ("Bucha", "UA"), ("Irpin", "UA"), ("Sevastopol", "UA"),
    ("Simferopol", "UA"), ("Melitopol", "UA"), ("Enerhodar", "UA"), ("Kostiantynivka", "UA"),
    ("Kursk", "RU"), ("Belgorod", "RU"), ("Bryansk", "RU"), ("Rostov-na-Donu", "RU"), ("Kaliningrad", "RU"),
    ("Sochi", "RU"), ("Vladivostok", "RU"), ("Grozny", "RU"), ("Murmansk", "RU"),
    # Middle East
    ("Gaza", "PS"), ("Rafah", "PS"), ("Khan Yunis", "PS"), ("Jabalia", "PS"), ("Ramallah", "PS"),
    ("Hebron", "PS"), ("Nablus", "PS"), ("Jenin", "PS"), ("Bethlehem", "PS"), ("Tel Aviv", "IL"), ("Haifa", "IL"),
    ("Eilat", "IL"), ("Aleppo", "SY"), ("Idlib", "SY"), ("Homs", "SY"), ("Hama", "SY"), ("Latakia", "SY"),
    ("Tartus", "SY"), ("Raqqa", "SY"), ("Deir ez-Zor", "SY"), ("Daraa", "SY"), ("Kobani", "SY"),
    ("Mosul", "IQ"), ("Basrah", "IQ"), ("Erbil", "IQ"), ("Kirkuk", "IQ"), ("Fallujah", "IQ"), ("Najaf", "IQ"),
    ("Karbala", "IQ"), ("Tikrit", "IQ"), ("Aden", "YE"), ("Al Hudaydah", "YE"), ("Ma'rib", "YE"),
    ("Tabriz", "IR"), ("Isfahan", "IR"), ("Mashhad", "IR"), ("Qom", "IR"), ("Shiraz", "IR"), ("Bandar Abbas", "IR"),
    ("Jeddah", "SA"), ("Mecca", "SA"), ("Medina", "SA"), ("Dubai", "AE"), ("Sharm el-Sheikh", "EG"),
    ("Alexandria", "EG"), ("Tyre", "LB"), ("Sidon", "LB"), ("Tripoli", "LB"),
    # Caucasus / Central Asia
    ("Ganja", "AZ"), ("Shusha", "AZ"), ("Kobani", "SY"), ("Sumqayit", "AZ"), ("Nakhchivan", "AZ"),
    ("Batumi", "GE"), ("Gyumri", "AM"), ("Almaty", "KZ"), ("Samarkand", "UZ"),
    # Africa / Asia
    ("Benghazi", "LY"), ("Misratah", "LY"), ("Sirte", "LY"), ("Omdurman", "SD"), ("Port Sudan", "SD"),
    ("El Fasher", "SD"), ("Goma", "CD"), ("Mekele", "ET"), ("Kandahar", "AF"), ("Herat", "AF"),
    ("Mazar-e Sharif", "AF"), ("Jalalabad", "AF"), ("Peshawar", "PK"), ("Quetta", "PK"), ("Srinagar", "IN"),
    ("Marawi", "PH"), ("Davao", "PH"), ("Mandalay", "MM"), ("Yangon", "MM"),
    # Europe / Americas / elsewhere: summit and institution towns
    ("Geneva", "CH"), ("Zurich", "CH"), ("Strasbourg", "FR"), ("The Hague", "NL"),
    ("Frankfurt am Main", "DE"), ("Munich", "DE"), ("Hamburg", "DE"), ("Milan", "IT"), ("Naples", "IT"),
    ("Barcelona", "ES"), ("Marseille", "FR"), ("Lyon", "FR"), ("Edinburgh", "GB"),
    ("Belfast", "GB"), ("Manchester", "GB"), ("Birmingham", "GB"), ("Glasgow", "GB"), ("Gdansk", "PL"),
    ("Krakow", "PL"), ("Rzeszow", "PL"), ("Thessaloniki", "GR"), ("Izmir", "TR"), ("Antalya", "TR"),
    ("Gaziantep", "TR"), ("Ankara", "TR"), ("Narva", "EE"), ("Tiraspol", "MD"), ("Sukhumi", "GE"),
    ("Pristina", "XK"), ("Mitrovica", "XK"), ("Banja Luka", "BA"), ("Novi Sad", "RS"),
    ("Honolulu", "US"), ("San Francisco", "US"), ("Seattle", "US"), ("Boston", "US"), ("Miami", "US"),
    ("Atlanta", "US"), ("Detroit", "US"), ("New Orleans", "US"), ("Minneapolis", "US"), ("Denver", "US"),
    ("Las Vegas", "US"), ("Baltimore", "US"), ("Pittsburgh", "US"), ("Cleveland", "US"), ("Anchorage", "US"),
    ("Vancouver", "CA"), ("Calgary", "CA"), ("Toronto", "CA"), ("Montreal", "CA"), ("Sydney", "AU"),
    ("Melbourne", "AU"), ("Auckland", "NZ"), ("Osaka", "JP"), ("Hiroshima", "JP"), ("Nagasaki", "JP"),
    ("Okinawa", "JP"), ("Fukushima", "JP"), ("Busan", "KR"), ("Shanghai", "CN"), ("Shenzhen", "CN"),
    ("Wuhan", "CN"), ("Urumqi", "CN"), ("Lhasa", "CN"), ("Mumbai", "IN"), ("Kolkata", "IN"),
    ("Ho Chi Minh City", "VN"), ("Cape Town", "ZA"), ("Johannesburg", "ZA"), ("Durban", "ZA"),
    ("Lagos", "NG"), ("Kano", "NG"), ("Maiduguri", "NG"), ("Mombasa", "KE"), ("Casablanca", "MA"),
    ("Laayoune", "EH"), ("Rio de Janeiro", "BR"), ("Sao Paulo", "BR"), ("Guayaquil", "EC"), ("Medellin", "CO"),
    ("Maracaibo", "VE"), ("Tijuana", "MX"), ("Ciudad Juarez", "MX"), ("Guadalajara", "MX"), ("Monterrey", "MX"),
    ("Port-au-Prince", "HT"),
]
# City names never used as aliases (common words / first names / ambiguous with bigger things).
CITY_STOP = {"Male", "Victoria", "Hamilton", "Stanley", "Douglas", "Plymouth", "The Valley", "Road Town",
             "West Island", "Flying Fish Cove", "Kingston", "Jamestown", "Saint-Pierre", "Georgetown",
             "Mobile", "Of", "Bath", "Nice", "Reading", "Gaza", "Tyre", "Medina",
             "Melekeok", "Saint Helier", "Gustavia", "Marigot", "Alofi", "Adamstown",
             "Avarua", "Basse-Terre", "Mata Utu", "Hagatna",
             "Cockburn Town", "Philipsburg", "Kralendijk", "Longyearbyen", "Mamoudzou", "Saipan", "Oranjestad",
             "Concord", "Tripoli", "Salvador", "Valencia", "Jos", "Aba", "Susa", "Hue", "Gustavo Adolfo Madero",
             "Teni", "Budta", "Malingao", "Camayenne"}
# ...but these specific surface forms are fine for a city once another curated alias disambiguates
# (e.g. Kingston, Jamaica stays reachable through curated aliases / its QID entry).


def fold(s):
    """Strip diacritics (Erdoğan -> Erdogan); keep everything else."""
    n = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in n if not unicodedata.combining(c))
    out = out.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    out = out.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("æ", "ae").replace("ʻ", "'")
    return unicodedata.normalize("NFC", out)


def usable_label(s):
    """A Wikidata label we can use as a name: Latin script, not empty, not a bare QID."""
    return bool(s.strip()) and not re.fullmatch(r"Q\d+", s.strip()) and is_latin(s)


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


# --------------------------------------------------------------------------------------------------
# serialisation + validation (shared by build and --check)
# --------------------------------------------------------------------------------------------------

def canonical(e):
    out = OrderedDict()
    for k in KEYS:
        v = e.get(k)
        if v in (None, "", [], {}):
            continue
        if k == "roles":
            rs = []
            for r in v:
                ro = OrderedDict()
                for rk in ROLE_KEYS:
                    if r.get(rk):
                        ro[rk] = r[rk]
                rs.append(ro)
            v = rs
        out[k] = v
    return out


def dumps(e):
    return json.dumps(canonical(e), ensure_ascii=False, separators=(",", ":"))


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def validate(entries, errors, warnings, known_ids=()):
    """entries: list of dicts (final form); known_ids: ids defined elsewhere (the shipped file when
    checking a user extension). Appends messages; returns the alias collision report."""
    ids = set()
    for e in entries:
        i = e.get("id")
        if not isinstance(i, str) or not ID_RE.match(i):
            errors.append(f"bad id {i!r}")
        if i in ids:
            errors.append(f"duplicate id {i}")
        ids.add(i)
    refs = ids | set(known_ids)
    for e in entries:
        i = e.get("id")
        extra = set(e) - set(KEYS)
        if extra:
            errors.append(f"{i}: unknown keys {sorted(extra)}")
        if e.get("type") not in TYPES:
            errors.append(f"{i}: bad type {e.get('type')!r}")
        name = e.get("name")
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            errors.append(f"{i}: empty/untrimmed name {name!r}")
        for k in ("aliases", "adjectives"):
            v = e.get(k, [])
            if not isinstance(v, list):
                errors.append(f"{i}: {k} not a list")
                continue
            if len(set(v)) != len(v):
                errors.append(f"{i}: duplicate {k}")
            for a in v:
                if not isinstance(a, str) or not a.strip() or a != a.strip():
                    errors.append(f"{i}: empty/untrimmed {k} entry {a!r}")
                elif a[0].islower() and a not in LOWER_OK and not re.match(r"^(al|el|ad|as|an|ash|ar|at|az|ibn|bin|de|da|di|van|von)[- ]", a):
                    errors.append(f"{i}: lower-case {k} entry {a!r}")
                elif k == "aliases" and a == name:
                    errors.append(f"{i}: alias equals name {a!r}")
        c = e.get("country")
        if c is not None and c not in refs:
            errors.append(f"{i}: country {c} not in dictionary")
        roles = e.get("roles", [])
        if roles and e.get("type") != "PERSON":
            warnings.append(f"{i}: roles on a non-person")
        for r in roles:
            if set(r) - set(ROLE_KEYS):
                errors.append(f"{i}: unknown role keys {sorted(set(r) - set(ROLE_KEYS))}")
            if not ROLE_RE.match(r.get("role", "")):
                errors.append(f"{i}: bad role key {r.get('role')!r}")
            if r.get("of") not in refs:
                errors.append(f"{i}: role of {r.get('of')!r} not in dictionary")
            for dk in ("from", "to"):
                if dk in r and not valid_date(r[dk]):
                    errors.append(f"{i}: bad {dk} date {r[dk]!r}")
            if "from" not in r:
                errors.append(f"{i}: role without from {r}")
            if valid_date(r.get("from")) and valid_date(r.get("to")) and r["from"] > r["to"]:
                errors.append(f"{i}: role from > to {r}")
    # collisions: surface form -> ids, per type (aliases+names), adjectives separately
    surf = defaultdict(set)
    adj = defaultdict(set)
    for e in entries:
        for a in [e["name"]] + e.get("aliases", []):
            surf[(e["type"], a)].add(e["id"])
        for a in e.get("adjectives", []):
            adj[a].add(e["id"])
    coll = {k: sorted(v) for k, v in surf.items() if len(v) > 1}
    coll.update({("ADJECTIVE", k): sorted(v) for k, v in adj.items() if len(v) > 1})
    return coll


def check(path):
    errors, warnings = [], []
    known = set()
    if os.path.abspath(path) != os.path.abspath(OUT) and os.path.exists(OUT):
        # a user extension file (--actors=FILE): may refer to ids of the shipped dictionary
        with open(OUT, encoding="utf-8") as f:
            known = {json.loads(line)["id"] for line in f if line.strip()}
    entries = []
    prev = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.endswith("\n"):
                errors.append(f"line {n}: no trailing newline")
            line = line.rstrip("\n")
            try:
                e = json.loads(line, object_pairs_hook=OrderedDict)
            except json.JSONDecodeError as ex:
                errors.append(f"line {n}: bad JSON: {ex}")
                continue
            if dumps(e) != line:
                errors.append(f"line {n}: not canonical (key order / empty fields / spacing)")
            if prev is not None and e.get("id", "") <= prev:
                errors.append(f"line {n}: not sorted by id ({e.get('id')} after {prev})")
            prev = e.get("id", "")
            entries.append(e)
    coll = validate(entries, errors, warnings, known)
    counts = defaultdict(int)
    for e in entries:
        counts[e.get("type")] += 1
    print(f"{path}: {len(entries)} actors " + ", ".join(f"{t} {counts[t]}" for t in TYPES))
    print(f"{len(coll)} surface forms shared by more than one actor of a type (see build output)")
    for w in warnings:
        print("warning:", w)
    for er in errors[:50]:
        print("ERROR:", er)
    if errors:
        print(f"{len(errors)} errors")
        return 1
    print("OK")
    return 0


# --------------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------------

class Builder:
    def __init__(self, gaz):
        self.gaz = gaz
        self.e = {}          # id -> entry
        self.notes = []

    # ---- helpers
    def add(self, e, curated=False):
        i = e["id"]
        if i in self.e:
            self.merge(self.e[i], e, curated)
        else:
            self.e[i] = {k: (list(v) if isinstance(v, list) else v) for k, v in e.items()}

    @staticmethod
    def merge(base, over, curated=False):
        """curated (over) wins for scalars, extends aliases/adjectives; its roles replace the snapshot
        roles with the same "of" and are added to the others."""
        for k, v in over.items():
            if k in ("aliases", "adjectives"):
                cur = base.setdefault(k, [])
                for a in v:
                    if a not in cur:
                        cur.append(a)
            elif k == "roles":
                if curated:
                    # curated roles replace every snapshot role held in the same country/org ("of")
                    ofs = {r["of"] for r in v}
                    base["roles"] = [r for r in base.get("roles", []) if r["of"] not in ofs] + list(v)
                else:
                    base["roles"] = base.get("roles", []) + [r for r in v if r not in base.get("roles", [])]
            elif k.startswith("_"):
                continue
            else:
                base[k] = v

    # ---- sources
    def load_curated(self):
        cur = []
        seen = set()
        with open(CURATED, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                s = line.strip()
                if not s or s.startswith("#"):
                    continue
                try:
                    cur.append(json.loads(s))
                except json.JSONDecodeError as ex:
                    sys.exit(f"curated.jsonl line {n}: {ex}")
        for c in cur:
            key = c.get("id") or c.get("_iso2") or c.get("_city") or c.get("_admin1")
            if key in seen:
                sys.exit(f"curated.jsonl: duplicate entry {key}")
            seen.add(key)
        return cur

    def read_country_info(self):
        rows = {}
        with open(os.path.join(self.gaz, "geonames", "countryInfo.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                p = line.rstrip("\n").split("\t")
                rows[p[0]] = {"name": p[4], "capital": p[5], "geonameid": p[16]}
        return rows

    def read_admin1(self):
        rows = {}
        with open(os.path.join(self.gaz, "geonames", "admin1CodesASCII.txt"), encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 4:
                    rows[p[0]] = {"name": p[1], "ascii": p[2], "geonameid": p[3]}
        return rows

    def read_cities(self):
        rows = []
        with gzip.open(os.path.join(self.gaz, "geonames", "cities15000.txt.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                rows.append({"gid": p[0], "name": p[1], "ascii": p[2], "fcode": p[7], "cc": p[8],
                             "pop": int(p[14] or 0), "alt": p[3]})
        return rows

    def build(self):
        curated = self.load_curated()
        cinfo = self.read_country_info()
        admin1 = self.read_admin1()
        cities = self.read_cities()

        # 1. countries / territories: curated entries with _iso2
        iso2id = {}
        for c in curated:
            iso = c.get("_iso2")
            if not iso:
                continue
            if iso not in cinfo:
                sys.exit(f"curated: unknown ISO code {iso}")
            if not c.get("id"):
                c["id"] = "geonames:" + cinfo[iso]["geonameid"]
            c.setdefault("type", "LOCATION")
            c.setdefault("name", cinfo[iso]["name"])
            iso2id[iso] = c["id"]
            self.add({k: v for k, v in c.items() if not k.startswith("_")})
        self.iso2id = iso2id

        # 2. cities
        country_names = set()
        for c in curated:
            if c.get("_iso2"):
                country_names.update(fold(x) for x in [c["name"]] + c.get("aliases", []))
        news = {(n, cc) for n, cc in NEWS_PLACES}
        by_name = defaultdict(list)
        for r in cities:
            by_name[(r["name"], r["cc"])].append(r)
            if r["ascii"] != r["name"]:
                by_name[(r["ascii"], r["cc"])].append(r)
        alt_index = defaultdict(list)
        for r in cities:
            for a in r["alt"].split(","):
                if a:
                    alt_index[(a, r["cc"])].append(r)

        def lookup(n, cc):
            cands = by_name.get((n, cc)) or alt_index.get((n, cc))
            return max(cands, key=lambda x: x["pop"]) if cands else None
        self.lookup_city = lookup
        picked = {}
        english = {}
        for r in cities:
            if r["cc"] not in iso2id:
                continue
            if (r["fcode"] == "PPLC") or r["pop"] >= CITY_MIN_POP:
                picked[r["gid"]] = r
        for n, cc in NEWS_PLACES:
            r = lookup(n, cc)
            if not r:
                self.notes.append(f"news place not found in GeoNames: {n} ({cc})")
                continue
            picked[r["gid"]] = r
            if n != r["name"]:
                english[r["gid"]] = n
        city_entries = {}
        for gid, r in picked.items():
            forms = []
            for s in (english.get(gid), r["name"], r["ascii"]):
                if s and s not in forms and s not in CITY_STOP and fold(s) not in country_names and is_latin(s):
                    forms.append(s)
            if not forms:
                self.notes.append(f"city skipped (stoplisted or same as a country): {r['name']} ({r['cc']})")
                continue
            city_entries[gid] = {"id": "geonames:" + gid, "type": "LOCATION", "name": forms[0],
                                 "aliases": forms[1:], "country": iso2id[r["cc"]], "_pop": r["pop"],
                                 "_capital": r["fcode"] == "PPLC"}

        # 3. curated city / admin1 hints -> ids
        for c in curated:
            if c.get("_city"):
                n, cc = c["_city"].split("|")
                r = lookup(n, cc)
                if not r:
                    sys.exit(f"curated: city {n} ({cc}) not in cities15000")
                base = city_entries.pop(r["gid"], None)
                if base is None:
                    base = {"id": "geonames:" + r["gid"], "type": "LOCATION", "name": r["name"],
                            "aliases": [r["ascii"]] if r["ascii"] != r["name"] else [],
                            "country": iso2id.get(r["cc"]), "_pop": r["pop"], "_capital": r["fcode"] == "PPLC"}
                if not c.get("id"):
                    c["id"] = base["id"]
                if c.get("name") and c["name"] != base["name"]:
                    base["aliases"].append(base["name"])
                base["id"] = c["id"]
                base["aliases"] = [a for a in base["aliases"] if a not in CITY_STOP or a in c.get("aliases", [])]
                city_entries["cur:" + c["id"]] = base
            if c.get("_admin1"):
                a = admin1.get(c["_admin1"])
                if not a:
                    sys.exit(f"curated: admin1 {c['_admin1']} unknown")
                if not c.get("id"):
                    c["id"] = "geonames:" + a["geonameid"]
                c.setdefault("type", "LOCATION")
                c.setdefault("name", a["name"])
                cc = c["_admin1"].split(".")[0]
                if cc in iso2id:
                    c.setdefault("country", iso2id[cc])

        # same-name cities: the alias goes to the capital, else the most populous (precision for news)
        owner = {}
        for ce in city_entries.values():
            for s in [ce["name"]] + ce["aliases"]:
                o = owner.get(s)
                rank = (ce["_capital"], ce["_pop"])
                if o is None or rank > (o["_capital"], o["_pop"]):
                    owner[s] = ce
        for ce in list(city_entries.values()):
            keep = [s for s in [ce["name"]] + ce["aliases"] if owner[s] is ce]
            lost = [s for s in [ce["name"]] + ce["aliases"] if owner[s] is not ce]
            for s in lost:
                self.notes.append(f"city alias {s!r}: kept for {owner[s]['id']}, dropped from {ce['id']}")
            if not keep:
                continue
            if ce["name"] not in keep:
                ce["name"] = keep[0]
            ce["aliases"] = [s for s in keep if s != ce["name"]]
            self.add({k: v for k, v in ce.items() if not k.startswith("_")})

        # 4. Wikidata snapshots
        self.load_heads()
        self.load_foreign_ministers()
        self.load_orgs()

        # 5. curated entries (after snapshots so they win/extend)
        for c in curated:
            if c.get("_drop"):
                self.e.pop(c["id"], None)
                continue
            if not c.get("id"):
                sys.exit(f"curated entry without id: {c}")
            if c["id"] not in self.e and "type" not in c:
                sys.exit(f"curated override for unknown id {c['id']} has no type")
            self.add({k: v for k, v in c.items() if not k.startswith("_")}, curated=True)
            for of in c.get("_drop_roles", []):
                ent = self.e[c["id"]]
                ent["roles"] = [r for r in ent.get("roles", []) if r["of"] != of]
            rm = c.get("_remove_aliases")
            if rm:
                ent = self.e[c["id"]]
                ent["aliases"] = [a for a in ent.get("aliases", []) if a not in rm]
                ent["adjectives"] = [a for a in ent.get("adjectives", []) if a not in rm]

        # 6. normalise: folded variants, dedupe, sort
        out = []
        for i, e in self.e.items():
            name = e["name"]
            aliases = [a for a in e.get("aliases", []) if a]
            if e["type"] in ("PERSON", "LOCATION"):
                for s in [name] + list(aliases):
                    f = fold(s)
                    if f != s and f not in aliases and f not in CITY_STOP:
                        aliases.append(f)
            adjs = list(e.get("adjectives", []))
            for s in list(adjs):
                f = fold(s)
                if f != s and f not in adjs:
                    adjs.append(f)
            e["aliases"] = sorted({a for a in aliases if a != name})
            e["adjectives"] = sorted(set(adjs))
            if e.get("roles"):
                uniq = {json.dumps(canonical({"roles": [r]})["roles"][0]): r for r in e["roles"]}
                e["roles"] = sorted(uniq.values(), key=lambda r: (r.get("from", ""), r["role"], r["of"]))
            out.append(e)
        out.sort(key=lambda e: e["id"])
        return out

    def load_heads(self):
        path = os.path.join(self.gaz, "wikidata-leaders", "heads_of_state_and_government_2021_2022.wikidata.csv")
        hog = re.compile(r"^(Prime [Mm]inister|Premier|Federal Chancellor|Chancellor|Taoiseach|Chief Minister|"
                         r"Chairman of the Council of Ministers|Minister|President of the Executive Yuan|First Minister)")
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                pid, name = r["officeholder"], r["officeholderLabel"]
                cid = COUNTRY_SAME.get(r["countryid"], r["countryid"])
                if not pid or not ID_RE.match(pid) or not usable_label(name) or cid not in self.e:
                    continue
                if r["positionLabel"].startswith("Governor-General"):
                    role = "governor_general"
                else:
                    role = "head_of_government" if hog.match(r["positionLabel"]) else "head_of_state"
                # Years only in the source: keep the interval in which the holder was certainly in
                # office (1 Jan after the start year .. 1 Jan of the end year / the snapshot date).
                if not r["start_year"]:
                    continue
                ro = {"role": role, "of": cid, "from": f"{int(r['start_year']) + 1:04d}-01-01"}
                if r["end_year"]:
                    ro["to"] = f"{int(r['end_year']):04d}-01-01"
                    if ro["to"] < ro["from"]:
                        ro = None
                else:
                    ro["to"] = HEADS_SNAPSHOT
                    ro["from"] = min(ro["from"], HEADS_SNAPSHOT)
                if ro is None:
                    self.add({"id": pid, "type": "PERSON", "name": name, "country": cid})
                    continue
                self.add({"id": pid, "type": "PERSON", "name": name, "country": cid, "roles": [ro]})

    def load_foreign_ministers(self):
        path = os.path.join(self.gaz, "wikidata-leaders", "foreign_ministers_2023-01.wikidata.csv")
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                pid, name = r["person"], r["name"]
                cid = COUNTRY_SAME.get(r["country"], r["country"])
                if not pid or not ID_RE.match(pid) or not usable_label(name) or cid not in self.e:
                    continue
                ro = {"role": "foreign_minister", "of": cid}
                if valid_date(r["start"]):
                    ro["from"] = r["start"]
                else:
                    continue
                ro["to"] = FM_SNAPSHOT
                e = {"id": pid, "type": "PERSON", "name": name, "roles": [ro]}
                if pid not in self.e:
                    e["country"] = cid
                self.add(e)

    ORG_POSITIONS = {
        "Secretary-General of the United Nations": ("secretary_general", "Q1065"),
        "Deputy Secretary-General of the United Nations": ("deputy_secretary_general", "Q1065"),
        "Under-Secretary-General of the United Nations": ("under_secretary_general", "Q1065"),
        "President of the United Nations General Assembly": ("president", "Q47423"),
        "President of the International Court of Justice": ("president", "Q7801"),
        "Vice President of the International Court of Justice": ("vice_president", "Q7801"),
        "Judge of the International Court of Justice": ("judge", "Q7801"),
        "OSCE High Commissioner on National Minorities": ("high_commissioner_on_national_minorities", "Q81299"),
        "Director-General of the World Trade Organization": ("director_general", "Q7825"),
        "president of the Parliamentary Assembly of the Council of Europe": ("president", "Q939743"),
    }

    def load_orgs(self):
        path = os.path.join(self.gaz, "wikidata-leaders", "intl_org_officeholders_since2000.wikidata.csv")

        def pad(d, end):
            """Partial dates: keep the certain part of the interval (start -> first day after the
            period, end -> first day of the period)."""
            if not d:
                return None
            if re.fullmatch(r"\d{4}", d):
                return f"{int(d) + (0 if end else 1):04d}-01-01"
            if re.fullmatch(r"\d{4}-\d{2}", d):
                if end:
                    return d + "-01"
                y, m = map(int, d.split("-"))
                return datetime.date(y + (m == 12), m % 12 + 1, 1).isoformat()
            return d if valid_date(d) else None

        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                pos = self.ORG_POSITIONS.get(r["position"])
                pid, name = r["personID"], r["person"]
                if not pos or not ID_RE.match(pid) or not usable_label(name):
                    continue
                name = name.split(",")[0]  # "Mark Malloch Brown, Baron Malloch-Brown"
                ro = {"role": pos[0], "of": pos[1], "from": pad(r["start"], False)}
                if not ro["from"]:
                    continue
                ro["to"] = pad(r["end"], True) or ORGS_SNAPSHOT
                if ro["to"] < ro["from"]:
                    self.add({"id": pid, "type": "PERSON", "name": name})
                    continue
                self.add({"id": pid, "type": "PERSON", "name": name, "roles": [ro]})


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazetteers", default=os.path.join(REPO, "..", "shared", "gazetteers"))
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--check", action="store_true", help="validate the committed file only")
    ap.add_argument("-v", "--verbose", action="store_true", help="list all collisions and notes")
    a = ap.parse_args()
    if a.check:
        sys.exit(check(a.out))
    b = Builder(os.path.normpath(a.gazetteers))
    entries = b.build()
    errors, warnings = [], []
    coll = validate(entries, errors, warnings)
    for w in warnings:
        print("warning:", w)
    if errors:
        for er in errors:
            print("ERROR:", er)
        sys.exit(f"{len(errors)} errors; nothing written")
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    data = "".join(dumps(e) + "\n" for e in entries)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    counts = defaultdict(int)
    roles = 0
    for e in entries:
        counts[e["type"]] += 1
        roles += len(e.get("roles", []))
    print(f"wrote {a.out}: {len(entries)} actors ({len(data.encode('utf-8'))} bytes)")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    print(f"  roles         {roles}")
    print(f"{len(b.notes)} notes, {len(coll)} shared surface forms (same type)")
    if a.verbose:
        for n in b.notes:
            print("note:", n)
    names = {e["id"]: e["name"] for e in entries}
    for (t, s), ids in sorted(coll.items()):
        if a.verbose or t != "LOCATION" or any(not i.startswith("geonames:") for i in ids):
            print(f"collision {t} {s!r}: " + ", ".join(f"{i} ({names[i]})" for i in ids))


if __name__ == "__main__":
    main()
