//! What an import found, for the editor who runs it: the rows that cannot
//! be imported ([`BadRow`]), the services that still need one of Integra's
//! areas ([`ServiceNeedingArea`]), and the dry run that gathers them with
//! the warnings and the records that would be written ([`DryRun`]).
//!
//! An import reads the whole file before it decides: every bad row is
//! collected, not only the first, so a file is fixed in one pass. The
//! normal import refuses while anything is left ([`Mapped::imported`]);
//! the dry run reports it ([`Mapped::dry_run`]).

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::Serialize;

use super::{HsdsError, Imported};
use crate::model::CatalogData;
use crate::record::RecordKind;

/// One row the import cannot take, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadRow {
    /// Where: a CSV file and row (`services.csv row 3`, the header being
    /// row 1), or a JSON file and path (`servizi.json at $.services[2]`).
    pub at: String,
    /// The HSDS table (or Integra extension resource) of the row.
    pub entity: String,
    /// The row's id, when it has one.
    pub id: Option<String>,
    /// The column or JSON key at fault; None when the whole row is.
    pub field: Option<String>,
    /// What is wrong, and what to do about it.
    pub reason: String,
    /// A choice of the importing editor that fixes it, when there is one.
    pub remedy: Option<Remedy>,
}

/// A choice made for a whole import that fixes a bad row, so a console
/// can offer it next to the row (and the command line name its option).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    /// Choose one of Integra's areas, for this service or for every
    /// service of the file that names none.
    ChooseArea,
    /// Choose the date of last change recorded for the records of the file
    /// that carry none (typically today).
    ChooseUpdatedAt,
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self
            .id
            .as_deref()
            .map_or_else(|| "(without id)".to_string(), |id| format!("{id:?}"));
        write!(f, "{}: {} {id}: ", self.at, self.entity)?;
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        f.write_str(&self.reason)
    }
}

impl From<&HsdsError> for BadRow {
    fn from(e: &HsdsError) -> BadRow {
        match e {
            HsdsError::Field(row) => (**row).clone(),
            HsdsError::Invalid { at, source } => BadRow {
                at: at.clone(),
                entity: source.entity.to_string(),
                id: Some(source.id.clone()),
                field: Some(source.field.clone()),
                reason: source.reason.clone(),
                remedy: None,
            },
            HsdsError::Csv { file, row, reason } => BadRow {
                at: format!("{file} row {row}"),
                entity: file.trim_end_matches(".csv").to_string(),
                id: None,
                field: None,
                reason: format!("malformed CSV: {reason}"),
                remedy: None,
            },
            // Not collected per row (they stop the reading), but a list
            // must hold whatever it is given.
            other => BadRow {
                at: String::new(),
                entity: String::new(),
                id: None,
                field: None,
                reason: other.to_string(),
                remedy: None,
            },
        }
    }
}

impl HsdsError {
    /// The error, marked as fixed by a choice of the importing editor.
    pub(crate) fn with_remedy(self, remedy: Remedy) -> HsdsError {
        match self {
            HsdsError::Field(mut row) => {
                row.remedy = Some(remedy);
                HsdsError::Field(row)
            }
            other => other,
        }
    }
}

/// A service that names none of Integra's seven areas, and no area was
/// chosen for it: what a console needs to offer the choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceNeedingArea {
    /// The service's HSDS id: the key of `ImportOptions::area_by_service`.
    pub id: String,
    pub name: String,
    /// Where the service is in the file.
    pub at: String,
    /// The terms of other vocabularies the publisher gave it, which may
    /// suggest the area.
    pub terms: Vec<ForeignTerm>,
}

/// A taxonomy term that is not one of Integra's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ForeignTerm {
    /// The vocabulary's name, as the file gives it (`Open Eligibility`).
    pub taxonomy: Option<String>,
    pub code: Option<String>,
    pub name: String,
}

impl fmt::Display for ForeignTerm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.taxonomy {
            Some(t) => write!(f, "{t}: {}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// What an import would do, without doing it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DryRun {
    /// The records that map cleanly, by kind (organizations include
    /// associations).
    pub records: BTreeMap<RecordKind, usize>,
    /// What would be left out or filled from a choice.
    pub warnings: Vec<String>,
    /// Every row that cannot be imported, in the order the import met
    /// them (the links between tables first, then each record).
    pub bad_rows: Vec<BadRow>,
    /// Services that still need an area before the file can be imported.
    pub needs_area: Vec<ServiceNeedingArea>,
}

impl DryRun {
    /// Nothing stands in the way: the import would write the records.
    pub fn importable(&self) -> bool {
        self.bad_rows.is_empty() && self.needs_area.is_empty()
    }
}

/// How many rows an error's message lists before it says how many more.
const LISTED: usize = 50;

/// The message of [`HsdsError::Rows`]: one row a line.
pub(super) fn list(rows: &[BadRow]) -> String {
    let mut out = format!(
        "{} rows cannot be imported (the file is imported whole or not at all):",
        rows.len()
    );
    for r in rows.iter().take(LISTED) {
        out.push_str("\n  ");
        out.push_str(&r.to_string());
    }
    if rows.len() > LISTED {
        out.push_str(&format!("\n  and {} more", rows.len() - LISTED));
    }
    out
}

/// The outcome of mapping a file: the records that map, and everything
/// that stands in the way of importing them.
pub(crate) struct Mapped {
    pub data: CatalogData,
    pub warnings: Vec<String>,
    /// Per-row problems, in the order they were found.
    pub problems: Vec<HsdsError>,
    pub needs_area: Vec<ServiceNeedingArea>,
}

impl Mapped {
    /// The same problem found twice (a row without an id is named by every
    /// step that reads it) is listed once.
    fn bad_rows(&self) -> Vec<BadRow> {
        let mut seen = HashSet::new();
        self.problems
            .iter()
            .map(BadRow::from)
            .filter(|r| seen.insert(r.to_string()))
            .collect()
    }

    pub(crate) fn dry_run(self) -> DryRun {
        let bad_rows = self.bad_rows();
        let mut records = BTreeMap::new();
        for r in self.data.records() {
            *records.entry(r.kind()).or_default() += 1;
        }
        DryRun {
            records,
            warnings: self.warnings,
            bad_rows,
            needs_area: self.needs_area,
        }
    }

    /// The records, or why they cannot be imported: every bad row, then
    /// every service without an area.
    pub(crate) fn imported(mut self) -> Result<Imported, HsdsError> {
        let mut rows = self.bad_rows();
        rows.extend(self.needs_area.iter().map(|s| BadRow {
            at: s.at.clone(),
            entity: "service".into(),
            id: Some(s.id.clone()),
            field: Some("area".into()),
            reason: area_reason(&s.terms),
            remedy: Some(Remedy::ChooseArea),
        }));
        match rows.len() {
            0 => Ok(Imported {
                data: self.data,
                warnings: self.warnings,
            }),
            // One problem reads best as itself (and keeps its kind: a
            // validation error stays one).
            1 if self.needs_area.is_empty() => Err(self.problems.remove(0)),
            1 => Err(HsdsError::Field(Box::new(rows.remove(0)))),
            _ => Err(HsdsError::Rows(rows)),
        }
    }
}

fn area_reason(terms: &[ForeignTerm]) -> String {
    let mut reason = "the service names none of Integra's seven areas".to_string();
    if !terms.is_empty() {
        let terms: Vec<String> = terms.iter().map(ToString::to_string).collect();
        reason.push_str(&format!(" (its publisher's terms: {})", terms.join("; ")));
    }
    reason.push_str(": choose its area, or one for every service of the file that names none");
    reason
}
