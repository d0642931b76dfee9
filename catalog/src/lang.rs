//! The 11 languages Integra speaks.

use serde::{Deserialize, Serialize};

/// A UI and content language. Italian is the language of record: every
/// catalog text exists in Italian, other languages are translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    It,
    En,
    Fr,
    Es,
    Sq,
    Ar,
    Zh,
    Pa,
    Ru,
    Tl,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 11] = [
        Lang::It,
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::Sq,
        Lang::Ar,
        Lang::Zh,
        Lang::Pa,
        Lang::Ru,
        Lang::Tl,
        Lang::Uk,
    ];

    /// ISO 639-1 code, as used in locale folders and translation rows.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Sq => "sq",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Pa => "pa",
            Lang::Ru => "ru",
            Lang::Tl => "tl",
            Lang::Uk => "uk",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.split(['-', '_']).next().unwrap_or(code);
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("de"), None);
    }
}
