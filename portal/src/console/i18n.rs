//! The console's words, in Italian and English (fluent files under
//! `portal/locales/`, compiled in; a test checks both have every key).

use std::sync::LazyLock;

use axum::http::{HeaderMap, header};
use fluent_bundle::FluentArgs;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::store::Role;

/// The console's languages (the national office and the referents work in
/// Italian; English for everyone else).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsoleLang {
    It,
    En,
}

const IT: &str = include_str!("../../locales/it/console.ftl");
const EN: &str = include_str!("../../locales/en/console.ftl");

fn bundle(lang: &str, source: &'static str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().expect("a language tag");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would reach the HTML as invisible characters around
    // every argument; the console shows one direction.
    b.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{lang}/console.ftl: {errors:?}"));
    b.add_resource(resource)
        .unwrap_or_else(|errors| panic!("{lang}/console.ftl: {errors:?}"));
    b
}

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| [bundle("it", IT), bundle("en", EN)]);

impl ConsoleLang {
    pub const ALL: [ConsoleLang; 2] = [ConsoleLang::It, ConsoleLang::En];

    pub fn code(self) -> &'static str {
        match self {
            ConsoleLang::It => "it",
            ConsoleLang::En => "en",
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        &BUNDLES[match self {
            ConsoleLang::It => 0,
            ConsoleLang::En => 1,
        }]
    }

    /// The reader's language: `?lang=` (what they chose on this page),
    /// then the console's cookie, then the browser's first choice,
    /// Italian otherwise.
    pub fn of(headers: &HeaderMap) -> ConsoleLang {
        let cookie = super::cookies(headers)
            .get(super::LANG_COOKIE)
            .and_then(|v| ConsoleLang::from_code(v));
        cookie.unwrap_or_else(|| {
            let first = headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .unwrap_or("");
            if first.trim().to_lowercase().starts_with("en") {
                ConsoleLang::En
            } else {
                ConsoleLang::It
            }
        })
    }

    pub fn from_code(code: &str) -> Option<ConsoleLang> {
        ConsoleLang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The message `key` (its id when missing: the parity test keeps that
    /// from reaching a release).
    pub fn get(self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The message `key` with arguments.
    pub fn with(self, key: &str, args: &[(&str, String)]) -> String {
        let b = self.bundle();
        let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            // Counts select plural forms ("one", "other") as numbers only.
            // Codes with leading zeros ("058091") stay text.
            match v.parse::<i64>() {
                Ok(n) if n.to_string() == *v => fargs.set(*k, FluentValue::from(n)),
                _ => fargs.set(*k, FluentValue::from(v.clone())),
            }
        }
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// The catalog's language of the same code (taxonomy labels).
    pub fn catalog_lang(self) -> catalog::Lang {
        match self {
            ConsoleLang::It => catalog::Lang::It,
            ConsoleLang::En => catalog::Lang::En,
        }
    }

    pub fn role(self, role: Role) -> String {
        self.get(match role {
            Role::Editor => "role-editor",
            Role::Moderator => "role-moderator",
            Role::Admin => "role-admin",
        })
    }

    /// A territory by its name ("Lazio", "Roma"), or all of Italy.
    pub fn territory(self, code: Option<&str>) -> String {
        let Some(code) = code else {
            return self.get("territory-italy");
        };
        let gaz = catalog::Gazetteer::bundled();
        let name = match code.len() {
            6 => gaz.by_istat(code).map(|c| c.name.clone()),
            3 => gaz
                .all()
                .iter()
                .find(|c| c.province_code == code)
                .map(|c| c.province_name.clone()),
            2 => gaz
                .all()
                .iter()
                .find(|c| c.region_code == code)
                .map(|c| c.region_name.clone()),
            _ => None,
        };
        match name {
            Some(n) => format!("{n} ({code})"),
            None => code.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(source: &str) -> Vec<String> {
        let mut k: Vec<String> = source
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap_or("").trim().to_string())
            .collect();
        k.sort();
        k
    }

    #[test]
    fn both_languages_have_every_message() {
        assert_eq!(keys(IT), keys(EN));
        for lang in ConsoleLang::ALL {
            for key in keys(IT) {
                assert_ne!(lang.get(&key), key, "{} {key}", lang.code());
            }
        }
    }

    #[test]
    fn every_message_the_code_asks_for_exists() {
        let src = concat!(
            include_str!("mod.rs"),
            include_str!("auth.rs"),
            include_str!("todo.rs"),
            include_str!("queue.rs"),
            include_str!("people.rs"),
            include_str!("signup.rs"),
            include_str!("i18n.rs"),
        );
        let known = keys(IT);
        // Every literal given to `get(`, `with(`, a refusal, or returned as
        // a message id (`Err("…")`, `Some("…")`).
        let mut missing = Vec::new();
        for opener in ["get(\"", "with(\"", ", \"", "Err(\"", "Some(\""] {
            for part in src.split(opener).skip(1) {
                let Some(literal) = part.split('"').next() else {
                    continue;
                };
                let looks_like_key = literal.len() > 3
                    && literal.contains('-')
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                if looks_like_key && !known.iter().any(|k| k == literal) {
                    missing.push(literal.to_string());
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "messages without a text: {missing:?}");
    }

    #[test]
    fn every_audit_action_has_a_name() {
        for lang in ConsoleLang::ALL {
            for a in crate::accounts::AuditAction::ALL {
                let key = format!("audit-{}", a.as_str().replace('_', "-"));
                assert_ne!(lang.get(&key), key);
            }
        }
    }

    #[test]
    fn territories_read_as_names() {
        assert_eq!(ConsoleLang::It.territory(Some("12")), "Lazio (12)");
        assert_eq!(ConsoleLang::En.territory(None), "All of Italy");
    }
}
