//! Every change to a record is kept: who, when, which fields, their old and
//! new values. Writers of records (the console, the API, moderation, the
//! import command) go through [`save`] and [`remove`], never through the
//! store's `put`/`delete` directly, so no change escapes the history.
//!
//! A field is a top-level key of the record's canonical JSON (`name`,
//! `phones`, `translations`…): the editor changed "the phones", and the
//! whole old and new lists are kept. `updated_at` is left out: the change's
//! own time says it.

use catalog::{CatalogData, Record, RecordKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::store::{Store, StoreError, StoreResult, Versions, version};

/// What happened to the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeAction {
    Created,
    Edited,
    Deleted,
}

impl ChangeAction {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeAction::Created => "created",
            ChangeAction::Edited => "edited",
            ChangeAction::Deleted => "deleted",
        }
    }

    pub fn parse(s: &str) -> Option<ChangeAction> {
        [
            ChangeAction::Created,
            ChangeAction::Edited,
            ChangeAction::Deleted,
        ]
        .into_iter()
        .find(|a| a.as_str() == s)
    }
}

/// One field's values before and after (None: the field was absent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
}

/// One change to one record.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// RFC 3339.
    pub at: String,
    /// The account's e-mail, the token's label, or the command that wrote.
    pub actor: String,
    pub kind: RecordKind,
    pub id: String,
    pub action: ChangeAction,
    pub fields: Vec<FieldChange>,
}

/// A record's canonical JSON, whatever its kind.
pub fn record_json(r: &Record) -> Value {
    match r {
        Record::Organization(x) => serde_json::to_value(x),
        Record::Service(x) => serde_json::to_value(x),
        Record::LearningResource(x) => serde_json::to_value(x),
        Record::ReportSummary(x) => serde_json::to_value(x),
        Record::NewsItem(x) => serde_json::to_value(x),
        Record::CulturalExperience(x) => serde_json::to_value(x),
    }
    .expect("records serialize")
}

fn fields_of(record: Option<&Record>) -> serde_json::Map<String, Value> {
    match record.map(record_json) {
        Some(Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    }
}

/// The fields that differ between two versions of a record, in the
/// record's own field order.
pub fn diff(old: Option<&Record>, new: Option<&Record>) -> Vec<FieldChange> {
    let old = fields_of(old);
    let new = fields_of(new);
    let mut names: Vec<&String> = new.keys().collect();
    names.extend(old.keys().filter(|k| !new.contains_key(*k)));
    names
        .into_iter()
        .filter(|k| k.as_str() != "updated_at")
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| FieldChange {
            field: k.clone(),
            old: old.get(k).cloned(),
            new: new.get(k).cloned(),
        })
        .collect()
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Writes `data` (validated by the store, all or nothing) and keeps each
/// record's change; a record written unchanged leaves no entry. Returns the
/// changes kept. A record someone else changes between this read and the
/// write is a [`StoreError::Conflict`](crate::store::StoreError::Conflict),
/// never overwritten.
pub fn save(store: &mut dyn Store, actor: &str, data: &CatalogData) -> StoreResult<Vec<Change>> {
    save_from(store, actor, data, &Versions::new())
}

/// [`save`] for a writer that started from the versions in `base` (a
/// form's hidden field, an API's `If-Match`): a record no longer at its
/// version there is a conflict, and nothing is written.
pub fn save_from(
    store: &mut dyn Store,
    actor: &str,
    data: &CatalogData,
    base: &Versions,
) -> StoreResult<Vec<Change>> {
    let mut changes = Vec::new();
    let mut expected = Versions::new();
    let at = now();
    let wanted: Vec<(RecordKind, &str)> = data.records().map(|r| (r.kind(), r.id())).collect();
    let olds = store.records(&wanted)?;
    for (r, old) in data.records().zip(olds) {
        let key = r.kind().key(r.id());
        let current = old.as_ref().map(version);
        if base.get(&key).is_some_and(|want| *want != current) {
            return Err(StoreError::Conflict { key });
        }
        expected.insert(key, current);
        let new = r.to_owned();
        let fields = diff(old.as_ref(), Some(&new));
        if fields.is_empty() {
            continue;
        }
        changes.push(Change {
            at: at.clone(),
            actor: actor.to_string(),
            kind: r.kind(),
            id: r.id().to_string(),
            action: if old.is_some() {
                ChangeAction::Edited
            } else {
                ChangeAction::Created
            },
            fields,
        });
    }
    store.put_records(data, &expected, &changes)?;
    Ok(changes)
}

/// Deletes a record and keeps what it held; false when there was none.
pub fn remove(store: &mut dyn Store, actor: &str, kind: RecordKind, id: &str) -> StoreResult<bool> {
    remove_from(store, actor, kind, id, None)
}

/// [`remove`] of the record at version `base`, when given.
pub fn remove_from(
    store: &mut dyn Store,
    actor: &str,
    kind: RecordKind,
    id: &str,
    base: Option<&str>,
) -> StoreResult<bool> {
    let Some(old) = store.record(kind, id)? else {
        return Ok(false);
    };
    let current = version(&old);
    if base.is_some_and(|want| want != current) {
        return Err(StoreError::Conflict { key: kind.key(id) });
    }
    let change = Change {
        at: now(),
        actor: actor.to_string(),
        kind,
        id: id.to_string(),
        action: ChangeAction::Deleted,
        fields: diff(Some(&old), None),
    };
    store.delete_record(kind, id, Some(&current), Some(&change))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn news(title: &str, body: &str) -> Record {
        Record::NewsItem(Box::new(catalog::model::NewsItem {
            id: "n1".into(),
            date: "2026-12-01".into(),
            title: title.into(),
            body: body.into(),
            translations: Default::default(),
            sample: false,
            updated_at: format!("2026-12-01T00:00:0{}Z", title.len() % 10),
        }))
    }

    #[test]
    fn only_changed_fields_are_kept_and_updated_at_never() {
        let a = news("Sportello", "Aperto il lunedì");
        let b = news("Sportello nuovo", "Aperto il lunedì");
        let d = diff(Some(&a), Some(&b));
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].field, "title");
        assert_eq!(d[0].old, Some(Value::from("Sportello")));
        assert_eq!(d[0].new, Some(Value::from("Sportello nuovo")));
        assert!(diff(Some(&a), Some(&a)).is_empty());
    }

    #[test]
    fn a_new_or_deleted_record_lists_every_field() {
        let a = news("Sportello", "Aperto");
        let created = diff(None, Some(&a));
        assert!(
            created
                .iter()
                .any(|f| f.field == "title" && f.old.is_none())
        );
        assert!(created.iter().all(|f| f.field != "updated_at"));
        let deleted = diff(Some(&a), None);
        assert!(deleted.iter().all(|f| f.new.is_none()));
        assert_eq!(created.len(), deleted.len());
    }

    #[test]
    fn actions_round_trip() {
        for a in [
            ChangeAction::Created,
            ChangeAction::Edited,
            ChangeAction::Deleted,
        ] {
            assert_eq!(ChangeAction::parse(a.as_str()), Some(a));
        }
        assert_eq!(ChangeAction::parse("renamed"), None);
    }
}
