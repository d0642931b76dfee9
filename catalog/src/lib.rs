//! Integra's domain and on-device store; everything else calls its API.
//!
//! - [`record`]: the one list of record kinds ([`RecordKind`], [`Record`],
//!   [`RecordRef`]);
//! - [`model`]: the records themselves, HSDS-shaped, with the Italy profile;
//! - [`store`]: the catalog file (SQLite, WAL, migrations), HSDS-shaped
//!   tables plus the Italy profile, all-or-nothing imports;
//! - [`validate`]: the checks every record passes before it is stored;
//! - [`search`]: one entry point over every kind of record;
//! - [`gazetteer`]: the 7,896 ISTAT comuni with points, names, provinces;
//! - [`sample`]: the deterministic generator of the sample catalog;
//! - [`official`]: real records from official open data (not yet the app's
//!   catalog);
//! - [`hsds`]: Open Referral HSDS 3.0 import and export;
//! - [`phrasebook`]: the bundled phrasebook for "Learn Italian";
//! - [`submission`] and [`form`]: what people send the editors, and the
//!   checks of what they type into the forms that send it;
//! - [`user`]: the user's own data, in a separate file.
//!
//! Invariants: no network, no UI, no async runtime. Everything the rest of
//! the app knows about records goes through this crate's API.

pub mod error;
pub mod form;
mod free;
pub mod gazetteer;
pub mod geo_math;
pub mod hours;
pub mod hsds;
pub mod lang;
pub mod model;
pub mod official;
pub mod phrasebook;
pub mod provenance;
pub mod record;
pub mod sample;
pub mod search;
pub mod store;
pub mod submission;
pub mod taxonomy;
pub mod text;
pub mod user;
pub mod validate;
pub mod whats_new;

pub use error::{Error, Result};
pub use gazetteer::{Comune, Gazetteer, Territory};
pub use lang::Lang;
pub use model::*;
pub use provenance::{Precision, ServiceKind};
pub use record::{Record, RecordKind, RecordRef};
pub use search::{Filters, Hit, Near, Plan, Query, SearchResults, Sort};
pub use store::{Catalog, Counts, ImportOptions, ImportReport, Provenance};
pub use submission::SubmissionKind;
pub use validate::{ValidationError, ValidationOptions};
