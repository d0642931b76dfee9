//! "What's new", privately: what changed for the person since they last
//! looked, computed on the device. When they mark the list as seen, the
//! content hashes of the records that concern them (services in their
//! region, news, report summaries in their language) are written to their
//! own user file (setting [`SEEN_SETTING`]); afterwards, a record that is not
//! there yet is new and one whose hash differs has changed.
//!
//! The list is kept with the region and language it was made for: picking
//! another comune or language starts a new baseline instead of turning a whole
//! region into "new", and the first catalog a device gets is recorded as seen
//! ([`start_if_needed`]). Nothing about the person leaves the device: the
//! catalog arrives whole by the feed, and the comparison runs here.

use std::collections::BTreeMap;

use crate::error::Result;
use crate::gazetteer::Territory;
use crate::lang::Lang;
use crate::record::RecordKind;
use crate::search::{Filters, Query};
use crate::store::Catalog;
use crate::user::UserData;

/// The user-file setting that holds the hashes seen last time (JSON).
pub const SEEN_SETTING: &str = "whats-new-seen";

/// What concerns the person.
#[derive(Debug, Clone, PartialEq)]
pub struct Interest {
    /// ISTAT code of their comune, if they picked one (their region follows).
    pub comune: Option<String>,
    pub lang: Lang,
}

/// One record that is new or changed since the person last looked.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: RecordKind,
    pub id: String,
    pub title: String,
    /// Language of `title`.
    pub text_lang: Lang,
    /// New (not there last time) or changed.
    pub is_new: bool,
    /// In the person's own comune.
    pub in_comune: bool,
}

/// The records that concern the person, by `table:id`, with their title.
fn relevant(catalog: &Catalog, interest: &Interest) -> Result<BTreeMap<String, Change>> {
    let mut out = BTreeMap::new();
    let region = region_of(interest);
    let mut searches = vec![Filters {
        kinds: vec![RecordKind::NewsItem, RecordKind::ReportSummary],
        ..Filters::default()
    }];
    if let Some(region) = region {
        searches.push(Filters {
            kinds: vec![RecordKind::Service],
            territory: Some(Territory::Region(region)),
            ..Filters::default()
        });
    }
    for filters in searches {
        for hit in all_hits(catalog, interest.lang, filters)? {
            // A summary that is not in the reader's language is no news to them.
            if hit.kind == RecordKind::ReportSummary && hit.italian_fallback {
                continue;
            }
            out.insert(
                hit.kind.key(&hit.id),
                Change {
                    kind: hit.kind,
                    in_comune: interest.comune.is_some()
                        && hit.comune.is_some()
                        && catalog_comune(catalog, hit.kind, &hit.id)? == interest.comune,
                    id: hit.id,
                    title: hit.title,
                    text_lang: hit.text_lang,
                    is_new: true,
                },
            );
        }
    }
    Ok(out)
}

/// Every hit of a search, page after page (a page holds at most 200).
fn all_hits(catalog: &Catalog, lang: Lang, filters: Filters) -> Result<Vec<crate::search::Hit>> {
    let mut hits = Vec::new();
    loop {
        let page = catalog.search(&Query {
            lang,
            filters: filters.clone(),
            offset: hits.len(),
            limit: 200,
            ..Query::default()
        })?;
        let got = page.hits.len();
        hits.extend(page.hits);
        if got == 0 || hits.len() >= page.total {
            return Ok(hits);
        }
    }
}

fn catalog_comune(catalog: &Catalog, kind: RecordKind, id: &str) -> Result<Option<String>> {
    if kind != RecordKind::Service {
        return Ok(None);
    }
    Ok(catalog
        .service(id)?
        .and_then(|s| s.locations.first().and_then(|l| l.comune_istat.clone())))
}

/// What the person saw, and for which region and language: a list made
/// for another place or language is no baseline (picking a comune would
/// otherwise turn every service of its region into "new").
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Seen {
    region: Option<String>,
    lang: String,
    hashes: BTreeMap<String, String>,
}

fn region_of(interest: &Interest) -> Option<String> {
    interest
        .comune
        .as_deref()
        .and_then(|c| crate::gazetteer::Gazetteer::bundled().by_istat(c))
        .map(|c| c.region_code.clone())
}

fn seen(user: &UserData, interest: &Interest) -> Result<Option<BTreeMap<String, String>>> {
    Ok(user
        .setting(SEEN_SETTING)?
        .and_then(|json| serde_json::from_str::<Seen>(&json).ok())
        .filter(|s| s.region == region_of(interest) && s.lang == interest.lang.code())
        .map(|s| s.hashes))
}

/// What is new or changed since the person last marked the list as seen,
/// those in their comune first; `None` when they never did (nothing to
/// compare with yet).
pub fn whats_new(
    catalog: &Catalog,
    user: &UserData,
    interest: &Interest,
) -> Result<Option<Vec<Change>>> {
    let Some(seen) = seen(user, interest)? else {
        return Ok(None);
    };
    let hashes = catalog.content_hashes()?;
    let mut changes: Vec<Change> = relevant(catalog, interest)?
        .into_iter()
        .filter_map(|(key, mut change)| {
            let now = hashes.get(&key)?;
            match seen.get(&key) {
                None => Some(change),
                Some(before) if before != now => {
                    change.is_new = false;
                    Some(change)
                }
                Some(_) => None,
            }
        })
        .collect();
    changes.sort_by(|a, b| b.in_comune.cmp(&a.in_comune).then(a.title.cmp(&b.title)));
    Ok(Some(changes))
}

/// Records what concerns the person now as seen.
pub fn mark_seen(catalog: &Catalog, user: &UserData, interest: &Interest) -> Result<()> {
    let hashes = catalog.content_hashes()?;
    let seen = Seen {
        region: region_of(interest),
        lang: interest.lang.code().to_string(),
        hashes: relevant(catalog, interest)?
            .into_keys()
            .filter_map(|key| hashes.get(&key).map(|h| (key, h.clone())))
            .collect(),
    };
    user.set_setting(
        SEEN_SETTING,
        &serde_json::to_string(&seen).expect("strings serialize"),
    )
}

/// Marks as seen unless the person already has a record of what they saw
/// for this region and language: the first catalog a device gets, or the
/// services of a region they just moved to, are not "new" to them.
pub fn start_if_needed(catalog: &Catalog, user: &UserData, interest: &Interest) -> Result<()> {
    if seen(user, interest)?.is_none() {
        mark_seen(catalog, user, interest)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleOptions, generate};

    /// A region with more services than a search page holds is still
    /// followed whole.
    #[test]
    fn every_record_past_the_first_page_is_followed() {
        let data = generate(SampleOptions {
            services: 450,
            associations: 5,
            cultural_experiences: 0,
            second_generation_associations: 0,
            protection_projects: 0,
            ..SampleOptions::default()
        });
        let mut catalog = Catalog::open_in_memory().unwrap();
        catalog.import(&data, Default::default()).unwrap();
        let services = Filters {
            kinds: vec![RecordKind::Service],
            ..Filters::default()
        };
        let hits = all_hits(&catalog, Lang::It, services).unwrap();
        assert_eq!(hits.len(), 450);
        let unique: std::collections::BTreeSet<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(unique.len(), 450);
    }

    #[test]
    fn new_and_changed_records_in_the_region_are_reported_once() {
        let data = generate(SampleOptions {
            services: 300,
            associations: 5,
            cultural_experiences: 0,
            second_generation_associations: 0,
            protection_projects: 0,
            ..SampleOptions::default()
        });
        let mut catalog = Catalog::open_in_memory().unwrap();
        catalog.import(&data, Default::default()).unwrap();
        let user = UserData::open_in_memory().unwrap();
        let mine = data.services[0].clone();
        let comune = mine.locations[0].comune_istat.clone();
        let interest = Interest {
            comune: comune.clone(),
            lang: Lang::En,
        };
        assert_eq!(whats_new(&catalog, &user, &interest).unwrap(), None);
        start_if_needed(&catalog, &user, &interest).unwrap();
        assert_eq!(
            whats_new(&catalog, &user, &interest).unwrap(),
            Some(Vec::new())
        );

        // A new service in the person's comune, a changed one, a news item,
        // and a service far away (another region) that does not concern them.
        let mut added = mine.clone();
        added.id = "new-service".into();
        added.name = "Nuovo sportello".into();
        added.phones[0].id = "new-service-tel".into();
        added.locations[0].id = "new-service-loc".into();
        let mut changed = mine.clone();
        changed.description = "Orari cambiati".into();
        let gazetteer = crate::gazetteer::Gazetteer::bundled();
        let region_of = |s: &crate::model::Service| {
            gazetteer
                .by_istat(s.locations[0].comune_istat.as_deref().unwrap())
                .map(|c| c.region_code.clone())
        };
        let far = data
            .services
            .iter()
            .find(|s| region_of(s) != region_of(&mine))
            .cloned()
            .expect("300 services span several regions");
        let mut news = data.news[0].clone();
        news.id = "new-news".into();
        let mut batch = crate::model::CatalogData {
            services: vec![added, changed],
            news: vec![news],
            ..Default::default()
        };
        let mut moved_far = far.clone();
        moved_far.description = "Altrove".into();
        batch.services.push(moved_far);
        catalog.import(&batch, Default::default()).unwrap();
        let changes = whats_new(&catalog, &user, &interest).unwrap().unwrap();
        let ids: Vec<(&str, bool)> = changes.iter().map(|c| (c.id.as_str(), c.is_new)).collect();
        assert!(ids.contains(&("new-service", true)), "{ids:?}");
        assert!(ids.contains(&(mine.id.as_str(), false)), "{ids:?}");
        assert!(ids.contains(&("new-news", true)), "{ids:?}");
        assert!(!ids.iter().any(|(id, _)| *id == far.id), "{ids:?}");
        assert!(changes[0].in_comune, "the person's comune comes first");

        mark_seen(&catalog, &user, &interest).unwrap();
        assert_eq!(
            whats_new(&catalog, &user, &interest).unwrap(),
            Some(Vec::new())
        );

        // Moving to another region (or language) starts a new baseline:
        // its services are not all "new".
        let elsewhere = Interest {
            comune: far.locations[0].comune_istat.clone(),
            lang: Lang::En,
        };
        assert_eq!(whats_new(&catalog, &user, &elsewhere).unwrap(), None);
        start_if_needed(&catalog, &user, &elsewhere).unwrap();
        assert_eq!(
            whats_new(&catalog, &user, &elsewhere).unwrap(),
            Some(Vec::new())
        );
        let arabic = Interest {
            lang: Lang::Ar,
            ..elsewhere
        };
        assert_eq!(whats_new(&catalog, &user, &arabic).unwrap(), None);
    }
}
