//! The one list of record kinds: [`RecordKind`], the owned [`Record`], the
//! borrowed [`RecordRef`], and [`CatalogData`] seen as a sequence of records
//! (`records()`, `into_records()`, `push()`, `FromIterator`).
//!
//! A kind knows its table, its row key `<table>:<id>` (what digests and the
//! portal's publications are keyed by), its name in search and in the user
//! file (`association` for organizations), and its number in `search_doc`. A
//! `Record` is one record, whole: a feed row, and what `Catalog::record` reads
//! back.
//!
//! Every place that handles "each kind of record" (the store's tables, the
//! feed's rows, digests, search documents, the portal's checks) matches on
//! these enums, so adding a kind is a compile error wherever it is not yet
//! handled instead of a silent omission.

use serde::{Deserialize, Serialize};

use crate::model::{
    CatalogData, CulturalExperience, LearningResource, NewsItem, Organization, ReportSummary,
    Service,
};

/// Every kind of record the catalog holds: one table each, one kind of feed
/// row each. Associations are organizations with an association profile;
/// only those are searchable, so in search and in the user file this kind
/// is called `association` ([`RecordKind::as_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    // The order of the variants is the order of feed rows (FORMAT.md):
    // organizations before the services that point at them.
    #[serde(alias = "association")]
    Organization,
    Service,
    LearningResource,
    ReportSummary,
    NewsItem,
    CulturalExperience,
}

impl RecordKind {
    /// In the order rows are written: organizations before the services
    /// that point at them.
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Organization,
        RecordKind::Service,
        RecordKind::LearningResource,
        RecordKind::ReportSummary,
        RecordKind::NewsItem,
        RecordKind::CulturalExperience,
    ];

    /// The table name, also the prefix of the row key (`service:<id>`) and
    /// the name of the kind in the feed.
    pub fn table(self) -> &'static str {
        match self {
            RecordKind::Organization => "organization",
            RecordKind::Service => "service",
            RecordKind::LearningResource => "learning_resource",
            RecordKind::ReportSummary => "report_summary",
            RecordKind::NewsItem => "news_item",
            RecordKind::CulturalExperience => "cultural_experience",
        }
    }

    /// The kind whose table is `s`.
    pub fn parse(s: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.table() == s)
    }

    /// The key of a row in digests: `<table>:<id>`.
    pub fn key(self, id: &str) -> String {
        format!("{}:{id}", self.table())
    }

    /// The name people and the user file use (favourites, facets, the
    /// command line): the table's, except `association` for organizations.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Organization => "association",
            other => other.table(),
        }
    }

    /// The kind whose [`RecordKind::as_str`] is `s`.
    pub fn from_name(s: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The number stored in `search_doc.kind` (and in the `zzk` search
    /// token), fixed by schema 1: 1 to 6.
    pub fn search_number(self) -> i64 {
        match self {
            RecordKind::Service => 1,
            RecordKind::Organization => 2,
            RecordKind::LearningResource => 3,
            RecordKind::ReportSummary => 4,
            RecordKind::NewsItem => 5,
            RecordKind::CulturalExperience => 6,
        }
    }

    /// The kind stored under `n` in `search_doc.kind`.
    pub fn from_search_number(n: i64) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.search_number() == n)
    }
}

/// One record, whole: what the feed carries as a row and what
/// `Catalog::record` reads back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    Organization(Box<Organization>),
    Service(Box<Service>),
    LearningResource(Box<LearningResource>),
    ReportSummary(Box<ReportSummary>),
    NewsItem(Box<NewsItem>),
    CulturalExperience(Box<CulturalExperience>),
}

/// A record borrowed from a [`CatalogData`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RecordRef<'a> {
    Organization(&'a Organization),
    Service(&'a Service),
    LearningResource(&'a LearningResource),
    ReportSummary(&'a ReportSummary),
    NewsItem(&'a NewsItem),
    CulturalExperience(&'a CulturalExperience),
}

impl Record {
    pub fn as_ref(&self) -> RecordRef<'_> {
        match self {
            Record::Organization(r) => RecordRef::Organization(r),
            Record::Service(r) => RecordRef::Service(r),
            Record::LearningResource(r) => RecordRef::LearningResource(r),
            Record::ReportSummary(r) => RecordRef::ReportSummary(r),
            Record::NewsItem(r) => RecordRef::NewsItem(r),
            Record::CulturalExperience(r) => RecordRef::CulturalExperience(r),
        }
    }

    pub fn kind(&self) -> RecordKind {
        self.as_ref().kind()
    }

    pub fn id(&self) -> &str {
        match self {
            Record::Organization(r) => &r.id,
            Record::Service(r) => &r.id,
            Record::LearningResource(r) => &r.id,
            Record::ReportSummary(r) => &r.id,
            Record::NewsItem(r) => &r.id,
            Record::CulturalExperience(r) => &r.id,
        }
    }

    /// The content hash stored beside the row (sha256 of its canonical JSON).
    pub fn hash(&self) -> String {
        self.as_ref().hash()
    }

    /// Whether the record is generated sample data.
    pub fn sample(&self) -> bool {
        self.as_ref().sample()
    }
}

impl<'a> RecordRef<'a> {
    pub fn kind(self) -> RecordKind {
        match self {
            RecordRef::Organization(_) => RecordKind::Organization,
            RecordRef::Service(_) => RecordKind::Service,
            RecordRef::LearningResource(_) => RecordKind::LearningResource,
            RecordRef::ReportSummary(_) => RecordKind::ReportSummary,
            RecordRef::NewsItem(_) => RecordKind::NewsItem,
            RecordRef::CulturalExperience(_) => RecordKind::CulturalExperience,
        }
    }

    /// Whether the record is generated sample data.
    pub fn sample(self) -> bool {
        match self {
            RecordRef::Organization(r) => r.sample,
            RecordRef::Service(r) => r.sample,
            RecordRef::LearningResource(r) => r.sample,
            RecordRef::ReportSummary(r) => r.sample,
            RecordRef::NewsItem(r) => r.sample,
            RecordRef::CulturalExperience(r) => r.sample,
        }
    }

    pub fn id(self) -> &'a str {
        match self {
            RecordRef::Organization(r) => &r.id,
            RecordRef::Service(r) => &r.id,
            RecordRef::LearningResource(r) => &r.id,
            RecordRef::ReportSummary(r) => &r.id,
            RecordRef::NewsItem(r) => &r.id,
            RecordRef::CulturalExperience(r) => &r.id,
        }
    }

    /// The content hash stored beside the row (sha256 of its canonical JSON).
    pub fn hash(self) -> String {
        match self {
            RecordRef::Organization(r) => content_hash(r),
            RecordRef::Service(r) => content_hash(r),
            RecordRef::LearningResource(r) => content_hash(r),
            RecordRef::ReportSummary(r) => content_hash(r),
            RecordRef::NewsItem(r) => content_hash(r),
            RecordRef::CulturalExperience(r) => content_hash(r),
        }
    }

    pub fn to_owned(self) -> Record {
        match self {
            RecordRef::Organization(r) => Record::Organization(Box::new(r.clone())),
            RecordRef::Service(r) => Record::Service(Box::new(r.clone())),
            RecordRef::LearningResource(r) => Record::LearningResource(Box::new(r.clone())),
            RecordRef::ReportSummary(r) => Record::ReportSummary(Box::new(r.clone())),
            RecordRef::NewsItem(r) => Record::NewsItem(Box::new(r.clone())),
            RecordRef::CulturalExperience(r) => Record::CulturalExperience(Box::new(r.clone())),
        }
    }
}

/// sha256 hex of a record's canonical JSON (fields in declaration order,
/// translations sorted, no spaces): equal content, equal hash, on every device.
pub fn content_hash<T: Serialize>(record: &T) -> String {
    use sha2::{Digest, Sha256};
    let json = serde_json::to_vec(record).expect("records serialize");
    hex::encode(Sha256::digest(json))
}

impl CatalogData {
    /// Every record, kind by kind in [`RecordKind::ALL`]'s order, each kind
    /// in the order it is held.
    pub fn records(&self) -> impl Iterator<Item = RecordRef<'_>> {
        let CatalogData {
            organizations,
            services,
            learning_resources,
            reports,
            news,
            cultural_experiences,
        } = self;
        organizations
            .iter()
            .map(RecordRef::Organization)
            .chain(services.iter().map(RecordRef::Service))
            .chain(learning_resources.iter().map(RecordRef::LearningResource))
            .chain(reports.iter().map(RecordRef::ReportSummary))
            .chain(news.iter().map(RecordRef::NewsItem))
            .chain(
                cultural_experiences
                    .iter()
                    .map(RecordRef::CulturalExperience),
            )
    }

    /// Every record, owned, in the order of [`CatalogData::records`].
    pub fn into_records(self) -> impl Iterator<Item = Record> {
        let CatalogData {
            organizations,
            services,
            learning_resources,
            reports,
            news,
            cultural_experiences,
        } = self;
        organizations
            .into_iter()
            .map(|r| Record::Organization(Box::new(r)))
            .chain(services.into_iter().map(|r| Record::Service(Box::new(r))))
            .chain(
                learning_resources
                    .into_iter()
                    .map(|r| Record::LearningResource(Box::new(r))),
            )
            .chain(
                reports
                    .into_iter()
                    .map(|r| Record::ReportSummary(Box::new(r))),
            )
            .chain(news.into_iter().map(|r| Record::NewsItem(Box::new(r))))
            .chain(
                cultural_experiences
                    .into_iter()
                    .map(|r| Record::CulturalExperience(Box::new(r))),
            )
    }

    /// Adds a record to the list of its kind.
    pub fn push(&mut self, record: Record) {
        match record {
            Record::Organization(r) => self.organizations.push(*r),
            Record::Service(r) => self.services.push(*r),
            Record::LearningResource(r) => self.learning_resources.push(*r),
            Record::ReportSummary(r) => self.reports.push(*r),
            Record::NewsItem(r) => self.news.push(*r),
            Record::CulturalExperience(r) => self.cultural_experiences.push(*r),
        }
    }

    /// How many records of `kind` this holds.
    pub fn count(&self, kind: RecordKind) -> usize {
        match kind {
            RecordKind::Organization => self.organizations.len(),
            RecordKind::Service => self.services.len(),
            RecordKind::LearningResource => self.learning_resources.len(),
            RecordKind::ReportSummary => self.reports.len(),
            RecordKind::NewsItem => self.news.len(),
            RecordKind::CulturalExperience => self.cultural_experiences.len(),
        }
    }

    pub fn len(&self) -> usize {
        RecordKind::ALL.into_iter().map(|k| self.count(k)).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl FromIterator<Record> for CatalogData {
    fn from_iter<I: IntoIterator<Item = Record>>(iter: I) -> CatalogData {
        let mut data = CatalogData::default();
        for r in iter {
            data.push(r);
        }
        data
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleOptions, generate};

    #[test]
    fn records_round_trip_through_the_iterator_in_kind_order() {
        let data = generate(SampleOptions {
            services: 40,
            associations: 5,
            cultural_experiences: 5,
            second_generation_associations: 2,
            protection_projects: 2,
            ..SampleOptions::default()
        });
        let kinds: Vec<RecordKind> = data.records().map(|r| r.kind()).collect();
        assert_eq!(kinds.len(), data.len());
        assert!(kinds.is_sorted(), "kinds come in RecordKind::ALL order");
        assert!(
            RecordKind::ALL.is_sorted(),
            "ALL is the order of the variants"
        );
        for kind in RecordKind::ALL {
            assert!(data.count(kind) > 0, "the small sample holds {kind:?}");
        }
        let back: CatalogData = data.clone().into_records().collect();
        assert_eq!(back, data);
        let owned: CatalogData = data.records().map(RecordRef::to_owned).collect();
        assert_eq!(owned, data);
    }

    #[test]
    fn names_and_tables_parse_back() {
        for kind in RecordKind::ALL {
            assert_eq!(RecordKind::parse(kind.table()), Some(kind));
            assert_eq!(RecordKind::from_name(kind.as_str()), Some(kind));
            assert_eq!(
                RecordKind::from_search_number(kind.search_number()),
                Some(kind)
            );
        }
        // The feed names organizations by their table; older user files and
        // search facets by "association": both read back.
        let k: RecordKind = serde_json::from_str("\"association\"").unwrap();
        assert_eq!(k, RecordKind::Organization);
        assert_eq!(
            serde_json::to_string(&RecordKind::Organization).unwrap(),
            "\"organization\""
        );
    }
}
