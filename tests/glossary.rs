//! The glossary (`locales/glossary.json`) holds: one term per concept and
//! one register per language in every locale file, the taxonomy labels and
//! the phrasebook meanings; every count goes through a plural selector; the
//! opening-hours sentences read their weekday as a placeable of its own.

use std::collections::BTreeMap;
use std::path::PathBuf;

use catalog::Lang;
use serde_json::Value;
use ui::i18n::{FluentValue, Tr, message_shapes};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(root().join(path)).expect(path);
    serde_json::from_str(&text).expect(path)
}

fn glossary() -> Value {
    json("locales/glossary.json")
}

/// Every text a reader of `lang` sees from the repository, with where it is:
/// the values of the locale files (ids, variant keys, `$variables` and
/// message references left out: they are code, not words), the taxonomy
/// labels and the phrasebook meanings.
fn texts(lang: Lang) -> Vec<(String, String)> {
    let code = lang.code();
    let mut out = Vec::new();
    let dir = root().join("locales").join(code);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locale dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&f).expect("ftl");
        let mut id = String::new();
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let value = match line.split_once(" =") {
                Some((key, rest)) if !line.starts_with(' ') && !key.contains(' ') => {
                    id = key.to_string();
                    rest
                }
                _ => line,
            };
            out.push((format!("locales/{code}/{name}: {id}"), strip_code(value)));
        }
    }
    let taxonomy = json("catalog/data/taxonomy.json");
    for (kind, entries) in taxonomy.as_object().expect("taxonomy object") {
        for e in entries.as_array().into_iter().flatten() {
            if let Some(label) = e["names"][code].as_str() {
                out.push((
                    format!("taxonomy {kind}/{}", e["id"].as_str().unwrap_or("?")),
                    label.to_string(),
                ));
            }
        }
    }
    let phrasebook = json("catalog/data/phrasebook.json");
    for p in phrasebook["phrases"].as_array().expect("phrases") {
        if let Some(meaning) = p[code].as_str() {
            out.push((
                format!("phrasebook {}", p["id"].as_str().unwrap_or("?")),
                meaning.to_string(),
            ));
        }
    }
    out
}

/// A pattern line without its code: `[one]`, `$count`, `->`, `{ message-id }`.
fn strip_code(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '[' => {
                for d in chars.by_ref() {
                    if d == ']' {
                        break;
                    }
                }
            }
            '$' => {
                while chars
                    .peek()
                    .is_some_and(|d| d.is_alphanumeric() || *d == '-' || *d == '_')
                {
                    chars.next();
                }
            }
            '{' => {
                // A message reference is `{ id }`: skip it whole.
                let rest: String = chars.clone().collect();
                match rest.find('}') {
                    Some(end)
                        if rest[..end]
                            .trim()
                            .chars()
                            .all(|d| d.is_ascii_lowercase() || d == '-') =>
                    {
                        for _ in 0..=end {
                            chars.next();
                        }
                    }
                    _ => out.push(c),
                }
            }
            '-' if chars.peek() == Some(&'>') => {
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether `variant` occurs in `text`: case-insensitive, as a whole word
/// (a trailing `*` allows any ending), anywhere in Chinese, which does not
/// separate words.
fn occurs(lang: Lang, variant: &str, text: &str) -> bool {
    let prefix = variant.ends_with('*');
    let needle = variant.trim_end_matches('*').to_lowercase();
    let hay = text.to_lowercase();
    hay.match_indices(&needle).any(|(at, _)| {
        if lang == Lang::Zh {
            return true;
        }
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric)
            && (prefix || !after.is_some_and(char::is_alphanumeric))
    })
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

#[test]
fn the_glossary_covers_every_language() {
    let g = glossary();
    for lang in Lang::ALL {
        let l = &g["languages"][lang.code()];
        assert!(
            l["register"].as_str().is_some_and(|r| !r.is_empty()),
            "{}: the glossary names no register",
            lang.code()
        );
        assert!(l["review"].is_string(), "{}: review status", lang.code());
    }
    let concepts = g["concepts"].as_array().expect("concepts");
    assert!(concepts.len() >= 18, "the concepts of the issue are listed");
    for c in concepts {
        for lang in Lang::ALL {
            assert!(
                c["terms"][lang.code()]["use"]
                    .as_str()
                    .is_some_and(|t| !t.is_empty()),
                "{}: no term for {}",
                c["id"],
                lang.code()
            );
        }
    }
}

#[test]
fn no_text_uses_a_variant_the_glossary_avoids() {
    let g = glossary();
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let texts = texts(lang);
        assert!(texts.len() > 500, "{}: texts read", lang.code());
        for c in g["concepts"].as_array().expect("concepts") {
            let term = &c["terms"][lang.code()];
            for variant in strings(&term["avoid"]) {
                for (place, text) in &texts {
                    if occurs(lang, variant, text) {
                        found.push(format!(
                            "{place}: «{variant}» for {} (the glossary says «{}»): {text}",
                            c["id"].as_str().unwrap_or("?"),
                            term["use"].as_str().unwrap_or("?")
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_language_keeps_one_register() {
    let g = glossary();
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let spec = &g["languages"][lang.code()];
        for (place, text) in texts(lang) {
            for word in strings(&spec["avoid"]) {
                if occurs(lang, word, &text) {
                    found.push(format!(
                        "{place}: «{word}» is not the register of {} ({}): {text}",
                        lang.code(),
                        spec["register"].as_str().unwrap_or("?")
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_matching_catches_the_defects_it_is_for() {
    // The checks above only mean something if these would fail them.
    assert!(occurs(Lang::Pa, "ਕਮੂਨੇ", "ਤੁਹਾਡੇ ਕਮੂਨੇ ਵਿੱਚ।"));
    assert!(occurs(Lang::Pa, "ਵਿਚੋਲ*", "ਅੰਤਰ-ਸੱਭਿਆਚਾਰਕ ਵਿਚੋਲਗੀ"));
    assert!(occurs(Lang::Uk, "комуні", "у вашій комуні"));
    assert!(!occurs(Lang::Uk, "комун", "Комунальні платежі включені?"));
    assert!(occurs(Lang::Zh, "你", "选择你的市镇"));
    assert!(!occurs(Lang::Zh, "你", "选择您的市镇"));
    assert!(occurs(Lang::Es, "tu", "en tu municipio"));
    assert!(!occurs(Lang::Es, "tu", "Su turno"));
    assert!(occurs(Lang::Tl, "ka", "Nandiyan ka pa ba?"));
    assert!(!occurs(Lang::Tl, "ka", "Nandiyan pa po ba kayo?"));
    assert!(occurs(Lang::Sq, "pa dokumente", "Pa dokumente"));
    assert_eq!(strip_code("   *[other] { $shown } ti"), "   * {  } ti");
    assert_eq!(
        strip_code("use «{ card-report-correction }» te"),
        "use «» te"
    );
}

/// The variables the plural rules concern, the CLDR categories each
/// language must select (beyond `other`), and the exempt messages.
struct PluralRules {
    numeric: Vec<String>,
    categories: BTreeMap<String, Vec<String>>,
    exempt: BTreeMap<String, String>,
}

fn plural_rules() -> PluralRules {
    let g = glossary();
    let p = &g["plurals"];
    PluralRules {
        numeric: strings(&p["numeric_variables"])
            .into_iter()
            .map(str::to_string)
            .collect(),
        categories: p["categories"]
            .as_object()
            .expect("categories")
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    strings(v).into_iter().map(str::to_string).collect(),
                )
            })
            .collect(),
        exempt: p["exempt"]
            .as_object()
            .expect("exempt")
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
            .collect(),
    }
}

#[test]
fn every_count_selects_a_plural_form() {
    let rules = plural_rules();
    for reason in rules.exempt.values() {
        assert!(!reason.is_empty(), "an exemption states why");
    }
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let needed = &rules.categories[lang.code()];
        for shape in message_shapes(lang) {
            let numbers: Vec<_> = shape
                .variables
                .iter()
                .filter(|v| rules.numeric.contains(v))
                .collect();
            if numbers.is_empty() || rules.exempt.contains_key(&shape.id) || needed.is_empty() {
                continue;
            }
            let plural = shape
                .selectors
                .iter()
                .find(|(var, _)| rules.numeric.contains(var));
            match plural {
                None => found.push(format!(
                    "{}: {} reads {numbers:?} without a plural selector",
                    lang.code(),
                    shape.id
                )),
                Some((var, keys)) => {
                    let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(c)).collect();
                    if !missing.is_empty() {
                        found.push(format!(
                            "{}: {} selects on ${var} without {missing:?}",
                            lang.code(),
                            shape.id
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn counts_render_in_every_language() {
    let rules = plural_rules();
    let shapes = message_shapes(Lang::En);
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for shape in &shapes {
            if !shape.variables.iter().any(|v| rules.numeric.contains(v)) {
                continue;
            }
            for n in [0usize, 1, 2, 3, 5, 11, 21, 22, 101, 1000] {
                let args: Vec<(&str, FluentValue)> = shape
                    .variables
                    .iter()
                    .map(|v| {
                        let value = if rules.numeric.contains(v) && v != "shown" {
                            FluentValue::from(n)
                        } else {
                            FluentValue::from(tr.count(n))
                        };
                        (v.as_str(), value)
                    })
                    .collect();
                let s = tr.a(&shape.id, &args);
                assert!(
                    !s.contains('{') && s != shape.id && !s.is_empty(),
                    "{}: {} with {n}: {s}",
                    lang.code(),
                    shape.id
                );
            }
        }
    }
    // The Arabic counts the review found wrong.
    let ar = Tr::new(Lang::Ar);
    let pin = |n: usize| {
        ar.a("kiosk-pin-wrong", &[("left", n.into())])
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(pin(1).contains("محاولة واحدة"), "{}", pin(1));
    assert!(pin(2).contains("محاولتان"), "{}", pin(2));
    assert!(pin(3).contains("3 محاولات"), "{}", pin(3));
    let status = |n: usize| {
        ar.a(
            "data-status",
            &[
                ("source", "x".into()),
                ("services", ar.count(n).into()),
                ("count", n.into()),
                ("date", "x".into()),
            ],
        )
        .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(status(5).contains("5 خدمات"), "{}", status(5));
    assert!(status(1000).contains("1.000 خدمة"), "{}", status(1000));
    let en_pin = Tr::new(Lang::En).a("kiosk-pin-wrong", &[("left", 1.into())]);
    assert!(en_pin.contains("One more try"), "{en_pin}");
}

#[test]
fn opening_hours_read_the_weekday_apart_from_the_time() {
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        let shapes = message_shapes(lang);
        let weekday_on = shapes
            .iter()
            .find(|s| s.id == "hours-weekday-on")
            .expect("hours-weekday-on");
        let keys = &weekday_on.selectors.first().expect("selects on $weekday").1;
        for d in days {
            assert!(keys.iter().any(|k| k == d), "{}: no [{d}]", lang.code());
        }
        for id in ["hours-open-until", "hours-closed-opens"] {
            for when in ["today", "week", "later"] {
                for d in days {
                    let s = tr.a(
                        id,
                        &[
                            ("when", when.into()),
                            ("weekday", d.into()),
                            ("time", "09:30".into()),
                            ("date", "DATE".into()),
                        ],
                    );
                    assert!(
                        s.contains("09:30") && !s.contains('{'),
                        "{} {id} {when} {d}: {s}",
                        lang.code()
                    );
                    assert_eq!(
                        s.contains("DATE"),
                        when == "later",
                        "{} {id}: {s}",
                        lang.code()
                    );
                }
            }
        }
    }
    let closed = |lang: Lang, day: &str| {
        Tr::new(lang)
            .a(
                "hours-closed-opens",
                &[
                    ("when", "week".into()),
                    ("weekday", day.into()),
                    ("time", "09:00".into()),
                ],
            )
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(
        closed(Lang::Ru, "monday"),
        "Закрыто сейчас, откроется в понедельник в 09:00"
    );
    assert_eq!(
        closed(Lang::Es, "monday"),
        "Cerrado ahora, abre el lunes a las 09:00"
    );
    assert_eq!(
        closed(Lang::Sq, "monday"),
        "Mbyllur tani, hapet të hënën në orën 09:00"
    );
    assert_eq!(
        closed(Lang::Tl, "monday"),
        "Sarado ngayon, magbubukas sa Lunes nang 09:00"
    );
    assert_eq!(
        closed(Lang::Uk, "tuesday"),
        "Зачинено зараз, відчиниться у вівторок о 09:00"
    );
}

#[test]
fn texts_name_buttons_that_exist() {
    // The accessibility statement sends people to the correction button:
    // it must carry that button's label, whatever the label becomes.
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        let button = tr.t("card-report-correction");
        let body = tr.t("a11y-feedback-body");
        assert!(
            body.contains(&button),
            "{}: a11y-feedback-body names «{button}»? {body}",
            lang.code()
        );
    }
}
