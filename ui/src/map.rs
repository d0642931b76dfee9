//! The offline map: Italy's regions and provinces (ISTAT boundaries by
//! Openpolis, simplified, bundled as GeoJSON) turned into SVG paths once per
//! process. No tiles, no network. The pins are the current page of results.
//!
//! Projection: equirectangular, longitudes scaled by cos 42° (the middle of
//! Italy), so shapes look right at the country's scale; units are 1/100 of
//! a degree of latitude.

use std::sync::OnceLock;

use serde::Deserialize;

const REGIONS: &str = include_str!("../../assets/data/regions.geojson");
const PROVINCES: &str = include_str!("../../assets/data/provinces.geojson");

const SCALE: f64 = 100.0;
/// cos(42°)
const LON_FACTOR: f64 = 0.743_144_825;

#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub code: String,
    pub name: String,
    /// For provinces, the region they belong to.
    pub region_code: Option<String>,
    pub path: String,
    pub bbox: BBox,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl BBox {
    const EMPTY: BBox = BBox {
        min_x: f64::INFINITY,
        min_y: f64::INFINITY,
        max_x: f64::NEG_INFINITY,
        max_y: f64::NEG_INFINITY,
    };

    fn add(&mut self, (x, y): (f64, f64)) {
        self.min_x = self.min_x.min(x);
        self.min_y = self.min_y.min(y);
        self.max_x = self.max_x.max(x);
        self.max_y = self.max_y.max(y);
    }

    fn union(mut self, o: BBox) -> BBox {
        self.add((o.min_x, o.min_y));
        self.add((o.max_x, o.max_y));
        self
    }

    /// An SVG viewBox around the box with a margin.
    pub fn view_box(&self) -> String {
        let w = self.max_x - self.min_x;
        let h = self.max_y - self.min_y;
        let m = w.max(h) * 0.05;
        format!(
            "{:.0} {:.0} {:.0} {:.0}",
            self.min_x - m,
            self.min_y - m,
            w + 2.0 * m,
            h + 2.0 * m
        )
    }

    /// How many map units one screen pixel is, roughly, for pin sizes.
    pub fn extent(&self) -> f64 {
        (self.max_x - self.min_x).max(self.max_y - self.min_y)
    }
}

pub fn project(latitude: f64, longitude: f64) -> (f64, f64) {
    (longitude * LON_FACTOR * SCALE, -latitude * SCALE)
}

#[derive(Deserialize)]
struct Collection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Properties {
    code: String,
    name: String,
    region_code: Option<String>,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

fn shapes(geojson: &str) -> Vec<Shape> {
    let c: Collection = serde_json::from_str(geojson).expect("bundled GeoJSON is checked by tests");
    c.features
        .into_iter()
        .map(|f| {
            let polygons = match f.geometry {
                Geometry::Polygon(p) => vec![p],
                Geometry::MultiPolygon(m) => m,
            };
            let mut path = String::new();
            let mut bbox = BBox::EMPTY;
            for ring in polygons.iter().flatten() {
                for (i, [lon, lat]) in ring.iter().enumerate() {
                    let (x, y) = project(*lat, *lon);
                    bbox.add((x, y));
                    path.push(if i == 0 { 'M' } else { 'L' });
                    path.push_str(&format!("{x:.1} {y:.1}"));
                }
                path.push('Z');
            }
            Shape {
                code: f.properties.code,
                name: f.properties.name,
                region_code: f.properties.region_code,
                path,
                bbox,
            }
        })
        .collect()
}

pub fn regions() -> &'static [Shape] {
    static R: OnceLock<Vec<Shape>> = OnceLock::new();
    R.get_or_init(|| shapes(REGIONS))
}

pub fn provinces() -> &'static [Shape] {
    static P: OnceLock<Vec<Shape>> = OnceLock::new();
    P.get_or_init(|| shapes(PROVINCES))
}

/// The name of a region, province or comune given by its ISTAT code.
pub fn territory_name(code: &str) -> Option<String> {
    let g = catalog::Gazetteer::bundled();
    match catalog::Territory::from_code(code)? {
        catalog::Territory::Region(c) => regions()
            .iter()
            .find(|r| r.code == c)
            .map(|r| r.name.clone()),
        catalog::Territory::Province(c) => provinces()
            .iter()
            .find(|p| p.code == c)
            .map(|p| p.name.clone()),
        catalog::Territory::Comune(c) => g.by_istat(&c).map(|c| c.label()),
    }
}

pub fn italy_bbox() -> BBox {
    regions().iter().fold(BBox::EMPTY, |b, s| b.union(s.bbox))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometry_covers_italy() {
        assert_eq!(regions().len(), 20);
        assert_eq!(provinces().len(), 107);
        let b = italy_bbox();
        // Prato projects inside the country's box.
        let (x, y) = project(43.88, 11.1);
        assert!(b.min_x < x && x < b.max_x && b.min_y < y && y < b.max_y);
        assert!(provinces().iter().all(|p| p.region_code.is_some()));
    }
}
