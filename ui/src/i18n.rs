//! Every string the user reads comes from `locales/<lang>/*.ftl` (embedded by
//! `build.rs`) through fluent; [`Tr`] formats messages, plurals, numbers (CLDR
//! separators; Western digits in every language, Arabic included, as the
//! Italian papers people copy from write them), distances, dates and times per
//! locale. The rules translators follow are in `locales/README.md`.
//!
//! The bundles are parsed once per process. A message missing in a language
//! falls back to Italian (then to its key) so a gap never blanks a screen, but
//! the locale parity test fails on any such gap before it can ship. The
//! system's locales pick the first language through [`negotiate`]
//! (`fluent-langneg`). [`check_locales`] is the parity check `tests/locales.rs`
//! runs; [`message_shapes`] is what `tests/glossary.rs` reads plurals and
//! placeables from.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use catalog::Lang;
/// The type of a message argument, for callers outside this crate.
pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language the app falls back to when the system asks for one it
/// does not have: most people who need the app read English better than
/// Italian, and the picker on first start lets them choose.
pub const FALLBACK_LANG: Lang = Lang::En;

/// A message that failed to parse or load.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locales/{lang}/{file}: {message}")]
pub struct LocaleError {
    pub lang: String,
    pub file: String,
    pub message: String,
}

struct Bundles {
    by_lang: HashMap<Lang, FluentBundle<FluentResource>>,
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut by_lang = HashMap::new();
        for lang in Lang::ALL {
            // Errors are reported by `check_locales` (and its test); at run
            // time a broken message simply falls back.
            let (bundle, _errors) = build_bundle(lang);
            by_lang.insert(lang, bundle);
        }
        Bundles { by_lang }
    })
}

fn langid(lang: Lang) -> LanguageIdentifier {
    lang.code()
        .parse()
        .expect("language codes are valid BCP 47")
}

fn build_bundle(lang: Lang) -> (FluentBundle<FluentResource>, Vec<LocaleError>) {
    let mut bundle = FluentBundle::new_concurrent(vec![langid(lang)]);
    let mut errors = Vec::new();
    for (code, file, source) in LOCALE_FILES.iter().filter(|f| f.0 == lang.code()) {
        let err = |message: String| LocaleError {
            lang: (*code).to_string(),
            file: (*file).to_string(),
            message,
        };
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.extend(errs.iter().map(|e| err(format!("{e:?}"))));
                r
            }
        };
        if let Err(errs) = bundle.add_resource(resource) {
            errors.extend(errs.iter().map(|e| err(format!("{e:?}"))));
        }
    }
    (bundle, errors)
}

/// Message ids per language, and every parse error: what the parity test
/// checks.
pub fn check_locales() -> (HashMap<Lang, Vec<String>>, Vec<LocaleError>) {
    let mut ids = HashMap::new();
    let mut errors = Vec::new();
    for lang in Lang::ALL {
        let mut keys = Vec::new();
        for (code, file, source) in LOCALE_FILES.iter().filter(|f| f.0 == lang.code()) {
            match FluentResource::try_new((*source).to_string()) {
                Ok(r) => keys.extend(message_ids(&r)),
                Err((r, errs)) => {
                    keys.extend(message_ids(&r));
                    errors.extend(errs.iter().map(|e| LocaleError {
                        lang: (*code).to_string(),
                        file: (*file).to_string(),
                        message: format!("{e:?}"),
                    }));
                }
            }
        }
        keys.sort();
        ids.insert(lang, keys);
        errors.extend(build_bundle(lang).1);
    }
    (ids, errors)
}

fn message_ids(r: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    r.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// How one message uses its variables: what the plural test reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageShape {
    pub id: String,
    /// Every `$variable` the message reads, in any variant.
    pub variables: BTreeSet<String>,
    /// Each select expression: the variable it chooses on and its variant
    /// keys (`one`, `few`, `0`…).
    pub selectors: Vec<(String, Vec<String>)>,
}

/// The shape of every message of `lang` (terms left out).
pub fn message_shapes(lang: Lang) -> Vec<MessageShape> {
    use fluent_syntax::ast::Entry;
    let mut shapes = Vec::new();
    for (_, _, source) in LOCALE_FILES.iter().filter(|f| f.0 == lang.code()) {
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                let mut shape = MessageShape {
                    id: m.id.name.to_string(),
                    ..MessageShape::default()
                };
                if let Some(p) = &m.value {
                    walk_pattern(p, &mut shape);
                }
                for a in &m.attributes {
                    walk_pattern(&a.value, &mut shape);
                }
                shapes.push(shape);
            }
        }
    }
    shapes
}

fn walk_pattern(p: &fluent_syntax::ast::Pattern<&str>, shape: &mut MessageShape) {
    use fluent_syntax::ast::PatternElement;
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(e: &fluent_syntax::ast::Expression<&str>, shape: &mut MessageShape) {
    use fluent_syntax::ast::{Expression, InlineExpression, VariantKey};
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                shape.selectors.push((id.name.to_string(), keys));
            }
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
        Expression::Inline(i) => walk_inline(i, shape),
    }
}

fn walk_inline(i: &fluent_syntax::ast::InlineExpression<&str>, shape: &mut MessageShape) {
    use fluent_syntax::ast::InlineExpression;
    match i {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

/// The message `key` in `lang`, with arguments.
pub fn message(lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let b = bundles();
    for l in [lang, Lang::It] {
        let Some(bundle) = b.by_lang.get(&l) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    key.to_string()
}

/// A translator bound to one language: what components hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    pub fn t(&self, key: &str) -> String {
        message(self.lang, key, None)
    }

    /// A message with arguments: `tr.a("results-count", &[("count", 3.into())])`.
    pub fn a(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        message(self.lang, key, Some(&fa))
    }

    pub fn dir(&self) -> &'static str {
        if self.lang.is_rtl() { "rtl" } else { "ltr" }
    }

    /// A number with the locale's decimal and group separators.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        format_number(self.lang, value, decimals)
    }

    /// A distance: metres under 1 km, one decimal under 10 km, whole km above.
    pub fn distance(&self, km: f64) -> String {
        if km < 1.0 {
            let metres = ((km * 1000.0) / 10.0).round() * 10.0;
            self.a(
                "distance-m",
                &[("m", FluentValue::from(self.number(metres, 0)))],
            )
        } else if km < 10.0 {
            self.a(
                "distance-km",
                &[("km", FluentValue::from(self.number(km, 1)))],
            )
        } else {
            self.a(
                "distance-km",
                &[("km", FluentValue::from(self.number(km, 0)))],
            )
        }
    }

    /// A distance said no more precisely than the point it was measured
    /// to: exact for an address; "about 3 km" (whole km, at least 1) for a
    /// postcode's point; for a point at the comune's centre no distance at
    /// all, "in Prato" (None when the comune is unknown).
    pub fn distance_at(
        &self,
        km: f64,
        precision: catalog::Precision,
        comune: Option<&str>,
    ) -> Option<String> {
        match precision {
            catalog::Precision::Address => Some(self.distance(km)),
            catalog::Precision::Postcode => Some(self.a(
                "distance-about",
                &[(
                    "distance",
                    FluentValue::from(self.a(
                        "distance-km",
                        &[("km", FluentValue::from(self.number(km.round().max(1.0), 0)))],
                    )),
                )],
            )),
            catalog::Precision::Comune => comune.map(|c| {
                self.a(
                    "distance-in-comune",
                    &[("comune", FluentValue::from(c.to_string()))],
                )
            }),
        }
    }

    /// `YYYY-MM-DD` as the locale writes a date ("24 novembre 2026").
    pub fn date(&self, iso: &str) -> String {
        let Ok(d) = chrono::NaiveDate::parse_from_str(iso.get(..10).unwrap_or(iso), "%Y-%m-%d")
        else {
            return iso.to_string();
        };
        use chrono::Datelike;
        let month = self.t(&format!("month-{}", d.month()));
        self.a(
            "date-long",
            &[
                ("day", FluentValue::from(d.day().to_string())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(d.year().to_string())),
            ],
        )
    }

    /// A time of day ("09:30").
    pub fn time(&self, hour: u32, minute: u32) -> String {
        format!("{hour:02}:{minute:02}")
    }

    /// Counts and other integers in the locale's grouping.
    pub fn count(&self, n: usize) -> String {
        format_number(self.lang, n as f64, 0)
    }
}

/// Decimal and group separators, after CLDR.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::It | Lang::Es | Lang::Uk | Lang::Ru | Lang::Sq | Lang::Fr => {
            let group = match lang {
                Lang::It | Lang::Es => '.',
                // French, Russian, Ukrainian and Albanian group with a
                // (narrow) no-break space.
                _ => '\u{202F}',
            };
            (',', group)
        }
        // As written in Morocco and Tunisia (CLDR ar-MA, ar-TN), and as in
        // the Italian documents the reader meets (see the note on digits below).
        Lang::Ar => (',', '.'),
        Lang::En | Lang::Zh | Lang::Pa | Lang::Tl => ('.', ','),
    }
}

// Every language, Arabic included, writes Western digits (0–9). The largest
// Arabic-speaking communities in Italy (Moroccan, Tunisian) write them, as do
// the phone numbers, dates and addresses they copy from Italian papers; one
// screen mixing ٣ from a formatted count with 3 from a string ("803.001",
// "112", a time) read as two number systems. See locales/README.md.

pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    let (dec, group) = separators(lang);
    let raw = format!("{:.*}", decimals, value.abs());
    let (int, frac) = raw.split_once('.').unwrap_or((&raw, ""));
    let mut grouped = String::new();
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        // Spanish does not group four-digit numbers (CLDR minimumGroupingDigits 2).
        let min_group = if lang == Lang::Es { 5 } else { 4 };
        if i > 0 && (len - i) % 3 == 0 && len >= min_group {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let mut out = String::new();
    if value < 0.0 && value.abs() >= 0.5 * 10f64.powi(-(decimals as i32)) {
        out.push('-');
    }
    out.push_str(&grouped);
    if !frac.is_empty() {
        out.push(dec);
        out.push_str(frac);
    }
    out
}

/// The best of the 11 languages for the system's preferred locales
/// (`sys-locale` gives them in BCP 47), or [`FALLBACK_LANG`].
pub fn negotiate(requested: &[String]) -> Lang {
    use fluent_langneg::{LanguageIdentifier as Id, NegotiationStrategy, negotiate_languages};
    let requested: Vec<Id> = requested
        .iter()
        // POSIX locales come as `ar_EG.UTF-8`.
        .filter_map(|r| {
            let tag = r.split(['.', '@']).next().unwrap_or(r).replace('_', "-");
            Id::try_from_bytes(tag.as_bytes()).ok()
        })
        .collect();
    let available: Vec<Id> = Lang::ALL
        .iter()
        .filter_map(|l| Id::try_from_bytes(l.code().as_bytes()).ok())
        .collect();
    let default = Id::try_from_bytes(FALLBACK_LANG.code().as_bytes()).ok();
    let chosen = negotiate_languages(
        &requested,
        &available,
        default.as_ref(),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|l| Lang::from_code(l.language.as_str()))
        .unwrap_or(FALLBACK_LANG)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(format_number(Lang::It, 1234.5, 1), "1.234,5");
        assert_eq!(format_number(Lang::En, 1234.5, 1), "1,234.5");
        assert_eq!(format_number(Lang::Es, 1234.0, 0), "1234");
        assert_eq!(format_number(Lang::Es, 12345.0, 0), "12.345");
        assert_eq!(format_number(Lang::Fr, 12345.0, 0), "12\u{202F}345");
        // Western digits in Arabic, with the Moroccan and Tunisian separators.
        assert_eq!(format_number(Lang::Ar, 1234.5, 1), "1.234,5");
        assert_eq!(Tr::new(Lang::Ar).time(9, 5), "09:05");
        assert_eq!(format_number(Lang::It, -0.01, 1), "0,0");
    }

    #[test]
    fn negotiation_picks_a_supported_language() {
        assert_eq!(negotiate(&["ar_EG.UTF-8".into()]), Lang::Ar);
        assert_eq!(negotiate(&["uk-UA".into(), "en-US".into()]), Lang::Uk);
        assert_eq!(negotiate(&["de-DE".into(), "fr-FR".into()]), Lang::Fr);
        assert_eq!(negotiate(&["de-DE".into()]), FALLBACK_LANG);
        assert_eq!(negotiate(&[]), FALLBACK_LANG);
        assert_eq!(negotiate(&["zh-Hans-CN".into()]), Lang::Zh);
    }

    #[test]
    fn a_distance_is_said_no_more_precisely_than_its_point() {
        use catalog::Precision;
        let tr = Tr::new(Lang::En);
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            tr.distance_at(1.23, Precision::Address, Some("Prato"))
                .map(plain),
            Some("1.2 km".into())
        );
        assert_eq!(
            tr.distance_at(2.6, Precision::Postcode, Some("Prato"))
                .map(plain),
            Some("about 3 km".into())
        );
        assert_eq!(
            tr.distance_at(0.2, Precision::Postcode, None).map(plain),
            Some("about 1 km".into()),
            "never under a kilometre"
        );
        assert_eq!(
            tr.distance_at(1.23, Precision::Comune, Some("Prato"))
                .map(plain),
            Some("in Prato".into())
        );
        assert_eq!(tr.distance_at(1.23, Precision::Comune, None), None);
        let it = Tr::new(Lang::It);
        assert_eq!(
            it.distance_at(1.23, Precision::Comune, Some("Prato"))
                .map(plain),
            Some("a Prato".into())
        );
    }
}
