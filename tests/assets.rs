//! The bundled reference data: boundaries agree with the gazetteer, stay
//! small enough to ship, and carry their sources and licences.

use std::collections::BTreeSet;

use catalog::Gazetteer;

fn asset(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn codes(geojson: &str) -> BTreeSet<String> {
    let v: serde_json::Value = serde_json::from_str(geojson).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let kind = f["geometry"]["type"].as_str().unwrap();
            assert!(kind == "Polygon" || kind == "MultiPolygon", "{kind}");
            f["properties"]["code"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn boundaries_match_the_gazetteer_and_stay_small() {
    let regions = asset("regions.geojson");
    let provinces = asset("provinces.geojson");
    assert!(
        regions.len() < 100_000,
        "regions.geojson is {} bytes",
        regions.len()
    );
    assert!(
        provinces.len() < 200_000,
        "provinces.geojson is {} bytes",
        provinces.len()
    );
    let region_codes = codes(&regions);
    let province_codes = codes(&provinces);
    assert_eq!(region_codes.len(), 20);
    let g = Gazetteer::bundled();
    let used_regions: BTreeSet<String> = g.all().iter().map(|c| c.region_code.clone()).collect();
    let used_provinces: BTreeSet<String> =
        g.all().iter().map(|c| c.province_code.clone()).collect();
    assert_eq!(used_regions, region_codes);
    assert_eq!(used_provinces, province_codes);
}

#[test]
fn sources_name_origin_and_licence() {
    let sources = asset("SOURCES.md");
    for needle in [
        "ISTAT",
        "Openpolis",
        "CC BY 4.0",
        "build_gazetteer.py",
        "Sample catalog",
        "example.org",
    ] {
        assert!(
            sources.contains(needle),
            "SOURCES.md does not mention {needle}"
        );
    }
}
