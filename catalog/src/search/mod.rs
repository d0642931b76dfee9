//! On-device search: one entry point over services, associations, learning
//! resources, report summaries, news and cultural experiences.
//!
//! A search is a pure function of the store and the [`Query`] (the instant
//! for "open now" is part of the query). The plan:
//! 1. text → FTS5 over `search_fts` (a record's own texts; filters ANDed
//!    in as `attrs` tokens, a radius as the provinces it can reach) and
//!    `search_texts` (long texts records share), relaxed to OR when AND
//!    finds nothing, then parts of names through the vocabulary;
//!    no text but a point → the spatial tree; neither → every document;
//! 2. every candidate passes the filters again in memory (the truth, the
//!    tokens only make it fast), distance and open-now are computed;
//! 3. facets over all hits, sort, page, texts in the user's language.

mod bits;
pub(crate) mod doc;
mod fts;
pub(crate) mod index;
pub(crate) mod schema;
pub mod synonyms;
pub(crate) mod tables;
mod vocabulary;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

pub use index::SearchIndex;

use self::doc::territory_token;
use self::fts::TextQuery;
use self::index::DocMeta;
use crate::error::Result;
use crate::gazetteer::{Gazetteer, Territory};
use crate::geo_math::{chord_squared, distance_km, unit_vector};
use crate::hours::OpenState;
use crate::lang::Lang;
use crate::phrasebook::{PhraseHit, Phrasebook};
use crate::record::RecordKind;
use crate::taxonomy::Taxonomy;
use bits::Bits;

/// Where the person is (or the place they picked).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub latitude: f64,
    pub longitude: f64,
    /// `None`: the k nearest (k = offset + limit), however far.
    pub radius_km: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Empty: every kind.
    pub kinds: Vec<RecordKind>,
    /// Area ids; any of them.
    pub areas: Vec<String>,
    /// Target group ids; any of them.
    pub target_groups: Vec<String>,
    pub territory: Option<Territory>,
    /// ISO 639-1 codes; the place speaks any of them.
    pub languages: Vec<String>,
    pub free_only: bool,
    /// Open at this instant (Europe/Rome hours, Italian holidays).
    pub open_at: Option<DateTime<Utc>>,
    pub no_documents: bool,
    /// Topics; any of them: `section:<culture_section id>`,
    /// `theme:<g2_theme id>`, `second-generation`, `protection-project`.
    pub topics: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Sort {
    #[default]
    Relevance,
    Distance,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub text: String,
    /// The reader's language: texts come back in it, Italian otherwise.
    pub lang: Lang,
    pub near: Option<Near>,
    pub filters: Filters,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
    /// "Now", for open-now badges on hits (defaults to no badge).
    pub now: Option<DateTime<Utc>>,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            text: String::new(),
            lang: Lang::It,
            near: None,
            filters: Filters::default(),
            sort: Sort::Relevance,
            offset: 0,
            limit: 20,
            now: None,
        }
    }
}

/// How the results were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Plan {
    /// Every typed word (or a synonym of it) matched.
    Text,
    /// Some typed words matched; not all.
    TextAnyWord,
    /// Parts of words matched names.
    Substring,
    Near,
    Browse,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub kind: RecordKind,
    pub id: String,
    pub title: String,
    pub snippet: String,
    /// Language of `title` and `snippet`.
    pub text_lang: Lang,
    /// The reader's language was missing: Italian is shown instead.
    pub italian_fallback: bool,
    pub distance_km: Option<f64>,
    pub open_state: Option<OpenStateTag>,
    pub comune: Option<String>,
    pub sample: bool,
    pub score: f64,
    /// The words matched the record's name or type of place, not only its
    /// description. Sorted by distance, these come first (each part by
    /// distance): a hospital that mentions a word is no answer to the need.
    pub name_match: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum OpenStateTag {
    Open,
    Closed,
    Unknown,
}

impl From<OpenState> for OpenStateTag {
    fn from(s: OpenState) -> Self {
        match s {
            OpenState::Open => OpenStateTag::Open,
            OpenState::Closed => OpenStateTag::Closed,
            OpenState::Unknown => OpenStateTag::Unknown,
        }
    }
}

/// Counts over all hits (not only the page).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facets {
    pub kinds: BTreeMap<String, usize>,
    pub areas: BTreeMap<String, usize>,
    pub target_groups: BTreeMap<String, usize>,
    pub languages: BTreeMap<String, usize>,
    pub regions: BTreeMap<String, usize>,
    pub free: usize,
    pub no_documents: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub plan: Plan,
    /// Phrasebook phrases matching the text, whatever the filters (they are
    /// bundled with the app, not records): see [`crate::phrasebook`].
    pub phrases: Vec<PhraseHit>,
}

/// The most provinces a radius may stand for in the FTS query before the
/// radius is left to the in-memory check alone. Provinces, not comuni: each
/// token is a posting list FTS5 must open, and a few dozen comuni cost more
/// than they save.
const MAX_RADIUS_PROVINCES: usize = 12;

/// A filter goes into the FTS query only if at most this share of all
/// documents carries it.
const SELECTIVE_SHARE: f64 = 0.1;

struct Candidate {
    pos: u32,
    score: f64,
    distance_km: Option<f64>,
}

/// Filters resolved against the index once per query.
struct Compiled<'a> {
    filters: &'a Filters,
    areas: u8,
    target_groups: u16,
    topics: u16,
    languages: Vec<u16>,
    unknown_language: bool,
}

impl<'a> Compiled<'a> {
    fn new(filters: &'a Filters, index: &SearchIndex) -> Compiled<'a> {
        let tax = Taxonomy::bundled();
        let mut areas = 0u8;
        for a in &filters.areas {
            // An unknown area matches nothing: bit 7 is never set on a document.
            areas |= tax.position("area", a).map_or(1 << 7, |p| 1 << p);
        }
        let mut target_groups = 0u16;
        for t in &filters.target_groups {
            target_groups |= tax.position("target_group", t).map_or(1 << 15, |p| 1 << p);
        }
        let mut topics = 0u16;
        for t in &filters.topics {
            // An unknown topic matches nothing: bit 15 is never set.
            topics |= doc::topic_bit(t).unwrap_or(1 << 15);
        }
        let languages: Vec<u16> = filters
            .languages
            .iter()
            .filter_map(|l| index.language_id(l))
            .collect();
        Compiled {
            filters,
            areas,
            target_groups,
            topics,
            unknown_language: !filters.languages.is_empty() && languages.is_empty(),
            languages,
        }
    }

    fn accepts(&self, d: &DocMeta, index: &SearchIndex) -> bool {
        let f = self.filters;
        if !self.filters.kinds.is_empty() && !self.filters.kinds.contains(&d.kind) {
            return false;
        }
        if self.areas != 0 && d.area.is_none_or(|a| self.areas & (1 << a) == 0) {
            return false;
        }
        if self.target_groups != 0 && d.target_groups & self.target_groups == 0 {
            return false;
        }
        if self.topics != 0 && d.topics & self.topics == 0 {
            return false;
        }
        if self.unknown_language
            || (!self.languages.is_empty()
                && !d.languages.iter().any(|l| self.languages.contains(l)))
        {
            return false;
        }
        if f.free_only && !d.free {
            return false;
        }
        if f.no_documents && !d.no_documents {
            return false;
        }
        if let Some(t) = &f.territory {
            let Some(c) = d.comune else { return false };
            if !t.contains(&Gazetteer::bundled().all()[c as usize]) {
                return false;
            }
        }
        if let Some(at) = f.open_at {
            let open = d
                .hours
                .is_some_and(|h| index.hours[h as usize].is_open_at(at));
            if !open {
                return false;
            }
        }
        true
    }

    /// The filters as `attrs` tokens for FTS5: only the selective ones.
    /// Intersecting with a token most documents carry ("service", "free")
    /// makes FTS5 walk its whole posting list — at 1M records that cost more
    /// than checking those filters in memory, which happens anyway.
    fn tokens(&self, near: Option<&Near>, index: &SearchIndex) -> Vec<String> {
        let selective = |group: &[String]| -> bool {
            let docs: u64 = group
                .iter()
                .map(|t| index.filter_frequency.get(t).copied().unwrap_or(0))
                .sum();
            docs as f64 <= SELECTIVE_SHARE * index.len() as f64
        };
        self.token_groups(near, index)
            .into_iter()
            .filter(|g| selective(g))
            .map(|g| format!("attrs : ({})", g.join(" OR ")))
            .collect()
    }

    fn token_groups(&self, near: Option<&Near>, index: &SearchIndex) -> Vec<Vec<String>> {
        let tax = Taxonomy::bundled();
        let f = self.filters;
        let mut out = Vec::new();
        if !self.filters.kinds.is_empty() {
            out.push(
                self.filters
                    .kinds
                    .iter()
                    .map(|k| format!("zzk{}", k.search_number()))
                    .collect(),
            );
        }
        let areas: Vec<String> = f
            .areas
            .iter()
            .filter_map(|a| tax.position("area", a))
            .map(|p| format!("zza{p}"))
            .collect();
        if !areas.is_empty() {
            out.push(areas);
        }
        let groups: Vec<String> = f
            .target_groups
            .iter()
            .filter_map(|t| tax.position("target_group", t))
            .map(|p| format!("zzt{p}"))
            .collect();
        if !groups.is_empty() {
            out.push(groups);
        }
        // Sections and themes have tokens; the flags are checked in memory.
        let topic_tokens: Vec<String> = f
            .topics
            .iter()
            .filter_map(|t| {
                if let Some(s) = t.strip_prefix("section:") {
                    doc::term_token("culture_section", s)
                } else {
                    doc::term_token("g2_theme", t.strip_prefix("theme:")?)
                }
            })
            .collect();
        if !topic_tokens.is_empty() && topic_tokens.len() == f.topics.len() {
            out.push(topic_tokens);
        }
        let langs: Vec<String> = f
            .languages
            .iter()
            .filter(|l| l.len() <= 3 && l.bytes().all(|b| b.is_ascii_lowercase()))
            .map(|l| format!("zzl{l}"))
            .collect();
        if !langs.is_empty() {
            out.push(langs);
        }
        if f.free_only {
            out.push(vec!["zzfree".into()]);
        }
        if f.no_documents {
            out.push(vec!["zznodoc".into()]);
        }
        if let Some(t) = &f.territory {
            out.push(vec![territory_token(t)]);
        }
        if let Some(provinces) = provinces_in_reach(near, index) {
            if provinces.is_empty() {
                out.push(vec!["zzpnone".into()]);
            } else if provinces.len() <= MAX_RADIUS_PROVINCES {
                out.push(provinces.iter().map(|p| format!("zzp{p}")).collect());
            }
        }
        out
    }
}

/// The provinces with a comune close enough that one of its documents may
/// lie within the radius; `None` when there is no radius or documents may
/// lie anywhere relative to their comune (foreign data).
fn provinces_in_reach(near: Option<&Near>, index: &SearchIndex) -> Option<Vec<&'static str>> {
    let Near {
        latitude,
        longitude,
        radius_km: Some(r),
    } = near?
    else {
        return None;
    };
    if !index.max_comune_offset_km.is_finite() {
        return None;
    }
    let reach = r + index.max_comune_offset_km + 0.5;
    // Degrees of latitude are ~111 km; a cheap box first, haversine only for
    // the comuni inside it.
    let dlat = reach / 110.0;
    let dlon = reach / (110.0 * latitude.to_radians().cos().max(0.1));
    let mut provinces: Vec<&'static str> = Gazetteer::bundled()
        .all()
        .iter()
        .filter(|c| {
            (c.latitude - latitude).abs() <= dlat && (c.longitude - longitude).abs() <= dlon
        })
        .filter(|c| distance_km(*latitude, *longitude, c.latitude, c.longitude) <= reach)
        .map(|c| c.province_code.as_str())
        .collect();
    provinces.sort_unstable();
    provinces.dedup();
    Some(provinces)
}

/// Rowid ranges holding every document of these provinces, merged; `None`
/// when they would cover most of the catalog anyway.
fn rowid_ranges(provinces: &[&str], index: &SearchIndex) -> Option<Vec<(i64, i64)>> {
    let mut spans: Vec<(i64, i64)> = provinces
        .iter()
        .filter_map(|p| index.province_rowids.get(*p).copied())
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (lo, hi) in spans {
        match merged.last_mut() {
            Some(last) if lo <= last.1 + 1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    let covered: i64 = merged.iter().map(|(lo, hi)| hi - lo + 1).sum();
    (covered as f64 <= 0.5 * index.len() as f64).then_some(merged)
}

/// What a hit shows of its record, read by the store (search knows the
/// record tables only through this): the Italian title and text, whether
/// it is sample data, and the title and text in the reader's language when
/// the record has them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HitTexts {
    pub title: String,
    pub body: String,
    pub sample: bool,
    pub title_translated: Option<String>,
    pub body_translated: Option<String>,
}

/// Reads the texts of one record for a hit: `(kind, id, language)`.
pub(crate) type TextsOf<'a> = dyn Fn(RecordKind, &str, Lang) -> Result<Option<HitTexts>> + 'a;

/// How many known words a piece of a name may stand for (see
/// `Searcher::substring`).
const MAX_SUBSTRING_WORDS: usize = 200;

/// One search over the search tables and their in-memory side.
pub(crate) struct Searcher<'a> {
    pub conn: &'a rusqlite::Connection,
    pub index: &'a SearchIndex,
    pub texts: &'a TextsOf<'a>,
}

impl Searcher<'_> {
    /// Runs a search. Never fails on odd input: an empty, huge or hostile
    /// query gives an empty or browsing result, not an error.
    pub(crate) fn search(&self, query: &Query) -> Result<SearchResults> {
        let index = self.index;
        let compiled = Compiled::new(&query.filters, index);
        let text = TextQuery::parse(&query.text, index);
        let limit = query.limit.clamp(1, 200);
        let (mut candidates, plan) = if !text.is_empty() {
            self.text_candidates(&query.text, &text, &compiled, query.near.as_ref())?
        } else if let Some(near) = &query.near {
            (
                near_candidates(index, near, &compiled, query.offset + limit),
                Plan::Near,
            )
        } else {
            (self.browse_candidates(&compiled)?, Plan::Browse)
        };

        // The in-memory filters are the truth; distance for every candidate.
        candidates.retain_mut(|c| {
            let d = &index.docs[c.pos as usize];
            if !compiled.accepts(d, index) {
                return false;
            }
            if let Some(near) = &query.near {
                c.distance_km = d
                    .point
                    .map(|(lat, lon)| distance_km(near.latitude, near.longitude, lat, lon));
                if let Some(r) = near.radius_km {
                    return c.distance_km.is_some_and(|km| km <= r);
                }
            }
            true
        });

        dedupe_same_places(&mut candidates, index);

        let by_distance = |a: &Candidate, b: &Candidate| {
            a.distance_km
                .unwrap_or(f64::INFINITY)
                .total_cmp(&b.distance_km.unwrap_or(f64::INFINITY))
        };
        let tie = |a: &Candidate, b: &Candidate| {
            index.docs[a.pos as usize]
                .rowid
                .cmp(&index.docs[b.pos as usize].rowid)
        };
        let by_relevance = |a: &Candidate, b: &Candidate| {
            b.score
                .total_cmp(&a.score)
                .then(by_distance(a, b))
                .then(tie(a, b))
        };
        let nearest_first = |a: &Candidate, b: &Candidate| {
            name_match(b.score)
                .cmp(&name_match(a.score))
                .then(by_distance(a, b))
                .then(b.score.total_cmp(&a.score))
                .then(tie(a, b))
        };
        if let Some(Near {
            radius_km: None, ..
        }) = query.near
        {
            // k nearest: only the first k count.
            candidates.sort_unstable_by(|a, b| by_distance(a, b).then(tie(a, b)));
            candidates.truncate(query.offset + limit);
        }
        let facets = facets(index, &candidates);
        let total = candidates.len();
        // Only the page needs ordering: select it, then sort just that.
        // (Every order ends on the rowid, so unstable sorting is exact.)
        let order: &dyn Fn(&Candidate, &Candidate) -> std::cmp::Ordering = match (query.sort, plan)
        {
            (Sort::Distance, _) | (Sort::Relevance, Plan::Near) => &nearest_first,
            (Sort::Relevance, _) => &by_relevance,
        };
        let end = (query.offset + limit).min(candidates.len());
        if end > 0 && end < candidates.len() {
            candidates.select_nth_unstable_by(end - 1, order);
            candidates.truncate(end);
        }
        candidates.sort_unstable_by(order);
        let page: Vec<&Candidate> = candidates.iter().skip(query.offset).take(limit).collect();
        let mut hits = Vec::with_capacity(page.len());
        for c in page {
            hits.push(self.hit(c, query)?);
        }
        let phrases = Phrasebook::bundled().search(&query.text, query.lang);
        Ok(SearchResults {
            total,
            hits,
            facets,
            plan,
            phrases,
        })
    }

    fn text_candidates(
        &self,
        raw: &str,
        text: &TextQuery,
        compiled: &Compiled<'_>,
        near: Option<&Near>,
    ) -> Result<(Vec<Candidate>, Plan)> {
        let ranges = match provinces_in_reach(near, self.index) {
            Some(p) if p.is_empty() => return Ok((Vec::new(), Plan::Text)),
            Some(p) => rowid_ranges(&p, self.index),
            None => None,
        };
        let ranges = ranges.as_deref();
        // Within the provinces' rowid ranges their tokens filter nothing.
        let tokens = compiled.tokens(if ranges.is_some() { None } else { near }, self.index);
        for (all, plan) in [(true, Plan::Text), (false, Plan::TextAnyWord)] {
            if !all && text.group_count() < 2 {
                break;
            }
            let mut found = self.text_matches(text, all, &tokens, ranges)?;
            if found.is_empty() {
                continue;
            }
            // Ranking, in three tiers (see `Tier`): names (or type of
            // place) that say the very words typed, then names reached
            // through a synonym or another language, then a match in the
            // description only. (bm25 over every hit cost more than the
            // rest of the search together.)
            let mut bonus = vec![0.0f64; self.index.len()];
            let names = text.render_names(all);
            let literal = text.render_literal_names(all);
            let mut matched_names = Vec::new();
            if let Some(names) = &names {
                matched_names = self.name_matches(names, ranges)?;
                for &pos in &matched_names {
                    bonus[pos as usize] += 2.0;
                }
            }
            if let Some(literal) = literal {
                // The typed words alone, when synonyms made the names
                // expression differ; otherwise the same rows.
                let matched_literal = if Some(&literal) == names.as_ref() {
                    matched_names
                } else {
                    self.name_matches(&literal, ranges)?
                };
                for pos in matched_literal {
                    bonus[pos as usize] += 1.0;
                }
            }
            for c in &mut found {
                c.score += bonus[c.pos as usize];
            }
            return Ok((found, plan));
        }
        Ok((self.substring(raw)?, Plan::Substring))
    }

    /// The documents whose own texts or long texts hold every group of the
    /// query (`all`) or any of them, where the filter tokens hold too.
    ///
    /// A record's own texts and its filter tokens are in `search_fts`; the
    /// long texts records share are in `search_texts`, once each. The
    /// groups no long text holds go to FTS5 in one expression with the
    /// filters, as all of them did when each record held its own copy of
    /// its texts (a query of names and places stops there). A group some
    /// long texts hold is met by the record's own texts or by its long
    /// text, checked per document in memory: cheaper than asking FTS5 for
    /// the records of those texts (measured: a list of 28 texts as tokens
    /// made the query three times slower).
    fn text_matches(
        &self,
        text: &TextQuery,
        all: bool,
        tokens: &[String],
        ranges: Option<&[(i64, i64)]>,
    ) -> Result<Vec<Candidate>> {
        let with_filters = |expr: String| {
            let mut parts = vec![format!("({expr})")];
            parts.extend(tokens.iter().cloned());
            parts.join(" AND ")
        };
        let groups = text.group_count();
        // Per group, the long texts that hold it.
        let mut in_texts: Vec<Vec<u32>> = Vec::with_capacity(groups);
        for g in 0..groups {
            in_texts.push(match text.render_long_texts(g) {
                Some(expr) => self.long_text_matches(&expr)?,
                None => Vec::new(),
            });
        }
        let own: Vec<usize> = (0..groups).filter(|&g| in_texts[g].is_empty()).collect();
        let shared: Vec<usize> = (0..groups).filter(|&g| !in_texts[g].is_empty()).collect();
        let candidates = |positions: Vec<u32>| {
            positions
                .into_iter()
                .map(|pos| Candidate {
                    pos,
                    score: 1.0,
                    distance_km: None,
                })
                .collect()
        };
        if shared.is_empty() {
            let Some(expr) = text.render_groups(&own, all) else {
                return Ok(Vec::new());
            };
            return Ok(candidates(self.fts_positions(&with_filters(expr), ranges)?));
        }
        let docs = self.index.len();
        let texts_of: Vec<Bits> = shared
            .iter()
            .map(|&g| Bits::from_positions(&in_texts[g]))
            .collect();
        let holds_text = |pos: u32, texts: &Bits| {
            self.index
                .long_text_of(pos)
                .is_some_and(|t| texts.contains(t))
        };
        // The documents whose long texts hold group `g` (of `shared`), or
        // whose own texts do.
        let either = |k: usize, groups_here: &[usize]| -> Result<Bits> {
            let mut set = Bits::new(docs);
            if let Some(expr) = text.render_groups(groups_here, true) {
                for pos in self.fts_positions(&with_filters(expr), ranges)? {
                    set.insert(pos);
                }
            }
            for &t in &in_texts[shared[k]] {
                for &pos in self.index.documents_with_text(t) {
                    set.insert(pos);
                }
            }
            Ok(set)
        };
        let found: Vec<u32> = if all {
            // The groups only records' own texts hold narrow FTS5's part
            // of every other group; the filters are checked in memory
            // after, for the documents reached through their long texts.
            let mut keep: Option<Vec<u32>> =
                match (text.render_groups(&own, true), tokens.is_empty()) {
                    (Some(expr), _) => Some(self.fts_positions(&with_filters(expr), ranges)?),
                    // Selective filters bound every answer.
                    (None, false) => Some(self.fts_positions(&tokens.join(" AND "), ranges)?),
                    (None, true) => None,
                };
            for (k, &g) in shared.iter().enumerate() {
                let mut here = own.clone();
                here.push(g);
                match &mut keep {
                    None => keep = Some(either(k, &here)?.iter().collect()),
                    Some(keep) => {
                        let texts = &texts_of[k];
                        let expr = text
                            .render_groups(&here, true)
                            .expect("a group renders for the records");
                        let in_own =
                            Bits::from_positions(&self.fts_positions(&with_filters(expr), ranges)?);
                        keep.retain(|&pos| in_own.contains(pos) || holds_text(pos, texts));
                    }
                }
            }
            keep.unwrap_or_default()
        } else {
            let mut any = Bits::new(docs);
            let every: Vec<usize> = (0..groups).collect();
            if let Some(expr) = text.render_groups(&every, false) {
                for pos in self.fts_positions(&with_filters(expr), ranges)? {
                    any.insert(pos);
                }
            }
            for &g in &shared {
                for &t in &in_texts[g] {
                    for &pos in self.index.documents_with_text(t) {
                        any.insert(pos);
                    }
                }
            }
            any.iter().collect()
        };
        Ok(candidates(found))
    }

    /// The `long_text` ids whose texts match `expr`.
    fn long_text_matches(&self, expr: &str) -> Result<Vec<u32>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT rowid FROM search_texts WHERE search_texts MATCH ?1")?;
        let mut rows = stmt.query([expr])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.extend(u32::try_from(r.get::<_, i64>(0)?).ok());
        }
        Ok(out)
    }

    fn fts_positions(&self, expr: &str, ranges: Option<&[(i64, i64)]>) -> Result<Vec<u32>> {
        self.matching_rowids("search_fts", expr, ranges)
    }

    /// Rowids matching `expr` in `table`, within `ranges` when given (FTS5
    /// seeks each posting list to a range instead of walking it).
    fn matching_rowids(
        &self,
        table: &str,
        expr: &str,
        ranges: Option<&[(i64, i64)]>,
    ) -> Result<Vec<u32>> {
        let mut out = Vec::new();
        let whole = [(i64::MIN, i64::MAX)];
        let sql =
            format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        for &(lo, hi) in ranges.unwrap_or(&whole) {
            let mut rows = stmt.query(rusqlite::params![expr, lo, hi])?;
            while let Some(r) = rows.next()? {
                out.extend(self.index.position(r.get(0)?));
            }
        }
        Ok(out)
    }

    fn fts(&self, expr: &str, ranges: Option<&[(i64, i64)]>) -> Result<Vec<Candidate>> {
        Ok(self
            .matching_rowids("search_fts", expr, ranges)?
            .into_iter()
            .map(|pos| Candidate {
                pos,
                score: 1.0,
                distance_km: None,
            })
            .collect())
    }

    /// Documents whose names (or type of place) match `expr`: the title
    /// and folded columns of `search_fts`.
    fn name_matches(&self, names: &str, ranges: Option<&[(i64, i64)]>) -> Result<Vec<u32>> {
        self.matching_rowids("search_names", names, ranges)
    }

    /// Parts of names: "ospeda" inside "Ospedale", a street fragment.
    /// Each piece of three letters or more stands for the known words that
    /// contain it (the vocabulary of every index); the names that hold one
    /// of those words for every piece are found.
    fn substring(&self, raw: &str) -> Result<Vec<Candidate>> {
        let mut pieces = Vec::new();
        for piece in crate::text::index_form(raw)
            .split(' ')
            .filter(|p| p.chars().count() >= 3)
            .take(8)
        {
            match self.index.vocabulary.containing(piece, MAX_SUBSTRING_WORDS) {
                Some(words) if words.is_empty() => return Ok(Vec::new()),
                Some(words) => {
                    let words: Vec<String> = words
                        .iter()
                        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
                        .collect();
                    pieces.push(format!("({})", words.join(" OR ")));
                }
                // So common a piece narrows nothing down.
                None => continue,
            }
        }
        if pieces.is_empty() {
            return Ok(Vec::new());
        }
        Ok(self
            .matching_rowids("search_names", &pieces.join(" AND "), None)?
            .into_iter()
            .map(|pos| Candidate {
                pos,
                score: 0.0,
                distance_km: None,
            })
            .collect())
    }

    fn browse_candidates(&self, compiled: &Compiled<'_>) -> Result<Vec<Candidate>> {
        let tokens = compiled.tokens(None, self.index);
        if tokens.is_empty() {
            return Ok((0..self.index.docs.len() as u32)
                .map(|pos| Candidate {
                    pos,
                    score: 0.0,
                    distance_km: None,
                })
                .collect());
        }
        let mut found = self.fts(&tokens.join(" AND "), None)?;
        for c in &mut found {
            c.score = 0.0;
        }
        Ok(found)
    }

    fn hit(&self, c: &Candidate, query: &Query) -> Result<Hit> {
        let d = &self.index.docs[c.pos as usize];
        let texts = (self.texts)(d.kind, &d.entity_id, query.lang)?;
        let HitTexts {
            title: it_title,
            body: it_body,
            sample,
            title_translated: tr_title,
            body_translated: tr_body,
        } = texts.unwrap_or_else(|| HitTexts {
            title: d.entity_id.to_string(),
            ..HitTexts::default()
        });
        let translated = query.lang != Lang::It && tr_title.is_some();
        let (title, body, text_lang) = if translated {
            (
                tr_title.unwrap_or_default(),
                tr_body.unwrap_or(it_body),
                query.lang,
            )
        } else {
            (it_title, it_body, Lang::It)
        };
        let open_state = query.now.and_then(|now| {
            d.hours
                .map(|h| OpenStateTag::from(self.index.hours[h as usize].state_at(now)))
        });
        Ok(Hit {
            kind: d.kind,
            id: d.entity_id.to_string(),
            title,
            snippet: snippet(&body, 180),
            text_lang,
            italian_fallback: query.lang != Lang::It && !translated,
            distance_km: c.distance_km,
            open_state,
            comune: d
                .comune
                .map(|i| Gazetteer::bundled().all()[i as usize].label()),
            sample,
            score: c.score,
            name_match: name_match(c.score),
        })
    }
}

/// How well a text match answers the words, from a candidate's score (see
/// the ranking in `text_candidates`: 1 for a match anywhere, +2 when its
/// names or type of place match with synonyms, +1 more when they say the
/// words typed). By relevance, the tiers come in this order. By distance,
/// only the last boundary holds (names and types first, then places that
/// only mention the words, each part nearest first): a literal name is no
/// reason to list a school 200 km away before the primary school next
/// door that its type names (measured on `tests/data/search_quality.json`:
/// precision at 3 went from 0.99 to 0.93 with all three tiers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    LiteralName,
    Name,
    /// A match in the description only, and every candidate found without
    /// words (browsing, near).
    Elsewhere,
}

impl Tier {
    fn of(score: f64) -> Tier {
        if score >= 4.0 {
            Tier::LiteralName
        } else if score > 1.0 {
            Tier::Name
        } else {
            Tier::Elsewhere
        }
    }
}

/// Whether a candidate's name or type matched the words.
fn name_match(score: f64) -> bool {
    Tier::of(score) < Tier::Elsewhere
}

/// One row per place: of documents sharing a `same_place` group, only the
/// best (highest score, then nearest, then the smallest id) stays, before
/// totals, facets and pages are made.
fn dedupe_same_places(candidates: &mut Vec<Candidate>, index: &SearchIndex) {
    use std::collections::hash_map::Entry;
    let better = |a: &Candidate, b: &Candidate| {
        b.score
            .total_cmp(&a.score)
            .then(
                a.distance_km
                    .unwrap_or(f64::INFINITY)
                    .total_cmp(&b.distance_km.unwrap_or(f64::INFINITY)),
            )
            // The id, not the rowid: which twin stays must not depend on
            // the order the records were written in (a delta appends).
            .then(
                index.docs[a.pos as usize]
                    .entity_id
                    .cmp(&index.docs[b.pos as usize].entity_id),
            )
            .is_lt()
    };
    let mut best: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        let Some(group) = index.docs[c.pos as usize].same_place else {
            continue;
        };
        match best.entry(group) {
            Entry::Vacant(e) => {
                e.insert(i);
            }
            Entry::Occupied(mut e) => {
                if better(c, &candidates[*e.get()]) {
                    e.insert(i);
                }
            }
        }
    }
    if best.is_empty() {
        return;
    }
    let mut i = 0;
    candidates.retain(|c| {
        let keep = index.docs[c.pos as usize]
            .same_place
            .is_none_or(|g| best[&g] == i);
        i += 1;
        keep
    });
}

fn near_candidates(
    index: &SearchIndex,
    near: &Near,
    compiled: &Compiled<'_>,
    k: usize,
) -> Vec<Candidate> {
    let here = unit_vector(near.latitude, near.longitude);
    let mut out = Vec::new();
    match near.radius_km {
        Some(r) => {
            for p in index
                .tree
                .locate_within_distance(here, chord_squared(r) * 1.0001)
            {
                out.push(Candidate {
                    pos: p.data,
                    score: 0.0,
                    distance_km: None,
                });
            }
        }
        None => {
            for p in index.tree.nearest_neighbor_iter(&here) {
                if compiled.accepts(&index.docs[p.data as usize], index) {
                    out.push(Candidate {
                        pos: p.data,
                        score: 0.0,
                        distance_km: None,
                    });
                    if out.len() >= k {
                        break;
                    }
                }
            }
        }
    }
    out
}

fn facets(index: &SearchIndex, candidates: &[Candidate]) -> Facets {
    let tax = Taxonomy::bundled();
    let areas = tax.terms("area");
    let groups = tax.terms("target_group");
    let mut f = Facets::default();
    let mut area_counts = [0usize; 8];
    let mut group_counts = [0usize; 16];
    let mut lang_counts = vec![0usize; index.languages.len()];
    let mut kind_counts = [0usize; RecordKind::ALL.len() + 1];
    let mut region_counts = [0usize; 100];
    for c in candidates {
        let d = &index.docs[c.pos as usize];
        kind_counts[d.kind.search_number() as usize] += 1;
        if let Some(a) = d.area {
            area_counts[a as usize] += 1;
        }
        let mut groups = d.target_groups;
        while groups != 0 {
            group_counts[groups.trailing_zeros() as usize] += 1;
            groups &= groups - 1;
        }
        for &l in d.languages.iter() {
            lang_counts[l as usize] += 1;
        }
        region_counts[usize::from(d.region)] += 1;
        f.free += usize::from(d.free);
        f.no_documents += usize::from(d.no_documents);
    }
    for k in RecordKind::ALL {
        let count = kind_counts[k.search_number() as usize];
        if count > 0 {
            f.kinds.insert(k.as_str().to_string(), count);
        }
    }
    for (i, a) in areas.iter().enumerate() {
        if area_counts[i] > 0 {
            f.areas.insert(a.id.clone(), area_counts[i]);
        }
    }
    for (i, g) in groups.iter().enumerate().take(16) {
        if group_counts[i] > 0 {
            f.target_groups.insert(g.id.clone(), group_counts[i]);
        }
    }
    for (i, l) in index.languages.iter().enumerate() {
        if lang_counts[i] > 0 {
            f.languages.insert(l.clone(), lang_counts[i]);
        }
    }
    // Slot 0 counts documents with no region (online resources, news).
    f.regions = region_counts
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, n)| **n > 0)
        .map(|(code, n)| (format!("{code:02}"), *n))
        .collect();
    f
}

/// The first sentences of a text, cut at a word boundary.
fn snippet(text: &str, max_chars: usize) -> String {
    let first_paragraph = text.split("\n\n").next().unwrap_or(text).trim();
    if first_paragraph.chars().count() <= max_chars {
        return first_paragraph.to_string();
    }
    let cut: String = first_paragraph.chars().take(max_chars).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(head, _)| head)
        .to_string();
    format!("{cut}…")
}

#[cfg(test)]
mod phrase_tests {
    use super::*;
    use crate::Catalog;

    fn phrase_ids(catalog: &Catalog, text: &str, lang: Lang) -> Vec<String> {
        let query = Query {
            text: text.into(),
            lang,
            // The results screen asks for services only: phrases still come.
            filters: Filters {
                kinds: vec![RecordKind::Service],
                ..Filters::default()
            },
            ..Query::default()
        };
        let results = catalog.search(&query).unwrap();
        results.phrases.into_iter().map(|p| p.id).collect()
    }

    #[test]
    fn the_search_entry_point_finds_phrases_in_it_en_ar_zh() {
        let catalog = Catalog::open_in_memory().unwrap();
        for (text, lang) in [
            ("medico", Lang::It),
            ("doctor", Lang::En),
            ("طبيب", Lang::Ar),
            ("医生", Lang::Zh),
        ] {
            let ids = phrase_ids(&catalog, text, lang);
            assert!(ids.iter().any(|id| id == "doctor-need"), "{text}: {ids:?}");
        }
        assert!(
            phrase_ids(&catalog, "permesso di soggiorno", Lang::It)
                .iter()
                .any(|id| id == "questura-renew-permit")
        );
        assert!(phrase_ids(&catalog, "", Lang::It).is_empty());
    }
}

#[cfg(test)]
mod long_text_tests {
    //! Long texts are indexed once for every record that carries them
    //! (`search_texts`); these check that search still finds records by
    //! them exactly as when each record had its own copy.
    use super::*;
    use crate::sample::{SampleOptions, generate};
    use crate::{Catalog, CatalogData};

    fn two_services_sharing_a_description() -> (CatalogData, [String; 2]) {
        let mut data = generate(SampleOptions {
            services: 30,
            associations: 2,
            cultural_experiences: 0,
            ..SampleOptions::default()
        });
        // Two services in different comuni, one description.
        let first = data.services[0].clone();
        let other = data
            .services
            .iter()
            .position(|s| {
                s.locations[0].comune_istat != first.locations[0].comune_istat
                    && s.organization_id != first.organization_id
            })
            .unwrap();
        for i in [0, other] {
            let s = &mut data.services[i];
            s.description = "Sportello zanzibarite per famiglie.".into();
            // Every long field alike: the texts are then one row.
            s.eligibility_description = first.eligibility_description.clone();
            s.fees_description = first.fees_description.clone();
            s.application_process = first.application_process.clone();
            for field in crate::store::texts::long_fields(RecordKind::Service) {
                s.translations.remove(*field);
            }
            s.translations
                .entry("description".into())
                .or_default()
                .insert(Lang::Ar, "مكتب قرنفلية للعائلات".into());
        }
        let ids = [data.services[0].id.clone(), data.services[other].id.clone()];
        (data, ids)
    }

    fn found(catalog: &Catalog, text: &str) -> (Vec<String>, Plan) {
        let r = catalog
            .search(&Query {
                text: text.into(),
                limit: 200,
                ..Query::default()
            })
            .unwrap();
        let mut ids: Vec<String> = r.hits.into_iter().map(|h| h.id).collect();
        ids.sort();
        (ids, r.plan)
    }

    fn comune_name(data: &CatalogData, id: &str) -> String {
        let s = data.services.iter().find(|s| s.id == id).unwrap();
        let code = s.locations[0].comune_istat.as_deref().unwrap();
        Gazetteer::bundled().by_istat(code).unwrap().name.clone()
    }

    fn texts_rows(catalog: &Catalog) -> i64 {
        catalog
            .conn
            .query_row("SELECT count(*) FROM search_texts", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_shared_description_finds_every_record_that_carries_it() {
        let (data, ids) = two_services_sharing_a_description();
        let mut catalog = Catalog::open_in_memory().unwrap();
        catalog.replace_all(&data, Default::default()).unwrap();
        let mut both = ids.to_vec();
        both.sort();
        assert_eq!(found(&catalog, "zanzibarite"), (both.clone(), Plan::Text));
        assert_eq!(found(&catalog, "قرنفلية").0, both, "a translation");
        // A word of the shared text and one of the record's own (its
        // comune): only the record that has both.
        let place = comune_name(&data, &ids[0]);
        assert_eq!(
            found(&catalog, &format!("zanzibarite {place}")).0,
            [ids[0].clone()],
            "{place}"
        );
        // A word nobody has: any word then answers, as before.
        let (any, plan) = found(&catalog, "zanzibarite qwertyzzz");
        assert_eq!((any, plan), (both, Plan::TextAnyWord));
    }

    #[test]
    fn a_changed_or_dropped_text_is_found_by_its_new_words_only() {
        let (mut data, ids) = two_services_sharing_a_description();
        let mut catalog = Catalog::open_in_memory().unwrap();
        catalog.replace_all(&data, Default::default()).unwrap();
        let rows = texts_rows(&catalog);
        // One of the two gets a description of its own.
        let first = data.services.iter_mut().find(|s| s.id == ids[0]).unwrap();
        first.description = "Sportello quokkaland per famiglie.".into();
        first.translations.remove("description");
        let changed = CatalogData {
            services: vec![first.clone()],
            ..CatalogData::default()
        };
        catalog.import(&changed, Default::default()).unwrap();
        assert_eq!(found(&catalog, "zanzibarite").0, [ids[1].clone()]);
        assert_eq!(found(&catalog, "quokkaland").0, [ids[0].clone()]);
        assert_eq!(texts_rows(&catalog), rows + 1, "the shared text stays");
        assert_eq!(
            catalog
                .conn
                .query_row("SELECT count(*) FROM long_text", [], |r| r.get::<_, i64>(0))
                .unwrap(),
            texts_rows(&catalog),
            "one index row per text"
        );
        // The last record with the shared text goes: so does its text.
        catalog.delete(RecordKind::Service, &ids[1]).unwrap();
        assert_eq!(found(&catalog, "zanzibarite").0, Vec::<String>::new());
        assert_eq!(texts_rows(&catalog), rows);
        // The same text written again is indexed again.
        let back = data.services.iter().find(|s| s.id == ids[1]).unwrap();
        catalog
            .import(
                &CatalogData {
                    services: vec![back.clone()],
                    ..CatalogData::default()
                },
                Default::default(),
            )
            .unwrap();
        assert_eq!(found(&catalog, "zanzibarite").0, [ids[1].clone()]);
        assert_eq!(texts_rows(&catalog), rows + 1);
    }

    #[test]
    fn a_part_of_a_name_is_found_through_the_vocabulary() {
        let (data, _) = two_services_sharing_a_description();
        let mut catalog = Catalog::open_in_memory().unwrap();
        catalog.replace_all(&data, Default::default()).unwrap();
        let name = &data.services[3].name;
        let word = name
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.chars().count() >= 7)
            .unwrap()
            .to_lowercase();
        let piece: String = word.chars().skip(1).take(5).collect();
        let r = catalog
            .search(&Query {
                text: piece.clone(),
                limit: 200,
                ..Query::default()
            })
            .unwrap();
        assert_eq!(r.plan, Plan::Substring, "{piece}");
        assert!(
            r.hits.iter().any(|h| h.id == data.services[3].id),
            "{piece} of {name}"
        );
        // A piece that is part of no word finds nothing.
        let r = catalog
            .search(&Query {
                text: "xqzjv".into(),
                ..Query::default()
            })
            .unwrap();
        assert_eq!(r.total, 0);
    }
}
