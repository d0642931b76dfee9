//! The ISTAT gazetteer: all 7,896 comuni of Italy with their province, region,
//! names in other languages and a point inside each (ISTAT list joined with
//! Openpolis boundaries; see `assets/data/SOURCES.md`).
//!
//! Lookups: by ISTAT code; by name (accents, other-language names,
//! transliteration, one typo, province or region words to disambiguate);
//! nearest to a point; every comune of a province or region.
//!
//! It is reference data shipped with the app, not catalog data: a feed never
//! replaces it, so it lives in memory, parsed once from the bundled file
//! (`assets/data/comuni.tsv`, embedded).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::geo_math::distance_km;
use crate::text::{ascii_fold, within_one_edit};

const COMUNI_TSV: &str = include_str!("../../assets/data/comuni.tsv");

#[derive(Debug, Clone, PartialEq)]
pub struct Comune {
    /// Six-digit ISTAT code, e.g. `100005` (Prato).
    pub istat: String,
    pub name: String,
    /// Names in other official languages (Bozen, Aoste, ...).
    pub alt_names: Vec<String>,
    pub province_code: String,
    /// Vehicle-plate abbreviation, e.g. `PO`.
    pub province_abbr: String,
    pub province_name: String,
    pub region_code: String,
    pub region_name: String,
    pub latitude: f64,
    pub longitude: f64,
    pub population: u32,
}

impl Comune {
    /// "Castro (LE)": the name people read, unambiguous.
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.province_abbr)
    }
}

/// A territory at any level, by ISTAT code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Territory {
    Region(String),
    Province(String),
    Comune(String),
}

impl Territory {
    /// Region codes have 2 digits, provinces 3, comuni 6.
    pub fn from_code(code: &str) -> Option<Territory> {
        if !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        match code.len() {
            2 => Some(Territory::Region(code.to_string())),
            3 => Some(Territory::Province(code.to_string())),
            6 => Some(Territory::Comune(code.to_string())),
            _ => None,
        }
    }

    pub fn code(&self) -> &str {
        match self {
            Territory::Region(c) | Territory::Province(c) | Territory::Comune(c) => c,
        }
    }

    pub fn contains(&self, comune: &Comune) -> bool {
        match self {
            Territory::Region(c) => comune.region_code == *c,
            Territory::Province(c) => comune.province_code == *c,
            Territory::Comune(c) => comune.istat == *c,
        }
    }
}

/// A comune found by name, with how well it matched.
#[derive(Debug, Clone, Copy)]
pub struct ComuneMatch<'a> {
    pub comune: &'a Comune,
    pub score: u32,
}

#[derive(Debug)]
pub struct Gazetteer {
    comuni: Vec<Comune>,
    by_istat: HashMap<String, usize>,
    /// Per comune: folded words of its names, and of its province and region.
    name_words: Vec<Vec<String>>,
    full_names: Vec<Vec<String>>,
    place_words: Vec<Vec<String>>,
}

#[derive(Debug, thiserror::Error)]
#[error("gazetteer line {line}: {reason}")]
pub struct GazetteerError {
    pub line: usize,
    pub reason: String,
}

static BUNDLED: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::parse(COMUNI_TSV).expect("the bundled comuni.tsv is checked by tests")
});

impl Gazetteer {
    /// The gazetteer shipped in `assets/data/comuni.tsv`.
    pub fn bundled() -> &'static Gazetteer {
        &BUNDLED
    }

    pub fn parse(tsv: &str) -> Result<Gazetteer, GazetteerError> {
        let mut comuni = Vec::new();
        for (i, line) in tsv.lines().enumerate().skip(1) {
            let err = |reason: &str| GazetteerError {
                line: i + 1,
                reason: reason.to_string(),
            };
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 11 {
                return Err(err("expected 11 tab-separated fields"));
            }
            let latitude: f64 = f[8].parse().map_err(|_| err("bad latitude"))?;
            let longitude: f64 = f[9].parse().map_err(|_| err("bad longitude"))?;
            comuni.push(Comune {
                istat: f[0].to_string(),
                name: f[1].to_string(),
                alt_names: f[2]
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                province_code: f[3].to_string(),
                province_abbr: f[4].to_string(),
                province_name: f[5].to_string(),
                region_code: f[6].to_string(),
                region_name: f[7].to_string(),
                latitude,
                longitude,
                population: f[10].parse().map_err(|_| err("bad population"))?,
            });
        }
        let by_istat = comuni
            .iter()
            .enumerate()
            .map(|(i, c)| (c.istat.clone(), i))
            .collect();
        let fold_words = |s: &str| -> Vec<String> {
            ascii_fold(s)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let full_names = comuni
            .iter()
            .map(|c| {
                std::iter::once(&c.name)
                    .chain(&c.alt_names)
                    .map(|n| ascii_fold(n))
                    .collect()
            })
            .collect();
        let name_words = comuni
            .iter()
            .map(|c| {
                let mut w: Vec<String> = std::iter::once(&c.name)
                    .chain(&c.alt_names)
                    .flat_map(|n| fold_words(n))
                    .collect();
                w.sort();
                w.dedup();
                w
            })
            .collect();
        let place_words = comuni
            .iter()
            .map(|c| {
                let mut w = fold_words(&c.province_name);
                w.extend(fold_words(&c.region_name));
                w.push(c.province_abbr.to_ascii_lowercase());
                w
            })
            .collect();
        Ok(Gazetteer {
            comuni,
            by_istat,
            name_words,
            full_names,
            place_words,
        })
    }

    pub fn len(&self) -> usize {
        self.comuni.len()
    }

    pub fn is_empty(&self) -> bool {
        self.comuni.is_empty()
    }

    pub fn all(&self) -> &[Comune] {
        &self.comuni
    }

    pub fn by_istat(&self, code: &str) -> Option<&Comune> {
        self.by_istat.get(code).map(|&i| &self.comuni[i])
    }

    /// The comune whose inner point is nearest to the given point.
    pub fn nearest(&self, lat: f64, lon: f64) -> Option<&Comune> {
        self.comuni.iter().min_by(|a, b| {
            distance_km(lat, lon, a.latitude, a.longitude).total_cmp(&distance_km(
                lat,
                lon,
                b.latitude,
                b.longitude,
            ))
        })
    }

    pub fn in_territory<'a>(
        &'a self,
        territory: &'a Territory,
    ) -> impl Iterator<Item = &'a Comune> + 'a {
        self.comuni.iter().filter(move |c| territory.contains(c))
    }

    /// Comuni by name, best first: accent-insensitive, any of their names,
    /// transliterated from other scripts, one typo per word of five or more
    /// letters, prefixes while typing; extra words may name the province or
    /// region ("castro bergamo", "reggio calabria", "valenza al").
    pub fn find(&self, query: &str, limit: usize) -> Vec<ComuneMatch<'_>> {
        let folded = ascii_fold(query);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<ComuneMatch<'_>> = Vec::new();
        for (i, comune) in self.comuni.iter().enumerate() {
            if let Some(score) = self.score(i, &folded, &words) {
                found.push(ComuneMatch { comune, score });
            }
        }
        found.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(b.comune.population.cmp(&a.comune.population))
                .then(a.comune.istat.cmp(&b.comune.istat))
        });
        found.truncate(limit);
        found
    }

    fn score(&self, i: usize, folded_query: &str, words: &[&str]) -> Option<u32> {
        let names = &self.name_words[i];
        let places = &self.place_words[i];
        let mut score = 0;
        let mut name_hit = false;
        for (n, word) in words.iter().enumerate() {
            let last = n + 1 == words.len();
            let best_name = names
                .iter()
                .map(|w| word_score(word, w, last))
                .max()
                .unwrap_or(0);
            let best_place = places
                .iter()
                .map(|w| word_score(word, w, last))
                .max()
                .unwrap_or(0);
            if best_name == 0 && best_place == 0 {
                return None;
            }
            // A word that names the province outranks a typo in the comune's name.
            if best_name > 0 && best_name >= best_place {
                name_hit = true;
                score += best_name * 10;
            } else {
                score += best_place * 6;
            }
        }
        if !name_hit {
            return None;
        }
        if self.full_names[i].iter().any(|n| n == folded_query) {
            score += 100;
        }
        // Every word of the name typed: "reggio calabria" fits "reggio di calabria"
        // better than "reggio nell'emilia" does.
        let covered = names
            .iter()
            .filter(|n| n.len() > 2 && words.iter().any(|w| word_score(w, n, true) >= 2))
            .count();
        let significant = names.iter().filter(|n| n.len() > 2).count();
        if covered == significant {
            score += 5;
        }
        Some(score)
    }
}

/// 3 exact, 2 prefix (while typing), 1 one typo away, 0 no match.
fn word_score(typed: &str, word: &str, allow_prefix: bool) -> u32 {
    if typed == word {
        3
    } else if allow_prefix && typed.len() >= 2 && word.starts_with(typed) {
        2
    } else if typed.chars().count() >= 5 && within_one_edit(typed, word) {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> &'static Gazetteer {
        Gazetteer::bundled()
    }

    fn first(query: &str) -> String {
        g().find(query, 1)
            .first()
            .map(|m| m.comune.label())
            .unwrap_or_default()
    }

    #[test]
    fn holds_every_comune_with_a_point_in_italy() {
        assert_eq!(g().len(), 7896);
        for c in g().all() {
            assert!(crate::geo_math::in_italy(c.latitude, c.longitude), "{c:?}");
            assert!(c.population > 0, "{c:?}");
            assert_eq!(c.istat.len(), 6);
        }
    }

    #[test]
    fn ambiguous_names_come_out_right() {
        assert_eq!(first("Reggio Calabria"), "Reggio di Calabria (RC)");
        assert_eq!(first("reggio emilia"), "Reggio nell'Emilia (RE)");
        assert_eq!(first("forli"), "Forlì (FC)");
        assert_eq!(first("Bozen"), "Bolzano (BZ)");
        assert_eq!(first("prato"), "Prato (PO)");
        assert_eq!(first("Прато"), "Prato (PO)");
        assert_eq!(first("Milnao"), "Milano (MI)");
        let castro: Vec<String> = g()
            .find("Castro", 5)
            .iter()
            .map(|m| m.comune.label())
            .collect();
        assert!(castro.contains(&"Castro (LE)".to_string()), "{castro:?}");
        assert!(castro.contains(&"Castro (BG)".to_string()), "{castro:?}");
        assert_eq!(first("castro bergamo"), "Castro (BG)");
        assert_eq!(first("castro le"), "Castro (LE)");
    }

    #[test]
    fn by_code_nearest_and_territories() {
        let prato = g().by_istat("100005").expect("Prato");
        assert_eq!(prato.name, "Prato");
        assert_eq!(
            g().nearest(43.88, 11.10).map(|c| c.istat.as_str()),
            Some("100005")
        );
        let prato = Territory::Province("100".into());
        assert_eq!(
            g().in_territory(&prato).count(),
            7,
            "Prato has seven comuni"
        );
        let tuscany = Territory::Region("09".into());
        assert!(g().in_territory(&tuscany).count() > 250);
        assert_eq!(
            Territory::from_code("100005"),
            Some(Territory::Comune("100005".into()))
        );
        assert_eq!(Territory::from_code("1x"), None);
    }
}
