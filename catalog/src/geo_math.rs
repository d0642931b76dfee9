//! Distances on the Earth: haversine from `geo`, and the unit-sphere
//! embedding the spatial index uses (chord length orders points exactly as
//! great-circle distance does, which degrees of longitude would not).

use geo::{Distance, Haversine, Point};

/// Italy's bounding box, with a margin for Lampedusa and the Alps.
pub const ITALY_LAT: std::ops::RangeInclusive<f64> = 35.0..=47.2;
pub const ITALY_LON: std::ops::RangeInclusive<f64> = 6.5..=18.6;

const EARTH_RADIUS_KM: f64 = 6371.0088;

pub fn in_italy(lat: f64, lon: f64) -> bool {
    ITALY_LAT.contains(&lat) && ITALY_LON.contains(&lon)
}

pub fn valid_coordinates(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
}

/// Great-circle distance in kilometres.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    Haversine.distance(Point::new(lon1, lat1), Point::new(lon2, lat2)) / 1000.0
}

/// The point on the unit sphere.
pub fn unit_vector(lat: f64, lon: f64) -> [f64; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// Squared chord length on the unit sphere for a great-circle distance.
pub fn chord_squared(km: f64) -> f64 {
    let angle = (km / EARTH_RADIUS_KM).min(std::f64::consts::PI);
    let chord = 2.0 * (angle / 2.0).sin();
    chord * chord
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prato_to_florence_is_about_seventeen_km() {
        let d = distance_km(43.8777, 11.1022, 43.7696, 11.2558);
        assert!((16.0..19.0).contains(&d), "{d}");
    }

    #[test]
    fn chord_agrees_with_haversine() {
        let (a, b) = (unit_vector(43.8777, 11.1022), unit_vector(43.7696, 11.2558));
        let sq: f64 = a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum();
        let km = distance_km(43.8777, 11.1022, 43.7696, 11.2558);
        assert!((sq - chord_squared(km)).abs() < 1e-9);
    }
}
