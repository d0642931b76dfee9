//! What each record contributes to the search tables.

use crate::gazetteer::Comune;
use crate::lang::Lang;
use crate::model::{
    CulturalExperience, LearningResource, NewsItem, Organization, ReportSummary, Service,
    Translations,
};
use crate::provenance::ServiceKind;
use crate::record::RecordKind;
use crate::taxonomy::Taxonomy;
use crate::text::{ascii_fold, index_form};

/// One searchable document: texts to index and the facts filters read.
#[derive(Debug, Clone, Default)]
pub struct SearchDoc {
    pub kind: Option<RecordKind>,
    pub entity_id: String,
    /// Names in every language.
    pub titles: Vec<String>,
    /// Taxonomy labels, places, the organization's name: what the record
    /// says of itself beside its long texts, which are indexed once for
    /// every record that carries them ([`long_text_body`]).
    pub bodies: Vec<String>,
    /// The record's row in `long_text` (`store::texts`), set by the store.
    pub long_texts: Option<i64>,
    pub point: Option<(f64, f64)>,
    pub comune_istat: Option<String>,
    pub area: Option<String>,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub free: bool,
    pub no_documents: bool,
    pub opening_hours: Option<String>,
    /// Other taxonomy terms the record carries (community, activities,
    /// resource kind), as (taxonomy, id).
    pub terms: Vec<(&'static str, String)>,
    /// Topics filters select by ([`topic_bit`]): `section:<id>`,
    /// `theme:<id>`, `second-generation`, `protection-project`.
    pub topics: Vec<String>,
    /// What the place is, in Italian words ([`ServiceKind::italian_words`]):
    /// indexed with the names, so a record whose type names the need ranks
    /// as one whose name does.
    pub type_words: Option<&'static str>,
    /// Equal for records a person would call the same place: the same kind
    /// of record and of place, the same name, the same address (or point,
    /// without one). Search shows one row for them. `None`: no key.
    pub same_place: Option<i64>,
}

/// The [`SearchDoc::same_place`] key: a hash of what a person tells places
/// apart by. Five programmes of one secondary school at "Via Trento 15"
/// and "Via Trento n. 15" are one place to a parent; the same name at
/// another address is another place.
pub(crate) fn same_place_key(
    kind: RecordKind,
    type_id: &str,
    name: &str,
    location: Option<&crate::model::Location>,
) -> Option<i64> {
    use sha2::{Digest, Sha256};
    let location = location?;
    let squeeze = |t: &str| -> String {
        ascii_fold(t)
            .split(|c: char| !c.is_ascii_alphanumeric())
            // "n." and "n" before a house number say nothing.
            .filter(|w| !w.is_empty() && *w != "n")
            .collect::<Vec<_>>()
            .join(" ")
    };
    let place = match &location.address {
        Some(a) if !a.address_1.trim().is_empty() => format!(
            "{} {}",
            squeeze(&a.address_1),
            location.comune_istat.as_deref().unwrap_or(&a.city)
        ),
        _ => format!("{:.4} {:.4}", location.latitude, location.longitude),
    };
    let mut h = Sha256::new();
    for part in [
        kind.as_str(),
        type_id,
        squeeze(name).as_str(),
        place.as_str(),
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    let d = h.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&d[..8]);
    Some(i64::from_le_bytes(first))
}

/// Topic names, in bit order of `DocMeta::topics`.
pub(crate) fn topic_names() -> &'static [String] {
    static NAMES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let tax = Taxonomy::bundled();
        let mut names: Vec<String> = tax
            .terms("culture_section")
            .iter()
            .map(|t| format!("section:{}", t.id))
            .collect();
        names.extend(
            tax.terms("g2_theme")
                .iter()
                .map(|t| format!("theme:{}", t.id)),
        );
        names.push("second-generation".into());
        names.push("protection-project".into());
        names
    });
    &NAMES
}

/// The bit of a topic in `DocMeta::topics` (at most 15 topics: bit 15
/// stands for "unknown" and is never set on a document).
pub(crate) fn topic_bit(topic: &str) -> Option<u16> {
    topic_names()
        .iter()
        .position(|t| t == topic)
        .filter(|&p| p < 15)
        .map(|p| 1 << p)
}

fn all_languages(italian: &str, translations: &Translations, field: &str, out: &mut Vec<String>) {
    out.push(italian.to_string());
    if let Some(by_lang) = translations.get(field) {
        out.extend(by_lang.values().cloned());
    }
}

/// The Italian label of a term: other languages reach it through its
/// `attrs` token (see `synonyms.rs`), which keeps documents small at 1M.
fn labels(taxonomy: &str, id: &str, out: &mut Vec<String>) {
    if let Some(term) = Taxonomy::bundled().term(taxonomy, id) {
        out.push(term.name(Lang::It).to_string());
    }
}

/// The `attrs` token naming a taxonomy term.
pub(crate) fn term_token(taxonomy: &str, id: &str) -> Option<String> {
    let p = Taxonomy::bundled().position(taxonomy, id)?;
    let prefix = match taxonomy {
        "area" => "zza",
        "target_group" => "zzt",
        "community" => "zzm",
        "activity" => "zzv",
        "resource_kind" => "zzq",
        "culture_section" => "zzs",
        "g2_theme" => "zzg",
        "protection_status" => "zzx",
        _ => return None,
    };
    Some(format!("{prefix}{p}"))
}

impl SearchDoc {
    pub(crate) fn kind(&self) -> RecordKind {
        self.kind.unwrap_or(RecordKind::Service)
    }

    pub fn for_service(s: &Service, organization_name: Option<&str>) -> SearchDoc {
        let mut titles = Vec::new();
        all_languages(&s.name, &s.translations, "name", &mut titles);
        titles.extend(s.alternate_name.clone());
        let mut bodies = Vec::new();
        bodies.extend(organization_name.map(str::to_string));
        labels("area", &s.area, &mut bodies);
        for t in &s.target_groups {
            labels("target_group", t, &mut bodies);
        }
        let mut terms = Vec::new();
        let mut topics = Vec::new();
        if let Some(p) = &s.protection_project {
            topics.push("protection-project".to_string());
            for status in &p.who_may_apply {
                labels("protection_status", status, &mut bodies);
                terms.push(("protection_status", status.clone()));
            }
        }
        let location = s.locations.first();
        let type_id = match s.kind {
            Some(k) => k.as_str(),
            None => s.area.as_str(),
        };
        SearchDoc {
            type_words: s.kind.map(ServiceKind::italian_words),
            same_place: same_place_key(RecordKind::Service, type_id, &s.name, location),
            long_texts: None,
            terms,
            topics,
            kind: Some(RecordKind::Service),
            entity_id: s.id.clone(),
            titles,
            bodies,
            point: location.map(|l| (l.latitude, l.longitude)),
            comune_istat: location.and_then(|l| l.comune_istat.clone()),
            area: Some(s.area.clone()),
            target_groups: s.target_groups.clone(),
            languages: s.languages.clone(),
            free: s.free,
            no_documents: s.needs_no_documents(),
            opening_hours: s.opening_hours.clone(),
        }
    }

    pub fn for_association(o: &Organization) -> SearchDoc {
        let mut titles = Vec::new();
        all_languages(&o.name, &o.translations, "name", &mut titles);
        let mut bodies = Vec::new();
        let profile = o.association.clone().unwrap_or_default();
        let mut terms = Vec::new();
        if let Some(c) = &profile.community {
            labels("community", c, &mut bodies);
            terms.push(("community", c.clone()));
        }
        for a in &profile.activities {
            labels("activity", a, &mut bodies);
            terms.push(("activity", a.clone()));
        }
        let mut topics = Vec::new();
        if profile.second_generation {
            topics.push("second-generation".to_string());
        }
        for t in &profile.themes {
            labels("g2_theme", t, &mut bodies);
            terms.push(("g2_theme", t.clone()));
            topics.push(format!("theme:{t}"));
        }
        let location = o.locations.first();
        SearchDoc {
            kind: Some(RecordKind::Organization),
            long_texts: None,
            entity_id: o.id.clone(),
            titles,
            bodies,
            point: location.map(|l| (l.latitude, l.longitude)),
            comune_istat: location.and_then(|l| l.comune_istat.clone()),
            area: None,
            target_groups: Vec::new(),
            languages: Vec::new(),
            // An association's record says nothing of fees or documents:
            // the "free" and "no documents" filters keep what says so.
            free: false,
            no_documents: false,
            opening_hours: None,
            terms,
            topics,
            type_words: None,
            same_place: None,
        }
    }

    pub fn for_learning_resource(r: &LearningResource) -> SearchDoc {
        let mut titles = Vec::new();
        all_languages(&r.title, &r.translations, "title", &mut titles);
        let mut bodies = Vec::new();
        labels("resource_kind", &r.kind, &mut bodies);
        labels("area", "italian-language", &mut bodies);
        bodies.extend(r.levels.iter().cloned());
        SearchDoc {
            kind: Some(RecordKind::LearningResource),
            long_texts: None,
            entity_id: r.id.clone(),
            titles,
            bodies,
            point: r.location.as_ref().map(|l| (l.latitude, l.longitude)),
            comune_istat: r.location.as_ref().and_then(|l| l.comune_istat.clone()),
            area: Some("italian-language".into()),
            target_groups: Vec::new(),
            languages: r.instruction_languages.clone(),
            free: r.free,
            // Enrolling at a CPIA asks for documents; a course's record
            // lists none, so it does not claim to need none.
            no_documents: false,
            opening_hours: r.opening_hours.clone(),
            terms: vec![("resource_kind", r.kind.clone())],
            topics: Vec::new(),
            type_words: None,
            same_place: same_place_key(
                RecordKind::LearningResource,
                &r.kind,
                &r.title,
                r.location.as_ref(),
            ),
        }
    }

    pub fn for_report(r: &ReportSummary) -> SearchDoc {
        let mut titles = Vec::new();
        all_languages(&r.title, &r.translations, "title", &mut titles);
        let mut bodies = Vec::new();
        all_languages(&r.summary, &r.translations, "summary", &mut bodies);
        let mut terms = Vec::new();
        if let Some(c) = &r.community {
            labels("community", c, &mut bodies);
            terms.push(("community", c.clone()));
        }
        SearchDoc {
            terms,
            kind: Some(RecordKind::ReportSummary),
            entity_id: r.id.clone(),
            titles,
            bodies,
            free: true,
            no_documents: true,
            ..SearchDoc::default()
        }
    }

    pub fn for_news(n: &NewsItem) -> SearchDoc {
        let mut titles = Vec::new();
        all_languages(&n.title, &n.translations, "title", &mut titles);
        let mut bodies = Vec::new();
        all_languages(&n.body, &n.translations, "body", &mut bodies);
        SearchDoc {
            kind: Some(RecordKind::NewsItem),
            entity_id: n.id.clone(),
            titles,
            bodies,
            free: true,
            no_documents: true,
            ..SearchDoc::default()
        }
    }

    pub fn for_cultural_experience(c: &CulturalExperience) -> SearchDoc {
        let mut titles = Vec::new();
        all_languages(&c.name, &c.translations, "name", &mut titles);
        let mut bodies = Vec::new();
        labels("culture_section", &c.section, &mut bodies);
        SearchDoc {
            kind: Some(RecordKind::CulturalExperience),
            entity_id: c.id.clone(),
            titles,
            bodies,
            point: Some((c.latitude, c.longitude)),
            comune_istat: Some(c.comune_istat.clone()),
            languages: c.languages.clone(),
            free: true,
            no_documents: true,
            terms: vec![("culture_section", c.section.clone())],
            topics: vec![format!("section:{}", c.section)],
            ..SearchDoc::default()
        }
    }

    /// The FTS5 columns: title, body, folded, attrs.
    pub(crate) fn fts_columns(&self, comune: Option<&Comune>) -> (String, String, String, String) {
        let mut titles = self.titles.join(" \n ");
        if let Some(words) = self.type_words {
            titles.push_str(" \n ");
            titles.push_str(words);
        }
        let title = index_form(&titles);
        let mut body_parts = self.bodies.clone();
        let mut place = String::new();
        if let Some(c) = comune {
            place = format!(
                "{} {} {} {}",
                c.name,
                c.alt_names.join(" "),
                c.province_name,
                c.region_name
            );
            body_parts.push(place.clone());
        }
        let body = index_form(&body_parts.join(" \n "));
        let folded = ascii_fold(&format!(
            "{} {place}",
            self.titles.first().map_or("", String::as_str)
        ));
        (title, body, folded, self.attr_tokens(comune))
    }

    /// A fingerprint of what this document puts into the text index,
    /// taken over the inputs of [`SearchDoc::fts_columns`]: equal
    /// fingerprints, equal index rows, so a delta leaves those in place.
    /// (Its long texts are indexed by their own row, whoever carries them.)
    /// Indexing changes come with a migration that
    /// rebuilds the search tables, which writes new fingerprints.
    pub(crate) fn index_fingerprint(&self) -> [u8; 8] {
        use sha2::{Digest, Sha256};
        fn fold<S: AsRef<str>>(h: &mut Sha256, parts: &[S]) {
            for p in parts {
                let p = p.as_ref();
                h.update((p.len() as u64).to_le_bytes());
                h.update(p.as_bytes());
            }
        }
        let mut h = Sha256::new();
        h.update(b"integra-index-2");
        fold(&mut h, &[self.kind().search_number().to_string()]);
        fold(&mut h, &self.titles);
        fold(&mut h, &[self.type_words.unwrap_or("")]);
        fold(
            &mut h,
            &[
                self.comune_istat.as_deref().unwrap_or(""),
                self.area.as_deref().unwrap_or(""),
            ],
        );
        fold(&mut h, &self.target_groups);
        for (taxonomy, id) in &self.terms {
            fold(&mut h, &[taxonomy, id.as_str()]);
        }
        fold(&mut h, &self.languages);
        h.update([u8::from(self.free), u8::from(self.no_documents)]);
        fold(&mut h, &self.bodies);
        let d = h.finalize();
        let mut out = [0; 8];
        out.copy_from_slice(&d[..8]);
        out
    }

    /// Filters as tokens, so that FTS5 intersects them with the text in C
    /// before a single row reaches Rust (what keeps 1M-record queries fast).
    fn attr_tokens(&self, comune: Option<&Comune>) -> String {
        let mut t = vec![format!("zzk{}", self.kind().search_number())];
        t.extend(self.area.as_deref().and_then(|a| term_token("area", a)));
        for g in &self.target_groups {
            t.extend(term_token("target_group", g));
        }
        for (taxonomy, id) in &self.terms {
            t.extend(term_token(taxonomy, id));
        }
        for l in &self.languages {
            t.push(format!("zzl{l}"));
        }
        if self.free {
            t.push("zzfree".into());
        }
        if self.no_documents {
            t.push("zznodoc".into());
        }
        if let Some(c) = comune {
            t.push(format!("zzc{}", c.istat));
            t.push(format!("zzp{}", c.province_code));
            t.push(format!("zzr{}", c.region_code));
        }
        t.join(" ")
    }
}

/// The long fields search reads, and whether in every language or in
/// Italian only (the secondary fields: a translated description carries
/// the other languages, and the index stays small).
const SEARCHED_LONG_FIELDS: [(&str, bool); 4] = [
    ("description", true),
    ("kind_of_work", true),
    ("eligibility_description", false),
    ("application_process", false),
];

/// What one `long_text` row puts into `search_texts`: a function of the
/// row's value alone (`field → language code → text`, as JSON), so every
/// record that points at the row is found by the same words. `None`: the
/// value is not that JSON (the row is then left out of search, not the
/// whole write).
pub(crate) fn long_text_body(value: &str) -> Option<String> {
    let by_field: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> =
        serde_json::from_str(value).ok()?;
    let mut parts = Vec::new();
    for (field, every_language) in SEARCHED_LONG_FIELDS {
        let Some(texts) = by_field.get(field) else {
            continue;
        };
        // Italian first: the order the record's own fields had.
        parts.extend(texts.get(Lang::It.code()));
        if every_language {
            parts.extend(
                texts
                    .iter()
                    .filter(|(code, _)| *code != Lang::It.code())
                    .map(|(_, text)| text),
            );
        }
    }
    Some(index_form(
        &parts
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" \n "),
    ))
}

/// Tokens naming a territory in the `attrs` column.
pub(crate) fn territory_token(t: &crate::gazetteer::Territory) -> String {
    use crate::gazetteer::Territory;
    match t {
        Territory::Region(c) => format!("zzr{c}"),
        Territory::Province(c) => format!("zzp{c}"),
        Territory::Comune(c) => format!("zzc{c}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleOptions, generate};

    #[test]
    fn an_official_record_never_claims_no_documents() {
        let mut s = generate(SampleOptions {
            services: 5,
            associations: 1,
            ..SampleOptions::default()
        })
        .services
        .remove(0);
        s.required_documents.clear();
        assert!(SearchDoc::for_service(&s, None).no_documents);
        // Documents in the publisher's own words are documents too.
        s.other_documents = vec!["Copia del contratto di affitto".into()];
        assert!(!SearchDoc::for_service(&s, None).no_documents);
        s.other_documents.clear();
        s.sample = false;
        s.source = Some("mim-2025".into());
        assert!(!SearchDoc::for_service(&s, None).no_documents);
    }
}
