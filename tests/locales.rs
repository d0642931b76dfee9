//! Every language has every message, no extra ones, and every file parses.

use std::collections::BTreeSet;

use catalog::Lang;

#[test]
fn all_eleven_locales_are_complete_and_parse() {
    let (ids, errors) = ui::i18n::check_locales();
    assert!(errors.is_empty(), "locale errors: {errors:#?}");
    let reference: BTreeSet<&String> = ids[&Lang::En].iter().collect();
    assert!(reference.len() > 100, "the English file is the reference");
    for lang in Lang::ALL {
        let have: BTreeSet<&String> = ids[&lang].iter().collect();
        let missing: Vec<_> = reference.difference(&have).collect();
        let extra: Vec<_> = have.difference(&reference).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "locales/{}: missing {missing:?}, extra {extra:?}",
            lang.code()
        );
        assert_eq!(
            ids[&lang].len(),
            have.len(),
            "{}: a key is defined twice",
            lang.code()
        );
    }
}

#[test]
fn plurals_and_formatting_per_locale() {
    use ui::i18n::Tr;
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for n in [0usize, 1, 2, 3, 5, 11, 21, 101] {
            let s = tr.a(
                "results-count",
                &[("count", n.into()), ("shown", tr.count(n).into())],
            );
            assert!(
                !s.is_empty() && !s.contains("results-count"),
                "{}: {s}",
                lang.code()
            );
        }
        assert_ne!(tr.t("language-name"), "language-name");
        assert!(!tr.date("2026-11-24").contains("month-"), "{}", lang.code());
    }
    assert!(
        Tr::new(Lang::Ru).a(
            "results-count",
            &[("count", 5.into()), ("shown", "5".into())]
        ) != Tr::new(Lang::Ru).a(
            "results-count",
            &[("count", 1.into()), ("shown", "1".into())]
        )
    );
    // fluent isolates placeables (U+2068 … U+2069) for bidi safety.
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(plain(Tr::new(Lang::It).distance(2.345)), "2,3 km");
    assert_eq!(plain(Tr::new(Lang::En).distance(0.4321)), "430 m");
    // Arabic writes Western digits (locales/README.md explains why).
    assert!(
        plain(Tr::new(Lang::Ar).distance(12.6)).starts_with("13"),
        "Western digits in Arabic"
    );
    assert_eq!(plain(Tr::new(Lang::Ar).distance(2.345)), "2,3 كم");
}
