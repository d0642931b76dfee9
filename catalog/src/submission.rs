//! What people send the portal's editors from the app: one list of
//! submission kinds, shared by the app's forms and outbox, the sync client
//! and the portal's checks, and the payload fields they agree on.
//!
//! The app keeps a submission in its outbox (`user::OutboxItem`, kind as
//! [`SubmissionKind::as_str`], payload as JSON) until the portal takes it.

use serde::{Deserialize, Serialize};

/// The kinds of submission the portal takes at `POST /v1/submissions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionKind {
    /// An association not on the map yet.
    NewAssociation,
    /// A service, office or course the app does not hold.
    NewService,
    /// Something wrong in a record ([`RECORD_KIND`], [`RECORD_ID`]).
    Correction,
    /// A record that should go ([`RECORD_KIND`], [`RECORD_ID`]).
    RemovalRequest,
}

/// Payload field: the record a correction or removal is about, by
/// `RecordKind::as_str` ("service", "association", …).
pub const RECORD_KIND: &str = "record_kind";
/// Payload field: the id of that record.
pub const RECORD_ID: &str = "record_id";

impl SubmissionKind {
    pub const ALL: [SubmissionKind; 4] = [
        SubmissionKind::NewAssociation,
        SubmissionKind::NewService,
        SubmissionKind::Correction,
        SubmissionKind::RemovalRequest,
    ];

    /// The name on the wire and in the outbox (as serde's).
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionKind::NewAssociation => "new_association",
            SubmissionKind::NewService => "new_service",
            SubmissionKind::Correction => "correction",
            SubmissionKind::RemovalRequest => "removal_request",
        }
    }

    pub fn parse(s: &str) -> Option<SubmissionKind> {
        SubmissionKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The kind of an outbox item, including the names earlier builds
    /// wrote for an association's correction or removal (the portal never
    /// knew them): such items, still waiting on devices, go out under the
    /// kind the portal takes, with the same payload.
    pub fn of_outbox_item(kind: &str) -> Option<SubmissionKind> {
        SubmissionKind::parse(kind).or(match kind {
            "association_correction" => Some(SubmissionKind::Correction),
            "association_removal" => Some(SubmissionKind::RemovalRequest),
            _ => None,
        })
    }

    /// Whether a submission of this kind is about a record the catalog
    /// holds ([`RECORD_KIND`] and [`RECORD_ID`] name it).
    pub fn is_about_a_record(self) -> bool {
        matches!(
            self,
            SubmissionKind::Correction | SubmissionKind::RemovalRequest
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for k in SubmissionKind::ALL {
            assert_eq!(SubmissionKind::parse(k.as_str()), Some(k));
            assert_eq!(
                serde_json::to_value(k).unwrap(),
                serde_json::Value::String(k.as_str().into())
            );
        }
        assert_eq!(SubmissionKind::parse("association_removal"), None);
    }

    #[test]
    fn earlier_outbox_names_go_out_as_the_portal_kinds() {
        assert_eq!(
            SubmissionKind::of_outbox_item("association_removal"),
            Some(SubmissionKind::RemovalRequest)
        );
        assert_eq!(
            SubmissionKind::of_outbox_item("association_correction"),
            Some(SubmissionKind::Correction)
        );
        assert_eq!(
            SubmissionKind::of_outbox_item("new_service"),
            Some(SubmissionKind::NewService)
        );
        assert_eq!(SubmissionKind::of_outbox_item("bogus"), None);
    }
}
