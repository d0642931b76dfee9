#!/usr/bin/env python3
"""Sanity checks on the committed gazetteer outputs (comuni.tsv, provinces.geojson,
regions.geojson). Standard library only; if shapely is importable it also
reports how many comune points fall outside their (simplified) province.

    python3 assets/data/build/check_gazetteer.py

That each point lies inside its own full-resolution comune polygon is asserted
by build_gazetteer.py itself, which has the source geometry.
"""

import csv
import json
import os
import sys

DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLUMNS = ["istat", "name", "alt_names", "province_code", "province_abbr",
           "province_name", "region_code", "region_name", "lat", "lon",
           "population"]


def main():
    with open(os.path.join(DATA, "comuni.tsv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    assert header == COLUMNS, header
    assert len(rows) == 7896, len(rows)
    codes = [r["istat"] for r in rows]
    assert len(set(codes)) == len(codes), "duplicate istat codes"
    assert codes == sorted(codes), "not sorted by istat"
    for r in rows:
        assert len(r) == len(COLUMNS), r
        assert len(r["istat"]) == 6 and r["istat"].isdigit(), r
        assert len(r["province_code"]) == 3 and len(r["region_code"]) == 2, r
        assert len(r["province_abbr"]) == 2, r
        lat, lon = float(r["lat"]), float(r["lon"])
        assert 35.4 <= lat <= 47.1 and 6.6 <= lon <= 18.6, r
        assert len(r["lat"].split(".")[1]) == 5 and len(r["lon"].split(".")[1]) == 5, r
        assert int(r["population"]) > 0, r
        assert "?" not in r["name"] + r["alt_names"], r

    by = {r["istat"]: r for r in rows}
    assert (by["080063"]["name"], by["080063"]["province_abbr"]) == ("Reggio di Calabria", "RC")
    assert (by["035033"]["name"], by["035033"]["province_abbr"]) == ("Reggio nell'Emilia", "RE")
    assert by["035033"]["province_name"] == "Reggio nell'Emilia"
    assert by["080063"]["province_name"] == "Reggio Calabria"
    assert sorted(r["province_abbr"] for r in rows if r["name"] == "Castro") == ["BG", "LE"]
    assert any(r["name"] == "Forlì" and r["province_abbr"] == "FC" for r in rows)
    assert by["040012"]["province_name"] == "Forlì-Cesena"
    assert by["021008"]["name"] == "Bolzano" and "Bozen" in by["021008"]["alt_names"].split("|")
    assert by["100005"]["name"] == "Prato" and by["100005"]["province_abbr"] == "PO"
    assert by["058091"]["name"] == "Roma" and by["058091"]["province_code"] == "258"
    assert by["021008"]["region_name"] == "Trentino-Alto Adige/Südtirol"

    gj = {}
    for name in ("provinces", "regions"):
        with open(os.path.join(DATA, name + ".geojson"), encoding="utf-8") as f:
            gj[name] = json.load(f)["features"]
    prov = {f["properties"]["code"]: f for f in gj["provinces"]}
    reg = {f["properties"]["code"]: f for f in gj["regions"]}
    assert len(prov) == 107 and len(reg) == 20
    assert list(prov) == sorted(prov) and list(reg) == sorted(reg)
    for f in gj["provinces"]:
        assert list(f["properties"]) == ["code", "abbr", "name", "region_code"]
        assert f["properties"]["region_code"] in reg, f["properties"]
    for f in gj["regions"]:
        assert list(f["properties"]) == ["code", "name"]
    for f in gj["provinces"] + gj["regions"]:
        assert f["geometry"]["type"] == "MultiPolygon" and len(f["bbox"]) == 4
    for r in rows:
        p = prov[r["province_code"]]["properties"]
        assert (p["abbr"], p["name"], p["region_code"]) == (
            r["province_abbr"], r["province_name"], r["region_code"]), r
        assert reg[r["region_code"]]["properties"]["name"] == r["region_name"], r
    assert {r["province_code"] for r in rows} == set(prov)
    assert {r["region_code"] for r in rows} == set(reg)

    try:
        import shapely
        from shapely.geometry import shape
    except ImportError:
        print("shapely not available: skipped point-in-province report")
    else:
        pshape = {k: shape(f["geometry"]) for k, f in prov.items()}
        rshape = {k: shape(f["geometry"]) for k, f in reg.items()}
        out_p = [r for r in rows if not shapely.contains_xy(
            pshape[r["province_code"]], float(r["lon"]), float(r["lat"]))]
        out_r = [r for r in rows if not shapely.contains_xy(
            rshape[r["region_code"]], float(r["lon"]), float(r["lat"]))]
        far = [r for r in out_p if shapely.distance(
            pshape[r["province_code"]],
            shapely.Point(float(r["lon"]), float(r["lat"]))) > 0.02]
        print(f"points outside their simplified province: {len(out_p)}, "
              f"region: {len(out_r)}; farther than 0.02 deg: {len(far)}")
        assert not far, [(r["istat"], r["name"]) for r in far]

    print(f"ok: {len(rows)} comuni, {len(prov)} provinces, {len(reg)} regions")


if __name__ == "__main__":
    sys.exit(main())
