//! What moderators do, for the API and the console alike: which waiting
//! submissions a moderator sees (those of their territory), and deciding
//! one (the same role and territory checks whichever way it comes).

use catalog::RecordKind;
use catalog::model::{CatalogData, Organization, Service};
use catalog::submission::{RECORD_ID, RECORD_KIND};

use crate::accounts::{AuditAction, AuditEntry};
use crate::store::{
    Decision, Grant, Role, Store, StoreError, Submission, SubmissionKind, SubmissionStatus,
};
use crate::territory::{allows, organization_codes, service_codes};

/// Why an action was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error("this needs the {} role", .0.as_str())]
    Role(Role),
    #[error("the record lies outside your territory ({0})")]
    Outside(String),
    #[error("no such submission")]
    NotFound,
    #[error("the submission was already decided")]
    AlreadyDecided,
    #[error("{0}")]
    Invalid(String),
    /// A record the decision writes was changed by someone else meanwhile
    /// (on another instance, perhaps): nothing was applied.
    #[error(
        "{0} was changed by someone else meanwhile: open it again and decide on what it holds now"
    )]
    Changed(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ActionError {
    fn outside(grant: &Grant) -> ActionError {
        ActionError::Outside(grant.territory.clone().unwrap_or_else(|| "-".into()))
    }
}

/// The records a submission proposes whole (an editor's tool may send
/// them; the app's forms send what a person knows instead).
pub fn proposed_records(sub: &Submission) -> Result<CatalogData, ActionError> {
    let p = &sub.payload;
    let mut data = CatalogData::default();
    if let Some(s) = p.get("service") {
        let s: Service = serde_json::from_value(s.clone())
            .map_err(|e| ActionError::Invalid(format!("service: {e}")))?;
        data.services.push(s);
    }
    if let Some(o) = p.get("organization") {
        let o: Organization = serde_json::from_value(o.clone())
            .map_err(|e| ActionError::Invalid(format!("organization: {e}")))?;
        data.organizations.push(o);
    }
    Ok(data)
}

/// The record a correction or removal is about.
pub fn target(sub: &Submission) -> Option<(RecordKind, &str)> {
    if !sub.kind.is_about_a_record() {
        return None;
    }
    let kind = sub
        .payload
        .get(RECORD_KIND)
        .and_then(|v| v.as_str())
        .and_then(RecordKind::from_name)?;
    Some((kind, sub.payload.get(RECORD_ID)?.as_str()?))
}

/// Every territory code a submission touches: the records it proposes,
/// the comune its form names, the record it is about. Empty: it names no
/// place (only a moderator of all of Italy sees it).
pub fn submission_codes(store: &dyn Store, sub: &Submission) -> Result<Vec<String>, ActionError> {
    let data = proposed_records(sub)?;
    let mut codes: Vec<String> = data
        .services
        .iter()
        .flat_map(service_codes)
        .chain(data.organizations.iter().flat_map(organization_codes))
        .collect();
    if let Some(c) = sub.payload.get("comune_istat").and_then(|v| v.as_str()) {
        codes.push(c.to_string());
    }
    match target(sub) {
        Some((RecordKind::Service, id)) => {
            if let Some(s) = store.service(id)? {
                codes.extend(service_codes(&s));
            }
        }
        Some((RecordKind::Organization, id)) => {
            if let Some(o) = store.organization(id)? {
                codes.extend(organization_codes(&o));
            }
        }
        _ => {}
    }
    Ok(codes)
}

/// The waiting submissions `grant` may decide, oldest first.
pub fn waiting_for(store: &dyn Store, grant: &Grant) -> Result<Vec<Submission>, ActionError> {
    if grant.role < Role::Moderator {
        return Err(ActionError::Role(Role::Moderator));
    }
    let territory = grant.territory();
    let mut out = Vec::new();
    for sub in store.submissions(Some(SubmissionStatus::Pending))? {
        // One that cannot be read is shown to national moderators, who can
        // reject it; a territory's moderators see what lies inside.
        let inside = match submission_codes(store, &sub) {
            Ok(codes) => allows(territory.as_ref(), &codes),
            Err(_) => territory.is_none(),
        };
        if inside {
            out.push(sub);
        }
    }
    Ok(out)
}

/// What a store's refusal to apply a decision tells the moderator: what
/// is wrong with the records, or that someone changed them meanwhile (on
/// another instance, perhaps); anything else is the server's failure.
fn applying(e: StoreError) -> ActionError {
    match e {
        StoreError::Catalog(e) => ActionError::Invalid(e.to_string()),
        StoreError::Refused(why) => ActionError::Invalid(why),
        StoreError::Conflict { key } => ActionError::Changed(key),
        e => ActionError::Store(e),
    }
}

/// What accepting `sub` writes: `apply`, and a removal request's removal.
fn apply_accepted(
    store: &mut dyn Store,
    grant: &Grant,
    sub: &Submission,
    apply: &CatalogData,
) -> Result<(), ActionError> {
    if !apply.is_empty() {
        crate::history::save(store, &grant.label, apply).map_err(applying)?;
    }
    if sub.kind == SubmissionKind::RemovalRequest
        && let Some((kind, id)) = target(sub)
    {
        crate::history::remove(store, &grant.label, kind, id).map_err(applying)?;
    }
    Ok(())
}

/// A decision as a moderator takes it.
#[derive(Debug, Clone)]
pub struct Decide {
    pub status: SubmissionStatus,
    /// Required for a rejection: the sender reads it.
    pub reason: Option<String>,
    /// The records to apply instead of the proposed ones: what the
    /// moderator made of the submission (a form turned into a record, a
    /// correction edited).
    pub records: Option<CatalogData>,
}

/// Decides a waiting submission: checks the role and that both the
/// submission and what will be applied lie in the moderator's territory,
/// applies it when accepted (it goes out in the next publication) and
/// writes the audit log.
pub fn decide(
    store: &mut dyn Store,
    grant: &Grant,
    uuid: &str,
    decision: Decide,
    now: &str,
) -> Result<(), ActionError> {
    if grant.role < Role::Moderator {
        return Err(ActionError::Role(Role::Moderator));
    }
    let sub = store.submission(uuid)?.ok_or(ActionError::NotFound)?;
    if sub.status != SubmissionStatus::Pending {
        return Err(ActionError::AlreadyDecided);
    }
    if decision.status == SubmissionStatus::Rejected && decision.reason.is_none() {
        return Err(ActionError::Invalid(
            "a rejection needs a reason: the sender reads it".into(),
        ));
    }
    // Rejecting decides about the territory's records as much as accepting
    // does: the same checks come first for both.
    let territory = grant.territory();
    let codes = match submission_codes(store, &sub) {
        Ok(codes) => codes,
        // What cannot be read names no place: a moderator of all of Italy
        // rejects it (it is shown to them, see `waiting_for`).
        Err(_) if decision.status == SubmissionStatus::Rejected => Vec::new(),
        Err(e) => return Err(e),
    };
    if territory.is_some() && !allows(territory.as_ref(), &codes) {
        return Err(ActionError::outside(grant));
    }
    if let Some((kind, _)) = target(&sub)
        && territory.is_some()
        && !matches!(kind, RecordKind::Service | RecordKind::Organization)
    {
        // News, reports and the rest belong to the national office.
        return Err(ActionError::outside(grant));
    }
    let apply = match (decision.records, decision.status) {
        (Some(data), _) => data,
        (None, SubmissionStatus::Accepted) => proposed_records(&sub)?,
        (None, _) => CatalogData::default(),
    };
    // A correction's proposed record is the record it is about, never
    // another one slipped in beside it.
    if let Some((kind, id)) = target(&sub) {
        let other = apply.records().any(|r| r.kind() != kind || r.id() != id);
        if other {
            return Err(ActionError::Invalid(format!(
                "the proposed record is not the {} {id} the submission is about",
                kind.as_str()
            )));
        }
    }
    let apply_codes: Vec<String> = apply
        .services
        .iter()
        .flat_map(service_codes)
        .chain(apply.organizations.iter().flat_map(organization_codes))
        .collect();
    if !apply.is_empty() && !allows(territory.as_ref(), &apply_codes) {
        return Err(ActionError::outside(grant));
    }
    // Claimed first: of two moderators deciding at once (on any instance),
    // one decides and the other is told; nothing is applied for the one
    // who lost.
    let decided = store.decide(
        uuid,
        &Decision {
            status: decision.status,
            by: &grant.label,
            reason: decision.reason.as_deref(),
            at: now,
        },
    )?;
    if !decided {
        return Err(ActionError::AlreadyDecided);
    }
    if decision.status == SubmissionStatus::Accepted
        && let Err(e) = apply_accepted(store, grant, &sub, &apply)
    {
        // Not applied: the submission waits again, as it was.
        store.reopen(uuid, &grant.label, decision.status)?;
        return Err(e);
    }
    store.add_audit(&AuditEntry {
        at: now.to_string(),
        actor: grant.label.clone(),
        action: match decision.status {
            SubmissionStatus::Rejected => AuditAction::SubmissionRejected,
            _ => AuditAction::SubmissionAccepted,
        },
        detail: format!("{} {}", sub.kind.as_str(), sub.uuid),
    })?;
    Ok(())
}
